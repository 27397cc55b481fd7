@testable import FTIR

// The compiled-vs-interpreter functions of the cumulative ops (listed in
// CompiledOpTests' `compiledOpCases`). Both kernels and the interpreter
// combine one element at a time in scan order, so every case is checked bit
// for bit (NaN matches NaN): sums and products of random floats included.

/// cumsum, cumprod, cummax, cummin: every numeric dtype, each axis of rank
/// 1–3 (innermost and outer), both directions, length 1, empty dims, the
/// large shape, and fused producers and consumers.
func cumulativeCompiledCases(_ op: String) -> [OpFunction] {
  var out: [OpFunction] = []
  // (shape, axis, reverse)
  let shapes: [([Int], Int, Bool)] = [
    ([7], 0, false), ([7], 0, true), ([1], 0, true),
    ([13, 17], 0, false), ([13, 17], 1, true), ([13, 17], 1, false), ([13, 17], 0, true),
    ([3, 5, 7], 1, false), ([3, 5, 7], 2, true), ([3, 5, 7], 0, true),
    ([3, 0], 1, false), ([0, 4], 1, true), ([2, 0, 3], 0, false),
    ([181, 183], 1, false), ([181, 183], 0, true),
  ]
  for d in [DType.f32, .f64, .i32, .i64] {
    for (k, s) in shapes.enumerated() {
      let t = TensorType(d, s.0)
      let attrs = "axis=\(s.1)" + (s.2 ? ", reverse=true" : "")
      out.append(opFunc("\(op)\(k)_\(tyName(t))", params: [t], results: [t],
                        body: ["%r = \(op) %a0, \(attrs) : \(t)"]))
      if k % 3 == 0 {
        out.append(opFunc("\(op)\(k)_fused_\(tyName(t))", params: [t, t], results: [t], body: [
          "%p = sub %a0, %a1 : \(t)", "%c = \(op) %p, \(attrs) : \(t)", "%r = neg %c : \(t)",
        ]))
      }
    }
  }
  return out
}
