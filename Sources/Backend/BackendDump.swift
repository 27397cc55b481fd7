/// The readable forms of the `fuse` and `schedule` stages: each function's
/// kernels with the ops they compute and why each boundary is there.

import FTIR

public func dumpFusion(_ module: Module, plans: [FusionPlan]) -> String {
  var out = "module @\(module.name)\n"
  for plan in plans {
    out += "\n" + header(plan.function) + "\n"
    for k in plan.kernels { out += kernelText(k, plan) }
  }
  return out
}

public func dumpSchedule(_ module: Module, plans: [FusionPlan], schedules: [[KernelSchedule]], buffers: [BufferPlan], target: Target) -> String {
  var out = "module @\(module.name)  // target \(target.cpu), \(target.vectorBits)-bit vectors\n"
  for ((plan, sched), buf) in zip(zip(plans, schedules), buffers) {
    out += "\n" + header(plan.function) + "\n"
    out += "  arena \(buf.arenaBytes) bytes\n"
    var namer = ValueNamer(plan.function)
    for (k, s) in zip(plan.kernels, sched) {
      let t = plan.function.type(of: k.output)
      let place: String
      if let j = buf.resultSlot[k.output] { place = "result \(j)" } else { place = "arena+\(buf.offsets[k.output] ?? 0)" }
      out += "  kernel #\(k.id) \(k.kind.rawValue) -> %\(namer.name(k.output)) : \(t) in \(place)\n"
      out += "    \(s.why); \(s.vectorLanes) lanes\n"
    }
  }
  return out
}

private func header(_ f: Function) -> String {
  var namer = ValueNamer(f)
  let params = f.params.map { "%\(namer.name($0)): \(f.type(of: $0))" }.joined(separator: ", ")
  let results = f.resultTypes.count == 1 ? f.resultTypes[0].description : "(" + f.resultTypes.map(\.description).joined(separator: ", ") + ")"
  return "func @\(f.name)(\(params)) -> \(results)"
}

private func kernelText(_ k: Kernel, _ plan: FusionPlan) -> String {
  let f = plan.function
  var namer = ValueNamer(f)
  let t = f.type(of: k.output)
  var s = "  kernel #\(k.id) \(k.kind.rawValue) -> %\(namer.name(k.output)) : \(t)\n"
  s += "    // boundary: \(plan.reasons[k.output] ?? "")\n"
  if !k.inputs.isEmpty {
    s += "    // reads " + k.inputs.map { "%" + namer.name($0) }.joined(separator: ", ") + "\n"
  }
  for i in k.ops {
    s += "    " + printOperation(f.body[i], in: f, namer: &namer) + "\n"
  }
  return s
}

