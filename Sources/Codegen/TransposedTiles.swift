/// Full tiles of a tiled transposed loop (Backend/TransposedReads.swift)
/// read their transposed input through a register transpose: each n×n
/// block of the input (n the target's lanes: 16 f32 on AVX-512) is loaded
/// as n contiguous row vectors, transposed by log2(n) stages of two-input
/// shuffles, and stored into a stack tile whose
/// rows run along the output's rows; the tile's element loop then reads
/// that tile contiguously instead of gathering with the input's stride.
/// Partial tiles at the edges keep the strided reads.
///
///     %yt = transpose %y, perm=[1,0] : f32[4096,100]   for each tile (i0, j0) of 32×32:
///     %z = add %x, %yt : f32[4096,100]          ==>      if the tile is full:
///                                                          for each 16×16 block: 16 row loads of y,
///                                                            4 shuffle stages, 16 stores into t[i-i0][j-j0]
///                                                          for i, j in tile: z[i,j] = x[i,j] + t[i-i0][j-j0]
///                                                        else: for i, j in tile: z[i,j] = x[i,j] + y[j,i]
///
/// Only a rank-2 kernel of elementwise ops at the output's shape whose one
/// transposed input (4-byte elements) is read by that transpose alone: every
/// read of the input is then inside the staged tile.

import Backend
import FTIR
import LLVMKit

/// The stack tile a full tile's transposed input is read from.
struct StagedTile {
  let input: Value
  let buffer: LLValue
  /// The tile's first output row and column.
  let i0: LLValue, j0: LLValue
  /// The tile's columns (the stack tile's row length).
  let cols: Int
}

extension KernelEmitter {
  /// The block side of the register transpose: a vector of the target's width.
  var transposeBlock: Int { target.lanes(.f32) }

  /// The input a `.tiled(rows, cols)` kernel can stage (see the file's header), or nil.
  func stageableTransposedInput(rows: Int, cols: Int) -> Value? {
    let out = f.type(of: kernel.output)
    let n = transposeBlock
    guard out.rank == 2, n >= 4, rows % n == 0, cols % n == 0 else { return nil }
    var input: Value? = nil
    var uses: [Value: Int] = [:]
    for i in kernel.ops {
      let op = f.body[i]
      for v in op.operands { uses[v, default: 0] += 1 }
      if op.name == "transpose", op.attrs.ints("perm") == [1, 0], input == nil {
        input = op.operands[0]
        continue
      }
      guard case .element? = opLowering[op.name], f.type(of: op.results[0]).shape == out.shape else { return nil }
    }
    guard let y = input, uses[y] == 1, buffers.slot[y] != nil, local[y] == nil else { return nil }
    let yt = f.type(of: y)
    guard yt.rank == 2, yt.dtype != .i1, yt.dtype.byteSize == 4 else { return nil }
    return y
  }

  /// Stages input `y` (read as y[j, i] by output element [i, j]) for the full
  /// tile at (i0, j0) of `rows`×`cols` into `buffer`: buffer[(i-i0)·cols + (j-j0)] = y[j, i].
  func stageTransposedTile(_ y: Value, i0: LLValue, j0: LLValue, rows: Int, cols: Int, into buffer: LLValue) throws {
    let n = transposeBlock
    let yt = f.type(of: y)
    let et = memType(yt.dtype), vt = ctx.vector(et, n)
    let size = yt.dtype.byteSize
    let stride = yt.shape[1]
    let base = try pointer(y)
    try loops.loop(c(0), c(rows / n)) { bi in
      try loops.loop(c(0), c(cols / n)) { bj in
        let i = b.addNSW(i0, b.mulNSW(bi, c(n))), j = b.addNSW(j0, b.mulNSW(bj, c(n)))
        // Row a of the block: y[j + a, i ..< i + n].
        var v = (0..<n).map { a in
          b.load(vt, from: b.gep(et, base, [b.addNSW(b.mulNSW(b.addNSW(j, c(a)), c(stride)), i)]), alignment: size)
        }
        v = transposed(v)
        // Vector b holds y[j ..< j + n, i + b]: row (i - i0) + b of the tile, from column j - j0.
        let rowBase = b.mulNSW(bi, c(n * cols)), colBase = b.mulNSW(bj, c(n))
        for (k, x) in v.enumerated() {
          let at = b.addNSW(b.addNSW(rowBase, c(k * cols)), colBase)
          b.store(x, to: b.gep(et, buffer, [at]), alignment: n * size)
        }
      }
    }
  }

  /// The n×n transpose of n vectors of n lanes: for s = n/2 … 1, each pair
  /// of rows (a, a+s) with bit s of a clear swaps its off-diagonal s-blocks,
  /// so element (r, l) moves to (r^s, l^s) when bit s of r and l differ.
  private func transposed(_ rows: [LLValue]) -> [LLValue] {
    var v = rows
    let n = rows.count
    var s = n / 2
    while s >= 1 {
      let low = (0..<n).map { l in l & s == 0 ? l : n + l - s }
      let high = (0..<n).map { l in l & s == 0 ? l + s : n + l }
      var next = v
      for a in 0..<n where a & s == 0 {
        next[a] = b.shuffle(v[a], v[a + s], mask: low)
        next[a + s] = b.shuffle(v[a], v[a + s], mask: high)
      }
      v = next
      s /= 2
    }
    return v
  }

  /// The element of the staged input at its multi-index [j, i], when a tile is staged.
  func stagedLoad(_ v: Value, _ idx: [LLValue]) -> LLValue? {
    guard let s = stagedTile, v == s.input, idx.count == 2 else { return nil }
    let d = f.type(of: v).dtype
    let at = b.addNSW(b.mulNSW(b.sub(idx[1], s.i0), c(s.cols)), b.sub(idx[0], s.j0))
    return b.load(memType(d), from: b.gep(memType(d), s.buffer, [at]), alignment: d.byteSize)
  }

  /// A stack tile of rows×cols elements of `d` in the entry block, 64-byte aligned.
  func tileBuffer(_ d: DType, _ count: Int) -> LLValue {
    let here = loops.currentBlock()
    b.position(atEndOf: entryBlock)
    let slot = b.alloca(ctx.array(memType(d), count), alignment: 64)
    b.position(atEndOf: here)
    return slot
  }
}
