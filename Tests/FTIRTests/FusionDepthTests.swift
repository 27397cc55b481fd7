import Foundation
import Testing
@testable import FTIR
import Backend
import Codegen
import Pipeline

/// A chain of thousands of fused elementwise ops compiles (kernel emission
/// recursed once per fused op and overflowed the stack near 7,000 ops):
/// fusion cuts chains at `maxFusionDepth`, so emission's depth is bounded.
@Suite struct FusionDepthTests {
  static func chain(_ n: Int) -> String {
    var lines = ["func @f(%x: f32[16]) -> f32[16] {", "  %v0 = sin %x : f32[16]"]
    for i in 1..<n { lines.append("  %v\(i) = \(i % 2 == 0 ? "sin" : "cos") %v\(i - 1) : f32[16]") }
    lines += ["  return %v\(n - 1)", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func longChainsAreCutAndCompile() throws {
    let n = 7_000
    let m = try load(Self.chain(n)).get()
    let plan = planFusion(m.functions[0])
    // Every kernel is its root and at most maxFusionDepth fused producers.
    let perKernel = maxFusionDepth + 1
    #expect(plan.kernels.allSatisfy { $0.ops.count <= perKernel })
    #expect(plan.kernels.count == (n + perKernel - 1) / perKernel)
    #expect(plan.reasons.values.contains(.depthLimit(maxFusionDepth)))
    // Compiled (JIT) and interpreted agree.
    let x = HostTensor((0..<16).map { Float($0) / 8 }, shape: [16])
    let want = try Interpreter(module: m).run("f", [x])
    let got = try Pipeline.jit(m, config: CompileConfig(optLevel: 0)).run("f", [x])
    #expect(got == want)
  }

  @Test func shortChainsStayOneKernel() throws {
    #expect(planFusion(try load(Self.chain(maxFusionDepth + 1)).get().functions[0]).kernels.count == 1)
    #expect(planFusion(try load(Self.chain(maxFusionDepth + 2)).get().functions[0]).kernels.count == 2)
  }
}
