/// Reductions: reduce_sum, reduce_prod, reduce_max, reduce_min (remove the
/// listed dims) and argmax, argmin (remove one dim, give an index).
///
/// Reference order: elements are folded in increasing row-major order of the
/// operand, accumulating in the element type.

extension OpRegistry {
  static let reductionOps: [OpDef] = [
    // The float sum starts from -0.0, the exact additive identity (-0 + x == x
    // for every x, -0 included), so that `dims=[]` is the identity and a sum of
    // only -0 values is -0; an empty sum is +0 (`floatEmpty`).
    reduction("reduce_sum", floatInit: -0.0, floatEmpty: 0, intInit: { _ in 0 },
              Elementwise(f32: { $0[0] + $0[1] }, f64: { $0[0] + $0[1] }, i32: { $0[0] &+ $0[1] }, i64: { $0[0] &+ $0[1] })),
    reduction("reduce_prod", floatInit: 1, intInit: { _ in 1 },
              Elementwise(f32: { $0[0] * $0[1] }, f64: { $0[0] * $0[1] }, i32: { $0[0] &* $0[1] }, i64: { $0[0] &* $0[1] })),
    reduction("reduce_max", floatInit: -.infinity, intInit: { $0 == .i32 ? Int64(Int32.min) : Int64.min },
              Elementwise(f32: { floatMax($0[0], $0[1]) }, f64: { floatMax($0[0], $0[1]) },
                          i32: { Swift.max($0[0], $0[1]) }, i64: { Swift.max($0[0], $0[1]) })),
    reduction("reduce_min", floatInit: .infinity, intInit: { $0 == .i32 ? Int64(Int32.max) : Int64.max },
              Elementwise(f32: { floatMin($0[0], $0[1]) }, f64: { floatMin($0[0], $0[1]) },
                          i32: { Swift.min($0[0], $0[1]) }, i64: { Swift.min($0[0], $0[1]) })),
    argReduction("argmax", better: { $0 > $1 }, betterInt: { $0 > $1 }),
    argReduction("argmin", better: { $0 < $1 }, betterInt: { $0 < $1 }),
  ]
}

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
  out.reserveCapacity(shape.reduce(1, *))
  forEachIndex(shape) { idx in
    var flat = 0
    for (j, d) in kept.enumerated() { flat += idx[d] * rstrides[j] }
    out.append(flat)
  }
  return out
}

private func reduction(_ name: String, floatInit: Double, floatEmpty: Double? = nil,
                       intInit: @escaping @Sendable (DType) -> Int64, _ combine: Elementwise) -> OpDef {
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
          let dims = i.attrs.ints("dims")
          let empty = dims.contains { x.shape[$0] == 0 }  // every group is empty
          let initial: Scalar = x.dtype.isFloat ? .float(empty ? floatEmpty ?? floatInit : floatInit) : .int(intInit(x.dtype))
          var acc = HostTensor(splat: initial, type: t)
          let targets = reductionTargets(x.shape, removing: i.attrs.ints("dims"))
          // Fold one operand element at a time, through the shared combine rule.
          func fold<T>(_ a: inout [T], _ xs: [T], _ f: ([T]) -> T) {
            for (k, r) in targets.enumerated() { a[r] = f([a[r], xs[k]]) }
          }
          switch (acc.storage, x.storage) {
          case (.f32(var a), .f32(let xs)): if let f = combine.f32 { fold(&a, xs, f) }; acc.storage = .f32(a)
          case (.f64(var a), .f64(let xs)): if let f = combine.f64 { fold(&a, xs, f) }; acc.storage = .f64(a)
          case (.i32(var a), .i32(let xs)): if let f = combine.i32 { fold(&a, xs, f) }; acc.storage = .i32(a)
          case (.i64(var a), .i64(let xs)): if let f = combine.i64 { fold(&a, xs, f) }; acc.storage = .i64(a)
          default: break
          }
          return [acc]
        })
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
        })
}
