/// Expansion: replaces every transform definition by an ordinary function of
/// the same name, built by the transform passes (JVP.swift, Reverse.swift,
/// VMap.swift, Jacobians.swift).
/// Nested transforms are applied inside out; the function a transform
/// applies to is first flattened (calls inlined), so no helper functions are
/// left behind. Failures become diagnostics at the definition.
///
/// The operation limit (spec section 2) is per module: the written
/// operations plus every function expansion builds, counted as each
/// operation is emitted (`OperationBudget`); the first definition that
/// crosses it stops expansion at once with a diagnostic there. Every
/// builder is held to it — the function being built, the scratch functions
/// (`__lin`, `__jvp`, `__vjp`), region bodies — so expanding one
/// definition builds at most a fixed number of functions per nesting level
/// (≤ 8), each under the limit: the work is bounded by a constant times the
/// limit, and linear in the size of what is built (no per-operation copy).
///
/// Derived code is simplified (CSE, DCE, folding) before another transform
/// applies to it, as JAX DCEs its jaxprs: `grad` nested 8 deep over 12
/// `sin`s builds 31,929 operations instead of 129,383.

import FTIR

public func expandTransforms(_ m: Module, maxOperations: Int = Limits.maxOperations) -> Result<Module, DiagnosticList> {
  let budget = OperationBudget(limit: maxOperations)
  budget.committed = m.functions.reduce(0) { $0 + $1.body.count }
  return OperationBudget.$current.withValue(budget) {
    var expander = Expander(module: m, budget: budget)
    var out = m
    var diags: [Diagnostic] = []
    for (i, f) in m.functions.enumerated() where f.transform != nil {
      do throws(ExpandError) {
        out.functions[i] = try expander.expanded(f.name)
      } catch {
        var loc = f.locs.name
        if case .apply(_, _, _, let l)? = f.transform { loc = l ?? loc }
        diags.append(Diagnostic(error.message, at: error.loc ?? loc))
        if budget.exhausted { break }
      }
    }
    return diags.isEmpty ? .success(out) : .failure(DiagnosticList(diags))
  }
}

/// The operations a module may still gain while it is expanded.
final class OperationBudget: @unchecked Sendable {
  /// The budget of the expansion running on this thread (nil: none, then
  /// each function alone is held to the limit).
  @TaskLocal static var current: OperationBudget?

  let limit: Int
  /// What is growing the module ("expansion", "inlining"), for diagnostics.
  let stage: String
  /// Operations of the module so far: written ones and finished expansions.
  var committed = 0
  /// Set once an emission was refused.
  var exhausted = false
  init(limit: Int, stage: String = "expansion") {
    self.limit = limit
    self.stage = stage
  }

  /// Whether a function of `size` operations may gain `more`.
  func allows(_ more: Int, after size: Int) -> Bool {
    if committed + size + more <= limit { return true }
    exhausted = true
    return false
  }
}

private struct Expander {
  let module: Module
  let index: [String: Int]
  let budget: OperationBudget
  var cache: [String: Function] = [:]

  init(module: Module, budget: OperationBudget) {
    self.module = module
    index = module.functionIndex
    self.budget = budget
  }

  /// The ordinary function `name` denotes (a transform definition expanded).
  mutating func expanded(_ name: String) throws(ExpandError) -> Function {
    if let f = cache[name] { return f }
    guard let i = index[name] else { throw ExpandError("undefined function @\(name)") }
    let f = module.functions[i]
    var result = f
    if let t = f.transform {
      result = try build(t, name: name)
      result.name = name
      result.isPrivate = f.isPrivate
      result.locs = f.locs
      guard budget.committed + result.body.count <= budget.limit else {
        budget.exhausted = true
        throw ExpandError("expansion exceeds the limit of \(budget.limit) operations in the module")
      }
      budget.committed += result.body.count
    }
    cache[name] = result
    return result
  }

  /// Whether `e` denotes a function built by expansion.
  func isDerived(_ e: TransformExpr) -> Bool {
    switch e {
    case .apply: return true
    case .function(let n, _): return index[n].map { module.functions[$0].transform != nil } ?? false
    }
  }

  mutating func build(_ e: TransformExpr, name: String) throws(ExpandError) -> Function {
    switch e {
    case .function(let n, _):
      // A failure inside another definition is reported there (at its own
      // location) and here at this definition's transform name.
      do { return try expanded(n) } catch { throw ExpandError(error.message) }
    case .apply(let kind, let innerExpr, let args, let loc):
      let inner = try build(innerExpr, name: name)
      var flat = try inlined(inner) { (n: String) throws(ExpandError) -> Function in
        do throws(ExpandError) { return try self.expanded(n) } catch { throw ExpandError(error.message) }
      }
      // Derived code is simplified before it is transformed again (as JAX
      // DCEs its jaxprs): nested derivatives stay small.
      if isDerived(innerExpr) { flat = simplifyFunction(flat, mode: .forDifferentiation) }
      let params: TransformParams
      do { params = try deriveTransform(kind, args: args, inner: flat.signature, loc: loc).0 }
      catch { throw ExpandError(error.message) }
      switch kind {
      case .jvp:
        return try jvpFunction(flat, name: name)
      case .vjp:
        return try vjpFunction(flat, name: name, argnums: params.argnums)
      case .grad, .value_and_grad:
        return try gradFunction(flat, name: name, argnums: params.argnums, hasAux: params.hasAux,
                                withValue: kind == .value_and_grad)
      case .vmap:
        return try vmapFunction(flat, name: name, params: params,
                                outAxesLoc: args.first { $0.key == "out_axes" }?.valueLoc ?? loc)
      case .jacfwd:
        return try jacfwdFunction(flat, name: name, argnums: params.argnums)
      case .jacrev:
        return try jacrevFunction(flat, name: name, argnums: params.argnums)
      case .hessian:
        return try hessianFunction(flat, name: name, argnum: params.argnums[0])
      }
    }
  }
}
