import Foundation
import Testing
@testable import FTIR
import Pipeline

/// The loop examples against values JAX computed (lax.scan, lax.while_loop,
/// jax.grad through scan), committed as .npy files with the script that made
/// them (IR/examples/reference/loops/make_references.py): the interpreter, the
/// JIT and a shared object all agree with JAX.
@Suite struct JAXReferenceTests {
  static func npy(_ name: String) throws -> HostTensor {
    let path = Repo.path("IR/examples/reference/loops/\(name).npy")
    return try readNPY(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
  }

  static func example(_ name: String) throws -> String {
    try String(contentsOfFile: Repo.path("IR/examples/\(name).ftir"), encoding: .utf8)
  }

  /// `@name` of the example on `args` in the three modes: interpreter, JIT, shared object.
  static func runAllModes(_ example: String, _ name: String, _ args: [HostTensor]) throws -> [(mode: String, results: [HostTensor])] {
    let text = try Self.example(example)
    let m = try load(text, file: example + ".ftir").flatMap(Pipeline.expand).get()
    let interpreted = try Interpreter(module: m).run(name, args)
    let jitted = try Pipeline.jit(m).run(name, args)
    let object = try compileObject(source: text, name: example)
    defer { object.dir.cleanup() }
    let (status, shared) = try LoadedObject(object.library).call(name, args)
    guard status == 0, let shared else { throw TestFailure("@\(name) of the shared object returned status \(status)") }
    return [("interpreter", interpreted), ("jit", jitted), ("shared object", shared)]
  }

  /// |got - want| <= tol * (1 + |want|) elementwise, with equal shapes.
  static func agrees(_ got: HostTensor, _ want: HostTensor, tol: Double) -> Bool {
    got.shape == want.shape && zip(got.doubles, want.doubles).allSatisfy { abs($0 - $1) <= tol * (1 + abs($1)) }
  }

  @Test func rnnLossAndGradientsMatchJAX() throws {
    let args = try ["w", "u", "b", "h0", "xs"].map { try Self.npy("rnn_" + $0) }
    let want = try ["loss", "gw", "gu", "gb"].map { try Self.npy("rnn_" + $0) }
    for (mode, r) in try Self.runAllModes("rnn_scan", "grad_loss", args) {
      #expect(r.count == 4)
      for (k, (g, w)) in zip(r, want).enumerated() {
        #expect(Self.agrees(g, w, tol: 1e-5), "\(mode) result \(k): \(g.doubles) vs JAX \(w.doubles)")
      }
    }
  }

  @Test func newtonRootMatchesJAXWhileLoop() throws {
    let (a, b) = (try Self.npy("newton_a").doubles, try Self.npy("newton_b").doubles)
    let roots = try Self.npy("newton_root").doubles
    let droot = try Self.npy("newton_droot").doubles
    for i in a.indices {
      let args = [scalar(a[i]), scalar(b[i])]
      for (mode, r) in try Self.runAllModes("newton_while", "root", args) {
        #expect(abs(r[0].doubles[0] - roots[i]) <= 1e-12, "\(mode) case \(i)")
      }
      // ftc's reverse mode against JAX's forward mode (JAX has no reverse mode through while_loop).
      for (mode, r) in try Self.runAllModes("newton_while", "grad_root", args) {
        #expect(abs(r[0].doubles[0] - droot[2 * i]) <= 1e-10 && abs(r[1].doubles[0] - droot[2 * i + 1]) <= 1e-10,
                "\(mode) case \(i): \(r.map(\.doubles)) vs \(droot[2 * i]), \(droot[2 * i + 1])")
      }
    }
  }

  @Test func rk4GradientMatchesJAXWithAndWithoutCheckpoint() throws {
    let args = try Self.npy("rk4_args").doubles.map { scalar($0) }
    let loss = try Self.npy("rk4_loss").doubles[0]
    let grad = try Self.npy("rk4_grad").doubles
    for name in ["lv", "lv_ckpt"] {
      for (mode, r) in try Self.runAllModes("rk4_scan", name, args) {
        #expect(abs(r[0].doubles[0] - loss) <= 1e-12 * abs(loss), "@\(name) \(mode)")
      }
    }
    for name in ["grad_lv", "grad_lv_ckpt"] {
      for (mode, r) in try Self.runAllModes("rk4_scan", name, args) {
        #expect(r.count == 6)
        for (k, g) in r.enumerated() {
          #expect(abs(g.doubles[0] - grad[k]) <= 1e-11 * (1 + abs(grad[k])), "@\(name) \(mode) d/d(arg \(k)): \(g.doubles[0]) vs JAX \(grad[k])")
        }
      }
    }
  }
}
