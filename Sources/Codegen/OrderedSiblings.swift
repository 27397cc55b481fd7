/// Joined fixed-order reductions (Backend/MultiOutput.swift): several
/// reductions of one op over the same dims of inputs of one type, computed
/// in one pass. Each output keeps its own blocks, counter and tail exactly
/// as OrderedReduction.swift computes them alone (the same bits); the block
/// lane loop computes every member's elements at once, so a buffer they
/// share is loaded once (the per-element memo):
///
///     %s  = reduce_sum %x, dims=[1]          for each output r:
///     %x2 = mul %x, %x                 ==>     for each block: lane loop: x = load; blk0[l] += ... x ...; blk1[l] += ... x*x ...
///     %q  = reduce_sum %x2, dims=[1]           merge blk0, blk1 into their counters; finish each: s[r], q[r]

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  func emitOrderedSiblings(reduced: [Int], kept: [Int], outer: (LLValue, LLValue)?) throws {
    let out = f.type(of: kernel.output)
    var members: [(input: Value, output: Value, initial: LLValue, op: (LLValue, LLValue) -> LLValue)] = []
    for o in kernel.outputs {
      guard let d = plan.definingOp[o.id], case .reduction(let combiner)? = opLowering[f.body[d].name],
            let op = try combiner(self, out.dtype, false).ordered else {
        throw LLVMError("internal error: a joined reduction kernel has an output that is not a fixed-order reduction")
      }
      members.append((f.body[d].operands[0], o, try combiner(self, out.dtype, false).initial, op))
    }
    let it = f.type(of: members[0].input)
    let n = reduced.reduce(1) { $0 * it.shape[$1] }
    let vt = ctx.vector(llType(out.dtype), reductionLanes)
    let blks = members.map { _ in entryAlloca(vt) }
    let levels = members.map { _ in entryAlloca(ctx.array(vt, orderedLevelCount(n / orderedBlockElements))) }
    try loops.nest(out.shape, outer: outer) { oidx in
      let groups = members.map { m in
        orderedGroup(input: m.input, reduced: reduced, kept: kept, oidx: oidx, initial: m.initial, op: m.op)
      }
      if groups[0].fullBlocks > 0 {
        try loops.loop(c(0), c(groups[0].fullBlocks)) { bi in
          try emitOrderedBlocks(groups, bi, into: blks)
          for j in groups.indices { mergeIntoLevels(bi, blks[j], levels[j], groups[j]) }
        }
      }
      for (j, g) in groups.enumerated() {
        let r = try finishOrderedGroup(g, levels: levels[j], scratch: blks[j])
        try store(r, members[j].output, at: loops.linear(oidx, out.shape))
      }
    }
  }

  /// Block `bi` of every group, each folded to one vector at its `dest`
  /// (as `emitOrderedBlock` folds one), in one lane loop.
  private func emitOrderedBlocks(_ groups: [OrderedGroup], _ bi: LLValue, into dests: [LLValue]) throws {
    let w = reductionLanes, bv = Self.blockVectors
    let laneHints = LoopHints(vectorizeEnable: true, vectorizeWidth: w, unrollDisable: true)
    let base = b.mulNSW(bi, c(orderedBlockElements))
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
