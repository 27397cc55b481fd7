import Foundation
import Testing
@testable import FTIR
@testable import Backend
import Codegen
import Pipeline

// Float matrix products through generated loops (Codegen/ContractionLoops.swift)
// against the interpreter, on sizes that are not multiples of the vector
// width, with batch dims and transposed operands; and the size classes
// (Backend/GemmSizeClass.swift): a small product takes the loop path, a large
// one BLAS.

@Suite struct ContractionLoopTests {
  /// `(name, batch, M, N, K, transA, transB)`.
  static let shapes: [(String, Int, Int, Int, Int, Bool, Bool)] = [
    ("one", 1, 1, 1, 1, false, false), ("odd7", 1, 7, 7, 7, false, false), ("odd17", 1, 17, 3, 33, false, false),
    ("odd33", 1, 33, 17, 7, false, false), ("tA", 1, 7, 17, 5, true, false), ("tB", 1, 17, 7, 33, false, true),
    ("tAB", 1, 9, 5, 7, true, true), ("batch", 3, 5, 17, 7, false, false), ("batchOuter", 4, 7, 33, 1, false, false),
    ("batchTB", 2, 3, 9, 17, false, true), ("emptyK", 1, 3, 4, 0, false, false), ("wide", 1, 2, 1100, 3, false, false),
    // Register tiles and their tails: rows past the last full tile, column
    // tiles of fewer vectors, then narrower vectors (100 = 64 + 32 + 4 with
    // 16 lanes), a transposed B copied into [K, N], batches with both.
    ("tile100", 1, 13, 100, 9, false, false), ("tile64", 1, 14, 64, 5, false, false), ("tile33", 1, 8, 33, 17, true, false),
    ("tileTB", 1, 9, 33, 17, false, true), ("tileTAB", 2, 7, 100, 3, true, true), ("tile32", 3, 17, 32, 8, false, false),
    ("column", 1, 19, 1, 21, false, true),
  ]

  static func module(_ d: String) -> String {
    var lines = ["module @loops"]
    for (name, bt, m, n, k, ta, tb) in shapes {
      let pre = bt > 1 ? [bt] : []
      let o = pre.count
      func ty(_ s: [Int]) -> String { "\(d)[\(s.map(String.init).joined(separator: ","))]" }
      let a = pre + (ta ? [k, m] : [m, k]), b = pre + (tb ? [n, k] : [k, n])
      let batch = bt > 1 ? "batch=[[0],[0]], " : ""
      lines += ["func @\(name)(%a: \(ty(a)), %b: \(ty(b))) -> \(ty(pre + [m, n])) {",
                "  %c = dot_general %a, %b, \(batch)contract=[[\(o + (ta ? 0 : 1))],[\(o + (tb ? 1 : 0))]] : \(ty(pre + [m, n]))",
                "  return %c", "}"]
    }
    return lines.joined(separator: "\n")
  }

  static func random(_ t: TensorType, _ rng: inout SeededRNG) -> HostTensor {
    let v = (0..<t.elementCount).map { _ in Double.random(in: -2...2, using: &rng) }
    return t.dtype == .f32 ? HostTensor(type: t, storage: .f32(v.map(Float.init))) : HostTensor(type: t, storage: .f64(v))
  }

  @Test(arguments: [DType.f32, .f64], [ContractionChoice.loops, .bySize])
  func generatedLoopsAgreeWithTheInterpreter(dtype: DType, choice: ContractionChoice) throws {
    let m = try load(Self.module(dtype == .f32 ? "f32" : "f64")).get()
    let jit = try Pipeline.jit(m, config: CompileConfig(contractions: choice))
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 11)
    for f in m.functions {
      let args = f.params.map { Self.random(f.type(of: $0), &rng) }
      let want = try interp.run(f.name, args)[0].doubles, got = try jit.run(f.name, args)[0].doubles
      let k = f.type(of: f.params[0]).shape.reduce(1, *) / max(1, f.type(of: f.returnValues[0]).shape.dropLast().reduce(1, *))
      // Sums of k products of |x| ≤ 2 in another order (FMA): within k·4·ulp·4.
      let tol = Double(max(k, 1)) * 16 * (dtype == .f32 ? 1.2e-7 : 2.3e-16)
      #expect(want.count == got.count)
      let worst = zip(want, got).map { abs($0 - $1) }.max() ?? 0
      #expect(worst <= tol, "@\(f.name): \(worst) > \(tol)")
    }
  }

  /// With K = 1 each element is one product: exact, −0 included, as `mul`
  /// (the simplifier makes it a `mul`: Ops/OuterProduct.swift).
  @Test func anOuterProductIsExact() throws {
    let m = try load("""
      func @f(%a: f32[3,1], %b: f32[1,5]) -> f32[3,5] {
        %c = dot_general %a, %b, contract=[[1],[0]] : f32[3,5]
        return %c
      }
      """).get()
    let a = HostTensor([1.5, -0.0, 3] as [Float], shape: [3, 1]), b = HostTensor([2, 0, -1, 1e-30, 7] as [Float], shape: [1, 5])
    let got = try Pipeline.jit(m, config: CompileConfig(contractions: .loops)).run("f", [a, b])[0]
    #expect(got.bitwiseEqual(try Interpreter(module: m).run("f", [a, b])[0]))
  }

  static func gemm(_ text: String) throws -> GemmPlan {
    let m = try Pipeline.run(try load(text).get(), through: .inline).get()
    let plan = planFunction(planFusion(m.functions[0]), target: Target(cpu: "x86-64-v4", features: "", vectorBits: 512))
    return try #require(plan.schedules.compactMap(\.gemm).first)
  }

  @Test func aSmallProductTakesTheLoopPathAndALargeOneBLAS() throws {
    func product(_ m: Int, _ n: Int, _ k: Int, batch: Int = 1, _ d: String = "f32") -> String {
      let pre = batch > 1 ? "\(batch)," : "", o = batch > 1 ? 1 : 0
      return """
        func @f(%a: \(d)[\(pre)\(m),\(k)], %b: \(d)[\(pre)\(k),\(n)]) -> \(d)[\(pre)\(m),\(n)] {
          %c = dot_general %a, %b, \(batch > 1 ? "batch=[[0],[0]], " : "")contract=[[\(o + 1)],[\(o)]] : \(d)[\(pre)\(m),\(n)]
          return %c
        }
        """
    }
    #expect(try Self.gemm(product(8, 8, 8)).loops)
    #expect(try Self.gemm(product(16, 16, 16)).loops)
    #expect(try Self.gemm(product(8, 8, 8, "f64")).loops)
    #expect(try Self.gemm(product(32, 32, 32)).loops)
    #expect(try Self.gemm(product(40, 40, 40, "f64")).loops)
    // Above 2¹⁶ multiply-adds: BLAS (each register-tile site costs ~25 ms
    // of LLVM; GemmSizeClass.swift).
    #expect(try !Self.gemm(product(64, 64, 64)).loops)
    #expect(try !Self.gemm(product(128, 128, 128, "f64")).loops)
    #expect(try !Self.gemm(product(256, 256, 256)).loops)
    #expect(try !Self.gemm(product(256, 512, 784)).loops)
    // Per-sample outer products (W3) are multiplies, not GEMMs (Ops/OuterProduct.swift).
    let outer = try Pipeline.run(try load(product(128, 10, 1, batch: 1024)).get(), through: .inline).get()
    #expect(!outer.functions[0].body.contains { $0.name == "dot_general" })
    // A row narrower than a vector with A transposed keeps the small limit.
    let narrowTA = """
      func @f(%a: f32[256,512], %b: f32[256,10]) -> f32[512,10] {
        %c = dot_general %a, %b, contract=[[0],[0]] : f32[512,10]
        return %c
      }
      """
    #expect(try !Self.gemm(narrowTA).loops)
    #expect(try Self.gemm(product(512, 10, 12)).loops)
    #expect(try !Self.gemm(product(512, 10, 256)).loops)
    // Integer products are always loops.
    #expect(try Self.gemm(product(64, 64, 64, "i32")).loops)
  }

  /// The register tile comes from the target's registers and vector width:
  /// its sums, its B vectors and the broadcast A element fit in the
  /// registers; the column segments cover C's row exactly once.
  @Test func registerTilesFitTheTargetAndTheirSegmentsCoverTheRow() {
    for bits in [128, 256, 512] {
      let target = Target(cpu: "x86-64", features: "", vectorBits: bits)
      for d in [DType.f32, .f64] {
        for n in [1, 2, 7, 8, 16, 17, 32, 33, 64, 100, 128, 1100] {
          let g = GemmPlan(batch: 1, m: 64, n: n, k: 64, transA: false, transB: false, copyA: false, copyB: false, loops: true)
          let tile = gemmRegisterTile(g, target, d)
          #expect(tile.rows * tile.vectors + tile.vectors + 1 <= target.vectorRegisters, "\(bits) \(d) \(n): \(tile)")
          let lanes = target.lanes(d)
          // Every column at least once, none outside the row, at most three tile codes.
          var covered = [Int](repeating: 0, count: n)
          let segments = columnSegments(n: n, lanes: lanes, vectors: tile.vectors)
          for s in segments {
            #expect(s.start >= 0 && s.start + s.blocks * s.vectors * s.width <= n, "\(bits) \(d) \(n): \(s)")
            #expect(s.width <= lanes && s.vectors <= tile.vectors, "\(bits) \(d) \(n): \(s)")
            for c in s.start..<min(n, s.start + s.blocks * s.vectors * s.width) { covered[c] += 1 }
          }
          #expect(covered.allSatisfy { $0 >= 1 } && segments.count <= 3, "\(bits) \(d) \(n): \(segments)")
        }
      }
    }
    let wide = GemmPlan(batch: 1, m: 64, n: 64, k: 64, transA: false, transB: false, copyA: false, copyB: false, loops: true)
    #expect(gemmRegisterTile(wide, Target(cpu: "x86-64-v4", features: "", vectorBits: 512), .f32) == RegisterTile(rows: 6, vectors: 4))
    #expect(gemmRegisterTile(wide, Target(cpu: "x86-64-v3", features: "", vectorBits: 256), .f32) == RegisterTile(rows: 6, vectors: 2))
    #expect(columnSegments(n: 100, lanes: 16, vectors: 4) == [
      ColumnSegment(start: 0, blocks: 1, vectors: 4, width: 16), ColumnSegment(start: 64, blocks: 1, vectors: 2, width: 16),
      ColumnSegment(start: 96, blocks: 1, vectors: 1, width: 4)])
    #expect(columnSegments(n: 10, lanes: 16, vectors: 1) == [
      ColumnSegment(start: 0, blocks: 1, vectors: 1, width: 8), ColumnSegment(start: 2, blocks: 1, vectors: 1, width: 8)])
    #expect(columnSegments(n: 37, lanes: 16, vectors: 2) == [
      ColumnSegment(start: 0, blocks: 1, vectors: 2, width: 16), ColumnSegment(start: 29, blocks: 1, vectors: 1, width: 8)])
  }

  /// Generated loops read a transposed B as [K, N] rows: copied into scratch
  /// (a column, N = 1, is the same memory either way: a dot product).
  @Test func aTransposedBIsCopiedForRowUpdates() throws {
    let g = try Self.gemm("""
      func @f(%a: f32[16,16], %b: f32[12,16]) -> f32[16,12] {
        %c = dot_general %a, %b, contract=[[1],[1]] : f32[16,12]
        return %c
      }
      """)
    #expect(g.loops && g.copyB && !g.transB && !g.usesDotProducts)
    let column = try Self.gemm("""
      func @f(%a: f32[16,16], %b: f32[1,16]) -> f32[16,1] {
        %c = dot_general %a, %b, contract=[[1],[1]] : f32[16,1]
        return %c
      }
      """)
    #expect(column.loops && !column.copyB && column.usesDotProducts)
  }
}
