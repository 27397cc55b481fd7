/// Building functions op by op. Each `emit` runs the op's type rule, so a
/// mismatch is reported when the op is made (as a RuleError naming the op
/// and operand), never later. Used by the passes and by front ends.

public struct BuildError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

public struct FunctionBuilder: Sendable {
  public private(set) var function: Function
  /// Signatures of the functions `call` may name.
  public var callees: [String: Signature]

  public init(name: String, isPrivate: Bool = false, callees: [String: Signature] = [:]) {
    function = Function(name: name, isPrivate: isPrivate)
    self.callees = callees
  }

  public func type(_ v: Value) -> TensorType { function.type(of: v) }

  public mutating func addParam(_ t: TensorType, name: String? = nil) -> Value {
    let v = function.newValue(t, name: name)
    function.params.append(v)
    return v
  }

  /// Appends an operation; returns its results.
  @discardableResult
  public mutating func emit(_ def: OpDef, _ operands: [Value], attrs: Attributes = Attributes(),
                            types written: [TensorType] = [], names: [String?] = []) throws(BuildError) -> [Value] {
    var callee: Signature? = nil
    if def.name == "call" { callee = callees[attrs.symbol("callee")] }
    let input = TypeRuleInput(operands: operands.map { type($0) }, attrs: attrs, written: written, callee: callee)
    let types: [TensorType]
    do {
      types = try def.inferTypes(input)
    } catch {
      throw BuildError("\(def.name)(\(input.operands.map(\.description).joined(separator: ", "))): \(error.message)")
    }
    let results = types.enumerated().map { k, t in function.newValue(t, name: k < names.count ? names[k] : nil) }
    function.body.append(Operation(def, operands: operands, results: results, attrs: attrs))
    return results
  }

  /// `emit` for the common single-result case, by op name.
  public mutating func op(_ name: String, _ operands: Value..., attrs: [String: Attr] = [:],
                          type: TensorType? = nil) throws(BuildError) -> Value {
    try op(name, operands, attrs: attrs, type: type)
  }

  /// `op` with the operands in an array.
  public mutating func op(_ name: String, _ operands: [Value], attrs: [String: Attr] = [:],
                          type: TensorType? = nil) throws(BuildError) -> Value {
    guard let def = OpRegistry.lookup(name) else { throw BuildError("no operation named '\(name)'") }
    let r = try emit(def, operands, attrs: Attributes(attrs), types: type.map { [$0] } ?? [])
    guard r.count == 1 else { throw BuildError("'\(name)' does not have a single result") }
    return r[0]
  }

  public mutating func constant(_ value: Scalar, _ t: TensorType) throws(BuildError) -> Value {
    try op("constant", attrs: ["value": .tensor(HostTensor(splat: value, type: TensorType(t.dtype, [])))], type: t)
  }

  public mutating func ret(_ values: [Value]) {
    function.returnValues = values
    function.resultTypes = values.map { type($0) }
  }
}
