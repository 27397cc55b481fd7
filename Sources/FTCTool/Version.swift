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
    r.out(blasLine())
    return r
  }

  /// The BLAS that float `dot_general` calls in this process and the core
  /// OpenBLAS chose for this CPU (looked up at run time; `ftc --version`,
  /// `ftc run --verbose`).
  static func blasLine() -> String {
    if let blas = HostInfo.openBLAS() { return "BLAS: \(blas.config) (core \(blas.core))" }
    return "BLAS: not OpenBLAS (openblas_get_config/openblas_get_corename not found in this process)"
  }
}
