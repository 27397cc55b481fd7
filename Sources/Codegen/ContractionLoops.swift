/// Generated loops for a contraction the schedule keeps out of BLAS
/// (GemmPlan.loops: integer products, and float products of a small size
/// class, Backend/GemmSizeClass.swift). Each output element sums its
/// products with k in order (the reference order; floats may contract each
/// multiply-add into an FMA).
///
/// B stored [K, N]: row updates, the inner loop over a contiguous row of C
/// and of B (vectorized, no reassociation needed), C accumulated in place:
///
///     for b, m:  C[b,m,:] = -0.0
///                for k:  a = A[b,m,k];  for n: C[b,m,n] += a · B[b,k,n]
///
/// B stored [N, K] (transposed): dot products over contiguous rows of A
/// and B, the k loop vectorized with reassociation (as reductions are):
///
///     for b, m, n:  C[b,m,n] = Σ_k A[b,m,k] · B[b,n,k]

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// Row updates: B is [batch, K, N]; A is [batch, M, K] or, with transA, [batch, K, M].
  func emitRowUpdates(_ g: GemmPlan, pa: LLValue, pb: LLValue, pc: LLValue, dtype: DType) throws {
    let t = llType(dtype), size = dtype.byteSize
    let isFloat = dtype.isFloat
    let zero = isFloat ? ctx.constFloat(t, -0.0) : ctx.constInt(t, 0)
    let rowHints = contractionRowHints(n: g.n, dtype)
    try loops.nest([g.batch, g.m]) { idx in
      let (bi, m) = (idx[0], idx[1])
      let cRow = b.gep(t, pc, [b.addNSW(b.mulNSW(bi, c(g.m * g.n)), b.mulNSW(m, c(g.n)))])
      try loops.loop(c(0), c(g.n), hints: rowHints) { n in b.store(zero, to: b.gep(t, cRow, [n]), alignment: size) }
      let aBase = b.mulNSW(bi, c(g.m * g.k))
      try loops.loop(c(0), c(g.k)) { kk in
        let aOffset = g.transA ? b.addNSW(b.mulNSW(kk, c(g.m)), m) : b.addNSW(b.mulNSW(m, c(g.k)), kk)
        let x = b.load(t, from: b.gep(t, pa, [b.addNSW(aBase, aOffset)]), alignment: size)
        let bRow = b.gep(t, pb, [b.addNSW(b.mulNSW(bi, c(g.k * g.n)), b.mulNSW(kk, c(g.n)))])
        try loops.loop(c(0), c(g.n), hints: rowHints) { n in
          let cp = b.gep(t, cRow, [n])
          let y = b.load(t, from: b.gep(t, bRow, [n]), alignment: size)
          let s = b.load(t, from: cp, alignment: size)
          b.store(try multiplyAdd(s, x, y, isFloat: isFloat, reassociate: false), to: cp, alignment: size)
        }
      }
    }
  }

  /// Dot products: B is [batch, N, K]; A is [batch, M, K] or, with transA, [batch, K, M].
  func emitDotProducts(_ g: GemmPlan, pa: LLValue, pb: LLValue, pc: LLValue, dtype: DType) throws {
    let t = llType(dtype), size = dtype.byteSize
    let isFloat = dtype.isFloat
    let acc = entryAlloca(t)
    let zero = isFloat ? ctx.constFloat(t, -0.0) : ctx.constInt(t, 0)
    try loops.nest([g.batch, g.m, g.n]) { idx in
      let (bi, m, n) = (idx[0], idx[1], idx[2])
      b.store(zero, to: acc, alignment: size)
      try loops.loop(c(0), c(g.k), hints: Self.innermost) { kk in
        let aOffset = g.transA ? b.addNSW(b.mulNSW(kk, c(g.m)), m) : b.addNSW(b.mulNSW(m, c(g.k)), kk)
        let ai = b.addNSW(b.mulNSW(bi, c(g.m * g.k)), aOffset)
        let bi2 = b.addNSW(b.mulNSW(bi, c(g.k * g.n)), b.addNSW(b.mulNSW(n, c(g.k)), kk))
        let x = b.load(t, from: b.gep(t, pa, [ai]), alignment: size)
        let y = b.load(t, from: b.gep(t, pb, [bi2]), alignment: size)
        let s = b.load(t, from: acc, alignment: size)
        b.store(try multiplyAdd(s, x, y, isFloat: isFloat, reassociate: true), to: acc, alignment: size)
      }
      let ci = b.addNSW(b.mulNSW(bi, c(g.m * g.n)), b.addNSW(b.mulNSW(m, c(g.n)), n))
      b.store(b.load(t, from: acc, alignment: size), to: b.gep(t, pc, [ci]), alignment: size)
    }
  }

  /// s + x·y: floats may fuse it into an FMA (and, in a dot product,
  /// reassociate the sum); integers wrap.
  private func multiplyAdd(_ s: LLValue, _ x: LLValue, _ y: LLValue, isFloat: Bool, reassociate: Bool) throws -> LLValue {
    guard isFloat else { return b.add(s, b.mul(x, y)) }
    let flags: FastMathFlags = reassociate ? [.reassoc, .contract] : [.contract]
    let p = b.fmul(x, y)
    try p.setFastMath(flags)
    let sum = b.fadd(s, p)
    try sum.setFastMath(flags)
    return sum
  }

  /// The row loop at the widest vector that fits a row (at most the
  /// target's width), so that short rows (N = 8) are vectorized too.
  private func contractionRowHints(n: Int, _ d: DType) -> LoopHints {
    var w = 1
    while w * 2 <= min(n, target.lanes(d)) { w *= 2 }
    return LoopHints(vectorizeEnable: nil, vectorizeWidth: w > 1 ? w : nil, unrollDisable: true)
  }
}
