import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool
import Pipeline
import Transforms

/// Issue #9 items 2, 9, 10 and 11: overflow in rules on attribute values,
/// symbol collisions, default argnums on integer arguments, `--prefix`
/// checked at argument parsing.
@Suite struct ReliabilityTests {
  // MARK: - Item 2: arithmetic on attribute values

  static func powModule(_ n: Int, nesting: Int) -> String {
    var text = "func @p(%x: f32[]) -> f32[] {\n  %y = integer_pow %x, n=\(n) : f32[]\n  return %y\n}\n"
    var inner = "@p"
    for _ in 0..<nesting { inner = "grad(\(inner))" }
    text += "func @d = \(inner)\n"
    return text
  }

  @Test func integerPowAtIntMinDifferentiates() throws {
    for (n, nesting) in [(Int.min, 1), (Int.min, 2), (Int.min + 1, 2), (Int.min + 1, 3), (Int.max, 2)] {
      let text = Self.powModule(n, nesting: nesting)
      let m = try load(text).get()
      let expanded = try expandTransforms(m).get()
      for x: Float in [1, -1, 0.5, 2] {
        let r = try Interpreter(module: expanded).run("d", [HostTensor([x], shape: [])])
        let jit = try Pipeline.jit(m).run("d", [HostTensor([x], shape: [])])
        #expect(jit == r, "n=\(n) nesting \(nesting) x=\(x)")
      }
    }
    // At x = 1: n, then n (n - 1) as floats.
    func derivative(_ nesting: Int) throws -> [HostTensor] {
      let m = try expandTransforms(try load(Self.powModule(Int.min, nesting: nesting)).get()).get()
      return try Interpreter(module: m).run("d", [HostTensor([Float(1)], shape: [])])
    }
    let first = try derivative(1)
    #expect(first == [HostTensor([Float(Int.min)], shape: [])])
    let second = try derivative(2)
    #expect(second == [HostTensor([Float(Int.min) * Float(Int.min)], shape: [])])
  }

  @Test func integerPowWithHugeExponentsRunsQuickly() throws {
    let text = "func @p(%x: f64[3], %i: i64[3]) -> (f64[3], i64[3]) {\n  %y = integer_pow %x, n=\(Int.min) : f64[3]\n  %j = integer_pow %i, n=\(Int.max) : i64[3]\n  return %y, %j\n}\n"
    let args = [HostTensor([2, -1, 0.5] as [Double], shape: [3]), HostTensor([3, -1, 2] as [Int64], shape: [3])]
    let r = try interpret(text, "p", args)
    #expect(r[0] == HostTensor([0, 1, .infinity] as [Double], shape: [3]))
    #expect(r[1] == HostTensor([wrappingIntPow(Int64(3), Int.max), -1, 0] as [Int64], shape: [3]))
    let jit = try Pipeline.jit(try load(text).get()).run("p", args)
    #expect(jit == r)
  }

  @Test func padAttributesOutOfRangeAreDiagnosed() {
    for (low, high) in [(Int.min, Int.max), (-3_000_000_000, 3_000_000_002), (0, Int.max)] {
      let text = "func @f(%x: f32[5], %v: f32[]) -> f32[5] {\n  %y = pad %x, %v, low=[\(low)], high=[\(high)] : f32[5]\n  return %y\n}\n"
      let d = diagnostics(text)
      #expect(d.count == 1 && d[0].hasPrefix("2:") && d[0].contains("out of range"), "\(d)")
    }
    let interior = "func @f(%x: f32[1], %v: f32[]) -> f32[1] {\n  %y = pad %x, %v, low=[0], high=[0], interior=[\(Int.max)] : f32[1]\n  return %y\n}\n"
    #expect(diagnostics(interior).first?.contains("interior padding \(Int.max) of dimension 0 is out of range") == true)
  }

  // MARK: - Item 9: symbol collisions

  @Test func exportedFunctionNamedLikeTheMetadataIsRejectedUnderAPrefix() {
    let text = "func @ftc_metadata(%x: f32[]) -> f32[] {\n  return %x\n}\n"
    let d = Pipeline.load(bytes: Array(text.utf8), fileName: "t.ftir", options: VerifyOptions(symbolPrefix: "a"))
    guard case .failure(let list) = d else { Issue.record("accepted"); return }
    #expect(list.render(file: "t.ftir") == "t.ftir:1:6: error: cannot export @ftc_metadata: 'aftc_metadata' is the compiled object's metadata function")
    #expect(Names.exportProblem("f", prefix: "a") == nil)
    #expect(Names.exportProblem("ftc_metadata", prefix: "m_") != nil)
  }

  /// Private functions named like C library symbols do not clash with them,
  /// in the JIT or in a shared object.
  @Test func privateFunctionsNamedLikeLibrarySymbols() throws {
    let dir = try ScratchDir("ftc-rel")
    defer { dir.cleanup() }
    let src = dir.file("m.ftir")
    try """
      func private @memcpy(%x: f32[4]) -> f32[4] {
        %y = mul %x, %x : f32[4]
        return %y
      }
      func private @malloc(%x: f32[4]) -> f32[4] {
        %y = call @memcpy(%x) : f32[4]
        %z = add %y, %x : f32[4]
        return %z
      }
      func @f(%x: f32[4]) -> f32[4] {
        %y = call @malloc(%x) : f32[4]
        return %y
      }
      """.write(toFile: src, atomically: true, encoding: .utf8)
    let x = dir.file("x.npy")
    try Data(writeNPY(HostTensor([1, 2, 3, 4] as [Float], shape: [4]))).write(to: URL(fileURLWithPath: x))
    let jit = Commands.run(path: src, function: "f", inputs: [x], outputs: [], interpret: false)
    #expect(jit.status == 0 && jit.stdout == "array([ 2.,  6., 12., 20.], dtype=float32)\n", "\(jit.stderr)")
    let so = Commands.compile(path: src, output: dir.file("m.so"), header: dir.file("m.h"))
    #expect(so.status == 0, "\(so.stderr)")
    let header = try String(contentsOfFile: dir.file("m.h"), encoding: .utf8)
    #expect(!header.contains("memcpy") && !header.contains("malloc"))
    let llvm = Commands.compile(path: src, output: dir.file("m.ll"), emit: .llvm, config: CompileConfig(optLevel: 0))
    #expect(llvm.status == 0)
    let ir = try String(contentsOfFile: dir.file("m.ll"), encoding: .utf8)
    #expect(!ir.contains("define i32 @memcpy(") && !ir.contains("define internal i32 @memcpy("))
  }

  // MARK: - Item 10: default argnums on an integer argument

  @Test func defaultArgnumsOnAnIntegerArgumentIsRejected() {
    let base = "func @f(%i: i32[], %x: f32[]) -> f32[] {\n  %y = mul %x, %x : f32[]\n  return %y\n}\n"
    for kind in ["grad", "value_and_grad", "jacrev", "jacfwd", "hessian"] {
      let d = diagnostics(base + "func @g = \(kind)(@f)\n")
      #expect(d == ["5:11: cannot differentiate with respect to argument 0 of type i32[]: it is not a float (argnums defaults to [0]; give argnums)"], "\(kind): \(d)")
      #expect(diagnostics(base + "func @g = \(kind)(@f, argnums=[1])\n").isEmpty, "\(kind)")
      #expect(diagnostics(base + "func @g = \(kind)(@f, argnums=[0])\n").count == 1, "\(kind)")
    }
    // Without arguments: still the old diagnostic, no crash.
    let none = diagnostics("func @c() -> f32[] {\n  %y = constant 1.0 : f32[]\n  return %y\n}\nfunc @g = grad(@c)\n")
    #expect(none.count == 1 && none[0].contains("without arguments"), "\(none)")
  }

  // MARK: - Item 11: --prefix checked first

  @Test func invalidPrefixesAreUsageErrors() throws {
    let dir = try ScratchDir("ftc-rel")
    defer { dir.cleanup() }
    let src = dir.file("p.ftir")
    try "func private @f(%x: f32[]) -> f32[] {\n  return %x\n}\n".write(toFile: src, atomically: true, encoding: .utf8)
    for bad in ["_", "_m", "1a", "a-b", "ftc_", "a b", "é"] {
      for emit in Commands.EmitKind.allCases {
        let r = Commands.compile(path: src, output: dir.file("out"), emit: emit, config: CompileConfig(prefix: bad))
        #expect(r.status == 64 && r.stderr.hasPrefix("ftc: error: --prefix '\(bad)'"), "\(bad): \(r.stderr)")
      }
    }
    for good in ["", "m_", "a", "Z9"] {
      #expect(Commands.prefixProblem(good) == nil, "\(good)")
    }
    #expect(dir.contents() == ["p.ftir"])
    // The executable: a usage error before the file is even read.
    if let ftc = CompileCommandTests.ftcExecutable() {
      let r = try runProgram(ftc, ["compile", dir.file("missing.ftir"), "-o", dir.file("x.so"), "--prefix", "_"], environment: [:])
      #expect(r.status == 64 && r.stderr.contains("--prefix '_'"), "\(r.stderr)")
    }
  }

  // MARK: - Item 5: the operation limit is per module and stops at once

  /// `functions` functions of `opsEach` chained `neg` operations.
  static func chain(functions: Int, opsEach: Int) -> String {
    var text = ""
    for k in 0..<functions {
      text += "func @f\(k)(%x: f32[]) -> f32[] {\n  %v0 = neg %x : f32[]\n"
      for j in 1..<opsEach { text += "  %v\(j) = neg %v\(j - 1) : f32[]\n" }
      text += "  return %v\(opsEach - 1)\n}\n"
    }
    return text
  }

  @Test func writtenOperationsBeyondTheLimitStopTheParserThere() throws {
    // 3 functions of 40 operations (43 lines each), limit 100: operation 101 is the 21st of function 2, line 87 + 21.
    let text = Self.chain(functions: 3, opsEach: 40)
    let r = Pipeline.load(bytes: Array(text.utf8), fileName: "t.ftir", options: VerifyOptions(maxOperations: 100))
    guard case .failure(let d) = r else { Issue.record("accepted"); return }
    #expect(d.render(file: "t.ftir") == "t.ftir:108:3: error: the module has more than the limit of 100 operations")
    #expect(Pipeline.load(bytes: Array(text.utf8), fileName: "t.ftir", options: VerifyOptions(maxOperations: 120)).isSuccess)
    // The verifier holds a module built in memory to the same limit, at the same operation.
    var m = try parseModule(text, fileName: "t.ftir").get()
    let v = verifyModule(&m, options: VerifyOptions(maxOperations: 100))
    #expect(v.map { "\($0.loc?.description ?? "-"): \($0.message)" } == ["108:10: the module has more than the limit of 100 operations"])
  }

  /// A large module beyond the limit is rejected at the operation that
  /// crosses it (the parser stops there; nothing is verified). How fast is
  /// measured by Tools/bench-scaling, not by a timed test (the machine is shared).
  @Test func aLargeModuleBeyondTheLimitIsRejectedAtTheCrossingOperation() throws {
    let text = Self.chain(functions: 1, opsEach: 50_001)
    let r = Commands.check(bytes: Array(text.utf8), fileName: "big.ftir", maxOperations: 50_000)
    #expect(r.status == 1 && r.stderr == "big.ftir:50002:3: error: the module has more than the limit of 50000 operations\n", "\(r.stderr)")
  }

  @Test func expansionCountsTheWholeModuleAndStopsAtOnce() throws {
    // @f0 has 10 operations, each grad(@f0) s; a limit of 10 + 1.5 s lets the first definition through, not the second.
    let text = Self.chain(functions: 1, opsEach: 10)
      + "func @g1 = grad(@f0)\nfunc @g2 = grad(@f0)\nfunc @g3 = grad(@f0)\n"
    let m = try load(text).get()
    let sizes = try expandTransforms(m).get().functions.map(\.body.count)
    let limit = 10 + sizes[1] + sizes[1] / 2
    #expect(sizes[0] == 10 && sizes[1] >= 10 && sizes[1] == sizes[2], "\(sizes)")
    // Each function alone is below the limit: only counting the module rejects it.
    #expect(sizes.allSatisfy { $0 < limit })
    guard case .failure(let d) = expandTransforms(m, maxOperations: limit) else { Issue.record("accepted"); return }
    // One diagnostic, at @g2's transform; @g3 is not tried.
    #expect(d.diagnostics.map { "\($0.loc?.description ?? "-"): \($0.message)" }
            == ["15:12: expansion exceeds the limit of \(limit) operations in the module"])
    #expect(expandTransforms(m, maxOperations: 10 + 3 * sizes[1]).isSuccess)
  }
}

extension Result {
  var isSuccess: Bool { if case .success = self { true } else { false } }
}
