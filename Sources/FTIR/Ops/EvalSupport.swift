/// Helpers for the reference semantics of the op families: typed maps over
/// storage and index gathering. Simple and obviously right, not fast.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A float element type with the libm functions the ops need.
protocol LibmFloat: BinaryFloatingPoint {
  static func wrap(_ a: [Self]) -> TensorStorage
  static func mexp(_ x: Self) -> Self
  static func mlog(_ x: Self) -> Self
  static func mlog1p(_ x: Self) -> Self
  static func mexpm1(_ x: Self) -> Self
  static func msin(_ x: Self) -> Self
  static func mcos(_ x: Self) -> Self
  static func mtan(_ x: Self) -> Self
  static func mtanh(_ x: Self) -> Self
  static func merf(_ x: Self) -> Self
  static func mpow(_ x: Self, _ y: Self) -> Self
  static func matan2(_ y: Self, _ x: Self) -> Self
  static func mfmod(_ x: Self, _ y: Self) -> Self
}

extension Float: LibmFloat {
  static func wrap(_ a: [Float]) -> TensorStorage { .f32(a) }
  static func mexp(_ x: Float) -> Float { expf(x) }
  static func mlog(_ x: Float) -> Float { logf(x) }
  static func mlog1p(_ x: Float) -> Float { log1pf(x) }
  static func mexpm1(_ x: Float) -> Float { expm1f(x) }
  static func msin(_ x: Float) -> Float { sinf(x) }
  static func mcos(_ x: Float) -> Float { cosf(x) }
  static func mtan(_ x: Float) -> Float { tanf(x) }
  static func mtanh(_ x: Float) -> Float { tanhf(x) }
  static func merf(_ x: Float) -> Float { erff(x) }
  static func mpow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
  static func matan2(_ y: Float, _ x: Float) -> Float { atan2f(y, x) }
  static func mfmod(_ x: Float, _ y: Float) -> Float { fmodf(x, y) }
}

extension Double: LibmFloat {
  static func wrap(_ a: [Double]) -> TensorStorage { .f64(a) }
  static func mexp(_ x: Double) -> Double { Glibc.exp(x) }
  static func mlog(_ x: Double) -> Double { Glibc.log(x) }
  static func mlog1p(_ x: Double) -> Double { Glibc.log1p(x) }
  static func mexpm1(_ x: Double) -> Double { Glibc.expm1(x) }
  static func msin(_ x: Double) -> Double { Glibc.sin(x) }
  static func mcos(_ x: Double) -> Double { Glibc.cos(x) }
  static func mtan(_ x: Double) -> Double { Glibc.tan(x) }
  static func mtanh(_ x: Double) -> Double { Glibc.tanh(x) }
  static func merf(_ x: Double) -> Double { Glibc.erf(x) }
  static func mpow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
  static func matan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
  static func mfmod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
}

/// A two's-complement integer element type.
protocol WrapInt: FixedWidthInteger & SignedInteger {
  static func wrap(_ a: [Self]) -> TensorStorage
}
extension Int32: WrapInt { static func wrap(_ a: [Int32]) -> TensorStorage { .i32(a) } }
extension Int64: WrapInt { static func wrap(_ a: [Int64]) -> TensorStorage { .i64(a) } }

/// Applies a per-element function to operands of one dtype. Each closure
/// handles one dtype class; a dtype the op does not accept never reaches here
/// (the type rule rejected it), and the operand is returned unchanged.
struct Elementwise: Sendable {
  var f32: (@Sendable ([Float]) -> Float)?
  var f64: (@Sendable ([Double]) -> Double)?
  var i32: (@Sendable ([Int32]) -> Int32)?
  var i64: (@Sendable ([Int64]) -> Int64)?
  var i1: (@Sendable ([Bool]) -> Bool)?

  func run(_ xs: [TensorStorage]) -> TensorStorage {
    let n = xs.first?.count ?? 0
    func go<T>(_ f: ([T]) -> T, _ arrays: [[T]]) -> [T] {
      var out: [T] = []
      out.reserveCapacity(n)
      var args: [T] = []
      for i in 0..<n {
        args.removeAll(keepingCapacity: true)
        for a in arrays { args.append(a[i]) }
        out.append(f(args))
      }
      return out
    }
    switch xs[0] {
    case .f32: if let f = f32 { return .f32(go(f, xs.map { if case .f32(let a) = $0 { return a } else { return [] } })) }
    case .f64: if let f = f64 { return .f64(go(f, xs.map { if case .f64(let a) = $0 { return a } else { return [] } })) }
    case .i32: if let f = i32 { return .i32(go(f, xs.map { if case .i32(let a) = $0 { return a } else { return [] } })) }
    case .i64: if let f = i64 { return .i64(go(f, xs.map { if case .i64(let a) = $0 { return a } else { return [] } })) }
    case .i1: if let f = i1 { return .i1(go(f, xs.map { if case .i1(let a) = $0 { return a } else { return [] } })) }
    }
    return xs[0]
  }

  /// The same float function for f32 and f64.
  static func float(_ f: @escaping @Sendable (Float) -> Float, _ g: @escaping @Sendable (Double) -> Double) -> Elementwise {
    Elementwise(f32: { f($0[0]) }, f64: { g($0[0]) })
  }
}

/// Per-element predicates with an i1 result (compare, is_finite).
struct Predicate: Sendable {
  var float: @Sendable ([Double]) -> Bool
  var int: @Sendable ([Int64]) -> Bool
  var bool: (@Sendable ([Bool]) -> Bool)?

  func run(_ xs: [TensorStorage]) -> TensorStorage {
    let n = xs.first?.count ?? 0
    var out = [Bool](repeating: false, count: n)
    for i in 0..<n {
      switch xs[0] {
      case .f32, .f64:
        out[i] = float(xs.map { s in
          if case .f32(let a) = s { return Double(a[i]) }
          if case .f64(let a) = s { return a[i] }
          return 0
        })
      case .i32, .i64:
        out[i] = int(xs.map { s in
          if case .i32(let a) = s { return Int64(a[i]) }
          if case .i64(let a) = s { return a[i] }
          return 0
        })
      case .i1:
        out[i] = bool?(xs.map { s in if case .i1(let a) = s { return a[i] } else { return false } }) ?? false
      }
    }
    return .i1(out)
  }
}

extension TensorStorage {
  /// out[i] = self[indices[i]], or `fill[0]` where indices[i] < 0.
  func gather(_ indices: [Int], fill: TensorStorage? = nil) -> TensorStorage {
    func g<T>(_ a: [T], _ f: [T]?) -> [T] {
      indices.map { $0 >= 0 ? a[$0] : f![0] }
    }
    switch self {
    case .f32(let a): if case .f32(let f)? = fill { return .f32(g(a, f)) } else { return .f32(g(a, nil)) }
    case .f64(let a): if case .f64(let f)? = fill { return .f64(g(a, f)) } else { return .f64(g(a, nil)) }
    case .i32(let a): if case .i32(let f)? = fill { return .i32(g(a, f)) } else { return .i32(g(a, nil)) }
    case .i64(let a): if case .i64(let f)? = fill { return .i64(g(a, f)) } else { return .i64(g(a, nil)) }
    case .i1(let a): if case .i1(let f)? = fill { return .i1(g(a, f)) } else { return .i1(g(a, nil)) }
    }
  }

  /// The storages one after another (same dtype).
  static func concatenation(_ parts: [TensorStorage], dtype: DType) -> TensorStorage {
    switch dtype {
    case .f32: return .f32(parts.flatMap { if case .f32(let a) = $0 { return a } else { return [] } })
    case .f64: return .f64(parts.flatMap { if case .f64(let a) = $0 { return a } else { return [] } })
    case .i32: return .i32(parts.flatMap { if case .i32(let a) = $0 { return a } else { return [] } })
    case .i64: return .i64(parts.flatMap { if case .i64(let a) = $0 { return a } else { return [] } })
    case .i1: return .i1(parts.flatMap { if case .i1(let a) = $0 { return a } else { return [] } })
    }
  }
}

/// Calls `body` with each multi-index of `shape`, in row-major order.
func forEachIndex(_ shape: [Int], _ body: ([Int]) -> Void) {
  if shape.contains(0) { return }
  var idx = [Int](repeating: 0, count: shape.count)
  while true {
    body(idx)
    var k = shape.count - 1
    while k >= 0 {
      idx[k] += 1
      if idx[k] < shape[k] { break }
      idx[k] = 0
      k -= 1
    }
    if k < 0 { return }
  }
}

/// For each element of `resultShape` (row-major), the flat operand index that
/// `map` gives for its multi-index (or -1 for "fill").
func gatherIndices(_ resultShape: [Int], operandShape: [Int], _ map: ([Int]) -> [Int]?) -> [Int] {
  let strides = rowMajorStrides(operandShape)
  var out: [Int] = []
  out.reserveCapacity(TensorType(.f32, resultShape).elementCount)
  forEachIndex(resultShape) { idx in
    if let src = map(idx) {
      var flat = 0
      for (i, s) in zip(src, strides) { flat += i * s }
      out.append(flat)
    } else {
      out.append(-1)
    }
  }
  return out
}
