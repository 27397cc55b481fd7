// The Swift API's seed examples (issue #10): run with `swift run ftc-swift-example`.
// Every value printed here is also checked by Tests/FTCTests (TransformTests).

import FTC
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = Date()
  try body()
  return Date().timeIntervalSince(start)
}

if CommandLine.arguments.contains("--bench-compile") {
  do { try runCompileBenchmarks() } catch { print("error: \(error)"); exit(1) }
  exit(0)
}
if CommandLine.arguments.contains("--bench") {
  do { try runCallBenchmarks() } catch { print("error: \(error)"); exit(1) }
  exit(0)
}

do {
  // MLX seeds.
  print("grad(x²) at 3:", try grad { x in x * x }(NDArray(Float(3))))
  let loss = { (w: Tensor, x: Tensor, y: Tensor) in mean(square(w * x - y)) }
  let vg = try valueAndGrad(loss)(NDArray(Float(1.5)), NDArray([1, 2, 3, 4] as [Float]), NDArray([2, 4, 6, 8] as [Float]))
  print("valueAndGrad(mean((w·x − y)²)):", vg[0], vg[1])
  print("vmap(x² + 1):", try vmap { x in x * x + 1 }(NDArray([1, 2, 3, 4] as [Float])))
  print("grad(sin)(π):", try grad { sin($0) }(NDArray(Double.pi)))
  print("grad(grad(sin))(π/2):", try grad(grad { sin($0) })(NDArray(Double.pi / 2)))

  // torch.func seed: f(x) = sin(x)·x.
  let df = grad { x in sin(x) * x }
  print("f'(1):", try df(NDArray(1.0)), " f''(1):", try grad(df)(NDArray(1.0)))

  // Per-sample gradients of a Linear(4, 2) model with MSE over a batch of 16.
  // Arguments: weight [2, 4], bias [2], one example x [4] and its target y [2].
  let linear = TensorFunction(name: "linear", arity: 4) { p in [mean(square(matmul(p[0], p[2]) + p[1] - p[3]))] }
  let perSample = jit(vmap(grad(linear, argnums: [0, 1]), inAxes: [nil, nil, 0, 0]))
  var state: UInt64 = 1
  func random(_ n: Int) -> [Float] {
    (0..<n).map { _ in
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Float(Double(state >> 40) / Double(1 << 24) * 2 - 1)
    }
  }
  let g = try perSample(try NDArray(random(8), shape: [2, 4]), NDArray(random(2)),
                        try NDArray(random(64), shape: [16, 4]), try NDArray(random(32), shape: [16, 2]))
  print("per-sample gradient shapes:", g.map(\.shape))

  // JAX seed W2: jit(grad) and jit(vmap(grad)) of a least-squares loss, then larger batches.
  let w2 = TensorFunction(name: "w2") { (p: Tensor, x: Tensor, y: Tensor) in mean(square(matmul(x, p) - y)) }
  let params = NDArray([1, 2] as [Float])
  let xs = try NDArray([[1, 0.5], [0.3, 0.8], [0.9, 0.1]] as [[Float]]), ys = NDArray([1.5, 1, 0.8] as [Float])
  print("jit(grad):", try jit(grad(w2))(params, xs, ys)[0])
  let perExample = jit(vmap(grad(TensorFunction(name: "w2e") { (p: Tensor, x: Tensor, y: Tensor) in square(dot(x, p) - y) }),
                            inAxes: [nil, 0, 0]))
  print("jit(vmap(grad)):", try perExample(params, xs, ys)[0])
  for batch in [1, 100, 10_000] {
    let bx = try NDArray(random(2 * batch), shape: [batch, 2]), by = NDArray(random(batch))
    let first = try seconds { _ = try perExample(params, bx, by) }
    let second = try seconds { _ = try perExample(params, bx, by) }
    print("batch \(batch): first call (trace + compile + run) \(String(format: "%.3f", first)) s, cached call \(String(format: "%.6f", second)) s")
  }
} catch {
  print("error: \(error)")
  exit(1)
}
