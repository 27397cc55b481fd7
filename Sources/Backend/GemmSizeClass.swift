/// Which float matrix products run as generated loops and which call
/// OpenBLAS, per call site, by size class (measured on this machine; the
/// table is below).
///
///     dot_general f32[16,16] · f32[16,16]    ==>   generated loops (4K multiply-adds, B [K, N])
///     dot_general f32[32,32] · f32[32,32]    ==>   cblas_sgemm
///
/// Outer products (K = 1) never get here: the simplifier makes them a
/// `mul` of broadcasts (FTIR/Ops/OuterProduct.swift), fused with their
/// neighbours.

import FTIR

/// How float contractions run: by size class (the default), or all one way
/// (`ftc compile --gemm loops|blas`, for measuring one against the other).
public enum ContractionChoice: String, Sendable, Hashable, CaseIterable {
  case bySize = "size"
  case loops
  case blas
}

/// The loop form of a GEMM (Codegen/ContractionLoops.swift): dot products
/// when B is read as [N, K] or C is a column (N = 1: B [K, 1] is the same
/// memory as [1, K]); row updates otherwise (K = 1 included: B [N, 1] is
/// [1, N]).
extension GemmPlan {
  public var usesDotProducts: Bool { k > 1 && (transB || n == 1) }
}

/// Size classes, measured with Tools/bench/gemm/sizes.py (1 thread, µs per
/// call, median of 11 alternating rounds, load ~10 on 2 cores; OpenBLAS
/// 0.3.21, core SkylakeX; loops = this file's generated loops):
///
///     M×N×K (batch)          f32 loops  BLAS    f64 loops  BLAS
///     7³                     0.026   0.030      0.033   0.030
///     8³                     0.009   0.034      0.012   0.036
///     16³                    0.064   0.089      0.124   0.135
///     17³                    0.106   0.199      0.183   0.216
///     32³                    0.576   0.447      1.111   0.732
///     64³                    4.97    3.18       9.89    6.57
///     128³                   50.1    30.8       102     70.6
///     8³ Bᵀ (dot products)   0.053   0.089
///     16³ Bᵀ                 0.274   0.189
///     32×(128×10), K=1       3.84    4.67   (per-sample outer products, W3)
///     1024×(64×128), K=1     10200   11000  (bandwidth-bound: 32 MiB written)
///     32×10×128 (W3)         3.32    1.10
///
/// Row updates win up to about 17³ and lose 1.3–1.6× from 32³ on (OpenBLAS
/// packs panels and has a wider register tile); dot products lose from 16³;
/// the K = 1 rows were outer products, which are now fused multiplies.
public let rowUpdateLimit = 8192
public let dotProductLimit = 2048

/// Generated loops or BLAS for one GEMM batch (per call: M·N·K multiply-adds).
func usesGeneratedLoops(_ g: GemmPlan, _ target: Target) -> Bool {
  switch target.contractions {
  case .loops: return true
  case .blas: return false
  case .bySize:
    guard let work = checkedProduct([g.m, g.n, g.k]) else { return false }
    return work <= (g.usesDotProducts ? dotProductLimit : rowUpdateLimit)
  }
}
