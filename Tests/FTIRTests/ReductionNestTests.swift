import Backend
import Codegen
import Foundation
import Testing
@testable import FTIR
@testable import Pipeline

/// Reductions emitted from their loop nests (Backend/LoopNest.swift,
/// Codegen/ReductionNest.swift): every reduction form's nest is what runs
/// (`derived` is false), and a nest changed after the `loops` stage (or a
/// schedule changed before it) changes the dump and the code while the
/// results stay bit-identical to the interpreter's fixed order.
@Suite struct ReductionNestTests {
  static func reduction(_ c: Compilation, _ function: String) throws -> (f: Int, k: Int) {
    let f = try LoopNestTests.function(c, function)
    let p = try #require(c.plan).functions[f]
    let k = try #require(p.fusion.kernels.first { $0.kind == .reduction })
    return (f, k.id)
  }

  struct UnexpectedNest: Error { var items: [LoopItem] }

  /// Replaces the nest of `function`'s reduction kernel (after the `loops` stage) by `edit` of it.
  static func editNest(_ c: Compilation, _ function: String, _ edit: ([LoopItem]) throws -> [LoopItem]) throws {
    var plan = try #require(c.plan)
    let (f, k) = try reduction(c, function)
    let n = try #require(plan.functions[f].loopNests.firstIndex { $0.kernels == [k] })
    plan.functions[f].loopNests[n].items = try edit(plan.functions[f].loopNests[n].items)
    c.plan = plan
  }

  static let forms = """
    func @rows(%x: f32[37,1000]) -> f32[37] {
      %s = reduce_sum %x, dims=[1] : f32[37]
      return %s
    }
    func @columns(%x: f32[300,200]) -> f32[200] {
      %s = reduce_sum %x, dims=[0] : f32[200]
      return %s
    }
    func @total(%x: f32[100037]) -> f32[] {
      %s = reduce_sum %x, dims=[0] : f32[]
      return %s
    }
    func @maxes(%x: f32[37,1000]) -> f32[37] {
      %s = reduce_max %x, dims=[1] : f32[37]
      return %s
    }
    func @outer(%x: i32[37,100]) -> i32[100] {
      %s = reduce_sum %x, dims=[0] : i32[100]
      return %s
    }
    func @arg(%x: f32[37,100]) -> i32[37] {
      %s = argmax %x, dim=1 : i32[37]
      return %s
    }
    func @stats(%x: f32[37,1000]) -> (f32[37], f32[37]) {
      %s = reduce_sum %x, dims=[1] : f32[37]
      %x2 = mul %x, %x : f32[37,1000]
      %q = reduce_sum %x2, dims=[1] : f32[37]
      return %s, %q
    }
    """

  /// Each form's nest: the fixed order's blocks at the virtual width with
  /// 8 vectors, panels, parts, accumulators; none derived; all agree with the interpreter.
  @Test func everyReductionFormRunsFromItsNest() throws {
    let c = try LoopNestTests.compilation(Self.forms, through: .schedule)
    var split = try #require(c.plan)
    let (f, k) = try Self.reduction(c, "total")
    split.functions[f].schedules[k].reduction = .split(parts: 3, blocks: 128)  // too short to split by time
    c.plan = split
    try c.run(through: .loops)
    let plan = try #require(c.plan)
    for p in plan.functions {
      for nest in p.loopNests { #expect(!nest.derived, "@\(p.function.name) kernel #\(nest.kernels)") }
    }
    let dump = try c.dump(.loops)
    #expect(dump.contains("for b in 0..<7  // blocks of 128 elements, 16 lanes"), "\(dump)")
    #expect(dump.contains("block[%s] = 8 vectors of 16 lanes of %x, pairwise"), "\(dump)")
    #expect(dump.contains("acc[%s] = the 104 tail element(s) identity-padded to vectors of 16 lanes"), "\(dump)")
    #expect(dump.contains("// panels of 200 columns"), "\(dump)")
    #expect(dump.contains("(output, part) pairs, parts of"), "\(dump)")
    #expect(dump.contains("block[%s, %q] = 8 vectors of 16 lanes"), "\(dump)")
    #expect(dump.contains("lanes, 4 accumulators"), "\(dump)")
    #expect(!dump.contains("derived by its emitter"), "\(dump)")
    #expect(try LoopNestTests.compareWithInterpreter(c) == [])
  }

  /// The column panel's width and the row split come from the nest: a
  /// nest of 48-column panels in chunks of 2 (the schedule says 200
  /// columns, one chunk) runs 5 panels per row of output and gives the same bits.
  @Test func columnPanelsFollowTheNest() throws {
    let c = try LoopNestTests.compilation(Self.forms, through: .loops)
    try Self.editNest(c, "columns") { items in
      guard case .loop(var panels)? = items.first, panels.axis == .panels(columns: 200) else { throw UnexpectedNest(items: items) }
      (panels.axis, panels.extent, panels.parallelChunk) = (.panels(columns: 48), 5, 2)
      return [.loop(panels)]
    }
    let dump = try c.dump(.loops)
    #expect(dump.contains("for p in [begin, end) of 0..<5  // panels of 48 columns, split over threads in chunks of 2"), "\(dump)")
    try c.run(through: .llvm)
    let llvm = try #require(c.lowered?.llvm.text)
    let kernel = try #require(LoopNestTests.function(named: "columns.k0", in: llvm))
    #expect(kernel.contains("i64 48"), "the panel's width:\n\(kernel)")
    #expect(llvm.contains("@ftc_rt_parallel_for(i64 5, i64 2,"), "5 panels in chunks of 2 over the pool:\n\(llvm)")
    #expect(try LoopNestTests.compareWithInterpreter(c) == [])
  }

  /// The split's parts come from the schedule through the nest: 3 parts of
  /// 128 blocks (the group is too short to be split by time) give the dump,
  /// the task's count and the same bits (perfect subtrees combined in the
  /// tree's order).
  @Test func splitPartsFollowTheNest() throws {
    let c = try LoopNestTests.compilation(Self.forms, through: .schedule)
    var plan = try #require(c.plan)
    let (f, k) = try Self.reduction(c, "total")
    plan.functions[f].schedules[k].reduction = .split(parts: 3, blocks: 128)
    c.plan = plan
    try c.run(through: .loops)
    let dump = try c.dump(.loops)
    #expect(dump.contains("for q in 0..<3  // (output, part) pairs, parts of 128 blocks, split over threads in chunks of 1"), "\(dump)")
    #expect(dump.contains("counter[%s]: its 3 parts in order into level 7"), "\(dump)")
    #expect(dump.contains("for b in 384..<781  // blocks of 128 elements, 16 lanes"), "\(dump)")
    try c.run(through: .llvm)
    #expect(try LoopNestTests.compareWithInterpreter(c) == [])
  }

  /// The per-output fixed order's outer loop is split as its nest says (the
  /// schedule keeps it on one thread here); the order inside each output is
  /// the same. An order-free reduction's accumulators are the nest's too.
  @Test func perOutputChunksAndAccumulatorsFollowTheNest() throws {
    let c = try LoopNestTests.compilation(Self.forms, through: .loops)
    let (f, k) = try Self.reduction(c, "rows")
    #expect(try #require(c.plan).functions[f].schedules[k].parallelChunk == nil)
    try Self.editNest(c, "rows") { items in
      guard case .loop(var rows)? = items.first else { throw UnexpectedNest(items: items) }
      rows.parallelChunk = 5
      return [.loop(rows)]
    }
    try Self.editNest(c, "maxes") { items in
      guard case .loop(var rows)? = items.first, rows.body.count == 3, case .loop(var inner) = rows.body[1],
            inner.accumulators == 4 else { throw UnexpectedNest(items: items) }
      inner.accumulators = 3
      rows.body[1] = .loop(inner)
      return [.loop(rows)]
    }
    try c.run(through: .llvm)
    let llvm = try #require(c.lowered?.llvm.text)
    #expect(llvm.contains("@ftc_rt_parallel_for(i64 37, i64 5,"), "37 rows in chunks of 5 over the pool:\n\(llvm)")
    #expect(llvm.contains("!\"llvm.loop.interleave.count\", i32 3}"), "\(llvm)")
    #expect(!llvm.contains("!\"llvm.loop.interleave.count\", i32 4}"), "\(llvm)")
    #expect(try LoopNestTests.compareWithInterpreter(c) == [])
  }

  /// A nest whose steps do not fit (a fold of 4 vectors in blocks of 128
  /// elements at 16 lanes) is an internal error, not other code.
  @Test func aNestThatDoesNotFitIsAnError() throws {
    let c = try LoopNestTests.compilation(Self.forms, through: .loops)
    func refold(_ items: [LoopItem]) -> [LoopItem] {
      items.map { item in
        switch item {
        case .loop(var l): l.body = refold(l.body); return .loop(l)
        case .statement(.ordered(.fold, let o, let r, let cb)): return .statement(.ordered(.fold(vectors: 4), outputs: o, reads: r, combiner: cb))
        default: return item
        }
      }
    }
    try Self.editNest(c, "rows", refold)
    #expect(throws: (any Error).self) { try c.run(through: .llvm) }
  }
}
