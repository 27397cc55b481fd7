/// A row group (Backend/RowGroups.swift) as one kernel function: the outer
/// loop is over rows `[begin, end)`; for each row every member kernel runs
/// its own loop nest restricted to that row, in order. Row-local values live
/// in stack slabs of one row, indexed by their flat index minus the row's start:
///
///     row group #0-#3 over 4096 rows        for r in begin..<end:
///     (%m, %e, %s per row)           ==>      m.slab[0] = max_j x[r,j]           (member #0, rows r..<r+1)
///                                              e.slab[j] = exp(x[r,j] - m.slab[0]) (member #1)
///                                              s.slab[0] = sum_j e.slab[j]         (member #2)
///                                              y[r,j] = e.slab[j] / s.slab[0]      (member #3)

import Backend
import FTIR
import LLVMKit

extension KernelEmitter {
  /// The group's nest (Backend/LoopNest.swift) is its row loop over
  /// `[begin, end)` with each member's nest inside, in order: loop members
  /// are emitted from their nests (NestEmitter.swift) over row r, reduction
  /// members from theirs (ReductionNest.swift), their outer loop over row r.
  func emitRowGroup(name: String, group: RowGroup, nest groupNest: LoopNest, members: [Int: (Kernel, KernelSchedule)]) throws -> LLFunction {
    let (begin, end) = try start(name: name)
    guard groupNest.items.count == 1, case .loop(let rowLoop) = groupNest.items[0], rowLoop.axis == .rows, rowLoop.range == .share else {
      throw LLVMError("internal error: a row group's nest is not one loop over its rows")
    }
    let rows = group.rows
    func rowLength(_ v: Value) -> Int { f.type(of: v).elementCount / max(rows, 1) }
    var slabs: [Value: LLValue] = [:]
    for v in group.local {
      let d = f.type(of: v).dtype
      let here = loops.currentBlock()
      b.position(atEndOf: entryBlock)
      slabs[v] = b.alloca(ctx.array(memType(d), max(1, rowLength(v))), alignment: 64)
      b.position(atEndOf: here)
    }
    try loops.loop(begin, end, hints: hints(rowLoop)) { r in
      for v in group.local { local[v] = (slabs[v]!, b.mulNSW(r, c(rowLength(v)))) }
      for item in rowLoop.body {
        guard case .member(let id, let items) = item, let (k, s) = members[id] else {
          throw LLVMError("internal error: a row group's row loop holds \(item)")
        }
        kernel = k
        sched = s
        self.nest = items
        inKernel = Set(k.ops)
        memo.removeAll()
        let next = b.addNSW(r, c(1))
        switch (k.kind, items.first) {
        case (.loop, .loop(let l)?) where l.range == .row(length: l.extent) && l.axis == .elements:
          try emitLoop(b.mulNSW(r, c(l.extent)), b.mulNSW(next, c(l.extent)))
        case (.loop, .loop(let l)?) where l.axis == .dim(0):
          try emitLoop(r, next)
        case (.reduction, _) where s.reduction == .inner:
          try emitReduction(r, next)
        default:
          throw LLVMError("internal error: kernel #\(k.id) (\(k.kind.rawValue)) cannot run in a row group")
        }
      }
    }
    memo.removeAll()
    return finish()
  }
}

extension ModuleLowering {
  /// The function of row group `g` of plan `p`, its buffers (every member's
  /// inputs and outputs but the row-local ones) and its outer loop's length.
  func rowGroupFunction(_ g: RowGroup, _ p: FunctionPlan, name: String) throws -> (LLFunction, KernelBuffers, Int) {
    let plan = p.fusion
    let local = Set(g.local)
    var kb = KernelBuffers()
    for id in g.kernels {
      for v in plan.kernels[id].inputs + plan.kernels[id].outputs where !local.contains(v) { kb.add(v) }
    }
    guard let nest = p.loopNest(kernel: g.kernels[0]), nest.kernels == g.kernels else {
      throw LLVMError("internal error: row group #\(g.kernels[0]) of @\(p.function.name) has no loop nest (the loops stage did not run)")
    }
    var members: [Int: (Kernel, KernelSchedule)] = [:]
    for id in g.kernels { members[id] = (plan.kernels[id], p.schedules[id]) }
    let first = g.kernels[0]
    let e = KernelEmitter(ctx: ctx, module: module, builder: b, math: math, target: target, plan: plan,
                          kernel: plan.kernels[first], schedule: p.schedules[first], buffers: kb)
    kernels.work.kernels += g.kernels.count
    kernels.work.kernelFunctions += 1
    return (try e.emitRowGroup(name: name, group: g, nest: nest, members: members), kb, g.rows)
  }
}
