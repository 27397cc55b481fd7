/// Fusion's decisions as typed values: why a value is materialized (a
/// `FusionBoundary`), and why a producer was not fused into a kernel that
/// reads it (a `FusionRefusal`). Tests assert these values; the `fuse` dump
/// prints their text:
///
///     %e = exp %x : f32[8]                       kernel #0 reduction -> %s
///     %s = reduce_sum %e, dims=[0] : f32[]  ==>    boundary .nonFusible(.reduction)  "result of a reduction"
///     %r = mul %s, %s : f32[]                    kernel #1 loop -> %r
///                                                  boundary .functionResult; reads %s: .boundary(.nonFusible(.reduction))

import FTIR

/// Why a value is materialized (a kernel's output) instead of fused into its readers.
public enum FusionBoundary: Sendable, Hashable, CustomStringConvertible {
  /// A result of the function.
  case functionResult
  /// Produced by an op of a class that is not fusible (a reduction, a
  /// contraction, an opaque op, ...): it has a kernel of its own.
  case nonFusible(OpClass?)
  /// An operand of an op that reads its operands from buffers
  /// (a contraction, a convolution, a sort, an op with regions).
  case bufferOperand(OpClass)
  /// Read by this many kernels, and not cheap to recompute in each.
  case sharedByKernels(Int)
  /// Read by a broadcast that repeats its elements: computed once, not per
  /// broadcast element.
  case expandingBroadcastOperand
  /// It ends a chain of this many fused ops (kernel emission walks a fused
  /// expression recursively, so the input must not choose its depth).
  case depthLimit(Int)

  public var description: String {
    switch self {
    case .functionResult: return "result of the function"
    case .nonFusible(let c): return nonFusibleText(c)
    case .bufferOperand(let c): return bufferOperandText(c)
    case .sharedByKernels(let n): return "used by \(n) kernels"
    case .expandingBroadcastOperand: return "operand of an expanding broadcast (computed once, not per broadcast element)"
    case .depthLimit(let n): return "fusion depth limit (\(n) ops fused in a chain)"
    }
  }
}

private func nonFusibleText(_ c: OpClass?) -> String {
  switch c {
  case .reduction, .argReduction: return "result of a reduction"
  case .contraction: return "result of a contraction"
  case .opaque: return "result of an opaque op"
  case .region: return "result of an op with regions"
  case .dynamicIndex: return "result of a dynamic index"
  case .scatter: return "result of a scatter"
  case .cumulative: return "result of a cumulative op"
  case .convolution: return "result of a convolution"
  case .sort: return "result of a sort"
  case .call: return "result of a call"
  case .elementwise, .indexMap, .constant, nil: return "result of an op without a fusible class"
  }
}

private func bufferOperandText(_ c: OpClass) -> String {
  switch c {
  case .contraction: return "operand of a contraction (BLAS reads buffers)"
  case .convolution: return "operand of a convolution (the runtime reads buffers)"
  case .sort: return "operand of a sort (read from buffers, each element many times)"
  case .region: return "operand of an op with regions (its regions read buffers)"
  default: return "operand of an op of class \(c.rawValue) (reads buffers)"
  }
}

/// The classes whose ops read their operands from buffers, never fused.
let bufferReadingClasses: Set<OpClass> = [.contraction, .convolution, .sort, .region]

/// Why a value a kernel reads was not fused into it (one per kernel input).
public enum FusionRefusal: Sendable, Hashable, CustomStringConvertible {
  /// A parameter of the function: it is a buffer already.
  case parameter
  /// The kernel's op reads its operands from buffers (a contraction,
  /// a convolution, a sort, an op with regions).
  case readsBuffers(KernelKind)
  /// The producer is materialized for this reason.
  case boundary(FusionBoundary)

  public var description: String {
    switch self {
    case .parameter: return "parameter"
    case .readsBuffers(let k): return "a \(k.rawValue) kernel reads its operands from buffers"
    case .boundary(let b): return b.description
    }
  }
}
