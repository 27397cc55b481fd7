import Foundation
import Testing
@testable import FTIR
import FTCTool
import Pipeline

/// Expands and runs a module's function with the interpreter.
func runExpanded(_ text: String, _ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
  let m = try load(text).flatMap(Pipeline.expand).get()
  return try Interpreter(module: m).run(name, args)
}

func scalar(_ v: Double) -> HostTensor { HostTensor([v], shape: []) }
func scalar(_ v: Float) -> HostTensor { HostTensor([v], shape: []) }

/// The seed examples of the autodiff issue, with their exact values.
@Suite struct AutodiffSeedTests {
  @Test func gradOfSquare() throws {
    let src = SeedPrograms.gradOfSquare
    #expect(try runExpanded(src, "df", [scalar(Float(3))])[0].doubles == [6])
  }

  @Test func valueAndGradOfMeanSquaredError() throws {
    let src = SeedPrograms.valueAndGradOfMeanSquaredError
    let r = try runExpanded(src, "vg", [scalar(Float(1.5)), HostTensor([1, 2, 3, 4] as [Float], shape: [4]), HostTensor([2, 4, 6, 8] as [Float], shape: [4])])
    #expect(r.map(\.doubles) == [[1.875], [-7.5]])
  }

  @Test func gradAndSecondDerivativeOfSin() throws {
    let src = SeedPrograms.gradAndSecondDerivativeOfSin
    #expect(try runExpanded(src, "ds", [scalar(Double.pi)])[0].doubles == [-1])
    #expect(try runExpanded(src, "dds", [scalar(Double.pi / 2)])[0].doubles == [-1])
    #expect(abs(try runExpanded(src, "d3s", [scalar(0.3)])[0].doubles[0] + cos(0.3)) < 1e-15)
  }

  @Test func lossWithRespectToEachArgument() throws {
    let src = SeedPrograms.lossWithRespectToEachArgument
    let r = try runExpanded(src, "all", [scalar(Float(1)), HostTensor([0.5, -0.5] as [Float], shape: [2]), HostTensor([1.5, -1.5] as [Float], shape: [2])])
    #expect(r.map(\.doubles) == [[1], [-1], [-1, 1]])
  }

  @Test func sinTimesX() throws {
    let src = SeedPrograms.sinTimesX
    let d = try runExpanded(src, "df", [scalar(1.0)])[0].doubles[0]
    let dd = try runExpanded(src, "ddf", [scalar(1.0)])[0].doubles[0]
    #expect(abs(d - (cos(1) + sin(1))) < 1e-15)
    #expect(abs(dd - (2 * cos(1) - sin(1))) < 1e-15)
    let fwd = try runExpanded(src, "fwd", [scalar(1.0), scalar(2.0)]).map { $0.doubles[0] }
    #expect(abs(fwd[0] - d) < 1e-15 && abs(fwd[1] - 2 * dd) < 1e-14)
  }

  @Test func gradThroughCallsAndHasAux() throws {
    let src = SeedPrograms.gradThroughCallsAndHasAux
    let r = try runExpanded(src, "g", [HostTensor([1, 2, 3] as [Double], shape: [3])])
    #expect(r.map(\.doubles) == [[2, 4, 6], [1, 4, 9]])
    #expect(try runExpanded(src, "dh", [HostTensor([1, 2, 3] as [Double], shape: [3])])[0].doubles == [2, 2, 2])
  }

  @Test func vjpAndJvpSignatures() throws {
    let src = SeedPrograms.vjpAndJvpSignatures
    let x = HostTensor([0, 1] as [Double], shape: [2]), k = HostTensor([Int32(7)], shape: [])
    let b = try runExpanded(src, "b", [x, k, HostTensor([1, 2] as [Double], shape: [2])])
    #expect(b.map(\.doubles) == [[1, M_E], [7], [1, 2 * M_E]])
    let fw = try runExpanded(src, "fw", [x, k, HostTensor([3, 4] as [Double], shape: [2])])
    #expect(fw.map(\.doubles) == [[1, M_E], [7], [3, 4 * M_E]])
  }
}
