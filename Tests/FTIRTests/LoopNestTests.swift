import Backend
import Codegen
import Foundation
import FTCTool
import Testing
@testable import FTIR
@testable import Pipeline

/// The `loops` stage (Backend/LoopNest.swift): each kernel's loops as data,
/// dumped by `ftc dump --after loops`, and what Codegen builds the loops of
/// loop kernels and row groups from: change the nest (or the schedule it is
/// made from) and the code follows, with the same results.
@Suite struct LoopNestTests {
  static let transposed = RowKernelTests.transposedAdd(67, 45)

  /// A compilation for the JIT, run through `stage`.
  static func compilation(_ text: String, through stage: Stage) throws -> Compilation {
    let m = try load(text).flatMap(Pipeline.expand).get()
    let c = Compilation(module: m, options: CompilationOptions(forJIT: true))
    try c.run(through: stage)
    return c
  }

  static func function(_ c: Compilation, _ name: String) throws -> Int {
    try #require(c.plan?.functions.firstIndex { $0.function.name == name })
  }

  /// The loops of `items`, outermost first, following the first loop at each level.
  static func spine(_ items: [LoopItem]) -> [Loop] {
    var out: [Loop] = []
    var level = items
    while let l = level.lazy.compactMap({ item -> Loop? in if case .loop(let l) = item { return l }; return nil }).first {
      out.append(l)
      level = l.body
    }
    return out
  }

  /// Runs every function of `c` (through the JIT) and of the interpreter on the same inputs.
  static func compareWithInterpreter(_ c: Compilation, seed: UInt64 = 3) throws -> [String] {
    let m = try #require(c.module)
    let jit = try Pipeline.jit(c)
    var rng = SeededRNG(seed: seed)
    var problems: [String] = []
    for f in m.functions {
      let args = f.signature.params.map { randomTensor($0, &rng, limit: 1 << 24)! }
      let expected = try Interpreter(module: m).run(f.name, args)
      let got = try jit.run(f.name, args)
      for (j, (e, g)) in zip(expected, got).enumerated() where e != g { problems.append("@\(f.name) result \(j) differs") }
    }
    return problems
  }

  // MARK: structure

  @Test func aTiledKernelsNestIsItsTilesThenTheRowsAndColumnsOfATile() throws {
    let c = try Self.compilation(Self.transposed, through: .loops)
    let p = try #require(c.plan).functions[try Self.function(c, "add")]
    guard case .tiled(let rows, let cols) = p.schedules[0].loop else { Issue.record("not tiled: \(p.schedules[0].loop)"); return }
    let nest = try #require(p.loopNest(kernel: 0))
    #expect(!nest.derived)
    let loops = Self.spine(nest.items)
    #expect(loops.map(\.axis) == [.tiles(dim: 0, size: rows), .tiles(dim: 1, size: cols), .dim(0), .dim(1)])
    #expect(loops.map(\.range) == [.share, .whole, .tile(size: rows), .tile(size: cols)])
    #expect(loops.map(\.extent) == [(67 + rows - 1) / rows, (45 + cols - 1) / cols, 67, 45])
    #expect(loops[0].parallelChunk == p.schedules[0].parallelChunk)
    #expect(loops[3].lanes == c.plan?.target.lanes(.f32))
    #expect(loops[2].tail == (67 % rows == 0 ? .none : .shortLastTile))
    // Innermost: the store of the output, reading %y through the transpose.
    guard case .statement(.store(let v, let reads, _))? = loops[3].body.first else { Issue.record("\(loops[3].body)"); return }
    #expect(v == p.fusion.kernels[0].output)
    #expect(reads.map(\.through).sorted { $0.count < $1.count } == [[], ["transpose"]])
  }

  @Test func flatAndNestedKernelsAndRowGroups() throws {
    let text = """
      func @f(%x: f32[300,200], %b: f32[200], %z: f32[300,200]) -> (f32[300,200], f32[300,200]) {
        %e = exp %z : f32[300,200]
        %bb = broadcast_in_dim %b, dims=[1] : f32[300,200]
        %y = add %x, %bb : f32[300,200]
        return %e, %y
      }
      """
    let c = try Self.compilation(text, through: .loops)
    let p = try #require(c.plan).functions[0]
    let lanes = try #require(c.plan).target.lanes(.f32)
    for k in p.fusion.kernels {
      let loops = Self.spine(try #require(p.loopNest(kernel: k.id)).items)
      switch p.schedules[k.id].loop {
      case .flat:
        #expect(loops.map(\.axis) == [.elements])
        #expect(loops.first?.extent == 60_000)
        #expect(loops.first?.parallelChunk == p.schedules[k.id].parallelChunk)
      case .nested:
        #expect(loops.map(\.axis) == [.dim(0), .dim(1)])
        #expect(loops.map(\.lanes) == [nil, lanes])
        #expect(loops.last?.tail == (200 % lanes == 0 ? LoopTail.none : .vectorRemainder))
      case .tiled: Issue.record("kernel #\(k.id) tiled")
      }
    }
    #expect(Set(p.schedules.map { "\($0.loop)" }) == ["flat", "nested"])

    // A row group: one loop over the rows, each member's nest inside over row r.
    let sm = try Self.compilation(RowKernelTests.softmax(37, 131), through: .loops)
    let q = try #require(sm.plan).functions[try Self.function(sm, "softmax")]
    let g = try #require(q.fusion.rowGroups.first)
    let nest = try #require(q.loopNest(kernel: g.kernels[0]))
    #expect(nest.kernels == g.kernels)
    #expect(q.loopNests.count == q.fusion.kernels.count - g.kernels.count + 1)
    guard case .loop(let rows)? = nest.items.first else { Issue.record("\(nest.items)"); return }
    #expect(rows.axis == .rows && rows.extent == 37 && rows.range == .share)
    #expect(rows.parallelChunk == q.rowSchedules[0].parallelChunk)
    let members = rows.body.compactMap { item -> Int? in if case .member(let k, _) = item { return k }; return nil }
    #expect(members == g.kernels)
  }

  /// Contractions derive their loops (described); reductions are emitted from theirs.
  @Test func otherKindsAreDescribedAndMarkedDerived() throws {
    let text = """
      func @f(%a: f32[300,400], %b: f32[400,500]) -> (f32[300,500], f32[300]) {
        %c = dot_general %a, %b, contract=[[1],[0]] : f32[300,500]
        %s = reduce_max %a, dims=[1] : f32[300]
        return %c, %s
      }
      """
    let c = try Self.compilation(text, through: .loops)
    let p = try #require(c.plan).functions[0]
    for k in p.fusion.kernels {
      let nest = try #require(p.loopNest(kernel: k.id))
      #expect(nest.derived == (k.kind == .contraction), "kernel #\(k.id)")
    }
    let dump = try c.dump(.loops)
    #expect(dump.contains("call cblas_sgemm(%a, %b, %c)"), "\(dump)")
    #expect(dump.contains("acc = acc ⊕ %a  // reduce_max"), "\(dump)")
  }

  // MARK: every element once

  /// Walks a loop kernel's nest as Codegen emits it (the outermost `.share`
  /// or `.row` loop over `outer`) and counts the stores at each flat index of `shape`.
  static func storeCounts(_ items: [LoopItem], shape: [Int], outer: Range<Int>) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    func walk(_ items: [LoopItem], _ dims: [Int: Int], _ flat: Int?, _ tiles: [Int: (Int, Int)]) {
      for item in items {
        switch item {
        case .loop(let l):
          let range: Range<Int>
          switch l.range {
          case .whole: range = 0..<l.extent
          case .share, .row: range = outer
          case .from(let k): range = k..<l.extent
          case .tile(let size):
            guard case .dim(let d) = l.axis, let (t, _) = tiles[d] else { counts[-1, default: 0] += 1; return }
            range = t * size..<min(t * size + size, l.extent)
          }
          for i in range {
            var (d2, f2, t2) = (dims, flat, tiles)
            switch l.axis {
            case .elements: f2 = i
            case .dim(let d): d2[d] = i
            case .tiles(let d, let size): t2[d] = (i, size)
            default: counts[-1, default: 0] += 1
            }
            walk(l.body, d2, f2, t2)
          }
        case .statement(.store):
          var linear = 0
          if let flat { linear = flat } else {
            for (d, n) in shape.enumerated() { linear = linear * n + (dims[d] ?? -1_000_000) }
          }
          counts[linear, default: 0] += 1
        default: counts[-1, default: 0] += 1
        }
      }
    }
    walk(items, [:], nil, [:])
    return counts
  }

  @Test(arguments: [(1, 1), (2, 1), (33, 31), (67, 45)])
  func tiledNestsStoreEveryElementOnce(_ r: Int, _ c: Int) throws {
    for name in ["add", "batched"] {
      var p = try RowKernelTests.plan(RowKernelTests.transposedAdd(r, c), name)
      let target = Target(cpu: "x86-64-v4", features: "", vectorBits: 512)
      let shape = p.function.type(of: p.fusion.kernels[0].output).shape
      for (rows, cols) in [(1, 1), (5, 3), (32, 32), (64, 7)] {
        p.schedules[0].loop = .tiled(rows: rows, cols: cols)
        let nest = try #require(planLoops(p, target: target).loopNest(kernel: 0))
        let outer = shape.count == 2 ? (shape[0] + rows - 1) / rows : shape[0]
        let counts = Self.storeCounts(nest.items, shape: shape, outer: 0..<outer)
        let n = shape.reduce(1, *)
        #expect(counts.count == n && counts.values.allSatisfy { $0 == 1 } && counts.keys.allSatisfy { (0..<n).contains($0) },
                "\(name) \(shape), tiles \(rows)×\(cols): \(counts.count) of \(n) indices stored")
      }
    }
  }

  @Test func rowGroupMembersStoreTheirRowOnce() throws {
    let p = planLoops(try RowKernelTests.plan(RowKernelTests.softmax(7, 13), "softmax"),
                      target: Target(cpu: "x86-64-v4", features: "", vectorBits: 512))
    let g = try #require(p.fusion.rowGroups.first)
    guard case .loop(let rows)? = p.loopNest(kernel: g.kernels[0])?.items.first else { Issue.record("no row loop"); return }
    for case .member(let id, let items) in rows.body where p.fusion.kernels[id].kind == .loop {
      let shape = p.function.type(of: p.fusion.kernels[id].output).shape
      let length = shape.reduce(1, *) / g.rows
      var total: [Int: Int] = [:]
      for r in 0..<g.rows {
        let flat = { if case .loop(let l)? = items.first { return l.axis == .elements }; return false }()
        let counts = Self.storeCounts(items, shape: shape, outer: flat ? r * length..<(r + 1) * length : r..<r + 1)
        #expect(counts.keys.allSatisfy { $0 / length == r }, "kernel #\(id) row \(r) stores outside its row")
        total.merge(counts, uniquingKeysWith: +)
      }
      #expect(total.count == shape.reduce(1, *) && total.values.allSatisfy { $0 == 1 }, "kernel #\(id)")
    }
  }

  // MARK: Codegen follows the nest

  /// A tile changed in the schedule changes the nest, its dump and the code;
  /// a nest changed after the `loops` stage changes the code; results stay
  /// bit-identical to the interpreter's (one add or mul per element).
  @Test func theCodeFollowsTheNest() throws {
    let c = try Self.compilation(Self.transposed, through: .schedule)
    var plan = try #require(c.plan)
    for f in plan.functions.indices { plan.functions[f].schedules[0].loop = .tiled(rows: 5, cols: 3) }
    c.plan = plan
    try c.run(through: .loops)
    let dump = try c.dump(.loops)
    #expect(dump.contains("for t0 in [begin, end) of 0..<14  // tiles of 5 along dim 0"), "\(dump)")
    #expect(dump.contains("for t1 in 0..<15  // tiles of 3 along dim 1"), "\(dump)")
    #expect(dump.contains("for i0 in t0·5..<min(t0·5+5, 67)  // short last tile"), "\(dump)")
    try c.run(through: .llvm)
    let tiled = try #require(c.lowered?.llvm.text)
    #expect(tiled.contains("mul nsw i64 %i, 5"), "\(tiled)")
    #expect(try Self.compareWithInterpreter(c) == [])

    // The nest replaced by plain row-major loops (the schedule still says tiled).
    let d = try Self.compilation(Self.transposed, through: .loops)
    var q = try #require(d.plan)
    let add = try Self.function(d, "add")
    let store = try #require(Self.spine(q.functions[add].loopNests[0].items).last?.body.first)
    let cols = Loop(axis: .dim(1), extent: 45, range: .whole, lanes: 4, body: [store])
    q.functions[add].loopNests[0].items = [.loop(Loop(axis: .dim(0), extent: 67, range: .share, body: [.loop(cols)]))]
    d.plan = q
    try d.run(through: .llvm)
    let plain = try #require(d.lowered?.llvm.text)
    let kernel = try #require(Self.function(named: "add.k0", in: plain))
    #expect(!kernel.contains("select"), "no tile bounds:\n\(kernel)")
    #expect(kernel.components(separatedBy: "phi i64").count - 1 == 2, "two loops:\n\(kernel)")
    // The inner loop's vector width is the nest's (the other functions keep the target's).
    #expect(plain.contains("!\"llvm.loop.vectorize.width\", i32 4}"), "\(plain)")
    #expect(!tiled.contains("!\"llvm.loop.vectorize.width\", i32 4}"))
    #expect(try Self.compareWithInterpreter(d) == [])
  }

  /// Identical kernels share one LLVM function only when their nests'
  /// loops are identical too (the kernel cache's key includes them).
  @Test func kernelsWithOtherLoopsDoNotShareAFunction() throws {
    let text = """
      func @f(%x: f32[40,30], %y: f32[40,30]) -> (f32[40,30], f32[40,30]) {
        %a = add %x, %x : f32[40,30]
        %b = add %y, %y : f32[40,30]
        return %a, %b
      }
      """
    func definitions(_ c: Compilation) throws -> Int {
      try #require(c.lowered?.llvm.text).components(separatedBy: "define internal i32 @f.k").count - 1
    }
    let same = try Self.compilation(text, through: .llvm)
    #expect(try definitions(same) == 1, "one shared kernel function")
    let changed = try Self.compilation(text, through: .loops)
    var plan = try #require(changed.plan)
    guard case .loop(var l)? = plan.functions[0].loopNests[1].items.first else { Issue.record("no loop"); return }
    l.lanes = 4
    plan.functions[0].loopNests[1].items = [.loop(l)]
    changed.plan = plan
    try changed.run(through: .llvm)
    #expect(try definitions(changed) == 2, "kernel #1's own loops")
    #expect(try Self.compareWithInterpreter(changed) == [])
  }

  /// The text of the LLVM function whose name ends with `suffix`.
  static func function(named suffix: String, in llvm: String) -> String? {
    let parts = llvm.components(separatedBy: "\ndefine ")
    return parts.first { $0.split(separator: "(").first?.hasSuffix(suffix + "\"") == true || $0.split(separator: "(").first?.hasSuffix(suffix) == true }
  }

  @Test func theDumpStageIsListedAndPrinted() throws {
    #expect(Stage.dumpable.contains(.loops))
    let dir = tempDir()
    let file = write(Self.transposed, dir, "t.ftir")
    let r = Commands.dump(path: file, after: "loops", config: CompileConfig(cpu: "x86-64-v3"))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("kernel #0 loop -> %z : f32[67,45]"), "\(r.stdout)")
    #expect(r.stdout.contains("%z[i0, i1] = 2 op(s) of %x, %y through transpose"), "\(r.stdout)")
  }
}
