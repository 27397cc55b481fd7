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
  /// Trips one loop (`scan`, `while`) may make: past it the loop stops with
  /// an error naming its line, so the interpreter never hangs.
  public var tripBudget: Int

  public init(module: Module, memoryBudget: Int = Limits.defaultInterpreterMemory,
              tripBudget: Int = Limits.defaultInterpreterTrips) {
    self.module = module
    self.memoryBudget = memoryBudget
    self.tripBudget = tripBudget
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
    let budget = Budget(args.reduce(0) { $0 + Interpreter.charge($1.type) })
    return try call(f, args, budget: budget, depth: 0)
  }

  /// Bytes held by the live tensors of a call (shared by the functions and
  /// regions it runs).
  private final class Budget {
    var live: Int
    init(_ live: Int) { self.live = live }
  }

  /// Runs `f` (a function or a region) on `args`, freeing each value after
  /// its last use.
  private func call(_ f: Function, _ args: [HostTensor], budget: Budget, depth: Int) throws(InterpreterError) -> [HostTensor] {
    guard depth < 10_000 else { throw InterpreterError("calls nest too deeply") }
    return try f.walk(args: args, missing: { InterpreterError($0.message) },
                      release: { budget.live -= Interpreter.charge($0.type) }) { (op: Operation, operands: [HostTensor]) throws(InterpreterError) -> [HostTensor] in
      try evaluate(op, of: f, operands, budget: budget, depth: depth)
    }
  }

  private func evaluate(_ op: Operation, of f: Function, _ operands: [HostTensor], budget: Budget,
                        depth: Int) throws(InterpreterError) -> [HostTensor] {
    let resultTypes = op.results.map { f.type(of: $0) }
    let input = EvalInput(operands: operands, attrs: op.attrs, resultTypes: resultTypes, regionCount: op.regions.count,
                          location: op.locs.op, tripBudget: tripBudget)
    let results: [HostTensor]
    if op.def.name == "call" {
      // The callee charges its results.
      let name = op.attrs.symbol("callee")
      guard let callee = module.function(named: name), callee.transform == nil else {
        throw InterpreterError("@\(name) is not an expanded function")
      }
      results = try call(callee, operands, budget: budget, depth: depth + 1)
    } else if let eval = op.def.evaluateRegions {
      // The op's results are charged before its regions run (a loop's
      // stacked outputs are known up front); the region run last holds what
      // it yielded (a loop drops the values of earlier trips).
      let base = budget.live + resultTypes.reduce(0) { $0 + Interpreter.charge($1) }
      guard base <= memoryBudget else {
        throw InterpreterError("the interpreter's memory budget of \(memoryBudget) bytes is exceeded at '\(op.name)'\(op.locs.op.map { " (line \($0.line))" } ?? "") producing \(resultTypes.map(\.description).joined(separator: ", ")); raise it with --max-memory")
      }
      results = try eval(input) { (k: Int, args: [HostTensor]) throws(InterpreterError) -> [HostTensor] in
        guard k >= 0 && k < op.regions.count else { throw InterpreterError("internal error: '\(op.name)' has no region \(k)") }
        let outs = try call(op.regions[k], args, budget: budget, depth: depth + 1)
        budget.live = base + outs.reduce(0) { $0 + Interpreter.charge($1.type) }
        return outs
      }
      budget.live = base
    } else if let eval = op.def.evaluate {
      let cost = resultTypes.reduce(0) { $0 + Interpreter.charge($1) }
      guard budget.live + cost <= memoryBudget else {
        throw InterpreterError("the interpreter's memory budget of \(memoryBudget) bytes is exceeded at '\(op.name)'\(op.locs.op.map { " (line \($0.line))" } ?? "") producing \(resultTypes.map(\.description).joined(separator: ", ")); raise it with --max-memory")
      }
      results = eval(input)
      budget.live += cost
    } else {
      throw InterpreterError("internal error: '\(op.name)' has no reference semantics")
    }
    guard results.count == op.results.count else {
      throw InterpreterError("internal error: '\(op.name)' produced \(results.count) results")
    }
    return results
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
