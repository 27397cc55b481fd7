/// Reductions' and arg reductions' loops built from their LoopNest
/// (Backend/LoopNest.swift, the `loops` stage), so the dumped nest is the
/// one that runs: each loop's range and extent, the blocks of the fixed
/// order with their virtual width and vectors, the column panels, the split
/// parts and the steps at each level come from the nest; the steps' code is
/// OrderedReduction.swift, OrderedSiblings.swift, OrderedColumns.swift and
/// OrderedSplit.swift:
///
///     for i0 in [begin, end) of 0..<300                       loop(begin, end) { i0 ->
///       for b in 0..<8  // blocks of 128 elements, 16 lanes     loop(0, 8) { b ->
///         block[%s] = 8 vectors of 16 lanes of %x    ==>          lane loop: blk = ((x0+x1)+(x2+x3))+((x4+x5)+(x6+x7))
///         counter[%s]: while bit k of b is set ...                 blk = level[k] ⊕ blk while bit k of b; level[k] = blk }
///       acc[%s] = the 7 tail element(s) ...                     acc = tail ⊕ set levels, lanes halved
///       %s[i0] = acc                                            s[i0] = acc }
///
/// An order-free reduction (max, min, integer sums) walks `.reduced` loops
/// with an accumulator (the innermost in vectors with interleaved
/// accumulators) or, with a kept dim innermost, accumulates the output in
/// place. Nests are at most rank + 3 loops deep (the walk's recursion).

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// The indices the enclosing loops of a reduction's nest bind.
  struct ReductionIndex {
    /// Output dim d's index (`.dim(d)`).
    var out: [Int: LLValue] = [:]
    /// Input dim d's index (`.reduced(d)`).
    var reduced: [Int: LLValue] = [:]
    var flat: LLValue? = nil
    /// The enclosing `.blocks` loop's index, counted from `firstBlock` (a part's first block).
    var block: LLValue? = nil
    var firstBlock: LLValue? = nil
    /// The enclosing `.parts` loop's (output, part) pair.
    var part: LLValue? = nil
    /// Blocks merged into the counter by the loops and steps walked before at this level.
    var merged = 0
  }

  /// The fixed order's state in one LLVM function: per output its
  /// reduction, block vector and counter levels, and its result once finished.
  final class OrderedState {
    struct Member {
      var input: Value, output: Value, initial: LLValue
      var op: (LLValue, LLValue) -> LLValue
    }
    let members: [Member]
    let lanes: Int, blockElements: Int?
    let blks: [LLValue], levels: [LLValue]
    var acc: [Value: LLValue] = [:]
    var partVectors: LLValue? = nil

    init(_ e: KernelEmitter, _ members: [Member], lanes: Int, blockElements: Int?, levels: Int) {
      let vt = e.ctx.vector(e.llType(e.f.type(of: members[0].output).dtype), lanes)
      (self.members, self.lanes, self.blockElements) = (members, lanes, blockElements)
      blks = members.map { _ in e.entryAlloca(vt) }
      self.levels = members.map { _ in e.entryAlloca(e.ctx.array(vt, levels)) }
    }
  }

  /// The loop hints of a reduction nest's loop: the vector width and
  /// interleaved accumulators it names (an order-free reduction's innermost loop).
  func reductionHints(_ l: Loop) -> LoopHints? {
    guard let a = l.accumulators else { return nil }
    let lanes = l.lanes ?? 1
    return LoopHints(vectorizeEnable: nil, vectorizeWidth: lanes > 1 ? lanes : nil, interleaveCount: a, unrollDisable: true)
  }

  /// Walks a reduction's `items`: loops as the nest says (`.share`/`.row`
  /// ranges over `outer`), statements by `statement`; a loop `special`
  /// takes (returns true) is its business.
  func walkReduction(_ items: [LoopItem], outer: (LLValue, LLValue), _ at: ReductionIndex,
                     special: (Loop, ReductionIndex) throws -> Bool = { _, _ in false },
                     _ statement: (LoopStatement, ReductionIndex) throws -> Void) throws {
    var at = at
    for item in items {
      switch item {
      case .loop(let l):
        if try special(l, at) { continue }
        let (from, to): (LLValue, LLValue)
        switch l.range {
        case .whole: (from, to) = (c(0), c(l.extent))
        case .from(let k): (from, to) = (c(k), c(l.extent))
        case .share, .row: (from, to) = outer
        case .tile: throw LLVMError("internal error: kernel #\(kernel.id)'s reduction nest has a tile loop")
        }
        try loops.loop(from, to, hints: reductionHints(l)) { i in
          var inner = at
          switch l.axis {
          case .dim(let d): inner.out[d] = i
          case .reduced(let d): inner.reduced[d] = i
          case .elements: inner.flat = i
          case .blocks: inner.block = i
          default: throw LLVMError("internal error: kernel #\(kernel.id)'s reduction nest has a loop over \(l.axis)")
          }
          try walkReduction(l.body, outer: outer, inner, special: special, statement)
        }
        if case .blocks = l.axis { at.merged = l.extent }
      case .statement(let s):
        try statement(s, at)
        if case .ordered(.mergeParts(let parts, let level), _, _, _) = s { at.merged = parts << level }
      case .member:
        throw LLVMError("internal error: kernel #\(kernel.id)'s reduction nest holds a row group member")
      }
    }
  }

  /// The output index the enclosing loops bind.
  func outputIndex(_ at: ReductionIndex) throws -> [LLValue] {
    try (0..<f.type(of: kernel.output).rank).map { d in
      guard let i = at.out[d] else { throw LLVMError("internal error: kernel #\(kernel.id)'s nest walks no loop over output dim \(d)") }
      return i
    }
  }

  /// Input index of a reduction over `reduced`, keeping `kept`, at the enclosing loops' indices.
  func inputIndex(_ at: ReductionIndex, rank: Int, kept: [Int], reduced: [Int]) throws -> [LLValue] {
    var idx = [LLValue](repeating: c(0), count: rank)
    for (j, d) in kept.enumerated() {
      guard let i = at.out[j] else { throw LLVMError("internal error: kernel #\(kernel.id)'s nest walks no loop over output dim \(j)") }
      idx[d] = i
    }
    for d in reduced {
      guard let i = at.reduced[d] else { throw LLVMError("internal error: kernel #\(kernel.id)'s nest walks no loop over input dim \(d)") }
      idx[d] = i
    }
    return idx
  }

  // MARK: Reductions

  /// A reduction kernel from its nest; returns a status when it runs a
  /// parallel loop of its own or allocates.
  @discardableResult
  func emitReduction(_ begin: LLValue, _ end: LLValue) throws -> LLValue? {
    let root = f.body[kernel.root]
    let input = root.operands[0], it = f.type(of: input)
    let out = f.type(of: kernel.output)
    let reduced = root.attrs.ints("dims").sorted()
    let kept = (0..<it.rank).filter { !reduced.contains($0) }
    let empty = reduced.contains { it.shape[$0] == 0 }
    guard case .reduction(let combiner) = opLowering[root.name] else {
      throw LLVMError("internal error: '\(root.name)' is not a reduction")
    }
    let comb = try combiner(self, out.dtype, empty)
    if hasOrderedSteps(nest) {
      if nest.count == 1, case .loop(let l) = nest[0], case .panels = l.axis {
        guard let op = comb.ordered, !empty, kernel.outputs.count == 1 else {
          throw LLVMError("internal error: kernel #\(kernel.id) has column panels but no fixed order")
        }
        return try emitOrderedColumns(l, input: input, reduced: reduced, kept: kept, initial: comb.initial, op: op, outer: (begin, end))
      }
      return try emitOrderedNest(reduced: reduced, kept: kept, outer: (begin, end))
    }
    let t = llType(out.dtype), size = out.dtype.byteSize
    // A kept dim innermost: the output is its own accumulator.
    let inPlace: Bool = { if case .loop(let l)? = nest.first { return l.axis == .elements }; return false }()
    var slot: LLValue? = nil
    try walkReduction(nest, outer: (begin, end), ReductionIndex()) { s, at in
      switch s {
      case .initialize:
        if inPlace {
          guard let j = at.flat else { throw LLVMError("internal error: kernel #\(kernel.id) initializes its output outside its loop") }
          try store(comb.initial, kernel.output, at: j)
        } else {
          let acc = slot ?? entryAlloca(t)
          slot = acc
          b.store(comb.initial, to: acc, alignment: size)
        }
      case .accumulate:
        memo.removeAll()
        let idx = try inputIndex(at, rank: it.rank, kept: kept, reduced: reduced)
        if inPlace {
          let o = loops.linear(try outputIndex(at), out.shape)
          let acc = try load(kernel.output, at: o)
          try store(try comb.combine(acc, try value(input, .multi(idx))), kernel.output, at: o)
        } else {
          guard let acc = slot else { throw LLVMError("internal error: kernel #\(kernel.id) accumulates before initializing") }
          let x = b.load(t, from: acc, alignment: size)
          b.store(try comb.combine(x, try value(input, .multi(idx))), to: acc, alignment: size)
        }
      case .write(let v, _) where v == kernel.output && !inPlace:
        guard let acc = slot else { throw LLVMError("internal error: kernel #\(kernel.id) writes before initializing") }
        let result = b.load(t, from: acc, alignment: size)
        try store(result, kernel.output, at: loops.linear(try outputIndex(at), out.shape))
      default:
        throw LLVMError("internal error: kernel #\(kernel.id)'s reduction nest has a step Codegen does not emit: \(s)")
      }
    }
    return nil
  }

  /// Whether `items` hold a step of the fixed order. Depth: the nest's loops.
  func hasOrderedSteps(_ items: [LoopItem]) -> Bool {
    items.contains { item in
      switch item {
      case .statement(.ordered): return true
      case .loop(let l): return hasOrderedSteps(l.body)
      default: return false
      }
    }
  }

  /// The fixed order's virtual width in `items`: the `.blocks` loops' lanes and the finish's, which must agree.
  func orderedLanes(_ items: [LoopItem]) throws -> Int {
    var found = Set<Int>()
    func scan(_ items: [LoopItem]) {
      for item in items {
        switch item {
        case .loop(let l):
          if case .blocks = l.axis { found.insert(l.lanes ?? 0) }
          scan(l.body)
        case .statement(.ordered(.finish(_, let lanes), _, _, _)): found.insert(lanes)
        default: break
        }
      }
    }
    scan(items)
    guard found.count == 1, let w = found.first, w > 0, w & (w - 1) == 0 else {
      throw LLVMError("internal error: kernel #\(kernel.id)'s fixed order has lanes \(found.sorted()) (one power of two expected)")
    }
    return w
  }

  /// The most blocks a counter of `items` holds (its levels), not counting `.parts` loops (their own tasks).
  func counterBlocks(_ items: [LoopItem]) -> Int {
    var most = 0
    for item in items {
      switch item {
      case .loop(let l):
        if case .parts = l.axis { continue }
        if case .blocks = l.axis { most = max(most, l.extent) }
        most = max(most, counterBlocks(l.body))
      case .statement(.ordered(.mergeParts(let parts, let level), _, _, _)):
        most = max(most, parts << level)
      default: break
      }
    }
    return most
  }

  /// The elements of a block of `items`' `.blocks` loops (nil without one).
  private func blockElements(_ items: [LoopItem]) -> Int? {
    for case .loop(let l) in items {
      if case .blocks(let e) = l.axis { return e }
      if let e = blockElements(l.body) { return e }
    }
    return nil
  }

  /// The fixed order per output (or per (output, part) and then per
  /// output, when split), every output of a joined kernel together.
  private func emitOrderedNest(reduced: [Int], kept: [Int], outer: (LLValue, LLValue)) throws -> LLValue? {
    var members: [OrderedState.Member] = []
    for o in kernel.outputs {
      guard let d = plan.definingOp[o.id], case .reduction(let combiner)? = opLowering[f.body[d].name],
            let op = try combiner(self, f.type(of: o).dtype, false).ordered else {
        throw LLVMError("internal error: kernel #\(kernel.id) has fixed-order steps for an output that is not a fixed-order reduction")
      }
      members.append(.init(input: f.body[d].operands[0], output: o, initial: try combiner(self, f.type(of: o).dtype, false).initial, op: op))
    }
    let lanes = try orderedLanes(nest), elements = blockElements(nest)
    let state = OrderedState(self, members, lanes: lanes, blockElements: elements, levels: orderedLevelCount(counterBlocks(nest)))
    var status: LLValue? = nil
    try walkReduction(nest, outer: outer, ReductionIndex(), special: { l, _ in
      guard case .parts = l.axis else { return false }
      status = try emitParts(l, members, state, reduced: reduced, kept: kept)
      return true
    }) { s, at in try orderedStep(s, at, state, reduced: reduced, kept: kept) }
    return status
  }

  /// The split's `.parts` loop as a task over the thread pool: each
  /// (output, part) pair's blocks through a counter of its own, the part's
  /// subtree kept in `state.partVectors` for the outputs' combine.
  private func emitParts(_ l: Loop, _ members: [OrderedState.Member], _ state: OrderedState,
                         reduced: [Int], kept: [Int]) throws -> LLValue {
    let out = f.type(of: kernel.output)
    guard case .parts(let size) = l.axis, size > 0, size & (size - 1) == 0, l.range == .whole,
          out.elementCount > 0, l.extent > 0, l.extent % out.elementCount == 0, members.count == 1 else {
      throw LLVMError("internal error: kernel #\(kernel.id)'s parts loop is \(l)")
    }
    let parts = l.extent / out.elementCount
    let vt = ctx.vector(llType(out.dtype), state.lanes)
    let partVectors = entryAlloca(ctx.array(vt, l.extent))
    state.partVectors = partVectors
    let task = try emitTask(name: name + ".part", partVectors) { begin, end in
      let own = OrderedState(self, members, lanes: state.lanes, blockElements: state.blockElements,
                             levels: orderedLevelCount(counterBlocks(l.body)))
      own.partVectors = pointers[buffers.count]
      try loops.loop(begin, end) { item in
        var at = ReductionIndex()
        for (d, i) in loops.delinear(b.udiv(item, c(parts)), out.shape).enumerated() { at.out[d] = i }
        at.part = item
        at.firstBlock = b.mulNSW(b.urem(item, c(parts)), c(size))
        try walkReduction(l.body, outer: (begin, end), at) { s, at in try orderedStep(s, at, own, reduced: reduced, kept: kept) }
      }
    }
    let taskContext = entryAlloca(ctx.array(ctx.ptr, buffers.count + 1))
    for (i, p) in pointers.enumerated() { b.store(p, to: b.gep(ctx.ptr, taskContext, [c(i)]), alignment: 8) }
    b.store(partVectors, to: b.gep(ctx.ptr, taskContext, [c(buffers.count)]), alignment: 8)
    let parallelFor = module.declareFunction("ftc_rt_parallel_for",
                                             type: ctx.function([ctx.i64, ctx.i64, ctx.ptr, ctx.ptr], returning: ctx.i32))
    return b.call(parallelFor, [c(l.extent), c(l.parallelChunk ?? l.extent), task.value, taskContext])
  }

  /// One step of the fixed order at the enclosing loops' indices.
  private func orderedStep(_ s: LoopStatement, _ at: ReductionIndex, _ state: OrderedState, reduced: [Int], kept: [Int]) throws {
    let out = f.type(of: kernel.output)
    func groups() throws -> [OrderedGroup] {
      let oidx = try outputIndex(at)
      return state.members.map { m in
        orderedGroup(input: m.input, reduced: reduced, kept: kept, oidx: oidx, initial: m.initial, lanes: state.lanes, op: m.op)
      }
    }
    switch s {
    case .ordered(let step, let outputs, _, _):
      guard outputs == kernel.outputs else {
        throw LLVMError("internal error: kernel #\(kernel.id)'s fixed-order step names other outputs")
      }
      switch step {
      case .fold(let vectors):
        guard let bi = at.block, vectors > 0, state.blockElements == vectors * state.lanes else {
          throw LLVMError("internal error: kernel #\(kernel.id) folds \(vectors) vectors outside a loop over blocks of that size")
        }
        try emitOrderedBlocks(try groups(), at.firstBlock.map { b.addNSW($0, bi) } ?? bi, vectors: vectors, into: state.blks)
      case .merge:
        guard let bi = at.block else { throw LLVMError("internal error: kernel #\(kernel.id) merges a block outside a loop over blocks") }
        for (j, g) in try groups().enumerated() { mergeIntoLevels(bi, state.blks[j], state.levels[j], g) }
      case .keepPart(let level):
        guard let item = at.part, let parts = state.partVectors, state.members.count == 1 else {
          throw LLVMError("internal error: kernel #\(kernel.id) keeps a part outside its parts loop")
        }
        let vt = ctx.vector(llType(out.dtype), state.lanes), size = out.dtype.byteSize
        let whole = b.load(vt, from: b.gep(vt, state.levels[0], [c(level)]), alignment: size)
        b.store(whole, to: b.gep(vt, parts, [item]), alignment: size)
      case .mergeParts(let parts, let level):
        guard let vectors = state.partVectors, state.members.count == 1 else {
          throw LLVMError("internal error: kernel #\(kernel.id) merges parts it did not compute")
        }
        let g = try groups()[0]
        let firstItem = b.mulNSW(loops.linear(try outputIndex(at), out.shape), c(parts))
        let high = b.gep(g.vt, state.levels[0], [c(level)])
        loops.loop(c(0), c(parts)) { p in
          mergeIntoLevels(p, b.gep(g.vt, vectors, [b.addNSW(firstItem, p)]), high, g)
        }
      case .finish(let tail, _):
        let gs = try groups()
        guard tail >= 0, at.merged * (state.blockElements ?? 0) + tail == gs[0].n else {
          throw LLVMError("internal error: kernel #\(kernel.id)'s \(at.merged) blocks and \(tail) tail elements are not its \(gs[0].n)")
        }
        for (j, g) in gs.enumerated() {
          state.acc[state.members[j].output] = try finishOrderedGroup(g, fullBlocks: at.merged, tail: tail, levels: state.levels[j], scratch: state.blks[j])
        }
      }
    case .write(let v, _):
      guard let x = state.acc[v] else { throw LLVMError("internal error: kernel #\(kernel.id) writes an output it did not finish") }
      try store(x, v, at: loops.linear(try outputIndex(at), out.shape))
    default:
      throw LLVMError("internal error: kernel #\(kernel.id)'s fixed-order nest has a step Codegen does not emit: \(s)")
    }
  }

  // MARK: Arg reductions

  /// An arg reduction from its nest: the best element and its index, the first best kept.
  func emitArgReduction(_ begin: LLValue, _ end: LLValue) throws {
    let root = f.body[kernel.root]
    let input = root.operands[0], it = f.type(of: input)
    let out = f.type(of: kernel.output)
    let k = root.attrs.int("dim")
    let kept = (0..<it.rank).filter { $0 != k }
    let d = it.dtype
    let vt = llType(d)
    guard case .argReduction(let isMax) = opLowering[root.name] else {
      throw LLVMError("internal error: '\(root.name)' is not an arg reduction")
    }
    let bestV = entryAlloca(vt), bestI = entryAlloca(ctx.i64)
    try walkReduction(nest, outer: (begin, end), ReductionIndex()) { s, at in
      switch s {
      case .initialize:
        memo.removeAll()
        var first = at
        first.reduced[k] = c(0)
        b.store(try value(input, .multi(try inputIndex(first, rank: it.rank, kept: kept, reduced: [k]))), to: bestV, alignment: d.byteSize)
        b.store(c(0), to: bestI, alignment: 8)
      case .accumulate:
        memo.removeAll()
        guard let i = at.reduced[k] else { throw LLVMError("internal error: kernel #\(kernel.id) compares outside its loop over dim \(k)") }
        let x = try value(input, .multi(try inputIndex(at, rank: it.rank, kept: kept, reduced: [k])))
        let best = b.load(vt, from: bestV, alignment: d.byteSize)
        let take: LLValue
        if d.isFloat {
          let better = b.fcmp(isMax ? .ogt : .olt, x, best)
          let xNaN = b.fcmp(.uno, x, x), bestNaN = b.fcmp(.uno, best, best)
          take = b.and(b.not(bestNaN), b.or(xNaN, better))
        } else {
          take = b.icmp(isMax ? .sgt : .slt, x, best)
        }
        b.store(b.select(take, x, best), to: bestV, alignment: d.byteSize)
        b.store(b.select(take, i, b.load(ctx.i64, from: bestI, alignment: 8)), to: bestI, alignment: 8)
      case .write(let v, _) where v == kernel.output:
        let index = b.load(ctx.i64, from: bestI, alignment: 8)
        let r = out.dtype == .i64 ? index : b.trunc(index, to: ctx.i32)
        try store(r, kernel.output, at: loops.linear(try outputIndex(at), out.shape))
      default:
        throw LLVMError("internal error: kernel #\(kernel.id)'s arg reduction nest has a step Codegen does not emit: \(s)")
      }
    }
  }
}
