/// The bit-level ops random numbers are made of (spec section 4, the
/// "random numbers" family of IR/README.md): integer shifts, a bit
/// reinterpretation between same-width types, and the inverse error function.
///
///     %s = shift_left %x, %n : i32[4]              // x << n; 0 when n ∉ [0, 32)
///     %l = shift_right_logical %x, %n : i32[4]     // zero fill; 0 when n ∉ [0, 32)
///     %a = shift_right_arithmetic %x, %n : i32[4]  // sign fill; 0 or -1 when n ∉ [0, 32)
///     %f = bitcast_convert %x : f32[4]             // i32[4] bits read as f32
///     %e = erf_inv %u : f32[4]                     // erf⁻¹ (Giles' approximation, as XLA)
///     %m = fma %a, %b, %c : f32[4]                 // a·b + c rounded once
///
/// Shift amounts are read as unsigned (StableHLO): a negative amount is a
/// shift by the bit width or more. All are elementwise; none is linear.

#if canImport(Glibc)
import Glibc
#endif

extension OpRegistry {
  static let bitOps: [OpDef] = [
    shift("shift_left", Elementwise(i32: { shiftLeft($0[0], $0[1]) }, i64: { shiftLeft($0[0], $0[1]) })),
    shift("shift_right_logical", Elementwise(
      i32: { shiftRightLogical($0[0], $0[1]) }, i64: { shiftRightLogical($0[0], $0[1]) })),
    shift("shift_right_arithmetic", Elementwise(
      i32: { shiftRightArithmetic($0[0], $0[1]) }, i64: { shiftRightArithmetic($0[0], $0[1]) })),
    bitcastConvertOp,
    erfInvOp,
    fmaOp,
  ]
}

// MARK: - Shifts

private func shift(_ name: String, _ f: Elementwise) -> OpDef {
  OpDef(name, arity: .exactly(2),
        type: { i throws(RuleError) in
          try requireDType(name, i.operands[0], .int)
          try requireSameTypes(name, i.operands)
          return [i.operands[0]]
        },
        eval: { i in [HostTensor(type: i.resultTypes[0], storage: f.run(i.operands.map(\.storage)))] },
        jvp: zeroJVP, batch: elementwiseBatch, class: .elementwise)
}

/// The amount as unsigned is below the bit width (StableHLO's in-range shift).
private func inRange<T: FixedWidthInteger & SignedInteger>(_ n: T) -> Bool {
  n >= 0 && n < T(T.bitWidth)
}

func shiftLeft<T: FixedWidthInteger & SignedInteger>(_ x: T, _ n: T) -> T {
  inRange(n) ? x << n : 0
}

func shiftRightLogical<T: FixedWidthInteger & SignedInteger>(_ x: T, _ n: T) -> T {
  guard inRange(n) else { return 0 }
  return T(truncatingIfNeeded: T.Magnitude(truncatingIfNeeded: x) >> T.Magnitude(n))
}

func shiftRightArithmetic<T: FixedWidthInteger & SignedInteger>(_ x: T, _ n: T) -> T {
  inRange(n) ? x >> n : (x < 0 ? -1 : 0)
}

// MARK: - bitcast_convert

/// `bitcast_convert %x : D[same shape]`: the bits of each element read as
/// `D`, between i32 and f32 or between i64 and f64 (`lax.bitcast_convert_type`
/// for equal widths). Zero derivative (as JAX: the bits of a float are not a
/// differentiable function of it).
private let bitcastConvertOp = OpDef(
  "bitcast_convert", arity: .exactly(1), typeIsInput: true,
  type: { i throws(RuleError) in
    let t = try writtenType(i), x = i.operands[0]
    guard t.shape == x.shape else {
      throw RuleError("'bitcast_convert' keeps the shape: expected \(x.with(dtype: t.dtype)), got \(t)", at: .resultType)
    }
    guard bitcastPartner(x.dtype) == t.dtype else {
      throw RuleError("'bitcast_convert' converts between i32 and f32 or between i64 and f64, got \(x) to \(t)", at: .resultType)
    }
    return [t]
  },
  eval: { i in [HostTensor(type: i.resultTypes[0], storage: bitcastStorage(i.operands[0].storage))] },
  jvp: zeroJVP, batch: elementwiseBatch, class: .elementwise, rereadsOperands: true)

/// The dtype of the same width and the other kind (nil for i1).
func bitcastPartner(_ d: DType) -> DType? {
  switch d {
  case .i32: return .f32
  case .f32: return .i32
  case .i64: return .f64
  case .f64: return .i64
  case .i1: return nil
  }
}

func bitcastStorage(_ s: TensorStorage) -> TensorStorage {
  switch s {
  case .i32(let a): return .f32(a.map { Float(bitPattern: UInt32(bitPattern: $0)) })
  case .f32(let a): return .i32(a.map { Int32(bitPattern: $0.bitPattern) })
  case .i64(let a): return .f64(a.map { Double(bitPattern: UInt64(bitPattern: $0)) })
  case .f64(let a): return .i64(a.map { Int64(bitPattern: $0.bitPattern) })
  case .i1: return s
  }
}

// MARK: - erf_inv

/// `erf_inv %x`: the inverse error function on [−1, 1] (±1 → ±inf, NaN
/// outside), f32 and f64. JVP: t · √π/2 · exp(erf_inv(x)²).
private let erfInvOp = OpDef(
  "erf_inv", arity: .exactly(1),
  type: { i throws(RuleError) in
    try requireDType("erf_inv", i.operands[0], .float)
    return [i.operands[0]]
  },
  eval: { i in
    [HostTensor(type: i.resultTypes[0], storage: Elementwise.float(erfInv, erfInv).run([i.operands[0].storage]))]
  },
  jvp: { c throws(BuildError) in
    let y = c.y
    let e = try c.b.exp(c.b.mul(y, y))
    return [try c.mul(c.t(0), c.b.mul(e, c.const(0.88622692545275801365, like: y)))]
  },
  batch: elementwiseBatch, class: .elementwise, math: MathFunction("log1p", vectorized: true))

/// erf⁻¹ by Mike Giles' polynomial approximations ("Approximating the erfinv
/// function", GPU Computing Gems, 2011), as XLA's `ErfInv32`/`ErfInv64` and
/// StableHLO's CHLO decomposition evaluate them (and so `jax.lax.erf_inv`):
/// w = −log1p(−x²), one polynomial in a shifted w (or √w) per range of w,
/// evaluated by Horner's rule in the element type with no fused
/// multiply-add, times x; ±1 gives ±inf. Codegen emits the same sequence
/// (ScalarOps.swift `erf_inv`), so interpreter and compiled code agree where
/// libm's log1p does.
public enum ErfInvPolynomials {
  /// f32: w < 5 uses w − 2.5, otherwise √w − 3.
  public static let f32Below5: [Double] = [
    2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
    -0.00125372503, -0.00417768164, 0.246640727, 1.50140941,
  ]
  public static let f32Above5: [Double] = [
    -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
    -0.0076224613, 0.00943887047, 1.00167406, 2.83297682,
  ]
  /// f64: w < 6.25 uses w − 3.125; w < 16 uses √w − 3.25; otherwise √w − 5.
  public static let f64Below6_25: [Double] = [
    -3.6444120640178196996e-21, -1.685059138182016589e-19, 1.2858480715256400167e-18,
    1.115787767802518096e-17, -1.333171662854620906e-16, 2.0972767875968561637e-17,
    6.6376381343583238325e-15, -4.0545662729752068639e-14, -8.1519341976054721522e-14,
    2.6335093153082322977e-12, -1.2975133253453532498e-11, -5.4154120542946279317e-11,
    1.051212273321532285e-09, -4.1126339803469836976e-09, -2.9070369957882005086e-08,
    4.2347877827932403518e-07, -1.3654692000834678645e-06, -1.3882523362786468719e-05,
    0.0001867342080340571352, -0.00074070253416626697512, -0.0060336708714301490533,
    0.24015818242558961693, 1.6536545626831027356,
  ]
  public static let f64Below16: [Double] = [
    2.2137376921775787049e-09, 9.0756561938885390979e-08, -2.7517406297064545428e-07,
    1.8239629214389227755e-08, 1.5027403968909827627e-06, -4.013867526981545969e-06,
    2.9234449089955446044e-06, 1.2475304481671778723e-05, -4.7318229009055733981e-05,
    6.8284851459573175448e-05, 2.4031110387097893999e-05, -0.0003550375203628474796,
    0.00095328937973738049703, -0.0016882755560235047313, 0.0024914420961078508066,
    -0.0037512085075692412107, 0.005370914553590063617, 1.0052589676941592334,
    3.0838856104922207635,
  ]
  public static let f64Above16: [Double] = [
    -2.7109920616438573243e-11, -2.5556418169965252055e-10, 1.5076572693500548083e-09,
    -3.7894654401267369937e-09, 7.6157012080783393804e-09, -1.4960026627149240478e-08,
    2.9147953450901080826e-08, -6.7711997758452339498e-08, 2.2900482228026654717e-07,
    -9.9298272942317002539e-07, 4.5260625972231537039e-06, -1.9681778105531670567e-05,
    7.5995277030017761139e-05, -0.00021503011930044477347, -0.00013871931833623122026,
    1.0103004648645343977, 4.8499064014085844221,
  ]

  /// The polynomial and the shifted argument for w (`sqrtW` = √w), by dtype.
  public static func piece(_ w: Double, isF32: Bool) -> (coefficients: [Double], useSqrt: Bool, shift: Double) {
    if isF32 { return w < 5 ? (f32Below5, false, 2.5) : (f32Above5, true, 3) }
    if w < 6.25 { return (f64Below6_25, false, 3.125) }
    return w < 16 ? (f64Below16, true, 3.25) : (f64Above16, true, 5)
  }
}

func erfInv<T: LibmFloat>(_ x: T) -> T {
  let w = -T.mlog1p(-(x * x))
  let isF32 = T.self == Float.self
  // A NaN w (|x| > 1 or NaN x) takes the last piece; the result is NaN either way.
  let (cs, useSqrt, shift) = ErfInvPolynomials.piece(Double(w), isF32: isF32)
  let arg = (useSqrt ? w.squareRoot() : w) - T(shift)
  var p = T(cs[0])
  for c in cs.dropFirst() { p = T(c) + p * arg }
  return Swift.abs(x) == 1 ? x * T.infinity : p * x
}

// MARK: - fma

/// `fma %a, %b, %c`: a·b + c with one rounding (IEEE fusedMultiplyAdd),
/// floats of one type. `jax.random.uniform` scales by `x·(max−min) + min`,
/// which XLA's CPU backend contracts into one fused multiply-add: the
/// random-number library uses `fma` to give the same bits. JVP:
/// ta·b + a·tb + tc (built of `mul` and `add`, so reverse mode never meets
/// `fma` on tangents).
private let fmaOp = OpDef(
  "fma", arity: .exactly(3),
  type: { i throws(RuleError) in
    try requireDType("fma", i.operands[0], .float)
    try requireSameTypes("fma", i.operands)
    return [i.operands[0]]
  },
  eval: { i in
    let f = Elementwise(f32: { $0[2].addingProduct($0[0], $0[1]) }, f64: { $0[2].addingProduct($0[0], $0[1]) })
    return [HostTensor(type: i.resultTypes[0], storage: f.run(i.operands.map(\.storage)))]
  },
  jvp: { c throws(BuildError) in
    let ta = try c.mul(c.t(0), c.x(1)), tb = try c.mul(c.t(1), c.x(0))
    return [try c.add(c.add(ta, tb), c.t(2))]
  },
  batch: elementwiseBatch, class: .elementwise)
