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
/// when C is a column (N = 1: B [K, 1] is the same memory as [1, K]); row
/// updates otherwise, a transposed B copied into [K, N] first
/// (`loopLayout`).
extension GemmPlan {
  public var usesDotProducts: Bool { k > 1 && n == 1 }

  /// The plan generated loops run: a B stored [N, K] (N > 1) is copied into
  /// [K, N] scratch (N·K loads and stores beside M·N·K multiply-adds), so
  /// register tiles load rows of B as vectors of C's columns.
  func loopLayout() -> GemmPlan {
    var g = self
    if g.transB && g.n > 1 { (g.transB, g.copyB) = (false, true) }
    return g
  }
}

/// The register tile of row updates: `rows` rows of C × `vectors` vectors
/// of the target's width, summed in registers through the k loop. From the
/// target, never this machine: x86 has 32 vector registers with AVX-512
/// and 16 without; the tile keeps rows·vectors sums, `vectors` B vectors
/// and one broadcast A element live, with a register to spare. At most 4
/// vectors (as many as C's row holds) and 8 rows: 6×4 with 32 registers,
/// 6×2 with 16; narrower rows get more rows (8×2 for 32 columns of f32).
public struct RegisterTile: Sendable, Hashable {
  public var rows: Int, vectors: Int
}

extension Target {
  /// Vector registers of the target's widest vector width.
  public var vectorRegisters: Int { vectorBits >= 512 ? 32 : 16 }
}

/// Columns `start ..< start + blocks·vectors·width` of C, in `blocks`
/// register tiles of `vectors` vectors of `width` columns.
public struct ColumnSegment: Sendable, Hashable {
  public var start: Int, blocks: Int, vectors: Int, width: Int
}

/// Full tiles of `vectors` vectors of `lanes` columns, then one tile of
/// the remaining full vectors, then one vector of each narrower power of
/// two the remaining columns need (N = 100, 16 lanes, 4 vectors:
/// [0, 64) as one tile, [64, 96) as two vectors, [96, 100) as one of 4).
public func columnSegments(n: Int, lanes: Int, vectors: Int) -> [ColumnSegment] {
  var out: [ColumnSegment] = []
  let full = n / (lanes * vectors)
  if full > 0 { out.append(ColumnSegment(start: 0, blocks: full, vectors: vectors, width: lanes)) }
  var start = full * lanes * vectors
  let rest = (n - start) / lanes
  if rest > 0 {
    out.append(ColumnSegment(start: start, blocks: 1, vectors: rest, width: lanes))
    start += rest * lanes
  }
  var w = lanes / 2
  while w >= 1 {
    if n - start >= w {
      out.append(ColumnSegment(start: start, blocks: 1, vectors: 1, width: w))
      start += w
    }
    w /= 2
  }
  return out
}

public func gemmRegisterTile(_ g: GemmPlan, _ target: Target, _ d: DType) -> RegisterTile {
  let regs = target.vectorRegisters
  let maxVectors = regs >= 32 ? 4 : 2
  let vectors = max(1, min(maxVectors, g.n / target.lanes(d)))
  let rows = max(1, min(8, (regs - vectors - 2) / vectors))
  return RegisterTile(rows: rows, vectors: vectors)
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
