import Foundation
import Testing
@testable import FTIR
import FTCTool
import Pipeline

/// Habits users bring from JAX, numpy and other command lines (issue #14):
/// `--func` optional with one exported function, `ftc run --list`, unknown
/// names answered with "did you mean", JAX-style `in_axes`, float64 inputs
/// and `--cast`, `-o -`, and `--prefix` for names the C libraries take.
@Suite struct CLIHabitTests {
  static let linreg = Repo.path("IR/examples/linreg.ftir")
  static let linregInputs = ["w", "x", "y"].map { Repo.path("IR/examples/inputs/linreg_\($0).npy") }

  func write(_ text: String, _ dir: ScratchDir, _ name: String) throws -> String {
    let p = dir.file(name)
    try text.write(toFile: p, atomically: true, encoding: .utf8)
    return p
  }

  /// The stderr of `ftc check` on `text`.
  func checkErrors(_ text: String) throws -> String {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let r = Commands.check(path: try write(text, dir, "t.ftir"))
    #expect(r.status == 1)
    return r.stderr
  }

  // MARK: choosing the function

  @Test func funcIsOptionalWithOneExportedFunction() {
    let r = Commands.run(path: Self.linreg, inputs: Self.linregInputs, outputs: [], interpret: true)
    #expect(r.status == 0 && r.stdout == "array(0.3833334, dtype=float32)\n", "\(r.stderr)")
  }

  @Test func severalFunctionsNeedFuncAndAreListed() {
    let r = Commands.run(path: Repo.path("IR/examples/mlp_grad.ftir"), inputs: [], outputs: [], interpret: true)
    #expect(r.status == 64)
    #expect(r.stderr.contains("exports 3 functions: choose one with --func NAME\nfunctions:\n  @predict(w1: f32[4,16]"), "\(r.stderr)")
    #expect(r.stderr.contains("  @dloss(w1: f32[4,16], b1: f32[16], w2: f32[16,3], b2: f32[3], x: f32[8,4], y: f32[8,3]) -> "
      + "(d_w1: f32[4,16], d_b1: f32[16], d_w2: f32[16,3], d_b2: f32[3])"), "\(r.stderr)")
  }

  @Test func unknownFuncSuggestsAndLists() {
    let r = Commands.run(path: Self.linreg, function: "@los", inputs: Self.linregInputs, outputs: [], interpret: true)
    #expect(r.status == 1)
    #expect(r.stderr == "ftc: error: no function @los in \(Self.linreg) (did you mean '@loss'?)\n"
      + "functions:\n  @loss(w: f32[2], x: f32[3,2], y: f32[3]) -> (m: f32[])\n", "\(r.stderr)")
    let dump = Commands.dump(path: Self.linreg, after: "parse", function: "lss")
    #expect(dump.status == 1 && dump.stderr.contains("(did you mean '@loss'?)"), "\(dump.stderr)")
  }

  @Test func listPrintsTheExportedFunctions() {
    let r = Commands.list(path: Repo.path("IR/examples/value_and_grad_mse.ftir"))
    #expect(r.status == 0 && !r.stdout.isEmpty, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.hasPrefix("@") && $0.contains(") -> (") }, "\(r.stdout)")
    #expect(Commands.list(path: Self.linreg).stdout == "@loss(w: f32[2], x: f32[3,2], y: f32[3]) -> (m: f32[])\n")
    let bad = Commands.list(path: "/nonexistent/x.ftir")
    #expect(bad.status == 1 && bad.stdout.isEmpty)
  }

  // MARK: dtypes of inputs

  @Test func float64InputsGetAHintAndCastConverts() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let x64 = dir.file("x64.npy")
    try Data(writeNPY(HostTensor([1, 2, 3, 4, 5, 6.000000001] as [Double], shape: [3, 2]))).write(to: URL(fileURLWithPath: x64))
    let inputs = [Self.linregInputs[0], x64, Self.linregInputs[2]]
    let refused = Commands.run(path: Self.linreg, inputs: inputs, outputs: [], interpret: true)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("argument 1 of @loss must be f32[3,2], but \(x64) holds f64[3,2] (numpy's default dtype is float64: "
      + "save it with a.astype(np.float32), or pass --cast to convert it)"), "\(refused.stderr)")
    let cast = Commands.run(path: Self.linreg, inputs: inputs, outputs: [], interpret: true, cast: true)
    let original = try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.linregInputs[1]))))
    let same = Commands.run(path: Self.linreg, inputs: Self.linregInputs, outputs: [], interpret: true)
    if original == HostTensor([1, 2, 3, 4, 5, 6] as [Float], shape: [3, 2]) {
      #expect(cast.status == 0 && cast.stdout == same.stdout, "\(cast.stderr)")
    } else {
      #expect(cast.status == 0, "\(cast.stderr)")
    }
    // --cast converts dtypes, never shapes.
    let wrongShape = Commands.run(path: Self.linreg, inputs: [x64, x64, x64], outputs: [], interpret: true, cast: true)
    #expect(wrongShape.status == 1 && wrongShape.stderr.contains("argument 0 of @loss must be f32[2], but"), "\(wrongShape.stderr)")
  }

  @Test func castRoundsToNearestAndConvertsFloatsToIntegers() {
    let narrowed = HostTensor([0.1, 1e40, -2.5] as [Double], shape: [3]).converted(to: .f32)
    #expect(narrowed == HostTensor([Float(0.1), .infinity, -2.5], shape: [3]))
    let ints = HostTensor([2.9, -2.9, 1e20] as [Double], shape: [3]).converted(to: .i32)
    #expect(ints == HostTensor([2, -2, Int32.max] as [Int32], shape: [3]))
  }

  // MARK: did you mean

  @Test func misspeltOpsFunctionsAndKeysGetSuggestions() throws {
    func fn(_ body: String) -> String {
      "func @loss(%x: f32[3]) -> f32[] {\n  \(body)\n  return %s\n}\n"
    }
    #expect(try checkErrors(fn("%s = reduce_suum %x, dims=[0] : f32[]")).contains("2:8: error: unknown operation 'reduce_suum' (did you mean 'reduce_sum'?)"))
    #expect(try checkErrors(fn("%s = relu %x : f32[3]")).contains("unknown operation 'relu' (FTIR has no relu: write max %x, %zero with a zero constant)"))
    #expect(try checkErrors(fn("%s = frobnicate %x : f32[]")).contains("unknown operation 'frobnicate'\n"))
    let call = try checkErrors(fn("%s = reduce_sum %x, dims=[0] : f32[]") + "func @g(%x: f32[3]) -> f32[] {\n  %y = call @los(%x) : f32[]\n  return %y\n}\n")
    #expect(call.contains("6:13: error: call of an undefined function @los (did you mean '@loss'?)"), "\(call)")
    let base = fn("%s = reduce_sum %x, dims=[0] : f32[]")
    #expect(try checkErrors(base + "func @d = grad(@lsos)\n").contains("undefined function @lsos (did you mean '@loss'?)"))
    #expect(try checkErrors(base + "func @d = grad(@loss, argnum=[0])\n").contains("unknown key 'argnum' for grad (did you mean 'argnums'? expected one of: argnums, has_aux)"))
    #expect(try checkErrors(base + "func @d = gard(@loss)\n").contains("unknown transform 'gard' (did you mean 'grad'? expected one of:"))
    #expect(try checkErrors(base + "func @d = vmap(@loss, axis_size=4)\n").contains("unknown key 'axis_size' for vmap (ftc calls JAX's axis_size 'size';"))
  }

  @Test func suggestionsAreCloseOrAbsent() {
    #expect(Suggestions.closest(to: "reduce_suum", in: ["reduce_sum", "reduce_max"]) == "reduce_sum")
    #expect(Suggestions.closest(to: "tnah", in: ["exp", "tanh"]) == "tanh")  // a swap is one edit
    #expect(Suggestions.closest(to: "xyz", in: ["exp", "log"]) == nil)
    #expect(Suggestions.closest(to: String(repeating: "a", count: 100_000), in: ["a"]) == nil)
  }

  // MARK: JAX-style in_axes

  @Test func jaxStyleInAxesGetTheListForm() throws {
    let base = "func @f(%a: f32[], %x: f32[3], %y: f32[3]) -> f32[3] {\n  %s = add %x, %y : f32[3]\n  return %s\n}\n"
    #expect(try checkErrors(base + "func @v = vmap(@f, in_axes=(none, 0, 0), size=2)\n").contains("5:28: error: FTIR writes lists in brackets: [a, b, ...], not (a, b, ...) as Python tuples"))
    #expect(try checkErrors(base + "func @v = vmap(@f, in_axes=0, size=2)\n").contains("in_axes must be a list with one entry per argument (an axis or none): write in_axes=[0, 0, 0] (JAX's in_axes=0 maps every argument on axis 0)"))
    #expect(try checkErrors(base + "func @v = vmap(@f, out_axes=none, size=2)\n").contains(": write out_axes=[none]"))
    #expect(try checkErrors(base + "func @v = vmap(@f, in_axes=[None, 0, 0], size=2)\n").contains("unexpected 'None': FTIR writes none in lower case"))
  }

  // MARK: -o -

  @Test func dashWritesTextOutputsToStandardOutput() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let llvm = Commands.compile(path: Self.linreg, output: "-", emit: .llvm)
    #expect(llvm.status == 0 && llvm.stdout.contains("define ") && llvm.stdout.contains("@loss("), "\(llvm.stderr)")
    let asm = Commands.compile(path: Self.linreg, output: "-", emit: .asm)
    #expect(asm.status == 0 && asm.stdout.contains("loss:"), "\(asm.stderr)")
    let header = Commands.compile(path: Self.linreg, output: dir.file("l.ll"), header: "-", emit: .llvm)
    #expect(header.status == 0 && header.stdout.contains("int32_t loss(const float *w /* f32[2] */"), "\(header.stderr)")
    #expect(FileManager.default.fileExists(atPath: dir.file("l.ll")) && !FileManager.default.fileExists(atPath: "-"))
    for emit in [Commands.EmitKind.so, .obj] {
      let binary = Commands.compile(path: Self.linreg, output: "-", emit: emit)
      #expect(binary.status == 64 && binary.stdout.isEmpty && binary.stderr.contains("makes a binary file"), "\(binary.stderr)")
    }
    let twice = Commands.compile(path: Self.linreg, output: "-", header: "-", emit: .llvm)
    #expect(twice.status == 64 && twice.stdout.isEmpty && twice.stderr.contains("two outputs to standard output"), "\(twice.stderr)")
    let npy = Commands.run(path: Self.linreg, inputs: Self.linregInputs, outputs: ["-"], interpret: true)
    #expect(npy.status == 64 && npy.stdout.isEmpty)
  }

  // MARK: names the C libraries take

  @Test func reservedNamesSuggestPrefix() throws {
    let text = "func @log(%x: f32[]) -> f32[] {\n  %y = exp %x : f32[]\n  return %y\n}\n"
    #expect(try checkErrors(text).contains("1:6: error: cannot export @log: 'log' is a symbol of the C or BLAS libraries a compiled object links against; compile with --prefix (e.g. --prefix m_ exports it as m_log), rename it, or make the function private"))
    let prefixed = Pipeline.load(bytes: Array(text.utf8), fileName: "t.ftir", options: VerifyOptions(symbolPrefix: "m_"))
    #expect((try? prefixed.get()) != nil)
  }

  // MARK: the executable parses the new options

  @Test func theExecutableTakesListCastAndDash() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let list = try runProgram(ftc, ["run", Self.linreg, "--list"])
    #expect(list.status == 0 && list.stdout == "@loss(w: f32[2], x: f32[3,2], y: f32[3]) -> (m: f32[])\n", "\(list.stderr)")
    let run = try runProgram(ftc, ["run", Self.linreg, "--interp", "--cast", "--in"] + Self.linregInputs)
    #expect(run.status == 0 && run.stdout == "array(0.3833334, dtype=float32)\n", "\(run.stderr)")
    let header = try runProgram(ftc, ["compile", Self.linreg, "-o", "-", "--emit", "llvm"])
    #expect(header.status == 0 && header.stdout.contains("define "), "\(header.stderr)")
  }
}
