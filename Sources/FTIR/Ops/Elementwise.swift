/// Elementwise operations (spec section 4): unary math, integer_pow, binary
/// arithmetic, logic, compares, select, clamp, convert, stop_gradient.
///
/// Type rule: operands of identical type (no broadcasting, no promotion);
/// result of the same shape. Reference semantics: one IEEE operation per
/// element, integer arithmetic wrapping, nothing ever traps.

#if canImport(Glibc)
import Glibc
#endif

extension OpRegistry {
  static let elementwiseOps: [OpDef] = [
    // Unary math, float only. JVP: the tangent times the derivative.
    unaryFloat("exp", Float.mexp, Double.mexp) { c throws(BuildError) in [try c.mul(c.t(0), c.y)] },
    unaryFloat("log", Float.mlog, Double.mlog) { c throws(BuildError) in [try c.div(c.t(0), c.x(0))] },
    unaryFloat("log1p", Float.mlog1p, Double.mlog1p) { c throws(BuildError) in
      [try c.div(c.t(0), c.p("add", c.x(0), c.const(1, like: c.x(0))))]
    },
    unaryFloat("expm1", Float.mexpm1, Double.mexpm1) { c throws(BuildError) in
      [try c.mul(c.t(0), c.p("add", c.y, c.const(1, like: c.y)))]
    },
    unaryFloat("sqrt", { $0.squareRoot() }, { $0.squareRoot() }) { c throws(BuildError) in
      [try c.div(c.t(0), c.p("add", c.y, c.y))]  // t / (2 sqrt x)
    },
    unaryFloat("rsqrt", { 1 / $0.squareRoot() }, { 1 / $0.squareRoot() }) { c throws(BuildError) in
      // d/dx x^(-1/2) = -y / (2x)
      [try c.mul(c.t(0), c.p("div", c.p("mul", c.y, c.const(-0.5, like: c.y)), c.x(0)))]
    },
    unaryFloat("sin", Float.msin, Double.msin) { c throws(BuildError) in [try c.mul(c.t(0), c.p("cos", c.x(0)))] },
    unaryFloat("cos", Float.mcos, Double.mcos) { c throws(BuildError) in
      [try c.mul(c.t(0), c.p("neg", c.p("sin", c.x(0))))]
    },
    unaryFloat("tanh", Float.mtanh, Double.mtanh) { c throws(BuildError) in
      [try c.mul(c.t(0), c.p("sub", c.const(1, like: c.y), c.p("mul", c.y, c.y)))]
    },
    unaryFloat("logistic", logistic, logistic) { c throws(BuildError) in
      [try c.mul(c.t(0), c.p("mul", c.y, c.p("sub", c.const(1, like: c.y), c.y)))]
    },
    unaryFloat("erf", Float.merf, Double.merf) { c throws(BuildError) in
      // 2/sqrt(pi) exp(-x^2)
      let x = c.x(0)
      let e = try c.p("exp", c.p("neg", c.p("mul", x, x)))
      return [try c.mul(c.t(0), c.p("mul", e, c.const(1.1283791670955126, like: x)))]
    },
    unaryFloat("floor", { $0.rounded(.down) }, { $0.rounded(.down) }, jvp: zeroJVP),
    unaryFloat("ceil", { $0.rounded(.up) }, { $0.rounded(.up) }, jvp: zeroJVP),
    // Unary, float or int.
    elementwise("neg", .floatOrInt, arity: 1, Elementwise(
      f32: { -$0[0] }, f64: { -$0[0] }, i32: { 0 &- $0[0] }, i64: { 0 &- $0[0] }),
      jvp: { c throws(BuildError) in [try c.neg(c.t(0))] },
      transpose: { c throws(BuildError) in [try c.p("neg", c.ct)] }),
    elementwise("abs", .floatOrInt, arity: 1, Elementwise(
      f32: { Swift.abs($0[0]) }, f64: { Swift.abs($0[0]) },
      i32: { $0[0] < 0 ? 0 &- $0[0] : $0[0] }, i64: { $0[0] < 0 ? 0 &- $0[0] : $0[0] }),
      jvp: { c throws(BuildError) in
        // Derivative 1 at ±0 (x >= 0 holds for -0).
        let x = c.x(0)
        let s = try c.p("select", c.p("ge", x, c.zeros(like: x)), c.const(1, like: x), c.const(-1, like: x))
        return [try c.mul(c.t(0), s)]
      }),
    elementwise("sign", .floatOrInt, arity: 1, Elementwise(
      f32: { floatSign($0[0]) }, f64: { floatSign($0[0]) },
      i32: { $0[0].signum() }, i64: { $0[0].signum() }), jvp: zeroJVP),
    predicate("is_finite", .float, arity: 1, Predicate(float: { $0[0].isFinite }, int: { _ in true })),
    elementwise("not", .intOrBool, arity: 1, Elementwise(
      i32: { ~$0[0] }, i64: { ~$0[0] }, i1: { !$0[0] }), jvp: zeroJVP),
    integerPow,
    // Binary arithmetic, float or int.
    elementwise("add", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] + $0[1] }, f64: { $0[0] + $0[1] }, i32: { $0[0] &+ $0[1] }, i64: { $0[0] &+ $0[1] }),
      jvp: { c throws(BuildError) in [try c.add(c.t(0), c.t(1))] },
      transpose: { c throws(BuildError) in [c.ct, c.ct] }),
    elementwise("sub", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] - $0[1] }, f64: { $0[0] - $0[1] }, i32: { $0[0] &- $0[1] }, i64: { $0[0] &- $0[1] }),
      jvp: { c throws(BuildError) in [try c.sub(c.t(0), c.t(1))] },
      transpose: { c throws(BuildError) in [c.ct, c.linear[1] ? try c.p("neg", c.ct) : nil] }),
    elementwise("mul", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] * $0[1] }, f64: { $0[0] * $0[1] }, i32: { $0[0] &* $0[1] }, i64: { $0[0] &* $0[1] }),
      jvp: { c throws(BuildError) in [try c.add(c.mul(c.t(0), c.x(1)), c.mul(c.t(1), c.x(0)))] },
      transpose: { c throws(BuildError) in
        guard !(c.linear[0] && c.linear[1]) else { throw BuildError("internal error: mul of two tangents is not linear") }
        return c.linear[0] ? [try c.p("mul", c.ct, c.primal(1)), nil] : [nil, try c.p("mul", c.primal(0), c.ct)]
      }),
    elementwise("div", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] / $0[1] }, f64: { $0[0] / $0[1] }, i32: { intDiv($0[0], $0[1]) }, i64: { intDiv($0[0], $0[1]) }),
      jvp: { c throws(BuildError) in
        // t0 / b - t1 * (y / b)
        let b = c.x(1)
        let q = c.t(1) == nil ? nil : try c.p("neg", c.p("div", c.y, b))
        return [try c.add(c.div(c.t(0), b), q.map { q throws(BuildError) in try c.p("mul", c.t(1)!, q) })]
      },
      transpose: { c throws(BuildError) in
        guard !c.linear[1] else { throw BuildError("internal error: division by a tangent is not linear") }
        return [try c.p("div", c.ct, c.primal(1)), nil]
      }),
    elementwise("rem", .floatOrInt, arity: 2, Elementwise(
      f32: { Float.mfmod($0[0], $0[1]) }, f64: { Double.mfmod($0[0], $0[1]) },
      i32: { intRem($0[0], $0[1]) }, i64: { intRem($0[0], $0[1]) }),
      jvp: { c throws(BuildError) in
        // d/dx = 1, d/dy = -trunc(x / y)
        guard c.t(1) != nil else { return [c.t(0)] }
        let q = try c.p("div", c.x(0), c.x(1))
        let trunc = try c.p("mul", c.p("sign", q), c.p("floor", c.p("abs", q)))
        return [try c.sub(c.t(0), c.mul(c.t(1), trunc))]
      }),
    elementwise("max", .floatOrInt, arity: 2, Elementwise(
      f32: { floatMax($0[0], $0[1]) }, f64: { floatMax($0[0], $0[1]) },
      i32: { Swift.max($0[0], $0[1]) }, i64: { Swift.max($0[0], $0[1]) }), jvp: minMaxJVP),
    elementwise("min", .floatOrInt, arity: 2, Elementwise(
      f32: { floatMin($0[0], $0[1]) }, f64: { floatMin($0[0], $0[1]) },
      i32: { Swift.min($0[0], $0[1]) }, i64: { Swift.min($0[0], $0[1]) }), jvp: minMaxJVP),
    // Binary math, float only.
    elementwise("pow", .float, arity: 2, Elementwise(
      f32: { Float.mpow($0[0], $0[1]) }, f64: { Double.mpow($0[0], $0[1]) }),
      jvp: { c throws(BuildError) in
        let (x, y) = (c.x(0), c.x(1))
        var dx: Value? = nil, dy: Value? = nil
        if c.t(0) != nil {
          // y * x^(y-1), and 0 where y == 0 (as JAX)
          let g = try c.p("mul", y, c.p("pow", x, c.p("sub", y, c.const(1, like: y))))
          dx = try c.mul(c.t(0), c.p("select", c.p("eq", y, c.zeros(like: y)), c.zeros(like: y), g))
        }
        if c.t(1) != nil {
          // log(x) * x^y, with log(1) = 0 in place of log(0) (as JAX)
          let safe = try c.p("select", c.p("eq", x, c.zeros(like: x)), c.const(1, like: x), x)
          dy = try c.mul(c.t(1), c.p("mul", c.p("log", safe), c.y))
        }
        return [try c.add(dx, dy)]
      }),
    elementwise("atan2", .float, arity: 2, Elementwise(
      f32: { Float.matan2($0[0], $0[1]) }, f64: { Double.matan2($0[0], $0[1]) }),
      jvp: { c throws(BuildError) in
        // atan2(a, b): d/da = b / (a^2 + b^2), d/db = -a / (a^2 + b^2)
        let (a, b) = (c.x(0), c.x(1))
        let d = try c.p("add", c.p("mul", a, a), c.p("mul", b, b))
        let da = c.t(0) == nil ? nil : try c.mul(c.t(0), c.p("div", b, d))
        let db = c.t(1) == nil ? nil : try c.mul(c.t(1), c.p("div", c.p("neg", a), d))
        return [try c.add(da, db)]
      }),
    // Logic: bitwise on integers, logical on i1.
    elementwise("and", .intOrBool, arity: 2, Elementwise(
      i32: { $0[0] & $0[1] }, i64: { $0[0] & $0[1] }, i1: { $0[0] && $0[1] }), jvp: zeroJVP),
    elementwise("or", .intOrBool, arity: 2, Elementwise(
      i32: { $0[0] | $0[1] }, i64: { $0[0] | $0[1] }, i1: { $0[0] || $0[1] }), jvp: zeroJVP),
    elementwise("xor", .intOrBool, arity: 2, Elementwise(
      i32: { $0[0] ^ $0[1] }, i64: { $0[0] ^ $0[1] }, i1: { $0[0] != $0[1] }), jvp: zeroJVP),
    // Compares: any dtype -> i1; IEEE for floats; false < true.
    predicate("eq", .any, arity: 2, Predicate(float: { $0[0] == $0[1] }, int: { $0[0] == $0[1] }, bool: { $0[0] == $0[1] })),
    predicate("ne", .any, arity: 2, Predicate(float: { $0[0] != $0[1] }, int: { $0[0] != $0[1] }, bool: { $0[0] != $0[1] })),
    predicate("lt", .any, arity: 2, Predicate(float: { $0[0] < $0[1] }, int: { $0[0] < $0[1] }, bool: { !$0[0] && $0[1] })),
    predicate("le", .any, arity: 2, Predicate(float: { $0[0] <= $0[1] }, int: { $0[0] <= $0[1] }, bool: { !$0[0] || $0[1] })),
    predicate("gt", .any, arity: 2, Predicate(float: { $0[0] > $0[1] }, int: { $0[0] > $0[1] }, bool: { $0[0] && !$0[1] })),
    predicate("ge", .any, arity: 2, Predicate(float: { $0[0] >= $0[1] }, int: { $0[0] >= $0[1] }, bool: { $0[0] || !$0[1] })),
    selectOp,
    clampOp,
    convertOp,
    OpDef("stop_gradient", arity: .exactly(1), type: { i throws(RuleError) in [i.operands[0]] },
          eval: { i in [i.operands[0]] }, jvp: zeroJVP, batch: elementwiseBatch),
  ]
}

// MARK: - Family constructors

/// An elementwise op whose operands all have the same type as the result.
private func elementwise(_ name: String, _ cls: DTypeClass, arity: Int, _ f: Elementwise,
                         jvp: JVPRule? = nil, transpose: TransposeRule? = nil) -> OpDef {
  OpDef(name, arity: .exactly(arity),
        type: { i throws(RuleError) in
          try requireDType(name, i.operands[0], cls)
          try requireSameTypes(name, i.operands)
          return [i.operands[0]]
        },
        eval: { i in [HostTensor(type: i.resultTypes[0], storage: f.run(i.operands.map(\.storage)))] },
        jvp: jvp, transpose: transpose, batch: elementwiseBatch)
}

private func unaryFloat(_ name: String, _ f: @escaping @Sendable (Float) -> Float,
                        _ g: @escaping @Sendable (Double) -> Double, jvp: @escaping JVPRule) -> OpDef {
  elementwise(name, .float, arity: 1, .float(f, g), jvp: jvp)
}

/// An elementwise op with an i1 result of the operands' shape (zero derivative).
private func predicate(_ name: String, _ cls: DTypeClass, arity: Int, _ p: Predicate) -> OpDef {
  OpDef(name, arity: .exactly(arity),
        type: { i throws(RuleError) in
          try requireDType(name, i.operands[0], cls)
          try requireSameTypes(name, i.operands)
          return [i.operands[0].with(dtype: .i1)]
        },
        eval: { i in [HostTensor(type: i.resultTypes[0], storage: p.run(i.operands.map(\.storage)))] },
        jvp: zeroJVP, batch: elementwiseBatch)
}

/// max/min: the derivative goes to the operand that is the result; ties
/// split it evenly (JAX's convention).
private let minMaxJVP: JVPRule = { c throws(BuildError) in
  let (a, b, y) = (c.x(0), c.x(1), c.y)
  let half = try c.const(0.5, like: y), one = try c.const(1, like: y), zero = try c.zeros(like: y)
  func share(_ mine: Value, _ other: Value, _ c: inout JVPContext) throws(BuildError) -> Value {
    let tie = try c.p("select", c.p("eq", other, y), half, one)
    return try c.p("select", c.p("eq", mine, y), tie, zero)
  }
  let ta = c.t(0) == nil ? nil : try c.mul(c.t(0), share(a, b, &c))
  let tb = c.t(1) == nil ? nil : try c.mul(c.t(1), share(b, a, &c))
  return [try c.add(ta, tb)]
}

// MARK: - Ops with their own rules

/// `integer_pow %x, n=K`: x^K by repeated squaring in the element type; for
/// K < 0 (floats only) the reciprocal of x^-K, as jax.lax.integer_pow.
private let integerPow = OpDef(
  "integer_pow", arity: .exactly(1), attrs: [AttrSpec("n", .int)],
  type: { i throws(RuleError) in
    try requireDType("integer_pow", i.operands[0], .floatOrInt)
    if i.attrs.int("n") < 0 && !i.operands[0].dtype.isFloat {
      throw RuleError("'integer_pow': a negative exponent needs a float operand, got \(i.operands[0])", at: .attr("n"))
    }
    return [i.operands[0]]
  },
  eval: { i in
    let n = i.attrs.int("n")
    let f = Elementwise(
      f32: { floatIntPow($0[0], n) }, f64: { floatIntPow($0[0], n) },
      i32: { wrappingIntPow($0[0], n) }, i64: { wrappingIntPow($0[0], n) })
    return [HostTensor(type: i.resultTypes[0], storage: f.run([i.operands[0].storage]))]
  },
  jvp: { c throws(BuildError) in
    // n x^(n-1)
    let n = c.attrs.int("n"), x = c.x(0)
    guard n != 0 else { return [nil] }
    let (m, overflow) = n.subtractingReportingOverflow(1)
    let power = n == 1 ? try c.const(1, like: x) : n == 2 ? x
      : !overflow ? try c.p("integer_pow", x, attrs: ["n": .int(m)])
      // n = Int.min (floats only): x^(n-1) as x^n * x^-1, without overflow.
      : try c.p("mul", c.p("integer_pow", x, attrs: ["n": .int(n)]), c.p("integer_pow", x, attrs: ["n": .int(-1)]))
    return [try c.mul(c.t(0), c.p("mul", power, c.const(Double(n), like: x)))]
  },
  batch: elementwiseBatch)

/// `select %pred, %on_true, %on_false`, pred i1 of the same shape.
private let selectOp = OpDef(
  "select", arity: .exactly(3),
  type: { i throws(RuleError) in
    let (p, a, b) = (i.operands[0], i.operands[1], i.operands[2])
    guard p.dtype == .i1 else { throw RuleError("'select' needs an i1 predicate, got \(p)", at: .operand(0)) }
    guard a == b else { throw RuleError("'select' needs branches of identical type, got \(a) and \(b)", at: .operand(2)) }
    guard p.shape == a.shape else {
      throw RuleError("'select' needs a predicate of the branches' shape \(a.with(dtype: .i1)), got \(p)", at: .operand(0))
    }
    return [a]
  },
  eval: { i in
    guard case .i1(let pred) = i.operands[0].storage else { return [i.operands[1]] }
    let idx = pred.indices.map { pred[$0] ? $0 : $0 + pred.count }
    let both = TensorStorage.concatenation([i.operands[1].storage, i.operands[2].storage], dtype: i.resultTypes[0].dtype)
    return [HostTensor(type: i.resultTypes[0], storage: both.gather(idx))]
  },
  jvp: { c throws(BuildError) in [try c.sameOp(OpRegistry["select"], keep: [0])] },
  transpose: { c throws(BuildError) in
    let p = try c.primal(0)
    let zero = try c.zeros(c.resultType)
    return [nil,
            c.linear[1] ? try c.p("select", p, c.ct, zero) : nil,
            c.linear[2] ? try c.p("select", p, zero, c.ct) : nil]
  },
  batch: elementwiseBatch)

/// `clamp %lo, %x, %hi` = min(max(x, lo), hi), all of one type.
private let clampOp = OpDef(
  "clamp", arity: .exactly(3),
  type: { i throws(RuleError) in
    try requireDType("clamp", i.operands[1], .floatOrInt, operand: 1)
    try requireSameTypes("clamp", i.operands)
    return [i.operands[1]]
  },
  eval: { i in
    let f = Elementwise(
      f32: { floatMin(floatMax($0[1], $0[0]), $0[2]) }, f64: { floatMin(floatMax($0[1], $0[0]), $0[2]) },
      i32: { Swift.min(Swift.max($0[1], $0[0]), $0[2]) }, i64: { Swift.min(Swift.max($0[1], $0[0]), $0[2]) })
    return [HostTensor(type: i.resultTypes[0], storage: f.run(i.operands.map(\.storage)))]
  },
  jvp: { c throws(BuildError) in
    // Each operand's derivative is 1 where it is the result strictly
    // (lo < x < hi for x, x < lo < hi for lo, x > hi for hi), else 0 (JAX).
    let (lo, x, hi) = (c.x(0), c.x(1), c.x(2))
    func masked(_ t: Value?, _ mask: Value, _ c: inout JVPContext) throws(BuildError) -> Value? {
      guard let t else { return nil }
      return try c.p("select", mask, t, c.zeros(like: x))
    }
    let inside = try c.p("and", c.p("lt", lo, x), c.p("lt", x, hi))
    let tx = try masked(c.t(1), inside, &c)
    let tlo = c.t(0) == nil ? nil : try masked(c.t(0), c.p("and", c.p("lt", x, lo), c.p("lt", lo, hi)), &c)
    let thi = c.t(2) == nil ? nil : try masked(c.t(2), c.p("gt", x, hi), &c)
    return [try c.add(c.add(tx, tlo), thi)]
  },
  batch: elementwiseBatch)

/// `convert %x : D[same shape]`.
private let convertOp = OpDef(
  "convert", arity: .exactly(1), typeIsInput: true,
  type: { i throws(RuleError) in
    let t = try writtenType(i)
    guard t.shape == i.operands[0].shape else {
      throw RuleError("'convert' keeps the shape: expected \(i.operands[0].with(dtype: t.dtype)), got \(t)", at: .resultType)
    }
    return [t]
  },
  eval: { i in [HostTensor(type: i.resultTypes[0], storage: convertStorage(i.operands[0].storage, to: i.resultTypes[0].dtype))] },
  jvp: { c throws(BuildError) in
    // Between floats the tangent converts too; to or from integers it is zero.
    guard c.type(c.x(0)).dtype.isFloat, c.type(c.y).dtype.isFloat else { return [nil] }
    return [try c.sameOp(OpRegistry["convert"])]
  },
  transpose: { c throws(BuildError) in [try c.p("convert", c.ct, type: c.operandTypes[0])] },
  batch: elementwiseBatch)

// MARK: - Element semantics

/// logistic(x) = 1/(1+exp(-x)), computed as 1/(1+t) for x >= 0 and t/(1+t)
/// for x < 0 with t = exp(-|x|), so that it does not become 0 where exp(-x)
/// overflows (x < -88.7 in f32): within the spec's bound on the whole domain.
func logistic<T: LibmFloat>(_ x: T) -> T {
  let t = T.mexp(-Swift.abs(x))
  return x >= 0 ? 1 / (1 + t) : t / (1 + t)
}

func floatSign<T: BinaryFloatingPoint>(_ x: T) -> T {
  if x.isNaN || x == 0 { return x }
  return x > 0 ? 1 : -1
}

/// max with NaN propagation and -0 < +0.
func floatMax<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
  if a.isNaN { return a }
  if b.isNaN { return b }
  if a == b { return a.sign == .minus ? b : a }
  return a > b ? a : b
}

/// min with NaN propagation and -0 < +0.
func floatMin<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
  if a.isNaN { return a }
  if b.isNaN { return b }
  if a == b { return a.sign == .minus ? a : b }
  return a < b ? a : b
}

/// C division that never traps: x/0 = -1, MIN/-1 = MIN.
func intDiv<T: FixedWidthInteger & SignedInteger>(_ a: T, _ b: T) -> T {
  if b == 0 { return -1 }
  if a == T.min && b == -1 { return T.min }
  return a / b
}

/// C remainder (dividend's sign) that never traps: x rem 0 = x, MIN rem -1 = 0.
func intRem<T: FixedWidthInteger & SignedInteger>(_ a: T, _ b: T) -> T {
  if b == 0 { return a }
  if b == -1 { return 0 }
  return a % b
}

func floatIntPow<T: BinaryFloatingPoint>(_ x: T, _ n: Int) -> T {
  var base = x
  var e = n.magnitude
  var acc: T = 1
  while e > 0 {
    if e & 1 == 1 { acc *= base }
    e >>= 1
    if e > 0 { base *= base }
  }
  return n < 0 ? 1 / acc : acc
}

func wrappingIntPow<T: FixedWidthInteger>(_ x: T, _ n: Int) -> T {
  var base = x
  var e = n.magnitude
  var acc: T = 1
  while e > 0 {
    if e & 1 == 1 { acc = acc &* base }
    e >>= 1
    if e > 0 { base = base &* base }
  }
  return acc
}

/// float -> int: toward zero, saturating, NaN -> 0.
func saturatingInt<T: FixedWidthInteger & SignedInteger>(_ x: Double, _: T.Type) -> T {
  if x.isNaN { return 0 }
  let t = x.rounded(.towardZero)
  let limit = Double(sign: .plus, exponent: T.bitWidth - 1, significand: 1)  // 2^(bits-1)
  if t >= limit { return T.max }
  if t < -limit { return T.min }
  return T(t)
}

/// The `convert` rules of spec section 4.
func convertStorage(_ s: TensorStorage, to d: DType) -> TensorStorage {
  switch (s, d) {
  case (.f32(let a), .f32): return .f32(a)
  case (.f32(let a), .f64): return .f64(a.map(Double.init))
  case (.f64(let a), .f32): return .f32(a.map { Float($0) })
  case (.f64(let a), .f64): return .f64(a)
  case (.f32(let a), .i32): return .i32(a.map { saturatingInt(Double($0), Int32.self) })
  case (.f32(let a), .i64): return .i64(a.map { saturatingInt(Double($0), Int64.self) })
  case (.f64(let a), .i32): return .i32(a.map { saturatingInt($0, Int32.self) })
  case (.f64(let a), .i64): return .i64(a.map { saturatingInt($0, Int64.self) })
  case (.f32(let a), .i1): return .i1(a.map { $0 != 0 })  // NaN != 0: true
  case (.f64(let a), .i1): return .i1(a.map { $0 != 0 })
  case (.i32(let a), .f32): return .f32(a.map { Float($0) })
  case (.i32(let a), .f64): return .f64(a.map { Double($0) })
  case (.i64(let a), .f32): return .f32(a.map { Float($0) })
  case (.i64(let a), .f64): return .f64(a.map { Double($0) })
  case (.i32(let a), .i32): return .i32(a)
  case (.i32(let a), .i64): return .i64(a.map { Int64($0) })
  case (.i64(let a), .i32): return .i32(a.map { Int32(truncatingIfNeeded: $0) })
  case (.i64(let a), .i64): return .i64(a)
  case (.i32(let a), .i1): return .i1(a.map { $0 != 0 })
  case (.i64(let a), .i1): return .i1(a.map { $0 != 0 })
  case (.i1(let a), .f32): return .f32(a.map { $0 ? 1 : 0 })
  case (.i1(let a), .f64): return .f64(a.map { $0 ? 1 : 0 })
  case (.i1(let a), .i32): return .i32(a.map { $0 ? 1 : 0 })
  case (.i1(let a), .i64): return .i64(a.map { $0 ? 1 : 0 })
  case (.i1(let a), .i1): return .i1(a)
  }
}
