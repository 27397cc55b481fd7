/// Row groups: consecutive kernels that all loop over the same dim 0 (the
/// rows) and read each other's outputs only at their own row run as one
/// kernel whose outer loop is over rows, each member's passes over one row
/// in turn, so a row stays in cache through all of them. A member output
/// that only later members read is kept per row in a stack slab (a row's
/// worth of elements) instead of a buffer of its whole shape:
///
///     kernel #0 reduction -> %m : f32[4096]          row group over 4096 rows: kernels #0-#3
///     kernel #1 loop -> %e : f32[4096,1024]    ==>     for r in rows: m[r] = max(x[r,:]); e[r,:] = exp(x[r,:] - m[r])
///     kernel #2 reduction -> %s : f32[4096]                     s[r] = sum(e[r,:]); y[r,:] = e[r,:] / s[r]
///     kernel #3 loop -> %y : f32[4096,1024]            (%m, %e, %s per row: no [4096,1024] intermediate)
///
/// Each member computes exactly what it computes alone (the same passes in
/// the same order over a row), so results do not change. A kernel that
/// cannot join the group before it says why (`RowRefusal`).

import FTIR

public struct RowGroup: Sendable {
  /// Ids of the member kernels: consecutive, in order.
  public var kernels: [Int]
  /// The extent of dim 0 every member loops over.
  public var rows: Int
  /// Member outputs kept per row (a slab of elementCount / rows elements).
  public var local: [Value]
}

/// Why a kernel does not join the row group of the kernels before it.
public enum RowRefusal: Error, Sendable, Hashable, CustomStringConvertible {
  /// Its kind has no loop over rows (contraction, scatter, region, ...).
  case kind(KernelKind)
  /// A reduction over dim 0, or over no trailing dim (its accumulators span rows).
  case reducesAcrossRows
  /// A rank-0 output: no rows.
  case noRows
  /// It reads an input transposed and runs in tiles (TransposedReads.swift).
  case tiled
  /// Its dim 0 differs from the group's.
  case rowCount(Int, group: Int)
  /// It reads a value the group computes at another row than its own.
  case readsOtherRows(Value)

  public var description: String {
    switch self {
    case .kind(let k): return "a \(k.rawValue) kernel has no loop over rows"
    case .reducesAcrossRows: return "reduces dim 0 or keeps the last dim: its accumulators span rows"
    case .noRows: return "a rank-0 output has no rows"
    case .tiled: return "reads an input transposed: runs in tiles"
    case .rowCount(let n, let g): return "dim 0 is \(n), the group's is \(g)"
    case .readsOtherRows: return "reads a value of the group at another row than its own"
    }
  }
}

/// Stack bytes a row group may keep per row (all its local slabs).
public let rowLocalBytes = 1 << 17

/// Groups consecutive row kernels (see above), keeping groups with a
/// reduction. Linear in the kernels' ops.
func planRowGroups(_ plan: FusionPlan) -> (groups: [RowGroup], refusals: [Int: RowRefusal]) {
  var groups: [RowGroup] = []
  var refusals: [Int: RowRefusal] = [:]
  var current: RowGroup? = nil
  var producedBy: [Value: Int] = [:]  // outputs of the current group's members
  // A group is worth it when a reduction's passes share rows with other
  // kernels; elementwise kernels alone would only lose their flat loops.
  func close() {
    if let g = current, g.kernels.count >= 2, g.kernels.contains(where: { plan.kernels[$0].kind == .reduction }) {
      groups.append(g)
    }
    current = nil
    producedBy = [:]
  }
  for k in plan.kernels {
    let rows: Int
    switch rowExtent(k, plan) {
    case .failure(let why):
      if current != nil { refusals[k.id] = why }
      close()
      continue
    case .success(let n): rows = n
    }
    if let g = current {
      if rows != g.rows {
        refusals[k.id] = .rowCount(rows, group: g.rows)
        close()
      } else {
        let aligned = rowAlignedReads(k, plan)
        if let bad = k.inputs.first(where: { producedBy[$0] != nil && aligned[$0] != true }) {
          refusals[k.id] = .readsOtherRows(bad)
          close()
        }
      }
    }
    if current == nil { current = RowGroup(kernels: [], rows: rows, local: []) }
    current!.kernels.append(k.id)
    for o in k.outputs { producedBy[o] = k.id }
  }
  close()
  for i in groups.indices { groups[i].local = localValues(groups[i], plan) }
  // A refusal names the group before the kernel: keep it only when that
  // group was kept (a dropped candidate is no group).
  let groupEnds = Set(groups.compactMap(\.kernels.last))
  var previous: [Int: Int] = [:]
  for (a, b) in zip(plan.kernels, plan.kernels.dropFirst()) { previous[b.id] = a.id }
  refusals = refusals.filter { id, _ in previous[id].map(groupEnds.contains) ?? false }
  return (groups, refusals)
}

/// The dim 0 a kernel loops over, or why it has none.
private func rowExtent(_ k: Kernel, _ plan: FusionPlan) -> Result<Int, RowRefusal> {
  let f = plan.function
  let out = f.type(of: k.output)
  switch k.kind {
  case .loop:
    guard out.rank >= 1 else { return .failure(.noRows) }
    if let t = transposedRead(k, plan), t.outputDim == out.rank - 2 { return .failure(.tiled) }
    return .success(out.shape[0])
  case .reduction:
    let input = f.type(of: f.body[k.root].operands[0])
    let dims = f.body[k.root].attrs.ints("dims")
    guard out.rank >= 1 else { return .failure(.noRows) }
    guard !dims.contains(0), dims.contains(input.rank - 1) else { return .failure(.reducesAcrossRows) }
    return .success(out.shape[0])
  default:
    return .failure(.kind(k.kind))
  }
}

/// For each buffer kernel `k` reads: whether every read is at `k`'s own row
/// (dim 0 of the index equals dim 0 of the kernel's row). Followed from the
/// root through same-shape elementwise ops, and index maps that keep dim 0
/// (broadcast_in_dim, transpose, reshape); any other read is not aligned.
func rowAlignedReads(_ k: Kernel, _ plan: FusionPlan) -> [Value: Bool] {
  let f = plan.function
  let inKernel = Set(k.ops)
  let roots = Set(k.outputs.compactMap { plan.definingOp[$0.id] })
  var aligned: [Value: Bool] = [:]
  func use(_ v: Value, _ ok: Bool) { aligned[v] = (aligned[v] ?? true) && ok }
  for i in k.ops.reversed() {
    let op = f.body[i]
    let r = op.results[0], rt = f.type(of: r)
    let rowsHere: Bool
    let isRoot = i == k.root || roots.contains(i)
    if isRoot {
      // A loop kernel's index is its row's; a reduction keeping dim 0 reads its operand at its row.
      rowsHere = true
    } else {
      rowsHere = aligned[r] ?? false
    }
    for (n, v) in op.operands.enumerated() {
      let vt = f.type(of: v)
      var keeps = false
      if rowsHere, vt.rank >= 1, rt.rank >= 1, vt.shape[0] == rt.shape[0] {
        switch op.def.opClass {
        case .elementwise, .reduction: keeps = vt.shape == rt.shape || (isRoot && k.kind == .reduction)
        case .indexMap:
          switch op.def.name {
          case "broadcast_in_dim": keeps = n == 0 && op.attrs.ints("dims").first == 0
          case "transpose": keeps = op.attrs.ints("perm").first == 0
          case "reshape": keeps = true
          default: keeps = false
          }
        default: keeps = false
        }
      }
      use(v, keeps)
    }
  }
  // Keep only the buffers (fused values were only a means).
  return aligned.filter { v, _ in
    !(plan.definingOp[v.id].map { inKernel.contains($0) && plan.reasons[v] == nil } ?? false)
  }
}

/// Member outputs only later members read (not results of the function),
/// whose slabs fit the group's stack budget, in kernel order.
private func localValues(_ g: RowGroup, _ plan: FusionPlan) -> [Value] {
  let f = plan.function
  let members = Set(g.kernels)
  var readOutside = Set<Value>()
  for k in plan.kernels where !members.contains(k.id) { readOutside.formUnion(k.inputs) }
  let results = Set(f.returnValues)
  var local: [Value] = []
  var bytes = 0
  for id in g.kernels {
    for o in plan.kernels[id].outputs where !results.contains(o) && !readOutside.contains(o) {
      let t = f.type(of: o)
      let slab = t.elementCount / max(g.rows, 1) * t.dtype.byteSize
      guard bytes + slab <= rowLocalBytes else { continue }
      bytes += slab
      local.append(o)
    }
  }
  return local
}

/// How a row group runs: its rows split over threads or not.
public struct RowGroupSchedule: Sendable {
  /// Rows handed to the thread pool as a unit, or nil on the calling thread.
  public var parallelChunk: Int?
  public var why: String
}

func scheduleRowGroup(_ g: RowGroup, _ plan: FusionPlan) -> RowGroupSchedule {
  let f = plan.function
  // Elements every member visits, all rows together.
  let total = g.kernels.reduce(0) { n, id in
    let k = plan.kernels[id]
    let visited = k.kind == .reduction ? f.body[k.root].operands[0] : k.output
    return n + f.type(of: visited).elementCount
  }
  let nanoseconds = estimatedNanoseconds(g, plan)
  let chunk: Int? = nanoseconds >= parallelNanoseconds && g.rows >= 2 ? chunkIterations(perIteration: total / g.rows) : nil
  var namer = ValueNamer(f)
  let locals = g.local.isEmpty ? "" : ", per row on the stack: " + g.local.map { "%" + namer.name($0) }.joined(separator: ", ")
  let why = "row group of kernels #\(g.kernels.map(String.init).joined(separator: ", #")): one loop over \(g.rows) rows, "
    + "each member's passes over a row in turn\(locals)"
    + (chunk.map { ", split over threads in chunks of \($0) rows" } ?? ", on the calling thread")
    + " (estimated \(microseconds(nanoseconds)) on one thread)"
  return RowGroupSchedule(parallelChunk: chunk, why: why)
}
