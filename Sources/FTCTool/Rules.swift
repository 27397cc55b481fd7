/// `ftc rules`: the coverage table of every op (semantics, JVP, transpose,
/// batching, class, lowering), one row per op.

import Codegen
import FTIR

extension Commands {
  /// The table on stdout; exit 0, or 1 with one line per gap on stderr.
  public static func rules(_ ops: [OpDef] = OpRegistry.all) -> ToolResult {
    var r = ToolResult()
    r.stdout = coverageTable(ops) + "\n"
    let gaps = coverageGaps(ops)
    if !gaps.isEmpty {
      r.status = 1
      r.stderr = gaps.map { "ftc: rule missing: \($0)\n" }.joined()
    }
    return r
  }
}
