/// Loop-invariant residuals of a scan's reverse mode. The primal part of a
/// split body yields residuals, which the primal scan stacks, one row per
/// step. A residual computed only from carries the body passes through
/// unchanged (an RNN cell's weights) and from constants is the same at
/// every step: it is computed once before the loop (hoisted, on the
/// carries' initial values) and the linear scan carries it unchanged,
/// instead of a copy per step.
///
///     primal part: body(%h: f32[H], %W: f32[H, H], %x: f32[H]) {
///       %Wt = transpose %W, perm=[1, 0]; ...; yield %h2, %W, %Wt, %s      (carries, then residuals %Wt, %s)
///     }
///     ==> before the loop: %Wt0 = transpose %W0, perm=[1, 0]           (hoisted)
///         primal scan:     yields %h2, %W, %s                          (%s stacked: f32[N, H])
///         linear scan:     carries [the tangent carries, %Wt0 (passed through)], inputs [%s rows, ...]
///
/// The linear scan's transpose carries the invariant residual too (as a
/// primal carry, `scanTranspose`), so a grad of the grad finds it again as
/// a pass-through carry.

/// The residuals of a scan body's primal part split into those computed
/// once and those stacked per step.
struct LoopInvariantResiduals {
  /// Positions (among the residuals) of the invariant ones, then of the others.
  let invariant: [Int]
  let perStep: [Int]
  /// The primal part yielding its first `keep` yields, then the per-step residuals.
  let primal: Function
  /// The carries the body passes through (their positions) -> the invariant residuals.
  let hoisted: Function
  let hoistedCarries: [Int]

  /// `f`: the primal part, whose first `carries` parameters and yields are
  /// the carries, whose yields past `keep` are the residuals.
  init(primal f: Function, carries: Int, keep: Int) throws(BuildError) {
    hoistedCarries = (0..<carries).filter { f.returnValues[$0] == f.params[$0] }
    var isInvariant = [Bool](repeating: false, count: f.values.count)
    for j in hoistedCarries { isInvariant[f.params[j].id] = true }
    for op in f.body where op.operands.allSatisfy({ isInvariant[$0.id] }) {
      for r in op.results { isInvariant[r.id] = true }
    }
    let residuals = Array(f.returnValues[keep...])
    invariant = residuals.indices.filter { isInvariant[residuals[$0].id] }
    perStep = residuals.indices.filter { !isInvariant[residuals[$0].id] }
    primal = try sliceBody(f, params: Array(f.params.indices),
                           yields: Array(f.returnValues[..<keep]) + perStep.map { residuals[$0] })
    hoisted = try sliceBody(f, params: hoistedCarries, yields: invariant.map { residuals[$0] })
  }
}

/// A function taking `f`'s parameters at `params` and yielding `yields`
/// (values of `f` computed from those parameters only), with the ops of
/// `f` they need, in order.
func sliceBody(_ f: Function, params: [Int], yields: [Value]) throws(BuildError) -> Function {
  var needed = [Bool](repeating: false, count: f.values.count)
  for v in yields { needed[v.id] = true }
  for op in f.body.reversed() where op.results.contains(where: { needed[$0.id] }) {
    for v in op.operands { needed[v.id] = true }
  }
  var b = FunctionBuilder(name: f.name)
  var map = [Value?](repeating: nil, count: f.values.count)
  for k in params { map[f.params[k].id] = b.addParam(f.type(of: f.params[k]), name: f.name(of: f.params[k])) }
  func mapped(_ v: Value) throws(BuildError) -> Value {
    guard let m = map[v.id] else { throw BuildError("internal error: a loop-invariant value of '\(f.name)' depends on a value that varies") }
    return m
  }
  for op in f.body where op.results.contains(where: { needed[$0.id] }) {
    var operands: [Value] = []
    for v in op.operands { operands.append(try mapped(v)) }
    let results = try b.emitCopy(of: op, in: f, operands: operands)
    for (r, n) in zip(op.results, results) { map[r.id] = n }
  }
  var outs: [Value] = []
  for v in yields { outs.append(try mapped(v)) }
  b.ret(outs)
  return b.function
}
