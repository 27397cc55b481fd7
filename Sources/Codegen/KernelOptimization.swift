/// How LLVM optimises each kernel's function, chosen per kernel from the
/// work it does (the largest tensor it reads or writes):
///
///   kernel over ≤ 4096 elements   ->  `optsize`: default<O3> without full
///                                     unrolling or interleaving of its loops
///   larger kernels                ->  default<O3> as it is
///   an entry function             ->  `optsize` when all its kernels are
///                                     (kernels it calls directly are inlined)
///
/// Measured (Tools/bench, W4): the O3 pipeline fully unrolls constant-trip
/// loops of small kernels (a 256-element reduction became 8.5 KB of the
/// module's 11 KB of code); optimising and generating that code was most of
/// the llvm-opt and asm stages, for kernels that run well under a
/// microsecond either way. `ftc dump --after llvm` shows the choice as the
/// function attribute `optsize`.
import Backend
import FTIR

public enum KernelOptimization: Sendable, Equatable {
  /// default<O3> as it is: vectorized, interleaved, unrolled.
  case speed
  /// default<O3> with `optsize`: loops vectorized without runtime checks, not
  /// unrolled; much less code to optimise and generate.
  case size

  /// Kernels touching at most this many elements of any one tensor are
  /// optimised for size.
  public static let smallKernelElements = 4096

  /// The choice for kernel `k` of `plan`.
  public static func of(_ k: Kernel, in plan: FusionPlan) -> KernelOptimization {
    let f = plan.function
    var largest = f.type(of: k.output).elementCount
    for i in k.ops {
      let op = f.body[i]
      for v in op.operands + op.results { largest = max(largest, f.type(of: v).elementCount) }
    }
    return largest <= smallKernelElements ? .size : .speed
  }

  /// The choice for a function's entry: for size when all its kernels are
  /// (LLVM inlines kernels called on the calling thread into the entry,
  /// where the entry's choice applies to them).
  public static func of(entry plan: FusionPlan) -> KernelOptimization {
    plan.kernels.allSatisfy { of($0, in: plan) == .size } ? .size : .speed
  }
}
