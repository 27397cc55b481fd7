/// The contexts that an op's derivative rules work in.
///
/// Design (as in JAX): reverse mode is forward mode followed by
/// transposition. Every op has a JVP rule, which emits the tangent of its
/// results from the tangents of its operands using only *linear* ops on
/// tangents (add, sub, neg, mul or div by a primal, dot_general with a
/// primal, reduce_sum and the shape ops, select with a primal predicate,
/// convert between floats). Only those linear ops need a transpose rule. So
/// a nonlinear op is differentiated by one rule, written once, and reverse
/// mode, forward mode and every composition of them agree by construction.

/// What a JVP rule sees: the primal operands and results (already emitted in
/// the function being built) and the operands' tangents (nil = zero).
public struct JVPContext: Sendable {
  public var b: FunctionBuilder
  public let attrs: Attributes
  public let primals: [Value]
  /// The primal results; for an op whose rule emits the primal computation
  /// itself (`OpDef.jvpEmitsPrimal`), empty on entry and set by the rule.
  public var results: [Value]
  public let tangents: [Value?]
  /// The op's regions, and the running pass's transforms of regions (for
  /// ops that own regions).
  public var regionBodies: [Function] = []
  public var regions: (any RegionPasses)? = nil

  public init(b: FunctionBuilder, attrs: Attributes, primals: [Value], results: [Value], tangents: [Value?]) {
    self.b = b
    self.attrs = attrs
    self.primals = primals
    self.results = results
    self.tangents = tangents
  }

  public func x(_ i: Int) -> Value { primals[i] }
  public var y: Value { results[0] }
  public func t(_ i: Int) -> Value? { tangents[i] }
  public func type(_ v: Value) -> TensorType { b.type(v) }

  // MARK: Primal computations (any op through the typed builder `b`; their results are primal values).

  /// A splat constant with the type of `like`.
  public mutating func const(_ v: Double, like: Value) throws(BuildError) -> Value {
    let t = type(like)
    return try b.constant(t.dtype.isFloat ? .float(v) : .int(Int64(v)), t)  // (not b.full: an i1 splat stays .int)
  }

  public mutating func zeros(like v: Value) throws(BuildError) -> Value { try const(0, like: v) }

  // MARK: Linear computations on tangents (nil = zero propagates).

  public mutating func mul(_ t: Value?, _ p: Value) throws(BuildError) -> Value? {
    guard let t else { return nil }
    return try b.mul(t, p)
  }
  public mutating func div(_ t: Value?, _ p: Value) throws(BuildError) -> Value? {
    guard let t else { return nil }
    return try b.div(t, p)
  }
  public mutating func neg(_ t: Value?) throws(BuildError) -> Value? {
    guard let t else { return nil }
    return try b.neg(t)
  }
  public mutating func add(_ a: Value?, _ c: Value?) throws(BuildError) -> Value? {
    guard let a else { return c }
    guard let c else { return a }
    return try b.add(a, c)
  }
  public mutating func sub(_ a: Value?, _ c: Value?) throws(BuildError) -> Value? {
    guard let c else { return a }
    guard let a else { return try neg(c) }
    return try b.sub(a, c)
  }

  /// The tangent of operand i, or zeros of its type.
  public mutating func tOrZeros(_ i: Int) throws(BuildError) -> Value {
    if let t = tangents[i] { return t }
    return try zeros(like: primals[i])
  }

  /// For a linear op: the same op with the same attributes on the tangents
  /// (zeros for missing ones; nil if every tangent is zero). `keep` lists
  /// operands passed as primals (e.g. a select's predicate).
  public mutating func sameOp(_ def: OpDef, keep: Set<Int> = []) throws(BuildError) -> Value? {
    let linear = tangents.indices.filter { !keep.contains($0) }
    guard linear.contains(where: { tangents[$0] != nil }) else { return nil }
    var ops: [Value] = []
    for i in primals.indices { ops.append(keep.contains(i) ? primals[i] : try tOrZeros(i)) }
    return try b.emit(def, ops, attrs: attrs, types: results.map { b.type($0) })[0]
  }
}

public typealias JVPRule = @Sendable (inout JVPContext) throws(BuildError) -> [Value?]

/// What a transpose rule sees: a linear op's cotangent, which operands are
/// linear (those have no value; they are what the rule solves for), and the
/// values of the others.
public struct TransposeContext: Sendable {
  public var b: FunctionBuilder
  public let attrs: Attributes
  public let operandTypes: [TensorType]
  public let resultTypes: [TensorType]
  public let linear: [Bool]
  public let primals: [Value?]
  /// The cotangent of each result (nil: zero; at least one is not nil).
  public let cts: [Value?]
  /// The op's regions (for ops that own regions).
  public let regionBodies: [Function]
  /// Transforms regions with the running pass (for ops that own regions).
  public var regions: (any RegionPasses)? = nil

  public init(b: FunctionBuilder, attrs: Attributes, operandTypes: [TensorType], resultTypes: [TensorType],
              linear: [Bool], primals: [Value?], cts: [Value?], regionBodies: [Function] = []) {
    self.b = b
    self.attrs = attrs
    self.operandTypes = operandTypes
    self.resultTypes = resultTypes
    self.linear = linear
    self.primals = primals
    self.cts = cts
    self.regionBodies = regionBodies
  }

  /// The result's type (ops with one result).
  public var resultType: TensorType { resultTypes[0] }
  /// The result's cotangent (ops with one result: the pass calls their rule
  /// only when it is not zero).
  public var ct: Value { cts[0]! }


  /// The value of non-linear operand i.
  public func primal(_ i: Int) throws(BuildError) -> Value {
    guard let v = primals[i] else { throw BuildError("internal error: operand \(i) is linear, not a primal") }
    return v
  }

  public mutating func zeros(_ t: TensorType) throws(BuildError) -> Value {
    try b.constant(t.dtype.isFloat ? .float(0) : .int(0), t)
  }
}

public typealias TransposeRule = @Sendable (inout TransposeContext) throws(BuildError) -> [Value?]

/// The JVP rule of an op whose derivative is zero (comparisons, sign, floor,
/// integer and i1 results, stop_gradient, constants).
public let zeroJVP: JVPRule = { c throws(BuildError) in c.results.map { _ in nil } }
