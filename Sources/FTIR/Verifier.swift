/// The verifier: checks a parsed (or built) module against the rules of the
/// spec and fills in the derived signatures of transform definitions.
///
/// - exported function names are valid, non-reserved C symbols;
/// - transform definitions: the referenced function exists, keys and their
///   values, the signature rules of section 5, the derived types' limits,
///   nesting depth (through transforms and calls) and cycles;
/// - `call` graphs have no cycles;
/// - every operation's written result types equal its type rule's;
/// - `return` matches the declared result types.
/// SSA structure (defined once, before use, in one function) is established
/// by whoever builds the module: the parser reports violations in text.

public struct VerifyOptions: Sendable {
  /// Prepended to exported symbols (`ftc compile --prefix`); checked too.
  public var symbolPrefix: String = ""
  /// The operation limit of spec section 2 (smaller in tests).
  public var maxOperations = Limits.maxOperations
  public init(symbolPrefix: String = "", maxOperations: Int = Limits.maxOperations) {
    self.symbolPrefix = symbolPrefix
    self.maxOperations = maxOperations
  }
}

/// Verifies `module`, storing derived signatures in its transform
/// definitions. Returns every problem found, sorted by position.
public func verifyModule(_ module: inout Module, options: VerifyOptions = VerifyOptions()) -> [Diagnostic] {
  var v = Verifier(module: module, options: options)
  v.run()
  module = v.module
  return v.diagnostics.sorted { ($0.loc ?? SourceLoc(line: 0, col: 0)) < ($1.loc ?? SourceLoc(line: 0, col: 0)) }
}

/// Expansion depth of each function: how many transforms are applied
/// (counted through transform definitions and calls). Iterative: chains of
/// definitions and calls can be as long as the module; a function on a
/// cycle counts the cycle once.
public func transformDepths(_ module: Module) -> [String: Int] {
  let index = module.functionIndex
  /// The functions `f` depends on, and the transforms it adds to them.
  func edges(_ f: Function) -> (deps: [String], add: Int) {
    if let t = f.transform { return ([t.innermostFunction.name], t.depth) }
    var callees: [String] = []
    f.forEachOperation { op, _ in if op.def.name == "call" { callees.append(op.attrs.symbol("callee")) } }
    return (callees, 0)
  }
  var memo: [String: Int] = [:]
  var visiting = Set<String>()
  for root in module.functions where memo[root.name] == nil {
    // Depth-first, each function finished after its dependencies.
    var stack: [(name: String, deps: [String], add: Int, next: Int)] = []
    func push(_ name: String) {
      guard memo[name] == nil, let i = index[name], visiting.insert(name).inserted else { return }
      let e = edges(module.functions[i])
      stack.append((name, e.deps, e.add, 0))
    }
    push(root.name)
    while let top = stack.last {
      if top.next < top.deps.count {
        stack[stack.count - 1].next += 1
        push(top.deps[top.next])
        continue
      }
      var d = 0
      for dep in top.deps { d = max(d, memo[dep] ?? 0) }
      memo[top.name] = top.add + d
      visiting.remove(top.name)
      stack.removeLast()
    }
  }
  return memo
}

private struct Verifier {
  var module: Module
  let options: VerifyOptions
  var diagnostics: [Diagnostic] = []
  /// Signatures of functions whose signature is known (transforms once derived).
  var signatures: [String: Signature] = [:]
  /// Transform definitions that failed: calls to them are not checked further.
  var failed = Set<String>()
  /// Each function's index in `module` by name.
  let index: [String: Int]

  init(module: Module, options: VerifyOptions) {
    self.module = module
    self.options = options
    index = module.functionIndex
  }

  mutating func error(_ message: String, at loc: SourceLoc?) {
    diagnostics.append(Diagnostic(message, at: loc))
  }

  mutating func run() {
    if checkOperationLimit() { return }
    checkNames()
    for f in module.functions where f.transform == nil { signatures[f.name] = f.signature }
    checkCycles()
    // Nesting first: signatures can double per level (jvp), so a chain of
    // definitions beyond the limit is not derived.
    checkNesting()
    for i in module.functions.indices where module.functions[i].transform != nil {
      deriveSignature(module.functions[i].name)
    }
    for i in module.functions.indices where module.functions[i].transform == nil {
      checkBody(module.functions[i])
    }
  }

  /// Reports the first operation beyond the limit (before any other work);
  /// true when there is one.
  mutating func checkOperationLimit() -> Bool {
    var count = 0
    for f in module.functions {
      var first: Operation? = nil
      f.forEachOperation { op, _ in
        count += 1
        if count == options.maxOperations + 1 { first = op }
      }
      if let op = first {
        error("the module has more than the limit of \(options.maxOperations) operations", at: op.locs.op)
        return true
      }
    }
    return false
  }

  mutating func checkNames() {
    var seen: [String: SourceLoc?] = [:]
    for f in module.functions {
      if seen[f.name] != nil {
        error("function @\(f.name) is defined twice", at: f.locs.name)
        continue
      }
      seen[f.name] = f.locs.name
      if !Names.isCIdentifier(f.name) {
        error("function name @\(f.name) is not a C identifier", at: f.locs.name)
      } else if !f.isPrivate, let problem = Names.exportProblem(f.name, prefix: options.symbolPrefix) {
        error("cannot export @\(f.name): \(problem)", at: f.locs.name)
      }
    }
  }

  /// Cycles among transform definitions and calls (recursion) are errors.
  mutating func checkCycles() {
    // Edges: transform definition -> its function; function -> each callee.
    var edges: [String: [(String, SourceLoc?)]] = [:]
    for f in module.functions {
      if let t = f.transform {
        let inner = t.innermostFunction
        edges[f.name] = [(inner.name, inner.loc)]
      } else {
        var calls: [(String, SourceLoc?)] = []
        f.forEachOperation { op, _ in
          if op.def.name == "call" { calls.append((op.attrs.symbol("callee"), op.locs.attrs["callee"] ?? op.locs.op)) }
        }
        edges[f.name] = calls
      }
    }
    var state: [String: Int] = [:]  // 1 visiting, 2 done
    var reported = Set<String>()
    // Iterative DFS so deep chains cannot overflow the stack.
    for f in module.functions where state[f.name] == nil {
      var stack: [(String, Int)] = [(f.name, 0)]
      state[f.name] = 1
      while let (node, next) = stack.last {
        let out = edges[node] ?? []
        if next >= out.count {
          state[node] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].1 += 1
        let (callee, loc) = out[next]
        guard edges[callee] != nil else { continue }  // undefined: reported elsewhere
        switch state[callee] {
        case 1:
          if reported.insert(node).inserted {
            let path = stack.map { "@" + $0.0 }.drop(while: { $0 != "@" + callee }) + ["@" + callee]
            error("cycle of calls or transform definitions: \(path.joined(separator: " -> "))", at: loc)
            failed.formUnion(stack.map(\.0))
          }
        case 2: break
        default:
          state[callee] = 1
          stack.append((callee, 0))
        }
      }
    }
  }

  /// Derives (and records) the signature of transform definition `name`
  /// and of the definitions it is built on, innermost first (iterative:
  /// a chain of definitions can be as long as the module).
  mutating func deriveSignature(_ name: String) {
    var chain: [String] = []
    var seen = Set<String>()
    var n = name
    while signatures[n] == nil, !failed.contains(n), seen.insert(n).inserted,
          let i = index[n], let t = module.functions[i].transform {
      chain.append(n)
      n = t.innermostFunction.name
    }
    for n in chain.reversed() { deriveOne(n) }
  }

  /// Derives the signature of transform definition `name`, whose inner
  /// function's signature is known if it can be.
  mutating func deriveOne(_ name: String) {
    guard let idx = index[name], let expr = module.functions[idx].transform else { return }
    let inner = expr.innermostFunction
    guard index[inner.name] != nil else {
      error("undefined function @\(inner.name)\(suggestFunction(inner.name))", at: inner.loc)
      failed.insert(name)
      return
    }
    guard let innerSig = signatures[inner.name] else {
      failed.insert(name)
      return
    }
    do {
      let sig = try deriveExpr(expr, base: innerSig)
      signatures[name] = sig
      var f = module.functions[idx]
      f.params = []
      f.values = []
      for t in sig.params { f.params.append(f.newValue(t)) }
      f.resultTypes = sig.results
      module.functions[idx] = f
    } catch {
      diagnostics.append(error)
      failed.insert(name)
    }
  }

  func deriveExpr(_ e: TransformExpr, base: Signature) throws(Diagnostic) -> Signature {
    switch e {
    case .function: return base
    case .apply(let kind, let inner, let args, let loc):
      let innerSig = try deriveExpr(inner, base: base)
      return try deriveTransform(kind, args: args, inner: innerSig, loc: loc).1
    }
  }

  mutating func checkNesting() {
    let depths = transformDepths(module)
    for f in module.functions where !failed.contains(f.name) {
      guard let t = f.transform, let d = depths[f.name], d > Limits.maxTransformNesting else { continue }
      var loc: SourceLoc? = nil
      if case .apply(_, _, _, let l) = t { loc = l }
      error("transforms nest \(d) deep here (counted through definitions and calls); the limit is \(Limits.maxTransformNesting)", at: loc ?? f.locs.name)
      failed.insert(f.name)
    }
  }

  /// A region nested deeper than the limit (for modules built in Swift; the
  /// parser reports it in text), with its depth.
  func deepRegion(_ f: Function) -> (Function, Int)? {
    var stack: [(Function, Int)] = [(f, 0)]
    while let (g, depth) = stack.popLast() {
      if depth > Limits.maxRegionNesting { return (g, depth) }
      for op in g.body { for r in op.regions { stack.append((r, depth + 1)) } }
    }
    return nil
  }

  /// ` (did you mean '@g'?)` for the function of the module closest to `name`, or "".
  func suggestFunction(_ name: String) -> String {
    Suggestions.didYouMean(name, in: module.functions.map(\.name), sigil: "@")
  }

  /// Checks one operation of `f` (a function or a region) against its type rule.
  mutating func checkOperation(_ op: Operation, in f: Function) {
    let operandTypes = op.operands.map { f.type(of: $0) }
    let written = op.results.map { f.type(of: $0) }
    var callee: Signature? = nil
    if op.def.name == "call" {
      let name = op.attrs.symbol("callee")
      if failed.contains(name) { return }
      guard module.index(of: name) != nil else {
        error("call of an undefined function @\(name)\(suggestFunction(name))", at: op.locs.attrs["callee"] ?? op.locs.op)
        return
      }
      callee = signatures[name]
    }
    let input = TypeRuleInput(operands: operandTypes, attrs: op.attrs, written: written, callee: callee,
                              regions: op.regions.map(RegionSignature.init))
    do {
      let inferred = try op.def.inferTypes(input)
      if inferred.count != written.count {
        error("'\(op.name)' has \(inferred.count) result\(inferred.count == 1 ? "" : "s"), but \(written.count) \(written.count == 1 ? "is" : "are") written", at: op.locs.type ?? op.locs.op)
      } else if inferred != written {
        let w = written.count == 1 ? written[0].description : "(" + written.map(\.description).joined(separator: ", ") + ")"
        let e = inferred.count == 1 ? inferred[0].description : "(" + inferred.map(\.description).joined(separator: ", ") + ")"
        error("result type \(w) does not match '\(op.name)': expected \(e)", at: op.locs.type ?? op.locs.op)
      }
    } catch {
      diagnostics.append(Diagnostic(error.message, at: op.loc(of: error.target)))
    }
  }

  mutating func checkBody(_ f: Function) {
    for (k, t) in f.resultTypes.enumerated() {
      if let e = t.limitError {
        error("result type \(t): \(e)", at: k < f.locs.resultTypes.count ? f.locs.resultTypes[k] : f.locs.name)
      }
    }
    if let (r, depth) = deepRegion(f) {
      error("regions nest \(depth) deep; the limit is \(Limits.maxRegionNesting)", at: r.locs.name ?? f.locs.name)
      return
    }
    f.forEachOperation { op, owner in checkOperation(op, in: owner) }
    let returned = f.returnValues.map { f.type(of: $0) }
    if returned != f.resultTypes {
      let r = returned.map(\.description).joined(separator: ", ")
      let d = f.resultTypes.map(\.description).joined(separator: ", ")
      error("return of (\(r)) does not match the declared result type\(f.resultTypes.count == 1 ? "" : "s") (\(d))", at: f.locs.returnStmt ?? f.locs.name)
    }
  }
}
