/// What compiled code is made with and runs on here: the LLVM version, the host CPU as LLVM names it, the
/// vector width ftc schedules for, and the BLAS library that float
/// `dot_general` calls (found by name in the running process, so a BLAS
/// other than OpenBLAS is reported rather than assumed).

import LLVMKit

#if canImport(Glibc)
import Glibc
#endif

public enum HostInfo {
  /// The LLVM library's version, e.g. `19.1.7`.
  public static var llvmVersion: String { LLVMVersion.string }

  /// The host CPU (`sapphirerapids`, ...) and its widest vectors in bits.
  public static func cpu() throws -> (name: String, vectorBits: Int) {
    let target = scheduleTarget(try TargetMachine(cpu: "host"))
    return (target.cpu, target.vectorBits)
  }

  /// OpenBLAS's build configuration and the kernel core it picked for this
  /// CPU (`openblas_get_config()`, `openblas_get_corename()`), or nil when the
  /// BLAS in this process is not OpenBLAS.
  public static func openBLAS() -> (config: String, core: String)? {
    guard let config = cString(from: "openblas_get_config"), let core = cString(from: "openblas_get_corename")
    else { return nil }
    return (config, core)
  }

  /// Calls the `char *(void)` function `symbol` of this process, if there is one.
  private static func cString(from symbol: String) -> String? {
    typealias Getter = @convention(c) () -> UnsafePointer<CChar>?
    guard let process = dlopen(nil, RTLD_NOW) else { return nil }
    defer { dlclose(process) }
    guard let address = dlsym(process, symbol), let text = unsafeBitCast(address, to: Getter.self)() else { return nil }
    let s = String(cString: text)
    return String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
