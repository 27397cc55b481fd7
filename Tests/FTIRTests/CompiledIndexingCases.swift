@testable import FTIR

// The compiled-vs-interpreter functions of the indexing ops (listed in
// CompiledOpTests' `compiledOpCases`). Integer index and start parameters get
// the harness's integer inputs: small values, 0, ±1, MIN and MAX, so most
// full-range indices are clamped. Every kernel is checked bit for bit:
// scatter_add adds in the interpreter's order.

private func ty(_ d: DType, _ s: [Int]) -> TensorType { TensorType(d, s) }
private let allDTypes: [DType] = [.f32, .f64, .i32, .i64, .i1]
private let numericDTypes: [DType] = [.f32, .f64, .i32, .i64]
/// A producer/consumer that keeps the dtype (fused around the op).
private func keep(_ d: DType) -> String { d == .i1 ? "not" : "neg" }

/// `gather`: every dtype, both index dtypes, batch dims, scalar indices,
/// zero sizes, a larger size ([181,183]), and fused producers of x and the indices.
func gatherCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  // (x, idx, axis, batch_dims, result)
  let shapes: [([Int], [Int], Int, Int, [Int])] = [
    ([7, 5], [3, 4], 0, 0, [3, 4, 5]),
    ([13, 17], [181], 1, 0, [13, 181]),
    ([3, 5, 4], [3, 6], 1, 1, [3, 6, 4]),
    ([3, 5, 4], [3, 5, 2], 2, 2, [3, 5, 2]),
    ([9], [], 0, 0, []),
    ([0, 3], [0], 0, 0, [0, 3]),
    ([4, 0], [2], 0, 0, [2, 0]),
    ([181, 183], [183], 1, 0, [181, 183]),
  ]
  for d in allDTypes {
    for (k, s) in shapes.enumerated() {
      let it: DType = k % 2 == 0 ? .i32 : .i64
      let x = ty(d, s.0), i = ty(it, s.1), r = ty(d, s.4)
      let attrs = "axis=\(s.2)" + (s.3 == 0 ? "" : ", batch_dims=\(s.3)")
      out.append(opFunc("gather\(k)_\(tyName(x))", params: [x, i], results: [r],
                        body: ["%r = gather %a0, %a1, \(attrs) : \(r)"]))
      if k < 4 {
        out.append(opFunc("gather\(k)_fused_\(tyName(x))", params: [x, i], results: [r], body: [
          "%p = \(keep(d)) %a0 : \(x)", "%j = neg %a1 : \(i)",
          "%g = gather %p, %j, \(attrs) : \(r)", "%r = \(keep(d)) %g : \(r)",
        ]))
      }
    }
  }
  return out
}

/// `scatter_add`: numeric dtypes, a fused zero fill, batch dims, an empty
/// update, a larger size ([181,183]), a fused consumer.
func scatterAddCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  // (x, idx, axis, batch_dims, updates)
  let shapes: [([Int], [Int], Int, Int, [Int])] = [
    ([7, 5], [3, 4], 0, 0, [3, 4, 5]),
    ([3, 5, 4], [3, 6], 1, 1, [3, 6, 4]),
    ([9], [], 0, 0, []),
    ([4, 3], [0], 0, 0, [0, 3]),
    ([181, 183], [200], 1, 0, [181, 200]),
  ]
  for d in numericDTypes {
    for (k, s) in shapes.enumerated() {
      let it: DType = k % 2 == 0 ? .i32 : .i64
      let x = ty(d, s.0), i = ty(it, s.1), u = ty(d, s.4)
      let attrs = "axis=\(s.2)" + (s.3 == 0 ? "" : ", batch_dims=\(s.3)")
      out.append(opFunc("scatter_add\(k)_\(tyName(x))", params: [x, i, u], results: [x],
                        body: ["%r = scatter_add %a0, %a1, %a2, \(attrs) : \(x)"]))
      out.append(opFunc("scatter_add\(k)_zeros_\(tyName(x))", params: [i, u], results: [x], body: [
        "%z = constant \(d.isFloat ? "0.0" : "0") : \(x)",
        "%s = scatter_add %z, %a0, %a1, \(attrs) : \(x)", "%r = neg %s : \(x)",
      ]))
    }
  }
  return out
}

/// `dynamic_slice`: every dtype, both start dtypes, clamped starts, size 0,
/// a scalar, a larger size ([181,183]), fused producer and consumer.
func dynamicSliceCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  let shapes: [([Int], [Int])] = [([13, 17], [5, 7]), ([7], [7]), ([3, 4], [0, 2]), ([], []), ([181, 183], [180, 183])]
  for d in allDTypes {
    for (k, s) in shapes.enumerated() {
      let x = ty(d, s.0), r = ty(d, s.1)
      let starts = s.0.indices.map { ty($0 % 2 == 0 ? .i32 : .i64, []) }
      let names = starts.indices.map { ", %a\($0 + 1)" }.joined()
      let sizes = "sizes=[" + s.1.map(String.init).joined(separator: ", ") + "]"
      out.append(opFunc("dynamic_slice\(k)_\(tyName(x))", params: [x] + starts, results: [r],
                        body: ["%r = dynamic_slice %a0\(names), \(sizes) : \(r)"]))
      out.append(opFunc("dynamic_slice\(k)_fused_\(tyName(x))", params: [x] + starts, results: [r], body: [
        "%p = \(keep(d)) %a0 : \(x)", "%s = dynamic_slice %p\(names), \(sizes) : \(r)", "%r = \(keep(d)) %s : \(r)",
      ]))
    }
  }
  return out
}

/// `dynamic_update_slice`: the same shapes, an empty update, fused operands.
func dynamicUpdateSliceCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  let shapes: [([Int], [Int])] = [([13, 17], [5, 7]), ([7], [7]), ([3, 4], [0, 2]), ([], []), ([181, 183], [3, 183])]
  for d in allDTypes {
    for (k, s) in shapes.enumerated() {
      let x = ty(d, s.0), u = ty(d, s.1)
      let starts = s.0.indices.map { ty($0 % 2 == 0 ? .i64 : .i32, []) }
      let names = starts.indices.map { ", %a\($0 + 2)" }.joined()
      out.append(opFunc("dynamic_update_slice\(k)_\(tyName(x))", params: [x, u] + starts, results: [x],
                        body: ["%r = dynamic_update_slice %a0, %a1\(names) : \(x)"]))
      out.append(opFunc("dynamic_update_slice\(k)_fused_\(tyName(x))", params: [x, u] + starts, results: [x], body: [
        "%p = \(keep(d)) %a0 : \(x)", "%q = \(keep(d)) %a1 : \(u)",
        "%s = dynamic_update_slice %p, %q\(names) : \(x)", "%r = \(keep(d)) %s : \(x)",
      ]))
    }
  }
  return out
}
