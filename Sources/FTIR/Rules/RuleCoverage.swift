/// Which rules each operation has: the report behind `ftc rules` and the
/// coverage test, so a missing rule is found at build time.
///
/// - every op but `call` (which the passes inline) has reference semantics,
///   a JVP rule and a batching rule;
/// - the ops that JVP rules apply to tangents (the linear ops) have a
///   transpose rule: reverse mode reports a missing one as an internal
///   error, and the gradient-check tests run reverse mode through every op.

public enum RuleCoverage {
  /// The ops that JVP rules emit on tangents, each needing a transpose rule.
  public static let linearOps: Set<String> = [
    "neg", "add", "sub", "mul", "div", "select", "convert", "reduce_sum", "broadcast_in_dim", "reshape",
    "transpose", "slice", "pad", "concatenate", "reverse", "dot_general",
  ]

  /// One line per missing rule (empty when every op is covered).
  public static func missing() -> [String] {
    var out: [String] = []
    for op in OpRegistry.all where op.name != "call" {
      if op.evaluate == nil && op.evaluateRegions == nil { out.append("\(op.name): no reference semantics") }
      if op.jvp == nil { out.append("\(op.name): no JVP rule") }
      if linearOps.contains(op.name) && op.transpose == nil { out.append("\(op.name): no transpose rule") }
      if op.batch == nil { out.append("\(op.name): no batching rule") }
    }
    return out
  }

  /// A table: one row per op, a column per rule.
  public static func table() -> String {
    var rows = ["op                 eval  jvp   transpose batch"]
    for op in OpRegistry.all {
      func mark(_ b: Bool) -> String { b ? "yes   " : "-     " }
      let name = op.name + String(repeating: " ", count: max(1, 19 - op.name.count))
      let t = linearOps.contains(op.name) ? mark(op.transpose != nil) : "n/a   "
      rows.append(name + mark(op.evaluate != nil || op.evaluateRegions != nil) + mark(op.jvp != nil) + t + "    " + mark(op.batch != nil))
    }
    return rows.joined(separator: "\n")
  }
}
