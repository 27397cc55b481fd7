/// What `ftc dump --after STAGE` prints for each dumpable stage: FTIR text
/// for parse ... inline, ftc's readable kernel plans for fuse, schedule and loops
/// (Backend/BackendDump.swift), the LLVM IR ftc emits for llvm and the
/// assembly for asm. A dump reads what its stage just made, so it is taken
/// right after that stage ran (`Compilation.run(through:after:)`).

import Backend
import FTIR

extension Compilation {
  /// The stage's dump as a Graphviz graph (`ftc dump --format dot`): the
  /// FTIR stages as dataflow, `fuse` as kernels with each boundary's reason.
  public func dumpDot(_ stage: Stage) throws(PipelineFailure) -> String {
    try requireLast(stage)
    do {
      switch stage {
      case .parse, .expand, .simplify, .inline:
        return dotGraph(try dumpedModule())
      case .fuse:
        return dotFusion(try requireModule(), plans: fusion)
      default:
        throw PipelineFailure.backend("internal error: the \(stage.rawValue) stage has no graph")
      }
    } catch let f as PipelineFailure {
      throw f
    } catch {
      throw .backend("\(error)")
    }
  }

  /// The stages with a Graphviz form.
  public static let graphStages: [Stage] = [.parse, .expand, .simplify, .inline, .fuse]

  /// The dump of `stage`, which must be the stage that ran last.
  public func dump(_ stage: Stage) throws(PipelineFailure) -> String {
    try requireLast(stage)
    do {
      switch stage {
      case .parse, .expand, .simplify, .inline:
        return printModule(try dumpedModule())
      case .fuse:
        return dumpFusion(try requireModule(), plans: fusion)
      case .schedule:
        let p = try requirePlan()
        return dumpSchedule(p.module, plans: p.functions, target: p.target)
      case .loops:
        let p = try requirePlan()
        return dumpLoops(p.module, plans: p.functions, target: p.target)
      case .llvm:
        return try requireLowered().llvm.text
      case .asm:
        guard let assembly else { throw PipelineFailure.backend("internal error: the asm stage made an object, not assembly") }
        return assembly
      case .llvmOpt, .link:
        throw PipelineFailure.backend("internal error: the \(stage.rawValue) stage has no dump")
      }
    } catch let f as PipelineFailure {
      throw f
    } catch {
      throw .backend("\(error)")
    }
  }

  /// A dump reads what its stage just made.
  private func requireLast(_ stage: Stage) throws(PipelineFailure) {
    guard stage == done else { throw .backend("internal error: the \(stage.rawValue) dump asked after \(done?.rawValue ?? "no stage")") }
  }

  /// The module an FTIR stage's dump shows (only `--func`'s function if given).
  private func dumpedModule() throws -> Module {
    var m = try requireModule()
    if let only = options.onlyFunction { m.functions = m.functions.filter { $0.name == only } }
    return m
  }
}
