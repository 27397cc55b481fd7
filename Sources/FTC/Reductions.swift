/// Reductions with `axes:` (nil: every axis; negative counts from the end)
/// and `keepDims:`, plus argmax/argmin along one axis (nil: the flattened
/// tensor), as in jax.numpy.
///
///     sum(x, axes: [1], keepDims: true)   x: f32[2,3]  ==>  %s = reduce_sum %x, dims=[1] : f32[2]
///                                                           %r = reshape %s : f32[2,1]
///     mean(x)                                          ==>  reduce_sum, then div by 6

import FTIR

extension Tensor {
  /// `axes` normalized (sorted, non-negative, unique), or nil with a recorded failure.
  func normalizedAxes(_ axes: [Int]?, _ what: String, at site: CallSite?) -> [Int]? {
    guard let axes else { return Array(0..<rank) }
    var out = Set<Int>()
    for a in axes {
      guard a >= -rank && a < rank else {
        _ = fail(what, at: site, "axis \(a) is out of range for \(type)")
        return nil
      }
      guard out.insert(a < 0 ? a + rank : a).inserted else {
        _ = fail(what, at: site, "axis \(a) is repeated")
        return nil
      }
    }
    return out.sorted()
  }

  /// The shape after reducing `axes`, with or without the reduced dims as 1s.
  func reducedShape(_ axes: [Int], keepDims: Bool) -> [Int] {
    shape.enumerated().compactMap { k, n in axes.contains(k) ? (keepDims ? 1 : nil) : n }
  }

  func reduce(_ what: String, axes: [Int]?, keepDims: Bool, at site: CallSite?,
              _ op: @escaping (inout FunctionBuilder, Value, [Int]) throws(BuildError) -> Value) -> Tensor {
    guard let dims = normalizedAxes(axes, what, at: site) else { return self }
    let r = emit(what, [self], at: site, expected: type.with(shape: reducedShape(dims, keepDims: false))) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
      try op(&b, v[0], dims)
    }
    return keepDims ? r.reshape(reducedShape(dims, keepDims: true), at: site) : r
  }
}

public func sum(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  x.reduce("sum", axes: axes, keepDims: keepDims, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, d: [Int]) throws(BuildError) in try b.reduceSum(v, dims: d) }
}
public func prod(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  x.reduce("prod", axes: axes, keepDims: keepDims, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, d: [Int]) throws(BuildError) in try b.reduceProd(v, dims: d) }
}
public func max(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  x.reduce("max", axes: axes, keepDims: keepDims, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, d: [Int]) throws(BuildError) in try b.reduceMax(v, dims: d) }
}
public func min(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  x.reduce("min", axes: axes, keepDims: keepDims, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, d: [Int]) throws(BuildError) in try b.reduceMin(v, dims: d) }
}

/// The mean over `axes` (ints average in f32).
public func mean(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let f = x.floating(at: site)
  guard let dims = f.normalizedAxes(axes, "mean", at: site) else { return f }
  let count = dims.reduce(1) { $0 * x.shape[$1] }
  return sum(f, axes: dims, keepDims: keepDims, file: file, line: line) / Double(count)
}

private func argReduce(_ what: String, _ x: Tensor, axis: Int?, keepDims: Bool, at site: CallSite,
                       _ op: @escaping (inout FunctionBuilder, Value, Int) throws(BuildError) -> Value) -> Tensor {
  let flat = axis == nil ? x.reshape([x.shape.reduce(1, *)], at: site) : x
  guard let dims = flat.normalizedAxes([axis ?? 0], what, at: site) else { return flat }
  let out = flat.reducedShape(dims, keepDims: false)
  let r = flat.emit(what, [flat], at: site, expected: TensorType(.i32, out)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try op(&b, v[0], dims[0])
  }
  guard keepDims else { return r }
  return r.reshape(axis == nil ? Array(repeating: 1, count: x.rank) : flat.reducedShape(dims, keepDims: true), at: site)
}

/// The index (i32) of the first maximum along `axis` (nil: of the flattened tensor).
public func argmax(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  argReduce("argmax", x, axis: axis, keepDims: keepDims, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, d: Int) throws(BuildError) in try b.argmax(v, dim: d) }
}
public func argmin(_ x: Tensor, axis: Int? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  argReduce("argmin", x, axis: axis, keepDims: keepDims, at: CallSite(file, line)) { (b: inout FunctionBuilder, v: Value, d: Int) throws(BuildError) in try b.argmin(v, dim: d) }
}

/// log(sum(exp(x))) over `axes`, computed stably (the max is subtracted first, outside the gradient).
public func logSumExp(_ x: Tensor, axes: [Int]? = nil, keepDims: Bool = false, file: String = #fileID, line: Int = #line) -> Tensor {
  let f = x.floating(at: CallSite(file, line))
  let m = stopGradient(max(f, axes: axes, keepDims: true, file: file, line: line), file: file, line: line)
  let s = log(sum(exp(f - m, file: file, line: line), axes: axes, keepDims: true, file: file, line: line), file: file, line: line) + m
  guard !keepDims, let dims = f.normalizedAxes(axes, "logSumExp", at: CallSite(file, line)) else { return s }
  return s.reshape(f.reducedShape(dims, keepDims: false), at: CallSite(file, line))
}
