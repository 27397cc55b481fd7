/// Transforms as functions from functions to functions: grad, valueAndGrad,
/// jvp, vjp, jacrev, jacfwd, hessian, vmap, jit. Each returns a
/// `TensorFunction` whose body, at call time, traces the function it
/// transforms at the argument types (per-example types for vmap), expands a
/// transform definition over it with the Transforms passes (the same code as
/// `func @g = grad(@f)` in a .ftir file) and inlines the expansion, so they
/// compose in any order and depth.
///
///     grad(f) at f32[]   ==>  func @f(%x: f32[]) -> f32[] { ... }        (traced)
///                             func @grad_f = grad(@f, argnums=[0])        (expanded, then inlined)

import FTIR
import Transforms

/// `kind` applied to `f`. `plan` maps the argument types to the types `f`
/// is traced at and any keys known only then (vmap's size).
private func transform(_ kind: TransformKind, _ f: TensorFunction, keys: [TransformArg], arity: Int?,
                       plan: @escaping ([TensorType]) throws(FTCError) -> ([TensorType], [TransformArg]) = { ($0, []) }) -> TensorFunction {
  let name = "\(kind == .value_and_grad ? "valueAndGrad" : kind.rawValue)_\(f.name)"
  return TensorFunction(name: name, arity: arity) { xs in
    let types = xs.map(\.type)
    let (innerTypes, extra) = try plan(types)
    let inner = try f.trace(innerTypes)
    if let exporter = Exporter.current {
      return try exportedCall(exporter, kind, name: name, inner: inner, keys: keys + extra, xs)
    }
    var definition = Function(name: name)
    definition.transform = .apply(kind, .function(inner.name, loc: nil), args: keys + extra, loc: nil)
    let expanded: Function
    switch expandTransforms(Module(name: name, functions: [inner, definition])) {
    case .failure(let d):
      throw FTCError("\(name): " + d.diagnostics.map(\.message).joined(separator: "; "))
    case .success(let m):
      guard let g = m.function(named: name) else { throw FTCError("\(name): internal error: the expansion is missing") }
      expanded = g
    }
    let expected = expanded.signature.params
    guard expected.count == types.count else {
      throw FTCError("\(name) takes \(expected.count) arguments here, got \(types.count)")
    }
    for (k, (t, e)) in zip(types, expected).enumerated() where t != e {
      throw FTCError("\(name): argument \(k) has type \(t), expected \(e)")
    }
    guard let tracer = recorder(of: xs) else { throw FTCError("\(name) was called on host tensors outside a trace") }
    if let failure = tracer.failure { throw failure }
    let out = tracer.emitMany(name, xs, at: nil, expected: expanded.resultTypes) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
      try b.inline(expanded, args: v)
    }
    if let failure = tracer.failure { throw failure }
    return out
  }
}

/// While exporting (Export.swift): `inner` and the definition of `kind` of
/// it are recorded, and the trace calls the definition.
private func exportedCall(_ exporter: Exporter, _ kind: TransformKind, name: String, inner: Function,
                          keys: [TransformArg], _ xs: [Tensor]) throws(FTCError) -> [Tensor] {
  let (callee, sig) = try exporter.define(kind, name: name, inner: inner, keys: keys)
  guard sig.params.count == xs.count else {
    throw FTCError("\(name) takes \(sig.params.count) arguments here, got \(xs.count)")
  }
  for (k, (x, e)) in zip(xs, sig.params).enumerated() where x.type != e {
    throw FTCError("\(name): argument \(k) has type \(x.type), expected \(e)")
  }
  guard let tracer = recorder(of: xs) else { throw FTCError("\(name) was called on host tensors outside a trace") }
  if let failure = tracer.failure { throw failure }
  let out = tracer.emitMany(name, xs, at: nil, expected: sig.results) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.call(callee, signature: sig, v)
  }
  if let failure = tracer.failure { throw failure }
  return out
}

private func ints(_ xs: [Int]) -> Attr { .list(xs.map { .int($0) }) }
private func axes(_ xs: [Int?]) -> Attr { .list(xs.map { $0.map { .int($0) } ?? .none }) }

// MARK: Transforms of TensorFunction

/// The gradient of a float-scalar function with respect to the arguments `argnums` (`jax.grad`).
public func grad(_ f: TensorFunction, argnums: [Int] = [0], hasAux: Bool = false) -> TensorFunction {
  transform(.grad, f, keys: [TransformArg(key: "argnums", value: ints(argnums)), TransformArg(key: "has_aux", value: .bool(hasAux))], arity: f.arity)
}

/// The value, then any auxiliary results, then the gradients (`jax.value_and_grad`).
public func valueAndGrad(_ f: TensorFunction, argnums: [Int] = [0], hasAux: Bool = false) -> TensorFunction {
  transform(.value_and_grad, f, keys: [TransformArg(key: "argnums", value: ints(argnums)), TransformArg(key: "has_aux", value: .bool(hasAux))], arity: f.arity)
}

/// Forward mode: takes the primals then a tangent for each float primal;
/// gives the outputs then a tangent for each float output (`jax.jvp`).
public func jvp(_ f: TensorFunction) -> TensorFunction {
  transform(.jvp, f, keys: [], arity: nil) { (types: [TensorType]) throws(FTCError) in
    if let n = f.arity {
      return (Array(types.prefix(n)), [])
    }
    // n primals and their float tangents: the n with n + floats(first n) == count.
    var floats = 0
    for n in 0...types.count {
      if n + floats == types.count { return (Array(types.prefix(n)), []) }
      if n < types.count && types[n].dtype.isFloat { floats += 1 }
    }
    throw FTCError("jvp_\(f.name): \(types.count) arguments cannot be primals followed by one tangent per float primal")
  }
}

/// Reverse mode as FTIR defines it: takes the primals then a cotangent for
/// each float output; gives the outputs then the cotangents of the
/// arguments `argnums` (default: every float argument). When `f`'s arity
/// is not known (a transform such as `jvp` of it), the primals are the
/// shortest prefix at which `f` traces with one float output per remaining argument.
public func vjp(_ f: TensorFunction, argnums: [Int]? = nil) -> TensorFunction {
  let keys = argnums.map { [TransformArg(key: "argnums", value: ints($0))] } ?? []
  return transform(.vjp, f, keys: keys, arity: nil) { (types: [TensorType]) throws(FTCError) in
    if let n = f.arity {
      guard types.count > n else {
        throw FTCError("vjp_\(f.name) takes the \(n) primals of \(f.name), then a cotangent per float output; got \(types.count) arguments")
      }
      return (Array(types.prefix(n)), [])
    }
    for n in 1..<Swift.max(1, types.count) {
      // Trial traces record nothing for an export.
      guard let traced = Exporter.$current.withValue(nil, operation: { try? f.trace(Array(types.prefix(n))) }) else { continue }
      if traced.resultTypes.filter({ $0.dtype.isFloat }).count == types.count - n { return (Array(types.prefix(n)), []) }
    }
    throw FTCError("vjp_\(f.name): no prefix of the \(types.count) arguments are primals of \(f.name) followed by one cotangent per float output")
  }
}

/// JAX's `vjp(f, primals)`: the outputs at `primals` and a pullback from
/// output cotangents to the cotangents of the float arguments (each call
/// of the pullback recomputes the outputs).
public func vjp(_ f: TensorFunction, at primals: [NDArray]) throws(FTCError) -> (values: [NDArray], pullback: ([NDArray]) throws(FTCError) -> [NDArray]) {
  let values = try f(primals)
  let reverse = vjp(TensorFunction(name: f.name, arity: primals.count, f.body))
  let pullback = { (cotangents: [NDArray]) throws(FTCError) -> [NDArray] in
    Array(try reverse(primals + cotangents).dropFirst(values.count))
  }
  return (values, pullback)
}

/// The Jacobian by reverse mode: shape result.shape + argument.shape per argument in `argnums`.
public func jacrev(_ f: TensorFunction, argnums: [Int] = [0]) -> TensorFunction {
  transform(.jacrev, f, keys: [TransformArg(key: "argnums", value: ints(argnums))], arity: f.arity)
}

/// The Jacobian by forward mode (same result as `jacrev`).
public func jacfwd(_ f: TensorFunction, argnums: [Int] = [0]) -> TensorFunction {
  transform(.jacfwd, f, keys: [TransformArg(key: "argnums", value: ints(argnums))], arity: f.arity)
}

/// The Hessian of a float-scalar function with respect to argument `argnum`.
public func hessian(_ f: TensorFunction, argnum: Int = 0) -> TensorFunction {
  transform(.hessian, f, keys: [TransformArg(key: "argnums", value: ints([argnum]))], arity: f.arity)
}

/// `f` mapped over axis `inAxes[i]` of argument i (nil: not mapped;
/// default: axis 0 of every argument), results stacked along `outAxes`
/// (default: axis 0). `f` is traced at the per-example types.
public func vmap(_ f: TensorFunction, inAxes: [Int?]? = nil, outAxes: [Int?]? = nil) -> TensorFunction {
  let name = "vmap_\(f.name)"
  return transform(.vmap, f, keys: outAxes.map { [TransformArg(key: "out_axes", value: axes($0))] } ?? [], arity: f.arity) { (types: [TensorType]) throws(FTCError) in
    let given = inAxes ?? Array(repeating: 0, count: types.count)
    guard given.count == types.count else {
      throw FTCError("\(name): inAxes has \(given.count) entries for \(types.count) arguments")
    }
    var size: Int?
    var inner: [TensorType] = []
    var normalized: [Int?] = []
    for (k, (t, ax)) in zip(types, given).enumerated() {
      guard let ax else {
        inner.append(t)
        normalized.append(nil)
        continue
      }
      guard let a = Tensor.axis(ax, rank: t.rank) else {
        throw FTCError("\(name): argument \(k) of type \(t) has no axis \(ax) to map over")
      }
      if let size, size != t.shape[a] {
        throw FTCError("\(name): argument \(k) of type \(t) has size \(t.shape[a]) along axis \(a), but the mapped size is \(size)")
      }
      size = t.shape[a]
      var s = t.shape
      s.remove(at: a)
      inner.append(t.with(shape: s))
      normalized.append(a)
    }
    guard let size else { throw FTCError("\(name): no argument is mapped (every inAxes entry is nil)") }
    return (inner, [TransformArg(key: "in_axes", value: axes(normalized)), TransformArg(key: "size", value: .int(size))])
  }
}

/// `f` as a compiled function: called on host arrays it is traced and
/// compiled once per argument signature (a cache hit neither traces nor
/// compiles), then runs as native code.
public func jit(_ f: TensorFunction) -> TensorFunction {
  TensorFunction(name: f.name, arity: f.arity, f.body)
}
