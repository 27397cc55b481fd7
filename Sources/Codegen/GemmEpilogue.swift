/// A contraction's fused epilogue (Backend/Epilogues.swift) on each register
/// tile of row updates: the tile's sums are staged in one stack slot, row
/// after row (and stored as the product when another kernel reads it), then
/// one loop over the tile's rows and columns runs the epilogue's ops,
/// reading the product from the slot and their other inputs through their
/// index maps, and stores the kernel's output once:
///
///     acc[r][v] = Σ_k A[m+r,k]·B[k,n+v·W : ...]     (registers)
///     %p = dot_general %x, %w          ==>          slot[r][v·W ...] = acc[r][v]   (and C, when %p is stored)
///     %h = max(add(%p, bcast %b), 0)                for r < R, j < V·W: H[m+r,n+j] = max(slot[r][j] + b[n+j], 0)

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// The store of each row updates tile when the kernel has epilogue `e`.
  func epilogueStore(_ e: KernelEpilogue, _ g: GemmPlan) throws -> TileStore {
    let p = e.product, t = f.type(of: p)
    guard let out = kernel.outputs.last, out != p, f.type(of: out).shape == t.shape else {
      throw LLVMError("internal error: a contraction epilogue without its own output")
    }
    let root = f.body[kernel.root]
    let (lb, _) = root.attrs.intPair("batch")
    let (lc, _) = root.attrs.intPair("contract")
    let freeA = f.type(of: root.operands[0]).rank - lb.count - lc.count
    // The product's dims: batch, then A's free dims (M), then B's free dims (N).
    let batchShape = Array(t.shape[..<lb.count]), mShape = Array(t.shape[lb.count..<lb.count + freeA])
    let nShape = Array(t.shape[(lb.count + freeA)...])
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
}
