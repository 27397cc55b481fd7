/// Shape operations: broadcast_in_dim, reshape, transpose, slice, pad,
/// concatenate, reverse. They move elements without changing them; each
/// reference rule computes, for every result element, the operand element it
/// comes from.

extension OpRegistry {
  static let shapeOps: [OpDef] = [broadcastOp, reshapeOp, transposeOp, sliceOp, padOp, concatenateOp, reverseOp]
}

/// `op` (one operand, one result) as a reshape to its result type.
private func asReshape(_ op: Operation) -> Operation {
  var r = Operation(reshapeOp, operands: op.operands, results: op.results)
  r.locs = op.locs
  return r
}

/// Gathers `operand` into `type` through `map` (result index -> operand index).
private func gatherOp(_ operand: HostTensor, _ type: TensorType, fill: HostTensor? = nil,
                      _ map: ([Int]) -> [Int]?) -> HostTensor {
  let idx = gatherIndices(type.shape, operandShape: operand.shape, map)
  return HostTensor(type: type, storage: operand.storage.gather(idx, fill: fill?.storage))
}

/// `broadcast_in_dim %x, dims=[...] : T`: operand dim i becomes result dim
/// dims[i] (strictly increasing); operand sizes 1 or equal.
private let broadcastOp = OpDef(
  "broadcast_in_dim", arity: .exactly(1), attrs: [AttrSpec("dims", .intList)], typeIsInput: true,
  type: { i throws(RuleError) in
    let x = i.operands[0]
    let t = try writtenType(i)
    let dims = i.attrs.ints("dims")
    guard t.dtype == x.dtype else {
      throw RuleError("'broadcast_in_dim' keeps the dtype: expected \(x.dtype.rawValue), got \(t)", at: .resultType)
    }
    try requireLength("broadcast_in_dim", "dims", dims, x.rank)
    try requireDims("broadcast_in_dim", "dims", dims, rank: t.rank, increasing: true)
    for (k, d) in dims.enumerated() where x.shape[k] != 1 && x.shape[k] != t.shape[d] {
      throw RuleError("'broadcast_in_dim': operand dimension \(k) of size \(x.shape[k]) cannot broadcast to result dimension \(d) of size \(t.shape[d])", at: .resultType)
    }
    return [t]
  },
  eval: { i in
    let x = i.operands[0]
    let dims = i.attrs.ints("dims")
    return [gatherOp(x, i.resultTypes[0]) { idx in dims.enumerated().map { k, d in x.shape[k] == 1 ? 0 : idx[d] } }]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(broadcastOp)] },
  transpose: { c throws(BuildError) in
    // Sum over the dims the broadcast created or expanded, then restore size-1 dims.
    let x = c.operandTypes[0], r = c.resultType
    let dims = c.attrs.ints("dims")
    var summed = Set((0..<r.rank).filter { !dims.contains($0) })
    for (k, d) in dims.enumerated() where x.shape[k] == 1 && r.shape[d] != 1 { summed.insert(d) }
    var v = c.ct
    if !summed.isEmpty { v = try c.b.reduceSum(v, dims: summed.sorted()) }
    return [c.b.type(v) == x ? v : try c.b.reshape(v, to: x.shape)]
  },
  batch: { c throws(BuildError) in
    // Batch axis first, then the broadcast with every dimension shifted by one.
    let x = try c.operand(0, batchedAt: 0)
    let dims = [0] + c.attrs.ints("dims").map { $0 + 1 }
    return [(try c.b.broadcastInDim(x, shape: c.batchedType(c.resultTypes[0], at: 0).shape, dims: dims), 0)]
  },
  class: .indexMap, linearity: .jointly(nil), rereadsOperands: true, repeatsOperandElements: true,
  simplify: SimplifyRules(
    canonical: { op, c in
      // Only inserting size-1 dims: a reshape.
      let x = c.type(op.operands[0]), r = c.type(op.results[0])
      guard x.elementCount == r.elementCount && x.rank <= r.rank && !x.shape.contains(0) else { return nil }
      return asReshape(op)
    },
    compose: { op, p, c in
      // broadcast(broadcast(x)), when the inner one only inserts dims.
      guard p.def === op.def else { return nil }
      let inner = p.attrs.ints("dims"), outer = op.attrs.ints("dims")
      let pin = c.type(p.operands[0]), pout = c.type(p.results[0])
      guard zip(inner.indices, inner).allSatisfy({ pin.shape[$0] == 1 || pin.shape[$0] == pout.shape[$1] }) else { return nil }
      var combined = op
      combined.operands = [p.operands[0]]
      combined.attrs["dims"] = .list(inner.map { .int(outer[$0]) })
      return combined
    },
    identity: { op, rt, c in c.type(op.operands[0]) == rt ? op.operands[0] : nil }))

/// `reshape %x : T`, row-major, same element count.
private let reshapeOp = OpDef(
  "reshape", arity: .exactly(1), typeIsInput: true,
  type: { i throws(RuleError) in
    let x = i.operands[0]
    let t = try writtenType(i)
    // Checked first: elementCount of a type beyond the limits would overflow.
    if let e = t.limitError { throw RuleError("result type \(t): \(e)", at: .resultType) }
    guard t.dtype == x.dtype, t.elementCount == x.elementCount else {
      throw RuleError("'reshape' needs the same dtype and element count: \(x) has \(x.elementCount) elements, \(t) has \(t.elementCount)", at: .resultType)
    }
    return [t]
  },
  eval: { i in [HostTensor(type: i.resultTypes[0], storage: i.operands[0].storage)] },
  jvp: { c throws(BuildError) in [try c.sameOp(reshapeOp)] },
  transpose: { c throws(BuildError) in [try c.b.reshape(c.ct, to: c.operandTypes[0].shape)] },
  batch: { c throws(BuildError) in
    [(try c.b.reshape(c.operand(0, batchedAt: 0), to: c.batchedType(c.resultTypes[0], at: 0).shape), 0)]
  },
  class: .indexMap, linearity: .jointly(nil), rereadsOperands: true,
  simplify: SimplifyRules(
    compose: { op, p, _ in
      guard p.def === op.def else { return nil }
      var combined = op
      combined.operands = [p.operands[0]]
      return combined
    },
    identity: { op, rt, c in c.type(op.operands[0]) == rt ? op.operands[0] : nil }))

/// `transpose %x, perm=[...]`: result dim i = operand dim perm[i].
private let transposeOp = OpDef(
  "transpose", arity: .exactly(1), attrs: [AttrSpec("perm", .intList)],
  type: { i throws(RuleError) in
    let x = i.operands[0]
    let perm = i.attrs.ints("perm")
    try requireLength("transpose", "perm", perm, x.rank)
    try requireDims("transpose", "perm", perm, rank: x.rank)
    return [x.with(shape: perm.map { x.shape[$0] })]
  },
  eval: { i in
    let perm = i.attrs.ints("perm")
    return [gatherOp(i.operands[0], i.resultTypes[0]) { idx in
      var src = [Int](repeating: 0, count: perm.count)
      for (r, p) in perm.enumerated() { src[p] = idx[r] }
      return src
    }]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(transposeOp)] },
  transpose: { c throws(BuildError) in
    let perm = c.attrs.ints("perm")
    var inverse = [Int](repeating: 0, count: perm.count)
    for (i, p) in perm.enumerated() { inverse[p] = i }
    return [try c.b.transpose(c.ct, perm: inverse)]
  },
  batch: { c throws(BuildError) in
    // The batch axis leads the result; the permuted dims follow.
    let b = c.dims[0] ?? 0
    let perm = [b] + c.attrs.ints("perm").map { c.batchedDim($0, of: 0) }
    return [(try c.b.transpose(c.operands[0], perm: perm), 0)]
  },
  class: .indexMap, linearity: .jointly(nil), rereadsOperands: true,
  simplify: SimplifyRules(
    canonical: { op, c in
      // Only moving size-1 dims: a reshape.
      let x = c.type(op.operands[0])
      let moved = op.attrs.ints("perm").filter { x.shape[$0] != 1 }
      return moved == moved.sorted() ? asReshape(op) : nil
    },
    compose: { op, p, _ in
      guard p.def === op.def else { return nil }
      let inner = p.attrs.ints("perm"), outer = op.attrs.ints("perm")
      var combined = op
      combined.operands = [p.operands[0]]
      combined.attrs["perm"] = .list(outer.map { .int(inner[$0]) })
      return combined
    },
    singleUseCompose: transposedProduct,
    identity: { op, rt, _ in op.attrs.ints("perm") == Array(0..<rt.rank) ? op.operands[0] : nil }))

/// `slice %x, start=[...], limit=[...], stride=[...]`.
private let sliceOp = OpDef(
  "slice", arity: .exactly(1),
  attrs: [AttrSpec("start", .intList), AttrSpec("limit", .intList), AttrSpec("stride", .intList, required: false)],
  type: { i throws(RuleError) in
    let x = i.operands[0]
    let start = i.attrs.ints("start"), limit = i.attrs.ints("limit")
    let stride = i.attrs.ints("stride", default: Array(repeating: 1, count: x.rank))
    try requireLength("slice", "start", start, x.rank)
    try requireLength("slice", "limit", limit, x.rank)
    try requireLength("slice", "stride", stride, x.rank)
    var shape: [Int] = []
    for k in 0..<x.rank {
      guard start[k] >= 0 && start[k] <= x.shape[k] else {
        throw RuleError("'slice': start \(start[k]) is out of range for dimension \(k) of size \(x.shape[k])", at: .attr("start"))
      }
      guard limit[k] >= start[k] && limit[k] <= x.shape[k] else {
        throw RuleError("'slice': limit \(limit[k]) must be in [\(start[k]), \(x.shape[k])] for dimension \(k)", at: .attr("limit"))
      }
      guard stride[k] >= 1 else {
        throw RuleError("'slice': stride \(stride[k]) must be positive", at: .attr("stride"))
      }
      // Not (limit - start + stride - 1) / stride, which overflows for a huge stride.
      shape.append(limit[k] == start[k] ? 0 : (limit[k] - start[k] - 1) / stride[k] + 1)
    }
    return [x.with(shape: shape)]
  },
  eval: { i in
    let x = i.operands[0]
    let start = i.attrs.ints("start")
    let stride = i.attrs.ints("stride", default: Array(repeating: 1, count: x.rank))
    return [gatherOp(x, i.resultTypes[0]) { idx in idx.indices.map { start[$0] + idx[$0] * stride[$0] } }]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(sliceOp)] },
  transpose: { c throws(BuildError) in
    // Pad the cotangent back into place: zeros between strided elements and at the edges.
    let x = c.operandTypes[0], r = c.resultType
    let start = c.attrs.ints("start")
    let stride = c.attrs.ints("stride", default: Array(repeating: 1, count: x.rank))
    var high: [Int] = []
    for k in 0..<x.rank {
      let n = r.shape[k]
      let realLimit = n == 0 ? start[k] : start[k] + (n - 1) * stride[k] + 1
      high.append(x.shape[k] - realLimit)
    }
    let zero = try c.zeros(TensorType(x.dtype, []))
    return [try c.b.pad(c.ct, zero, low: start, high: high, interior: stride.map { $0 - 1 })]
  },
  batch: { c throws(BuildError) in
    // The whole batch axis is kept where it is.
    let b = c.dims[0] ?? 0
    let x = c.resultTypes[0]
    var start = c.attrs.ints("start"), limit = c.attrs.ints("limit")
    var stride = c.attrs.ints("stride", default: Array(repeating: 1, count: x.rank))
    start.insert(0, at: b); limit.insert(c.size, at: b); stride.insert(1, at: b)
    return [(try c.b.slice(c.operands[0], start: start, limit: limit, stride: stride), b)]
  },
  class: .indexMap, linearity: .jointly(nil), rereadsOperands: true)

/// `pad %x, %v, low=[...], high=[...], interior=[...]`: interior padding
/// first, then low/high edges (negative values crop).
private let padOp = OpDef(
  "pad", arity: .exactly(2),
  attrs: [AttrSpec("low", .intList), AttrSpec("high", .intList), AttrSpec("interior", .intList, required: false)],
  type: { i throws(RuleError) in
    let (x, v) = (i.operands[0], i.operands[1])
    guard v.isScalar && v.dtype == x.dtype else {
      throw RuleError("'pad' needs a scalar padding value of dtype \(x.dtype.rawValue), got \(v)", at: .operand(1))
    }
    let low = i.attrs.ints("low"), high = i.attrs.ints("high")
    let interior = i.attrs.ints("interior", default: Array(repeating: 0, count: x.rank))
    try requireLength("pad", "low", low, x.rank)
    try requireLength("pad", "high", high, x.rank)
    try requireLength("pad", "interior", interior, x.rank)
    var shape: [Int] = []
    for k in 0..<x.rank {
      guard interior[k] >= 0 else { throw RuleError("'pad': interior padding must not be negative", at: .attr("interior")) }
      // Bounded like sizes, so rules and kernels may negate and add them freely.
      for (key, v) in [("low", low[k]), ("high", high[k]), ("interior", interior[k])] where v.magnitude > Limits.maxElements {
        throw RuleError("'pad': \(key) padding \(v) of dimension \(k) is out of range (at most \(Limits.maxElements) in magnitude)", at: .attr(key))
      }
      let d = x.shape[k]
      // Exact integer arithmetic, reporting (not trapping on) overflow. low +
      // high first: with opposite signs it cannot overflow, and with equal
      // signs an overflow means a size far out of range either way.
      let (edges, o1) = low[k].addingReportingOverflow(high[k])
      let (inner, o2) = Swift.max(d - 1, 0).multipliedReportingOverflow(by: interior[k])
      let (grown0, o3) = inner.addingReportingOverflow(d)
      let (grown, o4) = grown0.addingReportingOverflow(edges)
      if o1 || o2 || o3 || o4 {
        let negative = o1 && low[k] < 0
        throw RuleError("'pad': the padding of dimension \(k) is out of range", at: .attr(negative ? "low" : "high"))
      }
      guard grown >= 0 else {
        throw RuleError("'pad': dimension \(k) would have negative size \(grown)", at: .attr("low"))
      }
      guard grown <= Limits.maxElements else {
        throw RuleError("'pad': dimension \(k) would be too large", at: .attr("high"))
      }
      shape.append(grown)
    }
    return [x.with(shape: shape)]
  },
  eval: { i in
    let (x, v) = (i.operands[0], i.operands[1])
    let low = i.attrs.ints("low")
    let interior = i.attrs.ints("interior", default: Array(repeating: 0, count: x.rank))
    return [gatherOp(x, i.resultTypes[0], fill: v) { idx in
      var src: [Int] = []
      for k in idx.indices {
        let p = idx[k] - low[k]  // position in the interior-padded operand
        let step = interior[k] + 1
        guard p >= 0, p % step == 0, p / step < x.shape[k] else { return nil }
        src.append(p / step)
      }
      return src
    }]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(padOp)] },
  transpose: { c throws(BuildError) in
    // The operand's part: crop the edges (negative padding restores cropped
    // ones as zeros), then take every (interior+1)-th element.
    let x = c.operandTypes[0]
    let low = c.attrs.ints("low"), high = c.attrs.ints("high")
    let interior = c.attrs.ints("interior", default: Array(repeating: 0, count: x.rank))
    let zero = try c.zeros(TensorType(x.dtype, []))
    let unpadded = try c.b.pad(c.ct, zero, low: low.map { -$0 }, high: high.map { -$0 }, interior: interior.map { _ in 0 })
    let u = c.b.type(unpadded)
    let tx = try c.b.slice(unpadded, start: u.shape.map { _ in 0 }, limit: u.shape, stride: interior.map { $0 + 1 })
    var tv: Value? = nil
    if c.linear[1] {
      // The padding value's part: everything not taken by the operand.
      let all = Array(0..<x.rank)
      tv = try c.b.sub(c.b.reduceSum(c.ct, dims: all), c.b.reduceSum(tx, dims: all))
    }
    return [c.linear[0] ? tx : nil, tv]
  },
  batch: { c throws(BuildError) in
    let rank = c.resultTypes[0].rank
    var low = c.attrs.ints("low"), high = c.attrs.ints("high")
    var interior = c.attrs.ints("interior", default: Array(repeating: 0, count: rank))
    if c.dims[1] == nil, let b = c.dims[0] {
      // A shared padding value: no padding along the batch axis.
      low.insert(0, at: b); high.insert(0, at: b); interior.insert(0, at: b)
      return [(try c.b.pad(c.operands[0], c.operands[1], low: low, high: high, interior: interior), b)]
    }
    // A padding value per example: pad with anything, then select the
    // padding positions (a padded mask) from the broadcast values.
    low.insert(0, at: 0); high.insert(0, at: 0); interior.insert(0, at: 0)
    let x = try c.operand(0, batchedAt: 0)
    let xt = c.type(x)
    let v = try c.operand(1, batchedAt: 0)
    let some = try c.b.constant(xt.dtype.isFloat ? .float(0) : (xt.dtype.isBool ? .bool(false) : .int(0)), TensorType(xt.dtype, []))
    let padded = try c.b.pad(x, some, low: low, high: high, interior: interior)
    let inside = try c.b.constant(.bool(true), xt.with(dtype: .i1))
    let outside = try c.b.constant(.bool(false), TensorType(.i1, []))
    let mask = try c.b.pad(inside, outside, low: low, high: high, interior: interior)
    let vb = try c.b.broadcastInDim(v, shape: c.type(padded).shape, dims: [0])
    return [(try c.b.select(mask, padded, vb), 0)]
  },
  class: .indexMap, linearity: .jointly(nil))

/// `concatenate %a, %b, ..., dim=K`.
private let concatenateOp = OpDef(
  "concatenate", arity: .atLeast(1), attrs: [AttrSpec("dim", .int)],
  type: { i throws(RuleError) in
    let a = i.operands[0]
    let k = i.attrs.int("dim")
    guard k >= 0 && k < a.rank else {
      throw RuleError("'concatenate': dim \(k) is out of range for \(a)", at: .attr("dim"))
    }
    var total = 0
    for (j, t) in i.operands.enumerated() {
      guard t.dtype == a.dtype, t.rank == a.rank,
            (0..<a.rank).allSatisfy({ $0 == k || t.shape[$0] == a.shape[$0] }) else {
        throw RuleError("'concatenate': operand \(j) of type \(t) does not match \(a) outside dimension \(k)", at: .operand(j))
      }
      total += t.shape[k]
      guard total <= Limits.maxElements else { throw RuleError("'concatenate': result is too large") }
    }
    var shape = a.shape
    shape[k] = total
    return [a.with(shape: shape)]
  },
  eval: { i in
    let k = i.attrs.int("dim")
    let t = i.resultTypes[0]
    // Index into the operands laid one after another.
    var offsets: [Int] = []
    var o = 0
    for x in i.operands { offsets.append(o); o += x.count }
    let strides = i.operands.map { rowMajorStrides($0.shape) }
    var idx: [Int] = []
    forEachIndex(t.shape) { r in
      var pos = r[k]
      var j = 0
      while pos >= i.operands[j].shape[k] { pos -= i.operands[j].shape[k]; j += 1 }
      var flat = offsets[j]
      for d in r.indices { flat += (d == k ? pos : r[d]) * strides[j][d] }
      idx.append(flat)
    }
    let all = TensorStorage.concatenation(i.operands.map(\.storage), dtype: t.dtype)
    return [HostTensor(type: t, storage: all.gather(idx))]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(concatenateOp)] },
  transpose: { c throws(BuildError) in
    let k = c.attrs.int("dim")
    let r = c.resultType
    var offset = 0
    var out: [Value?] = []
    for (j, t) in c.operandTypes.enumerated() {
      defer { offset += t.shape[k] }
      guard c.linear[j] else { out.append(nil); continue }
      var start = [Int](repeating: 0, count: r.rank), limit = r.shape
      start[k] = offset
      limit[k] = offset + t.shape[k]
      out.append(try c.b.slice(c.ct, start: start, limit: limit))
    }
    return out
  },
  batch: { c throws(BuildError) in
    // Every operand batched at axis 0 (broadcast if not batched); concatenate one dim later.
    var ops: [Value] = []
    for i in c.operands.indices { ops.append(try c.operand(i, batchedAt: 0)) }
    return try c.emit(c.def, ops, attrs: Attributes(["dim": .int(c.attrs.int("dim") + 1)])).map { ($0, 0) }
  },
  class: .indexMap, linearity: .jointly(nil))

/// `reverse %x, dims=[...]`.
private let reverseOp = OpDef(
  "reverse", arity: .exactly(1), attrs: [AttrSpec("dims", .intList)],
  type: { i throws(RuleError) in
    try requireDims("reverse", "dims", i.attrs.ints("dims"), rank: i.operands[0].rank)
    return [i.operands[0]]
  },
  eval: { i in
    let x = i.operands[0]
    let dims = Set(i.attrs.ints("dims"))
    return [gatherOp(x, i.resultTypes[0]) { idx in idx.indices.map { dims.contains($0) ? x.shape[$0] - 1 - idx[$0] : idx[$0] } }]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(reverseOp)] },
  transpose: { c throws(BuildError) in [try c.b.reverse(c.ct, dims: c.attrs.ints("dims"))] },
  batch: { c throws(BuildError) in
    let dims = c.attrs.ints("dims").map { c.batchedDim($0, of: 0) }
    return [(try c.b.reverse(c.operands[0], dims: dims), c.dims[0])]
  },
  class: .indexMap, linearity: .jointly(nil), rereadsOperands: true)
