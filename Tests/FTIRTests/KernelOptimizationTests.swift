/// The optimisation chosen per kernel (Sources/Codegen/KernelOptimization.swift):
/// a kernel over at most 4096 elements beside a kernel 64 times larger is
/// optimised for size (`optsize` in the optimised LLVM IR), every other
/// kernel and every entry for speed; a function of small kernels only is
/// not marked; -O0 marks nothing; W4's small reduction kernels are marked,
/// its large kernels not. The kernels compute what the interpreter computes.
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
    #expect(lowered.work.sizeOptimized.count == 1)
    let small = try #require(lowered.work.sizeOptimized.first)
    let attributes = Self.functionAttributes(lowered.llvm.text)
    // The small kernel keeps `optsize` unless LLVM inlined it into @f.
    for (name, list) in attributes { #expect(list.contains("optsize") == (name == small), "\(name): \(list)") }
    #expect(attributes["f"] != nil)
  }

  @Test func choiceFollowsTheLargestKernel() throws {
    let m = try Pipeline.load(bytes: Array(Self.text.utf8), fileName: "sizes.ftir").get()
    let plan = planFusion(try #require(m.functions.first))
    let largest = KernelOptimization.largestKernel(in: plan)
    #expect(largest == 100_000)
    let choices = plan.kernels.map { KernelOptimization.of($0, in: plan, largest: largest) }
    #expect(choices.filter { $0 == .size }.count == 1 && choices.filter { $0 == .speed }.count == 1)
    // Without a kernel 64 times larger, the small kernel is optimised for speed.
    #expect(plan.kernels.allSatisfy { KernelOptimization.of($0, in: plan, largest: 16_383) == .speed })
  }

  /// A function of small kernels only: its run time is theirs, nothing is marked.
  @Test func functionOfSmallKernelsIsNotMarked() throws {
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
    #expect(lowered.work.sizeOptimized.isEmpty)
    #expect(!lowered.llvm.text.contains("optsize"))
    #expect(try compareCompiled(text, file: "small.ftir").isEmpty)
  }

  /// W4 (Tools/bench): its small reductions are optimised for size, the
  /// kernels over its [256,512] activations and weights are not.
  @Test func w4MarksOnlyItsSmallKernels() throws {
    let path = Repo.path("Tools/bench/w4_mlp_train.ftir")
    let c = Compilation(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), fileName: path)
    try c.run(through: .llvmOpt)
    let lowered = try #require(c.lowered)
    #expect(!lowered.work.sizeOptimized.isEmpty)
    #expect(lowered.work.sizeOptimized.count < lowered.work.kernelFunctions)
    let attributes = Self.functionAttributes(lowered.llvm.text)
    for name in ["loss", "vg"] { #expect(attributes[name]?.contains("optsize") == false, "\(name)") }
    for name in lowered.work.sizeOptimized { #expect(attributes[name].map { $0.contains("optsize") } ?? true, "\(name)") }
    #expect(attributes.filter { $0.value.contains("optsize") }.count >= 1)
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
