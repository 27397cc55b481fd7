/// The canonical text form of a module (spec sections 1, 3 and 5).
///
/// `module @NAME`, then each function separated by a blank line; two-space
/// indented bodies; types without spaces; lists with ", "; attributes in the
/// order of the op's specs; transform keys in `TransformKind.keys` order;
/// floats in the shortest form that reads back to the same value of their
/// dtype; constants whose elements are all equal as a splat. Values keep their
/// source names; fresh or clashing values get `%0`, `%1`, ... (skipping names
/// in use), so the output always parses again, and printing what was parsed
/// from printed text gives the same text.

public func printModule(_ m: Module) -> String {
  var out = "module @" + m.name + "\n"
  for f in m.functions {
    out += "\n"
    out += printFunction(f)
  }
  return out
}

/// The canonical text of one function or transform definition (ending in a newline).
public func printFunction(_ f: Function) -> String {
  var out = "func " + (f.isPrivate ? "private " : "") + "@" + f.name
  if let t = f.transform {
    out += " = " + printTransformExpr(t) + "\n"
    return out
  }
  var namer = ValueNamer(f)
  func typeText(_ v: Value) -> String {
    f.values.indices.contains(v.id) ? f.values[v.id].type.description : "f32[]"
  }
  let params = f.params.map { "%" + namer.name($0) + ": " + typeText($0) }
  out += "(" + params.joined(separator: ", ") + ") -> " + resultTypesText(f.resultTypes.map(\.description)) + " {\n"
  out += printBody(f, indent: "  ", namer: &namer)
  out += "  return"
  if !f.returnValues.isEmpty {
    out += " " + f.returnValues.map { "%" + namer.name($0) }.joined(separator: ", ")
  }
  out += "\n}\n"
  return out
}

/// The operations of a body, each followed by its regions.
private func printBody(_ f: Function, indent: String, namer: inout ValueNamer) -> String {
  var out = ""
  for op in f.body {
    out += indent + printOperation(op, in: f, namer: &namer) + "\n"
    for r in op.regions { out += printRegion(r, indent: indent + "  ") }
  }
  return out
}

/// `label(%p: T, ...) {`, the body, `yield %v, ...`, `}` (a region names its
/// values in a scope of its own).
private func printRegion(_ r: Function, indent: String) -> String {
  var namer = ValueNamer(r)
  let params = r.params.map { "%" + namer.name($0) + ": " + (r.values.indices.contains($0.id) ? r.type(of: $0).description : "f32[]") }
  var out = indent + r.name + "(" + params.joined(separator: ", ") + ") {\n"
  out += printBody(r, indent: indent + "  ", namer: &namer)
  out += indent + "  yield"
  if !r.returnValues.isEmpty {
    out += " " + r.returnValues.map { "%" + namer.name($0) }.joined(separator: ", ")
  }
  out += "\n" + indent + "}\n"
  return out
}

/// The canonical text of one operation of `f` (no indentation or newline),
/// with value names from `namer`.
public func printOperation(_ op: Operation, in f: Function, namer: inout ValueNamer) -> String {
    func typeText(_ v: Value) -> String {
      f.values.indices.contains(v.id) ? f.values[v.id].type.description : "f32[]"
    }
    var out = ""
    if !op.results.isEmpty {
      out += op.results.map { "%" + namer.name($0) }.joined(separator: ", ") + " = "
    }
    out += op.name
    switch op.name {
    case "constant":
      if let t = op.attrs.tensor("value") {
        out += " " + literalText(t)
      } else if let a = op.attrs["value"] {
        out += " " + a.description
      }
    case "call":
      out += " @" + op.attrs.symbol("callee") + "("
      out += op.operands.map { "%" + namer.name($0) }.joined(separator: ", ") + ")"
    default:
      var parts = op.operands.map { "%" + namer.name($0) }
      for spec in op.def.attrs where spec.keyed {
        if let a = op.attrs[spec.name] { parts.append(spec.name + "=" + a.description) }
      }
      // Keys the op does not know (only in a module that would not verify).
      for key in op.attrs.values.keys.sorted() where op.def.attrSpec(key) == nil {
        if let a = op.attrs[key] { parts.append(key + "=" + a.description) }
      }
      if !parts.isEmpty { out += " " + parts.joined(separator: ", ") }
    }
    out += " : " + resultTypesText(op.results.map(typeText))
    return out
}

/// `T` for one type, `(T0, T1)` otherwise.
private func resultTypesText(_ types: [String]) -> String {
  types.count == 1 ? types[0] : "(" + types.joined(separator: ", ") + ")"
}

/// `grad(@f, argnums=[0])`, keys in the order of `TransformKind.keys`
/// (keys the transform does not know, which would not verify, last).
public func printTransformExpr(_ e: TransformExpr) -> String {
  switch e {
  case .function(let name, _):
    return "@" + name
  case .apply(let kind, let inner, let args, _):
    var parts = [printTransformExpr(inner)]
    let order = kind.keys
    let sorted = args.enumerated().sorted { a, b in
      let ia = order.firstIndex(of: a.element.key) ?? order.count
      let ib = order.firstIndex(of: b.element.key) ?? order.count
      return ia != ib ? ia < ib : a.offset < b.offset
    }
    for a in sorted { parts.append(a.element.key + "=" + a.element.value.description) }
    return kind.rawValue + "(" + parts.joined(separator: ", ") + ")"
  }
}

/// A constant's literal: a splat if all elements are equal (including a
/// zero-size tensor, printed as a zero of its dtype), else a nested list.
func literalText(_ t: HostTensor) -> String {
  if t.count == 0 {
    switch t.dtype {
    case .f32, .f64: return "0.0"
    case .i32, .i64: return "0"
    case .i1: return "false"
    }
  }
  if t.isSplat { return elementText(t, 0) }
  var out = ""
  var flat = 0
  appendNested(t, dim: 0, flat: &flat, into: &out)
  return out
}

private func appendNested(_ t: HostTensor, dim: Int, flat: inout Int, into out: inout String) {
  let shape = t.shape
  if dim >= shape.count {
    out += elementText(t, flat)
    flat += 1
    return
  }
  out += "["
  for i in 0..<max(0, shape[dim]) {
    if i > 0 { out += ", " }
    appendNested(t, dim: dim + 1, flat: &flat, into: &out)
  }
  out += "]"
}

/// Element `i` in the shortest form of its own dtype.
private func elementText(_ t: HostTensor, _ i: Int) -> String {
  guard i >= 0 && i < t.count else { return "0" }
  switch t.storage {
  case .f32(let a): return formatFloat(a[i])
  case .f64(let a): return formatFloat(a[i])
  case .i32(let a): return String(a[i])
  case .i64(let a): return String(a[i])
  case .i1(let a): return a[i] ? "true" : "false"
  }
}

/// Printed names of a function's values: source names where valid and not
/// already taken (first definition wins), generated decimal names otherwise.
public struct ValueNamer {
  private var assigned: [Int: String] = [:]
  private var taken: Set<String> = []
  private var counter = 0

  public init(_ f: Function) {
    var defs = f.params
    for op in f.body { defs += op.results }
    var unnamed: [Value] = []
    var queued = Set<Int>()
    for v in defs where assigned[v.id] == nil {
      if f.values.indices.contains(v.id), let n = f.values[v.id].name, ValueNamer.isValidName(n), !taken.contains(n) {
        taken.insert(n)
        assigned[v.id] = n
      } else if queued.insert(v.id).inserted {
        unnamed.append(v)
      }
    }
    for v in unnamed where assigned[v.id] == nil { assigned[v.id] = fresh() }
  }

  static func isValidName(_ s: String) -> Bool {
    !s.isEmpty && s.unicodeScalars.allSatisfy { c in
      (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "."
    }
  }

  private mutating func fresh() -> String {
    while taken.contains(String(counter)) { counter += 1 }
    let s = String(counter)
    taken.insert(s)
    counter += 1
    return s
  }

  /// The name of `v` (values used but never defined also get a fresh name).
  public mutating func name(_ v: Value) -> String {
    if let n = assigned[v.id] { return n }
    let n = fresh()
    assigned[v.id] = n
    return n
  }
}
