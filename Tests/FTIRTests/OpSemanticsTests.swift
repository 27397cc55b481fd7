import Testing
@testable import FTIR

// Reference semantics of every operation (spec section 4), called directly
// through `OpDef.evaluate` after the op's type rule. Expected values are
// computed by hand (a few larger ones, marked, were checked with numpy);
// exact cases compare bit for bit, so -0 and +0 differ and any NaN matches
// any NaN. `everyOpHasSemanticsCases` fails when an op of `OpRegistry.all`
// (other than `call`, which the interpreter runs) has no case here.

// MARK: - Tensor builders

func F(_ v: [Float], _ s: [Int]? = nil) -> HostTensor { HostTensor(v, shape: s ?? [v.count]) }
func D(_ v: [Double], _ s: [Int]? = nil) -> HostTensor { HostTensor(v, shape: s ?? [v.count]) }
func I(_ v: [Int32], _ s: [Int]? = nil) -> HostTensor { HostTensor(v, shape: s ?? [v.count]) }
func L(_ v: [Int64], _ s: [Int]? = nil) -> HostTensor { HostTensor(v, shape: s ?? [v.count]) }
func B(_ v: [Bool], _ s: [Int]? = nil) -> HostTensor { HostTensor(v, shape: s ?? [v.count]) }

let nan = Double.nan, inf = Double.infinity
let fnan = Float.nan, finf = Float.infinity
let imin = Int32.min, imax = Int32.max, lmin = Int64.min, lmax = Int64.max
let e = 2.718281828459045, pi = Double.pi

struct SemCase: Sendable, CustomTestStringConvertible {
  var op: String
  var inputs: [HostTensor]
  var attrs: [String: Attr]
  var written: [TensorType]
  var expected: HostTensor
  /// nil: bit-exact; else the relative tolerance.
  var tolerance: Double?
  var note: String
  var line: Int

  var testDescription: String { "\(op) \(note) [line \(line)]" }
}

private func sem(_ op: String, _ inputs: [HostTensor], _ attrs: [String: Attr] = [:], written: [TensorType] = [],
                 _ expected: HostTensor, tol: Double? = nil, _ note: String = "", line: Int = #line) -> SemCase {
  SemCase(op: op, inputs: inputs, attrs: attrs, written: written, expected: expected, tolerance: tol, note: note, line: line)
}

private func sem(_ op: String, _ inputs: [HostTensor], written: [TensorType] = [],
                 _ expected: HostTensor, tol: Double? = nil, _ note: String = "", line: Int = #line) -> SemCase {
  SemCase(op: op, inputs: inputs, attrs: [:], written: written, expected: expected, tolerance: tol, note: note, line: line)
}

/// Runs the type rule, then the reference semantics.
func evaluateOp(_ op: String, _ inputs: [HostTensor], _ attrs: [String: Attr] = [:], written: [TensorType] = []) throws -> [HostTensor] {
  guard let def = OpRegistry.lookup(op), let eval = def.evaluate else { throw RuleError("no op \(op)") }
  let a = Attributes(attrs)
  let types = try def.inferTypes(TypeRuleInput(operands: inputs.map(\.type), attrs: a, written: written))
  let out = eval(EvalInput(operands: inputs, attrs: a, resultTypes: types))
  #expect(out.map(\.type) == types, "'\(op)' gives values of other types than its rule")
  return out
}

func close(_ got: HostTensor, _ want: HostTensor, tol: Double) -> Bool {
  guard got.type == want.type else { return false }
  for (a, b) in zip(got.doubles, want.doubles) {
    if a.isNaN || b.isNaN { if a.isNaN != b.isNaN { return false } else { continue } }
    if a == b { continue }  // infinities, exact values
    if abs(a - b) > tol * max(abs(b), 1e-300) { return false }
  }
  return true
}

// MARK: - The table

enum SemTable {
  static var unaryMath: [SemCase] {
    [
      sem("exp", [D([0, -0.0, 1, -1, -inf, inf, nan])], D([1, 1, e, 1 / e, 0, inf, nan]), tol: 1e-15),
      sem("exp", [F([0, 1, -200])], F([1, 2.7182817, 0]), tol: 1e-6, "f32"),
      sem("log", [D([1, e, 0, -0.0, -1, inf, nan])], D([0, 1, -inf, -inf, nan, inf, nan]), tol: 1e-15),
      sem("log", [F([1, 0])], F([0, -finf]), "f32"),
      sem("log1p", [D([0, -0.0, 1e-20, -1, e - 1, -2])], D([0, -0.0, 1e-20, -inf, 1, nan]), tol: 1e-15),
      sem("expm1", [D([0, -0.0, 1e-20, -inf, 1, inf])], D([0, -0.0, 1e-20, -1, e - 1, inf]), tol: 1e-15),
      sem("sqrt", [D([4, 0, -0.0, -1, inf, 2])], D([2, 0, -0.0, nan, inf, 1.4142135623730951])),
      sem("sqrt", [F([9, -0.0])], F([3, -0.0]), "f32"),
      sem("rsqrt", [D([4, 0.25, 0, -0.0, inf, -1])], D([0.5, 2, inf, -inf, 0, nan])),
      sem("sin", [D([0, -0.0, pi / 2, pi / 6, inf])], D([0, -0.0, 1, 0.5, nan]), tol: 1e-15),
      sem("cos", [D([0, pi, pi / 3, nan])], D([1, -1, 0.5, nan]), tol: 1e-15),
      sem("tan", [D([0, -0.0, pi / 4, 1, -0.5, inf, -inf, nan])],
          D([0, -0.0, 1, 1.5574077246549023, -0.5463024898437905, nan, nan, nan]), tol: 1e-15),
      sem("tan", [F([0.5, -0.0])], F([0.5463025, -0.0]), tol: 1e-6, "f32"),
      sem("tanh", [D([0, -0.0, inf, -inf, 0.5, 30])], D([0, -0.0, 1, -1, 0.46211715726000974, 1]), tol: 1e-15),
      sem("logistic", [D([0, inf, -inf, 2, -800, 800, nan])], D([0.5, 1, 0, 0.8807970779778823, 0, 1, nan]), tol: 1e-15),
      sem("logistic", [F([0, 1, -200])], F([0.5, 0.7310586, 0]), tol: 1e-6, "f32"),
      sem("erf", [D([0, -0.0, 1, -1, 0.5, inf, -inf, nan])],
          D([0, -0.0, 0.8427007929497149, -0.8427007929497149, 0.5204998778130465, 1, -1, nan]), tol: 1e-15),
      sem("floor", [D([-1.5, 1.5, -0.0, 2, -0.5, 0.5, inf, nan])], D([-2, 1, -0.0, 2, -1, 0, inf, nan])),
      sem("floor", [F([-1.5, 3.7])], F([-2, 3]), "f32"),
      sem("ceil", [D([-1.5, 1.5, -0.0, -0.5, 0.5, -inf])], D([-1, 2, -0.0, -0.0, 1, -inf])),
      sem("ceil", [F([-1.5, 3.2])], F([-1, 4]), "f32"),
    ]
  }

  static var unary: [SemCase] {
    [
      sem("neg", [D([1, -0.0, 0, inf, nan])], D([-1, 0, -0.0, -inf, nan])),
      sem("neg", [F([2.5])], F([-2.5]), "f32"),
      sem("neg", [I([imin, 5, 0, imax])], I([imin, -5, 0, imin + 1]), "wraps"),
      sem("neg", [L([lmin, 5])], L([lmin, -5]), "wraps"),
      sem("abs", [D([-2, -0.0, 0, -inf, nan])], D([2, 0, 0, inf, nan])),
      sem("abs", [F([-2])], F([2]), "f32"),
      sem("abs", [I([imin, -3, 3])], I([imin, 3, 3]), "wraps"),
      sem("abs", [L([lmin, -3])], L([lmin, 3]), "wraps"),
      sem("sign", [D([-2, -0.0, 0, 3, nan, -inf, inf, Double.leastNonzeroMagnitude])], D([-1, -0.0, 0, 1, nan, -1, 1, 1]), "sign(±0)=±0, sign(NaN)=NaN"),
      sem("sign", [F([-0.0, 0, -7, fnan])], F([-0.0, 0, -1, fnan]), "f32"),
      sem("sign", [I([-5, 0, 7, imin])], I([-1, 0, 1, -1])),
      sem("sign", [L([lmin, 0, lmax])], L([-1, 0, 1])),
      sem("is_finite", [D([1, inf, -inf, nan, -0.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308])], B([true, false, false, false, true, true, true])),
      sem("is_finite", [F([finf, 1, fnan], [3, 1])], B([false, true, false], [3, 1]), "f32"),
      sem("not", [I([0, -1, 5])], I([-1, 0, -6])),
      sem("not", [L([0, lmin])], L([-1, lmax])),
      sem("not", [B([true, false])], B([false, true])),
      sem("stop_gradient", [D([1, -0.0, nan])], D([1, -0.0, nan])),
      sem("stop_gradient", [B([true], [1, 1])], B([true], [1, 1])),
    ]
  }

  static var integerPow: [SemCase] {
    [
      sem("integer_pow", [D([2, -2, 0.5, nan, 0, -0.0])], ["n": .int(3)], D([8, -8, 0.125, nan, 0, -0.0])),
      sem("integer_pow", [D([2, nan, 0, inf])], ["n": .int(0)], D([1, 1, 1, 1]), "x^0 = 1"),
      sem("integer_pow", [D([2, -4, 0, -0.0, inf])], ["n": .int(-2)], D([0.25, 0.0625, inf, inf, 0]), "negative n on floats"),
      sem("integer_pow", [D([-0.0, 4])], ["n": .int(-1)], D([-inf, 0.25])),
      sem("integer_pow", [D([3])], ["n": .int(1)], D([3])),
      sem("integer_pow", [F([3, -1.5])], ["n": .int(2)], F([9, 2.25]), "f32"),
      sem("integer_pow", [F([10])], ["n": .int(39)], F([finf]), "f32 overflow"),
      sem("integer_pow", [I([2, -2, 3, 7, 0])], ["n": .int(31)], I([imin, imin, 1_264_544_299, 265_001_655, 0]), "wraps (3^31, 7^31 mod 2^32 from Python)"),
      sem("integer_pow", [I([0, -3])], ["n": .int(0)], I([1, 1])),
      sem("integer_pow", [L([3, 7, -1])], ["n": .int(40)], L([-6_289_078_614_652_622_815, -6_212_923_193_149_656_639, 1]), "wraps (3^40, 7^40 mod 2^64 from Python)"),
      sem("integer_pow", [L([-2])], ["n": .int(63)], L([lmin])),
    ]
  }

  static var binary: [SemCase] {
    [
      sem("add", [D([1, 0.1, -0.0, -0.0, inf, inf, nan]), D([2, 0.2, -0.0, 0, -inf, 1, 1])], D([3, 0.30000000000000004, -0.0, 0, nan, inf, nan])),
      sem("add", [F([1.5, 16_777_216]), F([2.25, 1])], F([3.75, 16_777_216]), "f32 rounding"),
      sem("add", [I([imax, -1, imin]), I([1, 1, -1])], I([imin, 0, imax]), "wraps"),
      sem("add", [L([lmax]), L([1])], L([lmin]), "wraps"),
      sem("sub", [D([5, 0, -0.0, inf]), D([3, 0, 0, inf])], D([2, 0, -0.0, nan])),
      sem("sub", [I([imin, 0]), I([1, imin])], I([imax, imin]), "wraps"),
      sem("sub", [L([lmin]), L([1])], L([lmax]), "wraps"),
      sem("sub", [F([1]), F([0.25])], F([0.75]), "f32"),
      sem("mul", [D([2, -0.0, inf, 1e308, -3]), D([3, 5, 0, 10, -0.0])], D([6, -0.0, nan, inf, 0])),
      sem("mul", [I([65536, imin, -3]), I([65536, -1, 5])], I([0, imin, -15]), "wraps"),
      sem("mul", [L([1 << 32, lmin]), L([1 << 32, -1])], L([0, lmin]), "wraps"),
      sem("mul", [F([1.5]), F([-2])], F([-3]), "f32"),
      sem("div", [D([1, 1, -1, 0, 6, inf, 1]), D([0, -0.0, 0, 0, 4, inf, 3])], D([inf, -inf, -inf, nan, 1.5, nan, 1.0 / 3])),
      sem("div", [F([1]), F([4])], F([0.25]), "f32"),
      sem("div", [I([7, -7, 7, -7, 5, 0, -5, imin, imin]), I([2, 2, -2, -2, 0, 0, 0, -1, 1])],
          I([3, -3, -3, 3, -1, -1, -1, imin, imin]), "truncates; x/0 = -1; MIN/-1 = MIN"),
      sem("div", [L([7, -7, 3, lmin, lmin]), L([2, 2, 0, -1, 2])], L([3, -3, -1, lmin, lmin / 2]), "truncates; x/0 = -1; MIN/-1 = MIN"),
      sem("rem", [D([5.5, -5.5, 5.5, 1, inf, 3, -0.0, 7]), D([2, 2, -2, 0, 2, inf, 1, -0.0])], D([1.5, -1.5, 1.5, nan, nan, 3, -0.0, nan]), "fmod"),
      sem("rem", [F([5.5, -1]), F([2, 3])], F([1.5, -1]), "f32 fmod"),
      sem("rem", [I([7, -7, 7, -7, 5, -5, imin, imin, 0]), I([2, 2, -2, -2, 0, 0, -1, 3, 3])], I([1, -1, 1, -1, 5, -5, 0, -2, 0]),
          "dividend's sign; x rem 0 = x; MIN rem -1 = 0"),
      sem("rem", [L([lmin, -9, 9]), L([-1, 0, 4])], L([0, -9, 1]), "MIN rem -1 = 0; x rem 0 = x"),
      sem("max", [D([1, nan, 2, -0.0, 0, -inf, 3]), D([2, 1, nan, 0, -0.0, -inf, nan])], D([2, nan, nan, 0, 0, -inf, nan]), "NaN propagates; -0 < +0"),
      sem("max", [F([-0.0, fnan]), F([0, 1])], F([0, fnan]), "f32"),
      sem("max", [I([-1, 5, imin]), I([3, 2, imax])], I([3, 5, imax])),
      sem("max", [L([lmin, 4]), L([0, -4])], L([0, 4])),
      sem("min", [D([1, nan, 2, -0.0, 0, inf]), D([2, 1, nan, 0, -0.0, inf])], D([1, nan, nan, -0.0, -0.0, inf]), "NaN propagates; -0 < +0"),
      sem("min", [F([0, 1]), F([-0.0, fnan])], F([-0.0, fnan]), "f32"),
      sem("min", [I([-1, 5]), I([3, 2])], I([-1, 2])),
      sem("min", [L([lmin, lmax]), L([0, 0])], L([lmin, 0])),
      sem("pow", [D([2, 2, 0, -8, 4, -1, 1, 0, nan]), D([10, -1, 0, 1.0 / 3, 0.5, inf, nan, -1, 0])], D([1024, 0.5, 1, nan, 2, 1, 1, inf, 1])),
      sem("pow", [F([2, 9]), F([3, 0.5])], F([8, 3]), "f32"),
      sem("atan2", [D([1, 0, 0, -0.0, 1, -1]), D([1, -1, 1, -1, 0, -1])], D([pi / 4, pi, 0, -pi, pi / 2, -3 * pi / 4]), tol: 1e-15),
      sem("atan2", [F([1]), F([1])], F([0.7853982]), tol: 1e-6, "f32"),
      sem("and", [I([12, -1, imin]), I([10, 5, -1])], I([8, 5, imin])),
      sem("and", [L([lmin | 3]), L([-2])], L([lmin | 2])),
      sem("and", [B([true, true, false, false]), B([true, false, true, false])], B([true, false, false, false])),
      sem("or", [I([12, 0]), I([10, imin])], I([14, imin])),
      sem("or", [L([1 << 40]), L([1])], L([(1 << 40) | 1])),
      sem("or", [B([true, true, false, false]), B([true, false, true, false])], B([true, true, true, false])),
      sem("xor", [I([12, -1]), I([10, 5])], I([6, -6])),
      sem("xor", [L([lmax]), L([-1])], L([lmin])),
      sem("xor", [B([true, true, false, false]), B([true, false, true, false])], B([false, true, true, false])),
    ]
  }

  static var compares: [SemCase] {
    // Floats: IEEE (NaN unordered, -0 == +0).
    let x = D([1, nan, -0.0, 2, inf, 1]), y = D([1, nan, 0, 1, inf, nan])
    // i1: false < true.
    let p = B([false, false, true, true]), q = B([false, true, false, true])
    // i64 compares are exact beyond 2^53.
    let big = L([lmax, lmin, 3]), big2 = L([lmax - 1, lmin + 1, 3])
    return [
      sem("eq", [x, y], B([true, false, true, false, true, false])),
      sem("ne", [x, y], B([false, true, false, true, false, true])),
      sem("lt", [x, y], B([false, false, false, false, false, false])),
      sem("le", [x, y], B([true, false, true, false, true, false])),
      sem("gt", [x, y], B([false, false, false, true, false, false])),
      sem("ge", [x, y], B([true, false, true, true, true, false])),
      sem("eq", [p, q], B([true, false, false, true]), "i1"),
      sem("ne", [p, q], B([false, true, true, false]), "i1"),
      sem("lt", [p, q], B([false, true, false, false]), "i1: false < true"),
      sem("le", [p, q], B([true, true, false, true]), "i1"),
      sem("gt", [p, q], B([false, false, true, false]), "i1"),
      sem("ge", [p, q], B([true, false, true, true]), "i1"),
      sem("gt", [big, big2], B([true, false, false]), "i64"),
      sem("lt", [big, big2], B([false, true, false]), "i64"),
      sem("eq", [big, big2], B([false, false, true]), "i64"),
      sem("lt", [I([1, imin, 3], [3, 1]), I([2, imax, 3], [3, 1])], B([true, true, false], [3, 1]), "i32"),
      sem("ge", [F([1, fnan, 2]), F([2, fnan, 2])], B([false, false, true]), "f32"),
      sem("eq", [D([], [0, 2]), D([], [0, 2])], B([], [0, 2]), "zero-size"),
    ]
  }

  static var selectClampConvert: [SemCase] {
    [
      sem("select", [B([true, false, true]), D([1, 2, 3]), D([4, 5, 6])], D([1, 5, 3])),
      sem("select", [B([false, true], [2, 1]), B([true, true], [2, 1]), B([false, false], [2, 1])], B([false, true], [2, 1]), "i1 branches"),
      sem("select", [B([true], []), I([7], []), I([8], [])], I([7], []), "scalar"),
      sem("select", [B([], [0]), L([], [0]), L([], [0])], L([], [0]), "zero-size"),
      sem("select", [B([false, true]), D([-0.0, nan]), D([0, 1])], D([0, nan])),
      sem("clamp", [D([0, 0, 0, 0, 0]), D([-1, 0.5, 2, nan, -0.0]), D([1, 1, 1, 1, 1])], D([0, 0.5, 1, nan, 0]), "min(max(x, lo), hi)"),
      sem("clamp", [F([0]), F([-3]), F([1])], F([0]), "f32"),
      sem("clamp", [I([0, 0, 0, 2]), I([-5, 3, 10, 0]), I([5, 5, 5, 1])], I([0, 3, 5, 1]), "lo > hi gives hi"),
      sem("clamp", [L([lmin]), L([lmax]), L([0])], L([0])),
      // float -> int: toward zero, saturating, NaN -> 0.
      sem("convert", [D([1.9, -1.9, -0.5, nan, inf, -inf, 3e9, -3e9, 2_147_483_647.5, -2_147_483_648.9, -0.0])],
          written: [T(.i32, [11])], I([1, -1, 0, 0, imax, imin, imax, imin, imax, imin, 0])),
      sem("convert", [D([1e19, -1e19, 9.223372036854775807e18, -9.223372036854775808e18, nan, 1e18])],
          written: [T(.i64, [6])], L([lmax, lmin, lmax, lmin, 0, 1_000_000_000_000_000_000])),
      sem("convert", [F([2.5, -2.5, 1e10, fnan])], written: [T(.i32, [4])], I([2, -2, imax, 0])),
      sem("convert", [F([-1e30, 3.99])], written: [T(.i64, [2])], L([lmin, 3])),
      // int -> int: narrowing wraps, widening sign-extends.
      sem("convert", [L([4_294_967_297, -1, 2_147_483_648, lmin, lmax])], written: [T(.i32, [5])], I([1, -1, imin, 0, -1])),
      sem("convert", [I([-1, imin])], written: [T(.i64, [2])], L([-1, -2_147_483_648])),
      // -> i1: x != 0, NaN -> true.
      sem("convert", [D([0, -0.0, nan, 0.1, -inf, Double.leastNonzeroMagnitude])], written: [T(.i1, [6])], B([false, false, true, true, true, true])),
      sem("convert", [F([0, fnan])], written: [T(.i1, [2])], B([false, true])),
      sem("convert", [I([0, 5, -1])], written: [T(.i1, [3])], B([false, true, true])),
      sem("convert", [L([0, lmin])], written: [T(.i1, [2])], B([false, true])),
      // i1 -> 0 or 1.
      sem("convert", [B([true, false])], written: [T(.f64, [2])], D([1, 0])),
      sem("convert", [B([true, false])], written: [T(.f32, [2])], F([1, 0])),
      sem("convert", [B([true, false])], written: [T(.i32, [2])], I([1, 0])),
      sem("convert", [B([true, false])], written: [T(.i64, [2])], L([1, 0])),
      sem("convert", [B([true, false])], written: [T(.i1, [2])], B([true, false])),
      // -> float: round to nearest even.
      sem("convert", [D([0.1, 1e39, 1 + 0x1p-24, 1 + 3 * 0x1p-24, 1e-46, -1e-46, -0.0, nan])],
          written: [T(.f32, [8])], F([Float(bitPattern: 0x3DCC_CCCD), finf, 1, 1 + 0x1p-22, 0, -0.0, -0.0, fnan]), "f64 -> f32 ties to even"),
      sem("convert", [F([0.1, -finf])], written: [T(.f64, [2])], D([Double(Float(0.1)), -inf]), "f32 -> f64 exact"),
      sem("convert", [I([16_777_217, 16_777_219, imin])], written: [T(.f32, [3])], F([16_777_216, 16_777_220, -2_147_483_648])),
      sem("convert", [L([9_007_199_254_740_993, lmax])], written: [T(.f64, [2])], D([9_007_199_254_740_992, 9_223_372_036_854_775_808])),
      sem("convert", [L([lmax])], written: [T(.f32, [1])], F([9_223_372_036_854_775_808])),
      sem("convert", [I([imax])], written: [T(.f64, [1])], D([2_147_483_647])),
      sem("convert", [D([1.5], [])], written: [T(.f64, [])], D([1.5], []), "identity"),
    ]
  }

  static var creation: [SemCase] {
    [
      sem("constant", [], ["value": .tensor(F([2.5], []))], written: [T(.f32, [2, 2])], F([2.5, 2.5, 2.5, 2.5], [2, 2]), "splat"),
      sem("constant", [], ["value": .tensor(F([2.5], []))], written: [T(.f32, [2, 0])], F([], [2, 0]), "splat to zero-size"),
      sem("constant", [], ["value": .tensor(I([1, 2, 3, 4, 5, 6], [2, 3]))], written: [T(.i32, [2, 3])], I([1, 2, 3, 4, 5, 6], [2, 3]), "full"),
      sem("constant", [], ["value": .tensor(B([true], []))], written: [T(.i1, [3])], B([true, true, true])),
      sem("constant", [], ["value": .tensor(D([-0.0], []))], written: [T(.f64, [])], D([-0.0], [])),
      sem("constant", [], ["value": .tensor(L([lmin], []))], written: [T(.i64, [2])], L([lmin, lmin])),
      sem("iota", [], ["dim": .int(1)], written: [T(.i32, [2, 3])], I([0, 1, 2, 0, 1, 2], [2, 3]), "non-leading dim"),
      sem("iota", [], ["dim": .int(0)], written: [T(.f32, [2, 3])], F([0, 0, 0, 1, 1, 1], [2, 3])),
      sem("iota", [], ["dim": .int(2)], written: [T(.f64, [2, 1, 2])], D([0, 1, 0, 1], [2, 1, 2])),
      sem("iota", [], ["dim": .int(0)], written: [T(.i64, [4])], L([0, 1, 2, 3])),
      sem("iota", [], ["dim": .int(1)], written: [T(.i64, [2, 0])], L([], [2, 0]), "zero-size"),
    ]
  }

  static var shape: [SemCase] {
    let m23 = D([1, 2, 3, 4, 5, 6], [2, 3])
    return [
      sem("broadcast_in_dim", [D([1, 2, 3])], ["dims": ints([1])], written: [T(.f64, [2, 3])], D([1, 2, 3, 1, 2, 3], [2, 3])),
      sem("broadcast_in_dim", [D([1, 2, 3])], ["dims": ints([0])], written: [T(.f64, [3, 2])], D([1, 1, 2, 2, 3, 3], [3, 2])),
      sem("broadcast_in_dim", [I([7], [])], ["dims": ints([])], written: [T(.i32, [2, 2])], I([7, 7, 7, 7], [2, 2])),
      sem("broadcast_in_dim", [D([1, 2, 3], [3, 1])], ["dims": ints([0, 2])], written: [T(.f64, [3, 2, 2])],
          D([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3], [3, 2, 2]), "size-1 dim expands"),
      sem("broadcast_in_dim", [B([true, false], [1, 2])], ["dims": ints([0, 1])], written: [T(.i1, [2, 2])], B([true, false, true, false], [2, 2])),
      sem("broadcast_in_dim", [L([5])], ["dims": ints([0])], written: [T(.i64, [0])], L([], [0]), "to zero-size"),
      sem("broadcast_in_dim", [L([], [0])], ["dims": ints([1])], written: [T(.i64, [3, 0])], L([], [3, 0]), "from zero-size"),
      sem("reshape", [m23], written: [T(.f64, [3, 2])], D([1, 2, 3, 4, 5, 6], [3, 2])),
      sem("reshape", [m23], written: [T(.f64, [6])], D([1, 2, 3, 4, 5, 6])),
      sem("reshape", [B([true], [1, 1])], written: [T(.i1, [])], B([true], [])),
      sem("reshape", [I([], [0, 3])], written: [T(.i32, [3, 0])], I([], [3, 0]), "zero-size"),
      sem("transpose", [m23], ["perm": ints([1, 0])], D([1, 4, 2, 5, 3, 6], [3, 2])),
      sem("transpose", [L((0..<24).map { Int64($0) }, [2, 3, 4])], ["perm": ints([2, 0, 1])],
          L([0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22, 3, 7, 11, 15, 19, 23], [4, 2, 3]), "3-d (numpy transpose(2, 0, 1))"),
      sem("transpose", [I([], [0, 2])], ["perm": ints([1, 0])], I([], [2, 0]), "zero-size"),
      sem("transpose", [F([3], [])], ["perm": ints([])], F([3], []), "scalar"),
      sem("slice", [I((0..<10).map { Int32($0) })], ["start": ints([1]), "limit": ints([8]), "stride": ints([3])], I([1, 4, 7]), "stride"),
      sem("slice", [I((0..<10).map { Int32($0) })], ["start": ints([2]), "limit": ints([5])], I([2, 3, 4]), "default stride"),
      sem("slice", [D((0..<12).map { Double($0) }, [3, 4])], ["start": ints([0, 1]), "limit": ints([3, 4]), "stride": ints([2, 2])],
          D([1, 3, 9, 11], [2, 2]), "2-d stride"),
      sem("slice", [B([true, false, true])], ["start": ints([1]), "limit": ints([1])], B([], [0]), "empty"),
      sem("slice", [L([], [0, 4])], ["start": ints([0, 1]), "limit": ints([0, 3])], L([], [0, 2]), "zero-size operand"),
      sem("pad", [D([1, 2, 3]), D([0], [])], ["low": ints([1]), "high": ints([2]), "interior": ints([1])], D([0, 1, 0, 2, 0, 3, 0, 0]), "interior"),
      sem("pad", [D([1, 2, 3]), D([0], [])], ["low": ints([-1]), "high": ints([-1])], D([2]), "negative low/high crop"),
      sem("pad", [D([1, 2, 3]), D([-0.0], [])], ["low": ints([-2]), "high": ints([-3]), "interior": ints([2])], D([-0.0, 2]),
          "interior first, then crop: [1,v,v,2,v,v,3] -> [v,2]"),
      sem("pad", [I([1, 2, 3, 4], [2, 2]), I([9], [])], ["low": ints([1, 0]), "high": ints([0, 1]), "interior": ints([1, 0])],
          I([9, 9, 9, 1, 2, 9, 9, 9, 9, 3, 4, 9], [4, 3]), "2-d"),
      sem("pad", [I([], [0]), I([7], [])], ["low": ints([1]), "high": ints([1]), "interior": ints([3])], I([7, 7]), "zero-size operand"),
      sem("pad", [B([true]), B([false], [])], ["low": ints([0]), "high": ints([2])], B([true, false, false]), "i1"),
      sem("pad", [F([1, 2]), F([5], [])], ["low": ints([-2]), "high": ints([1])], F([5]), "crop everything, pad again"),
      sem("concatenate", [D([1, 2, 3, 4], [2, 2]), D([5, 6], [2, 1])], ["dim": .int(1)], D([1, 2, 5, 3, 4, 6], [2, 3])),
      sem("concatenate", [D([1, 2], [1, 2]), D([], [0, 2]), D([3, 4, 5, 6], [2, 2])], ["dim": .int(0)], D([1, 2, 3, 4, 5, 6], [3, 2]), "zero-size part"),
      sem("concatenate", [B([true]), B([false, false]), B([true])], ["dim": .int(0)], B([true, false, false, true]), "three i1"),
      sem("concatenate", [L([1])], ["dim": .int(0)], L([1]), "one operand"),
      sem("concatenate", [I([], [2, 0]), I([], [2, 0])], ["dim": .int(1)], I([], [2, 0]), "all empty"),
      sem("reverse", [m23], ["dims": ints([1])], D([3, 2, 1, 6, 5, 4], [2, 3])),
      sem("reverse", [m23], ["dims": ints([1, 0])], D([6, 5, 4, 3, 2, 1], [2, 3])),
      sem("reverse", [m23], ["dims": ints([])], m23, "identity"),
      sem("reverse", [I([], [2, 0])], ["dims": ints([0, 1])], I([], [2, 0]), "zero-size"),
    ]
  }

  static var reductions: [SemCase] {
    let m23 = D([0, 1, 2, 3, 4, 5], [2, 3])
    return [
      sem("reduce_sum", [m23], ["dims": ints([1])], D([3, 12])),
      sem("reduce_sum", [m23], ["dims": ints([0])], D([3, 5, 7])),
      sem("reduce_sum", [m23], ["dims": ints([1, 0])], D([15], [])),
      sem("reduce_sum", [D([-0.0, 1], [2])], ["dims": ints([])], D([-0.0, 1]), "dims=[] is the identity"),
      sem("reduce_sum", [D([-0.0, -0.0])], ["dims": ints([0])], D([-0.0], []), "only -0 values"),
      sem("reduce_sum", [D([], [0, 3])], ["dims": ints([0])], D([0, 0, 0]), "empty: 0"),
      sem("reduce_sum", [F([], [2, 0])], ["dims": ints([1])], F([0, 0]), "empty: 0"),
      sem("reduce_sum", [D([inf, -inf, 1])], ["dims": ints([0])], D([nan], [])),
      sem("reduce_sum", [F([1, 2, 3, 4], [2, 2])], ["dims": ints([0])], F([4, 6]), "f32"),
      sem("reduce_sum", [I([imax, 1, 5])], ["dims": ints([0])], I([imin + 5], []), "wraps"),
      sem("reduce_sum", [L([], [0])], ["dims": ints([0])], L([0], []), "empty"),
      sem("reduce_sum", [I((0..<24).map { Int32($0) }, [2, 3, 4])], ["dims": ints([2, 0])], I([60, 92, 124]), "dims in any order"),
      sem("reduce_prod", [m23], ["dims": ints([1])], D([0, 60])),
      sem("reduce_prod", [D([], [0])], ["dims": ints([0])], D([1], []), "empty: 1"),
      sem("reduce_prod", [I([65536, 65536])], ["dims": ints([0])], I([0], []), "wraps"),
      sem("reduce_prod", [L([], [2, 0])], ["dims": ints([1])], L([1, 1]), "empty: 1"),
      sem("reduce_prod", [F([-0.0, 2])], ["dims": ints([])], F([-0.0, 2]), "identity"),
      sem("reduce_max", [D([1, nan, 3, 1, 2, 3], [2, 3])], ["dims": ints([1])], D([nan, 3]), "NaN propagates"),
      sem("reduce_max", [D([-0.0, 0, 0, -0.0], [2, 2])], ["dims": ints([1])], D([0, 0]), "-0 < +0"),
      sem("reduce_max", [D([-0.0, -inf])], ["dims": ints([0])], D([-0.0], [])),
      sem("reduce_max", [D([], [0])], ["dims": ints([0])], D([-inf], []), "empty: -inf"),
      sem("reduce_max", [F([], [3, 0])], ["dims": ints([1])], F([-finf, -finf, -finf]), "empty: -inf"),
      sem("reduce_max", [I([], [0])], ["dims": ints([0])], I([imin], []), "empty: int min"),
      sem("reduce_max", [L([], [0])], ["dims": ints([0])], L([lmin], []), "empty: int min"),
      sem("reduce_max", [I([-5, -2, -9])], ["dims": ints([0])], I([-2], [])),
      sem("reduce_min", [D([1, nan, 3, 1, 2, 3], [2, 3])], ["dims": ints([1])], D([nan, 1]), "NaN propagates"),
      sem("reduce_min", [D([0, -0.0, -0.0, 0], [2, 2])], ["dims": ints([1])], D([-0.0, -0.0]), "-0 < +0"),
      sem("reduce_min", [D([], [0])], ["dims": ints([0])], D([inf], []), "empty: +inf"),
      sem("reduce_min", [I([], [0])], ["dims": ints([0])], I([imax], []), "empty: int max"),
      sem("reduce_min", [L([], [0])], ["dims": ints([0])], L([lmax], []), "empty: int max"),
      sem("reduce_min", [L([3, lmin, 4])], ["dims": ints([0])], L([lmin], [])),
      sem("reduce_min", [F([2, 1, 4, 3], [2, 2])], ["dims": ints([0])], F([2, 1]), "f32"),
      // argmax/argmin: first index of the extreme; the first NaN wins for both.
      sem("argmax", [D([1, 3, 3, nan, 2, nan], [2, 3])], ["dim": .int(1)], written: [T(.i32, [2])], I([1, 0]), "ties: first; NaN wins"),
      sem("argmax", [D([1, nan, 5, nan])], ["dim": .int(0)], written: [T(.i64, [])], L([1], []), "first NaN"),
      sem("argmax", [D([0, -0.0, -inf, -inf])], ["dim": .int(0)], written: [T(.i32, [])], I([0], []), "±0 tie"),
      sem("argmax", [D([-inf, -inf])], ["dim": .int(0)], written: [T(.i32, [])], I([0], [])),
      sem("argmax", [D([1, 6, 3, 4, 5, 2], [2, 3])], ["dim": .int(0)], written: [T(.i64, [3])], L([1, 0, 0]), "along dim 0"),
      sem("argmax", [I([3, 7, 7, 1])], ["dim": .int(0)], written: [T(.i32, [])], I([1], [])),
      sem("argmax", [L([lmin, lmin])], ["dim": .int(0)], written: [T(.i64, [])], L([0], [])),
      sem("argmax", [F([], [0, 3])], ["dim": .int(1)], written: [T(.i32, [0])], I([], [0]), "zero-size kept dim"),
      sem("argmax", [F([1, 2, 3, 9, 7, 6, 5, 8], [2, 2, 2])], ["dim": .int(1)], written: [T(.i32, [2, 2])], I([1, 1, 0, 1], [2, 2]), "middle dim"),
      sem("argmin", [D([2, 1, 1, nan, 0, nan], [2, 3])], ["dim": .int(1)], written: [T(.i32, [2])], I([1, 0]), "ties: first; NaN wins"),
      sem("argmin", [D([1, nan, -5, nan])], ["dim": .int(0)], written: [T(.i64, [])], L([1], []), "first NaN"),
      sem("argmin", [D([-0.0, 0])], ["dim": .int(0)], written: [T(.i32, [])], I([0], []), "±0 tie"),
      sem("argmin", [I([3, 7, 1, 1])], ["dim": .int(0)], written: [T(.i64, [])], L([2], [])),
      sem("argmin", [F([fnan, 1])], ["dim": .int(0)], written: [T(.i32, [])], I([0], []), "f32"),
    ]
  }

  static var contraction: [SemCase] {
    [
      sem("dot_general", [D([1, 2, 3, 4, 5, 6], [3, 2]), D([10, 1])], ["contract": pair([1], [0])], D([12, 34, 56]), "matvec"),
      sem("dot_general", [D([1, 2, 3, 4, 5, 6], [2, 3]), D([1, 0, 0, 1, 1, 1], [3, 2])], ["contract": pair([1], [0])],
          D([4, 5, 10, 11], [2, 2]), "matmul"),
      sem("dot_general", [D([1, 2, 3, 4, 5, 6], [2, 3]), D([1, 0, 0, 1, 1, 1], [2, 3])], ["contract": pair([1], [1])],
          D([1, 6, 4, 15], [2, 2]), "A B^T"),
      // Batched matmul (checked with numpy einsum('bij,bjk->bik')).
      sem("dot_general", [D((0..<12).map { Double($0) }, [2, 2, 3]), D((0..<12).map { Double($0) - 5 }, [2, 3, 2])],
          ["batch": pair([0], [0]), "contract": pair([2], [1])], D([-5, -2, -32, -20, 67, 88, 94, 124], [2, 2, 2]), "batched matmul"),
      // Batch dims not leading (checked with numpy einsum('ibk,kjb->bij')).
      sem("dot_general", [L((0..<30).map { Int64($0) }, [2, 5, 3]), L((0..<60).map { Int64($0) - 20 }, [3, 4, 5])],
          ["batch": pair([1], [2]), "contract": pair([2], [0])],
          L([40, 55, 70, 85, 40, 280, 520, 760, 52, 112, 172, 232, 97, 382, 667, 952, 82, 187, 292, 397,
             172, 502, 832, 1162, 130, 280, 430, 580, 265, 640, 1015, 1390, 196, 391, 586, 781, 376, 796, 1216, 1636], [5, 2, 4]),
          "batch dims not leading"),
      sem("dot_general", [D([1, 2]), D([3, 4, 5])], ["contract": pair([], [])], D([3, 4, 5, 6, 8, 10], [2, 3]), "outer product"),
      sem("dot_general", [D([-0.0, 2]), D([1, nan])], ["contract": pair([], [])], D([-0.0, nan, 2, nan], [2, 2]), "outer product: exact products"),
      sem("dot_general", [D([-0.0]), D([1])], ["contract": pair([0], [0])], D([-0.0], []), "a single product is exact"),
      sem("dot_general", [D([], [2, 0]), D([], [0, 2])], ["contract": pair([1], [0])], D([0, 0, 0, 0], [2, 2]), "empty contraction: 0"),
      sem("dot_general", [F([], [0, 3]), F([1, 2, 3], [3])], ["contract": pair([1], [0])], F([], [0]), "zero-size free dim"),
      sem("dot_general", [D([1, 2, 3, 4], [2, 2]), D([1, 2, 3, 4], [2, 2])], ["contract": pair([0, 1], [1, 0])], D([29], []),
          "full contraction, crossed dims"),
      sem("dot_general", [I([65536, 1]), I([65536, 5])], ["contract": pair([0], [0])], I([5], []), "wraps"),
      sem("dot_general", [F([0.5, 0.25]), F([2, 4])], ["contract": pair([0], [0])], F([2], []), "f32"),
      sem("dot_general", [D([1e308, 1e308]), D([10, -10])], ["contract": pair([0], [0])], D([nan], []), "inf - inf"),
    ]
  }

  static var indexing: [SemCase] {
    let ax = { (a: Int) -> [String: Attr] in ["axis": .int(a)] }
    let axb = { (a: Int, b: Int) -> [String: Attr] in ["axis": .int(a), "batch_dims": .int(b)] }
    let sizes = { (s: [Int]) -> [String: Attr] in ["sizes": ints(s)] }
    let seq = { (n: Int) -> [Double] in (0..<n).map { Double($0) } }
    return [
      sem("gather", [D([10, 11, 12, 13, 14, 15], [3, 2]), I([2, 0, 5, -1])], ax(0),
          D([14, 15, 10, 11, 14, 15, 10, 11], [4, 2]), "rows; 5 and -1 clamp to 2 and 0"),
      sem("gather", [D([1, 2, 3, 4, 5, 6], [2, 3]), I([2, 1])], ax(1), D([3, 2, 6, 5], [2, 2]), "columns"),
      sem("gather", [D([1, 2, 3, 4, 5, 6], [2, 3]), L([2, 0, 1, 7], [2, 2])], axb(1, 1), D([3, 1, 5, 6], [2, 2]),
          "batch_dims=1: row b reads its own indices"),
      sem("gather", [I([7, 8, 9]), I([1], [])], ax(0), I([8], []), "scalar index"),
      sem("gather", [B([true, false]), I([Int32.min, Int32.max])], ax(0), B([true, false]), "MIN and MAX clamp"),
      sem("gather", [D([1, 2, 3]), L([Int64.max, Int64.min], [2, 1])], ax(0), D([3, 1], [2, 1]), "i64 extremes"),
      sem("gather", [D([], [0, 3]), I([], [0])], ax(0), D([], [0, 3]), "zero-size"),
      sem("scatter_add", [D([0, 0, 0]), I([0, 2, 0, 9, -4]), D([1, 2, 3, 4, 5])], ax(0), D([9, 0, 6]),
          "repeated and clamped indices add up"),
      sem("scatter_add", [D([0, 0, 0, 0, 0, 0], [3, 2]), I([2, 2]), D([1, 2, 3, 4], [2, 2])], ax(0),
          D([0, 0, 0, 0, 4, 6], [3, 2]), "rows"),
      sem("scatter_add", [I([1, 1, 1, 1, 1, 1], [2, 3]), I([0, 0, 2, 5], [2, 2]), I([10, 20, 30, 40], [2, 2])], axb(1, 1),
          I([31, 1, 1, 1, 1, 71], [2, 3]), "batch_dims=1"),
      sem("scatter_add", [F([0]), I([0, 0, 0]), F([1e8, 1, -1e8])], ax(0), F([0]),
          "added in row-major order: (1e8 + 1) rounds to 1e8 in f32"),
      sem("scatter_add", [D([-0.0]), I([], [0]), D([], [0])], ax(0), D([-0.0]), "no updates keep -0"),
      sem("scatter_add", [I([Int32.max]), I([0]), I([1])], ax(0), I([Int32.min]), "integers wrap"),
      sem("dynamic_slice", [D(seq(10)), I([3], [])], sizes([4]), D([3, 4, 5, 6])),
      sem("dynamic_slice", [D(seq(10)), I([8], [])], sizes([4]), D([6, 7, 8, 9]), "start clamps to dim - size"),
      sem("dynamic_slice", [D(seq(10)), L([-5], [])], sizes([4]), D([0, 1, 2, 3]), "negative start clamps to 0"),
      sem("dynamic_slice", [D(seq(12), [3, 4]), I([1], []), L([Int64.max], [])], sizes([2, 2]), D([6, 7, 10, 11], [2, 2]), "2-d"),
      sem("dynamic_slice", [B([true, false]), I([1], [])], sizes([0]), B([], [0]), "size 0"),
      sem("dynamic_slice", [D([5], [])], sizes([]), D([5], []), "scalar"),
      sem("dynamic_update_slice", [D([0, 0, 0, 0, 0]), D([1, 2]), I([2], [])], D([0, 0, 1, 2, 0])),
      sem("dynamic_update_slice", [D([0, 0, 0, 0, 0]), D([1, 2]), I([4], [])], D([0, 0, 0, 1, 2]), "start clamps to dim - size"),
      sem("dynamic_update_slice", [D([0, 0, 0, 0, 0]), D([1, 2]), I([Int32.min], [])], D([1, 2, 0, 0, 0]), "MIN clamps to 0"),
      sem("dynamic_update_slice", [I((0..<12).map { Int32($0) }, [3, 4]), I([-1, -2, -3, -4], [2, 2]), L([5], []), I([1], [])],
          I([0, 1, 2, 3, 4, -1, -2, 7, 8, -3, -4, 11], [3, 4]), "2-d"),
      sem("dynamic_update_slice", [B([true, false]), B([], [0]), I([1], [])], B([true, false]), "empty update"),
      sem("dynamic_update_slice", [D([1], []), D([2], [])], D([2], []), "scalar"),
    ]
  }

  static var cumulative: [SemCase] {
    let ax = { (a: Int) -> [String: Attr] in ["axis": .int(a)] }
    let rev = { (a: Int) -> [String: Attr] in ["axis": .int(a), "reverse": .bool(true)] }
    let m23 = D([1, 2, 3, 4, 5, 6], [2, 3])
    return [
      sem("cumsum", [D([1, 2, 3, 4])], ax(0), D([1, 3, 6, 10])),
      sem("cumsum", [D([1, 2, 3, 4])], rev(0), D([10, 9, 7, 4]), "reverse"),
      sem("cumsum", [D([1, 2, 3, 4])], ["axis": .int(0), "reverse": .bool(false)], D([1, 3, 6, 10]), "reverse=false"),
      sem("cumsum", [m23], ax(0), D([1, 2, 3, 5, 7, 9], [2, 3]), "columns"),
      sem("cumsum", [m23], ax(1), D([1, 3, 6, 4, 9, 15], [2, 3]), "rows"),
      sem("cumsum", [m23], rev(1), D([6, 5, 3, 15, 11, 6], [2, 3]), "rows from the end"),
      sem("cumsum", [F([1e8, 1, -1e8])], ax(0), F([1e8, 1e8, 0]), "in order: 1e8 + 1 rounds to 1e8 in f32"),
      sem("cumsum", [F([1e8, 1, -1e8])], rev(0), F([0, -1e8, -1e8]), "from the end: -1e8 + 1 rounds to -1e8"),
      sem("cumsum", [D([-0.0, -0.0])], ax(0), D([-0.0, -0.0]), "-0 stays -0"),
      sem("cumsum", [I([imax, 1, 1])], ax(0), I([imax, imin, imin + 1]), "integers wrap"),
      sem("cumsum", [D([], [2, 0])], ax(1), D([], [2, 0]), "empty axis"),
      sem("cumsum", [L([], [0, 3])], ax(1), L([], [0, 3]), "empty other dim"),
      sem("cumprod", [D([1, 2, 3, 4])], ax(0), D([1, 2, 6, 24])),
      sem("cumprod", [D([1, 2, 3, 4])], rev(0), D([24, 24, 12, 4]), "reverse"),
      sem("cumprod", [D([2, 0, 3, inf])], ax(0), D([2, 0, 0, nan]), "a zero stays; 0 * inf is NaN"),
      sem("cumprod", [D([1, 2, 3, 4, 5, 6], [3, 2])], ax(0), D([1, 2, 3, 8, 15, 48], [3, 2]), "columns"),
      sem("cumprod", [L([lmax, 2, 2])], ax(0), L([lmax, -2, -4]), "integers wrap"),
      sem("cumprod", [I([3], [1])], rev(0), I([3], [1]), "one element"),
      sem("cummax", [D([1, 3, 2, 5, 4])], ax(0), D([1, 3, 3, 5, 5])),
      sem("cummax", [D([1, 3, 2, 5, 4])], rev(0), D([5, 5, 5, 5, 4]), "reverse"),
      sem("cummax", [D([1, 3, 2, 0, -1, 5], [2, 3])], ax(1), D([1, 3, 3, 0, 0, 5], [2, 3]), "rows"),
      sem("cummax", [D([1, nan, 2])], ax(0), D([1, nan, nan]), "NaN propagates"),
      sem("cummax", [D([-0.0, 0, -0.0])], ax(0), D([-0.0, 0, 0]), "-0 < +0"),
      sem("cummax", [D([-inf, -inf])], ax(0), D([-inf, -inf])),
      sem("cummax", [I([3, 1, 4, 1, 5])], ax(0), I([3, 3, 4, 4, 5]), "i32"),
      sem("cummax", [L([lmin, 2, lmax, 0])], rev(0), L([lmax, lmax, lmax, 0]), "i64 from the end"),
      sem("cummin", [D([3, 1, 2, 0])], ax(0), D([3, 1, 1, 0])),
      sem("cummin", [D([3, 1, 2, 0])], rev(0), D([0, 0, 0, 0]), "reverse"),
      sem("cummin", [D([0, -0.0, 0])], ax(0), D([0, -0.0, -0.0]), "-0 < +0"),
      sem("cummin", [F([2, fnan, 1])], rev(0), F([fnan, fnan, 1]), "NaN propagates"),
      sem("cummin", [L([5, lmin, 7])], ax(0), L([5, lmin, lmin]), "i64"),
      sem("cummin", [D([4, 3, 2, 1], [2, 2])], ax(0), D([4, 3, 2, 1], [2, 2]), "columns"),
    ]
  }

  /// One-operand sorts (several operands: SortTests.swift).
  static var sort: [SemCase] {
    let dim = { (d: Int) -> [String: Attr] in ["dimension": .int(d)] }
    let desc = { (d: Int) -> [String: Attr] in ["dimension": .int(d), "descending": .bool(true)] }
    let negNaN = -Double.nan
    return [
      sem("sort", [D([3, 1, 2])], dim(0), D([1, 2, 3])),
      sem("sort", [D([3, 1, 2])], desc(0), D([3, 2, 1]), "descending"),
      sem("sort", [D([nan, 1, -inf, -0.0, inf, 0, negNaN, -1])], dim(0), D([negNaN, -inf, -1, -0.0, 0, 1, inf, nan]),
          "total order: -NaN < -inf < -0 < +0 < inf < NaN"),
      sem("sort", [D([nan, 1, -inf, -0.0, inf, 0, negNaN, -1])], desc(0), D([nan, inf, 1, 0, -0.0, -1, -inf, negNaN]),
          "descending: the exact reverse"),
      sem("sort", [F([0, -0.0, 0, -0.0])], dim(0), F([-0.0, -0.0, 0, 0]), "f32 -0 before +0"),
      sem("sort", [D([3, 1, 2, 6, 5, 4], [2, 3])], dim(1), D([1, 2, 3, 4, 5, 6], [2, 3]), "rows"),
      sem("sort", [D([3, 1, 2, 6, 5, 4], [2, 3])], dim(0), D([3, 1, 2, 6, 5, 4], [2, 3]), "columns, already sorted"),
      sem("sort", [D([6, 1, 2, 3, 5, 4], [2, 3])], desc(0), D([6, 5, 4, 3, 1, 2], [2, 3]), "columns descending"),
      sem("sort", [I([imax, -1, imin, 0])], dim(0), I([imin, -1, 0, imax]), "i32 by value"),
      sem("sort", [L([lmax, lmin, 0])], desc(0), L([lmax, 0, lmin]), "i64 descending"),
      sem("sort", [B([true, false, true, false])], dim(0), B([false, false, true, true]), "i1: false < true"),
      sem("sort", [D([], [2, 0])], dim(1), D([], [2, 0]), "empty dimension"),
      sem("sort", [I([], [0, 3])], dim(1), I([], [0, 3]), "empty other dim"),
    ]
  }

  /// Convolutions by hand (more: ConvolutionTests.swift).
  static var conv: [SemCase] {
    let ints = { (v: [Int]) -> Attr in .list(v.map { .int($0) }) }
    return [
      sem("conv", [D([1, 2, 3], [1, 1, 3]), D([1, 1], [1, 1, 2])], [:], D([3, 5], [1, 1, 2]), "valid, stride 1"),
      sem("conv", [D([1, 2, 3, 4], [1, 1, 4]), D([10, 1], [1, 1, 2])], ["window_strides": ints([2]), "pad_low": ints([1])],
          D([1, 23], [1, 1, 2]), "stride 2, padded low"),
      sem("conv", [D([1, 2, 3, 4], [1, 2, 2]), D([1, 1, 2, 2], [2, 1, 2])], ["feature_group_count": .int(2)],
          D([3, 14], [1, 2, 1]), "two feature groups: each output reads its own channel"),
      sem("conv", [D([1, 2, 3], [1, 1, 3]), D([1, 1], [1, 1, 2])], ["rhs_dilation": ints([2])], D([4], [1, 1, 1]),
          "rhs dilation 2: x0 + x2"),
    ]
  }

  static var all: [SemCase] {
    unaryMath + unary + integerPow + binary + compares + selectClampConvert + creation + shape + indexing + cumulative + sort
      + reductions + contraction + conv
      + bits
  }

  /// The random-numbers family (Ops/Bits.swift): StableHLO's shifts, bit
  /// reinterpretation, erf_inv at known points, fma's single rounding.
  static var bits: [SemCase] {
    let I = { (v: [Int32]) in HostTensor(v, shape: [v.count]) }
    let L = { (v: [Int64]) in HostTensor(v, shape: [v.count]) }
    let x = I([1, -8, Int32.min, -1, 5, 7]), n = I([3, 1, 31, 32, -1, 0])
    return [
      sem("shift_left", [x, n], I([8, -16, 0, 0, 0, 7]), "amounts ≥ 32 or negative give 0"),
      sem("shift_right_logical", [x, n], I([0, 0x7FFF_FFFC, 1, 0, 0, 7]), "zero fill"),
      sem("shift_right_arithmetic", [x, n], I([0, -4, -1, -1, 0, 7]), "sign fill"),
      sem("shift_left", [L([1, 3]), L([63, 64])], L([Int64.min, 0]), "i64"),
      sem("bitcast_convert", [I([0x3F80_0000, 0x7FC0_0000])], written: [T(.f32, [2])], HostTensor([Float(1), .nan], shape: [2])),
      sem("bitcast_convert", [HostTensor([-0.0, 2] as [Double], shape: [2])], written: [T(.i64, [2])],
          L([Int64.min, 0x4000_0000_0000_0000])),
      sem("erf_inv", [HostTensor([0, 0.5, -0.5, 1, -1, 2] as [Double], shape: [6])],
          HostTensor([0, 0.47693627620446987, -0.47693627620446987, .infinity, -.infinity, .nan] as [Double], shape: [6]), tol: 1e-15),
      // erf⁻¹ of the f32 values nearest 0.5 and 0.999 (0.999000013), within Giles' f32 accuracy (a few ulp).
      sem("erf_inv", [HostTensor([0.5, 0.999] as [Float], shape: [2])], HostTensor([0.4769362762, 2.3267563] as [Float], shape: [2]), tol: 1e-6),
      sem("fma", [HostTensor([Float(1).nextUp], shape: [1]), HostTensor([Float(1) - 0x1p-23], shape: [1]), HostTensor([Float(-1)], shape: [1])],
          HostTensor([Float(-0x1p-46)], shape: [1]), "one rounding"),
    ]
  }
}

// MARK: - Tests

@Suite struct OpSemanticsTests {
  @Test(arguments: SemTable.all)
  func semantics(_ c: SemCase) throws {
    let out = try evaluateOp(c.op, c.inputs, c.attrs, written: c.written)
    try #require(out.count == 1)
    if let tol = c.tolerance {
      #expect(close(out[0], c.expected, tol: tol), "got \(out[0].doubles), expected \(c.expected.doubles)")
    } else {
      #expect(out[0].bitwiseEqual(c.expected), "got \(out[0].type) \(out[0].storage), expected \(c.expected.type) \(c.expected.storage)")
    }
  }

  /// Every op (but `call`, which the interpreter runs itself, and ops with
  /// regions, whose semantics RegionTests.swift checks through the
  /// interpreter) has semantics cases.
  @Test func everyOpHasSemanticsCases() {
    let covered = Set(SemTable.all.map(\.op))
    for def in OpRegistry.all where def.name != "call" && def.evaluateRegions == nil {
      #expect(covered.contains(def.name), "no semantics case for '\(def.name)'")
      #expect(def.evaluate != nil, "'\(def.name)' has no reference semantics")
    }
  }

  /// The float and int dtypes of each elementwise family agree: f32 results
  /// are the f64 results rounded (for exactly representable cases).
  @Test(arguments: ["add", "sub", "mul", "div", "max", "min", "rem"])
  func f32AgreesWithF64OnSmallValues(_ op: String) throws {
    let a: [Double] = [1.5, -2, 0.25, 8, -0.0, 3]
    let b: [Double] = [0.5, 4, -0.75, 2, 1, -0.0]
    let d = try evaluateOp(op, [D(a), D(b)])[0]
    let f = try evaluateOp(op, [F(a.map(Float.init)), F(b.map(Float.init))])[0]
    guard case .f64(let dv) = d.storage, case .f32(let fv) = f.storage else { Issue.record("dtype"); return }
    for (x, y) in zip(dv, fv) { #expect(Float(x).bitPattern == y.bitPattern || (x.isNaN && y.isNaN)) }
  }

  /// Integer ops agree between i32 and i64 where nothing wraps.
  @Test(arguments: ["add", "sub", "mul", "div", "rem", "max", "min", "and", "or", "xor"])
  func i32AgreesWithI64(_ op: String) throws {
    let a: [Int64] = [7, -7, 0, 5, -100, 12]
    let b: [Int64] = [2, 3, 4, -5, 0, -1]
    let l = try evaluateOp(op, [L(a), L(b)])[0]
    let i = try evaluateOp(op, [I(a.map { Int32($0) }), I(b.map { Int32($0) })])[0]
    #expect(l.doubles == i.doubles)
  }

  /// Zero-size tensors go through every elementwise op.
  @Test func zeroSizeThroughElementwiseOps() throws {
    for op in floatOnlyUnary + ["neg", "abs", "sign", "stop_gradient"] {
      let out = try evaluateOp(op, [F([], [0, 3])])
      #expect(out[0] == F([], [0, 3]), "\(op)")
    }
    for op in arithmeticBinary + ["pow", "atan2"] {
      let out = try evaluateOp(op, [D([], [2, 0]), D([], [2, 0])])
      #expect(out[0] == D([], [2, 0]), "\(op)")
    }
    for op in compareOps + ["and", "or", "xor"] {
      let out = try evaluateOp(op, [B([], [0]), B([], [0])])
      #expect(out[0] == B([], [0]), "\(op)")
    }
    #expect(try evaluateOp("is_finite", [D([], [0])])[0] == B([], [0]))
    #expect(try evaluateOp("not", [L([], [0])])[0] == L([], [0]))
    #expect(try evaluateOp("integer_pow", [I([], [0])], ["n": .int(3)])[0] == I([], [0]))
    #expect(try evaluateOp("clamp", [F([], [0]), F([], [0]), F([], [0])])[0] == F([], [0]))
    #expect(try evaluateOp("convert", [F([], [0])], written: [T(.i1, [0])])[0] == B([], [0]))
  }

  /// Reductions over every subset of dims of a 3-d tensor agree with a direct sum.
  @Test func reduceSumOverEverySubsetOfDims() throws {
    let shape = [2, 3, 4]
    let x = L((0..<24).map { Int64($0 * $0) }, shape)
    for mask in 0..<8 {
      let dims = (0..<3).filter { mask & (1 << $0) != 0 }
      let out = try evaluateOp("reduce_sum", [x], ["dims": ints(dims.reversed())])[0]
      let kept = (0..<3).filter { !dims.contains($0) }
      #expect(out.shape == kept.map { shape[$0] })
      var expected = [Int64](repeating: 0, count: out.count)
      let keptShape = kept.map { shape[$0] }
      let ks = rowMajorStrides(keptShape)
      for i in 0..<2 { for j in 0..<3 { for k in 0..<4 {
        let idx = [i, j, k]
        var r = 0
        for (n, d) in kept.enumerated() { r += idx[d] * ks[n] }
        expected[r] += Int64((i * 12 + j * 4 + k) * (i * 12 + j * 4 + k))
      } } }
      #expect(out == L(expected, keptShape), "dims \(dims)")
    }
  }

  /// dot_general against a naive matmul on a few shapes, and its result dim order.
  @Test func dotGeneralMatchesNaiveMatmul() throws {
    for (m, k, n) in [(1, 1, 1), (2, 3, 4), (3, 1, 2), (4, 5, 1)] {
      let a = (0..<(m * k)).map { Int64($0 % 7 - 3) }, b = (0..<(k * n)).map { Int64($0 % 5 - 2) }
      var c = [Int64](repeating: 0, count: m * n)
      for i in 0..<m { for j in 0..<n { for p in 0..<k { c[i * n + j] += a[i * k + p] * b[p * n + j] } } }
      #expect(try evaluateOp("dot_general", [L(a, [m, k]), L(b, [k, n])], ["contract": pair([1], [0])])[0] == L(c, [m, n]))
      // Contracting the lhs's first dim with a transposed lhs gives the same.
      var at = [Int64](repeating: 0, count: m * k)
      for i in 0..<m { for p in 0..<k { at[p * m + i] = a[i * k + p] } }
      #expect(try evaluateOp("dot_general", [L(at, [k, m]), L(b, [k, n])], ["contract": pair([0], [0])])[0] == L(c, [m, n]))
    }
  }

  /// slice(pad(x)) recovers x; reverse twice and transpose by a permutation
  /// and its inverse are identities.
  @Test func shapeOpsInvertEachOther() throws {
    let x = I((0..<24).map { Int32($0) }, [2, 3, 4])
    let padded = try evaluateOp("pad", [x, I([-1], [])], ["low": ints([1, 0, 2]), "high": ints([0, 2, 1]), "interior": ints([1, 2, 0])])[0]
    #expect(padded.shape == [4, 9, 7])
    let back = try evaluateOp("slice", [padded], ["start": ints([1, 0, 2]), "limit": ints([4, 7, 6]), "stride": ints([2, 3, 1])])[0]
    #expect(back == x)
    let r = try evaluateOp("reverse", [try evaluateOp("reverse", [x], ["dims": ints([0, 2])])[0]], ["dims": ints([2, 0])])[0]
    #expect(r == x)
    let t = try evaluateOp("transpose", [x], ["perm": ints([1, 2, 0])])[0]
    #expect(t.shape == [3, 4, 2])
    #expect(try evaluateOp("transpose", [t], ["perm": ints([2, 0, 1])])[0] == x)
  }
}
