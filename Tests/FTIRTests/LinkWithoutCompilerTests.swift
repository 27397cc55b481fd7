import Foundation
import Testing

/// `ftc compile` runs no C compiler: with a PATH holding only binutils' `ld`
/// (bfd: the fallback when there is no `ld.gold`), `objcopy` and `ar` (and
/// FTC_CC unset), it makes a shared object that
/// exports the example's functions, and a static library; `FTC_CC` on that
/// PATH names a compiler driver that does not exist there, which is an error.
@Suite struct LinkWithoutCompilerTests {
  static let example = Repo.path("IR/examples/softmax.ftir")

  @Test func compilesWithOnlyBinutilsOnPath() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let bin = dir.file("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: false)
    for tool in ["ld", "objcopy", "ar"] {
      let target = try #require(findOnPath(tool), "\(tool) is not installed")
      try FileManager.default.createSymbolicLink(atPath: bin + "/" + tool, withDestinationPath: target)
    }
    let env: [String: String?] = ["PATH": bin, "FTC_CC": nil]
    // gold, when installed, links the same object.
    if let gold = findOnPath("ld.gold") {
      try FileManager.default.createDirectory(atPath: dir.file("gold"), withIntermediateDirectories: false)
      try FileManager.default.createSymbolicLink(atPath: dir.file("gold/ld.gold"), withDestinationPath: gold)
      let withGold = try runProgram(ftc, ["compile", Self.example, "-o", dir.file("gold/libsoftmax.so")],
                                    environment: ["PATH": dir.file("gold") + ":" + bin, "FTC_CC": nil])
      #expect(withGold.status == 0 && withGold.stderr.isEmpty, "\(withGold.stderr)")
      #expect(FileManager.default.fileExists(atPath: dir.file("gold/libsoftmax.so")))
    }
    let so = try runProgram(ftc, ["compile", Self.example, "-o", dir.file("libsoftmax.so")], environment: env)
    #expect(so.status == 0 && so.stderr.isEmpty, "\(so.stderr)")
    let handle = try #require(dlopen(dir.file("libsoftmax.so"), RTLD_NOW | RTLD_LOCAL), "\(String(cString: dlerror()))")
    #expect(dlsym(handle, "softmax") != nil && dlsym(handle, "ftc_metadata") != nil)
    #expect(dlsym(handle, "ftc_rt_parallel_for") == nil)
    dlclose(handle)

    let lib = try runProgram(ftc, ["compile", Self.example, "-o", dir.file("libsoftmax.a"), "--emit", "lib"], environment: env)
    #expect(lib.status == 0 && lib.stderr.isEmpty, "\(lib.stderr)")
    #expect(FileManager.default.fileExists(atPath: dir.file("libsoftmax.a")))

    let driver = try runProgram(ftc, ["compile", Self.example, "-o", dir.file("other.so")], environment: ["PATH": bin, "FTC_CC": "cc"])
    #expect(driver.status == 2 && driver.stderr.contains("'cc' not found on PATH") && driver.stderr.contains("FTC_CC"), "\(driver.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.file("other.so")))
  }
}
