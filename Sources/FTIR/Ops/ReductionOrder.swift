/// The fixed order of a float `reduce_sum`/`reduce_prod` (IR/README.md,
/// "Reduction order"), shared by the interpreter and the compiled code:
///
///     group x[0..<n] (row-major over the reduced dims)
///       -> vectors v[q][l] = x[16q + l]   (16 lanes, the last one padded with the identity)
///       -> V = pairwise(v[0..<m])         (split at the largest power of two below the count)
///       -> lanes folded by halving: l ⊕= l+8, then +4, +2, +1; the result is lane 0
///
/// The identity (-0 for a sum, 1 for a product) is exact, so padding does
/// not change a result. The tree has depth ⌈log₂ n⌉.

/// The reductions whose float folds follow the fixed order (max/min do not
/// depend on the order; integer sums and products wrap).
public let fixedOrderReductions: Set<String> = ["reduce_sum", "reduce_prod"]

/// Whether `op` (a reduction of a `dtype` operand) folds in the fixed order.
public func hasFixedOrder(_ op: Operation, _ dtype: DType) -> Bool {
  dtype.isFloat && fixedOrderReductions.contains(op.name)
}

/// The virtual vector width of the fixed order.
public let reductionLanes = 16

/// `pairwise(items)`: items[0..<2^p] ⊕ pairwise(rest), 2^p the largest power
/// of two below the count (halves when the count is a power of two). Built as
/// a binary counter: no recursion, a stack of at most 64 partial results.
public func pairwiseFold<T>(_ count: Int, _ item: (Int) -> T, _ combine: (T, T) -> T) -> T? {
  var stack: [(size: Int, value: T)] = []
  for q in 0..<count {
    var cur = (size: 1, value: item(q))
    while let top = stack.last, top.size == cur.size {
      stack.removeLast()
      cur = (cur.size * 2, combine(top.value, cur.value))
    }
    stack.append(cur)
  }
  guard var acc = stack.popLast()?.value else { return nil }
  while let left = stack.popLast() { acc = combine(left.value, acc) }
  return acc
}

/// The fixed-order fold of `xs` (n > 0) with `combine` and its exact `identity`.
public func orderedFold<T>(_ xs: ArraySlice<T>, identity: T, _ combine: (T, T) -> T) -> T {
  let w = reductionLanes
  let base = xs.startIndex, n = xs.count
  let vectors = (n + w - 1) / w
  let vector: (Int) -> [T] = { q in
    (0..<w).map { l in w * q + l < n ? xs[base + w * q + l] : identity }
  }
  guard var lanes = pairwiseFold(vectors, vector, { a, b in zip(a, b).map(combine) }) else { return identity }
  var half = w / 2
  while half >= 1 {
    for l in 0..<half { lanes[l] = combine(lanes[l], lanes[l + half]) }
    half /= 2
  }
  return lanes[0]
}
