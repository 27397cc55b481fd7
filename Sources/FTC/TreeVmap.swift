/// `vmap` over parameter trees: one axis per argument, or one per leaf of
/// an argument (by leaf path). The mapped function sees per-example trees
/// of the same Swift types; its result leaves are stacked along axis 0.
///
///     vmap({ (p: MLP, x: Tensor) in model(p, x) }, inAxes: [nil, 0])                   // shared params
///     vmap(f, inAxes: [.leaves(["w": 0], others: nil), 0])                             // per-example w only
///     ==>  func @g = vmap(@f, in_axes=[none, 0, 0], size=N)                            (over the flat leaves)

import FTIR

/// How `vmap` maps one argument tree.
public enum InAxes: ExpressibleByIntegerLiteral, ExpressibleByNilLiteral, Sendable, Equatable {
  /// Every leaf along this axis (nil: not mapped, shared by every example).
  case axis(Int?)
  /// Leaves named by path (relative to the argument: `w1`, `layers[0].w`) along their axis; the others along `others`.
  case leaves([String: Int?], others: Int?)

  public init(integerLiteral value: Int) { self = .axis(value) }
  public init(nilLiteral: ()) { self = .axis(nil) }
}

/// The argument number and the path inside it of an `Args` leaf path (`arg1.w` → (1, "w")).
func argumentPath(_ path: String) -> (Int, String)? {
  guard path.hasPrefix("arg") else { return nil }
  let rest = path.dropFirst(3)
  let digits = rest.prefix { $0.isNumber }
  guard let n = Int(digits) else { return nil }
  var inner = rest.dropFirst(digits.count)
  if inner.hasPrefix(".") { inner = inner.dropFirst() }
  return (n, String(inner))
}

/// The axis of every leaf of `layout` under `inAxes` (one entry per argument), or an error naming what does not fit.
func leafAxes(_ layout: TreeLayout, _ inAxes: [InAxes], arguments: Int, what: String) throws(FTCError) -> [Int?] {
  guard inAxes.count == arguments else {
    throw FTCError("\(what): inAxes has \(inAxes.count) entries for \(arguments) arguments")
  }
  var used: [Int: Set<String>] = [:]
  var axes: [Int?] = []
  for path in layout.paths {
    guard let (arg, inner) = argumentPath(path) else { throw FTCError("\(what): internal error: leaf path \(path)") }
    switch inAxes[arg] {
    case .axis(let a): axes.append(a)
    case .leaves(let named, let others):
      if let a = named[inner] {
        axes.append(a)
        used[arg, default: []].insert(inner)
      } else {
        axes.append(others)
      }
    }
  }
  for (arg, entry) in inAxes.enumerated() {
    guard case .leaves(let named, _) = entry else { continue }
    let unknown = Set(named.keys).subtracting(used[arg] ?? [])
    if let bad = unknown.sorted().first {
      let leaves = layout.paths.compactMap { argumentPath($0) }.filter { $0.0 == arg }.map(\.1)
      throw FTCError("\(what): inAxes for argument \(arg) names a leaf \(bad) that it does not have (its leaves: \(leaves.joined(separator: ", ")))")
    }
  }
  return axes
}

/// A tree function mapping `body` over the leaves' axes; results stacked along axis 0.
func vmapTree<In: TensorTree, R: TensorTree>(_ name: String, _ body: @escaping (In) throws -> R, inAxes: [InAxes], arguments: Int) -> TreeFunction<In, R> {
  TreeFunction(name: name) { (layout: TreeLayout) throws(FTCError) in
    let axes = try leafAxes(layout, inAxes, arguments: arguments, what: name)
    let result = ResultShape()
    let flat = vmap(flatFunction(name, layout, body, result: result), inAxes: axes)
    return LoweredTree(flat: flat) { (leaves: [Tensor]) throws(FTCError) in try result.rebuild(R.self, leaves, what: name) }
  }
}

/// `f` mapped over its argument trees (default: axis 0 of every leaf).
public func vmap<A: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A) throws -> R, inAxes: [InAxes] = [0]) -> TreeFunction<Args1<A>, R> {
  vmapTree("vmap_" + name, { (a: Args1<A>) in try f(a.arg0) }, inAxes: inAxes, arguments: 1)
}
public func vmap<A: TensorTree, B: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A, B) throws -> R, inAxes: [InAxes] = [0, 0]) -> TreeFunction<Args2<A, B>, R> {
  vmapTree("vmap_" + name, { (a: Args2<A, B>) in try f(a.arg0, a.arg1) }, inAxes: inAxes, arguments: 2)
}
public func vmap<A: TensorTree, B: TensorTree, C: TensorTree, R: TensorTree>(name: String = "f", _ f: @escaping (A, B, C) throws -> R,
                                                                             inAxes: [InAxes] = [0, 0, 0]) -> TreeFunction<Args3<A, B, C>, R> {
  vmapTree("vmap_" + name, { (a: Args3<A, B, C>) in try f(a.arg0, a.arg1, a.arg2) }, inAxes: inAxes, arguments: 3)
}

/// A tree function mapped over its argument trees.
public func vmap<A, R>(_ f: TreeFunction<Args1<A>, R>, inAxes: [InAxes] = [0]) -> TreeFunction<Args1<A>, R> {
  vmapTree("vmap_" + f.name, { (a: Args1<A>) in try f(a) }, inAxes: inAxes, arguments: 1)
}
public func vmap<A, B, R>(_ f: TreeFunction<Args2<A, B>, R>, inAxes: [InAxes] = [0, 0]) -> TreeFunction<Args2<A, B>, R> {
  vmapTree("vmap_" + f.name, { (a: Args2<A, B>) in try f(a) }, inAxes: inAxes, arguments: 2)
}
public func vmap<A, B, C, R>(_ f: TreeFunction<Args3<A, B, C>, R>, inAxes: [InAxes] = [0, 0, 0]) -> TreeFunction<Args3<A, B, C>, R> {
  vmapTree("vmap_" + f.name, { (a: Args3<A, B, C>) in try f(a) }, inAxes: inAxes, arguments: 3)
}
