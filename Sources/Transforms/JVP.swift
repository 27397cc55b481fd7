/// Forward mode: `jvp(F)` — for every operation, the primal op followed by
/// its JVP rule, which emits the tangent of the results from the tangents
/// of the operands. Tangents are tracked symbolically: nil is a zero tangent
/// (integer and i1 values, constants, and anything not depending on a
/// differentiated input), so no zeros are materialized until an output needs
/// them.
///
///     func @f(%x: f32[]) -> f32[] {        func @g(%x: f32[], %x_dot: f32[]) -> (f32[], f32[]) {
///       %y = sin %x : f32[]         ==>      %y = sin %x : f32[]
///       return %y                            %c = cos %x : f32[]
///     }                                      %y_dot = mul %x_dot, %c : f32[]
///                                            return %y, %y_dot
///                                          }

import FTIR

/// A value of the function being built with its tangent (nil = zero).
struct Dual {
  var primal: Value
  var tangent: Value?
}

/// Emits `f` (already inlined: no calls) into `b` with primal inputs `args`
/// and their tangents `tangents` (nil = zero); returns the primal outputs
/// and their tangents (nil = zero).
func emitJVP(_ f: Function, into b: inout FunctionBuilder, args: [Value], tangents: [Value?]) throws(ExpandError) -> (outs: [Value], tangents: [Value?]) {
  var duals: [Dual] = []
  for (k, p) in f.params.enumerated() {
    duals.append(Dual(primal: args[k], tangent: f.type(of: p).dtype.isFloat ? tangents[k] : nil))
  }
  let outs = try f.walk(args: duals, missing: { ExpandError($0.message) }) { (op: Operation, xs: [Dual]) throws(ExpandError) -> [Dual] in
    try jvpOperation(op, of: f, xs, into: &b)
  }
  return (outs.map(\.primal), outs.map(\.tangent))
}

/// One operation in forward mode: the primal op, then its JVP rule.
private func jvpOperation(_ op: Operation, of f: Function, _ xs: [Dual], into b: inout FunctionBuilder) throws(ExpandError) -> [Dual] {
  b.location = op.locs.op
  let operands = xs.map(\.primal)
  let inTangents = xs.map(\.tangent)
  let resultTypes = op.results.map { f.type(of: $0) }
  // Only float results carry tangents; ops none of whose inputs vary are primal.
  let varies = resultTypes.contains(where: { $0.dtype.isFloat }) && inTangents.contains(where: { $0 != nil })
  var results: [Value] = []
  if !varies || !op.def.jvpEmitsPrimal {
    results = try b.emitCheckedCopy(of: op, in: f, operands: operands)
    guard varies else { return results.map { Dual(primal: $0, tangent: nil) } }
  }
  guard let rule = op.def.jvp else { throw ExpandError("'\(op.name)' has no JVP rule") }
  var ctx = JVPContext(b: b.take(), attrs: op.attrs, primals: operands, results: results, tangents: inTangents)
  ctx.regionBodies = op.regions
  ctx.regions = RegionTransforms()
  let outTangents: [Value?]
  do { outTangents = try rule(&ctx) } catch { b = ctx.b.take(); throw ExpandError(error) }
  b = ctx.b.take()
  try b.checkBudget(gaining: 0)
  results = ctx.results
  guard results.count == op.results.count, outTangents.count == op.results.count else {
    throw ExpandError("internal error: the JVP rule of '\(op.name)' gave \(results.count) results and \(outTangents.count) tangents for \(op.results.count)")
  }
  var out: [Dual] = []
  for (k, t) in outTangents.enumerated() {
    let type = resultTypes[k]
    guard b.type(results[k]) == type else {
      throw ExpandError("internal error: the JVP rule of '\(op.name)' gave a result of type \(b.type(results[k])) for \(type)")
    }
    if let t, b.type(t) != type {
      throw ExpandError("internal error: the JVP rule of '\(op.name)' gave a tangent of type \(b.type(t)) for \(type)")
    }
    out.append(Dual(primal: results[k], tangent: type.dtype.isFloat ? t : nil))
  }
  return out
}

/// `jvp(F)`: arguments A..., then a tangent for each float A_i; results R...,
/// then a tangent for each float R_j.
func jvpFunction(_ f: Function, name: String) throws(ExpandError) -> Function {
  try jvpFunction(f, name: name, tangentMask: f.params.map { f.type(of: $0).dtype.isFloat })
}

/// `f` in forward mode with a tangent parameter for each parameter marked in
/// `tangentMask` (after all of `f`'s own); results: `f`'s, then a tangent
/// for each float result (zeros where it is zero). Also used for regions.
func jvpFunction(_ f: Function, name: String, tangentMask: [Bool]) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  var tangents: [Value?] = []
  for (k, p) in f.params.enumerated() {
    tangents.append(tangentMask[k] ? b.addParam(f.type(of: p), name: f.values[p.id].name.map { $0 + "_dot" }) : nil)
  }
  let (outs, outTangents) = try emitJVP(f, into: &b, args: args, tangents: tangents)
  var results = outs
  for (o, t) in zip(outs, outTangents) where b.type(o).dtype.isFloat {
    if let t { results.append(t) } else { results.append(try b.zerosValue(b.type(o))) }
  }
  b.ret(results)
  return b.function
}

extension FunctionBuilder {
  mutating func zerosValue(_ t: TensorType) throws(ExpandError) -> Value {
    do { return try constant(t.dtype.isFloat ? .float(0) : (t.dtype.isBool ? .bool(false) : .int(0)), t) }
    catch { throw ExpandError(error) }
  }

  mutating func onesValue(_ t: TensorType) throws(ExpandError) -> Value {
    do { return try constant(.float(1), t) }
    catch { throw ExpandError(error) }
  }
}
