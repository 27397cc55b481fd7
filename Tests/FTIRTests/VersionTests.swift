import Foundation
import Testing

import FTCTool
@testable import FTIR

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

  /// `ftc run --verbose`: the results on stdout as without it, and on stderr
  /// how the function ran and the core OpenBLAS chose (looked up at run time).
  @Test func runVerboseNamesTheOpenBLASCore() throws {
    let dir = tempDir()
    let src = write("func @f(%x: f32[2]) -> f32[2] {\n  %y = add %x, %x : f32[2]\n  return %y\n}\n", dir, "f.ftir")
    let a = dir + "/a.npy"
    FileManager.default.createFile(atPath: a, contents: Data(writeNPY(HostTensor([1, 2] as [Float], shape: [2]))))
    let quiet = Commands.run(path: src, function: "f", inputs: [a], outputs: [], interpret: false)
    let loud = Commands.run(path: src, function: "f", inputs: [a], outputs: [], interpret: false, verbose: true)
    #expect(quiet.status == 0 && loud.status == 0 && quiet.stderr.isEmpty, "\(loud.stderr)")
    #expect(loud.stdout == quiet.stdout)
    let lines = loud.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "ran @f compiled (JIT)")
    #expect(lines.contains { $0.hasPrefix("BLAS: OpenBLAS 0.") && $0.range(of: #"\(core \w+\)$"#, options: .regularExpression) != nil },
            "\(loud.stderr)")
    let interp = Commands.run(path: src, function: "f", inputs: [a], outputs: [], interpret: true, verbose: true)
    #expect(interp.stderr == "ran @f in the reference interpreter (no BLAS)\n")
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
