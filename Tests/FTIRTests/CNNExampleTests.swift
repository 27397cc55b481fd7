import Foundation
import Testing
@testable import FTIR
import Codegen
import Pipeline

/// IR/examples/cnn.ftir against JAX's outputs (IR/examples/reference/cnn,
/// written by cnn_reference.py): value_and_grad of the batch loss and the
/// per-sample gradients, by the interpreter and by compiled code. f32 sums
/// in different orders: within 2e-5 absolute + 1e-4 relative.
@Suite struct CNNExampleTests {
  static let dir = Repo.path("IR/examples/reference/cnn")

  func npy(_ name: String) throws -> HostTensor {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.dir + "/" + name + ".npy"))
    return try readNPY(bytes: Array(data))
  }

  func close(_ got: HostTensor, _ want: HostTensor, _ what: String) {
    #expect(got.shape == want.shape, "\(what): shape \(got.shape) != \(want.shape)")
    let (g, w) = (got.doubles, want.doubles)
    let worst = zip(g, w).map { abs($0 - $1) - (2e-5 + 1e-4 * abs($1)) }.max() ?? 0
    #expect(worst <= 0 && g.count == w.count, "\(what): exceeds the tolerance by \(worst)")
  }

  @Test func interpreterAndCompiledMatchJAX() throws {
    let text = try String(contentsOfFile: Repo.path("IR/examples/cnn.ftir"), encoding: .utf8)
    let m = try load(text, file: "cnn.ftir").flatMap(Pipeline.expand).get()
    let args = try ["w1", "b1", "w2", "b2", "x", "labels"].map { try npy("in_" + $0) }
    let jit = try Pipeline.jit(m, config: CompileConfig(optLevel: 3))
    let interp = Interpreter(module: m)
    for (fn, count) in [("forward_and_grad", 5), ("per_sample", 4)] {
      let want = try (0..<count).map { try npy("\(fn)_\($0)") }
      let fromInterp = try interp.run(fn, args), compiled = try jit.run(fn, args)
      #expect(fromInterp.count == count && compiled.count == count)
      for k in 0..<min(count, fromInterp.count, compiled.count) {
        close(fromInterp[k], want[k], "interpreter @\(fn) result \(k)")
        close(compiled[k], want[k], "compiled @\(fn) result \(k)")
      }
    }
  }
}
