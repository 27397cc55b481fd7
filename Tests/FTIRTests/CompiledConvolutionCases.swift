@testable import FTIR

// The compiled-vs-interpreter functions of `conv` (listed in CompiledOpTests'
// `compiledOpCases`). The runtime's GEMM sums in its own order, so each
// element is checked within 2·n·u·Σ|terms| (n the terms per element), with
// Σ|terms| from the same conv on |x|, |w| in f64; inputs bounded.

/// (lhs, rhs, attributes, result): 1–3 spatial dims, strides, asymmetric and
/// negative padding, both dilations, feature and batch groups, an empty batch,
/// and a window larger than the input (empty output).
let convCompiledShapes: [([Int], [Int], String, [Int])] = [
  ([2, 3, 7], [4, 3, 3], "window_strides=[2], pad_low=[1]", [2, 4, 3]),
  ([1, 2, 5, 4], [3, 2, 2, 3], "window_strides=[1, 2], pad_low=[1, -1], pad_high=[0, 2], lhs_dilation=[2, 1], rhs_dilation=[1, 2]", [1, 3, 9, 1]),
  ([2, 4, 4, 4], [6, 2, 3, 3], "pad_low=[1, 1], pad_high=[1, 1], feature_group_count=2", [2, 6, 4, 4]),
  ([4, 2, 5, 5], [4, 2, 2, 2], "window_strides=[2, 2], batch_group_count=2", [2, 4, 2, 2]),
  ([1, 2, 3, 4, 3], [2, 2, 2, 2, 2], "pad_low=[0, 1, 1], pad_high=[1, 0, 1], rhs_dilation=[1, 1, 2]", [1, 2, 3, 4, 3]),
  ([2, 1, 6], [2, 1, 2], "window_strides=[3], pad_low=[-1], pad_high=[2], lhs_dilation=[3]", [2, 2, 6]),
  ([0, 3, 5], [2, 3, 2], "", [0, 2, 4]),
  ([1, 1, 2], [1, 1, 3], "", [1, 1, 0]),
  ([8, 16, 12, 12], [32, 16, 3, 3], "pad_low=[1, 1], pad_high=[1, 1]", [8, 32, 12, 12]),
] + convDirectShapes

/// One output feature per group: the runtime's direct loops (conv_is_direct),
/// except the last case, whose lhs dilation in the last dim keeps im2col.
/// Odd sizes, strides, negative padding, both dilations, 1–3 spatial dims,
/// feature and batch groups, taps wholly outside the input.
let convDirectShapes: [([Int], [Int], String, [Int])] = [
  ([3, 5, 7], [1, 5, 3], "window_strides=[2], pad_low=[2], pad_high=[1]", [3, 1, 4]),
  ([2, 6, 5, 7], [3, 2, 3, 2], "pad_low=[1, 0], pad_high=[1, 2], rhs_dilation=[2, 3], feature_group_count=3", [2, 3, 3, 6]),
  ([6, 1, 9, 8], [3, 1, 2, 3], "window_strides=[2, 3], pad_low=[-1, 2], pad_high=[0, -1], batch_group_count=3", [2, 3, 4, 3]),
  ([1, 2, 4, 3, 5], [1, 2, 2, 2, 3],
   "window_strides=[1, 2, 2], pad_low=[1, 0, 2], pad_high=[0, 1, 1], lhs_dilation=[2, 2, 1]", [1, 1, 7, 3, 3]),
  ([2, 8, 13, 11], [8, 1, 3, 3], "pad_low=[1, 1], pad_high=[1, 1], feature_group_count=8", [2, 8, 13, 11]),
  ([1, 1, 3], [1, 1, 5], "pad_low=[2], pad_high=[2]", [1, 1, 3]),
  ([2, 4, 5], [4, 1, 3], "pad_low=[1], lhs_dilation=[2], feature_group_count=4", [2, 4, 8]),
]

func convCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  for d in [DType.f32, .f64] {
    for (k, (l, r, attrs, res)) in convCompiledShapes.enumerated() {
      let a = TensorType(d, l), b = TensorType(d, r), t = TensorType(d, res)
      let at = attrs.isEmpty ? "" : ", " + attrs
      let name = "conv\(k)_\(d)"
      let terms = r.dropFirst().reduce(1, *)
      let (a64, b64, t64) = (a.with(dtype: .f64), b.with(dtype: .f64), t.with(dtype: .f64))
      let helper = opFunc(name + "__bound", params: [a, b], results: [t64], body: [
        "%x = abs %a0 : \(a)", "%y = abs %a1 : \(b)", "%x6 = convert %x : \(a64)", "%y6 = convert %y : \(b64)",
        "%r = conv %x6, %y6\(at) : \(t64)",
      ]).text
      // Operands produced by fused code, the result consumed by it.
      out.append(opFunc(name, params: [a, b], results: [t], body: [
        "%p = neg %a0 : \(a)", "%c = conv %p, %a1\(at) : \(t)", "%r = neg %c : \(t)",
      ], style: .bounded(specials: 0), check: .reorderedSum(bound: name + "__bound", terms: terms), helpers: [helper]))
    }
  }
  return out
}
