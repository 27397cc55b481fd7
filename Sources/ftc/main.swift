/// The `ftc` command line: parses arguments (usage errors exit 64, as
/// swift-argument-parser reports them) and runs the commands of FTCTool.

import ArgumentParser
import Backend
import Codegen
import FileIO
import FTCTool

#if canImport(Glibc)
import Glibc
#endif

Startup.markMain()

func finish(_ r: ToolResult) -> Never {
  writeStandardStream(1, r.stdout)
  writeStandardStream(2, r.stderr)
  exit(r.status)
}

struct FTC: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ftc",
    abstract: "Compile FTIR tensor programs (with their derivatives and batched versions) to native code.",
    subcommands: [Check.self, Dump.self, Compile.self, Run.self, Rules.self])
  @Flag(help: "Print ftc's version, the LLVM version, the host CPU and its vector width, and the BLAS in use.")
  var version = false
  func run() throws {
    guard version else { throw CleanExit.helpRequest(self) }
    finish(Commands.version())
  }
}

/// `-O0` ... `-O3` (default `-O3`).
enum OptLevel: String, EnumerableFlag {
  case O0, O1, O2, O3
  static func name(for value: OptLevel) -> NameSpecification { .customLong(value.rawValue, withSingleDash: true) }
  static func help(for value: OptLevel) -> ArgumentHelp? { value == .O3 ? "LLVM's default<On> pipeline (default -O3)." : nil }
  var level: Int { Int(rawValue.dropFirst()) ?? 3 }
}

struct CodegenOptions: ParsableArguments {
  @Flag var opt: OptLevel = .O3
  @Option(name: .customLong("target-cpu"), help: "host (default) or an LLVM CPU name such as x86-64-v3.") var targetCPU = "host"
  @Option(name: .customLong("gemm"), help: "Float matrix products: size (default: by measured size class), loops or blas (all one way, to measure).")
  var gemm = "size"
  func validate() throws {
    guard ContractionChoice(rawValue: gemm) != nil else { throw ValidationError("--gemm takes size, loops or blas") }
  }
  func config(prefix: String = "") -> CompileConfig {
    CompileConfig(optLevel: opt.level, cpu: targetCPU, prefix: prefix, contractions: ContractionChoice(rawValue: gemm) ?? .bySize)
  }
}

struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compile to a shared object (or, with --emit, a static library, an object file, LLVM IR or assembly).")
  @Argument(help: "The .ftir file.") var file: String
  @Option(name: .shortAndLong, help: "The output file ('-': standard output, for --emit llvm|asm).") var output: String
  @Option(help: "Also write a C header here ('-': standard output).") var header: String?
  @Option(help: "Prefix for every exported symbol.") var prefix = ""
  @Option(help: "so (default), lib (a static library with the runtime inside), obj, llvm or asm.") var emit = "so"
  @Flag(name: .customLong("time-passes"), help: "Print each pipeline stage that ran and its seconds to stderr.") var timePasses = false
  @OptionGroup var codegen: CodegenOptions
  func validate() throws {
    guard Commands.EmitKind(rawValue: emit) != nil else { throw ValidationError("--emit takes so, lib, obj, llvm or asm") }
    if let problem = Commands.prefixProblem(prefix) { throw ValidationError(problem) }
  }
  func run() throws {
    finish(Commands.compile(path: file, output: output, header: header, emit: Commands.EmitKind(rawValue: emit) ?? .so,
                            config: codegen.config(prefix: prefix), timePasses: timePasses))
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Parse, verify and expand transforms; print a diagnostic for each problem.")
  @Argument(help: "The .ftir file.") var file: String
  func run() throws { finish(Commands.check(path: file)) }
}

struct Dump: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the module after a pipeline stage.")
  @Argument(help: "The .ftir file.") var file: String
  @Option(help: "parse, expand, simplify, inline, fuse, schedule, loops, llvm, asm, or all.") var after = "expand"
  @Option(name: .customLong("func"), help: "Print only this function (with or without '@').") var function: String?
  @Option(help: "text (default), or dot: a Graphviz graph of parse, expand, simplify, inline or fuse.") var format = "text"
  @Flag(name: .customLong("time-passes"), help: "Print each pipeline stage that ran and its seconds to stderr.") var timePasses = false
  @OptionGroup var codegen: CodegenOptions
  func run() throws {
    finish(Commands.dump(path: file, after: after, function: function, config: codegen.config(), timePasses: timePasses,
                         format: format))
  }
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run one function on .npy inputs; print the results as numpy's repr, or write them with --out.")
  @Argument(help: "The .ftir file.") var file: String
  @Option(name: .customLong("func"), help: "The function to run (optional when the file exports one).") var function: String?
  @Flag(name: .customLong("list"), help: "Print the exported functions and their signatures, then exit.") var list = false
  @Flag(name: .customLong("cast"), help: "Convert each input to its argument's dtype (as `convert` does: float narrowing rounds to nearest).") var cast = false
  @Option(name: .customLong("in"), parsing: .upToNextOption, help: "Input .npy files, one per argument.") var inputs: [String] = []
  @Option(name: .customLong("out"), parsing: .upToNextOption, help: "Output .npy files, one per result.") var outputs: [String] = []
  @Flag(name: .customLong("interp"), help: "Use the reference interpreter.") var interp = false
  @Option(name: .customLong("max-memory"), help: "The interpreter's memory budget in bytes (default 4 GiB).") var maxMemory: Int?
  @Option(name: .customLong("max-trips"), help: "The trips one loop may make in the interpreter (default 10000000).") var maxTrips: Int?
  @Flag(name: .customLong("verbose"), help: "Also print (to stderr) how the function ran and the BLAS core OpenBLAS chose.") var verbose = false
  @OptionGroup var codegen: CodegenOptions
  func validate() throws {
    if let m = maxMemory, m <= 0 { throw ValidationError("--max-memory must be a positive number of bytes") }
    if let m = maxTrips, m < 0 { throw ValidationError("--max-trips must be a number of trips, 0 or more") }
  }
  func run() throws {
    if list { finish(Commands.list(path: file)) }
    finish(Commands.run(path: file, function: function, inputs: inputs, outputs: outputs, interpret: interp,
                        maxMemory: maxMemory, maxTrips: maxTrips, config: codegen.config(), cast: cast, verbose: verbose))
  }
}

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print which rules (semantics, JVP, transpose, batching, class, lowering) every operation has.")
  func run() throws { finish(Commands.rules()) }
}

FTC.main()
