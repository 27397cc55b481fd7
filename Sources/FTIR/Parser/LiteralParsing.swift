/// Attribute values, transform key values and `constant` literals.

extension Parser {
  /// An attribute or transform-key value: an integer, a float, `true`,
  /// `false`, `none`, `inf`, `-inf`, `nan`, or a (nested) list of these.
  mutating func parseValue(depth: Int) throws(ParseFailure) -> Attr {
    let t = peek()
    switch t.kind {
    case .number:
      next()
      if t.isIntegerLiteral {
        guard let v = Int(t.text) else { throw fail("integer \(t.text) is out of range", at: t.loc) }
        return .int(v)
      }
      guard let v = Double(t.text) else { throw fail("invalid number '\(t.text)'", at: t.loc) }
      return .float(v)
    case .ident:
      switch t.text {
      case "true": next(); return .bool(true)
      case "false": next(); return .bool(false)
      case "none": next(); return .none
      case "inf": next(); return .float(.infinity)
      case "nan": next(); return .float(.nan)
      default: break
      }
    case .lbracket:
      guard depth < Parser.maxNesting else {
        throw fail("lists are nested too deeply (more than \(Parser.maxNesting) levels)", at: t.loc)
      }
      next()
      var items: [Attr] = []
      if !at(.rbracket) {
        while true {
          items.append(try parseValue(depth: depth + 1))
          if at(.comma) {
            next()
            continue
          }
          break
        }
      }
      try expect(.rbracket, "',' or ']'")
      return .list(items)
    case .lparen:
      throw fail("FTIR writes lists in brackets: [a, b, ...], not (a, b, ...) as Python tuples", at: t.loc)
    default:
      break
    }
    if t.kind == .ident, let spelling = ["None": "none", "True": "true", "False": "false"][t.text] {
      throw fail("unexpected '\(t.text)': FTIR writes \(spelling) in lower case", at: t.loc)
    }
    throw unexpected(t, expected: "a value (an integer, a float, true, false, none or a list)")
  }

  /// The literal of `constant`: a scalar or a nested list of scalars.
  mutating func parseLiteral(depth: Int) throws(ParseFailure) -> LiteralNode {
    let t = peek()
    switch t.kind {
    case .number:
      next()
      return .scalar(t)
    case .ident where ["true", "false", "inf", "nan"].contains(t.text):
      next()
      return .scalar(t)
    case .lbracket:
      guard depth < Parser.maxNesting else {
        throw fail("lists are nested too deeply (more than \(Parser.maxNesting) levels)", at: t.loc)
      }
      next()
      var items: [LiteralNode] = []
      if !at(.rbracket) {
        while true {
          items.append(try parseLiteral(depth: depth + 1))
          if at(.comma) {
            next()
            continue
          }
          break
        }
      }
      try expect(.rbracket, "',' or ']'")
      return .list(items, t.loc)
    default:
      throw unexpected(t, expected: "a literal (a number, true, false, inf, nan or a list)")
    }
  }

  /// Converts a literal to a tensor of `type`: a scalar gives a scalar tensor
  /// (a splat), a list must have exactly `type`'s shape.
  mutating func literalTensor(_ lit: LiteralNode, _ type: TensorType) throws(ParseFailure) -> HostTensor {
    var leaves: [Token] = []
    let shape: [Int]
    switch lit {
    case .scalar(let tok):
      leaves = [tok]
      shape = []
    case .list:
      try collectLeaves(lit, type, dim: 0, into: &leaves)
      shape = type.shape
    }
    let tensorType = TensorType(type.dtype, shape)
    switch type.dtype {
    case .f32:
      var a: [Float] = []
      a.reserveCapacity(leaves.count)
      for tok in leaves {
        guard isFloatLiteral(tok), let v = Float(tok.text) else { throw literalError(tok, type) }
        a.append(v)
      }
      return HostTensor(type: tensorType, storage: .f32(a))
    case .f64:
      var a: [Double] = []
      a.reserveCapacity(leaves.count)
      for tok in leaves {
        guard isFloatLiteral(tok), let v = Double(tok.text) else { throw literalError(tok, type) }
        a.append(v)
      }
      return HostTensor(type: tensorType, storage: .f64(a))
    case .i32:
      var a: [Int32] = []
      a.reserveCapacity(leaves.count)
      for tok in leaves {
        guard tok.isIntegerLiteral else { throw literalError(tok, type) }
        guard let v = Int32(tok.text) else { throw fail("integer literal \(tok.text) is out of range for i32", at: tok.loc) }
        a.append(v)
      }
      return HostTensor(type: tensorType, storage: .i32(a))
    case .i64:
      var a: [Int64] = []
      a.reserveCapacity(leaves.count)
      for tok in leaves {
        guard tok.isIntegerLiteral else { throw literalError(tok, type) }
        guard let v = Int64(tok.text) else { throw fail("integer literal \(tok.text) is out of range for i64", at: tok.loc) }
        a.append(v)
      }
      return HostTensor(type: tensorType, storage: .i64(a))
    case .i1:
      var a: [Bool] = []
      a.reserveCapacity(leaves.count)
      for tok in leaves {
        guard tok.kind == .ident && (tok.text == "true" || tok.text == "false") else { throw literalError(tok, type) }
        a.append(tok.text == "true")
      }
      return HostTensor(type: tensorType, storage: .i1(a))
    }
  }

  private func isFloatLiteral(_ tok: Token) -> Bool {
    tok.kind == .number || (tok.kind == .ident && (tok.text == "inf" || tok.text == "nan"))
  }

  private mutating func literalError(_ tok: Token, _ type: TensorType) -> ParseFailure {
    let what: String
    switch type.dtype {
    case .f32, .f64: what = "a float literal"
    case .i32, .i64: what = "an integer literal (no '.' or exponent)"
    case .i1: what = "true or false"
    }
    return fail("expected \(what) for \(type), found '\(tok.text)'", at: tok.loc)
  }

  /// Checks that a list literal has exactly the shape of `type` and collects
  /// its scalars in row-major order. Recursion depth is at most the rank.
  private mutating func collectLeaves(_ node: LiteralNode, _ type: TensorType, dim: Int,
                                      into leaves: inout [Token]) throws(ParseFailure) {
    let shape = type.shape
    if dim >= shape.count {
      switch node {
      case .scalar(let tok):
        leaves.append(tok)
      case .list(_, let loc):
        throw fail("the literal has more levels of lists than \(type) has dimensions", at: loc)
      }
      return
    }
    switch node {
    case .scalar(let tok):
      throw fail("expected a list of \(shape[dim]) element\(shape[dim] == 1 ? "" : "s") for dimension \(dim) of \(type), found '\(tok.text)'", at: tok.loc)
    case .list(let items, let loc):
      guard items.count == shape[dim] else {
        throw fail("list of \(items.count) element\(items.count == 1 ? "" : "s") does not match dimension \(dim) of \(type) (size \(shape[dim]))", at: loc)
      }
      for item in items {
        try collectLeaves(item, type, dim: dim + 1, into: &leaves)
      }
    }
  }
}
