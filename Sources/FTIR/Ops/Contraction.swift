/// `dot_general %a, %b, batch=[[...],[...]], contract=[[...],[...]]`.
///
/// Result dims: batch dims in the order listed, then lhs free dims, then rhs
/// free dims (XLA's rule). Operands and result share one float or int dtype.
/// Reference order: the contracted elements are summed in row-major order of
/// the contracted dims, accumulating in the element type.

extension OpRegistry {
  static let contractionOps: [OpDef] = [dotGeneralOp]
}

/// The dimension lists of a dot_general, with the free dims derived.
struct DotDims {
  var lhsBatch: [Int], rhsBatch: [Int], lhsContract: [Int], rhsContract: [Int]
  var lhsFree: [Int], rhsFree: [Int]

  init(_ attrs: Attributes, lhsRank: Int, rhsRank: Int) {
    (lhsBatch, rhsBatch) = attrs.intPair("batch")
    (lhsContract, rhsContract) = attrs.intPair("contract")
    let lUsed = Set(lhsBatch + lhsContract), rUsed = Set(rhsBatch + rhsContract)
    lhsFree = (0..<lhsRank).filter { !lUsed.contains($0) }
    rhsFree = (0..<rhsRank).filter { !rUsed.contains($0) }
  }
}

private let dotGeneralOp = OpDef(
  "dot_general", arity: .exactly(2),
  attrs: [AttrSpec("batch", .intListPair, required: false), AttrSpec("contract", .intListPair)],
  type: { i throws(RuleError) in
    let (a, b) = (i.operands[0], i.operands[1])
    try requireDType("dot_general", a, .floatOrInt)
    guard a.dtype == b.dtype else {
      throw RuleError("'dot_general' needs operands of one dtype, got \(a) and \(b)", at: .operand(1))
    }
    let d = DotDims(i.attrs, lhsRank: a.rank, rhsRank: b.rank)
    guard d.lhsBatch.count == d.rhsBatch.count else {
      throw RuleError("'dot_general': batch lists have different lengths", at: .attr("batch"))
    }
    guard d.lhsContract.count == d.rhsContract.count else {
      throw RuleError("'dot_general': contract lists have different lengths", at: .attr("contract"))
    }
    // Each list checked under its own key, so that the error names the list
    // that holds the bad entry; then a dim both batched and contracted.
    try requireDims("dot_general", "batch", d.lhsBatch, rank: a.rank)
    try requireDims("dot_general", "batch", d.rhsBatch, rank: b.rank)
    try requireDims("dot_general", "contract", d.lhsContract, rank: a.rank)
    try requireDims("dot_general", "contract", d.rhsContract, rank: b.rank)
    for (side, batch, contract) in [("lhs", d.lhsBatch, d.lhsContract), ("rhs", d.rhsBatch, d.rhsContract)] {
      for c in contract where batch.contains(c) {
        throw RuleError("'dot_general': dimension \(c) of the \(side) is both a batch and a contracting dimension", at: .attr("contract"))
      }
    }
    for (l, r) in zip(d.lhsBatch, d.rhsBatch) where a.shape[l] != b.shape[r] {
      throw RuleError("'dot_general': batch dimension \(l) of the lhs (size \(a.shape[l])) does not match dimension \(r) of the rhs (size \(b.shape[r]))", at: .attr("batch"))
    }
    for (l, r) in zip(d.lhsContract, d.rhsContract) where a.shape[l] != b.shape[r] {
      throw RuleError("'dot_general': contracted dimension \(l) of the lhs (size \(a.shape[l])) does not match dimension \(r) of the rhs (size \(b.shape[r]))", at: .attr("contract"))
    }
    let shape = d.lhsBatch.map { a.shape[$0] } + d.lhsFree.map { a.shape[$0] } + d.rhsFree.map { b.shape[$0] }
    return [TensorType(a.dtype, shape)]
  },
  eval: { i in
    let (a, b) = (i.operands[0], i.operands[1])
    let t = i.resultTypes[0]
    let d = DotDims(i.attrs, lhsRank: a.rank, rhsRank: b.rank)
    let sa = rowMajorStrides(a.shape), sb = rowMajorStrides(b.shape)
    let contractShape = d.lhsContract.map { a.shape[$0] }
    let nb = d.lhsBatch.count, nl = d.lhsFree.count
    // For each result element, the pairs of flat operand indices to multiply.
    var pairs: [[(Int, Int)]] = []
    pairs.reserveCapacity(t.elementCount)
    forEachIndex(t.shape) { r in
      var ia = 0, ib = 0
      for k in 0..<nb { ia += r[k] * sa[d.lhsBatch[k]]; ib += r[k] * sb[d.rhsBatch[k]] }
      for (k, dim) in d.lhsFree.enumerated() { ia += r[nb + k] * sa[dim] }
      for (k, dim) in d.rhsFree.enumerated() { ib += r[nb + nl + k] * sb[dim] }
      var terms: [(Int, Int)] = []
      forEachIndex(contractShape) { c in
        var ja = ia, jb = ib
        for k in c.indices { ja += c[k] * sa[d.lhsContract[k]]; jb += c[k] * sb[d.rhsContract[k]] }
        terms.append((ja, jb))
      }
      pairs.append(terms)
    }
    func run<T>(_ x: [T], _ y: [T], zero: T, mul: (T, T) -> T, add: (T, T) -> T) -> [T] {
      pairs.map { terms in terms.reduce(zero) { add($0, mul(x[$1.0], y[$1.1])) } }
    }
    let out: TensorStorage
    switch (a.storage, b.storage) {
    case (.f32(let x), .f32(let y)): out = .f32(run(x, y, zero: 0, mul: *, add: +))
    case (.f64(let x), .f64(let y)): out = .f64(run(x, y, zero: 0, mul: *, add: +))
    case (.i32(let x), .i32(let y)): out = .i32(run(x, y, zero: 0, mul: &*, add: &+))
    case (.i64(let x), .i64(let y)): out = .i64(run(x, y, zero: 0, mul: &*, add: &+))
    default: out = a.storage
    }
    return [HostTensor(type: t, storage: out)]
  },
  jvp: { c throws(BuildError) in
    // Bilinear: dot(ta, b) + dot(a, tb).
    let def = OpRegistry["dot_general"]
    let t = c.type(c.y)
    let ta = try c.t(0).map { ta throws(BuildError) in try c.b.emit(def, [ta, c.x(1)], attrs: c.attrs, types: [t])[0] }
    let tb = try c.t(1).map { tb throws(BuildError) in try c.b.emit(def, [c.x(0), tb], attrs: c.attrs, types: [t])[0] }
    return [try c.add(ta, tb)]
  },
  transpose: { c throws(BuildError) in
    guard !(c.linear[0] && c.linear[1]) else { throw BuildError("internal error: dot_general of two tangents is not linear") }
    let (lt, rt) = (c.operandTypes[0], c.operandTypes[1])
    let d = DotDims(c.attrs, lhsRank: lt.rank, rhsRank: rt.rank)
    if c.linear[0] {
      return [try dotTransposeLHS(&c, other: c.primal(1), xType: lt, yType: rt,
                                  xBatch: d.lhsBatch, yBatch: d.rhsBatch, xContract: d.lhsContract, yContract: d.rhsContract,
                                  resultIsXFirst: true), nil]
    }
    return [nil, try dotTransposeLHS(&c, other: c.primal(0), xType: rt, yType: lt,
                                     xBatch: d.rhsBatch, yBatch: d.lhsBatch, xContract: d.rhsContract, yContract: d.lhsContract,
                                     resultIsXFirst: false)]
  })

/// The cotangent of operand x of `dot_general(x, y)` (or of `dot_general(y, x)`
/// when `resultIsXFirst` is false), as JAX's `_dot_general_transpose_lhs`:
/// contract the result's cotangent with y over y's free dims, then permute
/// into x's dimension order.
private func dotTransposeLHS(_ c: inout TransposeContext, other y: Value, xType: TensorType, yType: TensorType,
                             xBatch: [Int], yBatch: [Int], xContract: [Int], yContract: [Int],
                             resultIsXFirst: Bool) throws(BuildError) -> Value {
  let xUsed = Set(xBatch + xContract), yUsed = Set(yBatch + yContract)
  let xKept = (0..<xType.rank).filter { !xUsed.contains($0) }
  let yKept = (0..<yType.rank).filter { !yUsed.contains($0) }
  let nb = xBatch.count
  // Positions of the cotangent's dims: batch, then the first operand's free dims, then the second's.
  let ansBatch = Array(0..<nb)
  let ansY = resultIsXFirst ? Array((nb + xKept.count)..<(nb + xKept.count + yKept.count)) : Array(nb..<(nb + yKept.count))
  let attrs: [String: Attr] = [
    "batch": .list([.list(ansBatch.map { .int($0) }), .list(yBatch.map { .int($0) })]),
    "contract": .list([.list(ansY.map { .int($0) }), .list(yKept.map { .int($0) })]),
  ]
  let prod = try c.p("dot_general", c.ct, y, attrs: attrs)
  // prod dims: batch, x's free dims, then x's contracted dims ordered as y's are.
  let order = yContract.indices.sorted { yContract[$0] < yContract[$1] }
  let xContractByY = order.map { xContract[$0] }
  let layout = xBatch + xKept + xContractByY
  var perm = [Int](repeating: 0, count: layout.count)
  for (pos, dim) in layout.enumerated() { perm[dim] = pos }
  if perm == Array(0..<perm.count) { return prod }
  return try c.p("transpose", prod, attrs: ["perm": .list(perm.map { .int($0) })])
}
