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
  let thenRegion = try traceFunction(name: "then", types, what: "\(site): cond then-branch", onTrue)
  let elseRegion = try traceFunction(name: "else", types, what: "\(site): cond else-branch", onFalse)
  let tracer = recorder(of: [predicate] + operands) ?? predicate.tracer
  let out = tracer.emitMany("cond", [predicate] + operands, at: site, expected: thenRegion.resultTypes) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.cond(v[0], Array(v.dropFirst()), branches: [thenRegion, elseRegion])
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
