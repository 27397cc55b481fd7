/// How a command reports a file it cannot write (the mechanism is FileIO's
/// `OutputFiles`): a refused destination exits 64, any other failure 2.

import FileIO

extension ToolResult {
  static func output(_ e: OutputError) -> ToolResult {
    .failure(e.refused ? 64 : 2, e.message)
  }
}
