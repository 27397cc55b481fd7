// `swift run -c release ftc-swift-example --bench`: the per-call overhead of
// a cached compiled call (issue #10's closing note). A function whose work
// is a few nanoseconds (one element) is called many times; the time per
// call is then almost all overhead: the signature lookup, pinning the
// arguments' storage, allocating the results and the entry's own call.

import FTC
import Foundation

/// Seconds of CPU time this thread has used (unlike wall time, not inflated
/// when other processes share the cores).
func threadCPUSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Wall and thread-CPU seconds per call of `body`, each the best of `rounds` runs of `calls` calls.
func perCall(calls: Int, rounds: Int = 5, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  var best = (wall: Double.infinity, cpu: Double.infinity)
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds, cpu = threadCPUSeconds()
    for _ in 0..<calls { try body() }
    best.cpu = Swift.min(best.cpu, (threadCPUSeconds() - cpu) / Double(calls))
    best.wall = Swift.min(best.wall, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9 / Double(calls))
  }
  return best
}

func microseconds(_ s: Double) -> String { String(format: "%.3f µs", s * 1e6) }
func microseconds(_ t: (wall: Double, cpu: Double)) -> String { String(format: "%.3f µs wall, %.3f µs CPU", t.wall * 1e6, t.cpu * 1e6) }

/// `--quick` divides the call counts by 100 (for instruction counting under valgrind's callgrind).
let callScale = CommandLine.arguments.contains("--quick") ? 100 : 1

func runCallBenchmarks() throws {
  let one = NDArray([1] as [Float])
  let unary = jit(TensorFunction(name: "add1") { (x: Tensor) in x + 1 })
  _ = try unary([one])
  print("cached call, 1 argument f32[1] -> f32[1]:", microseconds(try perCall(calls: 200_000 / callScale) { _ = try unary([one]) }))

  let ternary = jit(TensorFunction(name: "fma3") { (x: Tensor, y: Tensor, z: Tensor) in x * y + z })
  _ = try ternary([one, one, one])
  print("cached call, 3 arguments f32[1] -> f32[1]:", microseconds(try perCall(calls: 200_000 / callScale) { _ = try ternary([one, one, one]) }))

  let tree = jit { (p: [String: Tensor], x: Tensor) in p["w"]! * x + p["b"]! }
  let params = ["w": Tensor(one), "b": Tensor(one)]
  _ = try tree(params, Tensor(one))
  print("cached call of a tree function ([String: Tensor], x):", microseconds(try perCall(calls: 100_000 / callScale) { _ = try tree(params, Tensor(one)) }))

  // The same cached call from 2 threads at once (no lock is held during calls).
  let threads = 2, calls = 200_000 / callScale
  let start = DispatchTime.now().uptimeNanoseconds
  DispatchQueue.concurrentPerform(iterations: threads) { _ in
    for _ in 0..<calls { _ = try? unary([one]) }
  }
  let wall = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
  print("cached call from \(threads) threads at once: \(microseconds(wall / Double(calls))) wall per call per thread")

  // The work itself for scale: a 1M-element add, per call.
  let big = try NDArray.zeros([1_000_000])
  _ = try unary([big])
  print("cached call on f32[1000000] (work dominates):", microseconds(try perCall(calls: Swift.max(1, 200 / callScale)) { _ = try unary([big]) }))
}
