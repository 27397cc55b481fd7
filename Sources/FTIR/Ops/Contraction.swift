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
public struct DotDims: Sendable {
  public var lhsBatch: [Int], rhsBatch: [Int], lhsContract: [Int], rhsContract: [Int]
  public var lhsFree: [Int], rhsFree: [Int]

  public init(_ attrs: Attributes, lhsRank: Int, rhsRank: Int) {
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
      // With no contracted dims, forEachIndex visits the one empty index: a
      // single product (an outer product), not two.
      forEachIndex(contractShape) { c in
        var ja = ia, jb = ib
        for k in c.indices { ja += c[k] * sa[d.lhsContract[k]]; jb += c[k] * sb[d.rhsContract[k]] }
        terms.append((ja, jb))
      }
      pairs.append(terms)
    }
    // The sum starts from the first product (zero only when there is none),
    // so that a single product (an empty contract: outer product) is exact,
    // -0 included, as `mul` is.
    func run<T>(_ x: [T], _ y: [T], zero: T, mul: (T, T) -> T, add: (T, T) -> T) -> [T] {
      pairs.map { terms in
        guard let first = terms.first else { return zero }
        return terms.dropFirst().reduce(mul(x[first.0], y[first.1])) { add($0, mul(x[$1.0], y[$1.1])) }
      }
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
    let t = c.type(c.y)
    let ta = try c.t(0).map { ta throws(BuildError) in try c.b.emit(dotGeneralOp, [ta, c.x(1)], attrs: c.attrs, types: [t])[0] }
    let tb = try c.t(1).map { tb throws(BuildError) in try c.b.emit(dotGeneralOp, [c.x(0), tb], attrs: c.attrs, types: [t])[0] }
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
  },
  batch: dotGeneralBatch, class: .contraction, linearity: .separately(nil),
  simplify: SimplifyRules(
    canonical: productOfTransposedOperands,
    expand: { op, s, newValue in outerProductAsMultiply(op, s, newValue) ?? productOfUnitDimOperands(op, s, newValue) }))

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
  let order = yContract.indices.sorted { yContract[$0] < yContract[$1] }
  let xContractByY = order.map { xContract[$0] }
  var attrs: [String: Attr] = [:]
  if nb > 0 { attrs["batch"] = .list([.list(ansBatch.map { .int($0) }), .list(yBatch.map { .int($0) })]) }
  // dot(ct, y) has dims: batch, x's free dims, x's contracted dims (in y's
  // order); dot(y, ct) has batch, x's contracted dims, x's free dims. Take
  // the one already in x's order if there is one, else permute.
  let layouts = [xBatch + xKept + xContractByY, xBatch + xContractByY + xKept]
  let swap = layouts[0] != Array(0..<xType.rank) && layouts[1] == Array(0..<xType.rank)
  let layout = layouts[swap ? 1 : 0]
  let prod: Value
  if swap {
    attrs["contract"] = .list([.list(yKept.map { .int($0) }), .list(ansY.map { .int($0) })])
    if nb > 0 { attrs["batch"] = .list([.list(yBatch.map { .int($0) }), .list(ansBatch.map { .int($0) })]) }
    prod = try c.b.emit(dotGeneralOp, [y, c.ct], attrs: Attributes(attrs))[0]
  } else {
    attrs["contract"] = .list([.list(ansY.map { .int($0) }), .list(yKept.map { .int($0) })])
    prod = try c.b.emit(dotGeneralOp, [c.ct, y], attrs: Attributes(attrs))[0]
  }
  var perm = [Int](repeating: 0, count: layout.count)
  for (pos, dim) in layout.enumerated() { perm[dim] = pos }
  if perm == Array(0..<perm.count) { return prod }
  return try c.b.transpose(prod, perm: perm)
}

/// dot_general's batching rule (a function of its own: the Swift 6.3
/// optimizer crashes on the same code written as a closure).
private func dotGeneralBatch(_ c: inout BatchContext) throws(BuildError) -> [(Value, Int?)] {
  let lb = c.dims[0], rb = c.dims[1]
  let lhsRank = c.type(c.operands[0]).rank - (lb == nil ? 0 : 1)
  let rhsRank = c.type(c.operands[1]).rank - (rb == nil ? 0 : 1)
  let d = DotDims(c.attrs, lhsRank: lhsRank, rhsRank: rhsRank)
  if let lb, let rb {
    // Both mapped: the mapped axis becomes the leading batch dimension.
    let l = try c.moveAxis(c.operands[0], from: lb, to: 0)
    let r = try c.moveAxis(c.operands[1], from: rb, to: 0)
    let attrs: [String: Attr] = [
      "batch": .list([intList([0] + d.lhsBatch.map { $0 + 1 }), intList([0] + d.rhsBatch.map { $0 + 1 })]),
      "contract": .list([intList(d.lhsContract.map { $0 + 1 }), intList(d.rhsContract.map { $0 + 1 })]),
    ]
    return [(try c.emit(dotGeneralOp, [l, r], attrs: Attributes(attrs))[0], 0)]
  }
  // One side mapped: its mapped axis is one more free dimension of that
  // side, and the other operand is used as it is.
  var lhsContract: [Int] = [], rhsContract: [Int] = [], lhsBatch: [Int] = [], rhsBatch: [Int] = []
  for x in d.lhsContract { lhsContract.append(c.batchedDim(x, of: 0)) }
  for x in d.rhsContract { rhsContract.append(c.batchedDim(x, of: 1)) }
  for x in d.lhsBatch { lhsBatch.append(c.batchedDim(x, of: 0)) }
  for x in d.rhsBatch { rhsBatch.append(c.batchedDim(x, of: 1)) }
  var attrs: [String: Attr] = ["contract": .list([intList(lhsContract), intList(rhsContract)])]
  if !lhsBatch.isEmpty { attrs["batch"] = .list([intList(lhsBatch), intList(rhsBatch)]) }
  var axis = d.lhsBatch.count
  if let lb {
    for x in d.lhsFree where x < lb { axis += 1 }
  } else {
    axis += d.lhsFree.count
    for x in d.rhsFree where x < (rb ?? 0) { axis += 1 }
  }
  return [(try c.emit(dotGeneralOp, c.operands, attrs: Attributes(attrs))[0], axis)]
}

private func intList(_ xs: [Int]) -> Attr { .list(xs.map { .int($0) }) }
