import FTC
import FTIR
import Foundation
import Pipeline
import Testing

/// The .ftir path for a function traced at `types` plus transform definitions
/// (`func @g = grad(@f)` lines): parsed, expanded and interpreted.
func viaFTIR(_ f: TensorFunction, _ types: [TensorType], definitions: String, run name: String, _ args: [NDArray]) throws -> [NDArray] {
  let text = try f.ftir(types) + definitions
  let m = try Pipeline.load(bytes: Array(text.utf8), fileName: "api.ftir").flatMap(Pipeline.expand).get()
  return try Interpreter(module: m).run(name, args.map(\.host)).map(NDArray.init)
}

/// Central differences of the scalar function `f` at `x` (f64).
func finiteDifferences(_ f: TensorFunction, _ x: [Double], shape: [Int], others: [NDArray] = [], h: Double = 1e-6) throws -> [Double] {
  try x.indices.map { i in
    var up = x, down = x
    up[i] += h
    down[i] -= h
    let a = try f([try f64(up, shape)] + others)[0].doubles[0]
    let b = try f([try f64(down, shape)] + others)[0].doubles[0]
    return (a - b) / (2 * h)
  }
}

@Suite struct TransformTests {
  /// The MLX seeds of issue #10.
  @Test func mlxSeeds() throws {
    #expect(try grad { x in x * x }(NDArray(Float(3))).item == 6)
    let loss = { (w: Tensor, x: Tensor, y: Tensor) in mean(square(w * x - y)) }
    let vg = try valueAndGrad(loss)(NDArray(Float(1.5)), NDArray([1, 2, 3, 4] as [Float]), NDArray([2, 4, 6, 8] as [Float]))
    #expect(vg.map(\.doubles) == [[1.875], [-7.5]])
    #expect(try vmap { x in x * x + 1 }(NDArray([1, 2, 3, 4] as [Float])).doubles == [2, 5, 10, 17])
    #expect(Swift.abs(try grad { sin($0) }(NDArray(Double.pi)).item! + 1) < 1e-15)
    #expect(Swift.abs(try grad(grad { sin($0) })(NDArray(Double.pi / 2)).item! + 1) < 1e-15)
    let w = NDArray(Float(1)), x = NDArray([0.5, -0.5] as [Float]), y = NDArray([1.5, -1.5] as [Float])
    #expect(try grad(loss, argnums: [0])(w, x, y)[0].doubles == [-1])
    #expect(try grad(loss, argnums: [1])(w, x, y)[0].doubles == [-1, 1])
    #expect(try valueAndGrad(loss)(w, x, y).map(\.doubles) == [[1], [-1]])
  }

  /// torch.func's seed: f(x) = sin(x)·x, first and second derivative at 1.
  @Test func torchSeedSinTimesX() throws {
    let df = grad { x in sin(x) * x }
    #expect(Swift.abs(try df(NDArray(1.0)).item! - (cos(1) + sin(1))) < 1e-12)
    #expect(Swift.abs(try grad(df)(NDArray(1.0)).item! - (2 * cos(1) - sin(1))) < 1e-12)
  }

  /// JAX's W2 seed: jit(grad) and jit(vmap(grad, inAxes: [nil, 0, 0])) of a least-squares loss.
  @Test func jaxSeedPerExampleGradients() throws {
    let loss = TensorFunction(name: "loss") { (p: Tensor, x: Tensor, y: Tensor) in mean(square(matmul(x, p) - y)) }
    let params = NDArray([1, 2] as [Float]), x = try NDArray([[1, 0.5], [0.3, 0.8], [0.9, 0.1]] as [[Float]]), y = NDArray([1.5, 1, 0.8] as [Float])
    let g = try jit(grad(loss))(params, x, y)[0]
    // d/dp mean((xp - y)^2) = 2/3 x^T (xp - y); residuals: [0.5, 0.9, 0.3].
    let expected: [Double] = [1.04 * 2 / 3, 1.0 * 2 / 3]
    #expect(close(g, expected, tol: 1e-6))
    let perExample = jit(vmap(grad(TensorFunction(name: "l1") { (p: Tensor, x: Tensor, y: Tensor) in square(dot(x, p) - y) }),
                              inAxes: [nil, 0, 0]))
    let pe = try perExample(params, x, y)[0]
    #expect(pe.shape == [3, 2])
    #expect(close(pe, [1, 0.5, 0.54, 1.44, 0.54, 0.06], tol: 1e-6))
  }

  /// Gradients of a function of several tensor ops against central differences, in f64.
  @Test func gradMatchesFiniteDifferences() throws {
    let f = TensorFunction(name: "f") { (x: Tensor, w: Tensor) in
      logSumExp(matmul(w, tanh(x)) * 0.5) + sum(softplus(x) * sigmoid(x)) + mean(gelu(x)) - sum(pow(x, 2) / 3)
    }
    var rng = SplitMix(state: 7)
    let x = rng.doubles(4), w = try f64(rng.doubles(12), [3, 4])
    let g = try grad(f)(try f64(x, [4]), w)[0]
    let fd = try finiteDifferences(f, x, shape: [4], others: [w])
    #expect(close(g, fd, tol: 1e-6), "\(g) vs \(fd)")
  }

  /// Each transform agrees with the same transform written in .ftir.
  @Test func transformsMatchFTIRDefinitions() throws {
    let f = TensorFunction(name: "f") { (x: Tensor) in sum(sin(x) * x) * x[0] }
    let t = [TensorType(.f64, [3])]
    let x = try f64([0.3, -1.2, 2], [3]), v = try f64([1, 0.5, -2], [3])
    let defs = """

      func @g = grad(@f)
      func @jr = jacrev(@f)
      func @jf = jacfwd(@f)
      func @h = hessian(@f)
      func @fw = jvp(@f)
      func @bw = vjp(@f)
      func @gg = vmap(grad(@f), size=2)

      """
    let xs = try f64([0.3, -1.2, 2, 1, 2, 3], [2, 3])
    let checks: [(String, TensorFunction, [NDArray])] = [
      ("g", grad(f), [x]), ("jr", jacrev(f), [x]), ("jf", jacfwd(f), [x]), ("h", hessian(f), [x]),
      ("fw", jvp(f), [x, v]), ("bw", vjp(f), [x, NDArray(1.0)]), ("gg", vmap(grad(f)), [xs]),
    ]
    for (name, api, args) in checks {
      let expected = try viaFTIR(f, t, definitions: defs, run: name, args)
      let got = try api(args)
      #expect(got.count == expected.count)
      for (a, e) in zip(got, expected) { #expect(close(a, e, tol: 1e-12), "\(name): \(a) vs \(e)") }
    }
  }

  /// Compositions in both orders and at depth, checked against each other and by hand.
  @Test func compositions() throws {
    let f = UnaryFunction(name: "f") { x in sum(x * x * x) }
    let x = try f64([1, -2, 0.5], [3])
    // Hessian = jacfwd(jacrev) = jacrev(grad) = diag(6x).
    let diag: [Double] = [6, 0, 0, 0, -12, 0, 0, 0, 3]
    #expect(close(try hessian(f)(x), diag))
    #expect(close(try jacfwd(jacrev(f))(x), diag))
    #expect(close(try jacrev(grad(f))(x), diag))
    #expect(close(try jacfwd(grad(f))(x), diag))
    // vmap(grad) equals a loop of grad; grad(vmap) of a sum equals grad too.
    let rows = try f64([1, 2, 3, -1, 0.5, 2], [2, 3])
    #expect(close(try vmap(grad(f))(rows), [3, 12, 27, 3, 0.75, 12]))
    let summed = UnaryFunction(name: "s") { x in sum(try vmap(f)(x)) }
    #expect(close(try grad(summed)(rows), [3, 12, 27, 3, 0.75, 12]))
    // jvp of grad: Hessian-vector product; vjp of grad likewise (the Hessian is symmetric).
    let v = try f64([1, 1, 2], [3])
    let hv: [Double] = [6, -12, 6]
    #expect(close(try jvp(grad(f))(x, v)[1], hv))
    #expect(close(try vjp(grad(f))(x, v)[1], hv))
    // grad of jit, jit of grad, third derivative by grad(grad(grad)).
    #expect(close(try grad(jit(f))(x), [3, 12, 0.75]))
    #expect(Swift.abs(try grad(grad(grad { sin($0) }))(NDArray(0.3)).item! + cos(0.3)) < 1e-14)
    // vmap of jacrev and of hessian.
    #expect(try vmap(hessian(f))(rows).shape == [2, 3, 3])
    #expect(close(try vmap(jacrev { x in x * x })(rows), [2, 0, 0, 0, 4, 0, 0, 0, 6, -2, 0, 0, 0, 1, 0, 0, 0, 4], shape: [2, 3, 3]))
  }

  @Test func vjpAtGivesValueAndPullback() throws {
    let f = TensorFunction(name: "f") { (x: Tensor) in x * x }
    let (values, pullback) = try vjp(f, at: [NDArray([1, 2, 3] as [Float])])
    #expect(values[0].doubles == [1, 4, 9])
    #expect(try pullback([NDArray([1, 1, 0.5] as [Float])])[0].doubles == [2, 4, 3])
  }

  @Test func cacheHitsNeitherTraceNorCompile() throws {
    let f = jit { (x: Tensor) in exp(x) + 1 }
    _ = try f(NDArray([1, 2] as [Float]))
    _ = try f(NDArray([3, 4] as [Float]))
    #expect(f.traceCount == 1)
    _ = try f(NDArray([1, 2, 3] as [Float]))
    #expect(f.traceCount == 2)
    _ = try f(NDArray([1, 2] as [Double]))
    #expect(f.traceCount == 3)
    _ = try f(NDArray([5, 6] as [Float]))
    #expect(f.traceCount == 3)
  }

  /// A tiny MLP's whole training step (loss, gradients, SGD update) compiled once and run until the loss falls.
  @Test func mlpTrainingStepReducesLoss() throws {
    let loss = TensorFunction(name: "loss", arity: 6) { p in
      let (w1, b1, w2, b2, x, y) = (p[0], p[1], p[2], p[3], p[4], p[5])
      let h = tanh(matmul(x, w1) + b1)
      return [mean(square(squeeze(matmul(h, w2), axes: [1]) + b2 - y))]
    }
    let vg = valueAndGrad(loss, argnums: [0, 1, 2, 3])
    let step = jit(TensorFunction(name: "step", arity: 6) { p in
      let r = try vg(p)
      return [r[0]] + (0..<4).map { p[$0] - 0.3 * r[$0 + 1] }
    })
    var rng = SplitMix(state: 42)
    let xs = rng.floats(64)
    let ys = (0..<32).map { Float(Foundation.sin(3 * Double(xs[2 * $0])) * 0.5 + Double(xs[2 * $0 + 1]) * 0.3) }
    var params = [try f32(rng.floats(32, scale: 0.5), [2, 16]), try NDArray.zeros([16]), try f32(rng.floats(16, scale: 0.5), [16, 1]), try NDArray.zeros([])]
    let data = [try f32(xs, [32, 2]), NDArray(ys)]
    var losses: [Double] = []
    for _ in 0..<600 {
      let r = try step(params + data)
      losses.append(r[0].item!)
      params = Array(r.dropFirst())
    }
    #expect(step.traceCount == 1)
    #expect(losses.last! < 0.3 * losses.first!, "losses \(losses.first!) -> \(losses.last!)")
  }
}

/// torch.func's per-sample gradients of a Linear(4, 2) model with MSE over a batch of 16, against a loop of grad calls.
@Test func perSampleGradientsOfALinearModel() throws {
  let linear = TensorFunction(name: "linear", arity: 4) { p in [mean(square(matmul(p[0], p[2]) + p[1] - p[3]))] }
  let perSample = jit(vmap(grad(linear, argnums: [0, 1]), inAxes: [nil, nil, 0, 0]))
  var rng = SplitMix(state: 3)
  let w = try f32(rng.floats(8), [2, 4]), b = NDArray(rng.floats(2))
  let xs = rng.floats(64), ys = rng.floats(32)
  let g = try perSample(w, b, try f32(xs, [16, 4]), try f32(ys, [16, 2]))
  #expect(g.map(\.shape) == [[16, 2, 4], [16, 2]])
  let single = grad(linear, argnums: [0, 1])
  for i in [0, 7, 15] {
    let gi = try single(w, b, NDArray(Array(xs[4 * i ..< 4 * i + 4])), NDArray(Array(ys[2 * i ..< 2 * i + 2])))
    #expect(close(NDArray(Array(g[0].floats![8 * i ..< 8 * i + 8])), gi[0].doubles.map { $0 }, tol: 1e-5))
    #expect(close(NDArray(Array(g[1].floats![2 * i ..< 2 * i + 2])), gi[1].doubles, tol: 1e-5))
  }
}

/// The README's Swift API snippet, with the values it shows.
@Test func readmeSnippet() throws {
  let loss = { (w: Tensor, x: Tensor, y: Tensor) in mean(square(w * x - y)) }
  let step = jit(valueAndGrad(loss))
  let r = try step(NDArray(Float(1.5)), NDArray([1, 2, 3, 4] as [Float]), NDArray([2, 4, 6, 8] as [Float]))
  #expect("\(r[0]) \(r[1])" == "array(1.875, dtype=float32) array(-7.5, dtype=float32)")
  #expect("\(try grad(grad { sin($0) })(NDArray(Double.pi / 2)))" == "array(-1.)")
  #expect("\(try vmap { x in x * x + 1 }(NDArray([1, 2, 3, 4] as [Float])))" == "array([ 2.,  5., 10., 17.], dtype=float32)")
}
