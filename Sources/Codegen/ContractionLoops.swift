/// Generated loops for a contraction the schedule keeps out of BLAS
/// (GemmPlan.loops: integer products, and float products of a small size
/// class, Backend/GemmSizeClass.swift). Each output element sums its
/// products with k in order (the reference order; floats may contract each
/// multiply-add into an FMA).
///
/// B stored [K, N]: row updates, blocks of 4 rows × one vector of columns
/// summed in registers (no reassociation needed):
///
///     for b, rows m..m+3, columns n..n+W-1:
///       acc[0..3] = -0.0;  for k: y = B[b,k,n:n+W]; acc[r] += splat(A[b,m+r,k]) · y
///       C[b,m+r,n:n+W] = acc[r]
///
/// B stored [N, K] (transposed): dot products over contiguous rows of A
/// and B, the k loop vectorized with reassociation (as reductions are):
///
///     for b, m, n:  C[b,m,n] = Σ_k A[b,m,k] · B[b,n,k]

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// Row updates: B is [batch, K, N]; A is [batch, M, K] or, with transA,
  /// [batch, K, M]. Blocks of `rowBlock` rows × one vector of W columns keep
  /// their sums in registers through the k loop (explicit vectors: each
  /// B vector is loaded once per k and used by every row of the block);
  /// rows past the last full block run one at a time, and the columns past
  /// the last full vector as scalars, in the same k order.
  func emitRowUpdates(_ g: GemmPlan, pa: LLValue, pb: LLValue, pc: LLValue, dtype: DType) throws {
    let w = vectorColumns(n: g.n, dtype)
    let fullRows = g.m / Self.rowBlock * Self.rowBlock
    try loops.loop(c(0), c(g.batch)) { bi in
      let tile = RowTile(g: g, bi: bi, pa: pa, pb: pb, pc: pc, dtype: dtype)
      if fullRows > 0 {
        try loops.loop(c(0), c(fullRows / Self.rowBlock)) { mb in
          try emitTile(tile, firstRow: b.mulNSW(mb, c(Self.rowBlock)), rows: Self.rowBlock, lanes: w)
        }
      }
      if fullRows < g.m {
        try loops.loop(c(fullRows), c(g.m)) { m in try emitTile(tile, firstRow: m, rows: 1, lanes: w) }
      }
    }
  }

  /// Rows of C computed together by `emitRowUpdates`.
  static let rowBlock = 4

  struct RowTile {
    var g: GemmPlan, bi: LLValue, pa: LLValue, pb: LLValue, pc: LLValue, dtype: DType
  }

  /// Rows `firstRow ..< firstRow + rows` of C: full vectors of `lanes`
  /// columns, then the remaining columns one by one.
  private func emitTile(_ t: RowTile, firstRow: LLValue, rows: Int, lanes: Int) throws {
    let g = t.g, et = llType(t.dtype), size = t.dtype.byteSize, isFloat = t.dtype.isFloat
    let vectors = lanes > 1 ? g.n / lanes : 0
    let aBase = b.mulNSW(t.bi, c(g.m * g.k)), bBase = b.mulNSW(t.bi, c(g.k * g.n)), cBase = b.mulNSW(t.bi, c(g.m * g.n))
    let rowIndex = (0..<rows).map { r in b.addNSW(firstRow, c(r)) }
    func aAt(_ r: Int, _ kk: LLValue) -> LLValue {
      let off = g.transA ? b.addNSW(b.mulNSW(kk, c(g.m)), rowIndex[r]) : b.addNSW(b.mulNSW(rowIndex[r], c(g.k)), kk)
      return b.load(et, from: b.gep(et, t.pa, [b.addNSW(aBase, off)]), alignment: size)
    }
    func cAt(_ r: Int, _ n: LLValue) -> LLValue {
      b.gep(et, t.pc, [b.addNSW(cBase, b.addNSW(b.mulNSW(rowIndex[r], c(g.n)), n))])
    }
    func bAt(_ kk: LLValue, _ n: LLValue) -> LLValue { b.gep(et, t.pb, [b.addNSW(bBase, b.addNSW(b.mulNSW(kk, c(g.n)), n))]) }
    func sums(_ type: LLType, _ zero: LLValue, _ body: ([LLValue], LLValue) throws -> [LLValue]) throws -> [LLValue] {
      let slots = (0..<rows).map { _ in entryAlloca(type) }
      for s in slots { b.store(zero, to: s, alignment: size) }
      try loops.loop(c(0), c(g.k)) { kk in
        let next = try body(slots.map { b.load(type, from: $0, alignment: size) }, kk)
        for (s, v) in zip(slots, next) { b.store(v, to: s, alignment: size) }
      }
      return slots.map { b.load(type, from: $0, alignment: size) }
    }
    if vectors > 0 {
      let vt = ctx.vector(et, lanes)
      let zero = b.splat(isFloat ? ctx.constFloat(et, -0.0) : ctx.constInt(et, 0), lanes: lanes)
      try loops.loop(c(0), c(vectors)) { nv in
        let n0 = b.mulNSW(nv, c(lanes))
        let acc = try sums(vt, zero) { acc, kk in
          let y = b.load(vt, from: bAt(kk, n0), alignment: size)
          return try (0..<rows).map { r in try multiplyAdd(acc[r], b.splat(aAt(r, kk), lanes: lanes), y, isFloat: isFloat, reassociate: false) }
        }
        for r in 0..<rows { b.store(acc[r], to: cAt(r, n0), alignment: size) }
      }
    }
    if vectors * lanes < g.n {
      let zero = isFloat ? ctx.constFloat(et, -0.0) : ctx.constInt(et, 0)
      try loops.loop(c(vectors * lanes), c(g.n), hints: Self.scalarLoop) { n in
        let acc = try sums(et, zero) { acc, kk in
          let y = b.load(et, from: bAt(kk, n), alignment: size)
          return try (0..<rows).map { r in try multiplyAdd(acc[r], aAt(r, kk), y, isFloat: isFloat, reassociate: false) }
        }
        for r in 0..<rows { b.store(acc[r], to: cAt(r, n), alignment: size) }
      }
    }
  }

  /// Remaining columns: left scalar (their k loops already carry the sums).
  static let scalarLoop = LoopHints(vectorizeEnable: false, unrollDisable: true)

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

  /// Columns per vector: the widest power of two that fits a row, at most
  /// the target's vector (so short rows, N = 8, get vectors too).
  private func vectorColumns(n: Int, _ d: DType) -> Int {
    var w = 1
    while w * 2 <= min(n, target.lanes(d)) { w *= 2 }
    return w
  }
}
