/// Element rules of the bit-level ops (FTIR `Ops/Bits.swift`), for the
/// table in ScalarOps.swift:
///
///     shift_left x, n              select(n <u bits, shl x, n', 0)   (n' = n in range, else 0:
///     shift_right_logical x, n     select(n <u bits, lshr x, n', 0)   LLVM's shift by the width
///     shift_right_arithmetic x, n  ashr x, (n <u bits ? n : bits-1)   or more is poison)
///     bitcast_convert x            bitcast
///     erf_inv x                    w = -log1p(-x*x); Giles' polynomials by range of w, selected
///     fma a, b, c                  llvm.fma (one rounding)
///
/// erf_inv computes every piece's polynomial (no branches, so the loop
/// vectorizes) and selects the one the interpreter evaluates; each piece is
/// the interpreter's exact sequence of IEEE operations (Horner's rule, no FMA).

import FTIR
import LLVMKit

let bitRules: [String: ScalarRule] = [
  "shift_left": { e, op, x in
    let (inRange, amount) = e.shiftAmount(x[1], op.dtype, outOfRange: 0)
    return e.b.select(inRange, e.b.shl(x[0], amount), e.ctx.constInt(e.type(op.dtype), 0))
  },
  "shift_right_logical": { e, op, x in
    let (inRange, amount) = e.shiftAmount(x[1], op.dtype, outOfRange: 0)
    return e.b.select(inRange, e.b.lshr(x[0], amount), e.ctx.constInt(e.type(op.dtype), 0))
  },
  "shift_right_arithmetic": { e, op, x in
    // Out of range: a shift by bits - 1 is the sign fill.
    let (_, amount) = e.shiftAmount(x[1], op.dtype, outOfRange: op.dtype == .i32 ? 31 : 63)
    return e.b.ashr(x[0], amount)
  },
  "bitcast_convert": { e, op, x in e.b.bitcast(x[0], to: e.type(op.dtype)) },
  "erf_inv": { e, op, x in try e.erfInv(x[0], op.dtype) },
  "fma": { e, op, x in try e.intrinsic("llvm.fma", e.type(op.dtype), x) },
]

extension ScalarEmitter {
  /// Whether the amount, read as unsigned, is below the bit width, and the
  /// amount to shift by (`outOfRange` where it is not).
  func shiftAmount(_ n: LLValue, _ d: DType, outOfRange: Int64) -> (LLValue, LLValue) {
    let t = type(d)
    let inRange = b.icmp(.ult, n, ctx.constInt(t, d == .i32 ? 32 : 64))
    return (inRange, b.select(inRange, n, ctx.constInt(t, outOfRange)))
  }

  func erfInv(_ x: LLValue, _ d: DType) throws -> LLValue {
    let t = type(d)
    let w = b.fneg(try libm(MathFunction("log1p", vectorized: true), d, [b.fneg(b.fmul(x, x))]))
    let sqrtW = try intrinsic("llvm.sqrt", t, [w])
    func horner(_ cs: [Double], _ arg: LLValue) -> LLValue {
      var p = float(cs[0], d)
      for c in cs.dropFirst() { p = b.fadd(float(c, d), b.fmul(p, arg)) }
      return p
    }
    func piece(_ cs: [Double], sqrt: Bool, shift: Double) -> LLValue {
      horner(cs, b.fsub(sqrt ? sqrtW : w, float(shift, d)))
    }
    typealias P = ErfInvPolynomials
    let p: LLValue
    if d == .f32 {
      p = b.select(b.fcmp(.olt, w, float(5, d)),
                   piece(P.f32Below5, sqrt: false, shift: 2.5), piece(P.f32Above5, sqrt: true, shift: 3))
    } else {
      let upper = b.select(b.fcmp(.olt, w, float(16, d)),
                           piece(P.f64Below16, sqrt: true, shift: 3.25), piece(P.f64Above16, sqrt: true, shift: 5))
      p = b.select(b.fcmp(.olt, w, float(6.25, d)), piece(P.f64Below6_25, sqrt: false, shift: 3.125), upper)
    }
    let isOne = b.fcmp(.oeq, try intrinsic("llvm.fabs", t, [x]), float(1, d))
    return b.select(isOne, b.fmul(x, float(.infinity, d)), b.fmul(p, x))
  }
}
