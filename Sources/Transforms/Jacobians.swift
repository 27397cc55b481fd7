/// `jacfwd`, `jacrev` and `hessian`, built from jvp/vjp batched over a basis
/// (as JAX does), so the expanded IR does not grow with the Jacobian's size:
///
///   jacfwd(F)_k = vmap(t -> jvp(F)(A, t along A_k))(identity basis of A_k)
///   jacrev(F)_k = vmap(ct -> vjp(F, argnums=[k])(A, ct))(identity basis of R0)
///   hessian(F, K) = jacfwd(jacrev(F, [K]), [K])
///
/// The basis is made with iota and eq, never as a literal; products of a
/// matrix with it are its rows or columns (BasisProducts.swift).

import FTIR

/// An identity basis: `n` unit tensors of `shape`, stacked along a new leading axis.
func identityBasis(_ b: inout FunctionBuilder, n: Int, shape: [Int], dtype: DType, what: String) throws(ExpandError) -> Value {
  guard n.multipliedReportingOverflow(by: n).partialValue <= Limits.maxElements, n < Int(Int32.max) else {
    throw ExpandError("\(what) needs a \(n)×\(n) basis, beyond the limit of \(Limits.maxElements) elements")
  }
  do {
    let rows = try b.iota(.i32, shape: [n, n], dim: 0)
    let cols = try b.iota(.i32, shape: [n, n], dim: 1)
    let eye = try b.convert(b.eq(rows, cols), to: dtype)
    return try b.reshape(eye, to: [n] + shape)
  } catch { throw ExpandError(error) }
}

/// `F` with a tangent input for argument k only, returning the tangent of R0.
private func jvpAlong(_ f: Function, argument k: Int) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: f.name + "__jvp")
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  let t = b.addParam(f.type(of: f.params[k]))
  var tangents = [Value?](repeating: nil, count: args.count)
  tangents[k] = t
  let (outs, outTangents) = try emitJVP(f, into: &b, args: args, tangents: tangents)
  if let t0 = outTangents[0] { b.ret([t0]) } else { b.ret([try b.zerosValue(b.type(outs[0]))]) }
  return b.function
}

/// `jacfwd(F, argnums)`: for each k, shape(R0) ++ shape(A_k).
func jacfwdFunction(_ f: Function, name: String, argnums: [Int]) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  let r0 = f.resultTypes[0]
  var results: [Value] = [], bases: [Value] = []
  for k in argnums {
    let a = f.type(of: f.params[k])
    let n = a.elementCount
    let basis = try identityBasis(&b, n: n, shape: a.shape, dtype: a.dtype, what: "jacfwd with respect to argument \(k)")
    bases.append(basis)
    let g = try jvpAlong(f, argument: k)
    let (v, d) = try emitVMap(g, into: &b, args: args + [basis], argDims: args.map { _ in nil } + [0], size: n)[0]
    let stacked = try placeBatchAxis(&b, v, from: d, to: 0, size: n, result: 0)  // [n] ++ R0
    do {
      // [n, m] -> [m, n] -> R0 ++ A_k; the tangents have R0's dtype, the
      // Jacobian A_k's (spec section 5).
      let m = r0.elementCount
      let flat = try b.reshape(stacked, to: [n, m])
      let swapped = try b.transpose(flat, perm: [1, 0])
      var jac = try b.reshape(swapped, to: r0.shape + a.shape)
      if r0.dtype != a.dtype { jac = try b.convert(jac, to: a.dtype) }
      results.append(jac)
    } catch { throw ExpandError(error) }
  }
  b.ret(results)
  return withBasisProductsFolded(b.function, bases)
}

private func withBasisProductsFolded(_ f: Function, _ bases: [Value]) -> Function {
  var out = f
  for basis in bases { foldBasisProducts(&out, basis: basis) }
  return out
}

/// `jacrev(F, argnums)`: for each k, shape(R0) ++ shape(A_k).
func jacrevFunction(_ f: Function, name: String, argnums: [Int]) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  let r0 = f.resultTypes[0]
  let m = r0.elementCount
  var results: [Value] = [], bases: [Value] = []
  for k in argnums {
    let a = f.type(of: f.params[k])
    let basis = try identityBasis(&b, n: m, shape: r0.shape, dtype: r0.dtype, what: "jacrev of a result")
    bases.append(basis)
    let g = try vjpFunction(f, name: f.name + "__vjp", argnums: [k])  // (A..., ct) -> (R0, ct_A_k)
    let outs = try emitVMap(g, into: &b, args: args + [basis], argDims: args.map { _ in nil } + [0], size: m)
    let (v, d) = outs[outs.count - 1]
    let stacked = try placeBatchAxis(&b, v, from: d, to: 0, size: m, result: 0)  // [m] ++ A_k
    do {
      results.append(try b.reshape(stacked, to: r0.shape + a.shape))
    } catch { throw ExpandError(error) }
  }
  b.ret(results)
  return withBasisProductsFolded(b.function, bases)
}

/// `hessian(F, argnums=K)` = jacfwd(jacrev(F, [K]), [K]).
func hessianFunction(_ f: Function, name: String, argnum k: Int) throws(ExpandError) -> Function {
  let jr = try jacrevFunction(f, name: name + "__jacrev", argnums: [k])
  return try jacfwdFunction(jr, name: name, argnums: [k])
}
