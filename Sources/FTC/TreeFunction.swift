/// Functions of parameter trees: the argument trees are flattened into
/// leaves, a flat `TensorFunction` (the user function, or a transform of
/// it) is made once per tree structure, and its results are rebuilt as the
/// result's Swift type. Called on host tensors it compiles once per
/// structure and leaf types (a second call neither traces nor compiles);
/// called inside a trace it inlines.
///
///     struct MLP: TensorTree { var w: Tensor; var b: Tensor }
///     let f = jit { (p: MLP, x: Tensor) in tanh(matmul(x, p.w) + p.b) }
///     try f(params, x)   ==>  func @f(%b: f32[2], %w: f32[3,2], %x: f32[4,3]) -> (f32[4,2])   (leaves in path order)

import FTIR
import Foundation

/// The arguments of a tree function, as one tree (`arg0`, `arg1`, ... are the leaf path roots).
public struct Args1<A: TensorTree>: TensorTree {
  public var arg0: A
  public init(arg0: A) { self.arg0 = arg0 }
}
public struct Args2<A: TensorTree, B: TensorTree>: TensorTree {
  public var arg0: A
  public var arg1: B
  public init(arg0: A, arg1: B) {
    self.arg0 = arg0
    self.arg1 = arg1
  }
}
public struct Args3<A: TensorTree, B: TensorTree, C: TensorTree>: TensorTree {
  public var arg0: A
  public var arg1: B
  public var arg2: C
  public init(arg0: A, arg1: B, arg2: C) {
    self.arg0 = arg0
    self.arg1 = arg1
    self.arg2 = arg2
  }
}

public struct Args4<A: TensorTree, B: TensorTree, C: TensorTree, D: TensorTree>: TensorTree {
  public var arg0: A
  public var arg1: B
  public var arg2: C
  public var arg3: D
  public init(arg0: A, arg1: B, arg2: C, arg3: D) {
    self.arg0 = arg0
    self.arg1 = arg1
    self.arg2 = arg2
    self.arg3 = arg3
  }
}

/// A loss value and its gradient, of the parameters' own type.
public struct ValueAndGrad<P: TensorTree>: TensorTree {
  public var value: Tensor
  public var grad: P
  public init(value: Tensor, grad: P) {
    self.value = value
    self.grad = grad
  }
}

/// A flat function made for one argument structure, and how its results become the result tree.
struct LoweredTree<Out> {
  let flat: TensorFunction
  let finish: ([Tensor]) throws(FTCError) -> Out
}

/// A function from an argument tree to a result tree (made by `jit`,
/// `grad`, `valueAndGrad`, `vmap` of closures over trees). Call it with the
/// arguments: `f(params, x, y)`. Thread-safe: its cache is locked; each
/// flat function compiles under its own lock.
public final class TreeFunction<In: TensorTree, Out: TensorTree>: @unchecked Sendable {
  public let name: String
  private let lower: (TreeLayout) throws(FTCError) -> LoweredTree<Out>
  private let lock = NSLock()
  private var cache: [String: LoweredTree<Out>] = [:]

  init(name: String, lower: @escaping (TreeLayout) throws(FTCError) -> LoweredTree<Out>) {
    self.name = name
    self.lower = lower
  }

  /// How many times host calls traced and compiled (cache misses, over every structure).
  public var traceCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return cache.values.reduce(0) { $0 + $1.flat.traceCount }
  }

  func lowered(_ layout: TreeLayout) throws(FTCError) -> LoweredTree<Out> {
    lock.lock()
    defer { lock.unlock() }
    if let hit = cache[layout.signature] { return hit }
    let made = try lower(layout)
    cache[layout.signature] = made
    return made
  }

  /// The function at `args`: outside any trace, compiled and run on the host leaves; inside a trace, inlined into it.
  public func callAsFunction(_ args: In) throws(FTCError) -> Out {
    let layout = try TreeLayout(args)
    let lowered = try lowered(layout)
    let results: [Tensor]
    if Tracer.current == nil {
      var arrays: [NDArray] = []
      for (k, leaf) in layout.leaves.enumerated() { arrays.append(try leaf.hostArray(layout.path(k))) }
      results = try lowered.flat(arrays).map(Tensor.init)
    } else {
      results = try lowered.flat(layout.leaves)
    }
    return try lowered.finish(results)
  }

  /// The FTIR text of the flat function for `args`' structure and leaf types.
  public func ftir(_ args: In) throws(FTCError) -> String {
    let layout = try TreeLayout(args)
    return try lowered(layout).flat.ftir(layout.leaves.map(\.type))
  }
}

extension TreeFunction {
  public func callAsFunction<A>(_ a: A) throws(FTCError) -> Out where In == Args1<A> { try self(Args1(arg0: a)) }
  public func callAsFunction<A, B>(_ a: A, _ b: B) throws(FTCError) -> Out where In == Args2<A, B> { try self(Args2(arg0: a, arg1: b)) }
  public func callAsFunction<A, B, C>(_ a: A, _ b: B, _ c: C) throws(FTCError) -> Out where In == Args3<A, B, C> {
    try self(Args3(arg0: a, arg1: b, arg2: c))
  }
  public func ftir<A>(_ a: A) throws(FTCError) -> String where In == Args1<A> { try ftir(Args1(arg0: a)) }
  public func ftir<A, B>(_ a: A, _ b: B) throws(FTCError) -> String where In == Args2<A, B> { try ftir(Args2(arg0: a, arg1: b)) }
  public func ftir<A, B, C>(_ a: A, _ b: B, _ c: C) throws(FTCError) -> String where In == Args3<A, B, C> {
    try ftir(Args3(arg0: a, arg1: b, arg2: c))
  }
  public func callAsFunction<A, B, C, D>(_ a: A, _ b: B, _ c: C, _ d: D) throws(FTCError) -> Out where In == Args4<A, B, C, D> {
    try self(Args4(arg0: a, arg1: b, arg2: c, arg3: d))
  }
}

/// The result structure a traced body gave (recorded at trace time, read after each call).
final class ResultShape: @unchecked Sendable {
  private let lock = NSLock()
  private var layout: TreeLayout?
  func record(_ l: TreeLayout) {
    lock.lock()
    defer { lock.unlock() }
    layout = l
  }
  func rebuild<T: TensorTree>(_ type: T.Type, _ leaves: [Tensor], what: String) throws(FTCError) -> T {
    try recorded(what).rebuild(T.self, leaves)
  }
  /// The recorded result structure.
  func recorded(_ what: String) throws(FTCError) -> TreeLayout {
    lock.lock()
    let l = layout
    lock.unlock()
    guard let l else { throw FTCError("\(what): internal error: the result structure was not recorded") }
    return l
  }
}

/// The flat function of `body` for arguments laid out as `layout`: leaves in, result leaves out.
func flatFunction<In: TensorTree, R: TensorTree>(_ name: String, _ layout: TreeLayout, _ body: @escaping (In) throws -> R,
                                                 result: ResultShape) -> TensorFunction {
  TensorFunction(name: name, arity: layout.leaves.count) { xs in
    let out = try body(try layout.rebuild(In.self, xs))
    let outLayout = try TreeLayout(out, name: "result")
    result.record(outLayout)
    return outLayout.leaves
  }
}

/// A tree function running `body` itself.
func treeFunction<In: TensorTree, R: TensorTree>(_ name: String, _ body: @escaping (In) throws -> R) -> TreeFunction<In, R> {
  TreeFunction(name: name) { (layout: TreeLayout) throws(FTCError) in
    let result = ResultShape()
    return LoweredTree(flat: flatFunction(name, layout, body, result: result)) { (leaves: [Tensor]) throws(FTCError) in
      try result.rebuild(R.self, leaves, what: name)
    }
  }
}

/// The number of leaves of argument 0 (its leaves come first: `arg0` sorts first).
func firstArgumentLeaves(_ layout: TreeLayout) -> Int {
  layout.paths.prefix { $0 == "arg0" || $0.hasPrefix("arg0.") || $0.hasPrefix("arg0[") }.count
}

/// The tree function giving a scalar loss's value, its auxiliary tree, and its gradient with respect to
/// argument 0 as argument 0's type. `loss` gives the loss and the auxiliary results.
/// With `wrtAll`, the gradient is with respect to every argument, as `P` (the `Args` tree itself).
func valueAndGradTree<In: TensorTree, P: TensorTree, Aux: TensorTree>(_ name: String, _ loss: @escaping (In) throws -> (Tensor, Aux),
                                                                     of: P.Type, wrtAll: Bool = false) -> TreeFunction<In, ValueGradAux<P, Aux>> {
  TreeFunction(name: "valueAndGrad_" + name) { (layout: TreeLayout) throws(FTCError) in
    let n = wrtAll ? layout.leaves.count : firstArgumentLeaves(layout)
    let argument = wrtAll ? "the arguments have" : "argument 0 has"
    guard n > 0 else { throw FTCError("\(name): \(argument) no tensor leaves to differentiate") }
    // Float leaves are differentiated; an int or bool leaf's gradient is zeros of its type (JAX gives float0 zeros).
    let floats = (0..<n).filter { layout.leaves[$0].dtype.isFloat }
    guard !floats.isEmpty else { throw FTCError("\(name): \(argument) no float leaves to differentiate") }
    var zeros: [Int: Tensor] = [:]
    for k in 0..<n where !layout.leaves[k].dtype.isFloat {
      zeros[k] = Tensor(try NDArray.zeros(layout.leaves[k].shape, dtype: layout.leaves[k].dtype))
    }
    let aux = ResultShape()
    let base = TensorFunction(name: name, arity: layout.leaves.count) { xs in
      let (value, extra) = try loss(try layout.rebuild(In.self, xs))
      let auxLayout = try TreeLayout(extra, name: "aux")
      aux.record(auxLayout)
      // The loss again as a last auxiliary result, so there is one even when `Aux` has no leaves.
      return [value] + auxLayout.leaves + [value]
    }
    let flat = valueAndGrad(base, argnums: floats, hasAux: true)
    guard case .keyed(let args) = layout.root.kind, let params = wrtAll ? layout.root : args["arg0"] else {
      throw FTCError("\(name): internal error: no argument 0")
    }
    return LoweredTree(flat: flat) { (out: [Tensor]) throws(FTCError) in
      // The value, the auxiliary leaves and the loss again, then the gradients of the float leaves.
      let auxCount = out.count - 2 - floats.count
      guard auxCount >= 0 else { throw FTCError("\(name): internal error: \(out.count) results for \(floats.count) leaves") }
      var grads = out.suffix(floats.count).makeIterator()
      // Argument 0's leaves are numbered 0..<n, so the gradients rebuild it in place.
      let leaves = (0..<n).map { k in zeros[k] ?? grads.next()! }
      return ValueGradAux(value: out[0], aux: try aux.rebuild(Aux.self, Array(out[1..<1 + auxCount]), what: name),
                          grad: try layout.rebuild(P.self, leaves, node: params))
    }
  }
}

/// No auxiliary results.
public struct NoAux: TensorTree { public init() {} }

/// A loss value, its auxiliary results, and its gradient of the parameters' own type.
public struct ValueGradAux<P: TensorTree, Aux: TensorTree>: TensorTree {
  public var value: Tensor
  public var aux: Aux
  public var grad: P
  public init(value: Tensor, aux: Aux, grad: P) {
    self.value = value
    self.aux = aux
    self.grad = grad
  }
}

/// `valueAndGradTree` of a loss without auxiliary results.
func valueAndGradTree<In: TensorTree, P: TensorTree>(_ name: String, _ loss: @escaping (In) throws -> Tensor, of: P.Type,
                                                     wrtAll: Bool = false) -> TreeFunction<In, ValueAndGrad<P>> {
  let full = valueAndGradTree(name, { (a: In) in (try loss(a), NoAux()) }, of: P.self, wrtAll: wrtAll)
  return treeFunction("valueAndGrad_" + name) { (a: In) in
    let r = try full(a)
    return ValueAndGrad(value: r.value, grad: r.grad)
  }
}

// MARK: Public transforms of tree functions

/// `f` over parameter trees, compiled once per tree structure and leaf types.
public func jit<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R) -> TreeFunction<Args1<A>, R> {
  treeFunction(name) { (a: Args1<A>) in try f(a.arg0) }
}
public func jit<A: TensorTree, B: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> R) -> TreeFunction<Args2<A, B>, R> {
  treeFunction(name) { (a: Args2<A, B>) in try f(a.arg0, a.arg1) }
}
public func jit<A: TensorTree, B: TensorTree, C: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A, B, C) throws -> R) -> TreeFunction<Args3<A, B, C>, R> {
  treeFunction(name) { (a: Args3<A, B, C>) in try f(a.arg0, a.arg1, a.arg2) }
}
/// A tree function is compiled already: `jit` of it is itself.
public func jit<In, Out>(_ f: TreeFunction<In, Out>) -> TreeFunction<In, Out> { f }

/// The loss and its gradient with respect to the first argument, a tree: the gradient has the tree's own type.
public func valueAndGrad<P: TensorTree>(name: String = "loss", _ f: @escaping (P) throws -> Tensor) -> TreeFunction<Args1<P>, ValueAndGrad<P>> {
  valueAndGradTree(name, { (a: Args1<P>) in try f(a.arg0) }, of: P.self)
}
public func valueAndGrad<P: TensorTree, A: TensorTree>(name: String = "loss", _ f: @escaping (P, A) throws -> Tensor) -> TreeFunction<Args2<P, A>, ValueAndGrad<P>> {
  valueAndGradTree(name, { (a: Args2<P, A>) in try f(a.arg0, a.arg1) }, of: P.self)
}
public func valueAndGrad<P: TensorTree, A: TensorTree, B: TensorTree>(name: String = "loss", _ f: @escaping (P, A, B) throws -> Tensor) -> TreeFunction<Args3<P, A, B>, ValueAndGrad<P>> {
  valueAndGradTree(name, { (a: Args3<P, A, B>) in try f(a.arg0, a.arg1, a.arg2) }, of: P.self)
}

/// The gradient with respect to the first argument, a tree, as the tree's own type.
public func grad<P: TensorTree>(name: String = "loss", _ f: @escaping (P) throws -> Tensor) -> TreeFunction<Args1<P>, P> {
  let vg = valueAndGrad(name: name, f)
  return treeFunction("grad_" + name) { (a: Args1<P>) in try vg(a).grad }
}
public func grad<P: TensorTree, A: TensorTree>(name: String = "loss", _ f: @escaping (P, A) throws -> Tensor) -> TreeFunction<Args2<P, A>, P> {
  let vg = valueAndGrad(name: name, f)
  return treeFunction("grad_" + name) { (a: Args2<P, A>) in try vg(a).grad }
}
public func grad<P: TensorTree, A: TensorTree, B: TensorTree>(name: String = "loss", _ f: @escaping (P, A, B) throws -> Tensor) -> TreeFunction<Args3<P, A, B>, P> {
  let vg = valueAndGrad(name: name, f)
  return treeFunction("grad_" + name) { (a: Args3<P, A, B>) in try vg(a).grad }
}

/// The loss, its auxiliary results (any tree: accuracy, predictions) and its gradient with respect to the first argument
/// (`jax.value_and_grad(f, has_aux=True)`): `f` gives `(loss, aux)`.
public func valueAndGrad<P: TensorTree, Aux: TensorTree>(name: String = "loss", hasAux f: @escaping (P) throws -> (Tensor, Aux)) -> TreeFunction<Args1<P>, ValueGradAux<P, Aux>> {
  valueAndGradTree(name, { (a: Args1<P>) in try f(a.arg0) }, of: P.self)
}
public func valueAndGrad<P: TensorTree, A: TensorTree, Aux: TensorTree>(name: String = "loss", hasAux f: @escaping (P, A) throws -> (Tensor, Aux)) -> TreeFunction<Args2<P, A>, ValueGradAux<P, Aux>> {
  valueAndGradTree(name, { (a: Args2<P, A>) in try f(a.arg0, a.arg1) }, of: P.self)
}
public func valueAndGrad<P: TensorTree, A: TensorTree, B: TensorTree, Aux: TensorTree>(name: String = "loss", hasAux f: @escaping (P, A, B) throws -> (Tensor, Aux))
  -> TreeFunction<Args3<P, A, B>, ValueGradAux<P, Aux>> {
  valueAndGradTree(name, { (a: Args3<P, A, B>) in try f(a.arg0, a.arg1, a.arg2) }, of: P.self)
}
