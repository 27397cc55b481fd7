/// The walk over a body that every pass and the interpreter share: the
/// body's operations in order, each value of the body bound to what the
/// walk makes of it (a value of the function being built, a tensor, a
/// value with its tangent or batch axis, ...).
///
/// The caller's `visit` sees each operation with what its operands are
/// bound to and returns what its results are bound to; the walk returns
/// what the returned (or yielded) values are bound to. Regions are closed,
/// so an operation's regions are walked by whoever handles the operation —
/// the op's rule asks the running pass to transform them
/// (`RegionPasses`), and the pass walks them with this same function —
/// and nesting is bounded (`Limits.maxRegionNesting`).
///
///     func @f(%x: f32[]) -> f32[] {      walk(args: [a]) { op, operands in ... }
///       %y = sin %x : f32[]               visit(sin, [a])  -> [b]
///       %z = mul %y, %x : f32[]           visit(mul, [b, a]) -> [c]
///       return %z                         returns [c]
///     }

/// A value read before anything was bound to it (a malformed body).
public struct UnboundValue: Error, Sendable {
  public var function: String
  public var message: String { "internal error: a value of @\(function) is used before its definition" }
}

extension Function {
  /// Walks the body. `args` are bound to the parameters. With `release`,
  /// each value is dropped after its last use (parameters excepted) and
  /// handed to `release` (the interpreter frees tensors this way).
  public func walk<Env, E: Error>(args: [Env], missing: (UnboundValue) -> E,
                                  release: ((Env) -> Void)? = nil,
                                  _ visit: (Operation, [Env]) throws(E) -> [Env]) throws(E) -> [Env] {
    var env = [Env?](repeating: nil, count: values.count)
    for (p, a) in zip(params, args) { env[p.id] = a }
    var lastUse: [Int] = []
    if release != nil {
      lastUse = [Int](repeating: -1, count: values.count)
      for (i, op) in body.enumerated() { for v in op.operands { lastUse[v.id] = i } }
      for v in returnValues { lastUse[v.id] = body.count }
      for p in params { lastUse[p.id] = body.count }
    }
    WorkCounter.visited(body.count)
    for (i, op) in body.enumerated() {
      var operands: [Env] = []
      operands.reserveCapacity(op.operands.count)
      for v in op.operands {
        guard let x = env[v.id] else { throw missing(UnboundValue(function: name)) }
        operands.append(x)
      }
      let results = try visit(op, operands)
      for (r, x) in zip(op.results, results) { env[r.id] = x }
      if let release {
        for v in op.operands where lastUse[v.id] == i {
          if let x = env[v.id] { release(x) }
          env[v.id] = nil
        }
      }
    }
    var out: [Env] = []
    for v in returnValues {
      guard let x = env[v.id] else { throw missing(UnboundValue(function: name)) }
      out.append(x)
    }
    return out
  }
}
