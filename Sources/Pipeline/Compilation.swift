/// One run of the pipeline (Stages.swift): what the stages made so far,
/// how long each took, and `run(through:)`, which runs the stages that
/// have not run yet up to a given one, in the pipeline's order.
///
///   let c = Compilation(bytes: text, fileName: "m.ftir")
///   try c.run(through: .schedule)      // parse ... schedule, once each
///   c.dump(.fuse)                      // the kernels the llvm stage lowers
///   try c.run(through: .asm)           // llvm, llvm-opt, asm

import Backend
import Codegen
import FTIR

#if canImport(Glibc)
import Glibc
#endif

/// Why the pipeline stopped: an error in the input (diagnostics, exit 1) or
/// LLVM, the linker or ftc itself failed (a message, exit 2).
public enum PipelineFailure: Error, Sendable {
  case input(DiagnosticList)
  case backend(String)
}

public struct CompilationOptions: Sendable {
  /// Plan, lower and compile only this function (`ftc dump --func`).
  public var onlyFunction: String?
  /// Lower with a packed entry per function (for `JITModule`).
  public var forJIT = false
  /// What the `asm` stage makes.
  public var machineCode = MachineCodeKind.assembly
  /// What the `link` stage links a shared object with (nil: no shared
  /// object is made).
  public var linkWith: LinkTool?
  /// The `link` stage makes a static library (`--emit lib`) instead of a
  /// shared object.
  public var staticLibrary = false
  /// The operation limit the `parse` stage enforces (tests lower it).
  public var maxOperations = Limits.maxOperations

  public enum MachineCodeKind: Sendable { case assembly, object }

  public init(onlyFunction: String? = nil, forJIT: Bool = false, machineCode: MachineCodeKind = .assembly,
              linkWith: LinkTool? = nil, maxOperations: Int = Limits.maxOperations, staticLibrary: Bool = false) {
    self.staticLibrary = staticLibrary
    self.maxOperations = maxOperations
    self.onlyFunction = onlyFunction
    self.forJIT = forJIT
    self.machineCode = machineCode
    self.linkWith = linkWith
  }
}

public final class Compilation {
  public let config: CompileConfig
  public let options: CompilationOptions
  let source: (bytes: [UInt8], fileName: String)
  /// The input's name, as diagnostics show it.
  public var fileName: String { source.fileName }

  /// The module after the last FTIR stage (from `fuse` on: the functions compiled).
  public internal(set) var module: Module?
  /// The names of every function's inputs and outputs (`parse`): what the
  /// metadata, the header and `ftc run --list` show.
  public internal(set) var names: [String: InterfaceNames] = [:]
  /// The kernels of every function (`fuse`).
  public internal(set) var fusion: [FusionPlan] = []
  /// Kernels, schedules and buffers (`schedule`): what `llvm` lowers.
  public internal(set) var plan: ModulePlan?
  /// The target machine the plan was made for (`schedule`).
  public internal(set) var machine: CodegenTarget?
  /// LLVM IR (`llvm`; optimised in place by `llvm-opt`).
  public internal(set) var lowered: LoweredModule?
  /// Machine code (`asm`), as `options.machineCode` asks.
  public internal(set) var assembly: String?
  public internal(set) var object: [UInt8]?
  /// The shared object's bytes (`link`), or the static library's with
  /// `options.staticLibrary`.
  public internal(set) var sharedObject: [UInt8]?

  /// The last stage that ran.
  public private(set) var done: Stage?
  /// Every stage that ran, in order, with its wall time in seconds.
  public private(set) var timings: [(stage: Stage, seconds: Double)] = []

  /// A compilation of a file's bytes; no stage has run.
  public init(bytes: [UInt8], fileName: String, config: CompileConfig = CompileConfig(),
              options: CompilationOptions = CompilationOptions()) {
    source = (bytes, fileName)
    self.config = config
    self.options = options
  }

  /// A compilation of a module that was already parsed and verified.
  public init(module: Module, config: CompileConfig = CompileConfig(), options: CompilationOptions = CompilationOptions()) {
    source = ([], module.name)
    self.config = config
    self.options = options
    self.module = module
    names = module.interfaceNames
    done = .parse
  }

  /// Runs, in order, every stage after the last one that ran up to `last`;
  /// calls `after` when each finished (a failure there stops the run).
  public func run(through last: Stage, after: (Stage) throws(PipelineFailure) -> Void = { _ in }) throws(PipelineFailure) {
    for stage in Stage.allCases where stage <= last && (done.map { stage > $0 } ?? true) {
      let start = now()
      do {
        try stage.run(self)
      } catch let f as PipelineFailure {
        throw f
      } catch let d as DiagnosticList {
        throw .input(d)
      } catch {
        throw .backend("\(error)")
      }
      timings.append((stage, now() - start))
      done = stage
      try after(stage)
    }
  }

  /// `--time-passes`: a line `STAGE SECONDS` per stage that ran, in order.
  public var timingReport: String {
    timings.map { "\($0.stage.rawValue) \(formatSeconds($0.seconds))\n" }.joined()
  }

  // What a stage needs from the ones before it (an internal error if missing).

  func requireModule() throws -> Module { try need(module, "module") }
  func requirePlan() throws -> ModulePlan { try need(plan, "plan") }
  func requireMachine() throws -> CodegenTarget { try need(machine, "target machine") }
  func requireLowered() throws -> LoweredModule { try need(lowered, "LLVM module") }
  func requireLinker() throws -> LinkTool { try need(options.linkWith, "linker") }

  private func need<T>(_ x: T?, _ what: String) throws -> T {
    guard let x else { throw PipelineFailure.backend("internal error: no \(what) before this stage") }
    return x
  }
}

/// Seconds on the monotonic clock.
private func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// `0.0123`: four decimals.
public func formatSeconds(_ s: Double) -> String {
  let tenThousandths = Int((max(0, s) * 10_000).rounded())
  let fraction = String(tenThousandths % 10_000)
  return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
}
