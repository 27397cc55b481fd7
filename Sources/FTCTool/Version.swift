/// `ftc --version`: ftc's version and what it compiles with and for here.
///
///     ftc 0.2.0
///     LLVM 19.1.7
///     host CPU: sapphirerapids, 512-bit vectors
///     BLAS: OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY SkylakeX MAX_THREADS=64 (core SkylakeX)

import Codegen

extension Commands {
  /// The version of ftc.
  public static let ftcVersion = "0.2.0"

  public static func version() -> ToolResult {
    var r = ToolResult()
    r.out("ftc \(ftcVersion)")
    r.out("LLVM \(HostInfo.llvmVersion)")
    do {
      let cpu = try HostInfo.cpu()
      r.out("host CPU: \(cpu.name), \(cpu.vectorBits)-bit vectors")
    } catch {
      r.out("host CPU: unknown (\(error))")
    }
    if let blas = HostInfo.openBLAS() {
      r.out("BLAS: \(blas.config) (core \(blas.core))")
    } else {
      r.out("BLAS: not OpenBLAS (openblas_get_config not found)")
    }
    return r
  }
}
