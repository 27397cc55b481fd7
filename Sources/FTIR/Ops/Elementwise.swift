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
    unaryFloat("exp", Float.mexp, Double.mexp, math: .exp) { c throws(BuildError) in [try c.mul(c.t(0), c.y)] },
    unaryFloat("log", Float.mlog, Double.mlog, math: MathFunction("log", vectorized: true)) { c throws(BuildError) in [try c.div(c.t(0), c.x(0))] },
    unaryFloat("log1p", Float.mlog1p, Double.mlog1p, math: MathFunction("log1p", vectorized: true)) { c throws(BuildError) in
      [try c.div(c.t(0), c.b.add(c.x(0), c.const(1, like: c.x(0))))]
    },
    unaryFloat("expm1", Float.mexpm1, Double.mexpm1, math: MathFunction("expm1", vectorized: true)) { c throws(BuildError) in
      [try c.mul(c.t(0), c.b.add(c.y, c.const(1, like: c.y)))]
    },
    unaryFloat("sqrt", { $0.squareRoot() }, { $0.squareRoot() }) { c throws(BuildError) in
      [try c.div(c.t(0), c.b.add(c.y, c.y))]  // t / (2 sqrt x)
    },
    unaryFloat("rsqrt", { 1 / $0.squareRoot() }, { 1 / $0.squareRoot() }) { c throws(BuildError) in
      // d/dx x^(-1/2) = -y / (2x)
      [try c.mul(c.t(0), c.b.div(c.b.mul(c.y, c.const(-0.5, like: c.y)), c.x(0)))]
    },
    unaryFloat("sin", Float.msin, Double.msin, math: MathFunction("sin", vectorized: true)) { c throws(BuildError) in [try c.mul(c.t(0), c.b.cos(c.x(0)))] },
    unaryFloat("cos", Float.mcos, Double.mcos, math: MathFunction("cos", vectorized: true)) { c throws(BuildError) in
      [try c.mul(c.t(0), c.b.neg(c.b.sin(c.x(0))))]
    },
    unaryFloat("tan", Float.mtan, Double.mtan, math: MathFunction("tan", vectorized: true)) { c throws(BuildError) in
      [try c.mul(c.t(0), c.b.add(c.const(1, like: c.y), c.b.mul(c.y, c.y)))]  // 1 + tan²x
    },
    unaryFloat("tanh", Float.mtanh, Double.mtanh, math: MathFunction("tanh", vectorized: true)) { c throws(BuildError) in
      [try c.mul(c.t(0), c.b.sub(c.const(1, like: c.y), c.b.mul(c.y, c.y)))]
    },
    unaryFloat("logistic", logistic, logistic) { c throws(BuildError) in
      [try c.mul(c.t(0), c.b.mul(c.y, c.b.sub(c.const(1, like: c.y), c.y)))]
    },
    unaryFloat("erf", Float.merf, Double.merf, math: MathFunction("erf", vectorized: true)) { c throws(BuildError) in
      // 2/sqrt(pi) exp(-x^2)
      let x = c.x(0)
      let e = try c.b.exp(c.b.neg(c.b.mul(x, x)))
      return [try c.mul(c.t(0), c.b.mul(e, c.const(1.1283791670955126, like: x)))]
    },
    unaryFloat("floor", { $0.rounded(.down) }, { $0.rounded(.down) }, jvp: zeroJVP),
    unaryFloat("ceil", { $0.rounded(.up) }, { $0.rounded(.up) }, jvp: zeroJVP),
    // Unary, float or int.
    elementwise("neg", .floatOrInt, arity: 1, Elementwise(
      f32: { -$0[0] }, f64: { -$0[0] }, i32: { 0 &- $0[0] }, i64: { 0 &- $0[0] }),
      linearity: .jointly(nil),
      simplify: SimplifyRules(identity: { op, _, c in
        guard let p = c.producer(op.operands[0]), p.def === op.def else { return nil }
        return p.operands[0]  // neg(neg x) = x
      }),
      jvp: { c throws(BuildError) in [try c.neg(c.t(0))] },
      transpose: { c throws(BuildError) in [try c.b.neg(c.ct)] }),
    elementwise("abs", .floatOrInt, arity: 1, Elementwise(
      f32: { Swift.abs($0[0]) }, f64: { Swift.abs($0[0]) },
      i32: { $0[0] < 0 ? 0 &- $0[0] : $0[0] }, i64: { $0[0] < 0 ? 0 &- $0[0] : $0[0] }),
      jvp: { c throws(BuildError) in
        // Derivative 1 at ±0 (x >= 0 holds for -0).
        let x = c.x(0)
        let s = try c.b.select(c.b.ge(x, c.zeros(like: x)), c.const(1, like: x), c.const(-1, like: x))
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
      linearity: .jointly(nil),
      simplify: SimplifyRules(identity: { op, _, c in
        // x + (-0.0) = x exactly; x + (+0.0) is not (-0 + +0 = +0). Integer x + 0.
        let xs = op.operands
        let exactZero: (Value) -> Bool = { x in c.type(x).dtype.isFloat ? c.isSplat(x, 0, signMinus: true) : c.isSplat(x, 0) }
        if exactZero(xs[1]) { return xs[0] }
        if exactZero(xs[0]) { return xs[1] }
        return nil
      }),
      jvp: { c throws(BuildError) in [try c.add(c.t(0), c.t(1))] },
      transpose: { c throws(BuildError) in [c.ct, c.ct] }),
    elementwise("sub", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] - $0[1] }, f64: { $0[0] - $0[1] }, i32: { $0[0] &- $0[1] }, i64: { $0[0] &- $0[1] }),
      linearity: .jointly(nil),
      simplify: SimplifyRules(identity: { op, _, c in
        // x - (+0.0) = x exactly (x - (-0.0) is not: -0 - -0 = +0).
        let xs = op.operands
        return c.isSplat(xs[1], 0, signMinus: c.type(xs[1]).dtype.isFloat ? false : nil) ? xs[0] : nil
      }),
      jvp: { c throws(BuildError) in [try c.sub(c.t(0), c.t(1))] },
      transpose: { c throws(BuildError) in [c.ct, c.linear[1] ? try c.b.neg(c.ct) : nil] }),
    elementwise("mul", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] * $0[1] }, f64: { $0[0] * $0[1] }, i32: { $0[0] &* $0[1] }, i64: { $0[0] &* $0[1] }),
      linearity: .separately(nil),
      simplify: SimplifyRules(identity: { op, rt, c in
        let xs = op.operands
        if c.isSplat(xs[1], 1) && c.type(xs[0]) == rt { return xs[0] }
        if c.isSplat(xs[0], 1) && c.type(xs[1]) == rt { return xs[1] }
        return nil
      }),
      jvp: { c throws(BuildError) in [try c.add(c.mul(c.t(0), c.x(1)), c.mul(c.t(1), c.x(0)))] },
      transpose: { c throws(BuildError) in
        guard !(c.linear[0] && c.linear[1]) else { throw BuildError("internal error: mul of two tangents is not linear") }
        return c.linear[0] ? [try c.b.mul(c.ct, c.primal(1)), nil] : [nil, try c.b.mul(c.primal(0), c.ct)]
      }),
    elementwise("div", .floatOrInt, arity: 2, Elementwise(
      f32: { $0[0] / $0[1] }, f64: { $0[0] / $0[1] }, i32: { intDiv($0[0], $0[1]) }, i64: { intDiv($0[0], $0[1]) }),
      linearity: .separately([0]),
      simplify: SimplifyRules(identity: { op, _, c in c.isSplat(op.operands[1], 1) ? op.operands[0] : nil }),
      jvp: { c throws(BuildError) in
        // t0 / b - t1 * (y / b)
        let b = c.x(1)
        let q = c.t(1) == nil ? nil : try c.b.neg(c.b.div(c.y, b))
        return [try c.add(c.div(c.t(0), b), q.map { q throws(BuildError) in try c.b.mul(c.t(1)!, q) })]
      },
      transpose: { c throws(BuildError) in
        guard !c.linear[1] else { throw BuildError("internal error: division by a tangent is not linear") }
        return [try c.b.div(c.ct, c.primal(1)), nil]
      }),
    elementwise("rem", .floatOrInt, arity: 2, Elementwise(
      f32: { Float.mfmod($0[0], $0[1]) }, f64: { Double.mfmod($0[0], $0[1]) },
      i32: { intRem($0[0], $0[1]) }, i64: { intRem($0[0], $0[1]) }),
      jvp: { c throws(BuildError) in
        // d/dx = 1, d/dy = -trunc(x / y)
        guard c.t(1) != nil else { return [c.t(0)] }
        let q = try c.b.div(c.x(0), c.x(1))
        let trunc = try c.b.mul(c.b.sign(q), c.b.floor(c.b.abs(q)))
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
      math: MathFunction("pow", vectorized: true),
      jvp: { c throws(BuildError) in
        let (x, y) = (c.x(0), c.x(1))
        var dx: Value? = nil, dy: Value? = nil
        if c.t(0) != nil {
          // y * x^(y-1), and 0 where y == 0 (as JAX)
          let g = try c.b.mul(y, c.b.pow(x, c.b.sub(y, c.const(1, like: y))))
          dx = try c.mul(c.t(0), c.b.select(c.b.eq(y, c.zeros(like: y)), c.zeros(like: y), g))
        }
        if c.t(1) != nil {
          // log(x) * x^y, with log(1) = 0 in place of log(0) (as JAX)
          let safe = try c.b.select(c.b.eq(x, c.zeros(like: x)), c.const(1, like: x), x)
          dy = try c.mul(c.t(1), c.b.mul(c.b.log(safe), c.y))
        }
        return [try c.add(dx, dy)]
      }),
    elementwise("atan2", .float, arity: 2, Elementwise(
      f32: { Float.matan2($0[0], $0[1]) }, f64: { Double.matan2($0[0], $0[1]) }),
      math: MathFunction("atan2", vectorized: true),
      jvp: { c throws(BuildError) in
        // atan2(a, b): d/da = b / (a^2 + b^2), d/db = -a / (a^2 + b^2)
        let (a, b) = (c.x(0), c.x(1))
        let d = try c.b.add(c.b.mul(a, a), c.b.mul(b, b))
        let da = c.t(0) == nil ? nil : try c.mul(c.t(0), c.b.div(b, d))
        let db = c.t(1) == nil ? nil : try c.mul(c.t(1), c.b.div(c.b.neg(a), d))
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
          eval: { i in [i.operands[0]] }, jvp: zeroJVP, batch: elementwiseBatch,
          class: .elementwise, rereadsOperands: true,
          simplify: SimplifyRules(valueIdentity: { op, _, _ in op.operands[0] })),
  ]
}

extension MathFunction {
  /// exp, also used by the lowering of `logistic`.
  public static let exp = MathFunction("exp", vectorized: true)
}

// MARK: - Family constructors

/// An elementwise op whose operands all have the same type as the result.
private func elementwise(_ name: String, _ cls: DTypeClass, arity: Int, _ f: Elementwise,
                         linearity: Linearity = .nonlinear, math: MathFunction? = nil,
                         simplify: SimplifyRules = SimplifyRules(),
                         jvp: JVPRule? = nil, transpose: TransposeRule? = nil) -> OpDef {
  OpDef(name, arity: .exactly(arity),
        type: { i throws(RuleError) in
          try requireDType(name, i.operands[0], cls)
          try requireSameTypes(name, i.operands)
          return [i.operands[0]]
        },
        eval: { i in [HostTensor(type: i.resultTypes[0], storage: f.run(i.operands.map(\.storage)))] },
        jvp: jvp, transpose: transpose, batch: elementwiseBatch,
        class: .elementwise, linearity: linearity, math: math, simplify: simplify)
}

private func unaryFloat(_ name: String, _ f: @escaping @Sendable (Float) -> Float,
                        _ g: @escaping @Sendable (Double) -> Double, math: MathFunction? = nil,
                        jvp: @escaping JVPRule) -> OpDef {
  elementwise(name, .float, arity: 1, .float(f, g), math: math, jvp: jvp)
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
        jvp: zeroJVP, batch: elementwiseBatch, class: .elementwise)
}

/// max/min: the derivative goes to the operand that is the result; ties
/// split it evenly (JAX's convention).
private let minMaxJVP: JVPRule = { c throws(BuildError) in
  let (a, b, y) = (c.x(0), c.x(1), c.y)
  let half = try c.const(0.5, like: y), one = try c.const(1, like: y), zero = try c.zeros(like: y)
  func share(_ mine: Value, _ other: Value, _ c: inout JVPContext) throws(BuildError) -> Value {
    let tie = try c.b.select(c.b.eq(other, y), half, one)
    return try c.b.select(c.b.eq(mine, y), tie, zero)
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
      : !overflow ? try c.b.integerPow(x, m)
      // n = Int.min (floats only): x^(n-1) as x^n * x^-1, without overflow.
      : try c.b.mul(c.b.integerPow(x, n), c.b.integerPow(x, -1))
    return [try c.mul(c.t(0), c.b.mul(power, c.const(Double(n), like: x)))]
  },
  batch: elementwiseBatch, class: .elementwise)

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
  jvp: { c throws(BuildError) in [try c.sameOp(selectOp, keep: [0])] },
  transpose: { c throws(BuildError) in
    let p = try c.primal(0)
    let zero = try c.zeros(c.resultType)
    return [nil,
            c.linear[1] ? try c.b.select(p, c.ct, zero) : nil,
            c.linear[2] ? try c.b.select(p, zero, c.ct) : nil]
  },
  batch: elementwiseBatch, class: .elementwise, linearity: .jointly([1, 2]),
  simplify: SimplifyRules(identity: { op, _, _ in op.operands[1] == op.operands[2] ? op.operands[1] : nil }))

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
      return try c.b.select(mask, t, c.zeros(like: x))
    }
    let inside = try c.b.and(c.b.lt(lo, x), c.b.lt(x, hi))
    let tx = try masked(c.t(1), inside, &c)
    let tlo = c.t(0) == nil ? nil : try masked(c.t(0), c.b.and(c.b.lt(x, lo), c.b.lt(lo, hi)), &c)
    let thi = c.t(2) == nil ? nil : try masked(c.t(2), c.b.gt(x, hi), &c)
    return [try c.add(c.add(tx, tlo), thi)]
  },
  batch: elementwiseBatch, class: .elementwise)

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
    return [try c.sameOp(convertOp)]
  },
  transpose: { c throws(BuildError) in [try c.b.convert(c.ct, to: c.operandTypes[0].dtype)] },
  batch: elementwiseBatch,
  // Linear between floats (the JVP rule gives no tangent to or from integers).
  class: .elementwise, linearity: .jointly(nil), rereadsOperands: true,
  simplify: SimplifyRules(identity: { op, rt, c in c.type(op.operands[0]) == rt ? op.operands[0] : nil }))

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

extension HostTensor {
  /// This tensor converted to `dtype` by `convert`'s rules (float narrowing
  /// rounds to nearest, float to integer truncates and saturates).
  public func converted(to dtype: DType) -> HostTensor {
    HostTensor(type: type.with(dtype: dtype), storage: convertStorage(storage, to: dtype))
  }
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
