/// A contraction's fused epilogue (Backend/Epilogues.swift) on the register
/// tiles of row updates: each tile's sums are staged in a stack slot (and
/// stored as the product when another kernel reads it); once every column
/// tile of a row block is staged, one loop over the block's rows and
/// columns runs the epilogue's ops, reading the product from the slot and
/// their other inputs through their index maps, and stores the kernel's
/// output once. A block too wide for the stack (`epilogueBlockBytes`) runs
/// its epilogue per tile instead:
///
///     acc[r][v] = Σ_k A[m+r,k]·B[k,n+v·W : ...]     (registers)
///     %p = dot_general %x, %w          ==>          slot[r][n+v·W ...] = acc[r][v]   (and C, when %p is stored)
///     %h = max(add(%p, bcast %b), 0)                after the block: for r < R, j < N: H[m+r,j] = max(slot[r][j] + b[j], 0)

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// The store of each row updates tile when the kernel has epilogue `e`.
  /// The epilogue's output and the product's dims: batch, then A's free
  /// dims (M), then B's free dims (N).
  func epilogueShapes(_ e: KernelEpilogue) throws -> (out: Value, batch: [Int], m: [Int], n: [Int]) {
    let t = f.type(of: e.product)
    guard let out = kernel.outputs.last, out != e.product, f.type(of: out).shape == t.shape else {
      throw LLVMError("internal error: a contraction epilogue without its own output")
    }
    let root = f.body[kernel.root]
    let (lb, _) = root.attrs.intPair("batch")
    let (lc, _) = root.attrs.intPair("contract")
    let freeA = f.type(of: root.operands[0]).rank - lb.count - lc.count
    return (out, Array(t.shape[..<lb.count]), Array(t.shape[lb.count..<lb.count + freeA]), Array(t.shape[(lb.count + freeA)...]))
  }

  func epilogueStore(_ e: KernelEpilogue, _ g: GemmPlan) throws -> TileStore {
    let p = e.product, t = f.type(of: p)
    let (out, batchShape, mShape, nShape) = try epilogueShapes(e)
    let et = memType(t.dtype), size = t.dtype.byteSize
    return { [self] t in
      // The tile's sums, row after row, in one stack slot.
      let rows = t.sums.count, vectors = t.sums[0].count, columns = vectors * t.width
      let slot = entryAlloca(ctx.array(et, rows * columns))
      func rowStart(_ r: LLValue) -> LLValue {
        b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(t.bi, c(g.m)), b.addNSW(t.firstRow, r)), c(g.n)), t.firstColumn)
      }
      for (r, row) in t.sums.enumerated() {
        for (v, sum) in row.enumerated() {
          b.store(sum, to: b.gep(et, slot, [c(r * columns + v * t.width)]), alignment: size)
          if e.storesProduct {
            b.store(sum, to: b.gep(et, try pointer(p), [b.addNSW(rowStart(c(r)), c(v * t.width))]), alignment: size)
          }
        }
      }
      defer { memo.removeAll() }
      let batch = loops.delinear(t.bi, batchShape)
      try loops.loop(c(0), c(rows), hints: Self.plainLoop) { r in
        let start = rowStart(r), slotRow = b.gep(et, slot, [b.mulNSW(r, c(columns))])
        let outer = batch + loops.delinear(b.addNSW(t.firstRow, r), mShape)
        // At the tile's vector width: the kernel is inlined into its entry
        // point, whose own preference would be narrower (8-wide tanh); enabled
        // explicitly, so a small (optsize) kernel still takes its runtime alias checks.
        let hints = LoopHints(vectorizeEnable: t.width > 1 ? true : nil, vectorizeWidth: t.width > 1 ? t.width : nil, unrollDisable: true)
        try loops.loop(c(0), c(columns), hints: hints) { j in
          memo.removeAll()
          let idx = outer + loops.delinear(b.addNSW(t.firstColumn, j), nShape)
          // The product at this index is the slot's element j (elementwise
          // ops pass the index on unchanged, so the epilogue finds it here):
          // an address affine in j, which the vectorizer reads as a vector.
          memo[MemoKey(value: p.id, index: idx)] = b.load(et, from: b.gep(et, slotRow, [j]), alignment: size)
          let x = try value(out, .multi(idx))
          try store(x, out, at: b.addNSW(start, j))
        }
      }
    }
  }

  /// The most bytes of a row block's sums staged on the stack for its
  /// epilogue (`epilogueBlock`); wider blocks run their epilogue per tile.
  static let epilogueBlockBytes = 32 * 1024

  /// A fused epilogue over whole row blocks (`rows` × N sums staged in one
  /// stack slot by every column tile of the block, then one loop over the
  /// block's rows and columns): fewer, longer epilogue loops than per tile.
  /// Nil when the block's sums do not fit `epilogueBlockBytes`.
  func epilogueBlock(_ e: KernelEpilogue, _ g: GemmPlan, rows: Int) throws -> (store: TileStore, finish: (LLValue, LLValue) throws -> Void)? {
    let p = e.product, t = f.type(of: p)
    let (out, batchShape, mShape, nShape) = try epilogueShapes(e)
    let et = memType(t.dtype), size = t.dtype.byteSize
    guard let bytes = checkedProduct([rows, g.n, size]), bytes <= Self.epilogueBlockBytes else { return nil }
    let slot = entryAlloca(ctx.array(et, rows * g.n))
    func rowStart(_ bi: LLValue, _ row: LLValue) -> LLValue { b.mulNSW(b.addNSW(b.mulNSW(bi, c(g.m)), row), c(g.n)) }
    let stage: TileStore = { [self] t in
      for (r, row) in t.sums.enumerated() {
        for (v, sum) in row.enumerated() {
          let column = b.addNSW(t.firstColumn, c(v * t.width))
          b.store(sum, to: b.gep(et, slot, [b.addNSW(c(r * g.n), column)]), alignment: size)
          if e.storesProduct {
            let at = b.addNSW(rowStart(t.bi, b.addNSW(t.firstRow, c(r))), column)
            b.store(sum, to: b.gep(et, try pointer(p), [at]), alignment: size)
          }
        }
      }
    }
    var w = 1
    while w * 2 <= min(g.n, target.lanes(t.dtype)) { w *= 2 }
    let hints = LoopHints(vectorizeEnable: w > 1 ? true : nil, vectorizeWidth: w > 1 ? w : nil, unrollDisable: true)
    let finish: (LLValue, LLValue) throws -> Void = { [self] bi, firstRow in
      defer { memo.removeAll() }
      let batch = loops.delinear(bi, batchShape)
      try loops.loop(c(0), c(rows), hints: Self.plainLoop) { r in
        let row = b.addNSW(firstRow, r)
        let start = rowStart(bi, row), slotRow = b.gep(et, slot, [b.mulNSW(r, c(g.n))])
        let outer = batch + loops.delinear(row, mShape)
        try loops.loop(c(0), c(g.n), hints: hints) { j in
          memo.removeAll()
          let idx = outer + loops.delinear(j, nShape)
          memo[MemoKey(value: p.id, index: idx)] = b.load(et, from: b.gep(et, slotRow, [j]), alignment: size)
          try store(try value(out, .multi(idx)), out, at: b.addNSW(start, j))
        }
      }
    }
    return (stage, finish)
  }
}
