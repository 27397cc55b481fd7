/// `%r = call @f(%a, %b) : T` — calls a function of the module (or a
/// transform definition). The interpreter and the passes handle its
/// semantics; here is its type rule: operands and results match the callee.

extension OpRegistry {
  static let callOp = OpDef(
    "call", arity: .atLeast(0), attrs: [AttrSpec("callee", .symbol, keyed: false)], typeIsInput: true,
    type: { i throws(RuleError) in
      let name = i.attrs.symbol("callee")
      guard let sig = i.callee else { throw RuleError("call of an undefined function @\(name)", at: .attr("callee")) }
      guard i.operands.count == sig.params.count else {
        throw RuleError("@\(name) takes \(sig.params.count) argument\(sig.params.count == 1 ? "" : "s"), got \(i.operands.count)", at: .attr("callee"))
      }
      for (k, (got, want)) in zip(i.operands, sig.params).enumerated() where got != want {
        throw RuleError("argument \(k) of @\(name) must be \(want), got \(got)", at: .operand(k))
      }
      return sig.results
    },
    eval: nil, class: .call)
}
