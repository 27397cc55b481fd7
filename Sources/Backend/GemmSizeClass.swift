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
/// the remaining full vectors, then one vector of the narrowest power of
/// two that holds the remaining columns, moved back to end at column N (it
/// recomputes a few columns: the same bits, each lane summing in the same
/// order). A row narrower than a vector: a vector of the widest power of
/// two that fits, and the same moved back to end at N. N = 100, 16 lanes,
/// 4 vectors: [0, 64) as one tile, [64, 96) as two vectors, [96, 100) as
/// one of 4; N = 10: [0, 8) and [2, 10). At most three tile codes.
public func columnSegments(n: Int, lanes: Int, vectors: Int) -> [ColumnSegment] {
  guard n > 0 else { return [] }
  var out: [ColumnSegment] = []
  let full = n / (lanes * vectors)
  if full > 0 { out.append(ColumnSegment(start: 0, blocks: full, vectors: vectors, width: lanes)) }
  var start = full * lanes * vectors
  let rest = (n - start) / lanes
  if rest > 0 {
    out.append(ColumnSegment(start: start, blocks: 1, vectors: rest, width: lanes))
    start += rest * lanes
  }
  guard start < n else { return out }
  var w = 1
  if start > 0 {
    while w < n - start { w *= 2 }  // ≤ lanes ≤ start: fits before N
  } else {
    while w * 2 <= n { w *= 2 }
    out.append(ColumnSegment(start: 0, blocks: 1, vectors: 1, width: w))
    if w == n { return out }
  }
  out.append(ColumnSegment(start: n - w, blocks: 1, vectors: 1, width: w))
  return out
}

/// The M rows in `blocks` equal blocks of `rows` ≤ the tile's rows, the
/// last moved back to end at M (M = 8, tile 6: two blocks of 4; M = 100:
/// 17 blocks of 6, the last from row 94).
public func gemmRowBlocks(m: Int, tileRows: Int) -> (blocks: Int, rows: Int) {
  guard m > 0 else { return (0, tileRows) }
  let blocks = (m + tileRows - 1) / tileRows
  return (blocks, (m + blocks - 1) / blocks)
}

public func gemmRegisterTile(_ g: GemmPlan, _ target: Target, _ d: DType) -> RegisterTile {
  let regs = target.vectorRegisters
  let maxVectors = regs >= 32 ? 4 : 2
  let vectors = max(1, min(maxVectors, g.n / target.lanes(d)))
  let rows = max(1, min(8, (regs - vectors - 2) / vectors))
  return RegisterTile(rows: rows, vectors: vectors)
}

/// Size classes, measured with Tools/bench/gemm/sizes.py (µs per call,
/// median of 21 alternating rounds, load 1.8–2.6 on 2 cores; OpenBLAS
/// 0.3.21, core SkylakeX; loops = this file's register tiles, 6×4 vectors
/// of 16 f32 / 8 f64; before = the earlier loops, 4 rows × 1 vector):
///
///                        1 thread                     2 threads (BLAS threaded, loops not)
///     M×N×K           f32 loops  BLAS  before   f64 loops  BLAS     f32 loops  BLAS    f64 loops  BLAS
///     8³              0.015   0.068   0.016     0.019   0.069       0.010   0.133      0.013   0.039
///     16³             0.092   0.156   0.101     0.150   0.212       0.058   0.089      0.099   0.139
///     17³             0.227   0.444   0.260     0.288   0.365       0.134   0.200      0.169   0.220
///     32³             0.601   0.719   0.807     1.102   1.302       0.369   0.411      0.737   0.831
///     33³             1.069   0.933   1.399     1.580   1.623       0.627   1.487      1.164   1.009
///     64³             4.42    4.95    6.82      10.7    12.2        2.76    2.89       5.55    5.79
///     96³             15.6    17.1    24.6      34.6    36.2        9.07    9.56       18.6    19.1
///     100³            20.9    19.6    42.0      31.3    32.4        13.1    12.4       24.9    23.5
///     128³            40.8    45.5    64.5      55.5    70.5        23.0    36.3       46.5    74.5
///     256³            310     321     532       473     486         182     150        381     538
///     64³ Aᵀ          2.86    2.95    4.99                          2.79    2.93
///     100³ Aᵀ (W7)    13.8    11.6    28.9                          13.8    11.6
///     128³ Aᵀ         28.8    31.5    61.2                          37.6    48.9
///     64³ Bᵀ          3.38    5.08    13.6   (B copied into [K, N])  3.37    5.08
///     128³ Bᵀ         31.5    35.5    128                           40.9    47.9
///     32×10×128 (W3)  1.24    1.10           (N = 10: narrower than a vector)
///     1024×10×128     42.7    53.1
///     256×10×512 (W4) 40.1    51.0
///     512×10×256 Aᵀ   72.5    44.5           (W4: narrow and A transposed)
///     256×512×512     789     861            (W4; BLAS threads there)
///
/// Register tiles win or tie up to 128³ on one thread and on two (where
/// OpenBLAS threads a product of this size); at 256³ BLAS's two threads win.
/// A C row narrower than one vector with A transposed (A read a column of
/// rows per k) loses from about 10⁶ multiply-adds: such products keep the
/// earlier, small limit. Dot products (a column) keep theirs.
///
/// The limit is 2¹⁶ multiply-adds (40³), not the 128³ where the tiles
/// still win: each call site of register tiles (with its epilogue) costs
/// about 25 ms of LLVM optimisation and code generation (W3 with every
/// product as tiles: llvm-opt 117 ms, asm 52 ms, `ftc compile` 0.20–0.25 s;
/// with BLAS: 38 and 24 ms), and the compile target is 0.15 s per
/// workload. Between 40³ and 128³ the tiles gain 5–15% per call over BLAS
/// (table); at 100³ with A transposed (W7's hessian) BLAS wins. With this
/// limit W3 and W4 compile in 0.15–0.19 s under load (W7 0.06 s).
public let rowUpdateLimit = 1 << 16
public let narrowTransposedLimit = 8192
public let dotProductLimit = 2048

/// Generated loops or BLAS for one GEMM batch (per call: M·N·K multiply-adds).
func usesGeneratedLoops(_ g: GemmPlan, _ dtype: DType, _ target: Target) -> Bool {
  switch target.contractions {
  case .loops: return true
  case .blas: return false
  case .bySize:
    guard let work = checkedProduct([g.m, g.n, g.k]) else { return false }
    if g.usesDotProducts { return work <= dotProductLimit }
    let narrow = g.n < target.lanes(dtype)
    return work <= (narrow && g.transA ? narrowTransposedLimit : rowUpdateLimit)
  }
}
