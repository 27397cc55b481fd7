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

/// Emits `f` (already inlined: no calls) into `b` with primal inputs `args`
/// and their tangents `tangents` (nil = zero); returns the primal outputs
/// and their tangents (nil = zero).
func emitJVP(_ f: Function, into b: inout FunctionBuilder, args: [Value], tangents: [Value?]) throws(ExpandError) -> (outs: [Value], tangents: [Value?]) {
  var primal = [Value?](repeating: nil, count: f.values.count)
  var tangent = [Value?](repeating: nil, count: f.values.count)
  for (k, p) in f.params.enumerated() {
    primal[p.id] = args[k]
    tangent[p.id] = f.type(of: p).dtype.isFloat ? tangents[k] : nil
  }
  func mapped(_ v: Value) throws(ExpandError) -> Value {
    guard let m = primal[v.id] else { throw ExpandError("internal error: value used before definition in @\(f.name)") }
    return m
  }
  for op in f.body {
    var operands: [Value] = []
    for v in op.operands { operands.append(try mapped(v)) }
    let resultTypes = op.results.map { f.type(of: $0) }
    let results = try b.emitChecked(op.def, operands, attrs: op.attrs, types: resultTypes,
                                    names: op.results.map { f.values[$0.id].name })
    for (r, n) in zip(op.results, results) { primal[r.id] = n }
    let inTangents = op.operands.map { tangent[$0.id] }
    // Only float results carry tangents; skip ops none of whose inputs vary.
    guard resultTypes.contains(where: { $0.dtype.isFloat }), inTangents.contains(where: { $0 != nil }) else { continue }
    guard let rule = op.def.jvp else {
      throw ExpandError("'\(op.name)' has no JVP rule")
    }
    var ctx = JVPContext(b: b, attrs: op.attrs, primals: operands, results: results, tangents: inTangents)
    let outTangents: [Value?]
    do { outTangents = try rule(&ctx) } catch { throw ExpandError(error) }
    b = ctx.b
    guard outTangents.count == op.results.count else {
      throw ExpandError("internal error: the JVP rule of '\(op.name)' gave \(outTangents.count) tangents")
    }
    for (r, t) in zip(op.results, outTangents) where f.type(of: r).dtype.isFloat {
      if let t, b.type(t) != f.type(of: r) {
        throw ExpandError("internal error: the JVP rule of '\(op.name)' gave a tangent of type \(b.type(t)) for \(f.type(of: r))")
      }
      tangent[r.id] = t
    }
  }
  var outs: [Value] = []
  var outTangents: [Value?] = []
  for v in f.returnValues {
    outs.append(try mapped(v))
    outTangents.append(tangent[v.id])
  }
  return (outs, outTangents)
}

/// `jvp(F)`: arguments A..., then a tangent for each float A_i; results R...,
/// then a tangent for each float R_j.
func jvpFunction(_ f: Function, name: String) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  let args = f.params.map { b.addParam(f.type(of: $0), name: f.values[$0.id].name) }
  var tangents: [Value?] = []
  for p in f.params {
    let t = f.type(of: p)
    tangents.append(t.dtype.isFloat ? b.addParam(t, name: f.values[p.id].name.map { $0 + "_dot" }) : nil)
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
