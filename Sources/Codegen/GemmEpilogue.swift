/// A contraction's fused epilogue (Backend/Epilogues.swift) on each register
/// tile of row updates: the tile's sums are staged in a stack slot (and
/// stored as the product when another kernel reads it), then the epilogue's
/// ops run over the tile's columns, reading the product from the slot and
/// their other inputs through their index maps, and store the kernel's
/// output once:
///
///     acc = Σ_k A[m,k]·B[k,n:n+W]                 (registers)
///     %p = dot_general %x, %w          ==>        slot = acc; (C[m,n:n+W] = acc when %p is stored)
///     %h = max(add(%p, bcast %b), 0)              for j < W: H[m,n+j] = max(slot[j] + b[n+j], 0)

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
    let rootIndex = kernel.root
    return { [self] bi, m, n0, width, sum in
      let slot = entryAlloca(width > 1 ? ctx.vector(et, width) : et)
      b.store(sum, to: slot, alignment: size)
      let rowStart = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(bi, c(g.m)), m), c(g.n)), n0)
      if e.storesProduct { b.store(sum, to: b.gep(et, try pointer(p), [rowStart]), alignment: size) }
      let outer = loops.delinear(bi, batchShape) + loops.delinear(m, mShape)
      // The product is read from the slot, not computed.
      inKernel.remove(rootIndex)
      local[p] = (slot, rowStart)
      defer {
        inKernel.insert(rootIndex)
        local[p] = nil
        memo.removeAll()
      }
      try loops.loop(c(0), c(width), hints: Self.innermost) { j in
        memo.removeAll()
        let x = try value(out, .multi(outer + loops.delinear(b.addNSW(n0, j), nShape)))
        try store(x, out, at: b.addNSW(rowStart, j))
      }
    }
  }
}
