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
/// Threads: host calls may come from several threads (tracing and
/// compiling for one function is serialized by its lock; compiled calls go
/// through `JITModule.run`, which takes a lock of its own). A body that is
/// traced from several threads at once (a function called inside other
/// functions' traces) must not mutate captured state.

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

  private let lock = NSLock()
  private var compiled: [[TensorType]: JITModule] = [:]
  private var traces = 0

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
    return tracer.emitMany(name, args, at: nil, expected: f.resultTypes) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
      try b.inline(f, args: v)
    }
  }
  public func callAsFunction(_ args: Tensor...) throws(FTCError) -> [Tensor] { try callAsFunction(args) }

  /// Called on host arrays: compiled once per argument signature, then run.
  public func callAsFunction(_ args: [NDArray]) throws(FTCError) -> [NDArray] {
    let jit = try compiledModule(args.map(\.type))
    do {
      return try jit.run(entryName, args.map(\.host)).map(NDArray.init)
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

  /// The compiled module for `types`, from the cache or traced and compiled now.
  private func compiledModule(_ types: [TensorType]) throws(FTCError) -> JITModule {
    lock.lock()
    defer { lock.unlock() }
    if let jit = compiled[types] { return jit }
    let m = try module(types)
    traces += 1
    let jit: JITModule
    do {
      jit = try Pipeline.jit(m)
    } catch {
      switch error {
      case .input(let d): throw FTCError("\(name): \(d.diagnostics.map(\.message).joined(separator: "; "))")
      case .backend(let message): throw FTCError("\(name): compilation failed: \(message)")
      }
    }
    compiled[types] = jit
    return jit
  }
}

/// `name` made a valid FTIR symbol (letters, digits, `_`; not leading with a digit).
func symbolName(_ name: String) -> String {
  let cleaned = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
  guard let first = cleaned.first else { return "f" }
  return first.isNumber ? "_" + cleaned : cleaned
}
