/// LLVM failures become `LLVMError`s with a message, never a crash:
/// invalid IR (verifier and parser), unknown CPU names, bad pass pipelines,
/// unknown intrinsics and attributes, unresolved JIT symbols.
import LLVMKit
import Testing

@Suite struct ErrorTests {
  @Test func verifierRejectsBrokenModule() throws {
    let c = LLContext()
    let m = LLModule(name: "broken", context: c)
    let f = m.addFunction("f", type: c.function([c.i32], returning: c.i32))
    let b = LLBuilder(context: c)
    b.position(atEndOf: f.appendBlock("entry"))
    b.ret(c.constFloat(c.f32, 1))  // wrong return type
    let error = #expect(throws: LLVMError.self) { try m.verify() }
    #expect(error?.message.contains("invalid LLVM module") == true)
    #expect(error?.message.contains("return") == true, "\(error?.message ?? "")")
  }

  @Test func missingTerminatorIsAnError() throws {
    let c = LLContext()
    let m = LLModule(name: "broken", context: c)
    _ = m.addFunction("g", type: c.function([], returning: c.void)).appendBlock("entry")
    #expect(throws: LLVMError.self) { try m.verify() }
  }

  @Test func parserReportsSyntaxErrors() throws {
    let c = LLContext()
    let error = #expect(throws: LLVMError.self) {
      _ = try LLModule(parsing: "define i32 @f( {\n  ret i32 0\n}\n", context: c)
    }
    #expect(error?.message.contains("invalid LLVM IR") == true)
    let good = try LLModule(parsing: "define i32 @f() {\n  ret i32 7\n}\n", context: c)
    try good.verify()
    #expect(good.function(named: "f") != nil)
  }

  @Test func unknownCPUIsAnError() throws {
    let error = #expect(throws: LLVMError.self) { _ = try TargetMachine(cpu: "pentium9000") }
    #expect(error?.message.contains("pentium9000") == true)
    #expect(throws: LLVMError.self) { _ = try JIT(cpu: "not-a-cpu") }
    #expect(throws: LLVMError.self) { _ = try TargetMachine(optLevel: 4) }
  }

  @Test func badPipelineIsAnError() throws {
    let c = LLContext()
    let m = try buildKernels(c)
    let tm = try TargetMachine()
    let error = #expect(throws: LLVMError.self) { try m.runPasses("no-such-pass", for: tm) }
    #expect(error?.message.contains("no-such-pass") == true)
    #expect(throws: LLVMError.self) { try m.optimize(level: 7, for: tm) }
  }

  @Test func unknownIntrinsicsAndAttributes() throws {
    let c = LLContext()
    let m = LLModule(name: "m", context: c)
    #expect(throws: LLVMError.self) { _ = try m.intrinsic("llvm.no.such.thing", types: [c.f32]) }
    #expect(throws: LLVMError.self) { _ = try m.intrinsic("llvm.fma") }  // overloaded: types needed
    let fma = try m.intrinsic("llvm.fma", types: [c.vector(c.f32, 8)])
    #expect(fma.name == "llvm.fma.v8f32")
    #expect(try m.intrinsic("llvm.maxnum", types: [c.f64]).name == "llvm.maxnum.f64")
    let f = m.addFunction("f", type: c.function([], returning: c.void))
    #expect(throws: LLVMError.self) { try f.addAttribute("definitely-not-an-attribute") }
    // Fast-math flags only go on floating-point instructions.
    let b = LLBuilder(context: c)
    b.position(atEndOf: f.appendBlock("entry"))
    let x = b.add(c.constInt(c.i32, 1), c.constInt(c.i32, 2))
    _ = x
    let alloca = b.alloca(c.i32)
    #expect(throws: LLVMError.self) { try alloca.setFastMath(.reassoc) }
    b.retVoid()
    try m.verify()
  }

  @Test func mismatchedDataLayoutIsAnError() throws {
    let jit = try JIT(runtime: false)
    let c = LLContext()
    let m = LLModule(name: "m", context: c)
    m.dataLayout = "e-m:e-p:32:32-i64:64-n32-S128"
    let f = m.addFunction("f", type: c.function([], returning: c.i32))
    let b = LLBuilder(context: c)
    b.position(atEndOf: f.appendBlock("entry"))
    b.ret(c.constInt(c.i32, 1))
    let error = #expect(throws: LLVMError.self) { try jit.add(m) }
    #expect(error?.message.contains("cannot add module") == true, "\(error?.message ?? "")")
  }

  @Test func unresolvedJITSymbolIsAnError() throws {
    let jit = try JIT()
    #expect(throws: LLVMError.self) { _ = try jit.address(of: "no_such_symbol_anywhere") }
    let c = LLContext()
    let m = LLModule(name: "m", context: c)
    let missing = m.declareFunction("missing_function_xyz", type: c.function([], returning: c.i32))
    let f = m.addFunction("calls_missing", type: c.function([], returning: c.i32))
    let b = LLBuilder(context: c)
    b.position(atEndOf: f.appendBlock("entry"))
    b.ret(b.call(missing, []))
    try jit.add(m)
    let error = #expect(throws: LLVMError.self) { _ = try jit.address(of: "calls_missing") }
    #expect(error?.message.contains("missing_function_xyz") == true, "\(error?.message ?? "")")
  }
}
