import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool

#if canImport(Glibc)
import Glibc
#endif

/// `ftc compile` and `ftc run --out` failures (spec section 7: a clear
/// message, exit status 2, no file left behind, temporary ones included);
/// the `ftc` executable's exit statuses; the host's widest vectors in the
/// assembly.
@Suite struct CompileCommandTests {
  static let example = Repo.path("IR/examples/mlp.ftir")

  /// Files in `dir`, hidden ones (temporaries) included, and in its subdirectories.
  static func tree(_ dir: String) -> [String] {
    (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).sorted()
  }

  @Test func unwritableOutputsFailBeforeAnyWork() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let file = dir.file("a-file"), directory = dir.file("a-dir")
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    let before = Self.tree(dir.path)
    // (output, the message's end, status): tests run as root, so a path under a regular file is the
    // unwritable one; a directory is a refused destination (64).
    let cases = [
      (dir.file("missing/x.so"), "directory \(dir.file("missing")) does not exist", Int32(2)),
      (file + "/x.so", "\(file) is not a directory", 2),
      (directory, "it is a directory", 64),
    ]
    for emit in Commands.EmitKind.allCases {
      for (output, reason, status) in cases {
        let r = Commands.compile(path: Self.example, output: output, emit: emit)
        #expect(r.status == status && r.stdout.isEmpty, "--emit \(emit) -o \(output)")
        #expect(r.stderr == "ftc: error: cannot write \(output): \(reason)\n", "\(r.stderr)")
        // The header too: the output is not written when the header cannot be.
        let h = Commands.compile(path: Self.example, output: dir.file("out." + emit.rawValue), header: output, emit: emit)
        #expect(h.status == status && h.stderr == "ftc: error: cannot write \(output): \(reason)\n", "\(h.stderr)")
      }
    }
    #expect(Self.tree(dir.path) == before)
    let same = Commands.compile(path: Self.example, output: dir.file("x.so"), header: dir.file("x.so"))
    #expect(same.status == 64)
    #expect(Self.tree(dir.path) == before)
  }

  @Test func linkerAndLLVMFailures() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let out = dir.file("lib.so"), header = dir.file("lib.h")
    // No such C compiler (FTC_CC), by path and by name.
    let byPath = Commands.compile(path: Self.example, output: out, header: header, cc: "/nonexistent/bin/cc")
    #expect(byPath.status == 2)
    #expect(byPath.stderr.hasPrefix("ftc: error: C compiler not found: /nonexistent/bin/cc") && byPath.stderr.contains("FTC_CC"),
            "\(byPath.stderr)")
    let byName = Commands.compile(path: Self.example, output: out, header: header, cc: "no-such-cc-for-ftc")
    #expect(byName.status == 2 && byName.stderr.contains("'no-such-cc-for-ftc' not found on PATH") && byName.stderr.contains("FTC_CC"),
            "\(byName.stderr)")
    // A C compiler that fails.
    let failing = Commands.compile(path: Self.example, output: out, header: header, cc: "/bin/false")
    #expect(failing.status == 2 && failing.stderr.contains("/bin/false failed"), "\(failing.stderr)")
    // LLVM fails: an unknown CPU, for every kind of output.
    for emit in Commands.EmitKind.allCases {
      let r = Commands.compile(path: Self.example, output: out, header: header, emit: emit,
                               config: CompileConfig(cpu: "no-such-cpu"))
      #expect(r.status == 2 && r.stderr.hasPrefix("ftc: error: unknown target CPU 'no-such-cpu'"), "\(r.stderr)")
    }
    #expect(Self.tree(dir.path).isEmpty, "\(Self.tree(dir.path))")
    // An error in the input is status 1, and writes nothing either.
    let bad = dir.file("bad.ftir")
    try "func @f(%x: f32[2]) -> f32[3] {\n  return %x\n}\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let input = Commands.compile(path: bad, output: out, header: header)
    #expect(input.status == 1 && input.stderr.hasPrefix("\(bad):"), "\(input.stderr)")
    #expect(Self.tree(dir.path) == ["bad.ftir"])
  }

  @Test func successWritesEveryOutputAndNoTemporaries() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    for emit in Commands.EmitKind.allCases {
      let out = dir.file("mlp." + emit.rawValue)
      // Twice: the second replaces the first.
      for _ in 0..<2 {
        let r = Commands.compile(path: Self.example, output: out, header: dir.file("mlp.\(emit.rawValue).h"), emit: emit,
                                 config: CompileConfig(cpu: "x86-64-v3"))
        #expect(r.status == 0 && r.stdout.isEmpty && r.stderr.isEmpty, "\(r.stderr)")
      }
    }
    #expect(Self.tree(dir.path) == ["mlp.asm", "mlp.asm.h", "mlp.lib", "mlp.lib.h", "mlp.llvm", "mlp.llvm.h", "mlp.obj", "mlp.obj.h", "mlp.so", "mlp.so.h"])
    #expect(try String(contentsOfFile: dir.file("mlp.llvm"), encoding: .utf8).contains("define i32 @loss("))
    #expect(try String(contentsOfFile: dir.file("mlp.asm"), encoding: .utf8).contains("loss:"))
    #expect(FileManager.default.contents(atPath: dir.file("mlp.obj"))?.prefix(4) == Data([0x7F, 0x45, 0x4C, 0x46]))
    #expect(FileManager.default.contents(atPath: dir.file("mlp.so"))?.prefix(4) == Data([0x7F, 0x45, 0x4C, 0x46]))
  }

  @Test func runOutFailuresWriteNoResult() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let src = dir.file("f.ftir")
    try "func @f(%x: f32[2]) -> (f32[2], f32[2]) {\n  %y = add %x, %x : f32[2]\n  return %y, %x\n}\n"
      .write(toFile: src, atomically: true, encoding: .utf8)
    let a = dir.file("a.npy")
    try Data(writeNPY(HostTensor([1, 2] as [Float], shape: [2]))).write(to: URL(fileURLWithPath: a))
    let file = dir.file("a-file")
    try Data().write(to: URL(fileURLWithPath: file))
    let before = Self.tree(dir.path)
    for interpret in [false, true] {
      // The first output is fine, the second not: neither is written.
      for bad in [file + "/r.npy", dir.file("missing/r.npy"), dir.path] {
        let r = Commands.run(path: src, function: "f", inputs: [a], outputs: [dir.file("r0.npy"), bad], interpret: interpret)
        #expect(r.status == (bad == dir.path ? 64 : 2) && r.stderr.hasPrefix("ftc: error: cannot write \(bad): "), "\(r.stderr)")
      }
    }
    #expect(Self.tree(dir.path) == before)
    let ok = Commands.run(path: src, function: "f", inputs: [a], outputs: [dir.file("r0.npy"), dir.file("r1.npy")], interpret: false)
    #expect(ok.status == 0)
    #expect(Self.tree(dir.path) == (before + ["r0.npy", "r1.npy"]).sorted())
  }

  /// The built `ftc` next to the test bundle (both are products of `swift build --build-tests`).
  static func ftcExecutable() -> String? {
    var candidates: [String] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("ftc").path)
    }
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("ftc").path)
    candidates.append(Repo.path(".build/debug/ftc"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test func theFtcExecutable() throws {
    let ftc = try #require(Self.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let tmp = dir.file("tmp"), out = dir.file("out")
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: false)
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
    let env: [String: String?] = ["TMPDIR": tmp, "FTC_CC": nil]
    // Usage errors: 64.
    let noOutput = try runProgram(ftc, ["compile", Self.example], environment: env)
    #expect(noOutput.status == 64 && noOutput.stderr.contains("Missing expected argument '--output <output>'"), "\(noOutput.stderr)")
    #expect(try runProgram(ftc, ["compile", Self.example, "-o", out + "/x.so", "--emit", "exe"], environment: env).status == 64)
    // Success: 0, the object and header written, nothing left in TMPDIR.
    let ok = try runProgram(ftc, ["compile", Self.example, "-o", out + "/libmlp.so", "--header", out + "/mlp.h",
                                  "--prefix", "m_", "--target-cpu", "x86-64-v3", "-O2"], environment: env)
    #expect(ok.status == 0 && ok.stdout.isEmpty && ok.stderr.isEmpty, "\(ok.stderr)")
    #expect(Self.tree(out) == ["libmlp.so", "mlp.h"])
    // FTC_CC names the linker: a missing one is status 2 and writes nothing.
    let noCC = try runProgram(ftc, ["compile", Self.example, "-o", out + "/other.so"],
                              environment: ["TMPDIR": tmp, "FTC_CC": dir.file("no-such-cc")])
    #expect(noCC.status == 2 && noCC.stderr.hasPrefix("ftc: error: C compiler not found: \(dir.file("no-such-cc"))"), "\(noCC.stderr)")
    #expect(Self.tree(out) == ["libmlp.so", "mlp.h"])
    #expect(Self.tree(tmp).isEmpty, "temporary files left: \(Self.tree(tmp))")
  }

  /// The CPU flags of the machine, from /proc/cpuinfo (independently of LLVM).
  static let hostFlags: Set<String> = {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = info.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
    return Set(line.split(separator: " ").map(String.init))
  }()

  /// Code compiled for the host uses its widest vectors: zmm with AVX-512, ymm with AVX2.
  @Test func hostAssemblyUsesTheWidestVectors() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let src = dir.file("v.ftir")
    try """
      func @f(%x: f32[4099], %y: f32[4099]) -> f32[4099] {
        %m = mul %x, %y : f32[4099]
        %e = exp %m : f32[4099]
        %s = add %e, %x : f32[4099]
        return %s
      }
      func @g(%x: f64[1001]) -> f64[] {
        %s = reduce_sum %x, dims=[0] : f64[]
        return %s
      }
      """.write(toFile: src, atomically: true, encoding: .utf8)
    func assembly(_ cpu: String) throws -> String {
      let out = dir.file("\(cpu).s")
      let r = Commands.compile(path: src, output: out, emit: .asm, config: CompileConfig(cpu: cpu))
      try #require(r.status == 0, "\(r.stderr)")
      return try String(contentsOfFile: out, encoding: .utf8)
    }
    let host = try assembly("host")
    let widest = Self.hostFlags.contains("avx512f") ? "zmm" : Self.hostFlags.contains("avx2") ? "ymm" : "xmm"
    #expect(host.contains("%" + widest), "host assembly has no \(widest) register")
    if widest != "zmm" { #expect(!host.contains("%zmm")) }
    // The vector exp of libmvec at that width.
    let expVariant = ["zmm": "_ZGVeN16v_expf", "ymm": "_ZGVdN8v_expf", "xmm": "_ZGVbN4v_expf"][widest]!
    #expect(host.contains(expVariant), "no call of \(expVariant)")
    // A portable object (x86-64-v3) uses ymm and never zmm.
    let v3 = try assembly("x86-64-v3")
    #expect(v3.contains("%ymm") && !v3.contains("%zmm") && v3.contains("_ZGVdN8v_expf"))
  }
}
