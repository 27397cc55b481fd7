import Foundation
import Testing
@testable import FTIR
import FTCTool
import Transforms

// vmap (spec section 5, issue "vmap"): for every op, vmap(f)(xs) equals
// stacking f over the mapped axis, both evaluated by the reference
// interpreter, for seeded random in_axes (none, negative, non-leading) and
// out_axes; every batched/unbatched combination of the operands; size 0 and
// 1. The comparison is bitwise: a batching rule applies the same operations
// to the same elements (reductions and dot_general keep their per-group
// summation order), so no tolerance is needed anywhere in this table.

// MARK: - The per-op table

/// One op's test functions (each a `func @f`), run as one test case.
struct BatchOpCase: Sendable, CustomTestStringConvertible {
  var op: String
  var functions: [String]
  var testDescription: String { op }
}

/// `func @f(%a: P0, %b: P1, ...) -> R { %r = BODY : R; return %r }`.
private func one(_ params: [String], _ body: String, _ result: String) -> String {
  let names = ["a", "b", "c", "d"]
  let ps = params.enumerated().map { "%\(names[$0]): \($1)" }.joined(separator: ", ")
  return "func @f(\(ps)) -> \(result) {\n  %r = \(body) : \(result)\n  return %r\n}\n"
}

/// A function written out: `sig` from the parameter list on, then body lines.
private func fn(_ sig: String, _ lines: String...) -> String {
  "func @f\(sig) {\n" + lines.map { "  \($0)\n" }.joined() + "}\n"
}

private func unary(_ op: String, _ types: [String], result: ((String) -> String)? = nil) -> BatchOpCase {
  BatchOpCase(op: op, functions: types.map { one([$0], "\(op) %a", result?($0) ?? $0) })
}

private func binary(_ op: String, _ types: [String], result: ((String) -> String)? = nil) -> BatchOpCase {
  BatchOpCase(op: op, functions: types.map { one([$0, $0], "\(op) %a, %b", result?($0) ?? $0) })
}

private func toI1(_ t: String) -> String { "i1" + t.drop(while: { $0 != "[" }) }

enum BatchTable {
  static let unaryMath = ["exp", "log", "log1p", "expm1", "sqrt", "rsqrt", "sin", "cos", "tan", "tanh", "logistic", "erf", "floor", "ceil"]
  static let binaryArith = ["add", "sub", "mul", "div", "rem", "max", "min"]
  static let compares = ["eq", "ne", "lt", "le", "gt", "ge"]

  static var cases: [BatchOpCase] {
    var out: [BatchOpCase] = []
    for op in unaryMath { out.append(unary(op, ["f32[2,3]", "f64[3]"])) }
    for op in ["neg", "abs", "sign"] { out.append(unary(op, ["f32[2,3]", "f64[4]", "i32[3,2]", "i64[2]"])) }
    out.append(unary("is_finite", ["f32[2,3]", "f64[3]"], result: toI1))
    out.append(unary("not", ["i32[2,3]", "i64[3]", "i1[3,2]"]))
    out.append(BatchOpCase(op: "integer_pow", functions: [
      one(["f32[2,3]"], "integer_pow %a, n=3", "f32[2,3]"),
      one(["f64[3]"], "integer_pow %a, n=-2", "f64[3]"),
      one(["i32[2,2]"], "integer_pow %a, n=5", "i32[2,2]"),
      one(["i64[3]"], "integer_pow %a, n=0", "i64[3]"),
      one(["f32[2]"], "integer_pow %a, n=1", "f32[2]"),
    ]))
    for op in binaryArith { out.append(binary(op, ["f32[2,3]", "f64[3]", "i32[3,2]", "i64[2]"])) }
    for op in ["pow", "atan2"] { out.append(binary(op, ["f32[2,3]", "f64[3]"])) }
    for op in ["and", "or", "xor"] { out.append(binary(op, ["i32[2,3]", "i64[3]", "i1[3,2]"])) }
    for op in compares { out.append(binary(op, ["f32[2,3]", "f64[3]", "i32[3]", "i64[2,2]", "i1[4]"], result: toI1)) }
    out.append(BatchOpCase(op: "select", functions: [
      one(["i1[2,3]", "f32[2,3]", "f32[2,3]"], "select %a, %b, %c", "f32[2,3]"),
      one(["i1[3]", "i32[3]", "i32[3]"], "select %a, %b, %c", "i32[3]"),
      one(["i1[2,2]", "i1[2,2]", "i1[2,2]"], "select %a, %b, %c", "i1[2,2]"),
      one(["i1[2]", "f64[2]", "f64[2]"], "select %a, %b, %c", "f64[2]"),
    ]))
    out.append(BatchOpCase(op: "clamp", functions: [
      one(["f32[2,3]", "f32[2,3]", "f32[2,3]"], "clamp %a, %b, %c", "f32[2,3]"),
      one(["i32[3]", "i32[3]", "i32[3]"], "clamp %a, %b, %c", "i32[3]"),
      one(["f64[2,2]", "f64[2,2]", "f64[2,2]"], "clamp %a, %b, %c", "f64[2,2]"),
      one(["i64[2]", "i64[2]", "i64[2]"], "clamp %a, %b, %c", "i64[2]"),
    ]))
    out.append(BatchOpCase(op: "convert", functions: [
      one(["f32[2,3]"], "convert %a", "i32[2,3]"),
      one(["i32[3]"], "convert %a", "f64[3]"),
      one(["f64[3]"], "convert %a", "i1[3]"),
      one(["i1[2,2]"], "convert %a", "f32[2,2]"),
      one(["i64[3]"], "convert %a", "i32[3]"),
      one(["f32[2]"], "convert %a", "f64[2]"),
      one(["f64[2,1]"], "convert %a", "f32[2,1]"),
      one(["i32[2]"], "convert %a", "i64[2]"),
    ]))
    out.append(unary("stop_gradient", ["f32[2,3]", "i32[3]", "i1[2]"]))
    // The random-numbers family (Ops/Bits.swift).
    for op in ["shift_left", "shift_right_logical", "shift_right_arithmetic"] { out.append(binary(op, ["i32[2,3]", "i64[3]"])) }
    out.append(BatchOpCase(op: "bitcast_convert", functions: [
      one(["i32[2,3]"], "bitcast_convert %a", "f32[2,3]"), one(["f64[3]"], "bitcast_convert %a", "i64[3]"),
    ]))
    out.append(unary("erf_inv", ["f32[2,3]", "f64[3]"]))
    out.append(BatchOpCase(op: "fma", functions: [
      one(["f32[2,3]", "f32[2,3]", "f32[2,3]"], "fma %a, %b, %c", "f32[2,3]"),
      one(["f64[3]", "f64[3]", "f64[3]"], "fma %a, %b, %c", "f64[3]"),
    ]))
    // Nullary ops inside a function with an input: a mapped use, and the
    // unmapped value itself returned (broadcast, or `none` in out_axes).
    out.append(BatchOpCase(op: "constant", functions: [
      fn("(%a: f32[2,2]) -> (f32[2,2], f32[2,2], i32[3])",
         "%c = constant [[1.0, 2.0], [3.0, -0.0]] : f32[2,2]",
         "%r = add %a, %c : f32[2,2]",
         "%k = constant 7 : i32[3]",
         "return %r, %c, %k"),
      fn("(%a: i64[3], %b: i64[3]) -> i64[3]",
         "%c = constant [1, -2, 3] : i64[3]",
         "%m = mul %a, %c : i64[3]",
         "%r = sub %m, %b : i64[3]",
         "return %r"),
    ]))
    out.append(BatchOpCase(op: "iota", functions: [
      fn("(%a: i32[2,3]) -> (i32[2,3], f32[3,2])",
         "%i = iota dim=1 : i32[2,3]",
         "%r = mul %a, %i : i32[2,3]",
         "%j = iota dim=0 : f32[3,2]",
         "return %r, %j"),
      fn("(%a: f64[4]) -> f64[4]",
         "%i = iota dim=0 : f64[4]",
         "%r = add %i, %a : f64[4]",
         "return %r"),
    ]))
    out.append(BatchOpCase(op: "broadcast_in_dim", functions: [
      one(["f32[3]"], "broadcast_in_dim %a, dims=[1]", "f32[2,3,4]"),
      one(["f32[1,3]"], "broadcast_in_dim %a, dims=[0, 1]", "f32[4,3]"),
      one(["f32[3,1]"], "broadcast_in_dim %a, dims=[0, 2]", "f32[3,2,5]"),
      one(["i32[]"], "broadcast_in_dim %a, dims=[]", "i32[2,2]"),
      one(["i1[2]"], "broadcast_in_dim %a, dims=[0]", "i1[2,3]"),
      one(["f64[2,3]"], "broadcast_in_dim %a, dims=[0, 1]", "f64[2,3]"),
    ]))
    out.append(BatchOpCase(op: "reshape", functions: [
      one(["f32[2,3,4]"], "reshape %a", "f32[6,4]"),
      one(["f32[2,3,4]"], "reshape %a", "f32[4,3,2]"),
      one(["i32[6]"], "reshape %a", "i32[2,1,3]"),
      one(["f64[1,1]"], "reshape %a", "f64[]"),
      one(["f32[]"], "reshape %a", "f32[1]"),
      one(["i1[4]"], "reshape %a", "i1[2,2]"),
    ]))
    out.append(BatchOpCase(op: "transpose", functions: [
      one(["f32[2,3,4]"], "transpose %a, perm=[2, 0, 1]", "f32[4,2,3]"),
      one(["i64[2,3]"], "transpose %a, perm=[1, 0]", "i64[3,2]"),
      one(["f32[2,3,4]"], "transpose %a, perm=[0, 1, 2]", "f32[2,3,4]"),
      one(["i1[2,3,1]"], "transpose %a, perm=[1, 2, 0]", "i1[3,1,2]"),
    ]))
    out.append(BatchOpCase(op: "slice", functions: [
      one(["f32[5,6]"], "slice %a, start=[1, 0], limit=[5, 6], stride=[2, 3]", "f32[2,2]"),
      one(["i32[7]"], "slice %a, start=[2], limit=[6]", "i32[4]"),
      one(["f64[3,4]"], "slice %a, start=[1, 1], limit=[1, 3]", "f64[0,2]"),
      one(["i1[4,3]"], "slice %a, start=[0, 1], limit=[4, 3], stride=[3, 1]", "i1[2,2]"),
    ]))
    out.append(BatchOpCase(op: "pad", functions: [
      one(["f32[3,4]", "f32[]"], "pad %a, %b, low=[-1, 2], high=[1, -1], interior=[1, 2]", "f32[5,11]"),
      one(["i32[4]", "i32[]"], "pad %a, %b, low=[1], high=[2]", "i32[7]"),
      one(["i1[2,2]", "i1[]"], "pad %a, %b, low=[0, -1], high=[-1, 0], interior=[2, 0]", "i1[3,1]"),
      one(["f64[3]", "f64[]"], "pad %a, %b, low=[-2], high=[-1], interior=[3]", "f64[6]"),
    ]))
    out.append(BatchOpCase(op: "concatenate", functions: [
      one(["f32[2,3]", "f32[1,3]", "f32[4,3]"], "concatenate %a, %b, %c, dim=0", "f32[7,3]"),
      one(["i32[2,1]", "i32[2,3]", "i32[2,2]"], "concatenate %a, %b, %c, dim=1", "i32[2,6]"),
      one(["i1[3]"], "concatenate %a, dim=0", "i1[3]"),
      one(["f64[2]", "f64[0]"], "concatenate %a, %b, dim=0", "f64[2]"),
    ]))
    out.append(BatchOpCase(op: "reverse", functions: [
      one(["f32[2,3,4]"], "reverse %a, dims=[0, 2]", "f32[2,3,4]"),
      one(["i32[3]"], "reverse %a, dims=[]", "i32[3]"),
      one(["f64[2,3]"], "reverse %a, dims=[1]", "f64[2,3]"),
      one(["i1[3,2]"], "reverse %a, dims=[1, 0]", "i1[3,2]"),
    ]))
    // Indexing: the harness maps every subset of the operands (indices and
    // starts included), so each batching path of each rule is taken.
    out.append(BatchOpCase(op: "gather", functions: [
      one(["f32[5,3]", "i32[2,4]"], "gather %a, %b, axis=0", "f32[2,4,3]"),
      one(["f64[2,5,3]", "i64[2,4]"], "gather %a, %b, axis=1, batch_dims=1", "f64[2,4,3]"),
      one(["i32[3,4]", "i32[]"], "gather %a, %b, axis=1", "i32[3]"),
      one(["i1[2,3,4]", "i32[2,3,2]"], "gather %a, %b, axis=2, batch_dims=2", "i1[2,3,2]"),
      one(["f32[4,2]", "i64[3]"], "gather %a, %b, axis=1", "f32[4,3]"),
    ]))
    out.append(BatchOpCase(op: "scatter_add", functions: [
      one(["f32[5,3]", "i32[2,4]", "f32[2,4,3]"], "scatter_add %a, %b, %c, axis=0", "f32[5,3]"),
      one(["f64[2,5,3]", "i64[2,4]", "f64[2,4,3]"], "scatter_add %a, %b, %c, axis=1, batch_dims=1", "f64[2,5,3]"),
      one(["i32[3,4]", "i32[]", "i32[3]"], "scatter_add %a, %b, %c, axis=1", "i32[3,4]"),
      one(["i64[4]", "i32[3]", "i64[3]"], "scatter_add %a, %b, %c, axis=0", "i64[4]"),
    ]))
    out.append(BatchOpCase(op: "dynamic_slice", functions: [
      one(["f32[5,4]", "i32[]", "i64[]"], "dynamic_slice %a, %b, %c, sizes=[2, 3]", "f32[2,3]"),
      one(["i32[6]", "i32[]"], "dynamic_slice %a, %b, sizes=[6]", "i32[6]"),
      one(["f64[3,4]", "i32[]", "i32[]"], "dynamic_slice %a, %b, %c, sizes=[0, 2]", "f64[0,2]"),
      one(["i1[4,2]", "i64[]", "i64[]"], "dynamic_slice %a, %b, %c, sizes=[3, 1]", "i1[3,1]"),
    ]))
    out.append(BatchOpCase(op: "dynamic_update_slice", functions: [
      one(["f32[5,4]", "f32[2,3]", "i32[]", "i64[]"], "dynamic_update_slice %a, %b, %c, %d", "f32[5,4]"),
      one(["i32[6]", "i32[6]", "i32[]"], "dynamic_update_slice %a, %b, %c", "i32[6]"),
      one(["f64[3,4]", "f64[0,2]", "i32[]", "i32[]"], "dynamic_update_slice %a, %b, %c, %d", "f64[3,4]"),
      one(["i1[4,2]", "i1[3,1]", "i64[]", "i64[]"], "dynamic_update_slice %a, %b, %c, %d", "i1[4,2]"),
    ]))
    // sort: one to three operands, every mapping combination (the trials map each subset).
    out.append(BatchOpCase(op: "sort", functions: [
      one(["f32[5]"], "sort %a, dimension=0", "f32[5]"),
      one(["f64[3,4]"], "sort %a, dimension=0, descending=true", "f64[3,4]"),
      fn("(%a: f32[2,5], %b: i32[2,5]) -> (f32[2,5], i32[2,5])",
         "%s, %i = sort %a, %b, dimension=1 : (f32[2,5], i32[2,5])", "return %s, %i"),
      fn("(%a: i32[4,3], %b: f64[4,3], %c: i1[4,3]) -> (i32[4,3], f64[4,3], i1[4,3])",
         "%x, %y, %z = sort %a, %b, %c, dimension=0, num_keys=2, descending=true : (i32[4,3], f64[4,3], i1[4,3])",
         "return %x, %y, %z"),
      fn("(%a: i1[2,3,2], %b: i64[2,3,2]) -> (i1[2,3,2], i64[2,3,2])",
         "%s, %i = sort %a, %b, dimension=1, num_keys=2 : (i1[2,3,2], i64[2,3,2])", "return %s, %i"),
    ]))
    for op in ["cumsum", "cumprod", "cummax", "cummin"] {
      out.append(BatchOpCase(op: op, functions: [
        one(["f32[4,3]"], "\(op) %a, axis=0", "f32[4,3]"),
        one(["f64[2,3,4]"], "\(op) %a, axis=2, reverse=true", "f64[2,3,4]"),
        one(["i32[5]"], "\(op) %a, axis=0, reverse=true", "i32[5]"),
        one(["i64[2,0]"], "\(op) %a, axis=1", "i64[2,0]"),
      ]))
    }
    for op in ["reduce_sum", "reduce_prod", "reduce_max", "reduce_min"] {
      out.append(BatchOpCase(op: op, functions: [
        one(["f32[2,3,4]"], "\(op) %a, dims=[2, 0]", "f32[3]"),
        one(["i32[3,4]"], "\(op) %a, dims=[1]", "i32[3]"),
        one(["f64[3]"], "\(op) %a, dims=[]", "f64[3]"),
        one(["i64[2,3]"], "\(op) %a, dims=[0, 1]", "i64[]"),
        one(["f64[2,3,2]"], "\(op) %a, dims=[1]", "f64[2,2]"),
        one(["f32[2,0]"], "\(op) %a, dims=[1]", "f32[2]"),
      ]))
    }
    for op in ["argmax", "argmin"] {
      out.append(BatchOpCase(op: op, functions: [
        one(["f32[3,4,2]"], "\(op) %a, dim=1", "i32[3,2]"),
        one(["i64[4,3]"], "\(op) %a, dim=0", "i64[3]"),
        one(["f64[2,3]"], "\(op) %a, dim=1", "i32[2]"),
        one(["i32[5]"], "\(op) %a, dim=0", "i64[]"),
      ]))
    }
    out.append(BatchOpCase(op: "dot_general", functions: [
      one(["f32[2,3]", "f32[3,4]"], "dot_general %a, %b, contract=[[1],[0]]", "f32[2,4]"),
      one(["f32[5,2,3]", "f32[5,3,4]"], "dot_general %a, %b, batch=[[0],[0]], contract=[[2],[1]]", "f32[5,2,4]"),
      one(["f32[2,3]", "f32[4]"], "dot_general %a, %b, contract=[[],[]]", "f32[2,3,4]"),
      one(["f32[2,3,4]", "f32[4,5,3]"], "dot_general %a, %b, contract=[[2, 1],[0, 2]]", "f32[2,5]"),
      one(["f64[3,5,2]", "f64[2,5,4]"], "dot_general %a, %b, batch=[[1],[1]], contract=[[2],[0]]", "f64[5,3,4]"),
      one(["i32[3]", "i32[3]"], "dot_general %a, %b, contract=[[0],[0]]", "i32[]"),
      one(["i64[2,3]", "i64[3,2]"], "dot_general %a, %b, batch=[[0],[1]], contract=[[1],[0]]", "i64[2]"),
      one(["f64[2,3,4]", "f64[3,2]"], "dot_general %a, %b, batch=[[0],[1]], contract=[[],[]]", "f64[2,3,4,3]"),
    ]))
    // conv: every mapping of lhs and rhs, without groups, with feature groups, with batch groups.
    out.append(BatchOpCase(op: "conv", functions: convCompiledShapes.prefix(6).enumerated().map { k, c in
      let d: DType = k % 2 == 0 ? .f32 : .f64
      return one(["\(TensorType(d, c.0))", "\(TensorType(d, c.1))"], "conv %a, %b" + (c.2.isEmpty ? "" : ", " + c.2), "\(TensorType(d, c.3))")
    }))
    return out
  }
}

// MARK: - The harness

private func axisText(_ a: Int?) -> String { a.map(String.init) ?? "none" }

/// For each result of `f`, whether it depends on a mapped parameter.
func dependsOnMapped(_ f: Function, mapped: [Bool]) -> [Bool] {
  var dep = [Bool](repeating: false, count: f.values.count)
  for (p, m) in zip(f.params, mapped) { dep[p.id] = m }
  for op in f.body where op.operands.contains(where: { dep[$0.id] }) {
    for r in op.results { dep[r.id] = true }
  }
  return f.returnValues.map { dep[$0.id] }
}

struct VMapTrial: CustomStringConvertible {
  var inAxes: [Int?]  // as written (may be negative)
  var outAxes: [Int?]
  var size: Int
  var description: String {
    "in_axes=[\(inAxes.map(axisText).joined(separator: ", "))], out_axes=[\(outAxes.map(axisText).joined(separator: ", "))], size=\(size)"
  }
}

/// Runs `vmap(@f, trial)` on random inputs and compares it, bitwise, with
/// `@f` applied to each slice and the results stacked. Returns a failure
/// description, or nil.
func runVMapTrial(_ fText: String, _ trial: VMapTrial, _ rng: inout SeededRNG) throws -> String? {
  let text = fText + "func @v = vmap(@f, \(trial))\n"
  let m = try expandedModule(text)
  let f = m.function(named: "f")!
  let sig = f.signature
  let interp = Interpreter(module: m)
  let n = trial.size
  func norm(_ a: Int?, rank: Int) -> Int? { a.map { $0 < 0 ? $0 + rank + 1 : $0 } }
  let inAxes = zip(trial.inAxes, sig.params).map { norm($0, rank: $1.rank) }
  let xs = zip(sig.params, inAxes).map { t, ax -> HostTensor in
    var s = t.shape
    if let ax { s.insert(n, at: ax) }
    return batchRandomTensor(TensorType(t.dtype, s), &rng)
  }
  let got = try interp.run("v", xs)
  // The simplified batched function computes the same bits.
  let simplified = try Interpreter(module: simplify(m)).run("v", xs)
  for (j, (a, b)) in zip(got, simplified).enumerated() where !a.bitwiseEqual(b) {
    return "result \(j) of vmap(@f, \(trial)) changes under simplify:\n  \(a.doubles)\n  \(b.doubles)\n\(printModule(simplify(m)))"
  }
  // Arguments of example i (for out_axes none with size 0: any unbatched values).
  func example(_ i: Int) -> [HostTensor] {
    zip(xs, inAxes).enumerated().map { k, p in
      guard let ax = p.1 else { return p.0 }
      return i < n ? take(p.0, axis: ax, index: i) : batchRandomTensor(sig.params[k], &rng)
    }
  }
  var perExample: [[HostTensor]] = []
  for i in 0..<n { perExample.append(try interp.run("f", example(i))) }
  for (j, t) in sig.results.enumerated() {
    let expected: HostTensor
    if let o = norm(trial.outAxes[j], rank: t.rank) {
      expected = stack(perExample.map { $0[j] }, axis: o, element: t)
    } else {
      expected = try interp.run("f", example(0))[j]
    }
    if !got[j].bitwiseEqual(expected) {
      return "result \(j) of vmap(@f, \(trial)) differs:\n  got      \(got[j].type) \(got[j].doubles)\n  expected \(expected.type) \(expected.doubles)\n  inputs \(xs.map { "\($0.type) \($0.doubles)" })\n\(printModule(m))"
    }
  }
  return nil
}

/// The trials of one function: for every subset of mapped parameters, three
/// random choices of axes (negative ones included) and sizes 1...3; then
/// size 0 and size 1 with everything mapped. out_axes random (negative
/// included), `none` sometimes for results that depend on no mapped input.
func vmapTrials(_ f: Function, _ rng: inout SeededRNG, reps: Int = 3) -> [VMapTrial] {
  let sig = f.signature
  let np = sig.params.count
  func randomAxis(rank: Int) -> Int { Int.random(in: -(rank + 1)...rank, using: &rng) }
  func trial(mask: Int, size: Int) -> VMapTrial {
    let mapped = (0..<np).map { mask & (1 << $0) != 0 }
    let ins = (0..<np).map { mapped[$0] ? randomAxis(rank: sig.params[$0].rank) : nil }
    let dep = dependsOnMapped(f, mapped: mapped)
    let outs = sig.results.enumerated().map { j, t -> Int? in
      !dep[j] && Int.random(in: 0..<3, using: &rng) == 0 ? nil : randomAxis(rank: t.rank)
    }
    return VMapTrial(inAxes: ins, outAxes: outs, size: size)
  }
  var out: [VMapTrial] = []
  for mask in 0..<(1 << np) {
    for _ in 0..<reps { out.append(trial(mask: mask, size: Int.random(in: 1...3, using: &rng))) }
  }
  let all = (1 << np) - 1
  out.append(trial(mask: all, size: 0))
  out.append(trial(mask: all, size: 1))
  if np > 1 { out.append(trial(mask: Int.random(in: 1...all, using: &rng), size: 0)) }
  return out
}

@Suite struct BatchingRuleTests {
  @Test(arguments: BatchTable.cases)
  func vmapEqualsStackingOverTheMappedAxis(_ c: BatchOpCase) throws {
    #expect(OpRegistry.lookup(c.op)?.batch != nil, "'\(c.op)' has no batching rule")
    for (k, text) in c.functions.enumerated() {
      var rng = SeededRNG(seed: stableSeed("\(c.op)/\(k)"))
      let f = try load(text).get().function(named: "f")!
      #expect(f.body.contains { $0.name == c.op }, "a case of '\(c.op)' does not use it")
      for trial in vmapTrials(f, &rng, reps: c.op == "dot_general" || c.op == "pad" ? 5 : 3) {
        let failure = try runVMapTrial(text, trial, &rng)
        #expect(failure == nil, "\(c.op) case \(k): \(failure ?? "")")
      }
    }
  }

  /// Every op except `call` (tested below) and ops with regions (`cond`:
  /// RegionTests.swift, vmap against stacking on every mapping) is in the
  /// table above.
  @Test func everyOpHasABatchingCase() {
    let covered = Set(BatchTable.cases.map(\.op))
    let regionOps = Set(OpRegistry.all.filter { $0.evaluateRegions != nil }.map(\.name))
    let missing = OpRegistry.all.map(\.name).filter { $0 != "call" && !regionOps.contains($0) && !covered.contains($0) }
    #expect(missing == [])
    for op in OpRegistry.all where op.name != "call" {
      #expect(op.batch != nil, "'\(op.name)' has no batching rule")
    }
  }

  /// `call`: vmap of a function that calls another (which calls a third),
  /// with mixed mapped and unmapped arguments and two results.
  @Test func callInsideAVmappedFunction() throws {
    let text = """
      func private @inner(%p: f32[3], %q: f32[3]) -> f32[3] {
        %m = mul %p, %q : f32[3]
        %s = sin %m : f32[3]
        return %s
      }
      func private @mid(%p: f32[3], %k: i32[]) -> (f32[3], i32[]) {
        %r = call @inner(%p, %p) : f32[3]
        %k2 = add %k, %k : i32[]
        return %r, %k2
      }

      """ + fn("(%a: f32[3], %b: f32[3], %k: i32[]) -> (f32[3], i32[], f32[])",
               "%x = call @inner(%a, %b) : f32[3]",
               "%y, %k2 = call @mid(%x, %k) : (f32[3], i32[])",
               "%t = reduce_sum %y, dims=[0] : f32[]",
               "return %y, %k2, %t")
    var rng = SeededRNG(seed: stableSeed("call"))
    let f = try load(text).get().function(named: "f")!
    for trial in vmapTrials(f, &rng) {
      let failure = try runVMapTrial(text, trial, &rng)
      #expect(failure == nil, "call: \(failure ?? "")")
    }
  }

  /// A result that is a parameter, a result returned twice, and a function
  /// whose only op is unmapped.
  @Test func passThroughAndRepeatedResults() throws {
    let text = fn("(%a: f32[2,3], %b: i32[3]) -> (f32[2,3], f32[2,3], i32[3], i32[3])",
                  "%c = neg %b : i32[3]",
                  "return %a, %a, %b, %c")
    var rng = SeededRNG(seed: stableSeed("pass"))
    let f = try load(text).get().function(named: "f")!
    for trial in vmapTrials(f, &rng) {
      let failure = try runVMapTrial(text, trial, &rng)
      #expect(failure == nil, "\(failure ?? "")")
    }
  }

  /// A function without arguments: every result is broadcast (or `none`).
  @Test func functionWithoutArguments() throws {
    let text = fn("() -> (f32[2], i32[])", "%c = constant [1.5, -2.0] : f32[2]", "%i = constant 3 : i32[]", "return %c, %i")
    var rng = SeededRNG(seed: stableSeed("noargs"))
    let f = try load(text).get().function(named: "f")!
    for trial in vmapTrials(f, &rng) + [VMapTrial(inAxes: [], outAxes: [-1, nil], size: 3)] {
      let failure = try runVMapTrial(text, trial, &rng)
      #expect(failure == nil, "\(failure ?? "")")
    }
  }

  /// Several ops chained, so that batch axes produced by one rule (moved or
  /// not) feed the next: the axes each rule returns must be right, not just
  /// its values at axis 0.
  @Test(arguments: 0..<6)
  func chainsOfOps(_ seed: Int) throws {
    let text = fn("(%x: f32[4,3], %w: f32[3,2], %v: f32[], %k: i32[4]) -> (f32[2,4], i32[3], f32[4], f32[5,2])",
                  "%t = transpose %x, perm=[1, 0] : f32[3,4]",
                  "%s = slice %t, start=[0, 1], limit=[3, 4], stride=[1, 2] : f32[3,2]",
                  "%p = pad %s, %v, low=[1, 0], high=[1, -1], interior=[0, 1] : f32[5,2]",
                  "%d = dot_general %x, %w, contract=[[1],[0]] : f32[4,2]",
                  "%r = reverse %d, dims=[0] : f32[4,2]",
                  "%e = exp %r : f32[4,2]",
                  "%tr = transpose %e, perm=[1, 0] : f32[2,4]",
                  "%m = reduce_max %x, dims=[1] : f32[4]",
                  "%kf = convert %k : f32[4]",
                  "%sum = add %m, %kf : f32[4]",
                  "%b = broadcast_in_dim %sum, dims=[0] : f32[4,3]",
                  "%a = argmax %b, dim=0 : i32[3]",
                  "%c = concatenate %p, %p, dim=1 : f32[5,4]",
                  "%c2 = slice %c, start=[0, 0], limit=[5, 4], stride=[1, 2] : f32[5,2]",
                  "return %tr, %a, %sum, %c2")
    var rng = SeededRNG(seed: stableSeed("chain\(seed)"))
    let f = try load(text).get().function(named: "f")!
    for trial in vmapTrials(f, &rng, reps: 1) {
      let failure = try runVMapTrial(text, trial, &rng)
      #expect(failure == nil, "\(failure ?? "")")
    }
  }
}

// MARK: - Compositions

@Suite struct VMapCompositionTests {
  static let perExample = """
    func @f(%w: f64[3], %x: f64[3]) -> f64[] {
      %p = mul %w, %x : f64[3]
      %s = sin %p : f64[3]
      %q = integer_pow %x, n=2 : f64[3]
      %u = mul %s, %q : f64[3]
      %t = reduce_sum %u, dims=[0] : f64[]
      return %t
    }
    func @g = grad(@f, argnums=[0, 1])

    """

  /// vmap(grad(f)): per-example gradients equal a loop of grads, bit for bit.
  @Test func vmapOfGradIsALoopOfGrads() throws {
    let text = Self.perExample + "func @pe = vmap(grad(@f, argnums=[0, 1]), in_axes=[none, 1], out_axes=[0, -1], size=5)\n"
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 11)
    let w = smoothRandom([3], &rng), x = smoothRandom([3, 5], &rng)
    let got = try interp.run("pe", [w, x])
    var gw: [HostTensor] = [], gx: [HostTensor] = []
    for i in 0..<5 {
      let g = try interp.run("g", [w, take(x, axis: 1, index: i)])
      gw.append(g[0]); gx.append(g[1])
    }
    #expect(got[0].bitwiseEqual(stack(gw, axis: 0, element: w.type)))
    #expect(got[1].bitwiseEqual(stack(gx, axis: 1, element: w.type)))
  }

  /// vmap(value_and_grad(f, has_aux=true)): value, aux and gradient per example.
  @Test func vmapOfValueAndGradWithAux() throws {
    let text = """
      func @f(%w: f32[2], %x: f32[2], %k: i32[]) -> (f32[], f32[2], i32[]) {
        %p = mul %w, %x : f32[2]
        %t = tanh %p : f32[2]
        %s = reduce_sum %t, dims=[0] : f32[]
        %k2 = mul %k, %k : i32[]
        return %s, %t, %k2
      }
      func @vg = value_and_grad(@f, has_aux=true)
      func @pv = vmap(value_and_grad(@f, has_aux=true), in_axes=[none, -1, 0], out_axes=[0, 1, 0, 0], size=3)
      """
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 18)
    let w = batchRandomTensor(TensorType(.f32, [2]), &rng), x = batchRandomTensor(TensorType(.f32, [2, 3]), &rng)
    let k = HostTensor([Int32(2), Int32(-3), Int32(7)], shape: [3])
    let got = try interp.run("pv", [w, x, k])
    var per: [[HostTensor]] = []
    for i in 0..<3 { per.append(try interp.run("vg", [w, take(x, axis: 1, index: i), take(k, axis: 0, index: i)])) }
    for (j, o) in [0, 1, 0, 0].enumerated() {
      #expect(got[j].bitwiseEqual(stack(per.map { $0[j] }, axis: o, element: per[0][j].type)), "result \(j)")
    }
  }

  /// grad of a function that calls a vmapped function: the sum of the
  /// per-example gradients (the order of that sum may differ: tolerance).
  @Test func gradThroughACallOfAVmappedFunction() throws {
    let text = Self.perExample + """
      func private @v = vmap(@f, in_axes=[none, 0], size=4)
      func @tot(%w: f64[3], %x: f64[4,3]) -> f64[] {
        %r = call @v(%w, %x) : f64[4]
        %s = reduce_sum %r, dims=[0] : f64[]
        return %s
      }
      func @dt = grad(@tot, argnums=[0, 1])
      func @vt = value_and_grad(@tot)
      func @hf = hessian(@f)
      func @ht = hessian(@tot)
      // vmap of a function that calls a transform definition.
      func private @gw = grad(@f)
      func @callsgrad(%w: f64[3], %x: f64[3]) -> f64[3] {
        %g = call @gw(%w, %x) : f64[3]
        %e = exp %g : f64[3]
        return %e
      }
      func @vcg = vmap(@callsgrad, in_axes=[none, 0], out_axes=[1], size=4)
      """
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 12)
    let w = smoothRandom([3], &rng), x = smoothRandom([4, 3], &rng)
    let got = try interp.run("dt", [w, x])
    var sum = [Double](repeating: 0, count: 3)
    var gx: [HostTensor] = []
    var value = 0.0
    for i in 0..<4 {
      let xi = take(x, axis: 0, index: i)
      let g = try interp.run("g", [w, xi])
      for k in 0..<3 { sum[k] += g[0].doubles[k] }
      gx.append(g[1])
      value += try interp.run("f", [w, xi])[0].doubles[0]
    }
    #expect(allClose(got[0], f64(sum, [3]), tol: 1e-14))
    #expect(got[1].bitwiseEqual(stack(gx, axis: 0, element: w.type)))
    // hessian through the call of the vmapped function (vmap inside the
    // basis vmaps): the sum of the per-example hessians.
    let ht = try interp.run("ht", [w, x])[0]
    var hsum = [Double](repeating: 0, count: 9)
    var ecg: [HostTensor] = []
    for i in 0..<4 {
      let xi = take(x, axis: 0, index: i)
      let h = try interp.run("hf", [w, xi])[0].doubles
      for k in 0..<9 { hsum[k] += h[k] }
      let gi = try interp.run("g", [w, xi])[0]
      ecg.append(f64(gi.doubles.map { exp($0) }, [3]))
    }
    #expect(allClose(ht, f64(hsum, [3, 3]), tol: 1e-13), "\(ht.doubles) vs \(hsum)")
    #expect(allClose(try interp.run("vcg", [w, x])[0], stack(ecg, axis: 1, element: w.type), tol: 1e-15))
    let vt = try interp.run("vt", [w, x])
    #expect(abs(vt[0].doubles[0] - value) <= 1e-14 * (1 + abs(value)))
    #expect(vt[1].bitwiseEqual(got[0]))
  }

  /// vmap(vmap(f)) with different axes at each level equals a double loop.
  @Test func vmapOfVmap() throws {
    let text = """
      func @f(%x: f32[3], %y: f32[], %z: f32[2,3]) -> (f32[2], f32[3]) {
        %yb = broadcast_in_dim %y, dims=[] : f32[3]
        %p = mul %x, %yb : f32[3]
        %d = dot_general %z, %p, contract=[[1],[0]] : f32[2]
        %t = tanh %p : f32[3]
        return %d, %t
      }
      func @inner = vmap(@f, in_axes=[1, none, -1], out_axes=[0, -1], size=4)
      func @vv = vmap(vmap(@f, in_axes=[1, none, -1], out_axes=[0, -1], size=4), in_axes=[0, 0, none], out_axes=[1, 0], size=3)
      """
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 13)
    let x = batchRandomTensor(TensorType(.f32, [3, 3, 4]), &rng)  // outer 0, inner 1
    let y = batchRandomTensor(TensorType(.f32, [3]), &rng)
    let z = batchRandomTensor(TensorType(.f32, [2, 3, 4]), &rng)
    let got = try interp.run("vv", [x, y, z])
    var outer0: [HostTensor] = [], outer1: [HostTensor] = []
    for i in 0..<3 {
      let xi = take(x, axis: 0, index: i), yi = take(y, axis: 0, index: i)
      var r0: [HostTensor] = [], r1: [HostTensor] = []
      for j in 0..<4 {
        let r = try interp.run("f", [take(xi, axis: 1, index: j), yi, take(z, axis: 2, index: j)])
        r0.append(r[0]); r1.append(r[1])
      }
      outer0.append(stack(r0, axis: 0, element: TensorType(.f32, [2])))
      outer1.append(stack(r1, axis: 1, element: TensorType(.f32, [3])))
      // The inner vmap alone agrees too.
      let inner = try interp.run("inner", [xi, yi, z])
      #expect(inner[0].bitwiseEqual(outer0[i]) && inner[1].bitwiseEqual(outer1[i]))
    }
    #expect(got[0].bitwiseEqual(stack(outer0, axis: 1, element: TensorType(.f32, [4, 2]))))
    #expect(got[1].bitwiseEqual(stack(outer1, axis: 0, element: TensorType(.f32, [3, 4]))))
  }

  /// vmap(jvp(f)): a batch of tangents (primal unmapped) and a batch of
  /// primals with one tangent.
  @Test func vmapOfJvp() throws {
    let text = """
      func @f(%x: f64[3], %k: i32[]) -> (f64[], f64[3]) {
        %s = sin %x : f64[3]
        %e = exp %s : f64[3]
        %t = reduce_sum %e, dims=[0] : f64[]
        return %t, %e
      }
      func @j = jvp(@f)
      func @tangents = vmap(jvp(@f), in_axes=[none, none, 0], out_axes=[none, none, 0, -1], size=3)
      func @primals = vmap(jvp(@f), in_axes=[1, 0, none], out_axes=[0, 0, 0, 0], size=2)
      """
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 14)
    let x = smoothRandom([3], &rng), k = HostTensor([Int32(5)], shape: [])
    let ts = smoothRandom([3, 3], &rng)
    let got = try interp.run("tangents", [x, k, ts])
    var t0: [HostTensor] = [], t1: [HostTensor] = []
    var primal: [HostTensor] = []
    for i in 0..<3 {
      let r = try interp.run("j", [x, k, take(ts, axis: 0, index: i)])
      primal = Array(r[0..<2]); t0.append(r[2]); t1.append(r[3])
    }
    #expect(got[0].bitwiseEqual(primal[0]) && got[1].bitwiseEqual(primal[1]))
    #expect(got[2].bitwiseEqual(stack(t0, axis: 0, element: TensorType(.f64, []))))
    #expect(got[3].bitwiseEqual(stack(t1, axis: 1, element: TensorType(.f64, [3]))))

    let xs = smoothRandom([3, 2], &rng), ks = HostTensor([Int32(1), Int32(2)], shape: [2]), t = smoothRandom([3], &rng)
    let got2 = try interp.run("primals", [xs, ks, t])
    var per: [[HostTensor]] = []
    for i in 0..<2 { per.append(try interp.run("j", [take(xs, axis: 1, index: i), take(ks, axis: 0, index: i), t])) }
    for j in 0..<4 {
      #expect(got2[j].bitwiseEqual(stack(per.map { $0[j] }, axis: 0, element: per[0][j].type)))
    }
  }

  /// Derivatives of a vmapped function: jacrev/jacfwd of vmap(f) are block
  /// diagonal with f's Jacobians on the diagonal; grad of vmap with an
  /// unmapped result; vjp of vmap.
  @Test func derivativesOfVmap() throws {
    let text = """
      func @f(%x: f64[2]) -> f64[] {
        %s = sin %x : f64[2]
        %p = reduce_prod %s, dims=[0] : f64[]
        return %p
      }
      func @g = grad(@f)
      func @v = vmap(@f, size=3)
      func @jr = jacrev(vmap(@f, size=3))
      func @jf = jacfwd(vmap(@f, size=3))
      func @gu = grad(vmap(@f, in_axes=[none], out_axes=[none], size=3))
      func @vj = vjp(vmap(@f, in_axes=[1], size=3))
      """
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 15)
    let x = smoothRandom([3, 2], &rng)
    let jr = try interp.run("jr", [x])[0], jf = try interp.run("jf", [x])[0]
    #expect(jr.shape == [3, 3, 2])
    var expected = [Double](repeating: 0, count: 18)
    for i in 0..<3 {
      let g = try interp.run("g", [take(x, axis: 0, index: i)])[0].doubles
      for k in 0..<2 { expected[i * 6 + i * 2 + k] = g[k] }
    }
    #expect(allClose(jr, f64(expected, [3, 3, 2]), tol: 1e-14))
    #expect(allClose(jf, f64(expected, [3, 3, 2]), tol: 1e-14))
    let x0 = take(x, axis: 0, index: 0)
    #expect(try interp.run("gu", [x0])[0].bitwiseEqual(try interp.run("g", [x0])[0]))
    let xt = smoothRandom([2, 3], &rng), ct = smoothRandom([3], &rng)
    let vj = try interp.run("vj", [xt, ct])
    for i in 0..<3 {
      let g = try interp.run("g", [take(xt, axis: 1, index: i)])[0].doubles
      let c = ct.doubles[i]
      let col = take(vj[1], axis: 1, index: i).doubles
      for k in 0..<2 { #expect(abs(col[k] - c * g[k]) <= 1e-14 * (1 + abs(c * g[k]))) }
    }
  }

  /// Nesting up to the limit (8): eight vmaps of a scalar function (rank
  /// 8), a mix of vmap and derivatives, and one more transform is an error.
  @Test func nestingUpToTheLimit() throws {
    var expr = "@f"
    for k in 0..<8 { expr = "vmap(\(expr), in_axes=[\(k % 2 == 0 ? 0 : -1)], size=2)" }
    let text = """
      func @f(%x: f64[]) -> f64[] {
        %s = sin %x : f64[]
        %y = mul %s, %x : f64[]
        return %y
      }
      func @v8 = \(expr)
      func @mix = vmap(jvp(vmap(grad(grad(@f)), size=3)), in_axes=[0, 1], out_axes=[-1, 0], size=2)

      """
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 16)
    let x = smoothRandom(Array(repeating: 2, count: 8), &rng)
    let y = try interp.run("v8", [x])[0]
    // Each vmap level maps a leading or trailing axis of its own argument;
    // the function is elementwise, so the result is elementwise too but
    // with the axes permuted: compare as multisets and at a fixed point.
    let expected = x.doubles.map { sin($0) * $0 }
    #expect(y.shape == x.shape)
    #expect(y.doubles.sorted() == expected.sorted())
    let xs = smoothRandom([2, 3], &rng), ts = smoothRandom([3, 2], &rng)
    let r = try interp.run("mix", [xs, ts])
    #expect(r[0].shape == [3, 2] && r[1].shape == [2, 3])
    for i in 0..<2 {
      for j in 0..<3 {
        let xv = xs.doubles[i * 3 + j], tv = ts.doubles[j * 2 + i]
        let d2 = 2 * cos(xv) - xv * sin(xv), d3 = -3 * sin(xv) - xv * cos(xv)
        #expect(abs(r[0].doubles[j * 2 + i] - d2) < 1e-14)
        #expect(abs(r[1].doubles[i * 3 + j] - d3 * tv) < 1e-14)
      }
    }
    // (jvp adds no rank, so only the nesting limit is exceeded.)
    let nine = text + "func @n9 = jvp(@v8)\n"
    let d = checkDiagnostics(nine)
    #expect(d.contains { $0.hasPrefix("\(nine.split(separator: "\n", omittingEmptySubsequences: false).count - 1):12: error: transforms nest 9 deep") }, "\(d)")
  }

  /// v8 with all axes leading, checked element by element.
  @Test func eightLeadingVmapsAreElementwise() throws {
    var expr = "@f"
    for _ in 0..<8 { expr = "vmap(\(expr), size=2)" }
    let text = """
      func @f(%x: f32[]) -> f32[] {
        %y = logistic %x : f32[]
        return %y
      }
      func @v8 = \(expr)
      """
    let m = try expandedModule(text)
    var rng = SeededRNG(seed: 17)
    let x = batchRandomTensor(TensorType(.f32, Array(repeating: 2, count: 8)), &rng)
    let interp = Interpreter(module: m)
    let y = try interp.run("v8", [x])[0]
    var expected: [HostTensor] = []
    for i in 0..<256 { expected.append(try interp.run("f", [HostTensor(type: TensorType(.f32, []), storage: .f32([Float(x.doubles[i])]))])[0]) }
    #expect(y.bitwiseEqual(HostTensor(type: x.type, storage: TensorStorage.concatenation(expected.map(\.storage), dtype: .f32))))
  }
}

// MARK: - Seed examples of the issue

@Suite struct VMapSeedTests {
  static let square = SeedPrograms.vmapSquarePlusOne

  @Test func vmapOfSquarePlusOne() throws {
    let r = try runExpanded(Self.square, "vf", [f32([1, 2, 3, 4], [4])])
    #expect(r[0] == f32([2, 5, 10, 17], [4]))
  }

  @Test func vmapOfGradOfSquarePlusOne() throws {
    let r = try runExpanded(Self.square, "vg", [f32([1, 2, 3, 4], [4])])
    #expect(r[0] == f32([2, 4, 6, 8], [4]))
  }

  /// Per-example gradients of mean((dot(x, params) - y)^2).
  @Test func perExampleGradientsOfLinearRegression() throws {
    let text = SeedPrograms.perExampleGradients
    let params = f32([1, 2], [2]), x = f32([1, 0.5, 0.3, 0.8, 0.9, 0.1], [3, 2]), y = f32([1.5, 1, 0.8], [3])
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    let got = try interp.run("pe", [params, x, y])[0]
    var loop: [HostTensor] = []
    for i in 0..<3 { loop.append(try interp.run("g", [params, take(x, axis: 0, index: i), take(y, axis: 0, index: i)])[0]) }
    #expect(got.shape == [3, 2])
    #expect(got.bitwiseEqual(stack(loop, axis: 0, element: params.type)))
    // By hand: 2 (x.p - y) x.
    #expect(allClose(got, f32([1, 0.5, 0.54, 1.44, 0.54, 0.06], [3, 2]), tol: 1e-6))
  }

  /// Per-sample gradients of (sum(w*x) - y)^2, w (4), x (8,4), y (8).
  @Test func perSampleGradientsShape8x4() throws {
    let text = SeedPrograms.perSampleGradients
    var rng = SeededRNG(seed: 21)
    let w = batchRandomTensor(TensorType(.f32, [4]), &rng, positive: true)
    let x = HostTensor((0..<32).map { _ in Float.random(in: -1...1, using: &rng) }, shape: [8, 4])
    let y = HostTensor((0..<8).map { _ in Float.random(in: -1...1, using: &rng) }, shape: [8])
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    let got = try interp.run("ps", [w, x, y])[0]
    #expect(got.shape == [8, 4])
    var loop: [HostTensor] = []
    for i in 0..<8 { loop.append(try interp.run("g", [w, take(x, axis: 0, index: i), take(y, axis: 0, index: i)])[0]) }
    #expect(got.bitwiseEqual(stack(loop, axis: 0, element: w.type)))
  }

  /// nn.Linear(4, 2) per-sample gradients: weight (16,2,4), bias (16,2).
  @Test func linearLayerPerSampleGradients() throws {
    let text = SeedPrograms.linearPerSampleGradients
    var rng = SeededRNG(seed: 22)
    let wt = HostTensor((0..<8).map { _ in Float.random(in: -1...1, using: &rng) }, shape: [2, 4])
    let b = HostTensor((0..<2).map { _ in Float.random(in: -1...1, using: &rng) }, shape: [2])
    let x = HostTensor((0..<64).map { _ in Float.random(in: -1...1, using: &rng) }, shape: [16, 4])
    let t = HostTensor((0..<32).map { _ in Float.random(in: -1...1, using: &rng) }, shape: [16, 2])
    let m = try expandedModule(text)
    let interp = Interpreter(module: m)
    let got = try interp.run("ps", [wt, b, x, t])
    #expect(got[0].shape == [16, 2, 4] && got[1].shape == [16, 2])
    var gw: [HostTensor] = [], gb: [HostTensor] = []
    for i in 0..<16 {
      let g = try interp.run("g", [wt, b, take(x, axis: 0, index: i), take(t, axis: 0, index: i)])
      gw.append(g[0]); gb.append(g[1])
    }
    #expect(got[0].bitwiseEqual(stack(gw, axis: 0, element: wt.type)))
    #expect(got[1].bitwiseEqual(stack(gb, axis: 0, element: b.type)))
    // By hand for sample 0: d = W x + b - t; dW = d x^T, db = d.
    let x0 = take(x, axis: 0, index: 0).doubles, t0 = take(t, axis: 0, index: 0).doubles
    let w = wt.doubles, bb = b.doubles
    for r in 0..<2 {
      let o = (0..<4).reduce(0.0) { $0 + w[r * 4 + $1] * x0[$1] } + bb[r]
      let d = o - t0[r]
      #expect(abs(got[1].doubles[r] - d) < 1e-5)
      for c in 0..<4 { #expect(abs(got[0].doubles[r * 4 + c] - d * x0[c]) < 1e-5) }
    }
  }
}

// MARK: - Structure of the batched IR

@Suite struct VMapStructureTests {
  func simplified(_ text: String, _ name: String) throws -> Function {
    simplify(try expandedModule(text)).function(named: name)!
  }

  /// The vmap-add example: one transpose of y, one add; nothing else.
  @Test func vmapAddIsOneAddOverATransposedOperand() throws {
    let text = """
      func @f(%x: f32[100], %y: f32[100]) -> f32[100] {
        %z = add %x, %y : f32[100]
        return %z
      }
      func @v = vmap(@f, in_axes=[0, 1], size=4096)
      """
    let v = try simplified(text, "v")
    #expect(printFunction(v) == """
      func @v(%x: f32[4096,100], %y: f32[100,4096]) -> f32[4096,100] {
        %0 = transpose %y, perm=[1, 0] : f32[4096,100]
        %1 = add %x, %0 : f32[4096,100]
        return %1
      }

      """)
    #expect(v.body.map(\.name) == ["transpose", "add"])
    #expect(v.body[0].operands == [v.params[1]])
    #expect(v.body[1].operands == [v.params[0], v.body[0].results[0]])
  }

  static let dots: [(String, String, String, String)] = [
    ("f32[2,3]", "f32[3,4]", "contract=[[1],[0]]", "f32[2,4]"),
    ("f32[5,2,3]", "f32[5,3,4]", "batch=[[0],[0]], contract=[[2],[1]]", "f32[5,2,4]"),
    ("f32[2,3,4]", "f32[4,5,3]", "contract=[[2, 1],[0, 2]]", "f32[2,5]"),
    ("f32[2,3]", "f32[4]", "contract=[[],[]]", "f32[2,3,4]"),
  ]

  /// One operand mapped (either side, any axis): a single dot_general that
  /// reads the unmapped operand directly (no broadcast, copy or loop).
  /// (Case 3, an outer product, simplifies to a multiply: below.)
  @Test(arguments: 0..<3)
  func dotWithOneMappedOperand(_ k: Int) throws {
    let (a, b, attrs, r) = Self.dots[k]
    let f = one([a, b], "dot_general %a, %b, \(attrs)", r)
    var rng = SeededRNG(seed: stableSeed("dot1/\(k)"))
    let ra = try load(f).get().function(named: "f")!.signature.params.map(\.rank)
    for side in 0..<2 {
      for _ in 0..<4 {
        let ax = Int.random(in: -(ra[side] + 1)...ra[side], using: &rng)
        let ins = side == 0 ? "[\(ax), none]" : "[none, \(ax)]"
        let out = Int.random(in: -2...1, using: &rng)
        let text = f + "func @v = vmap(@f, in_axes=\(ins), out_axes=[\(out)], size=7)\n"
        let v = try simplified(text, "v")
        let names = v.body.map(\.name)
        #expect(names.filter { $0 == "dot_general" }.count == 1, "\(printFunction(v))")
        #expect(!names.contains("broadcast_in_dim") && !names.contains("concatenate") && !names.contains("slice"), "\(printFunction(v))")
        // The unmapped operand is used once, by the dot_general itself.
        let unmapped = v.params[1 - side]
        let users = v.body.filter { $0.operands.contains(unmapped) }
        #expect(users.count == 1 && users[0].name == "dot_general", "\(printFunction(v))")
        // At most a transpose of the mapped operand and one of the result.
        #expect(names.filter { $0 != "dot_general" }.allSatisfy { $0 == "transpose" } && names.count <= 3, "\(printFunction(v))")
      }
    }
  }

  /// Both operands mapped: a single dot_general with one more batch dimension.
  @Test(arguments: 0..<3)
  func dotWithBothMapped(_ k: Int) throws {
    let (a, b, attrs, r) = Self.dots[k]
    let f = one([a, b], "dot_general %a, %b, \(attrs)", r)
    let text = f + "func @v = vmap(@f, in_axes=[-1, 1], size=7)\n"
    let v = try simplified(text, "v")
    let dots = v.body.filter { $0.name == "dot_general" }
    #expect(dots.count == 1)
    #expect(!v.body.contains { $0.name == "broadcast_in_dim" || $0.name == "concatenate" })
    let before = try load(f).get().function(named: "f")!.body[0].attrs.intPair("batch").0.count
    let (lb, rb) = dots[0].attrs.intPair("batch")
    #expect(lb.count == before + 1 && rb.count == before + 1, "\(printFunction(v))")
  }

  /// An outer product under vmap (either or both operands mapped) simplifies
  /// to one multiply of broadcasts (Ops/OuterProduct.swift): no dot_general.
  @Test(arguments: ["[0, none]", "[none, 0]", "[-1, 1]"])
  func mappedOuterProductIsOneMultiply(_ inAxes: String) throws {
    let (a, b, attrs, r) = Self.dots[3]
    let text = one([a, b], "dot_general %a, %b, \(attrs)", r) + "func @v = vmap(@f, in_axes=\(inAxes), size=7)\n"
    let v = try simplified(text, "v")
    #expect(!v.body.contains { $0.name == "dot_general" }, "\(printFunction(v))")
    #expect(v.body.filter { $0.name == "mul" }.count == 1, "\(printFunction(v))")
  }

  /// Unmapped parts of a vmapped function stay unbatched: only what depends
  /// on the mapped argument is batched (no per-example copies).
  @Test func unmappedWorkIsNotBatched() throws {
    let text = """
      func @f(%w: f32[3,3], %x: f32[3]) -> f32[3] {
        %e = exp %w : f32[3,3]
        %d = dot_general %e, %x, contract=[[1],[0]] : f32[3]
        return %d
      }
      func @v = vmap(@f, in_axes=[none, 0], size=64)
      """
    let v = try simplified(text, "v")
    #expect(v.body.map(\.name) == ["exp", "dot_general", "transpose"] || v.body.map(\.name) == ["exp", "dot_general"], "\(printFunction(v))")
    #expect(v.body[0].results.map { v.type(of: $0) } == [TensorType(.f32, [3, 3])])
  }
}

// MARK: - Errors

@Suite struct VMapErrorTests {
  static let g = """
    func @g(%x: f32[3], %y: f32[3]) -> (f32[3], f32[3]) {
      %z = mul %x, %x : f32[3]
      return %z, %y
    }

    """

  /// Each error is at the transform definition's line (line 5), at the
  /// value of the offending key (spec section 1).
  @Test func axesErrorsAtTheirKey() {
    let cases: [(String, String)] = [
      ("func @v = vmap(@g, in_axes=[0], size=4)",
       "5:28: error: in_axes has 1 entry, but the function has 2 arguments"),
      ("func @v = vmap(@g, in_axes=[0, 0, none], size=4)",
       "5:28: error: in_axes has 3 entries, but the function has 2 arguments"),
      ("func @v = vmap(@g, out_axes=[0], size=4)",
       "5:29: error: out_axes has 1 entry, but the function has 2 results"),
      ("func @v = vmap(@g, in_axes=[0, 2], size=4)",
       "5:28: error: in_axes entry 1 is 2, out of range for the batched argument of rank 2"),
      ("func @v = vmap(@g, in_axes=[-3, 0], size=4)",
       "5:28: error: in_axes entry 0 is -3, out of range for the batched argument of rank 2"),
      ("func @v = vmap(@g, size=4, out_axes=[0, -3])",
       "5:37: error: out_axes entry 1 is -3, out of range for the batched result of rank 2"),
      ("func @v = vmap(@g, in_axes=0, size=4)",
       "5:28: error: in_axes must be a list with one entry per argument (an axis or none): write in_axes=[0, 0] (JAX's in_axes=0 maps every argument on axis 0)"),
      ("func @v = vmap(@g, in_axes=[0, 0])",
       "5:11: error: vmap requires the key 'size'"),
      ("func @v = vmap(@g, size=-1)",
       "5:25: error: size must be a non-negative integer"),
    ]
    for (def, want) in cases {
      #expect(checkDiagnostics(Self.g + def + "\n") == [want], "\(def)")
    }
  }

  /// `none` in out_axes for a result that depends on a mapped argument:
  /// found while expanding, reported at the transform definition (at the
  /// out_axes value); a result that does not depend on one may be `none`.
  @Test func noneOutAxisForADependentResult() {
    let bad = Self.g + "func @v = vmap(@g, in_axes=[0, none], out_axes=[none, none], size=4)\n"
    #expect(checkDiagnostics(bad) == ["5:48: error: out_axes entry 0 is none, but result 0 depends on a mapped argument"])
    let bad2 = Self.g + "func @v = vmap(@g, in_axes=[none, 1], out_axes=[0, none], size=4)\n"
    #expect(checkDiagnostics(bad2) == ["5:48: error: out_axes entry 1 is none, but result 1 depends on a mapped argument"])
    let ok = Self.g + "func @v = vmap(@g, in_axes=[0, none], out_axes=[0, none], size=4)\n"
    #expect(checkDiagnostics(ok) == [])
    // Nested: the offending vmap is the inner one.
    let nested = Self.g + "func @v = vmap(vmap(@g, in_axes=[0, none], out_axes=[none, none], size=4), in_axes=[0, 0], size=2)\n"
    #expect(checkDiagnostics(nested) == ["5:53: error: out_axes entry 0 is none, but result 0 depends on a mapped argument"])
    // A definition built on a failing one: the failing one at its key, the
    // other at its transform's name.
    let chained = Self.g + """
      func @v = vmap(@g, in_axes=[0, none], out_axes=[none, none], size=4)
      func @w = vmap(@v, in_axes=[0, 0], size=2)
      """
    #expect(checkDiagnostics(chained) == ["5:48: error: out_axes entry 0 is none, but result 0 depends on a mapped argument",
                                          "6:11: error: out_axes entry 0 is none, but result 0 depends on a mapped argument"])
  }

  /// Limits: a derived signature beyond rank 8 is reported by the verifier,
  /// a batched intermediate beyond it while expanding; both at the definition.
  @Test func rankLimit() {
    let text = """
      func @k(%x: f32[1,1,1,1,1,1,1,1]) -> f32[1,1,1,1,1,1,1,1] {
        return %x
      }
      func @w = vmap(@k, size=3)
      """
    #expect(checkDiagnostics(text) == ["4:11: error: vmap derives the type f32[3,1,1,1,1,1,1,1,1]: rank 9 exceeds the maximum rank 8"])
    let inner = """
      func @f(%a: f32[2,2,2,2], %b: f32[2,2,2,2]) -> f32[] {
        %o = dot_general %a, %b, contract=[[],[]] : f32[2,2,2,2,2,2,2,2]
        %s = reduce_sum %o, dims=[0, 1, 2, 3, 4, 5, 6, 7] : f32[]
        return %s
      }
      func @v = vmap(@f, size=2)
      func @j = jacfwd(@f)
      """
    #expect(checkDiagnostics(inner) == [
      "6:11: error: batching 'dot_general' over 2 gives the type f32[2,2,2,2,2,2,2,2,2]: rank 9 exceeds the maximum rank 8",
      "7:11: error: batching 'dot_general' over 16 gives the type f32[16,2,2,2,2,2,2,2,2]: rank 9 exceeds the maximum rank 8",
    ])
  }

  /// A call of a vmapped function whose mapped dimension is not `size`: a
  /// type error at the call's argument.
  @Test func callWithTheWrongMappedSize() {
    let text = Self.g + """
      func @v = vmap(@g, in_axes=[0, 1], size=4)
      func @c(%x: f32[5,3], %y: f32[3,4]) -> f32[4,3] {
        %r, %s = call @v(%x, %y) : (f32[4,3], f32[4,3])
        return %r
      }
      """
    #expect(checkDiagnostics(text) == ["7:20: error: argument 0 of @v must be f32[4,3], got f32[5,3]"])
    let text2 = Self.g + """
      func @v = vmap(@g, in_axes=[0, 1], size=4)
      func @c(%x: f32[4,3], %y: f32[3,5]) -> f32[4,3] {
        %r, %s = call @v(%x, %y) : (f32[4,3], f32[4,3])
        return %r
      }
      """
    #expect(checkDiagnostics(text2) == ["7:24: error: argument 1 of @v must be f32[3,4], got f32[3,5]"])
  }
}
