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
///
/// Code that will be differentiated again (derived code between nested
/// transforms) keeps the ops that are identities in value only:
///
///     %b = stop_gradient %a           .forDifferentiation: kept
///     %d = add %b, %c          ==>    .final: %d = add %a, %c
///
/// Dropping them there made `jacfwd(grad(f))` differentiate through
/// `stop_gradient` (JAX: zero in every derivative order).

import FTIR

/// Whether the simplified function may still be differentiated.
public enum SimplifyMode: Sendable {
  /// Every transform is expanded: value-only identities apply.
  case final
  /// Another transform may differentiate it: every derivative is kept.
  case forDifferentiation
}

/// The pipeline's simplification, after expansion (`SimplifyMode.final`).
public func simplify(_ m: Module) -> Module {
  var out = m
  for i in out.functions.indices where out.functions[i].transform == nil {
    out.functions[i] = simplifyFunction(out.functions[i], mode: .final)
  }
  return out
}

/// Constants larger than this are not folded into dense literals.
private let maxFoldedElements = 64

/// (`mode` defaults to the safe choice: a value-only identity dropped from
/// code that is differentiated later changes its derivatives.)
func simplifyFunction(_ f: Function, mode: SimplifyMode = .forDifferentiation) -> Function {
  var s = Simplifier(f, mode: mode)
  s.run()
  return singleUseComposed(s.deadCodeEliminated())
}

/// Applies the `singleUseCompose` rules (a transpose of a product is the
/// product with its operands swapped) where the op is the only reader of
/// its producer: the combined op takes the producer's place.
private func singleUseComposed(_ f: Function) -> Function {
  var uses = [Int](repeating: 0, count: f.values.count)
  for op in f.body { for v in op.operands { uses[v.id] += 1 } }
  for v in f.returnValues { uses[v.id] += 1 }
  WorkCounter.visited(f.body.count)
  var body = f.body
  var producerIndex: [Value: Int] = [:]
  var removed: [Bool] = Array(repeating: false, count: body.count)
  let context = BodyContext(f: f)
  for i in body.indices {
    let op = body[i]
    for r in op.results { producerIndex[r] = i }
    guard let rule = op.def.simplify.singleUseCompose, op.operands.count == 1, op.results.count == 1,
          uses[op.operands[0].id] == 1, let j = producerIndex[op.operands[0]], body[j].results.count == 1,
          let combined = rule(op, body[j], context) else { continue }
    body[j] = combined
    for r in combined.results { producerIndex[r] = j }
    removed[i] = true
  }
  guard removed.contains(true) else { return f }
  var g = f
  g.body = body.indices.filter { !removed[$0] }.map { body[$0] }
  return g
}

/// What a rule sees of a simplified function's body (types only).
private struct BodyContext: SimplifyContext {
  let f: Function
  func type(_ v: Value) -> TensorType { f.type(of: v) }
  func splat(_ v: Value) -> Scalar? { nil }
  func producer(_ v: Value) -> Operation? { nil }
}

private struct CSEKey: Hashable {
  var op: String
  var operands: [Value]
  /// Exact (0.0 and -0.0 differ): `Attributes`' `==` compares floats as numbers.
  var attrs: String
  var types: [TensorType]
}

private struct Simplifier: SimplifyContext {
  let f: Function
  let mode: SimplifyMode
  var out: Function
  /// Known constant values of `out`'s values (a scalar tensor for a splat).
  var constants: [Value: HostTensor] = [:]
  var cse: [CSEKey: [Value]] = [:]
  /// Producers of `out`'s values, for rewrites that look through an operand.
  var producers: [Value: Operation] = [:]

  init(_ f: Function, mode: SimplifyMode) {
    self.f = f
    self.mode = mode
    out = f
    out.body = []
  }

  func type(_ x: Value) -> TensorType { out.type(of: x) }
  func producer(_ x: Value) -> Operation? { producers[x] }

  /// The splat value of `x`, if it is a splat constant.
  func splat(_ x: Value) -> Scalar? {
    guard let c = constants[x], c.isSplat, c.count > 0 else { return nil }
    return c.scalar(at: 0)
  }

  /// One walk over the body (`Function.walk`): each value of `f` is bound
  /// to the value of `out` that replaces it (itself, unless rewritten or
  /// merged). A body using a value before its definition (never verified)
  /// is left as it is.
  mutating func run() {
    let f = self.f
    let returned: [Value]
    do {
      returned = try f.walk(args: f.params, missing: { $0 }) { (op: Operation, operands: [Value]) throws(UnboundValue) -> [Value] in
        self.simplified(op, operands: operands)
      }
    } catch {
      out = f
      return
    }
    out.returnValues = returned
  }

  /// Appends `op` (its operands replaced by `operands`), simplified, to
  /// `out`; returns the values its results become.
  mutating func simplified(_ op: Operation, operands: [Value]) -> [Value] {
    var op2 = op
    op2.operands = operands
    if !op.regions.isEmpty {
      // Regions are simplified on their own (they are closed); an op with
      // regions is never folded by running it, nor merged with another.
      op2.regions = op.regions.map { simplifyFunction($0, mode: mode) }
      for r in op2.results { producers[r] = op2 }
      out.body.append(op2)
      return op2.results
    }
    if let values = expanded(op2) { return values }
    op2 = canonical(op2)
    if let combined = fold(op2) { op2 = combined }
    if let r = rewrite(op2) { return [r] }
    if let folded = fold(op2) { op2 = folded }
    let key = CSEKey(op: op2.name, operands: op2.operands, attrs: op2.attrs.exactText, types: op2.results.map { out.type(of: $0) })
    if let existing = cse[key] { return existing }
    cse[key] = op2.results
    if op2.def.opClass == .constant, let t = op2.attrs.tensor("value") { constants[op2.results[0]] = t }
    for r in op2.results { producers[r] = op2 }
    out.body.append(op2)
    return op2.results
  }

  /// The op as several simpler ops, by its `expand` rule (a product whose
  /// contracted dims all have size 1 is a multiply of broadcasts): each is
  /// simplified in turn; returns the values the op's results become.
  mutating func expanded(_ op: Operation) -> [Value]? {
    guard let rule = op.def.simplify.expand else { return nil }
    let context: any SimplifyContext = self
    guard let ops = rule(op, context, { out.newValue($0) }), !ops.isEmpty else { return nil }
    var bound: [Value: Value] = [:]
    var last: [Value] = []
    for var new in ops {
      new.operands = new.operands.map { bound[$0] ?? $0 }
      new.locs = op.locs
      last = simplified(new, operands: new.operands)
      for (r, v) in zip(new.results, last) { bound[r] = v }
    }
    return last
  }

  /// The op's canonical form (a broadcast or transpose that only inserts or
  /// moves size-1 dims is a reshape), by its `canonical` rule.
  func canonical(_ op: Operation) -> Operation {
    guard op.results.count == 1, let rule = op.def.simplify.canonical else { return op }
    return rule(op, self) ?? op
  }

  /// An existing value equal to `op`'s single result, by its `identity`
  /// rule, or (final mode only) its `valueIdentity` rule.
  func rewrite(_ op: Operation) -> Value? {
    guard op.results.count == 1 else { return nil }
    let rt = out.type(of: op.results[0])
    if let rule = op.def.simplify.identity, let v = rule(op, rt, self) { return v }
    if mode == .final, let rule = op.def.simplify.valueIdentity { return rule(op, rt, self) }
    return nil
  }

  /// `op` replaced by a constant (folded) or by a combined op, if possible.
  func fold(_ op: Operation) -> Operation? {
    guard op.results.count == 1 else { return nil }
    let r = op.results[0]
    let rt = out.type(of: r)
    // Ops of ops (transpose of a transpose, ...), by the op's `compose` rule.
    if let p = op.operands.first.flatMap({ producers[$0] }), op.operands.count == 1, let compose = op.def.simplify.compose,
       let combined = compose(op, p, self) {
      return combined
    }
    // Constant folding.
    guard op.def.opClass != .constant, op.def.opClass != .call, let eval = op.def.evaluate,
          op.operands.allSatisfy({ constants[$0] != nil }) else { return nil }
    let values = op.operands.map { constants[$0]! }
    let allSplat = values.allSatisfy { $0.isSplat }
    var result: HostTensor
    let movesSplat = op.def.opClass == .indexMap && op.def.rereadsOperands && op.operands.count == 1
    if allSplat && (op.def.opClass == .elementwise || movesSplat) {
      // Splat in, splat out: evaluate on one element.
      // (An empty operand has no element to evaluate on: issue #9's fuzzer found `add` of a
      // splat and an empty folded constant, both f32[0], trapping here.)
      guard values.allSatisfy({ $0.count > 0 }), let s = values.first?.scalar(at: 0) else { return nil }
      if movesSplat {
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
    var c = Operation(OpRegistry.constant, operands: [], results: [r], attrs: Attributes(["value": .tensor(result)]))
    c.locs = op.locs
    return c
  }

  /// Drops operations none of whose results are used (every op is pure).
  func deadCodeEliminated() -> Function {
    var live = [Bool](repeating: false, count: out.values.count)
    for v in out.returnValues { live[v.id] = true }
    var keep = [Bool](repeating: false, count: out.body.count)
    WorkCounter.visited(out.body.count)
    for (i, op) in out.body.enumerated().reversed() where op.results.contains(where: { live[$0.id] }) {
      keep[i] = true
      for v in op.operands { live[v.id] = true }
    }
    var g = out
    g.body = out.body.indices.filter { keep[$0] }.map { out.body[$0] }
    return g
  }
}
