import Backend
import Codegen
import Foundation
import Pipeline
import Testing
@testable import FTIR

/// Row groups (Backend/RowGroups.swift) and tiled transposed loops
/// (Backend/TransposedReads.swift): the plans W1 and W6 get, why a kernel
/// stays out of a row group, and results against the interpreter on odd
/// sizes, aliased operands and with 1 and 2 threads.
@Suite struct RowKernelTests {
  static func softmax(_ r: Int, _ c: Int) -> String {
    """
    module @sm
    func @softmax(%x: f32[\(r),\(c)]) -> f32[\(r),\(c)] {
      %m = reduce_max %x, dims=[1] : f32[\(r)]
      %mb = broadcast_in_dim %m, dims=[0] : f32[\(r),\(c)]
      %z = sub %x, %mb : f32[\(r),\(c)]
      %e = exp %z : f32[\(r),\(c)]
      %s = reduce_sum %e, dims=[1] : f32[\(r)]
      %sb = broadcast_in_dim %s, dims=[0] : f32[\(r),\(c)]
      %y = div %e, %sb : f32[\(r),\(c)]
      return %y
    }
    func @logsoftmax(%x: f32[\(r),\(c)]) -> f32[\(r),\(c)] {
      %m = reduce_max %x, dims=[1] : f32[\(r)]
      %mb = broadcast_in_dim %m, dims=[0] : f32[\(r),\(c)]
      %z = sub %x, %mb : f32[\(r),\(c)]
      %e = exp %z : f32[\(r),\(c)]
      %s = reduce_sum %e, dims=[1] : f32[\(r)]
      %l = log %s : f32[\(r)]
      %lb = broadcast_in_dim %l, dims=[0] : f32[\(r),\(c)]
      %y = sub %z, %lb : f32[\(r),\(c)]
      return %y
    }
    func @logsumexp(%x: f32[\(r),\(c)]) -> f32[\(r)] {
      %m = reduce_max %x, dims=[1] : f32[\(r)]
      %mb = broadcast_in_dim %m, dims=[0] : f32[\(r),\(c)]
      %z = sub %x, %mb : f32[\(r),\(c)]
      %e = exp %z : f32[\(r),\(c)]
      %s = reduce_sum %e, dims=[1] : f32[\(r)]
      %l = log %s : f32[\(r)]
      %y = add %l, %m : f32[\(r)]
      return %y
    }
    """
  }

  static func layernorm(_ r: Int, _ c: Int) -> String {
    """
    module @ln
    func @layernorm(%x: f32[\(r),\(c)], %gamma: f32[\(c)], %beta: f32[\(c)]) -> f32[\(r),\(c)] {
      %sum = reduce_sum %x, dims=[1] : f32[\(r)]
      %n = constant \(c).0 : f32[\(r)]
      %mean = div %sum, %n : f32[\(r)]
      %mb = broadcast_in_dim %mean, dims=[0] : f32[\(r),\(c)]
      %c = sub %x, %mb : f32[\(r),\(c)]
      %c2 = mul %c, %c : f32[\(r),\(c)]
      %vs = reduce_sum %c2, dims=[1] : f32[\(r)]
      %var = div %vs, %n : f32[\(r)]
      %eps = constant 1e-05 : f32[\(r)]
      %ve = add %var, %eps : f32[\(r)]
      %inv = rsqrt %ve : f32[\(r)]
      %ib = broadcast_in_dim %inv, dims=[0] : f32[\(r),\(c)]
      %xn = mul %c, %ib : f32[\(r),\(c)]
      %gb = broadcast_in_dim %gamma, dims=[1] : f32[\(r),\(c)]
      %bb = broadcast_in_dim %beta, dims=[1] : f32[\(r),\(c)]
      %s = mul %xn, %gb : f32[\(r),\(c)]
      %y = add %s, %bb : f32[\(r),\(c)]
      return %y
    }
    func @loss(%x: f32[\(r),\(c)], %gamma: f32[\(c)], %beta: f32[\(c)], %w: f32[\(r),\(c)]) -> f32[] {
      %y = call @layernorm(%x, %gamma, %beta) : f32[\(r),\(c)]
      %p = mul %y, %w : f32[\(r),\(c)]
      %l = reduce_sum %p, dims=[0, 1] : f32[]
      return %l
    }
    func @dloss = grad(@loss)
    """
  }

  static func transposedAdd(_ r: Int, _ c: Int) -> String {
    """
    module @ta
    func @add(%x: f32[\(r),\(c)], %y: f32[\(c),\(r)]) -> f32[\(r),\(c)] {
      %yt = transpose %y, perm=[1, 0] : f32[\(r),\(c)]
      %z = add %x, %yt : f32[\(r),\(c)]
      return %z
    }
    func @batched(%x: f32[3,\(r),\(c)], %y: f32[3,\(c),\(r)]) -> f32[3,\(r),\(c)] {
      %yt = transpose %y, perm=[0, 2, 1] : f32[3,\(r),\(c)]
      %z = mul %x, %yt : f32[3,\(r),\(c)]
      return %z
    }
    func @aliased(%x: f32[\(r),\(r)]) -> f32[\(r),\(r)] {
      %xt = transpose %x, perm=[1, 0] : f32[\(r),\(r)]
      %z = sub %x, %xt : f32[\(r),\(r)]
      return %z
    }
    """
  }

  static func plan(_ text: String, _ name: String) throws -> FunctionPlan {
    let m = try load(text).flatMap { Pipeline.run($0, through: .inline) }.get()
    let f = try #require(m.function(named: name))
    let fusion = planFusion(f)
    return planFunction(fusion, target: Target(cpu: "x86-64-v4", features: "", vectorBits: 512))
  }

  // MARK: structure

  @Test func w6SoftmaxIsOneRowKernelWithoutARowsByColumnsIntermediate() throws {
    for name in ["softmax", "logsoftmax", "logsumexp"] {
      let p = try Self.plan(Self.softmax(4096, 1024), name)
      #expect(p.fusion.rowGroups.count == 1, "\(name)")
      #expect(p.fusion.rowGroups.first?.kernels == Array(p.fusion.kernels.indices), "\(name): every kernel in the group")
      // No buffer of the input's size: only row-local slabs (and the result).
      #expect(p.buffers.arenaBytes < 4096 * 1024 * 4 / 16, "\(name): arena \(p.buffers.arenaBytes)")
      #expect(p.rowSchedules.first?.parallelChunk != nil, "\(name): rows split over threads")
    }
  }

  @Test func layernormForwardAndBackwardRunAsRowGroups() throws {
    let fwd = try Self.plan(Self.layernorm(4096, 1024), "layernorm")
    #expect(fwd.fusion.rowGroups.count == 1)
    #expect(fwd.fusion.rowGroups.first?.kernels.count == fwd.fusion.kernels.count)
    #expect(fwd.buffers.arenaBytes < 4096 * 1024 * 4 / 16)
    let bwd = try Self.plan(Self.layernorm(4096, 1024), "dloss")
    let k = bwd.fusion.kernels
    let grouped = Set(bwd.fusion.rowGroups.flatMap(\.kernels))
    // Every row kernel (a reduction over the last dim or an elementwise pass
    // over rows) is in a row group; only the sums over dim 0 (the gradients
    // of gamma and beta) and the loss stay out, with their reason.
    for kernel in k where !grouped.contains(kernel.id) {
      let out = bwd.function.type(of: kernel.output)
      #expect(kernel.kind == .reduction && out.shape != [4096], "kernel #\(kernel.id) \(kernel.kind) \(out) not in a row group")
    }
    #expect(bwd.fusion.rowGroups.count == 1, "\(bwd.fusion.rowGroups.map(\.kernels))")
    // No [4096,1024] intermediate besides the results (dx, and one buffer the sums over dim 0 read).
    #expect(bwd.buffers.arenaBytes <= 4096 * 1024 * 4 * 2, "arena \(bwd.buffers.arenaBytes)")
  }

  @Test func w1ReadsItsTransposedOperandInTiles() throws {
    let text = try String(contentsOfFile: Repo.path("IR/examples/vmap_add.ftir"), encoding: .utf8)
    let p = try Self.plan(text, "vadd")
    #expect(p.schedules.count == 1)
    guard case .tiled(let rows, let cols) = p.schedules[0].loop else {
      Issue.record("W1 fell back to \(p.schedules[0].loop)")
      return
    }
    #expect(rows == 32 && cols == 32)
    #expect(p.schedules[0].parallelChunk != nil)
    // A plain elementwise read keeps the flat loop.
    let plain = try Self.plan("module @p\nfunc @f(%x: f32[64,64], %y: f32[64,64]) -> f32[64,64] {\n  %z = add %x, %y : f32[64,64]\n  return %z\n}\n", "f")
    #expect(plain.schedules[0].loop == .flat)
  }

  @Test func refusalsSayWhyAKernelStaysOutOfTheGroup() throws {
    let text = """
    module @r
    func @f(%x: f32[6,5], %w: f32[5,3]) -> (f32[6,5], f32[6,3], f32[6,5], f32[5]) {
      %m = reduce_max %x, dims=[1] : f32[6]
      %mb = broadcast_in_dim %m, dims=[0] : f32[6,5]
      %z = sub %x, %mb : f32[6,5]
      %mr = reverse %m, dims=[0] : f32[6]
      %rb = broadcast_in_dim %mr, dims=[0] : f32[6,5]
      %o = mul %x, %rb : f32[6,5]
      %p = dot_general %z, %w, contract=[[1], [0]] : f32[6,3]
      %c = reduce_sum %x, dims=[0] : f32[5]
      return %z, %p, %o, %c
    }
    """
    let p = try Self.plan(text, "f")
    let k = p.fusion.kernels
    func kernel(_ op: String) -> Int? { k.first { p.function.body[$0.root].name == op }?.id }
    let (mul, dot, sum) = (try #require(kernel("mul")), try #require(kernel("dot_general")), try #require(kernel("reduce_sum")))
    // %o reads %m at row 5 - r: not its own row.
    if case .readsOtherRows? = p.fusion.rowRefusals[mul] {} else { Issue.record("\(String(describing: p.fusion.rowRefusals[mul]))") }
    // The kernels between %o and the contraction form no group: no refusal to report.
    #expect(p.fusion.rowRefusals[dot] == nil)
    let kept = try Self.plan("""
    module @k
    func @g(%x: f32[6,5], %w: f32[5,3]) -> f32[6,3] {
      %m = reduce_max %x, dims=[1] : f32[6]
      %mb = broadcast_in_dim %m, dims=[0] : f32[6,5]
      %z = sub %x, %mb : f32[6,5]
      %p = dot_general %z, %w, contract=[[1], [0]] : f32[6,3]
      return %p
    }
    """, "g")
    let keptDot = try #require(kept.fusion.kernels.first { kept.function.body[$0.root].name == "dot_general" }?.id)
    #expect(kept.fusion.rowGroups.count == 1)
    #expect(kept.fusion.rowRefusals[keptDot] == .kind(.contraction))
    #expect(p.fusion.rowGroups.allSatisfy { !$0.kernels.contains(sum) })
    #expect(RowRefusal.reducesAcrossRows.description.contains("dim 0"))
    #expect(try compareCompiled(text).isEmpty)
  }

  // MARK: results

  @Test(arguments: [(1, 1), (3, 7), (37, 131), (5, 1), (130, 17)])
  func rowKernelsAgreeWithTheInterpreter(_ r: Int, _ c: Int) throws {
    #expect(try compareCompiled(Self.softmax(r, c)) == [])
    #expect(try compareCompiled(Self.layernorm(r, c), tolerance: 1e-4) == [])
  }

  @Test(arguments: [(1, 2), (2, 1), (33, 31), (67, 45), (100, 4096 / 64 + 3)])
  func tiledTransposesAgreeWithTheInterpreter(_ r: Int, _ c: Int) throws {
    // Bit-exact: one add per element, whatever the loop order.
    #expect(try compareCompiled(Self.transposedAdd(r, c), tolerance: 0) == [])
  }

  /// Large enough to split over threads; the same results with 1 and 2 threads and in the interpreter.
  @Test func resultsDoNotDependOnTheThreadCount() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = tempDir()
    let cases: [(String, String, [TensorType])] = [
      (Self.softmax(601, 263), "softmax", [TensorType(.f32, [601, 263])]),
      (Self.transposedAdd(1001, 523), "add", [TensorType(.f32, [1001, 523]), TensorType(.f32, [523, 1001])]),
    ]
    for (text, fn, _) in cases {
      let p = try Self.plan(text, fn)
      #expect(p.schedules.contains { $0.parallelChunk != nil } || p.rowSchedules.contains { $0.parallelChunk != nil }, "\(fn) runs on one thread")
    }
    var rng = SeededRNG(seed: 7)
    for (n, (text, fn, types)) in cases.enumerated() {
      let file = write(text, dir, "p\(n).ftir")
      let ins = types.enumerated().map { j, t in
        let path = dir + "/in\(n)_\(j).npy"
        FileManager.default.createFile(atPath: path, contents: Data(writeNPY(randomTensor(t, &rng, limit: 1 << 24)!)))
        return path
      }
      var outs: [HostTensor] = []
      for (tag, env, interp) in [("interp", "1", true), ("t1", "1", false), ("t2", "2", false)] {
        let out = dir + "/out\(n)_\(tag).npy"
        let run = try runProgram(ftc, ["run", file, "--func", fn, "--in"] + ins + ["--out", out] + (interp ? ["--interp"] : []),
                                 environment: ["FTC_NUM_THREADS": env])
        #expect(run.status == 0, "\(run.stderr)")
        outs.append(try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: out)))))
      }
      #expect(mismatch(outs[0], outs[1], tolerance: 1e-6) == nil, "\(fn), 1 thread")
      #expect(outs[1] == outs[2], "\(fn): 1 and 2 threads differ")
    }
  }
}
