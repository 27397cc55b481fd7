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
  /// How float matrix products run (GemmSizeClass.swift).
  public var contractions: ContractionChoice

  public init(cpu: String, features: String, vectorBits: Int, contractions: ContractionChoice = .bySize) {
    self.cpu = cpu
    self.features = features
    self.vectorBits = vectorBits
    self.contractions = contractions
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

/// Work below this many elements stays on the calling thread (sort; loop
/// kernels, reductions and row groups use `parallelNanoseconds`).
public let parallelThreshold = 1 << 15

/// A loop kernel, a reduction (every form of the fixed order too) or a row
/// group is split over threads when its estimated time on one thread
/// (`estimatedNanoseconds`) is at least this.
/// Measured on this 2-core machine (Runtime/README.md, "Threads"): a pool
/// worker starts 4.7 / 5.7 / 7.5 µs (p10 / median / p90) after the loop is
/// posted, and the caller may then wait for the worker's last chunk; so a
/// split saves at most half the work and costs about 10 µs. Below 60 µs the
/// split measured no gain (131072 elements × 8 cheap ops: 47–52 µs p10 on
/// one thread, 51–52 µs split); at 245 µs (W1, /work/bench/quiet1.log) it
/// gained 20%.
public let parallelNanoseconds = 60_000.0

/// Single-thread time of a kernel in nanoseconds: `iterations` elements,
/// each costing its fused ops, plus the bytes it moves (the inputs it reads
/// and the outputs it writes). Figures measured with one thread (p10 of 300
/// runs; generated AVX-512 loops over f32):
/// - a cheap op (add, mul, max, ...) 0.033 ns per element (8 chained ops
///   over 131072 elements in L2: 47 µs, against 16.6 µs for one add);
/// - a math function with a libmvec variant 0.22 ns (tanh; exp 0.16), one
///   without 8 ns (scalar libm tanhf 18.7 ns per call in
///   shared/notes/toolchain.md, halved for the cheaper functions);
/// - a byte that fits in one core's 2 MiB L2 0.008 ns (one add over 12 bytes
///   an element: 0.093 ns beside its op), a byte beyond it 0.05 ns (copy
///   bandwidth 17–25 GB/s on 2 threads in /work/bench/quiet1.log).
/// The estimate matched single-thread runs within 15%: W1 258 µs (245
/// measured), W5 22 ms (23.4), 8 ops over 524288 elements 453 µs (515).
/// Doubles: sizes never trap.
func estimatedNanoseconds(_ k: Kernel, _ plan: FusionPlan, iterations: Int) -> Double {
  // A reduction streams its input and writes little: read-only bytes beyond L2 (below).
  let beyondL2 = k.kind == .reduction ? reductionReadNanosecondsPerByte : 0.05
  return Double(iterations) * elementNanoseconds(k, plan)
    + memoryNanoseconds(Set(k.inputs).union(k.outputs), plan.function, beyondL2: beyondL2)
}

/// A byte a reduction reads beyond L2: one thread streams 26–27 GB/s
/// (a sum of 4M f32 652 µs, column sums of [4096,1024] 749 µs, p10, one
/// thread, Tools/threads/estimates.py), against 0.05 ns for a copy's bytes.
let reductionReadNanosecondsPerByte = 0.037

/// A row group member's pass over its row, per element visited, beside its
/// ops (the row's loads and stores through L1 and the slabs), and per row
/// (loop setup, a reduction's tail and lanes): fitted to single-thread
/// softmaxes of [64,512], [512,128], [256,1024] and [1024,1024]
/// (Tools/threads/estimates.py; figures in Runtime/README.md, "Threads").
let rowPassNanoseconds = 0.07
let rowMemberNanoseconds = 10.0

/// The fused ops' time per element of kernel `k` (figures above).
func elementNanoseconds(_ k: Kernel, _ plan: FusionPlan) -> Double {
  let f = plan.function
  var perElement = 0.0
  for i in k.ops {
    let def = f.body[i].def
    if let math = def.math {
      perElement += math.vectorized ? 0.22 : 8
    } else if def.opClass == .elementwise || def.opClass == .reduction || def.opClass == .argReduction {
      perElement += 0.033
    }
  }
  return perElement
}

/// The time to move `values` between memory and the core (figures above).
func memoryNanoseconds(_ values: Set<Value>, _ f: Function, beyondL2: Double = 0.05) -> Double {
  let bytes = values.reduce(0.0) { $0 + Double(f.type(of: $1).elementCount) * Double(f.type(of: $1).dtype.byteSize) }
  let perByte = bytes > Double(2 << 20) ? beyondL2 : 0.008
  return bytes * perByte
}

/// Single-thread time of row group `g` (RowGroups.swift): every member's
/// elements (a reduction's input, a loop's output) at its fused ops' cost
/// and a pass's cost, a member's cost per row — or, if longer, the time to
/// move the bytes the group moves (the members' inputs and outputs except
/// the row-local ones, which stay in a stack slab of one row): the row is
/// read from memory once, the passes over it overlap the stream. Within 16%
/// of single-thread softmaxes from [64,512] to [1024,1024] (Runtime/README.md,
/// "Threads", with the cases outside 20%).
func estimatedNanoseconds(_ g: RowGroup, _ plan: FusionPlan) -> Double {
  let f = plan.function
  var values = Set<Value>()
  var compute = 0.0
  for id in g.kernels {
    let k = plan.kernels[id]
    let visited = k.kind == .reduction ? f.body[k.root].operands[0] : k.output
    compute += Double(f.type(of: visited).elementCount) * (elementNanoseconds(k, plan) + rowPassNanoseconds)
      + Double(g.rows) * rowMemberNanoseconds
    values.formUnion(k.inputs)
    values.formUnion(k.outputs)
  }
  return max(compute, memoryNanoseconds(values.subtracting(g.local), f))
}

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
      let chunk = parallelChunk(outer: outer, total: n, lanes: lanes, flat: false, nanoseconds: estimatedNanoseconds(k, plan, iterations: n))
      var namer = ValueNamer(f)
      let why = "reads %\(namer.name(t.input)) transposed: tiles of \(tile.rows)×\(tile.cols) over the last two dims of \(out)"
        + (chunk.map { ", split over threads in chunks of \($0) \(out.rank == 2 ? "row tiles" : "outer iterations")" } ?? ", on the calling thread")
      return KernelSchedule(kernel: k.id, loop: .tiled(rows: tile.rows, cols: tile.cols), reduction: nil, vectorLanes: lanes,
                            parallelChunk: chunk, gemm: nil, why: why)
    }
    let chunk = parallelChunk(outer: flat ? n : (out.shape.first ?? 1), total: n, lanes: lanes, flat: flat,
                              nanoseconds: estimatedNanoseconds(k, plan, iterations: n))
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
    let chunk = order == .inner ? parallelChunk(outer: outer, total: input.elementCount, lanes: lanes, flat: false,
                                                nanoseconds: estimatedNanoseconds(k, plan, iterations: input.elementCount)) : nil
    let why = (k.outputs.count > 1 ? "\(k.outputs.count) outputs in one pass: " : "") + (fixed ? "the fixed order: per output element, a pairwise tree over vectors of 16 lanes (blocks of 8 vectors unrolled)"
               : order == .inner ? "the reduced dims are innermost: one accumulator per output element"
                                 : "a kept dim is innermost: accumulate contiguous output rows")
      + (chunk.map { ", split over threads in chunks of \($0) outputs" } ?? ", on the calling thread")
    return KernelSchedule(kernel: k.id, loop: .nested, reduction: order, vectorLanes: lanes, parallelChunk: chunk, gemm: nil, why: why)
  case .contraction:
    let g = gemmPlan(root, f, target)
    let why: String
    if out.dtype.isFloat && g.loops {
      why = "small contraction: generated loops (\(g.usesDotProducts ? "dot products" : "row updates")), \(g.batch) × (\(g.m)×\(g.k)) · (\(g.k)×\(g.n))"
        + (g.transA ? ", A transposed" : "") + (g.transB ? ", B transposed" : "")
        + (g.copyA ? ", A copied into GEMM layout" : "") + (g.copyB ? ", B copied into GEMM layout" : "")
        + (k.epilogue != nil ? ", fused epilogue" : "")
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

/// Splits the outer loop over threads when the kernel's estimated time on
/// one thread is at least `parallelNanoseconds`.
private func parallelChunk(outer: Int, total: Int, lanes: Int, flat: Bool, nanoseconds: Double) -> Int? {
  guard nanoseconds >= parallelNanoseconds, total >= 2, outer >= 2 else { return nil }
  if flat {
    // Chunks of whole vectors, about 16K elements each.
    let c = max(lanes, (1 << 14) / lanes * lanes)
    return c
  }
  return chunkIterations(perIteration: total / max(outer, 1))
}

/// Outer iterations per thread-pool chunk: about 16K elements of work each.
func chunkIterations(perIteration: Int) -> Int { max(1, (1 << 14) / max(1, perIteration)) }

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
func gemmPlan(_ op: Operation, _ f: Function, _ target: Target) -> GemmPlan {
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
  var plan = GemmPlan(batch: batch, m: m, n: n, k: k, transA: transA, transB: transB, copyA: copyA, copyB: copyB, loops: true)
  plan.loops = !a.dtype.isFloat || usesGeneratedLoops(plan, a.dtype, target)
  return plan.loops ? plan.loopLayout() : plan
}
