/// Shape functions as in jax.numpy: reshape (one -1 inferred), transpose,
/// expandDims, squeeze, concatenate, stack, split, pad. Axes may be
/// negative (counted from the end).
///
///     stack([a, b], axis: 0)   a, b: f32[3]  ==>  %a1 = reshape %a : f32[1,3]  (and %b1)
///                                                 %r = concatenate %a1, %b1, dim=0 : f32[2,3]

import FTIR

extension Tensor {
  func reshape(_ shape: [Int], at site: CallSite?) -> Tensor {
    var target = shape
    if let problem = TensorType.limitError(shape: shape.filter { $0 != -1 }) {
      return fail("reshape", at: site, "cannot reshape \(type) to \(shape): \(problem)")
    }
    let known = shape.filter { $0 != -1 }.reduce(1, *)
    let inferred = shape.filter { $0 == -1 }.count
    if inferred == 1, known > 0, type.elementCount % known == 0 {
      target = shape.map { $0 == -1 ? type.elementCount / known : $0 }
    }
    guard inferred <= 1, target.allSatisfy({ $0 >= 0 }), target.reduce(1, *) == type.elementCount else {
      return fail("reshape", at: site, "cannot reshape \(type) to \(shape)", expected: type.with(shape: target.map { Swift.max(0, $0) }))
    }
    guard target != self.shape else { return self }
    return emit("reshape", [self], at: site, expected: type.with(shape: target)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
      try b.reshape(v[0], to: target)
    }
  }

  /// The axis `a` (maybe negative) of a tensor of rank `r`, or nil.
  static func axis(_ a: Int, rank r: Int) -> Int? { a >= -r && a < r ? (a < 0 ? a + r : a) : nil }
}

/// `x` with shape `shape`; one entry may be -1 (inferred).
public func reshape(_ x: Tensor, _ shape: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
  x.reshape(shape, at: CallSite(file, line))
}

/// Axes permuted: result axis i is `x`'s axis `axes[i]` (nil: reversed).
public func transpose(_ x: Tensor, _ axes: [Int]? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let perm = (axes ?? Array((0..<x.rank).reversed())).map { Tensor.axis($0, rank: x.rank) ?? -1 }
  guard perm.sorted() == Array(0..<x.rank) else {
    return x.fail("transpose", at: site, "axes \(axes ?? []) are not a permutation of the \(x.rank) axes of \(x.type)")
  }
  return x.emit("transpose", [x], at: site, expected: x.type.with(shape: perm.map { x.shape[$0] })) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.transpose(v[0], perm: perm)
  }
}

/// `x` with a new axis of size 1 at `axis` (of the result).
public func expandDims(_ x: Tensor, axis: Int, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard let a = Tensor.axis(axis, rank: x.rank + 1) else {
    return x.fail("expandDims", at: site, "axis \(axis) is out of range for a result of rank \(x.rank + 1)")
  }
  var shape = x.shape
  shape.insert(1, at: a)
  return x.reshape(shape, at: site)
}

/// `x` without its size-1 axes `axes` (nil: every size-1 axis).
public func squeeze(_ x: Tensor, axes: [Int]? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let chosen = axes ?? x.shape.indices.filter { x.shape[$0] == 1 }
  guard let dims = x.normalizedAxes(chosen, "squeeze", at: site) else { return x }
  for d in dims where x.shape[d] != 1 {
    return x.fail("squeeze", at: site, "axis \(d) of \(x.type) has size \(x.shape[d]), not 1")
  }
  return x.reshape(x.reducedShape(dims, keepDims: false), at: site)
}

public func broadcast(_ x: Tensor, to shape: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
  x.broadcast(to: shape, at: CallSite(file, line))
}

/// The tensors joined along `axis` (dtypes promoted); throws for an empty list.
public func concatenate(_ xs: [Tensor], axis: Int = 0, file: String = #fileID, line: Int = #line) throws(FTCError) -> Tensor {
  let site = CallSite(file, line)
  guard let first = xs.first else { throw FTCError("\(site): concatenate: needs at least one tensor") }
  guard let a = Tensor.axis(axis, rank: first.rank) else {
    return first.fail("concatenate", at: site, "axis \(axis) is out of range for \(first.type)")
  }
  let dtype = xs.map(\.dtype).reduce(first.dtype, Promotion.join)
  let ys = xs.map { $0.astype(dtype) }
  var shape = first.shape
  shape[a] = xs.reduce(0) { $0 + ($1.rank == first.rank ? $1.shape[a] : 0) }
  return first.emit("concatenate", ys, at: site, expected: TensorType(dtype, shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.concatenate(v, dim: a)
  }
}

/// The tensors (of one shape) stacked along a new axis `axis`; throws for an empty list.
public func stack(_ xs: [Tensor], axis: Int = 0, file: String = #fileID, line: Int = #line) throws(FTCError) -> Tensor {
  try concatenate(xs.map { expandDims($0, axis: axis, file: file, line: line) }, axis: axis, file: file, line: line)
}

/// `x` split along `axis` into `sections` equal parts.
public func split(_ x: Tensor, sections: Int, axis: Int = 0, file: String = #fileID, line: Int = #line) -> [Tensor] {
  let site = CallSite(file, line)
  guard let a = Tensor.axis(axis, rank: x.rank), sections > 0, x.shape[a] % sections == 0 else {
    return [x.fail("split", at: site, "cannot split \(x.type) into \(sections) equal sections along axis \(axis)")]
  }
  let n = x.shape[a] / sections
  return split(x, indices: (1..<sections).map { $0 * n }, axis: axis, file: file, line: line)
}

/// `x` split along `axis` before each of `indices` (increasing).
public func split(_ x: Tensor, indices: [Int], axis: Int = 0, file: String = #fileID, line: Int = #line) -> [Tensor] {
  let site = CallSite(file, line)
  guard let a = Tensor.axis(axis, rank: x.rank) else {
    return [x.fail("split", at: site, "axis \(axis) is out of range for \(x.type)")]
  }
  let bounds = [0] + indices + [x.shape[a]]
  guard zip(bounds, bounds.dropFirst()).allSatisfy({ $0 <= $1 }) else {
    return [x.fail("split", at: site, "indices \(indices) must increase within 0...\(x.shape[a])")]
  }
  return zip(bounds, bounds.dropFirst()).map { lo, hi in
    var start = Array(repeating: 0, count: x.rank), limit = x.shape
    start[a] = lo
    limit[a] = hi
    return x.slice(start: start, limit: limit, stride: nil, at: site)
  }
}

/// `x` padded with `value`: `widths[i]` = (before, after) for axis i (negative crops).
public func pad(_ x: Tensor, _ widths: [(Int, Int)], value: Double = 0, file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  guard widths.count == x.rank else {
    return x.fail("pad", at: site, "needs \(x.rank) (before, after) pairs for \(x.type), got \(widths.count)")
  }
  let bound = Limits.maxElements
  guard widths.allSatisfy({ (-bound...bound).contains($0.0) && (-bound...bound).contains($0.1) }) else {
    return x.fail("pad", at: site, "widths \(widths) exceed the maximum of \(bound) elements")
  }
  let fill = x.constant(scalar(value, for: x.dtype), TensorType(x.dtype, []))
  let shape = zip(x.shape, widths).map { $0 + $1.0 + $1.1 }
  return x.emit("pad", [x, fill], at: site, expected: x.type.with(shape: shape.map { Swift.max(0, $0) })) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.pad(v[0], v[1], low: widths.map(\.0), high: widths.map(\.1))
  }
}
