import Foundation
import Testing
@testable import FTIR
import FTCTool

// Ops whose derivative is zero or that cut derivatives (sign, floor,
// compares and select, clamp, argmax, float→int convert, sort indices, the
// random library's integer ops, bitcast_convert and compares) under nested
// differentiation: hessian == jacfwd(jacrev) == jacrev(jacfwd) ==
// jacfwd(grad) == jacrev(grad), jvp(grad) == H·v, grad(grad) on scalars,
// and all equal finite differences of grad (these ops are piecewise
// constant, so finite differences away from their jumps see the same zero
// derivative JAX gives). `bitcast_convert` round trips are the identity in
// value with a zero derivative, like stop_gradient: StopGradientDerivativeTests.

struct CuttingCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Defines `@s(%y: <yShape>, ...) -> f64[]`.
  var text: String
  var yShape: [Int] = [4]
  /// Arguments after %y (not differentiated).
  var extra: [HostTensor] = []

  var testDescription: String { name }
}

/// `@s(%y: f64[4], %key: i32[2])`: normal samples times y³ where a Bernoulli
/// draw with p = logistic(y) is true, times sin y elsewhere.
func randomCuttingCase() throws -> String {
  var b = FunctionBuilder(name: "s")
  let y = b.addParam(TensorType(.f64, [4]), name: "y")
  let key = b.addParam(TensorType(.i32, [2]), name: "key")
  let u = try b.randomNormal(key, shape: [4], dtype: .f64)
  let mask = try b.randomBernoulli(b.randomFoldIn(key, b.constant(.int(7), TensorType(.i32, []))), p: b.logistic(y), shape: [4])
  let v = try b.select(mask, b.mul(b.integerPow(y, 3), u), b.mul(b.sin(y), u))
  b.ret([try b.reduceSum(v, dims: [0])])
  return printFunction(b.function)
}

let cuttingCases: [CuttingCase] = [
  CuttingCase(name: "sign, floor, ceil", text: """
    func @s(%y: f64[4]) -> f64[] {
      %sg = sign %y : f64[4]
      %two = constant 2.0 : f64[4]
      %t = mul %y, %two : f64[4]
      %fl = floor %t : f64[4]
      %ce = ceil %y : f64[4]
      %y2 = mul %y, %y : f64[4]
      %y3 = mul %y2, %y : f64[4]
      %a = mul %y3, %sg : f64[4]
      %b = mul %fl, %y2 : f64[4]
      %c = add %a, %b : f64[4]
      %sn = sin %y : f64[4]
      %d = mul %ce, %sn : f64[4]
      %e = add %c, %d : f64[4]
      %r = reduce_sum %e, dims=[0] : f64[]
      return %r
    }
    """),
  CuttingCase(name: "compares, select, clamp, is_finite", text: """
    func @s(%y: f64[4]) -> f64[] {
      %c3 = constant 0.3 : f64[4]
      %p = gt %y, %c3 : i1[4]
      %y3 = integer_pow %y, n=3 : f64[4]
      %sn = sin %y : f64[4]
      %v = select %p, %y3, %sn : f64[4]
      %lo = constant -0.5 : f64[4]
      %hi = constant 0.8 : f64[4]
      %cl = clamp %lo, %y, %hi : f64[4]
      %w = mul %v, %cl : f64[4]
      %fin = is_finite %w : i1[4]
      %ff = convert %fin : f64[4]
      %ex = exp %y : f64[4]
      %z = mul %ff, %ex : f64[4]
      %t = add %w, %z : f64[4]
      %r = reduce_sum %t, dims=[0] : f64[]
      return %r
    }
    """),
  CuttingCase(name: "argmax, float→int convert", text: """
    func @s(%y: f64[4]) -> f64[] {
      %k = argmax %y, dim=0 : i32[]
      %kf = convert %k : f64[]
      %io = iota dim=0 : i32[4]
      %kb = broadcast_in_dim %k, dims=[] : i32[4]
      %oh = eq %io, %kb : i1[4]
      %ohf = convert %oh : f64[4]
      %ten = constant 10.0 : f64[4]
      %ty = mul %y, %ten : f64[4]
      %ti = convert %ty : i32[4]
      %tf = convert %ti : f64[4]
      %y2 = mul %y, %y : f64[4]
      %y3 = mul %y2, %y : f64[4]
      %a = mul %y3, %ohf : f64[4]
      %b = mul %tf, %y2 : f64[4]
      %kb2 = broadcast_in_dim %kf, dims=[] : f64[4]
      %sn = sin %y : f64[4]
      %c = mul %kb2, %sn : f64[4]
      %d = add %a, %b : f64[4]
      %e = add %d, %c : f64[4]
      %r = reduce_sum %e, dims=[0] : f64[]
      return %r
    }
    """),
  CuttingCase(name: "sort values and indices", text: """
    func @s(%y: f64[4]) -> f64[] {
      %io = iota dim=0 : i32[4]
      %sv, %si = sort %y, %io, dimension=0 : (f64[4], i32[4])
      %sif = convert %si : f64[4]
      %one = constant 1.0 : f64[4]
      %w = add %sif, %one : f64[4]
      %s3 = integer_pow %sv, n=3 : f64[4]
      %a = mul %s3, %w : f64[4]
      %sn = sin %sv : f64[4]
      %b = mul %sn, %sif : f64[4]
      %c = add %a, %b : f64[4]
      %r = reduce_sum %c, dims=[0] : f64[]
      return %r
    }
    """),
  CuttingCase(name: "scalar sign, floor, compare", text: """
    func @s(%y: f64[]) -> f64[] {
      %sg = sign %y : f64[]
      %three = constant 3.0 : f64[]
      %t = mul %y, %three : f64[]
      %fl = floor %t : f64[]
      %y2 = mul %y, %y : f64[]
      %y3 = mul %y2, %y : f64[]
      %a = mul %y3, %sg : f64[]
      %b = mul %fl, %y2 : f64[]
      %c2 = constant 0.2 : f64[]
      %p = gt %y, %c2 : i1[]
      %sn = sin %y : f64[]
      %y4 = mul %y2, %y2 : f64[]
      %v = select %p, %sn, %y4 : f64[]
      %ab = add %a, %b : f64[]
      %r = add %ab, %v : f64[]
      return %r
    }
    """, yShape: []),
]

@Suite struct DerivativeCuttingOpsTests {
  static func check(_ c: CuttingCase) throws {
    let scalar = c.yShape.isEmpty
    let m = try expandedModule(c.text + """

      func @h = hessian(@s)
      func @jfjr = jacfwd(jacrev(@s))
      func @jrjf = jacrev(jacfwd(@s))
      func @g = grad(@s)
      func @jfg = jacfwd(@g)
      func @jrg = jacrev(@g)
      func @hvp = jvp(@g)

      """ + (scalar ? "func @gg = grad(grad(@s))\nfunc @g3 = grad(grad(grad(@s)))\nfunc @gg1 = grad(@gg)\n" : ""))
    let interp = Interpreter(module: m)
    for seed in UInt64(1)...4 {
      var rng = SeededRNG(seed: seed &* 31)
      let sign = seed % 2 == 0 ? -1.0 : 1.0
      let y = mapValues(smoothRandom(c.yShape, &rng, in: 0.1...1.4), { sign * $0 })
      let args = [y] + c.extra
      let h = try interp.run("h", args)[0]
      #expect(h.shape == c.yShape + c.yShape)
      for name in ["jfjr", "jrjf", "jfg", "jrg"] {
        let j = try interp.run(name, args)[0]
        #expect(allClose(j, h, tol: 1e-12), "\(c.name) seed \(seed): \(name) vs hessian, max diff \(maxAbsDiff(j, h))")
      }
      let fd = try finiteDifferenceJacobian(interp, "g", args, argnum: 0, h: 1e-6)
      #expect(allClose(h, fd, tol: 1e-6), "\(c.name) seed \(seed): hessian vs FD of grad, max diff \(maxAbsDiff(h, fd))\n\(h.doubles)\n\(fd.doubles)")
      let v = smoothRandom(c.yShape, &rng)
      let hv = try interp.run("hvp", args + [v])[1]  // (the extra arguments are not float: no tangent)
      let n = v.count
      let want = f64((0..<n).map { i in (0..<n).reduce(0.0) { $0 + h.doubles[i * n + $1] * v.doubles[$1] } }, c.yShape)
      #expect(allClose(hv, want, tol: 1e-12), "\(c.name) seed \(seed): jvp(grad) vs H·v, max diff \(maxAbsDiff(hv, want))")
      if scalar {
        let gg = try interp.run("gg", args)[0]
        #expect(allClose(gg, h, tol: 1e-14), "\(c.name) seed \(seed): grad(grad) \(gg.doubles) vs hessian \(h.doubles)")
        let g3 = try interp.run("g3", args)[0], gg1 = try interp.run("gg1", args)[0]
        let fd3 = try finiteDifferenceJacobian(interp, "gg", args, argnum: 0, h: 1e-6)
        #expect(allClose(g3, fd3, tol: 1e-6), "\(c.name) seed \(seed): third derivative \(g3.doubles) vs FD \(fd3.doubles)")
        #expect(g3.doubles == gg1.doubles)
      }
    }
  }

  @Test(arguments: cuttingCases)
  func secondDerivativesAgreeWithFiniteDifferences(_ c: CuttingCase) throws {
    try Self.check(c)
  }

  /// The random library: the samples and the Bernoulli mask (a compare of a
  /// uniform with p = logistic(y)) carry no derivative.
  @Test func randomLibraryCutsDerivatives() throws {
    let key = HostTensor([Int32(0), Int32(42)], shape: [2])
    try Self.check(CuttingCase(name: "random normal and bernoulli", text: try randomCuttingCase(), extra: [key]))
  }
}
