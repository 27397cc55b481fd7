import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool

/// The `ftc` commands in-process: exit statuses and outputs of spec section 7.
@Suite struct CommandTests {
  @Test func checkSucceedsQuietly() {
    let r = Commands.check(path: Repo.path("IR/examples/mlp.ftir"))
    #expect(r.status == 0 && r.stdout.isEmpty && r.stderr.isEmpty)
  }

  @Test func checkReportsEveryErrorWithItsPosition() {
    let dir = tempDir()
    let p = write("func @f(%x: f32[3]) -> f32[3] {\n  %y = exp %x : f32[2]\n  %z = log %x : f64[3]\n  return %x\n}\n", dir, "bad.ftir")
    let r = Commands.check(path: p)
    #expect(r.status == 1)
    #expect(r.stderr == "\(p):2:17: error: result type f32[2] does not match 'exp': expected f32[3]\n\(p):3:17: error: result type f64[3] does not match 'log': expected f32[3]\n")
  }

  @Test func missingFileIsAnInputError() {
    let r = Commands.check(path: "/nonexistent/x.ftir")
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("ftc: error: cannot read /nonexistent/x.ftir"))
    #expect(Commands.check(path: NSTemporaryDirectory()).status == 1)
  }

  @Test func dumpStages() {
    let p = Repo.path("IR/examples/linreg.ftir")
    let parsed = Commands.dump(path: p, after: "parse")
    #expect(parsed.status == 0)
    #expect(parsed.stdout.hasPrefix("module @linreg\n"))
    let all = Commands.dump(path: p, after: "all")
    #expect(all.status == 0)
    #expect(all.stdout.contains("// ---- after parse ----") && all.stdout.contains("// ---- after expand ----"))
    let llvm = Commands.dump(path: p, after: "llvm", config: CompileConfig(cpu: "x86-64-v3"))
    #expect(llvm.status == 0 && llvm.stdout.contains("define i32 @loss(ptr"))
    let badCPU = Commands.dump(path: p, after: "llvm", config: CompileConfig(cpu: "no-such-cpu"))
    #expect(badCPU.status == 2 && badCPU.stderr.contains("unknown target CPU 'no-such-cpu'"))
    #expect(Commands.dump(path: p, after: "bogus").status == 64)
    let one = Commands.dump(path: Repo.path("IR/examples/mlp.ftir"), after: "parse", function: "@predict")
    #expect(one.status == 0 && one.stdout.contains("@predict") && !one.stdout.contains("@loss"))
    #expect(Commands.dump(path: p, after: "parse", function: "nope").status == 1)
  }

  @Test func expansionErrorsAreDiagnosticsAtTheDefinition() {
    let dir = tempDir()
    let p = write("func @f(%x: f32[]) -> f32[] {\n  %y = sin %x : f32[]\n  return %y\n}\nfunc @g = vmap(@f, out_axes=[none], size=3)\n", dir, "t.ftir")
    let r = Commands.dump(path: p, after: "expand")
    #expect(r.status == 1)
    #expect(r.stderr == "\(p):5:29: error: out_axes entry 0 is none, but result 0 depends on a mapped argument\n")
    #expect(Commands.check(path: p).stderr == r.stderr)
  }

  @Test func runPrintsAndWritesResults() throws {
    let dir = tempDir()
    let src = write("func @f(%x: f32[2], %y: f32[2]) -> (f32[2], i32[2]) {\n  %z = add %x, %y : f32[2]\n  %i = convert %z : i32[2]\n  return %z, %i\n}\n", dir, "f.ftir")
    let a = dir + "/a.npy", b = dir + "/b.npy"
    FileManager.default.createFile(atPath: a, contents: Data(writeNPY(HostTensor([1, 2] as [Float], shape: [2]))))
    FileManager.default.createFile(atPath: b, contents: Data(writeNPY(HostTensor([1, 3] as [Float], shape: [2]))))
    let r = Commands.run(path: src, function: "f", inputs: [a, b], outputs: [], interpret: true)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "array([2., 5.], dtype=float32)\narray([2, 5], dtype=int32)\n")
    let o1 = dir + "/o1.npy", o2 = dir + "/o2.npy"
    let w = Commands.run(path: src, function: "@f", inputs: [a, b], outputs: [o1, o2], interpret: true)
    #expect(w.status == 0 && w.stdout.isEmpty)
    let back = try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: o2))))
    #expect(back == HostTensor([2, 5] as [Int32], shape: [2]))
    // Errors in the user's input: wrong count, wrong type, missing file, no such function.
    #expect(Commands.run(path: src, function: "f", inputs: [a], outputs: [], interpret: true).status == 1)
    #expect(Commands.run(path: src, function: "f", inputs: [a, o2], outputs: [], interpret: true).status == 1)
    #expect(Commands.run(path: src, function: "f", inputs: [a, dir + "/missing.npy"], outputs: [], interpret: true).status == 1)
    #expect(Commands.run(path: src, function: "g", inputs: [a, b], outputs: [], interpret: true).status == 1)
    #expect(Commands.run(path: src, function: "f", inputs: [a, b], outputs: [o1], interpret: true).status == 1)
    // An output that cannot be written: exit 2 (a directory is refused: 64), nothing left behind.
    #expect(Commands.run(path: src, function: "f", inputs: [a, b], outputs: [dir, o2], interpret: true).status == 64)
    #expect(Commands.run(path: src, function: "f", inputs: [a, b], outputs: [dir + "/no/such/dir.npy", o2], interpret: true).status == 2)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".ftc-tmp") }
    #expect(leftovers.isEmpty)
    // Compiled code gives the same results.
    let compiled = Commands.run(path: src, function: "f", inputs: [a, b], outputs: [], interpret: false)
    #expect(compiled.status == 0 && compiled.stdout == r.stdout)
    // The interpreter's memory budget is an input error.
    #expect(Commands.run(path: src, function: "f", inputs: [a, b], outputs: [], interpret: true, maxMemory: 8).status == 1)
  }
}
