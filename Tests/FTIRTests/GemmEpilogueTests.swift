import Foundation
import Testing
@testable import FTIR
@testable import Backend
import Codegen
import Pipeline

// Fused epilogues of generated-loop matrix products (Backend/Epilogues.swift,
// Codegen/GemmEpilogue.swift): the structure (an MLP layer at a small size is
// one kernel, at a BLAS size two; typed refusals) and results against the
// interpreter (odd sizes, f32/f64, batch dims, every transposition, inputs
// read through broadcasts, the product used elsewhere too, 1 and 2 threads).

@Suite struct GemmEpilogueTests {
  static let avx512 = Target(cpu: "x86-64-v4", features: "", vectorBits: 512)

  static func layer(_ m: Int, _ k: Int, _ n: Int, _ d: String = "f32") -> String {
    """
    func @layer(%x: \(d)[\(m),\(k)], %w: \(d)[\(k),\(n)], %b: \(d)[\(n)]) -> \(d)[\(m),\(n)] {
      %p = dot_general %x, %w, contract=[[1],[0]] : \(d)[\(m),\(n)]
      %bb = broadcast_in_dim %b, dims=[1] : \(d)[\(m),\(n)]
      %a = add %p, %bb : \(d)[\(m),\(n)]
      %z = constant 0.0 : \(d)[\(m),\(n)]
      %h = max %a, %z : \(d)[\(m),\(n)]
      return %h
    }
    """
  }

  static func plan(_ text: String, target: Target = avx512) throws -> FusionPlan {
    let m = try Pipeline.run(try load(text).get(), through: .inline).get()
    return planFusion(m.functions[0], target: target)
  }

  @Test func aSmallMLPLayerIsOneKernelAndABLASOneTwo() throws {
    let small = try Self.plan(Self.layer(8, 16, 16))
    #expect(small.kernels.count == 1)
    let k = try #require(small.kernels.first)
    #expect(k.kind == .contraction && k.outputs.count == 1)
    let e = try #require(k.epilogue)
    #expect(!e.storesProduct)
    #expect(small.function.type(of: k.output) == TensorType(.f32, [8, 16]))
    #expect(Set(k.inputs).count == 3)  // %x, %w, %b: the product is not a buffer

    let large = try Self.plan(Self.layer(256, 784, 512))
    #expect(large.kernels.map(\.kind) == [.contraction, .loop])
    #expect(large.kernels[0].epilogue == nil)
    #expect(large.epilogueRefusals[0] == .blas)

    // Without a target (or with --gemm blas) nothing changes.
    #expect(planFusion(try Pipeline.run(try load(Self.layer(8, 16, 16)).get(), through: .inline).get().functions[0]).kernels.count == 2)
    let blas = Target(cpu: "x86-64-v4", features: "", vectorBits: 512, contractions: .blas)
    #expect(try Self.plan(Self.layer(8, 16, 16), target: blas).kernels.count == 2)
  }

  @Test func theDecisionIsInTheDumps() throws {
    let fuse = try LoopNestTests.compilation(Self.layer(8, 16, 16), through: .fuse).dump(.fuse)
    #expect(fuse.contains("epilogue: the loop kernel reading %p at its own index"), "\(fuse)")
    let loops = try LoopNestTests.compilation(Self.layer(8, 16, 16), through: .loops).dump(.loops)
    #expect(loops.contains("epilogue(acc), on the register tile"), "\(loops)")
    let big = try LoopNestTests.compilation(Self.layer(256, 784, 512), through: .fuse).dump(.fuse)
    #expect(big.contains("no epilogue: the product runs through BLAS"), "\(big)")
  }

  @Test func refusalsAreTyped() throws {
    // Read reversed: at another index. (A transpose of a product that
    // nothing else reads is the swapped product: ProductLayout.swift.)
    let transposed = try Self.plan("""
      func @f(%x: f32[8,8], %w: f32[8,8]) -> f32[8,8] {
        %p = dot_general %x, %w, contract=[[1],[0]] : f32[8,8]
        %t = reverse %p, dims=[1] : f32[8,8]
        %h = tanh %t : f32[8,8]
        return %h
      }
      """)
    #expect(transposed.kernels.count == 2 && transposed.epilogueRefusals[0] == .readsAtOtherIndex)
    // First read by a reduction.
    let reduced = try Self.plan("""
      func @f(%x: f32[8,8], %w: f32[8,8]) -> f32[8] {
        %p = dot_general %x, %w, contract=[[1],[0]] : f32[8,8]
        %s = reduce_sum %p, dims=[1] : f32[8]
        return %s
      }
      """)
    #expect(reduced.epilogueRefusals[0] == .firstReader(.reduction))
    // A column: dot products.
    let column = try Self.plan("""
      func @f(%x: f32[8,8], %w: f32[8,1]) -> f32[8,1] {
        %p = dot_general %x, %w, contract=[[1],[0]] : f32[8,1]
        %h = tanh %p : f32[8,1]
        return %h
      }
      """)
    #expect(column.epilogueRefusals[0] == .dotProducts)
    // Only a result.
    let result = try Self.plan("""
      func @f(%x: f32[8,8], %w: f32[8,8]) -> f32[8,8] {
        %p = dot_general %x, %w, contract=[[1],[0]] : f32[8,8]
        return %p
      }
      """)
    #expect(result.epilogueRefusals[0] == .noReader)
  }

  /// Functions whose products (small: generated loops) have epilogues.
  static func module(_ d: String) -> String {
    func ty(_ s: [Int]) -> String { "\(d)[\(s.map(String.init).joined(separator: ","))]" }
    var lines = ["module @epilogues"]
    // (name, batch, M, N, K, transA, transB)
    let shapes: [(String, Int, Int, Int, Int, Bool, Bool)] = [
      ("s1", 1, 1, 1, 1, false, false), ("s7", 1, 7, 7, 7, false, false), ("s17", 1, 17, 17, 17, false, false),
      ("s33", 1, 33, 33, 7, false, false), ("tA", 1, 7, 17, 33, true, false), ("tB", 1, 17, 33, 7, false, true),
      ("tAB", 1, 33, 7, 17, true, true), ("batch", 3, 7, 17, 5, false, false), ("batchTB", 2, 5, 33, 7, true, true),
      ("wide", 1, 3, 100, 9, false, false),
      // A row block too wide to stage (4 rows × 2100 columns > 32 KiB): the epilogue runs per tile.
      ("wideTiles", 1, 7, 2100, 3, false, false),
    ]
    for (name, bt, m, n, k, ta, tb) in shapes {
      let pre = bt > 1 ? [bt] : [], o = pre.count
      let a = pre + (ta ? [k, m] : [m, k]), b = pre + (tb ? [n, k] : [k, n]), c = pre + [m, n]
      let batch = bt > 1 ? "batch=[[0],[0]], " : ""
      let dot = "  %p = dot_general %a, %b, \(batch)contract=[[\(o + (ta ? 0 : 1))],[\(o + (tb ? 1 : 0))]] : \(ty(c))"
      let r = c.count
      // relu(p + bias[N]) · rowscale[M] — inputs through broadcasts of both kinds.
      lines += ["func @\(name)(%a: \(ty(a)), %b: \(ty(b)), %bias: \(ty([n])), %rs: \(ty([m]))) -> \(ty(c)) {", dot,
                "  %bb = broadcast_in_dim %bias, dims=[\(r - 1)] : \(ty(c))",
                "  %rb = broadcast_in_dim %rs, dims=[\(r - 2)] : \(ty(c))",
                "  %s = add %p, %bb : \(ty(c))", "  %z = constant 0.0 : \(ty(c))", "  %h = max %s, %z : \(ty(c))",
                "  %y = mul %h, %rb : \(ty(c))", "  return %y", "}"]
    }
    // tanh of a scaled product that is also a result, and also read by a reduction.
    lines += ["func @shared(%a: \(ty([17, 9])), %b: \(ty([9, 33]))) -> (\(ty([17, 33])), \(ty([17, 33])), \(ty([17]))) {",
              "  %p = dot_general %a, %b, contract=[[1],[0]] : \(ty([17, 33]))",
              "  %c = constant 0.5 : \(ty([17, 33]))", "  %q = mul %p, %c : \(ty([17, 33]))", "  %t = tanh %q : \(ty([17, 33]))",
              "  %s = reduce_max %p, dims=[1] : \(ty([17]))", "  return %t, %p, %s", "}"]
    // The product read by the epilogue and by a later loop kernel; the epilogue reads a scalar parameter.
    lines += ["func @later(%a: \(ty([7, 7])), %b: \(ty([7, 7])), %k: \(ty([]))) -> (\(ty([7, 7])), \(ty([7, 7]))) {",
              "  %p = dot_general %a, %b, contract=[[1],[0]] : \(ty([7, 7]))",
              "  %kb = broadcast_in_dim %k, dims=[] : \(ty([7, 7]))", "  %e = sub %p, %kb : \(ty([7, 7]))",
              "  %x = exp %e : \(ty([7, 7]))", "  %s = reduce_sum %x, dims=[0] : \(ty([7]))",
              "  %sb = broadcast_in_dim %s, dims=[1] : \(ty([7, 7]))", "  %u = add %p, %sb : \(ty([7, 7]))",
              "  return %x, %u", "}"]
    return lines.joined(separator: "\n")
  }

  static func random(_ t: TensorType, _ rng: inout SeededRNG) -> HostTensor {
    let v = (0..<t.elementCount).map { _ in Double.random(in: -2...2, using: &rng) }
    return t.dtype == .f32 ? HostTensor(type: t, storage: .f32(v.map(Float.init))) : HostTensor(type: t, storage: .f64(v))
  }

  @Test(arguments: [DType.f32, .f64])
  func epiloguesAgreeWithTheInterpreter(dtype: DType) throws {
    let m = try load(Self.module(dtype == .f32 ? "f32" : "f64")).get()
    // Every product here has an epilogue (structure), then the values
    // (@s1's 1×1×1 product is a multiply: Ops/OuterProduct.swift).
    let inlined = try Pipeline.run(m, through: .inline).get()
    let target = try Compiler.machine(CompileConfig()).target
    for f in inlined.functions where f.body.contains(where: { $0.name == "dot_general" }) {
      let plan = planFusion(f, target: target)
      #expect(plan.kernels.contains { $0.epilogue != nil }, "@\(f.name): no epilogue")
    }
    let jit = try Pipeline.jit(m, config: CompileConfig())
    let interp = Interpreter(module: m)
    var rng = SeededRNG(seed: 5)
    for f in m.functions {
      let args = f.params.map { Self.random(f.type(of: $0), &rng) }
      let want = try interp.run(f.name, args), got = try jit.run(f.name, args)
      #expect(want.count == got.count)
      for (w, g) in zip(want, got) {
        // Sums of at most 33 products of |x| ≤ 2 with FMA, then exp/tanh of such values.
        let worst = zip(w.doubles, g.doubles).map { abs($0 - $1) / max(1, abs($0)) }.max() ?? 0
        #expect(worst <= (dtype == .f32 ? 1e-4 : 1e-12), "@\(f.name): \(worst)")
        #expect(w.type == g.type)
      }
    }
  }

  /// One and two threads give the same bits, close to the interpreter.
  @Test func resultsDoNotDependOnTheThreadCount() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = tempDir()
    let file = write(Self.layer(33, 17, 100) + "\n", dir, "layer.ftir")
    var rng = SeededRNG(seed: 3)
    let ins = [[33, 17], [17, 100], [100]].enumerated().map { (j, s) -> String in
      let path = dir + "/in\(j).npy"
      FileManager.default.createFile(atPath: path, contents: Data(writeNPY(Self.random(TensorType(.f32, s), &rng))))
      return path
    }
    var outs: [HostTensor] = []
    for (tag, env, interp) in [("interp", "1", true), ("t1", "1", false), ("t2", "2", false)] {
      let path = dir + "/out_\(tag).npy"
      let run = try runProgram(ftc, ["run", file, "--func", "layer", "--in"] + ins + ["--out", path] + (interp ? ["--interp"] : []),
                               environment: ["FTC_NUM_THREADS": env])
      #expect(run.status == 0, "\(run.stderr)")
      outs.append(try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }
    #expect(outs[1] == outs[2], "1 and 2 threads differ")
    let worst = zip(outs[0].doubles, outs[1].doubles).map { abs($0 - $1) }.max() ?? 1
    #expect(worst <= 1e-5, "\(worst)")
  }
}
