/// Control flow: `cond`, an operation with regions (IR/README.md, "Regions
/// and control flow").
///
///     %r = cond %p, %x : f32[]              %r = cond %i, %x : f32[]
///       then(%a: f32[]) {                     branch(%a: f32[]) { ... yield %u }
///         %s = sin %a : f32[]                 branch(%a: f32[]) { ... yield %v }
///         yield %s                            branch(%a: f32[]) { ... yield %w }
///       }
///       else(%a: f32[]) {
///         yield %a
///       }
///
/// With an `i1[]` predicate, `then` runs when it is true and `else` when it
/// is false (`lax.cond`); with an `i32[]` index, branch k runs, k clamped
/// into range (`lax.switch`). The other operands are passed to the branch
/// that runs; every branch takes them and yields the results' types.
///
/// Rules (each transforms the branches as whole functions through the
/// running pass, `RegionPasses`):
/// - JVP: one `cond` whose branches are the JVPs of the branches
///   (computing primal and tangent results together).
/// - Partial evaluation (reverse mode): a primal `cond` yielding the primal
///   results and every branch's residuals (zeros in the slots of the other
///   branches), and a linear `cond` over the residuals and the tangents.
/// - Transpose: a `cond` whose branches are the transposes of the linear
///   branches.
/// - Batching: an unbatched predicate keeps one `cond` of batched branches;
///   a batched one runs every branch and selects per element.

extension OpRegistry {
  static let controlFlowOps: [OpDef] = [condOp] + loopOps + whileOps
}

private let condOp = OpDef(
  "cond", arity: .atLeast(1),
  type: { i throws(RuleError) in
    let pred = i.operands[0]
    guard pred.rank == 0, pred.dtype == .i1 || pred.dtype == .i32 else {
      throw RuleError("'cond' needs an i1[] predicate or an i32[] branch index, got \(pred)", at: .operand(0))
    }
    let args = Array(i.operands.dropFirst())
    let labels = i.regions.map(\.label)
    if pred.dtype == .i1 {
      guard labels == ["then", "else"] else {
        throw RuleError("'cond' with an i1[] predicate takes two regions, then(...) { ... } and else(...) { ... }, got "
                          + (labels.isEmpty ? "none" : labels.joined(separator: ", ")), at: i.regions.isEmpty ? .op : .region(0))
      }
    } else {
      guard !labels.isEmpty else {
        throw RuleError("'cond' with an i32[] index takes one or more regions branch(...) { ... }", at: .op)
      }
      if let k = labels.firstIndex(where: { $0 != "branch" }) {
        throw RuleError("'cond' with an i32[] index takes regions named 'branch', got '\(labels[k])'", at: .region(k))
      }
    }
    let first = i.regions[0]
    guard !first.results.isEmpty else { throw RuleError("a branch of 'cond' must yield at least one value", at: .regionYield(0)) }
    for (k, r) in i.regions.enumerated() {
      guard r.params == args else {
        throw RuleError("region '\(r.label)' takes \(typeList(r.params)), but 'cond' passes it \(typeList(args))", at: .region(k))
      }
      guard r.results == first.results else {
        throw RuleError("region '\(r.label)' yields \(typeList(r.results)), but '\(first.label)' yields \(typeList(first.results))",
                        at: .regionYield(k))
      }
    }
    return first.results
  },
  eval: nil,
  jvp: { c throws(BuildError) in
    let passes = try c.regionPasses()
    let pred = c.primals[0]
    let tangents = Array(c.tangents.dropFirst())
    let mask = tangents.map { $0 != nil }
    var branches: [Function] = []
    for r in c.regionBodies { branches.append(try passes.jvp(r, tangentMask: mask)) }
    let outTypes = c.regionBodies[0].resultTypes
    let results = try c.b.cond(pred, Array(c.primals.dropFirst()) + tangents.compactMap { $0 }, branches: branches)
    c.results = Array(results[..<outTypes.count])
    var out: [Value?] = []
    var k = outTypes.count
    for t in outTypes {
      if t.dtype.isFloat {
        out.append(results[k])
        k += 1
      } else {
        out.append(nil)
      }
    }
    return out
  },
  transpose: { c throws(BuildError) in
    guard !c.linear[0] else { throw BuildError("internal error: the predicate of 'cond' is linear") }
    let passes = try c.regionPasses()
    let mask = Array(c.linear.dropFirst())
    guard mask.contains(true) else { return c.linear.map { _ in nil } }
    var branches: [Function] = []
    for r in c.regionBodies { branches.append(try passes.transpose(r, linearParams: mask)) }
    var operands: [Value] = []
    for k in c.linear.indices.dropFirst() where !c.linear[k] { operands.append(try c.primal(k)) }
    for (j, ct) in c.cts.enumerated() {
      if let ct { operands.append(ct) } else { operands.append(try c.zeros(c.resultTypes[j])) }
    }
    let outs = try c.b.cond(try c.primal(0), operands, branches: branches)
    var result = [Value?](repeating: nil, count: c.linear.count)
    var k = 0
    for i in c.linear.indices where c.linear[i] {
      result[i] = outs[k]
      k += 1
    }
    return result
  },
  batch: { c throws(BuildError) in
    let passes = try c.regionPasses()
    let args = Array(c.operands.dropFirst())
    let dims = Array(c.dims.dropFirst())
    guard let predAxis = c.dims[0] else {
      // One cond of batched branches; a result that depends on a batched
      // operand in any branch is batched (at 0) in all of them (a batched
      // value is one that depends on a batched operand, so the dependence
      // of the yields says which, without batching the branches twice).
      var batched = [Bool](repeating: false, count: c.resultTypes.count)
      for r in c.regionBodies {
        for (j, d) in passes.linearYields(r, linearParams: dims.map { $0 != nil }).enumerated() where d { batched[j] = true }
      }
      let outAxes: [Int?] = batched.map { $0 ? 0 : nil }
      var branches: [Function] = []
      for r in c.regionBodies { branches.append(try passes.batch(r, dims: dims, size: c.size, outAxes: outAxes).0) }
      let outs = try c.b.cond(c.operands[0], args, branches: branches)
      return Array(zip(outs, outAxes))
    }
    // A predicate per element: every branch runs, each element selects.
    var branchOuts: [[Value]] = []
    for r in c.regionBodies {
      let outs = try passes.batchInline(r, into: &c.b, args: args, dims: dims, size: c.size)
      var moved: [Value] = []
      for (v, d) in outs { moved.append(try c.batchedAtZero(v, axis: d)) }
      branchOuts.append(moved)
    }
    let pred = try c.moveAxis(c.operands[0], from: predAxis, to: 0)  // [size]
    var results: [(Value, Int?)] = []
    for (j, t) in c.resultTypes.enumerated() {
      let shape = [c.size] + t.shape
      func mask(_ p: Value, _ c: inout BatchContext) throws(BuildError) -> Value {
        try c.b.broadcastInDim(p, shape: shape, dims: [0])
      }
      if c.type(pred).dtype == .i1 {
        results.append((try c.b.select(mask(pred, &c), branchOuts[0][j], branchOuts[1][j]), 0))
        continue
      }
      var acc = branchOuts[branchOuts.count - 1][j]
      for k in stride(from: branchOuts.count - 2, through: 0, by: -1) {
        // Index k selects branch k; an index past either end selects the end's branch.
        let bound = try c.b.constant(.int(Int64(k)), TensorType(.i32, [c.size]))
        let here = try k == 0 ? c.b.le(pred, bound) : c.b.eq(pred, bound)
        acc = try c.b.select(mask(here, &c), branchOuts[k][j], acc)
      }
      results.append((acc, 0))
    }
    return results
  },
  class: .region, linearity: .throughRegions,
  evalRegions: { i, run throws(InterpreterError) in
    let k: Int
    switch i.operands[0].storage {
    case .i1(let p): k = p[0] ? 0 : 1
    case .i32(let p): k = Int(Swift.min(Swift.max(p[0], 0), Int32(clamping: i.regionCount - 1)))
    default: throw InterpreterError("internal error: 'cond' with a predicate of type \(i.operands[0].type)")
    }
    return try run(k, Array(i.operands.dropFirst()))
  },
  jvpEmitsPrimal: true,
  partialEval: condPartialEval,
  linearResults: { linear, _, regions, passes in
    guard !linear[0] else { return regions.first.map { $0.resultTypes.map { _ in true } } ?? [] }
    var out = regions.first.map { $0.resultTypes.map { _ in false } } ?? []
    for r in regions {
      for (j, l) in passes.linearYields(r, linearParams: Array(linear.dropFirst())).enumerated() where l { out[j] = true }
    }
    return out
  })

/// `cond`'s partial evaluation (see the file's header).
private let condPartialEval: PartialEvalRule = { c throws(BuildError) in
    guard !c.linear[0] else { throw BuildError("internal error: the predicate of 'cond' is linear") }
    let op = c.op
    let passes = c.regions
    let mask = Array(c.linear.dropFirst())
    // A result is linear if it depends on a linear operand in any branch.
    let linearYields = op.def.linearResults?(c.linear, op.attrs, op.regions, passes) ?? c.resultTypes.map { _ in true }
    var splits: [SplitRegion] = []
    for r in op.regions { splits.append(try passes.partialEval(r, linearParams: mask, linearYields: linearYields)) }
    let primalCount = linearYields.filter { !$0 }.count
    let slots = splits.flatMap(\.residualTypes)

    // The primal cond: branch i yields the primal results, then every
    // branch's residual slots (its own filled, the others zeros).
    var primalResults = [Value?](repeating: nil, count: c.resultTypes.count)
    var residuals: [Value] = [try c.primals[0].unwrapped("the predicate")]
    if primalCount + slots.count > 0 {
      var branches: [Function] = []
      for (i, s) in splits.enumerated() {
        var rb = FunctionBuilder(name: s.primal.name)
        let args = s.primal.params.map { rb.addParam(s.primal.type(of: $0), name: s.primal.name(of: $0)) }
        let outs = try rb.inline(s.primal, args: args)
        var yields = Array(outs[..<primalCount])
        for (j, other) in splits.enumerated() {
          if j == i {
            yields += outs[primalCount...]
          } else {
            for t in other.residualTypes { yields.append(try rb.zeros(t)) }
          }
        }
        rb.ret(yields)
        branches.append(rb.function)
      }
      var operands: [Value] = []
      for (k, v) in c.primals.enumerated().dropFirst() where !c.linear[k] { operands.append(try v.unwrapped("operand \(k)")) }
      let outs = try c.b.cond(residuals[0], operands, branches: branches)
      var k = 0
      for j in linearYields.indices where !linearYields[j] {
        primalResults[j] = outs[k]
        k += 1
      }
      residuals += outs[primalCount...]
    }

    // The linear cond: branch i reads its own residual slots and the tangents.
    let linearTypes = c.operandTypes.indices.filter { c.linear[$0] }.map { c.operandTypes[$0] }
    var branches: [Function] = []
    var offset = 0
    for s in splits {
      var rb = FunctionBuilder(name: s.linear.name)
      let slotParams = slots.map { rb.addParam($0) }
      let linearParams = linearTypes.map { rb.addParam($0) }
      let own = Array(slotParams[offset..<(offset + s.residualTypes.count)])
      offset += s.residualTypes.count
      rb.ret(try rb.inline(s.linear, args: own + linearParams))
      branches.append(rb.function)
    }
    return PartialEvalResult(primalResults: primalResults, def: op.def, attrs: op.attrs, regions: branches,
                             residuals: residuals, linearOperands: c.linear.indices.filter { c.linear[$0] },
                             linearResults: linearYields.indices.filter { linearYields[$0] })
  }

private func typeList(_ ts: [TensorType]) -> String {
  "(" + ts.map(\.description).joined(separator: ", ") + ")"
}

extension Optional where Wrapped == Value {
  func unwrapped(_ what: String) throws(BuildError) -> Value {
    guard let v = self else { throw BuildError("internal error: \(what) of 'cond' is missing") }
    return v
  }
}

/// A rule context that carries the running pass's region transforms.
protocol CarriesRegionPasses {
  var regions: (any RegionPasses)? { get }
}

extension CarriesRegionPasses {
  func regionPasses() throws(BuildError) -> any RegionPasses {
    guard let r = regions else { throw BuildError("internal error: no region transforms in this pass") }
    return r
  }
}

extension JVPContext: CarriesRegionPasses {}
extension TransposeContext: CarriesRegionPasses {}
extension BatchContext: CarriesRegionPasses {}

extension BatchContext {
  /// `v` (batched at `axis`, or not batched) with its batch axis at 0.
  mutating func batchedAtZero(_ v: Value, axis: Int?) throws(BuildError) -> Value {
    if let axis { return try moveAxis(v, from: axis, to: 0) }
    let t = type(v)
    return try b.broadcastInDim(v, shape: [size] + t.shape, dims: (0..<t.rank).map { $0 + 1 })
  }
}
