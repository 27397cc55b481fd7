/// Reverse mode: `vjp`, `grad` and `value_and_grad`, by linearization,
/// partial evaluation and transposition (as JAX does).
///
/// 1. Linearize: run the JVP pass with a tangent input for each
///    differentiated argument. Every op that depends on a tangent input is
///    *linear* in the tangents (JVP rules only use linear ops on tangents);
///    every other op is *primal*.
/// 2. Partially evaluate: emit the primal ops, in order, into the new
///    function; keep the linear ones. An op whose operands are partly linear
///    and that computes primal results too (a JVP'd `cond`) is split by its
///    partial-evaluation rule into a primal op, emitted now, that also saves
///    residuals, and a linear op, kept.
/// 3. Transpose: walk the linear ops backwards, each op's transpose rule
///    turning the cotangents of its results into cotangents of its linear
///    operands, summed where a value has several uses.
///
///     func @f(%x: f32[]) -> f32[] {        func @g(%x: f32[]) -> f32[] {       (grad)
///       %y = sin %x : f32[]         ==>      %y = sin %x : f32[]
///       return %y                            %c = cos %x : f32[]
///     }                                      %one = constant 1.0 : f32[]
///                                            %x_bar = mul %one, %c : f32[]
///                                            return %x_bar
///                                          }

import FTIR

/// What partial evaluation leaves: the linear ops of a function, in order,
/// over the function's values (extended by the residuals of split ops), and
/// the value in the primal builder of every primal value.
struct LinearProgram {
  var g: Function
  var ops: [Operation]
  var primal: [Value?]
  var isLinear: [Bool]

  func primalValue(_ v: Value) throws(ExpandError) -> Value {
    guard let p = primal[v.id] else { throw ExpandError("internal error: primal value missing while transposing @\(g.name)") }
    return p
  }
}

/// Step 2: emits the ops of `g` that depend on no parameter marked in
/// `linearParams` into `b` (the other parameters bound to `args`) and
/// returns the linear rest.
func partialEvaluate(_ g0: Function, args: [Value?], linearParams: [Bool],
                     into b: inout FunctionBuilder) throws(ExpandError) -> LinearProgram {
  var p = LinearProgram(g: g0, ops: [], primal: [Value?](repeating: nil, count: g0.values.count),
                        isLinear: [Bool](repeating: false, count: g0.values.count))
  for (k, v) in g0.params.enumerated() {
    if linearParams[k] { p.isLinear[v.id] = true } else { p.primal[v.id] = args[k] }
  }
  for op in g0.body {
    b.location = op.locs.op
    let mask = op.operands.map { p.isLinear[$0.id] }
    var primals: [Value?] = []
    for (v, l) in zip(op.operands, mask) { primals.append(l ? nil : try p.primalValue(v)) }
    if !mask.contains(true) {
      let results = try b.emitCheckedCopy(of: op, in: g0, operands: primals.map { $0! })
      for (r, n) in zip(op.results, results) { p.primal[r.id] = n }
      continue
    }
    guard let rule = op.def.partialEval else {
      for r in op.results { p.isLinear[r.id] = true }
      p.ops.append(op)
      continue
    }
    var ctx = PartialEvalContext(b: b.take(), op: op, operandTypes: op.operands.map { g0.type(of: $0) },
                                 resultTypes: op.results.map { g0.type(of: $0) }, linear: mask, primals: primals,
                                 regions: RegionTransforms())
    let split: PartialEvalResult
    do { split = try rule(&ctx) } catch { b = ctx.b.take(); throw ExpandError(error) }
    b = ctx.b.take()
    try b.checkBudget(gaining: 0)
    for (r, v) in zip(op.results, split.primalResults) where v != nil { p.primal[r.id] = v }
    // The linear op reads the residuals as new primal values of `g`.
    var operands: [Value] = []
    for res in split.residuals {
      let v = p.g.newValue(b.type(res))
      p.primal.append(res)
      p.isLinear.append(false)
      operands.append(v)
    }
    operands += split.linearOperands.map { op.operands[$0] }
    if let order = split.operandOrder {
      guard order.count == operands.count, order.allSatisfy({ operands.indices.contains($0) }) else {
        throw ExpandError("internal error: the partial evaluation of '\(op.name)' orders its operands wrongly")
      }
      operands = order.map { operands[$0] }
    }
    var results: [Value] = []
    for (i, j) in split.linearResults.enumerated() {
      if let t = split.placeholders[i] {
        results.append(p.g.newValue(t))
        p.primal.append(nil)
        p.isLinear.append(true)
      } else {
        results.append(op.results[j])
      }
    }
    for r in results { p.isLinear[r.id] = true }
    p.ops.append(Operation(split.def, operands: operands, results: results, attrs: split.attrs, locs: op.locs,
                           regions: split.regions))
  }
  return p
}

/// Step 3: emits into `b` the cotangents of the linear values of `p`, given
/// the cotangents `seeds` of some of them (seeds of primal values are
/// dropped: they contribute nothing). Returns each value's cotangent (nil:
/// zero).
func transposeProgram(_ p: LinearProgram, seeds: [(Value, Value)], into b: inout FunctionBuilder) throws(ExpandError) -> [Value?] {
  var ct = [Value?](repeating: nil, count: p.g.values.count)
  func accumulate(_ v: Value, _ c: Value, _ b: inout FunctionBuilder) throws(ExpandError) {
    if let old = ct[v.id] {
      ct[v.id] = try b.emitChecked(OpRegistry["add"], [old, c], attrs: Attributes(), types: [])[0]
    } else {
      ct[v.id] = c
    }
  }
  for (v, c) in seeds where p.isLinear[v.id] { try accumulate(v, c, &b) }
  for op in p.ops.reversed() {
    let cts = op.results.map { ct[$0.id] }
    guard cts.contains(where: { $0 != nil }) else { continue }
    guard let rule = op.def.transpose else {
      throw ExpandError("internal error: '\(op.name)' is applied to tangents but has no transpose rule")
    }
    b.location = op.locs.op
    let linearMask = op.operands.map { p.isLinear[$0.id] }
    var primals: [Value?] = []
    for (v, l) in zip(op.operands, linearMask) { primals.append(l ? nil : try p.primalValue(v)) }
    var ctx = TransposeContext(b: b.take(), attrs: op.attrs, operandTypes: op.operands.map { p.g.type(of: $0) },
                               resultTypes: op.results.map { p.g.type(of: $0) }, linear: linearMask, primals: primals,
                               cts: cts, regionBodies: op.regions)
    ctx.regions = RegionTransforms()
    let outs: [Value?]
    do { outs = try rule(&ctx) } catch { b = ctx.b.take(); throw ExpandError(error) }
    b = ctx.b.take()
    try b.checkBudget(gaining: 0)
    for (k, v) in op.operands.enumerated() where linearMask[k] {
      guard k < outs.count, let o = outs[k] else { continue }
      guard b.type(o) == p.g.type(of: v) else {
        throw ExpandError("internal error: the transpose rule of '\(op.name)' gave \(b.type(o)) for \(p.g.type(of: v))")
      }
      try accumulate(v, o, &b)
    }
  }
  return ct
}

/// The reverse-mode core: `f`'s primal outputs and the cotangents of the
/// arguments in `argnums`, given cotangents of the outputs (`outCotangents`,
/// values of `b` or nil for zero, one per output of `f`).
func emitVJP(_ f: Function, into b: inout FunctionBuilder, args: [Value], argnums: [Int],
             outCotangents: (inout FunctionBuilder, _ primalOuts: [Value]) throws(ExpandError) -> [Value?]) throws(ExpandError) -> (outs: [Value], argCotangents: [Value]) {
  // 1. Linearize into a scratch function: params = f's params, then one tangent per argnum.
  var lin = FunctionBuilder(name: f.name + "__lin")
  let linArgs = f.params.map { lin.addParam(f.type(of: $0), name: f.name(of: $0)) }
  var tangentParams: [Value] = []
  var tangents = [Value?](repeating: nil, count: f.params.count)
  for k in argnums {
    let t = lin.addParam(f.type(of: f.params[k]))
    tangentParams.append(t)
    tangents[k] = t
  }
  let (linOuts, linOutTangents) = try emitJVP(f, into: &lin, args: linArgs, tangents: tangents)

  // 2. Partially evaluate into `b`.
  let g = lin.function
  let linearParams = g.params.indices.map { $0 >= f.params.count }
  let program = try partialEvaluate(g, args: args + tangentParams.map { _ in nil }, linearParams: linearParams, into: &b)
  var outs: [Value] = []
  for o in linOuts { outs.append(try program.primalValue(o)) }

  // 3. Transpose, seeded with the outputs' cotangents.
  let seeds = try outCotangents(&b, outs)
  var pairs: [(Value, Value)] = []
  for (j, t) in linOutTangents.enumerated() {
    guard let t, j < seeds.count, let seed = seeds[j] else { continue }
    pairs.append((t, seed))
  }
  let ct = try transposeProgram(program, seeds: pairs, into: &b)
  var argCts: [Value] = []
  for (k, t) in zip(argnums, tangentParams) {
    if let c = ct[t.id] { argCts.append(c) } else { argCts.append(try b.zerosValue(f.type(of: f.params[k]))) }
  }
  return (outs, argCts)
}

/// `vjp(F, argnums)`: arguments A..., then a cotangent for each float R_j;
/// results R..., then the cotangent of each A_k.
func vjpFunction(_ f: Function, name: String, argnums: [Int]) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.name(of: $0)) }
  var cts: [Value?] = []
  for t in f.resultTypes { cts.append(t.dtype.isFloat ? b.addParam(t) : nil) }
  let (outs, argCts) = try emitVJP(f, into: &b, args: args, argnums: argnums) { _, _ throws(ExpandError) in cts }
  b.ret(outs + argCts)
  return b.function
}

/// `grad` / `value_and_grad`: the cotangent of R0 is 1, of aux results 0.
func gradFunction(_ f: Function, name: String, argnums: [Int], hasAux: Bool, withValue: Bool) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.name(of: $0)) }
  let (outs, grads) = try emitVJP(f, into: &b, args: args, argnums: argnums) { (b: inout FunctionBuilder, outs: [Value]) throws(ExpandError) -> [Value?] in
    [try b.onesValue(b.type(outs[0]))]
  }
  let aux = hasAux ? Array(outs.dropFirst()) : []
  b.ret(withValue ? [outs[0]] + aux + grads : grads + aux)
  return b.function
}
