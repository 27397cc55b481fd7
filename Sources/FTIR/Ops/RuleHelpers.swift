/// Small helpers shared by the type rules of several op families.

/// Which dtypes an operand may have.
enum DTypeClass {
  case float, int, floatOrInt, intOrBool, any

  func accepts(_ d: DType) -> Bool {
    switch self {
    case .float: return d.isFloat
    case .int: return d.isInt
    case .floatOrInt: return d.isFloat || d.isInt
    case .intOrBool: return d.isInt || d.isBool
    case .any: return true
    }
  }

  var name: String {
    switch self {
    case .float: return "a float type (f32, f64)"
    case .int: return "an integer type (i32, i64)"
    case .floatOrInt: return "a float or integer type (f32, f64, i32, i64)"
    case .intOrBool: return "an integer or i1 type"
    case .any: return "any type"
    }
  }
}

func requireDType(_ op: String, _ t: TensorType, _ cls: DTypeClass, operand i: Int = 0) throws(RuleError) {
  guard cls.accepts(t.dtype) else {
    throw RuleError("'\(op)' needs \(cls.name), got \(t)", at: .operand(i))
  }
}

/// All operands have the same type (no implicit broadcasting or promotion).
func requireSameTypes(_ op: String, _ ts: [TensorType]) throws(RuleError) {
  for (i, t) in ts.enumerated().dropFirst() where t != ts[0] {
    throw RuleError("'\(op)' needs operands of identical type, got \(ts[0]) and \(t)", at: .operand(i))
  }
}

/// The single written result type (ops whose written type is an input).
func writtenType(_ input: TypeRuleInput) throws(RuleError) -> TensorType {
  guard input.written.count == 1 else {
    throw RuleError("expected one result type, got \(input.written.count)", at: .resultType)
  }
  return input.written[0]
}

/// A list of distinct dimensions, each in 0..<rank.
func requireDims(_ op: String, _ key: String, _ dims: [Int], rank: Int, increasing: Bool = false) throws(RuleError) {
  var seen = Set<Int>()
  for d in dims {
    guard d >= 0 && d < rank else {
      throw RuleError("'\(op)': \(key) entry \(d) is out of range for rank \(rank)", at: .attr(key))
    }
    guard seen.insert(d).inserted else {
      throw RuleError("'\(op)': \(key) entry \(d) is repeated", at: .attr(key))
    }
  }
  if increasing {
    for i in dims.indices.dropFirst() where dims[i] <= dims[i - 1] {
      throw RuleError("'\(op)': \(key) must be strictly increasing, got \(dims)", at: .attr(key))
    }
  }
}

func requireLength(_ op: String, _ key: String, _ list: [Int], _ n: Int) throws(RuleError) {
  guard list.count == n else {
    throw RuleError("'\(op)': \(key) needs \(n) entr\(n == 1 ? "y" : "ies") (one per dimension), got \(list.count)", at: .attr(key))
  }
}

/// Multiplies sizes, reporting an error instead of overflowing.
public func checkedProduct(_ xs: [Int]) -> Int? {
  var p = 1
  for x in xs {
    let (r, o) = p.multipliedReportingOverflow(by: x)
    if o { return nil }
    p = r
  }
  return p
}
