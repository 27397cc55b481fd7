import Foundation
import Testing
@testable import FTIR
import Backend
import Codegen
import Pipeline

/// The backend stays linear in the module's size (issue #9 items 6 and 7),
/// checked by counting work at two sizes, not by timing: fusion visits per
/// op, kernels planned, and LLVM kernel functions emitted (identical kernels
/// share one function, so LLVM optimises each distinct kernel once).
@Suite struct BackendScaleTests {
  /// A chain of `n` elementwise ops, every third one also reading %x (so
  /// %x's uses fan out and the chain is cut by the depth limit).
  static func chain(_ n: Int) -> String {
    var lines = ["func @f(%x: f32[16]) -> f32[16] {", "  %v0 = sin %x : f32[16]"]
    for i in 1..<n {
      lines.append(i % 3 == 0 ? "  %v\(i) = add %v\(i - 1), %x : f32[16]" : "  %v\(i) = \(i % 2 == 0 ? "sin" : "cos") %v\(i - 1) : f32[16]")
    }
    lines += ["  return %v\(n - 1)", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A chain of `n` 8×8 matrix products.
  static func matmuls(_ n: Int) -> String {
    var lines = ["func @f(%x: f32[8,8], %w: f32[8,8]) -> f32[8,8] {", "  %m0 = dot_general %x, %w, contract=[[1],[0]] : f32[8,8]"]
    for i in 1..<n { lines.append("  %m\(i) = dot_general %m\(i - 1), %w, contract=[[1],[0]] : f32[8,8]") }
    lines += ["  return %m\(n - 1)", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `n` functions of one op each.
  static func functions(_ n: Int) -> String {
    (0..<n).map { "func @f\($0)(%x: f32[16]) -> f32[16] {\n  %y = sin %x : f32[16]\n  return %y\n}\n" }.joined(separator: "\n")
  }

  static func lowered(_ text: String) throws -> Compilation {
    let m = try load(text).get()
    let c = Compilation(module: m, config: CompileConfig(optLevel: 0))
    try c.run(through: .llvm)
    return c
  }

  @Test func fusionWorkIsLinearInChainLength() throws {
    func work(_ n: Int) throws -> FusionWork { planFusion(try load(Self.chain(n)).get().functions[0]).work }
    let small = try work(2_000), large = try work(8_000)
    // Each op is visited a bounded number of times: 4× the ops, 4× the work (± rounding at the cuts).
    #expect(small.visits > 2_000)
    #expect(Double(large.visits) <= 4.1 * Double(small.visits))
    #expect(Double(large.kernels) <= 4.1 * Double(small.kernels))
    #expect(large.kernels >= 8_000 / (maxFusionDepth + 1))
  }

  /// `n` results, each reading the one before it and %x at its own index:
  /// every kernel could join the one before it (MultiOutput.swift).
  static func results(_ n: Int) -> String {
    var lines = ["func @f(%x: f32[16]) -> (" + Array(repeating: "f32[16]", count: n).joined(separator: ", ") + ") {",
                 "  %v0 = sin %x : f32[16]"]
    for i in 1..<n { lines.append("  %v\(i) = mul %v\(i - 1), %x : f32[16]") }
    lines += ["  return " + (0..<n).map { "%v\($0)" }.joined(separator: ", "), "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func joiningKernelsIsLinearInTheirNumber() throws {
    func plan(_ n: Int) throws -> FusionPlan { planFusion(try load(Self.results(n)).get().functions[0]) }
    let small = try plan(2_000), large = try plan(8_000)
    // Groups of maxKernelOutputs outputs, each kernel checked once.
    #expect(small.kernels.count == (2_000 + maxKernelOutputs - 1) / maxKernelOutputs)
    #expect(large.kernels.count == (8_000 + maxKernelOutputs - 1) / maxKernelOutputs)
    #expect(small.work.visits > 2_000)
    #expect(Double(large.work.visits) <= 4.1 * Double(small.work.visits))
  }

  @Test func identicalMatmulKernelsAreEmittedOnce() throws {
    for n in [50, 100] {
      let c = try Self.lowered(Self.matmuls(n))
      let work = try #require(c.lowered?.work)
      #expect(work.kernels == n)
      #expect(work.kernelFunctions == 1)
    }
  }

  @Test func oneOpFunctionsShareTheirKernel() throws {
    for n in [100, 200] {
      let c = try Self.lowered(Self.functions(n))
      let work = try #require(c.lowered?.work)
      #expect(work.kernels == n)
      #expect(work.kernelFunctions == 1)
      #expect(c.fusion.map(\.work.kernels).reduce(0, +) == n)
    }
  }

  @Test func sharedKernelsComputeEachCallsOwnValues() throws {
    let m = try load(Self.matmuls(5)).get()
    let x = HostTensor((0..<64).map { Float($0 % 7) / 7 }, shape: [8, 8])
    let w = HostTensor((0..<64).map { Float(($0 * 5) % 11) / 11 - 0.5 }, shape: [8, 8])
    let want = try Interpreter(module: m).run("f", [x, w])
    let jit = try Pipeline.jit(m, config: CompileConfig(optLevel: 3))
    let got = try jit.run("f", [x, w])
    #expect(zip(got[0].doubles, want[0].doubles).allSatisfy { abs($0 - $1) <= 1e-4 * max(1, abs($1)) })
  }

  /// Kernels that differ only in a constant's sign bit (or anything else)
  /// keep their own functions: the key compares bits, not values. (They
  /// read different parameters: siblings reading one would be one kernel.)
  @Test func kernelsDifferingInAZeroSignAreNotShared() throws {
    let text = """
    func @f(%x: f32[4], %y: f32[4]) -> (f32[4], f32[4]) {
      %p = constant 0.0 : f32[4]
      %n = constant -0.0 : f32[4]
      %a = mul %x, %p : f32[4]
      %b = mul %y, %n : f32[4]
      return %a, %b
    }
    """
    let m = try load(text).get()
    // CSE keeps both constants (they are equal as numbers, not as bits).
    let simplified = try Pipeline.run(m, through: .simplify).get()
    #expect(simplified.functions[0].body.filter { $0.name == "constant" }.count == 2)
    let c = try Self.lowered(text)
    #expect(c.lowered?.work.kernelFunctions == 2)
    let x = HostTensor([-0.0, 0.0, -1, 1] as [Float], shape: [4])  // products of both signs
    let got = try Pipeline.jit(m, config: CompileConfig(optLevel: 0)).run("f", [x, x])
    let want = try Interpreter(module: m).run("f", [x, x])
    #expect(got.count == 2 && got[0].bitwiseEqual(want[0]) && got[1].bitwiseEqual(want[1]))
  }
}
