@testable import FTIR

// The compiled-vs-interpreter functions of the loops (listed in
// CompiledOpTests' `compiledOpCases`), checked bit for bit: odd and even
// lengths (the final carries in either slot), reverse, a fori loop without
// inputs, length 0, a carry passed through unchanged, several stacked
// outputs of different dtypes, a scan nested in a scan's body, and results
// feeding later kernels.

private func ty(_ d: DType, _ s: [Int]) -> TensorType { TensorType(d, s) }

func scanCompiledCases() -> [OpFunction] {
  let h = ty(.f32, [3, 5]), s = ty(.f32, [])
  var out: [OpFunction] = []
  for (n, reverse) in [(7, false), (6, true), (1, false), (0, false)] {
    let xs = ty(.f32, [n, 3, 5]), ks = ty(.i32, [n])
    out.append(opFunc("scan_rnn_\(n)\(reverse ? "_rev" : "")", params: [h, xs, h], results: [h, xs, ks, h], body: [
      "%k0 = constant 0 : i32[]",
      "%hf, %wf, %kf, %ys, %is = scan %a0, %a2, %k0, %a1, carries=3, length=\(n)\(reverse ? ", reverse=true" : "") : (\(h), \(h), i32[], \(xs), \(ks))",
      "  body(%c: \(h), %w: \(h), %k: i32[], %x: \(h)) {",
      "    %m = mul %w, %c : \(h)",
      "    %a = add %m, %x : \(h)",
      "    %z = constant 0.25 : \(h)",
      "    %r = max %a, %z : \(h)",
      "    %one = constant 1 : i32[]",
      "    %k1 = add %k, %one : i32[]",
      "    yield %r, %w, %k1, %a, %k",
      "  }",
      "%e = add %hf, %a0 : \(h)",
    ], returns: ["%hf", "%ys", "%is", "%e"]))
  }
  out.append(opFunc("scan_fori", params: [s, s], results: [s, s], body: [
    "%x, %b = scan %a0, %a1, length=9 : (\(s), \(s))",
    "  body(%u: \(s), %v: \(s)) {",
    "    %m = mul %u, %v : \(s)",
    "    %half = constant 0.5 : \(s)",
    "    %n = add %m, %half : \(s)",
    "    yield %n, %v",
    "  }",
  ], returns: ["%x", "%b"]))
  let v = ty(.f64, [4]), grid = ty(.f64, [5, 3, 4]), row = ty(.f64, [3, 4])
  out.append(opFunc("scan_nested", params: [v, grid], results: [v, grid], body: [
    "%c, %ys = scan %a0, %a1, carries=1, length=5 : (\(v), \(grid))",
    "  body(%u: \(v), %r: \(row)) {",
    "    %d, %zs = scan %u, %r, carries=1, length=3, reverse=true : (\(v), \(row))",
    "      body(%p: \(v), %q: \(v)) {",
    "        %s = sub %q, %p : \(v)",
    "        yield %s, %p",
    "      }",
    "    yield %d, %zs",
    "  }",
  ], returns: ["%c", "%ys"]))
  return out
}

/// `while`: a counted loop over array carries (odd and even trip counts:
/// the final carries in either slot), zero trips, an integer carry, and a
/// while nested in a scan's body.
func whileCompiledCases() -> [OpFunction] {
  let t = ty(.f32, [13, 17])
  var out: [OpFunction] = []
  for trips in [0, 1, 4, 7] {
    out.append(opFunc("while_count_\(trips)", params: [t, t], results: [t, ty(.i32, []), t], body: [
      "%k0 = constant 0 : i32[]",
      "%x, %k, %y = while %a0, %k0, %a1, max_trips=10 : (\(t), i32[], \(t))",
      "  cond(%u: \(t), %i: i32[], %v: \(t)) {",
      "    %n = constant \(trips) : i32[]",
      "    %p = lt %i, %n : i1[]",
      "    yield %p",
      "  }",
      "  body(%u: \(t), %i: i32[], %v: \(t)) {",
      "    %h = constant 0.5 : \(t)",
      "    %m0 = mul %u, %h : \(t)",
      "    %w = add %m0, %v : \(t)",
      "    %one = constant 1 : i32[]",
      "    %j = add %i, %one : i32[]",
      "    yield %w, %j, %v",
      "  }",
      "%e = sub %x, %a1 : \(t)",
    ], returns: ["%x", "%k", "%e"]))
  }
  let v = ty(.f64, [6]), xs = ty(.f64, [3, 6])
  out.append(opFunc("while_in_scan", params: [v, xs], results: [v, xs], body: [
    "%c, %ys = scan %a0, %a1, carries=1, length=3 : (\(v), \(xs))",
    "  body(%u: \(v), %r: \(v)) {",
    "    %k0 = constant 0 : i32[]",
    "    %w, %k, %rr = while %u, %k0, %r, max_trips=5 : (\(v), i32[], \(v))",
    "      cond(%p: \(v), %i: i32[], %q: \(v)) {",
    "        %two = constant 2 : i32[]",
    "        %b = lt %i, %two : i1[]",
    "        yield %b",
    "      }",
    "      body(%p: \(v), %i: i32[], %q: \(v)) {",
    "        %s = sub %p, %q : \(v)",
    "        %one = constant 1 : i32[]",
    "        %j = add %i, %one : i32[]",
    "        yield %s, %j, %q",
    "      }",
    "    yield %w, %w",
    "  }",
  ], returns: ["%c", "%ys"]))
  return out
}
