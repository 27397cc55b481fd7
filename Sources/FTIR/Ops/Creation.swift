/// Operations that make tensors from nothing: `constant` and `iota`.

extension OpRegistry {
  static let creationOps: [OpDef] = [constantOp, iotaOp]
  /// The literal op, which passes build directly (constant folding).
  public static var constant: OpDef { constantOp }
}

/// `constant LITERAL : T`. The literal (attribute `value`) is either a scalar
/// tensor, splatted to T, or a tensor of T's exact shape.
private let constantOp = OpDef(
  "constant", arity: .exactly(0), attrs: [AttrSpec("value", .tensor, keyed: false)], typeIsInput: true,
  type: { i throws(RuleError) in
    let t = try writtenType(i)
    guard let v = i.attrs.tensor("value") else { throw RuleError("'constant' needs a literal") }
    guard v.dtype == t.dtype else {
      throw RuleError("'constant' literal of type \(v.dtype.rawValue) does not match \(t)", at: .resultType)
    }
    guard v.shape.isEmpty || v.shape == t.shape else {
      throw RuleError("'constant' literal of shape \(v.shape) does not match \(t)", at: .resultType)
    }
    return [t]
  },
  eval: { i in
    let t = i.resultTypes[0]
    guard let v = i.attrs.tensor("value") else { return [] }
    if v.shape == t.shape { return [v] }
    return [HostTensor(splat: v.scalar(at: 0), type: t)]
  },
  jvp: zeroJVP, batch: nullaryBatch, class: .constant, rereadsOperands: true)

/// `iota dim=K : T`: each element is its index along dimension K.
private let iotaOp = OpDef(
  "iota", arity: .exactly(0), attrs: [AttrSpec("dim", .int)], typeIsInput: true,
  type: { i throws(RuleError) in
    let t = try writtenType(i)
    guard t.dtype.isFloat || t.dtype.isInt else {
      throw RuleError("'iota' needs a float or integer result type, got \(t)", at: .resultType)
    }
    let k = i.attrs.int("dim")
    guard k >= 0 && k < t.rank else {
      throw RuleError("'iota': dim \(k) is out of range for \(t)", at: .attr("dim"))
    }
    return [t]
  },
  eval: { i in
    let t = i.resultTypes[0]
    let k = i.attrs.int("dim")
    var idx: [Int64] = []
    idx.reserveCapacity(t.elementCount)
    forEachIndex(t.shape) { idx.append(Int64($0[k])) }
    return [HostTensor(type: t, storage: convertStorage(.i64(idx), to: t.dtype))]
  },
  // An index map with no operand: each element is a function of its index.
  jvp: zeroJVP, batch: nullaryBatch, class: .indexMap, rereadsOperands: true)
