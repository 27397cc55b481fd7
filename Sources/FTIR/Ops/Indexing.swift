/// Indexing: gather, scatter_add, dynamic_slice, dynamic_update_slice. The
/// indices are operand values; every index is clamped into range (JAX's clip
/// mode), so no index is ever out of bounds. Each op is closed under vmap and
/// transposition: gather and scatter_add transpose into each other, and
/// dynamic_slice and dynamic_update_slice too.
///
///     %g = gather %x, %i, axis=0 : f32[2,3]           x: f32[4,3], i: i32[2]
///          g[j, k] = x[clamp(i[j], 0, 3), k]
///     %s = scatter_add %x, %i, %u, axis=0 : f32[4,3]  u: f32[2,3]
///          s = x; s[clamp(i[j], 0, 3), k] += u[j, k] for j, k in row-major order
///     %d = dynamic_slice %x, %s0, %s1, sizes=[2, 2] : f32[2,2]
///          d[j, k] = x[j + clamp(s0, 0, 2), k + clamp(s1, 0, 1)]
///     %w = dynamic_update_slice %x, %u, %s0, %s1 : f32[4,3]
///          w = x with u written at (clamp(s0, 0, 2), clamp(s1, 0, 1))

extension OpRegistry {
  static let indexingOps: [OpDef] = [gatherOp, scatterAddOp, dynamicSliceOp, dynamicUpdateSliceOp]
}

// MARK: Shared by the rules

/// The integer elements of an index tensor.
private func indexValues(_ t: HostTensor) -> [Int] {
  switch t.storage {
  case .i32(let a): return a.map { Int($0) }
  case .i64(let a): return a.map { Int($0) }
  default: return []
  }
}

private func clampIndex(_ v: Int, _ hi: Int) -> Int { Swift.min(Swift.max(v, 0), hi) }

/// The axis and batch dims of a gather or scatter_add.
private struct GatherDims {
  var axis: Int
  var batch: Int
  init(_ attrs: Attributes) {
    axis = attrs.int("axis")
    batch = attrs.int("batch_dims", default: 0)
  }

  /// For result (or update) index `r`: the index into the indices tensor of rank `idxRank`.
  func indexPosition(_ r: [Int], idxRank: Int) -> [Int] {
    Array(r[0..<batch]) + Array(r[axis..<(axis + idxRank - batch)])
  }

  /// For result (or update) index `r`: the operand index, with `k` at `axis`.
  func operandPosition(_ r: [Int], idxRank: Int, _ k: Int) -> [Int] {
    Array(r[0..<axis]) + [k] + Array(r[(axis + idxRank - batch)...])
  }
}

extension Attributes {
  func int(_ key: String, default d: Int) -> Int { values[key]?.intValue ?? d }
}

/// The type of `gather x, idx` (also what scatter_add's updates must be).
private func gatherType(_ op: String, _ x: TensorType, _ idx: TensorType, _ attrs: Attributes) throws(RuleError) -> TensorType {
  try requireDType(op, idx, .int, operand: 1)
  let d = GatherDims(attrs)
  guard d.batch >= 0 && d.batch <= idx.rank && d.batch < x.rank else {
    throw RuleError("'\(op)': batch_dims \(d.batch) must be in [0, \(Swift.min(idx.rank, x.rank - 1))] for operand \(x) and indices \(idx)", at: .attr("batch_dims"))
  }
  guard d.axis >= d.batch && d.axis < x.rank else {
    throw RuleError("'\(op)': axis \(d.axis) must be in [batch_dims, rank) = [\(d.batch), \(x.rank)) for \(x)", at: .attr("axis"))
  }
  for k in 0..<d.batch where x.shape[k] != idx.shape[k] {
    throw RuleError("'\(op)': batch dimension \(k) has size \(x.shape[k]) in the operand and \(idx.shape[k]) in the indices", at: .operand(1))
  }
  let shape = Array(x.shape[0..<d.axis]) + Array(idx.shape[d.batch...]) + Array(x.shape[(d.axis + 1)...])
  let t = x.with(shape: shape)
  if let e = t.limitError { throw RuleError("'\(op)': result type \(t): \(e)", at: .resultType) }
  guard x.shape[d.axis] > 0 || t.elementCount == 0 else {
    throw RuleError("'\(op)': cannot index axis \(d.axis) of \(x): it is empty", at: .operand(0))
  }
  return t
}

/// Start operands `first...` of a dynamic slice: one integer scalar per dimension of `rank`.
private func requireStarts(_ op: String, _ operands: [TensorType], first: Int, rank: Int) throws(RuleError) {
  guard operands.count - first == rank else {
    throw RuleError("'\(op)' needs one start index per dimension of the operand (\(rank)), got \(operands.count - first)")
  }
  for i in first..<operands.count where !(operands[i].isScalar && operands[i].dtype.isInt) {
    throw RuleError("'\(op)': start index \(i - first) must be an integer scalar (i32[] or i64[]), got \(operands[i])", at: .operand(i))
  }
}

/// The clamped start of each dimension: into [0, dim - size].
private func clampedStarts(_ starts: ArraySlice<HostTensor>, dims: [Int], sizes: [Int]) -> [Int] {
  zip(starts, zip(dims, sizes)).map { s, ds in clampIndex(indexValues(s).first ?? 0, ds.0 - ds.1) }
}

/// `x` with `f(x[target], u)` stored at each target (row-major over `u`'s positions).
private func accumulate(_ x: HostTensor, _ u: HostTensor, _ targets: [Int], add: Bool) -> HostTensor {
  func go<T>(_ a: [T], _ b: [T], _ plus: (T, T) -> T) -> [T] {
    var out = a
    for (j, t) in targets.enumerated() { out[t] = add ? plus(out[t], b[j]) : b[j] }
    return out
  }
  let s: TensorStorage
  switch (x.storage, u.storage) {
  case (.f32(let a), .f32(let b)): s = .f32(go(a, b, +))
  case (.f64(let a), .f64(let b)): s = .f64(go(a, b, +))
  case (.i32(let a), .i32(let b)): s = .i32(go(a, b, &+))
  case (.i64(let a), .i64(let b)): s = .i64(go(a, b, &+))
  case (.i1(let a), .i1(let b)): s = .i1(go(a, b) { p, q in p != q })
  default: s = x.storage
  }
  return HostTensor(type: x.type, storage: s)
}

/// For each element of `gather x, idx` (row-major), the flat operand index it reads.
private func gatherSources(_ x: TensorType, _ idx: HostTensor, _ result: TensorType, _ d: GatherDims) -> [Int] {
  let values = indexValues(idx)
  let idxStrides = rowMajorStrides(idx.shape)
  return gatherIndices(result.shape, operandShape: x.shape) { r in
    var flat = 0
    for (p, s) in zip(d.indexPosition(r, idxRank: idx.rank), idxStrides) { flat += p * s }
    return d.operandPosition(r, idxRank: idx.rank, clampIndex(values[flat], x.shape[d.axis] - 1))
  }
}

// MARK: gather

/// `gather %x, %idx, axis=A, batch_dims=B` (tf.gather): the first B dims of x
/// and idx are shared; the result is x.shape[:A] + idx.shape[B:] + x.shape[A+1:].
let gatherOp: OpDef = OpDef(
  "gather", arity: .exactly(2), attrs: [AttrSpec("axis", .int), AttrSpec("batch_dims", .int, required: false)],
  type: { i throws(RuleError) in [try gatherType("gather", i.operands[0], i.operands[1], i.attrs)] },
  eval: { i in
    let (x, idx) = (i.operands[0], i.operands[1])
    let src = gatherSources(x.type, idx, i.resultTypes[0], GatherDims(i.attrs))
    return [HostTensor(type: i.resultTypes[0], storage: x.storage.gather(src))]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(gatherOp, keep: [1])] },
  transpose: { c throws(BuildError) in
    // Every read of x adds its cotangent back at the (clamped) position it read.
    let d = GatherDims(c.attrs)
    let zeros = try c.zeros(c.operandTypes[0])
    return [try c.b.scatterAdd(zeros, c.primal(1), c.ct, axis: d.axis, batchDims: d.batch), nil]
  },
  batch: { c throws(BuildError) in
    let d = GatherDims(c.attrs)
    switch (c.dims[0], c.dims[1]) {
    case (let bx?, let bi?):
      // Both mapped: a new leading batch dim shared by x and the indices.
      let x = try c.moveAxis(c.operands[0], from: bx, to: 0), idx = try c.moveAxis(c.operands[1], from: bi, to: 0)
      return [(try c.b.gather(x, idx, axis: d.axis + 1, batchDims: d.batch + 1), 0)]
    case (let bx?, nil):
      // Only x mapped: a non-indexed dim of x, right after the batch dims.
      let x = try c.moveAxis(c.operands[0], from: bx, to: d.batch)
      return [(try c.b.gather(x, c.operands[1], axis: d.axis + 1, batchDims: d.batch), d.batch)]
    case (nil, let bi?):
      // Only the indices mapped: an indexed dim, the first after the batch dims.
      let idx = try c.moveAxis(c.operands[1], from: bi, to: d.batch)
      return [(try c.b.gather(c.operands[0], idx, axis: d.axis, batchDims: d.batch), d.axis)]
    case (nil, nil):
      return [(try c.b.gather(c.operands[0], c.operands[1], axis: d.axis, batchDims: d.batch), nil)]
    }
  },
  class: .dynamicIndex, linearity: .jointly([0]), rereadsOperands: true, repeatsOperandElements: true)

// MARK: scatter_add

/// `scatter_add %x, %idx, %u, axis=A, batch_dims=B`: x with each element of u
/// added at the position `gather x, idx` (same attributes) reads it from.
let scatterAddOp: OpDef = OpDef(
  "scatter_add", arity: .exactly(3), attrs: [AttrSpec("axis", .int), AttrSpec("batch_dims", .int, required: false)],
  type: { i throws(RuleError) in
    let (x, idx, u) = (i.operands[0], i.operands[1], i.operands[2])
    try requireDType("scatter_add", x, .floatOrInt)
    let g = try gatherType("scatter_add", x, idx, i.attrs)
    guard u == g else {
      throw RuleError("'scatter_add': the updates must have the type of 'gather' of the operand, \(g), got \(u)", at: .operand(2))
    }
    return [x]
  },
  eval: { i in
    let (x, idx, u) = (i.operands[0], i.operands[1], i.operands[2])
    let targets = gatherSources(x.type, idx, u.type, GatherDims(i.attrs))
    return [accumulate(x, u, targets, add: true)]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(scatterAddOp, keep: [1])] },
  transpose: { c throws(BuildError) in
    let d = GatherDims(c.attrs)
    let tu = c.linear[2] ? try c.b.gather(c.ct, c.primal(1), axis: d.axis, batchDims: d.batch) : nil
    return [c.linear[0] ? c.ct : nil, nil, tu]
  },
  batch: { c throws(BuildError) in
    let d = GatherDims(c.attrs)
    if c.dims[1] != nil {
      // Mapped indices: every operand gets a new leading batch dim.
      let x = try c.operand(0, batchedAt: 0), idx = try c.operand(1, batchedAt: 0), u = try c.operand(2, batchedAt: 0)
      return [(try c.b.scatterAdd(x, idx, u, axis: d.axis + 1, batchDims: d.batch + 1), 0)]
    }
    // Shared indices: a non-indexed dim of x right after the batch dims, where gather puts it in u.
    let x = try c.operand(0, batchedAt: d.batch), u = try c.operand(2, batchedAt: d.batch)
    return [(try c.b.scatterAdd(x, c.operands[1], u, axis: d.axis + 1, batchDims: d.batch), d.batch)]
  },
  class: .scatter, linearity: .jointly([0, 2]))

// MARK: dynamic_slice

/// `dynamic_slice %x, %s0, ..., sizes=[...]` (lax.dynamic_slice): one integer
/// scalar start per dim, each clamped into [0, dim - size].
let dynamicSliceOp: OpDef = OpDef(
  "dynamic_slice", arity: .atLeast(1), attrs: [AttrSpec("sizes", .intList)],
  type: { i throws(RuleError) in
    let x = i.operands[0]
    try requireStarts("dynamic_slice", i.operands, first: 1, rank: x.rank)
    let sizes = i.attrs.ints("sizes")
    try requireLength("dynamic_slice", "sizes", sizes, x.rank)
    for k in 0..<x.rank where sizes[k] < 0 || sizes[k] > x.shape[k] {
      throw RuleError("'dynamic_slice': size \(sizes[k]) must be in [0, \(x.shape[k])] for dimension \(k)", at: .attr("sizes"))
    }
    return [x.with(shape: sizes)]
  },
  eval: { i in
    let x = i.operands[0]
    let sizes = i.attrs.ints("sizes")
    let start = clampedStarts(i.operands[1...], dims: x.shape, sizes: sizes)
    let src = gatherIndices(sizes, operandShape: x.shape) { r in r.indices.map { r[$0] + start[$0] } }
    return [HostTensor(type: i.resultTypes[0], storage: x.storage.gather(src))]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(dynamicSliceOp, keep: Set(1..<c.primals.count))] },
  transpose: { c throws(BuildError) in
    var starts: [Value] = []
    for k in 1..<c.operandTypes.count { starts.append(try c.primal(k)) }
    let zeros = try c.zeros(c.operandTypes[0])
    return [try c.b.dynamicUpdateSlice(zeros, c.ct, starts: starts)] + starts.map { _ in nil }
  },
  batch: { c throws(BuildError) in
    let sizes = c.attrs.ints("sizes")
    let starts = Array(c.operands.dropFirst())
    guard c.dims.dropFirst().contains(where: { $0 != nil }) else {
      // Shared starts: the whole mapped axis, from 0.
      let bx = c.dims[0] ?? 0
      var s = starts, z = sizes
      s.insert(try c.b.zeros(TensorType(.i32, [])), at: bx)
      z.insert(c.size, at: bx)
      return [(try c.b.dynamicSlice(c.operands[0], starts: s, sizes: z), bx)]
    }
    // Starts per example: the dims with shared starts first (one dynamic_slice),
    // then each dim with mapped starts is a gather of the window's positions.
    let x = try c.operand(0, batchedAt: 0)
    let xt = c.type(x)
    var s: [Value] = [try c.b.zeros(TensorType(.i32, []))]
    var z = [c.size]
    for k in sizes.indices {
      let shared = c.dims[k + 1] == nil
      s.append(shared ? starts[k] : try c.b.zeros(TensorType(.i32, [])))
      z.append(shared ? sizes[k] : xt.shape[k + 1])
    }
    var cur = try c.b.dynamicSlice(x, starts: s, sizes: z)
    for k in sizes.indices where c.dims[k + 1] != nil {
      let window = try c.windowIndices(start: k + 1, dim: xt.shape[k + 1], size: sizes[k], count: sizes[k])
      cur = try c.b.gather(cur, window, axis: k + 1, batchDims: 1)
    }
    return [(cur, 0)]
  },
  class: .dynamicIndex, linearity: .jointly([0]), rereadsOperands: true)

// MARK: dynamic_update_slice

/// `dynamic_update_slice %x, %u, %s0, ...` (lax.dynamic_update_slice): x with
/// u written at the starts, each clamped into [0, dim - size of u].
let dynamicUpdateSliceOp: OpDef = OpDef(
  "dynamic_update_slice", arity: .atLeast(2),
  type: { i throws(RuleError) in
    let (x, u) = (i.operands[0], i.operands[1])
    guard u.dtype == x.dtype, u.rank == x.rank, zip(u.shape, x.shape).allSatisfy({ $0 <= $1 }) else {
      throw RuleError("'dynamic_update_slice': the update must have the operand's dtype and rank and fit inside it: \(u) into \(x)", at: .operand(1))
    }
    try requireStarts("dynamic_update_slice", i.operands, first: 2, rank: x.rank)
    return [x]
  },
  eval: { i in
    let (x, u) = (i.operands[0], i.operands[1])
    let start = clampedStarts(i.operands[2...], dims: x.shape, sizes: u.shape)
    let targets = gatherIndices(u.shape, operandShape: x.shape) { r in r.indices.map { r[$0] + start[$0] } }
    return [accumulate(x, u, targets, add: false)]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(dynamicUpdateSliceOp, keep: Set(2..<c.primals.count))] },
  transpose: { c throws(BuildError) in
    var starts: [Value] = []
    for k in 2..<c.operandTypes.count { starts.append(try c.primal(k)) }
    let u = c.operandTypes[1]
    // x's part: the cotangent outside the window; u's part: the window.
    var tx: Value? = nil
    if c.linear[0] {
      let zeros = try c.zeros(u)
      tx = try c.b.dynamicUpdateSlice(c.ct, zeros, starts: starts)
    }
    let tu = c.linear[1] ? try c.b.dynamicSlice(c.ct, starts: starts, sizes: u.shape) : nil
    return [tx, tu] + starts.map { _ in nil }
  },
  batch: { c throws(BuildError) in
    let starts = Array(c.operands.dropFirst(2))
    guard c.dims.dropFirst(2).contains(where: { $0 != nil }) else {
      // Shared starts: the whole mapped axis is updated, from 0.
      let x = try c.operand(0, batchedAt: 0), u = try c.operand(1, batchedAt: 0)
      return [(try c.b.dynamicUpdateSlice(x, u, starts: [try c.b.zeros(TensorType(.i32, []))] + starts), 0)]
    }
    let ut = c.type(c.operands[1])
    if ut.elementCount == 0 { return [(c.operands[0], c.dims[0])] }  // nothing is written
    // Starts per example: u spread over x's positions by a gather per dim
    // (position p reads u at p - start), selected inside the window.
    let x = try c.operand(0, batchedAt: 0)
    let xt = c.type(x)
    let usizes = c.resultTypes[0].shape.indices.map { k in c.dims[1].map { ut.shape[k < $0 ? k : k + 1] } ?? ut.shape[k] }
    var spread = try c.operand(1, batchedAt: 0)
    var mask: Value? = nil
    for k in usizes.indices {
      let rel = try c.windowRelative(start: k + 2, dim: xt.shape[k + 1], size: usizes[k])
      let relType = c.type(rel)
      let inside = try c.b.and(c.b.ge(rel, c.b.zeros(relType)),
                               c.b.lt(rel, c.b.constant(.int(Int64(usizes[k])), relType)))
      let m = try c.b.broadcastInDim(inside, shape: xt.shape, dims: [0, k + 1])
      if let p = mask { mask = try c.b.and(p, m) } else { mask = m }
      spread = try c.b.gather(spread, rel, axis: k + 1, batchDims: 1)
    }
    guard let mask else { return [(x, 0)] }
    return [(try c.b.select(mask, spread, x), 0)]
  },
  class: .dynamicIndex, linearity: .jointly([0, 1]), rereadsOperands: true)

// MARK: Batching helpers

extension BatchContext {
  /// Start operand `i` (a scalar, mapped or not) as a [size] vector, clamped into [0, dim - size].
  fileprivate mutating func clampedStart(_ i: Int, dim: Int, size: Int) throws(BuildError) -> Value {
    let s = try operand(i, batchedAt: 0)
    let t = type(s)
    return try b.clamp(b.zeros(t), s, b.constant(.int(Int64(dim - size)), t))
  }

  /// [batch, count] indices: the clamped start of operand `i` plus 0..<count.
  fileprivate mutating func windowIndices(start i: Int, dim: Int, size: Int, count: Int) throws(BuildError) -> Value {
    let s = try clampedStart(i, dim: dim, size: size)
    let shape = [self.size, count]
    return try b.add(b.broadcastInDim(s, shape: shape, dims: [0]), b.iota(type(s).dtype, shape: shape, dim: 1))
  }

  /// [batch, dim] positions 0..<dim minus the clamped start of operand `i`.
  fileprivate mutating func windowRelative(start i: Int, dim: Int, size: Int) throws(BuildError) -> Value {
    let s = try clampedStart(i, dim: dim, size: size)
    let shape = [self.size, dim]
    return try b.sub(b.iota(type(s).dtype, shape: shape, dim: 1), b.broadcastInDim(s, shape: shape, dims: [0]))
  }
}
