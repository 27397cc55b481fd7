/// Source locations and diagnostics: `FILE:LINE:COL: error: MESSAGE`.

public struct SourceLoc: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var line: Int  // 1-based
  public var col: Int  // 1-based, in characters
  public init(line: Int, col: Int) {
    self.line = line
    self.col = col
  }
  public static func < (a: SourceLoc, b: SourceLoc) -> Bool {
    (a.line, a.col) < (b.line, b.col)
  }
  public var description: String { "\(line):\(col)" }
}

/// One error in the user's input. `loc` is nil for errors about something
/// that has no place in a file (a module built with the Swift API).
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public var loc: SourceLoc?
  public var message: String
  public init(_ message: String, at loc: SourceLoc?) {
    self.message = message
    self.loc = loc
  }
  public var description: String { render(file: "<input>") }
  public func render(file: String) -> String {
    if let loc { return "\(file):\(loc.line):\(loc.col): error: \(message)" }
    return "\(file): error: \(message)"
  }
}

/// Several diagnostics at once (a parse or verification that found more than one).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  public func render(file: String) -> String {
    diagnostics.map { $0.render(file: file) }.joined(separator: "\n")
  }
  public var description: String { render(file: "<input>") }
}
