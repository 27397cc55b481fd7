/// The fixed order with the last dim kept (schedule `.columns(panel: P)`,
/// Backend/OrderedSchedule.swift): the order is the same for every output
/// column, so a panel of P columns is folded at once with the columns
/// innermost, reading each row's P contiguous elements:
///
///     %s = reduce_sum %x, dims=[0] : f32[C]     for each panel (the thread's share):
///     (x: f32[R,C])                       ==>     for each block bi of 128 rows:
///                                                   top = trailing ones of bi
///                                                   for lane l < 16, column c < P (vectorized):
///                                                     L[top][l][c] = pairwise of rows 128bi+l+16q, q < 8
///                                                   L[top] = L[k] ⊕ L[top] for k < top
///                                                 T[l][c] = pairwise of the tail's rows (identity-padded)
///                                                 acc = L[k] ⊕ acc for the set bits k of the block count
///                                                 lanes halved 16 → 1; s[c] = acc[0][c]
///
/// L (the binary counter's levels) and T are planes [lane][column] on the
/// stack when small, else in memory allocated once per kernel call (a
/// failed allocation is the kernel's status). Each column gets exactly the per-output result
/// (OrderedReduction.swift). The panel loop, its width, the block loop and
/// the steps come from the kernel's nest (a `.panels` loop holding a
/// `.blocks` loop, the finish and the write), walked in order.

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// Planes of at most this many bytes live on the stack.
  static let stackPlaneBytes = 1 << 14

  /// Returns the kernel's status when it allocates its planes.
  func emitOrderedColumns(_ panelLoop: Loop, input: Value, reduced: [Int], kept: [Int], initial: LLValue,
                          op: @escaping (LLValue, LLValue) -> LLValue, outer: (LLValue, LLValue)) throws -> LLValue? {
    let it = f.type(of: input), out = f.type(of: kernel.output)
    let reducedShape = reduced.map { it.shape[$0] }
    let n = reducedShape.reduce(1, *)
    let d = out.dtype, t = llType(d), size = d.byteSize
    guard case .panels(let panel) = panelLoop.axis, panel > 0, out.rank > 0,
          panelLoop.range == .share || panelLoop.range == .row(length: out.shape[out.rank - 1]) else {
      throw LLVMError("internal error: kernel #\(kernel.id)'s panel loop is \(panelLoop)")
    }
    let columns = out.shape[out.rank - 1], panels = (columns + panel - 1) / panel
    guard panelLoop.extent == out.elementCount / max(columns, 1) * panels else {
      throw LLVMError("internal error: kernel #\(kernel.id)'s \(panelLoop.extent) panels are not its columns in panels of \(panel)")
    }
    let w = try orderedLanes(panelLoop.body), plane = w * panel
    let fullBlocks = counterBlocks(panelLoop.body)
    let levelCount = orderedLevelCount(fullBlocks)
    let bytes = (levelCount + 1) * plane * size
    let heap = bytes > Self.stackPlaneBytes
    let alloc = module.declareFunction("ftc_rt_alloc", type: ctx.function([ctx.ptr, ctx.i64], returning: ctx.i32))
    let free = module.declareFunction("ftc_rt_free", type: ctx.function([ctx.ptr], returning: ctx.void))
    let levels: LLValue, status: LLValue?, done = fn.appendBlock("planes.done")
    if heap {
      let slot = entryAlloca(ctx.ptr)
      status = b.call(alloc, [slot, c(bytes)])
      let work = fn.appendBlock("planes")
      b.condBr(b.icmp(.eq, status!, ctx.constInt(ctx.i32, 0)), then: work, else: done)
      b.position(atEndOf: work)
      levels = b.load(ctx.ptr, from: slot, alignment: 8)
    } else {
      (levels, status) = (entryAlloca(ctx.array(t, (levelCount + 1) * plane)), nil)
    }
    let tail = b.gep(t, levels, [c(levelCount * plane)])
    let inner = LoopHints(vectorizeEnable: true, unrollDisable: true)
    let serial = LoopHints(vectorizeEnable: false, unrollDisable: true)
    let prefix = Array(out.shape.dropLast())
    func at(_ base: LLValue, _ l: LLValue, _ col: LLValue) -> LLValue { b.gep(t, base, [b.addNSW(b.mulNSW(l, c(panel)), col)]) }
    func level(_ k: LLValue) -> LLValue { b.gep(t, levels, [b.mulNSW(k, c(plane))]) }

    try loops.loop(outer.0, outer.1, hints: serial) { o in
      let pidx = prefix.isEmpty ? [] : loops.delinear(b.udiv(o, c(panels)), prefix)
      let c0 = b.mulNSW(b.urem(o, c(panels)), c(panel))
      let left = b.sub(c(columns), c0)
      let width = b.select(b.icmp(.slt, left, c(panel)), left, c(panel))
      func element(_ j: LLValue, _ col: LLValue) throws -> LLValue {
        let r = reducedShape.count == 1 ? [j] : loops.delinear(j, reducedShape)
        let oidx = pidx + [b.addNSW(c0, col)]
        var idx = [LLValue](repeating: c(0), count: it.rank)
        for (k, dd) in kept.enumerated() { idx[dd] = oidx[k] }
        for (k, dd) in reduced.enumerated() { idx[dd] = r[k] }
        return try value(input, .multi(idx))
      }
      /// For each lane and column of the panel: dest[l][c] = body(l, c).
      func planeLoop(_ lanes: (Int, Int), _ dest: LLValue, _ body: (LLValue, LLValue) throws -> LLValue) rethrows {
        try loops.loop(c(lanes.0), c(lanes.1), hints: serial) { l in
          try loops.loop(c(0), width, hints: inner) { col in
            memo.removeAll()
            b.store(try body(l, col), to: at(dest, l, col), alignment: size)
          }
        }
      }
      func load(_ base: LLValue, _ l: LLValue, _ col: LLValue) -> LLValue { b.load(t, from: at(base, l, col), alignment: size) }
      /// right = left ⊕ right over the panel; returns right.
      func combineInto(_ left: LLValue, _ right: LLValue) -> LLValue {
        planeLoop((0, w), right) { l, col in op(load(left, l, col), load(right, l, col)) }
        return right
      }

      var acc: LLValue? = nil
      var merged = 0
      for item in panelLoop.body {
        switch item {
        case .loop(let l):
          guard case .blocks(let elements) = l.axis, l.range == .whole, l.lanes == w, l.body.count == 2,
                case .statement(.ordered(.fold(let bv), _, _, _)) = l.body[0], bv * w == elements,
                case .statement(.ordered(.merge, _, _, _)) = l.body[1] else {
            throw LLVMError("internal error: kernel #\(kernel.id)'s panel holds \(l)")
          }
          let cttz = try module.intrinsic("llvm.cttz", types: [ctx.i64])
          try loops.loop(c(0), c(l.extent), hints: serial) { bi in
            // The block's subtree ends in the counter's level `top`, after the lower levels merge into it.
            let top = b.call(cttz, [b.xor(bi, c(-1)), ctx.constBool(false)])
            let dest = level(top)
            let base = b.mulNSW(bi, c(elements))
            try planeLoop((0, w), dest) { l, col in
              let j = b.addNSW(base, l)
              var vs: [LLValue] = []
              for q in 0..<bv { vs.append(try element(q == 0 ? j : b.addNSW(j, c(q * w)), col)) }
              return pairwiseFold(bv, { vs[$0] }, op)!
            }
            loops.loop(c(0), top, hints: serial) { k in _ = combineInto(level(k), dest) }
          }
          merged = l.extent
        case .statement(.ordered(.finish(let tailCount, _), _, _, _)):
          // The tail: fewer than a block of rows, in vectors padded with the identity.
          let tailStart = n - tailCount
          let tailVectors = (tailCount + w - 1) / w, last = tailCount - (tailVectors - 1) * w
          if tailVectors > 0 {
            for (lanes, present) in [((0, last), tailVectors), ((last, w), tailVectors - 1)] where lanes.0 < lanes.1 {
              try planeLoop(lanes, tail) { l, col in
                var vs: [LLValue] = []
                for q in 0..<tailVectors {
                  vs.append(q < present ? try element(b.addNSW(c(tailStart + q * w), l), col) : initial)
                }
                return pairwiseFold(tailVectors, { vs[$0] }, op)!
              }
            }
          }
          acc = tailVectors > 0 ? tail : nil
          for k in 0..<orderedLevelCount(merged) where merged & (1 << k) != 0 {
            acc = acc.map { combineInto(level(c(k)), $0) } ?? level(c(k))
          }
          guard let lanes = acc else { throw LLVMError("internal error: an ordered reduction of no elements") }
          var half = w / 2
          while half >= 1 {
            planeLoop((0, half), lanes) { l, col in op(load(lanes, l, col), load(lanes, b.addNSW(l, c(half)), col)) }
            half /= 2
          }
        case .statement(.write(kernel.output, _)):
          guard let lanes = acc else { throw LLVMError("internal error: kernel #\(kernel.id) writes its panel before finishing it") }
          let result = try pointer(kernel.output)
          loops.loop(c(0), width, hints: inner) { col in
            let o = loops.linear(pidx + [b.addNSW(c0, col)], out.shape)
            b.store(load(lanes, c(0), col), to: b.gep(t, result, [o]), alignment: size)
          }
        default:
          throw LLVMError("internal error: kernel #\(kernel.id)'s panel holds \(item)")
        }
      }
    }
    if heap { b.call(free, [levels]) }
    b.br(done)
    b.position(atEndOf: done)
    return status
  }
}
