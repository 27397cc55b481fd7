/// A function of tensors that every transform takes and returns. Called on
/// tensors inside a trace, it traces its body at their types and inlines
/// the result; called on host arrays, it traces and compiles itself once per
/// input signature (types of the arguments) with the JIT, and runs the
/// compiled code. Swift values its body captures are baked in as constants
/// at trace time, as in JAX.
///
///     let f = TensorFunction(name: "f") { (x: Tensor) in x * x }
///     try f(NDArray([3] as [Float]))    // [array([9.], dtype=float32)]
///     f.traceCount                      // 1; a second call with f32[1] neither traces nor compiles
///
/// Threads: a `TensorFunction` is `Sendable`; host calls may come from
/// many threads at once. A cached call takes the function's cache lock
/// only to look its signature up, then calls the compiled entry with no
/// lock, passing the arrays' storage without copies (`CompiledEntry`).
/// A signature seen for the first time is traced and compiled once (other
/// threads asking for the same signature wait for it; other signatures and
/// cached calls do not). A body that is traced from several threads at once
/// (a function called inside other functions' traces) must not mutate
/// captured state.

import Codegen
import FTIR
import Foundation
import Pipeline

public final class TensorFunction: @unchecked Sendable {
  /// The function's name in traces, dumps and error messages.
  public let name: String
  /// The number of arguments, when known (closures of a fixed arity and transforms of them).
  public let arity: Int?
  let body: ([Tensor]) throws -> [Tensor]

  /// Guards `ready`, `pending`, `traces` and `last` (never held during a call or a compilation).
  private let lock = NSLock()
  /// Compiled entries by argument types: the cached calls.
  private var ready: [[TensorType]: CompiledEntry] = [:]
  /// Signatures being (or failed being) compiled: one slot each, so a signature compiles once.
  private var pending: [[TensorType]: CompileSlot] = [:]
  private var traces = 0
  /// The entry of the last cached call (a fast path for calls with its signature).
  private var last: CompiledEntry?

  /// A function of any number of tensors (`arity`, when given, is checked at each call).
  public init(name: String = "f", arity: Int? = nil, _ body: @escaping ([Tensor]) throws -> [Tensor]) {
    self.name = symbolName(name)
    self.arity = arity
    self.body = body
  }

  public convenience init(name: String = "f", _ body: @escaping (Tensor) throws -> Tensor) {
    self.init(name: name, arity: 1) { xs in [try body(xs[0])] }
  }
  public convenience init(name: String = "f", _ body: @escaping (Tensor, Tensor) throws -> Tensor) {
    self.init(name: name, arity: 2) { xs in [try body(xs[0], xs[1])] }
  }
  public convenience init(name: String = "f", _ body: @escaping (Tensor, Tensor, Tensor) throws -> Tensor) {
    self.init(name: name, arity: 3) { xs in [try body(xs[0], xs[1], xs[2])] }
  }

  /// How many times a host call traced and compiled (a cache miss).
  public var traceCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return traces
  }

  func checkArity(_ n: Int) throws(FTCError) {
    if let arity, arity != n {
      throw FTCError("\(name) takes \(arity) argument\(arity == 1 ? "" : "s"), got \(n)")
    }
  }

  /// The FTIR function this computes for arguments of `types`, named `name`.
  public func trace(_ types: [TensorType], as traceName: String? = nil) throws(FTCError) -> Function {
    try checkArity(types.count)
    for (k, t) in types.enumerated() {
      if let problem = t.limitError { throw FTCError("\(name): argument \(k) of type \(t): \(problem)") }
    }
    return try traceFunction(name: traceName ?? name, types, what: name, body)
  }

  /// The traced function for `types` as FTIR text (a module holding it).
  public func ftir(_ types: [TensorType]) throws(FTCError) -> String {
    printModule(Module(name: name, functions: [try trace(types)]))
  }

  /// Called inside a trace: the body traced at the arguments' types and
  /// inlined into the caller's trace.
  /// Called outside any trace (on host tensors): compiled and run, as on host arrays.
  public func callAsFunction(_ args: [Tensor]) throws(FTCError) -> [Tensor] {
    if Tracer.current == nil {
      var arrays: [NDArray] = []
      for (k, x) in args.enumerated() { arrays.append(try x.hostArray("\(name): argument \(k)")) }
      return try self(arrays).map(Tensor.init)
    }
    guard !args.isEmpty, let tracer = recorder(of: args) else {
      throw FTCError("\(name) was called on no tensors inside a trace: pass at least one argument")
    }
    let f = try trace(args.map(\.type))
    if let failure = tracer.failure { throw failure }
    let callees = Exporter.current?.signatures ?? [:]
    return tracer.emitMany(name, args, at: nil, expected: f.resultTypes) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
      b.callees.merge(callees) { a, _ in a }  // an export's definitions, which `f` may call
      return try b.inline(f, args: v)
    }
  }
  public func callAsFunction(_ args: Tensor...) throws(FTCError) -> [Tensor] { try callAsFunction(args) }

  /// Called on host arrays: compiled once per argument signature, then run.
  public func callAsFunction(_ args: [NDArray]) throws(FTCError) -> [NDArray] {
    let entry: CompiledEntry
    if let hit = lastEntry(matching: args) {
      entry = hit
    } else {
      entry = try compiledEntry(args.map(\.type))
    }
    do {
      return try entry.runChecked(args.map(\.host)).map(NDArray.init)
    } catch {
      throw FTCError("\(name): \(error)")
    }
  }
  public func callAsFunction(_ args: NDArray...) throws(FTCError) -> [NDArray] { try callAsFunction(args) }

  /// Runs the traced function with FTIR's reference interpreter (an oracle for tests; no compilation, no cache).
  public func interpret(_ args: [NDArray]) throws(FTCError) -> [NDArray] {
    let m = try module(args.map(\.type))
    do {
      return try Interpreter(module: m).run(entryName, args.map(\.host)).map(NDArray.init)
    } catch {
      throw FTCError("\(name): \(error.message)")
    }
  }

  /// The symbol of the function in the modules compiled for host calls
  /// (prefixed, so no user name can collide with a C library symbol).
  var entryName: String { "api_" + name }

  /// The verified module holding the function traced at `types`.
  func module(_ types: [TensorType]) throws(FTCError) -> Module {
    var m = Module(name: name, functions: [try trace(types, as: entryName)])
    let diagnostics = verifyModule(&m)
    guard diagnostics.isEmpty else {
      throw FTCError("\(name): internal error: the traced function does not verify: \(diagnostics.map(\.message).joined(separator: "; "))")
    }
    return m
  }

  /// The entry of the last cached call when `args` have its argument types
  /// (the usual case: one signature called again and again), found without
  /// allocating or hashing the signature.
  private func lastEntry(matching args: [NDArray]) -> CompiledEntry? {
    lock.lock()
    defer { lock.unlock() }
    guard let last, last.signature.params.count == args.count else { return nil }
    for (k, a) in args.enumerated() where a.host.type != last.signature.params[k] { return nil }
    return last
  }

  /// The compiled entry for `types`: from the cache (one lock to look up),
  /// or traced and compiled now, once per signature, outside the cache lock.
  func compiledEntry(_ types: [TensorType]) throws(FTCError) -> CompiledEntry {
    lock.lock()
    if let hit = ready[types] {
      last = hit
      lock.unlock()
      return hit
    }
    let slot = pending[types] ?? CompileSlot()
    pending[types] = slot
    lock.unlock()
    return try slot.entry { () throws(FTCError) -> CompiledEntry in
      let entry = try compile(types)
      lock.lock()
      traces += 1
      ready[types] = entry
      last = entry
      pending[types] = nil
      lock.unlock()
      return entry
    }
  }

  /// Traces the function at `types` and compiles it with the JIT.
  private func compile(_ types: [TensorType]) throws(FTCError) -> CompiledEntry {
    let m = try module(types)
    do {
      return try Pipeline.jit(m).entry(entryName)
    } catch let error as PipelineFailure {
      switch error {
      case .input(let d): throw FTCError("\(name): \(d.diagnostics.map(\.message).joined(separator: "; "))")
      case .backend(let message): throw FTCError("\(name): compilation failed: \(message)")
      }
    } catch {
      throw FTCError("\(name): compilation failed: \(error)")
    }
  }
}

/// One signature's compilation: the first caller compiles, callers arriving
/// meanwhile wait for it; a failure is not kept (the next caller retries).
final class CompileSlot: @unchecked Sendable {
  private let lock = NSLock()
  private var made: CompiledEntry?

  func entry(_ compile: () throws(FTCError) -> CompiledEntry) throws(FTCError) -> CompiledEntry {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let e = try compile()
    made = e
    return e
  }
}

/// `name` made a valid FTIR symbol (letters, digits, `_`; not leading with a digit).
func symbolName(_ name: String) -> String {
  let cleaned = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
  guard let first = cleaned.first else { return "f" }
  return first.isNumber ? "_" + cleaned : cleaned
}
