/// The reference interpreter: runs a verified, expanded module on host
/// tensors, one operation at a time, by each op's reference semantics.
/// It is the oracle for the compiler: simple and obviously right, not fast.

public struct InterpreterError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

public struct Interpreter: Sendable {
  public let module: Module
  /// Bytes the live tensors of one call may occupy at once.
  public var memoryBudget: Int

  public init(module: Module, memoryBudget: Int = Limits.defaultInterpreterMemory) {
    self.module = module
    self.memoryBudget = memoryBudget
  }

  /// Bytes the interpreter charges for a tensor: its elements, plus the
  /// index arrays its reference kernels may build (8 bytes an element).
  static func charge(_ t: TensorType) -> Int { t.elementCount * (t.dtype.byteSize + 8) }

  /// Runs function `name` on `args` (checked against its parameter types).
  public func run(_ name: String, _ args: [HostTensor]) throws(InterpreterError) -> [HostTensor] {
    guard let f = module.function(named: name) else {
      throw InterpreterError("no function @\(name) in module @\(module.name)")
    }
    guard f.transform == nil else {
      throw InterpreterError("@\(name) is a transform definition that has not been expanded")
    }
    if let problem = f.signature.argumentProblem(args.map(\.type), function: name) { throw InterpreterError(problem) }
    var live = args.reduce(0) { $0 + Interpreter.charge($1.type) }
    return try call(f, args, live: &live, depth: 0)
  }

  private func call(_ f: Function, _ args: [HostTensor], live: inout Int, depth: Int) throws(InterpreterError) -> [HostTensor] {
    guard depth < 10_000 else { throw InterpreterError("calls nest too deeply") }
    var env = [HostTensor?](repeating: nil, count: f.values.count)
    for (p, a) in zip(f.params, args) { env[p.id] = a }
    // Last use of each value, to free it (and its charge) once dead.
    var lastUse = [Int](repeating: -1, count: f.values.count)
    for (i, op) in f.body.enumerated() { for v in op.operands { lastUse[v.id] = i } }
    for v in f.returnValues { lastUse[v.id] = f.body.count }

    for (i, op) in f.body.enumerated() {
      let resultTypes = op.results.map { f.type(of: $0) }
      let cost = resultTypes.reduce(0) { $0 + Interpreter.charge($1) }
      guard live + cost <= memoryBudget else {
        throw InterpreterError("the interpreter's memory budget of \(memoryBudget) bytes is exceeded at '\(op.name)'\(op.locs.op.map { " (line \($0.line))" } ?? "") producing \(resultTypes.map(\.description).joined(separator: ", ")); raise it with --max-memory")
      }
      var operands: [HostTensor] = []
      for v in op.operands {
        guard let t = env[v.id] else { throw InterpreterError("internal error: value used before definition in @\(f.name)") }
        operands.append(t)
      }
      let results: [HostTensor]
      var charged = false
      if op.def.name == "call" {
        let name = op.attrs.symbol("callee")
        guard let callee = module.function(named: name), callee.transform == nil else {
          throw InterpreterError("@\(name) is not an expanded function")
        }
        results = try call(callee, operands, live: &live, depth: depth + 1)
        charged = true  // the callee charged its results
      } else if let eval = op.def.evaluate {
        results = eval(EvalInput(operands: operands, attrs: op.attrs, resultTypes: resultTypes))
      } else {
        throw InterpreterError("internal error: '\(op.name)' has no reference semantics")
      }
      guard results.count == op.results.count else {
        throw InterpreterError("internal error: '\(op.name)' produced \(results.count) results")
      }
      for (v, r) in zip(op.results, results) {
        env[v.id] = r
        if !charged { live += Interpreter.charge(r.type) }
      }
      for v in Set(op.operands) where lastUse[v.id] == i && !f.params.contains(v) {
        if let t = env[v.id] { live -= Interpreter.charge(t.type) }
        env[v.id] = nil
      }
    }
    var out: [HostTensor] = []
    for v in f.returnValues {
      guard let t = env[v.id] else { throw InterpreterError("internal error: returned value undefined in @\(f.name)") }
      out.append(t)
    }
    return out
  }
}

extension Signature {
  /// Why arguments of `types` cannot be passed to function `name` of this
  /// signature (a wrong count or type), or nil if they can.
  public func argumentProblem(_ types: [TensorType], function name: String) -> String? {
    guard types.count == params.count else {
      return "@\(name) takes \(params.count) argument\(params.count == 1 ? "" : "s"), got \(types.count)"
    }
    for (k, (a, t)) in zip(types, params).enumerated() where a != t {
      return "argument \(k) of @\(name) must be \(t), got \(a)"
    }
    return nil
  }
}
