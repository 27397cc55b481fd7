/// Structure of the fixed-order reduction plans (Backend/OrderedSchedule.swift):
/// column sums run in panels of output columns split over threads, few long
/// groups are split into perfect subtrees; other reductions keep one output
/// per thread; the dump names the plan. (Bits: ReductionOrderTests.)
import Backend
import FTIR
import Pipeline
import Testing

@Suite struct OrderedPlanTests {
  static func schedules(_ body: String, _ params: String, _ result: String) throws -> [KernelSchedule] {
    let text = "module @m\nfunc @f(\(params)) -> \(result) {\n\(body)\n}\n"
    return try RowKernelTests.plan(text, "f").schedules
  }

  static func reduction(_ x: String, dims: [Int], _ r: String, op: String = "reduce_sum") throws -> KernelSchedule {
    let s = try schedules("  %s = \(op) %x, dims=\(dims) : \(r)\n  return %s", "%x: \(x)", r)
    return try #require(s.first { $0.reduction != nil })
  }

  /// Every bias gradient: a [4096,1024] f32 column sum is 2 panels of 512
  /// columns, one panel per chunk of the pool.
  @Test func columnSumsRunInPanelsOverThreads() throws {
    let s = try Self.reduction("f32[4096,1024]", dims: [0], "f32[1024]")
    #expect(s.reduction == .columns(panel: 512))
    #expect(s.parallelChunk == 1)
    #expect(s.why.contains("2 panel(s) of 512 output columns"), "\(s.why)")
    // f64: 256 columns per panel (2 KB rows); a leading kept dim multiplies the panels.
    let d = try Self.reduction("f64[3,500,300]", dims: [1], "f64[3,300]")
    #expect(d.reduction == .columns(panel: 256))
    #expect(d.why.contains("2 panel(s) of 256 output columns per leading index"), "\(d.why)")
    // Fewer columns than a panel: one panel as wide as the output.
    #expect(try Self.reduction("f32[517,3]", dims: [0], "f32[3]").reduction == .columns(panel: 3))
  }

  /// Long groups keep the scratch bounded: narrower panels as the counter grows.
  @Test func panelsNarrowWithTheCountersLevels() {
    #expect(orderedPanelWidth(n: 4096, columns: 1024, dtype: .f32) == 512)
    let wide = orderedPanelWidth(n: 1 << 30, columns: 1 << 20, dtype: .f64)
    let planes = orderedLevelCount((1 << 30) / orderedBlockElements) + 1
    #expect(wide % 16 == 0 && wide >= 16 && planes * reductionLanes * 8 * wide <= orderedPanelScratchBytes)
  }

  @Test func longGroupsSplitIntoSubtrees() throws {
    let s = try Self.reduction("f32[4194304]", dims: [0], "f32[]")
    #expect(s.reduction == .split(parts: 64, blocks: 512))
    #expect(s.why.contains("as 64 perfect subtrees of 512 blocks"), "\(s.why)")
    // Several outputs share the 64 parts; a rest of blocks and a tail stay on the calling thread.
    // (Long enough to take 60 µs on one thread: Schedule.swift's parallelNanoseconds.)
    let few = try Self.reduction("f32[3,700001]", dims: [1], "f32[3]")
    #expect(few.reduction == .split(parts: 21, blocks: 256))
    #expect(few.why.contains("the other 11873 elements"), "\(few.why)")
    #expect(try Self.reduction("f32[40,500,40]", dims: [0, 1, 2], "f32[]", op: "reduce_prod").reduction == .split(parts: 24, blocks: 256))
  }

  /// Short groups, many outputs, and reductions without the fixed order keep their plans.
  @Test func otherReductionsKeepTheirPlans() throws {
    #expect(try Self.reduction("f32[65535]", dims: [0], "f32[]").reduction == .inner)
    #expect(try Self.reduction("f32[9,100000]", dims: [1], "f32[9]").reduction == .inner)
    #expect(try Self.reduction("f32[4194304]", dims: [0], "f32[]", op: "reduce_max").reduction == .inner)
    #expect(try Self.reduction("i32[4096,1024]", dims: [0], "i32[1024]").reduction == .outer)
    #expect(try Self.reduction("f32[4096,1024]", dims: [0], "f32[1024]", op: "reduce_min").reduction == .outer)
  }

  /// A reduction in a row group stays per row, even with few long rows.
  @Test func rowGroupReductionsStayPerRow() throws {
    let body = """
        %s = reduce_sum %x, dims=[1] : f32[2]
        %sb = broadcast_in_dim %s, dims=[0] : f32[2,100000]
        %y = div %x, %sb : f32[2,100000]
        return %y
      """
    let p = try RowKernelTests.plan("module @m\nfunc @f(%x: f32[2,100000]) -> f32[2,100000] {\n\(body)\n}\n", "f")
    #expect(p.fusion.rowGroups.count == 1)
    #expect(p.schedules.filter { $0.reduction != nil }.allSatisfy { $0.reduction == .inner })
  }
}
