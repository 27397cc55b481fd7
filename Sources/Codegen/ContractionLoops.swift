/// Generated loops for a contraction the schedule keeps out of BLAS
/// (GemmPlan.loops: integer products, and float products of a small size
/// class, Backend/GemmSizeClass.swift). Each output element sums its
/// products with k in order (the reference order; floats may contract each
/// multiply-add into an FMA).
///
/// Row updates (B read as [K, N]; a B stored [N, K] is copied into [K, N]
/// scratch first): register tiles of R rows × V vectors of W columns
/// (`gemmRegisterTile`: 6×4 with AVX-512's 32 registers, 6×2 with 16),
/// summed in registers, no reassociation:
///
///     for b, rows m..m+R-1, column tiles n..n+V·W-1 (then the tails as smaller tiles):
///       acc[r][v] = -0.0
///       for k: y[v] = B[b,k,n+v·W : n+(v+1)·W]; x = splat(A[b,m+r,k]); acc[r][v] += x · y[v]
///       C[b,m+r,n+v·W : ...] = acc[r][v]          (or the fused epilogue's store)
///
/// C a column (N = 1): dot products over contiguous rows of A and B, the k
/// loop vectorized with reassociation (as reductions are):
///
///     for b, m:  C[b,m,0] = Σ_k A[b,m,k] · B[b,0,k]

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// Row updates: B is [batch, K, N]; A is [batch, M, K] or, with transA,
  /// [batch, K, M]. Register tiles of rows × vectors of columns keep their
  /// sums in registers through the k loop (each B vector is loaded once per
  /// k and used by every row of the tile, each A element broadcast once per
  /// k and used by every vector). One tile code covers all rows: the M rows
  /// are split into equal blocks of at most the tile's rows, the last block
  /// moved back to end at row M (it recomputes a few rows: the same bits,
  /// as every element's sum runs in the same order). The columns are
  /// `columnSegments`.
  func emitRowUpdates(_ g: GemmPlan, pa: LLValue, pb: LLValue, pc: LLValue, dtype: DType,
                      epilogue: KernelEpilogue? = nil) throws {
    let lanes = target.lanes(dtype)
    let shape = gemmRegisterTile(g, target, dtype)
    let columns = columnSegments(n: g.n, lanes: lanes, vectors: shape.vectors)
    let (blocks, rows) = gemmRowBlocks(m: g.m, tileRows: shape.rows)
    // A fused epilogue runs per row block when its sums fit the stack, else per tile.
    let block = try epilogue.flatMap { try epilogueBlock($0, g, rows: rows) }
    let store = try block?.store ?? epilogue.map { try epilogueStore($0, g) }
    try loops.loop(c(0), c(g.batch)) { bi in
      let t = RowTile(g: g, bi: bi, pa: pa, pb: pb, pc: pc, dtype: dtype)
      try loops.loop(c(0), c(blocks)) { mb in
        let start = b.mulNSW(mb, c(rows)), last = c(g.m - rows)
        let firstRow = b.select(b.icmp(.sgt, start, last), last, start)
        for s in columns {
          if s.blocks == 1 {
            try emitTile(t, firstRow: firstRow, rows: rows, firstColumn: c(s.start), vectors: s.vectors, width: s.width, store: store)
          } else {
            try loops.loop(c(0), c(s.blocks)) { j in
              let n0 = b.addNSW(c(s.start), b.mulNSW(j, c(s.vectors * s.width)))
              try emitTile(t, firstRow: firstRow, rows: rows, firstColumn: n0, vectors: s.vectors, width: s.width, store: store)
            }
          }
        }
        try block?.finish(bi, firstRow)
      }
    }
  }

  /// A loop left as written: the k loop of a register tile (already rows ×
  /// vectors of independent multiply-adds); unrolling or widening it again
  /// only grows the code (and the compile time).
  static let plainLoop = LoopHints(vectorizeEnable: false, unrollDisable: true)

  struct RowTile {
    var g: GemmPlan, bi: LLValue, pa: LLValue, pb: LLValue, pc: LLValue, dtype: DType
  }

  /// Where a register tile's sums go (nil: into C).
  typealias TileStore = (TileSums) throws -> Void

  /// A register tile's sums: `sums[r][v]` is row `firstRow + r`, columns
  /// `firstColumn + v·width ..< + width` of batch `bi` (a scalar when
  /// `width` is 1).
  struct TileSums {
    var bi: LLValue, firstRow: LLValue, firstColumn: LLValue, width: Int
    var sums: [[LLValue]]
  }

  /// One register tile: rows `firstRow ..< firstRow + rows` × `vectors`
  /// vectors of `width` columns from `firstColumn`, summed over k in order.
  private func emitTile(_ t: RowTile, firstRow: LLValue, rows: Int, firstColumn: LLValue, vectors: Int, width: Int,
                        store: TileStore?) throws {
    let g = t.g, et = llType(t.dtype), size = t.dtype.byteSize, isFloat = t.dtype.isFloat
    let aBase = b.mulNSW(t.bi, c(g.m * g.k)), bBase = b.mulNSW(t.bi, c(g.k * g.n)), cBase = b.mulNSW(t.bi, c(g.m * g.n))
    let rowIndex = (0..<rows).map { r in b.addNSW(firstRow, c(r)) }
    let column = (0..<vectors).map { v in b.addNSW(firstColumn, c(v * width)) }
    func aAt(_ r: Int, _ kk: LLValue) -> LLValue {
      let off = g.transA ? b.addNSW(b.mulNSW(kk, c(g.m)), rowIndex[r]) : b.addNSW(b.mulNSW(rowIndex[r], c(g.k)), kk)
      return b.load(et, from: b.gep(et, t.pa, [b.addNSW(aBase, off)]), alignment: size)
    }
    func bAt(_ kk: LLValue, _ n: LLValue) -> LLValue { b.gep(et, t.pb, [b.addNSW(bBase, b.addNSW(b.mulNSW(kk, c(g.n)), n))]) }
    let type = width > 1 ? ctx.vector(et, width) : et
    let zeroElement = isFloat ? ctx.constFloat(et, -0.0) : ctx.constInt(et, 0)
    let zero = width > 1 ? b.splat(zeroElement, lanes: width) : zeroElement
    // Sums in stack slots (promoted to registers): slot r·vectors + v.
    let slots = (0..<rows * vectors).map { _ in entryAlloca(type) }
    for s in slots { b.store(zero, to: s, alignment: size) }
    try loops.loop(c(0), c(g.k), hints: Self.plainLoop) { kk in
      let y = column.map { n in b.load(type, from: bAt(kk, n), alignment: size) }
      for r in 0..<rows {
        let a = aAt(r, kk)
        let x = width > 1 ? b.splat(a, lanes: width) : a
        for v in 0..<vectors {
          let s = slots[r * vectors + v]
          let sum = try multiplyAdd(b.load(type, from: s, alignment: size), x, y[v], isFloat: isFloat, reassociate: false)
          b.store(sum, to: s, alignment: size)
        }
      }
    }
    let sums = (0..<rows).map { r in (0..<vectors).map { v in b.load(type, from: slots[r * vectors + v], alignment: size) } }
    if let store {
      return try store(TileSums(bi: t.bi, firstRow: firstRow, firstColumn: firstColumn, width: width, sums: sums))
    }
    for r in 0..<rows {
      for v in 0..<vectors {
        let p = b.gep(et, t.pc, [b.addNSW(cBase, b.addNSW(b.mulNSW(rowIndex[r], c(g.n)), column[v]))])
        b.store(sums[r][v], to: p, alignment: size)
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
}
