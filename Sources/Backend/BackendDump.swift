/// The readable forms of the `fuse` and `schedule` stages: each function's
/// kernels with the ops they compute and why each boundary is there. The
/// regions of an op with regions follow its kernel, indented, each planned
/// like a function.

import FTIR

public func dumpFusion(_ module: Module, plans: [FusionPlan]) -> String {
  var out = "module @\(module.name)\n"
  for plan in plans { out += "\n" + fusionText(plan, indent: "") }
  return out
}

public func dumpSchedule(_ module: Module, plans: [FunctionPlan], target: Target) -> String {
  var out = "module @\(module.name)  // target \(target.cpu), \(target.vectorBits)-bit vectors\n"
  for plan in plans { out += "\n" + scheduleText(plan, indent: "") }
  return out
}

private func fusionText(_ plan: FusionPlan, indent: String, region: Bool = false) -> String {
  var out = indent + header(plan.function, region: region) + "\n"
  var namer = ValueNamer(plan.function)
  for k in plan.kernels {
    out += kernelText(k, plan, indent: indent)
    if let why = plan.rowRefusals[k.id] {
      var detail = ""
      if case .readsOtherRows(let v) = why { detail = " (%\(namer.name(v)))" }
      out += indent + "    // not in the row group before it: \(why)\(detail)\n"
    }
    if let d = plan.joinRefusals[k.id] {
      var detail = ""
      switch d.why {
      case .readsAtOtherIndex(let v), .inputNotReady(let v), .continuesChain(let v), .readsOtherRows(let v): detail = " (%\(namer.name(v)))"
      case .tiled, .outputLimit: break
      }
      out += indent + "    // not joined to kernel #\(d.kernel): \(d.why)\(detail)\n"
    }
    for r in plan.regions[k.id] ?? [] { out += fusionText(r, indent: indent + "    ", region: true) }
  }
  for g in plan.rowGroups {
    let locals = g.local.map { "%" + namer.name($0) }.joined(separator: ", ")
    out += indent + "  row group over \(g.rows) rows: kernels #\(g.kernels.map(String.init).joined(separator: ", #"))"
      + (locals.isEmpty ? "" : "; per row: \(locals)") + "\n"
  }
  if plan.kernels.isEmpty { out += indent + "  // no kernel: yields its parameters\n" }
  return out
}

private func scheduleText(_ p: FunctionPlan, indent: String, region: Bool = false) -> String {
  let (plan, buf) = (p.fusion, p.buffers)
  var out = indent + header(plan.function, region: region) + "\n"
  out += indent + "  arena \(buf.arenaBytes) bytes\n"
  var namer = ValueNamer(plan.function)
  for (k, s) in zip(plan.kernels, p.schedules) {
    let places = k.outputs.map { o -> String in
      let t = plan.function.type(of: o)
      let local = plan.rowGroups.contains { $0.local.contains(o) }
      let place = buf.resultSlot[o].map { "result \($0)" } ?? (local ? "row-local" : "arena+\(buf.offsets[o] ?? 0)")
      return "%\(namer.name(o)) : \(t) in \(place)"
    }
    out += indent + "  kernel #\(k.id) \(k.kind.rawValue) -> \(places.joined(separator: ", "))\n"
    out += indent + "    \(s.why); \(s.vectorLanes) lanes\n"
    for r in p.regions[k.id] ?? [] { out += scheduleText(r, indent: indent + "    ", region: true) }
  }
  for s in p.rowSchedules { out += indent + "  \(s.why)\n" }
  return out
}

/// `func @f(...) -> T`, or `region then(...) -> T` for a region.
private func header(_ f: Function, region: Bool = false) -> String {
  var namer = ValueNamer(f)
  let params = f.params.map { "%\(namer.name($0)): \(f.type(of: $0))" }.joined(separator: ", ")
  let results = f.resultTypes.count == 1 ? f.resultTypes[0].description : "(" + f.resultTypes.map(\.description).joined(separator: ", ") + ")"
  return (region ? "region \(f.name)" : "func @\(f.name)") + "(\(params)) -> \(results)"
}

private func kernelText(_ k: Kernel, _ plan: FusionPlan, indent: String) -> String {
  let f = plan.function
  var namer = ValueNamer(f)
  let outs = k.outputs.map { "%\(namer.name($0)) : \(f.type(of: $0))" }.joined(separator: ", ")
  var s = indent + "  kernel #\(k.id) \(k.kind.rawValue) -> \(outs)\n"
  s += indent + "    // boundary: \(plan.reasons[k.output].map(String.init(describing:)) ?? "")\n"
  for o in k.outputs.dropFirst() {
    guard let j = plan.joins[o] else { continue }
    let v: Value
    switch j { case .readsOutput(let x), .sharesInput(let x): v = x }
    s += indent + "    // %\(namer.name(o)) (\(plan.reasons[o].map(String.init(describing:)) ?? "")) joined: \(j) (%\(namer.name(v)))\n"
  }
  if !k.inputs.isEmpty {
    s += indent + "    // reads " + k.inputs.map { "%" + namer.name($0) }.joined(separator: ", ") + "\n"
  }
  if let e = k.epilogue {
    s += indent + "    // epilogue: the loop kernel reading %\(namer.name(e.product)) at its own index, on each register tile"
      + (e.storesProduct ? " (%\(namer.name(e.product)) stored too: read elsewhere)" : " (%\(namer.name(e.product)) not materialized)") + "\n"
  } else if let why = plan.epilogueRefusals[k.id] {
    s += indent + "    // no epilogue: \(why)\n"
  }
  for i in k.ops {
    if f.body[i].regions.isEmpty {
      s += indent + "    " + printOperation(f.body[i], in: f, namer: &namer) + "\n"
    } else {
      // The op's line; its regions are planned below.
      s += indent + "    " + printOperation(f.body[i], in: f, namer: &namer) + "  // regions: \(f.body[i].regions.map(\.name).joined(separator: ", "))\n"
    }
  }
  return s
}
