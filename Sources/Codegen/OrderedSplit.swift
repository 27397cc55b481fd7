/// Few long groups in the fixed order (schedule `.split(parts: P, blocks: S)`,
/// Backend/OrderedSchedule.swift): the pairwise tree's perfect subtrees of S
/// blocks (S a power of two) are computed in parallel, then combined in the
/// tree's order, so the bits do not depend on the thread count:
///
///     %s = reduce_sum %x, dims=[0] : f32[]      kernel (calling thread):
///     (x: f32[N], P·S ≤ N/128 blocks)     ==>     ftc_rt_parallel_for(outputs·P, task)
///                                                 for each output: the P part vectors
///                                                   into the block counter at level log₂S,
///                                                 blocks P·S ..< N/128 and the tail as usual,
///                                                 lanes halved 16 → 1
///                                               task(item = output·P + p):
///                                                 blocks p·S ..< (p+1)·S through a counter
///                                                 of log₂S + 1 levels → part[item]
///
/// Part p's blocks are counter values p·S ..< (p+1)·S, whose low log₂S bits
/// run through every value, so its counter ends with the subtree in level
/// log₂S; fed in order at that level, the parts leave the counter exactly
/// as the blocks would. The blocks after the parts number fewer than S, so
/// their carries stop below level log₂S.

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  func emitOrderedSplit(input: Value, reduced: [Int], kept: [Int], initial: LLValue,
                        op: @escaping (LLValue, LLValue) -> LLValue, parts: Int, blocks: Int) throws -> LLValue {
    let out = f.type(of: kernel.output)
    let vt = ctx.vector(llType(out.dtype), reductionLanes), size = out.dtype.byteSize
    let items = out.elementCount * parts
    guard blocks > 0, blocks & (blocks - 1) == 0, items > 0 else {
      throw LLVMError("internal error: a split reduction of \(parts) parts of \(blocks) blocks")
    }
    let shift = blocks.trailingZeroBitCount
    let partVectors = entryAlloca(ctx.array(vt, items))

    // The parts, over the pool.
    let task = try emitTask(name: name + ".part", partVectors) { begin, end in
      let blk = entryAlloca(vt), levels = entryAlloca(ctx.array(vt, shift + 1))
      try loops.loop(begin, end) { item in
        let (o, p) = (b.udiv(item, c(parts)), b.urem(item, c(parts)))
        let g = orderedGroup(input: input, reduced: reduced, kept: kept, oidx: loops.delinear(o, out.shape),
                             initial: initial, op: op)
        let first = b.mulNSW(p, c(blocks))
        try loops.loop(c(0), c(blocks)) { bi in
          try emitOrderedBlock(g, b.addNSW(first, bi), into: blk)
          mergeIntoLevels(bi, blk, levels, g)
        }
        let whole = b.load(vt, from: b.gep(vt, levels, [c(shift)]), alignment: size)
        b.store(whole, to: b.gep(vt, pointers[buffers.count], [item]), alignment: size)
      }
    }
    let taskContext = entryAlloca(ctx.array(ctx.ptr, buffers.count + 1))
    for (i, p) in pointers.enumerated() { b.store(p, to: b.gep(ctx.ptr, taskContext, [c(i)]), alignment: 8) }
    b.store(partVectors, to: b.gep(ctx.ptr, taskContext, [c(buffers.count)]), alignment: 8)
    let parallelFor = module.declareFunction("ftc_rt_parallel_for",
                                             type: ctx.function([ctx.i64, ctx.i64, ctx.ptr, ctx.ptr], returning: ctx.i32))
    let status = b.call(parallelFor, [c(items), c(1), task.value, taskContext])

    // Each output: its parts at level log₂S, then the rest of its blocks and its tail.
    let it = f.type(of: input)
    let n = reduced.reduce(1) { $0 * it.shape[$1] }
    let blk = entryAlloca(vt), levels = entryAlloca(ctx.array(vt, orderedLevelCount(n / orderedBlockElements)))
    try loops.nest(out.shape) { oidx in
      let g = orderedGroup(input: input, reduced: reduced, kept: kept, oidx: oidx, initial: initial, op: op)
      let firstItem = b.mulNSW(loops.linear(oidx, out.shape), c(parts))
      let high = b.gep(vt, levels, [c(shift)])
      loops.loop(c(0), c(parts)) { p in
        mergeIntoLevels(p, b.gep(vt, partVectors, [b.addNSW(firstItem, p)]), high, g)
      }
      if g.fullBlocks > parts * blocks {
        try loops.loop(c(parts * blocks), c(g.fullBlocks)) { bi in
          try emitOrderedBlock(g, bi, into: blk)
          mergeIntoLevels(bi, blk, levels, g)
        }
      }
      try store(try finishOrderedGroup(g, levels: levels, scratch: blk), kernel.output, at: loops.linear(oidx, out.shape))
    }
    return status
  }

  /// A task function `i32 (ptr ctx, i64 begin, i64 end)` for
  /// ftc_rt_parallel_for, emitted by `body` between the kernel's own code:
  /// its ctx holds the kernel's buffer pointers then `extra`'s (`pointers`
  /// has both inside `body`).
  func emitTask(name: String, _ extra: LLValue..., body: (LLValue, LLValue) throws -> Void) throws -> LLFunction {
    let saved = (fn, entryBlock, startBlock, loops, pointers, memo, name: self.name)
    let here = loops.currentBlock()
    let (begin, end) = try start(name: name)
    for i in extra.indices {
      pointers.append(b.load(ctx.ptr, from: b.gep(ctx.ptr, fn.param(0), [c(buffers.count + i)]), alignment: 8))
    }
    memo.removeAll()
    try body(begin, end)
    let task = finish()
    (fn, entryBlock, startBlock, loops, pointers, memo, self.name) = saved
    b.position(atEndOf: here)
    return task
  }
}
