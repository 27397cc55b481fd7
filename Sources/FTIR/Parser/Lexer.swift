/// The lexer of the FTIR text format (spec sections 1 to 3).
///
/// Input bytes are decoded as UTF-8 by hand, so that invalid bytes become
/// diagnostics at their position instead of replacement characters or traps.
/// Columns count Unicode scalars ("characters"), 1-based. Every lexical error
/// is reported once, and the rest of its line is skipped (the lexer emits an
/// `.error` token there, which the parser treats as already reported).

enum TokenKind: Equatable, Sendable {
  /// `[A-Za-z_][A-Za-z0-9_]*`: keywords, op names, dtypes, keys, `true`, `inf`...
  case ident
  /// `@name` (text without the `@`).
  case atName
  /// `%name` (text without the `%`).
  case percentName
  /// A numeric literal as written, or `-inf` (text as written).
  case number
  case lparen, rparen, lbracket, rbracket, lbrace, rbrace
  case comma, colon, equal, arrow
  /// The end of a line (its loc is where a comment starts, or the newline).
  case newline
  case eof
  /// A lexical error, already reported.
  case error
}

struct Token: Sendable {
  var kind: TokenKind
  var text: String
  var loc: SourceLoc
  /// True when the previous token (if any) is a newline: the token starts its line.
  var startsLine: Bool

  /// For a `.number`: written without `.`, exponent or `inf`.
  var isIntegerLiteral: Bool {
    kind == .number && !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" || $0 == "i" })
  }

  /// How the token is named in a diagnostic.
  var describe: String {
    switch kind {
    case .newline: return "end of line"
    case .eof: return "end of file"
    case .atName: return "'@\(text)'"
    case .percentName: return "'%\(text)'"
    case .error: return "invalid token"
    default: return "'\(text)'"
    }
  }
}

/// Marks a byte that is not part of a valid UTF-8 sequence (the byte is added).
private let invalidByteBase: UInt32 = 0x11_0000

/// Decodes UTF-8, turning every byte of an invalid sequence into `invalidByteBase + byte`.
private func decodeUTF8(_ b: [UInt8]) -> [UInt32] {
  var out: [UInt32] = []
  out.reserveCapacity(b.count)
  var i = 0
  let n = b.count
  // A leading byte order mark is not part of the text.
  if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
  while i < n {
    let c0 = b[i]
    if c0 < 0x80 {
      out.append(UInt32(c0))
      i += 1
      continue
    }
    var len = 0
    var value: UInt32 = 0
    var minValue: UInt32 = 0
    if c0 & 0xE0 == 0xC0 {
      len = 2; value = UInt32(c0 & 0x1F); minValue = 0x80
    } else if c0 & 0xF0 == 0xE0 {
      len = 3; value = UInt32(c0 & 0x0F); minValue = 0x800
    } else if c0 & 0xF8 == 0xF0 {
      len = 4; value = UInt32(c0 & 0x07); minValue = 0x1_0000
    }
    var ok = len > 0 && i + len <= n
    if ok {
      for k in 1..<len {
        let c = b[i + k]
        if c & 0xC0 != 0x80 { ok = false; break }
        value = (value << 6) | UInt32(c & 0x3F)
      }
    }
    if ok && (value < minValue || value > 0x10_FFFF || (value >= 0xD800 && value <= 0xDFFF)) { ok = false }
    if ok {
      out.append(value)
      i += len
    } else {
      out.append(invalidByteBase + UInt32(c0))
      i += 1
    }
  }
  return out
}

private func isIdentStart(_ c: UInt32) -> Bool {
  (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
}

private func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

private func isIdentChar(_ c: UInt32) -> Bool { isIdentStart(c) || isDigit(c) }

/// Characters of a value name after `%`: `[A-Za-z0-9_.]`.
private func isValueNameChar(_ c: UInt32) -> Bool { isIdentChar(c) || c == 0x2E }

struct Lexer {
  private let chars: [UInt32]
  private var i = 0
  private var line = 1
  private var col = 1
  private(set) var tokens: [Token] = []
  private(set) var diagnostics: [Diagnostic] = []

  init(bytes: [UInt8]) {
    chars = decodeUTF8(bytes)
  }

  /// Tokenizes everything; the last token is `.eof`.
  static func tokenize(_ bytes: [UInt8]) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lx = Lexer(bytes: bytes)
    lx.run()
    return (lx.tokens, lx.diagnostics)
  }

  private func peek(_ k: Int = 0) -> UInt32? {
    let j = i + k
    return j < chars.count ? chars[j] : nil
  }

  private var loc: SourceLoc { SourceLoc(line: line, col: col) }

  private mutating func advance() {
    guard i < chars.count else { return }
    if chars[i] == 0x0A {
      line += 1
      col = 1
    } else {
      col += 1
    }
    i += 1
  }

  private mutating func emit(_ kind: TokenKind, _ text: String, at loc: SourceLoc) {
    let startsLine = tokens.last.map { $0.kind == .newline } ?? true
    tokens.append(Token(kind: kind, text: text, loc: loc, startsLine: startsLine))
  }

  /// The text of a token (tokens are ASCII: the lexer only accepts ASCII in them).
  private func text(from start: Int) -> String {
    String(decoding: chars[start..<i].lazy.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
  }

  /// Reports a lexical error and skips the rest of the line (up to the newline).
  private mutating func error(_ message: String, at loc: SourceLoc) {
    diagnostics.append(Diagnostic(message, at: loc))
    emit(.error, "", at: loc)
    while let c = peek(), c != 0x0A { advance() }
  }

  private mutating func run() {
    while let c = peek() {
      let start = loc
      switch c {
      case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
        advance()
      case 0x0A:
        emit(.newline, "", at: start)
        advance()
      case 0x2F where peek(1) == 0x2F:  // "//" comment: up to the end of the line
        let commentLoc = start
        while let d = peek(), d != 0x0A {
          if d >= invalidByteBase {
            error("invalid UTF-8 byte 0x\(hex(d - invalidByteBase)) in a comment", at: loc)
            break
          }
          advance()
        }
        if peek() == 0x0A && tokens.last?.kind != .error {
          emit(.newline, "", at: commentLoc)
          advance()
        }
      case 0x28: single(.lparen, "(")
      case 0x29: single(.rparen, ")")
      case 0x5B: single(.lbracket, "[")
      case 0x5D: single(.rbracket, "]")
      case 0x7B: single(.lbrace, "{")
      case 0x7D: single(.rbrace, "}")
      case 0x2C: single(.comma, ",")
      case 0x3A: single(.colon, ":")
      case 0x3D: single(.equal, "=")
      case 0x2D where peek(1) == 0x3E:  // "->"
        advance(); advance()
        emit(.arrow, "->", at: start)
      case 0x2D where peek(1).map(isDigit) ?? false:
        lexNumber()
      case 0x2D where peek(1) == 0x69 && peek(2) == 0x6E && peek(3) == 0x66 && !(peek(4).map(isIdentChar) ?? false):
        for _ in 0..<4 { advance() }
        emit(.number, "-inf", at: start)
      case _ where isDigit(c):
        lexNumber()
      case _ where isIdentStart(c):
        let s = i
        while let d = peek(), isIdentChar(d) { advance() }
        emit(.ident, text(from: s), at: start)
      case 0x40:  // @name
        advance()
        let s = i
        while let d = peek(), isIdentChar(d) { advance() }
        if s == i || isDigit(chars[s]) {
          error("expected a function name (a C identifier) after '@'", at: start)
        } else {
          emit(.atName, text(from: s), at: start)
        }
      case 0x25:  // %name
        advance()
        let s = i
        while let d = peek(), isValueNameChar(d) { advance() }
        if s == i {
          error("expected a value name ([A-Za-z0-9_.]+) after '%'", at: start)
        } else {
          emit(.percentName, text(from: s), at: start)
        }
      default:
        if c >= invalidByteBase {
          error("invalid UTF-8 byte 0x\(hex(c - invalidByteBase))", at: start)
        } else if let u = Unicode.Scalar(c), c >= 0x21, c != 0x7F {
          error("unexpected character '\(Character(u))'", at: start)
        } else {
          error("unexpected character U+\(hex(c, digits: 4))", at: start)
        }
      }
    }
    emit(.eof, "", at: loc)
  }

  private mutating func single(_ kind: TokenKind, _ text: String) {
    let start = loc
    advance()
    emit(kind, text, at: start)
  }

  /// `-?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?`, not followed by a name character or `.`.
  private mutating func lexNumber() {
    let start = loc
    let s = i
    if peek() == 0x2D { advance() }
    while let d = peek(), isDigit(d) { advance() }
    if peek() == 0x2E {
      advance()
      while let d = peek(), isDigit(d) { advance() }
    }
    if let e = peek(), e == 0x65 || e == 0x45 {
      var k = 1
      if let sign = peek(1), sign == 0x2B || sign == 0x2D { k = 2 }
      if let d = peek(k), isDigit(d) {
        for _ in 0..<k { advance() }
        while let d = peek(), isDigit(d) { advance() }
      }
    }
    if let d = peek(), isValueNameChar(d) {
      error("invalid numeric literal", at: start)
      return
    }
    if i - s > Limits.maxLiteralLength {
      error("literal of \(i - s) characters is longer than the maximum of \(Limits.maxLiteralLength)", at: start)
      return
    }
    emit(.number, text(from: s), at: start)
  }
}

private func hex(_ v: UInt32, digits: Int = 2) -> String {
  let s = String(v, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, digits - s.count)) + s
}
