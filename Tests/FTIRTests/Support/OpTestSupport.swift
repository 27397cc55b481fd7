import Codegen
import FTCTool
import Pipeline
import Foundation
@testable import FTIR

// Support for CompiledOpTests and MathAccuracyTests: seeded inputs that mix
// in the IEEE and integer edge cases, the checks each op class allows (bit
// for bit, the spec's math bound, the rounding of a reordered sum), and a
// harness that compiles a module of many functions once and checks each one
// against the reference interpreter.

// MARK: - Inputs

/// How the arguments of a function under test are drawn.
enum InputStyle: Sendable, Hashable {
  /// Floats over every magnitude (uniform near 1, log-uniform over the whole
  /// exponent range) with NaN, sNaN, ±inf, ±0, denormals, ±max mixed in;
  /// ints small and full-range with 0, ±1, MIN, MAX mixed in.
  case general
  /// Floats in [-2, 2] with a few NaN, ±inf, ±0 and denormals (about
  /// `specials` per tensor): for sums, where order must not decide overflow.
  case bounded(specials: Int)
  /// Floats ±[0.5, 2] with a few NaN, ±inf, ±0 (no denormals): products of a
  /// few hundred never leave the normal range.
  case product(specials: Int)
  /// Floats ±1, ±2, ±0.5 (rarely the latter two) with a few NaN, ±inf, ±0:
  /// every product is exact, so any order gives the same bits.
  case powersOfTwo(specials: Int)
  /// Few distinct values (ties), NaN, ±inf, ±0 among them: for argmax/argmin.
  case ties
}

struct OpRNG {
  var rng: SeededRNG
  init(seed: UInt64) { rng = SeededRNG(seed: seed) }
  mutating func next() -> UInt64 { rng.next() }
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  mutating func chance(_ p: Double) -> Bool { unit() < p }
  mutating func sign() -> Double { next() & 1 == 0 ? 1 : -1 }
}

/// Special float values (as Double, converted per dtype; sNaN handled apart).
enum FloatSpecial {
  case nan, negNaN, sNaN, inf, negInf, zero, negZero, minDenormal, denormal, negDenormal, maxFinite, negMax, minNormal
  static let all: [FloatSpecial] = [.nan, .negNaN, .sNaN, .inf, .negInf, .zero, .negZero, .minDenormal, .denormal,
                                    .negDenormal, .maxFinite, .negMax, .minNormal]
  /// Those that keep sums of a few hundred values in range.
  static let bounded: [FloatSpecial] = [.nan, .inf, .negInf, .zero, .negZero, .minDenormal, .denormal, .negDenormal]
  static let product: [FloatSpecial] = [.nan, .inf, .negInf, .zero, .negZero]

  func f32(_ r: inout OpRNG) -> Float {
    switch self {
    case .nan: return .nan
    case .negNaN: return -.nan
    case .sNaN: return .signalingNaN
    case .inf: return .infinity
    case .negInf: return -.infinity
    case .zero: return 0
    case .negZero: return -0.0
    case .minDenormal: return .leastNonzeroMagnitude
    case .denormal: return Float(bitPattern: UInt32(1 + r.below(0x7F_FFFE)))
    case .negDenormal: return -Float(bitPattern: UInt32(1 + r.below(0x7F_FFFE)))
    case .maxFinite: return .greatestFiniteMagnitude
    case .negMax: return -.greatestFiniteMagnitude
    case .minNormal: return .leastNormalMagnitude
    }
  }

  func f64(_ r: inout OpRNG) -> Double {
    switch self {
    case .nan: return .nan
    case .negNaN: return -.nan
    case .sNaN: return .signalingNaN
    case .inf: return .infinity
    case .negInf: return -.infinity
    case .zero: return 0
    case .negZero: return -0.0
    case .minDenormal: return .leastNonzeroMagnitude
    case .denormal: return Double(bitPattern: 1 + (r.next() & 0xF_FFFF_FFFF_FFFE))
    case .negDenormal: return -Double(bitPattern: 1 + (r.next() & 0xF_FFFF_FFFF_FFFE))
    case .maxFinite: return .greatestFiniteMagnitude
    case .negMax: return -.greatestFiniteMagnitude
    case .minNormal: return .leastNormalMagnitude
    }
  }
}

func opInputTensor(_ t: TensorType, _ style: InputStyle, _ r: inout OpRNG) -> HostTensor {
  let n = t.elementCount
  // Probability of a special value per element.
  func rate(_ k: Int) -> Double { n == 0 ? 0 : min(0.2, Double(k) / Double(n)) }
  switch t.dtype {
  case .f32:
    return HostTensor(type: t, storage: .f32((0..<n).map { _ in floatElement(style, n, &r, f32: true).0 }))
  case .f64:
    return HostTensor(type: t, storage: .f64((0..<n).map { _ in floatElement(style, n, &r, f32: false).1 }))
  case .i32:
    return HostTensor(type: t, storage: .i32((0..<n).map { _ in
      Int32(truncatingIfNeeded: intElement(style, &r, min: Int64(Int32.min), max: Int64(Int32.max)))
    }))
  case .i64:
    return HostTensor(type: t, storage: .i64((0..<n).map { _ in intElement(style, &r, min: .min, max: .max) }))
  case .i1:
    return HostTensor(type: t, storage: .i1((0..<n).map { _ in r.next() & 1 == 1 }))
  }

  func floatElement(_ style: InputStyle, _ n: Int, _ r: inout OpRNG, f32: Bool) -> (Float, Double) {
    func special(_ list: [FloatSpecial]) -> (Float, Double) {
      let s = list[r.below(list.count)]
      return f32 ? (s.f32(&r), 0) : (0, s.f64(&r))
    }
    func value(_ d: Double) -> (Float, Double) { (Float(d), d) }
    switch style {
    case .general:
      let u = r.unit()
      if u < 0.12 { return special(FloatSpecial.all) }
      if u < 0.35 {
        // Log-uniform over the whole exponent range, denormals included.
        if f32 {
          let bits = UInt32(truncatingIfNeeded: r.next()) & 0x7FFF_FFFF
          let x = Float(bitPattern: min(bits, 0x7F7F_FFFF))
          return (r.sign() < 0 ? -x : x, 0)
        }
        let bits = r.next() & 0x7FFF_FFFF_FFFF_FFFF
        let x = Double(bitPattern: min(bits, 0x7FEF_FFFF_FFFF_FFFF))
        return (0, r.sign() < 0 ? -x : x)
      }
      if u < 0.45 { return value(Double(r.below(17)) - 8) }  // small integers (exact cases)
      return value((r.unit() * 8 - 4))
    case .bounded(let k):
      if r.chance(rate(k)) { return special(FloatSpecial.bounded) }
      return value(r.unit() * 4 - 2)
    case .product(let k):
      if r.chance(rate(k)) { return special(FloatSpecial.product) }
      return value(r.sign() * (0.5 + r.unit() * 1.5))
    case .powersOfTwo(let k):
      if r.chance(rate(k)) { return special(FloatSpecial.product) }
      let u = r.unit()
      return value(r.sign() * (u < 0.003 ? 2 : u < 0.006 ? 0.5 : 1))
    case .ties:
      let pool: [Double] = [-1, 0, -0.0, 1, 2, .nan, .infinity, -.infinity, 0.5]
      if r.chance(0.7) { return value(Double(r.below(5)) - 2) }
      return value(pool[r.below(pool.count)])
    }
  }

  func intElement(_ style: InputStyle, _ r: inout OpRNG, min lo: Int64, max hi: Int64) -> Int64 {
    if case .ties = style { return Int64(r.below(5)) - 2 }
    let u = r.unit()
    if u < 0.25 {
      let edges: [Int64] = [0, -1, 1, lo, hi, lo + 1, hi - 1, 2, -2]
      return edges[r.below(edges.count)]
    }
    if u < 0.45 { return Int64(bitPattern: r.next()) }  // truncated for i32
    return Int64(r.below(201)) - 100
  }
}

// MARK: - Checks

/// What "compiled equals the interpreter" means for a function's results.
enum OpCheck: Sendable {
  /// Bit for bit (any NaN matches any NaN).
  case exact
  /// Math functions: within 4 ulp (f32) / 1e-15 relative (f64) of the
  /// interpreter's libm value; NaN, ±inf and exact zeros must agree.
  case math
  /// A sum reordered (reassociated, FMA): per element within 2·n·u·Σ|terms|
  /// (u the unit roundoff, n the number of terms), where `bound` (a function
  /// of the module, interpreted) gives Σ|terms| per element in f64 and `n`
  /// is the number of terms. Non-finite results must agree.
  case reorderedSum(bound: String, terms: Int)
  /// A product reordered: within 2·n·u relative. Non-finite results agree.
  case reorderedProduct(terms: Int)
}

/// Units in the last place of a float with `d`'s precision at `x` (the
/// spacing of its binade; denormal spacing below the normal range).
func ulpOf(_ x: Double, _ d: DType) -> Double {
  let (mant, minExp) = d == .f32 ? (24, -126) : (53, -1022)
  let a = abs(x)
  guard a.isFinite, a > 0 else { return d == .f32 ? 0x1p-149 : 0x1p-1074 }
  let e = max(Int(a.exponent), minExp)
  return Double(sign: .plus, exponent: e - (mant - 1), significand: 1)
}

/// The f32 ulp error of `got` against `ref` (in units of ref's binade);
/// an infinite `got` counts as ±2^128 (the overflow threshold), 0 when both
/// are NaN or equal; .infinity when one is NaN and the other not.
func f32UlpError(_ got: Float, _ ref: Double) -> Double {
  if ref.isNaN || got.isNaN { return ref.isNaN && got.isNaN ? 0 : .infinity }
  if Double(got) == ref { return 0 }
  let r32 = Float(ref)
  if r32.isInfinite && got == r32 { return 0 }
  let g = got.isInfinite ? Double(sign: got.sign, exponent: 128, significand: 1) : Double(got)
  let r = ref.isInfinite ? Double(sign: ref.sign, exponent: 128, significand: 1) : ref
  return abs(g - r) / ulpOf(r, .f32)
}

/// The relative error of an f64 `got` against a Float80 reference, with
/// results below the normal range measured against the smallest normal
/// (so a correctly rounded denormal has error < 2^-53); infinities count as
/// ±2^1024; .infinity for a NaN mismatch.
func f64RelError(_ got: Double, _ ref: Float80) -> Double {
  if ref.isNaN || got.isNaN { return ref.isNaN && got.isNaN ? 0 : .infinity }
  if Float80(got) == ref { return 0 }
  if Double(ref).isInfinite && Double(ref) == got { return 0 }
  let big = Float80(sign: .plus, exponent: 1024, significand: 1)
  let g = got.isInfinite ? (got < 0 ? -big : big) : Float80(got)
  let r = ref.isInfinite ? (ref < 0 ? -big : big) : ref
  let scale = max(abs(r), Float80(Double.leastNormalMagnitude))
  return Double(abs(g - r) / scale)
}

func sameBits(_ a: HostTensor, _ b: HostTensor) -> Int? {
  func firstDiff<T>(_ x: [T], _ y: [T], _ eq: (T, T) -> Bool) -> Int? {
    for i in x.indices where !eq(x[i], y[i]) { return i }
    return nil
  }
  switch (a.storage, b.storage) {
  case (.f32(let x), .f32(let y)): return firstDiff(x, y) { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
  case (.f64(let x), .f64(let y)): return firstDiff(x, y) { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
  case (.i32(let x), .i32(let y)): return firstDiff(x, y, ==)
  case (.i64(let x), .i64(let y)): return firstDiff(x, y, ==)
  case (.i1(let x), .i1(let y)): return firstDiff(x, y, ==)
  default: return 0
  }
}

func describeElement(_ t: HostTensor, _ i: Int) -> String {
  switch t.storage {
  case .f32(let a): return "\(a[i]) (0x\(String(a[i].bitPattern, radix: 16)))"
  case .f64(let a): return "\(a[i]) (0x\(String(a[i].bitPattern, radix: 16)))"
  case .i32(let a): return "\(a[i])"
  case .i64(let a): return "\(a[i])"
  case .i1(let a): return "\(a[i])"
  }
}

/// Nil when `got` passes `check` against the interpreter's `expected`, else why not.
func checkResult(_ got: HostTensor, _ expected: HostTensor, _ check: OpCheck, bound: HostTensor?) -> String? {
  guard got.type == expected.type else { return "type \(got.type), expected \(expected.type)" }
  func at(_ i: Int) -> String {
    "element \(i) of \(got.count): \(describeElement(got, i)), expected \(describeElement(expected, i))"
  }
  if case .exact = check { return sameBits(got, expected).map(at) }
  guard got.dtype.isFloat else { return sameBits(got, expected).map(at) }
  let g = got.doubles, e = expected.doubles
  let u = got.dtype == .f32 ? 0x1p-24 : 0x1p-53
  let b = bound?.doubles
  for i in g.indices {
    let (x, y) = (g[i], e[i])
    if x.isNaN || y.isNaN {
      if x.isNaN != y.isNaN { return at(i) }
      continue
    }
    if x.isInfinite || y.isInfinite {
      // A math function may round to ±inf where the reference is within its
      // bound of the overflow threshold; the ulp check below decides that.
      if case .math = check {} else if x != y { return at(i) }
    }
    switch check {
    case .exact: break
    case .math:
      if got.dtype == .f32 {
        let err = f32UlpError(Float(x), y)
        if err > 4 { return at(i) + " (\(err) ulp)" }
      } else {
        let err = f64RelError(x, Float80(y))
        if err > 1e-15 { return at(i) + " (relative error \(err))" }
      }
      // Signed zeros keep their meaning.
      if x == 0 && y == 0 && x.sign != y.sign { return at(i) + " (sign of zero)" }
    case .reorderedSum(_, let n):
      guard let b else { return "no bound" }
      let tol = 2 * Double(max(n, 1)) * u * b[i]
      if abs(x - y) > tol { return at(i) + " (tolerance \(tol))" }
    case .reorderedProduct(let n):
      let tol = 2 * Double(max(n, 1)) * u * abs(y)
      if abs(x - y) > tol { return at(i) + " (tolerance \(tol))" }
    }
  }
  return nil
}

// MARK: - Functions under test

/// One function of an op's test module.
struct OpFunction: Sendable {
  var name: String
  /// The whole `func ... { ... }` text.
  var text: String
  var style: InputStyle
  var check: OpCheck
  /// Extra functions the check needs (bounds), interpreted only.
  var helpers: [String] = []
}

/// `func @name(%a0: T0, ...) -> R { BODY return %r }` with `body` lines.
func opFunc(_ name: String, params: [TensorType], results: [TensorType], body: [String], returns: [String] = ["%r"],
            style: InputStyle = .general, check: OpCheck = .exact, helpers: [String] = []) -> OpFunction {
  let ps = params.enumerated().map { "%a\($0.offset): \($0.element)" }.joined(separator: ", ")
  let rs = results.count == 1 ? "\(results[0])" : "(" + results.map(\.description).joined(separator: ", ") + ")"
  let text = "func @\(name)(\(ps)) -> \(rs) {\n" + body.map { "  " + $0 + "\n" }.joined()
    + "  return \(returns.joined(separator: ", "))\n}\n"
  return OpFunction(name: name, text: text, style: style, check: check, helpers: helpers)
}

/// A name fragment for a type: `f32_3x5`, `i64_s` (scalar), `f32_3x0`.
func tyName(_ t: TensorType) -> String {
  t.dtype.rawValue + "_" + (t.shape.isEmpty ? "s" : t.shape.map(String.init).joined(separator: "x"))
}

/// Compiles the functions (one module, compiled once) and checks each on
/// seeded inputs against the interpreter. Returns one line per problem.
func runCompiledCases(_ fns: [OpFunction], seed: UInt64 = 7, optLevel: Int = 3) throws -> [String] {
  // The helpers (bounds) are interpreted only: the compiled module holds the functions under test.
  let text = fns.map(\.text).joined(separator: "\n")
  let fullText = fns.map { ([$0.text] + $0.helpers).joined(separator: "\n") }.joined(separator: "\n")
  let m: Module, full: Module
  switch (load(text, file: "optest.ftir").flatMap(Pipeline.expand), load(fullText, file: "optest.ftir")) {
  case (.success(let x), .success(let y)): (m, full) = (x, y)
  case (.failure(let d), _), (_, .failure(let d)):
    return ["the test module does not load: \(d.diagnostics.map(\.message))\n\(fullText)"]
  }
  let jit = try Pipeline.jit(m, config: CompileConfig(optLevel: optLevel))
  let interp = Interpreter(module: full)
  var problems: [String] = []
  for (k, f) in fns.enumerated() {
    guard let def = m.function(named: f.name) else { problems.append("@\(f.name): missing"); continue }
    var r = OpRNG(seed: seed &+ UInt64(k) &* 0x9E37_79B9)
    let args = def.signature.params.map { opInputTensor($0, f.style, &r) }
    let expected = try interp.run(f.name, args)
    let got: [HostTensor]
    do { got = try jit.run(f.name, args) } catch { problems.append("@\(f.name): \(error)"); continue }
    var bound: HostTensor? = nil
    if case .reorderedSum(let b, _) = f.check { bound = try interp.run(b, args).first }
    for (j, (e, g)) in zip(expected, got).enumerated() {
      if let why = checkResult(g, e, f.check, bound: bound) {
        problems.append("@\(f.name) result \(j): \(why)")
      }
    }
  }
  return problems
}
