/// Which float matrix products run as generated loops and which call
/// OpenBLAS, per call site, by size class (measured on this machine; the
/// table is below).
///
///     dot_general f32[16,32] · f32[32,64]    ==>   generated loops (16·64·32 = 32K multiply-adds)
///     dot_general f32[256,784] · f32[784,512] ==>  cblas_sgemm

/// How float contractions run: by size class (the default), or all one way
/// (`ftc compile --gemm loops|blas`, for measuring one against the other).
public enum ContractionChoice: String, Sendable, Hashable, CaseIterable {
  case bySize = "size"
  case loops
  case blas
}

/// Float contractions with at most this many multiply-adds use generated loops.
public let smallProduct = 1 << 15

/// Generated loops or BLAS for one GEMM batch (`transB`: B read as [N, K]).
func usesGeneratedLoops(batch: Int, m: Int, n: Int, k: Int, transB: Bool, _ target: Target) -> Bool {
  switch target.contractions {
  case .loops: return true
  case .blas: return false
  case .bySize:
    guard let work = multiplyAdds(batch, m, n, k) else { return false }
    return work <= smallProduct
  }
}

/// batch·m·n·k, or nil when it overflows.
func multiplyAdds(_ xs: Int...) -> Int? {
  var p = 1
  for x in xs {
    let (q, overflow) = p.multipliedReportingOverflow(by: x)
    if overflow { return nil }
    p = q
  }
  return p
}
