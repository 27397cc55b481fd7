/// `scan`: a loop over the leading axis of its inputs (`lax.scan`), an
/// operation with one region (IR/README.md, section 3b).
///
///     %h, %ys = scan %h0, %xs, carries=1, length=5 : (f32[2], f32[5, 2])
///       body(%c: f32[2], %x: f32[2]) {
///         %s = add %c, %x : f32[2]
///         %t = tanh %s : f32[2]
///         yield %t, %t
///       }
///
/// The first `carries` operands are the initial carries, the others the
/// inputs, each with leading dimension `length`. Step i runs the body on the
/// carries and row i of every input; it yields the next carries, then the
/// step's outputs. Results: the final carries, then each output stacked
/// along a new leading axis (row i from step i). `reverse=true` runs
/// i = length-1 ... 0. `carries` defaults to the operand count: a scan
/// without inputs is a fori loop.
///
/// Rules (each transforms the body as a whole function through the running
/// pass, `RegionPasses`):
/// - JVP: one scan computing primal and tangent together. A carry has a
///   tangent if its initial value has one or if a step can give it one (a
///   fixpoint over the body's dependences); carries are
///   [primal, tangents], inputs [primal, tangents].
/// - Partial evaluation: a primal scan yielding, besides its own results,
///   the residuals of every step as stacked outputs, and a linear scan over
///   the tangent carries with the stacked residuals as inputs. Residuals of
///   loop-invariant values are computed once and carried unchanged by the
///   linear scan instead (LoopInvariants.swift).
/// - Transpose (of the linear scan): a scan in the other direction whose
///   carries are the carries' cotangents and whose inputs are the residuals
///   and the outputs' cotangents; its outputs are the inputs' cotangents.
/// - Batching: a carry batched at any step is batched (at 0) in all; inputs
///   move their batch axis to 1 (the body sees it at 0); outputs come out
///   batched at 1.

extension OpRegistry {
  static let loopOps: [OpDef] = [scanOp]
}

/// The layout of one scan: how many carries, inputs and per-step outputs.
struct ScanLayout {
  let carries: Int
  let inputs: Int
  let length: Int
  let reverse: Bool
  /// Reverse mode stores every `checkpoint`-th carry (ScanCheckpoint.swift).
  let checkpoint: Int?

  init(_ attrs: Attributes, operandCount: Int) {
    carries = attrs["carries"]?.intValue ?? operandCount
    inputs = operandCount - carries
    length = attrs.int("length")
    reverse = attrs.bool("reverse")
    checkpoint = attrs["checkpoint"]?.intValue
  }
}

/// A row of `t` (its leading axis dropped).
func rowType(_ t: TensorType) -> TensorType { t.with(shape: Array(t.shape.dropFirst())) }
/// `t` stacked `n` times along a new leading axis.
func stackedType(_ t: TensorType, _ n: Int) -> TensorType { t.with(shape: [n] + t.shape) }

private let scanOp = OpDef(
  "scan", arity: .atLeast(0),
  attrs: [AttrSpec("carries", .int, required: false), AttrSpec("length", .int), AttrSpec("reverse", .bool, required: false),
          AttrSpec("checkpoint", .int, required: false)],
  type: { i throws(RuleError) in
    let n = i.attrs.int("length")
    guard n >= 0 else { throw RuleError("'scan' needs length >= 0, got \(n)", at: .attr("length")) }
    try checkCheckpoint(i.attrs, "scan")
    let k = i.attrs["carries"]?.intValue ?? i.operands.count
    guard k >= 0 && k <= i.operands.count else {
      throw RuleError("'scan' has \(i.operands.count) operands, so carries must be in 0...\(i.operands.count), got \(k)", at: .attr("carries"))
    }
    guard i.regions.count == 1, i.regions[0].label == "body" else {
      throw RuleError("'scan' takes one region, body(...) { ... }", at: i.regions.isEmpty ? .op : .region(i.regions.count > 1 ? 1 : 0))
    }
    let carries = Array(i.operands[..<k])
    var rows: [TensorType] = []
    for (j, x) in i.operands[k...].enumerated() {
      guard x.rank >= 1, x.shape[0] == n else {
        throw RuleError("input \(j) of 'scan' must have leading dimension \(n) (its length), got \(x)", at: .operand(k + j))
      }
      rows.append(rowType(x))
    }
    let body = i.regions[0]
    guard body.params == carries + rows else {
      throw RuleError("'scan' passes its body \(typeList(carries + rows)) (the carries, then a row of each input), but the body takes \(typeList(body.params))",
                      at: .region(0))
    }
    guard body.results.count >= k, Array(body.results[..<k]) == carries else {
      throw RuleError("the body of 'scan' must yield the carries \(typeList(carries)) first, then its outputs; it yields \(typeList(body.results))",
                      at: .regionYield(0))
    }
    guard !body.results.isEmpty else { throw RuleError("'scan' must have at least one result", at: .regionYield(0)) }
    return carries + body.results[k...].map { stackedType($0, n) }
  },
  eval: nil,
  jvp: scanJVP, transpose: scanTranspose, batch: scanBatch,
  class: .region, linearity: .throughRegions,
  evalRegions: { i, run throws(InterpreterError) in
    let s = ScanLayout(i.attrs, operandCount: i.operands.count)
    guard s.length <= i.tripBudget else { throw tripBudgetError("scan", i) }
    var carries = Array(i.operands[..<s.carries])
    let xs = Array(i.operands[s.carries...])
    let outTypes = i.resultTypes[s.carries...].map(rowType)
    var rows = outTypes.map { _ in [HostTensor?](repeating: nil, count: s.length) }
    for step in 0..<s.length {
      let t = s.reverse ? s.length - 1 - step : step
      let outs = try run(0, carries + xs.map { $0.row(t) })
      carries = Array(outs[..<s.carries])
      for j in rows.indices { rows[j][t] = outs[s.carries + j] }
    }
    return carries + zip(rows, outTypes).map { HostTensor.stack($0.0.compactMap { $0 }, row: $0.1) }
  },
  jvpEmitsPrimal: true,
  partialEval: scanPartialEval,
  linearResults: { linear, attrs, regions, passes in
    guard let body = regions.first else { return [] }
    let s = ScanLayout(attrs, operandCount: linear.count)
    let (lc, yields) = linearCarries(body, carries: s.carries, linear: linear, passes: passes)
    return lc + yields[s.carries...]
  })

/// Which carries of a loop body are linear (or have a tangent): those whose
/// initial value is, then every carry a step makes depend on one, until
/// nothing changes (at most `carries` rounds). Returns the carries' mask and
/// the body's linear yields for it.
func linearCarries(_ body: Function, carries k: Int, linear: [Bool], passes: any RegionPasses,
                   only allowed: [Bool]? = nil) -> ([Bool], [Bool]) {
  var lc = Array(linear[..<k])
  let lx = Array(linear[k...])
  while true {
    let ys = passes.linearYields(body, linearParams: lc + lx)
    var changed = false
    for c in 0..<k where ys[c] && !lc[c] && (allowed?[c] ?? true) {
      lc[c] = true
      changed = true
    }
    if !changed { return (lc, ys) }
  }
}

/// The scan's JVP (see the file's header).
private let scanJVP: JVPRule = { c throws(BuildError) in
  let passes = try c.regionPasses()
  let s = ScanLayout(c.attrs, operandCount: c.primals.count)
  let body = c.regionBodies[0]
  let floats = body.params.map { body.type(of: $0).dtype.isFloat }
  let given = c.tangents.map { $0 != nil }
  let (mc, _) = linearCarries(body, carries: s.carries, linear: given, passes: passes, only: Array(floats[..<s.carries]))
  let mx = Array(given[s.carries...])
  let jb = try passes.jvp(body, tangentMask: mc + mx)
  let carryTypes = Array(body.resultTypes[..<s.carries])
  let outTypes = Array(body.resultTypes[s.carries...])
  let yieldTypes = carryTypes + outTypes

  // The body in scan layout: [carries, carry tangents | rows, row tangents]
  // -> [carries, carry tangents, outputs, output tangents].
  var rb = FunctionBuilder(name: "body")
  let cs = carryTypes.map { rb.addParam($0) }
  let cts = carryTypes.indices.filter { mc[$0] }.map { rb.addParam(carryTypes[$0]) }
  let xs = body.params[s.carries...].map { rb.addParam(body.type(of: $0)) }
  let xts = body.params.indices.dropFirst(s.carries).filter { mx[$0 - s.carries] }.map { rb.addParam(body.type(of: body.params[$0])) }
  let outs = try rb.inline(jb, args: cs + xs + cts + xts)
  var tangentOf: [Int: Value] = [:]
  var k = yieldTypes.count
  for (j, t) in yieldTypes.enumerated() where t.dtype.isFloat {
    tangentOf[j] = outs[k]
    k += 1
  }
  var yields = Array(outs[..<s.carries])
  for j in 0..<s.carries where mc[j] { yields.append(tangentOf[j]!) }
  yields += outs[s.carries..<yieldTypes.count]
  for j in outTypes.indices where outTypes[j].dtype.isFloat { yields.append(tangentOf[s.carries + j]!) }
  rb.ret(yields)

  var inits = Array(c.primals[..<s.carries])
  for j in 0..<s.carries where mc[j] {
    if let t = c.tangents[j] { inits.append(t) } else { inits.append(try c.zeros(like: c.primals[j])) }
  }
  var inputs = Array(c.primals[s.carries...])
  for (j, t) in c.tangents.enumerated().dropFirst(s.carries) { if let t { inputs.append(t) } }
  let r = try c.b.scan(inits, inputs, length: s.length, reverse: s.reverse, checkpoint: s.checkpoint, body: rb.function)

  let nc = inits.count
  c.results = Array(r[..<s.carries]) + Array(r[nc..<(nc + outTypes.count)])
  var tangents: [Value?] = []
  var kc = s.carries
  for j in 0..<s.carries {
    if mc[j] { tangents.append(r[kc]); kc += 1 } else { tangents.append(nil) }
  }
  var ky = nc + outTypes.count
  for t in outTypes {
    if t.dtype.isFloat { tangents.append(r[ky]); ky += 1 } else { tangents.append(nil) }
  }
  return tangents
}

/// The scan's partial evaluation (see the file's header).
private let scanPartialEval: PartialEvalRule = { c throws(BuildError) in
  let op = c.op
  let passes = c.regions
  let body = op.regions[0]
  let s = ScanLayout(op.attrs, operandCount: op.operands.count)
  if s.checkpoint != nil && s.length > 0 { return try checkpointedScanPartialEval(&c, s) }
  let (lc, ys) = linearCarries(body, carries: s.carries, linear: c.linear, passes: passes)
  let lx = Array(c.linear[s.carries...])
  let ly = Array(ys[s.carries...])
  let split = try passes.partialEval(body, linearParams: lc + lx, linearYields: lc + ly)

  // The primal scan: the primal carries and inputs; yields the primal
  // carries, the primal outputs and the per-step residuals (stacked).
  // Invariant residuals are computed once, before it (LoopInvariants.swift).
  var primalResults = [Value?](repeating: nil, count: c.resultTypes.count)
  var stacked: [Value] = []
  var invariants: [Value] = []
  let primalCarries = (0..<s.carries).filter { !lc[$0] }
  let primalOuts = ly.indices.filter { !ly[$0] }
  var inits: [Value] = []
  for k in primalCarries { inits.append(try c.primals[k].unwrapped("carry \(k)")) }
  let hoist = try LoopInvariantResiduals(primal: split.primal, carries: primalCarries.count,
                                         keep: primalCarries.count + primalOuts.count)
  if !hoist.invariant.isEmpty { invariants = try c.b.inline(hoist.hoisted, args: hoist.hoistedCarries.map { inits[$0] }) }
  if !hoist.primal.resultTypes.isEmpty {
    var inputs: [Value] = []
    for k in c.linear.indices.dropFirst(s.carries) where !c.linear[k] { inputs.append(try c.primals[k].unwrapped("input \(k)")) }
    let outs = try c.b.scan(inits, inputs, length: s.length, reverse: s.reverse, body: hoist.primal)
    for (j, k) in primalCarries.enumerated() { primalResults[k] = outs[j] }
    for (j, k) in primalOuts.enumerated() { primalResults[s.carries + k] = outs[primalCarries.count + j] }
    stacked = Array(outs[(primalCarries.count + primalOuts.count)...])
  }

  // The linear scan: carries = the linear carries, then the invariant
  // residuals (passed through); inputs = the per-step residuals' rows, then
  // the linear inputs' rows.
  let linearCarries = (0..<s.carries).filter { lc[$0] }
  let linearInputs = lx.indices.filter { lx[$0] }.map { $0 + s.carries }
  var rb = FunctionBuilder(name: "body")
  let carryParams = linearCarries.map { rb.addParam(c.operandTypes[$0]) }
  var residualParams = [Value?](repeating: nil, count: split.residualTypes.count)
  for r in hoist.invariant { residualParams[r] = rb.addParam(split.residualTypes[r]) }
  for r in hoist.perStep { residualParams[r] = rb.addParam(split.residualTypes[r]) }
  let inputParams = linearInputs.map { rb.addParam(rowType(c.operandTypes[$0])) }
  let linearYields = try rb.inline(split.linear, args: residualParams.map { $0! } + carryParams + inputParams)
  rb.ret(Array(linearYields[..<linearCarries.count]) + hoist.invariant.map { residualParams[$0]! }
         + Array(linearYields[linearCarries.count...]))

  // Operands of the linear op: residuals are [the initial values of linear
  // carries that are primal values (zeros a JVP made), the stacked
  // residuals, the invariant ones]; linear operands are the operands marked
  // linear.
  var residuals: [Value] = []
  var order: [Int] = []
  let linearOperands = c.linear.indices.filter { c.linear[$0] }
  let primalInits = linearCarries.filter { !c.linear[$0] }
  let base = primalInits.count + stacked.count + invariants.count
  for k in linearCarries {
    if c.linear[k] {
      order.append(base + linearOperands.firstIndex(of: k)!)
    } else {
      order.append(residuals.count)
      residuals.append(try c.primals[k].unwrapped("carry \(k)"))
    }
  }
  for v in invariants + stacked {
    order.append(residuals.count)
    residuals.append(v)
  }
  for k in linearInputs { order.append(base + linearOperands.firstIndex(of: k)!) }
  var attrs = Attributes(["carries": .int(linearCarries.count + invariants.count), "length": .int(s.length)])
  if s.reverse { attrs["reverse"] = .bool(true) }
  // The invariant carries' results stand for no result of the scan.
  let linearResults = linearCarries + invariants.map { _ in 0 } + ly.indices.filter { ly[$0] }.map { $0 + s.carries }
  var result = PartialEvalResult(primalResults: primalResults, def: op.def, attrs: attrs, regions: [rb.function],
                                 residuals: residuals, linearOperands: linearOperands,
                                 linearResults: linearResults, operandOrder: order)
  for (j, v) in invariants.enumerated() { result.placeholders[linearCarries.count + j] = c.b.type(v) }
  return result
}

/// The transpose of a linear scan (see the file's header).
private let scanTranspose: TransposeRule = { c throws(BuildError) in
  let passes = try c.regionPasses()
  let s = ScanLayout(c.attrs, operandCount: c.operandTypes.count)
  if let k = s.checkpoint, s.length > 0 { return try checkpointedScanTranspose(&c, s, every: k) }
  let body = c.regionBodies[0]
  // A carry of a linear scan is linear in its body (its initial value may
  // be primal: zeros a JVP made), or a primal value it passes through (an
  // invariant residual, LoopInvariants.swift), which the transposed scan
  // carries too. Inputs that are not linear are residuals.
  let lc = (0..<s.carries).map { c.linear[$0] || body.returnValues[$0] != body.params[$0] }
  let lx = Array(c.linear[s.carries...])
  let tb = try passes.transpose(body, linearParams: lc + lx)
  let carryTypes = Array(c.operandTypes[..<s.carries])
  let outTypes = Array(c.resultTypes[s.carries...])
  let fixed = (0..<s.carries).filter { !lc[$0] }
  let moving = (0..<s.carries).filter { lc[$0] }

  // tb: [fixed carries, residual rows, a cotangent per carry and output row]
  //  -> [linear carry cts, linear input-row cts]. A fixed carry's yield is
  // primal, so its cotangent is ignored: it gets the carry itself.
  var rb = FunctionBuilder(name: "body")
  let fps = fixed.map { rb.addParam(carryTypes[$0]) }
  let ccts = moving.map { rb.addParam(carryTypes[$0]) }
  let res = lx.indices.filter { !lx[$0] }.map { rb.addParam(rowType(c.operandTypes[s.carries + $0])) }
  let octs = outTypes.map { rb.addParam(rowType($0)) }
  var carryCts: [Value] = []
  var (nf, nm) = (0, 0)
  for k in 0..<s.carries {
    if lc[k] { carryCts.append(ccts[nm]); nm += 1 } else { carryCts.append(fps[nf]); nf += 1 }
  }
  rb.ret(fps + (try rb.inline(tb, args: fps + res + carryCts + octs)))

  var inits: [Value] = []
  for k in fixed { inits.append(try c.primal(k)) }
  for k in moving {
    if let ct = c.cts[k] { inits.append(ct) } else { inits.append(try c.zeros(carryTypes[k])) }
  }
  var inputs: [Value] = []
  for k in lx.indices where !lx[k] { inputs.append(try c.primal(s.carries + k)) }
  for (j, t) in outTypes.enumerated() {
    if let ct = c.cts[s.carries + j] { inputs.append(ct) } else { inputs.append(try c.zeros(t)) }
  }
  let r = try c.b.scan(inits, inputs, length: s.length, reverse: !s.reverse, body: rb.function)
  var result = [Value?](repeating: nil, count: c.linear.count)
  for (j, k) in moving.enumerated() { result[k] = r[fixed.count + j] }
  var j = s.carries
  for k in lx.indices where lx[k] {
    result[s.carries + k] = r[j]
    j += 1
  }
  return result
}

/// The scan's batching rule (see the file's header).
private let scanBatch: BatchRule = { c throws(BuildError) in
  let passes = try c.regionPasses()
  let s = ScanLayout(c.attrs, operandCount: c.operands.count)
  let body = c.regionBodies[0]
  var bc = c.dims[..<s.carries].map { $0 != nil }
  let xDims: [Int?] = c.dims[s.carries...].map { $0 == nil ? nil : 0 }
  var outBatched: [Bool] = []
  while true {
    let (_, axes) = try passes.batch(body, dims: bc.map { $0 ? 0 : nil } + xDims, size: c.size, outAxes: nil)
    var changed = false
    for k in 0..<s.carries where axes[k] != nil && !bc[k] {
      bc[k] = true
      changed = true
    }
    outBatched = axes[s.carries...].map { $0 != nil }
    if !changed { break }
  }
  let outAxes: [Int?] = bc.map { $0 ? 0 : nil } + outBatched.map { $0 ? 0 : nil }
  let (bb, _) = try passes.batch(body, dims: bc.map { $0 ? 0 : nil } + xDims, size: c.size, outAxes: outAxes)
  var inits: [Value] = []
  for k in 0..<s.carries {
    inits.append(bc[k] ? try c.batchedAtZero(c.operands[k], axis: c.dims[k]) : c.operands[k])
  }
  var inputs: [Value] = []
  for k in s.carries..<c.operands.count {
    if let d = c.dims[k] { inputs.append(try c.moveAxis(c.operands[k], from: d, to: 1)) } else { inputs.append(c.operands[k]) }
  }
  let r = try c.b.scan(inits, inputs, length: s.length, reverse: s.reverse, checkpoint: s.checkpoint, body: bb)
  var results: [(Value, Int?)] = []
  for k in 0..<s.carries { results.append((r[k], bc[k] ? 0 : nil)) }
  for (j, b) in outBatched.enumerated() { results.append((r[s.carries + j], b ? 1 : nil)) }
  return results
}

/// A loop's `checkpoint=K` must be at least 1.
func checkCheckpoint(_ attrs: Attributes, _ name: String) throws(RuleError) {
  if let k = attrs["checkpoint"]?.intValue, k < 1 {
    throw RuleError("'\(name)' needs checkpoint >= 1 (store every K-th carry), got \(k)", at: .attr("checkpoint"))
  }
}

/// The error of a loop that would pass the interpreter's trip budget.
func tripBudgetError(_ name: String, _ i: EvalInput) -> InterpreterError {
  InterpreterError("'\(name)'\(i.location.map { " at line \($0.line)" } ?? "") would make more than \(i.tripBudget) trips, the interpreter's trip budget; raise it with --max-trips")
}

private func typeList(_ ts: [TensorType]) -> String {
  "(" + ts.map(\.description).joined(separator: ", ") + ")"
}
