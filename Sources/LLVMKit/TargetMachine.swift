/// `TargetMachine`: an owning wrapper of an LLVM target machine for the host
/// CPU (its name and features as LLVM detects them) or a named CPU such as
/// `x86-64-v3` (portable objects), with PIC relocation; it configures
/// modules (triple, data layout) and emits object code or assembly to memory
/// or, atomically, to a file. Unknown CPU names are an error (LLVM itself
/// would only print a warning and carry on).
import CLLVM
import FileIO

public enum CodeGenFileKind: Sendable {
  case object, assembly
  var raw: LLVMCodeGenFileType { self == .object ? LLVMObjectFile : LLVMAssemblyFile }
}

public final class TargetMachine {
  public let ref: LLVMTargetMachineRef
  public let triple: String
  /// The CPU name given to LLVM (`host` resolved, e.g. `znver1`).
  public let cpu: String
  /// The feature string given to LLVM (`+avx2,-avx512f,...` for the host).
  public let features: String
  public let optLevel: Int
  private var isOwned = true

  /// The host CPU as LLVM names it.
  public static var hostCPUName: String {
    initializeLLVM()
    return takeMessage(LLVMGetHostCPUName())
  }
  /// The host CPU's features as LLVM detects them.
  public static var hostCPUFeatures: String {
    initializeLLVM()
    return takeMessage(LLVMGetHostCPUFeatures())
  }

  /// - Parameters:
  ///   - cpu: `host` (the default) or an LLVM CPU name (`x86-64-v3`, ...).
  ///   - features: extra features appended to the CPU's, e.g. `-prefer-256-bit`.
  ///   - optLevel: code generation level 0...3 (ftc's `-O`).
  ///   - pic: position-independent code (needed for shared objects).
  public init(cpu: String = "host", features extra: String = "", optLevel: Int = 3, pic: Bool = true) throws {
    initializeLLVM()
    guard (0...3).contains(optLevel) else { throw LLVMError("optimization level must be 0...3, got \(optLevel)") }
    triple = takeMessage(LLVMNormalizeTargetTriple(takeMessage(LLVMGetDefaultTargetTriple())))
    var features: [String] = []
    if cpu == "host" {
      self.cpu = Self.hostCPUName
      features.append(Self.hostCPUFeatures)
    } else {
      if triple.hasPrefix("x86_64"), !knownX86CPUs.contains(cpu) {
        throw LLVMError("unknown target CPU '\(cpu)' (e.g. host, x86-64, x86-64-v2, x86-64-v3, x86-64-v4, skylake-avx512, znver3)")
      }
      self.cpu = cpu
    }
    if !extra.isEmpty { features.append(extra) }
    self.features = features.filter { !$0.isEmpty }.joined(separator: ",")
    self.optLevel = optLevel

    var target: LLVMTargetRef?
    var message: UnsafeMutablePointer<CChar>?
    if LLVMGetTargetFromTriple(triple, &target, &message) != 0 || target == nil {
      throw LLVMError("no LLVM target for \(triple): \(takeMessage(message))")
    }
    let level: LLVMCodeGenOptLevel = [LLVMCodeGenLevelNone, LLVMCodeGenLevelLess, LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive][optLevel]
    guard
      let machine = LLVMCreateTargetMachine(
        target, triple, self.cpu, self.features, level, pic ? LLVMRelocPIC : LLVMRelocDefault, LLVMCodeModelDefault)
    else { throw LLVMError("LLVM could not create a target machine for \(triple), CPU \(self.cpu)") }
    ref = machine
  }

  deinit { if isOwned { LLVMDisposeTargetMachine(ref) } }

  /// Hands the handle to LLVM (the JIT's target machine builder takes it).
  func releaseOwnership() -> LLVMTargetMachineRef {
    isOwned = false
    return ref
  }

  /// Whether the feature string enables `feature` (e.g. `avx512f`, `avx2`);
  /// false for a named CPU without explicit features (ask LLVM's asm then).
  public func hasFeature(_ feature: String) -> Bool {
    features.split(separator: ",").contains { $0 == "+" + feature }
  }

  /// The data layout string of this target.
  public var dataLayout: String {
    let layout = LLVMCreateTargetDataLayout(ref)
    defer { LLVMDisposeTargetData(layout) }
    return takeMessage(LLVMCopyStringRepOfTargetData(layout))
  }

  /// Sets the module's triple and data layout to this target's.
  public func configure(_ module: LLModule) {
    module.triple = triple
    module.dataLayout = dataLayout
  }

  /// Runs code generation and returns the object file or assembly bytes.
  /// Code generation changes the module; emit from a `clone()` to keep it.
  public func emit(_ module: LLModule, as kind: CodeGenFileKind) throws -> [UInt8] {
    var message: UnsafeMutablePointer<CChar>?
    var buffer: LLVMMemoryBufferRef?
    if LLVMTargetMachineEmitToMemoryBuffer(ref, module.ref, kind.raw, &message, &buffer) != 0 || buffer == nil {
      throw LLVMError("LLVM code generation failed: \(takeMessage(message))")
    }
    defer { LLVMDisposeMemoryBuffer(buffer) }
    let start = UnsafeRawPointer(LLVMGetBufferStart(buffer)!)
    return Array(UnsafeRawBufferPointer(start: start, count: LLVMGetBufferSize(buffer)))
  }

  /// The module's assembly.
  public func assembly(_ module: LLModule) throws -> String {
    String(decoding: try emit(module, as: .assembly), as: UTF8.self)
  }

  /// Writes the object file or assembly to `path`, completely or not at all.
  public func emit(_ module: LLModule, as kind: CodeGenFileKind, to path: String) throws {
    try writeFile(try emit(module, as: kind), to: path)
  }
}

/// x86-64 CPU names LLVM 19 accepts (`llc -march=x86-64 -mcpu=help`).
let knownX86CPUs: Set<String> = [
  "alderlake", "amdfam10", "arrowlake", "arrowlake-s", "arrowlake_s", "athlon", "athlon-4", "athlon-fx",
  "athlon-mp", "athlon-tbird", "athlon-xp", "athlon64", "athlon64-sse3", "atom", "atom_sse4_2",
  "atom_sse4_2_movbe", "barcelona", "bdver1", "bdver2", "bdver3", "bdver4", "bonnell", "broadwell",
  "btver1", "btver2", "c3", "c3-2", "cannonlake", "cascadelake", "clearwaterforest", "cooperlake",
  "core-avx-i", "core-avx2", "core2", "core_2_duo_sse4_1", "core_2_duo_ssse3", "core_2nd_gen_avx",
  "core_3rd_gen_avx", "core_4th_gen_avx", "core_4th_gen_avx_tsx", "core_5th_gen_avx",
  "core_5th_gen_avx_tsx", "core_aes_pclmulqdq", "core_i7_sse4_2", "corei7", "corei7-avx",
  "emeraldrapids", "generic", "geode", "goldmont", "goldmont-plus", "goldmont_plus", "gracemont",
  "grandridge", "graniterapids", "graniterapids-d", "graniterapids_d", "haswell", "i386", "i486",
  "i586", "i686", "icelake-client", "icelake-server", "icelake_client", "icelake_server", "ivybridge",
  "k6", "k6-2", "k6-3", "k8", "k8-sse3", "knl", "knm", "lakemont", "lunarlake", "meteorlake",
  "mic_avx512", "nehalem", "nocona", "opteron", "opteron-sse3", "pantherlake", "penryn", "pentium",
  "pentium-m", "pentium-mmx", "pentium2", "pentium3", "pentium3m", "pentium4", "pentium4m",
  "pentium_4", "pentium_4_sse3", "pentium_ii", "pentium_iii", "pentium_iii_no_xmm_regs", "pentium_m",
  "pentium_mmx", "pentium_pro", "pentiumpro", "prescott", "raptorlake", "rocketlake", "sandybridge",
  "sapphirerapids", "sierraforest", "silvermont", "skx", "skylake", "skylake-avx512", "skylake_avx512",
  "slm", "tigerlake", "tremont", "westmere", "winchip-c6", "winchip2", "x86-64", "x86-64-v2",
  "x86-64-v3", "x86-64-v4", "yonah", "znver1", "znver2", "znver3", "znver4", "znver5",
]
