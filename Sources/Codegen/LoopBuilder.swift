/// Counted loops in LLVM IR, in the canonical form LLVM's loop passes and
/// vectorizer expect (a header with the induction phi, a latch that
/// increments it), and helpers for index arithmetic.

import LLVMKit

struct LoopBuilder {
  let ctx: LLContext
  let b: LLBuilder
  let fn: LLFunction

  var i64: LLType { ctx.i64 }
  func c(_ v: Int) -> LLValue { ctx.constInt(ctx.i64, Int64(v)) }

  /// `for i in from..<to { body(i) }`; the builder ends after the loop.
  func loop(_ from: LLValue, _ to: LLValue, hints: LoopHints? = nil, _ body: (LLValue) throws -> Void) rethrows {
    let pre = currentBlock()
    let header = fn.appendBlock("loop")
    let bodyBlock = fn.appendBlock("body")
    let latch = fn.appendBlock("latch")
    let exit = fn.appendBlock("exit")
    b.br(header)
    b.position(atEndOf: header)
    let i = b.phi(i64, name: "i")
    b.condBr(b.icmp(.slt, i, to), then: bodyBlock, else: exit)
    b.position(atEndOf: bodyBlock)
    try body(i)
    b.br(latch)
    b.position(atEndOf: latch)
    let next = b.addNSW(i, c(1))
    let back = b.br(header)
    if let hints { back.setLoopHints(hints) }
    b.addIncoming(i, [(from, pre), (next, latch)])
    b.position(atEndOf: exit)
  }

  /// Nested loops over `shape` (the first dim over `outer` if given);
  /// `body` receives one index per dim.
  func nest(_ shape: [Int], outer: (LLValue, LLValue)? = nil, hints: LoopHints? = nil, _ body: ([LLValue]) throws -> Void) rethrows {
    func go(_ d: Int, _ idx: [LLValue]) throws {
      if d == shape.count { try body(idx); return }
      let (from, to) = (d == 0 ? outer : nil) ?? (c(0), c(shape[d]))
      try loop(from, to, hints: d == shape.count - 1 ? hints : nil) { i in try go(d + 1, idx + [i]) }
    }
    try go(0, [])
  }

  func currentBlock() -> LLBlock { b.insertBlock ?? fn.appendBlock("detached") }

  /// Σ idx[d] · stride[d] for a row-major `shape`.
  func linear(_ idx: [LLValue], _ shape: [Int]) -> LLValue {
    var strides = [Int](repeating: 1, count: shape.count)
    var s = 1
    for d in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[d] = s
      s = s.multipliedReportingOverflow(by: shape[d]).partialValue
    }
    var acc: LLValue? = nil
    for (i, st) in zip(idx, strides) where st != 0 {
      let term = st == 1 ? i : b.mulNSW(i, c(st))
      acc = acc.map { b.addNSW($0, term) } ?? term
    }
    return acc ?? c(0)
  }

  /// The multi-index of flat index `flat` in a row-major `shape`.
  func delinear(_ flat: LLValue, _ shape: [Int]) -> [LLValue] {
    var out = [LLValue](repeating: c(0), count: shape.count)
    var rest = flat
    for d in stride(from: shape.count - 1, through: 0, by: -1) {
      if shape[d] == 1 { out[d] = c(0); continue }
      if d == 0 { out[d] = rest; break }
      out[d] = b.urem(rest, c(shape[d]))
      rest = b.udiv(rest, c(shape[d]))
    }
    return out
  }

  /// min(max(v, lo), hi) on i64.
  func clamp(_ v: LLValue, _ lo: Int, _ hi: Int) -> LLValue {
    let a = b.select(b.icmp(.slt, v, c(lo)), c(lo), v)
    return b.select(b.icmp(.sgt, a, c(hi)), c(hi), a)
  }
}
