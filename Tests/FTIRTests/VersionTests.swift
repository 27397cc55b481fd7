import Foundation
import Testing

import FTCTool

/// `ftc --version`: ftc's version, LLVM's, the host CPU and its vectors, the BLAS.
@Suite struct VersionTests {
  /// The vector width /proc/cpuinfo implies (independently of LLVM).
  static var expectedVectorBits: Int {
    let flags = CompileCommandTests.hostFlags
    return flags.contains("avx512f") ? 512 : flags.contains("avx2") ? 256 : 128
  }

  @Test func versionNamesFtcLLVMTheCPUAndTheBLAS() throws {
    let r = Commands.version()
    #expect(r.status == 0 && r.stderr.isEmpty)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    try #require(lines.count == 4, "\(r.stdout)")
    #expect(lines[0] == "ftc \(Commands.ftcVersion)")
    #expect(Commands.ftcVersion.split(separator: ".").count == 3)
    #expect(lines[1].hasPrefix("LLVM 19."), "\(lines[1])")
    #expect(lines[2].hasPrefix("host CPU: ") && lines[2].hasSuffix(", \(Self.expectedVectorBits)-bit vectors"), "\(lines[2])")
    #expect(!lines[2].contains("host CPU: host") && !lines[2].contains("unknown"), "\(lines[2])")
    // OpenBLAS's own strings: its version and the kernel core chosen for this CPU.
    #expect(lines[3].hasPrefix("BLAS: OpenBLAS 0.") && lines[3].range(of: #"\(core \w+\)$"#, options: .regularExpression) != nil,
            "\(lines[3])")
  }

  @Test func theExecutablePrintsTheSame() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let r = try runProgram(ftc, ["--version"])
    #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
    #expect(r.stdout == Commands.version().stdout)
    // Without --version or a subcommand: the usage, which lists --version.
    let bare = try runProgram(ftc, [])
    #expect(bare.status == 0 && bare.stdout.contains("--version"), "\(bare.stdout)\(bare.stderr)")
  }
}
