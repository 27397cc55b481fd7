/// The compilation pipeline, in order: this file is the one place that
/// orders ftc's stages. Read top to bottom, `Stage` is what ftc does to a
/// file; `Stage.run` is how each stage does it. Every stage marked
/// dumpable can be printed by name (`ftc dump --after STAGE`); every stage
/// that runs is timed (`--time-passes`).
///
///   parse     "func @f(...) {...}"  ->  Module (verified)
///   expand    func @g = grad(@f)    ->  func @g(...) { ...JVP, transposed... }
///   simplify  %z = mul %x, 1.0      ->  (uses of %z use %x)
///   inline    %y = call @h(%x)      ->  @h's body, then simplified again
///   fuse      Module                ->  kernels per function (FusionPlan)
///   schedule  kernels               ->  loops, vectors, threads, buffers (ModulePlan)
///   loops     schedules             ->  each kernel's loop nest (LoopNest), what llvm emits
///   llvm      ModulePlan            ->  LLVM IR (LoweredModule)
///   llvm-opt  LLVM IR               ->  LLVM IR, optimised (default<On>)
///   asm       LLVM IR               ->  machine code (assembly text or an object file)
///   link      object + runtime      ->  a shared object (or a static library: --emit lib);
///             the runtime's object was compiled when ftc was built

import Backend
import Codegen
import FTIR
import Transforms

public enum Stage: String, CaseIterable, Sendable, Comparable {
  /// Text to a module: syntax, SSA, then the verifier (types, names,
  /// transform signatures).
  case parse
  /// Transform definitions (grad, jvp, vjp, vmap, ...) become ordinary functions.
  case expand
  /// DCE, CSE, constant folding, algebraic identities.
  case simplify
  /// Calls inlined, then simplified again (inlining exposes more): the
  /// module the backend compiles.
  case inline
  /// The kernels of every function, with the reason for every fusion boundary.
  case fuse
  /// Each kernel's loops, vector width and threading for the target; each
  /// function's buffers.
  case schedule
  /// Each kernel's loops made explicit (Backend/LoopNest.swift): what
  /// each loop walks, its range, lanes, threads and tail, and what runs at
  /// each level. Codegen builds loop kernels' and row groups' loops from it.
  case loops
  /// The plan lowered to LLVM IR, before LLVM's optimisation.
  case llvm
  /// Sub-stage: LLVM's `default<On>` optimisation (not dumpable on its own:
  /// `ftc compile --emit llvm` writes its result).
  case llvmOpt = "llvm-opt"
  /// Machine code generation: dumped as assembly; `ftc compile` writes it as
  /// an object file (or assembly with `--emit asm`).
  case asm
  /// Sub-stage of shared objects: the object and the runtime linked.
  case link

  /// The stages `ftc dump --after` prints, in order.
  public static let dumpable: [Stage] = allCases.filter(\.isDumpable)

  public var isDumpable: Bool {
    switch self {
    case .parse, .expand, .simplify, .inline, .fuse, .schedule, .loops, .llvm, .asm: return true
    case .llvmOpt, .link: return false
    }
  }

  public static func < (a: Stage, b: Stage) -> Bool { a.index < b.index }

  private var index: Int { Stage.allCases.firstIndex(of: self)! }

  /// Does this stage's work on `c`, whose previous stages have run.
  func run(_ c: Compilation) throws {
    switch self {
    case .parse:
      c.module = try Pipeline.load(bytes: c.source.bytes, fileName: c.source.fileName,
                                   options: VerifyOptions(symbolPrefix: c.config.prefix, maxOperations: c.options.maxOperations)).get()
      c.names = try c.requireModule().interfaceNames
    case .expand:
      c.module = try expandTransforms(try c.requireModule(), maxOperations: c.options.maxOperations).get()
    case .simplify:
      c.module = Transforms.simplify(try c.requireModule())
    case .inline:
      c.module = Transforms.simplify(try inlineCalls(try c.requireModule(), maxOperations: c.options.maxOperations).get())
    case .fuse:
      var m = try c.requireModule()
      if let only = c.options.onlyFunction { m.functions = m.functions.filter { $0.name == only } }
      c.module = m
      let machine = try Compiler.machine(c.config)
      c.machine = machine
      c.fusion = m.functions.map { planFusion($0, target: machine.target) }
    case .schedule:
      let machine = try c.machine ?? Compiler.machine(c.config)
      let functions = c.fusion.map { planFunction($0, target: machine.target) }
      c.machine = machine
      c.plan = ModulePlan(module: try c.requireModule(), target: machine.target, functions: functions, names: c.names)
    case .loops:
      c.plan = planLoops(try c.requirePlan())
    case .llvm:
      c.lowered = try Compiler.lower(try c.requirePlan(), on: try c.requireMachine(), prefix: c.config.prefix,
                                     forJIT: c.options.forJIT)
    case .llvmOpt:
      try c.requireLowered().optimize()
    case .asm:
      switch c.options.machineCode {
      case .assembly: c.assembly = try c.requireLowered().assembly()
      case .object: c.object = try c.requireLowered().object()
      }
    case .link:
      guard let object = c.object else { throw PipelineFailure.backend("internal error: no object file to link") }
      let link = c.options.staticLibrary ? Compiler.linkStaticLibrary : Compiler.linkSharedObject
      c.sharedObject = try link(object, try c.requireModule(), c.config.prefix, try c.requireLinker())
    }
  }
}
