/// The fixed order of float reduce_sum/reduce_prod (IR/README.md "Reduction
/// order"): the fold equals its recursive definition; compiled code equals
/// the interpreter bit for bit (odd sizes, f32/f64, inner and outer and
/// several reduced dims, fused producers, FTC_NUM_THREADS 1 and 2); the error
/// stays within ⌈log₂ n⌉·u·Σ|x|; 4M uniform f32 values sum within 1e-6 of f64.
import Codegen
import FTCTool
import Foundation
import Pipeline
import Testing
@testable import FTIR

/// The definition written recursively: pad to vectors of 16 with the
/// identity, split at the largest power of two below the count, halve the lanes.
private func definition(_ xs: [Double], identity: Double, _ op: (Double, Double) -> Double) -> Double {
  let vectors = (xs.count + 15) / 16
  func vector(_ q: Int) -> [Double] { (0..<16).map { 16 * q + $0 < xs.count ? xs[16 * q + $0] : identity } }
  func tree(_ lo: Int, _ hi: Int) -> [Double] {
    if hi - lo == 1 { return vector(lo) }
    var p = 1
    while p * 2 < hi - lo { p *= 2 }
    return zip(tree(lo, lo + p), tree(lo + p, hi)).map(op)
  }
  var lanes = tree(0, vectors)
  for half in [8, 4, 2, 1] { for l in 0..<half { lanes[l] = op(lanes[l], lanes[l + half]) } }
  return lanes[0]
}

/// Bit patterns, so that -0/+0 and NaN payloads count.
private func bits(_ t: HostTensor) -> [UInt64] {
  switch t.storage {
  case .f32(let a): return a.map { UInt64($0.bitPattern) }
  case .f64(let a): return a.map { $0.bitPattern }
  default: return t.doubles.map { $0.bitPattern }
  }
}

private func uniform(_ t: TensorType, _ rng: inout SeededRNG, _ range: ClosedRange<Double>) -> HostTensor {
  let xs = (0..<t.elementCount).map { _ in Double.random(in: range, using: &rng) }
  return t.dtype == .f32 ? HostTensor(xs.map { Float($0) }, shape: t.shape) : HostTensor(xs, shape: t.shape)
}

/// A module with one function per case: `op` of `x: dtype shape` over `dims`.
private struct Case: CustomStringConvertible {
  var op: String, dtype: DType, shape: [Int], dims: [Int], producer: String? = nil
  var resultShape: [Int] { reducedShape(shape, removing: dims) }
  var description: String { "\(op) \(dtype)\(shape) dims=\(dims)\(producer.map { " of \($0)" } ?? "")" }
  func text(_ name: String) -> String {
    let t = "\(dtype)\(shape)", r = "\(dtype)\(resultShape)"
    let body = producer.map { "  %p = \($0) %x : \(t)\n  %s = \(op) %p, dims=\(dims) : \(r)" } ?? "  %s = \(op) %x, dims=\(dims) : \(r)"
    return "func @\(name)(%x: \(t)) -> \(r) {\n\(body)\n  return %s\n}\n"
  }
}

@Suite struct ReductionOrderTests {
  @Test func foldEqualsItsRecursiveDefinition() {
    var rng = SeededRNG(seed: 5)
    for n in [1, 2, 3, 15, 16, 17, 31, 127, 128, 129, 255, 256, 257, 384, 1000, 2048, 4095, 5000] {
      let xs = (0..<n).map { _ in Double(Float.random(in: -1...1, using: &rng)) }
      let sum = orderedFold(xs[...], identity: -0.0, +)
      #expect(sum.bitPattern == definition(xs, identity: -0.0, +).bitPattern, "n=\(n)")
      let ys = xs.map { 1 + $0 / 64 }
      #expect(orderedFold(ys[...], identity: 1, *).bitPattern == definition(ys, identity: 1, *).bitPattern, "n=\(n)")
    }
    // A sum of -0 values is -0, the identity keeps every value exactly.
    #expect(orderedFold([-0.0, -0.0, -0.0][...], identity: -0.0, +).bitPattern == (-0.0).bitPattern)
    #expect(orderedFold([Float(-0.0)][...], identity: -0.0, +).sign == .minus)
  }

  /// The interpreter folds each group in the fixed order (row-major over the reduced dims).
  @Test func interpreterFollowsTheOrder() throws {
    let c = Case(op: "reduce_sum", dtype: .f64, shape: [3, 300, 2], dims: [0, 1])
    let m = try load("module @m\n" + c.text("f"), file: "t.ftir").get()
    var rng = SeededRNG(seed: 9)
    let x = uniform(TensorType(.f64, c.shape), &rng, -1...1)
    let got = try Interpreter(module: m).run("f", [x])[0].doubles
    let xs = x.doubles
    for k in 0..<2 {
      let group = (0..<900).map { xs[2 * $0 + k] }
      #expect(got[k].bitPattern == definition(group, identity: -0.0, +).bitPattern)
    }
  }

  private static let cases: [Case] = [
    Case(op: "reduce_sum", dtype: .f32, shape: [1], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [129], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [100_003], dims: [0]),
    Case(op: "reduce_sum", dtype: .f64, shape: [4099], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [7, 1031], dims: [1]),
    Case(op: "reduce_sum", dtype: .f64, shape: [5, 385], dims: [1]),
    Case(op: "reduce_sum", dtype: .f32, shape: [1031, 7], dims: [0]),
    Case(op: "reduce_sum", dtype: .f64, shape: [517, 3], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [9, 13, 21], dims: [0, 2]),
    Case(op: "reduce_sum", dtype: .f32, shape: [3, 40, 33], dims: [1, 2]),
    // Producers with exactly rounded results (math functions are only within
    // 4 ulp of libm, so their vector variants may differ from the interpreter).
    Case(op: "reduce_sum", dtype: .f32, shape: [6, 257], dims: [1], producer: "abs"),
    Case(op: "reduce_sum", dtype: .f64, shape: [300, 5], dims: [0], producer: "neg"),
    Case(op: "reduce_sum", dtype: .f32, shape: [130, 37], dims: [0], producer: "abs"),
    Case(op: "reduce_sum", dtype: .f32, shape: [5, 300, 21], dims: [1]),
    Case(op: "reduce_prod", dtype: .f32, shape: [4, 333], dims: [1]),
    Case(op: "reduce_prod", dtype: .f64, shape: [211, 3], dims: [0]),
    // Column panels (OrderedColumns.swift): a short last panel, leading kept
    // dims, several reduced dims, products; full blocks and tails.
    Case(op: "reduce_sum", dtype: .f32, shape: [4099, 300], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [3, 200, 530], dims: [1]),
    Case(op: "reduce_sum", dtype: .f64, shape: [257, 17, 33], dims: [0, 1]),
    Case(op: "reduce_sum", dtype: .f32, shape: [9, 13, 21], dims: [0]),
    Case(op: "reduce_prod", dtype: .f32, shape: [300, 40], dims: [0]),
    // Split groups (OrderedSplit.swift): parts with and without a rest, several
    // outputs, several reduced dims, a fused producer, products.
    Case(op: "reduce_sum", dtype: .f32, shape: [65_536], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [1_048_876], dims: [0]),
    Case(op: "reduce_sum", dtype: .f32, shape: [3, 70_001], dims: [1]),
    Case(op: "reduce_sum", dtype: .f64, shape: [2, 66_000], dims: [1]),
    Case(op: "reduce_sum", dtype: .f32, shape: [40, 50, 40], dims: [0, 1, 2]),
    Case(op: "reduce_sum", dtype: .f32, shape: [70_000], dims: [0], producer: "abs"),
    Case(op: "reduce_prod", dtype: .f32, shape: [1, 70_000], dims: [1]),
  ]

  private static var module: String {
    "module @m\n" + cases.enumerated().map { i, c in c.text("c\(i)") }.joined(separator: "\n")
  }

  private static func input(_ c: Case, _ rng: inout SeededRNG) -> HostTensor {
    // Products stay finite: factors near 1.
    uniform(TensorType(c.dtype, c.shape), &rng, c.op == "reduce_prod" ? 0.99...1.01 : -2...2)
  }

  @Test func compiledEqualsInterpreterBitForBit() throws {
    let m = try load(Self.module, file: "t.ftir").get()
    let jit = try Pipeline.jit(m)
    var rng = SeededRNG(seed: 13)
    for (i, c) in Self.cases.enumerated() {
      let x = Self.input(c, &rng)
      let expected = try Interpreter(module: m).run("c\(i)", [x])[0]
      let got = try jit.run("c\(i)", [x])[0]
      #expect(bits(got) == bits(expected), "\(c): \(got.doubles.prefix(4)) vs \(expected.doubles.prefix(4))")
    }
  }

  /// One compiled module run by the `ftc` executable with 1 and 2 threads
  /// (the pool reads FTC_NUM_THREADS when it loads): shapes large enough to
  /// take the threaded path give the interpreter's bits either way.
  @Test(arguments: ["1", "2"]) func threadCountDoesNotChangeTheBits(threads: String) throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let cases = [Case(op: "reduce_sum", dtype: .f32, shape: [371, 1999], dims: [1]),
                 Case(op: "reduce_sum", dtype: .f64, shape: [1999, 37], dims: [0]),
                 Case(op: "reduce_prod", dtype: .f32, shape: [640, 1025], dims: [1]),
                 Case(op: "reduce_sum", dtype: .f32, shape: [5000, 1029], dims: [0]),
                 Case(op: "reduce_sum", dtype: .f32, shape: [1_000_003], dims: [0]),
                 Case(op: "reduce_sum", dtype: .f64, shape: [3, 70_001], dims: [1])]
    let text = "module @m\n" + cases.enumerated().map { i, c in c.text("c\(i)") }.joined(separator: "\n")
    for i in [0, 2] {  // rows split over threads (Backend/Schedule.swift's threshold; 4 and 5 take the split plan)
      #expect(try RowKernelTests.plan(text, "c\(i)").schedules.contains { $0.parallelChunk != nil }, "c\(i) runs on one thread")
    }
    try text.write(toFile: dir.file("t.ftir"), atomically: true, encoding: .utf8)
    let m = try load(text, file: "t.ftir").get()
    var rng = SeededRNG(seed: 17)
    for (i, c) in cases.enumerated() {
      let x = Self.input(c, &rng)
      try Data(writeNPY(x)).write(to: URL(fileURLWithPath: dir.file("x\(i).npy")))
      let r = try runProgram(ftc, ["run", dir.file("t.ftir"), "--func", "c\(i)", "--in", dir.file("x\(i).npy"),
                                   "--out", dir.file("r\(i).npy")], environment: ["FTC_NUM_THREADS": threads])
      try #require(r.status == 0, "\(r.stderr)")
      let got = try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: dir.file("r\(i).npy")))))
      let expected = try Interpreter(module: m).run("c\(i)", [x])[0]
      #expect(bits(got) == bits(expected), "\(c) with \(threads) thread(s)")
    }
  }

  /// |sum - exact| ≤ ⌈log₂ n⌉·u·Σ|x| (u = 2⁻²⁴) for f32 sums of mixed signs, compiled.
  @Test func errorWithinThePairwiseBound() throws {
    let sizes = [17, 100, 1000, 4097, 65_537, 1_000_003]
    let text = "module @m\n" + sizes.map { n in
      "func @s\(n)(%x: f32[\(n)]) -> f32[] {\n  %s = reduce_sum %x, dims=[0] : f32[]\n  return %s\n}\n"
    }.joined(separator: "\n")
    let jit = try Pipeline.jit(try load(text, file: "t.ftir").get())
    var rng = SeededRNG(seed: 23)
    for n in sizes {
      // Mostly positive with some cancellation: a sequential sum misses this bound at the larger sizes.
      let xs = (0..<n).map { _ in Float.random(in: -0.25...1, using: &rng) }
      let got = Double(try jit.run("s\(n)", [HostTensor(xs, shape: [n])])[0].doubles[0])
      let exact = xs.reduce(0.0) { $0 + Double($1) }, magnitude = xs.reduce(0.0) { $0 + Double(abs($1)) }
      let bound = Double(Int.bitWidth - (n - 1).leadingZeroBitCount) * 0x1p-24 * magnitude
      #expect(abs(got - exact) <= bound, "n=\(n): error \(abs(got - exact)), bound \(bound)")
    }
  }

  @Test func fourMillionUniformValuesWithinOneMillionth() throws {
    let n = 1 << 22
    let text = "module @m\nfunc @s(%x: f32[\(n)]) -> f32[] {\n  %s = reduce_sum %x, dims=[0] : f32[]\n  return %s\n}\n"
    let jit = try Pipeline.jit(try load(text, file: "t.ftir").get())
    var rng = SeededRNG(seed: 29)
    let xs = (0..<n).map { _ in Float.random(in: 0..<1, using: &rng) }
    let got = Double(try jit.run("s", [HostTensor(xs, shape: [n])])[0].doubles[0])
    let exact = xs.reduce(0.0) { $0 + Double($1) }
    #expect(abs(got - exact) / exact <= 1e-6, "relative error \(abs(got - exact) / exact)")
  }
}
