import Testing
@testable import FTIR
@testable import Backend

/// conv beyond the shared tables (gradient checks, vmap vs stacking and
/// compiled vs interpreter list it there): hand-computed semantics, type
/// rules and diagnostics at their exact line:col, its kernel in the plan, and
/// the transposes' structure (JAX's: a conv with lhs dilation, a grouped conv).
@Suite struct ConvolutionTests {
  /// Runs `conv x, w` with `attrs` in the interpreter.
  func conv(_ x: HostTensor, _ w: HostTensor, _ attrs: String, _ result: String) throws -> HostTensor {
    let at = attrs.isEmpty ? "" : ", " + attrs
    let m = try load("""
      func @f(%x: \(x.type), %w: \(w.type)) -> \(result) {
        %r = conv %x, %w\(at) : \(result)
        return %r
      }
      """).get()
    return try Interpreter(module: m).run("f", [x, w])[0]
  }

  @Test func handComputedValues() throws {
    // Stride 2, padding (1, 0): padded x = [0, 1, 2, 3, 4]; windows at 0 and 2.
    #expect(try conv(D([1, 2, 3, 4], [1, 1, 4]), D([10, 1], [1, 1, 2]), "window_strides=[2], pad_low=[1]", "f64[1,1,2]")
            == D([1, 23], [1, 1, 2]))
    // lhs dilation 2: [1, 0, 2, 0, 3] with window [1, 1].
    #expect(try conv(D([1, 2, 3], [1, 1, 3]), D([1, 1], [1, 1, 2]), "lhs_dilation=[2]", "f64[1,1,4]") == D([1, 2, 2, 3], [1, 1, 4]))
    // rhs dilation 2: taps at 0 and 2.
    #expect(try conv(D([1, 2, 3, 4, 5], [1, 1, 5]), D([1, 10], [1, 1, 2]), "rhs_dilation=[2]", "f64[1,1,3]")
            == D([31, 42, 53], [1, 1, 3]))
    // Negative padding crops.
    #expect(try conv(D([1, 2, 3, 4], [1, 1, 4]), D([1], [1, 1, 1]), "pad_low=[-1], pad_high=[-1]", "f64[1,1,2]") == D([2, 3], [1, 1, 2]))
    // Feature groups: output feature g reads input channel g.
    #expect(try conv(D([1, 2, 3, 4], [1, 2, 2]), D([10, 100], [2, 1, 1]), "feature_group_count=2", "f64[1,2,2]")
            == D([10, 20, 300, 400], [1, 2, 2]))
    // Batch groups, group-major: output feature g reads lhs batch g.
    #expect(try conv(D([1, 2, 3, 4], [2, 1, 2]), D([10, 100], [2, 1, 1]), "batch_group_count=2", "f64[1,2,2]")
            == D([10, 20, 300, 400], [1, 2, 2]))
    // 2D, two input channels summed, asymmetric padding (0, 1) in the last dim.
    let x = D([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 2, 2]), w = D([1, 0, 0, 1, 1, 1, 1, 1], [1, 2, 2, 2])
    // Channel 0 window [[1,0],[0,1]], channel 1 all ones; output [1, 2] (height 1, width 2 with the pad).
    // (0,0): 1 + 4 + (5+6+7+8) = 31; (0,1): x0[0,1]·1 + pad + pad + x1[0,1] + x1[1,1] = 2 + 6 + 8 = 16.
    #expect(try conv(x, w, "pad_high=[0, 1]", "f32[1,1,1,2]".replacingOccurrences(of: "f32", with: "f64")) == D([31, 16], [1, 1, 1, 2]))
  }

  @Test func diagnosticsPointAtTheCulprit() {
    func one(_ line: String, _ params: String = "%x: f32[2,4,5,5], %w: f32[6,2,3,3]") -> [String] {
      diagnostics("func @f(\(params)) -> f32[2] {\n\(line)\n  %z = constant 0.0 : f32[2]\n  return %z\n}\n")
    }
    #expect(one("  %c = conv %x, %w : f32[2,6,3,3]")
            == ["2:17: 'conv': the lhs has 4 input features, the rhs 2 per group × feature_group_count 1"])
    #expect(one("  %c = conv %x, %w, feature_group_count=2, window_strides=[0, 1] : f32[2,6,3,3]")
            == ["2:59: 'conv': window_strides entries must be at least 1, got 0"])
    #expect(one("  %c = conv %x, %w, feature_group_count=4 : f32[2,6,3,3]")
            == ["2:17: 'conv': the lhs has 4 input features, the rhs 2 per group × feature_group_count 4"])
    #expect(one("  %c = conv %x, %w, feature_group_count=2, batch_group_count=2 : f32[1,6,3,3]")
            == ["2:62: 'conv': at most one of feature_group_count (2) and batch_group_count (2) may exceed 1"])
    #expect(one("  %c = conv %x, %w, pad_low=[1] : f32[2,6,3,3]")
            == ["2:29: 'conv': pad_low needs 2 entries (one per dimension), got 1"])
    #expect(one("  %c = conv %x, %w, feature_group_count=2, pad_low=[-4, 0], pad_high=[-2, 0] : f32[2,6,1,3]")
            == ["2:52: 'conv': spatial dim 0 padded by (-4, -2) has a negative or overflowing size"])
    #expect(one("  %c = conv %x, %w, feature_group_count=2 : f32[2,6,3,4]")
            == ["2:45: result type f32[2,6,3,4] does not match 'conv': expected f32[2,6,3,3]"])
    #expect(one("  %c = conv %x, %w : f32[2]", "%x: f32[2], %w: f32[2]")
            == ["2:13: 'conv' needs an lhs [N, C, spatial...] with 1, 2 or 3 spatial dims, got f32[2]"])
    #expect(one("  %c = conv %x, %w : i32[1,1,1]", "%x: i32[1,1,1], %w: i32[1,1,1]")
            == ["2:13: 'conv' needs a float type (f32, f64), got i32[1,1,1]"])
    #expect(one("  %c = conv %x, %w, batch_group_count=3 : f32[1,6,3,3]", "%x: f32[2,2,5,5], %w: f32[6,2,3,3]")
            == ["2:39: 'conv': batch_group_count 3 must divide the lhs batch 2"])
    #expect(one("  %c = conv %x, %w, feature_group_count=2, lhs_dilation=[4611686018427387904, 1] : f32[2,6,3,3]")
            == ["2:57: 'conv': dilated size of spatial dim 0 overflows"])
  }

  @Test func convIsAKernelOfItsOwnOnBuffers() throws {
    let m = try load("""
      func @f(%x: f32[2,3,5], %w: f32[4,3,2]) -> f32[2,4,4] {
        %e = exp %x : f32[2,3,5]
        %c = conv %e, %w : f32[2,4,4]
        %r = neg %c : f32[2,4,4]
        return %r
      }
      """).get()
    let plan = planFusion(m.functions[0])
    #expect(plan.kernels.map(\.kind) == [.loop, .convolution, .loop])
    #expect(plan.reasons.values.contains(.bufferOperand(.convolution)))
    #expect(plan.reasons.values.contains(.nonFusible(.convolution)))
  }

  /// JAX's transposes: the lhs cotangent is a conv with lhs dilation = the
  /// strides and a reversed kernel; the rhs cotangent a conv whose batch
  /// groups are the forward feature groups.
  @Test func transposesAreConvolutions() throws {
    let m = try expandedModule("""
      func @f(%x: f64[2,4,7], %w: f64[6,2,3]) -> f64[] {
        %c = conv %x, %w, window_strides=[2], pad_low=[1], feature_group_count=2 : f64[2,6,3]
        %s = reduce_sum %c, dims=[0, 1, 2] : f64[]
        return %s
      }
      func @g = grad(@f, argnums=[0, 1])
      """)
    let convs = m.function(named: "g")!.body.filter { $0.name == "conv" }
    #expect(convs.contains { $0.attrs.ints("lhs_dilation") == [2] && $0.attrs.int("feature_group_count") == 2 })
    #expect(convs.contains { $0.attrs.int("batch_group_count") == 2 })
  }
}
