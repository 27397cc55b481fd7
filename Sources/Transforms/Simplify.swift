/// Simplification: constant folding, algebraic identities, common
/// subexpression elimination and dead code elimination, in one forward walk
/// and one backward sweep per function. It makes derived functions close to
/// what a person would write.
///
///     %one = constant 1.0 : f32[]            %c = cos %x : f32[]
///     %c = cos %x : f32[]             ==>    return %c
///     %g = mul %one, %c : f32[]
///     %d = cos %x : f32[]      (dead)
///     return %g
///
/// Every rewrite is exact in IEEE arithmetic (no sign-of-zero or NaN
/// changes): `x*1`, `x/1`, `x-(+0)`, `x+(-0)` and integer `x+0` fold, but
/// `x+(+0.0)` and `x*0` do not (they differ for -0, inf and NaN).

import FTIR

public func simplify(_ m: Module) -> Module {
  var out = m
  for i in out.functions.indices where out.functions[i].transform == nil {
    out.functions[i] = simplifyFunction(out.functions[i])
  }
  return out
}

/// Constants larger than this are not folded into dense literals.
private let maxFoldedElements = 64

func simplifyFunction(_ f: Function) -> Function {
  var s = Simplifier(f)
  s.run()
  return s.deadCodeEliminated()
}

private struct CSEKey: Hashable {
  var op: String
  var operands: [Value]
  var attrs: Attributes
  var types: [TensorType]
}

private struct Simplifier {
  let f: Function
  var out: Function
  var map: [Value?]
  /// Known constant values of `out`'s values (a scalar tensor for a splat).
  var constants: [Value: HostTensor] = [:]
  var cse: [CSEKey: [Value]] = [:]
  /// Producers of `out`'s values, for rewrites that look through an operand.
  var producer: [Value: Operation] = [:]

  init(_ f: Function) {
    self.f = f
    out = f
    out.body = []
    map = f.values.indices.map { Value($0) }
  }

  func v(_ x: Value) -> Value { map[x.id] ?? x }
  func type(_ x: Value) -> TensorType { out.type(of: x) }

  /// The splat value of `x`, if it is a splat constant.
  func splat(_ x: Value) -> Scalar? {
    guard let c = constants[x], c.isSplat, c.count > 0 else { return nil }
    return c.scalar(at: 0)
  }

  func isSplat(_ x: Value, _ value: Double, signMinus: Bool? = nil) -> Bool {
    guard let s = splat(x) else { return false }
    switch s {
    case .float(let d):
      return d == value && (signMinus == nil || (d.sign == .minus) == signMinus!)
    case .int(let i): return Double(i) == value
    case .bool: return false
    }
  }

  mutating func run() {
    for op in f.body {
      var op2 = op
      op2.operands = op.operands.map(v)
      if !op.regions.isEmpty {
        // Regions are simplified on their own (they are closed); an op with
        // regions is never folded by running it, nor merged with another.
        op2.regions = op.regions.map(simplifyFunction)
        for r in op2.results { producer[r] = op2 }
        out.body.append(op2)
        continue
      }
      op2 = asReshape(op2)
      if let combined = fold(op2) { op2 = combined }
      if let r = rewrite(op2) {
        map[op.results[0].id] = r
        continue
      }
      if let folded = fold(op2) {
        op2 = folded
      }
      let key = CSEKey(op: op2.name, operands: op2.operands, attrs: op2.attrs, types: op2.results.map { f.type(of: $0) })
      if let existing = cse[key] {
        for (r, e) in zip(op.results, existing) { map[r.id] = e }
        continue
      }
      cse[key] = op2.results
      if op2.name == "constant", let t = op2.attrs.tensor("value") { constants[op2.results[0]] = t }
      for r in op2.results { producer[r] = op2 }
      out.body.append(op2)
    }
    out.returnValues = f.returnValues.map(v)
  }

  /// A broadcast or transpose that only inserts or moves size-1 dims is a reshape.
  func asReshape(_ op: Operation) -> Operation {
    guard op.results.count == 1, op.operands.count == 1 else { return op }
    let x = type(op.operands[0]), r = f.type(of: op.results[0])
    var isReshape = false
    switch op.name {
    case "broadcast_in_dim":
      isReshape = x.elementCount == r.elementCount && x.rank <= r.rank && !x.shape.contains(0)
    case "transpose":
      let perm = op.attrs.ints("perm")
      let moved = perm.filter { x.shape[$0] != 1 }
      isReshape = moved == moved.sorted()
    default: break
    }
    guard isReshape else { return op }
    var c = Operation(OpRegistry["reshape"], operands: op.operands, results: op.results)
    c.locs = op.locs
    return c
  }

  /// An existing value equal to `op`'s single result, if an identity applies.
  func rewrite(_ op: Operation) -> Value? {
    guard op.results.count == 1 else { return nil }
    let rt = f.type(of: op.results[0])
    let xs = op.operands
    switch op.name {
    case "mul":
      if isSplat(xs[1], 1) && type(xs[0]) == rt { return xs[0] }
      if isSplat(xs[0], 1) && type(xs[1]) == rt { return xs[1] }
    case "div":
      if isSplat(xs[1], 1) { return xs[0] }
    case "add":
      let exactZero: (Value) -> Bool = { x in type(x).dtype.isFloat ? isSplat(x, 0, signMinus: true) : isSplat(x, 0) }
      if exactZero(xs[1]) { return xs[0] }
      if exactZero(xs[0]) { return xs[1] }
    case "sub":
      if isSplat(xs[1], 0, signMinus: type(xs[1]).dtype.isFloat ? false : nil) { return xs[0] }
    case "neg":
      if let p = producer[xs[0]], p.name == "neg" { return p.operands[0] }
    case "stop_gradient":
      return xs[0]
    case "convert", "reshape":
      if type(xs[0]) == rt { return xs[0] }
    case "broadcast_in_dim":
      if type(xs[0]) == rt { return xs[0] }
    case "transpose":
      if op.attrs.ints("perm") == Array(0..<rt.rank) { return xs[0] }
    case "reduce_sum", "reduce_prod", "reduce_max", "reduce_min":
      if op.attrs.ints("dims").isEmpty { return xs[0] }
    case "select":
      if xs[1] == xs[2] { return xs[1] }
    default:
      break
    }
    return nil
  }

  /// `op` replaced by a constant (folded) or by a combined op, if possible.
  func fold(_ op: Operation) -> Operation? {
    guard op.results.count == 1 else { return nil }
    let r = op.results[0]
    let rt = f.type(of: r)
    // Ops of ops: compose transposes, broadcasts and reshapes.
    if let p = op.operands.first.flatMap({ producer[$0] }), op.operands.count == 1 {
      switch (op.name, p.name) {
      case ("transpose", "transpose"):
        let inner = p.attrs.ints("perm"), outer = op.attrs.ints("perm")
        var c = op
        c.operands = [p.operands[0]]
        c.attrs["perm"] = .list(outer.map { .int(inner[$0]) })
        return c
      case ("broadcast_in_dim", "broadcast_in_dim"):
        let inner = p.attrs.ints("dims"), outer = op.attrs.ints("dims")
        // Only when the inner broadcast is a pure dimension insertion.
        let pin = type(p.operands[0])
        guard zip(inner.indices, inner).allSatisfy({ pin.shape[$0] == 1 || pin.shape[$0] == type(p.results[0]).shape[$1] }) else { return nil }
        var c = op
        c.operands = [p.operands[0]]
        c.attrs["dims"] = .list(inner.map { .int(outer[$0]) })
        return c
      case ("reshape", "reshape"):
        var c = op
        c.operands = [p.operands[0]]
        return c
      default: break
      }
    }
    // Constant folding.
    guard op.name != "constant", op.name != "call", let eval = op.def.evaluate,
          op.operands.allSatisfy({ constants[$0] != nil }) else { return nil }
    let values = op.operands.map { constants[$0]! }
    let allSplat = values.allSatisfy { $0.isSplat }
    var result: HostTensor
    if allSplat && Self.elementwise.contains(op.name) || op.name == "broadcast_in_dim" || op.name == "reshape" {
      // Splat in, splat out: evaluate on one element.
      guard allSplat, let s = values.first.map({ $0.count > 0 ? $0.scalar(at: 0) : nil }) ?? nil else { return nil }
      if op.name == "broadcast_in_dim" || op.name == "reshape" {
        result = HostTensor(splat: s, type: TensorType(rt.dtype, []))
      } else {
        let scalars = values.map { HostTensor(splat: $0.scalar(at: 0), type: TensorType($0.dtype, [])) }
        guard let one = eval(EvalInput(operands: scalars, attrs: op.attrs, resultTypes: [TensorType(rt.dtype, [])])).first else { return nil }
        result = one
      }
    } else {
      guard rt.elementCount <= maxFoldedElements, values.allSatisfy({ $0.type.elementCount <= maxFoldedElements }) else { return nil }
      let full = zip(values, op.operands).map { v, x in v.shape == type(x).shape ? v : HostTensor(splat: v.scalar(at: 0), type: type(x)) }
      guard let one = eval(EvalInput(operands: full, attrs: op.attrs, resultTypes: [rt])).first else { return nil }
      result = one.isSplat && one.count > 0 ? HostTensor(splat: one.scalar(at: 0), type: TensorType(rt.dtype, [])) : one
    }
    var c = Operation(OpRegistry["constant"], operands: [], results: [r], attrs: Attributes(["value": .tensor(result)]))
    c.locs = op.locs
    return c
  }

  static let elementwise: Set<String> = [
    "exp", "log", "log1p", "expm1", "sqrt", "rsqrt", "sin", "cos", "tanh", "logistic", "erf", "floor", "ceil",
    "neg", "abs", "sign", "is_finite", "not", "integer_pow", "add", "sub", "mul", "div", "rem", "max", "min",
    "pow", "atan2", "and", "or", "xor", "eq", "ne", "lt", "le", "gt", "ge", "select", "clamp", "convert",
  ]

  /// Drops operations none of whose results are used (every op is pure).
  func deadCodeEliminated() -> Function {
    var live = Set(out.returnValues)
    var keep = [Bool](repeating: false, count: out.body.count)
    for (i, op) in out.body.enumerated().reversed() where op.results.contains(where: { live.contains($0) }) {
      keep[i] = true
      live.formUnion(op.operands)
    }
    var g = out
    g.body = out.body.indices.filter { keep[$0] }.map { out.body[$0] }
    return g
  }
}
