/// `while`: a loop that runs while a condition holds (`lax.while_loop`), an
/// operation with two regions (IR/README.md, section 3b).
///
///     %x, %n = while %x0, %n0, max_trips=50 : (f64[], i32[])
///       cond(%a: f64[], %k: i32[]) {
///         ...
///         yield %p                      // i1[]
///       }
///       body(%a: f64[], %k: i32[]) {
///         ...
///         yield %a2, %k2
///       }
///
/// The operands are the initial carries; `cond` takes the carries and
/// yields an `i1[]`; `body` takes and yields the carries. Results: the
/// carries once `cond` is false. With `max_trips=M`, a condition still true
/// after M executions of the body is an error (the interpreter names the
/// loop's line; compiled code returns status 3).
///
/// Rules:
/// - JVP: one while over [carries, tangent carries] (a carry has a tangent
///   if its initial value has one or a step gives it one); `cond` takes the
///   tangents and ignores them.
/// - Reverse mode (partial evaluation), only with `max_trips`: the JVP'd
///   loop becomes a `scan` of `max_trips` steps whose body runs a trip under
///   a `cond` on "still running" (a carried flag), split by scan's own
///   rule: the primal scan records each trip's residuals and flag, the
///   linear scan replays the recorded trips (the others are identities).
///   A `while` with `max_trips=0` after it on the final carries keeps the
///   error: its condition must be false there. Without `max_trips` reverse
///   mode is an error asking for it. The residual buffer holds `max_trips`
///   trips whatever the trip count; `checkpoint=K` passes on to the scan
///   (ScanCheckpoint.swift), storing max_trips/K carries and K trips' residuals.
/// - Batching: an unbatched condition keeps one while of batched regions; a
///   batched one runs until every lane is done, finished lanes frozen
///   (`select` on the lane's condition), the loop's condition being "any
///   lane still running".

extension OpRegistry {
  static let whileOps: [OpDef] = [whileOp]
}

private let whileOp = OpDef(
  "while", arity: .atLeast(1), attrs: [AttrSpec("max_trips", .int, required: false), AttrSpec("checkpoint", .int, required: false)],
  type: { i throws(RuleError) in
    if let m = i.attrs["max_trips"]?.intValue, m < 0 {
      throw RuleError("'while' needs max_trips >= 0, got \(m)", at: .attr("max_trips"))
    }
    try checkCheckpoint(i.attrs, "while")
    guard i.regions.map(\.label) == ["cond", "body"] else {
      throw RuleError("'while' takes two regions, cond(...) { ... } and body(...) { ... }", at: i.regions.isEmpty ? .op : .region(0))
    }
    for (k, r) in i.regions.enumerated() where r.params != i.operands {
      throw RuleError("region '\(r.label)' takes \(typeList(r.params)), but 'while' passes it its carries \(typeList(i.operands))", at: .region(k))
    }
    guard i.regions[0].results == [TensorType(.i1, [])] else {
      throw RuleError("region 'cond' must yield one i1[], got \(typeList(i.regions[0].results))", at: .regionYield(0))
    }
    guard i.regions[1].results == i.operands else {
      throw RuleError("region 'body' must yield the carries \(typeList(i.operands)), got \(typeList(i.regions[1].results))", at: .regionYield(1))
    }
    return i.operands
  },
  eval: nil,
  jvp: whileJVP, batch: whileBatch,
  class: .region, linearity: .nonlinear,
  evalRegions: { i, run throws(InterpreterError) in
    var carries = i.operands
    var trips = 0
    let maxTrips = i.attrs["max_trips"]?.intValue
    while case .i1(let p) = try run(0, carries)[0].storage, p[0] {
      if let m = maxTrips, trips >= m { throw maxTripsError(i.location, m) }
      guard trips < i.tripBudget else { throw tripBudgetError("while", i) }
      carries = try run(1, carries)
      trips += 1
    }
    return carries
  },
  jvpEmitsPrimal: true,
  partialEval: whilePartialEval,
  linearResults: { linear, _, regions, passes in
    guard regions.count == 2 else { return linear }
    return linearCarries(regions[1], carries: linear.count, linear: linear, passes: passes).0
  })

/// The interpreter's error for a `while` whose condition still holds after
/// `max_trips` executions of its body.
public func maxTripsError(_ loc: SourceLoc?, _ m: Int) -> InterpreterError {
  InterpreterError("the condition of 'while'\(loc.map { " at line \($0.line)" } ?? "") still holds after max_trips=\(m) executions of its body")
}

/// The while's JVP (see the file's header).
private let whileJVP: JVPRule = { c throws(BuildError) in
  let passes = try c.regionPasses()
  let (condRegion, body) = (c.regionBodies[0], c.regionBodies[1])
  let types = c.primals.map { c.type($0) }
  let given = c.tangents.map { $0 != nil }
  let (mc, _) = linearCarries(body, carries: types.count, linear: given, passes: passes, only: types.map(\.dtype.isFloat))
  let jb = try passes.jvp(body, tangentMask: mc)
  let tangentTypes = types.indices.filter { mc[$0] }.map { types[$0] }

  var cb = FunctionBuilder(name: "cond")
  let cs = types.map { cb.addParam($0) }
  for t in tangentTypes { _ = cb.addParam(t) }
  cb.ret(try cb.inline(condRegion, args: cs))

  var bb = FunctionBuilder(name: "body")
  let ps = (types + tangentTypes).map { bb.addParam($0) }
  let outs = try bb.inline(jb, args: ps)
  var yields = Array(outs[..<types.count])
  var k = types.count
  for (j, t) in types.enumerated() where t.dtype.isFloat {
    if mc[j] { yields.append(outs[k]) }
    k += 1
  }
  bb.ret(yields)

  var inits = c.primals
  for j in types.indices where mc[j] {
    if let t = c.tangents[j] { inits.append(t) } else { inits.append(try c.zeros(like: c.primals[j])) }
  }
  let r = try c.b.whileLoop(inits, maxTrips: c.attrs["max_trips"]?.intValue, checkpoint: c.attrs["checkpoint"]?.intValue, cond: cb.function, body: bb.function)
  c.results = Array(r[..<types.count])
  var tangents: [Value?] = []
  k = types.count
  for j in types.indices {
    if mc[j] { tangents.append(r[k]); k += 1 } else { tangents.append(nil) }
  }
  return tangents
}

/// The while's partial evaluation (see the file's header).
private let whilePartialEval: PartialEvalRule = { c throws(BuildError) in
  guard let m = c.op.attrs["max_trips"]?.intValue else {
    throw BuildError("reverse mode through 'while'\(c.op.locs.op.map { " (line \($0.line))" } ?? "") needs max_trips=N on the loop: the backward pass replays at most N recorded trips",
                     isUserError: true)
  }
  let (condRegion, body) = (c.op.regions[0], c.op.regions[1])
  let flag = TensorType(.i1, [])
  // The scan's body: a trip under a cond on "still running".
  var sb = FunctionBuilder(name: "body")
  let cs = c.operandTypes.map { sb.addParam($0) }
  let running = sb.addParam(flag)
  let holds = try sb.inline(condRegion, args: cs)[0]
  let go = try sb.and(running, holds)
  let trip = try FunctionBuilder.region("then", params: c.operandTypes) { b, xs throws(BuildError) in try b.inline(body, args: xs) }
  let stay = try FunctionBuilder.region("else", params: c.operandTypes) { _, xs throws(BuildError) in xs }
  sb.ret(try sb.cond(go, cs, branches: [trip, stay]) + [go])

  // The scan as the op being split: the carries, then the flag (a primal
  // operand the linearized function does not have: its operand slot names
  // any value; the rule reads only its primal value).
  let on = try c.b.constant(.bool(true), flag)
  var attrs = Attributes(["carries": .int(c.operandTypes.count + 1), "length": .int(m)])
  attrs["checkpoint"] = c.op.attrs["checkpoint"]
  let scan = Operation(OpRegistry["scan"], operands: c.op.operands + [c.op.operands[0]], results: c.op.results + [c.op.results[0]],
                       attrs: attrs, locs: c.op.locs, regions: [sb.function])
  var sc = PartialEvalContext(b: c.b, op: scan, operandTypes: c.operandTypes + [flag], resultTypes: c.resultTypes + [flag],
                              linear: c.linear + [false], primals: c.primals + [on], regions: c.regions)
  guard let rule = scan.def.partialEval else { throw BuildError("internal error: 'scan' has no partial evaluation") }
  var split = try rule(&sc)
  c.b = sc.b
  split.primalResults.removeLast()

  // The error of the loop: its condition must be false on the final
  // carries (the linear carries' slots get zeros: `cond` of a JVP'd loop
  // ignores tangents). The primal results flow through this check.
  var finals: [Value] = []
  for (j, t) in c.resultTypes.enumerated() {
    if let v = split.primalResults[j] { finals.append(v) } else { finals.append(try c.b.zeros(t)) }
  }
  let identity = try FunctionBuilder.region("body", params: c.operandTypes) { _, xs throws(BuildError) in xs }
  let checked = try c.b.whileLoop(finals, maxTrips: 0, cond: condRegion, body: identity)
  for j in c.resultTypes.indices where split.primalResults[j] != nil { split.primalResults[j] = checked[j] }
  return split
}

/// The while's batching rule (see the file's header).
private let whileBatch: BatchRule = { c throws(BuildError) in
  let passes = try c.regionPasses()
  let (condRegion, body) = (c.regionBodies[0], c.regionBodies[1])
  var bc = c.dims.map { $0 != nil }
  func axes(_ mask: [Bool]) -> [Int?] { mask.map { $0 ? 0 : nil } }
  var predBatched = false
  while true {
    predBatched = try passes.batch(condRegion, dims: axes(bc), size: c.size, outAxes: nil).1[0] != nil
    if predBatched { bc = bc.map { _ in true } }
    let (_, out) = try passes.batch(body, dims: axes(bc), size: c.size, outAxes: nil)
    var changed = false
    for k in bc.indices where out[k] != nil && !bc[k] {
      bc[k] = true
      changed = true
    }
    if !changed { break }
  }
  var inits: [Value] = []
  for k in c.operands.indices { inits.append(bc[k] ? try c.batchedAtZero(c.operands[k], axis: c.dims[k]) : c.operands[k]) }
  let maxTrips = c.attrs["max_trips"]?.intValue
  let checkpoint = c.attrs["checkpoint"]?.intValue
  let bbody = try passes.batch(body, dims: axes(bc), size: c.size, outAxes: axes(bc)).0
  guard predBatched else {
    let bcond = try passes.batch(condRegion, dims: axes(bc), size: c.size, outAxes: [nil]).0
    let r = try c.b.whileLoop(inits, maxTrips: maxTrips, checkpoint: checkpoint, cond: bcond, body: bbody)
    return zip(r, axes(bc)).map { ($0, $1) }
  }
  // Every lane runs until its condition fails; the loop runs while any does.
  let types = inits.map { c.type($0) }
  let bcond = try passes.batch(condRegion, dims: axes(bc), size: c.size, outAxes: [0]).0
  let anyLane = try FunctionBuilder.region("cond", params: types) { b, xs throws(BuildError) in
    let p = try b.inline(bcond, args: xs)[0]
    let n = try b.reduceMax(b.convert(p, to: .i32), dims: [0])
    return [try b.gt(n, b.zeros(TensorType(.i32, [])))]
  }
  let frozen = try FunctionBuilder.region("body", params: types) { b, xs throws(BuildError) in
    let p = try b.inline(bcond, args: xs)[0]
    let next = try b.inline(bbody, args: xs)
    var out: [Value] = []
    for (x, y) in zip(xs, next) {
      let mask = try b.broadcastInDim(p, shape: b.type(x).shape, dims: [0])
      out.append(try b.select(mask, y, x))
    }
    return out
  }
  let r = try c.b.whileLoop(inits, maxTrips: maxTrips, checkpoint: checkpoint, cond: anyLane, body: frozen)
  return r.map { ($0, 0) }
}

private func typeList(_ ts: [TensorType]) -> String {
  "(" + ts.map(\.description).joined(separator: ", ") + ")"
}
