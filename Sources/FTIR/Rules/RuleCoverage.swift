/// Which rules each operation has: the report behind `ftc rules` and the
/// coverage test, so a missing rule is found at build time.
///
/// - every op has a class (`OpDef.opClass`);
/// - every op but `call` (class `.call`, which the passes inline) has
///   reference semantics, a JVP rule and a batching rule;
/// - the ops linear in some operand (`OpDef.linearity`: those JVP rules apply
///   to tangents) have a transpose rule: reverse mode reports a missing one
///   as an internal error, and the gradient-check tests run reverse mode
///   through every op.
///
/// Codegen joins this with its lowering table (`Codegen.coverageGaps`,
/// `Codegen.coverageTable`), since FTIR knows nothing of LLVM.

public enum RuleCoverage {
  /// One line per missing rule of `ops` (empty when every op is covered).
  public static func missing(_ ops: [OpDef] = OpRegistry.all) -> [String] {
    var out: [String] = []
    for op in ops {
      guard let cls = op.opClass else {
        out.append("\(op.name): no class")
        continue
      }
      if cls == .call { continue }
      if op.evaluate == nil && op.evaluateRegions == nil { out.append("\(op.name): no reference semantics") }
      if op.jvp == nil { out.append("\(op.name): no JVP rule") }
      if op.linearity.needsTranspose && op.transpose == nil { out.append("\(op.name): no transpose rule") }
      if op.batch == nil { out.append("\(op.name): no batching rule") }
    }
    return out
  }

  /// A table: one row per op, a column per rule, the op's class, and the
  /// `extra` column (Codegen's lowering) if given.
  public static func table(_ ops: [OpDef] = OpRegistry.all,
                           extra: (title: String, cell: (OpDef) -> String)? = nil) -> String {
    func mark(_ b: Bool) -> String { b ? "yes" : "MISSING" }
    var rows: [[String]] = [["op", "semantics", "jvp", "transpose", "batching", "class"] + (extra.map { [$0.title] } ?? [])]
    for op in ops {
      let inlined = op.opClass == .call
      func rule(_ has: Bool) -> String { inlined ? "n/a" : mark(has) }
      let transpose = op.linearity.needsTranspose ? mark(op.transpose != nil) + " (\(op.linearity.description))" : "n/a"
      var row = [op.name, rule(op.evaluate != nil || op.evaluateRegions != nil), rule(op.jvp != nil), transpose, rule(op.batch != nil),
                 op.opClass?.rawValue ?? "MISSING"]
      if let extra { row.append(extra.cell(op)) }
      rows.append(row)
    }
    var widths = [Int](repeating: 0, count: rows[0].count)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    return rows.map { row in
      row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
      }.joined()
    }.joined(separator: "\n")
  }
}
