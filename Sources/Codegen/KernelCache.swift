/// Identical kernels are emitted once per LLVM module. A kernel's LLVM
/// function depends only on what `KernelEmitter` reads: its kind,
/// schedule and loop nest's loops, its buffer slots, and its ops (names, exact attributes, types,
/// and where each operand comes from: a fused op or a buffer slot). That is
/// the kernel's key; a kernel whose key was seen calls the function already
/// emitted, which is then kept out of line (`noinline`) so that LLVM
/// optimises it once, not once per caller:
///
///     %m1 = dot_general %m0, %w ...   ==>   @f.k0 (ctx, begin, end)   ; emitted once
///     %m2 = dot_general %m1, %w ...         call @f.k0(ctx1, ...), call @f.k0(ctx2, ...)
///
/// Names and body positions of values are not part of the key: the same
/// kernel in two functions, or twice in one, shares one function.

import Backend
import FTIR
import LLVMKit

/// Work counters of one lowering, for tests that check it stays linear.
public struct LoweringWork: Sendable, Hashable {
  /// Kernels of the plan lowered (region kernels excluded: they have no function).
  public var kernels = 0
  /// LLVM functions emitted for them (identical kernels share one).
  public var kernelFunctions = 0
  /// The kernel functions optimised for size (KernelOptimization.swift),
  /// by name: `optimize` marks them `optsize` before LLVM's pipeline runs.
  public var sizeOptimized: [String] = []
}

struct KernelCache {
  var functions: [String: (fn: LLFunction, outerCount: Int, shared: Bool)] = [:]
  var work = LoweringWork()
  /// `KernelOptimization.largestKernel` of the plan lowered last, computed
  /// once per plan (its kernels are lowered one after another); the plan
  /// is told apart by its function's name and sizes.
  private var largest: (key: String, elements: Int)?

  mutating func largestKernel(in plan: FusionPlan) -> Int {
    let f = plan.function
    let key = "\(f.name) \(f.body.count) \(f.values.count) \(plan.kernels.count)"
    if let l = largest, l.key == key { return l.elements }
    let n = KernelOptimization.largestKernel(in: plan)
    largest = (key, n)
    return n
  }
}

extension ModuleLowering {
  /// The LLVM function computing kernel `k` with buffers `kb`, and its
  /// outermost loop's length: emitted as `name`, or the identical kernel's
  /// function emitted before.
  func kernelFunction(_ k: Kernel, _ s: KernelSchedule, _ nest: LoopNest, _ plan: FusionPlan, _ kb: KernelBuffers,
                      name: String) throws -> (LLFunction, Int) {
    kernels.work.kernels += 1
    let key = kernelKey(k, s, plan, kb) + "\nloops " + nestShapeKey(nest.items)
    if let known = kernels.functions[key] {
      if !known.shared {
        try known.fn.addAttribute("noinline")
        kernels.functions[key]?.shared = true
      }
      return (known.fn, known.outerCount)
    }
    let e = KernelEmitter(ctx: ctx, module: module, builder: b, math: math, target: target, plan: plan,
                          kernel: k, schedule: s, buffers: kb)
    e.nest = nest.items
    let fn = try e.emit(name: name)
    kernels.work.kernelFunctions += 1
    if KernelOptimization.of(k, in: plan, largest: kernels.largestKernel(in: plan)) == .size {
      kernels.work.sizeOptimized.append(fn.name)
    }
    kernels.functions[key] = (fn, e.outerCount, false)
    return (fn, e.outerCount)
  }
}

/// The text that identifies kernel `k`'s LLVM function (see above).
func kernelKey(_ k: Kernel, _ s: KernelSchedule, _ plan: FusionPlan, _ kb: KernelBuffers) -> String {
  let f = plan.function
  var out = "\(k.kind.rawValue) \(s.loop) \(String(describing: s.reduction)) \(s.vectorLanes) "
    + "\(String(describing: s.parallelChunk)) \(String(describing: s.gemm)) "
    + "slots \(kb.count) \(String(describing: kb.scratchA)) \(String(describing: kb.scratchB))\n"
  // Each fused op by its position in the kernel; each buffer by its slot.
  var local: [Value: String] = [:]
  for (j, i) in k.ops.enumerated() {
    for (n, r) in f.body[i].results.enumerated() { local[r] = "op\(j).\(n)" }
  }
  let inKernel = Set(k.ops)
  func source(_ v: Value) -> String {
    let computed = plan.definingOp[v.id].map { inKernel.contains($0) } ?? false
    if computed, k.outputs.contains(v) || kb.slot[v] == nil, let l = local[v] { return l }
    return "slot\(kb.slot[v].map(String.init) ?? "?") \(f.type(of: v))"
  }
  for i in k.ops {
    let op = f.body[i]
    out += op.name + "(" + op.operands.map(source).joined(separator: ", ") + ")"
    out += " " + op.attrs.exactText
    out += " : " + op.results.map { f.type(of: $0).description }.joined(separator: ", ") + "\n"
  }
  out += "root op\(k.ops.firstIndex(of: k.root).map(String.init) ?? "?") outputs"
  for o in k.outputs { out += " \(source(o)) slot\(kb.slot[o].map(String.init) ?? "?")" }
  return out
}
