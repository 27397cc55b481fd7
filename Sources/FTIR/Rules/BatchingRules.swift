/// The context that an op's batching rule (for `vmap`) works in.
///
/// A batching rule receives the operands with their batch axes (nil for an
/// operand that does not vary along the mapped axis) and emits the batched
/// computation, returning each result with its batch axis. Rules move a batch
/// axis only when the op needs it somewhere else: elementwise ops line the
/// operands up on the first batched operand's axis, `dot_general` turns the
/// mapped axis into a batch dimension (both operands mapped) or a free one
/// (one operand mapped), and so on. The pass only calls a rule when at least
/// one operand is batched.

public struct BatchContext: Sendable {
  public var b: FunctionBuilder
  /// The op being batched (so rules shared by a family can emit it again).
  public let def: OpDef
  public let attrs: Attributes
  public let operands: [Value]
  /// The batch axis of each operand, nil if it is not batched.
  public let dims: [Int?]
  /// The size of the mapped axis.
  public let size: Int
  /// The op's result types without the batch axis.
  public let resultTypes: [TensorType]
  /// The op's regions (for ops that own regions).
  public var regionBodies: [Function] = []
  /// Transforms regions with the running pass (for ops that own regions).
  public var regions: (any RegionPasses)? = nil

  public init(b: FunctionBuilder, def: OpDef, attrs: Attributes, operands: [Value], dims: [Int?], size: Int,
              resultTypes: [TensorType]) {
    self.b = b
    self.def = def
    self.attrs = attrs
    self.operands = operands
    self.dims = dims
    self.size = size
    self.resultTypes = resultTypes
  }

  public func type(_ v: Value) -> TensorType { b.type(v) }

  /// The first batched operand's axis.
  public var firstAxis: Int { dims.compactMap { $0 }.first ?? 0 }

  /// Emits `def` on `operands` with `attrs`, its result types `written` (for ops
  /// whose written type is an input).
  public mutating func emit(_ def: OpDef, _ operands: [Value], attrs: Attributes, written: [TensorType] = []) throws(BuildError) -> [Value] {
    try b.emit(def, operands, attrs: attrs, types: def.typeIsInput ? written : [])
  }

  /// `v` (batched at `from`) with its batch axis moved to `to`.
  public mutating func moveAxis(_ v: Value, from: Int, to: Int) throws(BuildError) -> Value {
    guard from != to else { return v }
    var perm = Array(0..<type(v).rank)
    perm.remove(at: from)
    perm.insert(from, at: to)
    return try b.transpose(v, perm: perm)
  }

  /// Operand `i` batched at axis `axis`: moved there, or broadcast along a new
  /// axis there if it is not batched.
  public mutating func operand(_ i: Int, batchedAt axis: Int) throws(BuildError) -> Value {
    let v = operands[i]
    if let d = dims[i] { return try moveAxis(v, from: d, to: axis) }
    let t = type(v)
    var shape = t.shape
    shape.insert(size, at: axis)
    let dims = (0..<t.rank).map { $0 < axis ? $0 : $0 + 1 }
    return try b.broadcastInDim(v, shape: shape, dims: dims)
  }

  /// Where unbatched dimension `d` of operand `i` is in its batched value.
  public func batchedDim(_ d: Int, of i: Int) -> Int {
    guard let b = dims[i] else { return d }
    return d < b ? d : d + 1
  }

  /// `t` with the batch axis inserted at `axis`.
  public func batchedType(_ t: TensorType, at axis: Int) -> TensorType {
    var shape = t.shape
    shape.insert(size, at: axis)
    return t.with(shape: shape)
  }
}

public typealias BatchRule = @Sendable (inout BatchContext) throws(BuildError) -> [(Value, Int?)]

/// The batching rule of elementwise ops: every operand batched on the first
/// batched operand's axis (unbatched ones broadcast), the same op, the result
/// batched there.
public let elementwiseBatch: BatchRule = { c throws(BuildError) in
  let axis = c.firstAxis
  var ops: [Value] = []
  for i in c.operands.indices { ops.append(try c.operand(i, batchedAt: axis)) }
  let written = c.resultTypes.map { c.batchedType($0, at: axis) }
  return try c.emit(c.def, ops, attrs: c.attrs, written: written).map { ($0, axis) }
}

/// Ops without operands (constant, iota) never vary along a mapped axis: the
/// pass emits them unbatched and never calls this rule, which does the same.
public let nullaryBatch: BatchRule = { c throws(BuildError) in
  try c.emit(c.def, [], attrs: c.attrs, written: c.resultTypes).map { ($0, nil) }
}
