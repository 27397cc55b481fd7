import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool
import Pipeline

/// Compiled code (JIT) against the reference interpreter.
@Suite struct CompiledExampleTests {
  @Test(arguments: Repo.examples())
  func exampleAgreesWithTheInterpreter(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let problems = try compareCompiled(text, file: path)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}

/// Every seed program of the autodiff and vmap issues, compiled (JIT) and
/// compared with the interpreter on random inputs, transform definitions
/// included; and the vmap seeds' exact values from compiled code.
@Suite struct CompiledSeedTests {
  @Test(arguments: SeedPrograms.all.map(\.name))
  func seedAgreesWithTheInterpreter(name: String) throws {
    let source = try #require(SeedPrograms.all.first { $0.name == name }).source
    let problems = try compareCompiled(source, file: name + ".ftir")
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  func compiled(_ source: String) throws -> JITModule {
    try Pipeline.jit(try load(source).flatMap(Pipeline.expand).get())
  }

  @Test func vmapSeedValues() throws {
    let sq = try compiled(SeedPrograms.vmapSquarePlusOne)
    let xs = HostTensor([1, 2, 3, 4] as [Float], shape: [4])
    #expect(try sq.run("vf", [xs])[0].doubles == [2, 5, 10, 17])
    #expect(try sq.run("vg", [xs])[0].doubles == [2, 4, 6, 8])

    let pe = try compiled(SeedPrograms.perExampleGradients)
    let g = try pe.run("pe", [HostTensor([1, 2] as [Float], shape: [2]),
                              HostTensor([1, 0.5, 0.3, 0.8, 0.9, 0.1] as [Float], shape: [3, 2]),
                              HostTensor([1.5, 1, 0.8] as [Float], shape: [3])])[0]
    #expect(g.shape == [3, 2])
    #expect(zip(g.doubles, [1, 0.5, 0.54, 1.44, 0.54, 0.06]).allSatisfy { abs($0 - $1) < 1e-5 }, "\(g.doubles)")

    // Per-sample gradients equal a loop of single-sample gradients: 2 (w·x - y) x.
    let ps = try compiled(SeedPrograms.perSampleGradients)
    let w = [0.5, -1, 2, 0.25] as [Float]
    let x = (0..<32).map { Float($0 % 7) / 4 - 0.75 }, y = (0..<8).map { Float($0) / 8 }
    let r = try ps.run("ps", [HostTensor(w, shape: [4]), HostTensor(x, shape: [8, 4]), HostTensor(y, shape: [8])])[0]
    #expect(r.shape == [8, 4])
    let loop = (0..<8).flatMap { i -> [Double] in
      let d = (0..<4).reduce(0.0) { $0 + Double(w[$1]) * Double(x[4 * i + $1]) } - Double(y[i])
      return (0..<4).map { 2 * d * Double(x[4 * i + $0]) }
    }
    #expect(zip(r.doubles, loop).allSatisfy { abs($0 - $1) < 1e-5 }, "\(r.doubles)")

    let lin = try compiled(SeedPrograms.linearPerSampleGradients)
    var rng = SeededRNG(seed: 3)
    let args = [TensorType(.f32, [2, 4]), TensorType(.f32, [2]), TensorType(.f32, [16, 4]), TensorType(.f32, [16, 2])]
      .map { randomTensor($0, &rng)! }
    #expect(try lin.run("ps", args).map(\.shape) == [[16, 2, 4], [16, 2]])
  }
}
