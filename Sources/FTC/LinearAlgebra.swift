/// Products as in jax.numpy: matmul (batch dims broadcast, 1-D operands
/// promoted to matrices and squeezed back), dot, tensordot; each one
/// `dot_general` after promotion.
///
///     matmul(a, b)   a: f32[2,3], b: f32[3,4]  ==>  %r = dot_general %a, %b, contract=[[1],[0]] : f32[2,4]

import FTIR

private func dotGeneral(_ a: Tensor, _ b: Tensor, batch: [Int], contract: ([Int], [Int]), _ what: String,
                        at site: CallSite, expected: [Int]) -> Tensor {
  let dtype = Promotion.join(a.dtype, b.dtype)
  let x = a.astype(dtype), y = b.astype(dtype)
  return x.emit(what, [x, y], at: site, expected: TensorType(dtype, expected)) { (bld: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try bld.dotGeneral(v[0], v[1], batch: (batch, batch), contract: contract)
  }
}

/// The matrix product, NumPy's `matmul` semantics.
public func matmul(_ a: Tensor, _ b: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard a.rank >= 1, b.rank >= 1 else {
    return a.fail("matmul", at: site, "needs operands of rank at least 1, got \(a.type) and \(b.type)")
  }
  let x = a.rank == 1 ? a.reshape([1, a.shape[0]], at: site) : a
  let y = b.rank == 1 ? b.reshape([b.shape[0], 1], at: site) : b
  guard x.shape[x.rank - 1] == y.shape[y.rank - 2],
        let batch = Promotion.broadcastShapes(Array(x.shape.dropLast(2)), Array(y.shape.dropLast(2))) else {
    return a.fail("matmul", at: site, "shapes \(a.shape) and \(b.shape) do not multiply (inner sizes differ or batch dims do not broadcast)")
  }
  let n = x.shape[x.rank - 2], m = y.shape[y.rank - 1], k = x.shape[x.rank - 1]
  let xb = x.broadcast(to: batch + [n, k], at: site), yb = y.broadcast(to: batch + [k, m], at: site)
  let nb = batch.count
  var r = dotGeneral(xb, yb, batch: Array(0..<nb), contract: ([nb + 1], [nb]), "matmul", at: site, expected: batch + [n, m])
  if a.rank == 1 { r = r.reshape(batch + [m], at: site) }
  if b.rank == 1 { r = r.reshape(Array(r.shape.dropLast()), at: site) }
  return r
}

/// Sums of products over `axes.0` of `a` paired with `axes.1` of `b`; the
/// result has `a`'s free axes, then `b`'s.
public func tensordot(_ a: Tensor, _ b: Tensor, axes: ([Int], [Int]), file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let ca = axes.0.compactMap { Tensor.axis($0, rank: a.rank) }, cb = axes.1.compactMap { Tensor.axis($0, rank: b.rank) }
  guard ca.count == axes.0.count, cb.count == axes.1.count, ca.count == cb.count,
        zip(ca, cb).allSatisfy({ a.shape[$0] == b.shape[$1] }) else {
    return a.fail("tensordot", at: site, "axes \(axes.0) of \(a.type) and \(axes.1) of \(b.type) do not pair up")
  }
  let free = a.shape.indices.filter { !ca.contains($0) }.map { a.shape[$0] } + b.shape.indices.filter { !cb.contains($0) }.map { b.shape[$0] }
  return dotGeneral(a, b, batch: [], contract: (ca, cb), "tensordot", at: site, expected: free)
}

/// `tensordot` over the last `axes` axes of `a` and the first `axes` of `b`.
public func tensordot(_ a: Tensor, _ b: Tensor, axes: Int = 2, file: String = #fileID, line: Int = #line) -> Tensor {
  let n = Swift.max(0, axes)
  guard n <= a.rank, n <= b.rank else {
    return a.fail("tensordot", at: CallSite(file, line), "cannot contract \(axes) axes of \(a.type) with \(b.type)")
  }
  return tensordot(a, b, axes: (Array((a.rank - n)..<a.rank), Array(0..<n)), file: file, line: line)
}

/// NumPy's `dot`: scalars multiply, up to 2-D it is `matmul`, otherwise a sum over `a`'s last axis and `b`'s second-to-last.
public func dot(_ a: Tensor, _ b: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  if a.rank == 0 || b.rank == 0 { return a * b }
  if a.rank <= 2 && b.rank <= 2 { return matmul(a, b, file: file, line: line) }
  return tensordot(a, b, axes: ([a.rank - 1], [Swift.max(0, b.rank - 2)]), file: file, line: line)
}
