import Foundation
import Testing
@testable import FTIR
import FTCTool
import Codegen

/// Loop-invariant residuals (FTIR/Ops/LoopInvariants.swift): reverse mode
/// through a scan whose body passes its weights through unchanged computes
/// what depends only on them once, instead of stacking a copy per step.
/// Structural checks: no residual stacked as [length, weights] in the
/// expanded gradient, and the gradient's arena no longer grows by a weight
/// matrix per step (the `schedule` dump); the gradients (and their
/// compositions) against finite differences and compiled code.
@Suite struct LoopInvariantTests {
  /// An Elman cell over `n` steps, hidden `h`: the weights `w` are carried
  /// through, and the body uses them transposed (an invariant computation).
  static func rnn(_ n: Int, _ h: Int, _ attrs: String = "") -> String {
    """
    func @f(%w: f64[\(h),\(h)], %h0: f64[\(h)], %xs: f64[\(n),\(h)]) -> f64[] {
      %hn, %wf, %ys = scan %h0, %w, %xs, carries=2, length=\(n)\(attrs) : (f64[\(h)], f64[\(h),\(h)], f64[\(n),\(h)])
        body(%c: f64[\(h)], %w1: f64[\(h),\(h)], %x: f64[\(h)]) {
          %wt = transpose %w1, perm=[1, 0] : f64[\(h),\(h)]
          %ws = mul %wt, %wt : f64[\(h),\(h)]
          %wh = dot_general %ws, %c, contract=[[1], [0]] : f64[\(h)]
          %s = add %wh, %x : f64[\(h)]
          %t = tanh %s : f64[\(h)]
          yield %t, %w1, %t
        }
      %sq = mul %ys, %ys : f64[\(n),\(h)]
      %l = reduce_sum %sq, dims=[0, 1] : f64[]
      %q = mul %hn, %hn : f64[\(h)]
      %m = reduce_sum %q, dims=[0] : f64[]
      %r = add %l, %m : f64[]
      return %r
    }
    func @g = grad(@f, argnums=[0, 1, 2])
    func @gw = grad(@f, argnums=[0])
    func @gwsum(%w: f64[\(h),\(h)], %h0: f64[\(h)], %xs: f64[\(n),\(h)]) -> f64[] {
      %g = call @gw(%w, %h0, %xs) : f64[\(h),\(h)]
      %g2 = mul %g, %g : f64[\(h),\(h)]
      %s = reduce_sum %g2, dims=[0, 1] : f64[]
      return %s
    }
    func @gg = grad(@gwsum, argnums=[0, 1])
    func @hess = hessian(@f, argnums=[1])

    """
  }

  static func args(_ n: Int, _ h: Int) -> [HostTensor] {
    var rng = SeededRNG(seed: 11)
    return [smoothRandom([h, h], &rng, in: -0.6...0.6), smoothRandom([h], &rng), smoothRandom([n, h], &rng)]
  }

  /// Central differences of `name`'s scalar result in argument `k` along `dir`.
  static func directional(_ m: Interpreter, _ name: String, _ args: [HostTensor], _ k: Int, _ dir: HostTensor) throws -> Double {
    let e = 1e-6
    var plus = args, minus = args
    plus[k] = HostTensor(zip(args[k].doubles, dir.doubles).map { $0 + e * $1 }, shape: args[k].shape)
    minus[k] = HostTensor(zip(args[k].doubles, dir.doubles).map { $0 - e * $1 }, shape: args[k].shape)
    return (try m.run(name, plus)[0].doubles[0] - m.run(name, minus)[0].doubles[0]) / (2 * e)
  }

  @Test func noResidualIsStackedPerStepForTheWeights() throws {
    let (n, h) = (9, 5)
    let m = try expandedModule(Self.rnn(n, h))
    // First order only: a grad of the grad stacks the per-step outer
    // products h x delta (they vary), as JAX does.
    var stacked: [String] = []
    for f in m.functions where f.name == "g" || f.name == "gw" {
      f.forEachOperation { op, g in
        for r in op.results where g.type(of: r).shape == [n, h, h] { stacked.append(op.name) }
      }
    }
    #expect(stacked.isEmpty, "[length, weights] buffers made by \(stacked) in:\n\(printModule(m))")
    // The plain gradient, without the hoisting's sharing (checkpoint=1
    // takes the other path), agrees.
    let plain = Interpreter(module: m)
    let ck = Interpreter(module: try expandedModule(Self.rnn(n, h, ", checkpoint=1")))
    let a = Self.args(n, h)
    for (x, y) in zip(try plain.run("g", a), try ck.run("g", a)) { #expect(allClose(x, y, tol: 1e-12)) }
  }

  /// Arena bytes of the gradient at lengths 40 and 80: the growth per step
  /// is the per-step residuals (a few hidden vectors), far less than the
  /// weights (h*h doubles) each step stacked before.
  @Test func theResidualBufferDoesNotScaleWithWeightsTimesLength() throws {
    let h = 24
    let short = try arenaBytes(Self.rnn(40, h), "g"), long = try arenaBytes(Self.rnn(80, h), "g")
    let perStep = Double(long - short) / 40
    #expect(perStep < Double(h * h * 8) / 4, "the gradient's arena grows \(perStep) bytes per step (weights: \(h * h * 8))")
  }

  @Test func gradientsAndCompositionsMatchFiniteDifferences() throws {
    let (n, h) = (6, 3)
    let m = Interpreter(module: try expandedModule(Self.rnn(n, h)))
    let a = Self.args(n, h)
    var rng = SeededRNG(seed: 3)
    let g = try m.run("g", a)
    for k in 0..<3 {
      let dir = smoothRandom(a[k].shape, &rng)
      let want = try Self.directional(m, "f", a, k, dir)
      let got = zip(g[k].doubles, dir.doubles).reduce(0) { $0 + $1.0 * $1.1 }
      #expect(abs(got - want) < 1e-6 * max(1, abs(want)), "grad, argument \(k): \(got) vs \(want)")
    }
    // grad(grad): the weights' gradient norm, differentiated in w and h0.
    let gg = try m.run("gg", a)
    for k in 0..<2 {
      let dir = smoothRandom(a[k].shape, &rng)
      let want = try Self.directional(m, "gwsum", a, k, dir)
      let got = zip(gg[k].doubles, dir.doubles).reduce(0) { $0 + $1.0 * $1.1 }
      #expect(abs(got - want) < 1e-5 * max(1, abs(want)), "grad(grad), argument \(k): \(got) vs \(want)")
    }
    // The Hessian in h0 (forward over reverse) matches differences of the gradient, and is symmetric.
    let hess = try m.run("hess", a)[0].doubles
    for j in 0..<h {
      var plus = a, minus = a
      plus[1] = HostTensor(a[1].doubles.enumerated().map { $0.0 == j ? $0.1 + 1e-6 : $0.1 }, shape: [h])
      minus[1] = HostTensor(a[1].doubles.enumerated().map { $0.0 == j ? $0.1 - 1e-6 : $0.1 }, shape: [h])
      let gp = try m.run("g", plus)[1].doubles, gm = try m.run("g", minus)[1].doubles
      for i in 0..<h {
        let want = (gp[i] - gm[i]) / 2e-6
        #expect(abs(hess[i * h + j] - want) < 1e-5 * max(1, abs(want)), "hessian[\(i), \(j)]: \(hess[i * h + j]) vs \(want)")
        #expect(abs(hess[i * h + j] - hess[j * h + i]) < 1e-9)
      }
    }
    let problems = try compareCompiled(Self.rnn(n, h), tolerance: 1e-11, inputs: { t, rng in smoothRandom(t.shape, &rng, in: -0.6...0.6) })
    #expect(problems.isEmpty, "compiled vs interpreter: \(problems)")
  }
}

/// Compiled loops do not copy the carries their body passes through
/// (Codegen/LoopLowering.swift): the body reads the initial value's buffer
/// every trip and never writes it. Checked on the emitted LLVM IR (no
/// memcpy of the weights' 280 bytes in the body functions), results as the
/// interpreter's.
@Suite struct PassThroughCarryTests {
  static let text = """
    func @f(%h0: f64[5], %w: f64[5,7], %xs: f64[30, 7]) -> (f64[5], f64[5,7], f64[30, 5]) {
      %h, %wf, %ys = scan %h0, %w, %xs, carries=2, length=30 : (f64[5], f64[5,7], f64[30, 5])
        body(%c: f64[5], %v: f64[5,7], %x: f64[7]) {
          %m = dot_general %v, %x, contract=[[1], [0]] : f64[5]
          %a = add %m, %c : f64[5]
          %t = tanh %a : f64[5]
          yield %t, %v, %t
        }
      return %h, %wf, %ys
    }
    func @g(%x0: f64[5], %w: f64[5,7]) -> (f64[5], f64[5,7]) {
      %x, %wf = while %x0, %w, max_trips=100 : (f64[5], f64[5,7])
        cond(%a: f64[5], %v: f64[5,7]) {
          %s = reduce_sum %a, dims=[0] : f64[]
          %lim = constant 20.0 : f64[]
          %p = lt %s, %lim : i1[]
          yield %p
        }
        body(%a: f64[5], %v: f64[5,7]) {
          %e = reduce_sum %v, dims=[1] : f64[5]
          %q = mul %e, %e : f64[5]
          %one = constant 1.0 : f64[5]
          %r = add %q, %one : f64[5]
          %n = add %a, %r : f64[5]
          yield %n, %v
        }
      return %x, %wf
    }

    """

  @Test func passThroughCarriesAreNotCopiedPerTrip() throws {
    let path = write(Self.text, tempDir(), "t.ftir")
    let r = Commands.dump(path: path, after: "llvm", config: CompileConfig(cpu: "x86-64-v3"))
    #expect(r.status == 0, "\(r.stderr)")
    let fns = LoopAllocationTests.functions(r.stdout)
    let bodies = fns.keys.filter { $0.contains(".body") }
    #expect(bodies.count >= 2, "region functions: \(fns.keys.sorted())")
    for name in bodies {
      #expect(!fns[name]!.contains("i64 280, i1 false"), "\(name) copies the weights")
    }
    // The entry points copy them once, out of the loop.
    for name in ["f", "g"] {
      let copies = fns[name]?.components(separatedBy: "i64 280, i1 false").count ?? 0
      #expect(copies - 1 == 1, "@\(name) copies the weights \(copies - 1) times")
    }
    let problems = try compareCompiled(Self.text, tolerance: 1e-12, inputs: { t, rng in smoothRandom(t.shape, &rng, in: -0.5...0.5) })
    #expect(problems.isEmpty, "compiled vs interpreter: \(problems)")
  }
}
