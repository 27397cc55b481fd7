/// How the fuzzer makes a valid use of each op: one generator per op name
/// of `OpRegistry.all` (a coverage test checks none is missing), each
/// choosing operand types and valid attributes and building the op through
/// the typed builder. A generator may throw `BuildError` when its random
/// choices do not fit (the module generator then tries another op); a test
/// checks each one succeeds on most draws.
///
///     "transpose":  x = f32[2,0,3]  ->  %1 = transpose %x, perm=[2,0,1] : f32[3,2,0]
import FTIR

public typealias OpGenerator = @Sendable (inout GenContext) throws -> Void

public enum OpGenerators {
  static let floats: [DType] = [.f32, .f64]
  static let ints: [DType] = [.i32, .i64]
  static let numbers: [DType] = floats + ints
  static let all: [DType] = DType.allCases

  /// The generator of each op, by op name.
  public static let byName: [String: OpGenerator] = {
    var d: [String: OpGenerator] = [:]
    for (name, f) in unaryFloat { d[name] = unary(floats, f) }
    for (name, f) in unaryNumber { d[name] = unary(numbers, f) }
    for (name, f) in binaryNumber { d[name] = binary(numbers, f) }
    for (name, f) in binaryFloat { d[name] = binary(floats, f) }
    for (name, f) in logic { d[name] = binary(ints + [.i1], f) }
    for c in Comparison.allCases { d[c.rawValue] = binary(all) { b, x, y in try b.compare(c, x, y) } }
    d["not"] = unary(ints + [.i1]) { b, x in try b.not(x) }
    d["stop_gradient"] = unary(all) { b, x in try b.stopGradient(x) }
    d["integer_pow"] = { c in
      let x = try c.value(of: numbers)
      let n = c.chance(0.05) ? c.pick([Int.min, Int.min + 1, Int.max, 1 << 40]) : c.int(-3...6)
      c.add(try c.b.integerPow(x, n))
    }
    d["convert"] = { c in
      let x = try c.value(of: all)
      c.add(try c.b.convert(x, to: c.pick(all)))
    }
    d["select"] = { c in
      let x = try c.value(of: all)
      let t = c.type(x)
      let p = try c.value(TensorType(.i1, t.shape))
      c.add(try c.b.select(p, x, try c.value(t)))
    }
    d["clamp"] = { c in
      let x = try c.value(of: numbers)
      let t = c.type(x)
      c.add(try c.b.clamp(try c.value(t), x, try c.value(t)))
    }
    d["constant"] = { c in
      let t = TensorType(c.pick(all), c.shape())
      c.add(try c.b.constant(c.randomLiteral(t)))
    }
    d["iota"] = { c in
      let s = c.shape(rank: c.int(1...3))
      c.add(try c.b.iota(c.pick(numbers), shape: s, dim: c.int(0...(s.count - 1))))
    }
    for (name, f) in shapeOps { d[name] = f }
    for (name, f) in indexingOps { d[name] = f }
    for (name, f) in reductionOps { d[name] = f }
    d["dot_general"] = dotGeneral
    d["cond"] = cond
    d["scan"] = scan
    d["while"] = whileLoop
    for name in ["cumsum", "cumprod", "cummax", "cummin"] { d[name] = cumulative(name) }
    d["sort"] = sort
    d["conv"] = conv
    d["call"] = call
    // The random-numbers family (Ops/Bits.swift).
    d["shift_left"] = binary(ints) { b, x, y in try b.shiftLeft(x, y) }
    d["shift_right_logical"] = binary(ints) { b, x, y in try b.shiftRightLogical(x, y) }
    d["shift_right_arithmetic"] = binary(ints) { b, x, y in try b.shiftRightArithmetic(x, y) }
    d["bitcast_convert"] = { c in
      let x = try c.value(of: numbers)
      let to: DType = [.i32: .f32, .f32: .i32, .i64: .f64, .f64: .i64][c.type(x).dtype]!
      c.add(try c.b.bitcastConvert(x, to: to))
    }
    d["erf_inv"] = unary(floats) { b, x in try b.erfInv(x) }
    d["fma"] = { c in
      let x = try c.value(of: floats)
      let t = c.type(x)
      c.add(try c.b.fma(x, try c.value(t), try c.value(t)))
    }
    return d
  }()

  typealias Unary = @Sendable (inout FunctionBuilder, Value) throws -> Value
  typealias Binary = @Sendable (inout FunctionBuilder, Value, Value) throws -> Value

  static func unary(_ dtypes: [DType], _ f: @escaping Unary) -> OpGenerator {
    { c in
      let x = try c.value(of: dtypes)
      c.add(try f(&c.b, x))
    }
  }

  static func binary(_ dtypes: [DType], _ f: @escaping Binary) -> OpGenerator {
    { c in
      let x = try c.value(of: dtypes)
      c.add(try f(&c.b, x, try c.value(c.type(x))))
    }
  }

  static let unaryFloat: [(String, Unary)] = [
    ("exp", { b, x in try b.exp(x) }), ("log", { b, x in try b.log(x) }), ("log1p", { b, x in try b.log1p(x) }),
    ("expm1", { b, x in try b.expm1(x) }), ("sqrt", { b, x in try b.sqrt(x) }), ("rsqrt", { b, x in try b.rsqrt(x) }),
    ("sin", { b, x in try b.sin(x) }), ("cos", { b, x in try b.cos(x) }), ("tan", { b, x in try b.tan(x) }),
    ("tanh", { b, x in try b.tanh(x) }), ("logistic", { b, x in try b.logistic(x) }), ("erf", { b, x in try b.erf(x) }),
    ("floor", { b, x in try b.floor(x) }), ("ceil", { b, x in try b.ceil(x) }),
    ("is_finite", { b, x in try b.isFinite(x) }),
  ]
  static let unaryNumber: [(String, Unary)] = [
    ("neg", { b, x in try b.neg(x) }), ("abs", { b, x in try b.abs(x) }), ("sign", { b, x in try b.sign(x) }),
  ]
  static let binaryNumber: [(String, Binary)] = [
    ("add", { b, x, y in try b.add(x, y) }), ("sub", { b, x, y in try b.sub(x, y) }),
    ("mul", { b, x, y in try b.mul(x, y) }), ("div", { b, x, y in try b.div(x, y) }),
    ("rem", { b, x, y in try b.rem(x, y) }), ("max", { b, x, y in try b.max(x, y) }),
    ("min", { b, x, y in try b.min(x, y) }),
  ]
  static let binaryFloat: [(String, Binary)] = [
    ("pow", { b, x, y in try b.pow(x, y) }), ("atan2", { b, x, y in try b.atan2(x, y) }),
  ]
  static let logic: [(String, Binary)] = [
    ("and", { b, x, y in try b.and(x, y) }), ("or", { b, x, y in try b.or(x, y) }), ("xor", { b, x, y in try b.xor(x, y) }),
  ]
}
