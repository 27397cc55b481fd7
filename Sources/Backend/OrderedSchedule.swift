/// Schedules of the fixed-order float reductions (FTIR's ReductionOrder.swift)
/// that leave the per-output plan, with the same bits at any thread count:
///
///     %s = reduce_sum %x, dims=[0] : f32[1024]    (x: f32[4096,1024])
///       ==> .columns(panel: 256): 4 panels of 256 columns, split over threads;
///           each panel walks the rows with its columns innermost
///     %s = reduce_sum %x, dims=[0] : f32[]        (x: f32[4194304])
///       ==> .split(parts: 64, blocks: 512): 64 subtrees of 512 blocks of 128
///           elements in parallel, combined in the tree's order
///
/// Anything else stays `.inner` (one group per output, outputs over threads).

import FTIR

/// Bytes of one panel row: columns innermost read in runs this long (wider
/// runs measured faster: 1 KB → 2 KB → 4 KB each ~1.1–1.2× on [4096,1024]
/// f32; 2 KB still leaves 1024 columns two panels for two threads).
public let orderedPanelBytes = 2048

/// Bytes a column panel may keep (its counter's levels and tail, each a
/// plane of 16 lanes × panel columns), allocated per kernel call.
public let orderedPanelScratchBytes = 1 << 19

/// Elements a group needs per part before it is split (and the least part).
public let orderedPartElements = 1 << 15

/// At most this many parts (outputs × parts) in one split kernel: the parts'
/// partial vectors live on the stack.
public let orderedMaxParts = 64

/// A split kernel has at most this many outputs (more run one output per thread).
public let orderedSplitOutputs = 8

/// Vectors (of the virtual width, 16 lanes) per block of the fixed order's
/// compiled form: the part of the pairwise tree unrolled in a lane loop.
public let orderedBlockVectors = 8

/// The elements of one block of the fixed order's compiled form (8 vectors of 16 lanes).
public let orderedBlockElements = orderedBlockVectors * reductionLanes

/// Levels of the binary counter over `blocks` full blocks (at least 1).
public func orderedLevelCount(_ blocks: Int) -> Int { max(1, Int.bitWidth - blocks.leadingZeroBitCount) }

/// The column panel's width for groups of `n` elements of `dtype` and `columns` kept columns:
/// the widest multiple of 16 columns within orderedPanelBytes whose planes
/// (levels and a tail) fit orderedPanelScratchBytes.
public func orderedPanelWidth(n: Int, columns: Int, dtype: DType) -> Int {
  let planes = orderedLevelCount(n / orderedBlockElements) + 1
  let bytesPerColumn = planes * reductionLanes * dtype.byteSize
  let fits = orderedPanelScratchBytes / bytesPerColumn
  let width = max(16, min(orderedPanelBytes / dtype.byteSize, fits) / 16 * 16)
  return min(columns, width)
}

/// The `.columns` or `.split` schedule of fixed-order reduction kernel `k`, if it takes one.
func orderedSchedule(_ k: Kernel, _ plan: FusionPlan, lanes: Int) -> KernelSchedule? {
  let f = plan.function
  let root = f.body[k.root]
  let input = f.type(of: root.operands[0]), out = f.type(of: k.output)
  let dims = root.attrs.ints("dims")
  let n = dims.reduce(1) { $0 * input.shape[$1] }
  guard n > 0, out.elementCount > 0 else { return nil }
  if out.rank > 0, !dims.contains(input.rank - 1) {
    let columns = out.shape[out.rank - 1]
    let panel = orderedPanelWidth(n: n, columns: columns, dtype: out.dtype)
    let panels = (columns + panel - 1) / panel
    let outer = out.elementCount / columns * panels
    let nanoseconds = estimatedNanoseconds(k, plan, iterations: input.elementCount)
    let chunk = outer >= 2 && nanoseconds >= parallelNanoseconds ? chunkIterations(perIteration: input.elementCount / outer) : nil
    let why = "the fixed order, the kept last dim innermost: \(panels) panel(s) of \(panel) output columns"
      + (outer > panels ? " per leading index" : "")
      + ", each walking its \(n) rows with the columns innermost (per column 16 lanes, blocks of 8 vectors, the binary counter's levels as planes [lane][column])"
      + (chunk.map { ", split over threads in chunks of \($0) panels" } ?? ", on the calling thread")
      + " (estimated \(microseconds(nanoseconds)) on one thread)"
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: .columns(panel: panel), vectorLanes: lanes,
                          parallelChunk: chunk, gemm: nil, why: why)
  }
  let outputs = out.elementCount
  let blocks = n / orderedBlockElements
  let partBlocks = orderedPartElements / orderedBlockElements
  guard takesOrderedSplit(k, plan), !plan.rowGroups.contains(where: { $0.kernels.contains(k.id) }) else { return nil }
  var size = partBlocks
  while outputs * (blocks / size) > orderedMaxParts { size *= 2 }
  let parts = blocks / size
  let rest = n - parts * size * orderedBlockElements
  let why = "the fixed order, split: each of \(outputs) group(s) of \(n) elements as \(parts) perfect subtrees of \(size) blocks"
    + " of \(orderedBlockElements) elements computed over threads (the same tree at any thread count)"
    + ", combined in the tree's order with the other \(rest) elements on the calling thread"
    + " (estimated \(microseconds(estimatedNanoseconds(k, plan, iterations: input.elementCount))) on one thread)"
  return KernelSchedule(kernel: k.id, loop: .nested, reduction: .split(parts: parts, blocks: size), vectorLanes: lanes,
                        parallelChunk: nil, gemm: nil, why: why)
}

/// Whether fixed-order reduction kernel `k` (over a trailing dim, one
/// output or few) is split into subtrees over threads: its groups are long
/// enough for two parts each and its estimated single-thread time pays for
/// waking a worker (`parallelNanoseconds`).
func takesOrderedSplit(_ k: Kernel, _ plan: FusionPlan) -> Bool {
  let f = plan.function
  let root = f.body[k.root]
  let input = f.type(of: root.operands[0]), out = f.type(of: k.output)
  let n = root.attrs.ints("dims").reduce(1) { $0 * input.shape[$1] }
  let partBlocks = orderedPartElements / orderedBlockElements
  return out.elementCount <= orderedSplitOutputs && n / orderedBlockElements >= 2 * partBlocks
    && estimatedNanoseconds(k, plan, iterations: input.elementCount) >= parallelNanoseconds
}

/// `ns` nanoseconds as microseconds for a schedule's reason.
func microseconds(_ ns: Double) -> String {
  guard ns < 10_000 else { return "\(Int((ns / 1000).rounded())) µs" }
  let tenths = Int((ns / 100).rounded())
  return "\(tenths / 10).\(tenths % 10) µs"
}
