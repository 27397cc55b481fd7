import Testing
@testable import FTIR

// Type rules of every operation (spec section 4), called directly through
// `OpDef.inferTypes`: accepted types with the result they give, and rejected
// ones with the `RuleTarget` the error points at. `everyOpHasRuleCases` fails
// when an op of `OpRegistry.all` has no accepting or no rejecting case here.

// MARK: - Helpers shared with OpSemanticsTests

func T(_ d: DType, _ s: [Int]) -> TensorType { TensorType(d, s) }
func ints(_ xs: [Int]) -> Attr { .list(xs.map { .int($0) }) }
func pair(_ a: [Int], _ b: [Int]) -> Attr { .list([ints(a), ints(b)]) }

struct RuleCase: Sendable, CustomTestStringConvertible {
  enum Outcome: Sendable {
    case ok([TensorType])
    /// An error at this target whose message contains `text` (if not empty).
    case error(RuleTarget, String)
  }
  var op: String
  var operands: [TensorType]
  var attrs: [String: Attr]
  var written: [TensorType]
  var callee: Signature?
  var regions: [RegionSignature] = []
  var outcome: Outcome
  var line: Int

  var testDescription: String {
    var s = "\(op)(\(operands.map(\.description).joined(separator: ", "))"
    for (k, v) in attrs.sorted(by: { $0.key < $1.key }) { s += ", \(k)=\(v)" }
    s += ")"
    if !written.isEmpty { s += " : " + written.map(\.description).joined(separator: ", ") }
    switch outcome {
    case .ok(let ts): s += " -> " + ts.map(\.description).joined(separator: ", ")
    case .error(let t, _): s += " -> error at \(t)"
    }
    return s + " [line \(line)]"
  }

  var accepts: Bool { if case .ok = outcome { return true } else { return false } }
}

private func ok(_ op: String, _ operands: [TensorType], _ attrs: [String: Attr] = [:], written: [TensorType] = [],
                callee: Signature? = nil, _ result: TensorType, line: Int = #line) -> RuleCase {
  RuleCase(op: op, operands: operands, attrs: attrs, written: written, callee: callee, outcome: .ok([result]), line: line)
}

private func ok(_ op: String, _ operands: [TensorType], written: [TensorType] = [],
                callee: Signature? = nil, _ result: TensorType, line: Int = #line) -> RuleCase {
  RuleCase(op: op, operands: operands, attrs: [:], written: written, callee: callee, outcome: .ok([result]), line: line)
}

private func bad(_ op: String, _ operands: [TensorType], _ attrs: [String: Attr] = [:], written: [TensorType] = [],
                 callee: Signature? = nil, at target: RuleTarget, _ text: String = "", line: Int = #line) -> RuleCase {
  RuleCase(op: op, operands: operands, attrs: attrs, written: written, callee: callee, outcome: .error(target, text), line: line)
}

let floatOnlyUnary = ["exp", "log", "log1p", "expm1", "sqrt", "rsqrt", "sin", "cos", "tan", "tanh", "logistic", "erf", "floor", "ceil",
                      "erf_inv"]
let compareOps = ["eq", "ne", "lt", "le", "gt", "ge"]
let arithmeticBinary = ["add", "sub", "mul", "div", "rem", "max", "min"]

// MARK: - The table

enum RuleTable {
  static let f32x3 = T(.f32, [3]), f64x3 = T(.f64, [3]), i32x3 = T(.i32, [3]), i64x3 = T(.i64, [3]), i1x3 = T(.i1, [3])
  static let f32_23 = T(.f32, [2, 3])

  static var elementwise: [RuleCase] {
    var cs: [RuleCase] = []
    for op in floatOnlyUnary {
      cs.append(ok(op, [f32x3], f32x3))
      cs.append(ok(op, [T(.f64, [])], T(.f64, [])))
      cs.append(ok(op, [T(.f64, [2, 0, 4])], T(.f64, [2, 0, 4])))
      for d in [DType.i32, .i64, .i1] { cs.append(bad(op, [T(d, [3])], at: .operand(0), "float")) }
      cs.append(bad(op, [f32x3, f32x3], at: .op, "1 operand"))
      cs.append(bad(op, [], at: .op, "1 operand"))
    }
    for op in ["neg", "abs", "sign"] {
      for d in [DType.f32, .f64, .i32, .i64] { cs.append(ok(op, [T(d, [2, 2])], T(d, [2, 2]))) }
      cs.append(bad(op, [i1x3], at: .operand(0)))
    }
    cs += [
      ok("is_finite", [f32_23], T(.i1, [2, 3])),
      ok("is_finite", [T(.f64, [])], T(.i1, [])),
      bad("is_finite", [i32x3], at: .operand(0)),
      bad("is_finite", [i1x3], at: .operand(0)),
      ok("not", [i32x3], i32x3),
      ok("not", [i64x3], i64x3),
      ok("not", [i1x3], i1x3),
      bad("not", [f32x3], at: .operand(0)),
      bad("not", [f64x3], at: .operand(0)),
      // integer_pow: any integer n for floats, n >= 0 for ints.
      ok("integer_pow", [f32x3], ["n": .int(2)], f32x3),
      ok("integer_pow", [f64x3], ["n": .int(-3)], f64x3),
      ok("integer_pow", [i32x3], ["n": .int(0)], i32x3),
      ok("integer_pow", [i64x3], ["n": .int(5)], i64x3),
      bad("integer_pow", [i32x3], ["n": .int(-1)], at: .attr("n"), "negative"),
      bad("integer_pow", [i64x3], ["n": .int(-2)], at: .attr("n"), "negative"),
      bad("integer_pow", [i1x3], ["n": .int(2)], at: .operand(0)),
      bad("integer_pow", [f32x3], at: .op, "requires the attribute 'n'"),
      bad("integer_pow", [f32x3], ["n": .float(2)], at: .attr("n"), "integer"),
      bad("integer_pow", [f32x3], ["n": .int(2), "m": .int(1)], at: .attr("m"), "no attribute"),
    ]
    for op in arithmeticBinary {
      for d in [DType.f32, .f64, .i32, .i64] { cs.append(ok(op, [T(d, [4]), T(d, [4])], T(d, [4]))) }
      cs.append(ok(op, [T(.f32, []), T(.f32, [])], T(.f32, [])))
      cs.append(bad(op, [i1x3, i1x3], at: .operand(0)))
      cs.append(bad(op, [f32x3, f64x3], at: .operand(1), "identical type"))
      cs.append(bad(op, [f32x3, T(.f32, [4])], at: .operand(1), "identical type"))
      // No implicit broadcasting, not even of scalars.
      cs.append(bad(op, [f32x3, T(.f32, [])], at: .operand(1)))
      cs.append(bad(op, [f32x3, T(.f32, [3, 1])], at: .operand(1)))
      cs.append(bad(op, [f32x3], at: .op, "2 operands"))
      cs.append(bad(op, [f32x3, f32x3, f32x3], at: .op, "2 operands"))
    }
    for op in ["pow", "atan2"] {
      cs.append(ok(op, [f32x3, f32x3], f32x3))
      cs.append(ok(op, [T(.f64, []), T(.f64, [])], T(.f64, [])))
      cs.append(bad(op, [i32x3, i32x3], at: .operand(0)))
      cs.append(bad(op, [i64x3, i64x3], at: .operand(0)))
      cs.append(bad(op, [f32x3, f64x3], at: .operand(1)))
    }
    for op in ["and", "or", "xor"] {
      cs.append(ok(op, [i32x3, i32x3], i32x3))
      cs.append(ok(op, [i64x3, i64x3], i64x3))
      cs.append(ok(op, [i1x3, i1x3], i1x3))
      cs.append(bad(op, [f32x3, f32x3], at: .operand(0)))
      cs.append(bad(op, [f64x3, f64x3], at: .operand(0)))
      cs.append(bad(op, [i32x3, i64x3], at: .operand(1)))
      cs.append(bad(op, [i1x3, T(.i1, [2])], at: .operand(1)))
    }
    for op in compareOps {
      for d in DType.allCases { cs.append(ok(op, [T(d, [2, 3]), T(d, [2, 3])], T(.i1, [2, 3]))) }
      cs.append(ok(op, [T(.i64, []), T(.i64, [])], T(.i1, [])))
      cs.append(bad(op, [f32x3, f64x3], at: .operand(1)))
      cs.append(bad(op, [i32x3, T(.i32, [1])], at: .operand(1)))
    }
    cs += [
      ok("select", [i1x3, f32x3, f32x3], f32x3),
      ok("select", [T(.i1, [2, 2]), T(.i1, [2, 2]), T(.i1, [2, 2])], T(.i1, [2, 2])),
      ok("select", [T(.i1, []), T(.i64, []), T(.i64, [])], T(.i64, [])),
      bad("select", [i32x3, f32x3, f32x3], at: .operand(0), "i1 predicate"),
      bad("select", [i1x3, f32x3, f64x3], at: .operand(2), "identical type"),
      bad("select", [i1x3, f32x3, T(.f32, [4])], at: .operand(2)),
      // No scalar predicate.
      bad("select", [T(.i1, []), f32x3, f32x3], at: .operand(0), "shape"),
      bad("select", [T(.i1, [3, 1]), f32x3, f32x3], at: .operand(0)),
      bad("select", [i1x3, f32x3], at: .op),
      ok("clamp", [f32x3, f32x3, f32x3], f32x3),
      ok("clamp", [i64x3, i64x3, i64x3], i64x3),
      ok("clamp", [T(.f64, []), T(.f64, []), T(.f64, [])], T(.f64, [])),
      bad("clamp", [i1x3, i1x3, i1x3], at: .operand(1)),
      bad("clamp", [f32x3, f32x3, f64x3], at: .operand(2)),
      // No scalar bounds: all three of one type.
      bad("clamp", [f32x3, f32x3, T(.f32, [])], at: .operand(2)),
      bad("clamp", [f32x3, f32x3], at: .op),
      // convert: any dtype to any dtype, same shape; the written type is the input.
      ok("convert", [f32x3], written: [i1x3], i1x3),
      ok("convert", [i1x3], written: [f64x3], f64x3),
      ok("convert", [T(.i64, [0, 2])], written: [T(.i32, [0, 2])], T(.i32, [0, 2])),
      ok("convert", [T(.f64, [])], written: [T(.f64, [])], T(.f64, [])),
      bad("convert", [f32x3], written: [T(.i32, [4])], at: .resultType, "keeps the shape"),
      bad("convert", [f32x3], written: [T(.i32, [3, 1])], at: .resultType),
      bad("convert", [f32x3], written: [], at: .resultType),
      bad("convert", [f32x3], written: [i32x3, i32x3], at: .resultType),
      ok("stop_gradient", [i1x3], i1x3),
      ok("stop_gradient", [T(.f32, [2, 0])], T(.f32, [2, 0])),
      bad("stop_gradient", [f32x3, f32x3], at: .op),
    ]
    return cs
  }

  static func tensorAttr(_ t: HostTensor) -> [String: Attr] { ["value": .tensor(t)] }

  static var creation: [RuleCase] {
    [
      ok("constant", [], tensorAttr(HostTensor([Float(1)], shape: [])), written: [f32_23], f32_23),
      ok("constant", [], tensorAttr(HostTensor([Float(1)], shape: [])), written: [T(.f32, [0, 5])], T(.f32, [0, 5])),
      ok("constant", [], tensorAttr(HostTensor([Int32(1), 2, 3], shape: [3])), written: [i32x3], i32x3),
      ok("constant", [], tensorAttr(HostTensor([true], shape: [])), written: [T(.i1, [])], T(.i1, [])),
      bad("constant", [], tensorAttr(HostTensor([Float(1)], shape: [])), written: [f64x3], at: .resultType, "does not match"),
      bad("constant", [], tensorAttr(HostTensor([Int32(1), 2, 3], shape: [3])), written: [T(.i32, [1, 3])], at: .resultType),
      bad("constant", [], tensorAttr(HostTensor([Int32(1), 2, 3], shape: [3])), written: [T(.i32, [2])], at: .resultType),
      bad("constant", [], written: [f32x3], at: .op, "requires the attribute 'value'"),
      bad("constant", [], ["value": .int(1)], written: [f32x3], at: .attr("value"), "literal"),
      bad("constant", [f32x3], tensorAttr(HostTensor([Float(1)], shape: [])), written: [f32x3], at: .op, "0 operands"),
      bad("constant", [], tensorAttr(HostTensor([Float(1)], shape: [])), written: [], at: .resultType),
      // Limits of spec section 2 apply to the written type.
      bad("constant", [], tensorAttr(HostTensor([Float(1)], shape: [])), written: [T(.f32, [1, 1, 1, 1, 1, 1, 1, 1, 1])], at: .resultType, "rank"),
      bad("constant", [], tensorAttr(HostTensor([Float(1)], shape: [])), written: [T(.f32, [65536, 65536])], at: .resultType, "maximum"),
      ok("iota", [], ["dim": .int(1)], written: [f32_23], f32_23),
      ok("iota", [], ["dim": .int(0)], written: [T(.i64, [0])], T(.i64, [0])),
      ok("iota", [], ["dim": .int(2)], written: [T(.i32, [1, 2, 3])], T(.i32, [1, 2, 3])),
      bad("iota", [], ["dim": .int(2)], written: [f32_23], at: .attr("dim"), "out of range"),
      bad("iota", [], ["dim": .int(-1)], written: [f32_23], at: .attr("dim")),
      bad("iota", [], ["dim": .int(0)], written: [T(.f32, [])], at: .attr("dim")),
      bad("iota", [], ["dim": .int(0)], written: [i1x3], at: .resultType, "float or integer"),
      bad("iota", [], written: [f32x3], at: .op, "requires the attribute 'dim'"),
      bad("iota", [], ["dim": ints([0])], written: [f32x3], at: .attr("dim")),
    ]
  }

  static var shape: [RuleCase] {
    [
      // broadcast_in_dim: dims strictly increasing, in range; sizes 1 or equal.
      ok("broadcast_in_dim", [f32x3], ["dims": ints([1])], written: [T(.f32, [2, 3])], T(.f32, [2, 3])),
      ok("broadcast_in_dim", [T(.f32, [3, 1])], ["dims": ints([0, 2])], written: [T(.f32, [3, 4, 5])], T(.f32, [3, 4, 5])),
      ok("broadcast_in_dim", [T(.i1, [])], ["dims": ints([])], written: [T(.i1, [2, 0])], T(.i1, [2, 0])),
      ok("broadcast_in_dim", [T(.i32, [1])], ["dims": ints([0])], written: [T(.i32, [0])], T(.i32, [0])),
      ok("broadcast_in_dim", [f32x3], ["dims": ints([0])], written: [f32x3], f32x3),
      bad("broadcast_in_dim", [f32x3], ["dims": ints([1])], written: [T(.f64, [2, 3])], at: .resultType, "dtype"),
      bad("broadcast_in_dim", [f32x3], ["dims": ints([2])], written: [T(.f32, [2, 3])], at: .attr("dims"), "out of range"),
      bad("broadcast_in_dim", [f32x3], ["dims": ints([-1])], written: [T(.f32, [2, 3])], at: .attr("dims"), "out of range"),
      bad("broadcast_in_dim", [f32_23], ["dims": ints([1, 1])], written: [T(.f32, [2, 3, 3])], at: .attr("dims"), "repeated"),
      bad("broadcast_in_dim", [T(.f32, [3, 2])], ["dims": ints([2, 1])], written: [T(.f32, [1, 2, 3])], at: .attr("dims"), "increasing"),
      bad("broadcast_in_dim", [f32x3], ["dims": ints([0, 1])], written: [T(.f32, [3, 3])], at: .attr("dims"), "entr"),
      bad("broadcast_in_dim", [f32_23], ["dims": ints([0])], written: [T(.f32, [2, 3])], at: .attr("dims")),
      bad("broadcast_in_dim", [f32x3], ["dims": ints([0])], written: [T(.f32, [4])], at: .resultType, "cannot broadcast"),
      bad("broadcast_in_dim", [T(.f32, [2])], ["dims": ints([1])], written: [T(.f32, [2, 1])], at: .resultType),
      bad("broadcast_in_dim", [f32x3], written: [f32x3], at: .op, "requires the attribute 'dims'"),
      bad("broadcast_in_dim", [f32x3], ["dims": .int(0)], written: [f32x3], at: .attr("dims"), "list"),
      // reshape: same dtype and element count.
      ok("reshape", [f32_23], written: [T(.f32, [3, 2])], T(.f32, [3, 2])),
      ok("reshape", [f32_23], written: [T(.f32, [6])], T(.f32, [6])),
      ok("reshape", [T(.i1, [1])], written: [T(.i1, [])], T(.i1, [])),
      ok("reshape", [T(.i64, [0, 3])], written: [T(.i64, [3, 0, 7])], T(.i64, [3, 0, 7])),
      bad("reshape", [f32_23], written: [T(.f32, [5])], at: .resultType, "element count"),
      bad("reshape", [f32_23], written: [T(.i32, [6])], at: .resultType, "dtype"),
      bad("reshape", [f32_23], written: [T(.f32, [1, 1, 1, 1, 1, 1, 1, 1, 6])], at: .resultType),
      // A written type beyond the limits is an error, never an overflow.
      bad("reshape", [f32_23], written: [T(.f32, [4_294_967_296, 4_294_967_296, 4_294_967_296])], at: .resultType),
      // transpose: perm a permutation of 0..<rank.
      ok("transpose", [T(.f32, [2, 3, 4])], ["perm": ints([2, 0, 1])], T(.f32, [4, 2, 3])),
      ok("transpose", [T(.i1, [])], ["perm": ints([])], T(.i1, [])),
      ok("transpose", [T(.i32, [0, 5])], ["perm": ints([1, 0])], T(.i32, [5, 0])),
      bad("transpose", [T(.f32, [2, 3, 4])], ["perm": ints([0, 0, 1])], at: .attr("perm"), "repeated"),
      bad("transpose", [T(.f32, [2, 3, 4])], ["perm": ints([0, 1, 3])], at: .attr("perm"), "out of range"),
      bad("transpose", [T(.f32, [2, 3, 4])], ["perm": ints([0, 1])], at: .attr("perm")),
      bad("transpose", [T(.f32, [2, 3])], ["perm": ints([1, -1])], at: .attr("perm")),
      bad("transpose", [T(.f32, [2, 3])], at: .op),
      // slice: 0 <= start <= limit <= size, stride >= 1.
      ok("slice", [T(.f32, [10])], ["start": ints([1]), "limit": ints([8]), "stride": ints([3])], T(.f32, [3])),
      ok("slice", [T(.f32, [10])], ["start": ints([1]), "limit": ints([7]), "stride": ints([3])], T(.f32, [2])),
      ok("slice", [T(.f32, [4, 5])], ["start": ints([1, 0]), "limit": ints([3, 5])], T(.f32, [2, 5])),
      ok("slice", [T(.f32, [4, 5])], ["start": ints([4, 5]), "limit": ints([4, 5])], T(.f32, [0, 0])),
      ok("slice", [T(.i1, [])], ["start": ints([]), "limit": ints([])], T(.i1, [])),
      ok("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([10]), "stride": ints([100])], T(.f32, [1])),
      // A huge stride gives one element, never an overflow.
      ok("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([10]), "stride": ints([Int.max])], T(.f32, [1])),
      bad("slice", [T(.f32, [10])], ["start": ints([-1]), "limit": ints([5])], at: .attr("start")),
      bad("slice", [T(.f32, [10])], ["start": ints([11]), "limit": ints([11])], at: .attr("start")),
      bad("slice", [T(.f32, [10])], ["start": ints([5]), "limit": ints([4])], at: .attr("limit")),
      bad("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([11])], at: .attr("limit")),
      bad("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([5]), "stride": ints([0])], at: .attr("stride")),
      bad("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([5]), "stride": ints([-1])], at: .attr("stride")),
      bad("slice", [T(.f32, [10])], ["start": ints([0, 0]), "limit": ints([5])], at: .attr("start")),
      bad("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([5, 5])], at: .attr("limit")),
      bad("slice", [T(.f32, [10])], ["start": ints([0]), "limit": ints([5]), "stride": ints([1, 1])], at: .attr("stride")),
      bad("slice", [T(.f32, [10])], ["start": ints([0])], at: .op, "requires the attribute 'limit'"),
      // pad: result = low + high + d + max(d-1, 0) * interior >= 0; interior >= 0.
      ok("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([1]), "high": ints([2]), "interior": ints([1])], T(.f32, [8])),
      ok("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([-1]), "high": ints([-1])], T(.f32, [1])),
      ok("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([-3]), "high": ints([0])], T(.f32, [0])),
      ok("pad", [T(.i32, [0, 2]), T(.i32, [])], ["low": ints([1, 0]), "high": ints([1, 0]), "interior": ints([5, 2])], T(.i32, [2, 4])),
      ok("pad", [T(.i1, []), T(.i1, [])], ["low": ints([]), "high": ints([])], T(.i1, [])),
      ok("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([-2]), "high": ints([-3]), "interior": ints([2])], T(.f32, [2])),
      // Attributes beyond ±(2^31-1) are refused before any size arithmetic.
      bad("pad", [T(.f32, [1]), T(.f32, [])], ["low": ints([1 << 62]), "high": ints([-(1 << 62) + 1])], at: .attr("low"), "out of range"),
      ok("pad", [T(.f32, [1]), T(.f32, [])], ["low": ints([Int(Int32.max) - 1]), "high": ints([-Int(Int32.max) + 2])], T(.f32, [2])),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([0]), "high": ints([0]), "interior": ints([-1])], at: .attr("interior"), "negative"),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([-2]), "high": ints([-2])], at: .attr("low"), "negative size"),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([Int.max]), "high": ints([Int.max])], at: .attr("low")),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([Int.min]), "high": ints([Int.min])], at: .attr("low")),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([0]), "high": ints([Int(Int32.max)])], at: .attr("high"), "too large"),
      bad("pad", [T(.f32, [3]), T(.f32, [1])], ["low": ints([0]), "high": ints([0])], at: .operand(1), "scalar"),
      bad("pad", [T(.f32, [3]), T(.f64, [])], ["low": ints([0]), "high": ints([0])], at: .operand(1), "dtype"),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([0, 0]), "high": ints([0])], at: .attr("low")),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([0]), "high": ints([])], at: .attr("high")),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([0]), "high": ints([0]), "interior": ints([0, 0])], at: .attr("interior")),
      bad("pad", [T(.f32, [3]), T(.f32, [])], ["low": ints([0])], at: .op, "requires the attribute 'high'"),
      bad("pad", [T(.f32, [3])], ["low": ints([0]), "high": ints([0])], at: .op, "2 operands"),
      // concatenate: same dtype and rank, equal outside dim.
      ok("concatenate", [T(.f32, [2, 3]), T(.f32, [4, 3])], ["dim": .int(0)], T(.f32, [6, 3])),
      ok("concatenate", [T(.i1, [2, 3]), T(.i1, [2, 0]), T(.i1, [2, 1])], ["dim": .int(1)], T(.i1, [2, 4])),
      ok("concatenate", [T(.i32, [5])], ["dim": .int(0)], T(.i32, [5])),
      bad("concatenate", [T(.f32, [2, 3]), T(.f32, [2, 4])], ["dim": .int(0)], at: .operand(1), "does not match"),
      bad("concatenate", [T(.f32, [2, 3]), T(.f64, [2, 3])], ["dim": .int(0)], at: .operand(1)),
      bad("concatenate", [T(.f32, [2, 3]), T(.f32, [2, 3]), T(.f32, [2])], ["dim": .int(0)], at: .operand(2)),
      bad("concatenate", [T(.f32, [2, 3]), T(.f32, [2, 3])], ["dim": .int(2)], at: .attr("dim"), "out of range"),
      bad("concatenate", [T(.f32, [2, 3]), T(.f32, [2, 3])], ["dim": .int(-1)], at: .attr("dim")),
      bad("concatenate", [T(.f32, []), T(.f32, [])], ["dim": .int(0)], at: .attr("dim")),
      bad("concatenate", [], ["dim": .int(0)], at: .op, "at least 1"),
      bad("concatenate", [T(.f32, [2])], at: .op, "requires the attribute 'dim'"),
      bad("concatenate", [T(.f32, [Int(Int32.max)]), T(.f32, [1])], ["dim": .int(0)], at: .op, "too large"),
      // reverse: dims distinct and in range.
      ok("reverse", [T(.f32, [2, 3])], ["dims": ints([1, 0])], T(.f32, [2, 3])),
      ok("reverse", [T(.i1, [2])], ["dims": ints([])], T(.i1, [2])),
      bad("reverse", [T(.f32, [2, 3])], ["dims": ints([2])], at: .attr("dims"), "out of range"),
      bad("reverse", [T(.f32, [2, 3])], ["dims": ints([0, 0])], at: .attr("dims"), "repeated"),
      bad("reverse", [T(.f32, [2, 3])], at: .op),
    ]
  }

  static var reduction: [RuleCase] {
    var cs: [RuleCase] = []
    for op in ["reduce_sum", "reduce_prod", "reduce_max", "reduce_min"] {
      cs += [
        ok(op, [T(.f32, [2, 3, 4])], ["dims": ints([2, 0])], T(.f32, [3])),
        ok(op, [T(.i64, [2, 3])], ["dims": ints([])], T(.i64, [2, 3])),
        ok(op, [T(.i32, [0, 3])], ["dims": ints([0])], T(.i32, [3])),
        ok(op, [T(.f64, [2, 3])], ["dims": ints([0, 1])], T(.f64, [])),
        bad(op, [T(.i1, [3])], ["dims": ints([0])], at: .operand(0)),
        bad(op, [T(.f32, [2, 3])], ["dims": ints([2])], at: .attr("dims"), "out of range"),
        bad(op, [T(.f32, [2, 3])], ["dims": ints([1, 1])], at: .attr("dims"), "repeated"),
        bad(op, [T(.f32, [2, 3])], ["dims": ints([-1])], at: .attr("dims")),
        bad(op, [T(.f32, [2, 3])], at: .op, "requires the attribute 'dims'"),
      ]
    }
    for op in ["argmax", "argmin"] {
      cs += [
        ok(op, [T(.f32, [2, 3])], ["dim": .int(1)], written: [T(.i32, [2])], T(.i32, [2])),
        ok(op, [T(.i64, [2, 3])], ["dim": .int(0)], written: [T(.i64, [3])], T(.i64, [3])),
        ok(op, [T(.f64, [4])], ["dim": .int(0)], written: [T(.i32, [])], T(.i32, [])),
        // Only the reduced dimension must be non-empty.
        ok(op, [T(.f32, [0, 3])], ["dim": .int(1)], written: [T(.i64, [0])], T(.i64, [0])),
        bad(op, [T(.f32, [0, 3])], ["dim": .int(0)], written: [T(.i32, [3])], at: .attr("dim"), "empty"),
        bad(op, [T(.f32, [2, 3])], ["dim": .int(2)], written: [T(.i32, [2])], at: .attr("dim"), "out of range"),
        bad(op, [T(.f32, [2, 3])], ["dim": .int(-1)], written: [T(.i32, [2])], at: .attr("dim")),
        bad(op, [T(.f32, [2, 3])], ["dim": .int(1)], written: [T(.f32, [2])], at: .resultType),
        bad(op, [T(.f32, [2, 3])], ["dim": .int(1)], written: [T(.i1, [2])], at: .resultType),
        bad(op, [T(.f32, [2, 3])], ["dim": .int(1)], written: [T(.i32, [3])], at: .resultType),
        bad(op, [T(.f32, [2, 3])], ["dim": .int(1)], written: [T(.i32, [2, 1])], at: .resultType),
        bad(op, [T(.i1, [2, 3])], ["dim": .int(1)], written: [T(.i32, [2])], at: .operand(0)),
        bad(op, [T(.f32, [2, 3])], ["dim": ints([1])], written: [T(.i32, [2])], at: .attr("dim")),
      ]
    }
    return cs
  }

  static var contraction: [RuleCase] {
    [
      ok("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], ["contract": pair([1], [0])], T(.f32, [3])),
      ok("dot_general", [T(.f64, [2, 3]), T(.f64, [3, 4])], ["contract": pair([1], [0])], T(.f64, [2, 4])),
      // Batched matmul: batch dims first, then lhs free, then rhs free.
      ok("dot_general", [T(.f32, [5, 2, 3]), T(.f32, [5, 3, 4])], ["batch": pair([0], [0]), "contract": pair([2], [1])], T(.f32, [5, 2, 4])),
      ok("dot_general", [T(.i32, [2, 5, 3]), T(.i32, [3, 4, 5])], ["batch": pair([1], [2]), "contract": pair([2], [0])], T(.i32, [5, 2, 4])),
      // Outer product: empty contract.
      ok("dot_general", [T(.i64, [2]), T(.i64, [3])], ["contract": pair([], [])], T(.i64, [2, 3])),
      ok("dot_general", [T(.f32, [0, 3]), T(.f32, [3, 2])], ["contract": pair([1], [0])], T(.f32, [0, 2])),
      ok("dot_general", [T(.f32, [2, 0]), T(.f32, [0, 2])], ["contract": pair([1], [0])], T(.f32, [2, 2])),
      ok("dot_general", [T(.f32, [2, 3]), T(.f32, [3, 2])], ["batch": pair([], []), "contract": pair([0, 1], [1, 0])], T(.f32, [])),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [3])], ["contract": pair([1], [0])], at: .attr("contract"), "does not match"),
      bad("dot_general", [T(.f32, [5, 2, 3]), T(.f32, [6, 3, 4])], ["batch": pair([0], [0]), "contract": pair([2], [1])], at: .attr("batch"), "does not match"),
      bad("dot_general", [T(.f32, [3, 2]), T(.f64, [2])], ["contract": pair([1], [0])], at: .operand(1), "one dtype"),
      bad("dot_general", [T(.i1, [3, 2]), T(.i1, [2])], ["contract": pair([1], [0])], at: .operand(0)),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], ["contract": pair([1], [])], at: .attr("contract"), "different lengths"),
      bad("dot_general", [T(.f32, [5, 3]), T(.f32, [5, 3])], ["batch": pair([0], []), "contract": pair([1], [1])], at: .attr("batch"), "different lengths"),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], ["contract": pair([2], [0])], at: .attr("contract"), "out of range"),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], ["contract": pair([1], [1])], at: .attr("contract"), "out of range"),
      bad("dot_general", [T(.f32, [2, 2]), T(.f32, [2, 2])], ["contract": pair([1, 1], [0, 1])], at: .attr("contract"), "repeated"),
      // A bad contract entry is reported at 'contract' even when there are batch dims.
      bad("dot_general", [T(.f32, [5, 2, 3]), T(.f32, [5, 3, 4])], ["batch": pair([0], [0]), "contract": pair([3], [1])], at: .attr("contract"), "contract"),
      bad("dot_general", [T(.f32, [5, 2, 3]), T(.f32, [5, 3, 4])], ["batch": pair([0], [0]), "contract": pair([2], [3])], at: .attr("contract"), "contract"),
      bad("dot_general", [T(.f32, [5, 2, 3]), T(.f32, [5, 3, 4])], ["batch": pair([3], [0]), "contract": pair([2], [1])], at: .attr("batch"), "batch"),
      // A dim both batched and contracted.
      bad("dot_general", [T(.f32, [3, 3]), T(.f32, [3, 3])], ["batch": pair([0], [0]), "contract": pair([0], [1])], at: .attr("contract")),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], at: .op, "requires the attribute 'contract'"),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], ["contract": ints([1, 0])], at: .attr("contract"), "pair"),
      bad("dot_general", [T(.f32, [3, 2]), T(.f32, [2])], ["contract": pair([1], [0]), "batch": .list([ints([])])], at: .attr("batch")),
    ]
  }

  static var call: [RuleCase] {
    let sig = Signature(params: [f32x3, T(.i32, [])], results: [T(.f32, []), i1x3])
    return [
      RuleCase(op: "call", operands: [f32x3, T(.i32, [])], attrs: ["callee": .symbol("f")], written: [T(.f32, []), i1x3],
               callee: sig, outcome: .ok([T(.f32, []), i1x3]), line: #line),
      ok("call", [], ["callee": .symbol("g")], written: [f32x3], callee: Signature(params: [], results: [f32x3]), f32x3),
      bad("call", [f32x3], ["callee": .symbol("nope")], written: [f32x3], at: .attr("callee"), "undefined"),
      bad("call", [f32x3], ["callee": .symbol("f")], written: [], callee: sig, at: .attr("callee"), "takes 2 arguments"),
      bad("call", [f32x3, T(.i64, [])], ["callee": .symbol("f")], written: [], callee: sig, at: .operand(1), "argument 1"),
      bad("call", [f64x3, T(.i32, [])], ["callee": .symbol("f")], written: [], callee: sig, at: .operand(0)),
      bad("call", [f32x3], written: [], callee: sig, at: .op, "requires the attribute 'callee'"),
    ]
  }

  /// `cond`: the predicate, the branches' labels and signatures.
  static var cond: [RuleCase] {
    let s = T(.f32, []), i1 = T(.i1, []), i32 = T(.i32, [])
    func region(_ label: String, _ params: [TensorType], _ results: [TensorType]) -> RegionSignature {
      RegionSignature(label: label, params: params, results: results)
    }
    func c(_ operands: [TensorType], _ regions: [RegionSignature], _ outcome: RuleCase.Outcome, line: Int = #line) -> RuleCase {
      RuleCase(op: "cond", operands: operands, attrs: [:], written: [], regions: regions, outcome: outcome, line: line)
    }
    let thenElse = [region("then", [f32x3, s], [s, i32]), region("else", [f32x3, s], [s, i32])]
    return [
      c([i1, f32x3, s], thenElse, .ok([s, i32])),
      c([i32, f32x3, s], Array(repeating: region("branch", [f32x3, s], [s, i32]), count: 3), .ok([s, i32])),
      c([i32], [region("branch", [], [f32x3])], .ok([f32x3])),
      c([T(.i1, [1]), f32x3, s], thenElse, .error(.operand(0), "i1[] predicate")),
      c([T(.i64, []), f32x3, s], thenElse, .error(.operand(0), "i32[] branch index")),
      c([i1, f32x3, s], [thenElse[0]], .error(.region(0), "two regions")),
      c([i1, f32x3, s], [], .error(.op, "two regions")),
      c([i1, f32x3, s], [thenElse[1], thenElse[0]], .error(.region(0), "then(...)")),
      c([i32, f32x3, s], [], .error(.op, "one or more regions")),
      c([i32, f32x3, s], [region("branch", [f32x3, s], [s, i32]), region("case", [f32x3, s], [s, i32])], .error(.region(1), "'case'")),
      c([i1, f32x3, s], [thenElse[0], region("else", [f32x3], [s, i32])], .error(.region(1), "takes (f32[3])")),
      c([i1, f32x3, s], [thenElse[0], region("else", [f32x3, s], [s])], .error(.regionYield(1), "yields (f32[])")),
      c([i1, f32x3, s], [region("then", [f32x3, s], []), region("else", [f32x3, s], [])], .error(.regionYield(0), "at least one")),
      c([], [], .error(.op, "at least 1 operand")),
      RuleCase(op: "neg", operands: [s], attrs: [:], written: [], regions: [region("then", [], [s])],
               outcome: .error(.region(0), "takes no regions"), line: #line),
    ]
  }

  /// `scan` and `while`: layouts, lengths, the regions' labels and signatures.
  static var loops: [RuleCase] {
    let s = T(.f32, []), v = T(.f32, [2]), xs = T(.f32, [4, 2]), i1 = T(.i1, [])
    func region(_ label: String, _ params: [TensorType], _ results: [TensorType]) -> RegionSignature {
      RegionSignature(label: label, params: params, results: results)
    }
    func scan(_ operands: [TensorType], _ attrs: [String: Attr], _ regions: [RegionSignature], _ outcome: RuleCase.Outcome,
              line: Int = #line) -> RuleCase {
      RuleCase(op: "scan", operands: operands, attrs: attrs, written: [], regions: regions, outcome: outcome, line: line)
    }
    func loop(_ operands: [TensorType], _ attrs: [String: Attr], _ regions: [RegionSignature], _ outcome: RuleCase.Outcome,
              line: Int = #line) -> RuleCase {
      RuleCase(op: "while", operands: operands, attrs: attrs, written: [], regions: regions, outcome: outcome, line: line)
    }
    let body = [region("body", [s, v], [s, v, s])]
    let k1: [String: Attr] = ["carries": .int(1), "length": .int(4)]
    let whileRegions = [region("cond", [s, v], [i1]), region("body", [s, v], [s, v])]
    return [
      scan([s, xs], k1, body, .ok([s, xs, T(.f32, [4])])),
      scan([s, xs], k1.merging(["reverse": .bool(true)]) { $1 }, body, .ok([s, xs, T(.f32, [4])])),
      scan([s], ["length": .int(3)], [region("body", [s], [s])], .ok([s])),
      scan([], ["length": .int(2)], [region("body", [], [v])], .ok([T(.f32, [2, 2])])),
      scan([s, xs], ["carries": .int(1), "length": .int(5)], body, .error(.operand(1), "leading dimension 5")),
      scan([s, xs], ["carries": .int(3), "length": .int(4)], body, .error(.attr("carries"), "carries must be in 0...2")),
      scan([s, xs], ["carries": .int(1), "length": .int(-1)], body, .error(.attr("length"), "length >= 0")),
      scan([s, xs], k1, [region("body", [s, s], [s])], .error(.region(0), "passes its body")),
      scan([s, xs], k1, [region("body", [s, v], [v])], .error(.regionYield(0), "yield the carries")),
      scan([s, xs], k1, [region("step", [s, v], [s])], .error(.region(0), "one region, body")),
      scan([s, xs], k1.merging(["reverse": .int(1)]) { $1 }, body, .error(.attr("reverse"), "true or false")),
      scan([s], ["carries": .int(1)], [region("body", [s], [s])], .error(.op, "requires the attribute 'length'")),
      loop([s, v], [:], whileRegions, .ok([s, v])),
      loop([s, v], ["max_trips": .int(0)], whileRegions, .ok([s, v])),
      loop([s, v], ["max_trips": .int(-1)], whileRegions, .error(.attr("max_trips"), "max_trips >= 0")),
      loop([s, v], [:], [whileRegions[1], whileRegions[0]], .error(.region(0), "two regions")),
      loop([s, v], [:], [region("cond", [s, v], [s]), whileRegions[1]], .error(.regionYield(0), "one i1[]")),
      loop([s, v], [:], [region("cond", [s], [i1]), whileRegions[1]], .error(.region(0), "takes (f32[])")),
      loop([s, v], [:], [whileRegions[0], region("body", [s, v], [s])], .error(.regionYield(1), "must yield the carries")),
      loop([], [:], [], .error(.op, "at least 1 operand")),
    ]
  }

  static var indexing: [RuleCase] {
    let ax = { (a: Int) -> [String: Attr] in ["axis": .int(a)] }
    let axb = { (a: Int, b: Int) -> [String: Attr] in ["axis": .int(a), "batch_dims": .int(b)] }
    return [
      // gather: x.shape[:A] + idx.shape[B:] + x.shape[A+1:]
      ok("gather", [T(.f32, [5, 3]), T(.i32, [2, 4])], ax(0), T(.f32, [2, 4, 3])),
      ok("gather", [T(.f32, [5, 3]), T(.i64, [])], ax(1), T(.f32, [5])),
      ok("gather", [T(.i1, [2, 5, 3]), T(.i32, [2, 4])], axb(1, 1), T(.i1, [2, 4, 3])),
      ok("gather", [T(.f64, [2, 5, 3]), T(.i32, [2, 7])], axb(2, 1), T(.f64, [2, 5, 7])),
      ok("gather", [T(.i64, [2, 3]), T(.i32, [2])], axb(1, 1), T(.i64, [2])),
      ok("gather", [T(.f32, [0, 3]), T(.i32, [0])], ax(0), T(.f32, [0, 3])),
      ok("gather", [T(.f32, [4, 0]), T(.i32, [2])], ax(0), T(.f32, [2, 0])),
      bad("gather", [T(.f32, [0, 3]), T(.i32, [2])], ax(0), at: .operand(0), "empty"),
      bad("gather", [T(.f32, [5, 3]), T(.f32, [2])], ax(0), at: .operand(1), "integer"),
      bad("gather", [T(.f32, [5, 3]), T(.i1, [2])], ax(0), at: .operand(1), "integer"),
      bad("gather", [T(.f32, [5, 3]), T(.i32, [2])], ax(2), at: .attr("axis"), "axis"),
      bad("gather", [T(.f32, [5, 3]), T(.i32, [2])], ax(-1), at: .attr("axis")),
      bad("gather", [T(.f32, [2, 3]), T(.i32, [2])], axb(0, 1), at: .attr("axis"), "batch_dims"),
      bad("gather", [T(.f32, [2, 3]), T(.i32, [2])], axb(1, 2), at: .attr("batch_dims")),
      bad("gather", [T(.f32, [2, 3]), T(.i32, [2])], axb(1, -1), at: .attr("batch_dims")),
      bad("gather", [T(.f32, [2]), T(.i32, [2])], axb(0, 1), at: .attr("batch_dims")),
      bad("gather", [T(.f32, [2, 3]), T(.i32, [3, 1])], axb(1, 1), at: .operand(1), "batch dimension 0"),
      bad("gather", [T(.f32, [5, 3]), T(.i32, [2, 2, 2, 2, 2, 2, 2, 2])], ax(0), at: .resultType, "rank"),
      bad("gather", [T(.f32, [5, 3]), T(.i32, [2])], at: .op, "requires the attribute 'axis'"),
      bad("gather", [T(.f32, [5, 3])], ax(0), at: .op, "2 operands"),
      bad("gather", [T(.f32, [5, 3]), T(.i32, [2])], ["axis": .int(0), "dim": .int(0)], at: .attr("dim")),
      // scatter_add: the updates have gather's result type; the result is x's.
      ok("scatter_add", [T(.f32, [5, 3]), T(.i32, [2, 4]), T(.f32, [2, 4, 3])], ax(0), T(.f32, [5, 3])),
      ok("scatter_add", [T(.i64, [2, 5, 3]), T(.i32, [2, 4]), T(.i64, [2, 4, 3])], axb(1, 1), T(.i64, [2, 5, 3])),
      ok("scatter_add", [T(.f64, [5]), T(.i64, []), T(.f64, [])], ax(0), T(.f64, [5])),
      bad("scatter_add", [T(.f32, [5, 3]), T(.i32, [2]), T(.f32, [3, 2])], ax(0), at: .operand(2), "f32[2,3]"),
      bad("scatter_add", [T(.f32, [5, 3]), T(.i32, [2]), T(.f64, [2, 3])], ax(0), at: .operand(2)),
      bad("scatter_add", [T(.i1, [5]), T(.i32, [2]), T(.i1, [2])], ax(0), at: .operand(0), "float or integer"),
      bad("scatter_add", [T(.f32, [5]), T(.f32, [2]), T(.f32, [2])], ax(0), at: .operand(1), "integer"),
      bad("scatter_add", [T(.f32, [5]), T(.i32, [2]), T(.f32, [2])], ax(1), at: .attr("axis")),
      bad("scatter_add", [T(.f32, [0]), T(.i32, [2]), T(.f32, [2])], ax(0), at: .operand(0), "empty"),
      bad("scatter_add", [T(.f32, [5]), T(.i32, [2])], ax(0), at: .op, "3 operands"),
      // dynamic_slice: one integer scalar start per dim; 0 <= size <= dim.
      ok("dynamic_slice", [T(.f32, [5, 3]), T(.i32, []), T(.i64, [])], ["sizes": ints([2, 3])], T(.f32, [2, 3])),
      ok("dynamic_slice", [T(.i1, [4]), T(.i32, [])], ["sizes": ints([0])], T(.i1, [0])),
      ok("dynamic_slice", [T(.f64, [])], ["sizes": ints([])], T(.f64, [])),
      bad("dynamic_slice", [T(.f32, [5, 3]), T(.i32, [])], ["sizes": ints([2, 3])], at: .op, "one start index per dimension"),
      bad("dynamic_slice", [T(.f32, [5]), T(.i32, []), T(.i32, [])], ["sizes": ints([2])], at: .op, "one start index"),
      bad("dynamic_slice", [T(.f32, [5]), T(.i32, [1])], ["sizes": ints([2])], at: .operand(1), "integer scalar"),
      bad("dynamic_slice", [T(.f32, [5]), T(.f32, [])], ["sizes": ints([2])], at: .operand(1), "integer scalar"),
      bad("dynamic_slice", [T(.f32, [5]), T(.i32, [])], ["sizes": ints([6])], at: .attr("sizes"), "[0, 5]"),
      bad("dynamic_slice", [T(.f32, [5]), T(.i32, [])], ["sizes": ints([-1])], at: .attr("sizes")),
      bad("dynamic_slice", [T(.f32, [5]), T(.i32, [])], ["sizes": ints([1, 1])], at: .attr("sizes")),
      bad("dynamic_slice", [T(.f32, [5]), T(.i32, [])], at: .op, "requires the attribute 'sizes'"),
      bad("dynamic_slice", [], ["sizes": ints([])], at: .op, "at least 1"),
      // dynamic_update_slice: the update fits inside the operand.
      ok("dynamic_update_slice", [T(.f32, [5, 3]), T(.f32, [2, 3]), T(.i32, []), T(.i64, [])], T(.f32, [5, 3])),
      ok("dynamic_update_slice", [T(.i1, [4]), T(.i1, [0]), T(.i32, [])], T(.i1, [4])),
      ok("dynamic_update_slice", [T(.i32, []), T(.i32, [])], T(.i32, [])),
      bad("dynamic_update_slice", [T(.f32, [5, 3]), T(.f32, [6, 3]), T(.i32, []), T(.i32, [])], at: .operand(1), "fit"),
      bad("dynamic_update_slice", [T(.f32, [5, 3]), T(.f64, [2, 3]), T(.i32, []), T(.i32, [])], at: .operand(1)),
      bad("dynamic_update_slice", [T(.f32, [5, 3]), T(.f32, [2]), T(.i32, []), T(.i32, [])], at: .operand(1)),
      bad("dynamic_update_slice", [T(.f32, [5, 3]), T(.f32, [2, 3]), T(.i32, [])], at: .op, "one start index"),
      bad("dynamic_update_slice", [T(.f32, [5]), T(.f32, [2]), T(.i1, [])], at: .operand(2), "integer scalar"),
      bad("dynamic_update_slice", [T(.f32, [5])], at: .op, "at least 2"),
    ]
  }

  static var cumulative: [RuleCase] {
    var out: [RuleCase] = []
    for op in ["cumsum", "cumprod", "cummax", "cummin"] {
      out += [
        ok(op, [T(.f32, [5, 3])], ["axis": .int(0)], T(.f32, [5, 3])),
        ok(op, [T(.f64, [5, 3])], ["axis": .int(1), "reverse": .bool(true)], T(.f64, [5, 3])),
        ok(op, [T(.i32, [4])], ["axis": .int(0), "reverse": .bool(false)], T(.i32, [4])),
        ok(op, [T(.i64, [2, 0, 3])], ["axis": .int(1)], T(.i64, [2, 0, 3])),
        bad(op, [T(.i1, [4])], ["axis": .int(0)], at: .operand(0), "float or integer"),
        bad(op, [T(.f32, [5, 3])], ["axis": .int(2)], at: .attr("axis"), "out of range"),
        bad(op, [T(.f32, [5, 3])], ["axis": .int(-1)], at: .attr("axis"), "out of range"),
        bad(op, [T(.f32, [])], ["axis": .int(0)], at: .attr("axis"), "out of range"),
        bad(op, [T(.f32, [5])], ["axis": .int(0), "reverse": .int(1)], at: .attr("reverse"), "true or false"),
        bad(op, [T(.f32, [5])], ["axis": .int(0), "dims": ints([0])], at: .attr("dims")),
        bad(op, [T(.f32, [5])], at: .op, "requires the attribute 'axis'"),
        bad(op, [T(.f32, [5]), T(.f32, [5])], ["axis": .int(0)], at: .op, "1 operand"),
      ]
    }
    return out
  }


  static var sort: [RuleCase] {
    func okN(_ operands: [TensorType], _ attrs: [String: Attr], line: Int = #line) -> RuleCase {
      RuleCase(op: "sort", operands: operands, attrs: attrs, written: [], callee: nil, outcome: .ok(operands), line: line)
    }
    let d0: [String: Attr] = ["dimension": .int(0)]
    return [
      ok("sort", [T(.f32, [5])], d0, T(.f32, [5])),
      ok("sort", [T(.i1, [2, 0])], ["dimension": .int(1), "descending": .bool(true)], T(.i1, [2, 0])),
      okN([T(.f64, [2, 3]), T(.i32, [2, 3]), T(.i1, [2, 3])], ["dimension": .int(1), "num_keys": .int(3)]),
      okN([T(.i64, [4]), T(.f32, [4])], ["dimension": .int(0), "num_keys": .int(1), "descending": .bool(false)]),
      bad("sort", [T(.f32, [5]), T(.f32, [4])], d0, at: .operand(1), "one shape"),
      bad("sort", [T(.f32, [2, 3]), T(.f32, [3, 2])], d0, at: .operand(1), "one shape"),
      bad("sort", [T(.f32, [])], d0, at: .operand(0), "scalar"),
      bad("sort", [T(.f32, [5, 3])], ["dimension": .int(2)], at: .attr("dimension"), "out of range"),
      bad("sort", [T(.f32, [5, 3])], ["dimension": .int(-1)], at: .attr("dimension"), "out of range"),
      bad("sort", [T(.f32, [5]), T(.i32, [5])], ["dimension": .int(0), "num_keys": .int(3)], at: .attr("num_keys"), "[1, 2]"),
      bad("sort", [T(.f32, [5])], ["dimension": .int(0), "num_keys": .int(0)], at: .attr("num_keys"), "[1, 1]"),
      bad("sort", [T(.f32, [5])], ["dimension": .int(0), "descending": .int(1)], at: .attr("descending"), "true or false"),
      bad("sort", [T(.f32, [5])], at: .op, "requires the attribute 'dimension'"),
      bad("sort", [], d0, at: .op, "at least 1"),
      bad("sort", [T(.f32, [5])], ["dimension": .int(0), "axis": .int(0)], at: .attr("axis")),
    ]
  }

  static var all: [RuleCase] {
    elementwise + creation + shape + indexing + reduction + contraction + call + cond + loops + cumulative + sort + bits + conv
  }

  /// conv (more diagnostics with line:col: ConvolutionTests.swift).
  static var conv: [RuleCase] {
    let ints = { (v: [Int]) -> Attr in .list(v.map { .int($0) }) }
    return [
      ok("conv", [T(.f32, [2, 3, 7]), T(.f32, [4, 3, 3])], T(.f32, [2, 4, 5])),
      ok("conv", [T(.f64, [1, 4, 5, 5]), T(.f64, [6, 2, 3, 3])],
         ["window_strides": ints([2, 2]), "pad_low": ints([1, 1]), "pad_high": ints([1, 1]), "feature_group_count": .int(2)],
         T(.f64, [1, 6, 3, 3])),
      ok("conv", [T(.f32, [4, 2, 6]), T(.f32, [6, 2, 2])], ["batch_group_count": .int(2)], T(.f32, [2, 6, 5])),
      bad("conv", [T(.f32, [2, 3, 7]), T(.f64, [4, 3, 3])], at: .operand(1), "one dtype"),
      bad("conv", [T(.f32, [2, 3]), T(.f32, [4, 3])], at: .operand(0), "spatial dims"),
      bad("conv", [T(.i32, [2, 3, 7]), T(.i32, [4, 3, 3])], at: .operand(0)),
      bad("conv", [T(.f32, [2, 3, 7]), T(.f32, [4, 2, 3])], at: .operand(1), "input features"),
      bad("conv", [T(.f32, [2, 3, 7]), T(.f32, [4, 3, 3])], ["window_strides": ints([0])], at: .attr("window_strides"), "at least 1"),
      bad("conv", [T(.f32, [2, 4, 7]), T(.f32, [3, 2, 3])], ["feature_group_count": .int(2)], at: .attr("feature_group_count"), "divide"),
      bad("conv", [T(.f32, [3, 2, 7]), T(.f32, [4, 2, 3])], ["batch_group_count": .int(2)], at: .attr("batch_group_count"), "lhs batch"),
    ]
  }

  /// The random-numbers family (Ops/Bits.swift); erf_inv is in floatOnlyUnary.
  static var bits: [RuleCase] {
    var cs: [RuleCase] = []
    for op in ["shift_left", "shift_right_logical", "shift_right_arithmetic"] {
      cs += [ok(op, [i32x3, i32x3], i32x3), ok(op, [T(.i64, []), T(.i64, [])], T(.i64, [])),
             bad(op, [f32x3, f32x3], at: .operand(0), "integer"), bad(op, [i1x3, i1x3], at: .operand(0), "integer"),
             bad(op, [i32x3, i64x3], at: .operand(1), "identical"), bad(op, [i32x3], at: .op, "2 operands")]
    }
    cs += [
      ok("bitcast_convert", [i32x3], written: [f32x3], f32x3), ok("bitcast_convert", [f64x3], written: [i64x3], i64x3),
      ok("bitcast_convert", [T(.f32, [])], written: [T(.i32, [])], T(.i32, [])),
      bad("bitcast_convert", [i32x3], written: [f64x3], at: .resultType, "between i32 and f32"),
      bad("bitcast_convert", [f32x3], written: [f32x3], at: .resultType, "between i32 and f32"),
      bad("bitcast_convert", [i1x3], written: [i1x3], at: .resultType, "between i32 and f32"),
      bad("bitcast_convert", [i32x3], written: [T(.f32, [4])], at: .resultType, "keeps the shape"),
      ok("fma", [f32x3, f32x3, f32x3], f32x3), ok("fma", [T(.f64, []), T(.f64, []), T(.f64, [])], T(.f64, [])),
      bad("fma", [i32x3, i32x3, i32x3], at: .operand(0), "float"), bad("fma", [f32x3, f32x3, f64x3], at: .operand(2), "identical"),
    ]
    return cs
  }
}

// MARK: - Tests

@Suite struct OpTypeRuleTests {
  @Test(arguments: RuleTable.all)
  func rule(_ c: RuleCase) {
    guard let def = OpRegistry.lookup(c.op) else {
      Issue.record("no op named \(c.op)")
      return
    }
    let input = TypeRuleInput(operands: c.operands, attrs: Attributes(c.attrs), written: c.written, callee: c.callee,
                              regions: c.regions)
    switch c.outcome {
    case .ok(let expected):
      do {
        let got = try def.inferTypes(input)
        #expect(got == expected)
      } catch {
        Issue.record("rejected: \(error.message) (at \(error.target))")
      }
    case .error(let target, let text):
      do {
        let got = try def.inferTypes(input)
        Issue.record("accepted, giving \(got)")
      } catch {
        #expect(error.target == target, "\(error.message)")
        if !text.isEmpty { #expect(error.message.contains(text), "message: \(error.message)") }
        #expect(error.message.count > 10)
      }
    }
  }

  /// Every op has at least one accepted and one rejected case above, so a new
  /// op cannot be added without type rule tests.
  @Test func everyOpHasRuleCases() {
    let cases = RuleTable.all
    for def in OpRegistry.all {
      #expect(cases.contains { $0.op == def.name && $0.accepts }, "no accepting type rule case for '\(def.name)'")
      #expect(cases.contains { $0.op == def.name && !$0.accepts }, "no rejecting type rule case for '\(def.name)'")
    }
    for c in cases { #expect(OpRegistry.lookup(c.op) != nil, "case for unknown op '\(c.op)'") }
  }

  /// typeIsInput is set exactly for the ops spec section 3 lists (and call).
  @Test func writtenTypeIsAnInputExactlyWhereTheSpecSaysSo() {
    let inputs: Set<String> = ["convert", "constant", "iota", "reshape", "broadcast_in_dim", "argmax", "argmin", "call", "bitcast_convert"]
    for def in OpRegistry.all {
      #expect(def.typeIsInput == inputs.contains(def.name), "\(def.name)")
    }
  }

  /// Op names are unique and lookup finds each.
  @Test func registryIsConsistent() {
    let names = OpRegistry.all.map(\.name)
    #expect(Set(names).count == names.count)
    for def in OpRegistry.all { #expect(OpRegistry.lookup(def.name) === def) }
    #expect(OpRegistry.lookup("no_such_op") == nil)
    #expect(OpRegistry.all.filter { $0.evaluate == nil && $0.evaluateRegions == nil }.map(\.name) == ["call"])
    #expect(OpRegistry.all.filter { $0.evaluateRegions != nil }.map(\.name) == ["cond", "scan", "while"])
  }
}
