/// Batching: `vmap(F, in_axes, out_axes, size)` — every operation with a
/// batched operand is replaced by its batching rule's output; operations
/// whose operands are all unbatched are emitted unchanged (so unmapped
/// arguments are never copied per example). Each value carries the axis it
/// is batched along, or none.
///
///     func @f(%x: f32[100], %y: f32[100]) -> f32[100]      vmap(@f, in_axes=[0, 1], size=4096)
///       %z = add %x, %y : f32[100]                  ==>     %0 = transpose %y, perm=[1, 0] : f32[4096,100]
///                                                           %z = add %x, %0 : f32[4096,100]

import FTIR

/// Emits `f` (inlined: no calls) into `b`, batched: `args[i]` is batched at
/// `argDims[i]` (nil: not batched). Returns each output and its batch axis.
func emitVMap(_ f: Function, into b: inout FunctionBuilder, args: [Value], argDims: [Int?], size: Int) throws(ExpandError) -> [(Value, Int?)] {
  let start = zip(args, argDims).map { Batched(value: $0, axis: $1) }
  let outs = try f.walk(args: start, missing: { ExpandError($0.message) }) { (op: Operation, xs: [Batched]) throws(ExpandError) -> [Batched] in
    try batchOperation(op, of: f, xs, size: size, into: &b)
  }
  return outs.map { ($0.value, $0.axis) }
}

/// A value of the function being built with its batch axis (nil: the same
/// for every element of the mapped axis).
struct Batched {
  var value: Value
  var axis: Int?
}

/// One operation batched: unchanged when no operand is batched, else its
/// batching rule.
private func batchOperation(_ op: Operation, of f: Function, _ xs: [Batched], size: Int,
                            into b: inout FunctionBuilder) throws(ExpandError) -> [Batched] {
  b.location = op.locs.op
  let operands = xs.map(\.value)
  let dims = xs.map(\.axis)
  let resultTypes = op.results.map { f.type(of: $0) }
  guard dims.contains(where: { $0 != nil }) else {
    let results = try b.emitCheckedCopy(of: op, in: f, operands: operands)
    return results.map { Batched(value: $0, axis: nil) }
  }
  guard let rule = op.def.batch else { throw ExpandError("'\(op.name)' has no batching rule") }
  // A batched value beyond the limits of spec section 2 is the user's
  // error (each vmap adds a dimension), not an internal one.
  for t in resultTypes {
    if let e = TensorType.limitError(shape: [size] + t.shape) {
      throw ExpandError("batching '\(op.name)' over \(size) gives the type \(t.with(shape: [size] + t.shape)): \(e)")
    }
  }
  var ctx = BatchContext(b: b.take(), def: op.def, attrs: op.attrs, operands: operands, dims: dims, size: size, resultTypes: resultTypes)
  ctx.regionBodies = op.regions
  ctx.regions = RegionTransforms()
  let outs: [(Value, Int?)]
  do { outs = try rule(&ctx) } catch { b = ctx.b.take(); throw ExpandError(error) }
  b = ctx.b.take()
  try b.checkBudget(gaining: 0)
  guard outs.count == op.results.count else {
    throw ExpandError("internal error: the batching rule of '\(op.name)' gave \(outs.count) results")
  }
  var result: [Batched] = []
  for (r, (v, d)) in zip(op.results, outs) {
    // The rule's result must be the unbatched type with the batch axis inserted.
    var expected = f.type(of: r)
    if let d {
      guard d >= 0 && d <= expected.rank else {
        throw ExpandError("internal error: the batching rule of '\(op.name)' gave batch axis \(d) for \(expected)")
      }
      expected.shape.insert(size, at: d)
    }
    guard b.type(v) == expected else {
      throw ExpandError("internal error: the batching rule of '\(op.name)' gave \(b.type(v)) for \(expected)")
    }
    result.append(Batched(value: v, axis: d))
  }
  return result
}

/// `vmap(F, in_axes, out_axes, size)`. `outAxesLoc` locates the out_axes
/// value, where a `none` entry for a mapped result is reported.
func vmapFunction(_ f: Function, name: String, params: TransformParams, outAxesLoc: SourceLoc? = nil) throws(ExpandError) -> Function {
  var b = FunctionBuilder(name: name)
  var args: [Value] = []
  for (p, ax) in zip(f.params, params.inAxes) {
    var t = f.type(of: p)
    if let ax { t.shape.insert(params.size, at: ax) }
    args.append(b.addParam(t, name: f.values[p.id].name))
  }
  let outs = try emitVMap(f, into: &b, args: args, argDims: params.inAxes, size: params.size)
  var results: [Value] = []
  for (j, ((v, d), want)) in zip(outs, params.outAxes).enumerated() {
    if d != nil && want == nil {
      throw ExpandError("out_axes entry \(j) is none, but result \(j) depends on a mapped argument", at: outAxesLoc)
    }
    results.append(try placeBatchAxis(&b, v, from: d, to: want, size: params.size, result: j))
  }
  b.ret(results)
  return b.function
}

/// Moves output `v`'s batch axis from `from` to `to`; an unbatched output is
/// broadcast along a new axis; `to == nil` requires an unbatched output.
func placeBatchAxis(_ b: inout FunctionBuilder, _ v: Value, from: Int?, to: Int?, size: Int, result j: Int) throws(ExpandError) -> Value {
  let t = b.type(v)
  do {
    switch (from, to) {
    case (nil, nil):
      return v
    case (_?, nil):
      throw ExpandError("out_axes entry \(j) is none, but result \(j) depends on a mapped argument")
    case (nil, let to?):
      var shape = t.shape
      shape.insert(size, at: to)
      let dims = (0..<t.rank).map { $0 < to ? $0 : $0 + 1 }
      return try b.broadcastInDim(v, shape: shape, dims: dims)
    case (let from?, let to?):
      guard from != to else { return v }
      var perm = Array(0..<t.rank)
      perm.remove(at: from)
      perm.insert(from, at: to)
      return try b.transpose(v, perm: perm)
    }
  } catch let e as ExpandError {
    throw e
  } catch let e as BuildError {
    throw ExpandError(e)
  } catch {
    throw ExpandError("internal error: \(error)")
  }
}
