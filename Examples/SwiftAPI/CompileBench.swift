// `swift run -c release ftc-swift-example --bench-compile`: trace + compile
// time of the shared peer workloads W1–W7 (../shared/peers/workloads.py)
// written with the Swift API, next to JAX's first call. Each case builds a
// fresh function, times its first call (trace, passes, LLVM, run) and then
// its best warm call (run only); trace + compile is the difference.

import FTC
import Foundation

/// Seeded uniform f32 data in [-1, 1).
func data(_ shape: [Int], seed: UInt64) throws -> NDArray {
  var state = seed
  let n = shape.reduce(1, *)
  var xs = [Float](repeating: 0, count: n)
  for k in 0..<n {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    xs[k] = Float(Int64(bitPattern: state >> 11) % 2_000_000) / 1_000_000 - 1
  }
  return try NDArray(xs, shape: shape)
}

/// The first call's seconds and the best of `warm` later calls.
func firstAndWarm(warm: Int = 5, _ call: () throws -> Void) throws -> (first: Double, run: Double) {
  var start = DispatchTime.now().uptimeNanoseconds
  try call()
  let first = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
  var best = Double.infinity
  for _ in 0..<warm {
    start = DispatchTime.now().uptimeNanoseconds
    try call()
    best = Swift.min(best, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
  }
  return (first, best)
}

/// JAX 0.10.2's first call (trace + compile + run) per case, from ../shared/peers/results-2026-12-01.json (ms).
let jaxFirstCallMs: [String: Double] = [
  "W1 vmap": 86.0, "W2 per_example B=1": 58.8, "W2 fast_grad B=1": 55.6, "W2 per_example B=100": 64.0,
  "W2 fast_grad B=100": 74.3, "W2 per_example B=10000": 57.7, "W2 fast_grad B=10000": 88.1,
  "W3 vmap B=32": 172.4, "W3 vmap B=1024": 279.3, "W3 loop B=32": 217.9, "W4 value_and_grad": 244.6,
  "W5 gelu*y+z N=16M": 87.2, "W6 softmax 4096x1024": 26.6, "W7 grad(grad(sin))": 38.6, "W7 hessian 100": 109.6,
]

func report(_ name: String, _ t: (first: Double, run: Double)) {
  let jax = jaxFirstCallMs[name].map { String(format: "%8.1f", $0) } ?? "       -"
  print(String(format: "%-26@ first call %8.1f ms   run %9.3f ms   trace+compile %8.1f ms   JAX first call %@ ms",
               name as NSString, t.first * 1e3, t.run * 1e3, (t.first - t.run) * 1e3, jax as NSString))
}

func runCompileBenchmarks() throws {
  // W1: vmap of an add over (4096, 100) and (100, 4096), inAxes (0, 1).
  let xs = try data([4096, 100], seed: 1), ys = try data([100, 4096], seed: 2)
  let w1 = vmap({ (x: Tensor, y: Tensor) in x + y }, inAxes: [0, 1])
  report("W1 vmap", try firstAndWarm { _ = try w1(xs, ys) })

  // W2: mean((x·params − y)²): jit(vmap(grad)) per example and jit(grad) over the batch.
  let loss2 = { (p: Tensor, x: Tensor, y: Tensor) in mean(square(dot(x, p) - y)) }
  let p2 = try data([2], seed: 3), x2 = try data([10_000, 2], seed: 4), y2 = try data([10_000], seed: 5)
  for b in [1, 100, 10_000] {
    let x = try NDArray(Array(x2.doubles.prefix(2 * b)).map(Float.init), shape: [b, 2])
    let y = try NDArray(Array(y2.doubles.prefix(b)).map(Float.init), shape: [b])
    let perExample = jit(vmap(grad(TensorFunction(name: "loss2", loss2)), inAxes: [nil, 0, 0]))
    report("W2 per_example B=\(b)", try firstAndWarm { _ = try perExample([p2, x, y]) })
    let fast = jit(grad(TensorFunction(name: "loss2", loss2)))
    report("W2 fast_grad B=\(b)", try firstAndWarm { _ = try fast([p2, x, y]) })
  }

  // W3: per-sample gradients of a 64-128-10 tanh MLP with dictionary parameters.
  let loss3 = { (p: [String: Tensor], x: Tensor, t: Tensor) -> Tensor in
    let h = tanh(matmul(x, p["W1"]!) + p["b1"]!)
    return mean(square(matmul(h, p["W2"]!) + p["b2"]! - t))
  }
  let p3: [String: Tensor] = ["W1": Tensor(try data([64, 128], seed: 6)), "b1": Tensor(try data([128], seed: 7)),
                              "W2": Tensor(try data([128, 10], seed: 8)), "b2": Tensor(try data([10], seed: 9))]
  for b in [32, 1024] {
    let x = Tensor(try data([b, 64], seed: 10)), t = Tensor(try data([b, 10], seed: 11))
    let perSample = vmap(grad(name: "loss3", loss3), inAxes: [nil, 0, 0])
    report("W3 vmap B=\(b)", try firstAndWarm { _ = try perSample(p3, x, t) })
  }
  let xl = try (0..<32).map { Tensor(try data([64], seed: 100 + UInt64($0))) }, tl = try (0..<32).map { Tensor(try data([10], seed: 200 + UInt64($0))) }
  let single = grad(name: "loss3", loss3)
  report("W3 loop B=32", try firstAndWarm { for i in 0..<32 { _ = try single(p3, xl[i], tl[i]) } })

  // W4: value and gradient of a 784-512-512-10 ReLU MLP's cross-entropy, batch 256.
  let sizes = [784, 512, 512, 10]
  var p4: [String: Tensor] = [:]
  for k in 0..<3 {
    p4["W\(k + 1)"] = Tensor(try data([sizes[k], sizes[k + 1]], seed: 20 + UInt64(k)))
    p4["b\(k + 1)"] = Tensor(try data([sizes[k + 1]], seed: 30 + UInt64(k)))
  }
  let x4 = Tensor(try data([256, 784], seed: 40)), oh4 = Tensor(try data([256, 10], seed: 41))
  let w4 = valueAndGrad(name: "loss4") { (p: [String: Tensor], x: Tensor, oh: Tensor) -> Tensor in
    var h = relu(matmul(x, p["W1"]!) + p["b1"]!)
    h = relu(matmul(h, p["W2"]!) + p["b2"]!)
    let lg = matmul(h, p["W3"]!) + p["b3"]!
    return mean(logSumExp(lg, axes: [1]) - sum(lg * oh, axes: [1]))
  }
  report("W4 value_and_grad", try firstAndWarm { _ = try w4(p4, x4, oh4) })

  // W5: a GELU-like expression times y plus z over 16M elements.
  let n5 = 16 * (1 << 20)
  let x5 = try data([n5], seed: 50), y5 = try data([n5], seed: 51), z5 = try data([n5], seed: 52)
  let w5 = jit { (x: Tensor, y: Tensor, z: Tensor) in 0.5 * x * (1 + tanh(0.7978845608 * (x + 0.044715 * x * x * x))) * y + z }
  report("W5 gelu*y+z N=16M", try firstAndWarm(warm: 3) { _ = try w5([x5, y5, z5]) })

  // W6: softmax over rows of (4096, 1024).
  let x6 = try data([4096, 1024], seed: 60)
  let w6 = jit { (x: Tensor) in
    let e = exp(x - max(x, axes: [-1], keepDims: true))
    return e / sum(e, axes: [-1], keepDims: true)
  }
  report("W6 softmax 4096x1024", try firstAndWarm { _ = try w6(x6) })

  // W7: grad(grad(sin)) at 0.5, and the Hessian of sum(tanh(A·x)) at x of 100.
  let d2 = grad(grad { x in sin(x) })
  report("W7 grad(grad(sin))", try firstAndWarm { _ = try d2(NDArray(Float(0.5))) })
  let a7 = try data([100, 100], seed: 70), x7 = try data([100], seed: 71)
  let h7 = hessian(TensorFunction(name: "f7") { (x: Tensor, a: Tensor) in sum(tanh(matmul(a, x))) })
  report("W7 hessian 100", try firstAndWarm { _ = try h7([x7, a7]) })
}
