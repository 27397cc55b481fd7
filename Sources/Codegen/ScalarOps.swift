/// The element rules of Codegen's per-op table (OpLowering.swift): the LLVM
/// instructions that compute one element of an elementwise op from its
/// operands' elements. (Index-mapping ops move indices instead of values,
/// IndexMaps.swift; reductions and contractions have kernels of their own.)
///
/// Exactness: arithmetic is one IEEE instruction each, with no fast-math
/// flags, so compiled code and the interpreter agree bit for bit; integer
/// division and remainder never reach LLVM's undefined cases (the divisor is
/// replaced before `sdiv`/`srem`, and the spec's results selected after);
/// float→int conversion uses `llvm.fptosi.sat` (truncating, saturating,
/// NaN → 0); `max`/`min` use `llvm.maximum`/`llvm.minimum` (NaN-propagating,
/// −0 < +0). Math functions call libm's scalar functions, which the loop
/// vectorizer replaces with glibc libmvec's vector variants.

import FTIR
import LLVMKit

/// Lowers one elementwise op given its operands' element values.
typealias ScalarRule = @Sendable (inout ScalarEmitter, ElementOp, [LLValue]) throws -> LLValue

/// What a lowering rule knows of the op: its attributes and element types.
struct ElementOp {
  let name: String
  let attrs: Attributes
  /// The result's dtype.
  let dtype: DType
  /// The first operand's dtype (the second one's for `select`).
  let operandDType: DType
  /// The libm function of a math op (`OpDef.math`).
  let math: MathFunction?
}

/// Element-level emission helpers for one kernel.
struct ScalarEmitter {
  let ctx: LLContext
  let module: LLModule
  let b: LLBuilder
  let math: MathLibrary

  func type(_ d: DType) -> LLType { ctx.elementType(d) }

  func constant(_ s: Scalar, _ d: DType) -> LLValue {
    switch (d, s) {
    case (.f32, .float(let v)): return ctx.constFloat(ctx.f32, bitPattern: UInt64(Float(v).bitPattern))
    case (.f64, .float(let v)): return ctx.constFloat(ctx.f64, bitPattern: v.bitPattern)
    case (.i1, .bool(let v)): return ctx.constBool(v)
    case (.i32, .int(let v)): return ctx.constInt(ctx.i32, v)
    case (.i64, .int(let v)): return ctx.constInt(ctx.i64, v)
    case (_, let s): return d.isFloat ? ctx.constFloat(type(d), s.asDouble) : ctx.constInt(type(d), Int64(s.asDouble))
    }
  }

  func float(_ v: Double, _ d: DType) -> LLValue { ctx.constFloat(type(d), v) }

  func intrinsic(_ name: String, _ t: LLType, _ args: [LLValue]) throws -> LLValue {
    b.call(try module.intrinsic(name, types: [t]), args)
  }

  /// A libm call (`expf`, `tanh`, ...) that the vectorizer may widen.
  func libm(_ fn: MathFunction, _ d: DType, _ args: [LLValue]) throws -> LLValue {
    try math.call(fn, d, args, b)
  }

  // MARK: Integer semantics that never trap

  func intDiv(_ a: LLValue, _ c: LLValue, _ t: LLType, bits: Int) -> LLValue {
    let zero = ctx.constInt(t, 0), minusOne = ctx.constInt(t, -1), one = ctx.constInt(t, 1)
    let minV = ctx.constInt(t, bits == 32 ? Int64(Int32.min) : Int64.min)
    let byZero = b.icmp(.eq, c, zero)
    let overflow = b.and(b.icmp(.eq, a, minV), b.icmp(.eq, c, minusOne))
    let safe = b.select(b.or(byZero, overflow), one, c)
    let q = b.sdiv(a, safe)
    return b.select(byZero, minusOne, b.select(overflow, minV, q))
  }

  func intRem(_ a: LLValue, _ c: LLValue, _ t: LLType) -> LLValue {
    let zero = ctx.constInt(t, 0), minusOne = ctx.constInt(t, -1), one = ctx.constInt(t, 1)
    let byZero = b.icmp(.eq, c, zero)
    let byMinusOne = b.icmp(.eq, c, minusOne)
    let safe = b.select(b.or(byZero, byMinusOne), one, c)
    let r = b.srem(a, safe)
    return b.select(byZero, a, b.select(byMinusOne, zero, r))
  }

  /// x^n by square-and-multiply from the low bit, as the interpreter does.
  func intPow(_ x: LLValue, _ n: Int, _ d: DType) -> LLValue {
    let isFloat = d.isFloat
    func mul(_ p: LLValue, _ q: LLValue) -> LLValue { isFloat ? b.fmul(p, q) : b.mul(p, q) }
    var acc: LLValue? = nil
    var base = x
    var e = n.magnitude
    while e > 0 {
      if e & 1 == 1 { acc = acc.map { mul($0, base) } ?? base }
      e >>= 1
      if e > 0 { base = mul(base, base) }
    }
    let one = isFloat ? float(1, d) : ctx.constInt(type(d), 1)
    var result = acc.map { isFloat ? b.fmul(one, $0) : $0 } ?? one
    // `1 * acc` keeps the interpreter's exact sequence (its accumulator starts at 1).
    if acc == nil { result = one }
    if n < 0 { result = b.fdiv(one, result) }
    return result
  }
}

/// A call of the op's libm function (`OpDef.math`) on its operands.
let libmCall: ScalarRule = { e, op, x in
  guard let fn = op.math else { throw LLVMError("internal error: '\(op.name)' declares no libm function") }
  return try e.libm(fn, op.dtype, x)
}

/// The element rules, by op name.
let scalarRules: [String: ScalarRule] = {
  var r: [String: ScalarRule] = [:]
  for name in ["exp", "log", "log1p", "expm1", "sin", "cos", "tan", "tanh", "erf", "pow", "atan2"] { r[name] = libmCall }
  r["sqrt"] = { e, op, x in try e.intrinsic("llvm.sqrt", e.type(op.dtype), [x[0]]) }
  r["rsqrt"] = { e, op, x in e.b.fdiv(e.float(1, op.dtype), try e.intrinsic("llvm.sqrt", e.type(op.dtype), [x[0]])) }
  // logistic(x) = 1/(1+t) for x >= 0 and t/(1+t) for x < 0, with t = exp(-|x|):
  // the same value as 1/(1+exp(-x)) where that has no overflow, and accurate
  // (denormal, not 0) where exp(-x) overflows (x < -88.7 in f32, -709.8 in f64).
  // As the interpreter computes it (Ops/Elementwise.swift).
  r["logistic"] = { e, op, x in
    let d = op.dtype
    let t = try e.libm(.exp, d, [e.b.fneg(try e.intrinsic("llvm.fabs", e.type(d), [x[0]]))])
    let den = e.b.fadd(e.float(1, d), t)
    let nonNegative = e.b.fcmp(.oge, x[0], e.float(0, d))
    return e.b.select(nonNegative, e.b.fdiv(e.float(1, d), den), e.b.fdiv(t, den))
  }
  r["floor"] = { e, op, x in try e.intrinsic("llvm.floor", e.type(op.dtype), [x[0]]) }
  r["ceil"] = { e, op, x in try e.intrinsic("llvm.ceil", e.type(op.dtype), [x[0]]) }
  r["neg"] = { e, op, x in op.dtype.isFloat ? e.b.fneg(x[0]) : e.b.sub(e.ctx.constInt(e.type(op.dtype), 0), x[0]) }
  r["abs"] = { e, op, x in
    if op.dtype.isFloat { return try e.intrinsic("llvm.fabs", e.type(op.dtype), [x[0]]) }
    let t = e.type(op.dtype), zero = e.ctx.constInt(t, 0)
    return e.b.select(e.b.icmp(.slt, x[0], zero), e.b.sub(zero, x[0]), x[0])
  }
  r["sign"] = { e, op, x in
    let d = op.dtype
    if d.isFloat {
      let pos = e.b.fcmp(.ogt, x[0], e.float(0, d)), negv = e.b.fcmp(.olt, x[0], e.float(0, d))
      return e.b.select(pos, e.float(1, d), e.b.select(negv, e.float(-1, d), x[0]))  // ±0 and NaN stay
    }
    let t = e.type(d), zero = e.ctx.constInt(t, 0)
    return e.b.select(e.b.icmp(.sgt, x[0], zero), e.ctx.constInt(t, 1),
                      e.b.select(e.b.icmp(.slt, x[0], zero), e.ctx.constInt(t, -1), zero))
  }
  r["is_finite"] = { e, op, x in
    let d = op.operandDType
    let a = try e.intrinsic("llvm.fabs", e.type(d), [x[0]])
    return e.b.fcmp(.olt, a, e.float(.infinity, d))
  }
  r["not"] = { e, op, x in e.b.not(x[0]) }
  r["integer_pow"] = { e, op, x in e.intPow(x[0], op.attrs.int("n"), op.dtype) }
  func arith(_ name: String, _ f: @escaping @Sendable (LLBuilder, LLValue, LLValue) -> LLValue,
             _ i: @escaping @Sendable (LLBuilder, LLValue, LLValue) -> LLValue) {
    r[name] = { e, op, x in op.dtype.isFloat ? f(e.b, x[0], x[1]) : i(e.b, x[0], x[1]) }
  }
  arith("add", { $0.fadd($1, $2) }, { $0.add($1, $2) })
  arith("sub", { $0.fsub($1, $2) }, { $0.sub($1, $2) })
  arith("mul", { $0.fmul($1, $2) }, { $0.mul($1, $2) })
  r["div"] = { e, op, x in
    op.dtype.isFloat ? e.b.fdiv(x[0], x[1]) : e.intDiv(x[0], x[1], e.type(op.dtype), bits: op.dtype == .i32 ? 32 : 64)
  }
  r["rem"] = { e, op, x in op.dtype.isFloat ? e.b.frem(x[0], x[1]) : e.intRem(x[0], x[1], e.type(op.dtype)) }
  r["max"] = { e, op, x in
    op.dtype.isFloat ? try e.intrinsic("llvm.maximum", e.type(op.dtype), x) : e.b.select(e.b.icmp(.sgt, x[0], x[1]), x[0], x[1])
  }
  r["min"] = { e, op, x in
    op.dtype.isFloat ? try e.intrinsic("llvm.minimum", e.type(op.dtype), x) : e.b.select(e.b.icmp(.slt, x[0], x[1]), x[0], x[1])
  }
  r["and"] = { e, _, x in e.b.and(x[0], x[1]) }
  r["or"] = { e, _, x in e.b.or(x[0], x[1]) }
  r["xor"] = { e, _, x in e.b.xor(x[0], x[1]) }
  let compares: [(String, RealPredicate, IntPredicate, IntPredicate)] = [
    ("eq", .oeq, .eq, .eq), ("ne", .une, .ne, .ne), ("lt", .olt, .slt, .ult),
    ("le", .ole, .sle, .ule), ("gt", .ogt, .sgt, .ugt), ("ge", .oge, .sge, .uge),
  ]
  for (name, fp, sp, up) in compares {
    r[name] = { e, op, x in
      let d = op.operandDType
      if d.isFloat { return e.b.fcmp(fp, x[0], x[1]) }
      return e.b.icmp(d == .i1 ? up : sp, x[0], x[1])
    }
  }
  r["select"] = { e, _, x in e.b.select(x[0], x[1], x[2]) }
  r["clamp"] = { e, op, x in
    let d = op.dtype
    if d.isFloat {
      let t = e.type(d)
      return try e.intrinsic("llvm.minimum", t, [try e.intrinsic("llvm.maximum", t, [x[1], x[0]]), x[2]])
    }
    let lo = e.b.select(e.b.icmp(.sgt, x[1], x[0]), x[1], x[0])
    return e.b.select(e.b.icmp(.slt, lo, x[2]), lo, x[2])
  }
  r["convert"] = { e, op, x in try convertScalar(&e, x[0], from: op.operandDType, to: op.dtype) }
  r["stop_gradient"] = { _, _, x in x[0] }
  for (name, rule) in bitRules { r[name] = rule }
  return r
}()

/// The `convert` rules of spec section 4.
func convertScalar(_ e: inout ScalarEmitter, _ v: LLValue, from: DType, to: DType) throws -> LLValue {
  let t = e.type(to)
  if from == to { return v }
  switch (from.isFloat, to.isFloat) {
  case (true, true):
    return to == .f64 ? e.b.fpext(v, to: t) : e.b.fptrunc(v, to: t)
  case (true, false):
    if to == .i1 { return e.b.fcmp(.une, v, e.float(0, from)) }  // NaN != 0
    return e.b.call(try e.module.intrinsic("llvm.fptosi.sat", types: [t, e.type(from)]), [v])
  case (false, true):
    return from == .i1 ? e.b.uitofp(v, to: t) : e.b.sitofp(v, to: t)
  case (false, false):
    if to == .i1 { return e.b.icmp(.ne, v, e.ctx.constInt(e.type(from), 0)) }
    if from == .i1 { return e.b.zext(v, to: t) }
    return to == .i64 ? e.b.sext(v, to: t) : e.b.trunc(v, to: t)
  }
}

extension LLContext {
  /// The LLVM type of a `d` element in registers (i1 as `i1`), or in memory
  /// (`memory`: i1 as a byte).
  func elementType(_ d: DType, memory: Bool = false) -> LLType {
    switch d {
    case .f32: return f32
    case .f64: return f64
    case .i32: return i32
    case .i64: return i64
    case .i1: return memory ? i8 : i1
    }
  }
}
