/// dot_general's simplification: a product with an identity matrix (the
/// one-hot tangent basis that `jacfwd`/`hessian` build from `iota` and `eq`)
/// is the other operand, its contracted dim moved to where the identity's
/// free dim lands in the result.
///
///     %i0 = iota dim=0 : i32[n,n]
///     %i1 = iota dim=1 : i32[n,n]
///     %m = eq %i0, %i1 : i1[n,n]
///     %e = convert %m : f32[n,n]
///     %p = dot_general %a, %e, contract=[[1],[1]] : f32[m,n]   ==>   %p = transpose %a, perm=[0,1]
///
/// Exactness. Each result element is Σ_k x[..k..]·e[j,k] = x[..j..]·1 +
/// Σ_{k≠j} x[..k..]·(+0). With every x finite the zero terms are ±0 and the
/// sum is x[..j..] exactly, except that a zero x[..j..] may come out as +0
/// instead of −0 (the sign of a zero sum depends on the other terms' signs;
/// dot_general's reassociation leaves it unspecified already). When another
/// element of the contracted row is ±inf or NaN, the full product is NaN
/// (inf·0) while the fold gives x[..j..]: the fold returns the value the
/// derivative has (the Jacobian of a linear map applied to a basis vector),
/// not the NaN artefact of multiplying by zero. IR/README §6b documents this
/// as the one simplification that is not bit-exact for non-finite inputs.

/// The canonical form of a dot_general with an identity operand: a transpose
/// of the other operand (an identity permutation then folds away).
func dotWithIdentity(_ op: Operation, _ s: any SimplifyContext) -> Operation? {
  guard op.operands.count == 2, op.results.count == 1 else { return nil }
  let ta = s.type(op.operands[0]), tb = s.type(op.operands[1])
  guard ta.dtype.isFloat else { return nil }
  let d = DotDims(op.attrs, lhsRank: ta.rank, rhsRank: tb.rank)
  guard d.lhsBatch.isEmpty, d.lhsContract.count == 1 else { return nil }
  for identitySide in [1, 0] {
    let e = op.operands[identitySide], x = op.operands[1 - identitySide]
    guard isIdentityMatrix(e, s) else { continue }
    let xContract = identitySide == 1 ? d.lhsContract[0] : d.rhsContract[0]
    let xFree = identitySide == 1 ? d.lhsFree : d.rhsFree
    // Result dims: lhs free dims, then rhs free dims; the identity's one free
    // dim indexes what was x's contracted dim.
    let perm = identitySide == 1 ? xFree + [xContract] : [xContract] + xFree
    var t = Operation(OpRegistry["transpose"], operands: [x], results: op.results,
                      attrs: Attributes(["perm": .list(perm.map { .int($0) })]))
    t.locs = op.locs
    return t
  }
  return nil
}

/// `e` is a square float matrix with exact 1 on the diagonal and +0
/// elsewhere: `convert(eq(iota dim=0, iota dim=1))` of integer iotas (either
/// order), or such a constant after folding.
func isIdentityMatrix(_ e: Value, _ s: any SimplifyContext) -> Bool {
  let t = s.type(e)
  guard t.dtype.isFloat, t.rank == 2, t.shape[0] == t.shape[1], let p = s.producer(e) else { return false }
  switch p.name {
  case "constant":
    guard let v = p.attrs.tensor("value") else { return false }
    let n = t.shape[0]
    if v.isSplat { return n == 1 && v.count > 0 && isExactOne(v.scalar(at: 0)) }
    guard v.shape == t.shape else { return false }
    for i in 0..<n {
      for j in 0..<n {
        let x = v.scalar(at: i * n + j)
        if i == j ? !isExactOne(x) : !isPositiveZero(x) { return false }
      }
    }
    return true
  case "convert":
    guard s.type(p.operands[0]).dtype == .i1, let m = s.producer(p.operands[0]), m.name == "eq" else { return false }
    let dims = m.operands.compactMap { v -> Int? in
      guard let i = s.producer(v), i.name == "iota", s.type(v).dtype.isInt else { return nil }
      return i.attrs.int("dim")
    }
    return Set(dims) == [0, 1] && dims.count == 2
  default:
    return false
  }
}

private func isExactOne(_ x: Scalar) -> Bool {
  if case .float(let d) = x { return d == 1 }
  return false
}

private func isPositiveZero(_ x: Scalar) -> Bool {
  if case .float(let d) = x { return d == 0 && d.sign == .plus }
  return false
}
