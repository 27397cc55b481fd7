/// Parameter trees: user structs of tensors (nested structs, arrays,
/// `[String: …]` dictionaries, optionals, plain Codable fields) that
/// transforms flatten into leaves and rebuild as the same Swift type. A
/// struct conforms in one line; `Codable`, which the compiler synthesizes,
/// does the walking (TreeCoding.swift).
///
///     struct MLP: TensorTree { var w1, b1, w2, b2: Tensor }
///     let g: MLP = try grad(loss)(params, x, y)           // the gradient is an MLP
///     try treeLeaves(g).map(\.path)                       // ["b1", "b2", "w1", "w2"]
///
/// Leaves come in a fixed order: keyed children sorted by key, array
/// elements in order. Plain fields (an `Int`, a `Double`) are static: part
/// of the tree's structure, baked into traces, never differentiated.

import FTIR

/// A tree of tensors that transforms take and give back with its own type.
public protocol TensorTree: Codable {}

extension Tensor: TensorTree {
  /// A tensor encodes only as a leaf of ftc's tree flattening.
  public func encode(to encoder: Encoder) throws {
    guard let tree = encoder as? TreeEncoder else {
      throw EncodingError.invalidValue(type, .init(codingPath: encoder.codingPath, debugDescription: "a Tensor encodes only as a leaf of a TensorTree"))
    }
    tree.node.kind = .leaf(self)
  }
  public init(from decoder: Decoder) throws {
    guard let tree = decoder as? TreeDecoder else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a Tensor decodes only as a leaf of a TensorTree"))
    }
    self = try tree.leaf()
  }
}
extension Array: TensorTree where Element: TensorTree {}
extension Dictionary: TensorTree where Key == String, Value: TensorTree {}
extension Optional: TensorTree where Wrapped: TensorTree {}

/// A tree taken apart: its skeleton, and its leaves with their paths in order.
struct TreeLayout {
  let root: TreeNode
  let name: String
  var paths: [String] = []
  var leaves: [Tensor] = []
  /// The structure (keys, array lengths, plain values; not leaf types), for caches and mismatch errors.
  var signature = ""

  init<T: TensorTree>(_ tree: T, name: String = "") throws(FTCError) {
    root = TreeNode()
    self.name = name
    do {
      try TreeEncoder.encode(tree, into: root, at: [])
    } catch {
      throw FTCError("\(name.isEmpty ? "tree" : name): cannot flatten \(T.self): \(error)")
    }
    signature = index(root, name)
  }

  /// Numbers the leaves under `node` (keyed children by sorted key) and gives its signature.
  private mutating func index(_ node: TreeNode, _ path: String) -> String {
    switch node.kind {
    case .empty: return "()"
    case .null: return "nil"
    case .value(let v): return "=\(v)"
    case .leaf(let t):
      node.leafIndex = leaves.count
      leaves.append(t)
      paths.append(path)
      return "T"
    case .keyed(let children):
      let parts = children.keys.sorted().map { k in "\(k):" + index(children[k]!, path.isEmpty ? k : "\(path).\(k)") }
      return "{" + parts.joined(separator: ",") + "}"
    case .unkeyed(let items):
      return "[" + items.enumerated().map { i, n in index(n, "\(path)[\(i)]") }.joined(separator: ",") + "]"
    }
  }

  /// The tree of type `T` with this skeleton and `leaves` (by leaf index).
  func rebuild<T: TensorTree>(_ type: T.Type, _ leaves: [Tensor], node: TreeNode? = nil) throws(FTCError) -> T {
    do {
      return try TreeDecoder(node: node ?? root, leaves: leaves, root: name, codingPath: []).decode(T.self)
    } catch let e as DecodingError {
      switch e {
      case .typeMismatch(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c), .valueNotFound(_, let c):
        throw FTCError("cannot rebuild \(T.self): \(c.debugDescription)")
      @unknown default: throw FTCError("cannot rebuild \(T.self): \(e)")
      }
    } catch {
      throw FTCError("cannot rebuild \(T.self): \(error)")
    }
  }

  /// The path of a leaf, for messages (`<root>` for a tree that is one tensor).
  func path(_ k: Int) -> String { paths[k].isEmpty ? "<root>" : paths[k] }
}

// MARK: Tree utilities

/// The leaves of `tree` in order, with their paths (`w1`, `layers[0].w`).
public func treeLeaves<T: TensorTree>(_ tree: T) throws(FTCError) -> [(path: String, tensor: Tensor)] {
  let layout = try TreeLayout(tree)
  return Array(zip(layout.paths, layout.leaves))
}

/// `tree` with every leaf replaced by `f(path, leaf)`.
public func treeMap<T: TensorTree>(_ tree: T, _ f: (String, Tensor) throws -> Tensor) throws -> T {
  let layout = try TreeLayout(tree)
  let leaves = try zip(layout.paths, layout.leaves).map { try f($0, $1) }
  return try layout.rebuild(T.self, leaves)
}

/// `tree` with every leaf replaced by `f(leaf)`.
public func treeMap<T: TensorTree>(_ tree: T, _ f: (Tensor) throws -> Tensor) throws -> T {
  try treeMap(tree) { (_: String, t: Tensor) in try f(t) }
}

/// The trees combined leaf by leaf: `f` gets the leaves at one path, one per tree.
/// The trees must have one structure and one type per leaf; a mismatch
/// names the leaf path and the expected type.
public func treeZip<T: TensorTree>(_ trees: [T], what: String = "treeZip", _ f: ([Tensor]) throws -> Tensor) throws -> T {
  guard !trees.isEmpty else { throw FTCError("\(what): no trees") }
  let layouts = try trees.map { (t: T) throws(FTCError) in try TreeLayout(t) }
  let reference = layouts[0]
  for (n, layout) in layouts.enumerated().dropFirst() {
    try checkSameTree(layout, as: reference, what: "\(what): tree \(n)")
  }
  let leaves = try reference.leaves.indices.map { k in try f(layouts.map { $0.leaves[k] }) }
  return try reference.rebuild(T.self, leaves)
}

/// Two trees combined leaf by leaf.
public func treeZip<T: TensorTree>(_ a: T, _ b: T, _ f: (Tensor, Tensor) throws -> Tensor) throws -> T {
  try treeZip([a, b]) { try f($0[0], $0[1]) }
}

/// Throws unless `layout` has `reference`'s structure and leaf types, naming the first differing leaf.
func checkSameTree(_ layout: TreeLayout, as reference: TreeLayout, what: String) throws(FTCError) {
  for (k, path) in reference.paths.enumerated() {
    guard k < layout.paths.count, layout.paths[k] == path else {
      throw FTCError("\(what): has no leaf \(reference.path(k)) of type \(reference.leaves[k].type)"
                     + (k < layout.paths.count ? " (found \(layout.path(k)) in its place)" : ""))
    }
    guard layout.leaves[k].type == reference.leaves[k].type else {
      throw FTCError("\(what): leaf \(reference.path(k)) has type \(layout.leaves[k].type), expected \(reference.leaves[k].type)")
    }
  }
  guard layout.paths.count == reference.paths.count else {
    throw FTCError("\(what): has an extra leaf \(layout.path(reference.paths.count)) of type \(layout.leaves[reference.paths.count].type)")
  }
  guard layout.signature == reference.signature else {
    throw FTCError("\(what): its structure \(layout.signature) differs from \(reference.signature)")
  }
}
