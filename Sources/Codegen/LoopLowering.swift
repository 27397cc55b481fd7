/// Loops (`scan`, `while`) in an entry point: the op's body is an internal
/// function with the entry-point ABI plus its arena pointer (its own
/// kernels), called once per trip on pointers. Carries are double-buffered
/// in one block allocated per execution of the loop (two slots per carry,
/// the roles swapped each trip; the initial carries copied in, the final
/// ones copied out); the same block holds the regions' arenas, so a trip
/// allocates nothing.
///
///     %c, %ys = scan %c0, %xs, carries=1, length=N     A, B, arena <- alloc; A <- c0
///       body(...) { ... }                       ==>     for i in 0..<N:
///                                                         body(A|B, xs + i*row, B|A, ys + i*row, arena)
///                                                       c <- A|B; free
///
/// `while` calls its `cond` function into a one-byte flag each trip; past
/// `max_trips` trips whose condition still holds it returns status 3.

import FTIR
import LLVMKit

/// The status a compiled function returns when a `while` loop's condition
/// still holds after `max_trips` executions of its body (spec section 6).
public let maxTripsExceededStatus: Int32 = 3

/// What a loop's lowering needs from the entry point it is emitted into.
struct LoopSite {
  let entry: LLFunction
  /// The buffer of a value of the function.
  let pointer: (Value) -> LLValue
  /// Emits a branch to the entry point's failure exit returning `status`.
  let fail: (LLValue) -> Void
}

extension ModuleLowering {
  private func i64(_ v: Int) -> LLValue { ctx.constInt(ctx.i64, Int64(v)) }
  private func bytes(_ t: TensorType) -> Int { t.elementCount * t.dtype.byteSize }

  /// Two slots per carry of `types` and the regions' arenas (`arenas`
  /// bytes each) in one allocation: returns the block (nil when empty), the
  /// slots (A, B) of each carry and each arena's pointer.
  func loopBlock(_ types: [TensorType], arenas: [Int], _ site: LoopSite) throws -> LoopBlock {
    var offsets: [Int] = []
    var total = 0
    for t in types {
      offsets.append(total)
      total += (bytes(t) + 63) / 64 * 64 + 64
    }
    var arenaOffsets: [Int] = []
    var size = 2 * total
    for a in arenas {
      arenaOffsets.append(size)
      size += (a + 63) / 64 * 64
    }
    guard size > 0 else {
      return LoopBlock(block: nil, slots: [], arenas: arenas.map { _ in LLValue(ctx.constZero(ctx.ptr).ref) })
    }
    let slot = b.alloca(ctx.ptr, alignment: 8)
    let alloc = module.declareFunction("ftc_rt_alloc", type: ctx.function([ctx.ptr, ctx.i64], returning: ctx.i32))
    let status = b.call(alloc, [slot, i64(size)])
    let bad = site.entry.appendBlock("loop.alloc.failed"), ok = site.entry.appendBlock("loop.alloc.ok")
    b.condBr(b.icmp(.ne, status, ctx.constInt(ctx.i32, 0)), then: bad, else: ok)
    b.position(atEndOf: bad)
    site.fail(status)
    b.position(atEndOf: ok)
    let block = b.load(ctx.ptr, from: slot, alignment: 8)
    let slots = offsets.map { (b.gep(ctx.i8, block, [i64($0)]), b.gep(ctx.i8, block, [i64(total + $0)])) }
    return LoopBlock(block: block, slots: slots, arenas: arenaOffsets.map { b.gep(ctx.i8, block, [i64($0)]) })
  }
  func freeCarryBlock(_ block: LLValue?) { freeBlock(block) }
  func callCheckedWhile(_ fn: LLFunction, _ args: [LLValue], block: LLValue?, _ site: LoopSite) {
    callChecked(fn, args, block: block, site)
  }

  private func copy(_ dst: LLValue, _ src: LLValue, _ n: Int) throws {
    guard n > 0 else { return }
    let memcpy = try module.intrinsic("llvm.memcpy", types: [ctx.ptr, ctx.ptr, ctx.i64])
    b.call(memcpy, [dst, src, i64(n), ctx.constBool(false)])
  }

  private func freeBlock(_ block: LLValue?) {
    guard let block else { return }
    let free = module.declareFunction("ftc_rt_free", type: ctx.function([ctx.ptr], returning: ctx.void))
    b.call(free, [block])
  }

  /// Calls `fn` on `args`; a non-zero status frees the carry block and fails.
  private func callChecked(_ fn: LLFunction, _ args: [LLValue], block: LLValue?, _ site: LoopSite) {
    let status = b.call(fn, args)
    let bad = site.entry.appendBlock("loop.body.failed"), ok = site.entry.appendBlock("loop.body.ok")
    b.condBr(b.icmp(.ne, status, ctx.constInt(ctx.i32, 0)), then: bad, else: ok)
    b.position(atEndOf: bad)
    freeBlock(block)
    site.fail(status)
    b.position(atEndOf: ok)
  }

  /// `(A, B)` when `even`, else `(B, A)`.
  private func roles(_ slots: [(LLValue, LLValue)], even: LLValue) -> (src: [LLValue], dst: [LLValue]) {
    (slots.map { b.select(even, $0.0, $0.1) }, slots.map { b.select(even, $0.1, $0.0) })
  }

  /// `scan` (see the file's header). A carry in `passThrough` (the body
  /// yields it unchanged: an RNN's weights) gets no slots: the body reads
  /// its initial value in place every trip, and it is copied out once.
  func emitScan(_ op: Operation, in f: Function, body: LLFunction, arenas: [Int], passThrough: Set<Int>, _ site: LoopSite) throws {
    let s = ScanShape(op, f)
    let carryTypes = op.operands[..<s.carries].map { f.type(of: $0) }
    let moving = carryTypes.indices.filter { !passThrough.contains($0) }
    let loop = try loopBlock(moving.map { carryTypes[$0] }, arenas: arenas, site)
    for (j, k) in moving.enumerated() { try copy(loop.slots[j].0, site.pointer(op.operands[k]), bytes(carryTypes[k])) }
    let xs = op.operands[s.carries...].map { (site.pointer($0), bytes(f.type(of: $0)) / max(1, s.length)) }
    let ys = op.results[s.carries...].map { (site.pointer($0), bytes(f.type(of: $0)) / max(1, s.length)) }
    let loops = LoopBuilder(ctx: ctx, b: b, fn: site.entry)
    try loops.loop(i64(0), i64(s.length)) { i in
      let step = s.reverse ? b.sub(i64(s.length - 1), i) : i
      let even = b.icmp(.eq, b.and(i, i64(1)), i64(0))
      let (src, dst) = carryRoles(op, loop.slots, moving: moving, even: even, site)
      func row(_ p: (LLValue, Int)) -> LLValue { b.gep(ctx.i8, p.0, [b.mul(step, i64(p.1))]) }
      callChecked(body, src + xs.map(row) + dst + ys.map(row) + loop.arenas, block: loop.block, site)
    }
    // After an even number of trips the carries are in A.
    for (k, t) in carryTypes.enumerated() {
      guard let j = moving.firstIndex(of: k) else {
        try copy(site.pointer(op.results[k]), site.pointer(op.operands[k]), bytes(t))
        continue
      }
      let slot = s.length % 2 == 0 ? loop.slots[j].0 : loop.slots[j].1
      try copy(site.pointer(op.results[k]), slot, bytes(t))
    }
    freeBlock(loop.block)
  }

  /// The carries' buffers this trip, (source, destination) per carry of
  /// `op`: the `moving` ones' slots swapped by parity, the others the
  /// initial value's buffer as both.
  private func carryRoles(_ op: Operation, _ slots: [(LLValue, LLValue)], moving: [Int], even: LLValue,
                          _ site: LoopSite) -> (src: [LLValue], dst: [LLValue]) {
    let (ms, md) = roles(slots, even: even)
    var src: [LLValue] = [], dst: [LLValue] = []
    var j = 0
    for k in 0..<carryCount(op) {
      if j < moving.count && moving[j] == k {
        src.append(ms[j]); dst.append(md[j]); j += 1
      } else {
        let p = site.pointer(op.operands[k])
        src.append(p); dst.append(p)
      }
    }
    return (src, dst)
  }

  private func carryCount(_ op: Operation) -> Int {
    op.name == "scan" ? (op.attrs["carries"]?.intValue ?? op.operands.count) : op.operands.count
  }
}

/// The carries a loop's region `j` passes through: for a `scan`'s body and
/// a `while`'s body (its region 1), the carries it yields unchanged.
func passThroughCarries(_ op: Operation, _ region: Function, region j: Int) -> Set<Int> {
  let carries: Int
  switch op.name {
  case "scan": carries = op.attrs["carries"]?.intValue ?? op.operands.count
  case "while" where j == 1: carries = op.operands.count
  default: return []
  }
  guard region.params.count >= carries, region.returnValues.count >= carries else { return [] }
  return Set((0..<carries).filter { region.returnValues[$0] == region.params[$0] })
}

/// One allocation per execution of a loop: the carries' two slots and the regions' arenas.
struct LoopBlock {
  let block: LLValue?
  let slots: [(LLValue, LLValue)]
  let arenas: [LLValue]
}

extension ModuleLowering {
  /// `while` (see the file's header): `cond` writes a flag each trip; with
  /// `max_trips`, a trip past it returns status 3.
  func emitWhile(_ op: Operation, in f: Function, cond: LLFunction, body: LLFunction, arenas: [Int], passThrough: Set<Int>,
                 _ site: LoopSite) throws {
    let types = op.operands.map { f.type(of: $0) }
    let moving = types.indices.filter { !passThrough.contains($0) }
    let loop = try loopBlock(moving.map { types[$0] }, arenas: arenas, site)
    for (j, k) in moving.enumerated() { try copy(loop.slots[j].0, site.pointer(op.operands[k]), bytes(types[k])) }
    let flag = b.alloca(ctx.i8, alignment: 1)
    let pre = b.insertBlock!
    let header = site.entry.appendBlock("while.cond"), run = site.entry.appendBlock("while.body"), exit = site.entry.appendBlock("while.exit")
    b.br(header)
    b.position(atEndOf: header)
    let trip = b.phi(ctx.i64, name: "trip")
    let even = b.icmp(.eq, b.and(trip, i64(1)), i64(0))
    let (src, dst) = carryRoles(op, loop.slots, moving: moving, even: even, site)
    callCheckedWhile(cond, src + [flag, loop.arenas[0]], block: loop.block, site)
    let holds = b.icmp(.ne, b.load(ctx.i8, from: flag, alignment: 1), ctx.constInt(ctx.i8, 0))
    b.condBr(holds, then: run, else: exit)
    b.position(atEndOf: run)
    if let m = op.attrs["max_trips"]?.intValue {
      let over = site.entry.appendBlock("while.max_trips"), ok = site.entry.appendBlock("while.trip")
      b.condBr(b.icmp(.sge, trip, i64(m)), then: over, else: ok)
      b.position(atEndOf: over)
      freeCarryBlock(loop.block)
      site.fail(ctx.constInt(ctx.i32, Int64(maxTripsExceededStatus)))
      b.position(atEndOf: ok)
    }
    callCheckedWhile(body, src + dst + [loop.arenas[1]], block: loop.block, site)
    let next = b.addNSW(trip, i64(1))
    let latch = b.insertBlock!
    b.br(header)
    b.addIncoming(trip, [(i64(0), pre), (next, latch)])
    b.position(atEndOf: exit)
    for (k, t) in types.enumerated() { try copy(site.pointer(op.results[k]), src[k], bytes(t)) }
    freeCarryBlock(loop.block)
  }
}

/// A scan's layout as Codegen reads it.
private struct ScanShape {
  let carries: Int
  let length: Int
  let reverse: Bool
  init(_ op: Operation, _ f: Function) {
    carries = op.attrs["carries"]?.intValue ?? op.operands.count
    length = op.attrs.int("length")
    reverse = op.attrs.bool("reverse")
  }
}
