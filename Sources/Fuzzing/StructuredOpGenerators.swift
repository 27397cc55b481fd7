/// Generators of the ops whose attributes describe shapes: shape ops,
/// indexing, reductions, dot_general, cond (random branches) and call.
///
///     "slice": x = f32[5,2]  ->  %1 = slice %x, start=[1,0], limit=[5,2], stride=[2,1] : f32[2,2]
import FTIR

extension OpGenerators {
  static let shapeOps: [(String, OpGenerator)] = [
    ("broadcast_in_dim", { c in
      let x = try c.value(of: all)
      let t = c.type(x)
      let rank = t.rank + c.int(0...2)
      let dims = Array(c.shuffled(Array(0..<rank)).prefix(t.rank)).sorted()
      var shape = (0..<rank).map { _ in c.dim() }
      for (i, d) in dims.enumerated() { shape[d] = t.shape[i] == 1 && c.chance(0.3) ? c.dim() : t.shape[i] }
      c.add(try c.b.broadcastInDim(x, shape: shape, dims: dims))
    }),
    ("reshape", { c in
      let x = try c.value(of: all)
      c.add(try c.b.reshape(x, to: c.reshaped(c.type(x).shape)))
    }),
    ("transpose", { c in
      let x = try c.value(of: all)
      c.add(try c.b.transpose(x, perm: c.shuffled(Array(0..<c.type(x).rank))))
    }),
    ("slice", { c in
      let x = try c.value(of: all)
      var start: [Int] = [], limit: [Int] = [], stride: [Int] = []
      for d in c.type(x).shape {
        let s = c.int(0...d)
        start.append(s)
        limit.append(c.int(s...d))
        stride.append(c.int(1...3))
      }
      c.add(try c.b.slice(x, start: start, limit: limit, stride: c.chance(0.5) ? stride : nil))
    }),
    ("pad", { c in
      let x = try c.value(of: all)
      let t = c.type(x)
      var low: [Int] = [], high: [Int] = [], interior: [Int] = []
      for d in t.shape {
        let i = c.int(0...2)
        let size = d == 0 ? 0 : d + (d - 1) * i
        let l = c.int(-Swift.min(size, 2)...2)
        low.append(l)
        high.append(c.int(-Swift.min(size + l, 2)...2))
        interior.append(i)
      }
      let v = try c.value(TensorType(t.dtype, []))
      c.add(try c.b.pad(x, v, low: low, high: high, interior: c.chance(0.5) ? interior : nil))
    }),
    ("concatenate", { c in
      let x = try c.value(of: all, minRank: 1)
      let t = c.type(x)
      let dim = c.int(0...(t.rank - 1))
      var xs = [x]
      for _ in 0..<c.int(0...2) {
        var s = t.shape
        s[dim] = c.dim()
        xs.append(try c.value(TensorType(t.dtype, s)))
      }
      c.add(try c.b.concatenate(c.shuffled(xs), dim: dim))
    }),
    ("reverse", { c in
      let x = try c.value(of: all)
      c.add(try c.b.reverse(x, dims: c.shuffled(c.subset(c.type(x).rank))))
    }),
  ]

  static let indexingOps: [(String, OpGenerator)] = [
    ("gather", { c in
      let (x, idx, axis, batch) = try c.gatherOperands()
      c.add(try c.b.gather(x, idx, axis: axis, batchDims: batch))
    }),
    ("scatter_add", { c in
      let (x, idx, axis, batch) = try c.gatherOperands()
      let (xt, it) = (c.type(x), c.type(idx))
      let shape = Array(xt.shape[0..<axis]) + Array(it.shape[batch...]) + Array(xt.shape[(axis + 1)...])
      let u = try c.value(TensorType(xt.dtype, shape))
      c.add(try c.b.scatterAdd(x, idx, u, axis: axis, batchDims: batch))
    }),
    ("dynamic_slice", { c in
      let x = try c.value(of: all)
      let sizes = c.type(x).shape.map { c.int(0...$0) }
      var starts: [Value] = []
      for _ in sizes { starts.append(try c.indexScalar()) }
      c.add(try c.b.dynamicSlice(x, starts: starts, sizes: sizes))
    }),
    ("dynamic_update_slice", { c in
      let x = try c.value(of: all)
      let t = c.type(x)
      let u = try c.value(TensorType(t.dtype, t.shape.map { c.int(0...$0) }))
      var starts: [Value] = []
      for _ in t.shape { starts.append(try c.indexScalar()) }
      c.add(try c.b.dynamicUpdateSlice(x, u, starts: starts))
    }),
  ]

  static let reductionOps: [(String, OpGenerator)] = [
    ("reduce_sum", reduce { b, x, d in try b.reduceSum(x, dims: d) }),
    ("reduce_prod", reduce { b, x, d in try b.reduceProd(x, dims: d) }),
    ("reduce_max", reduce { b, x, d in try b.reduceMax(x, dims: d) }),
    ("reduce_min", reduce { b, x, d in try b.reduceMin(x, dims: d) }),
    ("argmax", argReduce { b, x, d, t in try b.argmax(x, dim: d, indexType: t) }),
    ("argmin", argReduce { b, x, d, t in try b.argmin(x, dim: d, indexType: t) }),
  ]

  static func reduce(_ f: @escaping @Sendable (inout FunctionBuilder, Value, [Int]) throws -> Value) -> OpGenerator {
    { c in
      let x = try c.value(of: numbers)
      let dims = c.shuffled(c.subset(c.type(x).rank))
      c.add(try f(&c.b, x, dims))
    }
  }

  static func argReduce(_ f: @escaping @Sendable (inout FunctionBuilder, Value, Int, DType) throws -> Value) -> OpGenerator {
    { c in
      let x = try c.value(of: numbers, minRank: 1)
      let r = c.type(x).rank
      c.add(try f(&c.b, x, c.int(0...(r - 1)), c.pick(ints)))
    }
  }

  /// lhs [batch..., free..., contract...] and rhs [batch..., contract..., free...],
  /// each then transposed at random (the dimension numbers follow).
  static let dotGeneral: OpGenerator = { c in
    let dtype = c.pick(numbers)
    let batch = (0..<c.int(0...1)).map { _ in c.dim() }
    let contract = (0..<c.int(0...2)).map { _ in c.dim() }
    let lfree = (0..<c.int(0...1)).map { _ in c.dim() }, rfree = (0..<c.int(0...1)).map { _ in c.dim() }
    let nb = batch.count, nc = contract.count
    let lhsDims = Array(0..<nb), lhsContract = Array((nb + lfree.count)..<(nb + lfree.count + nc))
    let rhsDims = Array(0..<nb), rhsContract = Array(nb..<(nb + nc))
    var lhs = try c.value(TensorType(dtype, batch + lfree + contract))
    var rhs = try c.value(TensorType(dtype, batch + contract + rfree))
    // A random transpose of each operand: dimension k moves to perm's inverse.
    func permuted(_ v: inout Value, _ dims: [[Int]], _ c: inout GenContext) throws -> [[Int]] {
      let r = c.type(v).rank
      guard r > 1, c.chance(0.3) else { return dims }
      let perm = c.shuffled(Array(0..<r))
      v = try c.b.transpose(v, perm: perm)
      var inverse = [Int](repeating: 0, count: r)
      for (i, p) in perm.enumerated() { inverse[p] = i }
      return dims.map { $0.map { inverse[$0] } }
    }
    let l = try permuted(&lhs, [lhsDims, lhsContract], &c)
    let r = try permuted(&rhs, [rhsDims, rhsContract], &c)
    c.add(try c.b.dotGeneral(lhs, rhs, batch: (l[0], r[0]), contract: (l[1], r[1])))
  }

  /// `cond` on an i1 predicate (then/else) or an i32 index (2 or 3 branches),
  /// each branch a random body over the operands' types.
  static let cond: OpGenerator = { c in
    guard c.regionDepth > 0 else { throw BuildError("regions nest deep enough") }
    let isSwitch = c.chance(0.4)
    let pred = isSwitch ? try c.value(TensorType(.i32, [])) : try c.value(TensorType(.i1, []))
    var operands: [Value] = []
    for _ in 0..<c.int(0...2) { operands.append(try c.value(of: all)) }
    let params = operands.map { c.type($0) }
    let resultTypes = (0..<c.int(1...2)).map { _ in
      params.isEmpty || c.chance(0.3) ? TensorType(c.pick(all), c.shape()) : c.pick(params)
    }
    let labels = isSwitch ? Array(repeating: "branch", count: c.int(2...3)) : ["then", "else"]
    var branches: [Function] = []
    for label in labels {
      var r = GenContext(name: label, rng: c.rng, canAddParams: false, regionDepth: c.regionDepth - 1)
      for t in params { r.add(r.b.addParam(t)) }
      for _ in 0..<r.int(0...3) { r.tryRandomOp() }
      var yields: [Value] = []
      for t in resultTypes { yields.append(try r.value(t)) }
      r.b.ret(yields)
      c.rng = r.rng
      branches.append(r.b.function)
    }
    for v in try c.b.cond(pred, operands, branches: branches) { c.add(v) }
  }

  /// `cumsum`/`cumprod`/`cummax`/`cummin` along a random axis, either way.
  static func cumulative(_ name: String) -> OpGenerator {
    { c in
      let x = try c.value(of: numbers)
      let t = c.type(x)
      guard t.rank > 0 else { throw BuildError("a cumulative op needs an axis") }
      let axis = c.int(0...(t.rank - 1)), reverse = c.chance(0.5)
      switch name {
      case "cumsum": c.add(try c.b.cumsum(x, axis: axis, reverse: reverse))
      case "cumprod": c.add(try c.b.cumprod(x, axis: axis, reverse: reverse))
      case "cummax": c.add(try c.b.cummax(x, axis: axis, reverse: reverse))
      default: c.add(try c.b.cummin(x, axis: axis, reverse: reverse))
      }
    }
  }

  /// A `sort` of 1–3 operands of one shape (any dtypes), 1 to all of them keys.
  static let sort: OpGenerator = { c in
    let x = try c.value(of: all, minRank: 1)
    let t = c.type(x)
    var operands = [x]
    for _ in 0..<c.int(0...2) { operands.append(try c.value(of: all, shape: t.shape)) }
    let results = try c.b.sort(operands, dimension: c.int(0...(t.rank - 1)), numKeys: c.int(1...operands.count),
                               descending: c.chance(0.5))
    for r in results { c.add(r) }
  }

  /// A `scan` over random carries and inputs with a random body.
  static let scan: OpGenerator = { c in
    guard c.regionDepth > 0 else { throw BuildError("regions nest deep enough") }
    let length = c.int(0...3)
    var carries: [Value] = []
    for _ in 0..<c.int(1...2) { carries.append(try c.value(of: all)) }
    var xs: [Value] = []
    for _ in 0..<c.int(0...1) { xs.append(try c.value(TensorType(c.pick(all), [length] + c.shape(rank: c.int(0...2))))) }
    let carryTypes = carries.map { c.type($0) }
    let rowTypes = xs.map { c.type($0).with(shape: Array(c.type($0).shape.dropFirst())) }
    let outTypes = (0..<c.int(0...1)).map { _ in TensorType(c.pick(all), c.shape(rank: c.int(0...2))) }
    var r = GenContext(name: "body", rng: c.rng, canAddParams: false, regionDepth: c.regionDepth - 1)
    for t in carryTypes + rowTypes { r.add(r.b.addParam(t)) }
    for _ in 0..<r.int(0...3) { r.tryRandomOp() }
    var yields: [Value] = []
    for t in carryTypes + outTypes { yields.append(try r.value(t)) }
    r.b.ret(yields)
    c.rng = r.rng
    for v in try c.b.scan(carries, xs, length: length, reverse: c.chance(0.3), body: r.b.function) { c.add(v) }
  }

  /// A `while` that always ends: a counter carry runs up to a small bound
  /// (max_trips set above it or left out), other carries change at random.
  static let whileLoop: OpGenerator = { c in
    guard c.regionDepth > 0 else { throw BuildError("regions nest deep enough") }
    let counter = TensorType(.i32, [])
    var carries = [try c.b.constant(.int(0), counter)]
    for _ in 0..<c.int(0...2) { carries.append(try c.value(of: all)) }
    let types = carries.map { c.type($0) }
    let bound = c.int(0...3)
    var cond = GenContext(name: "cond", rng: c.rng, canAddParams: false, regionDepth: c.regionDepth - 1)
    let params = types.map { cond.b.addParam($0) }
    cond.b.ret([try cond.b.lt(params[0], cond.b.constant(.int(Int64(bound)), counter))])
    c.rng = cond.rng
    var body = GenContext(name: "body", rng: c.rng, canAddParams: false, regionDepth: c.regionDepth - 1)
    let bp = types.map { body.b.addParam($0) }
    for v in bp.dropFirst() { body.add(v) }
    for _ in 0..<body.int(0...3) { body.tryRandomOp() }
    var yields = [try body.b.add(bp[0], body.b.constant(.int(1), counter))]
    for t in types.dropFirst() { yields.append(try body.value(t)) }
    body.b.ret(yields)
    c.rng = body.rng
    let maxTrips: Int? = c.chance(0.5) ? bound + c.int(0...2) : nil
    for v in try c.b.whileLoop(carries, maxTrips: maxTrips, cond: cond.b.function, body: body.b.function) { c.add(v) }
  }

  /// A call of a private function defined earlier in the module.
  static let call: OpGenerator = { c in
    guard !c.callees.isEmpty else { throw BuildError("no function to call yet") }
    let (name, sig) = c.pick(c.callees)
    c.b.callees[name] = sig
    var args: [Value] = []
    for t in sig.params { args.append(try c.value(t)) }
    for v in try c.b.emit(OpRegistry["call"], args, attrs: Attributes(["callee": .symbol(name)]), types: sig.results) {
      c.add(v)
    }
  }
}

extension GenContext {
  /// A shape with as many elements as `shape` (the element count factored
  /// into up to 3 dims, with 1s inserted).
  mutating func reshaped(_ shape: [Int]) -> [Int] {
    let n = shape.reduce(1, *)
    if n == 0 { return shuffled([0] + (0..<int(0...2)).map { _ in dim() }) }
    var factors: [Int] = []
    var m = n, p = 2
    while m > 1 && p * p <= m { if m % p == 0 { factors.append(p); m /= p } else { p += 1 } }
    if m > 1 { factors.append(m) }
    var out = [Int](repeating: 1, count: int(Swift.max(0, factors.isEmpty ? 0 : 1)...3))
    if out.isEmpty { return factors.isEmpty ? [] : [n] }
    for f in factors { out[int(0...(out.count - 1))] *= f }
    return out
  }

  /// Operands and attributes of a valid gather (also scatter_add's).
  mutating func gatherOperands() throws -> (Value, Value, Int, Int) {
    let x = try value(of: OpGenerators.all, minRank: 1)
    let xt = type(x)
    let batch = xt.rank > 1 && chance(0.3) ? int(0...1) : 0
    let axis = int(batch...(xt.rank - 1))
    var ishape = Array(xt.shape[0..<batch]) + shape(rank: int(0...1))
    if xt.shape[axis] == 0 { ishape.append(0) }
    let idx = chance(0.5) ? try value(TensorType(pick(OpGenerators.ints), ishape))
      : try b.constant(randomLiteral(TensorType(pick(OpGenerators.ints), ishape)))
    return (x, idx, axis, batch)
  }
}
