/// dot_general's simplification: a product whose contracted dims all have
/// size 1 (or that has none) is an outer product, one multiply per result
/// element; it becomes a `mul` of the two operands broadcast to the result,
/// which fusion then computes in the loop of its producers and consumers
/// instead of a batch of tiny GEMMs.
///
///     %p = dot_general %g, %x, batch=[[0],[0]], contract=[[2],[1]]      %g1 = reshape %g : f32[B,M]
///          : f32[B,M,N]   (%g: f32[B,M,1], %x: f32[B,1,N])       ==>    %x1 = reshape %x : f32[B,N]
///                                                                       %gb = broadcast_in_dim %g1, dims=[0,1] : f32[B,M,N]
///                                                                       %xb = broadcast_in_dim %x1, dims=[0,2] : f32[B,M,N]
///                                                                       %p  = mul %gb, %xb : f32[B,M,N]
///
/// Exact: dot_general's sum starts from its first product (spec: the
/// interpreter's semantics), so a one-term sum is that product, −0, inf and
/// NaN included — bit for bit the `mul`. Integers wrap the same way.

/// The ops computing an outer-product `dot_general` as a multiply, or nil.
func outerProductAsMultiply(_ op: Operation, _ s: any SimplifyContext, _ newValue: (TensorType) -> Value) -> [Operation]? {
  guard op.operands.count == 2, op.results.count == 1 else { return nil }
  let (a, b) = (op.operands[0], op.operands[1])
  let ta = s.type(a), tb = s.type(b), tr = s.type(op.results[0])
  let d = DotDims(op.attrs, lhsRank: ta.rank, rhsRank: tb.rank)
  guard d.lhsContract.allSatisfy({ ta.shape[$0] == 1 }), tr.elementCount > 0 else { return nil }
  let nb = d.lhsBatch.count, nl = d.lhsFree.count, nr = d.rhsFree.count
  var ops: [Operation] = []
  /// `x` with its dims in the order `kept` (its size-1 contracted dims
  /// dropped), broadcast into the result at `positions`.
  func broadcast(_ x: Value, _ t: TensorType, kept: [Int], contracted: [Int], positions: [Int]) -> Value {
    var v = x
    let perm = kept + contracted
    if perm != Array(0..<t.rank) {
      let pt = TensorType(t.dtype, perm.map { t.shape[$0] })
      let p = newValue(pt)
      ops.append(Operation(OpRegistry["transpose"], operands: [v], results: [p],
                           attrs: Attributes(["perm": .list(perm.map { .int($0) })])))
      v = p
    }
    let rt = TensorType(t.dtype, kept.map { t.shape[$0] })
    if !contracted.isEmpty {
      let r = newValue(rt)
      ops.append(Operation(OpRegistry["reshape"], operands: [v], results: [r]))
      v = r
    }
    let bt = newValue(tr)
    ops.append(Operation(OpRegistry["broadcast_in_dim"], operands: [v], results: [bt],
                         attrs: Attributes(["dims": .list(positions.map { .int($0) })])))
    return bt
  }
  let x = broadcast(a, ta, kept: d.lhsBatch + d.lhsFree, contracted: d.lhsContract, positions: Array(0..<(nb + nl)))
  let y = broadcast(b, tb, kept: d.rhsBatch + d.rhsFree, contracted: d.rhsContract,
                    positions: Array(0..<nb) + Array((nb + nl)..<(nb + nl + nr)))
  ops.append(Operation(OpRegistry["mul"], operands: [x, y], results: op.results))
  return ops
}
