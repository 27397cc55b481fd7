/// The kernel of `sort`: for each row along the dimension (each index of the
/// other dims), a bottom-up stable merge sort of the row's positions in a
/// scratch permutation, comparing the keys through integers whose signed
/// order is the sort order (floats in total order); then each operand's row
/// is written permuted. Operands are read from buffers; every load and store
/// index is a row position in `[0, n)` (a merge cursor past its run is
/// clamped before it is loaded, and its value is not used). The kernel's
/// `[begin, end)` is a range of the outermost row loop (the first dim other
/// than the sorted one): large sorts hand chunks of it to the thread pool,
/// each chunk using its own copy of the scratch (Backend/SortSplit.swift).
///
///     %s, %i = sort %x, %iota, dimension=0 : (f32[n], i32[n])
///       ==>  P = [0, 1, …, n−1]
///            for w = 1, 2, 4, … < n:
///              merge runs P[lo..<lo+w] and P[lo+w..<lo+2w] into T (the right
///              run's element first only when strictly before: stable); P = T
///            s[j] = x[P[j]], i[j] = iota[P[j]]

import FTIR
import LLVMKit

extension KernelEmitter {
  func emitSort(_ begin: LLValue, _ end: LLValue) throws {
    let root = f.body[kernel.root]
    let t = f.type(of: root.operands[0])
    let spec = SortSpec(root.attrs)
    let (d, numKeys, descending) = (spec.dimension, spec.numKeys, spec.descending)
    let n = t.shape[d]
    if t.elementCount == 0 { return }
    guard let s = buffers.scratchA else { throw LLVMError("internal error: no scratch buffer for a sort") }
    // A chunk of rows on the pool sorts in scratch copy begin / chunk (one copy without a split).
    let copy = sched.parallelChunk.map { b.sdiv(begin, c($0)) } ?? c(0)
    let perm = b.gep(ctx.i64, pointers[s], [b.mul(copy, c(2 * n))]), temp = b.gep(ctx.i64, perm, [c(n)])
    // ⌈log₂ n⌉ merge passes.
    let passes = n <= 1 ? 0 : Int.bitWidth - (n - 1).leadingZeroBitCount
    let cursorI = entryAlloca(ctx.i64), cursorJ = entryAlloca(ctx.i64)
    func smin(_ a: LLValue, _ x: LLValue) -> LLValue { b.select(b.icmp(.slt, a, x), a, x) }
    func slot(_ base: LLValue, _ i: LLValue) -> LLValue { b.gep(ctx.i64, base, [i]) }
    // The rows: every index of the other dims, the outermost of them in [begin, end).
    var rowShape = t.shape
    rowShape.remove(at: d)
    try loops.nest(rowShape, outer: rowShape.isEmpty ? nil : (begin, end)) { row in
      /// The flat index of row position `p`.
      func at(_ p: LLValue) -> LLValue {
        var idx = row
        idx.insert(p, at: d)
        return loops.linear(idx, t.shape)
      }
      /// Row position `a` sorts strictly before `z`: lexicographic over the keys.
      func before(_ a: LLValue, _ z: LLValue) throws -> LLValue {
        var result: LLValue? = nil
        for k in (0..<numKeys).reversed() {
          let ka = try orderKey(root.operands[k], at(a)), kz = try orderKey(root.operands[k], at(z))
          let lt = descending ? b.icmp(.slt, kz, ka) : b.icmp(.slt, ka, kz)
          result = result.map { b.or(lt, b.and(b.icmp(.eq, ka, kz), $0)) } ?? lt
        }
        return result ?? ctx.constBool(false)
      }
      try loops.loop(c(0), c(n)) { j in b.store(j, to: slot(perm, j), alignment: 8) }
      try loops.loop(c(0), c(passes)) { p in
        let w = b.shl(c(1), p), w2 = b.shl(c(2), p)
        let blocks = b.udiv(b.add(c(n - 1), w2), w2)
        try loops.loop(c(0), blocks) { blk in
          let lo = b.mul(blk, w2)
          let mid = smin(b.add(lo, w), c(n)), hi = smin(b.add(lo, w2), c(n))
          b.store(lo, to: cursorI, alignment: 8)
          b.store(mid, to: cursorJ, alignment: 8)
          try loops.loop(lo, hi) { k in
            let i = b.load(ctx.i64, from: cursorI, alignment: 8), j = b.load(ctx.i64, from: cursorJ, alignment: 8)
            let leftLeft = b.icmp(.slt, i, mid), rightLeft = b.icmp(.slt, j, hi)
            let pi = b.load(ctx.i64, from: slot(perm, smin(i, c(n - 1))), alignment: 8)
            let pj = b.load(ctx.i64, from: slot(perm, smin(j, c(n - 1))), alignment: 8)
            let takeRight = b.and(rightLeft, b.or(b.not(leftLeft), try before(pj, pi)))
            b.store(b.select(takeRight, pj, pi), to: slot(temp, k), alignment: 8)
            b.store(b.add(i, b.zext(b.not(takeRight), to: ctx.i64)), to: cursorI, alignment: 8)
            b.store(b.add(j, b.zext(takeRight, to: ctx.i64)), to: cursorJ, alignment: 8)
          }
        }
        try loops.loop(c(0), c(n)) { j in
          b.store(b.load(ctx.i64, from: slot(temp, j), alignment: 8), to: slot(perm, j), alignment: 8)
        }
      }
      for (operand, result) in zip(root.operands, root.results) {
        try loops.loop(c(0), c(n), hints: Self.innermost) { j in
          let source = b.load(ctx.i64, from: slot(perm, j), alignment: 8)
          try store(try load(operand, at: at(source)), result, at: at(j))
        }
      }
    }
  }

  /// The element of `v` at `flat` as an integer whose signed order is the
  /// sort order: a float's bits with a negative float's magnitude bits
  /// flipped (total order), an integer itself, an i1 widened unsigned.
  private func orderKey(_ v: Value, _ flat: LLValue) throws -> LLValue {
    let dtype = f.type(of: v).dtype
    let x = try load(v, at: flat)
    switch dtype {
    case .f32, .f64:
      let it = dtype == .f32 ? ctx.i32 : ctx.i64
      let bits = b.bitcast(x, to: it)
      let magnitude = ctx.constInt(it, dtype == .f32 ? Int64(Int32.max) : Int64.max)
      return b.select(b.icmp(.slt, bits, ctx.constInt(it, 0)), b.xor(bits, magnitude), bits)
    case .i1:
      return b.zext(x, to: ctx.i8)
    case .i32, .i64:
      return x
    }
  }
}
