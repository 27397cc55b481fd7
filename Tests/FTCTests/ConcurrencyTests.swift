import FTC
import FTIR
import Foundation
import Testing

/// Compiled calls take no lock and pass host buffers without copies
/// (Codegen/CompiledEntry.swift): many threads call and compile at once.
@Suite struct ConcurrencyTests {
  /// 8 threads at once: each compiles a function of its own, calls a shared
  /// one many times on its own inputs, and asks the shared one for a new
  /// signature (compiled once for all of them).
  @Test func eightThreadsCallAndCompileAtOnce() throws {
    let shared = jit { (x: Tensor) in exp(x) * 2 }
    _ = try shared(NDArray([0, 1] as [Float]))
    let results = ThreadFlags()
    DispatchQueue.concurrentPerform(iterations: 8) { i in
      do {
        let own = jit { (x: Tensor) in x * Double(i) }
        let a = try own(NDArray([1, 2] as [Float]))
        var ok = a.doubles == [Double(i), Double(2 * i)]
        for k in 0..<200 {
          let x = Float(i) * 0.01 + Float(k) * 1e-4
          let b = try shared(NDArray([x, -x] as [Float]))
          ok = ok && close(b, [2 * exp(Double(x)), 2 * exp(-Double(x))], tol: 1e-5)
        }
        let c = try shared(NDArray([0, 0, 0] as [Float]))
        results.set(i, ok && c.doubles == [2, 2, 2])
      } catch {
        results.set(i, false)
      }
    }
    #expect(results.all == Array(repeating: true, count: 8))
    // f32[2] and f32[3]: one compilation each, though 8 threads asked for f32[3] at once.
    #expect(shared.traceCount == 2)
  }

  /// A function of more buffers than are pinned (32) passes the rest through copies, with the same results.
  @Test func manyArgumentsBeyondThePinnedOnes() throws {
    let n = 40
    let f = TensorFunction(name: "many", arity: n) { xs in
      [xs.dropFirst().reduce(xs[0], +)] + xs.map { $0 * 2 }
    }
    let args = (0..<n).map { NDArray([Float($0), 1] as [Float]) }
    let out = try f(args)
    #expect(out.count == n + 1)
    #expect(out[0].doubles == [Double(n * (n - 1) / 2), Double(n)])
    for k in 0..<n { #expect(out[k + 1].doubles == [Double(2 * k), 2], "result \(k + 1)") }
  }

  /// Empty tensors, i1 and integer results, and f64 go through the same call path.
  @Test func everyDtypeAndEmptyTensors() throws {
    let f = TensorFunction(name: "mixed", arity: 3) { xs in
      [xs[0] .> 0, xs[1] + 1, xs[2] * 2]
    }
    let out = try f([NDArray([-1, 2] as [Double]), NDArray([5, 6, 7] as [Int32]), try NDArray([Float](), shape: [0, 3])])
    #expect(out[0].host.storage == .i1([false, true]))
    #expect(out[1].host.storage == .i32([6, 7, 8]))
    #expect(out[2].shape == [0, 3] && out[2].count == 0)
  }

  /// A call's results are fresh arrays: a second call does not change the first's.
  @Test func resultsAreNotShared() throws {
    let f = jit { (x: Tensor) in x + 1 }
    let a = try f(NDArray([1, 2] as [Float]))
    let b = try f(NDArray([10, 20] as [Float]))
    #expect(a.doubles == [2, 3])
    #expect(b.doubles == [11, 21])
  }
}
