import Foundation
import Testing
@testable import FTIR
import FTCTool
import Pipeline

/// The machinery of GradientCheckTests: one case is an op applied (with its
/// attributes) to f64 parameters; the harness builds around it a scalar loss,
/// its grad, jvp, vjp and a Hessian-vector product, and compares them with
/// finite differences and with each other.

typealias PointGen = @Sendable (inout SeededRNG) -> [HostTensor]

/// Where a parameter's random values come from (each keeps a margin of at
/// least 0.1 from the op's kinks, so a finite difference step never crosses one).
enum Domain: Sendable {
  case any          // [-2, 2]
  case positive     // [0.5, 2]
  case awayFromZero // ±[0.3, 2]
  case awayFromInt  // k + [0.15, 0.85]
  case aboveMinusOne // [-0.5, 2]
  case belowPole    // [-1.2, 1.2] (tan's poles are at ±π/2)
  case distinct     // pairwise at least ~0.2 apart
}

struct GradCase: Sendable, CustomTestStringConvertible {
  /// The op (a name in OpRegistry), or "composition".
  var op: String
  /// What the case shows, e.g. "integer_pow n=-2"; names the test case.
  var label: String
  var params: [TensorType]
  var result: TensorType
  /// Lines of `@gc_op`'s body over %a, %b, ... that define %r.
  var body: String
  /// Functions the body calls.
  var extra: String = ""
  var gen: PointGen
  /// Parameters whose derivative is zero by convention (stop_gradient):
  /// finite differences do not apply; their gradient must be exactly zero.
  var frozen: Set<Int> = []
  /// Finite difference step (times max(1, |x|)) and relative+absolute tolerance.
  var fdStep = 1e-6
  var fdTol = 1e-6
  /// Relative tolerance of <vjp(ct), t> == <ct, jvp(t)>.
  var dotTol = 1e-12
  /// Step and tolerance of the Hessian-vector product check.
  var hessStep = 1e-5
  var hessTol = 1e-5

  var testDescription: String { label }

  var paramNames: [String] { params.indices.map { gcParamName($0) } }
}

func gcParamName(_ i: Int) -> String { ["a", "b", "c", "d", "e", "f", "g", "h"][i] }

func f64(_ shape: Int...) -> TensorType { TensorType(.f64, shape) }

func allDims(_ t: TensorType) -> String { "[" + (0..<t.rank).map(String.init).joined(separator: ", ") + "]" }

// MARK: - Random points

func draw(_ d: Domain, _ t: TensorType, _ rng: inout SeededRNG) -> HostTensor {
  let n = t.elementCount
  var v: [Double] = []
  switch d {
  case .any: v = (0..<n).map { _ in Double.random(in: -2...2, using: &rng) }
  case .positive: v = (0..<n).map { _ in Double.random(in: 0.5...2, using: &rng) }
  case .awayFromZero:
    v = (0..<n).map { _ in (Bool.random(using: &rng) ? 1 : -1) * Double.random(in: 0.3...2, using: &rng) }
  case .awayFromInt:
    v = (0..<n).map { _ in Double(Int.random(in: -3...2, using: &rng)) + Double.random(in: 0.15...0.85, using: &rng) }
  case .aboveMinusOne: v = (0..<n).map { _ in Double.random(in: -0.5...2, using: &rng) }
  case .belowPole: v = (0..<n).map { _ in Double.random(in: -1.2...1.2, using: &rng) }
  case .distinct:
    let ranks = Array(0..<n).shuffled(using: &rng)
    v = ranks.map { (Double($0) - Double(n) / 2) * 0.3 + Double.random(in: -0.05...0.05, using: &rng) }
  }
  return HostTensor(v, shape: t.shape)
}

func uniformGen(_ doms: [Domain], _ types: [TensorType]) -> PointGen {
  { rng in zip(doms, types).map { draw($0, $1, &rng) } }
}

func mapValues(_ t: HostTensor, _ f: (Double) -> Double) -> HostTensor { HostTensor(t.doubles.map(f), shape: t.shape) }

/// x + h * v, parameter by parameter.
func axpy(_ xs: [HostTensor], _ vs: [HostTensor], _ h: Double) -> [HostTensor] {
  zip(xs, vs).map { x, v in HostTensor(zip(x.doubles, v.doubles).map { $0 + h * $1 }, shape: x.shape) }
}

func dot(_ a: HostTensor, _ b: HostTensor) -> (value: Double, scale: Double) {
  var s = 0.0, m = 0.0
  for (x, y) in zip(a.doubles, b.doubles) { s += x * y; m += Swift.abs(x * y) }
  return (s, m)
}

/// A stable 64-bit hash of a label (String.hashValue changes per process).
func stableSeed(_ s: String) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
  return h
}

// MARK: - The module of a case

/// `@gc_op` (the op, un-reduced), `@gc_f` = sum(op * w), and its derived functions:
/// `@gc_g` (grad w.r.t. every parameter), `@gc_fw` (jvp of the op), `@gc_b` (vjp
/// of the op), `@gc_hv` (<grad f, v>) and `@gc_h2` (grad of it: the
/// Hessian-vector product).
func gradCheckModule(_ c: GradCase) -> String {
  let names = c.paramNames
  let sig = zip(names, c.params).map { "%\($0): \($1)" }.joined(separator: ", ")
  let args = names.map { "%" + $0 }.joined(separator: ", ")
  let r = c.result
  let argnums = "[" + c.params.indices.map(String.init).joined(separator: ", ") + "]"
  var s = c.extra + "\n"
  s += "func @gc_op(\(sig)) -> \(r) {\n"
  for line in c.body.split(separator: "\n") { s += "  " + line.trimmingCharacters(in: .whitespaces) + "\n" }
  s += "  return %r\n}\n"
  s += """
    func @gc_f(\(sig), %w: \(r)) -> f64[] {
      %r = call @gc_op(\(args)) : \(r)
      %m = mul %r, %w : \(r)
      %s = reduce_sum %m, dims=\(allDims(r)) : f64[]
      return %s
    }
    func @gc_g = grad(@gc_f, argnums=\(argnums))
    func @gc_fw = jvp(@gc_op)
    func @gc_b = vjp(@gc_op, argnums=\(argnums))

    """
  let vsig = zip(names, c.params).map { "%v_\($0): \($1)" }.joined(separator: ", ")
  s += "func @gc_hv(\(sig), %w: \(r), \(vsig)) -> f64[] {\n"
  let gs = names.map { "%g_" + $0 }.joined(separator: ", ")
  let gtypes = c.params.count == 1 ? "\(c.params[0])" : "(" + c.params.map(\.description).joined(separator: ", ") + ")"
  s += "  \(gs) = call @gc_g(\(args), %w) : \(gtypes)\n"
  for (n, t) in zip(names, c.params) {
    s += "  %p_\(n) = mul %g_\(n), %v_\(n) : \(t)\n"
    s += "  %s_\(n) = reduce_sum %p_\(n), dims=\(allDims(t)) : f64[]\n"
  }
  var acc = "%s_" + names[0]
  for (k, n) in names.enumerated().dropFirst() {
    s += "  %acc\(k) = add \(acc), %s_\(n) : f64[]\n"
    acc = "%acc\(k)"
  }
  s += "  return \(acc)\n}\n"
  s += "func @gc_h2 = grad(@gc_hv, argnums=\(argnums))\n"
  return s
}

struct GradCheckError: Error, CustomStringConvertible {
  var description: String
}

/// Parses, verifies and expands `text`, or throws its diagnostics.
func expandedModule(_ text: String) throws -> Module {
  switch load(text).flatMap(Pipeline.expand) {
  case .success(let m): return m
  case .failure(let d):
    throw GradCheckError(description: d.diagnostics.map { "\($0.loc?.description ?? "-"): \($0.message)" }.joined(separator: "\n")
                         + "\n--- module ---\n" + text)
  }
}

// MARK: - The checks

/// |got - want| <= tol * (1 + |want|)
func close(_ got: Double, _ want: Double, _ tol: Double) -> Bool {
  Swift.abs(got - want) <= tol * (1 + Swift.abs(want))
}

struct GradChecker {
  let c: GradCase
  let interp: Interpreter
  let simplified: Interpreter
  var failures: [String] = []

  init(_ c: GradCase) throws {
    self.c = c
    let text = gradCheckModule(c)
    let m = try expandedModule(text)
    interp = Interpreter(module: m)
    simplified = Interpreter(module: try Pipeline.run(m, through: .simplify).get())
  }

  func run(_ name: String, _ args: [HostTensor]) throws -> [HostTensor] { try interp.run(name, args) }

  mutating func fail(_ s: String) { if failures.count < 12 { failures.append(s) } }

  /// Runs `name` with and without simplification; the two must agree bit for bit.
  mutating func runBoth(_ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
    let a = try interp.run(name, args)
    let b = try simplified.run(name, args)
    if a.count != b.count || zip(a, b).contains(where: { !$0.bitwiseEqual($1) }) {
      fail("@\(name): simplified module gives \(b.map(\.doubles)), expanded gives \(a.map(\.doubles))")
    }
    return a
  }

  func f(_ xs: [HostTensor], _ w: HostTensor) throws -> Double { try run("gc_f", xs + [w])[0].doubles[0] }

  func randomLike(_ types: [TensorType], _ rng: inout SeededRNG, zeroing: Set<Int> = []) -> [HostTensor] {
    types.enumerated().map { i, t in
      HostTensor((0..<t.elementCount).map { _ in zeroing.contains(i) ? 0 : Double.random(in: -1...1, using: &rng) }, shape: t.shape)
    }
  }

  /// All four checks at one random point.
  mutating func check(point: Int) throws {
    var rng = SeededRNG(seed: stableSeed(c.label) &+ UInt64(point))
    let xs = c.gen(&rng)
    guard xs.map(\.type) == c.params else { throw GradCheckError(description: "generator gives \(xs.map(\.type)), expected \(c.params)") }
    let w = randomLike([c.result], &rng)[0]
    let n = c.params.count
    let scale = max(1, xs.flatMap(\.doubles).map(Swift.abs).max() ?? 1)

    // 1. grad against central differences of f, one coordinate at a time.
    let g = try runBoth("gc_g", xs + [w])
    for i in 0..<n {
      for k in 0..<c.params[i].elementCount {
        let x = xs[i].doubles[k]
        if c.frozen.contains(i) {
          if g[i].doubles[k] != 0 { fail("grad[\(i)][\(k)] = \(g[i].doubles[k]), expected 0 (zero derivative by convention)") }
          continue
        }
        let h = c.fdStep * max(1, Swift.abs(x))
        var plus = xs, minus = xs
        var pv = xs[i].doubles, mv = xs[i].doubles
        pv[k] = x + h
        mv[k] = x - h
        plus[i] = HostTensor(pv, shape: xs[i].shape)
        minus[i] = HostTensor(mv, shape: xs[i].shape)
        let fd = (try f(plus, w) - f(minus, w)) / (pv[k] - mv[k])
        if !close(g[i].doubles[k], fd, c.fdTol) {
          fail("point \(point): grad[\(gcParamName(i))][\(k)] = \(g[i].doubles[k]), finite difference \(fd) (x = \(x))")
        }
      }
    }

    // 2. jvp of the op against the directional finite difference.
    let t = randomLike(c.params, &rng, zeroing: c.frozen)
    let fw = try runBoth("gc_fw", xs + t)
    let y = try run("gc_op", xs)[0]
    if !fw[0].bitwiseEqual(y) { fail("jvp primal output \(fw[0].doubles) differs from the op's \(y.doubles)") }
    let h = c.fdStep * scale
    let yp = try run("gc_op", axpy(xs, t, h))[0].doubles, ym = try run("gc_op", axpy(xs, t, -h))[0].doubles
    for (k, tan) in fw[1].doubles.enumerated() {
      let fd = (yp[k] - ym[k]) / (2 * h)
      if !close(tan, fd, c.fdTol) { fail("point \(point): jvp tangent[\(k)] = \(tan), directional finite difference \(fd)") }
    }
    if !c.frozen.isEmpty {
      // A tangent on the frozen parameters only gives a zero tangent.
      let r = randomLike(c.params, &rng)
      let tz = c.params.indices.map { c.frozen.contains($0) ? r[$0] : HostTensor(Array(repeating: 0.0, count: c.params[$0].elementCount), shape: c.params[$0].shape) }
      if try run("gc_fw", xs + tz)[1].doubles.contains(where: { $0 != 0 }) { fail("jvp along the frozen parameters is not zero") }
    }

    // 3. The dot-product test: <vjp(ct), t> == <ct, jvp(t)>.
    let tAll = randomLike(c.params, &rng)
    let ct = randomLike([c.result], &rng)[0]
    let jt = try run("gc_fw", xs + tAll)[1]
    let b = try runBoth("gc_b", xs + [ct])
    if !b[0].bitwiseEqual(y) { fail("vjp primal output \(b[0].doubles) differs from the op's \(y.doubles)") }
    let rhs = dot(ct, jt)
    var lhs = (value: 0.0, scale: 0.0)
    for i in 0..<n {
      let d = dot(b[1 + i], tAll[i])
      lhs.value += d.value
      lhs.scale += d.scale
    }
    let dotScale = max(lhs.scale + rhs.scale, Double.leastNormalMagnitude)
    if Swift.abs(lhs.value - rhs.value) > c.dotTol * dotScale {
      fail("point \(point): <vjp(ct), t> = \(lhs.value) but <ct, jvp(t)> = \(rhs.value)")
    }

    // 4. Hessian-vector product against finite differences of grad along v.
    let v = randomLike(c.params, &rng, zeroing: c.frozen)
    let hv = try runBoth("gc_h2", xs + [w] + v)
    let hh = c.hessStep * scale
    let gp = try run("gc_g", axpy(xs, v, hh) + [w]), gm = try run("gc_g", axpy(xs, v, -hh) + [w])
    for i in 0..<n {
      for k in 0..<c.params[i].elementCount {
        let fd = (gp[i].doubles[k] - gm[i].doubles[k]) / (2 * hh)
        if !close(hv[i].doubles[k], fd, c.hessTol) {
          fail("point \(point): Hessian-vector product[\(gcParamName(i))][\(k)] = \(hv[i].doubles[k]), finite difference of grad \(fd)")
        }
      }
    }
  }
}
