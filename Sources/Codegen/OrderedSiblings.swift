/// Joined fixed-order reductions (Backend/MultiOutput.swift): several
/// reductions of one op over the same dims of inputs of one type, computed
/// in one pass. Each output keeps its own blocks, counter and tail exactly
/// as OrderedReduction.swift computes them alone (the same bits); the block
/// lane loop computes every member's elements at once, so a buffer they
/// share is loaded once (the per-element memo). The nest's steps name
/// every output (ReductionNest.swift walks them):
///
///     %s  = reduce_sum %x, dims=[1]          for each output r:
///     %x2 = mul %x, %x                 ==>     for each block: lane loop: x = load; blk0[l] += ... x ...; blk1[l] += ... x*x ...
///     %q  = reduce_sum %x2, dims=[1]           merge blk0, blk1 into their counters; finish each: s[r], q[r]

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// Block `bi` of every group, each folded to one vector at its `dest`
  /// (as `emitOrderedBlock` folds one), in one lane loop.
  func emitOrderedBlocks(_ groups: [OrderedGroup], _ bi: LLValue, vectors bv: Int, into dests: [LLValue]) throws {
    let w = groups[0].lanes
    let laneHints = LoopHints(vectorizeEnable: true, vectorizeWidth: w, unrollDisable: true)
    let base = b.mulNSW(bi, c(w * bv))
    try loops.loop(base, b.addNSW(base, c(w)), hints: laneHints) { j in
      memo.removeAll()
      for (g, dest) in zip(groups, dests) {
        var vs: [LLValue] = []
        for q in 0..<bv { vs.append(try g.element(q == 0 ? j : b.addNSW(j, c(q * w)))) }
        b.store(pairwiseFold(bv, { vs[$0] }, g.op)!, to: b.gep(g.t, dest, [b.sub(j, base)]), alignment: g.size)
      }
    }
  }
}
