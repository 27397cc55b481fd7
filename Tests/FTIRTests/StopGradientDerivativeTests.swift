import Foundation
import Testing
@testable import FTIR
import FTCTool
@testable import Transforms

// `stop_gradient` is the identity in value and zero in every derivative
// order (JAX). Second derivatives through it, taken every way: hessian,
// jacfwd(jacrev), jacrev(jacfwd), jacfwd(grad), jacrev(grad), jvp(grad)
// (a Hessian-vector product) and grad(grad), against finite differences of
// the gradient of the same function with the stopped value passed in as a
// constant (`@fz`, evaluated at `@cv`, the stopped value).
//
// The bug this guards against: derived code was simplified before the next
// transform with `stop_gradient x ==> x`, so `jacfwd(grad(f))` (a named
// grad is derived code) differentiated through the stop_gradient in grad's
// recomputed primal, and disagreed with `hessian(f)`.

/// A function `@s` with stop_gradient, differentiated with respect to
/// argument `argnum`; `@fz` is `@s` with the stopped value as an extra last
/// parameter, `@cv` computes that value.
struct StopGradientCase: Sendable, CustomTestStringConvertible {
  var name: String
  var params: [[Int]]
  var argnum: Int
  var text: String
  /// The stopped value does not change `@s`'s value (log-sum-exp's max):
  /// finite differences of `grad(@s)` itself then agree too.
  var valueIndependent = false

  var testDescription: String { name }
}

let stopGradientCases: [StopGradientCase] = [
  StopGradientCase(name: "sum((sg(sin y) + sin²y)²)", params: [[3]], argnum: 0, text: """
    func @s(%y: f64[3]) -> f64[] {
      %a = sin %y : f64[3]
      %b = stop_gradient %a : f64[3]
      %r = call @fz(%y, %b) : f64[]
      return %r
    }
    func @fz(%y: f64[3], %b: f64[3]) -> f64[] {
      %a = sin %y : f64[3]
      %c = mul %a, %a : f64[3]
      %d = add %b, %c : f64[3]
      %q = mul %d, %d : f64[3]
      %s = reduce_sum %q, dims=[0] : f64[]
      return %s
    }
    func @cv(%y: f64[3]) -> f64[3] {
      %a = sin %y : f64[3]
      return %a
    }
    """),
  StopGradientCase(name: "sum(sin(x·m) ⊙ (x·sg(m⊙m)) ⊙ (x·m)) in m", params: [[2, 3], [3, 3]], argnum: 1, text: """
    func @s(%x: f64[2,3], %m: f64[3,3]) -> f64[] {
      %mm = mul %m, %m : f64[3,3]
      %b = stop_gradient %mm : f64[3,3]
      %r = call @fz(%x, %m, %b) : f64[]
      return %r
    }
    func @fz(%x: f64[2,3], %m: f64[3,3], %b: f64[3,3]) -> f64[] {
      %p = dot_general %x, %b, contract=[[1],[0]] : f64[2,3]
      %q = dot_general %x, %m, contract=[[1],[0]] : f64[2,3]
      %e = sin %q : f64[2,3]
      %t = mul %e, %p : f64[2,3]
      %u = mul %t, %q : f64[2,3]
      %s = reduce_sum %u, dims=[0, 1] : f64[]
      return %s
    }
    func @cv(%x: f64[2,3], %m: f64[3,3]) -> f64[3,3] {
      %mm = mul %m, %m : f64[3,3]
      return %mm
    }
    """),
  StopGradientCase(name: "scalar exp(sg(y)·y)·sin y + sg(sg(y²))·y³", params: [[]], argnum: 0, text: """
    func @s(%y: f64[]) -> f64[] {
      %y2 = mul %y, %y : f64[]
      %b = stop_gradient %y : f64[]
      %b2 = stop_gradient %y2 : f64[]
      %b3 = stop_gradient %b2 : f64[]
      %r = call @fz(%y, %b, %b3) : f64[]
      return %r
    }
    func @fz(%y: f64[], %b: f64[], %b2: f64[]) -> f64[] {
      %u = mul %b, %y : f64[]
      %e = exp %u : f64[]
      %sn = sin %y : f64[]
      %t = mul %e, %sn : f64[]
      %y2 = mul %y, %y : f64[]
      %y3 = mul %y2, %y : f64[]
      %v = mul %b2, %y3 : f64[]
      %r = add %t, %v : f64[]
      return %r
    }
    func @cv(%y: f64[]) -> (f64[], f64[]) {
      %y2 = mul %y, %y : f64[]
      return %y, %y2
    }
    """),
  StopGradientCase(name: "cond branch sum(a²·sg(sin a)) / sum(exp a·sg(sin a))", params: [[3]], argnum: 0, text: """
    func @s(%y: f64[3]) -> f64[] {
      %z = constant 0.0 : f64[]
      %t = reduce_sum %y, dims=[0] : f64[]
      %p = gt %t, %z : i1[]
      %r = cond %p, %y : f64[]
        then(%a: f64[3]) {
          %sn = sin %a : f64[3]
          %b = stop_gradient %sn : f64[3]
          %aa = mul %a, %a : f64[3]
          %u = mul %aa, %b : f64[3]
          %v = reduce_sum %u, dims=[0] : f64[]
          yield %v
        }
        else(%a: f64[3]) {
          %sn = sin %a : f64[3]
          %b = stop_gradient %sn : f64[3]
          %ea = exp %a : f64[3]
          %u = mul %ea, %b : f64[3]
          %v = reduce_sum %u, dims=[0] : f64[]
          yield %v
        }
      return %r
    }
    func @fz(%y: f64[3], %c: f64[3]) -> f64[] {
      %z = constant 0.0 : f64[]
      %t = reduce_sum %y, dims=[0] : f64[]
      %p = gt %t, %z : i1[]
      %r = cond %p, %y, %c : f64[]
        then(%a: f64[3], %b: f64[3]) {
          %aa = mul %a, %a : f64[3]
          %u = mul %aa, %b : f64[3]
          %v = reduce_sum %u, dims=[0] : f64[]
          yield %v
        }
        else(%a: f64[3], %b: f64[3]) {
          %ea = exp %a : f64[3]
          %u = mul %ea, %b : f64[3]
          %v = reduce_sum %u, dims=[0] : f64[]
          yield %v
        }
      return %r
    }
    func @cv(%y: f64[3]) -> f64[3] {
      %a = sin %y : f64[3]
      return %a
    }
    """),
  StopGradientCase(name: "log-sum-exp with sg(max)", params: [[4]], argnum: 0, text: """
    func @s(%y: f64[4]) -> f64[] {
      %mx = reduce_max %y, dims=[0] : f64[]
      %b = stop_gradient %mx : f64[]
      %r = call @fz(%y, %b) : f64[]
      return %r
    }
    func @fz(%y: f64[4], %b: f64[]) -> f64[] {
      %bb = broadcast_in_dim %b, dims=[] : f64[4]
      %d = sub %y, %bb : f64[4]
      %e = exp %d : f64[4]
      %t = reduce_sum %e, dims=[0] : f64[]
      %l = log %t : f64[]
      %r = add %l, %b : f64[]
      return %r
    }
    func @cv(%y: f64[4]) -> f64[] {
      %mx = reduce_max %y, dims=[0] : f64[]
      return %mx
    }
    """, valueIndependent: true),
  // The bits of a float read back: the identity in value, zero derivative (as JAX).
  StopGradientCase(name: "bitcast_convert f64 → i64 → f64", params: [[3]], argnum: 0, text: """
    func @s(%y: f64[3]) -> f64[] {
      %i = bitcast_convert %y : i64[3]
      %b = bitcast_convert %i : f64[3]
      %r = call @fz(%y, %b) : f64[]
      return %r
    }
    func @fz(%y: f64[3], %b: f64[3]) -> f64[] {
      %bb = mul %b, %b : f64[3]
      %sn = sin %y : f64[3]
      %u = mul %bb, %sn : f64[3]
      %yy = mul %y, %y : f64[3]
      %v = mul %yy, %b : f64[3]
      %w = add %u, %v : f64[3]
      %r = reduce_sum %w, dims=[0] : f64[]
      return %r
    }
    func @cv(%y: f64[3]) -> f64[3] {
      return %y
    }
    """),
  // In a scan body, on the carry: the frozen function takes the stopped value of each step as an input row.
  StopGradientCase(name: "scan body with sg(sin carry)", params: [[3]], argnum: 0, text: """
    func @s(%y: f64[3]) -> f64[] {
      %h, %w = scan %y, %y, carries=2, length=3 : (f64[3], f64[3])
        body(%c: f64[3], %v: f64[3]) {
          %sn = sin %c : f64[3]
          %b = stop_gradient %sn : f64[3]
          %m = mul %b, %c : f64[3]
          %t = mul %v, %c : f64[3]
          %u = tanh %t : f64[3]
          %n = add %m, %u : f64[3]
          yield %n, %v
        }
      %q = mul %h, %h : f64[3]
      %r = reduce_sum %q, dims=[0] : f64[]
      return %r
    }
    func @fz(%y: f64[3], %bs: f64[3,3]) -> f64[] {
      %h, %w = scan %y, %y, %bs, carries=2, length=3 : (f64[3], f64[3])
        body(%c: f64[3], %v: f64[3], %b: f64[3]) {
          %m = mul %b, %c : f64[3]
          %t = mul %v, %c : f64[3]
          %u = tanh %t : f64[3]
          %n = add %m, %u : f64[3]
          yield %n, %v
        }
      %q = mul %h, %h : f64[3]
      %r = reduce_sum %q, dims=[0] : f64[]
      return %r
    }
    func @cv(%y: f64[3]) -> f64[3,3] {
      %h, %w, %bs = scan %y, %y, carries=2, length=3 : (f64[3], f64[3], f64[3,3])
        body(%c: f64[3], %v: f64[3]) {
          %sn = sin %c : f64[3]
          %m = mul %sn, %c : f64[3]
          %t = mul %v, %c : f64[3]
          %u = tanh %t : f64[3]
          %n = add %m, %u : f64[3]
          yield %n, %v, %sn
        }
      return %bs
    }
    """),
]

@Suite struct StopGradientDerivativeTests {
  /// The derived functions of a case: `k` is the argnum, `n` the parameters.
  static func module(_ c: StopGradientCase) throws -> Module {
    // (@fz's stopped values come after @s's parameters: same argnum.)
    let k = c.argnum
    return try expandedModule(c.text + """

      func @h = hessian(@s, argnums=\(k))
      func @jfjr = jacfwd(jacrev(@s, argnums=[\(k)]), argnums=[\(k)])
      func @jrjf = jacrev(jacfwd(@s, argnums=[\(k)]), argnums=[\(k)])
      func @g = grad(@s, argnums=\(k))
      func @jfg = jacfwd(@g, argnums=\(k))
      func @jrg = jacrev(@g, argnums=\(k))
      func @hvp = jvp(@g)
      func @gfz = grad(@fz, argnums=\(k))

      """)
  }

  /// Even seeds negate the point (the cond case then takes both branches).
  static func args(_ c: StopGradientCase, seed: UInt64) -> [HostTensor] {
    var rng = SeededRNG(seed: seed)
    let sign = seed % 2 == 0 ? -1.0 : 1.0
    return c.params.map { mapValues(smoothRandom($0, &rng, in: 0.2...1.2), { sign * $0 }) }
  }

  @Test(arguments: stopGradientCases)
  func secondDerivativesAgreeEveryWay(_ c: StopGradientCase) throws {
    let m = try Self.module(c)
    let interp = Interpreter(module: m)
    for seed in UInt64(1)...4 {
      let args = Self.args(c, seed: seed)
      let h = try interp.run("h", args)[0]
      let a = c.params[c.argnum]
      #expect(h.shape == a + a)
      for name in ["jfjr", "jrjf", "jfg", "jrg"] {
        let j = try interp.run(name, args)[0]
        #expect(allClose(j, h, tol: 1e-12), "\(c.name) seed \(seed): \(name) vs hessian, max diff \(maxAbsDiff(j, h))")
      }
      // The gradient of @s with the stopped values held at their value.
      let stopped = try interp.run("cv", args)
      let fd = try finiteDifferenceJacobian(interp, "gfz", args + stopped, argnum: c.argnum)
      #expect(allClose(h, fd, tol: 1e-6), "\(c.name) seed \(seed): hessian vs frozen FD of grad, max diff \(maxAbsDiff(h, fd))")
      // Finite differences of grad(@s) see through stop_gradient: they give
      // the second derivative the bug gave (unless the stopped value cancels).
      let seeThrough = try finiteDifferenceJacobian(interp, "g", args, argnum: c.argnum)
      if c.valueIndependent {
        #expect(allClose(h, seeThrough, tol: 1e-6), "\(c.name) seed \(seed)")
      } else {
        #expect(maxAbsDiff(h, seeThrough) > 1e-3 * (1 + maxAbs(h)), "\(c.name) seed \(seed): the case does not tell stop_gradient apart")
      }
      // jvp(grad): the Hessian times a tangent along argument k.
      var rng = SeededRNG(seed: seed &+ 50)
      let v = smoothRandom(a, &rng)
      let tangents = args.indices.map { $0 == c.argnum ? v : mapValues(args[$0], { _ in 0 }) }
      let hv = try interp.run("hvp", args + tangents)[1]
      let nA = v.count
      let want = (0..<nA).map { i in (0..<nA).reduce(0.0) { $0 + h.doubles[i * nA + $1] * v.doubles[$1] } }
      #expect(allClose(hv, f64(want, a), tol: 1e-12), "\(c.name) seed \(seed): jvp(grad) vs H·v, max diff \(maxAbsDiff(hv, f64(want, a)))")
    }
  }

  /// JAX's hessian at one point per case (IR/examples/reference/stop_gradient,
  /// with the script that made the files).
  @Test(arguments: stopGradientCases.indices)
  func hessianMatchesJAX(_ n: Int) throws {
    let c = stopGradientCases[n]
    func npy(_ name: String) throws -> HostTensor {
      let path = Repo.path("IR/examples/reference/stop_gradient/case\(n)_\(name).npy")
      return try readNPY(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }
    let args = try c.params.indices.map { try npy("arg\($0)") }
    let want = try npy("hessian")
    let interp = Interpreter(module: try Self.module(c))
    for name in ["h", "jfg", "jrg", "jfjr", "jrjf"] {
      let got = try interp.run(name, args)[0]
      #expect(allClose(got, want, tol: 1e-12), "\(c.name): @\(name) vs JAX, max diff \(maxAbsDiff(got, want))\n\(got.doubles)\n\(want.doubles)")
    }
  }

  /// JacobianTests' random functions that draw the stop_gradient snippet:
  /// for each argument, hessian == jacfwd(grad) == jacrev(grad) ==
  /// jacfwd(jacrev), and the Hessian is symmetric.
  @Test func randomFunctionsWithStopGradient() throws {
    var drawn = 0
    for seed in 0..<10 {
      let f = RandomFunction.make(seed: seed, output: .matrix)
      guard f.contains("stop_gradient") else { continue }
      drawn += 1
      var text = f + RandomFunction.scalarWrapper
      for k in 0..<3 {
        text += """
          func @h\(k) = hessian(@s, argnums=\(k))
          func @g\(k) = grad(@s, argnums=\(k))
          func @jfg\(k) = jacfwd(@g\(k), argnums=\(k))
          func @jrg\(k) = jacrev(@g\(k), argnums=\(k))
          func @jfjr\(k) = jacfwd(jacrev(@s, argnums=[\(k)]), argnums=[\(k)])

          """
      }
      let interp = Interpreter(module: try expandedModule(text))
      var rng = SeededRNG(seed: UInt64(seed) &+ 300)
      let args = JacobianTests.argShapes.map { smoothRandom($0, &rng) }
      for k in 0..<3 {
        let h = try interp.run("h\(k)", args)[0]
        for name in ["jfg", "jrg", "jfjr"] {
          let j = try interp.run("\(name)\(k)", args)[0]
          #expect(allClose(j, h, tol: 1e-12), "seed \(seed) argnum \(k): \(name) vs hessian, max diff \(maxAbsDiff(j, h))")
        }
        let n = args[k].count, hd = h.doubles
        var asym = 0.0
        for i in 0..<n { for j in 0..<n { asym = max(asym, abs(hd[i * n + j] - hd[j * n + i])) } }
        #expect(asym <= 1e-10 * (1 + maxAbs(h)), "seed \(seed) argnum \(k): asymmetry \(asym)")
      }
    }
    #expect(drawn >= 1)
  }

  /// grad(grad) and deeper, on the scalar case: the n-th derivative keeps
  /// every stop_gradient (checked against finite differences of the frozen
  /// (n-1)-th derivative).
  @Test func gradOfGradKeepsStopGradient() throws {
    let c = stopGradientCases.first { $0.params == [[]] }!
    let m = try expandedModule(c.text + """

      func @gg = grad(grad(@s))
      func @h = hessian(@s)
      func @g3 = grad(grad(grad(@s)))
      func @gfz = grad(@fz)
      func @ggfz = grad(grad(@fz))

      """)
    let interp = Interpreter(module: m)
    for y in [0.3, 0.9, -0.6] {
      let x = f64([y], []), stopped = try interp.run("cv", [x])
      let gg = try interp.run("gg", [x])[0].doubles[0], h = try interp.run("h", [x])[0].doubles[0]
      #expect(abs(gg - h) <= 1e-14 * (1 + abs(h)), "y=\(y): grad(grad) \(gg) vs hessian \(h)")
      let want2 = try interp.run("ggfz", [x] + stopped)[0].doubles[0]
      #expect(abs(gg - want2) <= 1e-12 * (1 + abs(want2)), "y=\(y): \(gg) vs \(want2)")
      let fd3 = try finiteDifferenceJacobian(interp, "ggfz", [x] + stopped, argnum: 0).doubles[0]
      let g3 = try interp.run("g3", [x])[0].doubles[0]
      #expect(abs(g3 - fd3) <= 1e-6 * (1 + abs(fd3)), "y=\(y): third derivative \(g3) vs \(fd3)")
    }
  }

  /// Simplifying code that will be differentiated again keeps stop_gradient
  /// (also in region bodies); the pipeline's final simplification drops it.
  @Test func simplificationKeepsStopGradientUntilFinal() throws {
    let m = try load(stopGradientCases[3].text).get()
    let s = m.function(named: "s")!
    func count(_ f: Function) -> Int {
      f.body.reduce(0) { n, op in n + (op.name == "stop_gradient" ? 1 : 0) + op.regions.reduce(0) { $0 + count($1) } }
    }
    #expect(count(s) == 2)
    #expect(count(simplifyFunction(s, mode: .forDifferentiation)) == 2)
    #expect(count(simplifyFunction(s, mode: .final)) == 0)
  }
}
