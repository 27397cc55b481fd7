/// `ftc dump --after fuse --format dot`: each function's kernels as a
/// Graphviz graph. A node per parameter, kernel and result; an edge per
/// materialized value a kernel reads, labelled with why that value is a
/// boundary (the reason the fuse dump gives):
///
///   kernel #0 contraction -> %xw   "f0_k0" [label="#0 contraction\n-> %xw : f32[8,16]\ndot_general"]
///   kernel #1 elementwise -> %h    "f0_k0" -> "f0_k1" [label="result of a contraction"]
///     // reads %xw, %b1

import FTIR

public func dotFusion(_ module: Module, plans: [FusionPlan]) -> String {
  var g = DotWriter(name: module.name + " kernels")
  for (n, plan) in plans.enumerated() {
    let f = plan.function
    let id = "f\(n)"
    var namer = ValueNamer(f)
    g.open(cluster: id, label: "@" + f.name)
    var producer: [Value: String] = [:]
    for (i, p) in f.params.enumerated() {
      producer[p] = "\(id)_p\(i)"
      g.node("\(id)_p\(i)", label: "%\(namer.name(p)) : \(f.type(of: p))", shape: "ellipse")
    }
    for k in plan.kernels { for o in k.outputs { producer[o] = "\(id)_k\(k.id)" } }
    for k in plan.kernels {
      let ops = k.ops.prefix(8).map { f.body[$0].name } + (k.ops.count > 8 ? ["(+\(k.ops.count - 8) more)"] : [])
      let outs = k.outputs.map { "%\(namer.name($0)) : \(f.type(of: $0))" }.joined(separator: ", ")
      let label = "#\(k.id) \(k.kind.rawValue)\n-> \(outs)\n" + ops.joined(separator: " ")
      g.node("\(id)_k\(k.id)", label: label, shape: "box")
      for v in k.inputs {
        let why = f.params.contains(v) ? "parameter" : plan.reasons[v].map(String.init(describing:)) ?? ""
        g.edge(producer[v] ?? "\(id)_k\(k.id)", "\(id)_k\(k.id)", label: why)
      }
    }
    for (j, v) in f.returnValues.enumerated() {
      g.node("\(id)_r\(j)", label: "result \(j)", shape: "plain")
      g.edge(producer[v] ?? "\(id)_p0", "\(id)_r\(j)", label: f.params.contains(v) ? "parameter" : plan.reasons[v].map(String.init(describing:)) ?? "")
    }
    g.close()
  }
  return g.finish()
}
