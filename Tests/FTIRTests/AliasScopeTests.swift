import Foundation
import Testing
@testable import FTIR
import Codegen
import Pipeline

// Kernels tell LLVM that the buffers they write overlap none of their other
// buffers (Sources/LLVMKit/AliasScopes.swift). Without it, a loop storing
// a row of its output while reading the row's scalar from another buffer
// (a per-row broadcast: W7's hessian scales A's rows) was "unsafe dependent
// memory operations" to the vectorizer and ran one element at a time.

@Suite struct AliasScopeTests {
  static func rowScaled(_ r: Int, _ c: Int) -> String {
    """
    module @rows
    func @scaled(%a: f32[\(r),\(c)], %s: f32[\(r)], %t: f32[\(r)]) -> f32[\(r),\(c)] {
      %sb = broadcast_in_dim %s, dims=[0] : f32[\(r),\(c)]
      %tb = broadcast_in_dim %t, dims=[0] : f32[\(r),\(c)]
      %p = mul %a, %sb : f32[\(r),\(c)]
      %q = mul %p, %tb : f32[\(r),\(c)]
      %d = add %q, %q : f32[\(r),\(c)]
      %n = neg %d : f32[\(r),\(c)]
      return %n
    }
    """
  }

  /// The row loop of a per-row broadcast is vectorized: 512-bit multiplies
  /// for an AVX-512 target (it was scalar `vmulss`).
  @Test func aRowScaledByABroadcastIsVectorized() throws {
    let c = Compilation(bytes: Array(Self.rowScaled(100, 100).utf8), fileName: "rows.ftir",
                        config: CompileConfig(cpu: "x86-64-v4"))
    try c.run(through: .asm)
    let asm = try #require(c.assembly)
    let wide = asm.split(separator: "\n").filter { $0.contains("vmulps") && $0.contains("zmm") }
    #expect(!wide.isEmpty, "no 512-bit vmulps in the row loop")
  }

  /// Every load and store of a kernel's buffers carries its scope; the
  /// stores' buffer is in every other access's `!noalias` list.
  @Test func accessesCarryScopes() throws {
    let c = Compilation(bytes: Array(Self.rowScaled(8, 20).utf8), fileName: "rows.ftir", config: CompileConfig(cpu: "x86-64-v4"))
    try c.run(through: .llvm)
    let ir = try #require(c.lowered).llvm.text
    let accesses = ir.split(separator: "\n").filter { ($0.contains(" load float") || $0.contains("store float")) }
    #expect(!accesses.isEmpty)
    for line in accesses { #expect(line.contains("!alias.scope"), "\(line)") }
    #expect(accesses.filter { $0.contains(" load float") }.allSatisfy { $0.contains("!noalias") })
  }

  /// Compiled results equal the interpreter's on odd sizes (rows and
  /// columns not multiples of the vector width), with special values.
  @Test(arguments: [(1, 1), (3, 17), (7, 33), (100, 100), (5, 1025)])
  func rowScaledAgreesWithTheInterpreter(_ r: Int, _ c: Int) throws {
    #expect(try RowKernelBandwidthTests.bitwise(Self.rowScaled(r, c)) == [])
  }
}
