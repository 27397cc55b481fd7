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
  /// For ops that own regions: each region's label and signature.
  public var regions: [RegionSignature]

  public init(operands: [TensorType], attrs: Attributes, written: [TensorType], callee: Signature? = nil,
              regions: [RegionSignature] = []) {
    self.operands = operands
    self.attrs = attrs
    self.written = written
    self.callee = callee
    self.regions = regions
  }
}

/// What a type rule sees of a region: its label, parameter types and the
/// types of what it yields.
public struct RegionSignature: Hashable, Sendable {
  public var label: String
  public var params: [TensorType]
  public var results: [TensorType]
  public init(label: String, params: [TensorType], results: [TensorType]) {
    self.label = label
    self.params = params
    self.results = results
  }
  public init(_ r: Function) {
    self.init(label: r.name, params: r.params.map { r.type(of: $0) }, results: r.resultTypes)
  }
}

/// Where a rule violation should be reported.
public enum RuleTarget: Hashable, Sendable {
  case op
  case operand(Int)
  case attr(String)
  case resultType
  /// Region i's label.
  case region(Int)
  /// Region i's `yield`.
  case regionYield(Int)
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
  /// How many regions the op owns.
  public var regionCount: Int
  public init(operands: [HostTensor], attrs: Attributes, resultTypes: [TensorType], regionCount: Int = 0) {
    self.operands = operands
    self.attrs = attrs
    self.resultTypes = resultTypes
    self.regionCount = regionCount
  }
}

public typealias EvalRule = @Sendable (EvalInput) -> [HostTensor]

/// Runs region `index` of the op being evaluated on `args` (given by the
/// interpreter to ops that own regions).
public typealias RegionRunner = (_ index: Int, _ args: [HostTensor]) throws(InterpreterError) -> [HostTensor]

/// The reference semantics of an op that owns regions: it runs them through
/// the runner (and never otherwise; region ops are never constant-folded).
public typealias RegionEvalRule = @Sendable (EvalInput, RegionRunner) throws(InterpreterError) -> [HostTensor]

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
  /// The semantics of an op that owns regions (instead of `evaluate`).
  public let evaluateRegions: RegionEvalRule?
  /// True when the JVP rule emits the primal computation itself (and sets
  /// `JVPContext.results`), as `cond` does: one op computes both.
  public let jvpEmitsPrimal: Bool
  /// For reverse mode: splits an op whose operands are partly linear (a
  /// JVP'd `cond`) into a primal op emitting residuals and a linear op (see
  /// Rules/DerivativeRules.swift). Ops without one are linear as a whole
  /// when any operand is.
  public let partialEval: PartialEvalRule?
  /// For ops with a partial-evaluation rule: which results depend on the
  /// operands marked linear (the others are primal after the split).
  public let linearResults: LinearResultsRule?

  public init(_ name: String, arity: Arity, attrs: [AttrSpec] = [], typeIsInput: Bool = false,
              type typeRule: @escaping TypeRule, eval: EvalRule?,
              jvp: JVPRule? = nil, transpose: TransposeRule? = nil, batch: BatchRule? = nil,
              evalRegions: RegionEvalRule? = nil, jvpEmitsPrimal: Bool = false, partialEval: PartialEvalRule? = nil,
              linearResults: LinearResultsRule? = nil) {
    self.linearResults = linearResults
    self.evaluateRegions = evalRegions
    self.jvpEmitsPrimal = jvpEmitsPrimal
    self.partialEval = partialEval
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
    if evaluateRegions == nil && !input.regions.isEmpty {
      throw RuleError("'\(name)' takes no regions", at: .region(0))
    }
    let types = try typeRule(input)
    for t in types {
      if let e = t.limitError { throw RuleError("result type \(t): \(e)", at: .resultType) }
    }
    return types
  }
}
