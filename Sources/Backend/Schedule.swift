/// Scheduling: for each kernel, the loop structure the lowering emits —
/// loop order, vector width and whether the work is split over threads.
/// Decisions depend on the kernel's shapes and the target's vector width,
/// never on the machine's core count (the runtime's pool decides how many
/// threads share a split loop).

import FTIR

public struct Target: Sendable, Hashable {
  /// The CPU name LLVM uses (`sapphirerapids`, `x86-64-v3`, ...).
  public var cpu: String
  public var features: String
  /// Widest vector register in bits (512 with AVX-512, 256 with AVX2, else 128).
  public var vectorBits: Int

  public init(cpu: String, features: String, vectorBits: Int) {
    self.cpu = cpu
    self.features = features
    self.vectorBits = vectorBits
  }

  public func lanes(_ d: DType) -> Int { max(1, vectorBits / (8 * d.byteSize)) }
}

public enum LoopShape: Sendable, Hashable {
  /// One loop over every element: all reads are at the output's own index
  /// (or splats), so flat indices line up.
  case flat
  /// A loop per output dimension, the last one innermost (contiguous writes).
  case nested
  /// Like `nested`, but the last two dims run in tiles of rows × cols (the
  /// tile loops outside, the rows and cols of one tile inside), so a
  /// transposed read (TransposedReads.swift) stays in cache. With rank 2
  /// the outermost loop (the one split over threads) is over row tiles.
  case tiled(rows: Int, cols: Int)
}

public enum ReductionOrder: Sendable, Hashable {
  /// The reduced dims are innermost: an accumulator per output element.
  case inner
  /// Some kept dim is innermost: accumulate whole output rows, so the inner
  /// loop runs over contiguous outputs.
  case outer
  /// The fixed order with the last dim kept (OrderedColumns.swift): panels
  /// of `panel` output columns, each walking the reduced rows with the
  /// columns innermost; the outer loop is over (leading kept dims × panels).
  case columns(panel: Int)
  /// The fixed order for few, long groups (OrderedSplit.swift): each group's
  /// first `parts` · `blocks` blocks (of 8 vectors of 16 lanes) are `parts`
  /// perfect subtrees of the pairwise tree, computed in parallel and combined
  /// in the tree's order on the calling thread with the rest of the group.
  case split(parts: Int, blocks: Int)
}

public struct KernelSchedule: Sendable {
  public var kernel: Int
  public var loop: LoopShape
  public var reduction: ReductionOrder?
  /// Elements per vector for the kernel's output dtype.
  public var vectorLanes: Int
  /// Iterations of the outermost loop handed to the thread pool as a unit,
  /// or nil when the kernel runs on the calling thread.
  public var parallelChunk: Int?
  /// For contractions: how the operands map to a GEMM.
  public var gemm: GemmPlan?
  /// A sentence saying why, for the dump.
  public var why: String
}

/// A dot_general as a batch of GEMMs: C[b] (M×N) = op(A[b]) (M×K) · op(B[b]) (K×N).
public struct GemmPlan: Sendable, Hashable {
  public var batch: Int, m: Int, n: Int, k: Int
  /// A is stored [batch, K, M] (transposed) instead of [batch, M, K].
  public var transA: Bool
  /// B is stored [batch, N, K] (transposed) instead of [batch, K, N].
  public var transB: Bool
  /// The operand needs a copy into GEMM layout first.
  public var copyA: Bool
  public var copyB: Bool
  /// Generated loops instead of BLAS: integer products, and float products
  /// too small for a BLAS call to pay off.
  public var loops: Bool
}

/// Float contractions with at most this many multiply-adds use generated loops.
public let smallProduct = 1 << 15

/// Work below this many elements stays on the calling thread.
public let parallelThreshold = 1 << 15

public func schedule(_ plan: FusionPlan, target: Target) -> [KernelSchedule] {
  plan.kernels.map { scheduleKernel($0, plan, target) }
}

private func scheduleKernel(_ k: Kernel, _ plan: FusionPlan, _ target: Target) -> KernelSchedule {
  let f = plan.function
  let root = f.body[k.root]
  let out = f.type(of: k.output)
  let lanes = target.lanes(out.dtype)
  switch k.kind {
  case .region:
    let labels = root.regions.map(\.name).joined(separator: ", ")
    let why = "\(root.name): its regions (\(labels)) run as the op decides at run time, each planned as a function on buffers"
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: nil, vectorLanes: lanes, parallelChunk: nil, gemm: nil, why: why)
  case .loop:
    let flat = isFlat(k, plan)
    let n = out.elementCount
    if !flat, let t = transposedRead(k, plan), t.outputDim == out.rank - 2 {
      let tile = transposeTile(out.dtype)
      let rowTiles = (out.shape[out.rank - 2] + tile.rows - 1) / tile.rows
      let outer = out.rank == 2 ? rowTiles : out.shape[0]
      let chunk = parallelChunk(outer: outer, total: n, lanes: lanes, flat: false)
      var namer = ValueNamer(f)
      let why = "reads %\(namer.name(t.input)) transposed: tiles of \(tile.rows)×\(tile.cols) over the last two dims of \(out)"
        + (chunk.map { ", split over threads in chunks of \($0) \(out.rank == 2 ? "row tiles" : "outer iterations")" } ?? ", on the calling thread")
      return KernelSchedule(kernel: k.id, loop: .tiled(rows: tile.rows, cols: tile.cols), reduction: nil, vectorLanes: lanes,
                            parallelChunk: chunk, gemm: nil, why: why)
    }
    let chunk = parallelChunk(outer: flat ? n : (out.shape.first ?? 1), total: n, lanes: lanes, flat: flat)
    let why = (k.outputs.count > 1 ? "\(k.outputs.count) outputs in one pass: " : "") + (flat ? "every read is at the output's own index: one loop over \(n) elements"
                    : "reads through index maps: a loop per dimension of \(out)")
      + (chunk.map { ", split over threads in chunks of \($0)" } ?? ", on the calling thread")
    return KernelSchedule(kernel: k.id, loop: flat ? .flat : .nested, reduction: nil, vectorLanes: lanes,
                          parallelChunk: chunk, gemm: nil, why: why)
  case .reduction, .argReduction:
    let input = f.type(of: root.operands[0])
    let dims = k.kind == .reduction ? root.attrs.ints("dims") : [root.attrs.int("dim")]
    let fixed = k.kind == .reduction && hasFixedOrder(root, input.dtype)
    if fixed, let s = orderedSchedule(k, plan, lanes: lanes) { return s }
    let order: ReductionOrder = (fixed || input.rank == 0 || dims.contains(input.rank - 1) || k.kind == .argReduction) ? .inner : .outer
    let outer = out.shape.first ?? 1
    let chunk = order == .inner ? parallelChunk(outer: outer, total: input.elementCount, lanes: lanes, flat: false) : nil
    let why = (k.outputs.count > 1 ? "\(k.outputs.count) outputs in one pass: " : "") + (fixed ? "the fixed order: per output element, a pairwise tree over vectors of 16 lanes (blocks of 8 vectors unrolled)"
               : order == .inner ? "the reduced dims are innermost: one accumulator per output element"
                                 : "a kept dim is innermost: accumulate contiguous output rows")
      + (chunk.map { ", split over threads in chunks of \($0) outputs" } ?? ", on the calling thread")
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: order, vectorLanes: lanes, parallelChunk: chunk, gemm: nil, why: why)
  case .contraction:
    let g = gemmPlan(root, f)
    let why: String
    if out.dtype.isFloat && g.loops {
      why = "small contraction (\(g.batch * g.m * g.n * g.k) multiply-adds): generated loops, \(g.batch) × (\(g.m)×\(g.k)) · (\(g.k)×\(g.n))"
        + (g.transA ? ", A transposed" : "") + (g.transB ? ", B transposed" : "")
        + (g.copyA ? ", A copied into GEMM layout" : "") + (g.copyB ? ", B copied into GEMM layout" : "")
    } else if out.dtype.isFloat {
      why = "BLAS \(out.dtype == .f32 ? "sgemm" : "dgemm"): \(g.batch) × (\(g.m)×\(g.k)) · (\(g.k)×\(g.n))"
        + (g.transA ? ", A transposed" : "") + (g.transB ? ", B transposed" : "")
        + (g.copyA ? ", A copied into GEMM layout" : "") + (g.copyB ? ", B copied into GEMM layout" : "")
    } else {
      why = "integer contraction: generated loops (\(g.batch) × \(g.m)×\(g.n), K=\(g.k))"
        + (g.copyA ? ", A copied into [batch, M, K]" : "") + (g.copyB ? ", B copied into [batch, K, N]" : "")
    }
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: nil, vectorLanes: lanes, parallelChunk: nil, gemm: g, why: why)
  case .scatter:
    // Updates may hit one position several times: added in order, on one thread.
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: nil, vectorLanes: lanes, parallelChunk: nil, gemm: nil,
                          why: "scatter: a copy of the operand, then each update added at its clamped index in row-major order, on the calling thread")
  case .convolution:
    let kernelID = k.id
    let groups = max(root.attrs.values["feature_group_count"]?.intValue ?? 1, root.attrs.values["batch_group_count"]?.intValue ?? 1)
    let w = f.type(of: root.operands[1])
    let k = w.shape.dropFirst().reduce(1, *)
    let p = out.shape.dropFirst(2).reduce(1, *)
    let lastLhsDilation = ConvOptions(root.attrs, spatial: out.rank - 2).lhsDilation.last ?? 1
    // The runtime's rule (conv_is_direct in Runtime/ftc_runtime.c): one output feature per group, no hole in the last dim's rows.
    let why = out.shape[1] == groups && lastLhsDilation == 1
      ? "convolution: runtime direct loops (one output feature per group) per example and group: "
        + "\(out.shape[0]) × \(groups) × \(k) taps × \(p) outputs, in-bounds rows only"
      : "convolution: runtime im2col + BLAS \(out.dtype == .f32 ? "sgemm" : "dgemm") per example and group: "
        + "\(out.shape[0]) × \(groups) × (\(out.shape[1] / max(groups, 1))×\(k)) · (\(k)×\(p)), padding by bounds"
    return KernelSchedule(kernel: kernelID, loop: .nested, reduction: nil, vectorLanes: lanes, parallelChunk: nil, gemm: nil, why: why)
  case .cumulative:
    // Each step reads the previous one: positions along the axis in scan order, on one thread.
    let axis = root.attrs.int("axis")
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: nil, vectorLanes: lanes, parallelChunk: nil, gemm: nil,
                          why: "scan along dim \(axis)\(root.attrs.bool("reverse") ? " from the end" : ""): each position combines the previous result with the next element, the dims after it innermost, on the calling thread")
  case .sort:
    // One permutation per row, sorted in scratch; then every operand gathered by it.
    let s = SortSpec(root.attrs)
    let split = sortSplit(out, dimension: s.dimension)
    let threads = split.chunk.map { ", rows split over threads in chunks of \($0) outer iterations (\(split.copies) scratch copies)" } ?? ", on the calling thread"
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: nil, vectorLanes: lanes, parallelChunk: split.chunk, gemm: nil,
                          why: "stable merge sort of each row along dim \(s.dimension)\(s.descending ? ", descending" : "") (an index permutation in scratch, \(s.numKeys) key(s)), then \(root.operands.count) operand(s) permuted" + threads)
  }
}

/// Splits the outer loop over threads when the kernel is large enough.
private func parallelChunk(outer: Int, total: Int, lanes: Int, flat: Bool) -> Int? {
  guard total >= parallelThreshold, outer >= 2 else { return nil }
  if flat {
    // Chunks of whole vectors, about 16K elements each.
    let c = max(lanes, (1 << 14) / lanes * lanes)
    return c
  }
  let perOuter = max(1, total / max(outer, 1))
  return max(1, (1 << 14) / perOuter)
}

/// A loop kernel is flat when every value it reads is read at the output's
/// own (flat) index: same-shape elementwise chains, splat constants, iota
/// of the output's shape.
func isFlat(_ k: Kernel, _ plan: FusionPlan) -> Bool {
  let f = plan.function
  let out = f.type(of: k.output)
  for i in k.ops {
    let op = f.body[i]
    switch op.def.opClass {
    case .constant:
      guard let t = op.attrs.tensor("value"), t.isSplat || t.shape == out.shape else { return false }
    case .indexMap, .dynamicIndex:
      return false  // reads through a multi-index (iota: is one)
    default:
      for v in op.operands where f.type(of: v).shape != out.shape { return false }
    }
  }
  return true
}

/// How a dot_general maps onto GEMM calls.
func gemmPlan(_ op: Operation, _ f: Function) -> GemmPlan {
  let a = f.type(of: op.operands[0]), b = f.type(of: op.operands[1])
  let (lb, rb) = op.attrs.intPair("batch")
  let (lc, rc) = op.attrs.intPair("contract")
  let lUsed = Set(lb + lc), rUsed = Set(rb + rc)
  let lf = (0..<a.rank).filter { !lUsed.contains($0) }, rf = (0..<b.rank).filter { !rUsed.contains($0) }
  func prod(_ dims: [Int], _ t: TensorType) -> Int { dims.reduce(1) { $0 * t.shape[$1] } }
  let batch = prod(lb, a), m = prod(lf, a), n = prod(rf, b), k = prod(lc, a)
  // A in [batch, M, K] order or [batch, K, M]; B in [batch, K, N] or [batch, N, K].
  // Contracted dims must pair up in the same order on both sides.
  let aMK = lb + lf + lc, aKM = lb + lc + lf
  let bKN = rb + rc + rf, bNK = rb + rf + rc
  let identA = Array(0..<a.rank), identB = Array(0..<b.rank)
  var transA = aMK != identA && aKM == identA
  var transB = bKN != identB && bNK == identB
  var copyA = aMK != identA && aKM != identA
  var copyB = bKN != identB && bNK != identB
  // Integer contractions are generated loops over [batch, M, K] · [batch, K, N]:
  // a transposed operand is copied into that layout (its scratch buffer is planned).
  if !a.dtype.isFloat {
    (copyA, copyB) = (copyA || transA, copyB || transB)
    (transA, transB) = (false, false)
  }
  let loops = !a.dtype.isFloat || batch * m * n * k <= smallProduct
  return GemmPlan(batch: batch, m: m, n: n, k: k, transA: transA, transB: transB, copyA: copyA, copyB: copyB, loops: loops)
}
