@testable import FTIR

// The compiled-vs-interpreter functions of `sort` (listed in CompiledOpTests'
// `compiledOpCases`). The kernel's merge sort and the interpreter's sort
// give the same permutation (stable, total order), so every case is checked
// bit for bit: ties, NaNs of both signs, ±0 and infinities included.

/// sort: every dtype as a key, each dimension of rank 1–3, both directions,
/// one to three operands with one or several keys, lengths that are not
/// powers of two, length 1, empty dims, a large row, fused producers.
func sortCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  // (shape, dimension, descending)
  let shapes: [([Int], Int, Bool)] = [
    ([7], 0, false), ([7], 0, true), ([1], 0, false), ([2], 0, true),
    ([13, 17], 0, false), ([13, 17], 1, true), ([13, 17], 1, false),
    ([3, 5, 7], 1, false), ([3, 5, 7], 2, true), ([3, 5, 7], 0, true),
    ([3, 0], 1, false), ([0, 4], 1, true), ([2, 0, 3], 0, false),
    ([1000], 0, false), ([3, 257], 1, true),
    // Large enough to split rows over the thread pool (Backend/SortSplit.swift).
    ([40, 999], 1, true), ([1200, 30], 0, false),
  ]
  for d in DType.allCases {
    for (k, s) in shapes.enumerated() {
      let t = TensorType(d, s.0), idx = TensorType(.i32, s.0)
      let attrs = "dimension=\(s.1)" + (s.2 ? ", descending=true" : "")
      for style in [InputStyle.general, .ties] {
        let tag = style == .ties ? "ties" : "gen"
        out.append(opFunc("sort\(k)_\(tag)_\(tyName(t))", params: [t], results: [t],
                          body: ["%r = sort %a0, \(attrs) : \(t)"], style: style))
        // argsort: an iota sorted along.
        out.append(opFunc("argsort\(k)_\(tag)_\(tyName(t))", params: [t], results: [t, idx], body: [
          "%i = iota dim=\(s.1) : \(idx)", "%r, %j = sort %a0, %i, \(attrs) : (\(t), \(idx))",
        ], returns: ["%r", "%j"], style: style))
      }
      if k % 3 == 0 {
        // Two keys of different dtypes and a value, the first key computed.
        let u = TensorType(.f32, s.0)
        out.append(opFunc("sort2keys\(k)_\(tyName(t))", params: [t, t, u], results: [t, u, t], body: [
          "%z = constant 0.0 : \(u)", "%c = lt %a2, %z : \(TensorType(.i1, s.0))", "%p = select %c, %a0, %a1 : \(t)",
          "%r, %s, %v = sort %p, %a2, %a1, \(attrs), num_keys=2 : (\(t), \(u), \(t))",
        ],
          returns: ["%r", "%s", "%v"], style: .ties))
      }
    }
  }
  return out
}
