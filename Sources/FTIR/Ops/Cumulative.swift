/// Cumulative ops: cumsum, cumprod, cummax, cummin along one axis (jax.lax's
/// cumsum/cumprod/cummax/cummin). Element i of the result combines the
/// operand's elements 0...i along the axis, in that order (i...n-1, from the
/// end, with `reverse=true`); the other dims are independent.
///
///     %s = cumsum %x, axis=0 : f32[4]                  x = [1, 2, 3, 4]
///          s = [1, 3, 6, 10]
///     %p = cumprod %x, axis=0, reverse=true : f32[4]
///          p = [24, 24, 12, 4]
///     %m = cummax %x, axis=1 : f32[2,3]                x = [[1, 3, 2], [0, -1, 5]]
///          m = [[1, 3, 3], [0, 0, 5]]
///
/// Floats are combined one element at a time in scan order (no
/// reassociation: compiled code agrees bit for bit); cummax/cummin use max/min
/// (NaN propagates, -0 < +0); integer sums and products wrap.
///
/// Derivatives, without division (right with zeros in the input):
/// - cumsum is linear: its JVP is cumsum of the tangent; its transpose is a
///   cumsum in the other direction.
/// - cumprod: the JVP of the associative scan, as JAX differentiates it: a
///   log2(n)-step Hillis–Steele scan on (product, tangent) pairs combined by
///   the product rule, (p1, t1) ∘ (p2, t2) = (p1·p2, t1·p2 + p1·t2), built
///   from slice, pad, mul and add.
/// - cummax/cummin: the tangent of the first position (in scan order) that
///   attains the running extreme, a NaN counting as the extreme (as argmax);
///   the same Hillis–Steele scan on (value, tangent) pairs, built from
///   compares and select. JAX's lax.max splits ties evenly; ftc gives a tie to
///   the earlier position.

extension OpRegistry {
  static let cumulativeOps: [OpDef] = [cumsumOp, cumprodOp, cummaxOp, cumminOp]
}

/// The scan direction and axis of a cumulative op.
struct ScanAxis {
  var axis: Int
  var reverse: Bool
  init(_ attrs: Attributes) {
    axis = attrs.int("axis")
    reverse = attrs.bool("reverse")
  }
}

// MARK: Semantics

/// Runs the scan of `combine(accumulated, next)` along the axis.
private func scan(_ x: HostTensor, _ s: ScanAxis, _ combine: Elementwise) -> HostTensor {
  let stride = rowMajorStrides(x.shape)[s.axis], n = x.shape[s.axis]
  let count = x.type.elementCount
  func go<T>(_ a: [T], _ f: (([T]) -> T)?) -> [T] {
    guard let f else { return a }
    var out = a
    let order = s.reverse ? Array((0..<count).reversed()) : Array(0..<count)
    for j in order {
      let pos = (j / stride) % n
      if s.reverse ? pos == n - 1 : pos == 0 { continue }
      out[j] = f([out[s.reverse ? j + stride : j - stride], a[j]])
    }
    return out
  }
  let st: TensorStorage
  switch x.storage {
  case .f32(let a): st = .f32(go(a, combine.f32))
  case .f64(let a): st = .f64(go(a, combine.f64))
  case .i32(let a): st = .i32(go(a, combine.i32))
  case .i64(let a): st = .i64(go(a, combine.i64))
  case .i1: st = x.storage
  }
  return HostTensor(type: x.type, storage: st)
}

// MARK: Derivatives

extension JVPContext {
  /// `v` shifted by `d` along the scan (towards later positions), the first
  /// `d` positions in scan order filled with the scalar `fill`.
  fileprivate mutating func shifted(_ v: Value, by d: Int, _ s: ScanAxis, fill: Double) throws(BuildError) -> Value {
    let t = type(v)
    let n = t.shape[s.axis]
    var start = t.shape.map { _ in 0 }, limit = t.shape
    var low = start, high = start
    if s.reverse {
      start[s.axis] = d
      high[s.axis] = d
    } else {
      limit[s.axis] = n - d
      low[s.axis] = d
    }
    let part = try b.slice(v, start: start, limit: limit)
    return try b.pad(part, b.constant(.float(fill), TensorType(t.dtype, [])), low: low, high: high)
  }

  /// i1 mask: true at the first `d` positions in scan order (no partner `d` earlier).
  fileprivate mutating func scanHead(_ like: Value, _ d: Int, _ s: ScanAxis) throws(BuildError) -> Value {
    let t = type(like)
    let n = t.shape[s.axis]
    let pos = try b.iota(.i32, shape: t.shape, dim: s.axis)
    let bound = try b.constant(.int(Int64(s.reverse ? n - d : d)), TensorType(.i32, t.shape))
    return s.reverse ? try b.ge(pos, bound) : try b.lt(pos, bound)
  }
}

/// The JVP of a scan by Hillis–Steele doubling over (value, tangent) pairs:
/// at step d each position combines with the one d positions back (`fill`
/// before the start). `step` gives the new tangent and, when `needValue`,
/// the combined value (the last step does not need it).
private typealias DoublingStep = @Sendable (inout JVPContext, _ v: Value, _ vs: Value, _ t: Value, _ ts: Value,
                                            _ d: Int, _ s: ScanAxis, _ needValue: Bool) throws(BuildError) -> (Value, Value?)

private func doublingScanJVP(fill: Double, _ step: @escaping DoublingStep) -> JVPRule {
  { c throws(BuildError) in
    guard var t = c.t(0) else { return [nil] }
    let s = ScanAxis(c.attrs)
    var v = c.x(0)
    let n = c.type(v).shape[s.axis]
    var d = 1
    while d < n {
      let vs = try c.shifted(v, by: d, s, fill: fill), ts = try c.shifted(t, by: d, s, fill: 0)
      let (next, value) = try step(&c, v, vs, t, ts, d, s, 2 * d < n)
      t = next
      if let value { v = value }
      d *= 2
    }
    return [t]
  }
}

/// cumprod: (p, t) ∘ (ps, ts) = (ps·p, ts·p + ps·t).
private let cumprodJVP = doublingScanJVP(fill: 1) { c, p, ps, t, ts, _, _, needValue throws(BuildError) in
  (try c.b.add(c.b.mul(ts, p), c.b.mul(ps, t)), needValue ? try c.b.mul(ps, p) : nil)
}

/// cummax (`max` true) / cummin: the later window wins only when strictly
/// better or newly NaN.
private func extremumScanJVP(max: Bool) -> JVPRule {
  doublingScanJVP(fill: max ? -.infinity : .infinity) { c, v, vs, t, ts, d, s, needValue throws(BuildError) in
    let better = try c.b.compare(max ? .gt : .lt, v, vs)
    let newNaN = try c.b.and(c.b.ne(v, v), c.b.eq(vs, vs))
    let take = try c.b.or(c.b.or(better, newNaN), c.scanHead(v, d, s))
    return (try c.b.select(take, t, ts), needValue ? try (max ? c.b.max(vs, v) : c.b.min(vs, v)) : nil)
  }
}

// MARK: Definitions

private func cumulative(_ name: String, _ combine: Elementwise, jvp: @escaping JVPRule,
                        linearity: Linearity = .nonlinear, transpose: TransposeRule? = nil) -> OpDef {
  OpDef(name, arity: .exactly(1), attrs: [AttrSpec("axis", .int), AttrSpec("reverse", .bool, required: false)],
        type: { i throws(RuleError) in
          let x = i.operands[0]
          try requireDType(name, x, .floatOrInt)
          let axis = i.attrs.int("axis")
          guard axis >= 0 && axis < x.rank else {
            throw RuleError("'\(name)': axis \(axis) is out of range for \(x)", at: .attr("axis"))
          }
          return [x]
        },
        eval: { i in [scan(i.operands[0], ScanAxis(i.attrs), combine)] },
        jvp: jvp, transpose: transpose,
        batch: { c throws(BuildError) in
          // The same scan, its axis found past the batch axis.
          let axis = c.batchedDim(c.attrs.int("axis"), of: 0)
          var attrs = c.attrs
          attrs["axis"] = .int(axis)
          return [(try c.emit(c.def, [c.operands[0]], attrs: attrs)[0], c.dims[0])]
        },
        class: .cumulative, linearity: linearity)
}

let cumsumOp: OpDef = cumulative(
  "cumsum", Elementwise(f32: { $0[0] + $0[1] }, f64: { $0[0] + $0[1] }, i32: { $0[0] &+ $0[1] }, i64: { $0[0] &+ $0[1] }),
  jvp: { c throws(BuildError) in [try c.sameOp(cumsumOp)] },
  linearity: .jointly(nil),
  transpose: { c throws(BuildError) in
    // y[i] = sum of x[j] for j <= i: x[j]'s cotangent sums ct[i] for i >= j.
    let s = ScanAxis(c.attrs)
    return [try c.b.cumsum(c.ct, axis: s.axis, reverse: !s.reverse)]
  })

let cumprodOp: OpDef = cumulative(
  "cumprod", Elementwise(f32: { $0[0] * $0[1] }, f64: { $0[0] * $0[1] }, i32: { $0[0] &* $0[1] }, i64: { $0[0] &* $0[1] }),
  jvp: cumprodJVP)

let cummaxOp: OpDef = cumulative(
  "cummax", Elementwise(f32: { floatMax($0[0], $0[1]) }, f64: { floatMax($0[0], $0[1]) },
                        i32: { Swift.max($0[0], $0[1]) }, i64: { Swift.max($0[0], $0[1]) }),
  jvp: extremumScanJVP(max: true))

let cumminOp: OpDef = cumulative(
  "cummin", Elementwise(f32: { floatMin($0[0], $0[1]) }, f64: { floatMin($0[0], $0[1]) },
                        i32: { Swift.min($0[0], $0[1]) }, i64: { Swift.min($0[0], $0[1]) }),
  jvp: extremumScanJVP(max: false))
