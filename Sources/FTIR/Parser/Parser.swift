/// The parser of the FTIR text format (spec sections 1 to 5).
///
/// It builds a `Module` with source locations and reports syntax errors,
/// name (SSA) errors, type limits and literal errors; it does not run type
/// rules (the verifier does). It never traps on any input: list nesting is
/// bounded, numbers are converted with failable initializers, and every
/// error recovers at the next line or the next function.

/// Parses a whole .ftir file. `fileName` gives the default module name (its
/// base name without extension, made a C identifier).
/// More than `maxOperations` operations (spec section 2) stops parsing at
/// the first operation beyond the limit, with a diagnostic there.
public func parseModule(bytes: [UInt8], fileName: String,
                        maxOperations: Int = Limits.maxOperations) -> Result<Module, DiagnosticList> {
  let (tokens, lexDiagnostics) = Lexer.tokenize(bytes)
  var p = Parser(tokens: tokens)
  p.operationLimit = maxOperations
  p.diagnostics = lexDiagnostics
  let module = p.parseModule(defaultName: defaultModuleName(fileName: fileName))
  if p.diagnostics.isEmpty { return .success(module) }
  // Sorted by position (stable), exact duplicates removed.
  let sorted = p.diagnostics.enumerated().sorted { a, b in
    switch (a.element.loc, b.element.loc) {
    case let (x?, y?): return x != y ? x < y : a.offset < b.offset
    case (nil, _?): return true
    case (_?, nil): return false
    case (nil, nil): return a.offset < b.offset
    }
  }.map(\.element)
  var unique: [Diagnostic] = []
  var seen = Set<Diagnostic>()
  for d in sorted where seen.insert(d).inserted { unique.append(d) }
  return .failure(DiagnosticList(unique))
}

public func parseModule(_ text: String, fileName: String) -> Result<Module, DiagnosticList> {
  parseModule(bytes: Array(text.utf8), fileName: fileName)
}

/// The module name derived from a file name: the base name without its
/// extension, each character outside `[A-Za-z0-9_]` replaced by `_`, and a
/// `_` before a leading digit ("module" if nothing is left).
public func defaultModuleName(fileName: String) -> String {
  var base = Substring(fileName)
  if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
  if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
  var out = ""
  for ch in base {
    if ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_") { out.append(ch) } else { out.append("_") }
  }
  if out.isEmpty { return "module" }
  if let f = out.first, f.isASCII, f.isNumber { out = "_" + out }
  return out
}

/// Thrown after a diagnostic was recorded (or for an `.error` token, whose
/// diagnostic the lexer recorded): the caller recovers.
struct ParseFailure: Error {}

/// A literal of `constant` before its type is known.
indirect enum LiteralNode {
  case scalar(Token)
  case list([LiteralNode], SourceLoc)
}

struct Parser {
  /// Bound on nested lists and transform expressions (a diagnostic beyond it).
  static let maxNesting = 64

  let tokens: [Token]
  var pos = 0
  var diagnostics: [Diagnostic] = []
  /// Operations parsed so far in the module, and the limit on them.
  var operationCount = 0
  var operationLimit = Limits.maxOperations
  /// In a signature, a transform definition or at top level, newlines are
  /// skipped; in a function body they end statements.
  var multiline = true

  // State of the function being parsed.
  var scope: [String: Value] = [:]
  var undefinedUses: [(name: String, loc: SourceLoc)] = []
  /// Set when a statement failed at the end of its line: the following lines
  /// that do not start a statement are taken as its continuation and skipped
  /// without further diagnostics.
  var failedAtEndOfLine = false
  /// Scopes of the bodies enclosing the region being parsed (innermost
  /// last), for the diagnostic of a value used from outside a region.
  var outerScopes: [[String: Value]] = []

  init(tokens: [Token]) {
    // The lexer always ends with .eof; keep that invariant even if it did not.
    if tokens.last?.kind == .eof {
      self.tokens = tokens
    } else {
      self.tokens = tokens + [Token(kind: .eof, text: "", loc: tokens.last?.loc ?? SourceLoc(line: 1, col: 1), startsLine: true)]
    }
  }

  // MARK: Tokens

  mutating func peek() -> Token {
    if multiline {
      while pos < tokens.count - 1 && tokens[pos].kind == .newline { pos += 1 }
    }
    return tokens[min(pos, tokens.count - 1)]
  }

  @discardableResult
  mutating func next() -> Token {
    let t = peek()
    if t.kind != .eof { pos += 1 }
    return t
  }

  mutating func at(_ kind: TokenKind) -> Bool { peek().kind == kind }

  mutating func atKeyword(_ word: String) -> Bool {
    let t = peek()
    return t.kind == .ident && t.text == word
  }

  mutating func report(_ message: String, at loc: SourceLoc) {
    diagnostics.append(Diagnostic(message, at: loc))
  }

  mutating func fail(_ message: String, at loc: SourceLoc) -> ParseFailure {
    report(message, at: loc)
    return ParseFailure()
  }

  mutating func unexpected(_ t: Token, expected: String) -> ParseFailure {
    if t.kind == .error { return ParseFailure() }
    var message = "expected \(expected), found \(t.describe)"
    if t.kind == .newline {
      message += " (each operation must fit on one line)"
      failedAtEndOfLine = true
    }
    return fail(message, at: t.loc)
  }

  @discardableResult
  mutating func expect(_ kind: TokenKind, _ what: String) throws(ParseFailure) -> Token {
    let t = peek()
    guard t.kind == kind else { throw unexpected(t, expected: what) }
    return next()
  }

  /// Skips to the end of the current line (single-line mode).
  mutating func skipLine() {
    while true {
      let t = tokens[min(pos, tokens.count - 1)]
      if t.kind == .newline || t.kind == .eof { return }
      pos += 1
    }
  }

  /// Skips to the next `func` or `module` at the start of a line.
  mutating func recoverTopLevel() {
    multiline = true
    while true {
      let t = peek()
      if t.kind == .eof { return }
      if t.kind == .ident && (t.text == "func" || t.text == "module") && t.startsLine { return }
      pos += 1
    }
  }

  // MARK: Module

  mutating func parseModule(defaultName: String) -> Module {
    var module = Module(name: defaultName)
    var sawModule = false
    var sawFunction = false
    var functionNames: [String: SourceLoc] = [:]
    while true {
      multiline = true
      let t = peek()
      if t.kind == .eof { break }
      if t.kind == .ident && t.text == "module" {
        next()
        do {
          let name = try expect(.atName, "a module name '@name'")
          if sawModule {
            report("the module name is declared more than once", at: t.loc)
          } else if sawFunction {
            report("'module' must come before any function", at: t.loc)
          } else {
            module.name = name.text
          }
          sawModule = true
        } catch {
          recoverTopLevel()
        }
      } else if t.kind == .ident && t.text == "func" {
        sawFunction = true
        if let f = parseFunction(names: &functionNames) { module.functions.append(f) }
      } else {
        _ = unexpected(t, expected: "'func' or 'module'")
        next()
        recoverTopLevel()
      }
    }
    return module
  }

  // MARK: Functions

  /// Parses one function or transform definition (starting at `func`).
  /// Returns nil (after reporting) when its header could not be parsed.
  mutating func parseFunction(names: inout [String: SourceLoc]) -> Function? {
    let funcTok = next()
    multiline = true
    scope = [:]
    undefinedUses = []
    var f = Function(name: "")
    f.locs.funcKeyword = funcTok.loc
    do {
      if atKeyword("private") {
        next()
        f.isPrivate = true
      }
      let nameTok = try expect(.atName, "a function name '@name'")
      f.name = nameTok.text
      f.locs.name = nameTok.loc
      var duplicate = false
      if let first = names[nameTok.text] {
        report("function '@\(nameTok.text)' is already defined at \(first)", at: nameTok.loc)
        duplicate = true
      } else {
        names[nameTok.text] = nameTok.loc
      }

      if at(.equal) {
        next()
        f.transform = try parseTransformExpr(depth: 0)
        return duplicate ? nil : f
      }

      try expect(.lparen, "'(' or '='")
      if !at(.rparen) {
        while true {
          let p = try expect(.percentName, "a parameter '%name: type'")
          try expect(.colon, "':' and the parameter's type")
          let (type, _) = try parseType()
          f.params.append(define(p, type, in: &f))
          if at(.comma) {
            next()
            continue
          }
          break
        }
      }
      try expect(.rparen, "',' or ')'")
      try expect(.arrow, "'->' and the result types")
      if at(.lparen) {
        next()
        while true {
          let (type, loc) = try parseType()
          f.resultTypes.append(type)
          f.locs.resultTypes.append(loc)
          if at(.comma) {
            next()
            continue
          }
          break
        }
        try expect(.rparen, "',' or ')'")
      } else {
        let (type, loc) = try parseType()
        f.resultTypes.append(type)
        f.locs.resultTypes.append(loc)
      }
      try expect(.lbrace, "'{'")
      multiline = false
      parseBody(&f, funcTok: funcTok)
      return duplicate ? nil : f
    } catch {
      finishFunction()
      recoverTopLevel()
      return nil
    }
  }

  /// Reports uses of names that were not defined before them.
  mutating func finishFunction(region: String? = nil) {
    for u in undefinedUses {
      if scope[u.name] != nil {
        report("value '%\(u.name)' is used before its definition", at: u.loc)
      } else if let region, outerScopes.contains(where: { $0[u.name] != nil }) {
        report("value '%\(u.name)' is defined outside region '\(region)': a region sees only its parameters (pass the value as an operand of the op)", at: u.loc)
      } else {
        report("use of undefined value '%\(u.name)'", at: u.loc)
      }
    }
    undefinedUses = []
    scope = [:]
  }

  /// Defines `%name` (reporting a redefinition) and returns its value.
  mutating func define(_ tok: Token, _ type: TensorType, in f: inout Function) -> Value {
    let v = f.newValue(type, name: tok.text, loc: tok.loc)
    if let prev = scope[tok.text] {
      let at = f.values.indices.contains(prev.id) ? f.values[prev.id].loc : nil
      report("value '%\(tok.text)' is already defined" + (at.map { " at \($0)" } ?? ""), at: tok.loc)
    } else {
      scope[tok.text] = v
    }
    return v
  }

  /// The value `%name` refers to (a placeholder, with a deferred diagnostic, if undefined).
  mutating func use(_ tok: Token, in f: inout Function) -> Value {
    if let v = scope[tok.text] { return v }
    undefinedUses.append((tok.text, tok.loc))
    return f.newValue(TensorType(.f32, []), name: nil, loc: tok.loc)
  }

  /// After a statement: the line must end here.
  mutating func endOfStatement() {
    let t = peek()
    switch t.kind {
    case .newline, .eof:
      return
    case .error:
      skipLine()
    case .rbrace:
      // Report, then let the body loop close the function.
      report("the closing '}' must stand on its own line", at: t.loc)
    case .percentName:
      report("each operation must stand on its own line", at: t.loc)
    case .ident where t.text == "return":
      report("'return' must stand on its own line", at: t.loc)
    default:
      report("expected end of line, found \(t.describe)", at: t.loc)
      skipLine()
    }
  }

  /// True if the line at `pos` starts a statement: `}`, `return`, `func`,
  /// `%a =` or `%a, %b =` (single-line mode).
  func lineStartsStatement() -> Bool {
    var k = min(pos, tokens.count - 1)
    let t = tokens[k]
    switch t.kind {
    case .eof, .rbrace: return true
    case .ident:
      if t.text == "return" || t.text == "yield" || t.text == "func" { return true }
      return k + 1 < tokens.count && tokens[k + 1].kind == .lparen  // a region's header
    case .percentName:
      while k + 1 < tokens.count && tokens[k].kind == .percentName {
        k += 1
        if tokens[k].kind == .equal { return true }
        guard tokens[k].kind == .comma else { return false }
        k += 1
      }
      return false
    default: return false
    }
  }

  /// Parses a body up to its closing `}`: a function's (ending in `return`)
  /// or, with `region`, a region's (ending in `yield`).
  mutating func parseBody(_ f: inout Function, funcTok: Token, region: String? = nil) {
    let what = region.map { "region '\($0)'" } ?? "function '@\(f.name)'"
    let terminator = region == nil ? "return" : "yield"
    let other = region == nil ? "yield" : "return"
    var sawReturn = false
    failedAtEndOfLine = false
    endOfStatement()  // nothing may follow '{' on its line
    while true {
      let t = peek()
      switch t.kind {
      case .newline:
        next()
        if failedAtEndOfLine {
          if peek().kind == .newline {
            break
          } else if lineStartsStatement() {
            failedAtEndOfLine = false
          } else {
            skipLine()
          }
        }
      case .eof:
        report("unterminated \(what): missing '}'", at: funcTok.loc)
        finishFunction(region: region)
        return
      case .ident where t.text == "func":
        report("unterminated \(what): missing '}'", at: funcTok.loc)
        finishFunction(region: region)
        return
      case .rbrace:
        next()
        if !sawReturn { report("\(what) has no '\(terminator)'", at: t.loc) }
        let after = peek()
        if after.kind == .ident && after.text == "func" {
          report("the closing '}' must stand on its own line", at: t.loc)
        } else if after.kind == .error {
          skipLine()
        } else if after.kind != .newline && after.kind != .eof {
          report("the closing '}' must stand on its own line", at: t.loc)
          skipLine()
        }
        finishFunction(region: region)
        return
      case .ident where t.text == terminator:
        if sawReturn { report("a \(region == nil ? "function" : "region") has only one '\(terminator)'", at: t.loc) }
        sawReturn = true
        parseReturn(&f)
      case .ident where t.text == other:
        report(region == nil ? "'yield' ends a region; a function ends with 'return'"
                             : "a region ends with 'yield', not 'return'", at: t.loc)
        next()
        skipLine()
      case .percentName:
        if sawReturn { report("operation after '\(terminator)'", at: t.loc) }
        operationCount += 1
        if operationCount > operationLimit {
          report("the module has more than the limit of \(operationLimit) operations", at: t.loc)
          pos = tokens.count - 1  // stop: the rest is not parsed
          return
        }
        parseOperation(&f)
      default:
        _ = unexpected(t, expected: "an operation '%name = ...', 'return' or '}'")
        next()
        skipLine()
      }
    }
  }

  mutating func parseReturn(_ f: inout Function) {
    let kw = next()
    var values: [Value] = []
    var locs: [SourceLoc] = []
    do {
      if at(.percentName) {
        while true {
          let v = try expect(.percentName, "a value '%name'")
          values.append(use(v, in: &f))
          locs.append(v.loc)
          if at(.comma) {
            next()
            continue
          }
          break
        }
      }
      f.returnValues = values
      f.locs.returnStmt = kw.loc
      f.locs.returnOperands = locs
      endOfStatement()
    } catch {
      skipLine()
    }
  }

  // MARK: Operations

  mutating func parseOperation(_ f: inout Function) {
    var resultToks: [Token] = []
    do {
      while true {
        resultToks.append(try expect(.percentName, "a result name '%name'"))
        if at(.comma) {
          next()
          continue
        }
        break
      }
      try expect(.equal, "'=' or ','")
      let opTok = peek()
      guard opTok.kind == .ident else { throw unexpected(opTok, expected: "an operation name") }
      guard let def = OpRegistry.lookup(opTok.text) else {
        let hint = Suggestions.opEquivalents[opTok.text].map { " (\($0))" }
          ?? Suggestions.didYouMean(opTok.text, in: OpRegistry.all.map(\.name))
        throw fail("unknown operation '\(opTok.text)'\(hint)", at: opTok.loc)
      }
      next()
      var operandToks: [Token] = []
      var attrs = Attributes()
      var locs = OpLocs(op: opTok.loc)
      var literal: LiteralNode?
      switch def.name {
      case "constant":
        locs.attrs["value"] = peek().loc
        literal = try parseLiteral(depth: 0)
      case "call":
        let callee = try expect(.atName, "the called function '@name'")
        attrs["callee"] = .symbol(callee.text)
        locs.attrs["callee"] = callee.loc
        try expect(.lparen, "'('")
        if !at(.rparen) {
          while true {
            operandToks.append(try expect(.percentName, "an argument '%name'"))
            if at(.comma) {
              next()
              continue
            }
            break
          }
        }
        try expect(.rparen, "',' or ')'")
      default:
        try parseOperandsAndAttributes(def, &operandToks, &attrs, &locs)
      }
      try expect(.colon, "':' and the result type")
      let (types, typeLoc) = try parseResultTypes()
      locs.type = typeLoc
      if let literal {
        let t = types.first ?? TensorType(.f32, [])
        attrs["value"] = .tensor(try literalTensor(literal, t))
      }
      if types.count != resultToks.count {
        report("\(resultToks.count) result name\(resultToks.count == 1 ? "" : "s") but \(types.count) result type\(types.count == 1 ? "" : "s")", at: typeLoc)
      }
      var operands: [Value] = []
      for tok in operandToks {
        operands.append(use(tok, in: &f))
        locs.operands.append(tok.loc)
      }
      var results: [Value] = []
      for (i, tok) in resultToks.enumerated() {
        let t = i < types.count ? types[i] : (types.last ?? TensorType(.f32, []))
        results.append(define(tok, t, in: &f))
      }
      f.body.append(Operation(def, operands: operands, results: results, attrs: attrs, locs: locs))
      WorkCounter.parsed()
      let index = f.body.count - 1
      endOfStatement()
      f.body[index].regions = parseRegions()
    } catch {
      // Define the names anyway, so that later uses do not cascade.
      for tok in resultToks where scope[tok.text] == nil {
        scope[tok.text] = f.newValue(TensorType(.f32, []), name: tok.text, loc: tok.loc)
      }
      skipLine()
      _ = parseRegions()  // the op's regions, reported but dropped with it
    }
  }

  /// `%a, %b, key=value, ...` up to the `:`.
  mutating func parseOperandsAndAttributes(_ def: OpDef, _ operands: inout [Token], _ attrs: inout Attributes,
                                           _ locs: inout OpLocs) throws(ParseFailure) {
    if at(.colon) { return }
    var sawAttribute = false
    var keyLocs: [String: SourceLoc] = [:]
    while true {
      let t = peek()
      if t.kind == .percentName {
        if sawAttribute { throw fail("operands must come before attributes", at: t.loc) }
        next()
        operands.append(t)
      } else if t.kind == .ident {
        next()
        try expect(.equal, "'=' after the attribute name '\(t.text)'")
        let valueLoc = peek().loc
        let value = try parseValue(depth: 0)
        sawAttribute = true
        if let spec = def.attrSpec(t.text), spec.keyed {
          if let first = keyLocs[t.text] {
            report("repeated attribute '\(t.text)' (first given at \(first))", at: t.loc)
          } else {
            keyLocs[t.text] = t.loc
            attrs[t.text] = value
            locs.attrs[t.text] = valueLoc
          }
        } else {
          let keys = def.attrs.filter(\.keyed).map(\.name)
          let known = keys.isEmpty ? "it takes none" : "expected " + keys.joined(separator: ", ")
          report("'\(def.name)' has no attribute '\(t.text)' (\(known))", at: t.loc)
        }
      } else {
        throw unexpected(t, expected: sawAttribute ? "an attribute 'key=value'" : "an operand '%name' or an attribute 'key=value'")
      }
      if at(.comma) {
        next()
        continue
      }
      return
    }
  }

  /// `T` or `(T0, T1, ...)`; the location is that of the written type (its `(` for a list).
  mutating func parseResultTypes() throws(ParseFailure) -> ([TensorType], SourceLoc) {
    let t = peek()
    if t.kind == .lparen {
      next()
      var types: [TensorType] = []
      while true {
        types.append(try parseType().0)
        if at(.comma) {
          next()
          continue
        }
        break
      }
      try expect(.rparen, "',' or ')'")
      return (types, t.loc)
    }
    let (type, loc) = try parseType()
    return ([type], loc)
  }

  // MARK: Regions

  /// True when the next line (after blank ones) starts a region's header
  /// `label(`.
  func atRegionHeader() -> Bool {
    var k = min(pos, tokens.count - 1)
    while k < tokens.count - 1 && tokens[k].kind == .newline { k += 1 }
    let t = tokens[k]
    guard t.kind == .ident, t.text != "return", t.text != "yield", t.text != "func" else { return false }
    return k + 1 < tokens.count && tokens[k + 1].kind == .lparen
  }

  /// The regions that follow an operation's line, each
  /// `label(%p: T, ...) {` ... `yield %v, ...` `}`.
  mutating func parseRegions() -> [Function] {
    var regions: [Function] = []
    while atRegionHeader() {
      while tokens[min(pos, tokens.count - 1)].kind == .newline { pos += 1 }
      if let r = parseRegion() { regions.append(r) }
    }
    return regions
  }

  /// One region, in a scope of its own (it is closed). Beyond the nesting
  /// limit the region is reported and skipped without recursion.
  mutating func parseRegion() -> Function? {
    let label = next()
    var r = Function(name: label.text)
    r.locs.funcKeyword = label.loc
    r.locs.name = label.loc
    if outerScopes.count >= Limits.maxRegionNesting {
      report("regions nest more than \(Limits.maxRegionNesting) deep", at: label.loc)
      skipRegion()
      return nil
    }
    outerScopes.append(scope)
    let savedUses = undefinedUses
    let savedFailed = failedAtEndOfLine
    scope = [:]
    undefinedUses = []
    defer {
      scope = outerScopes.removeLast()
      undefinedUses = savedUses
      failedAtEndOfLine = savedFailed
      multiline = false
    }
    do {
      try expect(.lparen, "'('")
      if !at(.rparen) {
        while true {
          let p = try expect(.percentName, "a parameter '%name: type'")
          try expect(.colon, "':' and the parameter's type")
          let (type, _) = try parseType()
          r.params.append(define(p, type, in: &r))
          if at(.comma) {
            next()
            continue
          }
          break
        }
      }
      try expect(.rparen, "',' or ')'")
      try expect(.lbrace, "'{'")
    } catch {
      finishFunction(region: label.text)
      skipRegion()
      return nil
    }
    parseBody(&r, funcTok: label, region: label.text)
    r.resultTypes = r.returnValues.map { r.values.indices.contains($0.id) ? r.type(of: $0) : TensorType(.f32, []) }
    return r
  }

  /// Skips the rest of a region that is not parsed: up to the `}` that
  /// closes it (braces counted, no recursion), or a `func` at the start of a line.
  mutating func skipRegion() {
    var depth = 0
    var opened = false
    while true {
      let t = tokens[min(pos, tokens.count - 1)]
      switch t.kind {
      case .eof: return
      case .lbrace:
        depth += 1
        opened = true
      case .rbrace:
        depth -= 1
        if opened && depth <= 0 {
          pos += 1
          skipLine()
          return
        }
      case .ident where t.text == "func" && t.startsLine:
        return
      default: break
      }
      pos += 1
    }
  }

  // MARK: Types

  /// `DTYPE[d0, d1, ...]`, checked against the limits of spec section 2.
  mutating func parseType() throws(ParseFailure) -> (TensorType, SourceLoc) {
    let t = peek()
    guard t.kind == .ident else { throw unexpected(t, expected: "a type such as f32[3]") }
    guard let dtype = DType(rawValue: t.text) else {
      throw fail("unknown element type '\(t.text)' (expected f32, f64, i32, i64 or i1)", at: t.loc)
    }
    next()
    try expect(.lbracket, "'[' after the element type")
    var dims: [Int] = []
    var tooLarge: String?
    if !at(.rbracket) {
      while true {
        let d = peek()
        guard d.kind == .number else { throw unexpected(d, expected: "a dimension") }
        guard d.isIntegerLiteral else { throw fail("a dimension must be an integer, found '\(d.text)'", at: d.loc) }
        guard !d.text.hasPrefix("-") else { throw fail("a dimension must not be negative, found '\(d.text)'", at: d.loc) }
        next()
        if let v = Int(d.text) {
          dims.append(v)
        } else {
          if tooLarge == nil { tooLarge = d.text }
          dims.append(Int.max)
        }
        if at(.comma) {
          next()
          continue
        }
        break
      }
    }
    try expect(.rbracket, "',' or ']'")
    if dims.count > Limits.maxRank {
      throw fail("type of rank \(dims.count) exceeds the maximum rank \(Limits.maxRank)", at: t.loc)
    }
    if let tooLarge {
      throw fail("dimension \(tooLarge) is too large (at most \(Limits.maxElements) elements)", at: t.loc)
    }
    let type = TensorType(dtype, dims)
    if let e = type.limitError { throw fail("type \(type): \(e)", at: t.loc) }
    return (type, t.loc)
  }

  // MARK: Transform definitions

  /// `@name` or `TNAME(TEXPR, key=value, ...)`.
  mutating func parseTransformExpr(depth: Int) throws(ParseFailure) -> TransformExpr {
    let t = peek()
    if t.kind == .atName {
      next()
      return .function(t.text, loc: t.loc)
    }
    guard t.kind == .ident else {
      throw unexpected(t, expected: "a function '@name' or a transform such as grad(@f)")
    }
    guard let kind = TransformKind(rawValue: t.text) else {
      let all = TransformKind.allCases.map(\.rawValue).joined(separator: ", ")
      let hint = Suggestions.closest(to: t.text, in: TransformKind.allCases.map(\.rawValue)).map { "did you mean '\($0)'? " } ?? ""
      throw fail("unknown transform '\(t.text)' (\(hint)expected one of: \(all))", at: t.loc)
    }
    guard depth < Parser.maxNesting else {
      throw fail("transforms are nested too deeply (more than \(Parser.maxNesting) levels)", at: t.loc)
    }
    next()
    try expect(.lparen, "'(' after '\(t.text)'")
    let inner = try parseTransformExpr(depth: depth + 1)
    var args: [TransformArg] = []
    while at(.comma) {
      next()
      let key = try expect(.ident, "a key such as argnums=[0]")
      try expect(.equal, "'=' after the key '\(key.text)'")
      let valueLoc = peek().loc
      let value = try parseValue(depth: 0)
      args.append(TransformArg(key: key.text, value: value, keyLoc: key.loc, valueLoc: valueLoc))
    }
    try expect(.rparen, "',' or ')'")
    return .apply(kind, inner, args: args, loc: t.loc)
  }
}
