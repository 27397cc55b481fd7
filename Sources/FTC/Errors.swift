/// The one error the Swift API throws: a message naming what was wrong
/// (the argument, the op and its Swift call site, the transform) and what
/// was expected. Nothing reachable from user input traps.
///
///     try grad(f)(NDArray([1, 2] as [Float]))
///     // FTCError: grad needs a float scalar first result, got f32[2] (function 'f')

public struct FTCError: Error, CustomStringConvertible, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Where a traced op was written (`#fileID:#line`), for its error message.
public struct CallSite: Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public init(_ file: String, _ line: Int) {
    self.file = file
    self.line = line
  }
  public var description: String { "\(file):\(line)" }
}
