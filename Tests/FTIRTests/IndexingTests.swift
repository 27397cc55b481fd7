import Testing
@testable import FTIR
@testable import Backend

/// The indexing ops beyond the shared tables: diagnostics at their exact
/// line:col, how fusion treats them, and derivatives and batching of an
/// embedding lookup computed by hand.
@Suite struct IndexingTests {
  @Test func diagnosticsPointAtTheCulprit() {
    func one(_ line: String, _ params: String = "%x: f32[5,3], %i: i32[2]") -> [String] {
      diagnostics("func @f(\(params)) -> f32[5,3] {\n\(line)\n  return %x\n}\n")
    }
    #expect(one("  %g = gather %x, %x, axis=0 : f32[5,3,3]")
            == ["2:19: 'gather' needs an integer type (i32, i64), got f32[5,3]"])
    #expect(one("  %g = gather %x, %i, axis=2 : f32[5,2]")
            == ["2:28: 'gather': axis 2 must be in [batch_dims, rank) = [0, 2) for f32[5,3]"])
    #expect(one("  %g = gather %x, %i, axis=0 : f32[2,2]")
            == ["2:32: result type f32[2,2] does not match 'gather': expected f32[2,3]"])
    #expect(one("  %s = scatter_add %x, %i, %x, axis=0 : f32[5,3]")
            == ["2:28: 'scatter_add': the updates must have the type of 'gather' of the operand, f32[2,3], got f32[5,3]"])
    #expect(one("  %d = dynamic_slice %x, %k, %k, sizes=[6, 1] : f32[6,1]", "%x: f32[5,3], %k: i32[]")
            == ["2:40: 'dynamic_slice': size 6 must be in [0, 5] for dimension 0"])
    #expect(one("  %d = dynamic_slice %x, %k, sizes=[1, 1] : f32[1,1]", "%x: f32[5,3], %k: i32[]")
            == ["2:8: 'dynamic_slice' needs one start index per dimension of the operand (2), got 1"])
    #expect(one("  %w = dynamic_update_slice %x, %x, %k, %f : f32[5,3]", "%x: f32[5,3], %k: i32[], %f: f32[]")
            == ["2:41: 'dynamic_update_slice': start index 1 must be an integer scalar (i32[] or i64[]), got f32[]"])
  }

  @Test func gathersFuseAndScatterAddHasAKernelOfItsOwn() throws {
    let m = try load("""
      func @f(%x: f32[5,3], %i: i32[4], %u: f32[4,3], %k: i64[]) -> (f32[4,3], f32[5,3]) {
        %e = exp %x : f32[5,3]
        %g = gather %e, %i, axis=0 : f32[4,3]
        %d = dynamic_slice %g, %k, %k, sizes=[2, 3] : f32[2,3]
        %w = dynamic_update_slice %g, %d, %k, %k : f32[4,3]
        %r = neg %w : f32[4,3]
        %s = scatter_add %e, %i, %u, axis=0 : f32[5,3]
        return %r, %s
      }
      """).get()
    let plan = planFusion(m.functions[0])
    // exp is materialized only because two kernels read it.
    #expect(plan.kernels.map(\.kind) == [.loop, .loop, .scatter])
    #expect(plan.kernels[1].ops.count == 4)  // gather, dynamic_slice, dynamic_update_slice, neg
    #expect(plan.kernels[2].ops.count == 1)
    #expect(plan.reasons.values.contains(.sharedByKernels(2)))
  }

  /// An embedding lookup: the gradient of the table is a scatter_add of the
  /// output's cotangent (repeated rows add), and vmap over the indices gives
  /// each example's own gradient.
  static let embedding = """
    func @f(%table: f64[4,2], %ids: i32[3]) -> f64[] {
      %e = gather %table, %ids, axis=0 : f64[3,2]
      %w = constant [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]] : f64[3,2]
      %p = mul %e, %w : f64[3,2]
      %s = reduce_sum %p, dims=[0, 1] : f64[]
      return %s
    }
    func @g = grad(@f)
    func @pg = vmap(grad(@f), in_axes=[none, 0], size=2)
    """

  @Test func embeddingGradientIsAScatterAdd() throws {
    let m = try expandedModule(Self.embedding)
    #expect(m.function(named: "g")!.body.contains { $0.name == "scatter_add" })
    let table = D((0..<8).map(Double.init), [4, 2])
    let g = try Interpreter(module: m).run("g", [table, HostTensor([Int32(1), 1, 9], shape: [3])])
    // rows 1 (twice) and 3 (9 clamped).
    #expect(g[0] == D([0, 0, 4, 6, 0, 0, 5, 6], [4, 2]))
    let pg = try Interpreter(module: m).run("pg", [table, HostTensor([Int32(0), 0, 0, 2, -1, 3], shape: [2, 3])])
    #expect(pg[0] == D([9, 12, 0, 0, 0, 0, 0, 0, 3, 4, 0, 0, 1, 2, 5, 6], [2, 4, 2]))
  }
}
