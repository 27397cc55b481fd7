/// Fused epilogues: a float contraction that runs as generated row updates
/// (GemmSizeClass.swift) takes in the loop kernel that first reads its
/// product, when that kernel reads the product only at its own index (bias
/// added through a broadcast, relu, tanh, a scale): the kernel's ops run on
/// each register tile of sums before the store (Codegen/GemmEpilogue.swift),
/// so the product is not written and read back, and is not materialized at
/// all when nothing else reads it. BLAS products keep their plan.
///
///     kernel #0 contraction -> %p : f32[8,16]            kernel #0 contraction -> %h : f32[8,16]
///       %p = dot_general %x, %w                   ==>      %p = dot_general %x, %w      (in registers)
///     kernel #1 loop -> %h : f32[8,16]                     %a = add %p, broadcast(%b)   (epilogue)
///       %a = add %p, broadcast(%b)                         %h = max %a, %zero           (stored)
///       %h = max %a, %zero
///
/// The joined kernel runs where the loop kernel ran (its other inputs are
/// ready there; no kernel between them reads the product, as the loop
/// kernel is its first reader). One pass over the kernels.

import FTIR

/// The elementwise tail of a contraction kernel: ops computed on each
/// register tile of the product before it is stored.
public struct KernelEpilogue: Sendable, Hashable {
  /// The contraction's result, read by the epilogue at its own index.
  public var product: Value
  /// The product is stored too: it is a result, or another kernel reads it.
  public var storesProduct: Bool
}

/// Why a contraction kernel took no epilogue.
public enum EpilogueRefusal: Sendable, Hashable, CustomStringConvertible {
  /// The product runs through BLAS (its size class, or `--gemm blas`).
  case blas
  /// The product is a column (N = 1): dot products, no register tile.
  case dotProducts
  /// An integer product.
  case integer
  /// K = 0: the product is zeros, no tile is summed.
  case emptySum
  /// No kernel reads the product (it is only a result).
  case noReader
  /// The first kernel that reads the product is not a loop kernel.
  case firstReader(KernelKind)
  /// The first reader's output has another shape or dtype than the product.
  case otherType
  /// The first reader reads the product at another index than its own.
  case readsAtOtherIndex
  /// The first reader took in another product as its epilogue.
  case readerTaken

  public var description: String {
    switch self {
    case .blas: return "the product runs through BLAS"
    case .dotProducts: return "the product is a column (dot products)"
    case .integer: return "an integer product"
    case .emptySum: return "K = 0 (the product is zeros)"
    case .noReader: return "no kernel reads the product"
    case .firstReader(let k): return "its first reader is a \(k.rawValue) kernel"
    case .otherType: return "its first reader's output has another shape or dtype"
    case .readsAtOtherIndex: return "its first reader reads it at another index than its own"
    case .readerTaken: return "its first reader is the epilogue of another product"
    }
  }
}

/// Joins each eligible contraction kernel with the loop kernel that first
/// reads its product (see above) and renumbers the plan's kernels.
func fuseEpilogues(_ plan: inout FusionPlan, target: Target) {
  let f = plan.function
  let kernels = plan.kernels
  var firstReader: [Value: Int] = [:]
  var readers: [Value: Int] = [:]
  for k in kernels {
    for v in k.inputs {
      if firstReader[v] == nil { firstReader[v] = k.id }
      readers[v, default: 0] += 1
    }
  }
  let results = Set(f.returnValues)
  var joinedInto: [Int: Int] = [:]  // loop kernel id -> contraction kernel id
  var refusals: [Int: EpilogueRefusal] = [:]
  for k in kernels where k.kind == .contraction {
    plan.work.visits += 1
    let p = k.output, t = f.type(of: p)
    let why: EpilogueRefusal?
    let g = gemmPlan(f.body[k.root], f, target)
    var reader: Int? = nil
    if !t.dtype.isFloat {
      why = .integer
    } else if !g.loops {
      why = .blas
    } else if g.usesDotProducts {
      why = .dotProducts
    } else if g.k == 0 {
      why = .emptySum
    } else if let r = firstReader[p] {
      let l = kernels[r]
      plan.work.visits += l.ops.count
      if l.kind != .loop {
        why = .firstReader(l.kind)
      } else if f.type(of: l.output) != t || l.outputs.count != 1 {
        why = .otherType
      } else if ownIndexReads(l, plan)[p] != true {
        why = .readsAtOtherIndex
      } else if joinedInto[r] != nil {
        why = .readerTaken
      } else {
        why = nil
        reader = r
      }
    } else {
      why = .noReader
    }
    if let why { refusals[k.id] = why }
    if let r = reader { joinedInto[r] = k.id }
  }
  guard !joinedInto.isEmpty || !refusals.isEmpty else { return }
  let joinedContraction = Set(joinedInto.values)
  var newID: [Int: Int] = [:]
  var out: [Kernel] = []
  for k in kernels where !joinedContraction.contains(k.id) {
    var m = k
    if let c = joinedInto[k.id] {
      let product = kernels[c]
      let p = product.output
      let stores = results.contains(p) || readers[p, default: 0] > 1
      m = product
      m.ops = Array(Set(product.ops + k.ops)).sorted()
      m.output = stores ? p : k.output
      m.outputs = stores ? [p, k.output] : [k.output]
      var inputs = product.inputs
      var why = product.refusals
      for v in k.inputs where v != p && why[v] == nil {
        inputs.append(v)
        why[v] = k.refusals[v]
      }
      m.inputs = inputs
      m.refusals = why
      m.epilogue = KernelEpilogue(product: p, storesProduct: stores)
      newID[c] = out.count
    }
    m.id = out.count
    newID[k.id] = m.id
    out.append(m)
  }
  plan.kernels = out
  plan.regions = Dictionary(uniqueKeysWithValues: plan.regions.map { (newID[$0.key]!, $0.value) })
  plan.epilogueRefusals = Dictionary(uniqueKeysWithValues: refusals.map { (newID[$0.key]!, $0.value) })
  plan.work.kernels = out.count
}
