import Testing
@testable import FTIR

// MARK: - Helpers

/// The diagnostics of a source that must fail to parse, as "LINE:COL: message".
private func errors(_ src: String, file: String = "t.ftir") -> [String] {
  switch parseModule(src, fileName: file) {
  case .success: return []
  case .failure(let list): return list.diagnostics.map { "\($0.loc?.description ?? "?"): \($0.message)" }
  }
}

private func errors(bytes: [UInt8]) -> [String] {
  switch parseModule(bytes: bytes, fileName: "t.ftir") {
  case .success: return []
  case .failure(let list): return list.diagnostics.map { "\($0.loc?.description ?? "?"): \($0.message)" }
  }
}

/// Expects exactly one diagnostic, at `loc`, whose message contains `message`.
private func expectOne(_ src: String, at loc: String, _ message: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
  let es = errors(src)
  #expect(es.count == 1, "\(es)", sourceLocation: sourceLocation)
  if let e = es.first {
    #expect(e.hasPrefix(loc + ": "), "\(e)", sourceLocation: sourceLocation)
    #expect(e.contains(message), "\(e)", sourceLocation: sourceLocation)
  }
}

private func parsed(_ src: String, file: String = "t.ftir", sourceLocation: SourceLocation = #_sourceLocation) -> Module? {
  switch parseModule(src, fileName: file) {
  case .success(let m): return m
  case .failure(let list):
    Issue.record("unexpected diagnostics:\n\(list)", sourceLocation: sourceLocation)
    return nil
  }
}

/// Wraps one body line in a function `@f(%a: f32[2], %b: f32[2])`; the line is line 2.
private func body(_ line: String, ret: String = "%a") -> String {
  "func @f(%a: f32[2], %b: f32[2]) -> f32[2] {\n\(line)\n  return \(ret)\n}\n"
}

private let lossExample = """
  func @loss(%w: f32[2], %x: f32[3,2], %y: f32[3]) -> f32[] {
    %p = dot_general %x, %w, contract=[[1],[0]] : f32[3]
    %d = sub %p, %y : f32[3]
    %s = integer_pow %d, n=2 : f32[3]
    %t = reduce_sum %s, dims=[0] : f32[]
    %n = constant 3.0 : f32[]
    %m = div %t, %n : f32[]
    return %m
  }

  """

// MARK: - What the parser builds

@Test func parsesSpecExampleWithLocations() throws {
  let m = try #require(parsed(lossExample, file: "dir/my-model.v2.ftir"))
  #expect(m.name == "my_model_v2")
  #expect(m.functions.count == 1)
  let f = m.functions[0]
  #expect(f.name == "loss" && !f.isPrivate && f.transform == nil)
  #expect(f.signature.params == [TensorType(.f32, [2]), TensorType(.f32, [3, 2]), TensorType(.f32, [3])])
  #expect(f.resultTypes == [TensorType(.f32, [])])
  #expect(f.params.map { f.values[$0.id].name } == ["w", "x", "y"])
  #expect(f.values[f.params[1].id].loc == SourceLoc(line: 1, col: 24))
  #expect(f.locs.funcKeyword == SourceLoc(line: 1, col: 1))
  #expect(f.locs.name == SourceLoc(line: 1, col: 6))
  #expect(f.locs.resultTypes == [SourceLoc(line: 1, col: 53)])
  #expect(f.locs.returnStmt == SourceLoc(line: 8, col: 3))
  #expect(f.locs.returnOperands == [SourceLoc(line: 8, col: 10)])
  #expect(f.body.map(\.name) == ["dot_general", "sub", "integer_pow", "reduce_sum", "constant", "div"])

  let dot = f.body[0]
  #expect(dot.operands == [f.params[1], f.params[0]])
  #expect(dot.attrs["contract"] == .list([.list([.int(1)]), .list([.int(0)])]))
  #expect(dot.attrs["batch"] == nil)
  #expect(dot.locs.op == SourceLoc(line: 2, col: 8))
  #expect(dot.locs.operands == [SourceLoc(line: 2, col: 20), SourceLoc(line: 2, col: 24)])
  #expect(dot.locs.attrs["contract"] == SourceLoc(line: 2, col: 37))
  #expect(dot.locs.type == SourceLoc(line: 2, col: 49))
  #expect(f.type(of: dot.results[0]) == TensorType(.f32, [3]))
  #expect(f.values[dot.results[0].id].name == "p")
  #expect(f.values[dot.results[0].id].loc == SourceLoc(line: 2, col: 3))

  let c = f.body[4]
  let t = try #require(c.attrs.tensor("value"))
  #expect(t.bitwiseEqual(HostTensor([Float(3)], shape: [])))
  #expect(c.locs.attrs["value"] == SourceLoc(line: 6, col: 17))
  #expect(f.returnValues == [f.body[5].results[0]])
}

@Test func parsesCallsAndMultipleResults() throws {
  let src = """
    module @m
    func private @g(%a: f32[]) -> (f32[], i32[2]) {
      %z = constant [1, 2] : i32[2]
      return %a, %z
    }
    func @f(%a: f32[]) -> f32[] {
      %r0, %r1 = call @g(%a) : (f32[], i32[2])
      %k = call @k() : f32[]
      return %r0
    }
    func @k() -> (f32[]) {
      %c = constant -0 : f32[]
      return %c
    }
    """
  let m = try #require(parsed(src))
  #expect(m.name == "m")
  #expect(m.functions.map(\.name) == ["g", "f", "k"])
  #expect(m.functions[0].isPrivate)
  #expect(m.functions[0].resultTypes == [TensorType(.f32, []), TensorType(.i32, [2])])
  let f = m.functions[1]
  let call = f.body[0]
  #expect(call.attrs["callee"] == .symbol("g"))
  #expect(call.locs.attrs["callee"] == SourceLoc(line: 7, col: 19))
  #expect(call.locs.operands == [SourceLoc(line: 7, col: 22)])
  #expect(call.locs.type == SourceLoc(line: 7, col: 28))
  #expect(call.results.map { f.type(of: $0) } == [TensorType(.f32, []), TensorType(.i32, [2])])
  #expect(f.body[1].operands.isEmpty && f.body[1].attrs["callee"] == .symbol("k"))
  let z = try #require(m.functions[2].body[0].attrs.tensor("value"))
  guard case .f32(let zs) = z.storage else { Issue.record("not f32"); return }
  #expect(zs[0] == 0 && zs[0].sign == .minus)
  let ints = try #require(m.functions[0].body[0].attrs.tensor("value"))
  #expect(ints.storage == .i32([1, 2]) && ints.shape == [2])
}

@Test func parsesTransformDefinitions() throws {
  let src = """
    func @loss(%w: f32[2], %x: f32[3,2], %y: f32[3]) -> f32[] {
      return %w
    }
    func private @per_ex = vmap(grad(@loss), in_axes=[none, 0, 0],
                                size=1024)
    func @vg =
      value_and_grad(@loss, argnums=[0, 2], has_aux=false, weird=[1.5, [none]])
    """
  let m = try #require(parsed(src))
  let pe = m.functions[1]
  #expect(pe.isPrivate && pe.name == "per_ex" && pe.body.isEmpty && pe.params.isEmpty && pe.resultTypes.isEmpty)
  guard case .apply(.vmap, let inner, let args, let loc)? = pe.transform else { Issue.record("not vmap"); return }
  #expect(loc == SourceLoc(line: 4, col: 24))
  #expect(args.map(\.key) == ["in_axes", "size"])
  #expect(args[0].value == .list([.none, .int(0), .int(0)]))
  #expect(args[0].keyLoc == SourceLoc(line: 4, col: 42))
  #expect(args[0].valueLoc == SourceLoc(line: 4, col: 50))
  #expect(args[1].valueLoc == SourceLoc(line: 5, col: 34))
  guard case .apply(.grad, .function("loss", let floc), let gargs, let gloc) = inner else { Issue.record("not grad"); return }
  #expect(gargs.isEmpty && gloc == SourceLoc(line: 4, col: 29) && floc == SourceLoc(line: 4, col: 34))
  // Keys are not validated by the parser (deriveTransform does that).
  guard case .apply(.value_and_grad, _, let vargs, _)? = m.functions[2].transform else { Issue.record("not vg"); return }
  #expect(vargs.map(\.key) == ["argnums", "has_aux", "weird"])
  #expect(vargs[2].value == .list([.float(1.5), .list([.none])]))
}

@Test func attributeValues() throws {
  let src = body("  %s = slice %a, start=[-1], limit=[9223372036854775807], stride=[0] : f32[2]")
  let m = try #require(parsed(src))
  let op = m.functions[0].body[0]
  #expect(op.attrs["start"] == .list([.int(-1)]))
  #expect(op.attrs["limit"] == .list([.int(Int.max)]))
  // Kind checks are left to the verifier: a float or bool attribute parses.
  let m2 = try #require(parsed(body("  %p = integer_pow %a, n=2.5e0 : f32[2]\n  %q = integer_pow %a, n=true : f32[2]\n  %r = integer_pow %a, n=-inf : f32[2]")))
  #expect(m2.functions[0].body.map { $0.attrs["n"] } == [.float(2.5), .bool(true), .float(-.infinity)])
}

@Test func literalConversion() throws {
  let src = """
    func @f() -> f32[] {
      %a = constant 0.1 : f32[]
      %b = constant 1e39 : f32[]
      %c = constant -inf : f64[]
      %d = constant [[1, 2.5], [nan, -0]] : f64[2,2]
      %e = constant -9223372036854775808 : i64[]
      %g = constant [true, false] : i1[2]
      %h = constant [] : f32[0]
      %i = constant 7 : f32[0, 3]
      %j = constant [[], []] : i32[2, 0]
      %k = constant 2147483647 : i32[4]
      %l = constant 1. : f32[]
      return %a
    }
    """
  let m = try #require(parsed(src))
  let t = m.functions[0].body.compactMap { $0.attrs.tensor("value") }
  #expect(t.count == 11)
  #expect(t[0].storage == .f32([Float("0.1")!]))
  #expect(t[1].storage == .f32([.infinity]))
  #expect(t[2].storage == .f64([-.infinity]))
  #expect(t[3].shape == [2, 2])
  guard case .f64(let d) = t[3].storage else { Issue.record("not f64"); return }
  #expect(d[0] == 1 && d[1] == 2.5 && d[2].isNaN && d[3] == 0 && d[3].sign == .minus)
  #expect(t[4].storage == .i64([Int64.min]))
  #expect(t[5].storage == .i1([true, false]))
  #expect(t[6].shape == [0] && t[6].count == 0)
  #expect(t[7].shape == [] && t[7].storage == .f32([7]))
  #expect(t[8].shape == [2, 0] && t[8].count == 0)
  #expect(t[9].shape == [] && t[9].storage == .i32([Int32.max]))
  #expect(t[10].storage == .f32([1]))
}

@Test func defaultModuleNames() {
  #expect(defaultModuleName(fileName: "model.ftir") == "model")
  #expect(defaultModuleName(fileName: "/a/b.c/3d-net.ftir") == "_3d_net")
  #expect(defaultModuleName(fileName: "caf\u{E9}.ftir") == "caf_")
  #expect(defaultModuleName(fileName: "noext") == "noext")
  #expect(defaultModuleName(fileName: ".ftir") == "_ftir")
  #expect(defaultModuleName(fileName: "") == "module")
}

@Test func commentsBlankLinesAndFreeWhitespace() throws {
  let src = "// header\n\n  module   @m // name\n// c\nfunc\n  @f ( %a :\n f32 [ 3 ,\t2 ] )\n -> f32[3, 2]  // sig\n{ // open\n\n  %b = neg %a : f32 [3 , 2] // op\n  return %b // ret\n} // close\n"
  let m = try #require(parsed(src))
  #expect(m.name == "m")
  #expect(m.functions[0].resultTypes == [TensorType(.f32, [3, 2])])
  #expect(m.functions[0].body.count == 1)
}

// MARK: - Diagnostics, one class at a time (exact line:col)

@Test func lexicalErrors() {
  expectOne(body("  %c = neg $a : f32[2]"), at: "2:12", "unexpected character '$'")
  expectOne(body("  %c = neg %a : f32[2x]"), at: "2:21", "invalid numeric literal")
  expectOne(body("  %c = neg % : f32[2]"), at: "2:12", "value name")
  expectOne("func @1f() -> f32[] {\n  return %a\n}\n", at: "1:6", "function name")
  expectOne(body("  %c = neg %a : f32[2] \u{00E9}"), at: "2:24", "unexpected character 'é'")
}

@Test func nonUTF8Input() {
  // An invalid byte inside a comment and one in an operation line; columns count characters.
  var bytes = Array("// caf\u{E9} \u{1F600} ".utf8) + [0xFF] + Array("\n".utf8)
  bytes += Array("func @f(%a: f32[]) -> f32[] {\n  %b = neg ".utf8) + [0xC3, 0x28] + Array(" : f32[]\n  return %a\n}\n".utf8)
  let es = errors(bytes: bytes)
  #expect(es.count == 2, "\(es)")
  #expect(es.first?.hasPrefix("1:11: invalid UTF-8 byte 0xFF") ?? false, "\(es)")
  #expect(es.last?.hasPrefix("3:12: invalid UTF-8 byte 0xC3") ?? false, "\(es)")
  // A leading byte order mark is skipped (and not counted as a column).
  #expect(errors(bytes: [0xEF, 0xBB, 0xBF] + Array("module $".utf8)) == ["1:8: unexpected character '$'"])
  // Truncated multi-byte sequence at the end, overlong encoding, surrogate.
  for tail: [UInt8] in [[0xE2, 0x82], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
    let es = errors(bytes: Array("module @m ".utf8) + tail)
    #expect(es.count == 1 && es[0].hasPrefix("1:11: invalid UTF-8 byte"), "\(es)")
  }
}

@Test func literalTooLong() {
  let digits = String(repeating: "7", count: 2000)
  expectOne(body("  %c = constant \(digits) : f32[]"), at: "2:17", "longer than the maximum of 1000")
  expectOne(body("  %c = integer_pow %a, n=\(digits) : f32[2]"), at: "2:26", "longer than the maximum of 1000")
  // 1,000 characters is still fine (and a huge float is just inf).
  let ok = String(repeating: "9", count: 999) + ".0"
  #expect(errors(body("  %c = constant \(ok.dropLast()) : f32[]")).isEmpty)
}

@Test func unterminatedFunction() {
  expectOne("func @f() -> f32[] {\n  %c = constant 1.0 : f32[]\n  return %c\n", at: "1:1", "unterminated function '@f'")
  let two = "module @m\n\nfunc @f() -> f32[] {\n  return %c\nfunc @g() -> f32[] {\n  %c = constant 1.0 : f32[]\n  return %c\n}\n"
  let es = errors(two)
  #expect(es == ["3:1: unterminated function '@f': missing '}'", "4:10: use of undefined value '%c'"], "\(es)")
}

@Test func lineStructure() {
  // Two operations on one line.
  expectOne(body("  %c = neg %a : f32[2] %d = neg %a : f32[2]"), at: "2:24", "each operation must stand on its own line")
  // An operation after '{' on the same line.
  expectOne("func @f(%a: f32[]) -> f32[] { %b = neg %a : f32[]\n  return %b\n}\n", at: "1:31", "each operation must stand on its own line")
  // 'return' sharing a line, '}' sharing a line (before and after).
  expectOne("func @f(%a: f32[]) -> f32[] {\n  %c = neg %a : f32[] return %c\n}\n", at: "2:23", "'return' must stand on its own line")
  expectOne("func @f(%a: f32[]) -> f32[] {\n  return %a }\n", at: "2:13", "closing '}' must stand on its own line")
  expectOne("func @f(%a: f32[]) -> f32[] {\n  return %a\n} %x\n", at: "3:1", "closing '}' must stand on its own line")
  // An operation spanning two lines.
  expectOne(body("  %c = add %a,\n    %b : f32[2]"), at: "2:15", "found end of line (each operation must fit on one line)")
  // Comment positions: end of line is where the comment starts.
  expectOne(body("  %c = add %a, // more\n"), at: "2:16", "found end of line")
  // Missing return, two returns, operation after return.
  expectOne("func @f(%a: f32[]) -> f32[] {\n}\n", at: "2:1", "has no 'return'")
  expectOne(body("  return %a", ret: "%b"), at: "3:3", "only one 'return'")
  expectOne("func @f(%a: f32[]) -> f32[] {\n  return %a\n  %z = neg %a : f32[]\n}\n", at: "3:3", "operation after 'return'")
}

@Test func moduleDeclaration() {
  expectOne("module @a\nmodule @b\n", at: "2:1", "declared more than once")
  expectOne("func @f = grad(@g)\nmodule @b\n", at: "2:1", "'module' must come before any function")
  expectOne("module m\n", at: "1:8", "expected a module name")
}

@Test func unknownOperation() {
  expectOne(body("  %c = frobnicate %a : f32[2]"), at: "2:8", "unknown operation 'frobnicate'")
  expectOne(body("  %c = %a"), at: "2:8", "expected an operation name")
}

@Test func unknownAndRepeatedAttributes() {
  expectOne(body("  %c = reduce_sum %a, dims=[0], keepdims=true : f32[]"), at: "2:33", "'reduce_sum' has no attribute 'keepdims'")
  expectOne(body("  %c = neg %a, n=1 : f32[2]"), at: "2:16", "'neg' has no attribute 'n' (it takes none)")
  expectOne(body("  %c = reduce_sum %a, dims=[0], dims=[0] : f32[]"), at: "2:33", "repeated attribute 'dims'")
  expectOne(body("  %c = transpose perm=[0], %a : f32[2]"), at: "2:28", "operands must come before attributes")
  expectOne(body("  %c = iota dim=99999999999999999999 : f32[2]"), at: "2:17", "out of range")
}

@Test func ssaErrors() {
  expectOne(body("  %c = neg %zz : f32[2]"), at: "2:12", "use of undefined value '%zz'")
  expectOne(body("  %a = neg %b : f32[2]"), at: "2:3", "value '%a' is already defined at 1:9")
  expectOne(body("  %c = neg %c : f32[2]"), at: "2:12", "'%c' is used before its definition")
  expectOne("func @f(%a: f32[], %a: f32[]) -> f32[] {\n  return %a\n}\n", at: "1:20", "value '%a' is already defined")
  expectOne(body("  %c, %d = neg %a : f32[2]"), at: "2:21", "2 result names but 1 result type")
  expectOne(body("  %c = call @g(%a) : (f32[2], f32[2])"), at: "2:22", "1 result name but 2 result types")
  // Names are local to one function.
  let two = "func @f(%a: f32[]) -> f32[] {\n  return %a\n}\nfunc @g(%b: f32[]) -> f32[] {\n  return %a\n}\n"
  #expect(errors(two) == ["5:10: use of undefined value '%a'"])
  // A failed line still defines its names: no cascade.
  let es = errors(body("  %c = neg %a : f32[2] junk\n  %d = neg %c : f32[2]"))
  #expect(es == ["2:24: expected end of line, found 'junk'"], "\(es)")
}

@Test func functionNames() {
  expectOne("func @f = grad(@h)\nfunc private @f = grad(@h)\n", at: "2:14", "function '@f' is already defined at 1:6")
  expectOne("func @f = frob(@h)\n", at: "1:11", "unknown transform 'frob'")
  expectOne("func @f = grad(@h, 3)\n", at: "1:20", "expected a key")
  expectOne("func @f = grad(%h)\n", at: "1:16", "expected a function '@name'")
}

@Test func typeErrors() {
  expectOne(body("  %c = neg %a : f32[1000000000000]"), at: "2:17", "exceeds the maximum of 2147483647 elements")
  expectOne(body("  %c = neg %a : f32[1000000000000000000000]"), at: "2:17", "dimension 1000000000000000000000 is too large")
  expectOne(body("  %c = neg %a : f32[1,1,1,1,1,1,1,1,1]"), at: "2:17", "rank 9 exceeds the maximum rank 8")
  expectOne(body("  %c = neg %a : f32[-1]"), at: "2:21", "must not be negative")
  expectOne(body("  %c = neg %a : f32[2.0]"), at: "2:21", "must be an integer")
  expectOne(body("  %c = neg %a : f16[2]"), at: "2:17", "unknown element type 'f16'")
  expectOne("func @f(%a: f32[65536, 65536]) -> f32[] {\n  return %a\n}\n", at: "1:13", "exceeds the maximum")
  expectOne("func @f(%a: f32[]) -> () {\n  return %a\n}\n", at: "1:24", "expected a type")
  // Zero dimensions are fine, whatever the others are.
  #expect(errors("func @f(%a: f32[0, 3000000000, 3000000000]) -> f32[0] {\n  return %a\n}\n").isEmpty)
}

@Test func literalErrors() {
  expectOne(body("  %c = constant [1.0, 2.0, 3.0] : f32[2]"), at: "2:17", "list of 3 elements does not match dimension 0 of f32[2]")
  expectOne(body("  %c = constant [[1.0], 2.0] : f32[2, 1]"), at: "2:25", "expected a list of 1 element for dimension 1")
  expectOne(body("  %c = constant [[1.0]] : f32[1]"), at: "2:18", "more levels of lists than f32[1] has dimensions")
  expectOne(body("  %c = constant [] : f32[]"), at: "2:17", "more levels of lists")
  expectOne(body("  %c = constant 1.5 : i32[]"), at: "2:17", "expected an integer literal")
  expectOne(body("  %c = constant [1, 1e3] : i64[2]"), at: "2:21", "expected an integer literal")
  expectOne(body("  %c = constant 2147483648 : i32[]"), at: "2:17", "out of range for i32")
  expectOne(body("  %c = constant -9223372036854775809 : i64[]"), at: "2:17", "out of range for i64")
  expectOne(body("  %c = constant 1 : i1[]"), at: "2:17", "expected true or false")
  expectOne(body("  %c = constant true : f32[]"), at: "2:17", "expected a float literal")
  expectOne(body("  %c = constant inf : i32[]"), at: "2:17", "expected an integer literal")
  expectOne(body("  %c = constant none : f32[]"), at: "2:17", "expected a literal")
}

@Test func deepNesting() {
  let deep = String(repeating: "[", count: 10_000)
  expectOne(body("  %c = constant \(deep) : f32[]"), at: "2:81", "nested too deeply")
  expectOne(body("  %c = reduce_sum %a, dims=\(deep) : f32[]"), at: "2:92", "nested too deeply")
  let closed = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
  expectOne("func @f = vmap(@g, size=\(closed))\n", at: "1:89", "nested too deeply")
  let tdeep = String(repeating: "grad(", count: 10_000) + "@g" + String(repeating: ")", count: 10_000)
  expectOne("func @f = \(tdeep)\n", at: "1:331", "transforms are nested too deeply")
}

@Test func multipleDiagnosticsSortedByPosition() {
  let src = """
    module @m
    func @f(%a: f32[2]) -> f32[2] {
      %b = frob %a : f32[2]
      %c = neg %a : f32[2], extra
      %d = add %b, %zz : f32[2]
      return %d
    }
    func @g(%a: f32[9,9,9,9,9,9,9,9,9]) -> f32[] {
      return %a
    }
    func @h = grad(@f, argnums=[0)
    func @f = grad(@h)
    module @late
    """
  let es = errors(src)
  #expect(es.count == 7, "\(es)")
  #expect(es.map { String($0.prefix(while: { $0 != " " })) }
          == ["3:8:", "4:23:", "5:16:", "8:13:", "11:30:", "12:6:", "13:1:"], "\(es)")
}

// MARK: - Robustness

@Test func truncatedInputNeverCrashes() {
  let src = lossExample + "func private @h = vmap(grad(@loss, argnums=[0]), in_axes=[none, 0, 0], size=1024)\n"
  let bytes = Array(src.utf8)
  var failures = 0
  for n in 0..<bytes.count {
    if case .failure(let list) = parseModule(bytes: Array(bytes[0..<n]), fileName: "t.ftir") {
      failures += 1
      #expect(!list.diagnostics.isEmpty)
      #expect(list.diagnostics.allSatisfy { $0.loc != nil })
    }
  }
  #expect(failures > bytes.count / 2)
  // A cut in the middle of the body is reported at the opening 'func'.
  let cut = String(decoding: bytes[0..<100], as: UTF8.self)
  #expect(errors(cut).contains { $0.hasPrefix("1:1: unterminated function") }, "\(errors(cut))")
}

@Test func mutatedInputNeverCrashes() {
  var rng = SeededRNG(seed: 42)
  let base = Array((lossExample + "func @h = vmap(grad(@loss, argnums=[0]), in_axes=[none, 0, 0], size=1024)\n").utf8)
  let alphabet = Array("%@[](){},:=->0123456789.eE-+ \n\tabcfinxz/".utf8) + [0x00, 0xFF, 0xC3, 0xE2]
  for _ in 0..<1500 {
    var b = base
    for _ in 0..<(1 + Int(rng.next() % 4)) {
      guard !b.isEmpty else { break }
      let i = Int(rng.next() % UInt64(b.count))
      switch rng.next() % 3 {
      case 0: b[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
      case 1: b.remove(at: i)
      default: b.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
      }
    }
    if case .failure(let list) = parseModule(bytes: b, fileName: "t.ftir") {
      #expect(!list.diagnostics.isEmpty)
      let locs = list.diagnostics.compactMap(\.loc)
      #expect(locs == locs.sorted())
    }
  }
}

@Test func hugeInputsAreDiagnosticsNotAllocations() {
  // A huge splat is stored as a scalar; a too-large one is an error at the type.
  let m = parsed(body("  %c = constant 1.0 : f32[46340, 46340]"))
  #expect(m?.functions[0].body[0].attrs.tensor("value")?.count == 1)
  expectOne(body("  %c = constant 1.0 : f32[1000000000000]"), at: "2:23", "exceeds the maximum")
  expectOne(body("  %c = constant [] : f32[1000000000000000000000000]"), at: "2:22", "too large")
}

