/// Building functions op by op. Each `emit` runs the op's type rule, so a
/// mismatch is reported when the op is made (as a RuleError naming the op
/// and operand), never later. Used by the passes and by front ends.

public struct BuildError: Error, Sendable, CustomStringConvertible {
  public var message: String
  /// A problem with the user's program that a rule finds (reverse mode of a
  /// `while` without `max_trips`), not a bug of ftc.
  public var isUserError: Bool
  public init(_ message: String, isUserError: Bool = false) {
    self.message = message
    self.isUserError = isUserError
  }
  public var description: String { message }
}

public struct FunctionBuilder: Sendable {
  public private(set) var function: Function
  /// Signatures of the functions `call` may name.
  public var callees: [String: Signature]
  /// The source location stamped on the operations emitted next (passes set
  /// it to the location of the op they are transforming, so diagnostics and
  /// dumps of derived code point back at the source).
  public var location: SourceLoc?

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
                            types written: [TensorType] = [], names: [String?] = [],
                            regions: [Function] = []) throws(BuildError) -> [Value] {
    var callee: Signature? = nil
    if def.name == "call" { callee = callees[attrs.symbol("callee")] }
    let input = TypeRuleInput(operands: operands.map { type($0) }, attrs: attrs, written: written, callee: callee,
                              regions: regions.map(RegionSignature.init))
    let types: [TensorType]
    do {
      types = try def.inferTypes(input)
    } catch {
      throw BuildError("\(def.name)(\(input.operands.map(\.description).joined(separator: ", "))): \(error.message)")
    }
    let results = types.enumerated().map { k, t in function.newValue(t, name: k < names.count ? names[k] : nil) }
    append(Operation(def, operands: operands, results: results, attrs: attrs, locs: OpLocs(op: location), regions: regions))
    return results
  }

  /// Appends `op` to the body; while work is counted, counts it and any
  /// copy of the body its growth forced (the body was shared).
  private mutating func append(_ op: Operation) {
    guard WorkCounter.current != nil else { return function.body.append(op) }
    let hadRoom = function.body.count < function.body.capacity
    let before = function.body.withUnsafeBufferPointer { $0.baseAddress }
    function.body.append(op)
    let after = function.body.withUnsafeBufferPointer { $0.baseAddress }
    WorkCounter.emitted()
    if hadRoom && before != after { WorkCounter.copied(function.body.count - 1) }
  }

  /// Copies the closed body `f` (a function without calls to inline, or a
  /// region) into this builder with its parameters bound to `args`; returns
  /// the values of what it returns. Regions of its ops are copied as they
  /// are (they are closed), calls stay calls.
  public mutating func inline(_ f: Function, args: [Value]) throws(BuildError) -> [Value] {
    try f.walk(args: args, missing: { BuildError($0.message) }) { (op: Operation, operands: [Value]) throws(BuildError) -> [Value] in
      try emitCopy(of: op, in: f, operands: operands)
    }
  }

  /// Emits a copy of `op` (of function `f`) on `operands`: same attributes,
  /// regions, result names and location.
  @discardableResult
  public mutating func emitCopy(of op: Operation, in f: Function, operands: [Value]) throws(BuildError) -> [Value] {
    let saved = location
    location = op.locs.op ?? location
    defer { location = saved }
    let written = op.def.typeIsInput ? op.results.map { f.type(of: $0) } : []
    return try emit(op.def, operands, attrs: op.attrs, types: written, names: op.results.map { f.name(of: $0) },
                    regions: op.regions)
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

  /// Moves the builder out, leaving an empty one. A pass hands its builder
  /// to a rule context this way and takes it back the same way, so the
  /// function being built has one owner and is never copied (a copy per
  /// operation made the passes quadratic).
  public mutating func take() -> FunctionBuilder {
    var moved = FunctionBuilder(name: "")
    swap(&self, &moved)
    return moved
  }

  public mutating func ret(_ values: [Value]) {
    function.returnValues = values
    function.resultTypes = values.map { type($0) }
  }
}
