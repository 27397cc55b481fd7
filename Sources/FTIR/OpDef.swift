/// The definition of an operation: everything FTIR knows about one op kind.
///
/// Each op family lives in one file under `Ops/` and defines, side by side,
/// its syntax (operand count, attributes), its type rule and its reference
/// semantics. The list of all families is `OpRegistry.all`; a coverage test
/// checks that every op has every rule.

/// The signature of a function: parameter and result types.
public struct Signature: Hashable, Sendable, CustomStringConvertible {
  public var params: [TensorType]
  public var results: [TensorType]
  public init(params: [TensorType], results: [TensorType]) {
    self.params = params
    self.results = results
  }
  public var description: String {
    "(" + params.map(\.description).joined(separator: ", ") + ") -> ("
      + results.map(\.description).joined(separator: ", ") + ")"
  }
}

/// What a type rule sees.
public struct TypeRuleInput: Sendable {
  public var operands: [TensorType]
  public var attrs: Attributes
  /// The result types as written (an input of the rule for ops such as
  /// `convert`, `reshape` or `constant`; checked against the rule otherwise).
  public var written: [TensorType]
  /// For `call`: the callee's signature, if the callee exists.
  public var callee: Signature?

  public init(operands: [TensorType], attrs: Attributes, written: [TensorType], callee: Signature? = nil) {
    self.operands = operands
    self.attrs = attrs
    self.written = written
    self.callee = callee
  }
}

/// Where a rule violation should be reported.
public enum RuleTarget: Hashable, Sendable {
  case op
  case operand(Int)
  case attr(String)
  case resultType
}

public struct RuleError: Error, Sendable {
  public var message: String
  public var target: RuleTarget
  public init(_ message: String, at target: RuleTarget = .op) {
    self.message = message
    self.target = target
  }
}

public typealias TypeRule = @Sendable (TypeRuleInput) throws(RuleError) -> [TensorType]

/// What the reference semantics of an op see: operand values, attributes,
/// and the (verified) result types.
public struct EvalInput: Sendable {
  public var operands: [HostTensor]
  public var attrs: Attributes
  public var resultTypes: [TensorType]
  public init(operands: [HostTensor], attrs: Attributes, resultTypes: [TensorType]) {
    self.operands = operands
    self.attrs = attrs
    self.resultTypes = resultTypes
  }
}

public typealias EvalRule = @Sendable (EvalInput) -> [HostTensor]

public enum Arity: Sendable, Hashable {
  case exactly(Int)
  case atLeast(Int)
  public func accepts(_ n: Int) -> Bool {
    switch self {
    case .exactly(let k): return n == k
    case .atLeast(let k): return n >= k
    }
  }
  public var description: String {
    switch self {
    case .exactly(let k): return k == 1 ? "1 operand" : "\(k) operands"
    case .atLeast(let k): return "at least \(k) operand\(k == 1 ? "" : "s")"
    }
  }
}

public final class OpDef: Sendable, CustomStringConvertible {
  public let name: String
  public let arity: Arity
  public let attrs: [AttrSpec]
  /// True when the written result type supplies information to the rule
  /// (convert, constant, iota, reshape, broadcast_in_dim, argmax, argmin).
  public let typeIsInput: Bool
  public let typeRule: TypeRule
  /// The reference semantics (nil only for `call`, which the interpreter runs itself).
  public let evaluate: EvalRule?
  /// Forward-mode derivative (see Rules/DerivativeRules.swift). Nil only for
  /// `call`, which the passes inline.
  public let jvp: JVPRule?
  /// For ops that are linear in some operands: the transpose rule that
  /// reverse mode uses. Nil for ops that JVP rules never apply to tangents.
  public let transpose: TransposeRule?
  /// The batching rule that `vmap` uses (see Rules/BatchingRules.swift). Nil
  /// only for `call`, which the passes inline.
  public let batch: BatchRule?

  public init(_ name: String, arity: Arity, attrs: [AttrSpec] = [], typeIsInput: Bool = false,
              type typeRule: @escaping TypeRule, eval: EvalRule?,
              jvp: JVPRule? = nil, transpose: TransposeRule? = nil, batch: BatchRule? = nil) {
    self.name = name
    self.arity = arity
    self.attrs = attrs
    self.typeIsInput = typeIsInput
    self.typeRule = typeRule
    self.evaluate = eval
    self.jvp = jvp
    self.transpose = transpose
    self.batch = batch
  }

  public var description: String { name }

  public func attrSpec(_ key: String) -> AttrSpec? { attrs.first { $0.name == key } }

  /// Checks operand count and attributes against the specs, then runs the type rule.
  public func inferTypes(_ input: TypeRuleInput) throws(RuleError) -> [TensorType] {
    guard arity.accepts(input.operands.count) else {
      throw RuleError("'\(name)' takes \(arity.description), got \(input.operands.count)")
    }
    for spec in attrs {
      if let a = input.attrs[spec.name] {
        guard spec.kind.accepts(a) else {
          throw RuleError("attribute '\(spec.name)' of '\(name)' must be \(spec.kind.expected)", at: .attr(spec.name))
        }
      } else if spec.required {
        throw RuleError("'\(name)' requires the attribute '\(spec.name)'")
      }
    }
    for key in input.attrs.values.keys where attrSpec(key) == nil {
      throw RuleError("'\(name)' has no attribute '\(key)'", at: .attr(key))
    }
    let types = try typeRule(input)
    for t in types {
      if let e = t.limitError { throw RuleError("result type \(t): \(e)", at: .resultType) }
    }
    return types
  }
}
