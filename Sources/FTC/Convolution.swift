/// Convolution: `conv` (lax.conv_general_dilated with its default dimension
/// numbers: lhs [N, C, spatial...], rhs [O, I, window...], result
/// [N, O, spatial...]) and `conv2d`, its common 2-D form.
///
///     conv(x, w, strides: [2], padding: [(1, 0)])   x: f32[1,1,4], w: f32[1,1,2]
///       ==>  %r = conv %x, %w, window_strides=[2], pad_low=[1] : f32[1,1,2]

import FTIR

/// How `conv2d` pads: none, JAX's "SAME" (output size ceil(input / stride),
/// the extra row or column at the high end), or explicit (low, high) pairs.
public enum ConvPadding {
  case valid
  case same
  case explicit([(Int, Int)])
}

/// `lax.conv_general_dilated(lhs, rhs, strides, padding, lhs_dilation,
/// rhs_dilation, feature_group_count=, batch_group_count=)` with the default
/// dimension numbers. Every list has one entry per spatial dim (nil: the
/// default, 1 or no padding). Padding may be negative (it crops).
public func conv(_ lhs: Tensor, _ rhs: Tensor, strides: [Int]? = nil, padding: [(Int, Int)]? = nil,
                 lhsDilation: [Int]? = nil, rhsDilation: [Int]? = nil,
                 featureGroupCount: Int = 1, batchGroupCount: Int = 1,
                 file: String = #fileID, line: Int = #line) -> Tensor {
  let site = CallSite(file, line)
  let spatial = Swift.max(0, lhs.rank - 2)
  let options = ConvOptions(spatial: spatial, windowStrides: strides, padLow: padding?.map(\.0), padHigh: padding?.map(\.1),
                            lhsDilation: lhsDilation, rhsDilation: rhsDilation,
                            featureGroupCount: featureGroupCount, batchGroupCount: batchGroupCount)
  let expected: TensorType
  switch options.resultType(lhs.type, rhs.type) {
  case .success(let t): expected = t
  case .failure(let e): return lhs.fail("conv", at: site, "\(e.message) (lhs \(lhs.type), rhs \(rhs.type))")
  }
  return lhs.emit("conv", [lhs, rhs], at: site, expected: expected) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) in
    try b.conv(v[0], v[1], options)
  }
}

/// A 2-D convolution of images [N, C, H, W] with kernels [O, C / groups, KH, KW].
public func conv2d(_ x: Tensor, _ w: Tensor, stride: Int = 1, padding: ConvPadding = .valid, dilation: Int = 1,
                   groups: Int = 1, file: String = #fileID, line: Int = #line) -> Tensor {
  guard x.rank == 4, w.rank == 4 else {
    return x.fail("conv2d", at: CallSite(file, line), "needs images [N, C, H, W] and kernels [O, I, KH, KW], got \(x.type) and \(w.type)")
  }
  let pads: [(Int, Int)]
  switch padding {
  case .valid: pads = [(0, 0), (0, 0)]
  case .explicit(let p): pads = p
  case .same:
    pads = (0..<2).map { d in
      let size = x.shape[d + 2], window = (w.shape[d + 2] - 1) * dilation + 1
      let out = (size + stride - 1) / Swift.max(stride, 1)
      let total = Swift.max((out - 1) * stride + window - size, 0)
      return (total / 2, total - total / 2)
    }
  }
  return conv(x, w, strides: [stride, stride], padding: pads, rhsDilation: [dilation, dilation],
              featureGroupCount: groups, file: file, line: line)
}
