/// Float `reduce_sum`/`reduce_prod` in the fixed order (FTIR's
/// ReductionOrder.swift, IR/README.md "Reduction order"), per output element:
///
///     %s = reduce_sum %x, dims=[1] : f32[R]        for each output r (the thread's share):
///                                          ==>      for each block of 8 vectors of 16 lanes:
///                                                     lane loop (vectorized, 16 wide):
///                                                       blk[l] = ((v0+v1)+(v2+v3))+((v4+v5)+(v6+v7))
///                                                     merge with the binary counter's levels
///                                                   tail vectors (padded with the identity), pairwise
///                                                   acc = level[k] ⊕ acc for the counter's set bits
///                                                   lanes halved 16 → 1
///
/// Blocks of 8 vectors are the perfect subtrees of the pairwise tree, so the
/// result equals the interpreter's bit for bit, for any thread count (an
/// output is never split between threads) and any real vector width.

import FTIR
import LLVMKit

extension KernelEmitter {
  /// Vectors per block: the part of the tree unrolled in the lane loop.
  static let blockVectors = 8

  func emitOrderedReduction(input: Value, reduced: [Int], kept: [Int], initial: LLValue,
                            op: @escaping (LLValue, LLValue) -> LLValue, outer: (LLValue, LLValue)?) throws {
    let it = f.type(of: input), out = f.type(of: kernel.output)
    let reducedShape = reduced.map { it.shape[$0] }
    let n = reducedShape.reduce(1, *)
    let d = out.dtype, t = llType(d), size = d.byteSize
    let w = reductionLanes, bv = Self.blockVectors, block = w * bv
    let vt = ctx.vector(t, w)
    let fullBlocks = n / block
    let levelCount = max(1, Int.bitWidth - fullBlocks.leadingZeroBitCount)
    let blk = entryAlloca(vt), tail = entryAlloca(ctx.array(vt, bv)), levels = entryAlloca(ctx.array(vt, levelCount))
    let laneHints = LoopHints(vectorizeEnable: true, vectorizeWidth: w, unrollDisable: true)

    try loops.nest(out.shape, outer: outer) { oidx in
      func element(_ j: LLValue) throws -> LLValue {
        let r = reducedShape.count == 1 ? [j] : loops.delinear(j, reducedShape)
        var idx = [LLValue](repeating: c(0), count: it.rank)
        for (k, dd) in kept.enumerated() { idx[dd] = oidx[k] }
        for (k, dd) in reduced.enumerated() { idx[dd] = r[k] }
        return try value(input, .multi(idx))
      }
      if fullBlocks > 0 {
        try loops.loop(c(0), c(fullBlocks)) { bi in
          // The lane loop counts j from the block's start (not lanes from 0): its
          // addresses stay visibly consecutive to the vectorizer.
          let base = b.mulNSW(bi, c(block))
          try loops.loop(base, b.addNSW(base, c(w)), hints: laneHints) { j in
            memo.removeAll()
            var vs: [LLValue] = []
            for q in 0..<bv { vs.append(try element(q == 0 ? j : b.addNSW(j, c(q * w)))) }
            let s = pairwiseFold(bv, { vs[$0] }, op)!
            b.store(s, to: b.gep(t, blk, [b.sub(j, base)]), alignment: size)
          }
          mergeIntoLevels(bi, blk, levels, vt, op)
        }
      }
      // The tail: fewer than a block of elements, in vectors padded with the identity.
      let tailStart = fullBlocks * block, tailCount = n - tailStart
      let tailVectors = (tailCount + w - 1) / w
      for q in 0..<tailVectors {
        let count = min(w, tailCount - q * w)
        for l in count..<w { b.store(initial, to: b.gep(t, tail, [c(q * w + l)]), alignment: size) }
        let start = tailStart + q * w
        try loops.loop(c(start), c(start + count), hints: laneHints) { j in
          memo.removeAll()
          b.store(try element(j), to: b.gep(t, tail, [b.sub(j, c(start - q * w))]), alignment: size)
        }
      }
      var acc = pairwiseFold(tailVectors, { q in b.load(vt, from: b.gep(vt, tail, [c(q)]), alignment: size) }, op)
      for k in 0..<levelCount where fullBlocks & (1 << k) != 0 {
        let left = b.load(vt, from: b.gep(vt, levels, [c(k)]), alignment: size)
        acc = acc.map { op(left, $0) } ?? left
      }
      guard let vector = acc else { throw LLVMError("internal error: an ordered reduction of no elements") }
      b.store(vector, to: blk, alignment: size)
      var lanes = (0..<w).map { l in b.load(t, from: b.gep(t, blk, [c(l)]), alignment: size) }
      var half = w / 2
      while half >= 1 {
        for l in 0..<half { lanes[l] = op(lanes[l], lanes[l + half]) }
        half /= 2
      }
      try store(lanes[0], kernel.output, at: loops.linear(oidx, out.shape))
    }
  }

  /// The binary counter after block `bi` (in `blk`): while bit k of bi is set,
  /// blk = level[k] ⊕ blk; then level[k] = blk.
  private func mergeIntoLevels(_ bi: LLValue, _ blk: LLValue, _ levels: LLValue, _ vt: LLType,
                               _ op: (LLValue, LLValue) -> LLValue) {
    let size = f.type(of: kernel.output).dtype.byteSize
    let pre = loops.currentBlock()
    let header = fn.appendBlock("merge.test"), merge = fn.appendBlock("merge"), done = fn.appendBlock("merge.done")
    b.br(header)
    b.position(atEndOf: header)
    let k = b.phi(ctx.i64, name: "level")
    let bit = b.and(b.lshr(bi, k), c(1))
    b.condBr(b.icmp(.ne, bit, c(0)), then: merge, else: done)
    b.position(atEndOf: merge)
    let slot = b.gep(vt, levels, [k])
    let left = b.load(vt, from: slot, alignment: size), right = b.load(vt, from: blk, alignment: size)
    b.store(op(left, right), to: blk, alignment: size)
    let next = b.addNSW(k, c(1))
    b.br(header)
    b.addIncoming(k, [(c(0), pre), (next, merge)])
    b.position(atEndOf: done)
    b.store(b.load(vt, from: blk, alignment: size), to: b.gep(vt, levels, [k]), alignment: size)
  }
}
