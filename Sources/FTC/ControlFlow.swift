/// `cond` (`lax.cond`): both branches are traced into closed regions that
/// take `operands` and yield values of one type list; at run time the one
/// chosen by the i1 scalar `predicate` runs. Tensors the branches use must
/// come in through `operands` (regions are closed).
///
///     cond(p, [x], then: { [$0[0] * 2] }, else: { [-$0[0]] })
///       ==>  %r = cond %p, %x : f32[3] { then(%a: f32[3]) { ... yield %t }  else(%a: f32[3]) { ... yield %e } }

import FTIR

/// The results of the branch `predicate` selects.
public func cond(_ predicate: Tensor, _ operands: [Tensor], then onTrue: ([Tensor]) throws -> [Tensor],
                 else onFalse: ([Tensor]) throws -> [Tensor], file: String = #fileID, line: Int = #line) throws(FTCError) -> [Tensor] {
  let site = CallSite(file, line)
  let types = operands.map(\.type)
  let tracer = recorder(of: [predicate] + operands) ?? predicate.tracer
  let thenRegion = try traceRegion(name: "then", types, parent: tracer, what: "\(site): cond then-branch", onTrue)
  let elseRegion = try traceRegion(name: "else", types, parent: tracer, what: "\(site): cond else-branch", onFalse)
  let captures = union([thenRegion.captures, elseRegion.captures])
  let branches = try [thenRegion, elseRegion].map { r throws(FTCError) in
    try closed(r, declared: types.count, all: captures, at: types.count, passing: nil, site)
  }
  let out = tracer.emitMany("cond", [predicate] + operands + captures, at: site, expected: thenRegion.function.resultTypes) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.cond(v[0], Array(v.dropFirst()), branches: branches)
  }
  if let failure = tracer.failure { throw failure }
  return out
}

/// `cond` of one operand and one result.
public func cond(_ predicate: Tensor, _ x: Tensor, then onTrue: (Tensor) throws -> Tensor,
                 else onFalse: (Tensor) throws -> Tensor, file: String = #fileID, line: Int = #line) throws(FTCError) -> Tensor {
  let r = try cond(predicate, [x], then: { [try onTrue($0[0])] }, else: { [try onFalse($0[0])] }, file: file, line: line)
  return r[0]
}

// MARK: Loops

/// `lax.scan`: `body` maps (carry, a row of each of `xs`) to (the next
/// carry, the step's outputs); the result is the final carry and each
/// output stacked along a new leading axis. The carry is any tensor tree
/// (a `Tensor`, an array, a struct); the body must give it back with the
/// same structure and leaf types. Without `xs`, `length` is required (a fori loop).
/// `checkpoint: K` makes reverse mode store every K-th carry and recompute
/// the steps in between (less memory, more compute).
///
///     scan(h0, [xs]) { h, x in let h2 = tanh(h + x[0]); return (h2, [h2]) }
///       ==>  %h, %ys = scan %h0, %xs, carries=1, length=5 : (f32[2], f32[5, 2]) body(...) { ... }
public func scan<Carry: TensorTree>(_ initial: Carry, _ xs: [Tensor] = [], length: Int? = nil, reverse: Bool = false,
                                    checkpoint: Int? = nil, file: String = #fileID, line: Int = #line,
                                    body: (Carry, [Tensor]) throws -> (Carry, [Tensor])) throws(FTCError) -> (carry: Carry, ys: [Tensor]) {
  let site = CallSite(file, line)
  let carry = try TreeLayout(initial, name: "scan carry")
  let n = try scanLength(xs, length, at: site)
  let k = carry.leaves.count
  var outputs = 0
  let parent = try loopTracer(carry.leaves + xs, "scan", at: site)
  let traced = try traceRegion(name: "body", carry.leaves.map(\.type) + xs.map { rowOf($0.type) }, parent: parent, what: "\(site): scan body") { params in
    let c = try carry.rebuild(Carry.self, Array(params[..<k]))
    let (next, ys) = try body(c, Array(params[k...]))
    let out = try TreeLayout(next, name: "scan carry")
    try checkSameTree(out, as: carry, what: "\(site): scan body's next carry")
    outputs = ys.count
    return out.leaves + ys
  }
  // Captured tensors ride along as carries the body passes through.
  let captures = traced.captures
  let kc = k + captures.count
  let region = try closed(traced, declared: k + xs.count, all: captures, at: k, passing: k, site)
  let expected = Array(region.resultTypes[..<kc]) + region.resultTypes[kc...].map { $0.with(shape: [n] + $0.shape) }
  let all = try emitLoop("scan", carry.leaves + captures + xs, into: parent, at: site, expected: expected) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.scan(Array(v[..<kc]), Array(v[kc...]), length: n, reverse: reverse, checkpoint: checkpoint, body: region)
  }
  let r = Array(all[..<k]) + all[kc...]
  guard r.count == k + outputs else { throw FTCError("\(site): scan: internal error: \(r.count) results for \(k) carries and \(outputs) outputs") }
  return (try carry.rebuild(Carry.self, Array(r[..<k])), Array(r[k...]))
}

/// `lax.while_loop`: runs `body` on the carry while `cond` (a bool scalar)
/// holds. With `maxTrips`, a condition still true after that many trips is a
/// run-time error (and reverse mode through the loop is possible;
/// `checkpoint: K` then stores every K-th trip's carry instead of every trip's residuals).
public func whileLoop<Carry: TensorTree>(cond: (Carry) throws -> Tensor, body: (Carry) throws -> Carry, init initial: Carry,
                                         maxTrips: Int? = nil, checkpoint: Int? = nil, file: String = #fileID, line: Int = #line) throws(FTCError) -> Carry {
  let site = CallSite(file, line)
  if let maxTrips, maxTrips < 0 { throw FTCError("\(site): whileLoop needs maxTrips >= 0, got \(maxTrips)") }
  let carry = try TreeLayout(initial, name: "while carry")
  let types = carry.leaves.map(\.type)
  let parent = try loopTracer(carry.leaves, "whileLoop", at: site)
  let condTrace = try traceRegion(name: "cond", types, parent: parent, what: "\(site): whileLoop cond") { params in
    let p = try cond(try carry.rebuild(Carry.self, params))
    guard p.type == TensorType(.i1, []) else {
      throw FTCError("\(site): whileLoop cond must return a bool scalar (i1[]), got \(p.type)")
    }
    return [p]
  }
  let bodyTrace = try traceRegion(name: "body", types, parent: parent, what: "\(site): whileLoop body") { params in
    let next = try TreeLayout(try body(try carry.rebuild(Carry.self, params)), name: "while carry")
    try checkSameTree(next, as: carry, what: "\(site): whileLoop body's next carry")
    return next.leaves
  }
  // Captured tensors ride along as carries the body passes through.
  let captures = union([condTrace.captures, bodyTrace.captures])
  let condRegion = try closed(condTrace, declared: types.count, all: captures, at: types.count, passing: nil, site)
  let bodyRegion = try closed(bodyTrace, declared: types.count, all: captures, at: types.count, passing: types.count, site)
  let all = try emitLoop("while", carry.leaves + captures, into: parent, at: site, expected: types + captures.map(\.type)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.whileLoop(v, maxTrips: maxTrips, checkpoint: checkpoint, cond: condRegion, body: bodyRegion)
  }
  let r = Array(all[..<types.count])
  return try carry.rebuild(Carry.self, r)
}

/// `lax.fori_loop` with static bounds: `body(i, carry)` for i in
/// lower..<upper (an i32 scalar), as a scan without inputs (so every
/// transform goes through it). No trips when upper <= lower.
public func foriLoop<Carry: TensorTree>(_ lower: Int, _ upper: Int, body: (Tensor, Carry) throws -> Carry, init initial: Carry,
                                        file: String = #fileID, line: Int = #line) throws(FTCError) -> Carry {
  let site = CallSite(file, line)
  guard let first = Int32(exactly: lower), let last = Int32(exactly: upper) else {
    throw FTCError("\(site): foriLoop bounds must fit in i32, got \(lower)..<\(upper)")
  }
  let trips = Swift.max(0, Int(last) - Int(first))
  let start = Tensor(NDArray(first))
  let (out, _) = try scan(ForiCarry(index: start, carry: initial), length: trips, file: file, line: line) { c, _ in
    (ForiCarry(index: c.index + 1, carry: try body(c.index, c.carry)), [])
  }
  return out.carry
}

/// foriLoop's carry: the step index beside the user's carry.
private struct ForiCarry<Carry: TensorTree>: TensorTree {
  var index: Tensor
  var carry: Carry
}

/// The number of steps of a scan over `xs`: their common leading dimension, or `length`.
private func scanLength(_ xs: [Tensor], _ length: Int?, at site: CallSite) throws(FTCError) -> Int {
  for (k, x) in xs.enumerated() where x.rank == 0 {
    throw FTCError("\(site): scan input \(k) must have a leading axis to scan over, got \(x.type)")
  }
  guard let n = length ?? xs.first?.shape[0] else {
    throw FTCError("\(site): scan without inputs needs length:")
  }
  guard n >= 0 else { throw FTCError("\(site): scan needs length >= 0, got \(n)") }
  for (k, x) in xs.enumerated() where x.shape[0] != n {
    throw FTCError("\(site): scan input \(k) has leading dimension \(x.shape[0]), expected \(n) (the scan's length)")
  }
  return n
}

private func rowOf(_ t: TensorType) -> TensorType { t.with(shape: Array(t.shape.dropFirst())) }

/// The trace a loop over `inputs` is recorded in: theirs, or the running one.
private func loopTracer(_ inputs: [Tensor], _ what: String, at site: CallSite) throws(FTCError) -> Tracer {
  guard let tracer = recorder(of: inputs) else {
    throw FTCError("\(site): \(what) runs inside traced functions (jit, grad, vmap, ...); it was called outside any trace")
  }
  if let failure = tracer.failure { throw failure }
  return tracer
}

/// Records a loop op on `inputs` in `tracer`.
private func emitLoop(_ what: String, _ inputs: [Tensor], into tracer: Tracer, at site: CallSite, expected: [TensorType],
                      _ build: (inout FunctionBuilder, [Value]) throws(BuildError) -> [Value]) throws(FTCError) -> [Tensor] {
  let out = tracer.emitMany(what, inputs, at: site, expected: expected, build)
  if let failure = tracer.failure { throw failure }
  return out
}

/// The captured tensors of several regions, each once, in first-use order.
private func union(_ lists: [[Tensor]]) -> [Tensor] {
  var all: [Tensor] = []
  for t in lists.joined() where !all.contains(where: { same($0, t) }) { all.append(t) }
  return all
}

private func same(_ a: Tensor, _ b: Tensor) -> Bool { a.tracer === b.tracer && a.value == b.value }

/// A traced region (its `declared` parameters, then one per tensor it
/// captured) as the region its op takes: the declared parameters with one
/// per tensor of `all` inserted at `at`; it yields its results, with those
/// parameters inserted at `passing` when given (carries passed through).
private func closed(_ traced: (function: Function, captures: [Tensor]), declared: Int, all: [Tensor], at: Int,
                    passing: Int?, _ site: CallSite) throws(FTCError) -> Function {
  let f = traced.function
  guard !all.isEmpty else { return f }
  do throws(BuildError) {
    var b = FunctionBuilder(name: f.name)
    let types = f.params.map { f.type(of: $0) }
    let head = types[..<at].map { b.addParam($0) }
    let caps = all.map { b.addParam($0.type) }
    let tail = types[at..<declared].map { b.addParam($0) }
    var args = head + tail
    for t in traced.captures {
      guard let j = all.firstIndex(where: { same($0, t) }) else { throw BuildError("internal error: a capture is missing") }
      args.append(caps[j])
    }
    let out = try b.inline(f, args: args)
    b.ret(passing.map { Array(out[..<$0]) + caps + out[$0...] } ?? out)
    return b.function
  } catch {
    throw FTCError("\(site): \(f.name) region: \(error.message)")
  }
}
