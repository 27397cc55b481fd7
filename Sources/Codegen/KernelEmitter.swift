/// Emits one kernel as an LLVM function `i32 (ptr ctx, i64 begin, i64 end)`:
/// `ctx` holds the kernel's buffer pointers, `[begin, end)` is its share of
/// the outermost loop (the whole range when it runs on one thread). Fused
/// ops are evaluated per element by walking the kernel's expression from the
/// root: index-mapping ops transform the index, elementwise ops combine
/// their operands' elements (ScalarOps.swift), kernel inputs are loaded.

import Backend
import FTIR
import LLVMKit

struct KernelBuffers {
  /// ctx slot of each buffer the kernel reads or writes.
  var slot: [Value: Int] = [:]
  var count = 0
  var scratchA: Int? = nil
  var scratchB: Int? = nil

  mutating func add(_ v: Value) {
    if slot[v] == nil { slot[v] = count; count += 1 }
  }
}

final class KernelEmitter {
  let ctx: LLContext
  let module: LLModule
  let b: LLBuilder
  let math: MathLibrary
  let target: Target
  let f: Function
  let plan: FusionPlan
  /// The kernel being emitted (in a row group, each member in turn).
  var kernel: Kernel
  var sched: KernelSchedule
  /// The kernel's loops from the `loops` stage (Backend/LoopNest.swift):
  /// loop kernels are emitted from them (NestEmitter.swift).
  var nest: [LoopItem] = []
  let buffers: KernelBuffers
  var fn: LLFunction! = nil
  /// The LLVM name of the function being emitted.
  var name = ""
  var entryBlock: LLBlock! = nil
  var startBlock: LLBlock! = nil
  var loops: LoopBuilder! = nil
  /// Loaded buffer pointers, by ctx slot.
  var pointers: [LLValue] = []
  var inKernel: Set<Int>
  /// Row-local values of a row group (RowKernel.swift): their stack slab
  /// and the flat index where the current row starts.
  var local: [Value: (slab: LLValue, rowStart: LLValue)] = [:]
  /// The transposed input of a full tile, staged on the stack (TransposedTiles.swift).
  var stagedTile: StagedTile? = nil
  var memo: [MemoKey: LLValue] = [:]
  var scalar: ScalarEmitter

  /// Innermost loops are left for the vectorizer: not fully unrolled first
  /// (which would keep short loops from calling libmvec's vector functions).
  static let innermost = LoopHints(vectorizeEnable: nil, unrollDisable: true)

  struct MemoKey: Hashable {
    var value: Int
    var index: [LLValue]
  }

  init(ctx: LLContext, module: LLModule, builder: LLBuilder, math: MathLibrary, target: Target, plan: FusionPlan,
       kernel: Kernel, schedule: KernelSchedule, buffers: KernelBuffers) {
    self.ctx = ctx
    self.module = module
    self.b = builder
    self.math = math
    self.target = target
    self.f = plan.function
    self.plan = plan
    self.kernel = kernel
    self.sched = schedule
    self.buffers = buffers
    self.inKernel = Set(kernel.ops)
    self.scalar = ScalarEmitter(ctx: ctx, module: module, b: builder, math: math)
  }

  func llType(_ d: DType) -> LLType { scalar.type(d) }
  /// In memory, i1 is a byte.
  func memType(_ d: DType) -> LLType { d == .i1 ? ctx.i8 : llType(d) }
  func c(_ v: Int) -> LLValue { ctx.constInt(ctx.i64, Int64(v)) }

  /// The number of iterations of the outermost loop (what callers split).
  var outerCount: Int {
    let out = f.type(of: kernel.output)
    switch kernel.kind {
    case .region: return 1
    case .loop, .reduction, .argReduction:
      // The nest's outermost loop over [begin, end) (none: once).
      for case .loop(let l) in nest where l.range == .share { return l.extent }
      return 1
    case .sort: return sortSplit(out, dimension: SortSpec(f.body[kernel.root].attrs).dimension).outer
    case .contraction, .scatter, .cumulative, .convolution: return 1
    }
  }

  func emit(name: String) throws -> LLFunction {
    let (begin, end) = try start(name: name)
    var status: LLValue? = nil
    switch kernel.kind {
    case .region: throw LLVMError("internal error: a region kernel is lowered by its function's entry point")
    case .loop: try emitLoop(begin, end)
    case .reduction: status = try emitReduction(begin, end)
    case .argReduction: try emitArgReduction(begin, end)
    case .contraction: try emitContraction()
    case .scatter: try emitScatter()
    case .cumulative: try emitCumulative()
    case .convolution: status = try emitConvolution()
    case .sort: try emitSort(begin, end)
    }
    return finish(status: status)
  }

  /// Adds the kernel's function, loads its buffer pointers and returns its
  /// `[begin, end)` parameters; the builder is then in its body.
  func start(name: String) throws -> (LLValue, LLValue) {
    let fnType = ctx.function([ctx.ptr, ctx.i64, ctx.i64], returning: ctx.i32)
    let fn = module.addFunction(name, type: fnType)
    self.name = name
    fn.setLinkage(.internal)
    try fn.addAttribute("nounwind")
    if target.vectorBits >= 512 { fn.addStringAttribute("prefer-vector-width", "512") }
    self.fn = fn
    loops = LoopBuilder(ctx: ctx, b: b, fn: fn)
    // `entry` holds the stack slots (added as needed) and jumps to `start`.
    let entry = fn.appendBlock("entry"), start = fn.appendBlock("start")
    entryBlock = entry
    startBlock = start
    b.position(atEndOf: start)
    pointers = (0..<buffers.count).map { i in
      b.load(ctx.ptr, from: b.gep(ctx.ptr, fn.param(0), [c(i)]), alignment: 8)
    }
    return (fn.param(1), fn.param(2))
  }

  /// Returns `status` (success when nil), closes the entry block, marks
  /// the buffers' accesses as not aliasing the buffers it writes
  /// (LLVMKit/AliasScopes.swift) and returns the function.
  func finish(status: LLValue? = nil) -> LLFunction {
    b.ret(status ?? ctx.constInt(ctx.i32, 0))
    b.position(atEndOf: entryBlock)
    b.br(startBlock)
    fn.annotateBufferScopes(pointers, name: name)
    return fn
  }

  // MARK: Buffers

  func pointer(_ v: Value) throws -> LLValue {
    guard let s = buffers.slot[v] else { throw LLVMError("internal error: no buffer for a kernel input") }
    return pointers[s]
  }

  /// The address of element `flat` of `v` (in its row's slab when row-local).
  func address(_ v: Value, _ flat: LLValue) throws -> LLValue {
    let t = memType(f.type(of: v).dtype)
    if let l = local[v] { return b.gep(t, l.slab, [b.sub(flat, l.rowStart)]) }
    return b.gep(t, try pointer(v), [flat])
  }

  func load(_ v: Value, at flat: LLValue) throws -> LLValue {
    let d = f.type(of: v).dtype
    let p = try address(v, flat)
    let x = b.load(memType(d), from: p, alignment: d.byteSize)
    return d == .i1 ? b.icmp(.ne, x, ctx.constInt(ctx.i8, 0)) : x
  }

  func store(_ x: LLValue, _ v: Value, at flat: LLValue) throws {
    let d = f.type(of: v).dtype
    let p = try address(v, flat)
    b.store(d == .i1 ? b.zext(x, to: ctx.i8) : x, to: p, alignment: d.byteSize)
  }

  // MARK: Element values

  enum Index {
    case flat(LLValue)
    case multi([LLValue])
  }

  /// The element of `v` at `idx` (a multi-index of v's shape, or the flat
  /// index shared by every value of a flat kernel).
  func value(_ v: Value, _ idx: Index) throws -> LLValue {
    let key: MemoKey
    switch idx {
    case .flat(let i): key = MemoKey(value: v.id, index: [i])
    case .multi(let is_): key = MemoKey(value: v.id, index: is_)
    }
    if let m = memo[key] { return m }
    let t = f.type(of: v)
    let result: LLValue
    if let d = plan.definingOp[v.id], inKernel.contains(d), kernel.outputs.contains(v) || (buffers.slot[v] == nil && local[v] == nil) {
      result = try compute(f.body[d], v, t, idx)
    } else {
      switch idx {
      case .flat(let i): result = try load(v, at: i)
      case .multi(let is_): result = try stagedLoad(v, is_) ?? load(v, at: loops.linear(is_, t.shape))
      }
    }
    memo[key] = result
    return result
  }

  func multi(_ idx: Index, _ shape: [Int]) -> [LLValue] {
    switch idx {
    case .multi(let is_): return is_
    case .flat(let i): return loops.delinear(i, shape)
    }
  }

  /// The element of op's result `v` (type `t`) at `idx`, by the op's lowering (OpLowering.swift).
  private func compute(_ op: Operation, _ v: Value, _ t: TensorType, _ idx: Index) throws -> LLValue {
    switch opLowering[op.name] {
    case .element(let rule, let typeOperand):
      var xs: [LLValue] = []
      for o in op.operands { xs.append(try value(o, idx)) }
      let operandDType = f.type(of: op.operands[typeOperand]).dtype
      let e = ElementOp(name: op.name, attrs: op.attrs, dtype: t.dtype, operandDType: operandDType, math: op.def.math)
      return try rule(&scalar, e, xs)
    case .index(let rule), .dynamicIndex(let rule):
      return try rule(self, op, t, idx)
    case .reduction, .argReduction, .contraction, .scatter, .cumulative, .convolution, .sort, .regions, .loop:
      throw LLVMError("internal error: '\(op.name)' has a kernel of its own and cannot be fused")
    case nil:
      throw LLVMError("internal error: no lowering for '\(op.name)'")
    }
  }

  // MARK: Loop kernels

  /// Stores every output of a loop kernel at one index, in program order:
  /// an output a later one reads at this index is computed once (memo).
  /// The store's flat index is computed after the first value.
  func storeOutputs(_ idx: Index, at flat: () -> LLValue) throws {
    memo.removeAll()
    var at: LLValue? = nil
    for o in kernel.outputs {
      let x = try value(o, idx)
      let i = at ?? flat()
      at = i
      try store(x, o, at: i)
    }
  }

  /// A loop kernel: the loops of its nest (NestEmitter.swift).
  func emitLoop(_ begin: LLValue, _ end: LLValue) throws {
    try emitNest(nest, outer: (begin, end))
  }

  // MARK: Reductions (ReductionNest.swift)

  /// A stack slot in the kernel's entry block.
  func entryAlloca(_ t: LLType) -> LLValue {
    let here = loops.currentBlock()
    b.position(atEndOf: entryBlock)
    let slot = b.alloca(t, alignment: 16)
    b.position(atEndOf: here)
    return slot
  }

  // MARK: Contractions

  private func emitContraction() throws {
    let root = f.body[kernel.root]
    guard let g = sched.gemm else { throw LLVMError("internal error: contraction without a GEMM plan") }
    let (a, bv) = (root.operands[0], root.operands[1])
    let at = f.type(of: a), bt = f.type(of: bv)
    let out = f.type(of: kernel.output)
    let (lb, rb) = root.attrs.intPair("batch")
    let (lc, rc) = root.attrs.intPair("contract")
    let lf = (0..<at.rank).filter { !lb.contains($0) && !lc.contains($0) }
    let rf = (0..<bt.rank).filter { !rb.contains($0) && !rc.contains($0) }
    let isFloat = out.dtype.isFloat
    // Operands in GEMM layout: A [batch, M, K] (or [batch, K, M] when transA), B [batch, K, N] (or [batch, N, K]).
    // (Integer plans never transpose: the schedule copies such operands.)
    let (copyA, copyB, transA, transB) = (g.copyA, g.copyB, g.transA, g.transB)

    var pa = try pointer(a), pb = try pointer(bv)
    if copyA {
      guard let s = buffers.scratchA else { throw LLVMError("internal error: no scratch buffer for a layout copy") }
      pa = pointers[s]
      try copyPermuted(a, order: lb + lf + lc, into: pa)
    }
    if copyB {
      guard let s = buffers.scratchB else { throw LLVMError("internal error: no scratch buffer for a layout copy") }
      pb = pointers[s]
      try copyPermuted(bv, order: rb + rc + rf, into: pb)
    }
    let pc = try pointer(kernel.output)
    if kernel.epilogue != nil, g.usesDotProducts || g.k == 0 || !g.loops {
      throw LLVMError("internal error: a contraction epilogue outside row updates")
    }
    if g.m * g.n * g.batch == 0 { return }
    let et = memType(out.dtype)
    if g.k == 0 {
      let zero = isFloat ? ctx.constFloat(et, 0) : ctx.constInt(et, 0)
      try loops.loop(c(0), c(out.elementCount)) { j in b.store(zero, to: b.gep(et, pc, [j]), alignment: out.dtype.byteSize) }
      return
    }
    if isFloat && !g.loops {
      let i32 = ctx.i32
      let gemmName = out.dtype == .f32 ? "cblas_sgemm" : "cblas_dgemm"
      let ft = llType(out.dtype)
      let gemm = module.declareFunction(gemmName, type: ctx.function(
        [i32, i32, i32, i32, i32, i32, ft, ctx.ptr, i32, ctx.ptr, i32, ft, ctx.ptr, i32], returning: ctx.void))
      let rowMajor = ctx.constInt(i32, 101), noTrans = ctx.constInt(i32, 111), trans = ctx.constInt(i32, 112)
      let lda = transA ? g.m : g.k, ldb = transB ? g.k : g.n
      try loops.loop(c(0), c(g.batch)) { bi in
        let ap = b.gep(et, pa, [b.mulNSW(bi, c(g.m * g.k))])
        let bp = b.gep(et, pb, [b.mulNSW(bi, c(g.k * g.n))])
        let cp = b.gep(et, pc, [b.mulNSW(bi, c(g.m * g.n))])
        b.call(gemm, [rowMajor, transA ? trans : noTrans, transB ? trans : noTrans,
                      ctx.constInt(i32, Int64(g.m)), ctx.constInt(i32, Int64(g.n)), ctx.constInt(i32, Int64(g.k)),
                      ctx.constFloat(ft, 1), ap, ctx.constInt(i32, Int64(max(1, lda))),
                      bp, ctx.constInt(i32, Int64(max(1, ldb))), ctx.constFloat(ft, 0), cp,
                      ctx.constInt(i32, Int64(max(1, g.n)))])
      }
      return
    }
    if g.usesDotProducts {
      try emitDotProducts(g, pa: pa, pb: pb, pc: pc, dtype: out.dtype)
    } else {
      try emitRowUpdates(g, pa: pa, pb: pb, pc: pc, dtype: out.dtype, epilogue: kernel.epilogue)
    }
  }

  /// Copies operand `v` into `dest` with its dims in `order` (row-major).
  private func copyPermuted(_ v: Value, order: [Int], into dest: LLValue) throws {
    let t = f.type(of: v)
    let shape = order.map { t.shape[$0] }
    let et = memType(t.dtype)
    // Not unrolled: a small strided copy widened to gathers (faster than
    // scalar) and then fully unrolled is much code for little time.
    try loops.nest(shape, hints: Self.innermost) { idx in
      var src = [LLValue](repeating: c(0), count: t.rank)
      for (i, d) in order.enumerated() { src[d] = idx[i] }
      let x = b.load(et, from: b.gep(et, try pointer(v), [loops.linear(src, t.shape)]), alignment: t.dtype.byteSize)
      b.store(x, to: b.gep(et, dest, [loops.linear(idx, shape)]), alignment: t.dtype.byteSize)
    }
  }
}
