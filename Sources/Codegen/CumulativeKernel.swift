/// The kernel of a cumulative op (cumsum, cumprod, cummax, cummin): the
/// first position along the axis (the last with `reverse=true`) is the
/// operand's element; each later one combines the result just written with
/// the next operand element, one step at a time in scan order (the
/// interpreter's order, so float results agree bit for bit). The loops run
/// in row-major order with the axis in its place, so the dims after the axis
/// form the innermost (vectorizable) loops; the operand's expression is fused.
///
///     %s = cumsum %x, axis=0 : f32[4,3]
///       ==>  for k:       s[0, k] = x[0, k]
///            for i >= 1, k: s[i, k] = s[i - 1, k] + x[i, k]

import FTIR
import LLVMKit

/// One step of a scan: (accumulated, next) -> accumulated.
typealias ScanStepRule = @Sendable (KernelEmitter, DType) -> (LLValue, LLValue) throws -> LLValue

let sumStep: ScanStepRule = { e, d in { a, x in d.isFloat ? e.b.fadd(a, x) : e.b.add(a, x) } }
let prodStep: ScanStepRule = { e, d in { a, x in d.isFloat ? e.b.fmul(a, x) : e.b.mul(a, x) } }

/// cummax / cummin: NaN-propagating, -0 < +0 (llvm.maximum/minimum), as max/min.
func extremumStep(max: Bool) -> ScanStepRule {
  { e, d in
    { a, x in
      if d.isFloat { return try e.scalar.intrinsic(max ? "llvm.maximum" : "llvm.minimum", e.llType(d), [a, x]) }
      return e.b.select(e.b.icmp(max ? .sgt : .slt, x, a), x, a)
    }
  }
}

extension KernelEmitter {
  func emitCumulative() throws {
    let root = f.body[kernel.root]
    let x = root.operands[0], t = f.type(of: x)
    let out = kernel.output
    let axis = root.attrs.int("axis"), reverse = root.attrs.bool("reverse")
    let n = t.shape[axis]
    guard case .cumulative(let rule) = opLowering[root.name] else {
      throw LLVMError("internal error: '\(root.name)' is not a cumulative op")
    }
    let step = rule(self, t.dtype)
    if t.elementCount == 0 { return }
    /// The multi-index with the axis coordinate `p`.
    func at(_ idx: [LLValue], _ p: LLValue) -> [LLValue] {
      var full = idx
      full[axis] = p
      return full
    }
    var first = t.shape, rest = t.shape
    first[axis] = 1
    rest[axis] = n - 1
    try loops.nest(first, hints: Self.innermost) { idx in
      memo.removeAll()
      let i = at(idx, c(reverse ? n - 1 : 0))
      try store(try value(x, .multi(i)), out, at: loops.linear(i, t.shape))
    }
    try loops.nest(rest, hints: Self.innermost) { idx in
      memo.removeAll()
      // Step s (0-based) writes position s + 1 in scan order from position s.
      let s = idx[axis]
      let p = reverse ? b.sub(c(n - 2), s) : b.add(s, c(1))
      let prev = reverse ? b.add(p, c(1)) : s
      let i = at(idx, p)
      let acc = try load(out, at: loops.linear(at(idx, prev), t.shape))
      try store(try step(acc, try value(x, .multi(i))), out, at: loops.linear(i, t.shape))
    }
  }
}
