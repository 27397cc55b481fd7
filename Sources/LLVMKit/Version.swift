/// The version of the LLVM library ftc is linked with (`LLVMGetVersion`).
import CLLVM

public enum LLVMVersion {
  /// `major.minor.patch`, e.g. `19.1.7`.
  public static var string: String {
    var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
    LLVMGetVersion(&major, &minor, &patch)
    return "\(major).\(minor).\(patch)"
  }
}
