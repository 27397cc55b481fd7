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
  func emitRowGroup(name: String, group: RowGroup, members: [(Kernel, KernelSchedule)]) throws -> LLFunction {
    let (begin, end) = try start(name: name)
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
    try loops.loop(begin, end) { r in
      for v in group.local { local[v] = (slabs[v]!, b.mulNSW(r, c(rowLength(v)))) }
      for (k, s) in members {
        kernel = k
        sched = s
        inKernel = Set(k.ops)
        memo.removeAll()
        let next = b.addNSW(r, c(1))
        switch (k.kind, s.loop) {
        case (.loop, .flat):
          let n = rowLength(k.output)
          try emitLoop(b.mulNSW(r, c(n)), b.mulNSW(next, c(n)))
        case (.loop, .nested):
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
    let members = g.kernels.map { (plan.kernels[$0], p.schedules[$0]) }
    let e = KernelEmitter(ctx: ctx, module: module, builder: b, math: math, target: target, plan: plan,
                          kernel: members[0].0, schedule: members[0].1, buffers: kb)
    kernels.work.kernels += g.kernels.count
    kernels.work.kernelFunctions += 1
    return (try e.emitRowGroup(name: name, group: g, members: members), kb, g.rows)
  }
}
