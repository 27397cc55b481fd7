import Foundation
import Testing
@testable import FTIR
import Pipeline
import Transforms

/// Issue #9 items 4 and 6 (FTIR stages): every stage before the backend is
/// linear in the size of the module. Each case runs at two sizes and the
/// work counted (`WorkCounter`: operations parsed, visited, emitted and
/// copied) must grow like the size, within 1.5× of the size ratio.
/// `Tools/bench-scaling` measures wall time at larger sizes.
@Suite struct ScalingTests {
  /// `f(%x: f32[4], %w: f32[4]) -> f32[]`: `n` elementwise operations in a
  /// chain, each also reading an argument, then a sum.
  static func chain(_ n: Int, name: String = "f") -> String {
    var text = "func @\(name)(%x: f32[4], %w: f32[4]) -> f32[] {\n  %v0 = sin %x : f32[4]\n"
    let ops = ["mul %v@, %w", "sin %v@", "add %v@, %x", "exp %v@", "neg %v@", "mul %v@, %v@"]
    for j in 1..<n {
      text += "  %v\(j) = " + ops[j % ops.count].replacingOccurrences(of: "@", with: "\(j - 1)") + " : f32[4]\n"
    }
    return text + "  %s = reduce_sum %v\(n - 1), dims=[0] : f32[]\n  return %s\n}\n"
  }

  /// `depth` functions each calling the next; the last is a chain of 3.
  static func callChain(_ depth: Int) -> String {
    var text = ""
    for k in 0..<depth {
      text += "func @c\(k)(%x: f32[4], %w: f32[4]) -> f32[] {\n  %y = mul %x, %w : f32[4]\n"
      text += "  %s = call @c\(k + 1)(%y, %w) : f32[]\n  return %s\n}\n"
    }
    return text + chain(3, name: "c\(depth)")
  }

  /// The work of each FTIR stage on `text` (parse with the verifier,
  /// expand, simplify, inline).
  static func work(_ text: String) throws -> [String: Int] {
    let (loaded, parse) = WorkCounter.counting { load(text) }
    let m = try loaded.get()
    let (expanded, expand) = WorkCounter.counting { expandTransforms(m) }
    let e = try expanded.get()
    let (simplified, simplifyWork) = WorkCounter.counting { simplify(e) }
    let (inlined, inline) = WorkCounter.counting { inlineCalls(simplified) }
    let size = try inlined.get().functions.reduce(0) { $0 + $1.operationCount }
    return ["parse": parse.total, "expand": expand.total, "simplify": simplifyWork.total, "inline": inline.total,
            "inlined size": size]
  }

  /// Checks that every stage's work grows at most 1.5× faster than the
  /// size: the size of the module for parse, expand and simplify; for
  /// inline, the size of what it makes (inlining a chain of calls into
  /// every function of the chain gives a result quadratic in the chain).
  static func expectLinear(_ make: (Int) -> String, sizes: (Int, Int), _ what: String) throws {
    let small = try work(make(sizes.0))
    let large = try work(make(sizes.1))
    let inputRatio = Double(sizes.1) / Double(sizes.0)
    let outputRatio = Double(large["inlined size"]!) / Double(small["inlined size"]!)
    for stage in ["parse", "expand", "simplify", "inline"] {
      let a = small[stage]!, b = large[stage]!
      let ratio = Double(b) / Double(max(a, 1))
      let sizeRatio = stage == "inline" ? max(inputRatio, outputRatio) : inputRatio
      #expect(ratio <= 1.5 * sizeRatio, "\(what): \(stage) work \(a) -> \(b) (×\(ratio)) for sizes ×\(sizeRatio)")
    }
  }

  @Test(arguments: [
    "", "grad(@f)", "value_and_grad(@f, argnums=[0, 1])", "jvp(@f)", "vjp(@f)", "vmap(@f, in_axes=[0, none], out_axes=[0], size=3)",
    "jacrev(@f)", "jacfwd(@f)", "hessian(@f)", "jvp(grad(@f))", "vmap(grad(@f), in_axes=[0, 0], out_axes=[0], size=2)",
  ])
  func everyStageIsLinearInTheChain(_ transform: String) throws {
    try Self.expectLinear({ Self.chain($0) + (transform.isEmpty ? "" : "func @g = \(transform)\n") },
                          sizes: (250, 1000), transform.isEmpty ? "plain chain" : transform)
  }

  @Test(arguments: ["", "grad(@c0)", "hessian(@c0)"])
  func everyStageIsLinearInACallChain(_ transform: String) throws {
    try Self.expectLinear({ Self.callChain($0) + (transform.isEmpty ? "" : "func @g = \(transform)\n") },
                          sizes: (100, 400), transform.isEmpty ? "call chain" : transform)
  }

  /// Inlining is held to the module's operation limit: a chain of calls
  /// whose every function is flattened is stopped there, at once.
  @Test func inliningStopsAtTheModuleLimit() throws {
    let m = try load(Self.callChain(400)).get()
    let (r, work) = WorkCounter.counting { inlineCalls(m, maxOperations: 5_000) }
    guard case .failure(let d) = r else { Issue.record("accepted"); return }
    #expect(d.diagnostics.map(\.message) == ["inlining exceeds the limit of 5000 operations in the module"])
    // Past the limit by at most the functions being flattened when it stopped.
    #expect(work.emitted < 2 * 5_000, "\(work.emitted)")
    #expect(inlineCalls(m, maxOperations: 100_000).isSuccess)
  }

  /// Many small functions and definitions: looking them up by name is not
  /// a search per function.
  @Test func manyFunctionsAreLinear() throws {
    func module(_ n: Int) -> String {
      (0..<n).map { Self.chain(2, name: "f\($0)") + "func @g\($0) = grad(@f\($0))\n" }.joined()
    }
    try Self.expectLinear(module, sizes: (200, 800), "many functions")
  }

  /// A chain of definitions, each the jvp of the one before, is derived
  /// without recursion and in linear time (8 deep is the nesting limit).
  @Test func longChainsOfDefinitionsAndCallsAreVerifiedWithoutRecursion() throws {
    var text = Self.chain(2, name: "d0")
    for k in 1...5_000 { text += "func @d\(k) = jvp(@d\(k - 1))\n" }
    let d = diagnostics(text)
    #expect(d.count == 5_000 - 8 && d.first == "15:12: transforms nest 9 deep here (counted through definitions and calls); the limit is 8",
            "\(d.prefix(2))")
    // 5,000 functions in a call chain (no transforms): valid.
    #expect(diagnostics(Self.callChain(5_000)).isEmpty)
  }

  /// Inlining flattens callees first, without recursion: a 5,000-deep chain
  /// of calls is inlined under `hessian`, and inlining it into every
  /// function of the chain (12.5 million operations) stops at the limit.
  @Test func longCallChainsAreInlinedWithoutRecursion() throws {
    let m = try load(Self.callChain(5_000) + "func @g = hessian(@c0)\n").get()
    let expanded = try expandTransforms(m).get()
    #expect(expanded.function(named: "g")!.body.count > 5_000)
    guard case .failure(let d) = inlineCalls(expanded) else { Issue.record("accepted"); return }
    #expect(d.diagnostics.map(\.message) == ["inlining exceeds the limit of 1000000 operations in the module"])
  }

  // MARK: - Item 4: nested grad

  /// `grad` nested `depth` deep over `n` chained `sin` ops (the 401-byte
  /// file of issue #9 is n = 12, depth 8).
  static func nestedGrad(_ n: Int, depth: Int) -> String {
    var text = "func @f(%x: f32[]) -> f32[] {\n  %v0 = sin %x : f32[]\n"
    for j in 1..<n { text += "  %v\(j) = sin %v\(j - 1) : f32[]\n" }
    text += "  return %v\(n - 1)\n}\n"
    return text + "func @g = " + String(repeating: "grad(", count: depth) + "@f" + String(repeating: ")", count: depth) + "\n"
  }

  /// The module of the issue expands (to 31,929 operations) with bounded
  /// work: each level is simplified before the next differentiates it, and
  /// nothing is copied per operation.
  @Test func grad8DeepOverTwelveSinsExpands() throws {
    let text = Self.nestedGrad(12, depth: 8)
    #expect(text.utf8.count < 401)
    let start = ContinuousClock.now
    let m = try load(text).get()
    let (r, work) = WorkCounter.counting { expandTransforms(m) }
    let g = try r.get().function(named: "g")!
    #expect(g.body.count == 31_929)
    #expect(work.copied == 0)
    #expect(work.total < 500_000, "\(work.total)")
    #expect(ContinuousClock.now - start < .seconds(120))
    // Each level is about 2.5 times the one before.
    var sizes: [Int] = []
    for depth in 1...4 { sizes.append(try expandTransforms(try load(Self.nestedGrad(12, depth: depth)).get()).get().function(named: "g")!.body.count) }
    #expect(sizes == [37, 126, 343, 941])
  }

  /// Simplifying between levels keeps the derivatives right: the 2nd and
  /// 4th derivatives of sin are -sin and sin.
  @Test func nestedGradValues() throws {
    for (depth, sign) in [(2, Float(-1)), (4, 1)] {
      let m = try expandTransforms(try load(Self.nestedGrad(1, depth: depth)).get()).get()
      for x: Float in [0.5, -2] {
        let r = try Interpreter(module: m).run("g", [HostTensor([x], shape: [])])
        let got = r[0].doubles[0]
        #expect(abs(got - Double(sign * sin(x))) < 1e-6, "depth \(depth) at \(x): \(got)")
      }
    }
  }

  @Test(arguments: [2, 3])
  func nestedGradIsLinearInTheChain(_ depth: Int) throws {
    try Self.expectLinear({ Self.nestedGrad($0, depth: depth) }, sizes: (100, 400), "grad nested \(depth) deep")
  }

  /// `grad` nested 8 deep is linear in the chain: each added `sin` adds
  /// the same work (a quadratic expansion would make the second step
  /// ~1.7 times the first). The derivative is about 3,100 operations per
  /// `sin` minus a constant (n = 3, 6, 12, 24: 4,023, 13,245, 31,941, 69,333
  /// operations), so exponents fitted between small chains exceed 1
  /// (1.7 from 3 to 6, 1.1 from 12 to 24) although the growth is linear.
  /// Measured: work 8,818, 50,048, 93,196 for 1,137, 6,975, 13,239
  /// operations (n = 2, 4, 6): steps of 41,230 then 43,148.
  @Test func grad8DeepIsLinearInTheChain() throws {
    var work: [Int] = [], size: [Int] = []
    for n in [2, 4, 6] {
      let m = try load(Self.nestedGrad(n, depth: 8)).get()
      let (r, w) = WorkCounter.counting { expandTransforms(m) }
      size.append(try r.get().function(named: "g")!.body.count)
      work.append(w.total)
    }
    let (first, second) = (work[1] - work[0], work[2] - work[1])
    #expect(Double(second) <= 1.2 * Double(first), "work \(work) for sizes \(size)")
    #expect(Double(size[2] - size[1]) <= 1.2 * Double(size[1] - size[0]), "sizes \(size)")
    for (w, s) in zip(work, size) { #expect(w < 10 * s, "work \(w) for \(s) operations") }
  }

  /// Beyond the limit, expansion stops at once: the work done is a small
  /// multiple of the limit, whatever the module would have grown to.
  @Test func nestedGradBeyondTheLimitStopsAtOnce() throws {
    let m = try load(Self.nestedGrad(12, depth: 8)).get()
    let (r, work) = WorkCounter.counting { expandTransforms(m, maxOperations: 5_000) }
    guard case .failure(let d) = r else { Issue.record("accepted"); return }
    #expect(d.diagnostics.map { "\($0.loc?.description ?? "-"): \($0.message)" }
            == ["16:11: expansion exceeds the limit of 5000 operations in the module"])
    #expect(work.emitted < 10 * 5_000, "\(work.emitted)")
  }
}
