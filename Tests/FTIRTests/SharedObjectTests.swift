import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool
import Pipeline

#if canImport(Glibc)
import Glibc
#endif

/// Compiled shared objects through the C ABI of spec section 6: the C and
/// Python examples of IR/examples/{c,python}, ftc_metadata(), --prefix,
/// buffers aligned only to their element size, aliasing arguments, 8
/// threads at once, FTC_NUM_THREADS=1, zero-size tensors passed as NULL,
/// the object's dependencies and exports; and every example compiled to a
/// shared object agreeing with the interpreter.
@Suite struct SharedObjectABITests {
  /// ABI cases: a kernel on the threaded path, every buffer dtype at odd
  /// sizes, arguments that may alias, zero-size tensors, a private helper
  /// and a transform definition.
  static let abiSource = """
    // ABI cases: a kernel on the threaded path, every buffer dtype at odd
    // sizes, arguments that may alias, zero-size tensors, a private helper and
    // a transform definition.
    module @abi

    func @big(%x: f32[2048,256], %y: f32[2048,256]) -> f32[2048,256] {
      %z = mul %x, %y : f32[2048,256]
      %w = add %z, %x : f32[2048,256]
      return %w
    }

    func @rows(%x: f32[2048,256]) -> f32[2048] {
      %s = reduce_sum %x, dims=[1] : f32[2048]
      return %s
    }

    func @mixed(%c: i1[1001], %a: f32[1001], %b: f64[1001], %k: i32[1001], %l: i64[1001]) -> (f32[1001], i1[1001], f64[1001], i64[1001]) {
      %bf = convert %b : f32[1001]
      %s = select %c, %a, %bf : f32[1001]
      %g = gt %a, %bf : i1[1001]
      %n = not %c : i1[1001]
      %h = and %g, %n : i1[1001]
      %ad = convert %a : f64[1001]
      %p = mul %ad, %b : f64[1001]
      %kl = convert %k : i64[1001]
      %q = add %kl, %l : i64[1001]
      return %s, %h, %p, %q
    }

    func @twice(%a: f32[300], %b: f32[300]) -> (f32[300], f32[]) {
      %d = sub %a, %b : f32[300]
      %m = mul %a, %b : f32[300]
      %r = add %d, %m : f32[300]
      %s = reduce_sum %m, dims=[0] : f32[]
      return %r, %s
    }

    func @empty(%a: f32[0,3], %b: f32[4]) -> (f32[3], f32[0], f32[4]) {
      %s = reduce_sum %a, dims=[0] : f32[3]
      %e = slice %b, start=[0], limit=[0] : f32[0]
      %two = constant 2.0 : f32[4]
      %d = mul %b, %two : f32[4]
      return %s, %e, %d
    }

    func private @square(%x: f32[3]) -> f32[3] {
      %y = mul %x, %x : f32[3]
      return %y
    }

    func @sumsq(%x: f32[3]) -> f32[] {
      %y = call @square(%x) : f32[3]
      %s = reduce_sum %y, dims=[0] : f32[]
      return %s
    }

    func @dsumsq = grad(@sumsq)
    """

  static let abi = sharedFixture(source: abiSource, name: "abi")
  static let mlp = sharedFixture(source: (try? String(contentsOfFile: Repo.path("IR/examples/mlp_grad.ftir"), encoding: .utf8)) ?? "",
                                 name: "mlp")
  static let abiLoaded = Result { try LoadedObject(try abi.get().library) }
  static let mlpLoaded = Result { try LoadedObject(try mlp.get().library) }

  /// Libraries a compiled object may need (spec section 6).
  static let allowedNeeded = ["libc.so", "libm.so", "libmvec.so", "libpthread.so", "libdl.so", "libopenblas.so", "ld-linux"]

  /// The inputs call_mlp.c makes: multiples of 1/16, exact in f32.
  static func cPattern(_ t: TensorType, seed: Int) -> HostTensor {
    HostTensor((0..<t.elementCount).map { i in Float((i * 37 + seed * 11) % 23 - 11) / 16 }, shape: t.shape)
  }

  /// Seeded random arguments (large float tensors from a quick generator).
  static func randomArgs(_ types: [TensorType], seed: UInt64) -> [HostTensor] {
    var rng = SeededRNG(seed: seed)
    return types.map { t in
      guard t.dtype == .f32, t.elementCount > 4096 else { return randomTensor(t, &rng, limit: 1 << 20)! }
      var state = rng.next() | 1
      let values = [Float](unsafeUninitializedCapacity: t.elementCount) { buffer, count in
        for i in 0..<t.elementCount {
          state = state &* 6364136223846793005 &+ 1442695040888963407
          buffer[i] = Float(Int32(truncatingIfNeeded: state >> 40) & 0xFFFF) / 16384 - 2  // [-2, 2), exact
        }
        count = t.elementCount
      }
      return HostTensor(values, shape: t.shape)
    }
  }

  /// Runs `name` of `object` on `args` and compares with the interpreter.
  static func agree(_ loaded: LoadedObject, _ module: Module, _ name: String, _ args: [HostTensor],
                    offset: @escaping (DType) -> Int = { _ in 0 }, share: [Int: Int] = [:],
                    nullForEmpty: Bool = false, tolerance: Double = 1e-5) throws -> [String] {
    let expected = try Interpreter(module: module).run(name, args)
    let (status, got) = try loaded.call(name, args, offset: offset, share: share, nullForEmpty: nullForEmpty)
    guard status == 0, let got else { return ["@\(name) returned \(status)"] }
    return zip(expected, got).enumerated().compactMap { j, eg in
      mismatch(eg.0, eg.1, tolerance: tolerance).map { "@\(name) result \(j): \($0)" }
    }
  }

  // MARK: the C and Python examples

  @Test func cExampleCallsTheCompiledMLP() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let lib = dir.file("libmlp.so"), header = dir.file("mlp.h")
    let example = Repo.path("IR/examples/mlp_grad.ftir")
    let c = Commands.compile(path: example, output: lib, header: header)
    try #require(c.status == 0, "\(c.stderr)")
    let exe = dir.file("call_mlp")
    let build = try runProgram(testCC, ["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-I", dir.path,
                                        Repo.path("IR/examples/c/call_mlp.c"), "-o", exe, "-L", dir.path, "-lmlp",
                                        "-Wl,-rpath," + dir.path, "-lm"])
    try #require(build.status == 0, "cc failed:\n\(build.stderr)")
    let run = try runProgram(exe, [])
    try #require(run.status == 0, "call_mlp failed (\(run.status)):\n\(run.stderr)")

    // "NAME v0 v1 ..." lines; the first is the metadata.
    var printed: [String: [Double]] = [:]
    var metadata: ObjectMetadata?
    for line in run.stdout.split(separator: "\n") {
      if line.hasPrefix("metadata ") { metadata = try ObjectMetadata(json: String(line.dropFirst(9))); continue }
      let words = line.split(separator: " ")
      printed[String(words[0])] = words.dropFirst().map { Double(Float(String($0))!) }
    }
    let m = try load(try String(contentsOfFile: example, encoding: .utf8)).flatMap(Pipeline.expand).get()
    #expect(metadata?.functions.map(\.name) == ["predict", "loss", "dloss"])
    let types = try #require(m.function(named: "loss")).signature.params
    let args = types.enumerated().map { k, t in Self.cPattern(t, seed: k + 1) }
    let interp = Interpreter(module: m)
    let predict = try interp.run("predict", Array(args.prefix(5)))
    let loss = try interp.run("loss", args), dloss = try interp.run("dloss", args)
    let expected: [(String, HostTensor)] = [("predict", predict[0]), ("loss", loss[0]), ("dloss.w1", dloss[0]),
                                            ("dloss.b1", dloss[1]), ("dloss.w2", dloss[2]), ("dloss.b2", dloss[3])]
    for (name, e) in expected {
      let got = try #require(printed[name], "call_mlp printed no \(name)")
      #expect(mismatch(e, HostTensor(got.map(Float.init), shape: e.shape), tolerance: 1e-5) == nil, "\(name): \(got)")
    }

    // The header compiles on its own, strictly, as C and as C++.
    let tu = dir.file("only_header.c")
    try "#include \"mlp.h\"\nint main(void) { return ftc_metadata() == 0; }\n".write(toFile: tu, atomically: true, encoding: .utf8)
    let strict = try runProgram(testCC, ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only", "-I", dir.path, tu])
    #expect(strict.status == 0, "\(strict.stderr)")
    if let cxx = findOnPath("c++") {
      let asCxx = try runProgram(cxx, ["-x", "c++", "-std=c++11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-I", dir.path, tu])
      #expect(asCxx.status == 0, "\(asCxx.stderr)")
    }
  }

  @Test(.enabled(if: Python.withNumpy != nil, Python.skipNote))
  func pythonExampleCallsTheCompiledMLP() throws {
    let python = try #require(Python.withNumpy)
    let object = try Self.mlp.get()
    let script = Repo.path("IR/examples/python/call_ftc.py")
    let m = try object.module()
    let f = try #require(m.function(named: "dloss"))
    let args = Self.randomArgs(f.signature.params, seed: 11)
    var inputs: [String] = [], outputs: [String] = []
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    for (k, a) in args.enumerated() {
      inputs.append(dir.file("in\(k).npy"))
      try Data(writeNPY(a)).write(to: URL(fileURLWithPath: inputs[k]))
    }
    for j in f.resultTypes.indices { outputs.append(dir.file("out\(j).npy")) }
    let r = try runProgram(python, [script, object.library, "--func", "dloss", "--in"] + inputs + ["--out"] + outputs)
    try #require(r.status == 0, "call_ftc.py failed (\(r.status)):\n\(r.stderr)")
    #expect(r.stdout.hasPrefix("module @mlp_grad: 3 functions\n@dloss(f32[4,16], f32[16], f32[16,3], f32[3], f32[8,4], f32[8,3]) -> (f32[4,16], f32[16], f32[16,3], f32[3])\n"),
            "\(r.stdout)")
    let expected = try Interpreter(module: m).run("dloss", args)
    for (j, e) in expected.enumerated() {
      let got = try readNPY(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: outputs[j]))))
      #expect(mismatch(e, got, tolerance: 1e-5) == nil, "result \(j)")
    }
    // Every function on random inputs; a wrong shape is refused before the call.
    let all = try runProgram(python, [script, object.library])
    #expect(all.status == 0 && all.stdout.contains("@predict(") && all.stdout.contains("@loss(") && all.stdout.contains("dtype=float32"),
            "\(all.stdout)\n\(all.stderr)")
    let wrong = try runProgram(python, [script, object.library, "--func", "dloss", "--in"] + inputs.reversed())
    #expect(wrong.status != 0 && wrong.stderr.contains("of dloss() must have shape [4, 16] (f32[4,16]), got [8, 3]"), "\(wrong.stderr)")
  }

  // MARK: metadata, exports, dependencies

  @Test func metadataDescribesTheExportedFunctions() throws {
    for (object, loaded) in [(try Self.abi.get(), try Self.abiLoaded.get()), (try Self.mlp.get(), try Self.mlpLoaded.get())] {
      let m = try object.module()
      let exported = m.functions.filter { !$0.isPrivate }
      #expect(loaded.metadata.module == m.name)
      #expect(loaded.metadata.functions.map { FunctionInfo(name: $0.name, symbol: $0.symbol, inputs: $0.inputs, outputs: $0.outputs) }
        == exported.map { FunctionInfo(name: $0.name, symbol: $0.name, inputs: $0.signature.params, outputs: $0.resultTypes) },
        "\(loaded.metadataText)")
      // The header declares exactly these functions.
      let header = try String(contentsOfFile: object.header, encoding: .utf8)
      let declared = header.split(separator: "\n").filter { $0.hasPrefix("int32_t ") }.map { $0.dropFirst(8).prefix { $0 != "(" } }
      #expect(declared.map(String.init) == exported.map(\.name))
      #expect(header.contains("const char *ftc_metadata(void);"))
    }
    // Transform definitions are there, private functions are not.
    let abi = try Self.abiLoaded.get()
    #expect(abi.metadata.function("dsumsq")?.outputs == [TensorType(.f32, [3])])
    #expect(abi.metadata.function("square") == nil && abi.symbol("square") == nil)
    #expect(try Self.mlpLoaded.get().metadata.function("dloss")?.outputs.count == 4)
    // Inputs and outputs are named (IR/README.md section 9), the header's parameters too.
    let mixed = try #require(abi.metadata.function("mixed"))
    #expect(mixed.inputNames == ["c", "a", "b", "k", "l"] && mixed.outputNames == ["s", "h", "p", "q"])
    #expect(abi.metadata.function("dsumsq").map { $0.inputNames + $0.outputNames } == ["x", "d_x"])
    let header = try String(contentsOfFile: try Self.abi.get().header, encoding: .utf8)
    #expect(header.contains("int32_t dsumsq(const float *x /* f32[3] */, float *d_x /* f32[3] */);"), "\(header)")
    // ftc_metadata() returns the same static text every time.
    let sym = try #require(abi.symbol("ftc_metadata"))
    let accessor = unsafeBitCast(sym, to: (@convention(c) () -> UnsafePointer<CChar>?).self)
    #expect(accessor() == accessor())
  }

  @Test func dependenciesAndExportsAreMinimal() throws {
    for object in [try Self.abi.get(), try Self.mlp.get()] {
      let dynamic = try runProgram("readelf", ["-d", "-W", object.library])
      #expect(dynamic.status == 0)
      let needed = dynamic.stdout.split(separator: "\n").filter { $0.contains("(NEEDED)") }.compactMap { line in
        line.split(separator: "[").last?.split(separator: "]").first.map(String.init)
      }
      #expect(!needed.isEmpty)
      for lib in needed {
        #expect(Self.allowedNeeded.contains { lib.hasPrefix($0) }, "\(object.library) needs \(lib)")
      }
      let symbols = try runProgram("nm", ["-D", "--defined-only", object.library])
      #expect(symbols.status == 0)
      let defined = Set(symbols.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) })
      let loaded = try LoadedObject(object.library)
      #expect(defined == Set(loaded.metadata.functions.map(\.symbol) + ["ftc_metadata"]), "\(defined.sorted())")
    }
    // A large enough float product calls BLAS.
    let matmul = try compileObject(source: """
      func @mm(%a: f32[64,64], %b: f32[64,64]) -> f32[64,64] {
        %c = dot_general %a, %b, contract=[[1],[0]] : f32[64,64]
        return %c
      }
      """, name: "matmul")
    defer { matmul.dir.cleanup() }
    let mmNeeded = try runProgram("readelf", ["-d", matmul.library]).stdout
    #expect(mmNeeded.contains("libopenblas.so"))
  }

  @Test func prefixesLetTwoObjectsCoexist() throws {
    let source = try String(contentsOfFile: Repo.path("IR/examples/mlp.ftir"), encoding: .utf8)
    let a = try compileObject(source: source, name: "mlpa", prefix: "a_")
    let b = try compileObject(source: source, name: "mlpb", prefix: "b_")
    defer { a.dir.cleanup(); b.dir.cleanup() }
    // Both loaded into the global namespace: nothing clashes.
    let la = try LoadedObject(a.library, prefix: "a_", flags: RTLD_NOW | RTLD_GLOBAL)
    let lb = try LoadedObject(b.library, prefix: "b_", flags: RTLD_NOW | RTLD_GLOBAL)
    #expect(la.metadata.functions.map(\.symbol) == ["a_predict", "a_loss"])
    #expect(lb.metadata.functions.map(\.symbol) == ["b_predict", "b_loss"])
    #expect(la.metadata.functions.map(\.name) == ["predict", "loss"])
    for unprefixed in ["predict", "loss", "ftc_metadata"] {
      #expect(la.symbol(unprefixed) == nil && lb.symbol(unprefixed) == nil)
    }
    #expect(dlsym(nil, "a_loss") != nil && dlsym(nil, "b_loss") != nil && dlsym(nil, "a_loss") != dlsym(nil, "b_loss"))
    let m = try a.module()
    let args = Self.randomArgs(try #require(m.function(named: "loss")).signature.params, seed: 5)
    #expect(try Self.agree(la, m, "loss", args).isEmpty)
    #expect(try Self.agree(lb, m, "loss", args).isEmpty)
    let header = try String(contentsOfFile: a.header, encoding: .utf8)
    #expect(header.contains("int32_t a_predict(") && header.contains("const char *a_ftc_metadata(void);"))

    // One C program linked with both, including both headers.
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let main = dir.file("both.c")
    try """
      #include <stdio.h>
      #include "mlpa.h"
      #include "mlpb.h"
      int main(void) {
        static float w1[64], b1[16], w2[48], b2[3], x[32], y[24];
        float la = -1, lb = -2;
        for (int i = 0; i < 24; i++) y[i] = 1;
        int sa = a_loss(w1, b1, w2, b2, x, y, &la), sb = b_loss(w1, b1, w2, b2, x, y, &lb);
        printf("%d %d %g %g %d\\n", sa, sb, la, lb, a_ftc_metadata() != b_ftc_metadata());
        return 0;
      }
      """.write(toFile: main, atomically: true, encoding: .utf8)
    let exe = dir.file("both")
    let build = try runProgram(testCC, ["-std=c11", "-Wall", "-Werror", "-I", a.dir.path, "-I", b.dir.path, main, "-o", exe,
                                        a.library, b.library, "-Wl,-rpath," + a.dir.path + ":" + b.dir.path])
    try #require(build.status == 0, "\(build.stderr)")
    let run = try runProgram(exe, [])
    #expect(run.status == 0 && run.stdout == "0 0 1 1 1\n", "\(run.stdout)\(run.stderr)")
  }

  // MARK: buffers

  @Test func buffersAlignedOnlyToTheirElementSize() throws {
    let object = try Self.abiLoaded.get(), m = try Self.abi.get().module()
    let mlp = try Self.mlpLoaded.get(), mm = try Self.mlp.get().module()
    // Each buffer starts one element past a 64-byte boundary (i1: 1 byte, f32: 4, f64: 8).
    let odd: (DType) -> Int = { $0.byteSize }
    var problems: [String] = []
    for name in ["mixed", "big", "rows", "twice", "empty", "sumsq", "dsumsq"] {
      let f = try #require(m.function(named: name))
      problems += try Self.agree(object, m, name, Self.randomArgs(f.signature.params, seed: 3), offset: odd)
    }
    for name in ["predict", "loss", "dloss"] {
      let f = try #require(mm.function(named: name))
      problems += try Self.agree(mlp, mm, name, Self.randomArgs(f.signature.params, seed: 4), offset: odd)
    }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func theSameBufferMayBePassedTwice() throws {
    let object = try Self.abiLoaded.get(), m = try Self.abi.get().module()
    let a = Self.randomArgs([TensorType(.f32, [300])], seed: 9)[0]
    #expect(try Self.agree(object, m, "twice", [a, a], share: [1: 0]).isEmpty)
    let x = Self.randomArgs([TensorType(.f32, [2048, 256])], seed: 10)[0]
    #expect(try Self.agree(object, m, "big", [x, x], share: [1: 0]).isEmpty)
  }

  @Test func zeroSizeTensorsMayBeNull() throws {
    let object = try Self.abiLoaded.get(), m = try Self.abi.get().module()
    let b = HostTensor([1, -2, 0.5, 3] as [Float], shape: [4])
    let args = [HostTensor([Float](), shape: [0, 3]), b]
    #expect(try Self.agree(object, m, "empty", args, nullForEmpty: true).isEmpty)
    let (status, results) = try object.call("empty", args, nullForEmpty: true)
    #expect(status == 0)
    // The sum over an empty dimension is +0 (spec section 4), bit for bit.
    #expect(results?[0].doubles.map { $0.sign } == [.plus, .plus, .plus], "\(String(describing: results?[0]))")
    #expect(results?[2].doubles == [2, -4, 1, 6])
  }

  // MARK: threads

  @Test func eightThreadsCallAtOnce() throws {
    let object = try Self.abiLoaded.get(), m = try Self.abi.get().module()
    let mlp = try Self.mlpLoaded.get(), mm = try Self.mlp.get().module()
    // Per thread: its own inputs, and the results one call on this thread gives
    // (checked against the interpreter for thread 0); concurrent calls must
    // give the same bytes.
    final class Case: @unchecked Sendable {
      let fn: UnsafeMutableRawPointer, name: String, buffers: [CBuffer], results: [CBuffer], expected: [[UInt8]]
      init(_ o: LoadedObject, _ name: String, _ args: [HostTensor]) throws {
        let f = try #require(o.metadata.function(name))
        fn = try #require(o.symbol(f.symbol))
        self.name = name
        buffers = args.map { a in let b = CBuffer(a.type, offset: 0); b.store(a); return b }
        results = f.outputs.map { CBuffer($0, offset: 0) }
        let status = callC(fn, (buffers + results).map(\.pointer))
        try #require(status == 0)
        expected = results.map { Array(UnsafeRawBufferPointer(start: $0.pointer, count: $0.byteCount)) }
      }
      /// One call; nil or what went wrong.
      func check() -> String? {
        for r in results { r.poison() }
        let status = callC(fn, (buffers + results).map(\.pointer))
        if status != 0 { return "status \(status)" }
        for (r, e) in zip(results, expected) where memcmp(r.pointer, e, e.count) != 0 { return "results differ" }
        return nil
      }
      deinit { (buffers + results).forEach { $0.free() } }
    }
    var cases: [[Case]] = []
    for t in 0..<8 {
      var mine: [Case] = []
      for (o, mod, name) in [(object, m, "big"), (object, m, "rows"), (object, m, "mixed"), (mlp, mm, "dloss")] {
        let args = Self.randomArgs(try #require(mod.function(named: name)).signature.params, seed: UInt64(100 + t))
        if t == 0 { #expect(try Self.agree(o, mod, name, args).isEmpty, "\(name)") }
        mine.append(try Case(o, name, args))
      }
      cases.append(mine)
    }
    let lock = NSLock()
    nonisolated(unsafe) var failures: [String] = []
    let start = DispatchSemaphore(value: 0), done = DispatchGroup()
    for t in 0..<8 {
      let mine = cases[t]
      done.enter()
      let thread = Thread {
        defer { done.leave() }
        start.wait()
        for round in 0..<8 {
          for c in mine {
            if let message = c.check() {
              lock.lock()
              failures.append("thread \(t) round \(round) @\(c.name): \(message)")
              lock.unlock()
            }
          }
        }
      }
      thread.start()
    }
    for _ in 0..<8 { start.signal() }
    done.wait()
    #expect(failures.isEmpty, "\(failures)")
  }

  /// A C program that calls the threaded kernels of @abi and counts this
  /// process's threads (/proc/self/task) before and after.
  static let threadCounter = #"""
    #define _GNU_SOURCE
    #include <dirent.h>
    #include <math.h>
    #include <sched.h>
    #include <stdio.h>
    #include "abi.h"
    static int tasks(void) {
      DIR *d = opendir("/proc/self/task");
      int n = 0;
      struct dirent *e;
      if (!d) return -1;
      while ((e = readdir(d)) != NULL) n += e->d_name[0] != '.';
      closedir(d);
      return n;
    }
    static float x[2048 * 256], y[2048 * 256], z[2048 * 256], r[2048];
    int main(void) {
      int before = tasks(), bad = 0;
      for (int i = 0; i < 2048 * 256; i++) {
        x[i] = (float)(i % 97) / 8 - 6;
        y[i] = (float)(i % 89) / 16 - 2.5f;
      }
      int s1 = big(x, y, z), s2 = rows(x, r);
      for (int i = 0; i < 2048 * 256; i++) bad += z[i] != x[i] * y[i] + x[i];
      for (int i = 0; i < 2048; i++) {
        double s = 0;
        for (int j = 0; j < 256; j++) s += x[i * 256 + j];
        bad += fabs(s - r[i]) > 1e-4 * (1 + fabs(s));
      }
      cpu_set_t set;
      CPU_ZERO(&set);
      int cores = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : -1;
      printf("status %d %d wrong %d threads %d %d cores %d\n", s1, s2, bad, before, tasks(), cores);
      return 0;
    }
    """#

  @Test func ftcNumThreadsOneStartsNoWorker() throws {
    let object = try Self.abi.get()
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let source = dir.file("threads.c"), exe = dir.file("threads")
    try Self.threadCounter.write(toFile: source, atomically: true, encoding: .utf8)
    let build = try runProgram(testCC, ["-std=c11", "-O1", "-ffp-contract=off", "-Wall", "-Werror", "-I", object.dir.path,
                                        source, "-o", exe, object.library, "-Wl,-rpath," + object.dir.path, "-lm"])
    try #require(build.status == 0, "\(build.stderr)")
    // BLAS threads are not ftc's: keep them out of the count.
    let one = try runProgram(exe, [], environment: ["FTC_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"])
    #expect(one.status == 0 && one.stdout.hasPrefix("status 0 0 wrong 0 threads 1 1 cores "), "\(one.stdout)\(one.stderr)")
    // The control: with 3 threads the same calls take the threaded path (2 workers).
    let three = try runProgram(exe, [], environment: ["FTC_NUM_THREADS": "3", "OPENBLAS_NUM_THREADS": "1"])
    #expect(three.status == 0 && three.stdout.hasPrefix("status 0 0 wrong 0 threads 1 3 cores "), "\(three.stdout)\(three.stderr)")
    // Anything but a positive integer means the default: the cores this process may run on.
    let junk = try runProgram(exe, [], environment: ["FTC_NUM_THREADS": "0x2", "OPENBLAS_NUM_THREADS": "1"])
    let cores = Int(junk.stdout.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? -1
    #expect(junk.status == 0 && cores >= 1 && junk.stdout.hasPrefix("status 0 0 wrong 0 threads 1 \(min(cores, 1024)) cores "),
            "\(junk.stdout)\(junk.stderr)")
  }

  // MARK: every example as a shared object

  @Test(arguments: Repo.examples())
  func exampleSharedObjectAgreesWithTheInterpreter(path: String) throws {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let object = try compileObject(source: try String(contentsOfFile: path, encoding: .utf8), name: name)
    defer { object.dir.cleanup() }
    let loaded = try LoadedObject(object.library)
    let m = try object.module()
    var problems: [String] = []
    for f in loaded.metadata.functions {
      problems += try Self.agree(loaded, m, f.name, Self.randomArgs(f.inputs, seed: 21), tolerance: 1e-4)
    }
    #expect(problems.isEmpty, "\(problems)")
  }
}
