/// The definition of an operation: everything FTIR knows about one op kind.
///
/// Each op family lives in one file under `Ops/` and defines, side by side,
/// its syntax (operand count, attributes), its type rule and its reference
/// semantics. The list of all families is `OpRegistry.all`; a coverage test
/// checks that every op has every rule.
///
/// How an op is declared (what the passes read instead of lists of names):
/// - `opClass` (see `OpClass`): how fusion, scheduling and simplification
///   treat it, and which lowering Codegen must give it;
/// - `linearity`: the operands it is linear in, so reverse mode and the
///   coverage check know whether it needs a transpose rule;
/// - `math`: for math functions, the libm function it lowers to and whether
///   glibc's libmvec has vector variants of it;
/// - `rereadsOperands`: recomputing it wherever it is read only re-reads
///   operand elements (fusion recomputes such ops instead of materializing);
///   `repeatsOperandElements`: one operand element feeds several result
///   elements (a broadcast), so fusing expensive work into it repeats it;
/// - `simplify`: optional rewrites (identities, composition with the op that
///   produces its operand) that `Transforms/Simplify.swift` applies.
/// The LLVM lowering of each op is Codegen's (`Codegen/OpLowering.swift`).

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
  /// Where the op is written (loops name their line in errors).
  public var location: SourceLoc?
  /// How many trips a loop may make before the interpreter stops it
  /// (`Interpreter.tripBudget`).
  public var tripBudget: Int
  public init(operands: [HostTensor], attrs: Attributes, resultTypes: [TensorType], regionCount: Int = 0,
              location: SourceLoc? = nil, tripBudget: Int = Limits.defaultInterpreterTrips) {
    self.operands = operands
    self.attrs = attrs
    self.resultTypes = resultTypes
    self.regionCount = regionCount
    self.location = location
    self.tripBudget = tripBudget
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

/// How an op computes its result, as the backend sees it.
public enum OpClass: String, Sendable, CaseIterable {
  /// Each result element from the operands' elements at the same index.
  case elementwise
  /// Each result element is an operand element at an index that depends
  /// only on static attributes (broadcast_in_dim, reshape, transpose, slice,
  /// pad, concatenate, reverse), or on the index alone (`iota`, which has no
  /// operand).
  case indexMap = "index map"
  /// A literal (`constant`): no operands; its elements are read from the literal.
  case constant
  /// An index map whose indices are operand values, loaded and clamped into
  /// range (gather, dynamic_slice, dynamic_update_slice): fused like an index map.
  case dynamicIndex = "dynamic index"
  /// Adds an operand's elements into a copy of another at loaded, clamped
  /// indices (scatter_add): a kernel of its own.
  case scatter
  /// Folds the operand over some dimensions (reduce_*).
  case reduction
  /// A running fold along one axis (cumsum, cumprod, cummax, cummin): a
  /// kernel of its own, each line along the axis scanned in order.
  case cumulative
  /// A stable sort along one dimension permuting every operand (`sort`): a
  /// kernel of its own reading its operands from buffers, one result per operand.
  case sort
  /// The index of an extreme along one dimension (argmax, argmin).
  case argReduction = "arg reduction"
  /// dot_general: a kernel of its own reading its operands from buffers.
  case contraction
  /// conv: a kernel of its own (a runtime call) reading its operands from buffers.
  case convolution
  /// A kernel of its own or a runtime call the backend does not see into.
  case opaque
  /// Owns bodies (regions): `cond`.
  case region
  /// `call`: inlined before any backend pass; never lowered itself.
  case call

  /// Fused into the kernel that reads it (computed per element, never materialized).
  public var isFusible: Bool { self == .elementwise || self == .indexMap || self == .constant || self == .dynamicIndex }
  /// Needs a lowering in Codegen (a call is inlined first).
  public var needsLowering: Bool { self != .call }
}

/// Which operands an op is linear in (its tangent-side behaviour under
/// reverse mode). A linear op needs a transpose rule.
public enum Linearity: Sendable, Equatable {
  /// Not linear in any operand (math functions, compares, ...).
  case nonlinear
  /// Linear in these operands taken together (nil: all of them), the others
  /// held fixed: add, sub, neg, the index maps, reduce_sum, select in its
  /// branches, convert between floats.
  case jointly([Int]?)
  /// Linear in each of these operands separately while the others are
  /// primal values, never in two at once: mul, div (numerator), dot_general.
  case separately([Int]?)
  /// Linear in the operands passed to its regions where the regions are
  /// linear in them (a `cond` made by partial evaluation); never in the
  /// operands that select a region.
  case throughRegions

  /// Reverse mode may meet it on tangents: it needs a transpose rule.
  public var needsTranspose: Bool { self != .nonlinear }

  public func isLinear(in operand: Int) -> Bool {
    switch self {
    case .nonlinear: return false
    case .jointly(let xs), .separately(let xs): return xs?.contains(operand) ?? true
    case .throughRegions: return operand > 0
    }
  }

  public var description: String {
    func list(_ xs: [Int]?) -> String { xs.map { $0.map(String.init).joined(separator: ",") } ?? "all" }
    switch self {
    case .nonlinear: return "-"
    case .jointly(let xs): return list(xs)
    case .separately(let xs): return "each of " + list(xs)
    case .throughRegions: return "through regions"
    }
  }
}

/// A libm function an op lowers to (LLVM-free: Codegen's math library reads it).
public struct MathFunction: Sendable, Hashable {
  /// The f64 name; the f32 function adds `f` (`exp`, `expf`).
  public let name: String
  /// glibc's libmvec has vector variants (`_ZGVdN8v_expf`, ...).
  public let vectorized: Bool
  public init(_ name: String, vectorized: Bool) {
    self.name = name
    self.vectorized = vectorized
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
  /// How the backend treats it (nil only for an op under construction: the
  /// coverage check reports it).
  public let opClass: OpClass?
  public let linearity: Linearity
  /// The libm function a math op lowers to.
  public let math: MathFunction?
  /// Recomputing it wherever it is read only re-reads operand elements.
  public let rereadsOperands: Bool
  /// One operand element feeds several result elements (broadcast_in_dim).
  public let repeatsOperandElements: Bool
  /// Op-specific simplifications.
  public let simplify: SimplifyRules

  public init(_ name: String, arity: Arity, attrs: [AttrSpec] = [], typeIsInput: Bool = false,
              type typeRule: @escaping TypeRule, eval: EvalRule?,
              jvp: JVPRule? = nil, transpose: TransposeRule? = nil, batch: BatchRule? = nil,
              class opClass: OpClass?, linearity: Linearity = .nonlinear, math: MathFunction? = nil,
              rereadsOperands: Bool = false, repeatsOperandElements: Bool = false,
              simplify: SimplifyRules = SimplifyRules(),
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
    self.opClass = opClass
    self.linearity = linearity
    self.math = math
    self.rereadsOperands = rereadsOperands
    self.repeatsOperandElements = repeatsOperandElements
    self.simplify = simplify
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
