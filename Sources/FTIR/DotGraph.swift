/// `ftc dump --format dot` for the FTIR stages: the module as a Graphviz
/// dataflow graph, one cluster per function (and per region), a node per
/// parameter, operation and result, an edge per operand:
///
///   func @f(%x: f32[3]) -> f32[] {        digraph "m" {
///     %s = reduce_sum %x, dims=[0] ...      subgraph "cluster_0" { label="@f"
///     return %s                               "f0_p0" [label="%x : f32[3]", shape=ellipse]
///   }                                         "f0_o0" [label="%s = reduce_sum\n: f32[]"]
///                                             "f0_r0" [label="result 0", shape=plain]
///                                             "f0_p0" -> "f0_o0"; "f0_o0" -> "f0_r0" } }
///
/// A transform definition (before expansion) is one node with an edge from
/// the function it applies to.

public func dotGraph(_ m: Module) -> String {
  var g = DotWriter(name: m.name)
  var clusters: [(f: Function, id: String, label: String, ends: String)] = m.functions.enumerated().map {
    (f: $1, id: "f\($0)", label: "@" + $1.name, ends: "result")
  }
  var k = 0
  // Regions become clusters of their own, appended as they are found (a
  // worklist, so nesting depth never reaches the stack).
  while k < clusters.count {
    let (f, id, label, ends) = clusters[k]
    k += 1
    g.open(cluster: id, label: label)
    g.node(id + "_anchor", label: "", shape: "point", style: "invis")
    if let t = f.transform {
      g.node(id + "_def", label: "@\(f.name) = \(printTransformExpr(t))", shape: "box", style: "rounded")
      g.close()
      let inner = t.innermostFunction.name
      if let j = m.index(of: inner) { g.edge("f\(j)_anchor", id + "_def", label: "", attributes: "ltail=\"cluster_f\(j)\"") }
      continue
    }
    var namer = ValueNamer(f)
    var producer: [Int: String] = [:]
    for (i, p) in f.params.enumerated() {
      producer[p.id] = "\(id)_p\(i)"
      g.node("\(id)_p\(i)", label: "%\(namer.name(p)) : \(f.type(of: p))", shape: "ellipse")
    }
    for (i, op) in f.body.enumerated() {
      let node = "\(id)_o\(i)"
      let results = op.results.map { "%" + namer.name($0) }.joined(separator: ", ")
      let types = op.results.map { f.type(of: $0).description }.joined(separator: ", ")
      g.node(node, label: "\(results) = \(op.name)\n: \(types)", shape: "box")
      for r in op.results { producer[r.id] = node }
      for (j, v) in op.operands.enumerated() {
        g.edge(producer[v.id] ?? "\(id)_anchor", node, label: op.operands.count > 1 ? "\(j)" : "")
      }
      for (r, region) in op.regions.enumerated() {
        let rid = "\(node)_r\(r)"
        clusters.append((region, rid, "\(label): \(results) = \(op.name), region \(r) (\(region.name))", "yield"))
        g.edge(node, rid + "_anchor", label: region.name, attributes: "style=dashed, lhead=\"cluster_\(rid)\"")
      }
    }
    for (j, v) in f.returnValues.enumerated() {
      g.node("\(id)_r\(j)", label: "\(ends) \(j)", shape: "plain")
      g.edge(producer[v.id] ?? "\(id)_anchor", "\(id)_r\(j)", label: "")
    }
    g.close()
  }
  return g.finish()
}

/// Writes Graphviz text: quoted, escaped identifiers and labels.
public struct DotWriter {
  private var text: String
  private var pending: [String] = []

  public init(name: String) {
    text = "digraph \(DotWriter.quote(name)) {\n  compound=true;\n  node [fontname=\"monospace\", fontsize=10];\n"
      + "  edge [fontname=\"monospace\", fontsize=9];\n"
  }

  /// `"text"` with `"` and `\` escaped and newlines as `\n`.
  public static func quote(_ s: String) -> String {
    var out = "\""
    for c in s {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.append(c)
      }
    }
    return out + "\""
  }

  public mutating func open(cluster id: String, label: String) {
    text += "  subgraph \(DotWriter.quote("cluster_" + id)) {\n    label=\(DotWriter.quote(label));\n"
  }

  /// Ends the open cluster, then writes the edges made inside it.
  public mutating func close() {
    text += "  }\n" + pending.joined()
    pending = []
  }

  public mutating func node(_ id: String, label: String, shape: String, style: String? = nil) {
    let extra = style.map { ", style=\($0)" } ?? ""
    text += "    \(DotWriter.quote(id)) [label=\(DotWriter.quote(label)), shape=\(shape)\(extra)];\n"
  }

  public mutating func edge(_ from: String, _ to: String, label: String, attributes: String = "") {
    var attrs: [String] = []
    if !label.isEmpty { attrs.append("label=\(DotWriter.quote(label))") }
    if !attributes.isEmpty { attrs.append(attributes) }
    pending.append("  \(DotWriter.quote(from)) -> \(DotWriter.quote(to))\(attrs.isEmpty ? "" : " [" + attrs.joined(separator: ", ") + "]");\n")
  }

  public func finish() -> String { text + "}\n" }
}
