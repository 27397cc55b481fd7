/// Inspection: any function (a transform of one included) printed at a
/// pipeline stage, exactly as `ftc dump --after STAGE` prints its exported
/// `.ftir` file (Export.swift): FTIR text for parse, expand, simplify and
/// inline, the kernel plan for fuse and schedule, LLVM IR for llvm and
/// assembly for asm.
///
///     let g = jit(grad(f))
///     print(try g.function.dump([TensorType(.f32, [])], after: .fuse))   // the kernels
///     print(try g.function.dump([TensorType(.f32, [])], after: .asm))    // the machine code

import FTIR
import Pipeline

/// The stages of ftc's pipeline (`ftc dump --after` names): `.parse`,
/// `.expand`, `.simplify`, `.inline`, `.fuse`, `.schedule`, `.llvm`, `.asm`.
public typealias PipelineStage = Stage

/// What `ftc dump --after stage` prints for the FTIR `text` (named `fileName` in errors).
func dump(ftir text: String, fileName: String, after stage: Stage) throws(FTCError) -> String {
  guard stage.isDumpable else {
    throw FTCError("stage \(stage.rawValue) has no dump (stages: \(Stage.dumpable.map(\.rawValue).joined(separator: ", ")))")
  }
  let c = Compilation(bytes: Array(text.utf8), fileName: fileName)
  var out = ""
  do {
    try c.run(through: stage) { (s: Stage) throws(PipelineFailure) in
      if s == stage { out = try c.dump(s) }
    }
  } catch {
    switch error {
    case .input(let d): throw FTCError("\(fileName): \(d.diagnostics.map(\.message).joined(separator: "; "))")
    case .backend(let message): throw FTCError("\(fileName): \(message)")
    }
  }
  return out.hasSuffix("\n") ? out : out + "\n"
}

extension TensorFunction {
  /// The function at argument `types`, exported as `exportName` (default:
  /// its name), as `ftc dump --after stage` prints it.
  public func dump(_ types: [TensorType], after stage: PipelineStage, as exportName: String? = nil,
                   argumentNames: [String?] = []) throws(FTCError) -> String {
    let top = symbolName(exportName ?? name)
    return try FTC.dump(ftir: try exportFTIR(types, as: top, argumentNames: argumentNames), fileName: top + ".ftir", after: stage)
  }
}

extension TreeFunction {
  /// The function at `args`' structure and leaf types, exported as
  /// `exportName` (default: its name), as `ftc dump --after stage` prints it.
  public func dump(_ args: In, after stage: PipelineStage, as exportName: String? = nil,
                   argumentNames: [String] = []) throws(FTCError) -> String {
    let top = symbolName(exportName ?? name)
    return try FTC.dump(ftir: try exportFTIR(args, as: top, argumentNames: argumentNames), fileName: top + ".ftir", after: stage)
  }
}
