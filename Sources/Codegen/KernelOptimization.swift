/// How LLVM optimises each kernel's function, chosen per kernel from the
/// work it does (the largest tensor it reads or writes) against the largest
/// kernel of its function:
///
///   kernel over ≤ 4096 elements, and ≤ 1/64 of     ->  `optsize`: default<O3> without full
///   its function's largest kernel                      unrolling or interleaving of its loops
///   any other kernel, every entry function         ->  default<O3> as it is
///
/// Measured (release builds side by side, 2-core machine under load): only
/// W4 has kernels this rule marks (its [256,10] reductions beside
/// [256,784] products); its object shrinks 9837 -> 9693 bytes and its
/// llvm-opt + asm time does not change measurably, its run time neither.
/// Marking every small kernel (and entries whose kernels all are small)
/// cost run time where a function is all small kernels: W2's B=100 call
/// went 0.56 -> 0.69 µs. So kernels are only marked beside a much larger
/// one, whose run time hides theirs. `optsize` never changes results
/// (outputs compared bit for bit). Optimised LLVM IR (`ftc compile --emit
/// llvm`) shows the choice as the function attribute `optsize`.
import Backend
import FTIR

public enum KernelOptimization: Sendable, Equatable {
  /// default<O3> as it is: vectorized, interleaved, unrolled.
  case speed
  /// default<O3> with `optsize`: loops not unrolled, vectorized without
  /// runtime checks; much less code to optimise and generate.
  case size

  /// Kernels touching at most this many elements of any one tensor may be
  /// optimised for size...
  public static let smallKernelElements = 4096
  /// ...when their function has a kernel this many times larger.
  public static let largerKernelFactor = 64

  /// The largest number of elements kernel `k` reads or writes in one tensor.
  public static func elements(_ k: Kernel, in plan: FusionPlan) -> Int {
    let f = plan.function
    var largest = f.type(of: k.output).elementCount
    for i in k.ops {
      let op = f.body[i]
      for v in op.operands + op.results { largest = max(largest, f.type(of: v).elementCount) }
    }
    return largest
  }

  /// The largest `elements` over the kernels of `plan`.
  public static func largestKernel(in plan: FusionPlan) -> Int {
    plan.kernels.reduce(0) { max($0, elements($1, in: plan)) }
  }

  /// The choice for kernel `k` of `plan`, whose largest kernel has `largest` elements.
  public static func of(_ k: Kernel, in plan: FusionPlan, largest: Int) -> KernelOptimization {
    let n = elements(k, in: plan)
    let (scaled, overflow) = n.multipliedReportingOverflow(by: largerKernelFactor)
    return n <= smallKernelElements && !overflow && scaled <= largest ? .size : .speed
  }
}
