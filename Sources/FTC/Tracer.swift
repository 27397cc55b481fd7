/// Tracing: a Swift closure on `Tensor`s run once on symbolic arguments
/// records FTIR operations through the typed builder.
///
///     let f = try traceFunction(name: "f", [TensorType(.f32, [3])]) { xs in [xs[0] * xs[0]] }
///     // func @f(%0: f32[3]) -> (f32[3]) { %1 = mul %0, %0 : f32[3]  return %1 }
///
/// Ops never throw while tracing: the first failure (a type-rule error, a
/// tensor of another trace) is recorded with its call site, later ops on
/// its poisoned result are skipped, and the trace throws it at the end.
///
/// A region (a loop body, a cond branch) is traced with the trace it sits
/// in as its parent: a tensor of an enclosing trace used in it is captured,
/// becoming a parameter after the declared ones (`captures`), which the
/// loop passes in as an extra operand (JAX's closure conversion).

import FTIR

/// The recorder behind the tensors of one trace (a function or a region).
/// Unchecked Sendable only so it can be the task-local `current`: a tracer
/// is used by the one thread running its trace.
public final class Tracer: @unchecked Sendable {
  /// The trace being recorded on this thread (host tensors used in it become its constants).
  @TaskLocal static var current: Tracer?

  var builder: FunctionBuilder
  /// The first failure of the trace (later ones are consequences).
  private(set) var failure: FTCError?

  /// The trace this region is traced inside (nil for a function).
  let parent: Tracer?
  /// Tensors of enclosing traces this region uses, each with the parameter
  /// standing for it here (parameters after the declared ones, in order).
  private(set) var captures: [(outer: Tensor, param: Value)] = []

  /// How many regions this trace is nested in (0 for a function).
  let depth: Int

  init(name: String, parent: Tracer? = nil) {
    builder = FunctionBuilder(name: name)
    self.parent = parent
    depth = parent.map { $0.depth + 1 } ?? 0
  }

  func parameter(_ t: TensorType, name: String? = nil) -> Tensor {
    Tensor(tracer: self, value: builder.addParam(t, name: name), type: t)
  }

  /// The first failure stays; later ones are consequences of it.
  func fail(_ message: String) {
    if failure == nil { failure = FTCError(message) }
  }

  /// A result standing for a failed op, of the type it was expected to have.
  private func poison(_ t: TensorType) -> Tensor { Tensor(tracer: self, value: nil, type: t) }

  /// Runs `build` on the values of `inputs`; a failure is recorded as
  /// `site: what: message` and gives a poisoned tensor of type `expected`.
  func emit(_ what: String, _ inputs: [Tensor], at site: CallSite?, expected: TensorType,
            _ build: (inout FunctionBuilder, [Value]) throws(BuildError) -> Value) -> Tensor {
    guard failure == nil else { return poison(expected) }
    var values: [Value] = []
    for (k, x) in inputs.enumerated() {
      if let array = x.host {
        guard let v = constant(array, what: what, at: site) else { return poison(expected) }
        values.append(v)
        continue
      }
      guard x.tracer === self else {
        guard let v = captured(x) else {
          fail(prefix(site, what) + "operand \(k) belongs to another trace (a tensor captured from an enclosing "
               + "function or transform: pass it as an argument instead)")
          return poison(expected)
        }
        values.append(v)
        continue
      }
      guard let v = x.value else { return poison(expected) }
      values.append(v)
    }
    do {
      let v = try build(&builder, values)
      return Tensor(tracer: self, value: v, type: builder.type(v))
    } catch {
      fail(prefix(site, what) + error.message)
      return poison(expected)
    }
  }

  /// `x`, a tensor of an enclosing trace (this region's parent or one of
  /// its ancestors), as a value of this trace: a parameter of every region
  /// between, made once per tensor. Nil when `x` is of no enclosing trace.
  func captured(_ x: Tensor) -> Value? {
    guard x.value != nil else { return nil }
    var chain: [Tracer] = []
    var t: Tracer? = self
    while let c = t, c !== x.tracer {
      chain.append(c)
      t = c.parent
    }
    guard t != nil else { return nil }
    var outer = x
    for c in chain.reversed() { outer = c.capture(outer) }
    return outer.value
  }

  /// `outer`, a tensor of this region's parent, as a parameter of this region.
  private func capture(_ outer: Tensor) -> Tensor {
    if let known = captures.first(where: { $0.outer.tracer === outer.tracer && $0.outer.value == outer.value }) {
      return Tensor(tracer: self, value: known.param, type: outer.type)
    }
    let p = builder.addParam(outer.type)
    captures.append((outer, p))
    return Tensor(tracer: self, value: p, type: outer.type)
  }

  /// A host tensor used in this trace, as a constant (JAX's captured arrays).
  private func constant(_ array: NDArray, what: String, at site: CallSite?) -> Value? {
    do {
      return try builder.constant(array.host)
    } catch {
      fail(prefix(site, what) + "a host tensor used in the trace: " + error.message)
      return nil
    }
  }

  /// `emit` for ops with several results (`cond`, an inlined function).
  func emitMany(_ what: String, _ inputs: [Tensor], at site: CallSite?, expected: [TensorType],
                _ build: (inout FunctionBuilder, [Value]) throws(BuildError) -> [Value]) -> [Tensor] {
    var out: [Value] = []
    let first = emit(what, inputs, at: site, expected: expected.first ?? TensorType(.f32, [])) { (b: inout FunctionBuilder, vs: [Value]) throws(BuildError) -> Value in
      out = try build(&b, vs)
      guard let v = out.first else { throw BuildError("gives no results") }
      return v
    }
    guard first.value != nil else { return expected.map { poison($0) } }
    guard out.count == expected.count else {
      fail(prefix(site, what) + "internal error: \(out.count) results where \(expected.count) were expected")
      return expected.map { poison($0) }
    }
    return out.map { Tensor(tracer: self, value: $0, type: builder.type($0)) }
  }

  /// A user failure message, led by the call site and op when known.
  func prefix(_ site: CallSite?, _ what: String) -> String {
    (site.map { "\($0): " } ?? "") + (what.isEmpty ? "" : "\(what): ")
  }

  /// The traced function returning `results`, or the recorded failure.
  func finish(_ results: [Tensor], what: String) throws(FTCError) -> Function {
    if let failure { throw failure }
    var values: [Value] = []
    for (k, r) in results.enumerated() {
      if let array = r.host {
        guard let v = constant(array, what: what, at: nil) else { break }
        values.append(v)
        continue
      }
      if r.tracer !== self, let failure = r.tracer.failure { throw failure }
      if r.tracer !== self, let v = captured(r) {
        values.append(v)
        continue
      }
      guard r.tracer === self, let v = r.value else {
        throw FTCError("\(what): result \(k) was not computed in this trace (it comes from an enclosing function or transform)")
      }
      values.append(v)
    }
    if let failure { throw failure }
    builder.ret(values)
    return builder.function
  }
}

/// Traces `body` on parameters of `types` (named `names`, where given) into a function named `name`.
func traceFunction(name: String, _ types: [TensorType], names: [String?] = [], what: String,
                   _ body: ([Tensor]) throws -> [Tensor]) throws(FTCError) -> Function {
  try traceRegion(name: name, types, names: names, parent: nil, what: what, body).function
}

/// Traces `body` as a region inside `parent`: the function (its parameters
/// `types`, named `names` where given, then one per captured tensor) and the
/// captured tensors (of `parent`).
func traceRegion(name: String, _ types: [TensorType], names: [String?] = [], parent: Tracer?, what: String,
                 _ body: ([Tensor]) throws -> [Tensor]) throws(FTCError) -> (function: Function, captures: [Tensor]) {
  let tracer = Tracer(name: name, parent: parent)
  let params = types.enumerated().map { k, t in tracer.parameter(t, name: k < names.count ? names[k] : nil) }
  let results: [Tensor]
  do {
    results = try Tracer.$current.withValue(tracer) { try body(params) }
  } catch let e as FTCError {
    throw tracer.failure ?? e
  } catch {
    throw tracer.failure ?? FTCError("\(what): \(error)")
  }
  let f = try tracer.finish(results, what: what)
  return (f, tracer.captures.map(\.outer))
}
