/// Flattening and rebuilding parameter trees through `Codable`, which the
/// compiler synthesizes for any struct of tensors, arrays, dictionaries and
/// plain values: encoding records a `TreeNode` skeleton whose leaves are the
/// tensors; decoding rebuilds the same Swift type with new leaves.
///
///     struct MLP: TensorTree { var w: Tensor; var layers: [Tensor]; var scale = 2.0 }
///     encode  ==>  keyed { layers: unkeyed [leaf 1, leaf 2], scale: value 2.0, w: leaf 0 }
///     decode(skeleton, leaves: [a, b, c])  ==>  MLP(w: a, layers: [b, c], scale: 2.0)
///
/// Keyed children are ordered by key, so a dictionary's leaves come in the
/// same order whatever its insertion history.

import FTIR

/// One node of a tree's skeleton.
final class TreeNode {
  enum Kind {
    case empty
    case leaf(Tensor)
    /// A plain Codable value (a static field: part of the structure, baked into traces).
    case value(Any)
    case null
    case keyed([String: TreeNode])
    case unkeyed([TreeNode])
  }
  var kind: Kind = .empty
  /// The leaf's position among the tree's leaves (set by `TreeLayout`).
  var leafIndex = -1

  func child(_ key: String) -> TreeNode {
    var children: [String: TreeNode] = [:]
    if case .keyed(let c) = kind { children = c }
    if let node = children[key] { return node }
    let node = TreeNode()
    children[key] = node
    kind = .keyed(children)
    return node
  }

  func append() -> TreeNode {
    var items: [TreeNode] = []
    if case .unkeyed(let c) = kind { items = c }
    let node = TreeNode()
    items.append(node)
    kind = .unkeyed(items)
    return node
  }
}

struct TreeKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    stringValue = "\(intValue)"
    self.intValue = intValue
  }
}

/// `codingPath` as a leaf path: `w1`, `layers[0].w`.
func pathString(_ root: String, _ path: [CodingKey]) -> String {
  path.reduce(root) { s, k in
    if let i = k.intValue, k.stringValue == "\(i)" || k.stringValue == "Index \(i)" { return s + "[\(i)]" }
    return s.isEmpty ? k.stringValue : s + "." + k.stringValue
  }
}

// MARK: Encoding

struct TreeEncoder: Encoder {
  let node: TreeNode
  var codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .empty = node.kind { node.kind = .keyed([:]) }
    return KeyedEncodingContainer(KeyedTreeEncoder<Key>(node: node, codingPath: codingPath))
  }
  func unkeyedContainer() -> UnkeyedEncodingContainer {
    if case .empty = node.kind { node.kind = .unkeyed([]) }
    return UnkeyedTreeEncoder(node: node, codingPath: codingPath)
  }
  func singleValueContainer() -> SingleValueEncodingContainer { SingleTreeEncoder(node: node, codingPath: codingPath) }

  /// `value` encoded into `node`: plain values are kept whole, the rest encode themselves.
  static func encode<T: Encodable>(_ value: T, into node: TreeNode, at path: [CodingKey]) throws {
    switch value {
    case is Bool, is String, is Double, is Float, is Int, is Int8, is Int16, is Int32, is Int64,
         is UInt, is UInt8, is UInt16, is UInt32, is UInt64:
      node.kind = .value(value)
    default:
      try value.encode(to: TreeEncoder(node: node, codingPath: path))
    }
  }
}

struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: TreeNode
  var codingPath: [CodingKey]
  mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).kind = .null }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key])
  }
  mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
    TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
  }
  mutating func superEncoder() -> Encoder { TreeEncoder(node: node.child("super"), codingPath: codingPath + [TreeKey(stringValue: "super")]) }
  mutating func superEncoder(forKey key: Key) -> Encoder { TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]) }
}

struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
  let node: TreeNode
  var codingPath: [CodingKey]
  var count: Int {
    if case .unkeyed(let items) = node.kind { return items.count }
    return 0
  }
  private var nextKey: CodingKey { TreeKey(intValue: count) }
  mutating func encodeNil() throws { node.append().kind = .null }
  mutating func encode<T: Encodable>(_ value: T) throws { try encodePlain(value) }
  mutating func encodePlain<T: Encodable>(_ value: T) throws {
    let key = nextKey
    try TreeEncoder.encode(value, into: node.append(), at: codingPath + [key])
  }
  mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
    let key = nextKey
    return TreeEncoder(node: node.append(), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    let key = nextKey
    return TreeEncoder(node: node.append(), codingPath: codingPath + [key]).unkeyedContainer()
  }
  mutating func superEncoder() -> Encoder {
    let key = nextKey
    return TreeEncoder(node: node.append(), codingPath: codingPath + [key])
  }
}

struct SingleTreeEncoder: SingleValueEncodingContainer {
  let node: TreeNode
  var codingPath: [CodingKey]
  mutating func encodeNil() throws { node.kind = .null }
  mutating func encode<T: Encodable>(_ value: T) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
}

// MARK: Decoding

/// Rebuilds a tree from a skeleton, taking each leaf from `leaves` by its index.
struct TreeDecoder: Decoder {
  let node: TreeNode
  let leaves: [Tensor]
  let root: String
  var codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func mismatch(_ expected: String) -> DecodingError {
    DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "\(pathString(root, codingPath)): expected \(expected)"))
  }
  func at(_ node: TreeNode, _ key: CodingKey) -> TreeDecoder {
    TreeDecoder(node: node, leaves: leaves, root: root, codingPath: codingPath + [key])
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .keyed(let children) = node.kind else { throw mismatch("a keyed container") }
    return KeyedDecodingContainer(KeyedTreeDecoder<Key>(decoder: self, children: children))
  }
  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .unkeyed(let items) = node.kind else { throw mismatch("an unkeyed container") }
    return UnkeyedTreeDecoder(decoder: self, items: items)
  }
  func singleValueContainer() throws -> SingleValueDecodingContainer { SingleTreeDecoder(decoder: self) }

  /// The leaf at this node.
  func leaf() throws -> Tensor {
    guard case .leaf = node.kind, leaves.indices.contains(node.leafIndex) else { throw mismatch("a tensor") }
    return leaves[node.leafIndex]
  }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if case .value(let v) = node.kind {
      guard let t = v as? T else { throw mismatch("a \(T.self)") }
      return t
    }
    return try T(from: self)
  }
}

struct KeyedTreeDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: TreeDecoder
  let children: [String: TreeNode]
  var codingPath: [CodingKey] { decoder.codingPath }
  var allKeys: [Key] { children.keys.sorted().compactMap { Key(stringValue: $0) } }
  func contains(_ key: Key) -> Bool { children[key.stringValue] != nil }
  private func child(_ key: Key) throws -> TreeDecoder {
    guard let node = children[key.stringValue] else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "\(pathString(decoder.root, codingPath + [key])) is missing"))
    }
    return decoder.at(node, key)
  }
  func decodeNil(forKey key: Key) throws -> Bool {
    if case .null = try child(key).node.kind { return true }
    return false
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decodePlain(type, forKey: key) }
  func decodePlain<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }
  func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
    try child(key).container(keyedBy: type)
  }
  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
  func superDecoder() throws -> Decoder { try child(Key(stringValue: "super")!) }
  func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }
}

struct UnkeyedTreeDecoder: UnkeyedDecodingContainer {
  let decoder: TreeDecoder
  let items: [TreeNode]
  var codingPath: [CodingKey] { decoder.codingPath }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }
  var currentIndex = 0
  init(decoder: TreeDecoder, items: [TreeNode]) {
    self.decoder = decoder
    self.items = items
  }
  private mutating func next() throws -> TreeDecoder {
    guard !isAtEnd else { throw decoder.mismatch("more than \(items.count) elements") }
    defer { currentIndex += 1 }
    return decoder.at(items[currentIndex], TreeKey(intValue: currentIndex))
  }
  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, case .null = items[currentIndex].kind else { return false }
    currentIndex += 1
    return true
  }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodePlain(type) }
  mutating func decodePlain<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }
  mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> { try next().container(keyedBy: type) }
  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next().unkeyedContainer() }
  mutating func superDecoder() throws -> Decoder { try next() }
}

struct SingleTreeDecoder: SingleValueDecodingContainer {
  let decoder: TreeDecoder
  var codingPath: [CodingKey] { decoder.codingPath }
  func decodeNil() -> Bool {
    if case .null = decoder.node.kind { return true }
    return false
  }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}

// MARK: The containers' plain-value requirements, each the generic one

extension KeyedTreeEncoder {
  mutating func encode(_ value: Bool, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: String, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Double, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Float, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Int, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { try TreeEncoder.encode(value, into: node.child(key.stringValue), at: codingPath + [key]) }
}

extension UnkeyedTreeEncoder {
  mutating func encode(_ value: Bool) throws { try encodePlain(value) }
  mutating func encode(_ value: String) throws { try encodePlain(value) }
  mutating func encode(_ value: Double) throws { try encodePlain(value) }
  mutating func encode(_ value: Float) throws { try encodePlain(value) }
  mutating func encode(_ value: Int) throws { try encodePlain(value) }
  mutating func encode(_ value: Int8) throws { try encodePlain(value) }
  mutating func encode(_ value: Int16) throws { try encodePlain(value) }
  mutating func encode(_ value: Int32) throws { try encodePlain(value) }
  mutating func encode(_ value: Int64) throws { try encodePlain(value) }
  mutating func encode(_ value: UInt) throws { try encodePlain(value) }
  mutating func encode(_ value: UInt8) throws { try encodePlain(value) }
  mutating func encode(_ value: UInt16) throws { try encodePlain(value) }
  mutating func encode(_ value: UInt32) throws { try encodePlain(value) }
  mutating func encode(_ value: UInt64) throws { try encodePlain(value) }
}

extension SingleTreeEncoder {
  mutating func encode(_ value: Bool) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: String) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Double) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Float) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Int) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Int8) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Int16) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Int32) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: Int64) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: UInt) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: UInt8) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: UInt16) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: UInt32) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
  mutating func encode(_ value: UInt64) throws { try TreeEncoder.encode(value, into: node, at: codingPath) }
}

extension KeyedTreeDecoder {
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodePlain(type, forKey: key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodePlain(type, forKey: key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodePlain(type, forKey: key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodePlain(type, forKey: key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodePlain(type, forKey: key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodePlain(type, forKey: key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodePlain(type, forKey: key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodePlain(type, forKey: key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodePlain(type, forKey: key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodePlain(type, forKey: key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodePlain(type, forKey: key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodePlain(type, forKey: key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodePlain(type, forKey: key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodePlain(type, forKey: key) }
}

extension UnkeyedTreeDecoder {
  mutating func decode(_ type: Bool.Type) throws -> Bool { try decodePlain(type) }
  mutating func decode(_ type: String.Type) throws -> String { try decodePlain(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try decodePlain(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try decodePlain(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try decodePlain(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodePlain(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodePlain(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodePlain(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodePlain(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try decodePlain(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodePlain(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodePlain(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodePlain(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodePlain(type) }
}

extension SingleTreeDecoder {
  func decode(_ type: Bool.Type) throws -> Bool { try decoder.decode(type) }
  func decode(_ type: String.Type) throws -> String { try decoder.decode(type) }
  func decode(_ type: Double.Type) throws -> Double { try decoder.decode(type) }
  func decode(_ type: Float.Type) throws -> Float { try decoder.decode(type) }
  func decode(_ type: Int.Type) throws -> Int { try decoder.decode(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decode(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decode(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decode(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decode(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try decoder.decode(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decode(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decode(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decode(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decode(type) }
}
