/// dot_general's layout simplifications: transposes and size-1 dims around
/// a product are folded into its dimension lists, so the backend sees one
/// product that reads its operands where they are (a transposed operand is
/// a BLAS transpose flag) instead of copies made to feed it.
///
///     %t = transpose %x, perm=[1,0] : f32[N,M]
///     %u = reshape %t : f32[N,1,M]
///     %p = dot_general %u, %a, contract=[[2],[0]] : f32[N,1,K]    ==>   %q = dot_general %a, %x, contract=[[0],[0]] : f32[K,N]
///     %r = reshape %p : f32[N,K]
///     %h = transpose %r, perm=[1,0] : f32[K,N]
///
/// Each step is exact: the same products are summed in the same order
/// (contracted pairs keep their order in the lists), and `x·y` is `y·x`
/// in IEEE arithmetic and in wrapping integer arithmetic.
/// - an operand that is a transpose is read through the permutation, when
///   the permutation keeps the operand's free dims in order (they are the
///   result's dims, in order);
/// - an operand that is a reshape only inserting size-1 free dims is read
///   before the reshape, and the result reshaped (the size-1 dims put back);
/// - a transpose of a product that swaps the lhs's and the rhs's free dims
///   (batch dims in place) is the product with its operands swapped, when
///   nothing else reads the product (it would be computed twice).

/// A dot_general reading its transposed operands through their
/// permutations (a canonical rule), or nil.
func productOfTransposedOperands(_ op: Operation, _ s: any SimplifyContext) -> Operation? {
  guard op.operands.count == 2 else { return nil }
  var d = DotDims(op.attrs, lhsRank: s.type(op.operands[0]).rank, rhsRank: s.type(op.operands[1]).rank)
  var operands = op.operands
  var changed = false
  for side in 0..<2 {
    guard let p = s.producer(operands[side]), p.def.name == "transpose", p.operands.count == 1 else { continue }
    let perm = p.attrs.ints("perm")
    let free = side == 0 ? d.lhsFree : d.rhsFree
    let mappedFree = free.map { perm[$0] }
    guard mappedFree == mappedFree.sorted() else { continue }
    d.renumber(side: side) { perm[$0] }
    operands[side] = p.operands[0]
    changed = true
  }
  guard changed else { return nil }
  var out = op
  out.operands = operands
  out.attrs = d.attributes(keeping: op.attrs)
  return out
}

/// A dot_general whose operand only inserts size-1 free dims, computed on
/// the operand before the reshape and reshaped back (an expand rule), or nil.
func productOfUnitDimOperands(_ op: Operation, _ s: any SimplifyContext, _ newValue: (TensorType) -> Value) -> [Operation]? {
  guard op.operands.count == 2, op.results.count == 1 else { return nil }
  let rt = s.type(op.results[0])
  var d = DotDims(op.attrs, lhsRank: s.type(op.operands[0]).rank, rhsRank: s.type(op.operands[1]).rank)
  var operands = op.operands
  // Result dims dropped (positions in the old result).
  var droppedResultDims: Set<Int> = []
  // Where each side's free dims start in the result (before any is dropped).
  let freeStart = [d.lhsBatch.count, d.lhsBatch.count + d.lhsFree.count]
  for side in 0..<2 {
    guard let p = s.producer(operands[side]), p.def.name == "reshape", p.operands.count == 1 else { continue }
    let from = s.type(p.operands[0]).shape, to = s.type(operands[side]).shape
    guard let inserted = insertedUnitDims(from: from, to: to), !inserted.isEmpty else { continue }
    let free = side == 0 ? d.lhsFree : d.rhsFree
    guard inserted.allSatisfy({ free.contains($0) }) else { continue }
    // Old dim -> dim of the operand before the reshape.
    var renumber: [Int: Int] = [:]
    var next = 0
    for dim in 0..<to.count where !inserted.contains(dim) { renumber[dim] = next; next += 1 }
    for (k, dim) in free.enumerated() where inserted.contains(dim) { droppedResultDims.insert(freeStart[side] + k) }
    d.renumber(side: side) { renumber[$0] }
    operands[side] = p.operands[0]
  }
  guard !droppedResultDims.isEmpty else { return nil }
  let shape = rt.shape.indices.filter { !droppedResultDims.contains($0) }.map { rt.shape[$0] }
  let product = newValue(TensorType(rt.dtype, shape))
  var dot = op
  dot.operands = operands
  dot.results = [product]
  dot.attrs = d.attributes(keeping: op.attrs)
  return [dot, Operation(OpRegistry["reshape"], operands: [product], results: op.results)]
}

/// The dims of `to` that a reshape from `from` inserted, when it only
/// inserts size-1 dims (the other dims in order, equal), or nil.
private func insertedUnitDims(from: [Int], to: [Int]) -> Set<Int>? {
  guard to.count > from.count else { return nil }
  var inserted: Set<Int> = []
  var i = 0
  for (dim, size) in to.enumerated() {
    if i < from.count, from[i] == size {
      i += 1
    } else if size == 1 {
      inserted.insert(dim)
    } else {
      return nil
    }
  }
  return i == from.count ? inserted : nil
}

/// A transpose of a product that swaps the lhs's and rhs's free dims: the
/// product with its operands swapped (a rule for transpose's producer when
/// the transpose is the product's only reader), or nil.
func transposedProduct(_ op: Operation, _ product: Operation, _ s: any SimplifyContext) -> Operation? {
  guard product.def.name == "dot_general", product.operands.count == 2, product.regions.isEmpty else { return nil }
  let d = DotDims(product.attrs, lhsRank: s.type(product.operands[0]).rank, rhsRank: s.type(product.operands[1]).rank)
  let nb = d.lhsBatch.count, nl = d.lhsFree.count, nr = d.rhsFree.count
  guard nl > 0, nr > 0 else { return nil }
  let swap = Array(0..<nb) + Array((nb + nl)..<(nb + nl + nr)) + Array(nb..<(nb + nl))
  guard op.attrs.ints("perm") == swap else { return nil }
  var swapped = d
  (swapped.lhsBatch, swapped.rhsBatch) = (d.rhsBatch, d.lhsBatch)
  (swapped.lhsContract, swapped.rhsContract) = (d.rhsContract, d.lhsContract)
  (swapped.lhsFree, swapped.rhsFree) = (d.rhsFree, d.lhsFree)
  var out = product
  out.operands = [product.operands[1], product.operands[0]]
  out.results = op.results
  out.attrs = swapped.attributes(keeping: product.attrs)
  return out
}

extension DotDims {
  /// One side's dims (0: lhs, 1: rhs) renumbered by `map`; a free dim
  /// mapped to nil is dropped (batch and contracted dims always map). Free
  /// dims stay in their order: the caller keeps `map` increasing on them.
  mutating func renumber(side: Int, _ map: (Int) -> Int?) {
    func all(_ dims: [Int]) -> [Int] { dims.compactMap(map) }
    if side == 0 {
      (lhsBatch, lhsContract, lhsFree) = (all(lhsBatch), all(lhsContract), all(lhsFree))
    } else {
      (rhsBatch, rhsContract, rhsFree) = (all(rhsBatch), all(rhsContract), all(rhsFree))
    }
  }

  /// `attrs` with this product's batch and contract lists.
  func attributes(keeping attrs: Attributes) -> Attributes {
    var out = attrs
    func pair(_ l: [Int], _ r: [Int]) -> Attr { .list([.list(l.map { .int($0) }), .list(r.map { .int($0) })]) }
    if lhsBatch.isEmpty && attrs["batch"] == nil {
      out["batch"] = nil
    } else {
      out["batch"] = pair(lhsBatch, rhsBatch)
    }
    out["contract"] = pair(lhsContract, rhsContract)
    return out
  }
}
