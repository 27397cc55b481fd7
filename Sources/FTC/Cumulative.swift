/// Running folds along an axis, as `jnp.cumsum`/`jnp.cumprod` and
/// `lax.cummax`/`lax.cummin` (IR ops `cumsum`, `cumprod`, `cummax`, `cummin`;
/// IR/README.md "Cumulative"): element i folds elements 0…i (i…n−1 when
/// `reverse`). Without an axis, `x` is flattened first (as jax.numpy).
/// Booleans sum and multiply as i32 (JAX's default integer here).
///
///     cumsum(x, axis: 1)                  x: f32[2,3]  ==>  %s = cumsum %x, axis=1 : f32[2,3]
///     cumprod(x, axis: 0, reverse: true)               ==>  %p = cumprod %x, axis=0, reverse=true : f32[2,3]
///     cumsum(x)                                        ==>  %f = reshape %x : f32[6]   %s = cumsum %f, axis=0 : f32[6]

import FTIR

extension Tensor {
  /// The running fold `what` along `axis` (nil: of the flattened tensor).
  func cumulative(_ what: String, axis: Int?, reverse: Bool, at site: CallSite,
                  _ op: (inout FunctionBuilder, Value, Int, Bool) throws(BuildError) -> Value) -> Tensor {
    let x = axis == nil ? reshape([type.elementCount], at: site) : self
    guard let a = x.checkedAxis(axis ?? 0, what, at: site) else { return self }
    return x.emit(what, [x], at: site) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in try op(&b, v[0], a, reverse) }
  }
}

/// Running sums along `axis` (`jnp.cumsum`; booleans as i32).
public func cumsum(_ x: Tensor, axis: Int? = nil, reverse: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let counted = x.dtype == .i1 ? x.astype(.i32, file: file, line: line) : x
  return counted.cumulative("cumsum", axis: axis, reverse: reverse, at: site) { (b: inout FunctionBuilder, v: Value, a: Int, r: Bool) throws(BuildError) in
    try b.cumsum(v, axis: a, reverse: r)
  }
}

/// Running products along `axis` (`jnp.cumprod`; booleans as i32). Its derivative is right with zeros in `x`.
public func cumprod(_ x: Tensor, axis: Int? = nil, reverse: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let counted = x.dtype == .i1 ? x.astype(.i32, file: file, line: line) : x
  return counted.cumulative("cumprod", axis: axis, reverse: reverse, at: site) { (b: inout FunctionBuilder, v: Value, a: Int, r: Bool) throws(BuildError) in
    try b.cumprod(v, axis: a, reverse: r)
  }
}

/// Running maxima along `axis` (`lax.cummax`; NaN propagates).
public func cummax(_ x: Tensor, axis: Int? = nil, reverse: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  x.cumulative("cummax", axis: axis, reverse: reverse, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, a: Int, r: Bool) throws(BuildError) in
    try b.cummax(v, axis: a, reverse: r)
  }
}

/// Running minima along `axis` (`lax.cummin`; NaN propagates).
public func cummin(_ x: Tensor, axis: Int? = nil, reverse: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  x.cumulative("cummin", axis: axis, reverse: reverse, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, a: Int, r: Bool) throws(BuildError) in
    try b.cummin(v, axis: a, reverse: r)
  }
}
