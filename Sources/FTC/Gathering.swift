/// Indexing by tensors of indices (IR ops `gather`, `scatter_add`,
/// `dynamic_slice`, `dynamic_update_slice`; IR/README.md "Indexing"), and
/// jax.numpy's `take` / `take_along_axis` built on them. Every index is
/// clamped into range, as JAX's `mode="clip"` (a negative index reads
/// position 0); derivatives flow to the data, never to the indices.
///
///     gather(x, indices: i, axis: 1)       x: f32[4,5], i: i32[2]  ==>  %g = gather %x, %i, axis=1 : f32[4,2]
///     dynamicSlice(x, start: [r, c], sizes: [2, 2])                ==>  %d = dynamic_slice %x, %r, %c, sizes=[2, 2] : f32[2,2]
///     take(x, i)                                                   ==>  reshape %x to f32[20], then gather axis=0

import FTIR

extension Tensor {
  /// Records a failure unless this tensor (named `role`) holds integer indices.
  func checkIndices(_ what: String, _ role: String, at site: CallSite, scalar: Bool = false) -> Bool {
    guard dtype == .i32 || dtype == .i64 else {
      _ = fail(what, at: site, "\(role) has type \(type), expected i32 or i64 \(scalar ? "scalars" : "indices")")
      return false
    }
    guard !scalar || rank == 0 else {
      _ = fail(what, at: site, "\(role) has type \(type), expected an i32[] or i64[] scalar")
      return false
    }
    return true
  }

  /// `axis` normalized against this tensor's rank, or a recorded failure naming it.
  func checkedAxis(_ axis: Int, _ what: String, at site: CallSite) -> Int? {
    guard let a = Tensor.axis(axis, rank: rank) else {
      _ = fail(what, at: site, "axis \(axis) is out of range for \(type)")
      return nil
    }
    return a
  }
}

/// `tf.gather(x, indices, axis, batch_dims)`: the slices of `x` along `axis` at
/// `indices` (i32 or i64, any shape); the result has shape
/// `x.shape[:axis] + indices.shape[batchDims:] + x.shape[axis+1:]`. The first
/// `batchDims` dims of `x` and `indices` are shared batch dims.
public func gather(_ x: Tensor, indices: Tensor, axis: Int = 0, batchDims: Int = 0, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard indices.checkIndices("gather", "indices", at: site), let a = x.checkedAxis(axis, "gather", at: site) else { return x }
  return x.emit("gather", [x, indices], at: site) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.gather(v[0], v[1], axis: a, batchDims: batchDims)
  }
}

/// `x` with `updates` added at the positions `gather(x, indices:, axis:, batchDims:)`
/// reads (`updates` has that gather's type; repeated indices add up).
public func scatterAdd(_ x: Tensor, indices: Tensor, updates: Tensor, axis: Int = 0, batchDims: Int = 0,
                       file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard indices.checkIndices("scatterAdd", "indices", at: site), let a = x.checkedAxis(axis, "scatterAdd", at: site) else { return x }
  return x.emit("scatterAdd", [x, indices, updates], at: site) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.scatterAdd(v[0], v[1], v[2], axis: a, batchDims: batchDims)
  }
}

/// `lax.dynamic_slice`: the block of `sizes` at `start` (one integer scalar
/// tensor per dim, computed at run time), each start clamped into `[0, dim − size]`.
public func dynamicSlice(_ x: Tensor, start: [Tensor], sizes: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard start.count == x.rank, sizes.count == x.rank else {
    return x.fail("dynamicSlice", at: site, "\(start.count) starts and \(sizes.count) sizes for \(x.type), expected \(x.rank) of each")
  }
  for (k, s) in start.enumerated() where !s.checkIndices("dynamicSlice", "start[\(k)]", at: site, scalar: true) { return x }
  let expected = x.type.with(shape: sizes)
  return x.emit("dynamicSlice", [x] + start, at: site, expected: expected) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.dynamicSlice(v[0], starts: Array(v.dropFirst()), sizes: sizes)
  }
}

/// `dynamicSlice` with the starts as one integer vector of length `rank(x)`.
public func dynamicSlice(_ x: Tensor, start: Tensor, sizes: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
  dynamicSlice(x, start: startScalars(start, for: x, "dynamicSlice", at: CallSite(file, line)), sizes: sizes, file: file, line: line)
}

/// `lax.dynamic_update_slice`: `x` with `update` (x's dtype and rank) written at `start`, clamped so it fits.
public func dynamicUpdateSlice(_ x: Tensor, _ update: Tensor, start: [Tensor], file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard start.count == x.rank else {
    return x.fail("dynamicUpdateSlice", at: site, "\(start.count) starts for \(x.type), expected \(x.rank)")
  }
  for (k, s) in start.enumerated() where !s.checkIndices("dynamicUpdateSlice", "start[\(k)]", at: site, scalar: true) { return x }
  return x.emit("dynamicUpdateSlice", [x, update] + start, at: site) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.dynamicUpdateSlice(v[0], v[1], starts: Array(v.dropFirst(2)))
  }
}

/// `dynamicUpdateSlice` with the starts as one integer vector of length `rank(x)`.
public func dynamicUpdateSlice(_ x: Tensor, _ update: Tensor, start: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  dynamicUpdateSlice(x, update, start: startScalars(start, for: x, "dynamicUpdateSlice", at: CallSite(file, line)), file: file, line: line)
}

/// The elements of an integer start vector as scalars (a failure names it unless it is `[rank(x)]` integers).
private func startScalars(_ start: Tensor, for x: Tensor, _ what: String, at site: CallSite) -> [Tensor] {
  guard start.checkIndices(what, "start", at: site) else { return [] }
  guard start.shape == [x.rank] else {
    _ = start.fail(what, at: site, "start has type \(start.type), expected a vector of \(x.rank) indices for \(x.type)")
    return []
  }
  return (0..<x.rank).map { k in start.index([.index(k)], at: site) }
}

/// `jnp.take(x, indices, axis, mode="clip")`: with an axis, `gather` along it;
/// without, the elements of flattened `x` at `indices` (the result has the indices' shape).
public func take(_ x: Tensor, _ indices: Tensor, axis: Int? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
  guard let axis else {
    return gather(reshape(x, [x.shape.reduce(1, *)], file: file, line: line), indices: indices, axis: 0, file: file, line: line)
  }
  return gather(x, indices: indices, axis: axis, file: file, line: line)
}

/// `jnp.take_along_axis(x, indices, axis, mode="clip")`: `indices` has `x`'s rank
/// and shape except along `axis`; result element `[..., i, ...]` is `x[..., indices[..., i, ...], ...]`.
public func takeAlongAxis(_ x: Tensor, _ indices: Tensor, axis: Int, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard indices.checkIndices("takeAlongAxis", "indices", at: site), let a = x.checkedAxis(axis, "takeAlongAxis", at: site) else { return x }
  var others = x.shape, theirs = indices.shape
  guard theirs.count == others.count else {
    return x.fail("takeAlongAxis", at: site, "indices have type \(indices.type), expected rank \(x.rank) (that of \(x.type))")
  }
  others.remove(at: a)
  theirs.remove(at: a)
  guard others == theirs else {
    return x.fail("takeAlongAxis", at: site, "indices have type \(indices.type), expected the shape of \(x.type) except along axis \(a)")
  }
  // Move the axis last in both; the other dims become gather's batch dims.
  let last = x.rank - 1
  var perm = Array(0..<x.rank)
  perm.remove(at: a)
  perm.append(a)
  var inverse = Array(repeating: 0, count: x.rank)
  for (k, p) in perm.enumerated() { inverse[p] = k }
  let moved = transpose(x, perm, file: file, line: line), movedIndices = transpose(indices, perm, file: file, line: line)
  let gathered = gather(moved, indices: movedIndices, axis: last, batchDims: last, file: file, line: line)
  return transpose(gathered, inverse, file: file, line: line)
}
