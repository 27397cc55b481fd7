/// In-process calls: a module the pipeline lowered with a packed entry per
/// function (`i32 (ptr args)`) and optimised is added to an ORC LLJIT;
/// `run` copies host tensors into buffers, calls the entry with the C ABI
/// and copies the results back. Used by `ftc run` (without --interp) and by
/// the Swift API, both through the Pipeline module (`Pipeline.jit`).

import FTIR
import Foundation
import LLVMKit

public struct CompiledCallError: Error, CustomStringConvertible, Sendable {
  public var message: String
  /// The non-zero status the compiled function returned, if it did.
  public var status: Int32?
  public init(_ message: String, status: Int32? = nil) {
    self.message = message
    self.status = status
  }
  public var description: String { message }

  /// Why compiled `@function` returned the non-zero `status` (spec section 6).
  public init(function name: String, status: Int32) {
    if status == maxTripsExceededStatus {
      self.init("compiled @\(name) returned status 3: the condition of a 'while' loop still holds after max_trips executions of its body", status: status)
    } else {
      self.init("compiled @\(name) returned status \(status) (\(status == 1 ? "out of memory" : status == 2 ? "worker threads could not be started" : "unknown"))", status: status)
    }
  }
}

public final class JITModule: @unchecked Sendable {
  public let module: Module
  private let jit: JIT
  private let lock = NSLock()
  private var entries: [String: CompiledEntry] = [:]

  /// Adds `lowered` (lowered for the JIT from `m`, optimised) to a new JIT
  /// for the same CPU; its machine code is generated at the first call.
  public init(_ lowered: LoweredModule, module m: Module) throws {
    guard lowered.forJIT, lowered.isOptimized else {
      throw CompiledCallError("internal error: the JIT takes a module lowered for it and optimised")
    }
    module = m
    jit = try JIT(cpu: lowered.machine.cpu, features: lowered.machine.features)
    try jit.add(lowered.llvm)
  }

  /// The entry of function `name`, resolved once (its machine code is made
  /// at the first lookup); calls through it take no lock.
  public func entry(_ name: String) throws(CompiledCallError) -> CompiledEntry {
    lock.lock()
    defer { lock.unlock() }
    if let e = entries[name] { return e }
    guard let f = module.function(named: name), f.transform == nil else {
      throw CompiledCallError("no function @\(name) in module @\(module.name)")
    }
    let call: CompiledEntry.Packed
    do {
      call = try jit.function(packedSymbol(name), as: CompiledEntry.Packed.self)
    } catch {
      throw CompiledCallError("@\(name): the JIT could not resolve its entry: \(error)")
    }
    // The entry keeps the JIT (its code) alive, not this module: `entries`
    // holds the entry, so owning `self` would be a cycle that leaks every
    // JIT (and its code mappings, until mprotect fails at the map limit).
    let e = CompiledEntry(owner: jit, name: name, signature: f.signature, call: call)
    entries[name] = e
    return e
  }

  /// Calls function `name` on `args` (checked against its signature).
  public func run(_ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
    try entry(name).run(args)
  }
}
/// A copy of a tensor's elements in C layout (i1 as bytes 0/1).
func hostBytes(_ t: HostTensor) -> UnsafeMutableRawPointer {
  let n = t.count * t.dtype.byteSize
  let p = UnsafeMutableRawPointer.allocate(byteCount: max(1, n), alignment: 64)
  switch t.storage {
  case .f32(let a): a.withUnsafeBytes { if n > 0 { p.copyMemory(from: $0.baseAddress!, byteCount: n) } }
  case .f64(let a): a.withUnsafeBytes { if n > 0 { p.copyMemory(from: $0.baseAddress!, byteCount: n) } }
  case .i32(let a): a.withUnsafeBytes { if n > 0 { p.copyMemory(from: $0.baseAddress!, byteCount: n) } }
  case .i64(let a): a.withUnsafeBytes { if n > 0 { p.copyMemory(from: $0.baseAddress!, byteCount: n) } }
  case .i1(let a): for (i, x) in a.enumerated() { p.storeBytes(of: x ? 1 : 0, toByteOffset: i, as: UInt8.self) }
  }
  return p
}

/// A tensor of `type` read from C layout.
func tensor(from p: UnsafeMutableRawPointer, _ type: TensorType) -> HostTensor {
  let n = type.elementCount
  switch type.dtype {
  case .f32: return HostTensor(type: type, storage: .f32(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Float.self), count: n))))
  case .f64: return HostTensor(type: type, storage: .f64(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Double.self), count: n))))
  case .i32: return HostTensor(type: type, storage: .i32(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int32.self), count: n))))
  case .i64: return HostTensor(type: type, storage: .i64(Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int64.self), count: n))))
  case .i1: return HostTensor(type: type, storage: .i1((0..<n).map { p.load(fromByteOffset: $0, as: UInt8.self) != 0 }))
  }
}

