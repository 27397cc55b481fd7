/// The optimisation chosen per kernel (Sources/Codegen/KernelOptimization.swift):
/// a kernel over at most 4096 elements is optimised for size (`optsize`
/// in the optimised LLVM IR), a larger one for speed; the entry function
/// is left as it is; -O0 marks nothing. Both kernels compute what the
/// interpreter computes.
@testable import FTIR
import Backend
import Codegen
import Foundation
import Pipeline
import Testing

@Suite struct KernelOptimizationTests {
  static let text = """
    module @sizes
    func @f(%x: f32[256], %y: f32[100000]) -> (f32[], f32[100000]) {
      %s = reduce_sum %x, dims=[0] : f32[]
      %e = exp %y : f32[100000]
      return %s, %e
    }
    """

  /// The attribute lists of each function defined in `ir` (LLVM IR text), by name.
  static func functionAttributes(_ ir: String) -> [String: String] {
    var groups: [String: String] = [:]
    for line in ir.split(separator: "\n") where line.hasPrefix("attributes #") {
      let parts = line.dropFirst("attributes ".count).split(separator: " = ", maxSplits: 1)
      if parts.count == 2 { groups[String(parts[0])] = String(parts[1]) }
    }
    var result: [String: String] = [:]
    for line in ir.split(separator: "\n") where line.hasPrefix("define ") {
      guard let at = line.firstIndex(of: "@"), let paren = line[at...].firstIndex(of: "(") else { continue }
      let name = String(line[line.index(after: at)..<paren])
      let group = line.split(separator: " ").last { $0.hasPrefix("#") }.map(String.init) ?? ""
      result[name] = groups[group] ?? ""
    }
    return result
  }

  func compiled(optLevel: Int) throws -> Compilation {
    let c = Compilation(bytes: Array(Self.text.utf8), fileName: "sizes.ftir", config: CompileConfig(optLevel: optLevel))
    try c.run(through: .llvmOpt)
    return c
  }

  @Test func smallKernelsAreOptimisedForSize() throws {
    let c = try compiled(optLevel: 3)
    let lowered = try #require(c.lowered)
    #expect(lowered.work.kernelFunctions == 2)
    // The small kernel (inlined into @f, which has a large kernel: not marked).
    #expect(lowered.work.sizeOptimized.count == 1)
    let attributes = Self.functionAttributes(lowered.llvm.text)
    #expect(attributes.keys.contains("f"))
    for (name, list) in attributes { #expect(!list.contains("optsize"), "\(name): \(list)") }
  }

  /// A function whose kernels are all small: its entry is optimised for size too.
  @Test func entryOfSmallKernelsIsOptimisedForSize() throws {
    let text = """
      module @small
      func @g(%x: f32[256], %y: f32[300]) -> (f32[], f32[300]) {
        %s = reduce_sum %x, dims=[0] : f32[]
        %e = exp %y : f32[300]
        return %s, %e
      }
      """
    let c = Compilation(bytes: Array(text.utf8), fileName: "small.ftir")
    try c.run(through: .llvmOpt)
    let lowered = try #require(c.lowered)
    #expect(lowered.work.sizeOptimized.contains("g"))
    let attributes = Self.functionAttributes(lowered.llvm.text)
    #expect(attributes["g"]?.contains("optsize") == true, "\(attributes)")
    #expect(try compareCompiled(text, file: "small.ftir").isEmpty)
  }

  @Test func choiceFollowsTheLargestTensor() throws {
    let plan = planFusion(try #require(try Pipeline.load(bytes: Array(Self.text.utf8), fileName: "sizes.ftir").get().functions.first))
    let choices = plan.kernels.map { KernelOptimization.of($0, in: plan) }
    #expect(choices.sorted { "\($0)" < "\($1)" } == [.size, .speed])
  }

  @Test func levelZeroMarksNothing() throws {
    let c = try compiled(optLevel: 0)
    let ir = try #require(c.lowered).llvm.text
    #expect(!ir.contains("optsize"))
  }

  @Test func bothKernelsAgreeWithTheInterpreter() throws {
    let problems = try compareCompiled(Self.text, file: "sizes.ftir")
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}
