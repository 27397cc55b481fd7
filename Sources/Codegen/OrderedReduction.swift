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

// MARK: Kept innermost dim: tiles of output columns

/// The same order when the operand's last dim is kept (`reduce_sum %x,
/// dims=[0] : f32[C]` of `f32[R,C]`): a walk down one column per output
/// would touch a page per element, so a tile of up to 16 columns is folded
/// at once, the loops over columns innermost (contiguous, vectorized), each
/// column's 16 lanes, blocks and binary-counter levels in arrays
/// [lane][column]. Every column gets exactly the per-output result.
extension KernelEmitter {
  static let columnTile = 16

  func emitOrderedColumns(input: Value, reduced: [Int], kept: [Int], initial: LLValue,
                          op: @escaping (LLValue, LLValue) -> LLValue, outer: (LLValue, LLValue)?) throws {
    let it = f.type(of: input), out = f.type(of: kernel.output)
    let reducedShape = reduced.map { it.shape[$0] }
    let n = reducedShape.reduce(1, *)
    let d = out.dtype, t = llType(d), size = d.byteSize
    let columns = out.shape[out.rank - 1], tile = min(columns, Self.columnTile)
    let w = reductionLanes, bv = Self.blockVectors, block = w * bv, plane = w * tile
    let fullBlocks = n / block
    let levelCount = max(1, Int.bitWidth - fullBlocks.leadingZeroBitCount)
    let blk = entryAlloca(ctx.array(t, plane)), tail = entryAlloca(ctx.array(t, bv * plane))
    let levels = entryAlloca(ctx.array(t, levelCount * plane))
    let inner = LoopHints(vectorizeEnable: true, unrollDisable: true)
    let serial = LoopHints(vectorizeEnable: nil, unrollDisable: true)
    func at(_ base: LLValue, _ e: LLValue) -> LLValue { b.gep(t, base, [e]) }
    /// right[e] = left[e] ⊕ right[e] for a plane (or `count` elements); returns right.
    func combineInto(_ left: LLValue, _ right: LLValue, count: Int? = nil) -> LLValue {
      loops.loop(c(0), c(count ?? plane), hints: inner) { e in
        let x = b.load(t, from: at(left, e), alignment: size), y = b.load(t, from: at(right, e), alignment: size)
        b.store(op(x, y), to: at(right, e), alignment: size)
      }
      return right
    }
    let prefix = Array(out.shape.dropLast())
    try loops.nest(prefix, outer: prefix.isEmpty ? nil : outer) { pidx in
      let (colBegin, colEnd) = prefix.isEmpty ? (outer ?? (c(0), c(columns))) : (c(0), c(columns))
      let tiles = b.udiv(b.addNSW(b.sub(colEnd, colBegin), c(tile - 1)), c(tile))
      try loops.loop(c(0), tiles, hints: serial) { ti in
        let c0 = b.addNSW(colBegin, b.mulNSW(ti, c(tile)))
        let left = b.sub(colEnd, c0)
        let width = b.select(b.icmp(.slt, left, c(tile)), left, c(tile))
        func element(_ j: LLValue, _ col: LLValue) throws -> LLValue {
          let r = reducedShape.count == 1 ? [j] : loops.delinear(j, reducedShape)
          let oidx = pidx + [b.addNSW(c0, col)]
          var idx = [LLValue](repeating: c(0), count: it.rank)
          for (k, dd) in kept.enumerated() { idx[dd] = oidx[k] }
          for (k, dd) in reduced.enumerated() { idx[dd] = r[k] }
          return try value(input, .multi(idx))
        }
        if fullBlocks > 0 {
          try loops.loop(c(0), c(fullBlocks), hints: serial) { bi in
            let base = b.mulNSW(bi, c(block))
            try loops.loop(c(0), c(w), hints: serial) { l in
              let j = b.addNSW(base, l), row = b.mulNSW(l, c(tile))
              try loops.loop(c(0), width, hints: inner) { col in
                memo.removeAll()
                var vs: [LLValue] = []
                for q in 0..<bv { vs.append(try element(q == 0 ? j : b.addNSW(j, c(q * w)), col)) }
                b.store(pairwiseFold(bv, { vs[$0] }, op)!, to: at(blk, b.addNSW(row, col)), alignment: size)
              }
            }
            // The binary counter, as in emitOrderedReduction, on planes.
            let pre = loops.currentBlock()
            let header = fn.appendBlock("merge.test"), merge = fn.appendBlock("merge"), done = fn.appendBlock("merge.done")
            b.br(header)
            b.position(atEndOf: header)
            let k = b.phi(ctx.i64, name: "level")
            b.condBr(b.icmp(.ne, b.and(b.lshr(bi, k), c(1)), c(0)), then: merge, else: done)
            b.position(atEndOf: merge)
            _ = combineInto(at(levels, b.mulNSW(k, c(plane))), blk)
            let next = b.addNSW(k, c(1))
            let latch = loops.currentBlock()
            b.br(header)
            b.addIncoming(k, [(c(0), pre), (next, latch)])
            b.position(atEndOf: done)
            let slot = at(levels, b.mulNSW(k, c(plane)))
            loops.loop(c(0), c(plane), hints: inner) { e in
              b.store(b.load(t, from: at(blk, e), alignment: size), to: at(slot, e), alignment: size)
            }
          }
        }
        let tailStart = fullBlocks * block, tailCount = n - tailStart
        let tailVectors = (tailCount + w - 1) / w
        for q in 0..<tailVectors {
          let count = min(w, tailCount - q * w), vec = at(tail, c(q * plane))
          try loops.loop(c(0), c(count), hints: serial) { l in
            let j = b.addNSW(c(tailStart + q * w), l), row = b.mulNSW(l, c(tile))
            try loops.loop(c(0), width, hints: inner) { col in
              memo.removeAll()
              b.store(try element(j, col), to: at(vec, b.addNSW(row, col)), alignment: size)
            }
          }
          if count < w {
            loops.loop(c(count * tile), c(plane), hints: inner) { e in b.store(initial, to: at(vec, e), alignment: size) }
          }
        }
        var acc = pairwiseFold(tailVectors, { q in at(tail, c(q * plane)) }, { combineInto($0, $1) })
        for k in 0..<levelCount where fullBlocks & (1 << k) != 0 {
          let level = at(levels, c(k * plane))
          acc = acc.map { combineInto(level, $0) } ?? level
        }
        guard let lanes = acc else { throw LLVMError("internal error: an ordered reduction of no elements") }
        var half = w / 2
        while half >= 1 {
          // lane l ⊕= lane l+half: element e = l·tile + col pairs with e + half·tile.
          loops.loop(c(0), c(half * tile), hints: inner) { e in
            let x = b.load(t, from: at(lanes, e), alignment: size)
            let y = b.load(t, from: at(lanes, b.addNSW(e, c(half * tile))), alignment: size)
            b.store(op(x, y), to: at(lanes, e), alignment: size)
          }
          half /= 2
        }
        let result = try pointer(kernel.output)
        loops.loop(c(0), width) { col in
          let o = loops.linear(pidx + [b.addNSW(c0, col)], out.shape)
          b.store(b.load(t, from: at(lanes, col), alignment: size), to: b.gep(t, result, [o]), alignment: size)
        }
      }
    }
  }
}
