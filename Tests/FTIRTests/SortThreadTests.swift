@testable import Backend
import Foundation
import Testing
@testable import FTIR

/// Large sorts split their rows over the thread pool (Backend/SortSplit.swift):
/// the split rule, the schedule that carries it, and the same bits as the
/// interpreter with 1 and 2 threads.
@Suite struct SortThreadTests {
  @Test func splitRule() {
    // Below the threshold, or a single row: the calling thread.
    #expect(sortSplit(TensorType(.f32, [100, 100]), dimension: 1) == SortSplit(outer: 100, chunk: nil))
    #expect(sortSplit(TensorType(.f32, [1 << 20]), dimension: 0) == SortSplit(outer: 1, chunk: nil))
    #expect(sortSplit(TensorType(.f32, [1, 1 << 16]), dimension: 1).chunk == nil)
    // 64 rows of 4096: 4 rows (16K elements) per chunk, 16 chunks.
    let wide = sortSplit(TensorType(.f32, [64, 4096]), dimension: 1)
    #expect(wide == SortSplit(outer: 64, chunk: 4) && wide.copies == 16)
    // Sorted along dim 0: the outer loop is dim 1.
    let tall = sortSplit(TensorType(.i32, [3000, 24]), dimension: 0)
    #expect(tall.outer == 24 && tall.chunk == 5 && tall.copies == 5)
    // Many short rows: never more than maxSortChunks chunks.
    let many = sortSplit(TensorType(.f64, [100_000, 2]), dimension: 1)
    #expect(many.copies <= maxSortChunks && many.chunk != nil)
  }

  /// One module run by the `ftc` executable (the pool reads FTC_NUM_THREADS
  /// when it loads): sorts large enough to split, with ties, NaNs and
  /// several keys, give the interpreter's bits with 1 and 2 threads.
  @Test(arguments: ["1", "2"]) func threadCountDoesNotChangeTheBits(threads: String) throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    // (name, input type, body after `%x`): results are the sorted operands.
    let cases: [(String, TensorType, [String], String)] = [
      ("rows", TensorType(.f32, [64, 1500]),
       ["%i = iota dim=1 : i32[64,1500]", "%s, %j = sort %x, %i, dimension=1 : (f32[64,1500], i32[64,1500])"], "%j"),
      ("columns", TensorType(.f64, [3000, 24]),
       ["%i = iota dim=0 : i64[3000,24]", "%s, %j = sort %x, %i, dimension=0, descending=true : (f64[3000,24], i64[3000,24])"], "%j"),
      ("keys", TensorType(.i32, [8, 5, 1024]),
       ["%seven = constant 7 : i32[8,5,1024]", "%m = rem %x, %seven : i32[8,5,1024]",
        "%i = iota dim=2 : i32[8,5,1024]",
        "%a, %b, %j = sort %m, %x, %i, dimension=2, num_keys=2 : (i32[8,5,1024], i32[8,5,1024], i32[8,5,1024])"], "%j"),
    ]
    var text = "module @m\n"
    for (name, t, body, result) in cases {
      let rt = TensorType(result == "%j" && t.dtype == .f64 ? .i64 : .i32, t.shape)
      text += "func @\(name)(%x: \(t)) -> \(rt) {\n" + body.map { "  \($0)\n" }.joined() + "  return \(result)\n}\n"
    }
    try text.write(toFile: dir.file("t.ftir"), atomically: true, encoding: .utf8)
    let m = try load(text, file: "t.ftir").get()
    var rng = SeededRNG(seed: 41)
    for (name, t, _, _) in cases {
      // Few distinct values (ties decide stability), NaNs of both signs and ±0 among the floats.
      let specials: [Double] = [.nan, -.nan, 0, -0.0, .infinity, -.infinity]
      let xs = (0..<t.elementCount).map { _ in
        Double.random(in: 0..<1, using: &rng) < 0.05 ? specials.randomElement(using: &rng)! : Double(Int.random(in: -20...20, using: &rng))
      }
      let x: HostTensor
      switch t.dtype {
      case .f32: x = HostTensor(xs.map { Float($0) }, shape: t.shape)
      case .f64: x = HostTensor(xs, shape: t.shape)
      default: x = HostTensor(xs.map { $0.isFinite ? Int32($0) : 3 }, shape: t.shape)
      }
      try Data(writeNPY(x)).write(to: URL(fileURLWithPath: dir.file("\(name).npy")))
      let r = try runProgram(ftc, ["run", dir.file("t.ftir"), "--func", name, "--in", dir.file("\(name).npy"),
                                   "--out", dir.file("\(name)-r.npy")], environment: ["FTC_NUM_THREADS": threads])
      try #require(r.status == 0, "\(r.stderr)")
      let got = try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: dir.file("\(name)-r.npy")))))
      let expected = try Interpreter(module: m).run(name, [x])[0]
      #expect(got == expected, "\(name) with \(threads) thread(s)")
    }
  }

  /// The schedule carries the split (and the dump says so).
  @Test func scheduleSplitsLargeSorts() throws {
    let text = """
      func @f(%x: f32[64,4096]) -> f32[64,4096] {
        %s = sort %x, dimension=1 : f32[64,4096]
        return %s
      }
      """
    let m = try load(text, file: "t.ftir").get()
    let plan = planFusion(m.functions[0])
    let s = schedule(plan, target: Target(cpu: "x86-64", features: "", vectorBits: 128)).first { plan.function.body[plan.kernels[$0.kernel].root].name == "sort" }
    #expect(s?.parallelChunk == 4, "\(String(describing: s))")
    #expect(s?.why.contains("split over threads") == true, "\(s?.why ?? "")")
  }
}
