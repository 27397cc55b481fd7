/// Basic indexing with Swift values: an integer drops its axis, a range
/// (`1..<3`, `...2`, `2...`) or a positive `stride(from:to:by:)` keeps it,
/// `TensorIndex.all` takes the whole axis; axes not named are taken whole.
/// Negative integers count from the end.
///
///     x[0, 1..<3]   x: f32[4,5]  ==>  %s = slice %x, start=[0,1], limit=[1,3] : f32[1,2]
///                                     %r = reshape %s : f32[2]

import FTIR

/// One entry of a subscript.
public enum TensorIndex {
  case index(Int)
  /// Elements lower, lower+step, ... below upper (nil bounds: the axis's ends).
  case range(lower: Int?, upper: Int?, step: Int)
  case all
}

public protocol TensorIndexConvertible {
  var tensorIndex: TensorIndex { get }
}
extension TensorIndex: TensorIndexConvertible { public var tensorIndex: TensorIndex { self } }
extension Int: TensorIndexConvertible { public var tensorIndex: TensorIndex { .index(self) } }
extension Range<Int>: TensorIndexConvertible { public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: upperBound, step: 1) } }
extension ClosedRange<Int>: TensorIndexConvertible { public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: upperBound == -1 ? nil : upperBound + 1, step: 1) } }
extension PartialRangeFrom<Int>: TensorIndexConvertible { public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: nil, step: 1) } }
extension PartialRangeUpTo<Int>: TensorIndexConvertible { public var tensorIndex: TensorIndex { .range(lower: nil, upper: upperBound, step: 1) } }
extension PartialRangeThrough<Int>: TensorIndexConvertible { public var tensorIndex: TensorIndex { .range(lower: nil, upper: upperBound == -1 ? nil : upperBound + 1, step: 1) } }
extension StrideTo<Int>: TensorIndexConvertible {
  public var tensorIndex: TensorIndex {
    // StrideTo keeps its bounds private; its mirror names them `from`, `to`, `by`.
    let fields = Dictionary(Mirror(reflecting: self).children.compactMap { c in (c.value as? Int).map { (c.label ?? "", $0) } },
                            uniquingKeysWith: { a, _ in a })
    guard let from = fields["from"], let to = fields["to"], let by = fields["by"] else { return .range(lower: 0, upper: 0, step: 0) }
    return .range(lower: from, upper: to, step: by)
  }
}

extension Tensor {
  func slice(start: [Int], limit: [Int], stride: [Int]?, at site: CallSite?) -> Tensor {
    var shape: [Int] = []
    for k in 0..<rank {
      let step: Int = Swift.max(1, stride?[k] ?? 1)
      let extent: Int = limit[k] - start[k]
      shape.append(extent <= 0 ? 0 : (extent - 1) / step + 1)
    }
    return emit("slice", [self], at: site, expected: type.with(shape: shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
      try b.slice(v[0], start: start, limit: limit, stride: stride)
    }
  }

  /// The elements chosen by `indices` (see the file comment).
  public subscript(_ indices: any TensorIndexConvertible...) -> Tensor {
    index(indices.map(\.tensorIndex), at: nil)
  }

  /// `x[..., i, ...]`: the first axis whole, the rest as given.
  public subscript(_: UnboundedRange, _ rest: any TensorIndexConvertible...) -> Tensor {
    index([TensorIndex.all] + rest.map(\.tensorIndex), at: nil)
  }

  /// `subscript` with the call site named in errors.
  public func at(_ indices: [any TensorIndexConvertible], file: String = #fileID, line: Int = #line) -> Tensor {
    index(indices.map(\.tensorIndex), at: CallSite(file, line))
  }

  func index(_ indices: [TensorIndex], at site: CallSite?) -> Tensor {
    guard indices.count <= rank else {
      return fail("subscript", at: site, "\(indices.count) indices for \(type) of rank \(rank)")
    }
    var start: [Int] = [], limit: [Int] = [], stride: [Int] = [], kept: [Int] = []
    for k in 0..<rank {
      let n = shape[k]
      switch k < indices.count ? indices[k] : .all {
      case .all:
        start.append(0); limit.append(n); stride.append(1); kept.append(n)
      case .index(let i):
        guard i >= -n && i < n else { return fail("subscript", at: site, "index \(i) is out of range for axis \(k) of size \(n)") }
        let j = i < 0 ? i + n : i
        start.append(j); limit.append(j + 1); stride.append(1)
      case .range(let lo, let hi, let step):
        guard step >= 1 else { return fail("subscript", at: site, "step \(step) must be positive (axis \(k))") }
        let a = Swift.min(Swift.max(lo.map { $0 < 0 ? $0 + n : $0 } ?? 0, 0), n)
        let b = Swift.min(Swift.max(hi.map { $0 < 0 ? $0 + n : $0 } ?? n, a), n)
        start.append(a); limit.append(b); stride.append(step); kept.append(b <= a ? 0 : (b - a - 1) / step + 1)
      }
    }
    let sliced = start == Array(repeating: 0, count: rank) && limit == shape && stride.allSatisfy({ $0 == 1 })
      ? self : slice(start: start, limit: limit, stride: stride.allSatisfy({ $0 == 1 }) ? nil : stride, at: site)
    return sliced.reshape(kept, at: site)
  }
}
