/// Checkpointed reverse mode of `scan` (and of `while`, whose reverse mode
/// is a scan): with `checkpoint=K` the forward pass stores no per-step
/// residuals; the backward pass runs the steps again, storing the carry at
/// every K-th step, then walks the chunks of K steps backwards, recomputing
/// each chunk's residuals from its stored carry before transposing it.
/// Memory: ceil(length/K) carries plus K steps' residuals, instead of
/// length steps' residuals; compute: about two more forward passes.
///
///     %h, %ys = scan %h0, %xs, carries=1, length=6, checkpoint=3 : ...     (JVP'd, partially evaluated)
///       ==> primal:  %h, %ys = scan %h0, %xs, carries=1, length=6 { the primal steps, no residuals }
///           linear:  the JVP'd scan itself; its transpose (this file):
///       %ck  = scan %h0, %xs2 (length=2) { inner scan of 3 primal steps; yields the chunk's first carry }   // f32[2, H]
///       %hb, %xsb = scan %hct, %ck, %xs2, %ysct2 (length=2, reverse) {
///         %res = scan ... (3 primal steps from the checkpoint, stacking residuals)
///         scan ... (3 transposed steps, reversed)
///       }
///
/// Rows left over when K does not divide the length (processed last) form
/// a shorter tail segment, transposed first.

/// The rows a scan of `length` processes first: those not in the tail.
struct CheckpointChunks {
  let chunk: Int
  let chunks: Int
  let tail: Int
  init(length n: Int, every k: Int) {
    chunk = Swift.max(1, Swift.min(k, n))
    chunks = n / chunk
    tail = n - chunks * chunk
  }
}

/// The partial evaluation of a checkpointed scan: a primal scan without
/// residuals, and the JVP'd scan itself as the linear op (its primal
/// carries are recomputed when it is transposed; its primal results are
/// placeholders).
func checkpointedScanPartialEval(_ c: inout PartialEvalContext, _ s: ScanLayout) throws(BuildError) -> PartialEvalResult {
  let op = c.op
  let split = try ScanSplit(op.regions[0], s, linear: c.linear, passes: c.regions)
  var primalResults = [Value?](repeating: nil, count: c.resultTypes.count)
  if !split.primalOnly.resultTypes.isEmpty {
    var inits: [Value] = []
    for k in split.primalCarries { inits.append(try c.primals[k].unwrapped("carry \(k)")) }
    var inputs: [Value] = []
    for k in split.primalInputs { inputs.append(try c.primals[s.carries + k].unwrapped("input \(k)")) }
    let outs = try c.b.scan(inits, inputs, length: s.length, reverse: s.reverse, body: split.primalOnly)
    for (j, k) in split.primalCarries.enumerated() { primalResults[k] = outs[j] }
    for (j, k) in split.primalOutputs.enumerated() { primalResults[s.carries + k] = outs[split.primalCarries.count + j] }
  }
  var residuals: [Value] = []
  var order: [Int] = []
  let linearOperands = c.linear.indices.filter { c.linear[$0] }
  let primalOperands = c.linear.indices.filter { !c.linear[$0] }
  for k in c.linear.indices {
    if c.linear[k] {
      order.append(primalOperands.count + linearOperands.firstIndex(of: k)!)
    } else {
      order.append(residuals.count)
      residuals.append(try c.primals[k].unwrapped("operand \(k)"))
    }
  }
  // The linear op is the whole scan: its results are the original linear
  // results and placeholders for the primal ones (a well-typed op).
  var result = PartialEvalResult(primalResults: primalResults, def: op.def, attrs: op.attrs, regions: op.regions,
                                 residuals: residuals, linearOperands: linearOperands,
                                 linearResults: Array(c.resultTypes.indices), operandOrder: order)
  let linearResults = Set(split.linearResults)
  for j in c.resultTypes.indices where !linearResults.contains(j) { result.placeholders[j] = c.resultTypes[j] }
  return result
}

/// The transpose of the linear op a checkpointed scan leaves (see the file's header).
func checkpointedScanTranspose(_ c: inout TransposeContext, _ s: ScanLayout, every k: Int) throws(BuildError) -> [Value?] {
  let passes = try c.regionPasses()
  let split = try ScanSplit(c.regionBodies[0], s, linear: c.linear, passes: passes)
  let plan = CheckpointChunks(length: s.length, every: k)
  let rows = s.reverse ? (main: plan.tail..<s.length, tail: 0..<plan.tail) : (main: 0..<(plan.chunks * plan.chunk), tail: (plan.chunks * plan.chunk)..<s.length)

  var starts: [Value] = []
  for k in split.primalCarries { starts.append(try c.primal(k)) }
  var xs: [Value] = []
  for k in split.primalInputs { xs.append(try c.primal(s.carries + k)) }
  // The linear op has every result of the scan (the primal ones are placeholders without cotangents).
  var ccts: [Value] = []
  for k in split.linearCarries {
    if let ct = c.cts[k] { ccts.append(ct) } else { ccts.append(try c.zeros(c.resultTypes[k])) }
  }
  var octs: [Value] = []
  for o in split.linearOutputs {
    let r = s.carries + o
    if let ct = c.cts[r] { octs.append(ct) } else { octs.append(try c.zeros(c.resultTypes[r])) }
  }

  // Forward: the carries at each chunk's start, and where the tail starts.
  let mainXs = try xs.map { x throws(BuildError) in try chunked(&c.b, rowsOf: x, rows.main, plan) }
  var checkpoints: [Value] = []
  var tailStart = starts
  if !starts.isEmpty && plan.chunks > 0 {
    var fb = FunctionBuilder(name: "body")
    let cs = starts.map { fb.addParam(c.b.type($0)) }
    let xc = mainXs.map { fb.addParam(rowType(c.b.type($0))) }
    let inner = try fb.scan(cs, xc, length: plan.chunk, reverse: s.reverse, body: split.primalCarriesOnly)
    fb.ret(inner + cs)
    let r = try c.b.scan(starts, mainXs, length: plan.chunks, reverse: s.reverse, body: fb.function)
    tailStart = Array(r[..<starts.count])
    checkpoints = Array(r[starts.count...])
  }

  // Backward: the tail (processed last), then the chunks from the last.
  var tailCts: [Value] = []
  if plan.tail > 0 {
    let tx = try xs.map { x throws(BuildError) in try sliceRows(&c.b, x, rows.tail) }
    let to = try octs.map { o throws(BuildError) in try sliceRows(&c.b, o, rows.tail) }
    (ccts, tailCts) = try split.segmentTranspose(&c.b, start: tailStart, xs: tx, ccts: ccts, octs: to, length: plan.tail)
  }
  var mainCts: [Value] = []
  if plan.chunks > 0 {
    let mo = try octs.map { o throws(BuildError) in try chunked(&c.b, rowsOf: o, rows.main, plan) }
    var bb = FunctionBuilder(name: "body")
    let cp = ccts.map { bb.addParam(c.b.type($0)) }
    let kp = checkpoints.map { bb.addParam(rowType(c.b.type($0))) }
    let xp = mainXs.map { bb.addParam(rowType(c.b.type($0))) }
    let op = mo.map { bb.addParam(rowType(c.b.type($0))) }
    let (nc, ic) = try split.segmentTranspose(&bb, start: kp, xs: xp, ccts: cp, octs: op, length: plan.chunk)
    bb.ret(nc + ic)
    let r = try c.b.scan(ccts, checkpoints + mainXs + mo, length: plan.chunks, reverse: !s.reverse, body: bb.function)
    ccts = Array(r[..<ccts.count])
    for v in r[ccts.count...] {
      let t = c.b.type(v)
      mainCts.append(try c.b.reshape(v, to: [plan.chunks * plan.chunk] + Array(t.shape.dropFirst(2))))
    }
  }

  var result = [Value?](repeating: nil, count: c.linear.count)
  for (j, k) in split.linearCarries.enumerated() where c.linear[k] { result[k] = ccts[j] }
  for (j, k) in split.linearInputs.enumerated() {
    var parts: [Value] = []
    if plan.chunks > 0 { parts.append(mainCts[j]) }
    if plan.tail > 0 { parts.append(tailCts[j]) }
    if s.reverse { parts.reverse() }
    result[s.carries + k] = parts.count == 1 ? parts[0] : try c.b.concatenate(parts, dim: 0)
  }
  return result
}

/// A JVP'd scan body split into primal and linear parts, and the bodies
/// the checkpointed rules build from them.
private struct ScanSplit {
  let s: ScanLayout
  let primalCarries: [Int]
  let primalInputs: [Int]
  let primalOutputs: [Int]
  let linearCarries: [Int]
  let linearInputs: [Int]
  let linearOutputs: [Int]
  /// The original results that are linear (carries, then outputs).
  var linearResults: [Int] { linearCarries + linearOutputs.map { $0 + s.carries } }
  /// primal carries, primal rows -> primal carries, primal outputs, residuals.
  let primal: Function
  /// primal carries, primal rows -> primal carries, primal outputs.
  let primalOnly: Function
  /// primal carries, primal rows -> primal carries.
  let primalCarriesOnly: Function
  /// One transposed step: carry cotangents, residual rows, output-row cotangents -> carry cotangents, linear input-row cotangents.
  let backStep: Function

  init(_ body: Function, _ s: ScanLayout, linear: [Bool], passes: any RegionPasses) throws(BuildError) {
    self.s = s
    let (lc, ys) = FTIR.linearCarries(body, carries: s.carries, linear: linear, passes: passes)
    let lx = Array(linear[s.carries...])
    let ly = Array(ys[s.carries...])
    primalCarries = (0..<s.carries).filter { !lc[$0] }
    linearCarries = (0..<s.carries).filter { lc[$0] }
    primalInputs = lx.indices.filter { !lx[$0] }
    linearInputs = lx.indices.filter { lx[$0] }
    primalOutputs = ly.indices.filter { !ly[$0] }
    linearOutputs = ly.indices.filter { ly[$0] }
    let split = try passes.partialEval(body, linearParams: lc + lx, linearYields: lc + ly)
    primal = split.primal
    primalOnly = try prefixBody(split.primal, primalCarries.count + primalOutputs.count)
    primalCarriesOnly = try prefixBody(split.primal, primalCarries.count)
    let tl = try passes.transpose(split.linear, linearParams: split.residualTypes.map { _ in false }
                                    + [Bool](repeating: true, count: linearCarries.count + linearInputs.count))
    var rb = FunctionBuilder(name: "body")
    let ccts = linearCarries.map { rb.addParam(body.resultTypes[$0]) }
    let res = split.residualTypes.map { rb.addParam($0) }
    let octs = linearOutputs.map { rb.addParam(body.resultTypes[s.carries + $0]) }
    rb.ret(try rb.inline(tl, args: res + ccts + octs))
    backStep = rb.function
  }

  /// Emits the backward pass of `length` steps from the primal carries
  /// `start`: the steps again, stacking residuals, then the transposed steps.
  /// Returns the carry cotangents at `start` and the linear inputs' cotangents.
  func segmentTranspose(_ b: inout FunctionBuilder, start: [Value], xs: [Value], ccts: [Value], octs: [Value],
                        length: Int) throws(BuildError) -> ([Value], [Value]) {
    var residuals: [Value] = []
    if !primal.resultTypes.isEmpty {
      let fwd = try b.scan(start, xs, length: length, reverse: s.reverse, body: primal)
      residuals = Array(fwd[(primalCarries.count + primalOutputs.count)...])
    }
    let back = try b.scan(ccts, residuals + octs, length: length, reverse: !s.reverse, body: backStep)
    return (Array(back[..<ccts.count]), Array(back[ccts.count...]))
  }
}

/// `f` yielding only its first `n` results.
private func prefixBody(_ f: Function, _ n: Int) throws(BuildError) -> Function {
  var b = FunctionBuilder(name: f.name)
  let ps = f.params.map { b.addParam(f.type(of: $0)) }
  b.ret(Array(try b.inline(f, args: ps).prefix(n)))
  return b.function
}

/// Rows `range` of `x` (along its leading axis).
private func sliceRows(_ b: inout FunctionBuilder, _ x: Value, _ range: Range<Int>) throws(BuildError) -> Value {
  let t = b.type(x)
  guard range != 0..<(t.shape.first ?? 0) else { return x }
  return try b.slice(x, start: [range.lowerBound] + t.shape.dropFirst().map { _ in 0 },
                     limit: [range.upperBound] + Array(t.shape.dropFirst()))
}

/// Rows `range` of `x` as `plan.chunks` chunks of `plan.chunk` rows.
private func chunked(_ b: inout FunctionBuilder, rowsOf x: Value, _ range: Range<Int>, _ plan: CheckpointChunks) throws(BuildError) -> Value {
  let rows = try sliceRows(&b, x, range)
  return try b.reshape(rows, to: [plan.chunks, plan.chunk] + Array(b.type(x).shape.dropFirst()))
}
