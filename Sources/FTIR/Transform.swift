/// Transform definitions (spec section 5): `func @g = grad(@f, argnums=[0])`.
///
/// This file holds their representation and everything that can be checked
/// from signatures alone: keys, argnums and axes, the float/scalar/result-count
/// rules, and the derived signature of each transform (the table of section 5).
/// Expansion into ordinary functions is done by the transform passes.

public enum TransformKind: String, CaseIterable, Sendable {
  case grad, value_and_grad, jvp, vjp, jacrev, jacfwd, hessian, vmap

  /// The keys this transform accepts, in the order the printer writes them.
  public var keys: [String] {
    switch self {
    case .grad, .value_and_grad: return ["argnums", "has_aux"]
    case .jvp: return []
    case .vjp, .jacrev, .jacfwd, .hessian: return ["argnums"]
    case .vmap: return ["in_axes", "out_axes", "size"]
    }
  }
}

public struct TransformArg: Sendable {
  public var key: String
  public var value: Attr
  public var keyLoc: SourceLoc?
  public var valueLoc: SourceLoc?
  public init(key: String, value: Attr, keyLoc: SourceLoc? = nil, valueLoc: SourceLoc? = nil) {
    self.key = key
    self.value = value
    self.keyLoc = keyLoc
    self.valueLoc = valueLoc
  }
}

public indirect enum TransformExpr: Sendable {
  /// `@name`
  case function(String, loc: SourceLoc?)
  /// `kind(inner, key=value, ...)`
  case apply(TransformKind, TransformExpr, args: [TransformArg], loc: SourceLoc?)

  /// How many transforms are applied in this expression.
  public var depth: Int {
    switch self {
    case .function: return 0
    case .apply(_, let inner, _, _): return 1 + inner.depth
    }
  }

  /// The function named at the core of the expression.
  public var innermostFunction: (name: String, loc: SourceLoc?) {
    switch self {
    case .function(let n, let l): return (n, l)
    case .apply(_, let inner, _, _): return inner.innermostFunction
    }
  }
}

/// A parsed `vmap` axis: an index, or `none`.
public typealias Axis = Int?

/// The validated keys of one transform application.
public struct TransformParams: Sendable, Hashable {
  public var argnums: [Int] = []
  public var hasAux = false
  public var inAxes: [Axis] = []  // normalized to non-negative axes of the batched type
  public var outAxes: [Axis] = []
  public var size = 0
}

/// Checks one transform application against the signature of the function it
/// applies to, and returns its validated parameters and derived signature.
public func deriveTransform(_ kind: TransformKind, args: [TransformArg], inner sig: Signature,
                            loc: SourceLoc?) throws(Diagnostic) -> (TransformParams, Signature) {
  var given: [String: TransformArg] = [:]
  for a in args {
    guard kind.keys.contains(a.key) else {
      var known = kind.keys.isEmpty ? "it takes no keys" : "expected one of: " + kind.keys.joined(separator: ", ")
      if kind == .vmap && a.key == "axis_size" {
        known = "ftc calls JAX's axis_size 'size'; " + known
      } else if let near = Suggestions.closest(to: a.key, in: kind.keys) {
        known = "did you mean '\(near)'? " + known
      }
      throw Diagnostic("unknown key '\(a.key)' for \(kind.rawValue) (\(known))", at: a.keyLoc)
    }
    guard given[a.key] == nil else { throw Diagnostic("repeated key '\(a.key)'", at: a.keyLoc) }
    given[a.key] = a
  }
  var p = TransformParams()
  let n = sig.params.count
  let floatArgs = sig.params.indices.filter { sig.params[$0].dtype.isFloat }

  /// The argnums given, or `d` (whose entries callers keep in range): every
  /// entry must name a float argument, the default ones too.
  func argnums(default d: [Int]) throws(Diagnostic) -> [Int] {
    guard let a = given["argnums"] else {
      for k in d where !sig.params[k].dtype.isFloat {
        throw Diagnostic("cannot differentiate with respect to argument \(k) of type \(sig.params[k]): it is not a float (argnums defaults to [\(k)]; give argnums)", at: loc)
      }
      return d
    }
    let list: [Int]
    if let v = a.value.intValue { list = [v] } else if let l = a.value.intList { list = l } else {
      throw Diagnostic("argnums must be an integer or a list of integers", at: a.valueLoc)
    }
    guard !list.isEmpty else { throw Diagnostic("argnums must not be empty", at: a.valueLoc) }
    var seen = Set<Int>()
    for k in list {
      guard k >= 0 && k < n else {
        throw Diagnostic("argnums entry \(k) is out of range: the function has \(n) argument\(n == 1 ? "" : "s")", at: a.valueLoc)
      }
      guard seen.insert(k).inserted else { throw Diagnostic("argnums entry \(k) is repeated", at: a.valueLoc) }
      guard sig.params[k].dtype.isFloat else {
        throw Diagnostic("cannot differentiate with respect to argument \(k) of type \(sig.params[k]): it is not a float", at: a.valueLoc)
      }
    }
    return list
  }

  func bool(_ key: String) throws(Diagnostic) -> Bool {
    guard let a = given[key] else { return false }
    guard case .bool(let b) = a.value else { throw Diagnostic("\(key) must be true or false", at: a.valueLoc) }
    return b
  }

  let tloc = loc
  var params = sig.params
  var results: [TensorType] = []

  switch kind {
  case .grad, .value_and_grad:
    p.hasAux = try bool("has_aux")
    if p.hasAux {
      guard sig.results.count >= 2 else {
        throw Diagnostic("\(kind.rawValue) with has_aux=true needs a function with at least two results; it has \(sig.results.count)", at: given["has_aux"]?.valueLoc ?? tloc)
      }
    } else if sig.results.count != 1 {
      throw Diagnostic("\(kind.rawValue) needs a function with exactly one result (or has_aux=true); it has \(sig.results.count)", at: tloc)
    }
    let r0 = sig.results[0]
    guard r0.dtype.isFloat && r0.isScalar else {
      throw Diagnostic("\(kind.rawValue) needs a float scalar first result, got \(r0)", at: tloc)
    }
    guard n > 0 else { throw Diagnostic("\(kind.rawValue) of a function without arguments", at: tloc) }
    p.argnums = try argnums(default: [0])
    let grads = p.argnums.map { sig.params[$0] }
    let aux = p.hasAux ? Array(sig.results.dropFirst()) : []
    results = kind == .grad ? grads + aux : [r0] + aux + grads

  case .jvp:
    params += sig.params.filter { $0.dtype.isFloat }
    results = sig.results + sig.results.filter { $0.dtype.isFloat }

  case .vjp:
    guard !floatArgs.isEmpty else { throw Diagnostic("vjp of a function with no float argument", at: tloc) }
    let floatResults = sig.results.filter { $0.dtype.isFloat }
    guard !floatResults.isEmpty else { throw Diagnostic("vjp of a function with no float result", at: tloc) }
    p.argnums = try argnums(default: floatArgs)
    params += floatResults
    results = sig.results + p.argnums.map { sig.params[$0] }

  case .jacrev, .jacfwd:
    guard sig.results.count == 1 else {
      throw Diagnostic("\(kind.rawValue) needs a function with exactly one result; it has \(sig.results.count)", at: tloc)
    }
    guard sig.results[0].dtype.isFloat else {
      throw Diagnostic("\(kind.rawValue) needs a float result, got \(sig.results[0])", at: tloc)
    }
    guard n > 0 else { throw Diagnostic("\(kind.rawValue) of a function without arguments", at: tloc) }
    p.argnums = try argnums(default: [0])
    results = p.argnums.map { TensorType(sig.params[$0].dtype, sig.results[0].shape + sig.params[$0].shape) }

  case .hessian:
    guard sig.results.count == 1, sig.results[0].dtype.isFloat, sig.results[0].isScalar else {
      throw Diagnostic("hessian needs a function with one float scalar result, got (\(sig.results.map(\.description).joined(separator: ", ")))", at: tloc)
    }
    guard n > 0 else { throw Diagnostic("hessian of a function without arguments", at: tloc) }
    p.argnums = try argnums(default: [0])
    guard p.argnums.count == 1 else {
      throw Diagnostic("hessian takes a single argnums index", at: given["argnums"]?.valueLoc ?? tloc)
    }
    let a = sig.params[p.argnums[0]]
    results = [TensorType(a.dtype, a.shape + a.shape)]

  case .vmap:
    guard let sizeArg = given["size"] else { throw Diagnostic("vmap requires the key 'size'", at: tloc) }
    guard let size = sizeArg.value.intValue, size >= 0 else {
      throw Diagnostic("size must be a non-negative integer", at: sizeArg.valueLoc)
    }
    p.size = size
    func axes(_ key: String, _ types: [TensorType], what: String) throws(Diagnostic) -> [Axis] {
      guard let a = given[key] else { return Array(repeating: 0, count: types.count) }
      guard case .list(let items) = a.value else {
        // JAX's in_axes=0 (one axis for every argument) spelt the FTIR way.
        var hint = ""
        switch a.value {
        case .int(let v):
          let all = Array(repeating: String(v), count: types.count).joined(separator: ", ")
          hint = ": write \(key)=[\(all)] (JAX's \(key)=\(v) maps every \(what) on axis \(v))"
        case .none:
          hint = ": write \(key)=[\(Array(repeating: "none", count: types.count).joined(separator: ", "))]"
        default:
          break
        }
        throw Diagnostic("\(key) must be a list with one entry per \(what) (an axis or none)\(hint)", at: a.valueLoc)
      }
      guard items.count == types.count else {
        throw Diagnostic("\(key) has \(items.count) entr\(items.count == 1 ? "y" : "ies"), but the function has \(types.count) \(what)\(types.count == 1 ? "" : "s")", at: a.valueLoc)
      }
      var out: [Axis] = []
      for (i, item) in items.enumerated() {
        switch item {
        case .none: out.append(nil)
        case .int(let ax):
          let r = types[i].rank + 1
          guard ax >= -r && ax < r else {
            throw Diagnostic("\(key) entry \(i) is \(ax), out of range for the batched \(what) of rank \(r)", at: a.valueLoc)
          }
          out.append(ax < 0 ? ax + r : ax)
        default:
          throw Diagnostic("\(key) entries must be integers or none", at: a.valueLoc)
        }
      }
      return out
    }
    p.inAxes = try axes("in_axes", sig.params, what: "argument")
    p.outAxes = try axes("out_axes", sig.results, what: "result")
    func batched(_ t: TensorType, _ ax: Axis) -> TensorType {
      guard let ax else { return t }
      var s = t.shape
      s.insert(size, at: ax)
      return TensorType(t.dtype, s)
    }
    params = zip(sig.params, p.inAxes).map { batched($0, $1) }
    results = zip(sig.results, p.outAxes).map { batched($0, $1) }
  }

  for t in params + results {
    if let e = t.limitError { throw Diagnostic("\(kind.rawValue) derives the type \(t): \(e)", at: tloc) }
  }
  return (p, Signature(params: params, results: results))
}
