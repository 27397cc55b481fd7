/// Forward and reverse derivatives, Jacobians and Hessians of functions of
/// parameter trees, with results keeping their Swift types: a tangent or a
/// cotangent has its primal's type, and Jacobians nest as JAX nests them
/// (the output tree of input trees). Each is a flat transform of the
/// function over the tree leaves (Transforms.swift), whose results are
/// rebuilt as trees.
///
///     struct Lin: TensorTree { var w, b: Tensor }
///     jvp(f)(p, dp)            ==>  ValueAndTangent(value: f(p), tangent: ∂f(p)·dp)  (tangent: the result's type)
///     vjp(f)(p, ct)            ==>  ValueAndCotangent(value: f(p), cotangent: ctᵀ·∂f(p))  (cotangent: a Lin)
///     jacrev(f)(p)             ==>  a Lin whose leaf w has shape f(p).shape ++ w.shape  (f gives one tensor)
///     hessian(loss)(p)         ==>  ["b": Lin, "w": Lin]: hessian["w"]!.b = ∂²loss/∂w∂b, shape w.shape ++ b.shape
///     grad(loss, argnums: .all)(p, x)  ==>  Args2(arg0: ∂loss/∂p, arg1: ∂loss/∂x)

import FTIR

/// The outputs of a function and their tangents (of the same type).
public struct ValueAndTangent<R: TensorTree>: TensorTree {
  public var value: R
  public var tangent: R
  public init(value: R, tangent: R) {
    self.value = value
    self.tangent = tangent
  }
}

/// The outputs of a function and the cotangents of its arguments (of the arguments' types).
public struct ValueAndCotangent<R: TensorTree, C: TensorTree>: TensorTree {
  public var value: R
  public var cotangent: C
  public init(value: R, cotangent: C) {
    self.value = value
    self.cotangent = cotangent
  }
}

/// Which arguments `grad`/`valueAndGrad` differentiate when not only the first.
public enum Argnums: Sendable {
  /// Every argument: the gradient is an `Args2`/`Args3` of the arguments' types.
  case all
}

// MARK: Leaves by argument

/// The indices of the leaves of argument `arg` (an `Args` tree's `arg<k>`), in order.
private func leaves(of arg: Int, _ layout: TreeLayout) -> [Int] {
  layout.paths.indices.filter { argumentPath(layout.paths[$0])?.0 == arg }
}

/// A leaf path relative to its argument (`arg1.w` → `w`, `arg0` → `<root>`).
private func relativePath(_ path: String) -> String {
  let inner = argumentPath(path)?.1 ?? path
  return inner.isEmpty ? "<root>" : inner
}

/// The skeleton of arguments `0..<k` as one `Args` tree (their leaf indices stay those of `layout`).
private func argumentsNode(_ layout: TreeLayout, _ k: Int, what: String) throws(FTCError) -> TreeNode {
  guard case .keyed(let args) = layout.root.kind else { throw FTCError("\(what): internal error: the arguments are not keyed") }
  let node = TreeNode()
  var children: [String: TreeNode] = [:]
  for a in 0..<k {
    guard let child = args["arg\(a)"] else { throw FTCError("\(what): internal error: no argument \(a)") }
    children["arg\(a)"] = child
  }
  node.kind = .keyed(children)
  return node
}

/// The skeleton of argument `a` alone.
private func argumentNode(_ layout: TreeLayout, _ a: Int, what: String) throws(FTCError) -> TreeNode {
  guard case .keyed(let args) = layout.root.kind, let child = args["arg\(a)"] else {
    throw FTCError("\(what): internal error: no argument \(a)")
  }
  return child
}

/// Throws unless `given` (leaf indices of `layout`) are leaves at the relative paths and of the types of `expected` (paths and types).
private func checkLeaves(_ layout: TreeLayout, _ given: [Int], match expected: [(path: String, type: TensorType)],
                         what: String, role: String) throws(FTCError) {
  for (k, e) in expected.enumerated() {
    guard k < given.count, relativePath(layout.paths[given[k]]) == e.path else {
      let found = k < given.count ? " (found \(relativePath(layout.paths[given[k]])) in its place)" : ""
      throw FTCError("\(what): the \(role) has no leaf \(e.path) of type \(e.type)\(found)")
    }
    let t = layout.leaves[given[k]].type
    guard t == e.type else { throw FTCError("\(what): the \(role)'s leaf \(e.path) has type \(t), expected \(e.type)") }
  }
  guard given.count == expected.count else {
    throw FTCError("\(what): the \(role) has an extra leaf \(relativePath(layout.paths[given[expected.count]]))")
  }
}

/// Zeros of `t`, a host tensor (the tangent of an integer leaf, as JAX's float0 zeros).
private func zeros(_ t: TensorType) throws(FTCError) -> Tensor {
  Tensor(try NDArray.zeros(t.shape, dtype: t.dtype))
}

/// The flat function of `f` over the leaves `0..<n` (arguments `0..<k`, rebuilt as `P`), recording its result structure.
private func primalFunction<P: TensorTree, R: TensorTree>(_ name: String, _ layout: TreeLayout, arguments k: Int, leaves n: Int,
                                                          _ f: @escaping (P) throws -> R, as: P.Type,
                                                          result: ResultShape) throws(FTCError) -> TensorFunction {
  let node = try argumentsNode(layout, k, what: name)
  return TensorFunction(name: name, arity: n) { xs in
    let out = try f(try layout.rebuild(P.self, xs, node: node))
    let outLayout = try TreeLayout(out, name: "result")
    result.record(outLayout)
    return outLayout.leaves
  }
}

// MARK: jvp

/// Forward mode over trees: `In` holds `k` primal arguments then `k` tangent arguments of the same trees.
func jvpTree<In: TensorTree, P: TensorTree, R: TensorTree>(_ name: String, arguments k: Int, _ f: @escaping (P) throws -> R,
                                                           primals: P.Type) -> TreeFunction<In, ValueAndTangent<R>> {
  let what = "jvp_" + name
  return TreeFunction(name: what) { (layout: TreeLayout) throws(FTCError) in
    let primalLeaves = (0..<k).flatMap { leaves(of: $0, layout) }
    let n = primalLeaves.count
    guard primalLeaves == Array(0..<n) else { throw FTCError("\(what): internal error: primal leaves out of order") }
    for a in 0..<k {
      let expected = leaves(of: a, layout).map { (path: relativePath(layout.paths[$0]), type: layout.leaves[$0].type) }
      try checkLeaves(layout, leaves(of: k + a, layout), match: expected, what: what, role: "tangent of argument \(a)")
    }
    let result = ResultShape()
    let forward = jvp(try primalFunction(name, layout, arguments: k, leaves: n, f, as: P.self, result: result))
    let floats = (0..<n).filter { layout.leaves[$0].dtype.isFloat }
    let flat = TensorFunction(name: what, arity: 2 * n) { xs in
      let out = try forward(Array(xs[0..<n]) + floats.map { xs[n + $0] })
      let results = try result.recorded(what).leaves
      var tangents = out.dropFirst(results.count).makeIterator()
      let tangentLeaves = try results.map { (r: Tensor) throws -> Tensor in
        guard r.dtype.isFloat else { return try zeros(r.type) }
        guard let t = tangents.next() else { throw FTCError("\(what): internal error: too few output tangents") }
        return t
      }
      return Array(out.prefix(results.count)) + tangentLeaves
    }
    return LoweredTree(flat: flat) { (out: [Tensor]) throws(FTCError) in
      let m = out.count / 2
      return ValueAndTangent(value: try result.rebuild(R.self, Array(out.prefix(m)), what: what),
                             tangent: try result.rebuild(R.self, Array(out.dropFirst(m)), what: what))
    }
  }
}

/// Forward mode (`jax.jvp`) over a tree: `jvp(f)(primal, tangent)` gives
/// the output and its tangent, both of the output's type. The tangent has
/// the primal's type (its integer leaves are ignored; integer outputs get zero tangents).
public func jvp<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R) -> TreeFunction<Args2<A, A>, ValueAndTangent<R>> {
  jvpTree(name, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self)
}
/// Forward mode of a function of two trees: `jvp(f)(a, b, da, db)`.
public func jvp<A: TensorTree, B: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> R)
  -> TreeFunction<Args4<A, B, A, B>, ValueAndTangent<R>> {
  jvpTree(name, arguments: 2, { (p: Args2<A, B>) in try f(p.arg0, p.arg1) }, primals: Args2<A, B>.self)
}

// MARK: vjp

/// Reverse mode over trees: `In` holds `k` primal arguments then one cotangent tree of the output's structure.
/// `cotangents` rebuilds `C` from the argument cotangents (leaves `0..<n`) of `layout`.
func vjpTree<In: TensorTree, P: TensorTree, R: TensorTree, C: TensorTree>(_ name: String, arguments k: Int, _ f: @escaping (P) throws -> R,
                                                                          primals: P.Type, cotangents: C.Type,
                                                                          cotangentNode: @escaping (TreeLayout) throws(FTCError) -> TreeNode)
  -> TreeFunction<In, ValueAndCotangent<R, C>> {
  let what = "vjp_" + name
  return TreeFunction(name: what) { (layout: TreeLayout) throws(FTCError) in
    let primalLeaves = (0..<k).flatMap { leaves(of: $0, layout) }
    let n = primalLeaves.count
    guard primalLeaves == Array(0..<n) else { throw FTCError("\(what): internal error: primal leaves out of order") }
    let given = leaves(of: k, layout)
    let result = ResultShape()
    let primal = try primalFunction(name, layout, arguments: k, leaves: n, f, as: P.self, result: result)
    let reverse = vjp(primal)
    let floats = (0..<n).filter { layout.leaves[$0].dtype.isFloat }
    let node = try cotangentNode(layout)
    let flat = TensorFunction(name: what, arity: layout.leaves.count) { xs in
      // Tracing the primal function first gives the output structure the cotangent must have.
      try traceQuietly(primal, xs[0..<n].map(\.type))
      let results = try result.recorded(what)
      let expected = zip(results.paths, results.leaves).map { (path: relativeResultPath($0), type: $1.type) }
      try checkLeaves(layout, given, match: expected, what: what, role: "cotangent")
      let floatOutputs = results.leaves.indices.filter { results.leaves[$0].dtype.isFloat }
      let out = try reverse(Array(xs[0..<n]) + floatOutputs.map { xs[given[$0]] })
      var cotangents = out.dropFirst(results.leaves.count).makeIterator()
      let argumentCotangents = try (0..<n).map { (j: Int) throws -> Tensor in
        guard floats.contains(j) else { return try zeros(layout.leaves[j].type) }
        guard let c = cotangents.next() else { throw FTCError("\(what): internal error: too few cotangents") }
        return c
      }
      return Array(out.prefix(results.leaves.count)) + argumentCotangents
    }
    return LoweredTree(flat: flat) { (out: [Tensor]) throws(FTCError) in
      let m = out.count - n
      return ValueAndCotangent(value: try result.rebuild(R.self, Array(out.prefix(m)), what: what),
                               cotangent: try layout.rebuild(C.self, Array(out.dropFirst(m)), node: node))
    }
  }
}

/// A result leaf path relative to the result (`result.w` → `w`, `result` → `<root>`).
private func relativeResultPath(_ path: String) -> String {
  if path == "result" { return "<root>" }
  return path.hasPrefix("result.") ? String(path.dropFirst("result.".count)) : String(path.dropFirst("result".count))
}

/// `f` traced at `types` for its result structure only (an export records nothing of it).
private func traceQuietly(_ f: TensorFunction, _ types: [TensorType]) throws {
  _ = try Exporter.$current.withValue(nil) { try f.trace(types) }
}

/// Reverse mode (FTIR's `vjp`) over a tree: `vjp(f)(primal, cotangent)`
/// gives the output and the primal's cotangent, of the primal's type; the
/// cotangent has the output's structure and types (its integer leaves are
/// ignored; integer primal leaves get zero cotangents).
public func vjp<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R) -> TreeFunction<Args2<A, R>, ValueAndCotangent<R, A>> {
  vjpTree(name, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self, cotangents: A.self) { (l: TreeLayout) throws(FTCError) in
    try argumentNode(l, 0, what: "vjp_" + name)
  }
}
/// Reverse mode of a function of two trees: `vjp(f)(a, b, cotangent)` gives the output and `Args2(arg0: ā, arg1: b̄)`.
public func vjp<A: TensorTree, B: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> R)
  -> TreeFunction<Args3<A, B, R>, ValueAndCotangent<R, Args2<A, B>>> {
  vjpTree(name, arguments: 2, { (p: Args2<A, B>) in try f(p.arg0, p.arg1) }, primals: Args2<A, B>.self,
          cotangents: Args2<A, B>.self) { (l: TreeLayout) throws(FTCError) in
    try argumentsNode(l, 2, what: "vjp_" + name)
  }
}

/// JAX's `vjp(f, primal)` over a tree: the output at `primal` and a pullback
/// from output cotangents (of the output's type) to the primal's cotangent
/// (each pullback call recomputes the output; both are compiled once).
public func vjp<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R,
                                              at primal: A) throws(FTCError) -> (value: R, pullback: (R) throws(FTCError) -> A) {
  let value = try jit(name: name, f)(primal)
  let reverse = vjp(name: name, f)
  return (value, { (cotangent: R) throws(FTCError) -> A in try reverse(primal, cotangent).cotangent })
}

// MARK: Jacobians and Hessians

/// The rows of the Jacobian of `base`'s `m` outputs with respect to its arguments `wrt`, at `xs`
/// (output by output, then argument by argument).
private func jacobianRows(_ base: TensorFunction, outputs m: Int, wrt: [Int], forward: Bool, _ xs: [Tensor]) throws -> [Tensor] {
  var rows: [Tensor] = []
  for i in 0..<m {
    let output = TensorFunction(name: "\(base.name)_\(i)", arity: xs.count) { ys in [try base(ys)[i]] }
    rows += try (forward ? jacfwd(output, argnums: wrt) : jacrev(output, argnums: wrt))(xs)
  }
  return rows
}

/// Throws unless argument 0's leaves are all float (Jacobians differentiate each of them, as JAX requires).
private func floatLeavesOfArgument0(_ layout: TreeLayout, what: String) throws(FTCError) -> [Int] {
  let wrt = leaves(of: 0, layout)
  guard !wrt.isEmpty else { throw FTCError("\(what): argument 0 has no tensor leaves to differentiate") }
  for j in wrt where !layout.leaves[j].dtype.isFloat {
    throw FTCError("\(what): argument 0's leaf \(relativePath(layout.paths[j])) has type \(layout.leaves[j].type), expected a float type "
                   + "(\(what) differentiates every leaf of argument 0)")
  }
  return wrt
}

/// The Jacobian of `f` (over arguments `0..<k` as `P`) with respect to argument 0 (of type `A`), as
/// (output leaf path, tree of `A`) pairs: leaf `w` of a row has shape output.shape ++ w.shape.
func jacobianTree<In: TensorTree, P: TensorTree, R: TensorTree, A: TensorTree, Out: TensorTree>(
  _ name: String, forward: Bool, arguments k: Int, _ f: @escaping (P) throws -> R, primals: P.Type, wrt: A.Type,
  assemble: @escaping ([(path: String, tree: A)]) throws(FTCError) -> Out) -> TreeFunction<In, Out> {
  let what = (forward ? "jacfwd_" : "jacrev_") + name
  return TreeFunction(name: what) { (layout: TreeLayout) throws(FTCError) in
    let wrt = try floatLeavesOfArgument0(layout, what: what)
    let result = ResultShape()
    let base = try primalFunction(name, layout, arguments: k, leaves: layout.leaves.count, f, as: P.self, result: result)
    let node = try argumentNode(layout, 0, what: what)
    let flat = TensorFunction(name: what, arity: layout.leaves.count) { xs in
      try traceQuietly(base, xs.map(\.type))
      let results = try result.recorded(what)
      for (path, r) in zip(results.paths, results.leaves) where !r.dtype.isFloat {
        throw FTCError("\(what): output \(relativeResultPath(path)) has type \(r.type), expected a float type")
      }
      return try jacobianRows(base, outputs: results.leaves.count, wrt: wrt, forward: forward, xs)
    }
    return LoweredTree(flat: flat) { (out: [Tensor]) throws(FTCError) in
      let results = try result.recorded(what)
      var rows: [(path: String, tree: A)] = []
      for (i, path) in results.paths.enumerated() {
        let row = Array(out[(i * wrt.count)..<((i + 1) * wrt.count)])
        // Argument 0's leaves are numbered from 0, so its skeleton rebuilds from the row.
        rows.append((relativeResultPath(path), try layout.rebuild(A.self, row, node: node)))
      }
      return try assemble(rows)
    }
  }
}

/// The Hessian of a scalar `f` with respect to argument 0 (of type `A`), as (leaf path, tree of `A`) pairs:
/// row `p`'s leaf `q` is ∂²f/∂p∂q, of shape p.shape ++ q.shape (`jax.hessian`, forward over reverse).
func hessianTree<In: TensorTree, P: TensorTree, A: TensorTree>(_ name: String, arguments k: Int, _ f: @escaping (P) throws -> Tensor,
                                                               primals: P.Type, wrt: A.Type) -> TreeFunction<In, [String: A]> {
  let what = "hessian_" + name
  return TreeFunction(name: what) { (layout: TreeLayout) throws(FTCError) in
    let wrt = try floatLeavesOfArgument0(layout, what: what)
    let result = ResultShape()
    let base = try primalFunction(name, layout, arguments: k, leaves: layout.leaves.count, { (p: P) in try f(p) }, as: P.self, result: result)
    let gradient = grad(base, argnums: wrt)
    let node = try argumentNode(layout, 0, what: what)
    let flat = TensorFunction(name: what, arity: layout.leaves.count) { xs in
      try jacobianRows(gradient, outputs: wrt.count, wrt: wrt, forward: true, xs)
    }
    return LoweredTree(flat: flat) { (out: [Tensor]) throws(FTCError) in
      var rows: [String: A] = [:]
      for (i, j) in wrt.enumerated() {
        let row = Array(out[(i * wrt.count)..<((i + 1) * wrt.count)])
        rows[relativePath(layout.paths[j])] = try layout.rebuild(A.self, row, node: node)
      }
      return rows
    }
  }
}

/// The Jacobian of a one-tensor function of a tree by reverse mode: a tree of
/// the argument's type whose leaf `w` has shape output.shape ++ w.shape.
public func jacrev<A: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> Tensor) -> TreeFunction<Args1<A>, A> {
  jacobianTree(name, forward: false, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self, wrt: A.self) { rows in rows[0].tree }
}
/// The Jacobian with respect to the first of two arguments.
public func jacrev<A: TensorTree, B: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> Tensor) -> TreeFunction<Args2<A, B>, A> {
  jacobianTree(name, forward: false, arguments: 2, { (p: Args2<A, B>) in try f(p.arg0, p.arg1) }, primals: Args2<A, B>.self, wrt: A.self) { rows in rows[0].tree }
}
/// The Jacobian of a tree-valued function as JAX nests it: one tree of the
/// argument's type per output leaf, keyed by the output leaf's path.
public func jacrev<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R) -> TreeFunction<Args1<A>, [String: A]> {
  jacobianTree(name, forward: false, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self, wrt: A.self) { rows in
    Dictionary(rows.map { ($0.path, $0.tree) }, uniquingKeysWith: { a, _ in a })
  }
}

/// `jacrev` by forward mode (the same values).
public func jacfwd<A: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> Tensor) -> TreeFunction<Args1<A>, A> {
  jacobianTree(name, forward: true, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self, wrt: A.self) { rows in rows[0].tree }
}
public func jacfwd<A: TensorTree, B: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> Tensor) -> TreeFunction<Args2<A, B>, A> {
  jacobianTree(name, forward: true, arguments: 2, { (p: Args2<A, B>) in try f(p.arg0, p.arg1) }, primals: Args2<A, B>.self, wrt: A.self) { rows in rows[0].tree }
}
public func jacfwd<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R) -> TreeFunction<Args1<A>, [String: A]> {
  jacobianTree(name, forward: true, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self, wrt: A.self) { rows in
    Dictionary(rows.map { ($0.path, $0.tree) }, uniquingKeysWith: { a, _ in a })
  }
}

/// The Hessian of a scalar function of a tree, as JAX nests it: for each
/// leaf path `p` of the argument, a tree of the argument's type whose leaf
/// `q` is ∂²f/∂p∂q with shape p.shape ++ q.shape (`hessian(f)(x)["w"]!.b`).
public func hessian<A: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> Tensor) -> TreeFunction<Args1<A>, [String: A]> {
  hessianTree(name, arguments: 1, { (p: Args1<A>) in try f(p.arg0) }, primals: Args1<A>.self, wrt: A.self)
}
/// The Hessian with respect to the first of two arguments.
public func hessian<A: TensorTree, B: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> Tensor) -> TreeFunction<Args2<A, B>, [String: A]> {
  hessianTree(name, arguments: 2, { (p: Args2<A, B>) in try f(p.arg0, p.arg1) }, primals: Args2<A, B>.self, wrt: A.self)
}

// MARK: Gradients with respect to every argument

/// The gradient with respect to every argument tree (`jax.grad(f, argnums=(0, 1))`), as `Args2(arg0:, arg1:)` of their types.
public func grad<A: TensorTree, B: TensorTree>(name: String = "loss", _ f: @escaping (A, B) throws -> Tensor, argnums: Argnums)
  -> TreeFunction<Args2<A, B>, Args2<A, B>> {
  let vg = valueAndGrad(name: name, f, argnums: argnums)
  return treeFunction("grad_" + name) { (a: Args2<A, B>) in try vg(a).grad }
}
public func grad<A: TensorTree, B: TensorTree, C: TensorTree>(name: String = "loss", _ f: @escaping (A, B, C) throws -> Tensor, argnums: Argnums)
  -> TreeFunction<Args3<A, B, C>, Args3<A, B, C>> {
  let vg = valueAndGrad(name: name, f, argnums: argnums)
  return treeFunction("grad_" + name) { (a: Args3<A, B, C>) in try vg(a).grad }
}
/// The loss and its gradient with respect to every argument tree.
public func valueAndGrad<A: TensorTree, B: TensorTree>(name: String = "loss", _ f: @escaping (A, B) throws -> Tensor, argnums: Argnums)
  -> TreeFunction<Args2<A, B>, ValueAndGrad<Args2<A, B>>> {
  valueAndGradTree(name, { (a: Args2<A, B>) in try f(a.arg0, a.arg1) }, of: Args2<A, B>.self, wrtAll: true)
}
public func valueAndGrad<A: TensorTree, B: TensorTree, C: TensorTree>(name: String = "loss", _ f: @escaping (A, B, C) throws -> Tensor, argnums: Argnums)
  -> TreeFunction<Args3<A, B, C>, ValueAndGrad<Args3<A, B, C>>> {
  valueAndGradTree(name, { (a: Args3<A, B, C>) in try f(a.arg0, a.arg1, a.arg2) }, of: Args3<A, B, C>.self, wrtAll: true)
}
