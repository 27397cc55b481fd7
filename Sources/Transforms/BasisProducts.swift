/// Products with a Jacobian's basis, applied symbolically. `jacfwd` pushes
/// the identity basis through `jvp` (and `jacrev` pulls it through `vjp`);
/// when the first linear op the basis meets is a `dot_general`, the product
/// of a matrix with the basis is that matrix's columns (or rows), so it is
/// written as a transpose/reshape of the matrix instead of an n×n×n product
/// with an identity (W7's hessian: A·I is A):
///
///     %e = convert %eq : f32[100,100]          (the basis: row j is e_j)
///     %p = dot_general %a, %e, contract=[[1], [1]] : f32[100,100]
///                         ==>
///     (uses of %p read %a; the basis is dead)
///
/// In general, for the basis B = [n] ++ s (B[j, k] = 1 when the row-major
/// position of k in s is j, else 0) contracted over all of its element dims
/// 1..r in order, with its dim 0 free and no batch dims:
///
///     dot_general(x, B) = reshape(transpose(x, free(x) ++ contract(x)))
///     dot_general(B, x) = reshape(transpose(x, contract(x) ++ free(x)))
///
/// This is the Jacobian of the linear map exactly (the derivative of x ↦ x·v
/// along e_j is column j of x). It differs from multiplying by a
/// materialized identity only where that multiplication is itself not
/// exact: an inf or NaN in x gives NaN there in every term's `inf·0`, and a
/// −0 entry becomes +0 in a sum with +0 terms; here the entry is kept as it
/// is (IR/README.md §5c). Only the basis this transform made is folded,
/// never an identity matrix the program wrote.

import FTIR

/// Replaces, in `f`'s top-level body, every `dot_general` of `basis` (a
/// value of type [n] ++ s holding the identity basis, or a reshape of it
/// that keeps dim 0) with the rows or columns of its other operand.
func foldBasisProducts(_ f: inout Function, basis: Value) {
  var views: [Value: Int] = [:]  // basis views -> n
  let bt = f.type(of: basis)
  guard bt.rank >= 1 else { return }
  views[basis] = bt.shape[0]
  var body: [Operation] = []
  body.reserveCapacity(f.body.count)
  for op in f.body {
    if op.def.name == "reshape", op.operands.count == 1, let n = views[op.operands[0]],
       let r = op.results.first, f.type(of: r).rank >= 1, f.type(of: r).shape[0] == n {
      views[r] = n
    }
    if op.def.name == "dot_general", op.regions.isEmpty,
       let replacement = basisProduct(op, f: &f, views: views) {
      body.append(contentsOf: replacement)
      continue
    }
    body.append(op)
  }
  f.body = body
}

/// The ops computing `op` (a dot_general with one basis operand) from its
/// other operand, or nil when the product is not a plain basis product.
private func basisProduct(_ op: Operation, f: inout Function, views: [Value: Int]) -> [Operation]? {
  guard op.operands.count == 2, op.results.count == 1 else { return nil }
  let lhsIsBasis = views[op.operands[0]] != nil, rhsIsBasis = views[op.operands[1]] != nil
  guard lhsIsBasis != rhsIsBasis else { return nil }
  let (basis, x) = lhsIsBasis ? (op.operands[0], op.operands[1]) : (op.operands[1], op.operands[0])
  let bt = f.type(of: basis), xt = f.type(of: x), rt = f.type(of: op.results[0])
  let d = DotDims(op.attrs, lhsRank: f.type(of: op.operands[0]).rank, rhsRank: f.type(of: op.operands[1]).rank)
  let (bBatch, bContract, bFree) = lhsIsBasis ? (d.lhsBatch, d.lhsContract, d.lhsFree) : (d.rhsBatch, d.rhsContract, d.rhsFree)
  let (xContract, xFree) = lhsIsBasis ? (d.rhsContract, d.rhsFree) : (d.lhsContract, d.lhsFree)
  guard bBatch.isEmpty, !bContract.isEmpty else { return nil }
  // The element dims 1..r contracted in order, dim 0 free; for a square
  // basis (r = 1) the identity is symmetric, so dim 0 contracted works too.
  let elementDims = Array(1..<bt.rank)
  let inOrder = bContract == elementDims && bFree == [0]
  let symmetric = bt.rank == 2 && bt.shape[0] == bt.shape[1] && bContract == [0] && bFree == [1]
  guard inOrder || symmetric, xt.dtype == rt.dtype else { return nil }
  let perm = lhsIsBasis ? xContract + xFree : xFree + xContract
  var ops: [Operation] = []
  var v = x
  if perm != Array(0..<xt.rank) {
    let t = f.newValue(TensorType(xt.dtype, perm.map { xt.shape[$0] }))
    ops.append(Operation(OpRegistry["transpose"], operands: [v], results: [t],
                         attrs: Attributes(["perm": .list(perm.map { Attr.int($0) })])))
    v = t
  }
  // Same element count and order: the result's dims are x's, regrouped.
  ops.append(Operation(OpRegistry["reshape"], operands: [v], results: op.results))
  return ops
}
