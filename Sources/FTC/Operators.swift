/// Arithmetic and comparison operators on tensors, with JAX's promotion and
/// broadcasting (Promotion.swift). Comparisons are the dotted operators
/// (`.<`, `.==`, ...) and give i1 tensors. `/` is true division: ints
/// divide as f32, as `jnp.divide` does. Operators cannot take a call site,
/// so their errors name the operator instead.
///
///     x + y      ==>  %r = add %x, %y : f32[3]
///     x .< 0.0   ==>  %c = constant 0.0 : f32[3]
///                     %r = lt %x, %c : i1[3]

import FTIR

private func trueDivide(_ x: Tensor, _ y: Tensor) -> Tensor {
  let (a, b) = x.dtype.isFloat || y.dtype.isFloat ? (x, y) : (x.astype(.f32), y.astype(.f32))
  return Tensor.binary("operator /", a, b, at: nil) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) -> Value in try b.div(p, q) }
}

extension Tensor {
  public static func + (x: Tensor, y: Tensor) -> Tensor { binary("operator +", x, y, at: nil) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) -> Value in try b.add(p, q) } }
  public static func - (x: Tensor, y: Tensor) -> Tensor { binary("operator -", x, y, at: nil) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) -> Value in try b.sub(p, q) } }
  public static func * (x: Tensor, y: Tensor) -> Tensor { binary("operator *", x, y, at: nil) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) -> Value in try b.mul(p, q) } }
  public static func / (x: Tensor, y: Tensor) -> Tensor { trueDivide(x, y) }
  public static func % (x: Tensor, y: Tensor) -> Tensor { binary("operator %", x, y, at: nil) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) -> Value in try b.rem(p, q) } }

  // Weak Swift numbers on either side: concrete overloads (generic ones make
  // the type checker slow on plain number expressions in files importing FTC).
  public static func + (x: Tensor, s: Double) -> Tensor { x + x.withWeak(s).1 }
  public static func - (x: Tensor, s: Double) -> Tensor { x - x.withWeak(s).1 }
  public static func * (x: Tensor, s: Double) -> Tensor { x * x.withWeak(s).1 }
  public static func / (x: Tensor, s: Double) -> Tensor { x / x.withWeak(s).1 }
  public static func % (x: Tensor, s: Double) -> Tensor { x % x.withWeak(s).1 }
  public static func + (s: Double, x: Tensor) -> Tensor { x.withWeak(s).1 + x }
  public static func - (s: Double, x: Tensor) -> Tensor { x.withWeak(s).1 - x }
  public static func * (s: Double, x: Tensor) -> Tensor { x.withWeak(s).1 * x }
  public static func / (s: Double, x: Tensor) -> Tensor { x.withWeak(s).1 / x }
  public static func + (x: Tensor, s: Float) -> Tensor { x + x.withWeak(s).1 }
  public static func - (x: Tensor, s: Float) -> Tensor { x - x.withWeak(s).1 }
  public static func * (x: Tensor, s: Float) -> Tensor { x * x.withWeak(s).1 }
  public static func / (x: Tensor, s: Float) -> Tensor { x / x.withWeak(s).1 }
  public static func % (x: Tensor, s: Float) -> Tensor { x % x.withWeak(s).1 }
  public static func + (s: Float, x: Tensor) -> Tensor { x.withWeak(s).1 + x }
  public static func - (s: Float, x: Tensor) -> Tensor { x.withWeak(s).1 - x }
  public static func * (s: Float, x: Tensor) -> Tensor { x.withWeak(s).1 * x }
  public static func / (s: Float, x: Tensor) -> Tensor { x.withWeak(s).1 / x }
  public static func + (x: Tensor, s: Int) -> Tensor { x + x.withWeak(s).1 }
  public static func - (x: Tensor, s: Int) -> Tensor { x - x.withWeak(s).1 }
  public static func * (x: Tensor, s: Int) -> Tensor { x * x.withWeak(s).1 }
  public static func / (x: Tensor, s: Int) -> Tensor { x / x.withWeak(s).1 }
  public static func % (x: Tensor, s: Int) -> Tensor { x % x.withWeak(s).1 }
  public static func + (s: Int, x: Tensor) -> Tensor { x.withWeak(s).1 + x }
  public static func - (s: Int, x: Tensor) -> Tensor { x.withWeak(s).1 - x }
  public static func * (s: Int, x: Tensor) -> Tensor { x.withWeak(s).1 * x }
  public static func / (s: Int, x: Tensor) -> Tensor { x.withWeak(s).1 / x }

  public static prefix func - (x: Tensor) -> Tensor {
    x.unary("operator -", at: nil) { (b: inout FunctionBuilder, v: Value) throws(BuildError) -> Value in try b.neg(v) }
  }

  public static func += (x: inout Tensor, y: Tensor) { x = x + y }
  public static func -= (x: inout Tensor, y: Tensor) { x = x - y }
  public static func *= (x: inout Tensor, y: Tensor) { x = x * y }
  public static func /= (x: inout Tensor, y: Tensor) { x = x / y }

  static func compare(_ c: Comparison, _ x: Tensor, _ y: Tensor) -> Tensor {
    binary("operator \(c.rawValue)", x, y, at: nil) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) -> Value in try b.compare(c, p, q) }
  }

  public static func .== (x: Tensor, y: Tensor) -> Tensor { compare(.eq, x, y) }
  public static func .!= (x: Tensor, y: Tensor) -> Tensor { compare(.ne, x, y) }
  public static func .< (x: Tensor, y: Tensor) -> Tensor { compare(.lt, x, y) }
  public static func .<= (x: Tensor, y: Tensor) -> Tensor { compare(.le, x, y) }
  public static func .> (x: Tensor, y: Tensor) -> Tensor { compare(.gt, x, y) }
  public static func .>= (x: Tensor, y: Tensor) -> Tensor { compare(.ge, x, y) }
  public static func .== (x: Tensor, s: Double) -> Tensor { compare(.eq, x, x.withWeak(s).1) }
  public static func .!= (x: Tensor, s: Double) -> Tensor { compare(.ne, x, x.withWeak(s).1) }
  public static func .< (x: Tensor, s: Double) -> Tensor { compare(.lt, x, x.withWeak(s).1) }
  public static func .<= (x: Tensor, s: Double) -> Tensor { compare(.le, x, x.withWeak(s).1) }
  public static func .> (x: Tensor, s: Double) -> Tensor { compare(.gt, x, x.withWeak(s).1) }
  public static func .>= (x: Tensor, s: Double) -> Tensor { compare(.ge, x, x.withWeak(s).1) }
  public static func .== (x: Tensor, s: Float) -> Tensor { compare(.eq, x, x.withWeak(s).1) }
  public static func .!= (x: Tensor, s: Float) -> Tensor { compare(.ne, x, x.withWeak(s).1) }
  public static func .< (x: Tensor, s: Float) -> Tensor { compare(.lt, x, x.withWeak(s).1) }
  public static func .<= (x: Tensor, s: Float) -> Tensor { compare(.le, x, x.withWeak(s).1) }
  public static func .> (x: Tensor, s: Float) -> Tensor { compare(.gt, x, x.withWeak(s).1) }
  public static func .>= (x: Tensor, s: Float) -> Tensor { compare(.ge, x, x.withWeak(s).1) }
  public static func .== (x: Tensor, s: Int) -> Tensor { compare(.eq, x, x.withWeak(s).1) }
  public static func .!= (x: Tensor, s: Int) -> Tensor { compare(.ne, x, x.withWeak(s).1) }
  public static func .< (x: Tensor, s: Int) -> Tensor { compare(.lt, x, x.withWeak(s).1) }
  public static func .<= (x: Tensor, s: Int) -> Tensor { compare(.le, x, x.withWeak(s).1) }
  public static func .> (x: Tensor, s: Int) -> Tensor { compare(.gt, x, x.withWeak(s).1) }
  public static func .>= (x: Tensor, s: Int) -> Tensor { compare(.ge, x, x.withWeak(s).1) }
}
