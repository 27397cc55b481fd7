import Testing
@testable import FTIR

// MARK: - Helpers

private func parseOrRecord(_ src: String, sourceLocation: SourceLocation = #_sourceLocation) -> Module? {
  switch parseModule(src, fileName: "t.ftir") {
  case .success(let m): return m
  case .failure(let list):
    Issue.record("unexpected diagnostics:\n\(list)", sourceLocation: sourceLocation)
    return nil
  }
}

/// print(parse(src)), checked to be a fixed point: print(parse(print(parse(src)))) is the same.
private func canonical(_ src: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
  guard let m = parseOrRecord(src, sourceLocation: sourceLocation) else { return nil }
  let once = printModule(m)
  guard let m2 = parseOrRecord(once, sourceLocation: sourceLocation) else { return nil }
  #expect(printModule(m2) == once, sourceLocation: sourceLocation)
  return once
}

/// A one-function module around one constant, built with the API.
private func constantModule(_ t: HostTensor, type: TensorType? = nil) -> Module {
  var f = Function(name: "c")
  let v = f.newValue(type ?? t.type, name: "c")
  f.body = [Operation(OpRegistry["constant"], operands: [], results: [v], attrs: Attributes(["value": .tensor(t)]))]
  f.resultTypes = [type ?? t.type]
  f.returnValues = [v]
  return Module(name: "m", functions: [f])
}

/// The literal printed for a constant.
private func printedLiteral(_ t: HostTensor, type: TensorType? = nil) -> String {
  let text = printModule(constantModule(t, type: type))
  guard let line = text.split(separator: "\n").first(where: { $0.contains("constant") }),
        let start = line.firstRange(of: "constant "), let end = line.firstRange(of: " : ") else { return "?" }
  return String(line[start.upperBound..<end.lowerBound])
}

// MARK: - Canonical form

@Test func printsTheSpecExampleCanonically() {
  let src = """
    // comment
    func @loss(%w: f32[ 2 ], %x: f32[3, 2],
               %y: f32[3]) -> (f32[]) {
      %p = dot_general %x, %w, contract=[[1],[0]] : f32[3]
      %d = sub %p, %y : f32[3]

      %s = integer_pow %d, n=2 : f32[3]   // square
      %t = reduce_sum %s, dims=[0] : f32[]
      %n = constant 3 : f32[]
      %m = div %t, %n : f32[]
      return %m
    }
    func private @h =
        vmap(grad(@loss, argnums=[0]), size=1024, in_axes=[none, 0, 0])
    """
  let expected = """
    module @t

    func @loss(%w: f32[2], %x: f32[3,2], %y: f32[3]) -> f32[] {
      %p = dot_general %x, %w, contract=[[1], [0]] : f32[3]
      %d = sub %p, %y : f32[3]
      %s = integer_pow %d, n=2 : f32[3]
      %t = reduce_sum %s, dims=[0] : f32[]
      %n = constant 3.0 : f32[]
      %m = div %t, %n : f32[]
      return %m
    }

    func private @h = vmap(grad(@loss, argnums=[0]), in_axes=[none, 0, 0], size=1024)

    """
  #expect(canonical(src) == expected)
}

/// Canonical text that uses every operation of spec section 4.
private let allOpsModule = """
  module @all_ops

  func @unary(%x: f32[2,3], %i: i32[2,3], %b: i1[2,3]) -> f32[2,3] {
    %e = exp %x : f32[2,3]
    %l = log %e : f32[2,3]
    %l1 = log1p %l : f32[2,3]
    %em = expm1 %l1 : f32[2,3]
    %sq = sqrt %em : f32[2,3]
    %rs = rsqrt %sq : f32[2,3]
    %s = sin %rs : f32[2,3]
    %c = cos %s : f32[2,3]
    %tn = tan %c : f32[2,3]
    %t = tanh %tn : f32[2,3]
    %lg = logistic %t : f32[2,3]
    %er = erf %lg : f32[2,3]
    %fl = floor %er : f32[2,3]
    %ce = ceil %fl : f32[2,3]
    %n = neg %ce : f32[2,3]
    %a = abs %n : f32[2,3]
    %sg = sign %a : f32[2,3]
    %ia = abs %i : i32[2,3]
    %fin = is_finite %sg : i1[2,3]
    %nb = not %b : i1[2,3]
    %ni = not %ia : i32[2,3]
    %p = integer_pow %sg, n=-3 : f32[2,3]
    %pi = integer_pow %ni, n=2 : i32[2,3]
    %sgr = stop_gradient %p : f32[2,3]
    return %sgr
  }

  func private @binary(%x: f32[4], %y: f32[4], %i: i64[4], %j: i64[4], %b: i1[4]) -> (f32[4], i64[4], i1[4]) {
    %add = add %x, %y : f32[4]
    %sub = sub %add, %y : f32[4]
    %mul = mul %sub, %y : f32[4]
    %div = div %mul, %y : f32[4]
    %rem = rem %div, %y : f32[4]
    %max = max %rem, %y : f32[4]
    %min = min %max, %y : f32[4]
    %pow = pow %min, %y : f32[4]
    %at = atan2 %pow, %y : f32[4]
    %idiv = div %i, %j : i64[4]
    %and = and %idiv, %j : i64[4]
    %or = or %and, %j : i64[4]
    %xor = xor %or, %j : i64[4]
    %eq = eq %x, %y : i1[4]
    %ne = ne %i, %j : i1[4]
    %lt = lt %x, %y : i1[4]
    %le = le %eq, %ne : i1[4]
    %gt = gt %x, %y : i1[4]
    %ge = ge %x, %y : i1[4]
    %bx = xor %le, %b : i1[4]
    %sel = select %bx, %at, %x : f32[4]
    %cl = clamp %x, %sel, %y : f32[4]
    %cv = convert %cl : i64[4]
    %cb = convert %cv : i1[4]
    return %cl, %xor, %cb
  }

  func @shapes(%x: f32[2,3], %v: f32[]) -> f32[3,2] {
    %k = constant [[1.0, 2.5, -0.0], [inf, nan, 1e-05]] : f32[2,3]
    %z = constant 0 : i32[4]
    %iz = constant [-2147483648, 2147483647] : i32[2]
    %bz = constant [true, false, true] : i1[3]
    %ez = constant 0.0 : f64[0,5]
    %io = iota dim=1 : f32[2,3]
    %bc = broadcast_in_dim %v, dims=[] : f32[2,3]
    %r = reshape %x : f32[3,2]
    %t = transpose %r, perm=[1, 0] : f32[2,3]
    %sl = slice %t, start=[0, 0], limit=[2, 3] : f32[2,3]
    %sl2 = slice %sl, start=[0, 1], limit=[2, 3], stride=[1, 2] : f32[2,1]
    %pd = pad %sl2, %v, low=[0, 1], high=[0, 1] : f32[2,3]
    %pd2 = pad %pd, %v, low=[0, 0], high=[-1, 0], interior=[1, 0] : f32[2,3]
    %cat = concatenate %pd2, %io, %bc, %k, dim=0 : f32[8,3]
    %rv = reverse %cat, dims=[0, 1] : f32[8,3]
    %rs = reduce_sum %rv, dims=[0] : f32[3]
    %rp = reduce_prod %rv, dims=[1, 0] : f32[]
    %rmax = reduce_max %rv, dims=[] : f32[8,3]
    %rmin = reduce_min %rmax, dims=[1] : f32[8]
    %am = argmax %rv, dim=0 : i32[3]
    %an = argmin %rv, dim=1 : i64[8]
    %dg = dot_general %rv, %rv, batch=[[1], [1]], contract=[[0], [0]] : f32[3]
    %rr = reshape %x : f32[3,2]
    return %rr
  }

  func private @pair() -> (f32[2,3], f32[2,3]) {
    %o = constant 1.0 : f32[2,3]
    return %o, %o
  }

  func @branches(%p: i1[], %k: i32[], %x: f32[2,3]) -> (f32[2,3], i32[]) {
    %r = cond %p, %x : f32[2,3]
      then(%a: f32[2,3]) {
        %n = neg %a : f32[2,3]
        yield %n
      }
      else(%a: f32[2,3]) {
        yield %a
      }
    %s, %j = cond %k, %r, %k : (f32[2,3], i32[])
      branch(%a: f32[2,3], %i: i32[]) {
        %q = constant true : i1[]
        %t = cond %q, %a : f32[2,3]
          then(%b: f32[2,3]) {
            yield %b
          }
          else(%b: f32[2,3]) {
            %e = exp %b : f32[2,3]
            yield %e
          }
        yield %t, %i
      }
      branch(%a: f32[2,3], %i: i32[]) {
        yield %a, %i
      }
    return %s, %j
  }

  func @indexing(%x: f32[2,3], %i: i32[2,4], %k: i64[]) -> (f32[2,3], f32[2,3]) {
    %g = gather %x, %i, axis=1, batch_dims=1 : f32[2,4]
    %s = scatter_add %x, %i, %g, axis=1, batch_dims=1 : f32[2,3]
    %j = gather %x, %k, axis=0 : f32[3]
    %d = dynamic_slice %s, %k, %k, sizes=[1, 2] : f32[1,2]
    %u = dynamic_update_slice %x, %d, %k, %k : f32[2,3]
    return %s, %u
  }

  func @loops(%c: f32[3], %xs: f32[4,3], %n: i32[]) -> (f32[3], f32[4,3], i32[]) {
    %h, %ys = scan %c, %xs, carries=1, length=4 : (f32[3], f32[4,3])
      body(%a: f32[3], %x: f32[3]) {
        %s = add %a, %x : f32[3]
        yield %s, %s
      }
    %k = while %n, max_trips=10 : i32[]
      cond(%i: i32[]) {
        %z = constant 0 : i32[]
        %p = gt %i, %z : i1[]
        yield %p
      }
      body(%i: i32[]) {
        %o = constant 1 : i32[]
        %j = sub %i, %o : i32[]
        yield %j
      }
    return %h, %ys, %k
  }

  func @cumulative(%x: f32[2,3], %i: i64[4]) -> (f32[2,3], i64[4]) {
    %s = cumsum %x, axis=1 : f32[2,3]
    %p = cumprod %s, axis=0, reverse=true : f32[2,3]
    %m = cummax %p, axis=1, reverse=false : f32[2,3]
    %n = cummin %i, axis=0 : i64[4]
    return %m, %n
  }

  func @sorts(%x: f32[2,3], %i: i64[2,3]) -> (f32[2,3], i64[2,3], f32[2,3]) {
    %s, %j = sort %x, %i, dimension=1, num_keys=2, descending=true : (f32[2,3], i64[2,3])
    %t = sort %s, dimension=0, descending=false : f32[2,3]
    return %t, %j, %s
  }

  func @convs(%x: f32[2,4,5,5], %w: f32[6,2,3,3]) -> f32[2,6,3,3] {
    %y = conv %x, %w, window_strides=[2, 2], pad_low=[1, 1], pad_high=[1, 1], lhs_dilation=[1, 1], rhs_dilation=[1, 1], feature_group_count=2, batch_group_count=1 : f32[2,6,3,3]
    return %y
  }

  func @bits(%x: f32[2,3], %i: i32[2,3]) -> (f32[2,3], i32[2,3]) {
    %l = shift_left %i, %i : i32[2,3]
    %r = shift_right_logical %l, %i : i32[2,3]
    %a = shift_right_arithmetic %r, %i : i32[2,3]
    %f = bitcast_convert %a : f32[2,3]
    %e = erf_inv %f : f32[2,3]
    %m = fma %e, %x, %x : f32[2,3]
    return %m, %a
  }

  func @calls(%x: f32[2,3], %i: i32[2,3], %b: i1[2,3]) -> (f32[2,3], f32[2,3]) {
    %a = call @unary(%x, %i, %b) : f32[2,3]
    %r0, %r1 = call @pair() : (f32[2,3], f32[2,3])
    return %r0, %a
  }

  """

@Test func allOperationsRoundTrip() throws {
  let src = allOpsModule
  let m = try #require(parseOrRecord(src))
  let used = Set(m.functions.flatMap { $0.body.map(\.name) })
  let missing = OpRegistry.all.map(\.name).filter { !used.contains($0) }
  #expect(missing.isEmpty, "ops not covered: \(missing)")
  // Already canonical: printing reproduces the text exactly.
  #expect(printModule(m) == src)
  #expect(canonical(src) == src)
}

/// Every transform form of spec section 5 (already canonical).
private let transformsModule = """
  module @transforms

  func @loss(%w: f32[2], %x: f32[3,2], %y: f32[3]) -> f32[] {
    %p = dot_general %x, %w, contract=[[1], [0]] : f32[3]
    %d = sub %p, %y : f32[3]
    %s = integer_pow %d, n=2 : f32[3]
    %t = reduce_sum %s, dims=[0] : f32[]
    return %t
  }

  func @dloss = grad(@loss)

  func @vg = value_and_grad(@loss, argnums=[0, 2])

  func @per_ex = vmap(grad(@loss), in_axes=[none, 0, 0], size=1024)

  func @d2 = grad(grad(@loss))

  func @h = hessian(@loss)

  func @h1 = hessian(@loss, argnums=1)

  func @jr = jacrev(@loss, argnums=[0])

  func @jf = jacfwd(@loss)

  func @fwd = jvp(@loss)

  func @bwd = vjp(@loss, argnums=[1])

  func private @aux = grad(@loss, argnums=2, has_aux=true)

  func @vm = vmap(@loss, in_axes=[0, -1, none], out_axes=[0], size=0)

  func @deep = jacfwd(jacrev(vmap(value_and_grad(@loss, argnums=[0], has_aux=false), in_axes=[0, 0, 0], out_axes=[none, 1], size=3)))

  """

@Test func allTransformFormsRoundTrip() throws {
  let m = try #require(parseOrRecord(transformsModule))
  #expect(printModule(m) == transformsModule)
  // Keys are printed in TransformKind.keys order, whatever order they were written in.
  let reordered = "func @g = vmap(@f, size=2, out_axes=[0], in_axes=[1])\nfunc @k = grad(@f, has_aux=true, argnums=[1])\n"
  #expect(canonical(reordered) == "module @t\n\nfunc @g = vmap(@f, in_axes=[1], out_axes=[0], size=2)\n\nfunc @k = grad(@f, argnums=[1], has_aux=true)\n")
}

@Test func idempotentOnMessyInputs() {
  let inputs = [
    "module @m\nfunc @f(%a.1: f64[], %0: f64[]) -> (f64[], f64[]) {\n  %x_2 = add %a.1, %0 : f64[]\n  %c = constant [1e400, -1e-400] : f64[2]\n  return %x_2, %0\n}\n",
    "func @f() -> f32[] {\n  %a = constant 0.30000001 : f32[]\n  %b = constant 3.4028235e38 : f32[]\n  %c = constant 1.0e-45 : f32[]\n  %d = constant [[1,1],[1,1]] : f32[2,2]\n  return %a\n}\n",
    "func @f() -> i1[] {\n  %a = constant [[true], [true]] : i1[2,1]\n  %b = constant -00012 : i64[3]\n  %c = constant [] : f32[0]\n  %d = constant [[], []] : f32[2, 0]\n  return %a\n}\n",
    "func @f(%x: f32[2]) -> f32[2] {\n  %y = integer_pow %x, n=-0 : f32[2]\n  %z = call @f(%y) : (f32[2])\n  return %z\n}\n",
  ]
  for src in inputs { _ = canonical(src) }
}

// MARK: - Floats and constants

@Test func floatPrinting() {
  #expect(printedLiteral(HostTensor([Float(1)], shape: [])) == "1.0")
  #expect(printedLiteral(HostTensor([-0.0 as Double], shape: [])) == "-0.0")
  #expect(printedLiteral(HostTensor([Float(-0.0)], shape: [])) == "-0.0")
  #expect(printedLiteral(HostTensor([1e-5 as Double], shape: [])) == "1e-05")
  #expect(printedLiteral(HostTensor([Double.infinity], shape: [])) == "inf")
  #expect(printedLiteral(HostTensor([-Float.infinity], shape: [])) == "-inf")
  #expect(printedLiteral(HostTensor([Float.nan], shape: [])) == "nan")
  #expect(printedLiteral(HostTensor([-Double.nan], shape: [])) == "nan")
  // f32 0.1 is printed in the shortest form for f32, not as the f64 expansion.
  #expect(printedLiteral(HostTensor([Float(0.1)], shape: [])) == "0.1")
  #expect(printedLiteral(HostTensor([0.1 as Double], shape: [])) == "0.1")
  #expect(printedLiteral(HostTensor([Float(1e30)], shape: [])) == "1e+30")
  #expect(printedLiteral(HostTensor([Float(100)], shape: [])) == "100.0")
  #expect(printedLiteral(HostTensor([Float.leastNonzeroMagnitude], shape: [])) == "1e-45")
  #expect(printedLiteral(HostTensor([Double.greatestFiniteMagnitude], shape: [])) == "1.7976931348623157e+308")
  // Parsed literals, printed back in the shortest form of their dtype.
  let m = canonical("func @f() -> f32[] {\n  %a = constant 0.1 : f32[]\n  %b = constant 1e39 : f32[]\n  %c = constant -0 : f32[]\n  %d = constant 0.1 : f64[]\n  %e = constant 16777217 : f32[]\n  return %a\n}\n")
  #expect(m?.contains("%a = constant 0.1 : f32[]") ?? false)
  #expect(m?.contains("%b = constant inf : f32[]") ?? false)
  #expect(m?.contains("%c = constant -0.0 : f32[]") ?? false)
  #expect(m?.contains("%d = constant 0.1 : f64[]") ?? false)
  #expect(m?.contains("%e = constant 16777216.0 : f32[]") ?? false)
  // Attribute floats (Double) print the same way.
  #expect(Attr.list([.float(1), .float(-0.0), .float(1e-5), .float(.nan), .int(3), .none, .bool(true)]).description
          == "[1.0, -0.0, 1e-05, nan, 3, none, true]")
}

@Test func splatsListsAndZeroSizeConstants() {
  // All elements equal: a splat; otherwise a nested list in the shape.
  #expect(printedLiteral(HostTensor([Float](repeating: 2, count: 6), shape: [2, 3])) == "2.0")
  #expect(printedLiteral(HostTensor([Float(1), 2, 3, 4, 5, 6], shape: [2, 3])) == "[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]")
  #expect(printedLiteral(HostTensor([Int32(1), 2], shape: [2, 1])) == "[[1], [2]]")
  #expect(printedLiteral(HostTensor([Int64.min, Int64.max], shape: [2])) == "[-9223372036854775808, 9223372036854775807]")
  #expect(printedLiteral(HostTensor([true, false], shape: [2])) == "[true, false]")
  #expect(printedLiteral(HostTensor([Float.nan, Float.nan], shape: [2])) == "nan")
  // -0.0 and 0.0 differ in bits: not a splat.
  #expect(printedLiteral(HostTensor([Float(0), -0.0], shape: [2])) == "[0.0, -0.0]")
  // Zero-size: a splat of zero (valid for any zero-size type).
  #expect(printedLiteral(HostTensor([Float](), shape: [0, 3])) == "0.0")
  #expect(printedLiteral(HostTensor([Bool](), shape: [0])) == "false")
  #expect(printedLiteral(HostTensor([Int32](), shape: [2, 0])) == "0")
  // A splat stored for a larger type (as the parser makes it) prints as written.
  let s = printModule(constantModule(HostTensor([Float(7)], shape: []), type: TensorType(.f32, [1000, 1000])))
  #expect(s.contains("%c = constant 7.0 : f32[1000,1000]"))
  _ = canonical(s)
}

// MARK: - Value names

@Test func freshAndCollidingNamesAreMadeUnique() throws {
  var f = Function(name: "f")
  let a = f.newValue(TensorType(.f32, [2]), name: "1")       // a source name that looks generated
  let b = f.newValue(TensorType(.f32, [2]), name: nil)       // fresh
  let c = f.newValue(TensorType(.f32, [2]), name: "1")       // collides with %1
  let d = f.newValue(TensorType(.f32, [2]), name: "bad name")  // not a valid name
  let e = f.newValue(TensorType(.f32, [2]), name: "0")       // defined later, keeps %0
  f.params = [a]
  f.resultTypes = [TensorType(.f32, [2])]
  let neg = OpRegistry["neg"]
  f.body = [
    Operation(neg, operands: [a], results: [b]),
    Operation(neg, operands: [b], results: [c]),
    Operation(neg, operands: [c], results: [d]),
    Operation(neg, operands: [d], results: [e]),
  ]
  f.returnValues = [e]
  let text = printModule(Module(name: "m", functions: [f]))
  #expect(text == """
    module @m

    func @f(%1: f32[2]) -> f32[2] {
      %2 = neg %1 : f32[2]
      %3 = neg %2 : f32[2]
      %4 = neg %3 : f32[2]
      %0 = neg %4 : f32[2]
      return %0
    }

    """)
  let m = try #require(parseOrRecord(text))
  #expect(printModule(m) == text)
}

@Test func apiBuiltModulePrintsAndReparses() throws {
  // Attributes print in spec order whatever the dictionary order; optional ones are omitted.
  var f = Function(name: "g", isPrivate: true)
  let x = f.newValue(TensorType(.f32, [4, 4]), name: "x")
  let v = f.newValue(TensorType(.f32, []), name: "v")
  let p = f.newValue(TensorType(.f32, [6, 5]))
  let q = f.newValue(TensorType(.f32, [5, 6]))
  let r = f.newValue(TensorType(.f32, [5, 6]))
  let s = f.newValue(TensorType(.f32, [5, 6]))
  f.params = [x, v]
  f.resultTypes = [TensorType(.f32, [5, 6]), TensorType(.f32, [])]
  f.body = [
    Operation(OpRegistry["pad"], operands: [x, v], results: [p],
              attrs: Attributes(["interior": .list([.int(0), .int(0)]), "high": .list([.int(1), .int(0)]), "low": .list([.int(1), .int(1)])])),
    Operation(OpRegistry["transpose"], operands: [p], results: [q], attrs: Attributes(["perm": .list([.int(1), .int(0)])])),
    Operation(OpRegistry["call"], operands: [q], results: [r, s], attrs: Attributes(["callee": .symbol("g")])),
  ]
  f.returnValues = [r, v]
  let text = printModule(Module(name: "api", functions: [f]))
  #expect(text == """
    module @api

    func private @g(%x: f32[4,4], %v: f32[]) -> (f32[5,6], f32[]) {
      %0 = pad %x, %v, low=[1, 1], high=[1, 0], interior=[0, 0] : f32[6,5]
      %1 = transpose %0, perm=[1, 0] : f32[5,6]
      %2, %3 = call @g(%1) : (f32[5,6], f32[5,6])
      return %2, %v
    }

    """)
  let m = try #require(parseOrRecord(text))
  #expect(printModule(m) == text)
}
