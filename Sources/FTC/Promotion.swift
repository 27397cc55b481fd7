/// Dtype promotion and broadcasting for binary ops, as in JAX restricted to
/// ftc's dtypes: the lattice i1 < i32 < i64 < f32 < f64 (an int with a
/// float gives that float, `i32 + f32 -> f32`, `f32 + f64 -> f64`). Swift
/// number literals are weakly typed: `x * 2` keeps x's dtype, `i * 2.5` of
/// an int tensor gives f32. Shapes broadcast as in NumPy (trailing dims
/// aligned, size 1 stretches), by explicit `convert` and `broadcast_in_dim`.
///
///     x: f32[2,3], y: i32[3]:  x + y  ==>  %c = convert %y : f32[3]
///                                          %b = broadcast_in_dim %c, dims=[1] : f32[2,3]
///                                          %r = add %x, %b : f32[2,3]

import FTIR

enum Promotion {
  static func rank(_ d: DType) -> Int {
    switch d {
    case .i1: return 0
    case .i32: return 1
    case .i64: return 2
    case .f32: return 3
    case .f64: return 4
    }
  }

  /// The smallest dtype both promote to.
  static func join(_ a: DType, _ b: DType) -> DType { rank(a) >= rank(b) ? a : b }

  /// The dtype of `t` combined with a weakly typed Swift number.
  static func withWeak(_ t: DType, isFloat: Bool) -> DType {
    if isFloat { return t.isFloat ? t : .f32 }
    return t.isBool ? .i32 : t
  }

  /// NumPy's broadcast of two shapes, or nil.
  static func broadcastShapes(_ a: [Int], _ b: [Int]) -> [Int]? {
    let n = max(a.count, b.count)
    var out: [Int] = []
    for k in 0..<n {
      let x = k < n - a.count ? 1 : a[k - (n - a.count)]
      let y = k < n - b.count ? 1 : b[k - (n - b.count)]
      guard x == y || x == 1 || y == 1 else { return nil }
      out.append(x == 1 ? y : x)
    }
    return out
  }
}

/// `value` as an element of `dtype` (NaN and out-of-range values go to an int type saturated, NaN as 0; never a trap).
func scalar(_ value: Double, for dtype: DType) -> Scalar {
  if dtype.isFloat { return .float(value) }
  if dtype.isBool { return .bool(value != 0) }
  if value.isNaN { return .int(0) }
  if value >= 9.223372036854775807e18 { return .int(Int64.max) }
  if value <= -9.223372036854775808e18 { return .int(Int64.min) }
  return .int(Int64(value))
}

/// A weakly typed Swift number operand (`x * 2`, `2.5 - x`).
public protocol WeakScalar {
  var scalarValue: Scalar { get }
  static var isFloatLiteral: Bool { get }
}
extension Double: WeakScalar {
  public var scalarValue: Scalar { .float(self) }
  public static var isFloatLiteral: Bool { true }
}
extension Float: WeakScalar {
  public var scalarValue: Scalar { .float(Double(self)) }
  public static var isFloatLiteral: Bool { true }
}
extension Int: WeakScalar {
  public var scalarValue: Scalar { .int(Int64(self)) }
  public static var isFloatLiteral: Bool { false }
}

extension Tensor {
  /// This tensor stretched to `shape` (NumPy rules; no op when it has it).
  public func broadcast(to shape: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
    broadcast(to: shape, at: CallSite(file, line))
  }

  func broadcast(to shape: [Int], at site: CallSite?) -> Tensor {
    guard shape != self.shape else { return self }
    guard shape.count >= rank, TensorType.limitError(shape: shape) == nil, Promotion.broadcastShapes(self.shape, shape) == shape else {
      return fail("broadcast", at: site, "cannot broadcast \(type) to shape \(shape)", expected: type.with(shape: shape))
    }
    let dims = Array(shape.count - rank ..< shape.count)
    return emit("broadcast", [self], at: site, expected: type.with(shape: shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.broadcastInDim(v[0], shape: shape, dims: dims)
    }
  }

  /// `x` and `y` promoted to one dtype and broadcast to one shape.
  static func promoted(_ x: Tensor, _ y: Tensor, _ what: String, at site: CallSite?) -> (Tensor, Tensor)? {
    let dtype = Promotion.join(x.dtype, y.dtype)
    guard let shape = Promotion.broadcastShapes(x.shape, y.shape) else {
      _ = x.fail(what, at: site, "shapes \(x.shape) and \(y.shape) do not broadcast")
      return nil
    }
    return (x.astype(dtype).broadcast(to: shape, at: site), y.astype(dtype).broadcast(to: shape, at: site))
  }

  /// A weak Swift number as a tensor of this trace, promoted with `self`
  /// (returns both, `self` converted if the number is a float and it is not).
  func withWeak<S: WeakScalar>(_ s: S) -> (Tensor, Tensor) {
    let dtype = Promotion.withWeak(self.dtype, isFloat: S.isFloatLiteral)
    let me = astype(dtype)
    return (me, constant(s.scalarValue, me.type))
  }

  /// A binary op of the typed builder after promotion and broadcasting.
  static func binary(_ what: String, _ x: Tensor, _ y: Tensor, at site: CallSite?,
                     _ op: @escaping (inout FunctionBuilder, Value, Value) throws(BuildError) -> Value) -> Tensor {
    guard let (a, b) = promoted(x, y, what, at: site) else {
      return Tensor(tracer: x.tracer, value: nil, type: x.type)
    }
    return a.emit(what, [a, b], at: site) { (bld: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try op(&bld, v[0], v[1])
    }
  }
}
