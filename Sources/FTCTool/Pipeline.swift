/// The compilation pipeline, in order. Every stage can be dumped by name
/// (`ftc dump --after STAGE`); this file is the one place that orders them.
///
///   parse     text -> Module (syntax, SSA), then the verifier (types, names,
///             transform signatures)
///   expand    transform definitions -> ordinary functions (AD, vmap)
///   simplify  DCE, CSE, constant folding, algebraic identities
///   fuse, schedule, llvm, asm   the native backend
///
/// The backend stages print ftc's readable kernel plans (fuse, schedule),
/// the LLVM IR ftc emits (llvm, before LLVM's optimisation) and the
/// assembly after it (asm).

import FTIR
import Transforms
import Backend
import Codegen

public enum Stage: String, CaseIterable, Sendable {
  case parse, expand, simplify, fuse, schedule, llvm, asm

  /// Stages that this build of ftc implements.
  public static let available: [Stage] = Stage.allCases
}

public enum Pipeline {
  /// Parses and verifies a file's bytes.
  public static func load(bytes: [UInt8], fileName: String, options: VerifyOptions = VerifyOptions()) -> Result<Module, DiagnosticList> {
    switch parseModule(bytes: bytes, fileName: fileName, maxOperations: options.maxOperations) {
    case .failure(let d): return .failure(d)
    case .success(var m):
      let diags = verifyModule(&m, options: options)
      return diags.isEmpty ? .success(m) : .failure(DiagnosticList(diags))
    }
  }

  /// Replaces every transform definition by an ordinary function.
  public static func expand(_ m: Module) -> Result<Module, DiagnosticList> {
    expandTransforms(m)
  }

  /// The module after `stage` (for the FTIR stages), or the diagnostics that stopped it.
  public static func run(_ m: Module, through stage: Stage) -> Result<Module, DiagnosticList> {
    switch stage {
    case .parse: return .success(m)
    case .expand: return expand(m)
    default: return expand(m).map(simplify)
    }
  }

  /// The module the backend compiles: simplified, calls inlined, simplified
  /// again (inlining exposes more), transform definitions gone.
  public static func backendModule(_ m: Module) -> Result<Module, DiagnosticList> {
    run(m, through: .simplify).flatMap(inlineCalls).map(simplify)
  }

  /// Kernels of every function (the `fuse` stage).
  public static func fusionPlans(_ m: Module) -> [FusionPlan] {
    m.functions.map { planFusion($0) }
  }

  /// The text of a stage's dump: `.failure` for errors in the input,
  /// `.success(.failure(message))` when LLVM itself failed.
  public static func dump(_ m: Module, after stage: Stage, only function: String?,
                          config: CompileConfig = CompileConfig()) -> Result<Result<String, BackendFailure>, DiagnosticList> {
    func filtered(_ m: Module) -> Module {
      var m = m
      if let function { m.functions = m.functions.filter { $0.name == function } }
      return m
    }
    switch stage {
    case .parse, .expand, .simplify:
      return run(m, through: stage).map { .success(printModule(filtered($0))) }
    case .fuse:
      return backendModule(m).map { b in
        let m = filtered(b)
        return .success(dumpFusion(m, plans: fusionPlans(m)))
      }
    case .schedule:
      return backendModule(m).map { b in
        let m = filtered(b)
        do {
          let target = try Compiler.target(config)
          let plans = fusionPlans(m)
          let schedules = plans.map { schedule($0, target: target) }
          let buffers = zip(plans, schedules).map { planBuffers($0, $1) }
          return .success(dumpSchedule(m, plans: plans, schedules: schedules, buffers: buffers, target: target))
        } catch {
          return .failure(BackendFailure("\(error)"))
        }
      }
    case .llvm, .asm:
      return backendModule(m).map { b in
        let m = filtered(b)
        do {
          let lowered = try Compiler.lower(m, config: config)
          if stage == .llvm { return .success(lowered.llvm.text) }
          try lowered.optimize(level: config.optLevel)
          return .success(try lowered.machine.assembly(lowered.llvm))
        } catch {
          return .failure(BackendFailure("\(error)"))
        }
      }
    }
  }
}

/// LLVM or the linker failed (an environment or internal failure, exit 2).
public struct BackendFailure: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
