import Testing
@testable import FTIR

// Every operation of spec section 4, compiled (JIT), against the reference
// interpreter on seeded random inputs: one test case per op, each compiling
// one module with a function per dtype, shape and attribute set, compiled
// once. Shapes: scalars, zero-size ([0], [3,0]), odd sizes that are not
// multiples of the vector width ([7], [3,5], [13,17]) and a larger odd size
// ([181,183]; kernels split over threads: ThreadThresholdTests); operands both read directly
// (flat loops) and through index maps (nested loops), and produced by fused
// elementwise code. Inputs mix in NaN (quiet, negative, signaling), ±inf,
// ±0, denormals and ±max for floats, and 0, ±1, MIN, MAX for integers.
//
// Checks (Support/OpTestSupport.swift):
// - elementwise arithmetic, compares, select, convert, shape ops, constants,
//   iota, reduce_max/min, argmax/argmin, integer reductions and integer
//   dot_general: bit for bit (any NaN matches any NaN);
// - math functions (exp log log1p expm1 sin cos tanh logistic erf pow atan2;
//   sqrt and rsqrt are exact IEEE operations and checked bit for bit): within
//   4 ulp (f32) / 1e-15 relative (f64) of the interpreter's libm value, with
//   NaN, infinities and signed zeros agreeing;
// - float reduce_sum and dot_general: within 2·n·u·Σ|terms| per element (u
//   the unit roundoff, n the number of terms). Any summation order, with or
//   without FMA, is within (n−1)·u·Σ|terms| of the exact sum (Higham, Accuracy
//   and Stability, 3.1), so two orders differ by at most twice that; Σ|terms|
//   is computed by the interpreter in f64 from the same inputs. Inputs are
//   bounded ([-2, 2] plus NaN, ±inf, ±0, denormals) so that no order can
//   overflow where another does not;
// - float reduce_prod: within 2·n·u relative on ±[0.5, 2] inputs (no order
//   leaves the normal range), and bit for bit on products of ±1, ±2, ±0.5,
//   which are exact in any order.

// MARK: - Shapes and dtypes

private let floats: [DType] = [.f32, .f64]
private let ints: [DType] = [.i32, .i64]
private let numeric: [DType] = [.f32, .f64, .i32, .i64]
private let everyDType: [DType] = [.f32, .f64, .i32, .i64, .i1]
private let intOrBool: [DType] = [.i32, .i64, .i1]

/// Scalar, zero-size, odd and threaded shapes.
private let elementwiseShapes: [[Int]] = [[], [0], [3, 0], [7], [3, 5], [13, 17], [181, 183]]
/// Larger and odd (kernels this size now run on the calling thread; the threaded path: ThreadThresholdTests).
private let bigShape = [181, 183]

private func TT(_ d: DType, _ s: [Int]) -> TensorType { TensorType(d, s) }
private func shapeText(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ",") + "]" }
private func listText(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }

/// A producer that keeps every dtype: `neg` (or `not` for i1).
private func producer(_ d: DType) -> String { d == .i1 ? "not" : "neg" }

// MARK: - Elementwise families

/// `op` applied to parameters of each dtype and shape (flat loops), to a
/// transposed parameter (nested loops, also at the larger size), and to a
/// broadcast scalar (a splat read).
private func elementwise(_ op: String, arity: Int, dtypes: [DType], result: (DType) -> DType = { $0 },
                         attrs: String = "", check: (DType) -> OpCheck = { _ in .exact },
                         style: InputStyle = .general, tag: String = "", shapes: [[Int]] = elementwiseShapes,
                         nestedShapes: [[Int]] = [[13, 17], bigShape]) -> [OpFunction] {
  var out: [OpFunction] = []
  let a = attrs.isEmpty ? "" : ", " + attrs
  let operands = (0..<arity).map { "%a\($0)" }.joined(separator: ", ")
  for d in dtypes {
    for s in shapes {
      let t = TT(d, s), r = TT(result(d), s)
      out.append(opFunc("\(op)\(tag)_\(tyName(t))", params: Array(repeating: t, count: arity), results: [r],
                        body: ["%r = \(op) \(operands)\(a) : \(r)"], style: style, check: check(d)))
    }
    // Nested loops: the first operand transposed, the others direct.
    for s in nestedShapes {
      let t = TT(d, s), tt = TT(d, [s[1], s[0]]), r = TT(result(d), s)
      let ops = ["%t"] + (1..<arity).map { "%a\($0)" }
      out.append(opFunc("\(op)\(tag)_transposed_\(tyName(t))", params: [tt] + Array(repeating: t, count: arity - 1),
                        results: [r],
                        body: ["%t = transpose %a0, perm=[1, 0] : \(t)", "%r = \(op) \(ops.joined(separator: ", "))\(a) : \(r)"],
                        style: style, check: check(d)))
    }
    // A broadcast scalar as the last operand (a splat inside the loop).
    if arity >= 2 {
      let t = TT(d, [13, 17]), r = TT(result(d), [13, 17]), sc = TT(d, [])
      let ops = (0..<(arity - 1)).map { "%a\($0)" } + ["%b"]
      out.append(opFunc("\(op)\(tag)_splat_\(tyName(t))", params: Array(repeating: t, count: arity - 1) + [sc], results: [r],
                        body: ["%b = broadcast_in_dim %a\(arity - 1), dims=[] : \(t)",
                               "%r = \(op) \(ops.joined(separator: ", "))\(a) : \(r)"],
                        style: style, check: check(d)))
    }
  }
  return out
}

private func mathCheck(_ d: DType) -> OpCheck { .math }

// MARK: - Shape ops

/// A shape op applied to a parameter, and to a fused producer followed by a
/// fused consumer (the index map in the middle of a loop kernel), for every dtype.
private func shapeOp(_ name: String, _ cases: [(input: [Int], line: (String, TensorType) -> String, result: [Int])],
                     dtypes: [DType] = everyDType) -> [OpFunction] {
  var out: [OpFunction] = []
  for d in dtypes {
    for (k, c) in cases.enumerated() {
      let t = TT(d, c.input), r = TT(d, c.result)
      out.append(opFunc("\(name)\(k)_\(tyName(t))", params: [t], results: [r], body: [c.line("%a0", r).replacingOccurrences(of: "%OUT", with: "%r")]))
      out.append(opFunc("\(name)\(k)_fused_\(tyName(t))", params: [t], results: [r], body: [
        "%p = \(producer(d)) %a0 : \(t)",
        c.line("%p", r).replacingOccurrences(of: "%OUT", with: "%s"),
        "%r = \(producer(d)) %s : \(r)",
      ]))
    }
  }
  return out
}

private func broadcastCases() -> [OpFunction] {
  func bc(_ dims: [Int]) -> (String, TensorType) -> String {
    { x, r in "%OUT = broadcast_in_dim \(x), dims=\(listText(dims)) : \(r)" }
  }
  return shapeOp("broadcast_in_dim", [
    ([], bc([]), [7]),
    ([], bc([]), []),
    ([5], bc([1]), [3, 5]),
    ([3], bc([0]), [3, 4, 2]),
    ([3, 1], bc([0, 1]), [3, 5]),
    ([1, 5], bc([0, 2]), [3, 4, 5]),
    ([3, 5], bc([0, 1]), [3, 5]),
    ([183], bc([1]), bigShape),
    ([181], bc([0]), bigShape),
    ([0], bc([1]), [3, 0]),
    ([3], bc([0]), [3, 0]),
  ])
}

private func reshapeCases() -> [OpFunction] {
  let rs: (String, TensorType) -> String = { x, r in "%OUT = reshape \(x) : \(r)" }
  return shapeOp("reshape", [
    ([3, 5], rs, [15]), ([15], rs, [5, 3]), ([3, 5], rs, [5, 3]), ([], rs, [1, 1]), ([1, 1], rs, []),
    ([2, 3, 4], rs, [4, 6]), ([3, 0], rs, [0, 5]), ([0], rs, [2, 0]), (bigShape, rs, [183, 181]),
    (bigShape, rs, [33123]),
  ])
}

private func transposeCases() -> [OpFunction] {
  func tp(_ perm: [Int]) -> (String, TensorType) -> String { { x, r in "%OUT = transpose \(x), perm=\(listText(perm)) : \(r)" } }
  return shapeOp("transpose", [
    ([13, 17], tp([1, 0]), [17, 13]), ([3, 5, 7], tp([2, 0, 1]), [7, 3, 5]), ([3, 5, 7], tp([1, 0, 2]), [5, 3, 7]),
    ([3, 5, 7], tp([0, 2, 1]), [3, 7, 5]), ([3, 5, 7], tp([0, 1, 2]), [3, 5, 7]), ([7], tp([0]), [7]),
    ([], tp([]), []), ([3, 0], tp([1, 0]), [0, 3]), (bigShape, tp([1, 0]), [183, 181]),
    ([2, 3, 4, 5], tp([3, 1, 0, 2]), [5, 3, 2, 4]),
  ])
}

private func sliceCases() -> [OpFunction] {
  func sl(_ start: [Int], _ limit: [Int], _ stride: [Int]? = nil) -> (String, TensorType) -> String {
    { x, r in
      "%OUT = slice \(x), start=\(listText(start)), limit=\(listText(limit))" + (stride.map { ", stride=\(listText($0))" } ?? "") + " : \(r)"
    }
  }
  return shapeOp("slice", [
    ([13, 17], sl([1, 2], [12, 17], [3, 4]), [4, 4]),
    ([13, 17], sl([0, 0], [13, 17]), [13, 17]),
    ([13, 17], sl([5, 3], [6, 16]), [1, 13]),
    ([7], sl([1], [7], [2]), [3]),
    ([7], sl([6], [7], [5]), [1]),
    ([7], sl([3], [3]), [0]),
    ([3, 5, 7], sl([0, 1, 2], [3, 5, 7], [2, 3, 1]), [2, 2, 5]),
    ([3, 0], sl([1, 0], [3, 0]), [2, 0]),
    (bigShape, sl([1, 3], [181, 182], [1, 2]), [180, 90]),
    (bigShape, sl([0, 0], [181, 183], [7, 1]), [26, 183]),
  ])
}

private func padCases() -> [OpFunction] {
  // pad needs the padding scalar: a second parameter.
  var out: [OpFunction] = []
  let cases: [([Int], [Int], [Int], [Int]?, [Int])] = [
    ([7], [2], [3], nil, [12]),
    ([7], [-2], [3], [2], [20]),
    ([7], [1], [-3], [1], [11]),
    ([3, 5], [1, -1], [-1, 2], [1, 0], [5, 6]),
    ([3, 5], [0, 0], [0, 0], [2, 3], [7, 17]),
    ([3, 5], [-3, 0], [0, 0], nil, [0, 5]),
    ([0], [2], [1], [4], [3]),
    ([3, 0], [1, 2], [1, 1], [1, 1], [7, 3]),
    ([], [], [], nil, []),
    ([13, 17], [-1, -2], [-3, -4], [1, 2], [21, 43]),
    (bigShape, [1, -1], [2, 3], [0, 0], [184, 185]),
  ]
  for d in everyDType {
    for (k, (s, low, high, interior, rs)) in cases.enumerated() {
      let t = TT(d, s), r = TT(d, rs), sc = TT(d, [])
      let line = { (x: String, o: String) in
        "\(o) = pad \(x), %a1, low=\(listText(low)), high=\(listText(high))"
          + (interior.map { ", interior=\(listText($0))" } ?? "") + " : \(r)"
      }
      out.append(opFunc("pad\(k)_\(tyName(t))", params: [t, sc], results: [r], body: [line("%a0", "%r")]))
      out.append(opFunc("pad\(k)_fused_\(tyName(t))", params: [t, sc], results: [r], body: [
        "%p = \(producer(d)) %a0 : \(t)", "%v = \(producer(d)) %a1 : \(sc)",
        line("%p", "%s").replacingOccurrences(of: "%a1", with: "%v"), "%r = \(producer(d)) %s : \(r)",
      ]))
    }
  }
  return out
}

private func concatenateCases() -> [OpFunction] {
  var out: [OpFunction] = []
  let cases: [([[Int]], Int, [Int])] = [
    ([[3, 5], [3, 0], [3, 2]], 1, [3, 7]),
    ([[0, 5], [2, 5], [1, 5]], 0, [3, 5]),
    ([[7], [1], [5]], 0, [13]),
    ([[3, 4], [2, 4], [0, 4]], 0, [5, 4]),
    ([[3, 0], [3, 0]], 1, [3, 0]),
    ([[4]], 0, [4]),
    ([[181, 100], [181, 0], [181, 83]], 1, bigShape),
    ([[100, 183], [81, 183]], 0, bigShape),
  ]
  for d in everyDType {
    for (k, (shapes, dim, rs)) in cases.enumerated() {
      let ts = shapes.map { TT(d, $0) }, r = TT(d, rs)
      let args = ts.indices.map { "%a\($0)" }.joined(separator: ", ")
      out.append(opFunc("concatenate\(k)_\(tyName(r))", params: ts, results: [r],
                        body: ["%r = concatenate \(args), dim=\(dim) : \(r)"]))
      let ps = ts.indices.map { "%p\($0)" }.joined(separator: ", ")
      out.append(opFunc("concatenate\(k)_fused_\(tyName(r))", params: ts, results: [r],
                        body: ts.indices.map { "%p\($0) = \(producer(d)) %a\($0) : \(ts[$0])" }
                          + ["%s = concatenate \(ps), dim=\(dim) : \(r)", "%r = \(producer(d)) %s : \(r)"]))
    }
    // One operand twice, and a broadcast scalar as a piece.
    let a = TT(d, [3, 5]), b = TT(d, [3, 2]), r = TT(d, [3, 12])
    out.append(opFunc("concatenate_repeated_\(d)", params: [a, TT(d, [])], results: [r], body: [
      "%b = broadcast_in_dim %a1, dims=[] : \(b)", "%r = concatenate %a0, %b, %a0, dim=1 : \(r)",
    ]))
  }
  return out
}

private func reverseCases() -> [OpFunction] {
  func rv(_ dims: [Int]) -> (String, TensorType) -> String { { x, r in "%OUT = reverse \(x), dims=\(listText(dims)) : \(r)" } }
  return shapeOp("reverse", [
    ([7], rv([0]), [7]), ([13, 17], rv([0]), [13, 17]), ([13, 17], rv([1]), [13, 17]), ([13, 17], rv([0, 1]), [13, 17]),
    ([13, 17], rv([]), [13, 17]), ([3, 5, 7], rv([2, 0]), [3, 5, 7]), ([], rv([]), []), ([3, 0], rv([0, 1]), [3, 0]),
    (bigShape, rv([1]), bigShape), (bigShape, rv([0, 1]), bigShape),
  ])
}

// MARK: - Creation ops

private func constantCases() -> [OpFunction] {
  var out: [OpFunction] = []
  let splats: [DType: [String]] = [
    .f32: ["1.5", "-0.0", "nan", "-inf", "1e-45", "3.4028234663852886e38"],
    .f64: ["0.1", "-0.0", "inf", "nan", "5e-324", "1.7976931348623157e308"],
    .i32: ["-2147483648", "2147483647", "0", "-1"],
    .i64: ["-9223372036854775808", "9223372036854775807", "123456789012"],
    .i1: ["true", "false"],
  ]
  let dense: [DType: (String, [Int])] = [
    .f32: ("[[1.0, -0.0, nan], [inf, -inf, 1e-45], [0.1, -3.5, 16777217.0]]", [3, 3]),
    .f64: ("[[1.0, -0.0, nan], [inf, -inf, 5e-324], [0.1, -3.5, 9007199254740993.0]]", [3, 3]),
    .i32: ("[[-2147483648, 2147483647, 0], [-1, 1, 7], [3, 4, 5]]", [3, 3]),
    .i64: ("[[-9223372036854775808, 9223372036854775807, 0], [-1, 1, 7], [3, 4, 5]]", [3, 3]),
    .i1: ("[[true, false, true], [false, false, true], [true, true, false]]", [3, 3]),
  ]
  for d in everyDType {
    for (k, lit) in splats[d]!.enumerated() {
      for s in [[], [0], [7], [3, 5], bigShape] {
        let t = TT(d, s)
        out.append(opFunc("constant\(k)_\(tyName(t))", params: [], results: [t], body: ["%r = constant \(lit) : \(t)"]))
      }
      // A splat inside a computing kernel.
      let t = TT(d, [13, 17])
      out.append(opFunc("constant\(k)_used_\(tyName(t))", params: [t.with(dtype: .i1), t], results: [t], body: [
        "%c = constant \(lit) : \(t)", "%r = select %a0, %c, %a1 : \(t)",
      ]))
    }
    let (lit, s) = dense[d]!
    let t = TT(d, s)
    out.append(opFunc("constant_dense_\(tyName(t))", params: [], results: [t], body: ["%r = constant \(lit) : \(t)"]))
    // A dense literal read through an index map and inside a flat kernel.
    out.append(opFunc("constant_dense_used_\(tyName(t))", params: [t.with(dtype: .i1), t], results: [t], body: [
      "%c = constant \(lit) : \(t)", "%r = select %a0, %c, %a1 : \(t)",
    ]))
    out.append(opFunc("constant_dense_transposed_\(tyName(t))", params: [t.with(dtype: .i1), t], results: [t], body: [
      "%c = constant \(lit) : \(t)", "%ct = transpose %c, perm=[1, 0] : \(t)", "%r = select %a0, %ct, %a1 : \(t)",
    ]))
    out.append(opFunc("constant_empty_\(tyName(TT(d, [3, 0])))", params: [], results: [TT(d, [3, 0])],
                      body: ["%r = constant [[], [], []] : \(TT(d, [3, 0]))"]))
  }
  return out
}

private func iotaCases() -> [OpFunction] {
  var out: [OpFunction] = []
  for d in numeric {
    for (s, dim) in [([7], 0), ([3, 5], 0), ([3, 5], 1), ([2, 3, 4], 1), ([0], 0), ([3, 0], 0), ([3, 0], 1),
                     (bigShape, 0), (bigShape, 1)] {
      let t = TT(d, s)
      out.append(opFunc("iota\(dim)_\(tyName(t))", params: [], results: [t], body: ["%r = iota dim=\(dim) : \(t)"]))
      // Inside a flat kernel with a parameter.
      out.append(opFunc("iota\(dim)_used_\(tyName(t))", params: [t], results: [t], body: [
        "%i = iota dim=\(dim) : \(t)", "%r = \(d.isFloat ? "mul" : "add") %a0, %i : \(t)",
      ]))
    }
  }
  return out
}

// MARK: - Reductions

/// One reduction function: `prefix` computes `input` (of type `it`) from the
/// parameters, then `op` reduces it over `dims`. Float sums get their bound
/// helper (the same prefix, then Σ|x| in f64); float products their input style.
private func reductionFunction(_ op: String, _ name: String, params: [TensorType], prefix: [String] = [], input: String = "%a0",
                               _ it: TensorType, dims: [Int], extraResults: [String] = [], terms: Int? = nil,
                               boundBody: [String]? = nil) -> OpFunction {
  let d = it.dtype
  let kept = it.shape.indices.filter { !dims.contains($0) }.map { it.shape[$0] }
  let r = TensorType(d, kept)
  let n = terms ?? dims.reduce(1) { $0 * it.shape[$1] }
  var style: InputStyle = .general
  var check: OpCheck = .exact
  var helpers: [String] = []
  if d.isFloat {
    switch op {
    case "reduce_sum":
      style = .bounded(specials: 4)
      check = .reorderedSum(bound: name + "__bound", terms: n)
      helpers = [opFunc(name + "__bound", params: params, results: [TensorType(.f64, kept)], body: boundBody ?? prefix + [
        "%ab = abs \(input) : \(it)", "%c = convert %ab : \(it.with(dtype: .f64))",
        "%r = reduce_sum %c, dims=\(listText(dims)) : \(TensorType(.f64, kept))",
      ]).text]
    case "reduce_prod":
      // Exact products for the big reductions, rounded ones for the others.
      if n > 400 { style = .powersOfTwo(specials: 3) } else {
        style = .product(specials: 3)
        check = .reorderedProduct(terms: n)
      }
    default:
      style = .bounded(specials: 4)
    }
  }
  let results = [r] + extraResults.map { _ in it }
  return opFunc(name, params: params, results: results,
                body: prefix + ["%r = \(op) \(input), dims=\(listText(dims)) : \(r)"], returns: ["%r"] + extraResults,
                style: style, check: check, helpers: helpers)
}

private func reductionCases(_ op: String) -> [OpFunction] {
  var out: [OpFunction] = []
  let cases: [([Int], [Int])] = [
    ([7], [0]), ([7], []), ([], []), ([3, 5], [0]), ([3, 5], [1]), ([3, 5], [0, 1]), ([3, 5], [1, 0]),
    ([3, 5, 7], [0, 2]), ([3, 5, 7], [1]), ([3, 5, 7], [2]), ([3, 5, 7], [0]), ([3, 5, 7], [2, 1, 0]),
    ([0], [0]), ([3, 0], [1]), ([3, 0], [0]), ([3, 0], [0, 1]), ([0, 4], [0]),
    (bigShape, [1]), (bigShape, [0]), (bigShape, [0, 1]), ([13, 17], [1]),
  ]
  for d in numeric {
    for (k, (s, dims)) in cases.enumerated() {
      let t = TT(d, s)
      out.append(reductionFunction(op, "\(op)\(k)_\(tyName(t))", params: [t], t, dims: dims))
      // The reduced operand computed in the reduction's kernel (through a
      // transpose, so it is read through an index map).
      if s.count == 2 {
        let tt = TT(d, [s[1], s[0]])
        out.append(reductionFunction(op, "\(op)\(k)_fused_\(tyName(t))", params: [tt],
                                     prefix: ["%t = transpose %a0, perm=[1, 0] : \(t)", "%n = neg %t : \(t)"], input: "%n",
                                     t, dims: dims))
      }
    }
    // A broadcast operand (one element read many times), a reduction of a
    // reduction, and the reduced value also a result (materialized once, read twice).
    let row = TT(d, [17]), m = TT(d, [13, 17]), cube = TT(d, [3, 5, 7])
    for dims in [[0], [1], [0, 1]] {
      out.append(reductionFunction(op, "\(op)_of_broadcast\(dims.count)\(dims[0])_\(d)", params: [row],
                                   prefix: ["%b = broadcast_in_dim %a0, dims=[1] : \(m)"], input: "%b", m, dims: dims))
    }
    // (Its float sum is bounded by Σ|x| over both reductions, 21 terms.)
    let c64 = TT(.f64, [3, 5, 7])
    out.append(reductionFunction(op, "\(op)_of_reduction_\(d)", params: [cube],
                                 prefix: ["%s = \(op) %a0, dims=[2] : \(TT(d, [3, 5]))"], input: "%s", TT(d, [3, 5]), dims: [0],
                                 terms: 21, boundBody: ["%ab = abs %a0 : \(cube)", "%c = convert %ab : \(c64)",
                                                        "%r = reduce_sum %c, dims=[2, 0] : \(TT(.f64, [5]))"]))
    if !(d.isFloat && op == "reduce_sum") {
      out.append(reductionFunction(op, "\(op)_and_operand_\(d)", params: [m], prefix: ["%n = neg %a0 : \(m)"], input: "%n",
                                   m, dims: [1], extraResults: ["%n"]))
    }
  }
  return out
}

private func argReductionCases(_ op: String) -> [OpFunction] {
  var out: [OpFunction] = []
  let cases: [([Int], Int)] = [
    ([7], 0), ([3, 5], 0), ([3, 5], 1), ([13, 17], 0), ([13, 17], 1), ([3, 5, 7], 0), ([3, 5, 7], 1), ([3, 5, 7], 2),
    ([3, 0], 0), ([1], 0), (bigShape, 0), (bigShape, 1),
  ]
  for d in numeric {
    for it in [DType.i32, .i64] {
      for (k, (s, dim)) in cases.enumerated() {
        let t = TT(d, s)
        var rs = s
        rs.remove(at: dim)
        let r = TT(it, rs)
        out.append(opFunc("\(op)\(k)_\(it)_\(tyName(t))", params: [t], results: [r],
                          body: ["%r = \(op) %a0, dim=\(dim) : \(r)"], style: .ties))
        if d == .f32 || d == .i64 {
          out.append(opFunc("\(op)\(k)_\(it)_random_\(tyName(t))", params: [t], results: [r],
                            body: ["%r = \(op) %a0, dim=\(dim) : \(r)"], style: .general))
        }
      }
    }
    // Through index maps: a reversed operand, and a broadcast one (all ties).
    let m = TT(d, [13, 17])
    out.append(opFunc("\(op)_of_reverse_\(d)", params: [m], results: [TT(.i32, [13])], body: [
      "%v = reverse %a0, dims=[1] : \(m)", "%r = \(op) %v, dim=1 : \(TT(.i32, [13]))",
    ], style: .ties))
    out.append(opFunc("\(op)_of_broadcast_\(d)", params: [TT(d, [13])], results: [TT(.i64, [13])], body: [
      "%b = broadcast_in_dim %a0, dims=[0] : \(m)", "%r = \(op) %b, dim=1 : \(TT(.i64, [13]))",
    ], style: .ties))
  }
  return out
}

// MARK: - Contractions

private func dotCases() -> [OpFunction] {
  var out: [OpFunction] = []
  // (lhs, rhs, batch, contract, result)
  let cases: [([Int], [Int], ([Int], [Int]), ([Int], [Int]), [Int], String)] = [
    ([13, 17], [17, 7], ([], []), ([1], [0]), [13, 7], "matmul"),
    ([7], [7], ([], []), ([0], [0]), [], "inner"),
    ([13, 17], [17], ([], []), ([1], [0]), [13], "matvec"),
    ([3, 5, 7], [3, 7, 4], ([0], [0]), ([2], [1]), [3, 5, 4], "batched"),
    ([17, 13], [17, 7], ([], []), ([0], [0]), [13, 7], "transposed_lhs"),
    ([13, 17], [7, 17], ([], []), ([1], [1]), [13, 7], "transposed_rhs"),
    ([17, 13], [7, 17], ([], []), ([0], [1]), [13, 7], "both_transposed"),
    ([5, 3, 7], [7, 3, 4], ([1], [1]), ([2], [0]), [3, 5, 4], "batch_in_middle_copy"),
    ([4, 5, 6], [6, 5, 3], ([], []), ([1, 2], [1, 0]), [4, 3], "two_contract_dims_copy"),
    ([3, 4, 5], [5, 2, 3], ([0], [2]), ([2], [0]), [3, 4, 2], "batch_last_copy"),
    ([7], [5], ([], []), ([], []), [7, 5], "outer_empty_contract"),
    ([3, 4], [3, 2], ([0], [0]), ([], []), [3, 4, 2], "batched_empty_contract"),
    ([3, 0], [0, 4], ([], []), ([1], [0]), [3, 4], "zero_k"),
    ([0, 5], [5, 4], ([], []), ([1], [0]), [0, 4], "zero_m"),
    ([2, 3], [3, 2, 0], ([], []), ([1], [0]), [2, 2, 0], "zero_n"),
    ([67, 129], [129, 33], ([], []), ([1], [0]), [67, 33], "big"),
    ([2, 65, 64], [2, 64, 31], ([0], [0]), ([2], [1]), [2, 65, 31], "big_batched"),
    ([129, 67], [33, 129], ([], []), ([0], [1]), [67, 33], "big_both_transposed"),
  ]
  for d in numeric {
    for (lhs, rhs, batch, contract, res, tag) in cases {
      let a = TT(d, lhs), b = TT(d, rhs), r = TT(d, res)
      let attrs = (batch.0.isEmpty ? "" : "batch=[\(listText(batch.0)), \(listText(batch.1))], ")
        + "contract=[\(listText(contract.0)), \(listText(contract.1))]"
      let terms = contract.0.reduce(1) { $0 * lhs[$1] }
      for fused in [false, true] {
        let name = "dot_\(tag)\(fused ? "_fused" : "")_\(d)"
        var body = fused ? ["%p = neg %a0 : \(a)", "%q = neg %a1 : \(b)"] : []
        let (x, y) = fused ? ("%p", "%q") : ("%a0", "%a1")
        body.append("%d = dot_general \(x), \(y), \(attrs) : \(r)")
        // The result consumed by a fused elementwise op.
        body.append(fused ? "%r = neg %d : \(r)" : "%r = stop_gradient %d : \(r)")
        if d.isFloat {
          let (a64, b64, r64) = (a.with(dtype: .f64), b.with(dtype: .f64), r.with(dtype: .f64))
          let helper = opFunc(name + "__bound", params: [a, b], results: [r64], body: [
            "%x = abs %a0 : \(a)", "%y = abs %a1 : \(b)", "%x6 = convert %x : \(a64)", "%y6 = convert %y : \(b64)",
            "%r = dot_general %x6, %y6, \(attrs) : \(r64)",
          ]).text
          out.append(opFunc(name, params: [a, b], results: [r], body: body, style: .bounded(specials: 2),
                            check: .reorderedSum(bound: name + "__bound", terms: terms), helpers: [helper]))
        } else {
          out.append(opFunc(name, params: [a, b], results: [r], body: body))
        }
      }
    }
  }
  // An operand that is a transposed parameter (materialized for BLAS), and
  // for integers a product of products.
  for d in numeric {
    let a = TT(d, [17, 13]), b = TT(d, [17, 7]), r = TT(d, [13, 7])
    let name = "dot_of_transpose_\(d)"
    let body = ["%t = transpose %a0, perm=[1, 0] : \(TT(d, [13, 17]))", "%r = dot_general %t, %a1, contract=[[1], [0]] : \(r)"]
    if d.isFloat {
      let helper = opFunc(name + "__bound", params: [a, b], results: [r.with(dtype: .f64)], body: [
        "%x = abs %a0 : \(a)", "%y = abs %a1 : \(b)", "%x6 = convert %x : \(a.with(dtype: .f64))",
        "%y6 = convert %y : \(b.with(dtype: .f64))", "%r = dot_general %x6, %y6, contract=[[0], [0]] : \(r.with(dtype: .f64))",
      ]).text
      out.append(opFunc(name, params: [a, b], results: [r], body: body, style: .bounded(specials: 2),
                        check: .reorderedSum(bound: name + "__bound", terms: 17), helpers: [helper]))
    } else {
      out.append(opFunc(name, params: [a, b], results: [r], body: body))
      out.append(opFunc("dot_of_dot_\(d)", params: [TT(d, [5, 6]), TT(d, [6, 7]), TT(d, [4, 7])], results: [TT(d, [5, 4])], body: [
        "%p = dot_general %a0, %a1, contract=[[1], [0]] : \(TT(d, [5, 7]))",
        "%r = dot_general %p, %a2, contract=[[1], [1]] : \(TT(d, [5, 4]))",
      ]))
    }
  }
  // The same operand on both sides.
  for d in [DType.f32, .i32] {
    let t = TT(d, [13, 17]), r = TT(d, [13, 13])
    let name = "dot_self_\(d)"
    let body = ["%r = dot_general %a0, %a0, contract=[[1], [1]] : \(r)"]
    if d.isFloat {
      let t64 = t.with(dtype: .f64)
      let helper = opFunc(name + "__bound", params: [t], results: [r.with(dtype: .f64)], body: [
        "%x = abs %a0 : \(t)", "%x6 = convert %x : \(t64)", "%r = dot_general %x6, %x6, contract=[[1], [1]] : \(r.with(dtype: .f64))",
      ]).text
      out.append(opFunc(name, params: [t], results: [r], body: body, style: .bounded(specials: 2),
                        check: .reorderedSum(bound: name + "__bound", terms: 17), helpers: [helper]))
    } else {
      out.append(opFunc(name, params: [t], results: [r], body: body))
    }
  }
  return out
}

// MARK: - Other ops

private func convertCases() -> [OpFunction] {
  var out: [OpFunction] = []
  for from in everyDType {
    for to in everyDType {
      for s in elementwiseShapes {
        let t = TT(from, s), r = TT(to, s)
        out.append(opFunc("convert_\(from)_to_\(tyName(r))", params: [t], results: [r],
                          body: ["%r = convert %a0 : \(r)"]))
      }
      let t = TT(from, [17, 13]), r = TT(to, [13, 17])
      out.append(opFunc("convert_\(from)_to_transposed_\(tyName(r))", params: [t], results: [r],
                        body: ["%t = transpose %a0, perm=[1, 0] : \(TT(from, [13, 17]))", "%r = convert %t : \(r)"]))
    }
  }
  return out
}

private func integerPowCases() -> [OpFunction] {
  var out: [OpFunction] = []
  for d in numeric {
    // Every shape for one exponent, a few shapes for the others.
    let ns = d.isFloat ? [3, 0, 1, 2, 5, 8, 13, -1, -2, -3, -7] : [3, 0, 1, 2, 7, 31, 64]
    for (k, n) in ns.enumerated() {
      out += elementwise("integer_pow", arity: 1, dtypes: [d], attrs: "n=\(n)", tag: "\(n < 0 ? "m" : "")\(abs(n))",
                         shapes: k == 0 ? elementwiseShapes : [[], [7], [13, 17]], nestedShapes: k == 0 ? [[13, 17], bigShape] : [])
    }
  }
  return out
}

private func selectCases() -> [OpFunction] {
  var out: [OpFunction] = []
  for d in everyDType {
    for s in elementwiseShapes {
      let t = TT(d, s), p = TT(.i1, s)
      out.append(opFunc("select_\(tyName(t))", params: [p, t, t], results: [t], body: ["%r = select %a0, %a1, %a2 : \(t)"]))
    }
    let t = TT(d, [13, 17]), p = TT(.i1, [13, 17])
    // Predicate computed from a compare, branches transposed / broadcast.
    out.append(opFunc("select_fused_\(tyName(t))", params: [t, TT(d, [17, 13]), TT(d, [])], results: [t], body: [
      "%z = broadcast_in_dim %a2, dims=[] : \(t)", "%p = \(d == .i1 ? "xor" : "lt") %a0, %z : \(p)",
      "%t = transpose %a1, perm=[1, 0] : \(t)", "%r = select %p, %t, %z : \(t)",
    ]))
  }
  return out
}

private func callCases() -> [OpFunction] {
  let t = TT(.f32, [13, 17]), l = TT(.i64, [7])
  var helper = opFunc("callee_f32", params: [t, t], results: [t, t], body: [
    "%s = add %a0, %a1 : \(t)", "%m = max %a0, %a1 : \(t)",
  ], returns: ["%s", "%m"])
  helper.text = helper.text.replacingOccurrences(of: "func @", with: "func private @")
  var helper2 = opFunc("callee_i64", params: [l], results: [l], body: ["%r = integer_pow %a0, n=3 : \(l)"])
  helper2.text = helper2.text.replacingOccurrences(of: "func @", with: "func private @")
  return [
    helper, helper2,
    opFunc("call_two_results", params: [t, t], results: [t], body: [
      "%x, %y = call @callee_f32(%a0, %a1) : (\(t), \(t))", "%r = sub %x, %y : \(t)",
    ]),
    opFunc("call_twice", params: [l], results: [l, l], body: [
      "%x = call @callee_i64(%a0) : \(l)", "%y = call @callee_i64(%x) : \(l)",
    ], returns: ["%x", "%y"]),
    // Results that are a parameter (through the call) and one value twice.
    opFunc("call_identity", params: [t, l], results: [t, l, t], body: [
      "%x, %y = call @callee_pass(%a0, %a1) : (\(t), \(l))",
    ], returns: ["%x", "%y", "%x"]),
  ] + [{
    var f = opFunc("callee_pass", params: [t, l], results: [t, l], body: [], returns: ["%a0", "%a1"])
    f.text = f.text.replacingOccurrences(of: "func @", with: "func private @")
    return f
  }()]
}

/// `cond`: the branch taken at run time (i1 both ways, i32 indices clamped
/// from random values), several results written in place or to the arena,
/// a branch yielding a parameter, zero-size results, operands computed by
/// fused expressions, nested conds, results feeding later kernels.
private func condCases() -> [OpFunction] {
  let t = TT(.f32, [13, 17]), d = TT(.f64, [5]), z = TT(.f32, [0, 3]), s = TT(.f32, [])
  return [
    opFunc("cond_i1", params: [TT(.i1, []), t, t], results: [t, s], body: [
      "%x = mul %a1, %a2 : \(t)",
      "%r, %q = cond %a0, %x, %a2 : (\(t), \(s))",
      "  then(%u: \(t), %v: \(t)) {",
      "    %w = sub %u, %v : \(t)",
      "    %m = max %w, %u : \(t)",
      "    %o = constant 1.5 : \(s)",
      "    yield %m, %o",
      "  }",
      "  else(%u: \(t), %v: \(t)) {",
      "    %o = constant -2.0 : \(s)",
      "    yield %v, %o",
      "  }",
    ], returns: ["%r", "%q"]),
    opFunc("cond_index", params: [TT(.i32, []), d, z], results: [d, z, d, d], body: [
      "%r, %e = cond %a0, %a1, %a2 : (\(d), \(z))",
      "  branch(%u: \(d), %v: \(z)) {",
      "    %n = neg %u : \(d)",
      "    yield %n, %v",
      "  }",
      "  branch(%u: \(d), %v: \(z)) {",
      "    %n = add %u, %u : \(d)",
      "    %k = constant 0.0 : \(z)",
      "    yield %n, %k",
      "  }",
      "  branch(%u: \(d), %v: \(z)) {",
      "    %i = iota dim=0 : \(d)",
      "    %n = mul %u, %i : \(d)",
      "    yield %n, %v",
      "  }",
      "%a = add %r, %a1 : \(d)",
    ], returns: ["%r", "%e", "%a", "%r"]),
    opFunc("cond_nested", params: [t, t], results: [t], body: [
      "%z = constant 0.0 : \(t)",
      "%c = gt %a0, %z : \(TT(.i1, [13, 17]))",
      "%ci = convert %c : \(TT(.i32, [13, 17]))",
      "%n = reduce_max %ci, dims=[0, 1] : i32[]",
      "%p = convert %n : i1[]",
      "%r = cond %p, %a0, %a1 : \(t)",
      "  then(%u: \(t), %v: \(t)) {",
      "    %q = constant false : i1[]",
      "    %w = cond %q, %u, %v : \(t)",
      "      then(%x: \(t), %y: \(t)) {",
      "        yield %x",
      "      }",
      "      else(%x: \(t), %y: \(t)) {",
      "        %m = mul %x, %y : \(t)",
      "        yield %m",
      "      }",
      "    yield %w",
      "  }",
      "  else(%u: \(t), %v: \(t)) {",
      "    %m = sub %v, %u : \(t)",
      "    yield %m",
      "  }",
    ]),
  ]
}

// MARK: - The table

struct CompiledOpCase: Sendable, CustomTestStringConvertible {
  var op: String
  var functions: @Sendable () -> [OpFunction]
  var testDescription: String { op }
}

private func unaryMath(_ op: String) -> CompiledOpCase {
  CompiledOpCase(op: op) { elementwise(op, arity: 1, dtypes: floats, check: mathCheck) }
}

private func compareCase(_ op: String) -> CompiledOpCase {
  CompiledOpCase(op: op) { elementwise(op, arity: 2, dtypes: everyDType, result: { _ in .i1 }) }
}

let compiledOpCases: [CompiledOpCase] = [
  unaryMath("exp"), unaryMath("log"), unaryMath("log1p"), unaryMath("expm1"),
  // sqrt is an IEEE operation (correctly rounded); rsqrt is 1/sqrt(x), two of them.
  CompiledOpCase(op: "sqrt") { elementwise("sqrt", arity: 1, dtypes: floats) },
  CompiledOpCase(op: "rsqrt") { elementwise("rsqrt", arity: 1, dtypes: floats) },
  unaryMath("sin"), unaryMath("cos"), unaryMath("tan"), unaryMath("tanh"), unaryMath("logistic"), unaryMath("erf"),
  CompiledOpCase(op: "floor") { elementwise("floor", arity: 1, dtypes: floats) },
  CompiledOpCase(op: "ceil") { elementwise("ceil", arity: 1, dtypes: floats) },
  CompiledOpCase(op: "neg") { elementwise("neg", arity: 1, dtypes: numeric) },
  CompiledOpCase(op: "abs") { elementwise("abs", arity: 1, dtypes: numeric) },
  CompiledOpCase(op: "sign") { elementwise("sign", arity: 1, dtypes: numeric) },
  CompiledOpCase(op: "is_finite") { elementwise("is_finite", arity: 1, dtypes: floats, result: { _ in .i1 }) },
  CompiledOpCase(op: "not") { elementwise("not", arity: 1, dtypes: intOrBool) },
  CompiledOpCase(op: "integer_pow") { integerPowCases() },
  CompiledOpCase(op: "add") { elementwise("add", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "sub") { elementwise("sub", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "mul") { elementwise("mul", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "div") { elementwise("div", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "rem") { elementwise("rem", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "max") { elementwise("max", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "min") { elementwise("min", arity: 2, dtypes: numeric) },
  CompiledOpCase(op: "pow") { elementwise("pow", arity: 2, dtypes: floats, check: mathCheck) },
  CompiledOpCase(op: "atan2") { elementwise("atan2", arity: 2, dtypes: floats, check: mathCheck) },
  CompiledOpCase(op: "and") { elementwise("and", arity: 2, dtypes: intOrBool) },
  CompiledOpCase(op: "or") { elementwise("or", arity: 2, dtypes: intOrBool) },
  CompiledOpCase(op: "xor") { elementwise("xor", arity: 2, dtypes: intOrBool) },
  compareCase("eq"), compareCase("ne"), compareCase("lt"), compareCase("le"), compareCase("gt"), compareCase("ge"),
  CompiledOpCase(op: "select") { selectCases() },
  CompiledOpCase(op: "clamp") { elementwise("clamp", arity: 3, dtypes: numeric) },
  CompiledOpCase(op: "convert") { convertCases() },
  CompiledOpCase(op: "stop_gradient") { elementwise("stop_gradient", arity: 1, dtypes: everyDType) },
  CompiledOpCase(op: "constant") { constantCases() },
  CompiledOpCase(op: "iota") { iotaCases() },
  CompiledOpCase(op: "broadcast_in_dim") { broadcastCases() },
  CompiledOpCase(op: "reshape") { reshapeCases() },
  CompiledOpCase(op: "transpose") { transposeCases() },
  CompiledOpCase(op: "slice") { sliceCases() },
  CompiledOpCase(op: "pad") { padCases() },
  CompiledOpCase(op: "concatenate") { concatenateCases() },
  CompiledOpCase(op: "reverse") { reverseCases() },
  CompiledOpCase(op: "gather") { gatherCompiledCases() },
  CompiledOpCase(op: "scatter_add") { scatterAddCompiledCases() },
  CompiledOpCase(op: "dynamic_slice") { dynamicSliceCompiledCases() },
  CompiledOpCase(op: "dynamic_update_slice") { dynamicUpdateSliceCompiledCases() },
  CompiledOpCase(op: "cumsum") { cumulativeCompiledCases("cumsum") },
  CompiledOpCase(op: "cumprod") { cumulativeCompiledCases("cumprod") },
  CompiledOpCase(op: "cummax") { cumulativeCompiledCases("cummax") },
  CompiledOpCase(op: "cummin") { cumulativeCompiledCases("cummin") },
  CompiledOpCase(op: "sort") { sortCompiledCases() },
  CompiledOpCase(op: "reduce_sum") { reductionCases("reduce_sum") },
  CompiledOpCase(op: "reduce_prod") { reductionCases("reduce_prod") },
  CompiledOpCase(op: "reduce_max") { reductionCases("reduce_max") },
  CompiledOpCase(op: "reduce_min") { reductionCases("reduce_min") },
  CompiledOpCase(op: "argmax") { argReductionCases("argmax") },
  CompiledOpCase(op: "argmin") { argReductionCases("argmin") },
  CompiledOpCase(op: "dot_general") { dotCases() },
  CompiledOpCase(op: "call") { callCases() },
  // The random-numbers family (Ops/Bits.swift): shift amounts include 0, ±1, MIN, MAX and full-range values.
  CompiledOpCase(op: "shift_left") { elementwise("shift_left", arity: 2, dtypes: [.i32, .i64]) + shiftCompiledCases("shift_left") },
  CompiledOpCase(op: "shift_right_logical") {
    elementwise("shift_right_logical", arity: 2, dtypes: [.i32, .i64]) + shiftCompiledCases("shift_right_logical")
  },
  CompiledOpCase(op: "shift_right_arithmetic") {
    elementwise("shift_right_arithmetic", arity: 2, dtypes: [.i32, .i64]) + shiftCompiledCases("shift_right_arithmetic")
  },
  CompiledOpCase(op: "bitcast_convert") { bitcastCompiledCases() },
  CompiledOpCase(op: "erf_inv") { elementwise("erf_inv", arity: 1, dtypes: floats, check: mathCheck, style: .bounded(specials: 3)) },
  CompiledOpCase(op: "fma") { elementwise("fma", arity: 3, dtypes: floats) },
  CompiledOpCase(op: "cond") { condCases() },
  CompiledOpCase(op: "scan") { scanCompiledCases() },
  CompiledOpCase(op: "while") { whileCompiledCases() },
  CompiledOpCase(op: "conv") { convCompiledCases() },
]

@Suite struct CompiledOpTests {
  @Test(arguments: compiledOpCases)
  func compiledEqualsInterpreter(_ c: CompiledOpCase) throws {
    let fns = c.functions()
    #expect(!fns.isEmpty)
    print("compiled op test: \(c.op): \(fns.count) functions")
    let problems = try runCompiledCases(fns)
    #expect(problems.isEmpty, "\(c.op): \(problems.count) of \(fns.count) functions disagree:\n\(problems.prefix(20).joined(separator: "\n"))")
  }

  /// Without LLVM's optimisation (no vectorizer, scalar libm calls), for
  /// the ops whose lowering has the most cases of its own.
  @Test(arguments: compiledOpCases.filter { ["convert", "div", "rem", "clamp", "reduce_sum", "argmax", "dot_general",
                                             "logistic"].contains($0.op) })
  func compiledAtO0EqualsInterpreter(_ c: CompiledOpCase) throws {
    let fns = c.functions()
    let problems = try runCompiledCases(fns, optLevel: 0)
    #expect(problems.isEmpty, "\(c.op) at -O0: \(problems.count) of \(fns.count) functions disagree:\n\(problems.prefix(20).joined(separator: "\n"))")
  }

  @Test func everyOpHasACompiledCase() {
    let covered = Set(compiledOpCases.map(\.op))
    let missing = OpRegistry.all.map(\.name).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "ops of OpRegistry.all without a compiled-vs-interpreter case: \(missing)")
    #expect(covered.count == compiledOpCases.count, "an op has two cases")
  }

  /// The checks themselves: they catch what they must.
  @Test func checksCatchDifferences() {
    let f = { (v: [Float]) in HostTensor(v, shape: [v.count]) }
    #expect(checkResult(f([0, .nan, 1]), f([0, -.nan, 1]), .exact, bound: nil) == nil)
    #expect(checkResult(f([-0.0]), f([0]), .exact, bound: nil) != nil)
    #expect(checkResult(f([Float(1).nextUp]), f([1]), .exact, bound: nil) != nil)
    #expect(checkResult(f([.nan]), f([.infinity]), .math, bound: nil) != nil)
    #expect(checkResult(f([-0.0]), f([0]), .math, bound: nil) != nil)
    let four = (0..<4).reduce(Float(1)) { x, _ in x.nextUp }
    #expect(checkResult(f([four]), f([1]), .math, bound: nil) == nil)
    #expect(checkResult(f([four.nextUp]), f([1]), .math, bound: nil) != nil)
    let d = { (v: [Double]) in HostTensor(v, shape: [v.count]) }
    #expect(checkResult(d([1 + 4e-16]), d([1]), .math, bound: nil) == nil)
    #expect(checkResult(d([1 + 2e-15]), d([1]), .math, bound: nil) != nil)
    // A sum of 3 terms with Σ|x| = 2^20: tolerance 2·3·2^-24·2^20 = 0.375.
    #expect(checkResult(f([100.25]), f([100]), .reorderedSum(bound: "", terms: 3), bound: d([0x1p20])) == nil)
    #expect(checkResult(f([100.5]), f([100]), .reorderedSum(bound: "", terms: 3), bound: d([0x1p20])) != nil)
    #expect(checkResult(f([.infinity]), f([.nan]), .reorderedSum(bound: "", terms: 3), bound: d([.infinity])) != nil)
    #expect(checkResult(HostTensor([Int32(1)], shape: [1]), HostTensor([Int32(2)], shape: [1]), .math, bound: nil) != nil)
  }

  /// Each case's functions use the op it names (so a case cannot silently test another op).
  @Test func everyCaseUsesItsOp() {
    for c in compiledOpCases {
      let fns = c.functions()
      let uses = fns.filter { f in f.text.contains(" = \(c.op) ") || (c.op == "call" && f.text.contains(" = call @")) }
      #expect(!uses.isEmpty, "case \(c.op) has no function using it")
    }
  }
}

// MARK: - The random-numbers family (Ops/Bits.swift)

/// Shifts by amounts in [-3, 66] (every in-range amount and the edges
/// around the bit width), a full-range value per lane: `amounts` = a1 rem 70 − 3.
func shiftCompiledCases(_ op: String) -> [OpFunction] {
  [DType.i32, .i64].map { d in
    let t = TensorType(d, [9, 17])
    return opFunc("\(op)_\(tyName(t))_amounts", params: [t, t], results: [t], body: [
      "%m = constant 70 : \(t)", "%k = constant 3 : \(t)",
      "%q = rem %a1, %m : \(t)", "%p = add %q, %m : \(t)", "%w = rem %p, %m : \(t)", "%n = sub %w, %k : \(t)",
      "%r = \(op) %a0, %n : \(t)",
    ])
  }
}

/// bitcast_convert both ways for both widths, and a round trip (the bits stay).
func bitcastCompiledCases() -> [OpFunction] {
  var out: [OpFunction] = []
  for (from, to) in [(DType.i32, DType.f32), (.f32, .i32), (.i64, .f64), (.f64, .i64)] {
    for shape in [[7], [13, 17], [0, 3]] {
      let (a, r) = (TensorType(from, shape), TensorType(to, shape))
      out.append(opFunc("bitcast_\(tyName(a))_\(to)", params: [a], results: [r], body: ["%r = bitcast_convert %a0 : \(r)"]))
      out.append(opFunc("bitcast_back_\(tyName(a))_\(to)", params: [a], results: [a], body: [
        "%b = bitcast_convert %a0 : \(r)", "%r = bitcast_convert %b : \(a)",
      ]))
    }
  }
  return out
}
