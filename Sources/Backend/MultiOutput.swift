/// Multi-output kernels: a loop kernel joins an earlier loop kernel of the
/// same output shape that produces a value it reads at its own index
/// (producer and consumer) or reads a buffer it reads too (siblings), when
/// everything else it reads is ready there; a fixed-order reduction joins
/// an earlier one of the same op, dims and types that reads a buffer it
/// reads (layernorm's sum and sum of squares: one pass over each row). The joined kernel computes all
/// its outputs in one loop, reading each shared input once and each joined
/// producer's value from a register instead of from memory:
///
///     kernel #1 loop -> %a1 : f32[256,512]          kernel #1 loop -> %a1, %h1 : f32[256,512]
///       %a1 = add %x1, broadcast(%b1)        ==>      %a1 = add %x1, broadcast(%b1)    (stored)
///     kernel #2 loop -> %h1 : f32[256,512]            %h1 = max %a1, %zero             (stored)
///       %h1 = max %a1, %zero
///
/// Each output is computed by exactly the ops it was computed by alone, and
/// each reduction in its own fixed order, so results do not change. One pass over the kernels, in order; each kernel
/// checks a bounded number of candidates in O(1) each after one walk of its
/// own ops, so the work is linear in the kernels' ops and inputs.

import FTIR

/// Why a kernel's output joined an earlier kernel.
public enum KernelJoin: Sendable, Hashable, CustomStringConvertible {
  /// It reads this output of the kernel at its own index.
  case readsOutput(Value)
  /// It reads this buffer, which the kernel reads too.
  case sharesInput(Value)

  public var description: String {
    switch self {
    case .readsOutput: return "reads an output of the kernel at its own index"
    case .sharesInput: return "reads a buffer the kernel reads"
    }
  }
}

/// Why a loop kernel did not join the latest earlier loop kernel of its
/// shape that it is related to (reads an output of, or shares a buffer with).
public enum JoinRefusal: Sendable, Hashable, CustomStringConvertible {
  /// It reads this output of the candidate through an index map (at another index).
  case readsAtOtherIndex(Value)
  /// It reads this value, computed after the candidate.
  case inputNotReady(Value)
  /// It reads this output of the candidate, cut from its chain at the
  /// depth limit: joined, one kernel would compute the whole chain.
  case continuesChain(Value)
  /// It reads this kernel output at another row than its own, while the
  /// candidate reads kernel outputs only at its own row: joined, the
  /// candidate could no longer run in a row group (RowGroups.swift).
  case readsOtherRows(Value)
  /// It or the candidate runs in tiles (a transposed read).
  case tiled
  /// The candidate already has `maxKernelOutputs` outputs.
  case outputLimit

  public var description: String {
    switch self {
    case .readsAtOtherIndex: return "reads the kernel's output at another index than its own"
    case .inputNotReady: return "reads a value computed after the kernel"
    case .continuesChain: return "continues a chain cut at the fusion depth limit"
    case .readsOtherRows: return "reads a kernel's output at another row: joined, the kernel could not run in a row group"
    case .tiled: return "runs in tiles (reads an input transposed)"
    case .outputLimit: return "the kernel has \(maxKernelOutputs) outputs already"
    }
  }
}

/// The most outputs one joined loop kernel computes.
public let maxKernelOutputs = 8

/// Joins loop kernels and reductions (see above) and renumbers the plan's kernels.
func joinLoopKernels(_ plan: inout FusionPlan) {
  let f = plan.function
  let kernels = plan.kernels
  var leader = Array(kernels.indices)  // each kernel's group, by its first member's id
  var members: [Int: [Int]] = [:]
  var producer: [Value: Int] = [:]  // kernel output -> id of the kernel writing it
  var lastReader: [KernelKind: [Value: Int]] = [:]  // buffer -> the latest loop (reduction) kernel reading it
  var joins: [Value: KernelJoin] = [:]
  var refusals: [Int: (candidate: Int, why: JoinRefusal)] = [:]  // kernels that joined none
  var tiled = Set<Int>()
  var rowClean: [Int: Bool] = [:]  // by group: reads kernel outputs only at its own row
  for k in kernels {
    defer {
      for o in k.outputs { producer[o] = k.id }
    }
    guard k.kind == .loop || (k.kind == .reduction && reducesInOnePass(k, plan)) else { continue }
    plan.work.visits += k.ops.count + k.inputs.count
    if k.kind == .loop, isTiled(k, plan) { tiled.insert(k.id) }
    // A reduction reads no output of its group: the reduced elements are not at its own index.
    let own = k.kind == .loop ? ownIndexReads(k, plan) : [:]
    let rows = rowAlignedReads(k, plan)
    // Only a value with the kernel's rows can come from a row group's member.
    let outRows = f.type(of: k.output).shape.first
    let otherRow = k.inputs.first { v in
      plan.definingOp[v.id] != nil && f.type(of: v).shape.first == outRows && outRows != nil && rows[v] != true
    }
    // The earliest group every input is ready in, and groups it reads at another index.
    var ready = 0
    var otherIndex: [Int: Value] = [:]
    var cutChain: [Int: Value] = [:]
    var candidates: [(group: Int, join: KernelJoin)] = []
    for v in k.inputs {
      if let p = producer[v] {
        let g = leader[p]
        ready = max(ready, g)
        if own[v] != true { otherIndex[g] = otherIndex[g] ?? v }
        if case .depthLimit? = plan.reasons[v] { cutChain[g] = cutChain[g] ?? v }
        if kernels[p].kind == .loop { candidates.append((g, .readsOutput(v))) }
      }
      if let r = lastReader[k.kind]?[v] { candidates.append((leader[r], .sharesInput(v))) }
    }
    candidates = candidates.filter { sameLoops(kernels[$0.group], k, f) }
    // The latest group first; among a group's relations, the first input's.
    candidates = candidates.enumerated().sorted { ($0.element.group, $1.offset) > ($1.element.group, $0.offset) }.map(\.element)
    var joined: (group: Int, join: KernelJoin)? = nil
    var refusal: (Int, JoinRefusal)? = nil
    for c in candidates where joined == nil {
      let why: JoinRefusal?
      if tiled.contains(c.group) || tiled.contains(k.id) {
        why = .tiled
      } else if let v = otherIndex[c.group] {
        why = .readsAtOtherIndex(v)
      } else if let v = cutChain[c.group] {
        why = .continuesChain(v)
      } else if let v = otherRow, rowClean[c.group] == true {
        why = .readsOtherRows(v)
      } else if ready > c.group {
        why = .inputNotReady(k.inputs.first { producer[$0].map { leader[$0] > c.group } ?? false } ?? k.output)
      } else if kernels[c.group].outputs.count + (members[c.group] ?? []).count >= maxKernelOutputs {
        why = .outputLimit
      } else {
        why = nil
      }
      if let why { refusal = refusal ?? (c.group, why) } else { joined = c }
    }
    if let j = joined {
      leader[k.id] = j.group
      members[j.group, default: []].append(k.id)
      rowClean[j.group] = rowClean[j.group] == true && otherRow == nil
      joins[k.output] = j.join
    } else {
      rowClean[k.id] = otherRow == nil
      if let (c, why) = refusal { refusals[k.id] = (c, why) }
    }
    for v in k.inputs { lastReader[k.kind, default: [:]][v] = k.id }
  }
  guard !joins.isEmpty || !refusals.isEmpty else { return }
  plan.joins = joins
  // Renumber: each group where its first member was, with every member's ops and outputs.
  var newID: [Int: Int] = [:]
  var out: [Kernel] = []
  for k in kernels where leader[k.id] == k.id {
    var m = k
    m.id = out.count
    newID[k.id] = m.id
    let others = (members[k.id] ?? []).map { kernels[$0] }
    if !others.isEmpty {
      m.ops = Array(Set(k.ops + others.flatMap(\.ops))).sorted()
      m.outputs = k.outputs + others.flatMap(\.outputs)
      let written = Set(m.outputs)
      var inputs = k.inputs
      var why = k.refusals
      for o in others {
        for v in o.inputs where why[v] == nil && !written.contains(v) {
          inputs.append(v)
          why[v] = o.refusals[v]
        }
      }
      m.inputs = inputs
      m.refusals = why
    }
    out.append(m)
  }
  for k in kernels where leader[k.id] != k.id { newID[k.id] = newID[leader[k.id]] }
  plan.kernels = out
  plan.regions = Dictionary(uniqueKeysWithValues: plan.regions.map { (newID[$0.key]!, $0.value) })
  plan.epilogueRefusals = Dictionary(uniqueKeysWithValues: plan.epilogueRefusals.map { (newID[$0.key]!, $0.value) })
  var declines: [Int: JoinDecline] = [:]
  for (id, r) in refusals where leader[id] == id {
    declines[newID[id]!] = JoinDecline(kernel: newID[r.candidate]!, why: r.why)
  }
  plan.joinRefusals = declines
  plan.work.kernels = out.count
}

/// A loop kernel that did not join the kernel `kernel` (by id), and why.
public struct JoinDecline: Sendable, Hashable {
  public var kernel: Int
  public var why: JoinRefusal

  public init(kernel: Int, why: JoinRefusal) {
    self.kernel = kernel
    self.why = why
  }
}

/// Whether `a` and `b` run the same loops: loop kernels of one output
/// shape, or reductions of one op over the same dims of one input type.
private func sameLoops(_ a: Kernel, _ b: Kernel, _ f: Function) -> Bool {
  guard a.kind == b.kind else { return false }
  if a.kind == .loop { return f.type(of: a.output).shape == f.type(of: b.output).shape }
  let (ra, rb) = (f.body[a.root], f.body[b.root])
  return ra.name == rb.name && ra.attrs.ints("dims") == rb.attrs.ints("dims")
    && f.type(of: ra.operands[0]) == f.type(of: rb.operands[0]) && f.type(of: a.output) == f.type(of: b.output)
}

/// Whether reduction kernel `k` runs in the fixed order with one group per
/// output over its last dim (`.inner`, OrderedReduction.swift), the order
/// joined reductions share: not in column panels, never split.
private func reducesInOnePass(_ k: Kernel, _ plan: FusionPlan) -> Bool {
  let f = plan.function
  let root = f.body[k.root]
  let input = f.type(of: root.operands[0]), out = f.type(of: k.output)
  let dims = root.attrs.ints("dims")
  guard hasFixedOrder(root, out.dtype), input.rank > 0, dims.contains(input.rank - 1) else { return false }
  let n = dims.reduce(1) { $0 * input.shape[$1] }
  guard n > 0, out.elementCount > 0 else { return false }
  // The split schedule's condition (OrderedSchedule.swift), whatever the row groups.
  return !takesOrderedSplit(k, plan)
}

private func isTiled(_ k: Kernel, _ plan: FusionPlan) -> Bool {
  guard let t = transposedRead(k, plan) else { return false }
  return t.outputDim == plan.function.type(of: k.output).rank - 2
}

/// For each buffer loop kernel `k` reads: whether every read is at the
/// kernel's own index (followed from its root through elementwise ops of
/// the output's shape; any other read is at another index).
func ownIndexReads(_ k: Kernel, _ plan: FusionPlan) -> [Value: Bool] {
  let f = plan.function
  let shape = f.type(of: k.output).shape
  var own: [Value: Bool] = [:]
  for o in k.outputs { own[o] = true }
  var reads: [Value: Bool] = [:]
  let inKernel = Set(k.ops)
  for i in k.ops.reversed() {
    let op = f.body[i]
    let here = op.results.allSatisfy { own[$0] == true }
    let keeps = here && op.def.opClass == .elementwise && f.type(of: op.results[0]).shape == shape
    for v in op.operands {
      let ok = keeps && f.type(of: v).shape == shape
      let fused = plan.definingOp[v.id].map { inKernel.contains($0) && plan.reasons[v] == nil } ?? false
      if fused { own[v] = (own[v] ?? true) && ok } else { reads[v] = (reads[v] ?? true) && ok }
    }
  }
  return reads
}
