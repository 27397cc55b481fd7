/// The list of every operation. Each family's definitions live in its own
/// file under `Ops/`; this is the one place that lists the families.

public enum OpRegistry {
  public static let all: [OpDef] =
    elementwiseOps + creationOps + shapeOps + indexingOps + cumulativeOps + sortOps + reductionOps + contractionOps + controlFlowOps + convolutionOps + [callOp]
    + bitOps

  private static let byName: [String: OpDef] = {
    var d: [String: OpDef] = [:]
    for op in all { d[op.name] = op }
    return d
  }()

  public static func lookup(_ name: String) -> OpDef? { byName[name] }

  /// The op with this name; for code that names ops it knows exist.
  public static subscript(_ name: String) -> OpDef {
    guard let op = byName[name] else { fatalError("internal error: no op named '\(name)'") }
    return op
  }
}
