/// Bit-level functions (FTIR's `Ops/Bits.swift`), named as in jax.lax:
/// shifts of integer tensors (amounts out of [0, bits) give 0, or the sign
/// fill for the arithmetic right shift), `bitcastConvert` between i32 and f32
/// or i64 and f64, `erfInv`, and `fma` (one rounding).
///
///     shiftLeft(x, n)              ==>  %r = shift_left %x, %n : i32[3]
///     bitcastConvert(x, to: .f32)  ==>  %r = bitcast_convert %x : f32[3]

import FTIR

private typealias Binary = (inout FunctionBuilder, Value, Value) throws(BuildError) -> Value

private func shift(_ name: String, _ x: Tensor, _ n: Tensor, _ file: String, _ line: Int, _ op: @escaping Binary) -> Tensor {
  let site = CallSite(file, line)
  guard x.dtype.isInt, n.dtype.isInt else {
    return x.fail(name, at: site, "needs integer operands (i32, i64), got \(x.type) and \(n.type)")
  }
  return Tensor.binary(name, x, n, at: site, op)
}

/// `x << n` elementwise (`lax.shift_left`); 0 where n < 0 or n ≥ the bit width.
public func shiftLeft(_ x: Tensor, _ n: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  shift("shiftLeft", x, n, file, line) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) in try b.shiftLeft(p, q) }
}
/// `x >> n` filling with zeros (`lax.shift_right_logical`); 0 where n is out of range.
public func shiftRightLogical(_ x: Tensor, _ n: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  shift("shiftRightLogical", x, n, file, line) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) in try b.shiftRightLogical(p, q) }
}
/// `x >> n` filling with the sign (`lax.shift_right_arithmetic`); 0 or -1 where n is out of range.
public func shiftRightArithmetic(_ x: Tensor, _ n: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  shift("shiftRightArithmetic", x, n, file, line) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) in try b.shiftRightArithmetic(p, q) }
}

/// The bits of `x` read as `dtype` (`lax.bitcast_convert_type`; i32 ↔ f32, i64 ↔ f64).
public func bitcastConvert(_ x: Tensor, to dtype: DType, file: String = #fileID, line: Int = #line) -> Tensor {
  x.emit("bitcastConvert", [x], at: CallSite(file, line), expected: x.type.with(dtype: dtype)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
    try b.bitcastConvert(v[0], to: dtype)
  }
}

/// The inverse error function (`lax.erf_inv`); ints compute in f32.
public func erfInv(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  return x.floating(at: site).unary("erfInv", at: site) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.erfInv(v) }
}

/// `a * b + c` rounded once (operands of one float type).
public func fma(_ a: Tensor, _ b: Tensor, _ c: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  a.emit("fma", [a, b, c], at: CallSite(file, line)) { (bld: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
    try bld.fma(v[0], v[1], v[2])
  }
}
