import Backend
import Codegen
import Foundation
import Pipeline
import Testing
@testable import FTIR

/// The inner loops of row kernels (issue #13, "Row kernels"): order-free
/// reductions (max, min) run with several vector accumulators; results stay
/// bit for bit the interpreter's on odd sizes and on rows holding NaN, ±inf
/// and signed zeros.
@Suite struct RowKernelBandwidthTests {
  static func extrema(_ r: Int, _ c: Int) -> String {
    """
    module @ex
    func @rowmax(%x: f32[\(r),\(c)]) -> f32[\(r)] {
      %m = reduce_max %x, dims=[1] : f32[\(r)]
      return %m
    }
    func @rowmin(%x: f32[\(r),\(c)]) -> f32[\(r)] {
      %m = reduce_min %x, dims=[1] : f32[\(r)]
      return %m
    }
    func @rowmax64(%x: f64[\(r),\(c)]) -> f64[\(r)] {
      %m = reduce_max %x, dims=[1] : f64[\(r)]
      return %m
    }
    func @rowmaxi(%x: i32[\(r),\(c)]) -> i32[\(r)] {
      %m = reduce_max %x, dims=[1] : i32[\(r)]
      return %m
    }
    func @rowsumi(%x: i64[\(r),\(c)]) -> i64[\(r)] {
      %m = reduce_sum %x, dims=[1] : i64[\(r)]
      return %m
    }
    """
  }

  /// Row `i` of an `[r, c]` input: random values, then (by `i mod 8`) a NaN,
  /// +inf, -inf, only signed zeros, -0 next to +0, all -inf, or nothing
  /// special, at a position that moves with the row (so it lands in every
  /// accumulator and in the scalar tail).
  static func specialRows(_ t: TensorType, _ rng: inout SeededRNG) -> HostTensor? {
    guard t.rank == 2, t.dtype.isFloat else { return nil }
    let (r, c) = (t.shape[0], t.shape[1])
    var v = [Double](repeating: 0, count: r * c)
    for i in 0..<(r * c) { v[i] = Double(Int(rng.next() % 2001) - 1000) / 64 }
    for i in 0..<r {
      let at = (i * 7 + i / 8) % c
      switch i % 8 {
      case 0: v[i * c + at] = .nan
      case 1: v[i * c + at] = .infinity
      case 2: v[i * c + at] = -.infinity
      case 3: for j in 0..<c { v[i * c + j] = j % 2 == 0 ? -0.0 : 0.0 }
      case 4: for j in 0..<c { v[i * c + j] = -0.0 }; v[i * c + at] = 0.0
      case 5: for j in 0..<c { v[i * c + j] = -.infinity }
      case 6: v[i * c + at] = 1e30; v[i * c + (at + 1) % c] = -.nan
      default: break
      }
    }
    if t.dtype == .f32 { return HostTensor(v.map { Float($0) }, shape: t.shape) }
    return HostTensor(v, shape: t.shape)
  }

  /// Compiled (JIT) against the interpreter: the same bits, NaN as any NaN.
  static func bitwise(_ text: String, tolerance: Double? = nil) throws -> [String] {
    let m = try load(text, file: "rows.ftir").flatMap(Pipeline.expand).get()
    let jit = try Pipeline.jit(m)
    var rng = SeededRNG(seed: 11)
    var problems: [String] = []
    for f in jit.module.functions where f.transform == nil {
      let args = f.signature.params.map { specialRows($0, &rng) ?? randomTensor($0, &rng, limit: 1 << 24)! }
      let expected = try Interpreter(module: m).run(f.name, args)
      let got = try jit.run(f.name, args)
      for (e, g) in zip(expected, got) {
        if let tolerance {
          if let why = mismatch(e, g, tolerance: tolerance) { problems.append("@\(f.name): \(why)") }
          continue
        }
        guard e.type == g.type else { problems.append("@\(f.name): type \(g.type)"); continue }
        let (a, b) = (e.doubles, g.doubles)
        for i in a.indices where !(a[i].isNaN && b[i].isNaN) && a[i].bitPattern != b[i].bitPattern {
          problems.append("@\(f.name) element \(i): \(b[i]), expected \(a[i])")
          break
        }
      }
    }
    return problems
  }

  @Test(arguments: [(1, 1), (1, 3), (5, 1), (3, 7), (8, 16), (9, 63), (16, 64), (17, 65), (24, 200), (8, 1027)])
  func orderFreeRowReductionsAgreeBitForBit(_ r: Int, _ c: Int) throws {
    #expect(try Self.bitwise(Self.extrema(r, c)) == [])
  }

  /// Softmax, log-softmax and logsumexp (their max in the interleaved loop)
  /// on rows with NaN, ±inf and signed zeros.
  @Test(arguments: [(1, 1), (8, 17), (9, 64), (16, 129), (8, 1024)])
  func softmaxFamilyOnSpecialRowsAgreesWithTheInterpreter(_ r: Int, _ c: Int) throws {
    #expect(try Self.bitwise(RowKernelTests.softmax(r, c), tolerance: 1e-6) == [])
  }

  /// The row kernel of W6 keeps its max loop vectorized with several
  /// accumulators: at least four 512-bit `vmaxps` (one per accumulator) for
  /// an AVX-512 target, where one dependent chain gives one.
  @Test func softmaxMaxLoopHasFourVectorAccumulators() throws {
    let text = RowKernelTests.softmax(4096, 1024)
    for name in ["softmax", "logsoftmax", "logsumexp"] {
      let c = Compilation(bytes: Array(text.utf8), fileName: "sm.ftir", config: CompileConfig(cpu: "x86-64-v4"),
                          options: CompilationOptions(onlyFunction: name))
      try c.run(through: .asm)
      let asm = try #require(c.assembly)
      let wideMax = asm.split(separator: "\n").filter { $0.contains("vmaxps") && $0.contains("zmm") }
      #expect(wideMax.count >= 4, "\(name): \(wideMax.count) 512-bit vmaxps")
    }
  }

  // MARK: W1: register transposes of full tiles

  static func transposedChains(_ r: Int, _ c: Int) -> String {
    """
    module @tc
    func @scaled(%x: f32[\(r),\(c)], %y: f32[\(c),\(r)], %w: f32[\(r),\(c)]) -> f32[\(r),\(c)] {
      %yt = transpose %y, perm=[1, 0] : f32[\(r),\(c)]
      %p = mul %yt, %w : f32[\(r),\(c)]
      %z = sub %p, %x : f32[\(r),\(c)]
      return %z
    }
    func @ints(%x: i32[\(r),\(c)], %y: i32[\(c),\(r)]) -> i32[\(r),\(c)] {
      %yt = transpose %y, perm=[1, 0] : i32[\(r),\(c)]
      %z = sub %x, %yt : i32[\(r),\(c)]
      return %z
    }
    func @twice(%x: f32[\(r),\(c)], %y: f32[\(c),\(r)]) -> f32[\(r),\(c)] {
      %yt = transpose %y, perm=[1, 0] : f32[\(r),\(c)]
      %z = add %x, %yt : f32[\(r),\(c)]
      %q = mul %z, %yt : f32[\(r),\(c)]
      return %q
    }
    """
  }

  /// Full 32×32 tiles (staged through the register transpose) next to
  /// partial ones (strided reads), on sizes that are and are not multiples
  /// of the tile: the interpreter's bits.
  @Test(arguments: [(32, 32), (64, 96), (96, 100), (33, 64), (128, 17), (17, 128), (1, 64), (64, 1), (160, 33)])
  func stagedTransposedTilesAgreeBitForBit(_ r: Int, _ c: Int) throws {
    #expect(try Self.bitwise(RowKernelTests.transposedAdd(r, c)) == [])
    #expect(try Self.bitwise(Self.transposedChains(r, c)) == [])
  }

  /// W1's kernel reads its transposed operand with row loads and shuffles,
  /// not gathers (an AVX-512 target).
  @Test func w1HasNoGathers() throws {
    let text = try String(contentsOfFile: Repo.path("Tools/bench/w1_vmap_add.ftir"), encoding: .utf8)
    let c = Compilation(bytes: Array(text.utf8), fileName: "w1.ftir", config: CompileConfig(cpu: "x86-64-v4"),
                        options: CompilationOptions(onlyFunction: "vadd"))
    try c.run(through: .asm)
    let asm = try #require(c.assembly)
    #expect(!asm.contains("vgather"), "W1 gathers its transposed operand")
    let shuffles = asm.split(separator: "\n").filter { $0.contains("zmm") && ($0.contains("vperm") || $0.contains("vunpck") || $0.contains("vshuf")) }
    #expect(shuffles.count >= 32, "\(shuffles.count) 512-bit shuffles")
  }
}
