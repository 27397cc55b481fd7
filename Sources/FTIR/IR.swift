/// Values, operations, functions and modules.

/// An SSA value, local to one function (an index into its value table).
public struct Value: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let id: Int
  public init(_ id: Int) { self.id = id }
  public static func < (a: Value, b: Value) -> Bool { a.id < b.id }
  public var description: String { "v\(id)" }
}

public struct ValueInfo: Sendable {
  public var type: TensorType
  /// The name written in the source (without `%`), or nil for a fresh value.
  public var name: String?
  public var loc: SourceLoc?
}

/// Source positions of an operation's parts, for diagnostics.
public struct OpLocs: Sendable {
  public var op: SourceLoc?
  public var type: SourceLoc?
  public var operands: [SourceLoc] = []
  public var attrs: [String: SourceLoc] = [:]
  public init(op: SourceLoc? = nil) { self.op = op }
}

public struct Operation: Sendable {
  public var def: OpDef
  public var operands: [Value]
  public var results: [Value]
  public var attrs: Attributes
  public var locs: OpLocs
  /// The bodies the op owns (`cond`'s branches), in order. A region is
  /// closed: it sees only its own parameters (values from outside enter as
  /// the op's operands, as in JAX's closed jaxprs). It is represented as a
  /// `Function` with its own value table: `name` is the region's label
  /// (`then`, `branch`, ...), `params` its parameters, `returnValues` what its
  /// `yield` gives and `resultTypes` their types.
  public var regions: [Function]

  public init(_ def: OpDef, operands: [Value], results: [Value], attrs: Attributes = Attributes(), locs: OpLocs = OpLocs(),
              regions: [Function] = []) {
    self.def = def
    self.operands = operands
    self.results = results
    self.attrs = attrs
    self.locs = locs
    self.regions = regions
  }

  public var name: String { def.name }

  /// The location best describing `target` (falls back to the op's name).
  public func loc(of target: RuleTarget) -> SourceLoc? {
    switch target {
    case .op: return locs.op
    case .operand(let i): return i < locs.operands.count ? locs.operands[i] : locs.op
    case .attr(let k): return locs.attrs[k] ?? locs.op
    case .resultType: return locs.type ?? locs.op
    case .region(let i): return i < regions.count ? regions[i].locs.name ?? locs.op : locs.op
    case .regionYield(let i): return i < regions.count ? regions[i].locs.returnStmt ?? locs.op : locs.op
    }
  }
}

/// Source positions of a function's parts.
public struct FunctionLocs: Sendable {
  public var funcKeyword: SourceLoc?
  public var name: SourceLoc?
  public var resultTypes: [SourceLoc] = []
  public var returnStmt: SourceLoc?
  public var returnOperands: [SourceLoc] = []
  public init() {}
}

public struct Function: Sendable {
  public var name: String
  public var isPrivate: Bool
  public var params: [Value]
  public var resultTypes: [TensorType]
  public var body: [Operation]
  public var returnValues: [Value]
  public var values: [ValueInfo]
  /// Set for a transform definition (`func @g = grad(@f)`): then `body` is
  /// empty until expansion, and params/resultTypes hold the derived signature
  /// once the verifier has computed it.
  public var transform: TransformExpr?
  public var locs: FunctionLocs

  public init(name: String, isPrivate: Bool = false) {
    self.name = name
    self.isPrivate = isPrivate
    params = []
    resultTypes = []
    body = []
    returnValues = []
    values = []
    transform = nil
    locs = FunctionLocs()
  }

  public var signature: Signature {
    Signature(params: params.map { type(of: $0) }, results: resultTypes)
  }

  public func type(of v: Value) -> TensorType { values[v.id].type }

  /// The name written for `v` in the source, if any.
  public func name(of v: Value) -> String? { values[v.id].name }

  /// Calls `visit` on every operation of the body and, depth first, of the
  /// regions of its operations (with the function or region owning each).
  /// Iterative: the depth of nesting cannot overflow the stack.
  public func forEachOperation(_ visit: (Operation, Function) throws -> Void) rethrows {
    var stack: [(Function, Int)] = [(self, 0)]
    while let (g, i) = stack.popLast() {
      guard i < g.body.count else { continue }
      stack.append((g, i + 1))
      let op = g.body[i]
      WorkCounter.visited()
      try visit(op, g)
      for r in op.regions.reversed() { stack.append((r, 0)) }
    }
  }

  /// The number of operations, those inside regions included.
  public var operationCount: Int {
    var n = 0
    forEachOperation { _, _ in n += 1 }
    return n
  }

  /// Adds a fresh value of `type` to the value table.
  public mutating func newValue(_ type: TensorType, name: String? = nil, loc: SourceLoc? = nil) -> Value {
    values.append(ValueInfo(type: type, name: name, loc: loc))
    return Value(values.count - 1)
  }
}

public struct Module: Sendable {
  public var name: String
  public var functions: [Function]

  public init(name: String, functions: [Function] = []) {
    self.name = name
    self.functions = functions
  }

  public func index(of name: String) -> Int? { functions.firstIndex { $0.name == name } }
  public func function(named name: String) -> Function? { index(of: name).map { functions[$0] } }

  /// The index of each function by name (the first of a name defined
  /// twice), for passes that look functions up by name: `index(of:)` is a
  /// linear search, quadratic when called per function.
  public var functionIndex: [String: Int] {
    var index: [String: Int] = [:]
    index.reserveCapacity(functions.count)
    for (i, f) in functions.enumerated() where index[f.name] == nil { index[f.name] = i }
    return index
  }
}
