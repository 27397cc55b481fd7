/// The call path of a JIT-compiled function: the packed entry resolved
/// once, then each call passes the arguments' own storage (read only: the
/// entry's arguments are `const T *`) and writes the results straight into
/// the storage of freshly allocated arrays. No lock and no copy per call.
///
///     args:    [HostTensor]  --pin-->  ptr[0 ..< n]            (their array storage)
///     results: Array(unsafeUninitializedCapacity:) --> ptr[n ..< n + m]
///     status = ftc_packed_f(ptr)
///
/// Pinning a Swift array's storage nests a closure per buffer, so at most
/// `maxPinned` buffers are pinned (a fixed recursion depth); the buffers
/// after them (functions of very many tensors) go through copies.

import FTIR
import Foundation

public struct CompiledEntry: @unchecked Sendable {
  typealias Packed = @convention(c) (UnsafeMutableRawPointer?) -> Int32

  /// Keeps the JIT (and so the code `call` points to) alive.
  let owner: AnyObject
  public let name: String
  public let signature: Signature
  let call: Packed

  /// The most buffers (arguments then results) passed without a copy.
  static let maxPinned = 32

  /// Runs the function on `args` (checked against its signature).
  public func run(_ args: [HostTensor]) throws(CompiledCallError) -> [HostTensor] {
    if let problem = signature.argumentProblem(args.map(\.type), function: name) { throw CompiledCallError(problem) }
    return try runChecked(args)
  }

  /// Runs the function on `args`, whose types the caller matched with the signature.
  public func runChecked(_ args: [HostTensor]) throws(CompiledCallError) -> [HostTensor] {
    let results = signature.results
    let total = args.count + results.count
    var state = Pinning(args: args, results: results, pointers: [UnsafeMutableRawPointer?](repeating: nil, count: total),
                        storage: [TensorStorage?](repeating: nil, count: results.count))
    // Buffers past `maxPinned`: copies of the arguments, fresh buffers for the results.
    var copies: [UnsafeMutableRawPointer] = []
    defer { for p in copies { p.deallocate() } }
    for i in Swift.min(total, Self.maxPinned)..<total {
      let p = i < args.count ? hostBytes(args[i]) : rawBuffer(results[i - args.count])
      copies.append(p)
      state.pointers[i] = p
    }
    var status: Int32 = 0
    let call = self.call  // captured alone: capturing `self` would copy its name and signature at every level
    Self.pin(0, &state) { (s: inout Pinning) in
      status = s.pointers.withUnsafeMutableBufferPointer { call(UnsafeMutableRawPointer($0.baseAddress)) }
      return status == 0
    }
    guard status == 0 else { throw failure(status) }
    var out: [HostTensor] = []
    out.reserveCapacity(results.count)
    for (j, t) in results.enumerated() {
      if let s = state.storage[j] {
        out.append(HostTensor(type: t, storage: s))
      } else {
        out.append(tensor(from: state.pointers[args.count + j]!, t))
      }
    }
    return out
  }

  /// The buffers of one call: the arguments, the result types, the
  /// addresses passed to the entry and the results' new storage. Passed
  /// `inout` down the pinning closures, so no level copies the arrays.
  private struct Pinning {
    let args: [HostTensor]
    let results: [TensorType]
    var pointers: [UnsafeMutableRawPointer?]
    var storage: [TensorStorage?]
  }

  /// Pins buffer `i` (an argument's storage, or a result's new storage) and
  /// then the ones after it, up to `maxPinned`, then runs `body`. A result's
  /// storage is kept only when `body` succeeded. Not inlined: the optimizer
  /// would otherwise unroll all `maxPinned` levels into the caller, copying
  /// the arrays at every level whether it is reached or not (measured).
  @inline(never)
  private static func pin(_ i: Int, _ state: inout Pinning, _ body: (inout Pinning) -> Bool) {
    guard i < Swift.min(state.pointers.count, Self.maxPinned) else {
      _ = body(&state)
      return
    }
    if i < state.args.count {
      withArgumentBytes(state.args[i]) { p in
        state.pointers[i] = p
        Self.pin(i + 1, &state, body)
      }
      return
    }
    let j = i - state.args.count
    var ok = false
    let made = newStorage(state.results[j]) { p in
      state.pointers[i] = p
      Self.pin(i + 1, &state) { (s: inout Pinning) in
        ok = body(&s)
        return ok
      }
      return ok
    }
    if ok { state.storage[j] = made }
  }

  private func failure(_ status: Int32) -> CompiledCallError { CompiledCallError(function: name, status: status) }
}

/// A non-null address for buffers of no elements (never read or written).
nonisolated(unsafe) private let emptyBuffer = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 64)

/// Runs `body` on the address of `t`'s elements in C layout (its storage;
/// i1 elements are Swift `Bool`s, one byte each, 0 or 1, as C reads them).
func withArgumentBytes(_ t: HostTensor, _ body: (UnsafeMutableRawPointer) -> Void) {
  func pass(_ b: UnsafeRawBufferPointer) { body(b.baseAddress.map { UnsafeMutableRawPointer(mutating: $0) } ?? emptyBuffer) }
  switch t.storage {
  case .f32(let a): a.withUnsafeBytes(pass)
  case .f64(let a): a.withUnsafeBytes(pass)
  case .i32(let a): a.withUnsafeBytes(pass)
  case .i64(let a): a.withUnsafeBytes(pass)
  case .i1(let a): a.withUnsafeBytes(pass)
  }
}

/// New storage for a tensor of `type` whose elements `fill` writes at the
/// address it is given; `fill` returns false when it did not (the storage is then empty).
func newStorage(_ type: TensorType, _ fill: (UnsafeMutableRawPointer) -> Bool) -> TensorStorage {
  let n = type.elementCount
  func make<T>(_: T.Type) -> [T] {
    [T](unsafeUninitializedCapacity: n) { buffer, count in
      let ok = fill(buffer.baseAddress.map { UnsafeMutableRawPointer($0) } ?? emptyBuffer)
      count = ok ? n : 0
    }
  }
  switch type.dtype {
  case .f32: return .f32(make(Float.self))
  case .f64: return .f64(make(Double.self))
  case .i32: return .i32(make(Int32.self))
  case .i64: return .i64(make(Int64.self))
  case .i1: return .i1(make(Bool.self))
  }
}

/// A fresh buffer for a result of `type`.
func rawBuffer(_ type: TensorType) -> UnsafeMutableRawPointer {
  UnsafeMutableRawPointer.allocate(byteCount: max(1, type.elementCount * type.dtype.byteSize), alignment: 64)
}
