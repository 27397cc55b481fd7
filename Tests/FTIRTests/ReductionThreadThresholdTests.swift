/// Row groups and fixed-order reductions are split over threads by their
/// estimated single-thread time (Backend/Schedule.swift,
/// `estimatedNanoseconds` ≥ `parallelNanoseconds`), as loop kernels are, not
/// by an element count: a softmax of [64,512] (131072 member visits, about
/// 23 µs) stays on the calling thread where W6's [4096,1024] is split; column
/// sums and whole-array sums likewise. Results agree with the interpreter
/// either way (the fixed order does not depend on the split).
import Backend
import Foundation
import Testing
@testable import FTIR
@testable import Pipeline

@Suite struct ReductionThreadThresholdTests {
  static func softmax(_ r: Int, _ c: Int) -> String { RowKernelTests.softmax(r, c) }

  static func rowSchedule(_ text: String, _ name: String) throws -> RowGroupSchedule {
    let c = try LoopNestTests.compilation(text, through: .schedule)
    let p = try #require(c.plan).functions[try LoopNestTests.function(c, name)]
    try #require(p.rowSchedules.count == 1, "\(p.rowSchedules.map(\.why))")
    return p.rowSchedules[0]
  }

  static func reductionSchedule(_ text: String) throws -> KernelSchedule {
    let s = try ThreadThresholdTests.schedules("module @m\n" + text, "f")
    return try #require(s.first { $0.reduction != nil }, "\(s.map(\.why))")
  }

  @Test func smallRowGroupsStayOnTheCallingThread() throws {
    let small = try Self.rowSchedule(Self.softmax(64, 512), "softmax")
    #expect(small.parallelChunk == nil, "\(small.why)")
    #expect(small.why.contains("on the calling thread (estimated "), "\(small.why)")
    let w6 = try String(contentsOfFile: Repo.path("Tools/bench/w6_softmax.ftir"), encoding: .utf8)
    let big = try Self.rowSchedule(w6, "softmax")
    #expect(big.parallelChunk != nil, "\(big.why)")
    #expect(big.why.contains("estimated"), "\(big.why)")
  }

  /// Same elements, different cost: the row group's math functions count.
  @Test func theRowGroupsOpsCost() throws {
    let text = """
      func @cheap(%x: f32[160,1024]) -> f32[160,1024] {
        %m = reduce_max %x, dims=[1] : f32[160]
        %mb = broadcast_in_dim %m, dims=[0] : f32[160,1024]
        %y = sub %x, %mb : f32[160,1024]
        return %y
      }
      func @costly(%x: f32[160,1024]) -> f32[160,1024] {
        %m = reduce_max %x, dims=[1] : f32[160]
        %mb = broadcast_in_dim %m, dims=[0] : f32[160,1024]
        %z = sub %x, %mb : f32[160,1024]
        %e = exp %z : f32[160,1024]
        %t = tanh %e : f32[160,1024]
        %y = sin %t : f32[160,1024]
        return %y
      }
      """
    #expect(try Self.rowSchedule(text, "cheap").parallelChunk == nil)
    #expect(try Self.rowSchedule(text, "costly").parallelChunk != nil)
  }

  @Test func columnSumsSplitByTime() throws {
    // 131072 elements in 4 panels of 512 columns: about 9 µs.
    let small = try Self.reductionSchedule("func @f(%x: f32[64,2048]) -> f32[2048] {\n  %s = reduce_sum %x, dims=[0] : f32[2048]\n  return %s\n}\n")
    #expect(small.reduction == .columns(panel: 512) && small.parallelChunk == nil, "\(small.why)")
    // 1M elements (4 MiB streamed from memory): about 155 µs.
    let big = try Self.reductionSchedule("func @f(%x: f32[512,2048]) -> f32[2048] {\n  %s = reduce_sum %x, dims=[0] : f32[2048]\n  return %s\n}\n")
    #expect(big.reduction == .columns(panel: 512) && big.parallelChunk != nil, "\(big.why)")
  }

  @Test func longSumsSplitByTime() throws {
    // 131072 elements: two parts' worth, but about 9 µs on one thread.
    let small = try Self.reductionSchedule("func @f(%x: f32[131072]) -> f32[] {\n  %s = reduce_sum %x, dims=[0] : f32[]\n  return %s\n}\n")
    #expect(small.reduction == .inner, "\(small.why)")
    let big = try Self.reductionSchedule("func @f(%x: f32[4194304]) -> f32[] {\n  %s = reduce_sum %x, dims=[0] : f32[]\n  return %s\n}\n")
    guard case .split? = big.reduction else { Issue.record("\(big.why)"); return }
    #expect(big.why.contains("estimated"), "\(big.why)")
  }

  /// The plans that changed give the interpreter's bits.
  @Test func unsplitPlansAgreeWithTheInterpreter() throws {
    let text = """
      func @sm(%x: f32[64,509]) -> f32[64,509] {
        %m = reduce_max %x, dims=[1] : f32[64]
        %mb = broadcast_in_dim %m, dims=[0] : f32[64,509]
        %z = sub %x, %mb : f32[64,509]
        %e = mul %z, %z : f32[64,509]
        %s = reduce_sum %e, dims=[1] : f32[64]
        %sb = broadcast_in_dim %s, dims=[0] : f32[64,509]
        %y = div %e, %sb : f32[64,509]
        return %y
      }
      func @cols(%x: f32[67,2047]) -> f32[2047] {
        %s = reduce_sum %x, dims=[0] : f32[2047]
        return %s
      }
      func @all(%x: f32[131101]) -> f32[] {
        %s = reduce_sum %x, dims=[0] : f32[]
        return %s
      }
      """
    let c = try LoopNestTests.compilation(text, through: .llvm)
    let plan = try #require(c.plan)
    for p in plan.functions {
      #expect(p.schedules.allSatisfy { $0.parallelChunk == nil } && p.rowSchedules.allSatisfy { $0.parallelChunk == nil },
              "@\(p.function.name): \(p.schedules.map(\.why)) \(p.rowSchedules.map(\.why))")
    }
    #expect(try LoopNestTests.compareWithInterpreter(c) == [])
  }
}
