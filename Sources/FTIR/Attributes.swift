/// Operation attributes: `key=value` pairs (spec section 3), plus the two
/// attributes written without a key (a constant's literal, a call's callee).

public indirect enum Attr: Hashable, Sendable, CustomStringConvertible {
  case int(Int)
  case float(Double)
  case bool(Bool)
  case none
  case list([Attr])
  /// The callee of `call` (without `@`).
  case symbol(String)
  /// The value of `constant` (a scalar tensor for a splat, or the full shape).
  case tensor(HostTensor)

  public var description: String {
    switch self {
    case .int(let v): return String(v)
    case .float(let v): return formatFloat(v)
    case .bool(let b): return b ? "true" : "false"
    case .none: return "none"
    case .list(let xs): return "[" + xs.map(\.description).joined(separator: ", ") + "]"
    case .symbol(let s): return "@" + s
    case .tensor(let t): return "<tensor \(t.type)>"
    }
  }

  public var intValue: Int? { if case .int(let v) = self { return v } else { return nil } }

  /// `[1, 2]` as [Int]; nil if not a flat list of integers.
  public var intList: [Int]? {
    guard case .list(let xs) = self else { return nil }
    var out: [Int] = []
    for x in xs {
      guard case .int(let v) = x else { return nil }
      out.append(v)
    }
    return out
  }

  /// `[[0],[1]]` as two [Int]; nil unless exactly two integer lists.
  public var intListPair: ([Int], [Int])? {
    guard case .list(let xs) = self, xs.count == 2, let a = xs[0].intList, let b = xs[1].intList else { return nil }
    return (a, b)
  }
}

/// What shape an attribute's value must have.
public enum AttrKind: Sendable {
  case int
  case intList
  case intListPair
  case symbol
  case tensor
  /// `true` or `false`.
  case bool

  public var expected: String {
    switch self {
    case .int: return "an integer"
    case .intList: return "a list of integers"
    case .intListPair: return "a pair of integer lists, like [[0], [1]]"
    case .symbol: return "a function name"
    case .tensor: return "a literal"
    case .bool: return "true or false"
    }
  }

  public func accepts(_ a: Attr) -> Bool {
    switch self {
    case .int: return a.intValue != nil
    case .intList: return a.intList != nil
    case .intListPair: return a.intListPair != nil
    case .symbol: if case .symbol = a { return true } else { return false }
    case .tensor: if case .tensor = a { return true } else { return false }
    case .bool: if case .bool = a { return true } else { return false }
    }
  }
}

public struct AttrSpec: Sendable {
  public var name: String
  public var kind: AttrKind
  public var required: Bool
  /// Written as `key=value` (false for a constant's literal and a call's callee).
  public var keyed: Bool
  public init(_ name: String, _ kind: AttrKind, required: Bool = true, keyed: Bool = true) {
    self.name = name
    self.kind = kind
    self.required = required
    self.keyed = keyed
  }
}

/// The attributes of one operation, validated against its op's specs.
public struct Attributes: Hashable, Sendable {
  public var values: [String: Attr]
  public init(_ values: [String: Attr] = [:]) { self.values = values }

  public subscript(_ key: String) -> Attr? {
    get { values[key] }
    set { values[key] = newValue }
  }
  // Accessors used by op rules. Attributes were checked against the op's
  // specs when the operation was made, so the fallbacks are never used for a
  // verified operation; they exist so that nothing here can trap.
  public func int(_ key: String) -> Int { values[key]?.intValue ?? 0 }
  public func ints(_ key: String) -> [Int] { values[key]?.intList ?? [] }
  public func ints(_ key: String, default d: [Int]) -> [Int] { values[key]?.intList ?? d }
  public func bool(_ key: String, default d: Bool = false) -> Bool {
    if case .bool(let b)? = values[key] { return b }
    return d
  }
  public func intPair(_ key: String) -> ([Int], [Int]) { values[key]?.intListPair ?? ([], []) }
  public func symbol(_ key: String) -> String {
    if case .symbol(let s)? = values[key] { return s }
    return ""
  }
  public func tensor(_ key: String) -> HostTensor? {
    if case .tensor(let t)? = values[key] { return t }
    return nil
  }
}

/// Shortest decimal form that reads back to the same Double, always with a
/// `.` or an exponent: `1.0`, `-0.0`, `1e-05`, `inf`, `-inf`, `nan`.
public func formatFloat(_ v: Double) -> String {
  if v.isNaN { return "nan" }
  if v.isInfinite { return v < 0 ? "-inf" : "inf" }
  return ensureFloatSyntax(v.description)
}

/// The same for a Float (shortest form that reads back to the same Float).
public func formatFloat(_ v: Float) -> String {
  if v.isNaN { return "nan" }
  if v.isInfinite { return v < 0 ? "-inf" : "inf" }
  return ensureFloatSyntax(v.description)
}

private func ensureFloatSyntax(_ s: String) -> String {
  if s.contains(".") || s.contains("e") || s.contains("E") { return s }
  return s + ".0"
}
