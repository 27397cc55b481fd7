/// Elementwise functions, named as in jax.numpy / mlx.core. Float math on an
/// int or bool tensor computes in f32 (as `jnp.exp` of an int array does).
/// Each takes the Swift call site for its error message.
///
///     exp(x)            ==>  %r = exp %x : f32[3]
///     clip(x, 0, 1)     ==>  %lo = constant 0.0 ...  %r = clamp %lo, %x, %hi : f32[3]
///     where(c, x, 0)    ==>  %r = select %c, %x, %z : f32[3]

import FTIR

private typealias Unary = (inout FunctionBuilder, Value) throws(BuildError) -> Value

private func floatMath(_ name: String, _ x: Tensor, _ file: String, _ line: Int, _ op: Unary) -> Tensor {
  let site = CallSite(file, line)
  return x.floating(at: site).unary(name, at: site, op)
}

public func exp(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("exp", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.exp(v) } }
public func log(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("log", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.log(v) } }
public func log1p(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("log1p", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.log1p(v) } }
public func expm1(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("expm1", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.expm1(v) } }
public func sin(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("sin", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.sin(v) } }
public func cos(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("cos", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.cos(v) } }
public func tan(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("tan", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.tan(v) } }
public func tanh(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("tanh", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.tanh(v) } }
public func sqrt(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("sqrt", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.sqrt(v) } }
public func rsqrt(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("rsqrt", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.rsqrt(v) } }
public func erf(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("erf", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.erf(v) } }
public func sigmoid(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("sigmoid", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.logistic(v) } }
public func floor(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("floor", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.floor(v) } }
public func ceil(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor { floatMath("ceil", x, file, line) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.ceil(v) } }

public func abs(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  x.unary("abs", at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.abs(v) }
}
public func sign(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  x.unary("sign", at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.sign(v) }
}
public func square(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  x.unary("square", at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.integerPow(v, 2) }
}
/// Gradients do not flow through the result (`lax.stop_gradient`).
public func stopGradient(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  x.unary("stopGradient", at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.stopGradient(v) }
}
/// Logical not of a bool tensor, bitwise not of an int one.
public func logicalNot(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  x.unary("logicalNot", at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.not(v) }
}

/// `x ** y` elementwise (promoted and broadcast; ints compute in f32).
public func pow(_ x: Tensor, _ y: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let (a, c) = x.dtype.isFloat || y.dtype.isFloat ? (x, y) : (x.astype(.f32), y.astype(.f32))
  return Tensor.binary("pow", a, c, at: site) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) in try b.pow(p, q) }
}
/// `x ** n` for a Swift integer: repeated multiplication (`lax.integer_pow`).
public func pow(_ x: Tensor, _ n: Int, file: String = #fileID, line: Int = #line) -> Tensor {
  x.unary("pow", at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value) throws(BuildError) in try b.integerPow(v, n) }
}
public func pow(_ x: Tensor, _ y: Double, file: String = #fileID, line: Int = #line) -> Tensor {
  let (t, c) = x.floating(at: nil).withWeak(y)
  return pow(t, c, file: file, line: line)
}

public func maximum(_ x: Tensor, _ y: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  Tensor.binary("maximum", x, y, at: CallSite(file, line)) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) in try b.max(p, q) }
}
public func minimum(_ x: Tensor, _ y: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  Tensor.binary("minimum", x, y, at: CallSite(file, line)) { (b: inout FunctionBuilder, p: Value, q: Value) throws(BuildError) in try b.min(p, q) }
}
public func maximum<S: WeakScalar>(_ x: Tensor, _ s: S, file: String = #fileID, line: Int = #line) -> Tensor {
  let (t, c) = x.withWeak(s)
  return maximum(t, c, file: file, line: line)
}
public func minimum<S: WeakScalar>(_ x: Tensor, _ s: S, file: String = #fileID, line: Int = #line) -> Tensor {
  let (t, c) = x.withWeak(s)
  return minimum(t, c, file: file, line: line)
}

/// `x` limited to [lo, hi].
public func clip<S: WeakScalar>(_ x: Tensor, _ lo: S, _ hi: S, file: String = #fileID, line: Int = #line) -> Tensor {
  minimum(maximum(x, lo, file: file, line: line), hi, file: file, line: line)
}
public func clip(_ x: Tensor, _ lo: Tensor, _ hi: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  minimum(maximum(x, lo, file: file, line: line), hi, file: file, line: line)
}

/// `x` where `condition` (an i1 tensor) holds, else `y`; all three broadcast.
public func `where`(_ condition: Tensor, _ x: Tensor, _ y: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard condition.dtype == .i1 else {
    return x.fail("where", at: site, "the condition must be a bool (i1) tensor, got \(condition.type)")
  }
  guard let (a, c) = Tensor.promoted(x, y, "where", at: site),
        let shape = Promotion.broadcastShapes(condition.shape, a.shape) else {
    return x.fail("where", at: site, "shapes \(condition.shape), \(x.shape) and \(y.shape) do not broadcast")
  }
  let p = condition.broadcast(to: shape, at: site), t = a.broadcast(to: shape, at: site), f = c.broadcast(to: shape, at: site)
  return t.emit("where", [p, t, f], at: site) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in try b.select(v[0], v[1], v[2]) }
}
public func `where`<S: WeakScalar>(_ condition: Tensor, _ x: Tensor, _ y: S, file: String = #fileID, line: Int = #line) -> Tensor {
  let (t, c) = x.withWeak(y)
  return `where`(condition, t, c, file: file, line: line)
}
public func `where`<S: WeakScalar>(_ condition: Tensor, _ x: S, _ y: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  let (t, c) = y.withWeak(x)
  return `where`(condition, c, t, file: file, line: line)
}
