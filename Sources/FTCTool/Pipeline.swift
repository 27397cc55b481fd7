/// The compilation pipeline, in order. Every stage can be dumped by name
/// (`ftc dump --after STAGE`); this file is the one place that orders them.
///
///   parse     text -> Module (syntax, SSA), then the verifier (types, names,
///             transform signatures)
///   expand    transform definitions -> ordinary functions (AD, vmap)
///   simplify  DCE, CSE, constant folding, algebraic identities
///   fuse, schedule, llvm, asm   the native backend
///
/// The native backend stages (fuse and later) do not exist yet; they are
/// reported as not available rather than faked.

import FTIR
import Transforms
import Backend

public enum Stage: String, CaseIterable, Sendable {
  case parse, expand, simplify, fuse, schedule, llvm, asm

  /// Stages that this build of ftc implements.
  public static let available: [Stage] = [.parse, .expand, .simplify, .fuse]
}

public enum Pipeline {
  /// Parses and verifies a file's bytes.
  public static func load(bytes: [UInt8], fileName: String, options: VerifyOptions = VerifyOptions()) -> Result<Module, DiagnosticList> {
    switch parseModule(bytes: bytes, fileName: fileName) {
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

  /// The text of a stage's dump.
  public static func dump(_ m: Module, after stage: Stage, only function: String?) -> Result<String, DiagnosticList> {
    func filtered(_ m: Module) -> Module {
      var m = m
      if let function { m.functions = m.functions.filter { $0.name == function } }
      return m
    }
    switch stage {
    case .parse, .expand, .simplify:
      return run(m, through: stage).map { printModule(filtered($0)) }
    case .fuse:
      return backendModule(m).map { b in
        let m = filtered(b)
        return dumpFusion(m, plans: fusionPlans(m))
      }
    default:
      return .success("")
    }
  }
}
