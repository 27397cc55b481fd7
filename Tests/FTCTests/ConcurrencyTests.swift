import FTC
import FTIR
import Foundation
import Testing

/// A smoke test of today's thread safety (lock-free calls are a later step of issue #10):
/// 8 threads call one compiled function and each compiles a function of its own, at once.
@Test func eightThreadsCallAndCompileAtOnce() throws {
  let shared = jit { (x: Tensor) in exp(x) * 2 }
  _ = try shared(NDArray([0, 1] as [Float]))
  let results = ThreadFlags()
  DispatchQueue.concurrentPerform(iterations: 8) { i in
    do {
      let own = jit { (x: Tensor) in x * Double(i) }
      let a = try own(NDArray([1, 2] as [Float]))
      let b = try shared(NDArray([0, 1] as [Float]))
      results.set(i, a.doubles == [Double(i), Double(2 * i)] && close(b, [2, 2 * M_E]))
    } catch {
      results.set(i, false)
    }
  }
  #expect(results.all == Array(repeating: true, count: 8))
  #expect(shared.traceCount == 1)
}

