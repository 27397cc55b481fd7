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
/// their carries stop below level log₂S. The nest's `.parts` loop is the
/// task, the loops after it the combine (ReductionNest.swift).

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
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
