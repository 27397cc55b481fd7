/// Lowers a planned module (the pipeline's `schedule` stage: kernels,
/// schedules and buffers of every function; Codegen never re-plans) to LLVM
/// IR: for each function its kernels (KernelEmitter.swift) and an entry
/// point with the C ABI of spec section 6,
///
///     int32_t f(const T0 *arg0, ..., T *res0, ...)
///
/// which allocates the call's arena (BufferPlan), runs the kernels in order
/// (the parallel ones through the runtime's thread pool), copies results
/// that are not written in place, frees the arena and returns the status.
/// Also `ftc_metadata()` and, for the JIT, a packed entry per function.

import Backend
import FTIR
import LLVMKit

public struct LoweringOptions: Sendable {
  /// Prepended to exported symbols (`ftc compile --prefix`).
  public var prefix = ""
  /// Add a packed entry per function (for the JIT; private functions stay internal).
  public var forJIT = false
  public init(prefix: String = "", forJIT: Bool = false) {
    self.prefix = prefix
    self.forJIT = forJIT
  }
}

/// The symbol of the packed entry of `name` (JIT only): `i32 (ptr args)`,
/// where `args` holds the argument and result pointers in order.
public func packedSymbol(_ name: String) -> String { "ftc_packed_" + name }

/// The internal symbol of private function `name`: the dot keeps it apart
/// from every C symbol (a private `@memcpy` must not become libc's `memcpy`,
/// in an object or in the JIT).
func privateSymbol(_ name: String) -> String { "ftc.private." + name }

final class ModuleLowering {
  let ctx: LLContext
  let module: LLModule
  let b: LLBuilder
  let math: MathLibrary
  let target: Target
  let options: LoweringOptions

  init(context: LLContext, module: LLModule, target: Target, options: LoweringOptions) {
    ctx = context
    self.module = module
    b = LLBuilder(context: context)
    math = MathLibrary(module: module, context: context, vectorBits: target.vectorBits)
    self.target = target
    self.options = options
  }

  func lower(_ planned: ModulePlan) throws {
    for p in planned.functions where p.function.transform == nil {
      try lowerFunction(p)
    }
    module.setCompilerUsed(math.vectorDeclarations)
    emitMetadata(planned.module, names: planned.names)
  }

  private var i32: LLType { ctx.i32 }
  private func c64(_ v: Int) -> LLValue { ctx.constInt(ctx.i64, Int64(v)) }

  private func lowerFunction(_ p: FunctionPlan) throws {
    let (f, plan, schedules, buffers) = (p.function, p.fusion, p.schedules, p.buffers)
    let symbol = f.isPrivate ? privateSymbol(f.name) : options.prefix + f.name

    // Kernels first.
    var kernelFns: [(LLFunction, KernelBuffers, Int)] = []
    for (k, s) in zip(plan.kernels, schedules) {
      var kb = KernelBuffers()
      for v in k.inputs { kb.add(v) }
      kb.add(k.output)
      if buffers.scratchA[k.id] != nil { kb.scratchA = kb.count; kb.count += 1 }
      if buffers.scratchB[k.id] != nil { kb.scratchB = kb.count; kb.count += 1 }
      let e = KernelEmitter(ctx: ctx, module: module, builder: b, math: math, target: target, plan: plan,
                            kernel: k, schedule: s, buffers: kb)
      let fn = try e.emit(name: "\(symbol).k\(k.id)")
      kernelFns.append((fn, kb, e.outerCount))
    }

    // The entry point.
    let nArgs = f.params.count, nResults = f.resultTypes.count
    let entryType = ctx.function(Array(repeating: ctx.ptr, count: nArgs + nResults), returning: i32)
    let entry = module.addFunction(symbol, type: entryType)
    if f.isPrivate { entry.setLinkage(.internal) }
    try entry.addAttribute("nounwind")
    let start = entry.appendBlock("entry")
    let fail = entry.appendBlock("fail")
    b.position(atEndOf: start)
    let arenaSlot = b.alloca(ctx.ptr, alignment: 8)
    b.store(LLValue(ctx.constZero(ctx.ptr).ref), to: arenaSlot, alignment: 8)
    // Every kernel's context array is a fixed stack slot of the entry block.
    let ctxArrays = kernelFns.map { b.alloca(ctx.array(ctx.ptr, max(1, $0.1.count)), alignment: 8) }
    // Results never overlap the arguments or each other (spec section 6).
    for j in 0..<nResults { try entry.addAttribute("noalias", at: .param(nArgs + j)) }
    var failures: [(LLValue, LLBlock)] = []
    let alloc = module.declareFunction("ftc_rt_alloc", type: ctx.function([ctx.ptr, ctx.i64], returning: i32))
    let free = module.declareFunction("ftc_rt_free", type: ctx.function([ctx.ptr], returning: ctx.void))
    let parallelFor = module.declareFunction("ftc_rt_parallel_for",
                                             type: ctx.function([ctx.i64, ctx.i64, ctx.ptr, ctx.ptr], returning: i32))
    func check(_ status: LLValue) {
      let ok = entry.appendBlock("ok")
      failures.append((status, b.insertBlock ?? start))
      b.condBr(b.icmp(.ne, status, ctx.constInt(i32, 0)), then: fail, else: ok)
      b.position(atEndOf: ok)
    }
    if buffers.arenaBytes > 0 {
      check(b.call(alloc, [arenaSlot, c64(buffers.arenaBytes)]))
    }
    let arena = b.load(ctx.ptr, from: arenaSlot, alignment: 8)
    func pointer(_ v: Value) -> LLValue {
      if let j = f.params.firstIndex(of: v) { return entry.param(j) }
      if let j = buffers.resultSlot[v] { return entry.param(nArgs + j) }
      return b.gep(ctx.i8, arena, [c64(buffers.offsets[v] ?? 0)])
    }
    for (((fn, kb, outer), k), ctxArray) in zip(zip(kernelFns, plan.kernels), ctxArrays) {
      for (v, s) in kb.slot.sorted(by: { $0.value < $1.value }) { b.store(pointer(v), to: b.gep(ctx.ptr, ctxArray, [c64(s)]), alignment: 8) }
      if let s = kb.scratchA { b.store(b.gep(ctx.i8, arena, [c64(buffers.scratchA[k.id] ?? 0)]), to: b.gep(ctx.ptr, ctxArray, [c64(s)]), alignment: 8) }
      if let s = kb.scratchB { b.store(b.gep(ctx.i8, arena, [c64(buffers.scratchB[k.id] ?? 0)]), to: b.gep(ctx.ptr, ctxArray, [c64(s)]), alignment: 8) }
      let status: LLValue
      if let chunk = schedules[k.id].parallelChunk {
        status = b.call(parallelFor, [c64(outer), c64(chunk), fn.value, ctxArray])
      } else {
        status = b.call(fn, [ctxArray, c64(0), c64(outer)])
      }
      check(status)
    }
    // Results not written in place: parameters, values returned twice.
    for (j, v) in f.returnValues.enumerated() where buffers.resultSlot[v] != j {
      let t = f.type(of: v)
      let bytes = t.elementCount * t.dtype.byteSize
      guard bytes > 0 else { continue }
      if plan.definingOp[v.id] != nil, buffers.offsets[v] == nil, buffers.resultSlot[v] == nil {
        throw LLVMError("internal error: result \(j) of @\(f.name) has no buffer")
      }
      let source = pointer(v)
      let memcpy = try module.intrinsic("llvm.memcpy", types: [ctx.ptr, ctx.ptr, ctx.i64])
      b.call(memcpy, [entry.param(nArgs + j), source, c64(bytes), ctx.constBool(false)])
    }
    if buffers.arenaBytes > 0 { b.call(free, [b.load(ctx.ptr, from: arenaSlot, alignment: 8)]) }
    b.ret(ctx.constInt(i32, 0))
    // Failure: free what was allocated, return the status.
    b.position(atEndOf: fail)
    if failures.isEmpty {
      b.ret(ctx.constInt(i32, 0))
    } else {
      let status = b.phi(i32, name: "status")
      b.addIncoming(status, failures)
      b.call(free, [b.load(ctx.ptr, from: arenaSlot, alignment: 8)])
      b.ret(status)
    }

    if options.forJIT {
      let packed = module.addFunction(packedSymbol(f.name), type: ctx.function([ctx.ptr], returning: i32))
      b.position(atEndOf: packed.appendBlock("entry"))
      let args = (0..<(nArgs + nResults)).map { i in
        b.load(ctx.ptr, from: b.gep(ctx.ptr, packed.param(0), [c64(i)]), alignment: 8)
      }
      b.ret(b.call(entry, args))
    }
  }

  /// `const char *ftc_metadata(void)` returning the module's JSON.
  private func emitMetadata(_ m: Module, names: [String: InterfaceNames]) {
    let json = metadataJSON(m, names: names, prefix: options.prefix)
    let text = module.addCString("ftc.metadata.json", json)
    let fn = module.addFunction(Names.metadataSymbol(prefix: options.prefix), type: ctx.function([], returning: ctx.ptr))
    b.position(atEndOf: fn.appendBlock("entry"))
    b.ret(text)
  }
}
