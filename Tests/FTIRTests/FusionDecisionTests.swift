import Testing
@testable import FTIR
import Backend

/// Fusion's typed decisions (Backend/FusionDecisions.swift): why each value
/// is materialized, and why each kernel input was not fused into it.
@Suite struct FusionDecisionTests {
  static func plan(_ text: String) throws -> FusionPlan {
    planFusion(try load(text).get().functions[0])
  }

  /// The value named `name` in the plan's function.
  static func value(_ plan: FusionPlan, _ name: String) throws -> Value {
    Value(try #require(plan.function.values.firstIndex { $0.name == name }, "no %\(name)"))
  }

  static func kernel(_ plan: FusionPlan, writing name: String) throws -> Kernel {
    let v = try value(plan, name)
    return try #require(plan.kernels.first { $0.outputs.contains(v) }, "no kernel writes %\(name)")
  }

  @Test func everyBoundaryKindOfAnMLPStep() throws {
    let p = try Self.plan("""
      func @f(%x: f32[4,8], %w: f32[8,3], %b: f32[3]) -> (f32[4,3], f32[]) {
        %e = exp %x : f32[4,8]
        %y = dot_general %e, %w, contract=[[1],[0]] : f32[4,3]
        %bb = broadcast_in_dim %b, dims=[1] : f32[4,3]
        %z = add %y, %bb : f32[4,3]
        %t = tanh %z : f32[4,3]
        %s = reduce_sum %t, dims=[0,1] : f32[]
        %m = reduce_max %t, dims=[0,1] : f32[]
        %r = add %s, %m : f32[]
        return %t, %r
      }
      """)
    func reason(_ n: String) throws -> FusionBoundary? { p.reasons[try Self.value(p, n)] }
    #expect(try reason("e") == .bufferOperand(.contraction))
    #expect(try reason("y") == .nonFusible(.contraction))
    #expect(try reason("t") == .functionResult)
    #expect(try reason("r") == .functionResult)
    #expect(try reason("s") == .nonFusible(.reduction))
    #expect(try reason("z") == nil)  // fused into %t's kernel
    // The printed text is the dump's.
    #expect(FusionBoundary.bufferOperand(.contraction).description == "operand of a contraction (BLAS reads buffers)")
    #expect(FusionBoundary.nonFusible(.reduction).description == "result of a reduction")

    // Why each input of each kernel was not fused into it.
    let dot = try Self.kernel(p, writing: "y")
    #expect(dot.refusals[try Self.value(p, "e")] == .readsBuffers(.contraction))
    #expect(dot.refusals[try Self.value(p, "w")] == .parameter)
    let tanh = try Self.kernel(p, writing: "t")
    #expect(tanh.refusals[try Self.value(p, "y")] == .boundary(.nonFusible(.contraction)))
    #expect(tanh.refusals[try Self.value(p, "b")] == .parameter)
    let sum = try Self.kernel(p, writing: "s")
    #expect(sum.refusals[try Self.value(p, "t")] == .boundary(.functionResult))
    // Every input has a refusal, and nothing else does.
    for k in p.kernels { #expect(Set(k.refusals.keys) == Set(k.inputs)) }
  }

  @Test func sharedAndBroadcastBoundaries() throws {
    let p = try Self.plan("""
      func @f(%x: f32[4,8], %v: f32[4]) -> (f32[4,8], f32[4,8], f32[4]) {
        %a = exp %x : f32[4,8]
        %u = sin %a : f32[4,8]
        %c = cos %a : f32[4,8]
        %s = reduce_sum %a, dims=[1] : f32[4]
        %l = log %v : f32[4]
        %lb = broadcast_in_dim %l, dims=[0] : f32[4,8]
        %k = mul %u, %lb : f32[4,8]
        return %k, %c, %s
      }
      """)
    #expect(p.reasons[try Self.value(p, "a")] == .sharedByKernels(3))
    #expect(p.reasons[try Self.value(p, "l")] == .expandingBroadcastOperand)
    #expect(p.reasons[try Self.value(p, "u")] == nil)
    let k = try Self.kernel(p, writing: "k")
    #expect(k.refusals[try Self.value(p, "a")] == .boundary(.sharedByKernels(3)))
    #expect(k.refusals[try Self.value(p, "l")] == .boundary(.expandingBroadcastOperand))
    #expect(FusionBoundary.sharedByKernels(3).description == "used by 3 kernels")
  }

  /// A broadcast of a value that is materialized for that broadcast is
  /// index arithmetic: read by two kernels, it is fused into both, never a
  /// buffer of the broadcast's size (layernorm's backward materialized its
  /// [rows, cols] broadcast of the per-row scale).
  @Test func aBroadcastOfAMaterializedOperandIsNotMaterializedAgain() throws {
    let p = try Self.plan("""
      func @f(%x: f32[4,8], %v: f32[4]) -> (f32[4,8], f32[4,8]) {
        %l = log %v : f32[4]
        %lb = broadcast_in_dim %l, dims=[0] : f32[4,8]
        %a = mul %x, %lb : f32[4,8]
        %s = reduce_sum %a, dims=[1] : f32[4]
        %sb = broadcast_in_dim %s, dims=[0] : f32[4,8]
        %b = add %lb, %sb : f32[4,8]
        return %a, %b
      }
      """)
    #expect(p.reasons[try Self.value(p, "l")] == .expandingBroadcastOperand)
    #expect(p.reasons[try Self.value(p, "lb")] == nil)
    let lb = try Self.value(p, "lb")
    let readers = p.kernels.filter { k in k.ops.contains { p.function.body[$0].results.contains(lb) } }
    #expect(readers.count == 2)
  }

  @Test func depthLimitAndRegionBoundaries() throws {
    var lines = ["func @f(%x: f32[8], %p: i1[]) -> f32[8] {", "  %v0 = sin %x : f32[8]"]
    for i in 1...maxFusionDepth + 4 { lines.append("  %v\(i) = cos %v\(i - 1) : f32[8]") }
    let last = maxFusionDepth + 4
    lines += ["  %r = cond %p, %v\(last) : f32[8]", "    then(%a: f32[8]) {", "      %n = neg %a : f32[8]", "      yield %n",
              "    }", "    else(%a: f32[8]) {", "      yield %a", "    }", "  return %r", "}"]
    let p = try Self.plan(lines.joined(separator: "\n") + "\n")
    #expect(p.reasons[try Self.value(p, "v\(maxFusionDepth)")] == .depthLimit(maxFusionDepth))
    #expect(p.reasons[try Self.value(p, "v\(last)")] == .bufferOperand(.region))
    #expect(p.reasons[try Self.value(p, "r")] == .functionResult)
    let region = try Self.kernel(p, writing: "r")
    #expect(region.kind == .region)
    #expect(region.refusals[try Self.value(p, "p")] == .parameter)
    #expect(region.refusals[try Self.value(p, "v\(last)")] == .readsBuffers(.region))
    // The rest of the chain reads the cut value: it stays a kernel of its
    // own (joined, one kernel would compute the whole chain), and says why.
    let cut = try Self.kernel(p, writing: "v\(last)")
    let v = try Self.value(p, "v\(maxFusionDepth)")
    #expect(cut.refusals[v] == .boundary(.depthLimit(maxFusionDepth)))
    let first = try Self.kernel(p, writing: "v\(maxFusionDepth)")
    #expect(p.joinRefusals[cut.id] == JoinDecline(kernel: first.id, why: .continuesChain(v)))
    #expect(first.refusals[try Self.value(p, "x")] == .parameter)
  }
}
