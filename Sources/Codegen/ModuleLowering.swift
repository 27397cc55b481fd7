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
  /// Kernels emitted so far, by structure (KernelCache.swift).
  var kernels = KernelCache()

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
    let f = p.function
    let symbol = f.isPrivate ? privateSymbol(f.name) : options.prefix + f.name
    let entry = try lowerBody(p, symbol: symbol, isInternal: f.isPrivate)
    if options.forJIT {
      let nArgs = f.params.count, nResults = f.resultTypes.count
      let packed = module.addFunction(packedSymbol(f.name), type: ctx.function([ctx.ptr], returning: i32))
      b.position(atEndOf: packed.appendBlock("entry"))
      let args = (0..<(nArgs + nResults)).map { i in
        b.load(ctx.ptr, from: b.gep(ctx.ptr, packed.param(0), [c64(i)]), alignment: 8)
      }
      b.ret(b.call(entry, args))
    }
  }

  /// Lowers a function's plan, or a region's (`internal`), to an LLVM
  /// function with the entry-point ABI: `i32 (args..., results...)`. A loop
  /// body (`arenaFromCaller`) takes its arena as one more pointer, allocated
  /// once by the loop (LoopLowering.swift), so a trip allocates nothing.
  /// `sharedResults`: results a loop body yields unchanged from the
  /// parameter at the same position, whose buffer the loop passes as both
  /// (LoopLowering.swift): not copied, and not `noalias`.
  private func lowerBody(_ p: FunctionPlan, symbol: String, isInternal: Bool, arenaFromCaller: Bool = false,
                         sharedResults: Set<Int> = []) throws -> LLFunction {
    let (f, plan, schedules, buffers) = (p.function, p.fusion, p.schedules, p.buffers)

    // The regions of region kernels first, each a function of its own.
    var regionFns: [Int: [LLFunction]] = [:]
    var regionShared: [Int: [Set<Int>]] = [:]
    for k in plan.kernels where k.kind == .region {
      var fns: [LLFunction] = []
      let isLoop: Bool
      if case .loop? = opLowering[f.body[k.root].name] { isLoop = true } else { isLoop = false }
      for (j, r) in (p.regions[k.id] ?? []).enumerated() {
        let shared = isLoop ? passThroughCarries(f.body[k.root], r.function, region: j) : []
        regionShared[k.id, default: []].append(shared)
        fns.append(try lowerBody(r, symbol: "\(symbol).k\(k.id).\(r.function.name)\(j)", isInternal: true,
                                 arenaFromCaller: isLoop, sharedResults: shared))
      }
      regionFns[k.id] = fns
    }

    // Kernels next. A row group runs as one function where its first
    // member would run; its other members run inside it.
    var groupAt: [Int: Int] = [:]
    var insideGroup = Set<Int>()
    for (gi, g) in plan.rowGroups.enumerated() {
      groupAt[g.kernels[0]] = gi
      insideGroup.formUnion(g.kernels.dropFirst())
    }
    var kernelFns: [(LLFunction, KernelBuffers, Int)?] = []
    for (k, s) in zip(plan.kernels, schedules) {
      if let gi = groupAt[k.id] {
        kernelFns.append(try rowGroupFunction(plan.rowGroups[gi], p, name: "\(symbol).rows\(k.id)"))
        continue
      }
      guard k.kind != .region, !insideGroup.contains(k.id) else {
        kernelFns.append(nil)
        continue
      }
      var kb = KernelBuffers()
      for v in k.inputs { kb.add(v) }
      for o in k.outputs { kb.add(o) }
      if buffers.scratchA[k.id] != nil { kb.scratchA = kb.count; kb.count += 1 }
      if buffers.scratchB[k.id] != nil { kb.scratchB = kb.count; kb.count += 1 }
      let (fn, outer) = try kernelFunction(k, s, plan, kb, name: "\(symbol).k\(k.id)")
      kernelFns.append((fn, kb, outer))
    }

    // The entry point.
    let nArgs = f.params.count, nResults = f.resultTypes.count
    let entryType = ctx.function(Array(repeating: ctx.ptr, count: nArgs + nResults + (arenaFromCaller ? 1 : 0)), returning: i32)
    let entry = module.addFunction(symbol, type: entryType)
    if isInternal { entry.setLinkage(.internal) }
    try entry.addAttribute("nounwind")
    let start = entry.appendBlock("entry")
    let fail = entry.appendBlock("fail")
    b.position(atEndOf: start)
    let arenaSlot = b.alloca(ctx.ptr, alignment: 8)
    b.store(LLValue(ctx.constZero(ctx.ptr).ref), to: arenaSlot, alignment: 8)
    // Every kernel's context array is a fixed stack slot of the entry block.
    let ctxArrays = kernelFns.map { k in k.map { b.alloca(ctx.array(ctx.ptr, max(1, $0.1.count)), alignment: 8) } }
    // Results never overlap the arguments or each other (spec section 6).
    for j in 0..<nResults where !sharedResults.contains(j) { try entry.addAttribute("noalias", at: .param(nArgs + j)) }
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
    let ownsArena = buffers.arenaBytes > 0 && !arenaFromCaller
    if ownsArena {
      check(b.call(alloc, [arenaSlot, c64(buffers.arenaBytes)]))
    }
    let arena = arenaFromCaller ? entry.param(nArgs + nResults) : b.load(ctx.ptr, from: arenaSlot, alignment: 8)
    func pointer(_ v: Value) -> LLValue {
      if let j = f.params.firstIndex(of: v) { return entry.param(j) }
      if let j = buffers.resultSlot[v] { return entry.param(nArgs + j) }
      return b.gep(ctx.i8, arena, [c64(buffers.offsets[v] ?? 0)])
    }
    for ((kernelFn, k), ctxArray) in zip(zip(kernelFns, plan.kernels), ctxArrays) {
      if insideGroup.contains(k.id) { continue }
      guard let (fn, kb, outer) = kernelFn, let ctxArray else {
        // An op with regions: the region its lowering selects runs on the op's buffers.
        let op = f.body[k.root]
        if case .loop(let kind)? = opLowering[op.name], let fns = regionFns[k.id] {
          let site = LoopSite(entry: entry, pointer: pointer) { status in
            failures.append((status, self.b.insertBlock ?? start))
            self.b.br(fail)
          }
          let arenas = (p.regions[k.id] ?? []).map(\.buffers.arenaBytes)
          let shared = regionShared[k.id] ?? []
          switch kind {
          case .scan where fns.count == 1:
            try emitScan(op, in: f, body: fns[0], arenas: arenas, passThrough: shared[0], site)
          case .whileLoop where fns.count == 2:
            try emitWhile(op, in: f, cond: fns[0], body: fns[1], arenas: arenas, passThrough: shared[1], site)
          default: throw LLVMError("internal error: '\(op.name)' has \(fns.count) regions")
          }
          continue
        }
        guard case .regions(let select)? = opLowering[op.name], let fns = regionFns[k.id], !fns.isEmpty else {
          throw LLVMError("internal error: no region lowering for '\(op.name)'")
        }
        let first = op.operands[0], d = f.type(of: first).dtype
        let raw = b.load(ctx.elementType(d, memory: true), from: pointer(first), alignment: d.byteSize)
        let index = select(ctx, b, d == .i1 ? b.icmp(.ne, raw, ctx.constInt(ctx.i8, 0)) : raw, d, fns.count)
        let join = entry.appendBlock("regions.done")
        var statuses: [(LLValue, LLBlock)] = []
        var next = entry.appendBlock("region.0")
        b.br(next)
        for (j, fn) in fns.enumerated() {
          b.position(atEndOf: next)
          let run = j == fns.count - 1 ? next : entry.appendBlock("region.\(j).run")
          if j < fns.count - 1 {
            next = entry.appendBlock("region.\(j + 1)")
            b.condBr(b.icmp(.eq, index, c64(j)), then: run, else: next)
            b.position(atEndOf: run)
          }
          let args = op.operands.dropFirst().map(pointer) + op.results.map(pointer)
          statuses.append((b.call(fn, Array(args)), run))
          b.br(join)
        }
        b.position(atEndOf: join)
        let status = b.phi(i32, name: "region.status")
        b.addIncoming(status, statuses)
        check(status)
        continue
      }
      for (v, s) in kb.slot.sorted(by: { $0.value < $1.value }) { b.store(pointer(v), to: b.gep(ctx.ptr, ctxArray, [c64(s)]), alignment: 8) }
      if let s = kb.scratchA { b.store(b.gep(ctx.i8, arena, [c64(buffers.scratchA[k.id] ?? 0)]), to: b.gep(ctx.ptr, ctxArray, [c64(s)]), alignment: 8) }
      if let s = kb.scratchB { b.store(b.gep(ctx.i8, arena, [c64(buffers.scratchB[k.id] ?? 0)]), to: b.gep(ctx.ptr, ctxArray, [c64(s)]), alignment: 8) }
      let status: LLValue
      if let chunk = groupAt[k.id].map({ p.rowSchedules[$0].parallelChunk }) ?? schedules[k.id].parallelChunk {
        status = b.call(parallelFor, [c64(outer), c64(chunk), fn.value, ctxArray])
      } else {
        status = b.call(fn, [ctxArray, c64(0), c64(outer)])
      }
      check(status)
    }
    // Results not written in place: parameters, values returned twice.
    for (j, v) in f.returnValues.enumerated() where buffers.resultSlot[v] != j && !sharedResults.contains(j) {
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
    if ownsArena { b.call(free, [b.load(ctx.ptr, from: arenaSlot, alignment: 8)]) }
    b.ret(ctx.constInt(i32, 0))
    // Failure: free what was allocated, return the status.
    b.position(atEndOf: fail)
    if failures.isEmpty {
      b.ret(ctx.constInt(i32, 0))
    } else {
      let status = b.phi(i32, name: "status")
      b.addIncoming(status, failures)
      if !arenaFromCaller { b.call(free, [b.load(ctx.ptr, from: arenaSlot, alignment: 8)]) }
      b.ret(status)
    }
    return entry
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
