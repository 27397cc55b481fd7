/// Loop kernels' loops built from their LoopNest (Backend/LoopNest.swift,
/// the `loops` stage), so the dumped nest is the one that runs: each loop's
/// range, vector lanes and tile come from the nest, and its store at the
/// innermost level evaluates the kernel's expression at the index the
/// enclosing loops walk:
///
///     for t0 in [begin, end) of 0..<4  // tiles of 32     loop(begin, end) { t0 ->
///       for t1 in 0..<128  // tiles of 32          ==>      loop(0, 128) { t1 -> i0s = t0·32, i1s = t1·32
///         for i0 in t0·32..<min(t0·32+32, 100)                 loop(i0s, min(i0s+32, 100)) { i0 ->
///           for i1 in t1·32..<…  // 8 lanes                      loop(i1s, min(i1s+32, 4096), width 8) { i1 ->
///             %y[i0, i1] = ...                                     y[i0·4096 + i1] = value(y, [i0, i1]) }}}}
///
/// Only `.store` of the kernel's output and the loops of loop kernels are
/// emitted here; any other item is an internal error (reductions walk their
/// nests in ReductionNest.swift; the other kinds derive their own loops,
/// LoopNest.derived).

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// The index variables bound by the enclosing loops.
  struct NestIndex {
    var flat: LLValue? = nil
    var dims: [Int: LLValue] = [:]
    /// Tile loops whose start (t · size) is not computed yet, outermost first.
    var pendingTiles: [(dim: Int, tile: LLValue, size: Int)] = []
    var tileStart: [Int: LLValue] = [:]
  }

  /// The LLVM hints of a loop of the nest: the vector width it names.
  func hints(_ l: Loop) -> LoopHints? {
    l.lanes.map { LoopHints(vectorizeEnable: nil, vectorizeWidth: $0 > 1 ? $0 : nil, unrollDisable: true) }
  }

  /// Emits a loop kernel's `items`; its outermost `.share` (or `.row`)
  /// loop runs over `outer`. Recursion depth: the nest's loops (≤ rank + 2).
  func emitNest(_ items: [LoopItem], outer: (LLValue, LLValue), index: NestIndex = NestIndex()) throws {
    for item in items {
      switch item {
      case .loop(let l):
        var idx = index
        let (from, to) = try bounds(l, outer, &idx)
        try loops.loop(from, to, hints: hints(l)) { i in
          var inner = idx
          switch l.axis {
          case .elements: inner.flat = i
          case .dim(let d): inner.dims[d] = i
          case .tiles(let d, let size): inner.pendingTiles.append((d, i, size))
          case .rows, .reduced, .named, .blocks, .panels, .parts:
            throw LLVMError("internal error: a loop kernel's nest has a loop over \(l.axis)")
          }
          if try emitStagedTile(l.body, outer: outer, index: &inner) { return }
          try emitNest(l.body, outer: outer, index: inner)
        }
      case .statement(.store(let v, _, _)) where v == kernel.outputs.first:
        try emitStore(index)
      case .statement(.store(let v, _, _)) where kernel.outputs.contains(v):
        break  // stored with the first output, at the same index (storeOutputs)
      case .statement, .member:
        throw LLVMError("internal error: kernel #\(kernel.id)'s nest has an item Codegen does not emit: \(item)")
      }
    }
  }

  /// Inside the tile loops of both dims of a rank-2 kernel with a stageable
  /// transposed input (TransposedTiles.swift): a full tile stages the
  /// input's transpose and runs `body` reading it; a partial tile runs
  /// `body` with strided reads. Returns false (nothing emitted) otherwise.
  private func emitStagedTile(_ body: [LoopItem], outer: (LLValue, LLValue), index: inout NestIndex) throws -> Bool {
    let out = f.type(of: kernel.output)
    guard out.rank == 2, index.pendingTiles.count == 2,
          index.pendingTiles[0].dim == 0, index.pendingTiles[1].dim == 1 else { return false }
    let (rows, cols) = (index.pendingTiles[0].size, index.pendingTiles[1].size)
    guard let y = stageableTransposedInput(rows: rows, cols: cols) else { return false }
    for t in index.pendingTiles { index.tileStart[t.dim] = b.mulNSW(t.tile, c(t.size)) }
    index.pendingTiles = []
    let (i0, j0) = (index.tileStart[0]!, index.tileStart[1]!)
    let (nr, nc) = (out.shape[0], out.shape[1])
    let buffer = tileBuffer(f.type(of: y).dtype, rows * cols)
    let full = b.and(b.icmp(.sle, b.addNSW(i0, c(rows)), c(nr)), b.icmp(.sle, b.addNSW(j0, c(cols)), c(nc)))
    let fast = fn.appendBlock("tile.full"), slow = fn.appendBlock("tile.partial"), join = fn.appendBlock("tile.done")
    b.condBr(full, then: fast, else: slow)
    b.position(atEndOf: fast)
    try stageTransposedTile(y, i0: i0, j0: j0, rows: rows, cols: cols, into: buffer)
    stagedTile = StagedTile(input: y, buffer: buffer, i0: i0, j0: j0, cols: cols)
    try emitNest(body, outer: outer, index: index)
    stagedTile = nil
    b.br(join)
    b.position(atEndOf: slow)
    try emitNest(body, outer: outer, index: index)
    b.br(join)
    b.position(atEndOf: join)
    return true
  }

  /// A loop's `[from, to)`; computes the pending tiles' starts at the first loop inside them.
  private func bounds(_ l: Loop, _ outer: (LLValue, LLValue), _ idx: inout NestIndex) throws -> (LLValue, LLValue) {
    switch l.range {
    case .whole: return (c(0), c(l.extent))
    case .from(let k): return (c(k), c(l.extent))
    case .share, .row: return outer
    case .tile(let size):
      guard case .dim(let d) = l.axis else { throw LLVMError("internal error: a tile range on \(l.axis)") }
      for t in idx.pendingTiles { idx.tileStart[t.dim] = b.mulNSW(t.tile, c(t.size)) }
      idx.pendingTiles = []
      guard let start = idx.tileStart[d] else { throw LLVMError("internal error: dim \(d)'s loop is in no tile of it") }
      let e = b.addNSW(start, c(size))
      return (start, b.select(b.icmp(.slt, e, c(l.extent)), e, c(l.extent)))
    }
  }

  /// `out[index] = value(out, index)` for every output of the kernel (one
  /// shape: a multi-output kernel's outputs share its loops) at the
  /// enclosing loops' index.
  private func emitStore(_ index: NestIndex) throws {
    let out = f.type(of: kernel.output)
    if let i = index.flat {
      try storeOutputs(.flat(i)) { i }
      return
    }
    var idx: [LLValue] = []
    for d in 0..<out.rank {
      guard let i = index.dims[d] else { throw LLVMError("internal error: kernel #\(kernel.id)'s nest walks no loop over dim \(d)") }
      idx.append(i)
    }
    try storeOutputs(.multi(idx)) { idx.isEmpty ? c(0) : loops.linear(idx, out.shape) }
  }
}

extension LoopNest {
  /// The thread pool's chunk of the outermost loop over `[begin, end)`, or nil.
  var outerChunk: Int? {
    for case .loop(let l) in items where l.range == .share { return l.parallelChunk }
    return nil
  }
}

/// The loop structure of a nest without its values (a kernel's cache key:
/// kernels that differ only in names share a function, kernels whose loops
/// differ do not). Depth: the nest's loops.
func nestShapeKey(_ items: [LoopItem]) -> String {
  items.map { item -> String in
    switch item {
    case .loop(let l):
      return "loop(\(l.axis) \(l.extent) \(l.range) \(l.step) \(String(describing: l.lanes)) "
        + "\(String(describing: l.parallelChunk)) \(l.tail) \(String(describing: l.accumulators)) {\(nestShapeKey(l.body))})"
    case .statement(.ordered(let step, let outputs, _, _)): return "ordered(\(step) \(outputs.count))"
    case .statement: return "s"
    case .member(let k, let body): return "member\(k){\(nestShapeKey(body))}"
    }
  }.joined(separator: ";")
}
