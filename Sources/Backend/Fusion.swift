/// Fusion: groups a function's operations into kernels, each computing one
/// materialized value in one loop nest. Ops of the fusible classes
/// (`OpClass.isFusible`: elementwise ops, index maps such as broadcast_in_dim
/// or slice, iota, constants) are fused into the kernel that consumes them
/// and read through index maps, never materialized. A value is materialized
/// — a fusion boundary — only for a reason (a `FusionBoundary`,
/// FusionDecisions.swift), which the `fuse` dump shows:
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
  /// conv: a runtime call (im2col + GEMM) on its operands' buffers.
  case convolution
  /// sort: a stable sort of each row along one dimension, reading its
  /// operands from buffers and writing one output per operand.
  case sort
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
  /// For each input, why it was not fused into the kernel.
  public var refusals: [Value: FusionRefusal] = [:]
  /// A contraction's fused elementwise consumer (Epilogues.swift).
  public var epilogue: KernelEpilogue? = nil
}

public struct FusionPlan: Sendable {
  /// The function the plan is for (calls inlined).
  public var function: Function
  public var kernels: [Kernel]
  /// Why each kernel output is materialized (FusionDecisions.swift).
  public var reasons: [Value: FusionBoundary]
  /// Body index of the op defining each value (nil for parameters).
  public var definingOp: [Int?]
  /// For each region kernel (by id), the plans of its op's regions.
  public var regions: [Int: [FusionPlan]] = [:]
  /// How much work planning took (the regions' plans count their own).
  public var work = FusionWork()
  /// Consecutive kernels run as one loop over rows (RowGroups.swift).
  public var rowGroups: [RowGroup] = []
  /// For each kernel after a row group's kernel, why it did not join it.
  public var rowRefusals: [Int: RowRefusal] = [:]
  /// For each output that joined an earlier loop kernel, why (MultiOutput.swift).
  public var joins: [Value: KernelJoin] = [:]
  /// For each loop kernel that joined no earlier one it is related to, the one it did not join and why.
  public var joinRefusals: [Int: JoinDecline] = [:]
  /// For each contraction kernel without an epilogue, why (Epilogues.swift).
  public var epilogueRefusals: [Int: EpilogueRefusal] = [:]
}

/// Work counters of one fusion plan, for tests that check fusion stays
/// linear in the function's length (ReliabilityTests counts, not times).
public struct FusionWork: Sendable, Hashable {
  /// Operations (and uses) visited by fusion's walks.
  public var visits = 0
  /// Kernels planned.
  public var kernels = 0
}

func isFusible(_ op: Operation) -> Bool { op.def.opClass?.isFusible ?? false }

/// The deepest chain of ops fused into one kernel (see `planFusion`).
public let maxFusionDepth = 64

/// With a target, float contractions that run as generated loops take in
/// their elementwise consumer (Epilogues.swift); without one, no epilogues.
public func planFusion(_ f: Function, target: Target? = nil) -> FusionPlan {
  var defining = [Int?](repeating: nil, count: f.values.count)
  for (i, op) in f.body.enumerated() { for r in op.results { defining[r.id] = i } }
  var users = [[Int]](repeating: [], count: f.values.count)
  for (i, op) in f.body.enumerated() { for v in Set(op.operands) { users[v.id].append(i) } }

  // 1. Decide which values are materialized, and why.
  var reasons: [Value: FusionBoundary] = [:]
  let results = Set(f.returnValues)
  for op in f.body {
    for r in op.results {
      if results.contains(r) {
        reasons[r] = .functionResult
      } else if !isFusible(op) {
        reasons[r] = .nonFusible(op.def.opClass)
      }
    }
    if let c = op.def.opClass, bufferReadingClasses.contains(c) {
      for v in op.operands where defining[v.id] != nil && reasons[v] == nil { reasons[v] = .bufferOperand(c) }
    }
  }
  var work = FusionWork()
  // Work that a broadcast would repeat per element, or that several kernels
  // would each repeat, is materialized once instead. A pass in program
  // order materializes the operands of expanding broadcasts (their users'
  // ops alone decide it) and finds the values that are trivial to recompute
  // (a broadcast of such an operand is: it is not materialized again). Then
  // one pass from the last op to the first decides the values used by
  // several kernels: a value's decision reads only the ops after it (which
  // kernels its users fall into) and the trivial values.
  let trivial = trivialValues(f, users, &reasons, &work)
  // The body index of the kernel root each op falls into, following single,
  // unmaterialized uses: known for every op after the one being decided.
  var root = Array(f.body.indices)
  for i in f.body.indices.reversed() {
    work.visits += 1
    let op = f.body[i]
    let r = op.results[0]
    if reasons[r] == nil, !trivial[r.id] {
      let roots = Set(users[r.id].map { root[$0] })
      work.visits += users[r.id].count
      if roots.count > 1 { reasons[r] = .sharedByKernels(roots.count) }
    }
    if reasons[r] == nil, isFusible(op), users[r.id].count == 1 { root[i] = root[users[r.id][0]] }
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
        reasons[r] = .depthLimit(maxFusionDepth)
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
      regionPlans[kernels.count] = op.regions.map { planFusion($0, target: target) }
      var refusals: [Value: FusionRefusal] = [:]
      for v in inputs { refusals[v] = defining[v.id] == nil ? .parameter : .readsBuffers(.region) }
      kernels.append(Kernel(id: kernels.count, kind: .region, root: i, ops: [i], output: r, inputs: inputs,
                            outputs: op.results, refusals: refusals))
      continue
    }
    let kind = kernelKind(op.def.opClass)
    var ops = Set<Int>()
    var inputs: [Value] = []
    var refusals: [Value: FusionRefusal] = [:]
    func read(_ v: Value, _ why: FusionRefusal) {
      if refusals[v] == nil { inputs.append(v); refusals[v] = why }
    }
    func visit(_ v: Value, fuse: Bool) {
      guard let d = defining[v.id] else { return read(v, .parameter) }
      if !fuse { return read(v, .readsBuffers(kind)) }
      if let why = reasons[v] { return read(v, .boundary(why)) }
      work.visits += 1
      if ops.insert(d).inserted { for o in f.body[d].operands { visit(o, fuse: true) } }
    }
    ops.insert(i)
    // Contractions, convolutions and sorts read their operands from buffers; the others fuse them.
    for o in op.operands { visit(o, fuse: kind != .contraction && kind != .convolution && kind != .sort) }
    kernels.append(Kernel(id: kernels.count, kind: kind, root: i, ops: ops.sorted(), output: r, inputs: inputs,
                          outputs: kind == .sort ? op.results : [r], refusals: refusals))
  }
  work.kernels = kernels.count
  var plan = FusionPlan(function: f, kernels: kernels, reasons: reasons, definingOp: defining, regions: regionPlans, work: work)
  if let target { fuseEpilogues(&plan, target: target) }
  joinLoopKernels(&plan)
  (plan.rowGroups, plan.rowRefusals) = planRowGroups(plan)
  return plan
}

/// The kernel kind of a non-region op of class `c`.
private func kernelKind(_ c: OpClass?) -> KernelKind {
  switch c {
  case .contraction: return .contraction
  case .reduction: return .reduction
  case .argReduction: return .argReduction
  case .scatter: return .scatter
  case .cumulative: return .cumulative
  case .convolution: return .convolution
  case .sort: return .sort
  default: return .loop  // Codegen rejects an op it has no element or index lowering for
  }
}

/// For each value, whether recomputing it wherever it is read costs only
/// index arithmetic: it is materialized or a parameter, or an op that only
/// re-reads its operands (`rereadsOperands`) computes it from such values.
/// A value that is not trivial and is read by a broadcast that repeats its
/// elements is materialized (`expandingBroadcastOperand`) on the way. One
/// pass in program order: operands come before their users.
private func trivialValues(_ f: Function, _ users: [[Int]], _ reasons: inout [Value: FusionBoundary],
                           _ work: inout FusionWork) -> [Bool] {
  var trivial = [Bool](repeating: true, count: f.values.count)
  for op in f.body {
    work.visits += 1
    let t = op.def.rereadsOperands && op.operands.allSatisfy { reasons[$0] != nil || trivial[$0.id] }
    for r in op.results where reasons[r] == nil {
      trivial[r.id] = t
      guard !t else { continue }
      work.visits += users[r.id].count
      let expanding = users[r.id].contains { u in
        f.body[u].def.repeatsOperandElements && f.type(of: f.body[u].results[0]).elementCount > f.type(of: r).elementCount
      }
      if expanding { reasons[r] = .expandingBroadcastOperand }
    }
  }
  return trivial
}
