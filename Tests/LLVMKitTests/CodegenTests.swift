/// Building, verifying, optimizing and JIT-compiling the hand-built kernels:
/// the host asm uses the widest vector registers, loop hints and fast-math
/// flags reach the IR, and the JIT resolves the runtime, libm, libmvec and
/// CBLAS symbols (called from Swift on odd sizes and on the threaded path).
import Foundation
import LLVMKit
import Testing

@Suite struct CodegenTests {
  @Test func buildsVerifiesAndPrints() throws {
    let c = LLContext()
    let m = try buildKernels(c)
    let ir = m.text
    #expect(ir.contains("define void @add(ptr noalias %0, ptr noalias %1, ptr noalias %2, i64 %3)"))
    #expect(ir.contains("fadd reassoc contract float"))
    #expect(ir.contains("\"vector-function-abi-variant\"=\"_ZGV"))
    #expect(ir.contains("@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGV"))
    #expect(ir.contains("!{!\"llvm.loop.vectorize.enable\", i1 true}"))
    // The loop ID refers to itself.
    #expect(ir.range(of: #"!(\d+) = distinct !\{!\1, "#, options: .regularExpression) != nil)
    #expect(m.function(named: "add")?.stringAttribute("prefer-vector-width") == (hostHasAVX512 ? "512" : nil))
  }

  @Test func hostAsmUsesWidestVectors() throws {
    let tm = try TargetMachine()
    let c = LLContext()
    let m = try buildKernels(c)
    tm.configure(m)
    try m.optimize(level: 3, for: tm)
    try m.verify()
    let width = hostHasAVX512 ? 16 : 8
    #expect(m.function(named: "add")!.value.description.contains("<\(width) x float>"))
    #expect(m.function(named: "sum")!.value.description.contains("<\(width) x float>"))
    let asm = try tm.assembly(m)
    let register = hostVectorRegister
    #expect(asm.contains("%\(register)"), "host \(tm.cpu) asm has no \(register) registers")
    #expect(asm.contains(hostHasAVX512 ? "_ZGVeN16v_expf" : "_ZGVdN8v_expf"))
  }

  @Test func portableTargetIsNamedCPU() throws {
    let tm = try TargetMachine(cpu: "x86-64-v3")
    #expect(tm.cpu == "x86-64-v3")
    let c = LLContext()
    let m = try buildKernels(c, wide: false)
    tm.configure(m)
    try m.optimize(level: 3, for: tm)
    let asm = try tm.assembly(m)
    #expect(asm.contains("%ymm"))
    #expect(!asm.contains("%zmm"))
    let object = try tm.emit(m.clone(), as: .object)
    #expect(object.starts(with: [0x7F, 0x45, 0x4C, 0x46]))  // ELF
  }

  @Test(arguments: [0, 1, 2, 3])
  func everyOptimizationLevel(level: Int) throws {
    let tm = try TargetMachine(optLevel: level)
    let c = LLContext()
    let m = try buildKernels(c)
    tm.configure(m)
    try m.optimize(level: level, for: tm)
    try m.verify()
    #expect(try !tm.emit(m, as: .object).isEmpty)
  }

  @Test func jitRunsKernelsOnOddSizes() throws {
    let jit = try JIT()
    let c = LLContext()
    let m = try buildKernels(c)
    m.triple = jit.triple
    m.dataLayout = jit.dataLayout
    let tm = try TargetMachine()
    try m.optimize(level: 3, for: tm)
    let start = Date()
    try jit.add(m)
    let add = try jit.function("add", as: AddFn.self)
    let compileTime = Date().timeIntervalSince(start)
    print("JIT add+first lookup (codegen of the test module): \(Int(compileTime * 1000)) ms")
    let expAll = try jit.function("exp_all", as: ExpFn.self)
    let sum = try jit.function("sum", as: SumFn.self)
    let dot = try jit.function("dot", as: DotFn.self)

    for n in [0, 1, 3, 7, 8, 15, 17, 31, 33, 100, 1001, 4099, 100_003] {
      let a = randomFloats(n, seed: UInt64(n) + 1), b = randomFloats(n, seed: UInt64(n) + 2)
      var out = [Float](repeating: .nan, count: n)
      add(a, b, &out, Int64(n))
      #expect(out == zip(a, b).map { $0 + $1 }, "add, n = \(n)")

      var e = [Float](repeating: .nan, count: n)
      #expect(expAll(a, &e, Int64(n)) == 0)
      let worst = zip(a, e).map { abs(Double($1) - exp(Double($0))) / exp(Double($0)) }.max() ?? 0
      #expect(worst < 1e-6, "exp_all, n = \(n): relative error \(worst)")

      let reference = a.reduce(0.0) { $0 + Double($1) }
      let tolerance = 1e-5 * a.reduce(0.0) { $0 + Double(abs($1)) } + 1e-6
      #expect(abs(Double(sum(a, Int64(n))) - reference) <= tolerance, "sum, n = \(n)")
      let dotReference = zip(a, b).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
      let dotTolerance = 1e-5 * zip(a, b).reduce(0.0) { $0 + abs(Double($1.0) * Double($1.1)) } + 1e-6
      #expect(abs(Double(dot(a, b, Int32(n))) - dotReference) <= dotTolerance, "dot, n = \(n)")
    }
  }

  @Test func jitLookupsFromManyThreads() throws {
    let jit = try JIT()
    let c = LLContext()
    let m = try buildKernels(c)
    try jit.add(m)
    let failures = Counter()
    try runConcurrently(threads: 8) { _ in
      for name in exportedKernels + ["ftc_rt_alloc", "expf"] {
        if (try? jit.address(of: name)) ?? 0 == 0 { failures.increment() }
      }
    }
    #expect(failures.value == 0)
  }

  @Test func runtimeSymbolTableResolvesInJIT() throws {
    let jit = try JIT()
    for symbol in runtimeSymbols() {
      #expect(try jit.address(of: symbol.name) == symbol.address, "\(symbol.name)")
    }
    #expect(try jit.address(of: "_ZGVdN8v_tanhf") != 0)  // from libmvec.so.1
  }
}
