import Foundation
import Testing
@testable import FTIR

/// IR/examples/rk4_scan.ftir: Lotka–Volterra by RK4 in a `scan`. The
/// gradient with respect to the initial state and the parameters against
/// central finite differences, the checkpointed variant giving the same
/// gradient with a smaller arena. (JAX's values: JAXReferenceTests.)
@Suite struct RK4Tests {
  static let text = (try? String(contentsOfFile: Repo.path("IR/examples/rk4_scan.ftir"), encoding: .utf8)) ?? ""
  static let point: [Double] = [1.2, 0.8, 1.1, 0.6, 0.4, 0.9]

  @Test func gradientsMatchFiniteDifferences() throws {
    let interp = Interpreter(module: try expandedModule(Self.text))
    let args = Self.point.map { scalar($0) }
    let g = try interp.run("grad_lv", args)
    let gc = try interp.run("grad_lv_ckpt", args)
    let h = 1e-6
    for k in args.indices {
      var up = Self.point, down = Self.point
      up[k] += h
      down[k] -= h
      let fd = (try interp.run("lv", up.map { scalar($0) })[0].doubles[0] - interp.run("lv", down.map { scalar($0) })[0].doubles[0]) / (2 * h)
      #expect(close(g[k].doubles[0], fd, 1e-7), "d/d(arg \(k)): \(g[k].doubles[0]) vs \(fd)")
      #expect(close(gc[k].doubles[0], g[k].doubles[0], 1e-13), "checkpointed d/d(arg \(k))")
    }
    #expect(try compareCompiled(Self.text, tolerance: 1e-12, inputs: { _, rng in scalar(Double.random(in: 0.3...1.3, using: &rng)) }).isEmpty)
  }

  @Test func theCheckpointedGradientHasTheSmallerArena() throws {
    let plain = try arenaBytes(Self.text, "grad_lv")
    let checked = try arenaBytes(Self.text, "grad_lv_ckpt")
    #expect(checked < plain, "arena \(checked) bytes with checkpoint=8, \(plain) without")
  }
}
