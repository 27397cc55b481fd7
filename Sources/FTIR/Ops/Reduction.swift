/// Reductions: reduce_sum, reduce_prod, reduce_max, reduce_min (remove the
/// listed dims) and argmax, argmin (remove one dim, give an index).
///
/// Reference order: float reduce_sum and reduce_prod fold each group in the
/// fixed order of ReductionOrder.swift (16 lanes, pairwise), which compiled
/// code follows too; the others (integers wrap; max/min do not depend on the
/// order) fold in increasing row-major order of the operand, accumulating in
/// the element type.

extension OpRegistry {
  static let reductionOps: [OpDef] = [
    reduceSumOp,
    reduction("reduce_prod", floatInit: 1, intInit: { _ in 1 },
              Elementwise(f32: { $0[0] * $0[1] }, f64: { $0[0] * $0[1] }, i32: { $0[0] &* $0[1] }, i64: { $0[0] &* $0[1] }),
              jvp: reduceProdJVP),
    reduction("reduce_max", floatInit: -.infinity, intInit: { $0 == .i32 ? Int64(Int32.min) : Int64.min },
              Elementwise(f32: { floatMax($0[0], $0[1]) }, f64: { floatMax($0[0], $0[1]) },
                          i32: { Swift.max($0[0], $0[1]) }, i64: { Swift.max($0[0], $0[1]) }),
              jvp: extremumJVP),
    reduction("reduce_min", floatInit: .infinity, intInit: { $0 == .i32 ? Int64(Int32.max) : Int64.max },
              Elementwise(f32: { floatMin($0[0], $0[1]) }, f64: { floatMin($0[0], $0[1]) },
                          i32: { Swift.min($0[0], $0[1]) }, i64: { Swift.min($0[0], $0[1]) }),
              jvp: extremumJVP),
    argReduction("argmax", better: { $0 > $1 }, betterInt: { $0 > $1 }),
    argReduction("argmin", better: { $0 < $1 }, betterInt: { $0 < $1 }),
  ]
}

// The float sum starts from -0.0, the exact additive identity (-0 + x == x
// for every x, -0 included), so that `dims=[]` is the identity and a sum of
// only -0 values is -0; an empty sum is +0 (`floatEmpty`).
private let reduceSumOp = reduction("reduce_sum", floatInit: -0.0, floatEmpty: 0, intInit: { _ in 0 },
  Elementwise(f32: { $0[0] + $0[1] }, f64: { $0[0] + $0[1] }, i32: { $0[0] &+ $0[1] }, i64: { $0[0] &+ $0[1] }),
  linearity: .jointly(nil),
  jvp: { c throws(BuildError) in [try c.sameOp(reduceSumOp)] },
  transpose: { c throws(BuildError) in
    // Broadcast the cotangent back over the reduced dims.
    let kept = keptDims(c.operandTypes[0].rank, removing: c.attrs.ints("dims"))
    return [try c.b.broadcastInDim(c.ct, shape: c.operandTypes[0].shape, dims: kept)]
  })

/// The shape left when `dims` are removed.
func reducedShape(_ shape: [Int], removing dims: [Int]) -> [Int] {
  let set = Set(dims)
  return shape.indices.filter { !set.contains($0) }.map { shape[$0] }
}

/// For each operand element (row-major), the flat index of the result element it folds into.
func reductionTargets(_ shape: [Int], removing dims: [Int]) -> [Int] {
  let set = Set(dims)
  let kept = shape.indices.filter { !set.contains($0) }
  let rstrides = rowMajorStrides(kept.map { shape[$0] })
  var out: [Int] = []
  out.reserveCapacity(TensorType(.f32, shape).elementCount)
  forEachIndex(shape) { idx in
    var flat = 0
    for (j, d) in kept.enumerated() { flat += idx[d] * rstrides[j] }
    out.append(flat)
  }
  return out
}

/// The operand's elements arranged group after group (group r holds the
/// elements folding into result element r, in row-major order).
func orderedGroups<T>(_ xs: [T], _ targets: [Int], count: Int) -> [T] {
  guard let first = xs.first, count > 0 else { return [] }
  let n = xs.count / count
  var next = (0..<count).map { $0 * n }
  var out = [T](repeating: first, count: xs.count)
  for (k, r) in targets.enumerated() {
    out[next[r]] = xs[k]
    next[r] += 1
  }
  return out
}

/// The dims of a rank-`rank` operand that a reduction over `dims` keeps.
func keptDims(_ rank: Int, removing dims: [Int]) -> [Int] {
  let set = Set(dims)
  return (0..<rank).filter { !set.contains($0) }
}

/// `value` (of the reduced shape) broadcast back to the operand's type.
private func unreduce(_ c: inout JVPContext, _ value: Value) throws(BuildError) -> Value {
  let t = c.type(c.x(0))
  let kept = keptDims(t.rank, removing: c.attrs.ints("dims"))
  return try c.b.broadcastInDim(value, shape: t.shape, dims: kept)
}

/// reduce_max/min: the derivative is shared evenly among the elements equal
/// to the extreme (JAX's convention): sum(t * mask / count).
private let extremumJVP: JVPRule = { c throws(BuildError) in
  let x = c.x(0)
  let dims = c.attrs.ints("dims")
  let mask = try c.b.convert(c.b.eq(x, unreduce(&c, c.y)), to: c.type(x).dtype)
  let count = try c.b.reduceSum(mask, dims: dims)
  let share = try c.b.div(mask, unreduce(&c, count))
  return [try c.mul(c.t(0), share).map { v throws(BuildError) in
    try c.b.reduceSum(v, dims: dims)
  }]
}

/// reduce_prod: sum(t * product of the other elements), as JAX: the reduced
/// dims are moved to the front and flattened, then halved repeatedly by the
/// product rule, so the rule holds with zeros and at every order.
private let reduceProdJVP: JVPRule = { c throws(BuildError) in
  guard var t = c.t(0) else { return [nil] }
  var p = c.x(0)
  let xt = c.type(p)
  let dims = c.attrs.ints("dims")
  let kept = keptDims(xt.rank, removing: dims)
  let n = dims.reduce(1) { $0 * xt.shape[$1] }
  guard n > 0, c.type(c.y).elementCount > 0 else { return [nil] }
  let perm = dims + kept
  if perm != Array(0..<xt.rank) {
    p = try c.b.transpose(p, perm: perm)
    t = try c.b.transpose(t, perm: perm)
  }
  let rest = kept.map { xt.shape[$0] }
  let flat = TensorType(xt.dtype, [n] + rest)
  p = try c.b.reshape(p, to: flat.shape)
  t = try c.b.reshape(t, to: flat.shape)
  let scalar = TensorType(xt.dtype, [])
  let one = try c.b.constant(.float(1), scalar), zero = try c.b.constant(.float(0), scalar)
  let restZeros = rest.map { _ in 0 }
  var len = n
  while len > 1 {
    let n1 = (len + 1) / 2
    func part(_ v: Value, _ from: Int, _ to: Int, _ c: inout JVPContext) throws(BuildError) -> Value {
      try c.b.slice(v, start: [from] + restZeros, limit: [to] + rest)
    }
    let (p1, t1) = (try part(p, 0, n1, &c), try part(t, 0, n1, &c))
    var (p2, t2) = (try part(p, n1, len, &c), try part(t, n1, len, &c))
    if 2 * n1 != len {
      p2 = try c.b.pad(p2, one, low: [0] + restZeros, high: [1] + restZeros)
      t2 = try c.b.pad(t2, zero, low: [0] + restZeros, high: [1] + restZeros)
    }
    t = try c.b.add(c.b.mul(t1, p2), c.b.mul(p1, t2))
    p = try c.b.mul(p1, p2)
    len = n1
  }
  return [try c.b.reshape(t, to: c.type(c.y).shape)]
}

private func reduction(_ name: String, floatInit: Double, floatEmpty: Double? = nil,
                       intInit: @escaping @Sendable (DType) -> Int64, _ combine: Elementwise,
                       linearity: Linearity = .nonlinear,
                       jvp: @escaping JVPRule, transpose: TransposeRule? = nil) -> OpDef {
  OpDef(name, arity: .exactly(1), attrs: [AttrSpec("dims", .intList)],
        type: { i throws(RuleError) in
          let x = i.operands[0]
          try requireDType(name, x, .floatOrInt)
          let dims = i.attrs.ints("dims")
          try requireDims(name, "dims", dims, rank: x.rank)
          return [x.with(shape: reducedShape(x.shape, removing: dims))]
        },
        eval: { i in
          let x = i.operands[0]
          let t = i.resultTypes[0]
          let ordered = fixedOrderReductions.contains(name)
          let dims = i.attrs.ints("dims")
          let empty = dims.contains { x.shape[$0] == 0 }  // every group is empty
          let initial: Scalar = x.dtype.isFloat ? .float(empty ? floatEmpty ?? floatInit : floatInit) : .int(intInit(x.dtype))
          var acc = HostTensor(splat: initial, type: t)
          let targets = reductionTargets(x.shape, removing: i.attrs.ints("dims"))
          // Fold one operand element at a time, through the shared combine rule.
          func fold<T>(_ a: inout [T], _ xs: [T], _ f: ([T]) -> T) {
            for (k, r) in targets.enumerated() { a[r] = f([a[r], xs[k]]) }
          }
          // Float sums and products: each group in the fixed order, from the identity.
          func foldFloat<T>(_ a: inout [T], _ xs: [T], _ f: ([T]) -> T) {
            guard ordered, !empty, !a.isEmpty else { return fold(&a, xs, f) }
            let identity = a[0]
            let groups = orderedGroups(xs, targets, count: a.count)
            let n = groups.count / a.count
            for r in a.indices {
              a[r] = orderedFold(groups[(r * n)..<((r + 1) * n)], identity: identity) { f([$0, $1]) }
            }
          }
          switch (acc.storage, x.storage) {
          case (.f32(var a), .f32(let xs)): if let f = combine.f32 { foldFloat(&a, xs, f) }; acc.storage = .f32(a)
          case (.f64(var a), .f64(let xs)): if let f = combine.f64 { foldFloat(&a, xs, f) }; acc.storage = .f64(a)
          case (.i32(var a), .i32(let xs)): if let f = combine.i32 { fold(&a, xs, f) }; acc.storage = .i32(a)
          case (.i64(var a), .i64(let xs)): if let f = combine.i64 { fold(&a, xs, f) }; acc.storage = .i64(a)
          default: break
          }
          return [acc]
        },
        jvp: jvp, transpose: transpose,
        batch: { c throws(BuildError) in
          // Reduce the same dims, found past the batch axis; the batch axis
          // moves left by the reduced dims before it.
          let b = c.dims[0] ?? 0
          let dims = c.attrs.ints("dims")
          let batched = dims.map { c.batchedDim($0, of: 0) }
          return [(try c.emit(c.def, [c.operands[0]], attrs: Attributes(["dims": .list(batched.map { .int($0) })]))[0],
                   b - dims.filter { $0 < b }.count)]
        },
        class: .reduction, linearity: linearity,
        simplify: SimplifyRules(identity: { op, _, _ in op.attrs.ints("dims").isEmpty ? op.operands[0] : nil }))
}

/// argmax/argmin: first index of the extreme along `dim`; a NaN is the
/// extreme for both, and the first NaN wins (as in JAX).
private func argReduction(_ name: String, better: @escaping @Sendable (Double, Double) -> Bool,
                          betterInt: @escaping @Sendable (Int64, Int64) -> Bool) -> OpDef {
  OpDef(name, arity: .exactly(1), attrs: [AttrSpec("dim", .int)], typeIsInput: true,
        type: { i throws(RuleError) in
          let x = i.operands[0]
          let t = try writtenType(i)
          try requireDType(name, x, .floatOrInt)
          let k = i.attrs.int("dim")
          guard k >= 0 && k < x.rank else {
            throw RuleError("'\(name)': dim \(k) is out of range for \(x)", at: .attr("dim"))
          }
          guard x.shape[k] > 0 else {
            throw RuleError("'\(name)': dimension \(k) of \(x) is empty", at: .attr("dim"))
          }
          let expected = reducedShape(x.shape, removing: [k])
          guard t.dtype == .i32 || t.dtype == .i64, t.shape == expected else {
            throw RuleError("'\(name)' gives i32\(expected) or i64\(expected), got \(t)", at: .resultType)
          }
          return [t]
        },
        eval: { i in
          let x = i.operands[0]
          let t = i.resultTypes[0]
          let k = i.attrs.int("dim")
          let targets = reductionTargets(x.shape, removing: [k])
          let xs = x.storage
          let strides = rowMajorStrides(x.shape)
          var best = [Int](repeating: -1, count: t.elementCount)
          func value(_ j: Int) -> (Double, Bool) {
            switch xs {
            case .f32(let a): return (Double(a[j]), a[j].isNaN)
            case .f64(let a): return (a[j], a[j].isNaN)
            default: return (0, false)
            }
          }
          func intValue(_ j: Int) -> Int64 {
            switch xs {
            case .i32(let a): return Int64(a[j])
            case .i64(let a): return a[j]
            default: return 0
            }
          }
          for (j, r) in targets.enumerated() {
            let b = best[r]
            if b < 0 { best[r] = j; continue }
            if x.dtype.isFloat {
              let (vb, nb) = value(b), (vj, nj) = value(j)
              if nb { continue }
              if nj || better(vj, vb) { best[r] = j }
            } else if betterInt(intValue(j), intValue(b)) {
              best[r] = j
            }
          }
          let positions = best.map { Int64(($0 / strides[k]) % x.shape[k]) }
          return [HostTensor(type: t, storage: convertStorage(.i64(positions), to: t.dtype))]
        },
        jvp: zeroJVP,
        batch: { c throws(BuildError) in
          let b = c.dims[0] ?? 0
          let k = c.attrs.int("dim")
          let axis = k < b ? b - 1 : b
          return [(try c.emit(c.def, [c.operands[0]], attrs: Attributes(["dim": .int(c.batchedDim(k, of: 0))]),
                           written: [c.batchedType(c.resultTypes[0], at: axis)])[0], axis)]
        },
        class: .argReduction)
}
