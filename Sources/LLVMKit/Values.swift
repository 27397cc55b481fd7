/// `LLValue`: LLVM values (instructions, arguments, constants, globals) as
/// light handles, and the constant constructors on `LLContext`: integers,
/// floats (also from a bit pattern, for exact NaN payloads), null/zero,
/// arrays, vectors, structs, strings and raw byte arrays (cheap for large
/// tensor literals).
import CLLVM

/// An LLVM value; valid while its context lives.
public struct LLValue: Hashable, CustomStringConvertible {
  public let ref: LLVMValueRef
  public init(_ ref: LLVMValueRef) { self.ref = ref }

  public var type: LLType { LLType(LLVMTypeOf(ref)) }
  public var name: String {
    get {
      var length = 0
      guard let text = LLVMGetValueName2(ref, &length) else { return "" }
      return String(cString: text)
    }
    nonmutating set { LLVMSetValueName2(ref, newValue, newValue.utf8.count) }
  }
  /// LLVM's textual form of the value.
  public var description: String { takeMessage(LLVMPrintValueToString(ref)) }
  var context: LLVMContextRef { LLVMGetTypeContext(LLVMTypeOf(ref)) }
}

extension LLContext {
  /// An integer constant; `value` is truncated to the type's width.
  public func constInt(_ type: LLType, _ value: Int64) -> LLValue {
    LLValue(LLVMConstInt(type.ref, UInt64(bitPattern: value), 1))
  }
  public func constInt(_ type: LLType, unsigned value: UInt64) -> LLValue {
    LLValue(LLVMConstInt(type.ref, value, 0))
  }
  public func constBool(_ value: Bool) -> LLValue { constInt(i1, value ? 1 : 0) }
  /// A floating-point constant (`value` rounded to the type).
  public func constFloat(_ type: LLType, _ value: Double) -> LLValue {
    LLValue(LLVMConstReal(type.ref, value))
  }
  /// A floating-point constant with the exact bits given (f16, f32, f64).
  public func constFloat(_ type: LLType, bitPattern: UInt64) -> LLValue {
    let width: UInt32
    switch LLVMGetTypeKind(type.ref) {
    case LLVMHalfTypeKind: width = 16
    case LLVMFloatTypeKind: width = 32
    default: width = 64
    }
    let bits = LLVMConstInt(LLVMIntTypeInContext(ref, width), bitPattern, 0)
    return LLValue(LLVMConstBitCast(bits, type.ref))
  }
  /// The all-zero value of a type (`zeroinitializer`, `null`, `0`).
  public func constZero(_ type: LLType) -> LLValue { LLValue(LLVMConstNull(type.ref)) }
  public func poison(_ type: LLType) -> LLValue { LLValue(LLVMGetPoison(type.ref)) }
  public func constArray(_ element: LLType, _ values: [LLValue]) -> LLValue {
    var refs: [LLVMValueRef?] = values.map(\.ref)
    return LLValue(LLVMConstArray2(element.ref, &refs, UInt64(refs.count)))
  }
  public func constVector(_ values: [LLValue]) -> LLValue {
    var refs: [LLVMValueRef?] = values.map(\.ref)
    return LLValue(LLVMConstVector(&refs, UInt32(refs.count)))
  }
  public func constStruct(_ values: [LLValue], packed: Bool = false) -> LLValue {
    var refs: [LLVMValueRef?] = values.map(\.ref)
    return LLValue(LLVMConstStructInContext(ref, &refs, UInt32(refs.count), packed ? 1 : 0))
  }
  /// `[n x i8]` holding the string's UTF-8 bytes, plus a NUL if asked.
  public func constString(_ string: String, nullTerminated: Bool = true) -> LLValue {
    let bytes = Array(string.utf8)
    return LLValue(bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        LLVMConstStringInContext2(ref, $0.baseAddress, $0.count, nullTerminated ? 0 : 1)
      }
    })
  }
  /// `[n x i8]` holding raw bytes (e.g. a little-endian tensor literal).
  public func constBytes(_ bytes: [UInt8]) -> LLValue {
    LLValue(bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        LLVMConstStringInContext2(ref, $0.baseAddress, $0.count, 1)
      }
    })
  }
}
