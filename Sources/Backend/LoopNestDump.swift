/// The readable form of the `loops` stage (`ftc dump --after loops`): each
/// kernel's (or row group's) loop nest, one loop per line, what runs at each
/// level indented under it:
///
///     kernel #0 loop -> %y : f32[100,4096]
///       for t0 in [begin, end) of 0..<4 (tiles of 32 along dim 0)
///         for t1 in 0..<128 (tiles of 32 along dim 1)
///           for i0 in t0·32..<min(t0·32+32, 100), short last tile
///             for i1 in t1·32..<min(t1·32+32, 4096), 8 lanes
///               %y[i0, i1] = 1 op of %a, %b through transpose
///
/// Loops are nested at most rank + a few deep (rank ≤ Limits.maxRank).

import FTIR

public func dumpLoops(_ module: Module, plans: [FunctionPlan], target: Target) -> String {
  var out = "module @\(module.name)  // target \(target.cpu), \(target.vectorBits)-bit vectors\n"
  for plan in plans { out += "\n" + loopsText(plan, indent: "") }
  return out
}

private func loopsText(_ p: FunctionPlan, indent: String, region: String? = nil) -> String {
  let f = p.function
  var namer = ValueNamer(f)
  var out = indent + (region.map { "region \($0)" } ?? "func @\(f.name)") + "\n"
  for nest in p.loopNests {
    let ks = nest.kernels.map { p.fusion.kernels[$0] }
    if ks.count == 1, let k = ks.first {
      out += indent + "  kernel #\(k.id) \(k.kind.rawValue) -> " + outputs(k, f, &namer)
        + (nest.derived ? "  // loops derived by its emitter" : "") + "\n"
    } else {
      out += indent + "  row group: kernels #\(nest.kernels.map(String.init).joined(separator: ", #"))\n"
    }
    var printer = NestPrinter(f: f, kernels: p.fusion.kernels, namer: namer)
    out += printer.items(nest.items, indent: indent + "    ", enclosing: [])
    namer = printer.namer
    for k in ks {
      for r in p.regions[k.id] ?? [] { out += loopsText(r, indent: indent + "    ", region: r.function.name) }
    }
  }
  if p.loopNests.isEmpty { out += indent + "  // no kernel: yields its parameters\n" }
  return out
}

private func outputs(_ k: Kernel, _ f: Function, _ namer: inout ValueNamer) -> String {
  k.outputs.map { "%\(namer.name($0)) : \(f.type(of: $0))" }.joined(separator: ", ")
}

private struct NestPrinter {
  let f: Function
  let kernels: [Kernel]
  var namer: ValueNamer

  mutating func items(_ items: [LoopItem], indent: String, enclosing: [Loop]) -> String {
    var out = ""
    for item in items {
      switch item {
      case .loop(let l):
        out += indent + header(l, enclosing) + "\n"
        out += self.items(l.body, indent: indent + "  ", enclosing: enclosing + [l])
      case .statement(let s):
        out += indent + statement(s, enclosing) + "\n"
      case .member(let id, let body):
        let k = kernels[id]
        out += indent + "kernel #\(id) \(k.kind.rawValue) -> \(outputs(k, f, &namer)), row r\n"
        out += self.items(body, indent: indent + "  ", enclosing: enclosing)
      }
    }
    return out
  }

  func variable(_ a: LoopAxis, depth: Int) -> String {
    switch a {
    case .elements: return "i"
    case .dim(let d): return "i\(d)"
    case .tiles(let d, _): return "t\(d)"
    case .rows: return "r"
    case .reduced(let d): return "k\(d)"
    case .blocks: return "b"
    case .panels: return "p"
    case .parts: return "q"
    case .named: return "j\(depth)"
    }
  }

  func header(_ l: Loop, _ enclosing: [Loop]) -> String {
    let v = variable(l.axis, depth: enclosing.count)
    let range: String
    switch l.range {
    case .whole: range = "0..<\(l.extent)"
    case .share: range = "[begin, end) of 0..<\(l.extent)"
    case .row(let n): range = l.axis == .elements ? "r·\(n)..<(r+1)·\(n)" : "r..<r+1"
    case .tile(let s):
      let t = enclosing.last { if case .tiles(let d, _) = $0.axis, case .dim(d) = l.axis { return true }; return false }
      let tv = t.map { variable($0.axis, depth: 0) } ?? "t"
      range = "\(tv)·\(s)..<min(\(tv)·\(s)+\(s), \(l.extent))"
    case .from(let k): range = "\(k)..<\(l.extent)"
    }
    var notes: [String] = []
    switch l.axis {
    case .tiles(let d, let s): notes.append("tiles of \(s) along dim \(d)")
    case .named(let n): notes.append(n)
    case .rows: notes.append("rows")
    case .blocks(let e): notes.append("blocks of \(e) elements")
    case .panels(let c): notes.append("panels of \(c) columns")
    case .parts(let b): notes.append("(output, part) pairs, parts of \(b) blocks")
    default: break
    }
    if l.step != 1 { notes.append("step \(l.step)") }
    if let lanes = l.lanes { notes.append("\(lanes) lanes") }
    if let a = l.accumulators { notes.append("\(a) accumulators") }
    if let c = l.parallelChunk { notes.append("split over threads in chunks of \(c)") }
    switch l.tail {
    case .none: break
    case .vectorRemainder: notes.append("scalar remainder")
    case .shortLastTile: notes.append("short last tile")
    case .identityPadded: notes.append("tail padded with the identity")
    }
    return "for \(v) in \(range)" + (notes.isEmpty ? "" : "  // " + notes.joined(separator: ", "))
  }

  /// The output index the enclosing loops walk: `[i]`, one variable per
  /// dim, or (loops over other spaces, e.g. a GEMM's) their variables.
  func index(_ enclosing: [Loop]) -> String {
    if enclosing.contains(where: { $0.axis == .elements }) { return "[i]" }
    for l in enclosing { if case .panels(let c) = l.axis { return "[panel p: its \(c) columns]" } }
    let dims = enclosing.compactMap { l -> (Int, String)? in
      if case .dim(let d) = l.axis { return (d, variable(l.axis, depth: 0)) }
      return nil
    }.sorted { $0.0 < $1.0 }
    if dims.isEmpty {
      let named = enclosing.enumerated().compactMap { n, l -> String? in
        if case .named = l.axis { return variable(l.axis, depth: n) }
        return nil
      }
      return "[" + named.joined(separator: ", ") + "]"
    }
    return "[" + dims.map(\.1).joined(separator: ", ") + "]"
  }

  mutating func reads(_ rs: [LoopRead]) -> String {
    rs.map { r in "%" + namer.name(r.value) + (r.through.isEmpty ? "" : " through " + r.through.joined(separator: " ∘ ")) }
      .joined(separator: ", ")
  }

  mutating func statement(_ s: LoopStatement, _ enclosing: [Loop]) -> String {
    switch s {
    case .store(let v, let rs, let ops):
      let what = rs.isEmpty && ops == 0 ? "a constant" : rs.isEmpty ? "\(ops) op(s)" : "\(ops) op(s) of " + reads(rs)
      return "%\(namer.name(v))\(index(enclosing)) = \(what)"
    case .initialize(let acc, let initial):
      return "\(acc) = \(initial)"
    case .accumulate(let acc, let combiner, let rs, let order):
      return "\(acc) = \(acc) ⊕ \(reads(rs))  // \(combiner), \(order)"
    case .write(let v, let from):
      return "%\(namer.name(v))\(index(enclosing)) = \(from)"
    case .call(let name, let args):
      return "call \(name)(" + args.map { "%" + namer.name($0) }.joined(separator: ", ") + ")"
    case .step(let text):
      return "// " + text
    case .ordered(let step, let outputs, let rs, let combiner):
      let names = outputs.map { "%" + namer.name($0) }.joined(separator: ", ")
      let block = enclosing.last { if case .blocks = $0.axis { return true }; return false }
      switch step {
      case .fold(let vectors):
        let lanes = block?.lanes ?? 1
        return "block[\(names)] = \(vectors) vectors of \(lanes) lanes of \(reads(rs)), pairwise  // \(combiner), elements b·\(vectors * lanes) + q·\(lanes) + lane"
      case .merge:
        return "counter[\(names)]: while bit k of b is set, block = level[k] ⊕ block; level[k] = block"
      case .keepPart(let level):
        return "part[\(names)][q] = level[\(level)]"
      case .mergeParts(let parts, let level):
        return "counter[\(names)]: its \(parts) parts in order into level \(level), as blocks are merged"
      case .finish(let tail, let lanes):
        return "acc[\(names)] = the \(tail) tail element(s) identity-padded to vectors of \(lanes) lanes, pairwise; level[k] ⊕ acc for the counter's set bits; lanes halved \(lanes) → 1"
      }
    }
  }
}
