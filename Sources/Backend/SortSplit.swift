/// How a `sort` kernel's rows are split over threads. The rows (every index
/// of the dims other than the sorted one) are walked by a loop nest whose
/// outermost loop runs over the first unsorted dim; above the parallel
/// threshold that loop is handed to the pool in at most `maxSortChunks`
/// chunks, and each chunk sorts in its own copy of the scratch permutations
/// (chunk k at copy k = begin / chunk).
///
///     sort f32[64, 4096], dimension=1   ->  outer 64, chunks of 4 rows, 16 scratch copies of 2·4096 i64
///     sort f32[4096], dimension=0       ->  outer 1: one row, on the calling thread
import FTIR

/// At most this many chunks (and scratch copies) per sort.
public let maxSortChunks = 16

public struct SortSplit: Equatable, Sendable {
  /// Iterations of the outermost row loop (the first dim other than the sorted one; 1 without one).
  public var outer: Int
  /// Outer iterations per chunk handed to the pool, or nil: on the calling thread.
  public var chunk: Int?
  /// Copies of the scratch permutations: one per chunk.
  public var copies: Int { chunk.map { (outer + $0 - 1) / $0 } ?? 1 }
}

/// The split of a sort of operands of type `t` along `dimension`.
public func sortSplit(_ t: TensorType, dimension: Int) -> SortSplit {
  let outer = t.shape.indices.first { $0 != dimension }.map { t.shape[$0] } ?? 1
  let total = t.elementCount
  guard total >= parallelThreshold, outer >= 2 else { return SortSplit(outer: outer, chunk: nil) }
  // About 16K elements per chunk, and no more than maxSortChunks chunks.
  let perOuter = max(1, total / outer)
  let chunk = max(1, (1 << 14) / perOuter, (outer + maxSortChunks - 1) / maxSortChunks)
  return SortSplit(outer: outer, chunk: chunk < outer ? chunk : nil)
}
