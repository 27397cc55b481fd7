/// Reverse mode: `vjp`, `grad` and `value_and_grad`, by linearization and
/// transposition (as JAX does).
///
/// 1. Linearize: run the JVP pass with a tangent input for each
///    differentiated argument. Every op that depends on a tangent input is
///    *linear* in the tangents (JVP rules only use linear ops on tangents);
///    every other op is *primal*.
/// 2. Emit the primal ops, in order, into the new function.
/// 3. Transpose: walk the linear ops backwards, each op's transpose rule
///    turning the cotangent of its result into cotangents of its linear
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

/// The reverse-mode core: `f`'s primal outputs and the cotangents of the
/// arguments in `argnums`, given cotangents of the outputs (`outCotangents`,
/// values of `b` or nil for zero, one per output of `f`).
func emitVJP(_ f: Function, into b: inout FunctionBuilder, args: [Value], argnums: [Int],
             outCotangents: (inout FunctionBuilder, _ primalOuts: [Value]) throws(ExpandError) -> [Value?]) throws(ExpandError) -> (outs: [Value], argCotangents: [Value]) {
  // 1. Linearize into a scratch function: params = f's params, then one tangent per argnum.
  var lin = FunctionBuilder(name: f.name + "__lin")
  let linArgs = f.params.map { lin.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  var tangentParams: [Value] = []
  var tangents = [Value?](repeating: nil, count: f.params.count)
  for k in argnums {
    let t = lin.addParam(f.type(of: f.params[k]))
    tangentParams.append(t)
    tangents[k] = t
  }
  let (linOuts, linOutTangents) = try emitJVP(f, into: &lin, args: linArgs, tangents: tangents)
  let g = lin.function

  // Which values of the linearized function depend on a tangent input.
  var isLinear = [Bool](repeating: false, count: g.values.count)
  for t in tangentParams { isLinear[t.id] = true }
  var linearOps: [Operation] = []
  // 2. Primal ops are emitted into `b` as they come; linear ones are kept for step 3.
  var map = [Value?](repeating: nil, count: g.values.count)
  for (p, a) in zip(linArgs, args) { map[p.id] = a }
  func mapped(_ v: Value) throws(ExpandError) -> Value {
    guard let m = map[v.id] else { throw ExpandError("internal error: primal value missing while transposing @\(f.name)") }
    return m
  }
  for op in g.body {
    if op.operands.contains(where: { isLinear[$0.id] }) {
      for r in op.results { isLinear[r.id] = true }
      linearOps.append(op)
      continue
    }
    var operands: [Value] = []
    for v in op.operands { operands.append(try mapped(v)) }
    let results = try b.emitChecked(op.def, operands, attrs: op.attrs, types: op.results.map { g.type(of: $0) },
                                    names: op.results.map { g.values[$0.id].name })
    for (r, n) in zip(op.results, results) { map[r.id] = n }
  }
  var outs: [Value] = []
  for o in linOuts { outs.append(try mapped(o)) }

  // 3. Transpose. Seed the outputs' cotangents, then walk backwards.
  var ct = [Value?](repeating: nil, count: g.values.count)
  func accumulate(_ v: Value, _ c: Value, _ b: inout FunctionBuilder) throws(ExpandError) {
    if let old = ct[v.id] {
      ct[v.id] = try b.emitChecked(OpRegistry["add"], [old, c], attrs: Attributes(), types: [])[0]
    } else {
      ct[v.id] = c
    }
  }
  let seeds = try outCotangents(&b, outs)
  for (j, t) in linOutTangents.enumerated() {
    guard let t, isLinear[t.id], j < seeds.count, let seed = seeds[j] else { continue }
    try accumulate(t, seed, &b)
  }
  for op in linearOps.reversed() {
    guard op.results.count == 1, let c = ct[op.results[0].id] else { continue }
    guard let rule = op.def.transpose else {
      throw ExpandError("internal error: '\(op.name)' is applied to tangents but has no transpose rule")
    }
    let linearMask = op.operands.map { isLinear[$0.id] }
    var primals: [Value?] = []
    for (v, l) in zip(op.operands, linearMask) { primals.append(l ? nil : try mapped(v)) }
    var ctx = TransposeContext(b: b, attrs: op.attrs, operandTypes: op.operands.map { g.type(of: $0) },
                               resultType: g.type(of: op.results[0]), linear: linearMask, primals: primals, ct: c)
    let outs: [Value?]
    do { outs = try rule(&ctx) } catch { throw ExpandError(error) }
    b = ctx.b
    for (k, v) in op.operands.enumerated() where linearMask[k] {
      guard k < outs.count, let o = outs[k] else { continue }
      guard b.type(o) == g.type(of: v) else {
        throw ExpandError("internal error: the transpose rule of '\(op.name)' gave \(b.type(o)) for \(g.type(of: v))")
      }
      try accumulate(v, o, &b)
    }
  }
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
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  var cts: [Value?] = []
  for t in f.resultTypes { cts.append(t.dtype.isFloat ? b.addParam(t) : nil) }
  let (outs, argCts) = try emitVJP(f, into: &b, args: args, argnums: argnums) { _, _ throws(ExpandError) in cts }
  b.ret(outs + argCts)
  return b.function
}

/// `grad` / `value_and_grad`: the cotangent of R0 is 1, of aux results 0.
func gradFunction(_ f: Function, name: String, argnums: [Int], hasAux: Bool, withValue: Bool) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  let (outs, grads) = try emitVJP(f, into: &b, args: args, argnums: argnums) { (b: inout FunctionBuilder, outs: [Value]) throws(ExpandError) -> [Value?] in
    [try b.onesValue(b.type(outs[0]))]
  }
  let aux = hasAux ? Array(outs.dropFirst()) : []
  b.ret(withValue ? [outs[0]] + aux + grads : grads + aux)
  return b.function
}
