/// Fusion: groups a function's operations into kernels, each computing one
/// materialized value in one loop nest. Ops of the fusible classes
/// (`OpClass.isFusible`: elementwise ops, index maps such as broadcast_in_dim
/// or slice, iota, constants) are fused into the kernel that consumes them
/// and read through index maps, never materialized. A value is materialized
/// — a fusion boundary — only for a reason, which the `fuse` dump shows:
///
///     %e = exp %x : f32[8]
///     %s = reduce_sum %e, dims=[0] : f32[]     ==>   kernel 0 (reduction): %s = reduce_sum(exp %x)
///     %r = mul %s, %s : f32[]                        kernel 1 (loop):      %r   (%s: result of a reduction)
///
/// - it is a result of the function;
/// - it is produced by an op of a non-fusible class (a reduction, a
///   contraction, an opaque op: their own kernels), named in the reason;
/// - it is an operand of a contraction (BLAS reads buffers);
/// - it is used by several kernels and is not cheap to recompute;
/// - it ends a chain of `maxFusionDepth` fused ops (kernel emission walks a
///   fused expression recursively, so the input must not choose its depth);
/// - it is an operand or a result of an op with regions (`cond`): such an
///   op is a kernel of its own that runs one of its regions, each planned
///   like a function (`FusionPlan.regions`), on buffers.
///
/// Calls are inlined first, so a kernel never spans functions.

import FTIR

public enum KernelKind: String, Sendable {
  /// A loop nest over the output's shape; every element computed independently.
  case loop
  /// reduce_* over some dims of a fused input expression.
  case reduction
  /// argmax/argmin along one dim.
  case argReduction = "arg_reduction"
  /// dot_general: BLAS for floats, loops for integers.
  case contraction
  /// An op with regions (`cond`): the region selected at run time runs,
  /// reading the op's operands and writing its results in buffers.
  case region
  /// scatter_add: copies its operand, then adds each update in row-major order.
  case scatter
  /// cumsum, cumprod, cummax, cummin: a scan along one axis of a fused operand.
  case cumulative
}

public struct Kernel: Sendable {
  public var id: Int
  public var kind: KernelKind
  /// Body index of the op producing the kernel's output.
  public var root: Int
  /// Body indices of every op the kernel computes, in program order.
  public var ops: [Int]
  /// The value the kernel materializes (its first, for several).
  public var output: Value
  /// Materialized values (parameters or other kernels' outputs) it reads.
  public var inputs: [Value]
  /// Every value the kernel materializes (an op with regions has several).
  public var outputs: [Value]
}

public struct FusionPlan: Sendable {
  /// The function the plan is for (calls inlined).
  public var function: Function
  public var kernels: [Kernel]
  /// Why each kernel output is materialized.
  public var reasons: [Value: String]
  /// Body index of the op defining each value (nil for parameters).
  public var definingOp: [Int?]
  /// For each region kernel (by id), the plans of its op's regions.
  public var regions: [Int: [FusionPlan]] = [:]
}

/// Why the result of an op of a non-fusible class is materialized.
func boundaryReason(_ c: OpClass?) -> String {
  switch c {
  case .reduction, .argReduction: return "result of a reduction"
  case .contraction: return "result of a contraction"
  case .opaque: return "result of an opaque op"
  case .region: return "result of an op with regions"
  case .dynamicIndex: return "result of a dynamic index"
  case .scatter: return "result of a scatter"
  case .cumulative: return "result of a cumulative op"
  case .call: return "result of a call"
  case .elementwise, .indexMap, .constant, nil: return "result of an op without a fusible class"
  }
}

func isFusible(_ op: Operation) -> Bool { op.def.opClass?.isFusible ?? false }

/// The deepest chain of ops fused into one kernel (see `planFusion`).
public let maxFusionDepth = 64

public func planFusion(_ f: Function) -> FusionPlan {
  var defining = [Int?](repeating: nil, count: f.values.count)
  for (i, op) in f.body.enumerated() { for r in op.results { defining[r.id] = i } }
  var users = [[Int]](repeating: [], count: f.values.count)
  for (i, op) in f.body.enumerated() { for v in Set(op.operands) { users[v.id].append(i) } }

  // 1. Decide which values are materialized, and why.
  var reasons: [Value: String] = [:]
  let results = Set(f.returnValues)
  for op in f.body {
    for r in op.results {
      if results.contains(r) {
        reasons[r] = "result of the function"
      } else if !isFusible(op) {
        reasons[r] = boundaryReason(op.def.opClass)
      }
    }
    if op.def.opClass == .contraction {
      for v in op.operands where defining[v.id] != nil && reasons[v] == nil {
        reasons[v] = "operand of a contraction (BLAS reads buffers)"
      }
    }
    if op.def.opClass == .region {
      for v in op.operands where defining[v.id] != nil && reasons[v] == nil {
        reasons[v] = "operand of an op with regions (its regions read buffers)"
      }
    }
  }
  /// True when recomputing `v` wherever it is read costs only index arithmetic.
  func isTrivial(_ v: Value) -> Bool {
    var stack = [v]
    var visited = Set<Value>()
    while let x = stack.popLast() {
      guard visited.insert(x).inserted, reasons[x] == nil, let d = defining[x.id] else { continue }
      let op = f.body[d]
      guard op.def.rereadsOperands else { return false }
      stack.append(contentsOf: op.operands)
    }
    return true
  }
  // Work that a broadcast would repeat per element, or that several kernels
  // would each repeat, is materialized once instead. Repeat until stable:
  // each new boundary changes which kernel the other values fall into.
  var changed = true
  while changed {
    changed = false
    for op in f.body.reversed() {
      let r = op.results[0]
      guard reasons[r] == nil, !isTrivial(r) else { continue }
      let expandingBroadcast = users[r.id].contains { u in
        f.body[u].def.repeatsOperandElements && f.type(of: f.body[u].results[0]).elementCount > f.type(of: r).elementCount
      }
      if expandingBroadcast {
        reasons[r] = "operand of an expanding broadcast (computed once, not per broadcast element)"
        changed = true
        continue
      }
      let roots = Set(users[r.id].map { kernelRoot(of: $0, f, users, reasons) })
      if roots.count > 1 {
        reasons[r] = "used by \(roots.count) kernels"
        changed = true
      }
    }
  }

  // A fused expression is at most `maxFusionDepth` ops deep: kernel
  // emission walks it recursively, so its depth must not be the input's
  // to choose. A longer chain is cut by materializing a value.
  var depth = [Int](repeating: 0, count: f.values.count)
  for op in f.body {
    var d = 0
    for v in op.operands where reasons[v] == nil { d = Swift.max(d, depth[v.id]) }
    for r in op.results {
      guard reasons[r] == nil else { continue }
      if d + 1 > maxFusionDepth {
        reasons[r] = "fusion depth limit (\(maxFusionDepth) ops fused in a chain)"
      } else {
        depth[r.id] = d + 1
      }
    }
  }

  // 2. Each materialized value is the root of a kernel with its unmaterialized producers.
  var kernels: [Kernel] = []
  var regionPlans: [Int: [FusionPlan]] = [:]
  for (i, op) in f.body.enumerated() {
    let r = op.results[0]
    guard reasons[r] != nil else { continue }
    if op.def.opClass == .region {
      var inputs: [Value] = []
      for v in op.operands where !inputs.contains(v) { inputs.append(v) }
      regionPlans[kernels.count] = op.regions.map { planFusion($0) }
      kernels.append(Kernel(id: kernels.count, kind: .region, root: i, ops: [i], output: r, inputs: inputs,
                            outputs: op.results))
      continue
    }
    var ops = Set<Int>()
    var inputs: [Value] = []
    var seen = Set<Value>()
    func visit(_ v: Value, fuse: Bool) {
      guard let d = defining[v.id] else {
        if seen.insert(v).inserted { inputs.append(v) }
        return
      }
      if !fuse || reasons[v] != nil {
        if seen.insert(v).inserted { inputs.append(v) }
        return
      }
      if ops.insert(d).inserted { for o in f.body[d].operands { visit(o, fuse: true) } }
    }
    ops.insert(i)
    let kind: KernelKind
    switch op.def.opClass {
    case .contraction: kind = .contraction
    case .reduction: kind = .reduction
    case .argReduction: kind = .argReduction
    case .scatter: kind = .scatter
    case .cumulative: kind = .cumulative
    default: kind = .loop  // Codegen rejects an op it has no element or index lowering for
    }
    // Contractions read their operands from buffers; the others fuse them.
    for o in op.operands { visit(o, fuse: kind != .contraction) }
    kernels.append(Kernel(id: kernels.count, kind: kind, root: i, ops: ops.sorted(), output: r, inputs: inputs,
                          outputs: [r]))
  }
  return FusionPlan(function: f, kernels: kernels, reasons: reasons, definingOp: defining, regions: regionPlans)
}

/// The body index of the kernel root that op `i` ends up in, following
/// single, unmaterialized uses.
private func kernelRoot(of i: Int, _ f: Function, _ users: [[Int]], _ reasons: [Value: String]) -> Int {
  var cur = i
  for _ in 0..<f.body.count {
    let op = f.body[cur]
    let r = op.results[0]
    if reasons[r] != nil || !isFusible(op) { return cur }
    let u = users[r.id]
    guard u.count == 1 else { return cur }
    cur = u[0]
  }
  return cur
}
