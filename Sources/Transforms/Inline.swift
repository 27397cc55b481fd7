/// Inlining: replaces every `call` in a function by the callee's body,
/// without recursion through chains of calls, so the
/// differentiation and batching passes see one flat function. Spec section 2's operation limit is enforced as it grows.

import FTIR

/// Copies `f`'s body into `b`, mapping its parameters to `args`; returns the
/// values of its results. Calls are inlined through `lookup`, in regions
/// too (a region's calls are inlined into the region). Iterative: a stack
/// of the bodies being copied, one per call being inlined, so a chain of
/// calls as long as the module cannot overflow the stack, and each callee
/// is walked where it is called (work linear in what is built).
func inlineBody(_ f: Function, into b: inout FunctionBuilder, args: [Value],
                lookup: (String) throws(ExpandError) -> Function) throws(ExpandError) -> [Value] {
  var frames = [InlineFrame(f, args: args)]
  while true {
    let k = frames.count - 1
    guard frames[k].next < frames[k].f.body.count else {
      let outs = try frames[k].f.returnValues.map { (v: Value) throws(ExpandError) -> Value in try frames[k].value(v) }
      frames.removeLast()
      guard let caller = frames.indices.last else { return outs }
      let call = frames[caller].f.body[frames[caller].next - 1]
      for (r, v) in zip(call.results, outs) { frames[caller].env[r.id] = v }
      continue
    }
    let op = frames[k].f.body[frames[k].next]
    frames[k].next += 1
    WorkCounter.visited()
    var operands: [Value] = []
    for v in op.operands { operands.append(try frames[k].value(v)) }
    b.location = op.locs.op
    if op.def.name == "call" {
      guard frames.count < Limits.maxOperations else { throw ExpandError("calls nest too deeply to inline") }
      frames.append(InlineFrame(try lookup(op.attrs.symbol("callee")), args: operands))
      continue
    }
    var regions: [Function] = []
    for r in op.regions { regions.append(try inlined(r, lookup: lookup)) }
    let results = try b.emitCheckedCopy(of: op, in: frames[k].f, operands: operands, regions: regions)
    for (r, v) in zip(op.results, results) { frames[k].env[r.id] = v }
  }
}

/// A body being copied by `inlineBody`: its values bound to the builder's.
private struct InlineFrame {
  let f: Function
  var env: [Value?]
  /// The next operation to copy.
  var next = 0

  init(_ f: Function, args: [Value]) {
    self.f = f
    env = [Value?](repeating: nil, count: f.values.count)
    for (p, a) in zip(f.params, args) { env[p.id] = a }
  }

  func value(_ v: Value) throws(ExpandError) -> Value {
    guard let x = env[v.id] else { throw ExpandError("internal error: a value of @\(f.name) is used before its definition") }
    return x
  }
}

/// Whether `f` (regions included) calls a function.
func containsCall(_ f: Function) -> Bool {
  var found = false
  f.forEachOperation { op, _ in if op.def.name == "call" { found = true } }
  return found
}

/// `f` with every call inlined (its callees' own calls inlined by `lookup`).
func inlined(_ f: Function, lookup: (String) throws(ExpandError) -> Function) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: f.name, isPrivate: f.isPrivate)
  b.location = f.locs.name
  let params = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  let outs = try inlineBody(f, into: &b, args: params, lookup: lookup)
  b.ret(outs)
  var g = b.function
  g.locs = f.locs
  return g
}

extension FunctionBuilder {
  /// Throws unless this function may gain `more` operations: the running
  /// expansion's module-wide budget is spent, or (outside one) the limit on
  /// this function alone is reached. Passes call it with 0 after each rule
  /// (rules emit with plain `emit`).
  func checkBudget(gaining more: Int = 1) throws(ExpandError) {
    if let budget = OperationBudget.current {
      guard budget.allows(more, after: function.body.count) else {
        throw ExpandError("\(budget.stage) exceeds the limit of \(budget.limit) operations in the module")
      }
    } else if function.body.count + more > Limits.maxOperations {
      throw ExpandError("expansion exceeds the limit of \(Limits.maxOperations) operations")
    }
  }

  /// `emit` that turns a type-rule failure into an ExpandError and enforces
  /// the operation limit: the running expansion's module-wide budget, or
  /// the limit on this function alone.
  mutating func emitChecked(_ def: OpDef, _ operands: [Value], attrs: Attributes, types: [TensorType],
                            names: [String?] = [], regions: [Function] = []) throws(ExpandError) -> [Value] {
    try checkBudget()
    do { return try emit(def, operands, attrs: attrs, types: def.typeIsInput ? types : [], names: names, regions: regions) }
    catch { throw ExpandError("internal error: \(error.message)") }
  }

  /// `op` of `f` emitted again on `operands` (and `regions`, by default its
  /// own), with the budget checked: how every pass copies an op it leaves as it is.
  mutating func emitCheckedCopy(of op: Operation, in f: Function, operands: [Value],
                                regions: [Function]? = nil) throws(ExpandError) -> [Value] {
    try emitChecked(op.def, operands, attrs: op.attrs, types: op.results.map { f.type(of: $0) },
                    names: op.results.map { f.name(of: $0) }, regions: regions ?? op.regions)
  }
}

/// A failure while expanding a transform definition.
public struct ExpandError: Error, Sendable, CustomStringConvertible {
  public var message: String
  /// Where in the transform definition being expanded the problem is (e.g.
  /// the value of the offending key); nil: at the definition's transform name.
  public var loc: SourceLoc?
  public init(_ message: String, at loc: SourceLoc? = nil) {
    self.message = message
    self.loc = loc
  }
  public init(_ e: BuildError) { message = (e.isUserError ? "" : "internal error: ") + e.message }
  public var description: String { message }
}

/// Every function of `m` (transforms expanded) with its calls inlined, for
/// the backend: a kernel never spans functions. Each function is flattened
/// by walking its callees where they are called, so the work is linear in
/// the size of the result; the result is held to the module's operation
/// limit as it grows (inlining can copy a callee many times).
public func inlineCalls(_ m: Module, maxOperations: Int = Limits.maxOperations) -> Result<Module, DiagnosticList> {
  let budget = OperationBudget(limit: maxOperations, stage: "inlining")
  budget.committed = m.functions.reduce(0) { $0 + (containsCall($1) ? 0 : $1.operationCount) }
  return OperationBudget.$current.withValue(budget) { inlineCalls(m, budget: budget) }
}

private func inlineCalls(_ m: Module, budget: OperationBudget) -> Result<Module, DiagnosticList> {
  var out = m
  let index = m.functionIndex
  func lookup(_ name: String) throws(ExpandError) -> Function {
    guard let i = index[name], m.functions[i].transform == nil else { throw ExpandError("undefined function @\(name)") }
    return m.functions[i]
  }
  var diags: [Diagnostic] = []
  for (i, f) in m.functions.enumerated() where f.transform == nil && containsCall(f) {
    do {
      let g = try inlined(f, lookup: lookup)
      budget.committed += g.operationCount
      out.functions[i] = g
    } catch {
      diags.append(Diagnostic(error.message, at: f.locs.name))
      if budget.exhausted { break }
    }
  }
  return diags.isEmpty ? .success(out) : .failure(DiagnosticList(diags))
}
