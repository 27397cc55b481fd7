import FTC
import Foundation
import FTIR
import Testing

/// The Swift API's loops (`scan`, `whileLoop`, `foriLoop`): values, every
/// transform through them (grad, jvp, vmap, jit), tree carries, and thrown
/// errors for wrong carries and inputs.
@Suite struct LoopAPITests {
  /// An Elman cell over a sequence: loss = sum of the final hidden state.
  static let rnn = TensorFunction(name: "rnn", arity: 3) { a in
    let (w, h0, xs) = (a[0], a[1], a[2])
    let (h, ys) = try scan(h0, [xs]) { h, x in
      let next = tanh(matmul(w, h) + x[0])
      return (next, [sum(next)])
    }
    return [sum(h) + 0.1 * sum(ys[0])]
  }

  static func rnnArgs() throws -> [NDArray] {
    var g = SplitMix(state: 7)
    return [try f64(g.doubles(9, scale: 0.5), [3, 3]), try f64(g.doubles(3), [3]), try f64(g.doubles(15), [5, 3])]
  }

  /// Central finite differences of the scalar function `f` at `args` w.r.t. argument `k`.
  static func numericGrad(_ f: TensorFunction, _ args: [NDArray], _ k: Int, eps: Double = 1e-6) throws -> [Double] {
    var out: [Double] = []
    let base = args[k].doubles
    for i in base.indices {
      var up = base, down = base
      up[i] += eps
      down[i] -= eps
      var a = args, b = args
      a[k] = try f64(up, args[k].shape)
      b[k] = try f64(down, args[k].shape)
      out.append((try f.interpret(a)[0].doubles[0] - f.interpret(b)[0].doubles[0]) / (2 * eps))
    }
    return out
  }

  @Test func scanComputesCarryAndStackedOutputs() throws {
    let g = TensorFunction(name: "runningSum", arity: 1) { a in
      let zero = sum(a[0]) * 0
      let (c, ys) = try scan(zero, [a[0]]) { c, x in (c + x[0], [c + x[0]]) }
      return [c, ys[0]]
    }
    let s = try compiledMatchesInterpreter(g, [try f32([1, 2, 3, 4], [4])])
    #expect(close(s[0], [10], shape: []))
    #expect(close(s[1], [1, 3, 6, 10], shape: [4]))
    // reverse: rows from the last to the first; outputs stay at their row.
    let rev = TensorFunction(name: "reverseSum", arity: 1) { a in
      let zero = sum(a[0]) * 0
      let (_, ys) = try scan(zero, [a[0]], reverse: true) { c, x in (c + x[0], [c + x[0]]) }
      return [ys[0]]
    }
    #expect(close(try compiledMatchesInterpreter(rev, [try f32([1, 2, 3, 4], [4])])[0], [10, 9, 7, 4], shape: [4]))
  }

  @Test func gradThroughScanMatchesFiniteDifferences() throws {
    let args = try Self.rnnArgs()
    let g = grad(Self.rnn, argnums: [0, 1, 2])
    let compiled = try compiledMatchesInterpreter(g, args, tol: 1e-9)
    for k in 0..<3 {
      let fd = try Self.numericGrad(Self.rnn, args, k)
      #expect(close(compiled[k], fd, tol: 1e-6), "argument \(k): \(compiled[k].doubles) vs \(fd)")
    }
    // jit of grad: the same.
    let jitted = try jit(g)(args)
    for k in 0..<3 { #expect(close(jitted[k], compiled[k], tol: 1e-12)) }
  }

  @Test func jvpThroughScanMatchesDirectionalDerivative() throws {
    let args = try Self.rnnArgs()
    let tangent = try f64([Double](repeating: 0, count: 9), [3, 3])
    let dh = try f64([1, -1, 0.5], [3])
    let dx = try f64([Double](repeating: 0.1, count: 15), [5, 3])
    let r = try jvp(Self.rnn)(args + [tangent, dh, dx])
    let gr = try grad(Self.rnn, argnums: [1, 2])(args)
    let viaH: Double = zip(gr[0].doubles, dh.doubles).map { $0 * $1 }.reduce(0, +)
    let viaX: Double = zip(gr[1].doubles, dx.doubles).map { $0 * $1 }.reduce(0, +)
    let expected = viaH + viaX
    #expect(close(r[1], [expected], tol: 1e-9))
  }

  @Test func vmapOfGradThroughScanMatchesStacking() throws {
    let args = try Self.rnnArgs()
    var g = SplitMix(state: 11)
    let batch = try f64(g.doubles(3 * 15), [3, 5, 3])
    let perSample = vmap(grad(Self.rnn, argnums: [0]), inAxes: [nil, nil, 0])
    let r = try compiledMatchesInterpreter(perSample, [args[0], args[1], batch], tol: 1e-9)
    #expect(r[0].shape == [3, 3, 3])
    let rows = batch.doubles
    for s in 0..<3 {
      let one = try grad(Self.rnn, argnums: [0])([args[0], args[1], try f64(Array(rows[(s * 15)..<((s + 1) * 15)]), [5, 3])])
      #expect(close(one[0], Array(r[0].doubles[(s * 9)..<((s + 1) * 9)]), tol: 1e-9), "sample \(s)")
    }
  }

  /// A tree carry: a damped oscillator stepped by explicit Euler.
  struct State: TensorTree {
    var x: Tensor
    var v: Tensor
  }

  @Test func treeCarryAndItsGradient() throws {
    let f = TensorFunction(name: "oscillator", arity: 3) { a in
      let (k, x0, v0) = (a[0], a[1], a[2])
      let (s, _) = try scan(State(x: x0, v: v0), length: 20) { s, _ in
        (State(x: s.x + 0.05 * s.v, v: s.v - 0.05 * (k * s.x + 0.1 * s.v)), [])
      }
      return [s.x * s.x + s.v]
    }
    let args = [NDArray(2.0), NDArray(1.0), NDArray(0.0)]
    let g = try compiledMatchesInterpreter(grad(f, argnums: [0, 1, 2]), args, tol: 1e-9)
    for k in 0..<3 {
      #expect(close(g[k], try Self.numericGrad(f, args, k), tol: 1e-6), "argument \(k)")
    }
  }

  /// Newton's iteration for sqrt(a) until converged: the root's gradient is 1 / (2 sqrt a).
  static let newtonSqrt = TensorFunction(name: "newtonSqrt", arity: 1) { a in
    let root = try whileLoop(cond: { x in abs(x * x - a[0]) .> 1e-12 }, body: { x in 0.5 * (x + a[0] / x) },
                             init: a[0] * 0 + 1, maxTrips: 60)
    return [root]
  }

  @Test func whileLoopValueGradAndVmap() throws {
    let r = try compiledMatchesInterpreter(Self.newtonSqrt, [NDArray(2.0)], tol: 1e-12)
    #expect(close(r[0], [Double(2).squareRoot()], tol: 1e-12))
    let g = try compiledMatchesInterpreter(grad(Self.newtonSqrt), [NDArray(2.0)], tol: 1e-12)
    #expect(close(g[0], [1 / (2 * Double(2).squareRoot())], tol: 1e-9))
    // vmap: lanes converge at different trips; each gets its own root.
    let v = try compiledMatchesInterpreter(vmap(Self.newtonSqrt), [try f64([1, 4, 9, 1e4], [4])], tol: 1e-12)
    #expect(close(v[0], [1, 2, 3, 100], tol: 1e-12))
    // (At a = 1 the initial guess 1 is the root: no trips, so the derivative is that of the guess, 0.)
    let vg = try vmap(grad(Self.newtonSqrt))([try f64([1, 4, 9], [3])])
    #expect(close(vg[0], [0, 0.25, 1.0 / 6], tol: 1e-9))
    // A tree carry: (x, trips).
    let counted = TensorFunction(name: "counted", arity: 1) { a in
      let out = try whileLoop(cond: { (c: [Tensor]) in c[1] .< 5 }, body: { c in [c[0] * 2, c[1] + 1] },
                              init: [a[0], Tensor(NDArray(Int32(0)))])
      return out
    }
    let c = try compiledMatchesInterpreter(counted, [NDArray(Float(3))])
    #expect(close(c[0], [96]) && close(c[1], [5]))
  }

  @Test func whileLoopPastMaxTripsFails() throws {
    let f = TensorFunction(name: "capped", arity: 1) { a in
      [try whileLoop(cond: { x in x .< 100 }, body: { x in x + 1 }, init: a[0], maxTrips: 3)]
    }
    #expect(throws: FTCError.self) { try f.interpret([NDArray(Float(0))]) }
    #expect(throws: FTCError.self) { try f([NDArray(Float(0))]) }
    #expect(close(try f([NDArray(Float(98))])[0], [100]))
  }

  @Test func foriLoopUsesTheIndex() throws {
    // sum of i for i in 2..<6, then x^5 by repeated products.
    let f = TensorFunction(name: "fori", arity: 1) { a in
      let s = try foriLoop(2, 6, body: { i, c in c + i.astype(.f64) }, init: a[0] * 0)
      let p = try foriLoop(0, 5, body: { _, c in c * a[0] }, init: a[0] * 0 + 1)
      return [s + p]
    }
    let r = try compiledMatchesInterpreter(f, [NDArray(1.5)], tol: 1e-12)
    #expect(close(r[0], [14 + Foundation.pow(1.5, 5)], tol: 1e-12))
    let g = try compiledMatchesInterpreter(grad(f), [NDArray(1.5)], tol: 1e-12)
    #expect(close(g[0], [5 * Foundation.pow(1.5, 4)], tol: 1e-12))
    // No trips when upper <= lower.
    let none = TensorFunction(name: "none", arity: 1) { a in [try foriLoop(3, 1, body: { _, c in c * 0 }, init: a[0])] }
    #expect(close(try none([NDArray(Float(7))])[0], [7]))
  }

  /// Tensors of the enclosing trace used in a body or condition are captured
  /// (extra operands the loop passes through), also from nested loops, and
  /// differentiated through.
  @Test func bodiesCaptureEnclosingTensors() throws {
    let f = TensorFunction(name: "captures", arity: 2) { a in
      let (w, x) = (a[0], a[1])
      let (c, _) = try scan(x, length: 3) { c, _ in
        // A nested loop capturing both the outer argument and the outer body's carry.
        let inner = try whileLoop(cond: { (s: [Tensor]) in s[1] .< 2 }, body: { s in [s[0] * w + c, s[1] + 1] },
                                  init: [c, Tensor(NDArray(Int32(0)))], maxTrips: 2)
        return (inner[0], [])
      }
      let picked = try cond(sum(c) .> 0, [c], then: { [$0[0] * w] }, else: { [$0[0] - w] })
      return [sum(picked[0])]
    }
    func reference(_ w: Double, _ x: Double) -> Double {
      var c = x
      for _ in 0..<3 { c = (c * w + c) * w + c }
      return c > 0 ? c * w : c - w
    }
    let (w, x) = (0.7, 0.3)
    let r = try compiledMatchesInterpreter(f, [NDArray(w), NDArray(x)], tol: 1e-12)
    #expect(close(r[0], [reference(w, x)], tol: 1e-12))
    let g = try compiledMatchesInterpreter(grad(f, argnums: [0, 1]), [NDArray(w), NDArray(x)], tol: 1e-12)
    let h = 1e-6
    #expect(close(g[0], [(reference(w + h, x) - reference(w - h, x)) / (2 * h)], tol: 1e-7))
    #expect(close(g[1], [(reference(w, x + h) - reference(w, x - h)) / (2 * h)], tol: 1e-7))
  }

  @Test func wrongCarriesAndInputsThrow() throws {
    let x = try f32([1, 2, 3], [3])
    func message(_ body: @escaping ([Tensor]) throws -> [Tensor]) -> String {
      do {
        _ = try TensorFunction(name: "bad", arity: 1, body).interpret([x])
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    // A carry whose type changes in the body.
    let m1 = message { a in [try scan(a[0], length: 2) { c, _ in (sum(c), []) }.carry] }
    #expect(m1.contains("next carry") && m1.contains("f32[]") && m1.contains("f32[3]"), "\(m1)")
    // A tree carry that loses a leaf.
    let m2 = message { a in [try scan([a[0], a[0]], length: 2) { c, _ in ([c[0]], []) }.carry[0]] }
    #expect(m2.contains("next carry") && m2.contains("[1]"), "\(m2)")
    // Inputs of different lengths; no inputs and no length.
    let m3 = message { a in try scan(a[0], [a[0], a[0][0 ..< 2]]) { c, _ in (c, []) }.ys }
    #expect(m3.contains("leading dimension"), "\(m3)")
    let m4 = message { a in [try scan(a[0]) { c, _ in (c, []) }.carry] }
    #expect(m4.contains("length"), "\(m4)")
    // A while condition that is not a bool scalar; a body that changes the carry type.
    let m5 = message { a in [try whileLoop(cond: { c in c }, body: { c in c }, init: a[0])] }
    #expect(m5.contains("bool scalar") && m5.contains("f32[3]"), "\(m5)")
    let m6 = message { a in [try whileLoop(cond: { c in sum(c) .< 10 }, body: { c in c.astype(.f64) }, init: a[0])] }
    #expect(m6.contains("next carry") && m6.contains("f64[3]"), "\(m6)")
    // A tensor of an unrelated trace (one that escaped an earlier function) is not captured.
    nonisolated(unsafe) var escaped: Tensor? = nil
    _ = try? TensorFunction(name: "leak", arity: 1) { a in escaped = a[0]; return [a[0]] }.interpret([x])
    let m7 = message { a in [try scan(a[0], length: 2) { c, _ in (c + escaped!, []) }.carry] }
    #expect(m7.contains("another trace"), "\(m7)")
    #expect(message { a in [try whileLoop(cond: { c in sum(c) .< 10 }, body: { c in c }, init: a[0], maxTrips: -1)] }.contains("maxTrips"))
  }
}
