import Codegen
import Dispatch
import FTCTool
import Pipeline
import Foundation
import Testing
@testable import FTIR

#if canImport(Glibc)
import Glibc
#endif

// Accuracy of compiled math functions against a high-precision reference
// (spec section 4, "Accuracy and floating point": 4 ulp for f32, 1e-15
// relative for f64, on the whole domain). One module holds a function per
// math op and dtype applying it to a 2^20-element tensor; it is compiled once
// and run compiled, so what is measured is the vectorized code (glibc
// libmvec's variants in the loop body, libm in the remainder loop, several
// threads). The points: the special values (NaN, ±inf, ±0, denormals, ±max,
// huge arguments), then values log-uniform over the whole exponent range
// (random bit patterns of finite values, both signs) and values concentrated
// where the function is not trivially saturated.
//
// References: f32 results against the f64 libm function of the same
// argument (its error, < 2^-52 relative, is ~2^-29 of an f32 ulp); f64
// results against the x87 `long double` (Float80) libm function.
// Errors: f32 in ulps of the reference's binade (denormal spacing below the
// normal range; an infinite result counts as ±2^128); f64 relative, measured
// against max(|ref|, smallest normal). NaN must give NaN, ±inf and signed
// zeros must agree.
//
// Tools/exhaustive-f32-check runs every f32 input through the same compiled
// code (by hand: it takes minutes).

private let pointsPerFunction = 1 << 20

struct MathAccuracyCase: Sendable, CustomTestStringConvertible {
  var op: String
  var arity: Int
  /// Half-width of the region where the function is not saturated (the
  /// concentrated points), for f32 and for f64.
  var range32: Double
  var range64: Double
  /// Points only >= `lowest` in that region (log, sqrt: the positive half is the interesting one).
  var lowest: Double? = nil
  var ref32: @Sendable (Double, Double) -> Double
  var ref64: @Sendable (Float80, Float80) -> Float80
  /// The libmvec function the loop must call (nil: none, e.g. sqrt).
  var vectorBase: String?
  var testDescription: String { op }
}

let mathAccuracyCases: [MathAccuracyCase] = [
  MathAccuracyCase(op: "exp", arity: 1, range32: 110, range64: 760, ref32: { x, _ in Glibc.exp(x) },
                   ref64: { x, _ in expl(x) }, vectorBase: "exp"),
  MathAccuracyCase(op: "log", arity: 1, range32: 4, range64: 4, lowest: 0, ref32: { x, _ in Glibc.log(x) },
                   ref64: { x, _ in logl(x) }, vectorBase: "log"),
  MathAccuracyCase(op: "log1p", arity: 1, range32: 4, range64: 4, lowest: -1, ref32: { x, _ in Glibc.log1p(x) },
                   ref64: { x, _ in log1pl(x) }, vectorBase: "log1p"),
  MathAccuracyCase(op: "expm1", arity: 1, range32: 110, range64: 760, ref32: { x, _ in Glibc.expm1(x) },
                   ref64: { x, _ in expm1l(x) }, vectorBase: "expm1"),
  MathAccuracyCase(op: "sin", arity: 1, range32: 1e5, range64: 1e6, ref32: { x, _ in Glibc.sin(x) },
                   ref64: { x, _ in sinl(x) }, vectorBase: "sin"),
  MathAccuracyCase(op: "cos", arity: 1, range32: 1e5, range64: 1e6, ref32: { x, _ in Glibc.cos(x) },
                   ref64: { x, _ in cosl(x) }, vectorBase: "cos"),
  MathAccuracyCase(op: "tan", arity: 1, range32: 1e5, range64: 1e6, ref32: { x, _ in Glibc.tan(x) },
                   ref64: { x, _ in tanl(x) }, vectorBase: "tan"),
  MathAccuracyCase(op: "tanh", arity: 1, range32: 12, range64: 25, ref32: { x, _ in Glibc.tanh(x) },
                   ref64: { x, _ in tanhl(x) }, vectorBase: "tanh"),
  MathAccuracyCase(op: "logistic", arity: 1, range32: 110, range64: 760, ref32: { x, _ in 1 / (1 + Glibc.exp(-x)) },
                   ref64: { x, _ in 1 / (1 + expl(-x)) }, vectorBase: "exp"),
  MathAccuracyCase(op: "erf", arity: 1, range32: 6, range64: 8, ref32: { x, _ in Glibc.erf(x) },
                   ref64: { x, _ in erfl(x) }, vectorBase: "erf"),
  MathAccuracyCase(op: "pow", arity: 2, range32: 4, range64: 4, ref32: { x, y in Glibc.pow(x, y) },
                   ref64: { x, y in powl(x, y) }, vectorBase: "pow"),
  MathAccuracyCase(op: "atan2", arity: 2, range32: 10, range64: 10, ref32: { y, x in Glibc.atan2(y, x) },
                   ref64: { y, x in atan2l(y, x) }, vectorBase: "atan2"),
  MathAccuracyCase(op: "rsqrt", arity: 1, range32: 4, range64: 4, lowest: 0, ref32: { x, _ in 1 / x.squareRoot() },
                   ref64: { x, _ in 1 / sqrtl(x) }, vectorBase: nil),
  MathAccuracyCase(op: "sqrt", arity: 1, range32: 4, range64: 4, lowest: 0, ref32: { x, _ in x.squareRoot() },
                   ref64: { x, _ in sqrtl(x) }, vectorBase: nil),
]

// MARK: - Points

private struct MathPointGen {
  var r: OpRNG
  let f32: Bool

  /// Special values of the dtype (as Double: every f32 is exact in it).
  func specials() -> [Double] {
    let big: [Double] = [1e30, 1e22, 1e10, 65536, 1e300, 1e200, 1e100, 1e50, 1e20]
    var s: [Double] = [.nan, -.nan, .infinity, -.infinity, 0, -0.0, 1, -1, 0.5, -0.5, 2, -2, 88.72283, 88.7, 89, -87.3, -103.97,
                       -104, 709.78, 709.79, -745.13, -745.2, 1e-7, -1e-7, .pi, -.pi, .pi / 2, 3 * .pi / 2, 1e-30, -1e-30]
    s += big + big.map { -$0 }
    if f32 {
      s += [Double(Float.leastNonzeroMagnitude), -Double(Float.leastNonzeroMagnitude), Double(Float.leastNormalMagnitude),
            -Double(Float.leastNormalMagnitude), Double(Float.greatestFiniteMagnitude), -Double(Float.greatestFiniteMagnitude),
            Double(Float(bitPattern: 0x7F_FFFF)), Double(Float(bitPattern: 0x40_0000)), -Double(Float(bitPattern: 0x12_3456)),
            Double(Float(1).nextDown), Double(Float(1).nextUp), Double(Float(-1).nextUp)]
      return s.map { Double(Float($0)) }
    }
    s += [Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, -Double.leastNormalMagnitude,
          Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, Double(bitPattern: 0xF_FFFF_FFFF_FFFF),
          Double(bitPattern: 0x8_0000_0000_0000), Double(1).nextDown, Double(1).nextUp, Double(-1).nextUp]
    return s
  }

  /// A finite value with uniformly random bits: log-uniform magnitude over
  /// the whole exponent range (denormals included), either sign.
  mutating func anyFinite() -> Double {
    if f32 {
      var bits = UInt32(truncatingIfNeeded: r.next())
      if bits & 0x7F80_0000 == 0x7F80_0000 { bits &= 0xBFFF_FFFF }  // NaN/inf -> finite
      return Double(Float(bitPattern: bits))
    }
    var bits = r.next()
    if bits & 0x7FF0_0000_0000_0000 == 0x7FF0_0000_0000_0000 { bits &= 0xBFFF_FFFF_FFFF_FFFF }
    return Double(bitPattern: bits)
  }

  /// A value in [lowest ?? -range, range]: uniform, or log-uniform in magnitude down to 2^-40.
  mutating func inRange(_ range: Double, lowest: Double?) -> Double {
    let lo = lowest ?? -range
    var x: Double
    if r.next() & 1 == 0 {
      x = lo + (range - lo) * r.unit()
    } else {
      let mag = Double.pow2(-40 + (log2(range) + 40) * r.unit())
      x = (lo < 0 && r.next() & 1 == 0) ? -min(mag, -lo) : mag
    }
    return f32 ? Double(Float(x)) : x
  }

  mutating func pair(_ op: String) -> (Double, Double) {
    let u = r.unit()
    switch op {
    case "pow":
      if u < 0.25 { return (abs(anyFinite()), inRange(8, lowest: nil)) }
      if u < 0.45 { return (inRange(4, lowest: 0), inRange(f32 ? 60 : 400, lowest: nil)) }
      if u < 0.6 { return (inRange(8, lowest: nil), Double(r.below(61)) - 30) }  // negative bases, integer powers
      if u < 0.75 {
        // Bases near 1 with large exponents.
        let x = 1 + (r.unit() - 0.5) * (f32 ? 0x1p-10 : 0x1p-20)
        return (f32 ? Double(Float(x)) : x, inRange(f32 ? 1e5 : 1e9, lowest: nil))
      }
      if u < 0.85 { return (anyFinite(), anyFinite()) }
      return (abs(anyFinite()), inRange(1.5, lowest: nil))
    default:  // atan2(y, x)
      if u < 0.4 { return (anyFinite(), anyFinite()) }
      if u < 0.8 { return (inRange(10, lowest: nil), inRange(10, lowest: nil)) }
      let y = anyFinite()
      // Nearly equal magnitudes (results near ±pi/4, ±3pi/4) and extreme ratios.
      let x = r.next() & 1 == 0 ? y * (1 + (r.unit() - 0.5) * 1e-3) : y * Double.pow2(Double(r.below(120)) - 60)
      return (y, f32 ? Double(Float(x)) : x)
    }
  }
}

private extension Double {
  static func pow2(_ e: Double) -> Double { Glibc.exp2(e) }
}

/// The points of one case: (x, y) pairs (y unused for unary ops).
private func points(_ c: MathAccuracyCase, f32: Bool, count: Int, seed: UInt64) -> ([Double], [Double]) {
  var g = MathPointGen(r: OpRNG(seed: seed), f32: f32)
  var xs: [Double] = [], ys: [Double] = []
  xs.reserveCapacity(count)
  ys.reserveCapacity(count)
  let sp = g.specials()
  if c.arity == 1 {
    xs += sp
    while xs.count < count {
      xs.append(g.r.unit() < 0.4 ? g.anyFinite() : g.inRange(f32 ? c.range32 : c.range64, lowest: c.lowest))
    }
    return (xs, Array(repeating: 0, count: count))
  }
  for a in sp { for b in sp { xs.append(a); ys.append(b) } }  // every pair of special values
  while xs.count < count {
    let (a, b) = g.pair(c.op)
    xs.append(a)
    ys.append(b)
  }
  return (Array(xs.prefix(count)), Array(ys.prefix(count)))
}

// MARK: - Measuring

struct AccuracyReport {
  var maxError = 0.0
  var worstX = 0.0, worstY = 0.0, worstGot = 0.0
  var wrongSpecials: [String] = []
}

/// Runs `body(i)` for i in 0..<n on the cores, chunk by chunk, merging per-chunk reports.
private func measure(_ n: Int, _ body: @Sendable (Range<Int>) -> AccuracyReport) -> AccuracyReport {
  let chunks = 16
  let size = (n + chunks - 1) / chunks
  let results = UnsafeMutableBufferPointer<AccuracyReport>.allocate(capacity: chunks)
  results.initialize(repeating: AccuracyReport())
  defer { results.deallocate() }
  nonisolated(unsafe) let out = results
  DispatchQueue.concurrentPerform(iterations: chunks) { k in
    out[k] = body((k * size)..<min(n, (k + 1) * size))
  }
  var total = AccuracyReport()
  for r in results {
    if r.maxError > total.maxError { (total.maxError, total.worstX, total.worstY, total.worstGot) = (r.maxError, r.worstX, r.worstY, r.worstGot) }
    total.wrongSpecials += r.wrongSpecials
  }
  return total
}

@Suite struct MathAccuracyTests {
  /// The module: `@OP_f32` and `@OP_f64` for every case, over `pointsPerFunction` elements.
  static func moduleText() -> String {
    var text = ""
    for c in mathAccuracyCases {
      for d in ["f32", "f64"] {
        let t = "\(d)[\(pointsPerFunction)]"
        let params = c.arity == 1 ? "%x: \(t)" : "%x: \(t), %y: \(t)"
        let operands = c.arity == 1 ? "%x" : "%x, %y"
        text += "func @\(c.op)_\(d)(\(params)) -> \(t) {\n  %r = \(c.op) \(operands) : \(t)\n  return %r\n}\n"
      }
    }
    return text
  }

  static let compiled: Result<JITModule, any Error> = Result {
    let m = try load(moduleText(), file: "math.ftir").get()
    return try Pipeline.jit(m)
  }

  @Test(arguments: mathAccuracyCases)
  func withinTheSpecBound(_ c: MathAccuracyCase) throws {
    let jit = try Self.compiled.get()
    let n = pointsPerFunction
    // f32
    do {
      let (xs, ys) = points(c, f32: true, count: n, seed: 0xF32 &+ UInt64(c.op.utf8.count))
      let xf = xs.map { Float($0) }, yf = ys.map { Float($0) }
      let args = [HostTensor(xf, shape: [n])] + (c.arity == 2 ? [HostTensor(yf, shape: [n])] : [])
      guard case .f32(let got) = try jit.run("\(c.op)_f32", args)[0].storage else { Issue.record("not f32"); return }
      let ref = c.ref32
      let report = measure(n) { range in
        var rep = AccuracyReport()
        for i in range {
          let x = Double(xf[i]), y = Double(yf[i])
          let r = ref(x, y)
          var err = f32UlpError(got[i], r)
          if got[i] == 0 && r == 0 && got[i].sign != r.sign { err = .infinity }
          if err > rep.maxError { (rep.maxError, rep.worstX, rep.worstY, rep.worstGot) = (err, x, y, Double(got[i])) }
          if err.isInfinite && rep.wrongSpecials.count < 5 {
            rep.wrongSpecials.append("\(c.op)_f32(\(x)\(c.arity == 2 ? ", \(y)" : "")) = \(got[i]), reference \(r)")
          }
        }
        return rep
      }
      print("math accuracy: \(c.op) f32: max \(String(format: "%.3f", report.maxError)) ulp over \(n) points"
        + " (at x=\(Float(report.worstX))\(c.arity == 2 ? ", y=\(Float(report.worstY))" : ""): got \(Float(report.worstGot)), reference \(c.ref32(report.worstX, report.worstY)))")
      #expect(report.maxError <= 4, "\(c.op) f32: \(report.maxError) ulp at x=\(report.worstX), y=\(report.worstY): got \(report.worstGot), reference \(c.ref32(report.worstX, report.worstY)); \(report.wrongSpecials)")
    }
    // f64
    do {
      let (xs, ys) = points(c, f32: false, count: n, seed: 0xF64 &+ UInt64(c.op.utf8.count))
      let args = [HostTensor(xs, shape: [n])] + (c.arity == 2 ? [HostTensor(ys, shape: [n])] : [])
      guard case .f64(let got) = try jit.run("\(c.op)_f64", args)[0].storage else { Issue.record("not f64"); return }
      let ref = c.ref64
      let report = measure(n) { range in
        var rep = AccuracyReport()
        for i in range {
          let r = ref(Float80(xs[i]), Float80(ys[i]))
          var err = f64RelError(got[i], r)
          if got[i] == 0 && r == 0 && got[i].sign != r.sign { err = .infinity }
          if err > rep.maxError { (rep.maxError, rep.worstX, rep.worstY, rep.worstGot) = (err, xs[i], ys[i], got[i]) }
          if err.isInfinite && rep.wrongSpecials.count < 5 {
            rep.wrongSpecials.append("\(c.op)_f64(\(xs[i])\(c.arity == 2 ? ", \(ys[i])" : "")) = \(got[i]), reference \(r)")
          }
        }
        return rep
      }
      print("math accuracy: \(c.op) f64: max \(String(format: "%.3g", report.maxError)) relative over \(n) points"
        + " (at x=\(report.worstX)\(c.arity == 2 ? ", y=\(report.worstY)" : ""): got \(report.worstGot), reference \(c.ref64(Float80(report.worstX), Float80(report.worstY))))")
      #expect(report.maxError <= 1e-15, "\(c.op) f64: relative error \(report.maxError) at x=\(report.worstX), y=\(report.worstY): got \(report.worstGot); \(report.wrongSpecials)")
    }
  }

  /// The measured code is the vectorized one: the loops call libmvec's variants.
  @Test func loopsCallTheVectorVariants() throws {
    let target = try Compiler.target(CompileConfig())
    guard target.vectorBits >= 256 else { return }  // no libmvec variants below AVX2
    let c = Compilation(bytes: Array(Self.moduleText().utf8), fileName: "math.ftir")
    try c.run(through: .asm)
    let asm = try #require(c.assembly)
    let (isa, lanes32) = target.vectorBits >= 512 ? ("e", 16) : ("d", 8)
    for c in mathAccuracyCases {
      guard let base = c.vectorBase else { continue }
      let v = String(repeating: "v", count: c.arity)
      for (name, lanes) in [(base + "f", lanes32), (base, lanes32 / 2)] {
        let symbol = "_ZGV\(isa)N\(lanes)\(v)_\(name)"
        #expect(asm.contains(symbol), "\(c.op): the compiled loop does not call \(symbol)")
      }
    }
  }
}
