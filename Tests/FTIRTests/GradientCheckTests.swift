import Foundation
import Testing
@testable import FTIR
import FTCTool

/// Gradient checks of every differentiable op of spec section 4, in f64.
///
/// Each case applies one op (with attributes) to f64 parameters; the harness
/// (Support/GradCheckSupport.swift) checks, at two seeded random points inside
/// the op's smooth domain:
///  1. grad of sum(op(...) * w) against central finite differences
///     (step 1e-6 * max(1, |x|); |grad - fd| <= 1e-6 * (1 + |fd|));
///  2. jvp of the op against the directional finite difference (same step and tolerance);
///  3. the dot-product test <vjp(ct), t> == <ct, jvp(t)> within 1e-12 of sum |terms|;
///  4. the Hessian-vector product grad(<grad f, v>) against finite differences
///     of grad f along v (step 1e-5 * max(1, |x|); tolerance 1e-5 relative+absolute),
///     for every case (all parameters at once, so cross terms are covered too);
/// and that the simplified module computes the same bits as the expanded one.
/// The f64 -> f32 -> f64 convert chain uses step 1e-3 and tolerance 1e-4 (its
/// function is a staircase of f32 steps) and 1e-6 in the dot-product test (the
/// tangent itself is rounded to f32).
@Suite struct GradientCheckTests {
  @Test(arguments: GradCases.all)
  func gradientCheck(_ c: GradCase) throws {
    var checker = try GradChecker(c)
    for point in 0..<2 { try checker.check(point: point) }
    #expect(checker.failures.isEmpty, Comment(rawValue: "\(c.label):\n" + checker.failures.joined(separator: "\n")))
  }

  /// The compositions come from the example files: finding none fails here
  /// rather than leaving the parameterized test above with fewer cases.
  @Test func examplesGiveCompositionCases() {
    #expect(!GradCases.compositions.isEmpty)
  }

  /// Every op with a float result (all but `call`) has a case; ops with
  /// regions (`cond`) have theirs in RegionTests.swift (CondOpTests, which
  /// checks grad, jvp, vjp, jacobians and Hessians through nested conds).
  @Test func everyDifferentiableOpHasACase() {
    let covered = Set(GradCases.all.map(\.op))
    let noFloatResult: Set<String> = ["is_finite", "not", "and", "or", "xor", "eq", "ne", "lt", "le", "gt", "ge", "argmax", "argmin",
                                      "shift_left", "shift_right_logical", "shift_right_arithmetic"]
    for op in OpRegistry.all where op.name != "call" && op.evaluateRegions == nil {
      if noFloatResult.contains(op.name) {
        #expect(!opCanGiveFloat(op), "'\(op.name)' is listed as having no float result but gives one")
        continue
      }
      #expect(covered.contains(op.name), "no gradient check case for '\(op.name)'")
      #expect(op.jvp != nil, "'\(op.name)' has no JVP rule")
    }
    #expect(covered.contains("composition"))
    #expect(opCanGiveFloat(OpRegistry["add"]) && opCanGiveFloat(OpRegistry["reduce_sum"]))
  }

  /// Whether the type rule of `op` gives a float result for some f64 operands.
  func opCanGiveFloat(_ op: OpDef) -> Bool {
    let n: Int
    switch op.arity { case .exactly(let k): n = k; case .atLeast(let k): n = k }
    for shape in [[Int](), [3]] {
      let t = TensorType(.f64, shape)
      for written in [t, t.with(shape: [])] {
        let input = TypeRuleInput(operands: Array(repeating: t, count: n),
                                  attrs: Attributes(["dim": .int(0), "dims": .list([])]).filtered(to: op),
                                  written: [written])
        if let r = try? op.inferTypes(input), r.contains(where: { $0.dtype.isFloat }) { return true }
      }
    }
    return false
  }
}

extension Attributes {
  func filtered(to op: OpDef) -> Attributes {
    var d: [String: Attr] = [:]
    for (k, v) in values where op.attrSpec(k) != nil { d[k] = v }
    return Attributes(d)
  }
}

// MARK: - The cases

enum GradCases {
  static let s23 = f64(2, 3)

  static func unary(_ op: String, _ d: Domain, attrs: String = "", label: String? = nil) -> GradCase {
    GradCase(op: op, label: label ?? op, params: [s23], result: s23,
             body: "%r = \(op) %a\(attrs) : \(s23)", gen: uniformGen([d], [s23]))
  }

  static func binary(_ op: String, _ da: Domain, _ db: Domain) -> GradCase {
    GradCase(op: op, label: op, params: [s23, s23], result: s23,
             body: "%r = \(op) %a, %b : \(s23)", gen: uniformGen([da, db], [s23, s23]))
  }

  /// Two tensors whose elements differ by at least 0.1 everywhere.
  static func apart(_ t: TensorType, _ rng: inout SeededRNG) -> (HostTensor, HostTensor) {
    let a = draw(.any, t, &rng).doubles
    var b: [Double] = []
    for x in a { b.append(x + (Bool.random(using: &rng) ? 1 : -1) * Double.random(in: 0.1...1.5, using: &rng)) }
    return (HostTensor(a, shape: t.shape), HostTensor(b, shape: t.shape))
  }

  static let elementwise: [GradCase] = [
    unary("exp", .any), unary("log", .positive), unary("log1p", .aboveMinusOne), unary("expm1", .any),
    unary("sqrt", .positive), unary("rsqrt", .positive), unary("sin", .any), unary("cos", .any),
    unary("tan", .belowPole), unary("tanh", .any), unary("logistic", .any), unary("erf", .any),
    // floor, ceil and sign times x: the product rule with a zero derivative of the step.
    GradCase(op: "floor", label: "floor", params: [s23], result: s23,
             body: "%q = floor %a : \(s23)\n%r = mul %q, %a : \(s23)", gen: uniformGen([.awayFromInt], [s23])),
    GradCase(op: "ceil", label: "ceil", params: [s23], result: s23,
             body: "%q = ceil %a : \(s23)\n%r = mul %q, %a : \(s23)", gen: uniformGen([.awayFromInt], [s23])),
    GradCase(op: "sign", label: "sign", params: [s23], result: s23,
             body: "%q = sign %a : \(s23)\n%r = mul %q, %a : \(s23)", gen: uniformGen([.awayFromZero], [s23])),
    unary("neg", .any), unary("abs", .awayFromZero),
    // erf_inv on (-0.96, 0.96): tanh of [-2, 2] keeps it inside its domain.
    GradCase(op: "erf_inv", label: "erf_inv", params: [s23], result: s23,
             body: "%t = tanh %a : \(s23)\n%r = erf_inv %t : \(s23)", gen: uniformGen([.any], [s23])),
    GradCase(op: "fma", label: "fma", params: [s23, s23, s23], result: s23,
             body: "%r = fma %a, %b, %c : \(s23)", gen: uniformGen([.any, .any, .any], [s23, s23, s23])),
    unary("integer_pow", .any, attrs: ", n=3", label: "integer_pow n=3"),
    unary("integer_pow", .any, attrs: ", n=2", label: "integer_pow n=2"),
    unary("integer_pow", .any, attrs: ", n=1", label: "integer_pow n=1"),
    unary("integer_pow", .any, attrs: ", n=0", label: "integer_pow n=0"),
    unary("integer_pow", .awayFromZero, attrs: ", n=-2", label: "integer_pow n=-2"),
    binary("add", .any, .any), binary("sub", .any, .any), binary("mul", .any, .any),
    binary("div", .any, .awayFromZero),
    GradCase(op: "rem", label: "rem", params: [s23, s23], result: s23, body: "%r = rem %a, %b : \(s23)") { rng in
      // x = y * (k + f): |x / y| stays inside (k, k + 1) with a margin.
      let y = draw(.awayFromZero, s23, &rng).doubles.map { $0 < 0 ? $0 - 0.2 : $0 + 0.2 }
      var x: [Double] = []
      for yk in y {
        let q = Double(Int.random(in: 0...3, using: &rng)) + Double.random(in: 0.15...0.85, using: &rng)
        x.append(yk * q * (Bool.random(using: &rng) ? 1 : -1))
      }
      return [HostTensor(x, shape: [2, 3]), HostTensor(y, shape: [2, 3])]
    },
    GradCase(op: "max", label: "max", params: [s23, s23], result: s23, body: "%r = max %a, %b : \(s23)") { rng in
      let (a, b) = apart(s23, &rng); return [a, b]
    },
    GradCase(op: "min", label: "min", params: [s23, s23], result: s23, body: "%r = min %a, %b : \(s23)") { rng in
      let (a, b) = apart(s23, &rng); return [a, b]
    },
    binary("pow", .positive, .any),
    binary("atan2", .any, .awayFromZero),
    GradCase(op: "select", label: "select (predicate from lt of two other inputs)", params: [s23, s23, s23, s23], result: s23,
             body: "%p = lt %c, %d : i1[2,3]\n%r = select %p, %a, %b : \(s23)") { rng in
      let (c, d) = apart(s23, &rng)
      return [draw(.any, s23, &rng), draw(.any, s23, &rng), c, d]
    },
    clampCase(label: "clamp (lo < hi; x below, inside and above)", loBelowHi: true),
    clampCase(label: "clamp (lo > hi; x above hi)", loBelowHi: false),
    GradCase(op: "convert", label: "convert f64 -> f32 -> f64", params: [s23], result: s23,
             body: "%c = convert %a : f32[2,3]\n%r = convert %c : \(s23)", gen: uniformGen([.any], [s23]),
             fdStep: 1e-3, fdTol: 1e-4, dotTol: 1e-6),
    GradCase(op: "stop_gradient", label: "stop_gradient", params: [s23, s23], result: s23,
             body: "%s = stop_gradient %a : \(s23)\n%p = mul %s, %b : \(s23)\n%r = sin %p : \(s23)",
             gen: uniformGen([.any, .any], [s23, s23]), frozen: [0]),
    // The bits of a float read back: the same value, with a zero derivative (as JAX).
    GradCase(op: "bitcast_convert", label: "bitcast_convert f64 -> i64 -> f64", params: [s23, s23], result: s23,
             body: "%i = bitcast_convert %a : i64[2,3]\n%s = bitcast_convert %i : \(s23)\n%p = mul %s, %b : \(s23)\n%r = sin %p : \(s23)",
             gen: uniformGen([.any, .any], [s23, s23]), frozen: [0]),
    GradCase(op: "constant", label: "constant", params: [s23], result: s23,
             body: "%k = constant [[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]] : \(s23)\n%s = sin %a : \(s23)\n%r = mul %s, %k : \(s23)",
             gen: uniformGen([.any], [s23])),
    GradCase(op: "iota", label: "iota", params: [s23], result: s23,
             body: "%i = iota dim=1 : \(s23)\n%e = exp %a : \(s23)\n%r = mul %e, %i : \(s23)",
             gen: uniformGen([.any], [s23])),
  ]

  /// clamp with every operand differentiated. With lo > hi only the points
  /// where JAX's rule is the true derivative are used (x > hi); for x < hi < lo
  /// JAX gives zero for every operand.
  static func clampCase(label: String, loBelowHi: Bool) -> GradCase {
    let t = f64(3, 4)
    return GradCase(op: "clamp", label: label, params: [t, t, t], result: t, body: "%r = clamp %a, %b, %c : \(t)") { rng in
      var lo: [Double] = [], x: [Double] = [], hi: [Double] = []
      let offset = Int.random(in: 0..<3, using: &rng)
      for k in 0..<12 {
        let small = Double.random(in: -1.5 ... -0.3, using: &rng), large = Double.random(in: 0.3...1.5, using: &rng)
        let (l, h) = loBelowHi ? (small, large) : (large, small)
        lo.append(l)
        hi.append(h)
        let low = min(l, h), high = max(l, h)
        switch (k + offset) % 3 {
        case 0 where loBelowHi: x.append(low - Double.random(in: 0.1...1, using: &rng))
        case 1: x.append(Double.random(in: (low + 0.1)...(high - 0.1), using: &rng))
        default: x.append(high + Double.random(in: 0.1...1, using: &rng))
        }
      }
      return [HostTensor(lo, shape: [3, 4]), HostTensor(x, shape: [3, 4]), HostTensor(hi, shape: [3, 4])]
    }
  }

  /// A shape op applied to sin of each input (so second derivatives are not trivially zero).
  static func shapeCase(_ op: String, _ label: String, _ params: [TensorType], _ result: TensorType, _ line: String) -> GradCase {
    var body = ""
    for (i, t) in params.enumerated() { body += "%s\(gcParamName(i)) = sin %\(gcParamName(i)) : \(t)\n" }
    body += line
    return GradCase(op: op, label: label, params: params, result: result, body: body,
                    gen: uniformGen(params.map { _ in .any }, params))
  }

  static let shape: [GradCase] = [
    shapeCase("broadcast_in_dim", "broadcast_in_dim scalar", [f64()], f64(2, 3),
              "%r = broadcast_in_dim %sa, dims=[] : f64[2,3]"),
    shapeCase("broadcast_in_dim", "broadcast_in_dim [3] -> [2,3]", [f64(3)], f64(2, 3),
              "%r = broadcast_in_dim %sa, dims=[1] : f64[2,3]"),
    shapeCase("broadcast_in_dim", "broadcast_in_dim size-1 expansion [2,1] -> [2,4,3]", [f64(2, 1)], f64(2, 4, 3),
              "%r = broadcast_in_dim %sa, dims=[0, 2] : f64[2,4,3]"),
    shapeCase("broadcast_in_dim", "broadcast_in_dim size-1 kept [1,3] -> [1,3,2]", [f64(1, 3)], f64(1, 3, 2),
              "%r = broadcast_in_dim %sa, dims=[0, 1] : f64[1,3,2]"),
    shapeCase("reshape", "reshape", [f64(2, 3, 2)], f64(3, 4), "%r = reshape %sa : f64[3,4]"),
    shapeCase("transpose", "transpose", [f64(2, 3, 4)], f64(4, 2, 3), "%r = transpose %sa, perm=[2, 0, 1] : f64[4,2,3]"),
    shapeCase("slice", "slice with stride", [f64(5, 7)], f64(2, 3),
              "%r = slice %sa, start=[1, 0], limit=[5, 7], stride=[2, 3] : f64[2,3]"),
    shapeCase("slice", "slice without stride", [f64(4, 5)], f64(2, 3),
              "%r = slice %sa, start=[1, 2], limit=[3, 5] : f64[2,3]"),
    shapeCase("pad", "pad interior, negative low/high, differentiated value", [f64(3, 4), f64()], f64(5, 11),
              "%r = pad %sa, %sb, low=[1, -1], high=[-1, 2], interior=[1, 2] : f64[5,11]"),
    shapeCase("pad", "pad cropping into interior padding", [f64(3, 4), f64()], f64(6, 4),
              "%r = pad %sa, %sb, low=[-2, 0], high=[1, -3], interior=[2, 1] : f64[6,4]"),
    shapeCase("pad", "pad without interior", [f64(2, 3), f64()], f64(4, 4),
              "%r = pad %sa, %sb, low=[1, 0], high=[1, 1] : f64[4,4]"),
    shapeCase("concatenate", "concatenate 3 operands", [f64(2, 1), f64(2, 3), f64(2, 2)], f64(2, 6),
              "%r = concatenate %sa, %sb, %sc, dim=1 : f64[2,6]"),
    shapeCase("concatenate", "concatenate with an empty operand", [f64(2, 0), f64(2, 3)], f64(2, 3),
              "%r = concatenate %sa, %sb, dim=1 : f64[2,3]"),
    shapeCase("reverse", "reverse [0, 1]", [f64(3, 4)], f64(3, 4), "%r = reverse %sa, dims=[0, 1] : f64[3,4]"),
    shapeCase("reverse", "reverse [1] of rank 3", [f64(2, 3, 4)], f64(2, 3, 4), "%r = reverse %sa, dims=[1] : f64[2,3,4]"),
  ]

  /// reduce_prod of [3,5] over dim 1 with the given zero positions (row, column).
  static func prodCase(_ label: String, zeros: [(Int, Int)]) -> GradCase {
    let t = f64(3, 5)
    let z = zeros.map { $0.0 * 5 + $0.1 }
    return GradCase(op: "reduce_prod", label: label, params: [t], result: f64(3),
                    body: "%r = reduce_prod %a, dims=[1] : f64[3]") { rng in
      var v = draw(.awayFromZero, t, &rng).doubles.map { $0 < 0 ? max($0, -1.5) : min($0, 1.5) }
      for k in z { v[k] = 0 }
      return [HostTensor(v, shape: [3, 5])]
    }
  }

  static let reductions: [GradCase] = [
    GradCase(op: "reduce_sum", label: "reduce_sum dims=[2, 0]", params: [f64(2, 3, 4)], result: f64(3),
             body: "%s = sin %a : f64[2,3,4]\n%r = reduce_sum %s, dims=[2, 0] : f64[3]", gen: uniformGen([.any], [f64(2, 3, 4)])),
    GradCase(op: "reduce_sum", label: "reduce_sum all", params: [f64(3, 4)], result: f64(),
             body: "%s = sin %a : f64[3,4]\n%r = reduce_sum %s, dims=[0, 1] : f64[]", gen: uniformGen([.any], [f64(3, 4)])),
    prodCase("reduce_prod without zeros", zeros: []),
    prodCase("reduce_prod with one zero", zeros: [(0, 1), (2, 3)]),
    prodCase("reduce_prod with two zeros", zeros: [(0, 0), (0, 2), (1, 3)]),
    GradCase(op: "reduce_prod", label: "reduce_prod dims=[2, 0]", params: [f64(3, 4, 2)], result: f64(4),
             body: "%r = reduce_prod %a, dims=[2, 0] : f64[4]", gen: uniformGen([.awayFromZero], [f64(3, 4, 2)])),
    GradCase(op: "reduce_prod", label: "reduce_prod over an empty dim", params: [f64(0, 3)], result: f64(3),
             body: "%r = reduce_prod %a, dims=[0] : f64[3]", gen: uniformGen([.any], [f64(0, 3)])),
    GradCase(op: "reduce_max", label: "reduce_max dims=[1]", params: [f64(3, 4)], result: f64(3),
             body: "%r = reduce_max %a, dims=[1] : f64[3]", gen: uniformGen([.distinct], [f64(3, 4)])),
    GradCase(op: "reduce_max", label: "reduce_max dims=[2, 0]", params: [f64(2, 3, 4)], result: f64(3),
             body: "%s = tanh %a : f64[2,3,4]\n%r = reduce_max %s, dims=[2, 0] : f64[3]", gen: uniformGen([.distinct], [f64(2, 3, 4)])),
    GradCase(op: "reduce_min", label: "reduce_min dims=[1]", params: [f64(3, 4)], result: f64(3),
             body: "%r = reduce_min %a, dims=[1] : f64[3]", gen: uniformGen([.distinct], [f64(3, 4)])),
    GradCase(op: "reduce_min", label: "reduce_min all", params: [f64(2, 3)], result: f64(),
             body: "%r = reduce_min %a, dims=[1, 0] : f64[]", gen: uniformGen([.distinct], [f64(2, 3)])),
  ]

  static func dotCase(_ label: String, _ a: TensorType, _ b: TensorType, _ r: TensorType, _ attrs: String) -> GradCase {
    GradCase(op: "dot_general", label: "dot_general " + label, params: [a, b], result: r,
             body: "%r = dot_general %a, %b, \(attrs) : \(r)", gen: uniformGen([.any, .any], [a, b]))
  }

  static let contractions: [GradCase] = [
    dotCase("matmul", f64(2, 3), f64(3, 4), f64(2, 4), "contract=[[1], [0]]"),
    dotCase("batched matmul", f64(2, 3, 4), f64(2, 4, 5), f64(2, 3, 5), "batch=[[0], [0]], contract=[[2], [1]]"),
    dotCase("batch dims not leading", f64(3, 2, 4), f64(4, 2, 5), f64(2, 3, 5), "batch=[[1], [1]], contract=[[2], [0]]"),
    dotCase("contraction over two dims", f64(2, 3, 4), f64(3, 4, 5), f64(2, 5), "contract=[[1, 2], [0, 1]]"),
    dotCase("outer product", f64(2, 3), f64(4), f64(2, 3, 4), "contract=[[], []]"),
    dotCase("contract out of order [[2,0],[0,1]]", f64(3, 2, 4), f64(4, 3, 5), f64(2, 5), "contract=[[2, 0], [0, 1]]"),
    dotCase("rhs contract out of order with batch", f64(2, 3, 4, 5), f64(5, 2, 4, 6), f64(2, 3, 6),
            "batch=[[0], [1]], contract=[[3, 2], [0, 2]]"),
  ]

  /// Every example function, in f64: grad of sum(out * w) w.r.t. every input.
  static let compositions: [GradCase] = {
    var out: [GradCase] = []
    for path in Repo.examples() {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let f64Text = text.replacingOccurrences(of: "f32[", with: "f64[")
        .split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("module ") }.joined(separator: "\n")
      guard case .success(let m) = load(f64Text) else { continue }
      let file = URL(fileURLWithPath: path).lastPathComponent
      for f in m.functions where f.transform == nil && f.signature.params.allSatisfy({ $0.dtype == .f64 }) {
        let sig = f.signature
        for (j, r) in sig.results.enumerated() where r.dtype == .f64 {
          let results = sig.results.indices.map { $0 == j ? "%r" : "%o\($0)" }.joined(separator: ", ")
          let types = sig.results.count == 1 ? "\(sig.results[0])" : "(" + sig.results.map(\.description).joined(separator: ", ") + ")"
          let args = sig.params.indices.map { "%" + gcParamName($0) }.joined(separator: ", ")
          out.append(GradCase(
            op: "composition", label: "\(file) @\(f.name) result \(j)", params: sig.params, result: r,
            body: "\(results) = call @\(f.name)(\(args)) : \(types)",
            extra: f64Text, gen: uniformGen(sig.params.map { _ in .any }, sig.params)))
        }
      }
    }
    return out
  }()

  /// Indexing with constant indices: repeated, in range and clamped ones, so
  /// the transposes add several cotangents into one position and the
  /// clamped positions receive theirs.
  static let indexing: [GradCase] = [
    shapeCase("gather", "gather axis=0, repeated and clamped indices", [f64(4, 3)], f64(3, 2, 3),
              "%i = constant [[2, 0], [5, -1], [2, 2]] : i32[3,2]\n%r = gather %sa, %i, axis=0 : f64[3,2,3]"),
    shapeCase("gather", "gather axis=2, batch_dims=1", [f64(2, 3, 4)], f64(2, 3, 3),
              "%i = constant [[3, 0, 9], [1, 1, -2]] : i64[2,3]\n%r = gather %sa, %i, axis=2, batch_dims=1 : f64[2,3,3]"),
    shapeCase("scatter_add", "scatter_add axis=0, both operands differentiated", [f64(4, 3), f64(3, 3)], f64(4, 3),
              "%i = constant [1, 1, 7] : i32[3]\n%r = scatter_add %sa, %i, %sb, axis=0 : f64[4,3]"),
    shapeCase("scatter_add", "scatter_add axis=1, batch_dims=1", [f64(2, 5), f64(2, 3)], f64(2, 5),
              "%i = constant [[0, 4, 4], [2, -1, 9]] : i32[2,3]\n%r = scatter_add %sa, %i, %sb, axis=1, batch_dims=1 : f64[2,5]"),
    shapeCase("dynamic_slice", "dynamic_slice, second start clamped", [f64(5, 4)], f64(3, 2),
              "%s0 = constant 1 : i32[]\n%s1 = constant 7 : i64[]\n%r = dynamic_slice %sa, %s0, %s1, sizes=[3, 2] : f64[3,2]"),
    shapeCase("dynamic_update_slice", "dynamic_update_slice, first start clamped", [f64(5, 4), f64(2, 3)], f64(5, 4),
              "%s0 = constant -1 : i32[]\n%s1 = constant 2 : i32[]\n%r = dynamic_update_slice %sa, %sb, %s0, %s1 : f64[5,4]"),
  ]

  /// cumprod of `t` along `axis` with zeros at the given flat positions
  /// (values in ±[0.5, 1.5] elsewhere): the derivative must use no division.
  static func cumprodCase(_ label: String, _ t: TensorType, _ attrs: String, zeros: [Int]) -> GradCase {
    GradCase(op: "cumprod", label: label, params: [t], result: t,
             body: "%r = cumprod %a, \(attrs) : \(t)") { rng in
      var v = draw(.awayFromZero, t, &rng).doubles.map { $0 < 0 ? max($0, -1.5) : min($0, 1.5) }
      for k in zeros { v[k] = 0 }
      return [HostTensor(v, shape: t.shape)]
    }
  }

  /// Cumulative ops: both directions, several axes, lengths that are not
  /// powers of two (the scans' last step is partial), cumprod with zeros.
  static let cumulative: [GradCase] = [
    shapeCase("cumsum", "cumsum axis=1", [f64(3, 5)], f64(3, 5), "%r = cumsum %sa, axis=1 : f64[3,5]"),
    shapeCase("cumsum", "cumsum axis=0, reverse", [f64(6, 2)], f64(6, 2), "%r = cumsum %sa, axis=0, reverse=true : f64[6,2]"),
    cumprodCase("cumprod without zeros", f64(3, 5), "axis=1", zeros: []),
    cumprodCase("cumprod with one zero per row", f64(3, 5), "axis=1", zeros: [1, 5, 9]),
    cumprodCase("cumprod with two zeros in a row", f64(3, 5), "axis=1", zeros: [0, 2, 8, 13, 14]),
    cumprodCase("cumprod reverse with zeros", f64(7, 2), "axis=0, reverse=true", zeros: [0, 5, 6, 13]),
    cumprodCase("cumprod axis=1 of rank 3 with zeros", f64(2, 6, 2), "axis=1", zeros: [2, 3, 17]),
    GradCase(op: "cummax", label: "cummax axis=1", params: [f64(3, 5)], result: f64(3, 5),
             body: "%r = cummax %a, axis=1 : f64[3,5]", gen: uniformGen([.distinct], [f64(3, 5)])),
    GradCase(op: "cummax", label: "cummax axis=0, reverse", params: [f64(7, 2)], result: f64(7, 2),
             body: "%r = cummax %a, axis=0, reverse=true : f64[7,2]", gen: uniformGen([.distinct], [f64(7, 2)])),
    GradCase(op: "cummin", label: "cummin axis=1", params: [f64(3, 5)], result: f64(3, 5),
             body: "%r = cummin %a, axis=1 : f64[3,5]", gen: uniformGen([.distinct], [f64(3, 5)])),
    GradCase(op: "cummin", label: "cummin axis=0, reverse of rank 3", params: [f64(5, 2, 2)], result: f64(5, 2, 2),
             body: "%r = cummin %a, axis=0, reverse=true : f64[5,2,2]", gen: uniformGen([.distinct], [f64(5, 2, 2)])),
  ]

  /// conv: both operands differentiated (lhs and rhs transposes, and the
  /// dot-product test of each), every attribute and both group kinds.
  static let convolution: [GradCase] = convCompiledShapes.prefix(6).map { l, r, attrs, res in
    let line = "%r = conv %sa, %sb" + (attrs.isEmpty ? "" : ", " + attrs) + " : \(TensorType(.f64, res))"
    return shapeCase("conv", "conv \(l) * \(r) \(attrs)", [TensorType(.f64, l), TensorType(.f64, r)], TensorType(.f64, res), line)
  }

  /// sort: derivatives through the permutation (distinct keys: finite
  /// differences do not cross a reordering); a dimension that is not the last
  /// (the gather runs on transposes), descending, values sorted by a key.
  static let sort: [GradCase] = [
    GradCase(op: "sort", label: "sort dimension=1", params: [f64(3, 5)], result: f64(3, 5),
             body: "%r = sort %a, dimension=1 : f64[3,5]", gen: uniformGen([.distinct], [f64(3, 5)])),
    GradCase(op: "sort", label: "sort dimension=0, descending", params: [f64(6, 2)], result: f64(6, 2),
             body: "%r = sort %a, dimension=0, descending=true : f64[6,2]", gen: uniformGen([.distinct], [f64(6, 2)])),
    GradCase(op: "sort", label: "sort dimension=1 of rank 3", params: [f64(2, 4, 3)], result: f64(2, 4, 3),
             body: "%r = sort %a, dimension=1 : f64[2,4,3]", gen: uniformGen([.distinct], [f64(2, 4, 3)])),
    GradCase(op: "sort", label: "sort values by a key", params: [f64(2, 5), f64(2, 5)], result: f64(2, 5),
             body: "%s, %t = sort %a, %b, dimension=1 : (f64[2,5], f64[2,5])\n%m = mul %s, %t : f64[2,5]\n%r = add %m, %t : f64[2,5]",
             gen: uniformGen([.distinct, .any], [f64(2, 5), f64(2, 5)])),
  ]

  static let all: [GradCase] = elementwise + shape + indexing + cumulative + sort + reductions + contractions + compositions + convolution
}

// MARK: - The derivative conventions of spec section 5, exactly

@Suite struct DerivativeConventionTests {
  func vec(_ v: [Double], _ shape: [Int]? = nil) -> HostTensor { HostTensor(v, shape: shape ?? [v.count]) }

  /// sum(OP(%a, %b)) for an elementwise binary op on f64[4], with its grad and jvp.
  func binarySum(_ op: String) -> String {
    """
    func @f(%a: f64[4], %b: f64[4]) -> f64[] {
      %m = \(op) %a, %b : f64[4]
      %s = reduce_sum %m, dims=[0] : f64[]
      return %s
    }
    func @g = grad(@f, argnums=[0, 1])
    func @fw = jvp(@f)
    func @self(%x: f64[]) -> f64[] {
      %m = \(op) %x, %x : f64[]
      return %m
    }
    func @dself = grad(@self)
    func @ddself = grad(grad(@self))
    """
  }

  @Test(arguments: ["max", "min"])
  func tiesSplitEvenly(_ op: String) throws {
    let src = binarySum(op)
    let a = vec([1, 2, 3, -0.5]), b = vec([1, 0, 4, -0.5])
    let g = try runExpanded(src, "g", [a, b]).map(\.doubles)
    let (big, small): ([Double], [Double]) = ([0.5, 1, 0, 0.5], [0.5, 0, 1, 0.5])
    #expect(g == (op == "max" ? [big, small] : [small, big]))
    // max(x, x): 1, split 0.5 + 0.5; its second derivative is 0.
    #expect(try runExpanded(src, "dself", [scalar(1.5)])[0].doubles == [1])
    #expect(try runExpanded(src, "ddself", [scalar(1.5)])[0].doubles == [0])
    // Forward mode agrees: a tangent on one operand counts half at a tie (a wins once, b once).
    let fw = try runExpanded(src, "fw", [a, b, vec([1, 1, 1, 1]), vec([0, 0, 0, 0])])
    #expect(fw[1].doubles == [0.5 + 1 + 0 + 0.5])
  }

  @Test func clampIsFlatAtItsBounds() throws {
    let src = """
      func @f(%lo: f64[6], %x: f64[6], %hi: f64[6]) -> f64[] {
        %c = clamp %lo, %x, %hi : f64[6]
        %s = reduce_sum %c, dims=[0] : f64[]
        return %s
      }
      func @g = grad(@f, argnums=[0, 1, 2])
      """
    let lo = vec([0, 0, 0, 0, 0, 1]), x = vec([0, 0.5, 1, 2, -1, 1]), hi = vec([1, 1, 1, 1, 1, 1])
    let g = try runExpanded(src, "g", [lo, x, hi]).map(\.doubles)
    // x == lo (0), inside (1), x == hi (2), above (3), below (4), lo == x == hi (5).
    #expect(g == [[0, 0, 0, 0, 1, 0], [0, 1, 0, 0, 0, 0], [0, 0, 0, 1, 0, 0]])
  }

  @Test(arguments: ["reduce_max", "reduce_min"])
  func extremaShareAmongTies(_ op: String) throws {
    let src = """
      func @f(%x: f64[3,4]) -> f64[] {
        %m = \(op) %x, dims=[1] : f64[3]
        %s = reduce_sum %m, dims=[0] : f64[]
        return %s
      }
      func @g = grad(@f)
      """
    let sgn: Double = op == "reduce_max" ? 1 : -1
    let x = vec([1, 3, 3, 2, 2, 2, 2, -1, 5, 4, 4, 4].map { $0 * sgn }, [3, 4])
    let third = 1.0 / 3.0
    #expect(try runExpanded(src, "g", [x])[0].doubles == [0, 0.5, 0.5, 0, third, third, third, 0, 1, 0, 0, 0])
  }

  @Test func absHasDerivativeOneAtBothZeros() throws {
    let src = """
      func @f(%x: f64[4]) -> f64[] {
        %a = abs %x : f64[4]
        %s = reduce_sum %a, dims=[0] : f64[]
        return %s
      }
      func @g = grad(@f)
      func @fw = jvp(@f)
      """
    let x = vec([0.0, -0.0, 2, -2])
    #expect(try runExpanded(src, "g", [x])[0].doubles == [1, 1, 1, -1])
    #expect(try runExpanded(src, "fw", [x, vec([1, 10, 100, 1000])])[1].doubles == [1 + 10 + 100 - 1000])
  }

  @Test func reduceProdWithZerosGivesTheProductOfTheOthers() throws {
    let src = """
      func @f(%x: f64[4,4]) -> f64[] {
        %p = reduce_prod %x, dims=[1] : f64[4]
        %s = reduce_sum %p, dims=[0] : f64[]
        return %s
      }
      func @g = grad(@f)
      func @id(%x: f64[3]) -> f64[] {
        %p = reduce_prod %x, dims=[] : f64[3]
        %s = reduce_sum %p, dims=[0] : f64[]
        return %s
      }
      func @gid = grad(@id)
      func @empty(%x: f64[0,3]) -> f64[] {
        %p = reduce_prod %x, dims=[0] : f64[3]
        %s = reduce_sum %p, dims=[0] : f64[]
        return %s
      }
      func @gempty = grad(@empty)
      """
    let x = vec([2, 0, 3, 4, 2, 0, 3, 0, 2, 1, 3, 4, 0, 0, 0, 5], [4, 4])
    #expect(try runExpanded(src, "g", [x])[0].doubles == [0, 24, 0, 0, 0, 0, 0, 0, 12, 24, 8, 6, 0, 0, 0, 0])
    #expect(try runExpanded(src, "gid", [vec([2, 0, 3])])[0].doubles == [1, 1, 1])
    #expect(try runExpanded(src, "gempty", [vec([], [0, 3])])[0].shape == [0, 3])
  }

  /// Ops whose derivative is zero, each as sum(convert(OP(x)) to f64).
  static let zeroDerivative: [(String, String)] = [
    ("sign", "%y = sign %x : f64[2,3]"),
    ("floor", "%y = floor %x : f64[2,3]"),
    ("ceil", "%y = ceil %x : f64[2,3]"),
    ("stop_gradient", "%y = stop_gradient %x : f64[2,3]"),
    ("is_finite", "%p = is_finite %x : i1[2,3]\n%y = convert %p : f64[2,3]"),
    ("argmax", "%i = argmax %x, dim=1 : i32[2]\n%c = convert %i : f64[2]\n%y = broadcast_in_dim %c, dims=[0] : f64[2,3]"),
    ("argmin", "%i = argmin %x, dim=0 : i64[3]\n%c = convert %i : f64[3]\n%y = broadcast_in_dim %c, dims=[1] : f64[2,3]"),
    ("integer values", "%i = convert %x : i32[2,3]\n%y = convert %i : f64[2,3]"),
    ("bitcast_convert", "%i = bitcast_convert %x : i64[2,3]\n%y = bitcast_convert %i : f64[2,3]"),
    ("shifts", "%i = bitcast_convert %x : i64[2,3]\n%k = constant 3 : i64[2,3]\n%l = shift_left %i, %k : i64[2,3]\n"
      + "%a = shift_right_arithmetic %l, %k : i64[2,3]\n%t = shift_right_logical %a, %k : i64[2,3]\n%y = convert %t : f64[2,3]"),
  ] + ["eq", "ne", "lt", "le", "gt", "ge"].map { ($0, "%z = sin %x : f64[2,3]\n%p = \($0) %x, %z : i1[2,3]\n%y = convert %p : f64[2,3]") }

  @Test(arguments: zeroDerivative.map(\.0))
  func zeroDerivatives(_ name: String) throws {
    let body = Self.zeroDerivative.first { $0.0 == name }!.1
    let src = """
      func @f(%x: f64[2,3]) -> f64[] {
      \(body)
        %s = reduce_sum %y, dims=[0, 1] : f64[]
        return %s
      }
      func @g = grad(@f)
      func @fw = jvp(@f)
      func @gg = grad(@g2)
      func @g2(%x: f64[2,3]) -> f64[] {
        %d = call @g(%x) : f64[2,3]
        %s = reduce_sum %d, dims=[0, 1] : f64[]
        return %s
      }
      """
    let x = vec([0.5, -1.25, 2.75, -0.3, 1.0, 3.5], [2, 3])
    #expect(try runExpanded(src, "g", [x])[0].doubles == Array(repeating: 0, count: 6))
    #expect(try runExpanded(src, "fw", [x, vec([1, 2, 3, 4, 5, 6], [2, 3])])[1].doubles == [0])
    #expect(try runExpanded(src, "gg", [x])[0].doubles == Array(repeating: 0, count: 6))
  }

  @Test func iotaIsAConstant() throws {
    let src = """
      func @f(%x: f64[2,3]) -> f64[] {
        %i = iota dim=1 : f64[2,3]
        %m = mul %i, %x : f64[2,3]
        %e = exp %i : f64[2,3]
        %t = add %m, %e : f64[2,3]
        %s = reduce_sum %t, dims=[0, 1] : f64[]
        return %s
      }
      func @g = grad(@f)
      func @fw = jvp(@f)
      """
    let x = vec([0.5, -1.25, 2.75, -0.3, 1.0, 3.5], [2, 3])
    #expect(try runExpanded(src, "g", [x])[0].doubles == [0, 1, 2, 0, 1, 2])
    #expect(try runExpanded(src, "fw", [x, vec([1, 1, 1, 1, 1, 1], [2, 3])])[1].doubles == [6])
  }

  /// Differentiating with respect to an integer or i1 argument is a diagnostic at the argnums value.
  @Test(arguments: [
    ("grad(@f, argnums=[1])", "i32[]"), ("grad(@f, argnums=1)", "i64[]"), ("value_and_grad(@f, argnums=[0, 1])", "i1[]"),
    ("vjp(@f, argnums=[1])", "i32[]"), ("jacrev(@f, argnums=[1])", "i32[]"), ("jacfwd(@f, argnums=1)", "i64[]"),
    ("hessian(@f, argnums=1)", "i32[]"),
  ])
  func integerArgumentIsADiagnostic(_ transform: String, _ type: String) {
    let src = """
      func @f(%x: f64[], %k: \(type)) -> f64[] {
        %c = convert %k : f64[]
        %y = mul %x, %c : f64[]
        return %y
      }
      func @t = \(transform)
      """
    let d = diagnostics(src)
    let col = 11 + transform.distance(from: transform.startIndex, to: transform.range(of: "argnums=")!.upperBound)
    #expect(d == ["6:\(col): cannot differentiate with respect to argument 1 of type \(type): it is not a float"])
  }

  @Test func integerArgumentsGetNoDerivative() throws {
    let src = """
      func @f(%x: f64[], %k: i32[]) -> f64[] {
        %c = convert %k : f64[]
        %y = mul %x, %c : f64[]
        return %y
      }
      func @g = grad(@f)
      func @b = vjp(@f)
      func @fw = jvp(@f)
      """
    let k = HostTensor([Int32(7)], shape: [])
    #expect(try runExpanded(src, "g", [scalar(2.0), k]).map(\.doubles) == [[7]])
    #expect(try runExpanded(src, "b", [scalar(2.0), k, scalar(1.0)]).map(\.doubles) == [[14], [7]])
    #expect(try runExpanded(src, "fw", [scalar(2.0), k, scalar(1.0)]).map(\.doubles) == [[14], [7]])
  }
}
