/// Sorting: `sort`, a stable multi-operand sort along one dimension
/// (stablehlo.sort / jax.lax.sort with `is_stable=True`). The first
/// `num_keys` operands are keys compared lexicographically; every operand is
/// permuted by the same permutation, row by row along `dimension`.
///
///     %s = sort %x, dimension=0 : f32[4]                      x = [3, -0, NaN, 0]
///          s = [-0, 0, 3, NaN]
///     %k, %i = sort %x, %iota, dimension=0 : (f32[3], i32[3])   argsort: x = [2, 1, 2]
///          k = [1, 2, 2], i = [1, 0, 2]                       (ties keep their order)
///     %d, %j = sort %x, %iota, dimension=0, descending=true : (f32[3], i32[3])
///          d = [2, 2, 1], j = [0, 2, 1]
///
/// Floats are ordered totally, as JAX's sort comparator (XLA's total order):
/// −NaN < −inf < … < −0 < +0 < … < +inf < NaN. Integers by value, i1
/// false < true. `descending=true` is the exact reverse order; ties still
/// keep their operand order (stable).
///
/// Derivatives flow through the permutation: the JVP sorts an `iota` along
/// with the operands and gathers each tangent by it along the dimension
/// (`gather` with every other dim a batch dim), so reverse mode is gather's
/// transpose, a `scatter_add`. Batching moves every operand's mapped axis to
/// the front (unmapped ones broadcast) and sorts along dimension + 1.

extension OpRegistry {
  static let sortOps: [OpDef] = [sortOp]
}

/// The attributes of a sort (with their defaults), as every pass reads them.
public struct SortSpec: Sendable {
  public var dimension: Int
  public var numKeys: Int
  public var descending: Bool
  public init(_ attrs: Attributes) {
    dimension = attrs.int("dimension")
    numKeys = attrs.int("num_keys", default: 1)
    descending = attrs.bool("descending")
  }
}

// MARK: Semantics

/// Each element as an Int64 whose signed order is the sort order of its
/// dtype: floats in total order (a negative float's magnitude bits flipped),
/// integers by value, i1 false < true.
private func totalOrderKeys(_ s: TensorStorage) -> [Int64] {
  switch s {
  case .f32(let a):
    return a.map { x in
      let bits = Int32(bitPattern: x.bitPattern)
      return Int64(bits < 0 ? bits ^ Int32.max : bits)
    }
  case .f64(let a):
    return a.map { x in
      let bits = Int64(bitPattern: x.bitPattern)
      return bits < 0 ? bits ^ Int64.max : bits
    }
  case .i32(let a): return a.map { Int64($0) }
  case .i64(let a): return a
  case .i1(let a): return a.map { $0 ? 1 : 0 }
  }
}

/// For each result element (row-major), the flat operand index it takes.
func sortPermutation(_ operands: [HostTensor], _ spec: SortSpec) -> [Int] {
  let shape = operands[0].shape
  let d = spec.dimension
  let n = shape[d]
  let inner = shape[(d + 1)...].reduce(1, *)
  let outer = shape[..<d].reduce(1, *)
  let keys = operands.prefix(spec.numKeys).map { totalOrderKeys($0.storage) }
  var source = [Int](repeating: 0, count: operands[0].type.elementCount)
  for o in 0..<outer {
    for i in 0..<inner {
      let base = o * n * inner + i
      /// a before b: lexicographic over the keys; ties by position (stable).
      func before(_ a: Int, _ b: Int) -> Bool {
        for k in keys {
          let (ka, kb) = (k[base + a * inner], k[base + b * inner])
          if ka != kb { return spec.descending ? ka > kb : ka < kb }
        }
        return a < b
      }
      let order = (0..<n).sorted(by: before)
      for (j, p) in order.enumerated() { source[base + j * inner] = base + p * inner }
    }
  }
  return source
}

// MARK: Type rule

private func sortTypes(_ i: TypeRuleInput) throws(RuleError) -> [TensorType] {
  let ts = i.operands
  let spec = SortSpec(i.attrs)
  let first = ts[0]
  for (k, t) in ts.enumerated().dropFirst() where t.shape != first.shape {
    throw RuleError("'sort' needs operands of one shape, got \(first) and \(t)", at: .operand(k))
  }
  guard first.rank > 0 else {
    throw RuleError("'sort' cannot sort a scalar (\(first)): it needs a dimension", at: .operand(0))
  }
  guard spec.dimension >= 0 && spec.dimension < first.rank else {
    throw RuleError("'sort': dimension \(spec.dimension) is out of range for \(first) (rank \(first.rank))", at: .attr("dimension"))
  }
  guard spec.numKeys >= 1 && spec.numKeys <= ts.count else {
    throw RuleError("'sort': num_keys \(spec.numKeys) must be in [1, \(ts.count)] (the number of operands)", at: .attr("num_keys"))
  }
  return ts
}

// MARK: Derivatives

extension FunctionBuilder {
  /// `numpy.take_along_axis(x, idx, axis)`: result[..., j, ...] = x[..., idx[..., j, ...], ...]
  /// (indices clamped), as a `gather` whose batch dims are all the other dims.
  public mutating func takeAlongAxis(_ x: Value, _ idx: Value, axis: Int) throws(BuildError) -> Value {
    let r = type(x).rank
    guard axis >= 0 && axis < r else { throw BuildError("takeAlongAxis: axis \(axis) is out of range for \(type(x))") }
    if axis == r - 1 { return try gather(x, idx, axis: axis, batchDims: axis) }
    // Move the axis last, gather, move it back.
    var perm = Array(0..<r)
    perm.remove(at: axis)
    perm.append(axis)
    var back = Array(0..<(r - 1))
    back.insert(r - 1, at: axis)
    let g = try gather(transpose(x, perm: perm), transpose(idx, perm: perm), axis: r - 1, batchDims: r - 1)
    return try transpose(g, perm: back)
  }
}

/// Sorts an iota with the operands (one op computes the primal results and
/// the permutation), then gathers each tangent along the dimension.
private let sortJVP: JVPRule = { c throws(BuildError) in
  let spec = SortSpec(c.attrs)
  let shape = c.type(c.x(0)).shape
  let indexType: DType = shape[spec.dimension] <= Int(Int32.max) ? .i32 : .i64
  let iota = try c.b.iota(indexType, shape: shape, dim: spec.dimension)
  let sorted = try c.b.sort(c.primals + [iota], dimension: spec.dimension, numKeys: spec.numKeys,
                            descending: spec.descending)
  c.results = Array(sorted.dropLast())
  let perm = sorted[sorted.count - 1]
  var tangents: [Value?] = []
  for i in c.primals.indices {
    if let t = c.t(i) {
      tangents.append(try c.b.takeAlongAxis(t, perm, axis: spec.dimension))
    } else {
      tangents.append(nil)
    }
  }
  return tangents
}

// MARK: Definition

let sortOp: OpDef = OpDef(
  "sort", arity: .atLeast(1),
  attrs: [AttrSpec("dimension", .int), AttrSpec("num_keys", .int, required: false),
          AttrSpec("descending", .bool, required: false)],
  type: sortTypes,
  eval: { i in
    let source = sortPermutation(i.operands, SortSpec(i.attrs))
    return i.operands.map { HostTensor(type: $0.type, storage: $0.storage.gather(source)) }
  },
  jvp: sortJVP,
  batch: { c throws(BuildError) in
    // Every operand mapped at the front (unmapped ones broadcast): one sort along dimension + 1.
    var ops: [Value] = []
    for i in c.operands.indices { ops.append(try c.operand(i, batchedAt: 0)) }
    var attrs = c.attrs
    attrs["dimension"] = .int(SortSpec(c.attrs).dimension + 1)
    return try c.emit(c.def, ops, attrs: attrs).map { ($0, 0) }
  },
  class: .sort, jvpEmitsPrimal: true)
