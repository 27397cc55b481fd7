/// Compilation entry points: lower a module to LLVM IR, optimise it, and
/// emit LLVM IR text, assembly, an object file or a shared object (linked
/// with the runtime); or compile it in-process with the JIT and call it.

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
  public init(optLevel: Int = 3, cpu: String = "host", prefix: String = "") {
    self.optLevel = optLevel
    self.cpu = cpu
    self.prefix = prefix
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

/// A module lowered to LLVM IR, with the context and machine it belongs to.
public final class LoweredModule {
  public let context: LLContext
  public let llvm: LLModule
  public let machine: TargetMachine
  public let target: Target

  init(context: LLContext, llvm: LLModule, machine: TargetMachine, target: Target) {
    self.context = context
    self.llvm = llvm
    self.machine = machine
    self.target = target
  }

  public func optimize(level: Int) throws { try llvm.optimize(level: level, for: machine) }
}

public enum Compiler {
  /// Lowers `m` (transforms expanded, calls inlined) to unoptimised LLVM IR.
  public static func lower(_ m: Module, config: CompileConfig, forJIT: Bool = false) throws -> LoweredModule {
    let machine = try TargetMachine(cpu: config.cpu, optLevel: config.optLevel, pic: true)
    let target = scheduleTarget(machine)
    let context = LLContext()
    let llvm = LLModule(name: m.name, context: context)
    machine.configure(llvm)
    let lowering = ModuleLowering(context: context, module: llvm, target: target,
                                  options: LoweringOptions(prefix: config.prefix, forJIT: forJIT))
    try lowering.lower(m)
    try llvm.verify()
    return LoweredModule(context: context, llvm: llvm, machine: machine, target: target)
  }

  /// The schedule target `config` selects (for dumps).
  public static func target(_ config: CompileConfig) throws -> Target {
    scheduleTarget(try TargetMachine(cpu: config.cpu, optLevel: config.optLevel, pic: true))
  }

  /// Optimised LLVM IR text (`ftc compile --emit llvm`).
  public static func optimizedIR(_ m: Module, config: CompileConfig) throws -> String {
    let l = try lower(m, config: config)
    try l.optimize(level: config.optLevel)
    return l.llvm.text
  }

  /// Assembly of the module's own code, optimised.
  public static func assembly(_ m: Module, config: CompileConfig) throws -> String {
    let l = try lower(m, config: config)
    try l.optimize(level: config.optLevel)
    return try l.machine.assembly(l.llvm)
  }

  /// An object file of the module's own code (without the runtime).
  public static func object(_ m: Module, config: CompileConfig) throws -> [UInt8] {
    let l = try lower(m, config: config)
    try l.optimize(level: config.optLevel)
    return try l.machine.emit(l.llvm, as: .object)
  }

  /// A shared object's bytes: the module's code linked with the runtime,
  /// exporting each public function and `ftc_metadata` (with the prefix).
  public static func sharedObject(_ m: Module, config: CompileConfig, linker: Linker = Linker()) throws -> [UInt8] {
    let bytes = try object(m, config: config)
    let dir = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let obj = dir + "/module.o"
    try writeScratchFile(bytes, to: obj)
    let exported = m.functions.filter { !$0.isPrivate && $0.transform == nil }.map { config.prefix + $0.name }
      + [Names.metadataSymbol(prefix: config.prefix)]
    return try linker.linkSharedObject(objects: [obj], exportedSymbols: exported)
  }

  /// `sharedObject` linked by the C compiler driver `cc` (a name on `PATH` or a path).
  public static func sharedObject(_ m: Module, config: CompileConfig, cc: String) throws -> [UInt8] {
    try sharedObject(m, config: config, linker: Linker(cc: cc))
  }
}
