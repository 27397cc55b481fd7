import Testing
@testable import FTIR
@testable import Backend

/// The cumulative ops beyond the shared tables: diagnostics at their exact
/// line:col, their kernel in the fusion plan, and derivatives computed by
/// hand: cumprod's with zeros (no division), cummax's with ties and NaN.
@Suite struct CumulativeTests {
  @Test func diagnosticsPointAtTheCulprit() {
    func one(_ line: String, _ params: String = "%x: f32[5,3]") -> [String] {
      diagnostics("func @f(\(params)) -> f32[5,3] {\n\(line)\n  return %x\n}\n")
    }
    #expect(one("  %c = cumsum %x, axis=2 : f32[5,3]") == ["2:24: 'cumsum': axis 2 is out of range for f32[5,3]"])
    #expect(one("  %c = cummax %x, axis=0, reverse=1 : f32[5,3]")
            == ["2:35: attribute 'reverse' of 'cummax' must be true or false"])
    #expect(one("  %c = cumprod %b, axis=0 : i1[5,3]", "%x: f32[5,3], %b: i1[5,3]")
            == ["2:16: 'cumprod' needs a float or integer type (f32, f64, i32, i64), got i1[5,3]"])
    #expect(one("  %c = cummin %x, axis=0 : f32[3,5]") == ["2:28: result type f32[3,5] does not match 'cummin': expected f32[5,3]"])
    #expect(one("  %c = cumsum %x : f32[5,3]") == ["2:8: 'cumsum' requires the attribute 'axis'"])
  }

  @Test func aCumulativeOpIsAKernelOfItsOwnWithItsOperandFused() throws {
    let m = try load("""
      func @f(%x: f32[5,3]) -> f32[5,3] {
        %e = exp %x : f32[5,3]
        %c = cumsum %e, axis=0, reverse=true : f32[5,3]
        %r = neg %c : f32[5,3]
        return %r
      }
      """).get()
    let plan = planFusion(m.functions[0])
    #expect(plan.kernels.map(\.kind) == [.cumulative, .loop])
    #expect(plan.kernels[0].ops.count == 2)  // exp, cumsum
    #expect(plan.reasons.values.contains(.nonFusible(.cumulative)))
  }

  static let module = """
    func @prod(%x: f64[3]) -> f64[] {
      %c = cumprod %x, axis=0 : f64[3]
      %s = reduce_sum %c, dims=[0] : f64[]
      return %s
    }
    func @rprod(%x: f64[4]) -> f64[] {
      %c = cumprod %x, axis=0, reverse=true : f64[4]
      %s = reduce_sum %c, dims=[0] : f64[]
      return %s
    }
    func @max(%x: f64[4]) -> f64[] {
      %c = cummax %x, axis=0 : f64[4]
      %s = reduce_sum %c, dims=[0] : f64[]
      return %s
    }
    func @rmax(%x: f64[4]) -> f64[] {
      %c = cummax %x, axis=0, reverse=true : f64[4]
      %s = reduce_sum %c, dims=[0] : f64[]
      return %s
    }
    func @min(%x: f64[3]) -> f64[] {
      %c = cummin %x, axis=0 : f64[3]
      %s = reduce_sum %c, dims=[0] : f64[]
      return %s
    }
    func @sum(%x: f64[2,3]) -> f64[] {
      %c = cumsum %x, axis=1 : f64[2,3]
      %w = constant [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]] : f64[2,3]
      %p = mul %c, %w : f64[2,3]
      %s = reduce_sum %p, dims=[0, 1] : f64[]
      return %s
    }
    func @gprod = grad(@prod)
    func @grprod = grad(@rprod)
    func @gmax = grad(@max)
    func @grmax = grad(@rmax)
    func @gmin = grad(@min)
    func @gsum = grad(@sum)
    func @hprod = hessian(@prod)
    """

  /// d/dx of sum(cumprod x) = sum over i >= k of the product of x[0...i]
  /// without x[k]: exact with zeros, where a quotient y / x would be NaN.
  @Test func cumprodGradientIsRightWithZeros() throws {
    let m = try expandedModule(Self.module)
    #expect(!m.function(named: "gprod")!.body.contains { $0.name == "div" })
    let run = { (f: String, x: [Double]) throws -> HostTensor in try Interpreter(module: m).run(f, [D(x)])[0] }
    // x = [2, 0, 3]: d/dx0 = 1 + x1 + x1 x2 = 1; d/dx1 = x0 + x0 x2 = 8; d/dx2 = x0 x1 = 0.
    #expect(try run("gprod", [2, 0, 3]) == D([1, 8, 0]))
    #expect(try run("gprod", [0, 0, 3]) == D([1, 0, 0]))
    #expect(try run("gprod", [2, 5, 3]) == D([1 + 5 + 15, 2 + 6, 10]))
    // Reverse: y = [x0 x1 x2 x3, x1 x2 x3, x2 x3, x3] at [1, 0, 2, 0].
    #expect(try run("grprod", [1, 0, 2, 0]) == D([0, 0, 0, 1 + 2]))
    #expect(try run("grprod", [1, 2, 0, 3]) == D([0, 0, 2 * 3 + 3 + 1 * 2 * 3, 1]))
    // The Hessian of sum(cumprod x) at [2, 0, 3]: d²/dx0dx1 = 1 + x2 = 4, d²/dx0dx2 = x1 = 0, d²/dx1dx2 = x0 = 2.
    #expect(try run("hprod", [2, 0, 3]) == D([0, 4, 0, 4, 0, 2, 0, 2, 0], [3, 3]))
  }

  /// Ties go to the first position in scan order; a NaN is the extreme.
  @Test func cummaxGradientGoesToTheFirstExtreme() throws {
    let m = try expandedModule(Self.module)
    let run = { (f: String, x: [Double]) throws -> HostTensor in try Interpreter(module: m).run(f, [D(x)])[0] }
    #expect(try run("gmax", [1, 3, 3, 2]) == D([1, 3, 0, 0]))
    #expect(try run("grmax", [1, 3, 3, 2]) == D([0, 0, 3, 1]))
    #expect(try run("gmax", [1, .nan, 2, 5]) == D([1, 3, 0, 0]))
    #expect(try run("gmax", [-.infinity, -.infinity, 0, 0]) == D([2, 0, 2, 0]))
    #expect(try run("gmin", [2, 1, 1]) == D([1, 2, 0]))
  }

  /// cumsum's transpose is a cumsum from the other end.
  @Test func cumsumGradientIsAReversedCumsum() throws {
    let m = try expandedModule(Self.module)
    let g = m.function(named: "gsum")!
    #expect(g.body.contains { $0.name == "cumsum" && $0.attrs.bool("reverse") })
    let r = try Interpreter(module: m).run("gsum", [D([0, 0, 0, 0, 0, 0], [2, 3])])
    #expect(r[0] == D([6, 5, 3, 15, 11, 6], [2, 3]))
  }
}
