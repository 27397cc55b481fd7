/// Attributes as text that tells apart every two values that behave
/// differently: floats by their bits, so `0.0` and `-0.0` (equal as
/// Doubles, so equal under `Attr`'s `==`) differ, and NaNs with equal bits
/// match. Keys that must not merge such values use it (CSE, kernel reuse):
///
///     constant 0.0 : f32[4]    "value=<f32[4] 0,0,0,0>"
///     constant -0.0 : f32[4]   "value=<f32[4] 80000000,80000000,80000000,80000000>"

extension Attr {
  public var exactText: String {
    switch self {
    case .float(let v): return "f" + String(v.bitPattern, radix: 16)
    case .list(let xs): return "[" + xs.map(\.exactText).joined(separator: ",") + "]"
    case .tensor(let t):
      var s = "<\(t.type) "
      switch t.storage {
      case .f32(let xs): s += xs.map { String($0.bitPattern, radix: 16) }.joined(separator: ",")
      case .f64(let xs): s += xs.map { String($0.bitPattern, radix: 16) }.joined(separator: ",")
      case .i32(let xs): s += xs.map(String.init).joined(separator: ",")
      case .i64(let xs): s += xs.map(String.init).joined(separator: ",")
      case .i1(let xs): s += xs.map { $0 ? "1" : "0" }.joined(separator: ",")
      }
      return s + ">"
    case .int, .bool, .none, .symbol: return description
    }
  }
}

extension Attributes {
  /// Every attribute as `key=exactText`, keys sorted.
  public var exactText: String {
    values.keys.sorted().map { $0 + "=" + (values[$0]?.exactText ?? "") }.joined(separator: " ")
  }
}
