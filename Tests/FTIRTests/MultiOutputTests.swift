import Backend
import Foundation
import Pipeline
import Testing
@testable import FTIR

/// Multi-output loop kernels (Backend/MultiOutput.swift): which kernels
/// join, why the others do not, and results bit for bit against the
/// interpreter (odd sizes, outputs that are function results, 1 and 2 threads).
@Suite struct MultiOutputTests {
  /// W4's hidden layer with its relu mask kept for the backward pass
  /// (%a read by %h at its own index, and by %g), and two siblings reading %x.
  static func mlpLayer(_ r: Int, _ c: Int) -> String {
    """
    module @mo
    func @layer(%x: f32[\(r),\(c)], %b: f32[\(c)], %d: f32[\(r),\(c)]) -> (f32[\(r),\(c)], f32[\(r),\(c)]) {
      %bb = broadcast_in_dim %b, dims=[1] : f32[\(r),\(c)]
      %a = add %x, %bb : f32[\(r),\(c)]
      %zero = constant 0.0 : f32[\(r),\(c)]
      %h = max %a, %zero : f32[\(r),\(c)]
      %s = reduce_sum %h, dims=[1] : f32[\(r)]
      %sb = broadcast_in_dim %s, dims=[0] : f32[\(r),\(c)]
      %m = eq %a, %h : i1[\(r),\(c)]
      %g0 = select %m, %d, %zero : f32[\(r),\(c)]
      %g = mul %g0, %sb : f32[\(r),\(c)]
      return %h, %g
    }
    func @siblings(%x: f32[\(r),\(c)], %y: f32[\(r),\(c)]) -> (f32[\(r),\(c)], f32[\(r),\(c)], f32[\(r),\(c)]) {
      %p = mul %x, %y : f32[\(r),\(c)]
      %q = sub %x, %y : f32[\(r),\(c)]
      %t = add %p, %q : f32[\(r),\(c)]
      return %p, %q, %t
    }
    func @lnstats(%x: f32[\(r),\(c)], %gamma: f32[\(c)], %beta: f32[\(c)]) -> (f32[\(r),\(c)], f32[\(r)]) {
      %s = reduce_sum %x, dims=[1] : f32[\(r)]
      %x2 = mul %x, %x : f32[\(r),\(c)]
      %q = reduce_sum %x2, dims=[1] : f32[\(r)]
      %n = constant \(c).0 : f32[\(r)]
      %mean = div %s, %n : f32[\(r)]
      %msq = div %q, %n : f32[\(r)]
      %m2 = mul %mean, %mean : f32[\(r)]
      %var = sub %msq, %m2 : f32[\(r)]
      %eps = constant 1e-05 : f32[\(r)]
      %ve = add %var, %eps : f32[\(r)]
      %sd = sqrt %ve : f32[\(r)]
      %mb = broadcast_in_dim %mean, dims=[0] : f32[\(r),\(c)]
      %sb = broadcast_in_dim %sd, dims=[0] : f32[\(r),\(c)]
      %xc = sub %x, %mb : f32[\(r),\(c)]
      %xn = div %xc, %sb : f32[\(r),\(c)]
      %gb = broadcast_in_dim %gamma, dims=[1] : f32[\(r),\(c)]
      %bb = broadcast_in_dim %beta, dims=[1] : f32[\(r),\(c)]
      %y0 = mul %xn, %gb : f32[\(r),\(c)]
      %y = add %y0, %bb : f32[\(r),\(c)]
      return %y, %q
    }
    func @transposed(%x: f32[\(r),\(r)]) -> (f32[\(r),\(r)], f32[\(r),\(r)]) {
      %e = mul %x, %x : f32[\(r),\(r)]
      %et = transpose %e, perm=[1, 0] : f32[\(r),\(r)]
      %z = sub %et, %x : f32[\(r),\(r)]
      return %e, %z
    }
    """
  }

  static func plan(_ text: String, _ name: String) throws -> FunctionPlan {
    let m = try load(text).flatMap { Pipeline.run($0, through: .inline) }.get()
    let f = try #require(m.function(named: name))
    return planFunction(planFusion(f), target: Target(cpu: "x86-64-v4", features: "", vectorBits: 512))
  }

  static func value(_ p: FunctionPlan, _ name: String) throws -> Value {
    Value(try #require(p.function.values.firstIndex { $0.name == name }, "no %\(name)"))
  }

  @Test func producerAndConsumerRunInOneKernel() throws {
    let p = try Self.plan(Self.mlpLayer(64, 48), "layer")
    let (a, h) = (try Self.value(p, "a"), try Self.value(p, "h"))
    let joined = try #require(p.fusion.kernels.first { $0.outputs.contains(a) })
    #expect(joined.outputs == [a, h])
    #expect(joined.kind == .loop)
    #expect(!joined.inputs.contains(a), "%h reads %a from a register")
    #expect(p.fusion.joins[h] == .readsOutput(a))
    // %a (read by the mask too), the row sum, the mask's kernel: 3 kernels instead of 4.
    #expect(p.fusion.kernels.count == 3, "\(p.fusion.kernels.map(\.outputs))")
    // %g reads %s, computed after the %a/%h kernel: it does not join it, and says why.
    let g = try #require(p.fusion.kernels.first { $0.outputs.contains(try Self.value(p, "g")) })
    #expect(p.fusion.joinRefusals[g.id] == JoinDecline(kernel: joined.id, why: .inputNotReady(try Self.value(p, "s"))))
    #expect(p.schedules[joined.id].why.hasPrefix("2 outputs in one pass"))
  }

  @Test func siblingsReadingOneInputRunInOneKernel() throws {
    let p = try Self.plan(Self.mlpLayer(5, 7), "siblings")
    #expect(p.fusion.kernels.count == 1)
    let (pv, q, t) = (try Self.value(p, "p"), try Self.value(p, "q"), try Self.value(p, "t"))
    #expect(p.fusion.kernels[0].outputs == [pv, q, t])
    #expect(p.fusion.joins[q] == .sharesInput(try Self.value(p, "x")))
    #expect(p.schedules[0].loop == .flat)
    // All three are results, written in place.
    #expect(p.buffers.arenaBytes == 0)
  }

  /// Layernorm from the mean and the mean of squares: both row statistics in one kernel, in a row group.
  @Test func layernormsTwoRowStatisticsAreOneKernel() throws {
    let p = try Self.plan(Self.mlpLayer(4096, 1024), "lnstats")
    let (s, q) = (try Self.value(p, "s"), try Self.value(p, "q"))
    let stats = try #require(p.fusion.kernels.first { $0.outputs.contains(s) })
    #expect(stats.kind == .reduction)
    #expect(stats.outputs == [s, q])
    #expect(p.fusion.joins[q] == .sharesInput(try Self.value(p, "x")))
    #expect(p.schedules[stats.id].why.hasPrefix("2 outputs in one pass: the fixed order"))
    #expect(p.schedules[stats.id].reduction == .inner)
    // The statistics, the per-row scalars, the normalized rows: one row group.
    #expect(p.fusion.rowGroups.count == 1)
    #expect(p.fusion.rowGroups.first?.kernels == Array(p.fusion.kernels.indices), "\(p.fusion.kernels.map(\.outputs))")
    // Few, long rows are split over threads instead: those reductions do not join.
    let long = try Self.plan(Self.mlpLayer(2, 1 << 20), "lnstats")
    #expect(long.fusion.kernels.filter { $0.kind == .reduction }.map(\.outputs.count) == [1, 1])
  }

  /// `--format dot`: every output of a joined kernel is an edge from it.
  @Test func theDotGraphDrawsEveryOutputOfAJoinedKernel() throws {
    let m = try load(Self.mlpLayer(5, 7)).flatMap { Pipeline.run($0, through: .inline) }.get()
    let f = try #require(m.function(named: "siblings"))
    let text = dotFusion(Module(name: "mo", functions: [f]), plans: [planFusion(f)])
    for j in 0..<3 { #expect(text.contains("\"f0_k0\" -> \"f0_r\(j)\""), "\(text)") }
    #expect(!text.contains("\"f0_k0\" -> \"f0_k0\""))
    #expect(text.contains("-> %p : f32[5,7], %q : f32[5,7], %t : f32[5,7]"))
  }

  @Test func aTransposedReadOfAnOutputDoesNotJoin() throws {
    let p = try Self.plan(Self.mlpLayer(9, 9), "transposed")
    #expect(p.fusion.kernels.count == 2)
    let e = try Self.value(p, "e")
    #expect(p.fusion.joinRefusals[1] == JoinDecline(kernel: 0, why: .tiled) || p.fusion.joinRefusals[1] == JoinDecline(kernel: 0, why: .readsAtOtherIndex(e)))
  }

  @Test func outputLimitBoundsAKernel() throws {
    var lines = ["module @many", "func @f(%x: f32[3,5], %z: f32[3,5]) -> (" + Array(repeating: "f32[3,5]", count: 12).joined(separator: ", ") + ") {"]
    // Twelve different exact ops of %x (the pipeline would merge equal ones).
    let ops = ["neg %x", "abs %x", "floor %x", "ceil %x", "sign %x", "add %x, %z", "sub %x, %z", "mul %x, %z",
               "max %x, %z", "min %x, %z", "sub %z, %x", "div %x, %z"]
    for (i, op) in ops.enumerated() { lines.append("  %y\(i) = \(op) : f32[3,5]") }
    lines += ["  return " + (0..<12).map { "%y\($0)" }.joined(separator: ", "), "}"]
    let text = lines.joined(separator: "\n") + "\n"
    let p = try Self.plan(text, "f")
    #expect(p.fusion.kernels.map(\.outputs.count) == [maxKernelOutputs, 12 - maxKernelOutputs])
    #expect(p.fusion.joinRefusals[1] == JoinDecline(kernel: 0, why: .outputLimit))
    #expect(try compareCompiled(text, tolerance: 0) == [])
  }

  @Test(arguments: [(1, 1), (3, 7), (37, 131), (130, 17)])
  func joinedKernelsAgreeWithTheInterpreterBitForBit(_ r: Int, _ c: Int) throws {
    // add, max, sub, mul, select: exact per element, whatever the loop.
    #expect(try compareCompiled(Self.mlpLayer(r, c), tolerance: 0, only: "siblings") == [])
    #expect(try compareCompiled(Self.mlpLayer(r, r), tolerance: 0, only: "transposed") == [])
    // %g multiplies by a row sum (the fixed order: bit-identical too).
    #expect(try compareCompiled(Self.mlpLayer(r, c), tolerance: 0, only: "layer") == [])
    // Two sums in their fixed orders, sqrt, div: bit-identical.
    #expect(try compareCompiled(Self.mlpLayer(r, c), tolerance: 0, only: "lnstats") == [])
  }

  /// Large enough to split over threads: the same bits with 1 and 2 threads and in the interpreter.
  @Test func resultsDoNotDependOnTheThreadCount() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let dir = tempDir()
    let file = write(Self.mlpLayer(301, 263), dir, "mo.ftir")
    var rng = SeededRNG(seed: 11)
    for (fn, n) in [("layer", 3), ("siblings", 2), ("lnstats", 3)] {
      let ins = (0..<n).map { j -> String in
        let t = fn != "siblings" && j >= 1 && !(fn == "layer" && j == 2) ? TensorType(.f32, [263]) : TensorType(.f32, [301, 263])
        let path = dir + "/\(fn)_in\(j).npy"
        FileManager.default.createFile(atPath: path, contents: Data(writeNPY(randomTensor(t, &rng, limit: 1 << 24)!)))
        return path
      }
      let results = fn == "siblings" ? 3 : 2
      var outs: [[HostTensor]] = []
      for (tag, env, interp) in [("interp", "1", true), ("t1", "1", false), ("t2", "2", false)] {
        let paths = (0..<results).map { dir + "/\(fn)_out\($0)_\(tag).npy" }
        let run = try runProgram(ftc, ["run", file, "--func", fn, "--in"] + ins + ["--out"] + paths + (interp ? ["--interp"] : []),
                                 environment: ["FTC_NUM_THREADS": env])
        #expect(run.status == 0, "\(run.stderr)")
        outs.append(try paths.map { try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: $0)))) })
      }
      #expect(outs[0] == outs[1], "\(fn): 1 thread differs from the interpreter")
      #expect(outs[1] == outs[2], "\(fn): 1 and 2 threads differ")
    }
  }
}
