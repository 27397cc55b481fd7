/// Structure of the threading threshold (Backend/Schedule.swift,
/// `parallelNanoseconds`): a loop kernel is split over threads only when its
/// estimated single-thread time pays for waking a worker. Small kernels (W4's
/// bias-add and relu over [256,512]) run on the calling thread, large ones
/// (W1, W5) are split, and the cost of the fused ops counts, not only the
/// element count. Kernels of each loop shape above the threshold (flat, a
/// broadcast read, an inner reduction, a gather) give the same bits with 1
/// and 2 threads and agree with the interpreter on odd sizes. (More results
/// across thread counts: RuntimeTests.poolStress, ReductionOrderTests,
/// RowKernelTests, SortThreadTests.)
import Backend
import Foundation
import Testing
@testable import FTIR

@Suite struct ThreadThresholdTests {
  static func schedules(_ text: String, _ name: String) throws -> [KernelSchedule] {
    try RowKernelTests.plan(text, name).schedules
  }

  static func elementwise(_ shape: String, _ body: String) throws -> KernelSchedule {
    let text = "module @m\nfunc @f(%x: f32[\(shape)], %y: f32[\(shape)]) -> f32[\(shape)] {\n\(body)\n}\n"
    let s = try schedules(text, "f")
    try #require(s.count == 1, "\(s)")
    return s[0]
  }

  @Test func smallKernelsStayOnTheCallingThread() throws {
    // 131072 elements of one add: about 17 µs on one thread.
    let add = try Self.elementwise("256,512", "  %z = add %x, %y : f32[256,512]\n  return %z")
    #expect(add.parallelChunk == nil, "\(add.why)")
    #expect(add.why.hasSuffix("on the calling thread"), "\(add.why)")
    // Below the old element threshold too.
    #expect(try Self.elementwise("64,64", "  %z = add %x, %y : f32[64,64]\n  return %z").parallelChunk == nil)
  }

  @Test func largeKernelsAreSplit() throws {
    // 4M elements read from and written to memory: milliseconds.
    let big = try Self.elementwise("4096,1024", "  %z = add %x, %y : f32[4096,1024]\n  return %z")
    #expect(big.parallelChunk == 16384, "\(big.why)")
    #expect(big.why.contains("split over threads in chunks of 16384"), "\(big.why)")
  }

  /// Same elements (163840, all three buffers in L2), different cost: two
  /// math functions (0.22 ns an element each) make a kernel long enough to
  /// split (about 93 µs) where a plain add (about 21 µs) is not.
  @Test func theFusedOpsCost() throws {
    let add = try Self.elementwise("320,512", "  %z = add %x, %y : f32[320,512]\n  return %z")
    let tanh = try Self.elementwise("320,512", "  %e = exp %x : f32[320,512]\n  %t = tanh %e : f32[320,512]\n  %z = mul %t, %y : f32[320,512]\n  return %z")
    #expect(add.parallelChunk == nil, "\(add.why)")
    #expect(tanh.parallelChunk != nil, "\(tanh.why)")
  }

  /// The shared workloads: W4's elementwise kernels (the bias adds and relus
  /// between its GEMMs) stay on the calling thread; W5's single kernel and
  /// W1's tiled transpose are split.
  @Test func workloadsSplitWhereItPays() throws {
    let w4 = try String(contentsOfFile: Repo.path("Tools/bench/w4_mlp_train.ftir"), encoding: .utf8)
    let vg = try Self.schedules(w4, "vg")
    #expect(vg.filter { $0.gemm == nil }.count >= 10)
    for s in vg where s.gemm == nil {
      #expect(s.parallelChunk == nil, "W4 kernel #\(s.kernel): \(s.why)")
    }
    let w5 = try String(contentsOfFile: Repo.path("Tools/bench/w5_gelu.ftir"), encoding: .utf8)
    let gelu = try Self.schedules(w5, "gelu_fused")
    #expect(gelu.count == 1 && gelu[0].parallelChunk == 16384, "\(gelu)")
    let w1 = try String(contentsOfFile: Repo.path("Tools/bench/w1_vmap_add.ftir"), encoding: .utf8)
    let vadd = try Self.schedules(w1, "vadd")
    #expect(vadd.count == 1 && vadd[0].parallelChunk != nil, "\(vadd)")
  }

  /// Odd sizes above the threshold (1001 × 523: each kernel moves more than
  /// 2 MiB), run by the `ftc` executable with 1 and 2 threads and by the
  /// interpreter.
  static let threaded = """
    module @t
    func @flat(%x: f32[1001,523], %y: f32[1001,523]) -> f32[1001,523] {
      %a = mul %x, %y : f32[1001,523]
      %b = tanh %a : f32[1001,523]
      %r = add %b, %x : f32[1001,523]
      return %r
    }
    func @bcast(%x: f32[1001,523], %b: f32[523]) -> f32[1001,523] {
      %bb = broadcast_in_dim %b, dims=[1] : f32[1001,523]
      %r = sub %x, %bb : f32[1001,523]
      return %r
    }
    func @rowmax(%x: f64[1001,523]) -> f64[1001] {
      %m = reduce_max %x, dims=[1] : f64[1001]
      return %m
    }
    func @gath(%x: f32[1001,523], %i: i32[777]) -> f32[777,523] {
      %g = gather %x, %i, axis=0, batch_dims=0 : f32[777,523]
      %r = mul %g, %g : f32[777,523]
      return %r
    }
    """

  @Test func threadedKernelsGiveTheSameBits() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = write(Self.threaded, dir, "t.ftir")
    let m = try load(Self.threaded).get()
    var rng = SeededRNG(seed: 29)
    for name in ["flat", "bcast", "rowmax", "gath"] {
      let s = try Self.schedules(Self.threaded, name)
      #expect(s.contains { $0.parallelChunk != nil }, "@\(name) runs on one thread: \(s.map(\.why))")
      let params = try #require(m.function(named: name)).signature.params
      let ins = try params.enumerated().map { j, t in
        let path = dir + "/\(name)_in\(j).npy"
        try Data(writeNPY(try #require(randomTensor(t, &rng, limit: 1 << 20)))).write(to: URL(fileURLWithPath: path))
        return path
      }
      var outs: [HostTensor] = []
      for (tag, threads, interp) in [("i", "1", true), ("t1", "1", false), ("t2", "2", false)] {
        let out = dir + "/\(name)_\(tag).npy"
        let run = try runProgram(ftc, ["run", file, "--func", name, "--in"] + ins + ["--out", out] + (interp ? ["--interp"] : []),
                                 environment: ["FTC_NUM_THREADS": threads, "OPENBLAS_NUM_THREADS": "1"])
        try #require(run.status == 0, "\(run.stderr)")
        outs.append(try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: out)))))
      }
      #expect(mismatch(outs[0], outs[1], tolerance: 1e-6) == nil, "@\(name): compiled against the interpreter")
      #expect(outs[1] == outs[2], "@\(name): 1 and 2 threads differ")
    }
  }
}
