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
/// result equals the interpreter's bit for bit, for any thread count (here
/// an output is never split between threads; OrderedSplit.swift splits
/// long groups at subtree boundaries, OrderedColumns.swift folds a kept last
/// dim in panels) and any real vector width. The loops (outputs, blocks)
/// and the steps come from the kernel's nest (ReductionNest.swift); these
/// are the steps' code.

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// One output's group: its elements, the fold's vector type (`lanes`
  /// wide, the fixed order's virtual width) and combiner.
  struct OrderedGroup {
    /// Element j (row-major over the reduced dims) of the current output.
    var element: (LLValue) throws -> LLValue
    var n: Int
    var lanes: Int
    var t: LLType, vt: LLType, size: Int
    var initial: LLValue
    var op: (LLValue, LLValue) -> LLValue
  }

  /// The group of output `oidx` of a reduction of `input` over `reduced`, in vectors of `lanes`.
  func orderedGroup(input: Value, reduced: [Int], kept: [Int], oidx: [LLValue], initial: LLValue, lanes: Int,
                    op: @escaping (LLValue, LLValue) -> LLValue) -> OrderedGroup {
    let it = f.type(of: input)
    let reducedShape = reduced.map { it.shape[$0] }
    let d = f.type(of: kernel.output).dtype, t = llType(d)
    let element: (LLValue) throws -> LLValue = { [unowned self] j in
      let r = reducedShape.count == 1 ? [j] : self.loops.delinear(j, reducedShape)
      var idx = [LLValue](repeating: self.c(0), count: it.rank)
      for (k, dd) in kept.enumerated() { idx[dd] = oidx[k] }
      for (k, dd) in reduced.enumerated() { idx[dd] = r[k] }
      return try self.value(input, .multi(idx))
    }
    return OrderedGroup(element: element, n: reducedShape.reduce(1, *), lanes: lanes, t: t, vt: ctx.vector(t, lanes),
                        size: d.byteSize, initial: initial, op: op)
  }

  /// The group's result from its counter `levels` (after `fullBlocks`
  /// blocks) and its last `tailCount` elements: the tail vectors pairwise,
  /// each level whose bit is set in the block count combined on the left,
  /// the lanes halved 16 → 1. `scratch` holds a vector.
  func finishOrderedGroup(_ g: OrderedGroup, fullBlocks: Int, tail tailCount: Int, levels: LLValue, scratch: LLValue) throws -> LLValue {
    let w = g.lanes, (t, vt, size) = (g.t, g.vt, g.size)
    let laneHints = LoopHints(vectorizeEnable: true, vectorizeWidth: w, unrollDisable: true)
    let tailStart = g.n - tailCount
    let tailVectors = (tailCount + w - 1) / w
    let tail = entryAlloca(ctx.array(vt, max(1, tailVectors)))
    for q in 0..<tailVectors {
      let count = min(w, tailCount - q * w)
      for l in count..<w { b.store(g.initial, to: b.gep(t, tail, [c(q * w + l)]), alignment: size) }
      let start = tailStart + q * w
      try loops.loop(c(start), c(start + count), hints: laneHints) { j in
        memo.removeAll()
        b.store(try g.element(j), to: b.gep(t, tail, [b.sub(j, c(start - q * w))]), alignment: size)
      }
    }
    var acc = pairwiseFold(tailVectors, { q in b.load(vt, from: b.gep(vt, tail, [c(q)]), alignment: size) }, g.op)
    for k in 0..<orderedLevelCount(fullBlocks) where fullBlocks & (1 << k) != 0 {
      let left = b.load(vt, from: b.gep(vt, levels, [c(k)]), alignment: size)
      acc = acc.map { g.op(left, $0) } ?? left
    }
    guard let vector = acc else { throw LLVMError("internal error: an ordered reduction of no elements") }
    b.store(vector, to: scratch, alignment: size)
    var lanes = (0..<w).map { l in b.load(t, from: b.gep(t, scratch, [c(l)]), alignment: size) }
    var half = w / 2
    while half >= 1 {
      for l in 0..<half { lanes[l] = g.op(lanes[l], lanes[l + half]) }
      half /= 2
    }
    return lanes[0]
  }

  /// The binary counter after block `bi` (in `blk`): while bit k of bi is set,
  /// blk = level[k] ⊕ blk; then level[k] = blk.
  func mergeIntoLevels(_ bi: LLValue, _ blk: LLValue, _ levels: LLValue, _ g: OrderedGroup) {
    let (vt, size) = (g.vt, g.size)
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
    b.store(g.op(left, right), to: blk, alignment: size)
    let next = b.addNSW(k, c(1))
    b.br(header)
    b.addIncoming(k, [(c(0), pre), (next, merge)])
    b.position(atEndOf: done)
    b.store(b.load(vt, from: blk, alignment: size), to: b.gep(vt, levels, [k]), alignment: size)
  }
}
