import FTC
import FTIR
import Foundation
import Testing

/// Through `stopGradient`, second derivatives built by the Swift API agree
/// with the same nested transforms written in .ftir (which once dropped the
/// stop_gradient in derived code before differentiating it again), and
/// `hessian` agrees with `jacfwd(grad)` and `jacrev(grad)`.
@Suite struct StopGradientTransformTests {
  /// (stop_gradient(sin x) + sin²x)², summed, times x[0].
  static let f = TensorFunction(name: "f") { (x: Tensor) in
    let a = sin(x)
    let d = stopGradient(a) + a * a
    return sum(d * d) * x[0]
  }

  @Test func everySecondOrderPairMatchesTheFTIRPath() throws {
    let names: Set<String> = ["grad", "jvp", "jacrev", "jacfwd", "hessian"]
    let kinds = TransformPairTests.kinds.filter { names.contains($0.name) }
    var rng = SplitMix(state: 17)
    var defined = 0
    for outer in kinds {
      for inner in kinds where try TransformPairTests.check(Self.f, at: [TensorType(.f64, [3])], [outer, inner], rng: &rng) {
        defined += 1
      }
    }
    #expect(defined > 10)
  }

  @Test func hessianEqualsJacobiansOfGrad() throws {
    let x = try NDArray([0.3, -0.7, 1.1], shape: [3])
    let h = try hessian(Self.f)([x])[0]
    for (name, j) in [("jacfwd(grad)", jacfwd(grad(Self.f))), ("jacrev(grad)", jacrev(grad(Self.f)))] {
      #expect(close(try j([x])[0], h, tol: 1e-12), "\(name)")
    }
  }
}
