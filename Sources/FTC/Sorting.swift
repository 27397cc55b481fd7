/// Sorting along one axis (`jax.lax.sort`, `jnp.sort`, `jnp.argsort`,
/// `lax.top_k`): stable, floats in total order (−NaN < −inf < … < −0 < +0 <
/// … < inf < NaN), `descending` the exact reverse with ties still in their
/// order. Derivatives flow through the permutation.
///
///     sort(x)                  x: f32[4,6]  ==>  %s = sort %x, dimension=1 : f32[4,6]
///     argsort(x)                            ==>  %i = iota dim=1 : i32[4,6]
///                                                %s, %p = sort %x, %i, dimension=1 : (f32[4,6], i32[4,6])
///     topK(x, k: 3)                         ==>  the same sort with descending=true, then slices [:, :3]

import FTIR

/// Sorts `keys` (compared lexicographically: the second decides only among
/// equal firsts) and permutes `values` the same way, along `axis`; every
/// tensor has one shape.
public func sort(keys: [Tensor], values: [Tensor] = [], axis: Int = -1, descending: Bool = false,
                 file: String = #fileID, line: Int = #line) -> (keys: [Tensor], values: [Tensor]) {
  let site = CallSite(file, line)
  let all = keys + values
  guard let first = keys.first else {
    return ([], values.map { $0.fail("sort", at: site, "needs at least one key") })
  }
  guard let dims = first.normalizedAxes([axis], "sort", at: site) else { return (keys, values) }
  let tracer = recorder(of: all) ?? first.tracer
  let out = tracer.emitMany("sort", all, at: site, expected: all.map(\.type)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.sort(v, dimension: dims[0], numKeys: keys.count, descending: descending)
  }
  return (Array(out.prefix(keys.count)), Array(out.dropFirst(keys.count)))
}

/// `x` sorted along `axis`.
public func sort(_ x: Tensor, axis: Int = -1, descending: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  sort(keys: [x], axis: axis, descending: descending, file: file, line: line).keys[0]
}

/// The positions (i32) that sort `x` along `axis` (stable: equal elements keep their order).
public func argsort(_ x: Tensor, axis: Int = -1, descending: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  sortWithPositions(x, axis: axis, descending: descending, at: CallSite(file, line)).positions
}

/// The `k` largest elements along the last axis, largest first, and their
/// positions (i32; among equal elements the earlier position first), as
/// `lax.top_k`.
public func topK(_ x: Tensor, k: Int, file: String = #fileID, line: Int = #line) -> (values: Tensor, indices: Tensor) {
  let site = CallSite(file, line)
  let out = x.type.with(shape: Array(x.shape.dropLast()) + [k])
  guard x.rank >= 1, k >= 0, k <= x.shape[x.rank - 1] else {
    let why = x.rank == 0 ? "needs a tensor of rank ≥ 1, got \(x.type)" : "k = \(k) must be in [0, \(x.shape[x.rank - 1])] for \(x.type)"
    return (x.fail("topK", at: site, why, expected: out), x.fail("topK", at: site, why, expected: TensorType(.i32, out.shape)))
  }
  let (sorted, positions) = sortWithPositions(x, axis: -1, descending: true, at: site)
  let limit = out.shape
  let start = limit.map { _ in 0 }
  return (sorted.slice(start: start, limit: limit, stride: nil, at: site),
          positions.slice(start: start, limit: limit, stride: nil, at: site))
}

/// `x` sorted along `axis` with an iota sorted along: the permutation.
private func sortWithPositions(_ x: Tensor, axis: Int, descending: Bool, at site: CallSite) -> (sorted: Tensor, positions: Tensor) {
  let positionsType = TensorType(.i32, x.shape)
  guard let dims = x.normalizedAxes([axis], "argsort", at: site) else { return (x, x.fail("argsort", at: site, "", expected: positionsType)) }
  guard x.rank == 0 || x.shape[dims[0]] <= Int(Int32.max) else {
    return (x, x.fail("argsort", at: site, "axis \(axis) of \(x.type) has more positions than i32 holds", expected: positionsType))
  }
  let tracer = recorder(of: [x]) ?? x.tracer
  let out = tracer.emitMany("argsort", [x], at: site, expected: [x.type, positionsType]) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    let iota = try b.iota(.i32, shape: b.type(v[0]).shape, dim: dims[0])
    return try b.sort([v[0], iota], dimension: dims[0], descending: descending)
  }
  return (out[0], out[1])
}
