/// Codegen's entry points, each one step of the pipeline (the Pipeline
/// module orders them): the target machine a plan is made for, a planned
/// module lowered to LLVM IR, LLVM's optimisation, machine code, the runtime
/// and the link into a shared object. Codegen never plans on its own: it
/// lowers the plan the `schedule` stage made (and dumped).

import Backend
import FileIO
import FTIR
import LLVMKit

public struct CompileConfig: Sendable {
  /// `-O0` ... `-O3` (LLVM's `default<On>` pipeline).
  public var optLevel = 3
  /// `host` or an LLVM CPU name (`x86-64-v3`, ...).
  public var cpu = "host"
  /// Prepended to exported symbols.
  public var prefix = ""
  /// Float matrix products by size class (default), or all loops / all BLAS.
  public var contractions: ContractionChoice = .bySize
  public init(optLevel: Int = 3, cpu: String = "host", prefix: String = "", contractions: ContractionChoice = .bySize) {
    self.optLevel = optLevel
    self.cpu = cpu
    self.prefix = prefix
    self.contractions = contractions
  }
}

/// The scheduling target of a machine: its widest vectors.
public func scheduleTarget(_ tm: TargetMachine) -> Target {
  let bits: Int
  if tm.hasFeature("avx512f") { bits = 512 }
  else if tm.hasFeature("avx2") { bits = 256 }
  else { bits = namedCPUVectorBits[tm.cpu] ?? 128 }
  return Target(cpu: tm.cpu, features: tm.features, vectorBits: bits)
}

/// Vector widths of CPUs named without a feature string.
let namedCPUVectorBits: [String: Int] = {
  var d: [String: Int] = [:]
  for c in ["x86-64-v4", "skylake-avx512", "skx", "cascadelake", "cooperlake", "icelake-client", "icelake-server",
            "tigerlake", "sapphirerapids", "emeraldrapids", "graniterapids", "graniterapids-d", "rocketlake",
            "cannonlake", "znver4", "znver5", "knl", "knm"] { d[c] = 512 }
  for c in ["x86-64-v3", "haswell", "broadwell", "skylake", "alderlake", "raptorlake", "meteorlake", "arrowlake",
            "lunarlake", "znver1", "znver2", "znver3", "gracemont", "sierraforest", "grandridge", "core-avx2"] { d[c] = 256 }
  return d
}()

/// An LLVM target machine and the schedule target derived from it: the
/// `schedule` stage plans for `target`, the `llvm` stage lowers for
/// `machine`.
public final class CodegenTarget {
  public let machine: TargetMachine
  public let target: Target

  init(machine: TargetMachine, contractions: ContractionChoice = .bySize) {
    self.machine = machine
    var t = scheduleTarget(machine)
    t.contractions = contractions
    target = t
  }
}

/// A module lowered to LLVM IR, with the context and machine it belongs to.
public final class LoweredModule {
  public let context: LLContext
  public let llvm: LLModule
  public let machine: TargetMachine
  public let target: Target
  /// Lowered with a packed entry per function, for `JITModule`.
  public let forJIT: Bool
  /// LLVM's optimisation ran (`optimize`).
  public private(set) var isOptimized = false
  /// Kernels lowered and LLVM functions emitted for them.
  public let work: LoweringWork

  init(context: LLContext, llvm: LLModule, machine: TargetMachine, target: Target, forJIT: Bool, work: LoweringWork) {
    self.context = context
    self.llvm = llvm
    self.machine = machine
    self.target = target
    self.forJIT = forJIT
    self.work = work
  }

  /// LLVM's `default<On>` pipeline, at the machine's optimisation level;
  /// small kernels are optimised for size (KernelOptimization.swift).
  public func optimize() throws {
    if machine.optLevel > 0 {
      for name in work.sizeOptimized { try llvm.function(named: name)?.addAttribute("optsize") }
    }
    try llvm.optimize(level: machine.optLevel, for: machine)
    isOptimized = true
  }

  /// The module's own code as an object file.
  public func object() throws -> [UInt8] { try machine.emit(llvm, as: .object) }

  /// The module's own code as assembly.
  public func assembly() throws -> String { try machine.assembly(llvm) }
}

/// What links shared objects: `ld` directly, or a C compiler driver.
public typealias LinkTool = Linker.Tool

public enum Compiler {
  /// The machine `config` selects (`--target-cpu`, `-On`), PIC.
  public static func machine(_ config: CompileConfig) throws -> CodegenTarget {
    CodegenTarget(machine: try TargetMachine(cpu: config.cpu, optLevel: config.optLevel, pic: true), contractions: config.contractions)
  }

  /// The schedule target `config` selects.
  public static func target(_ config: CompileConfig) throws -> Target { try machine(config).target }

  /// Lowers a planned module to unoptimised LLVM IR for `machine`, which
  /// must be the machine the plan was scheduled for.
  public static func lower(_ plan: ModulePlan, on machine: CodegenTarget, prefix: String = "",
                           forJIT: Bool = false) throws -> LoweredModule {
    guard plan.target == machine.target else {
      throw LLVMError("internal error: the plan was scheduled for \(plan.target.cpu), not for \(machine.target.cpu)")
    }
    let context = LLContext()
    let llvm = LLModule(name: plan.module.name, context: context)
    machine.machine.configure(llvm)
    let lowering = ModuleLowering(context: context, module: llvm, target: machine.target,
                                  options: LoweringOptions(prefix: prefix, forJIT: forJIT))
    try lowering.lower(plan)
    try llvm.verify()
    return LoweredModule(context: context, llvm: llvm, machine: machine.machine, target: machine.target, forJIT: forJIT,
                         work: lowering.kernels.work)
  }

  /// Links `object` (the module's own code) and the runtime with `linker` into a
  /// shared object, exporting each public function of `module` and
  /// `ftc_metadata` (with the prefix); returns its bytes (the caller writes
  /// them where they go, by the rules of FileIO).
  public static func linkSharedObject(object: [UInt8], module: Module, prefix: String, linker: LinkTool) throws -> [UInt8] {
    let dir = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let obj = dir + "/module.o"
    try writeScratchFile(object, to: obj)
    return try Linker(tool: linker).linkSharedObject(objects: [obj], exportedSymbols: exportedSymbols(module, prefix: prefix))
  }

  /// Like `linkSharedObject`, but a static library (`--emit lib`): one
  /// object with the runtime inside, only the same symbols global. Programs
  /// link it with `-lopenblas -lmvec -lm -lpthread`.
  public static func linkStaticLibrary(object: [UInt8], module: Module, prefix: String, linker: LinkTool) throws -> [UInt8] {
    let dir = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let obj = dir + "/module.o"
    try writeScratchFile(object, to: obj)
    return try Linker(tool: linker).linkStaticLibrary(objects: [obj], exportedSymbols: exportedSymbols(module, prefix: prefix))
  }

  /// The symbols a compiled object exports: its public functions and its metadata function.
  static func exportedSymbols(_ module: Module, prefix: String) -> [String] {
    module.functions.filter { !$0.isPrivate && $0.transform == nil }.map { prefix + $0.name } + [Names.metadataSymbol(prefix: prefix)]
  }
}
