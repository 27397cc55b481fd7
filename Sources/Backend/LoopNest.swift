/// The `loops` stage: each kernel's loops made explicit between scheduling
/// and LLVM emission — the loops in order (what each walks, its extent and
/// range, vector lanes, thread split, tail), and what runs at each level
/// (loads through index maps, computed values, accumulators, stores, calls).
///
///     kernel #0 loop -> %y : f32[100,4096]        loop i0 < 100 over [begin, end), split in chunks of 2
///     tiled(rows: 32, cols: 32)          ==>        loop t0: tiles of 32 over dim 0 < 4
///     (reads %b transposed)                          ...
///                                                      loop i1 in the tile, 16 lanes, short last tile
///                                                        store %y[i0, i1] = 1 op of %a, %b through transpose
///
/// Codegen builds the loops of loop kernels (flat, nested, tiled), of
/// reductions (inner, outer, the fixed order's per-output, column-panel and
/// split forms, joined siblings), of arg reductions and the shared row loop
/// of row groups with their reduction members FROM this value
/// (KernelEmitter.emitNest, ReductionNest.swift, RowKernel.swift), so the
/// dump is what runs. The other kinds are described here but their emitters
/// still derive their own loops from the schedule (`LoopNest.derived` is
/// true): contractions, scatter, cumulative ops, convolution and sort.

import FTIR

/// What one loop walks.
public enum LoopAxis: Sendable, Hashable {
  /// Every element of the output in row-major order (a flat kernel).
  case elements
  /// Dim `d` of the output.
  case dim(Int)
  /// Tiles of `size` along output dim `d` (their elements are walked by an inner `.dim(d)` loop).
  case tiles(dim: Int, size: Int)
  /// A row group's rows: dim 0 of every member.
  case rows
  /// Dim `d` of a reduction's input, reduced.
  case reduced(Int)
  /// The fixed order's blocks of `elements` consecutive elements of each
  /// output's group (the pairwise tree's perfect subtrees), in order.
  case blocks(elements: Int)
  /// Panels of `columns` output columns (the kept last dim) of a
  /// fixed-order reduction, for each index of the leading kept dims.
  case panels(columns: Int)
  /// The parts of a split fixed-order reduction: (output, part) pairs in
  /// row-major order, each part `blocks` consecutive blocks.
  case parts(blocks: Int)
  /// Another iteration space, named (batch, blocks, panels, ...).
  case named(String)
}

/// The iterations a loop runs.
public enum LoopRange: Sendable, Hashable {
  /// 0 ..< extent.
  case whole
  /// `[begin, end)`: the kernel function's parameters, a chunk of the
  /// thread pool or the whole extent on the calling thread.
  case share
  /// The current row of the enclosing row loop: r ..< r+1 of dim 0, or the
  /// row's `length` elements of a flat loop.
  case row(length: Int)
  /// The elements of the enclosing `.tiles` loop's current tile along the
  /// same dim: t·size ..< min(t·size + size, extent).
  case tile(size: Int)
  /// first ..< extent.
  case from(Int)
}

/// What happens to iterations that do not fill a vector or a tile.
public enum LoopTail: Sendable, Hashable {
  case none
  /// The vectorizer's scalar remainder (extent not a multiple of the lanes).
  case vectorRemainder
  /// The last tile is short (extent not a multiple of the tile).
  case shortLastTile
  /// Padded with the reduction's identity to whole vectors.
  case identityPadded
}

/// A buffer read by a statement, through the index maps on the way (empty:
/// read at the loop's own index).
public struct LoopRead: Sendable, Hashable {
  public var value: Value
  public var through: [String]
}

public enum LoopStatement: Sendable, Hashable {
  /// `out[index] = ` the kernel's fused expression (`ops` ops) of its reads.
  case store(Value, reads: [LoopRead], ops: Int)
  /// An accumulator (or the output) set to `initial`.
  case initialize(String, to: String)
  /// `acc = acc ⊕ x` with `combiner`, for each read, in `order`.
  case accumulate(String, combiner: String, reads: [LoopRead], order: String)
  /// `out[index] = acc`.
  case write(Value, from: String)
  /// A call to BLAS or the runtime.
  case call(String, args: [Value])
  /// A step described in words (an emitter that derives its own loops).
  case step(String)
  /// A step of the fixed summation order for `outputs` (computed together:
  /// joined sibling reductions), reading `reads`, combining with `combiner`.
  case ordered(FixedOrderStep, outputs: [Value], reads: [LoopRead], combiner: String)
}

/// The steps of the fixed summation order (IR/README.md "Reduction order")
/// as compiled: blocks of `vectors` vectors of the virtual width (the
/// enclosing `.blocks` loop's lanes) folded pairwise, merged into a binary
/// counter whose levels are the tree's perfect subtrees, then the tail.
public enum FixedOrderStep: Sendable, Hashable {
  /// Block j of the enclosing `.blocks` loop folded to one vector per
  /// output: `vectors` vectors of the loop's lanes, pairwise.
  case fold(vectors: Int)
  /// The block into the counter: while bit k of j is set, block = level[k] ⊕ block; then level[k] = block.
  case merge
  /// A part's subtree (the counter's level `level` after its blocks) kept for its output.
  case keepPart(level: Int)
  /// The output's `parts` parts into the counter at level `level`, in order (as `merge`).
  case mergeParts(parts: Int, level: Int)
  /// The `tail` elements after the full blocks, identity-padded to vectors,
  /// pairwise; acc = level[k] ⊕ acc for the counter's set bits; the lanes
  /// halved to one.
  case finish(tail: Int, lanes: Int)
}

public struct Loop: Sendable, Hashable {
  public var axis: LoopAxis
  /// Iterations of the whole loop (for `.tile` ranges: of the dim).
  public var extent: Int
  public var range: LoopRange
  public var step: Int = 1
  /// Vectorized at this many lanes (the innermost loop of a loop kernel), or nil.
  public var lanes: Int? = nil
  /// Iterations handed to the thread pool as a unit, or nil.
  public var parallelChunk: Int? = nil
  public var tail: LoopTail = .none
  /// Interleaved vector accumulators (an order-free reduction's innermost loop), or nil.
  public var accumulators: Int? = nil
  public var body: [LoopItem] = []

  public init(axis: LoopAxis, extent: Int, range: LoopRange, step: Int = 1, lanes: Int? = nil, parallelChunk: Int? = nil,
              tail: LoopTail = .none, accumulators: Int? = nil, body: [LoopItem] = []) {
    (self.axis, self.extent, self.range, self.step) = (axis, extent, range, step)
    (self.lanes, self.parallelChunk, self.tail, self.body) = (lanes, parallelChunk, tail, body)
    self.accumulators = accumulators
  }
}

public indirect enum LoopItem: Sendable, Hashable {
  case loop(Loop)
  case statement(LoopStatement)
  /// A row group member's nest inside the shared row loop.
  case member(kernel: Int, [LoopItem])
}

public struct LoopNest: Sendable, Hashable {
  /// The kernel (or a row group's members, in order) this nest runs.
  public var kernels: [Int]
  public var items: [LoopItem]
  /// The emitter derives these loops from the schedule itself (this is a
  /// description); false when Codegen builds them from `items`.
  public var derived: Bool
}

extension FunctionPlan {
  /// The nest of kernel `id`'s function: its own, or its row group's.
  public func loopNest(kernel id: Int) -> LoopNest? { loopNests.first { $0.kernels.first == id } }
}

/// The `loops` stage: every function's (and region's) loop nests.
public func planLoops(_ m: ModulePlan) -> ModulePlan {
  var m = m
  m.functions = m.functions.map { planLoops($0, target: m.target) }
  return m
}

public func planLoops(_ p: FunctionPlan, target: Target) -> FunctionPlan {
  var p = p
  p.regions = p.regions.mapValues { $0.map { planLoops($0, target: target) } }
  let plan = p.fusion
  var groupAt: [Int: Int] = [:]
  var inside = Set<Int>()
  for (gi, g) in plan.rowGroups.enumerated() {
    groupAt[g.kernels[0]] = gi
    inside.formUnion(g.kernels.dropFirst())
  }
  var nests: [LoopNest] = []
  for k in plan.kernels where !inside.contains(k.id) {
    if let gi = groupAt[k.id] {
      nests.append(rowGroupNest(plan.rowGroups[gi], p.rowSchedules[gi], p, target))
    } else {
      let (items, derived) = kernelLoops(k, p.schedules[k.id], plan, target, row: nil)
      nests.append(LoopNest(kernels: [k.id], items: items, derived: derived))
    }
  }
  p.loopNests = nests
  return p
}

/// The row loop over `[begin, end)`, each member's nest restricted to row r inside.
private func rowGroupNest(_ g: RowGroup, _ s: RowGroupSchedule, _ p: FunctionPlan, _ target: Target) -> LoopNest {
  let f = p.function
  var members: [LoopItem] = []
  var derived = false
  for id in g.kernels {
    let k = p.fusion.kernels[id]
    let length = f.type(of: k.output).elementCount / max(g.rows, 1)
    let (items, d) = kernelLoops(k, p.schedules[id], p.fusion, target, row: length)
    derived = derived || d
    members.append(.member(kernel: id, items))
  }
  let rows = Loop(axis: .rows, extent: g.rows, range: .share, parallelChunk: s.parallelChunk, body: members)
  return LoopNest(kernels: g.kernels, items: [.loop(rows)], derived: derived)
}

/// Kernel `k`'s loops (inside a row group when `row` is its row's length)
/// and whether its emitter derives them itself.
private func kernelLoops(_ k: Kernel, _ s: KernelSchedule, _ plan: FusionPlan, _ target: Target,
                         row: Int?) -> ([LoopItem], Bool) {
  let f = plan.function
  let out = f.type(of: k.output)
  let root = f.body[k.root]
  let outerRange: LoopRange = row.map { .row(length: $0) } ?? .share
  let chunk = row == nil ? s.parallelChunk : nil
  switch k.kind {
  case .loop:
    return (elementLoops(k, s, plan, target, outerRange, chunk), false)
  case .reduction:
    return (reductionLoops(k, s, plan, target, outerRange, chunk), false)
  case .argReduction:
    let input = f.type(of: root.operands[0])
    let dim = root.attrs.int("dim")
    let reads = loopReads(k, plan)
    var inner = Loop(axis: .reduced(dim), extent: input.shape[dim], range: .from(1))
    inner.body = [.statement(.accumulate("best", combiner: root.name, reads: reads, order: "in index order, the first best index kept"))]
    let body: [LoopItem] = [.statement(.initialize("best", to: "element 0")), .loop(inner), .statement(.write(k.output, from: "index of best"))]
    return (outputLoops(out.shape, outerRange, chunk, body), false)
  case .contraction:
    return (contractionLoops(k, s, plan, target), true)
  case .scatter:
    // ScatterKernel.swift: the operand copied, then each update added in row-major order.
    let (ix, upd) = (root.operands[1], root.operands[2])
    let copied = loopReads(k, plan).filter { $0.value != upd && $0.value != ix }
    let copy = outputLoops(out.shape, .whole, nil, [.statement(.store(k.output, reads: copied, ops: 0))])
    let ut = f.type(of: upd)
    guard ut.elementCount > 0 else { return (copy, true) }
    var adds: [LoopItem] = [.statement(.accumulate("%out[clamped index]", combiner: "add",
                                                   reads: [LoopRead(value: upd, through: []), LoopRead(value: ix, through: [])],
                                                   order: "row-major order of the updates"))]
    for d in ut.shape.indices.reversed() {
      adds = [.loop(Loop(axis: .named("update dim \(d)"), extent: ut.shape[d], range: .whole, body: adds))]
    }
    return (copy + adds, true)
  case .cumulative:
    // CumulativeKernel.swift: the first position along the axis, then each later one from the previous.
    let axis = root.attrs.int("axis"), reverse = root.attrs.bool("reverse")
    let input = f.type(of: root.operands[0])
    guard input.elementCount > 0 else { return ([], true) }
    var first = input.shape, rest = input.shape
    first[axis] = 1
    rest[axis] = input.shape[axis] - 1
    let reads = loopReads(k, plan)
    let start = outputLoops(first, .whole, nil, [.statement(.step("position \(reverse ? input.shape[axis] - 1 : 0) along dim \(axis): the operand's element"))])
    let steps = outputLoops(rest, .whole, nil, [
      .statement(.accumulate("%out[next position]", combiner: root.name, reads: reads,
                             order: "the previous position's result, dim \(axis) in scan order\(reverse ? " from the end" : "")"))])
    return (start + steps, true)
  case .convolution:
    let name = out.dtype == .f32 ? "ftc_rt_conv_f32" : "ftc_rt_conv_f64"
    return ([.statement(.call(name, args: root.operands + [k.output]))], true)
  case .sort:
    let spec = SortSpec(root.attrs)
    let split = sortSplit(out, dimension: spec.dimension)
    let rows = Loop(axis: .named("rows along dim \(spec.dimension)"), extent: split.outer, range: .share, parallelChunk: split.chunk, body: [
      .statement(.step("stable merge sort of the row's positions in scratch (\(spec.numKeys) key(s))")),
      .statement(.step("each of \(root.operands.count) operand(s) written permuted"))])
    return ([.loop(rows)], true)
  case .region:
    return ([.statement(.step("\(root.name): the region the op selects runs as a function of its own (its nests below)"))], true)
  }
}

/// Loops over `shape` (the first over `range`), `body` innermost.
private func outputLoops(_ shape: [Int], _ range: LoopRange, _ chunk: Int?, _ body: [LoopItem]) -> [LoopItem] {
  var items = body
  for d in shape.indices.reversed() {
    var l = Loop(axis: .dim(d), extent: shape[d], range: d == 0 ? range : .whole, body: items)
    if d == 0 { l.parallelChunk = chunk }
    items = [.loop(l)]
  }
  return items
}

/// The loops of a loop kernel (flat, nested or tiled); Codegen emits exactly these.
private func elementLoops(_ k: Kernel, _ s: KernelSchedule, _ plan: FusionPlan, _ target: Target,
                          _ outer: LoopRange, _ chunk: Int?) -> [LoopItem] {
  let f = plan.function
  let out = f.type(of: k.output)
  let lanes = elementLanes(k, plan, target)
  let ops = k.ops.filter { f.body[$0].def.opClass != .constant }.count
  // One store per output: a multi-output kernel computes them at one index.
  let reads = loopReads(k, plan)
  let stores = k.outputs.map { LoopItem.statement(.store($0, reads: reads, ops: ops)) }
  let vectorTail: (Int) -> LoopTail = { lanes > 1 && $0 % lanes != 0 ? .vectorRemainder : .none }
  switch s.loop {
  case .flat:
    var extent = out.elementCount
    if case .row(let n) = outer { extent = n }
    return [.loop(Loop(axis: .elements, extent: extent, range: outer, lanes: lanes, parallelChunk: chunk,
                       tail: vectorTail(extent), body: stores))]
  case .nested where out.rank == 0:
    return stores
  case .nested:
    var items = stores
    for d in out.shape.indices.reversed() {
      var l = Loop(axis: .dim(d), extent: out.shape[d], range: d == 0 ? outer : .whole, body: items)
      if d == out.rank - 1 { (l.lanes, l.tail) = (lanes, vectorTail(out.shape[d])) }
      if d == 0 { l.parallelChunk = chunk }
      items = [.loop(l)]
    }
    return items
  case .tiled(let rows, let cols):
    let r = out.rank
    let (nr, nc) = (out.shape[r - 2], out.shape[r - 1])
    let colLoop = Loop(axis: .dim(r - 1), extent: nc, range: .tile(size: cols), lanes: lanes,
                       tail: nc % cols != 0 ? .shortLastTile : vectorTail(cols), body: stores)
    let rowLoop = Loop(axis: .dim(r - 2), extent: nr, range: .tile(size: rows), tail: nr % rows != 0 ? .shortLastTile : .none,
                       body: [.loop(colLoop)])
    let colTiles = Loop(axis: .tiles(dim: r - 1, size: cols), extent: (nc + cols - 1) / cols, range: .whole, body: [.loop(rowLoop)])
    var items: [LoopItem] = [.loop(Loop(axis: .tiles(dim: r - 2, size: rows), extent: (nr + rows - 1) / rows,
                                        range: r == 2 ? outer : .whole, parallelChunk: r == 2 ? chunk : nil, body: [.loop(colTiles)]))]
    for d in (0..<(r - 2)).reversed() {
      items = [.loop(Loop(axis: .dim(d), extent: out.shape[d], range: d == 0 ? outer : .whole,
                          parallelChunk: d == 0 ? chunk : nil, body: items))]
    }
    return items
  }
}

/// The innermost loop's vector width: lanes of the kernel's widest element type.
public func elementLanes(_ k: Kernel, _ plan: FusionPlan, _ target: Target) -> Int {
  let f = plan.function
  var widest = f.type(of: k.output).dtype
  for i in k.ops {
    for v in f.body[i].operands + f.body[i].results where f.type(of: v).dtype.byteSize > widest.byteSize {
      widest = f.type(of: v).dtype
    }
  }
  return target.lanes(widest)
}

/// A reduction's loops (ReductionNest.swift emits them): the fixed order's
/// column panels, split parts or per-output groups, or an accumulator per
/// output (reduced dims innermost) or the output accumulated in place (a
/// kept dim innermost).
private func reductionLoops(_ k: Kernel, _ s: KernelSchedule, _ plan: FusionPlan, _ target: Target,
                            _ outer: LoopRange, _ chunk: Int?) -> [LoopItem] {
  let f = plan.function
  let root = f.body[k.root]
  let input = f.type(of: root.operands[0]), out = f.type(of: k.output)
  let dims = root.attrs.ints("dims").sorted()
  let kept = input.shape.indices.filter { !dims.contains($0) }
  let n = dims.reduce(1) { $0 * input.shape[$1] }
  let reads = loopReads(k, plan)
  let combiner = root.name
  let fixed = hasFixedOrder(root, input.dtype) && n > 0
  func ordered(_ step: FixedOrderStep) -> LoopItem {
    .statement(.ordered(step, outputs: k.outputs, reads: reads, combiner: combiner))
  }
  /// Blocks `first ..< last` of each group, each folded and merged into the counter.
  func blocks(_ first: Int, _ last: Int) -> [LoopItem] {
    guard last > first else { return [] }
    return [.loop(Loop(axis: .blocks(elements: orderedBlockElements), extent: last, range: first == 0 ? .whole : .from(first),
                       lanes: reductionLanes, body: [ordered(.fold(vectors: orderedBlockVectors)), ordered(.merge)]))]
  }
  let full = n / orderedBlockElements
  let finish = [ordered(.finish(tail: n - full * orderedBlockElements, lanes: reductionLanes))]
  switch s.reduction {
  case .columns(let panel)? where fixed && k.outputs.count == 1:
    let columns = max(1, out.shape.last ?? 1)
    let panels = out.elementCount / columns * ((columns + panel - 1) / panel)
    return [.loop(Loop(axis: .panels(columns: panel), extent: panels, range: outer, parallelChunk: chunk,
                       body: blocks(0, full) + finish + [.statement(.write(k.output, from: "the panel's columns of acc"))]))]
  case .split(let parts, let size)? where fixed && k.outputs.count == 1:
    let level = size.trailingZeroBitCount
    let task = Loop(axis: .parts(blocks: size), extent: out.elementCount * parts, range: .whole, parallelChunk: 1,
                    body: [.loop(Loop(axis: .blocks(elements: orderedBlockElements), extent: size, range: .whole,
                                      lanes: reductionLanes, body: [ordered(.fold(vectors: orderedBlockVectors)), ordered(.merge)])),
                           ordered(.keepPart(level: level))])
    let combine = [ordered(.mergeParts(parts: parts, level: level))] + blocks(parts * size, full) + finish
      + [.statement(.write(k.output, from: "acc"))]
    return [.loop(task)] + outputLoops(out.shape, .whole, nil, combine)
  case _ where fixed:
    return outputLoops(out.shape, outer, chunk, blocks(0, full) + finish + k.outputs.map { .statement(.write($0, from: "acc")) })
  case .outer?:
    let initial = Loop(axis: .elements, extent: out.elementCount, range: .whole, body: [.statement(.initialize("%out", to: "identity"))])
    var items: [LoopItem] = [.statement(.accumulate("%out[kept index]", combiner: combiner, reads: reads, order: "row-major order of the input"))]
    for d in input.shape.indices.reversed() {
      let axis: LoopAxis = dims.contains(d) ? .reduced(d) : .dim(kept.firstIndex(of: d)!)
      items = [.loop(Loop(axis: axis, extent: input.shape[d], range: .whole, body: items))]
    }
    return [.loop(initial)] + items
  default:
    // Any order gives the same result: the innermost loop in vectors with interleaved accumulators.
    let lanes = target.lanes(out.dtype)
    var inner: [LoopItem] = [.statement(.accumulate("acc", combiner: combiner, reads: reads, order: "row-major order of the reduced dims"))]
    for d in dims.reversed() {
      var l = Loop(axis: .reduced(d), extent: input.shape[d], range: .whole, body: inner)
      if d == dims.last { (l.lanes, l.accumulators) = (lanes, reductionAccumulators) }
      inner = [.loop(l)]
    }
    let body: [LoopItem] = [.statement(.initialize("acc", to: "identity"))] + inner + [.statement(.write(k.output, from: "acc"))]
    return outputLoops(out.shape, outer, chunk, body)
  }
}

/// Interleaved vector accumulators of an order-free reduction's innermost
/// loop (max, min, integer sums): not one chain of dependent vector ops
/// (NaN-propagating max alone takes a compare, a blend and a select per
/// vector on x86).
public let reductionAccumulators = 4

private func contractionLoops(_ k: Kernel, _ s: KernelSchedule, _ plan: FusionPlan, _ target: Target) -> [LoopItem] {
  let f = plan.function
  let root = f.body[k.root]
  let out = f.type(of: k.output)
  guard let g = s.gemm else { return [] }
  var items: [LoopItem] = []
  if g.copyA { items.append(.statement(.step("copy %A into GEMM layout (scratch)"))) }
  if g.copyB { items.append(.statement(.step("copy %B into GEMM layout (scratch)"))) }
  if out.dtype.isFloat && !g.loops {
    let name = out.dtype == .f32 ? "cblas_sgemm" : "cblas_dgemm"
    items.append(.loop(Loop(axis: .named("batch"), extent: g.batch, range: .whole, body: [
      .statement(.call(name, args: root.operands + [k.output]))])))
    return items
  }
  let reads = root.operands.map { LoopRead(value: $0, through: []) }
  if g.usesDotProducts {
    let kLoop = Loop(axis: .named("k"), extent: g.k, range: .whole, body: [
      .statement(.accumulate("acc", combiner: "multiply-add", reads: reads,
                             order: out.dtype.isFloat ? "k in order (reassociable)" : "k in order"))])
    let m = Loop(axis: .named("m"), extent: g.m, range: .whole, body: [
      .statement(.initialize("acc", to: "0")), .loop(kLoop), .statement(.write(k.output, from: "acc"))])
    items.append(.loop(Loop(axis: .named("batch"), extent: g.batch, range: .whole, body: [.loop(m)])))
    return items
  }
  // Row updates (Codegen/ContractionLoops.swift): register tiles of rows ×
  // vectors; the last rows and columns are smaller tiles.
  let tile = gemmRegisterTile(g, target, out.dtype), lanes = target.lanes(out.dtype)
  let rows = gemmRowBlocks(m: g.m, tileRows: tile.rows).rows
  let kLoop = Loop(axis: .named("k"), extent: g.k, range: .whole, body: [
    .statement(.accumulate("acc", combiner: "multiply-add", reads: reads,
                           order: "k in order; acc: \(rows) rows × \(tile.vectors) vectors of \(lanes) in registers"))])
  // A fused epilogue (Epilogues.swift) runs on each register tile of sums before the store.
  let writes: [LoopItem] = k.epilogue.map { e in
    (e.storesProduct ? [.statement(.write(e.product, from: "acc"))] : [])
      + k.outputs.filter { $0 != e.product }.map { .statement(.write($0, from: "epilogue(acc), on the register tile")) }
  } ?? [.statement(.write(k.output, from: "acc"))]
  let columns = tile.vectors * lanes
  let n = Loop(axis: .named("n"), extent: g.n, range: .whole, step: columns, lanes: lanes,
               tail: g.n % columns == 0 ? .none : .shortLastTile,
               body: [.statement(.initialize("acc", to: "-0")), .loop(kLoop)] + writes)
  let m = Loop(axis: .named("m"), extent: g.m, range: .whole, step: rows,
               tail: g.m % rows == 0 ? .none : .shortLastTile, body: [.loop(n)])
  items.append(.loop(Loop(axis: .named("batch"), extent: g.batch, range: .whole, body: [.loop(m)])))
  return items
}

/// Distinct index-map paths kept per value (a DAG may have many).
private let maxReadPaths = 4

/// The buffers kernel `k` reads, each with the index maps between its use
/// and the kernel's index (from the root down), in order of first use.
func loopReads(_ k: Kernel, _ plan: FusionPlan) -> [LoopRead] {
  let f = plan.function
  let inputs = Set(k.inputs)
  var paths: [Value: [[String]]] = [:]
  var reads: [LoopRead] = []
  var seen = Set<LoopRead>()
  paths[f.body[k.root].results[0]] = [[]]
  for i in k.ops.reversed() {
    let op = f.body[i]
    let here = op.results.flatMap { paths[$0] ?? [] }
    let map = op.def.opClass == .indexMap || op.def.opClass == .dynamicIndex
    for v in op.operands {
      for p in (here.isEmpty ? [[]] : here) {
        let path = map ? p + [op.name] : p
        if inputs.contains(v) {
          let r = LoopRead(value: v, through: path)
          if seen.insert(r).inserted { reads.append(r) }
        } else if !(paths[v]?.contains(path) ?? false), (paths[v]?.count ?? 0) < maxReadPaths {
          paths[v, default: []].append(path)
        }
      }
    }
  }
  return reads
}
