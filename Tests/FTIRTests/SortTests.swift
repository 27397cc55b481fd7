import Testing
@testable import FTIR
@testable import Backend

/// `sort` beyond the shared tables: several operands (stability, several
/// keys, descending ties), diagnostics at their exact line:col, its kernel in
/// the fusion plan, and derivatives computed by hand (a permutation of the
/// tangents; reverse mode a scatter_add).
@Suite struct SortTests {
  func sort(_ xs: [HostTensor], _ attrs: [String: Attr]) throws -> [HostTensor] {
    try evaluateOp("sort", xs, attrs)
  }

  @Test func equalKeysKeepTheirOrder() throws {
    // argsort: ties keep their operand order, ascending and descending.
    let x = D([2, 1, 2, 1, 0, 2])
    let i = I([0, 1, 2, 3, 4, 5])
    let up = try sort([x, i], ["dimension": .int(0)])
    #expect(up[0] == D([0, 1, 1, 2, 2, 2]) && up[1] == I([4, 1, 3, 0, 2, 5]))
    let down = try sort([x, i], ["dimension": .int(0), "descending": .bool(true)])
    #expect(down[0] == D([2, 2, 2, 1, 1, 0]) && down[1] == I([0, 2, 5, 1, 3, 4]))
    // -0 and +0 are not ties; NaNs of one sign are (they keep their order).
    let z = try sort([D([0, -0.0, nan, 1, nan]), I([0, 1, 2, 3, 4])], ["dimension": .int(0)])
    #expect(z[1] == I([1, 0, 3, 2, 4]))
    #expect(z[0].doubles[0].sign == .minus && z[0].doubles[1].sign == .plus)
  }

  @Test func severalKeysCompareLexicographically() throws {
    let k0 = I([1, 0, 1, 0, 1]), k1 = D([5, 7, 3, 7, 3]), v = B([true, false, false, true, true])
    let r = try sort([k0, k1, v], ["dimension": .int(0), "num_keys": .int(2)])
    #expect(r[0] == I([0, 0, 1, 1, 1]))
    #expect(r[1] == D([7, 7, 3, 3, 5]))
    #expect(r[2] == B([false, true, false, true, true]))
    // One key: the second operand does not break ties.
    let one = try sort([k0, k1, v], ["dimension": .int(0)])
    #expect(one[1] == D([7, 7, 5, 3, 3]))
    let d = try sort([k0, k1, v], ["dimension": .int(0), "num_keys": .int(2), "descending": .bool(true)])
    #expect(d[0] == I([1, 1, 1, 0, 0]) && d[1] == D([5, 3, 3, 7, 7]) && d[2] == B([true, false, true, false, true]))
  }

  @Test func eachRowIsSortedAlongTheDimension() throws {
    // [2, 3, 2]: sorted along dim 1, with values along.
    let x = I([3, 1, 2, 0, 0, 1, 9, 8, 7, 1, 1, 1], [2, 3, 2])
    let r = try sort([x, x], ["dimension": .int(1)])
    #expect(r[0] == I([0, 0, 2, 1, 3, 1, 1, 1, 7, 1, 9, 8], [2, 3, 2]))
    #expect(r[1] == r[0])
  }

  @Test func diagnosticsPointAtTheCulprit() {
    func one(_ line: String, _ params: String = "%x: f32[5,3], %i: i32[5,3]") -> [String] {
      diagnostics("func @f(\(params)) -> f32[5,3] {\n\(line)\n  return %x\n}\n")
    }
    #expect(one("  %s = sort %x, dimension=2 : f32[5,3]") == ["2:27: 'sort': dimension 2 is out of range for f32[5,3] (rank 2)"])
    #expect(one("  %s, %j = sort %x, %i, dimension=0, num_keys=3 : (f32[5,3], i32[5,3])")
            == ["2:47: 'sort': num_keys 3 must be in [1, 2] (the number of operands)"])
    #expect(one("  %s, %j = sort %x, %i, dimension=0 : (f32[5,3], i32[3,5])", "%x: f32[5,3], %i: i32[3,5]")
            == ["2:21: 'sort' needs operands of one shape, got f32[5,3] and i32[3,5]"])
    #expect(one("  %s = sort %x, dimension=0, descending=0 : f32[5,3]")
            == ["2:41: attribute 'descending' of 'sort' must be true or false"])
    #expect(one("  %s = sort %x : f32[5,3]") == ["2:8: 'sort' requires the attribute 'dimension'"])
    #expect(one("  %s = sort %x, dimension=0 : f32[3,5]") == ["2:31: result type f32[3,5] does not match 'sort': expected f32[5,3]"])
  }

  @Test func aSortIsAKernelOfItsOwnReadingBuffers() throws {
    let m = try load("""
      func @f(%x: f32[5,3]) -> (f32[5,3], i32[5,3]) {
        %e = exp %x : f32[5,3]
        %i = iota dim=0 : i32[5,3]
        %s, %j = sort %e, %i, dimension=0 : (f32[5,3], i32[5,3])
        %r = neg %s : f32[5,3]
        return %r, %j
      }
      """).get()
    let plan = planFusion(m.functions[0])
    #expect(plan.kernels.map(\.kind) == [.loop, .loop, .sort, .loop])
    #expect(plan.kernels[2].outputs.count == 2)
    #expect(plan.reasons.values.contains(.bufferOperand(.sort)))
    #expect(plan.reasons.values.contains(.nonFusible(.sort)))
  }

  static let module = """
    func @top(%x: f64[5]) -> f64[] {
      %s = sort %x, dimension=0, descending=true : f64[5]
      %w = constant [1.0, 10.0, 100.0, 0.0, 0.0] : f64[5]
      %p = mul %s, %w : f64[5]
      %r = reduce_sum %p, dims=[0] : f64[]
      return %r
    }
    func @byKey(%k: f64[2,3], %v: f64[2,3]) -> f64[] {
      %s, %t = sort %k, %v, dimension=1 : (f64[2,3], f64[2,3])
      %w = constant [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]] : f64[2,3]
      %p = mul %t, %w : f64[2,3]
      %r = reduce_sum %p, dims=[0, 1] : f64[]
      return %r
    }
    func @gtop = grad(@top)
    func @gbyKey = grad(@byKey, argnums=[0, 1])
    """

  /// The gradient of a weighted sum of the sorted values goes back to the
  /// position each value came from (a scatter_add of the weights).
  @Test func gradientFlowsThroughThePermutation() throws {
    let m = try expandedModule(Self.module)
    #expect(m.function(named: "gtop")!.body.contains { $0.name == "scatter_add" })
    let g = try Interpreter(module: m).run("gtop", [D([3, 9, 1, 7, 5])])
    // sorted descending: 9 (x1), 7 (x3), 5 (x4), 3, 1: weights 1, 10, 100.
    #expect(g[0] == D([0, 1, 0, 10, 100]))
    // Sorting by a key: the key gets zero gradient, the values their sorted position's weight.
    let h = try Interpreter(module: m).run("gbyKey", [D([2, 0, 1, 5, 5, 4], [2, 3]), D([1, 2, 3, 4, 5, 6], [2, 3])])
    #expect(h[0] == D([0, 0, 0, 0, 0, 0], [2, 3]))
    #expect(h[1] == D([3, 1, 2, 5, 6, 4], [2, 3]))
  }
}
