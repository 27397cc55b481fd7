/// Codegen's per-op table: how every op is lowered to LLVM. The IR core
/// declares each op's class (`OpDef.opClass`); this table, keyed by op name,
/// is the one place that says how the backend computes it:
///
///     exp          .element   one element from the operands' elements (ScalarOps.swift)
///     transpose    .index     an operand element at a mapped index (IndexMaps.swift)
///     gather       .dynamicIndex  the same with indices loaded and clamped (IndexMaps.swift)
///     scatter_add  .scatter   a kernel of its own: copy, then add each update
///     cumsum       .cumulative a kernel of its own: a scan step per element (CumulativeKernel.swift)
///     conv         .convolution a runtime call: im2col + GEMM (ConvolutionKernel.swift)
///     sort         .sort      a kernel of its own: a merge sort of each row (SortKernel.swift)
///     reduce_sum   .reduction a reduction kernel folding with a combiner (below)
///     argmax       .argReduction, dot_general .contraction: kernels of their own
///
/// `loweringCoverage` joins it with the op list, for the coverage test and `ftc rules`.

import FTIR
import LLVMKit

/// Lowers an index-map op: the result's element at an index.
typealias IndexRule = @Sendable (KernelEmitter, Operation, TensorType, KernelEmitter.Index) throws -> LLValue

/// A reduction's start value and fold step.
struct Combiner {
  let initial: LLValue
  let combine: (LLValue, LLValue) throws -> LLValue
  /// For float sums and products: the plain operation (scalars or vectors),
  /// applied in the fixed order (OrderedReduction.swift); `initial` is its identity.
  var ordered: ((LLValue, LLValue) -> LLValue)? = nil
}

/// Makes the combiner of a reduction for a dtype (`empty`: every group is empty).
typealias CombinerRule = @Sendable (KernelEmitter, DType, _ empty: Bool) throws -> Combiner

/// For an op with regions: which region runs (an i64 in `0..<count`), from
/// its operands' first elements (loaded by the caller; i1 as LLVM i1).
typealias RegionSelector = @Sendable (LLContext, LLBuilder, _ first: LLValue, _ dtype: DType, _ count: Int) -> LLValue

/// The loops Codegen emits (LoopLowering.swift).
enum LoopKind: Sendable {
  case scan
  case whileLoop
}

enum OpLowering: Sendable {
  /// An element rule; `typeOperand` is the operand whose dtype the rule sees
  /// as `ElementOp.operandDType`.
  case element(ScalarRule, typeOperand: Int)
  case index(IndexRule)
  /// An index rule whose indices are loaded operand values (clamped into range).
  case dynamicIndex(IndexRule)
  case reduction(CombinerRule)
  /// argmax (`max` true) or argmin.
  case argReduction(max: Bool)
  case contraction
  /// An op with regions: the entry point runs the region `select` picks.
  case regions(RegionSelector)
  /// scatter_add's kernel (KernelEmitter.emitScatter).
  case scatter
  /// A loop in the entry point calling its body each trip (LoopLowering.swift).
  case loop(LoopKind)
  /// A scan along one axis with this step (KernelEmitter.emitCumulative).
  case cumulative(ScanStepRule)
  /// conv: a runtime call, im2col + GEMM (ConvolutionKernel.swift).
  case convolution
  /// A stable sort of each row (KernelEmitter.emitSort).
  case sort

  /// The op class this lowering implements.
  var implements: Set<OpClass> {
    switch self {
    case .element: return [.elementwise]
    case .index: return [.indexMap, .constant]
    case .dynamicIndex: return [.dynamicIndex]
    case .reduction: return [.reduction]
    case .argReduction: return [.argReduction]
    case .contraction: return [.contraction]
    case .regions: return [.region]
    case .scatter: return [.scatter]
    case .loop: return [.region]
    case .cumulative: return [.cumulative]
    case .convolution: return [.convolution]
    case .sort: return [.sort]
    }
  }

  var kind: String {
    switch self {
    case .element: return "element"
    case .index: return "index map"
    case .dynamicIndex: return "dynamic index map"
    case .reduction: return "reduction kernel"
    case .argReduction: return "arg-reduction kernel"
    case .contraction: return "contraction kernel"
    case .regions: return "region dispatch"
    case .scatter: return "scatter kernel"
    case .loop: return "region loop"
    case .cumulative: return "scan kernel"
    case .convolution: return "convolution kernel"
    case .sort: return "sort kernel"
    }
  }
}

/// The lowering of every op Codegen supports, by op name.
let opLowering: [String: OpLowering] = {
  var table: [String: OpLowering] = [:]
  for (name, rule) in scalarRules { table[name] = .element(rule, typeOperand: name == "select" ? 1 : 0) }
  let index: [String: IndexRule] = [
    "constant": { e, op, t, i in try e.constantValue(op, t, i) },
    "iota": { e, op, t, i in e.iotaValue(op, t, i) },
    "broadcast_in_dim": { e, op, t, i in try e.broadcastValue(op, t, i) },
    "reshape": { e, op, t, i in try e.reshapeValue(op, t, i) },
    "transpose": { e, op, t, i in try e.transposeValue(op, t, i) },
    "slice": { e, op, t, i in try e.sliceValue(op, t, i) },
    "reverse": { e, op, t, i in try e.reverseValue(op, t, i) },
    "pad": { e, op, t, i in try e.padValue(op, t, i) },
    "concatenate": { e, op, t, i in try e.concatValue(op, t, i) },
  ]
  for (name, rule) in index { table[name] = .index(rule) }
  table["reduce_sum"] = .reduction(sumCombiner)
  table["reduce_prod"] = .reduction(prodCombiner)
  table["reduce_max"] = .reduction(extremumCombiner(max: true))
  table["reduce_min"] = .reduction(extremumCombiner(max: false))
  table["argmax"] = .argReduction(max: true)
  table["argmin"] = .argReduction(max: false)
  table["dot_general"] = .contraction
  table["cond"] = .regions(condSelector)
  table["gather"] = .dynamicIndex { e, op, t, i in try e.gatherValue(op, t, i) }
  table["dynamic_slice"] = .dynamicIndex { e, op, t, i in try e.dynamicSliceValue(op, t, i) }
  table["dynamic_update_slice"] = .dynamicIndex { e, op, t, i in try e.dynamicUpdateSliceValue(op, t, i) }
  table["scatter_add"] = .scatter
  table["scan"] = .loop(.scan)
  table["while"] = .loop(.whileLoop)
  table["cumsum"] = .cumulative(sumStep)
  table["cumprod"] = .cumulative(prodStep)
  table["cummax"] = .cumulative(extremumStep(max: true))
  table["cummin"] = .cumulative(extremumStep(max: false))
  table["conv"] = .convolution
  table["sort"] = .sort
  return table
}()

/// `cond`: an i1 predicate runs region 0 (`then`) when true, 1 (`else`)
/// when false; an i32 index runs branch k, clamped into `0..<count`.
private let condSelector: RegionSelector = { ctx, b, first, dtype, count in
  let i64 = ctx.i64
  if dtype == .i1 { return b.select(first, ctx.constInt(i64, 0), ctx.constInt(i64, 1)) }
  let k = b.sext(first, to: i64)
  let low = b.select(b.icmp(.slt, k, ctx.constInt(i64, 0)), ctx.constInt(i64, 0), k)
  let last = ctx.constInt(i64, Int64(count - 1))
  return b.select(b.icmp(.sgt, low, last), last, low)
}

// MARK: Reduction combiners (float sums and products in the fixed order, no fast-math flags)

private let sumCombiner: CombinerRule = { e, d, empty in
  let t = e.llType(d)
  // -0 is the exact identity (the interpreter's start); an empty sum is +0.
  let initial = d.isFloat ? e.ctx.constFloat(t, empty ? 0.0 : -0.0) : e.ctx.constInt(t, 0)
  let plain: (LLValue, LLValue) -> LLValue = d.isFloat ? { a, x in e.b.fadd(a, x) } : { a, x in e.b.add(a, x) }
  return Combiner(initial: initial, combine: plain, ordered: d.isFloat ? plain : nil)
}

private let prodCombiner: CombinerRule = { e, d, _ in
  let t = e.llType(d)
  let plain: (LLValue, LLValue) -> LLValue = d.isFloat ? { a, x in e.b.fmul(a, x) } : { a, x in e.b.mul(a, x) }
  return Combiner(initial: d.isFloat ? e.ctx.constFloat(t, 1) : e.ctx.constInt(t, 1), combine: plain,
                  ordered: d.isFloat ? plain : nil)
}

/// reduce_max / reduce_min: NaN-propagating, -0 < +0 (llvm.maximum/minimum).
private func extremumCombiner(max: Bool) -> CombinerRule {
  { e, d, _ in
    let t = e.llType(d)
    let initial: LLValue
    if d.isFloat {
      initial = e.ctx.constFloat(t, max ? -.infinity : .infinity)
    } else if max {
      initial = e.ctx.constInt(t, d == .i32 ? Int64(Int32.min) : Int64.min)
    } else {
      initial = e.ctx.constInt(t, d == .i32 ? Int64(Int32.max) : Int64.max)
    }
    return Combiner(initial: initial) { a, x in
      if d.isFloat { return try e.scalar.intrinsic(max ? "llvm.maximum" : "llvm.minimum", t, [a, x]) }
      return e.b.select(e.b.icmp(max ? .sgt : .slt, x, a), x, a)
    }
  }
}

// MARK: Coverage

/// The lowering column of `ftc rules` for `op`: its kind, or nil if it has none.
public func loweringKind(of op: OpDef) -> String? {
  opLowering[op.name]?.kind
}

/// One line per op that needs a lowering and has none, or whose lowering does
/// not implement its class (empty when every op is covered).
public func loweringCoverage(_ ops: [OpDef]) -> [String] {
  var out: [String] = []
  for op in ops {
    guard let cls = op.opClass, cls.needsLowering else { continue }
    guard let l = opLowering[op.name] else {
      out.append("\(op.name): no lowering in Codegen")
      continue
    }
    if !l.implements.contains(cls) {
      out.append("\(op.name): its lowering (\(l.kind)) does not implement its class (\(cls.rawValue))")
    }
  }
  return out
}

/// Every gap in the rules and the lowering of `ops` (semantics, JVP,
/// transpose, batching, class, lowering).
public func coverageGaps(_ ops: [OpDef] = OpRegistry.all) -> [String] {
  RuleCoverage.missing(ops) + loweringCoverage(ops)
}

/// The table behind `ftc rules`: `RuleCoverage.table` with a lowering column.
public func coverageTable(_ ops: [OpDef] = OpRegistry.all) -> String {
  RuleCoverage.table(ops, extra: ("lowering", { op in
    op.opClass?.needsLowering == false ? "n/a (inlined)" : loweringKind(of: op) ?? "MISSING"
  }))
}
