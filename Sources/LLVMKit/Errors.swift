/// Errors: every LLVM failure LLVMKit can detect becomes an `LLVMError`
/// carrying LLVM's own message, never a crash; the helpers here consume
/// `LLVMErrorRef`s and LLVM-allocated messages (copy, then free).
import CLLVM

/// A failure reported by LLVM (verification, parsing, pass pipelines,
/// code generation, the JIT) or detected by LLVMKit before calling it.
public struct LLVMError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Throws `LLVMError("<what>: <LLVM's message>")` for a non-nil error,
/// consuming it.
func check(_ error: LLVMErrorRef?, _ what: String) throws {
  guard let error else { return }
  throw LLVMError("\(what): \(consumeErrorMessage(error))")
}

/// The error's message; consumes the error.
func consumeErrorMessage(_ error: LLVMErrorRef) -> String {
  let text = LLVMGetErrorMessage(error)
  defer { LLVMDisposeErrorMessage(text) }
  return text.map { String(cString: $0) } ?? "unknown error"
}

/// Copies a message LLVM allocated and frees it.
func takeMessage(_ text: UnsafeMutablePointer<CChar>?) -> String {
  guard let text else { return "" }
  defer { LLVMDisposeMessage(text) }
  return String(cString: text)
}
