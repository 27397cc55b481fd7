/// The passes' transforms of whole regions, for the rules of ops that own
/// regions (`cond`): each applies to a region the machinery the pass applies
/// to a function (forward mode, batching, partial evaluation,
/// transposition), so a `cond` inside a `cond` inside a `grad` needs nothing
/// more. See FTIR/Rules/RegionRules.swift for the contract of each.

import FTIR

struct RegionTransforms: RegionPasses {
  func jvp(_ region: Function, tangentMask: [Bool]) throws(BuildError) -> Function {
    try converting { () throws(ExpandError) -> Function in
      try jvpFunction(region, name: region.name, tangentMask: tangentMask)
    }
  }

  func batch(_ region: Function, dims: [Int?], size: Int, outAxes: [Int?]?) throws(BuildError) -> (Function, [Int?]) {
    try converting { () throws(ExpandError) -> (Function, [Int?]) in
      var b = FunctionBuilder(name: region.name)
      var args: [Value] = []
      for (p, d) in zip(region.params, dims) {
        var t = region.type(of: p)
        if let d { t.shape.insert(size, at: d) }
        args.append(b.addParam(t, name: region.name(of: p)))
      }
      let outs = try emitVMap(region, into: &b, args: args, argDims: dims, size: size)
      guard let outAxes else {
        b.ret(outs.map(\.0))
        return (b.function, outs.map(\.1))
      }
      var yields: [Value] = []
      for (j, (v, d)) in outs.enumerated() {
        yields.append(try placeBatchAxis(&b, v, from: d, to: outAxes[j], size: size, result: j))
      }
      b.ret(yields)
      return (b.function, outAxes)
    }
  }

  func batchInline(_ region: Function, into b: inout FunctionBuilder, args: [Value], dims: [Int?], size: Int)
    throws(BuildError) -> [(Value, Int?)] {
    do { return try emitVMap(region, into: &b, args: args, argDims: dims, size: size) }
    catch { throw BuildError(error.message, isUserError: true) }
  }

  func linearYields(_ region: Function, linearParams: [Bool]) -> [Bool] {
    var linear = [Bool](repeating: false, count: region.values.count)
    for (p, l) in zip(region.params, linearParams) { linear[p.id] = l }
    for op in region.body {
      let mask = op.operands.map { linear[$0.id] }
      guard mask.contains(true) else { continue }
      let results = op.def.linearResults?(mask, op.attrs, op.regions, self) ?? op.results.map { _ in true }
      for (r, l) in zip(op.results, results) { linear[r.id] = l }
    }
    return region.returnValues.map { linear[$0.id] }
  }

  func partialEval(_ region: Function, linearParams: [Bool], linearYields: [Bool]) throws(BuildError) -> SplitRegion {
    try converting { () throws(ExpandError) -> SplitRegion in
      // The primal part: the primal ops, yielding the primal yields and the residuals.
      var pb = FunctionBuilder(name: region.name)
      var args: [Value?] = []
      for (k, p) in region.params.enumerated() {
        args.append(linearParams[k] ? nil : pb.addParam(region.type(of: p), name: region.name(of: p)))
      }
      let program = try partialEvaluate(region, args: args, linearParams: linearParams, into: &pb)
      // Residuals: primal values the linear ops read, or yielded where the
      // yield is linear in another branch.
      var residuals: [Value] = []
      var seen = Set<Value>()
      for op in program.ops {
        for v in op.operands where !program.isLinear[v.id] && seen.insert(v).inserted { residuals.append(v) }
      }
      for (j, v) in region.returnValues.enumerated() where linearYields[j] && !program.isLinear[v.id] {
        if seen.insert(v).inserted { residuals.append(v) }
      }
      var yields: [Value] = []
      for (j, v) in region.returnValues.enumerated() where !linearYields[j] {
        guard !program.isLinear[v.id] else {
          throw ExpandError("internal error: a yield of region '\(region.name)' classed as primal depends on a tangent")
        }
        yields.append(try program.primalValue(v))
      }
      for r in residuals { yields.append(try program.primalValue(r)) }
      pb.ret(yields)

      // The linear part: the linear ops over the residuals and the linear parameters.
      var lb = FunctionBuilder(name: region.name)
      var map = [Value?](repeating: nil, count: program.g.values.count)
      for r in residuals { map[r.id] = lb.addParam(program.g.type(of: r), name: program.g.name(of: r)) }
      for (k, p) in region.params.enumerated() where linearParams[k] {
        map[p.id] = lb.addParam(region.type(of: p), name: region.name(of: p))
      }
      func mapped(_ v: Value) throws(ExpandError) -> Value {
        guard let m = map[v.id] else { throw ExpandError("internal error: value missing while splitting region '\(region.name)'") }
        return m
      }
      for op in program.ops {
        var operands: [Value] = []
        for v in op.operands { operands.append(try mapped(v)) }
        lb.location = op.locs.op
        let results = try lb.emitCheckedCopy(of: op, in: program.g, operands: operands)
        for (r, n) in zip(op.results, results) { map[r.id] = n }
      }
      var linearOuts: [Value] = []
      for (j, v) in region.returnValues.enumerated() where linearYields[j] { linearOuts.append(try mapped(v)) }
      lb.ret(linearOuts)
      return SplitRegion(primal: pb.function, linear: lb.function, residualTypes: residuals.map { program.g.type(of: $0) })
    }
  }

  func transpose(_ region: Function, linearParams: [Bool]) throws(BuildError) -> Function {
    try converting { () throws(ExpandError) -> Function in
      var b = FunctionBuilder(name: region.name)
      var args: [Value?] = []
      for (k, p) in region.params.enumerated() {
        args.append(linearParams[k] ? nil : b.addParam(region.type(of: p), name: region.name(of: p)))
      }
      let cts = region.resultTypes.map { b.addParam($0) }
      let program = try partialEvaluate(region, args: args, linearParams: linearParams, into: &b)
      let ct = try transposeProgram(program, seeds: Array(zip(region.returnValues, cts)), into: &b)
      var yields: [Value] = []
      for (k, p) in region.params.enumerated() where linearParams[k] {
        if let c = ct[p.id] { yields.append(c) } else { yields.append(try b.zerosValue(region.type(of: p))) }
      }
      b.ret(yields)
      return b.function
    }
  }

  /// Runs a pass, turning its errors into the BuildError of rule contexts
  /// (their messages say already whether they are internal errors).
  private func converting<T>(_ body: () throws(ExpandError) -> T) throws(BuildError) -> T {
    do { return try body() } catch { throw BuildError(error.message, isUserError: true) }
  }
}
