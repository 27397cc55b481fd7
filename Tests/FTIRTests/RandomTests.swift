import Foundation
import Testing
import Pipeline
@testable import FTIR

/// The random-number library (FTIR's Random.swift) against jax.random's
/// committed outputs (IR/examples/reference/random, made by
/// make_reference.py there with JAX 0.10.2): bit for bit in the interpreter
/// and compiled, for keys, split, fold_in, bits, uniform and bernoulli;
/// normal within 4 ulp. Plus vmap over a batch of keys, zero derivatives,
/// and the bit ops (shifts, bitcast_convert, erf_inv, fma) by hand.
@Suite struct RandomTests {
  static let dir = "IR/examples/reference/random/"

  static func reference(_ name: String) throws -> HostTensor {
    let path = Repo.path(dir + name + ".npy")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try readNPY(bytes: Array(data))
  }

  /// A module of one function `@f` built by `body` over parameters `params`,
  /// printed and loaded as text (so the printer and parser see the library's IR).
  static func module(_ params: [TensorType], _ body: (inout FunctionBuilder, [Value]) throws(BuildError) -> Value,
                     extra: String = "") throws -> Module {
    var b = FunctionBuilder(name: "f")
    let ps = params.map { b.addParam($0) }
    b.ret([try body(&b, ps)])
    let text = printFunction(b.function) + extra
    return try load(text).flatMap(Pipeline.expand).get()
  }

  /// Runs `@name` interpreted and compiled; both must equal `expected`
  /// bit for bit (`ulps` > 0: floats within that many ulps of it).
  static func check(_ m: Module, fn name: String = "f", _ args: [HostTensor], _ expected: HostTensor,
                    ulps: Int = 0) throws -> [String] {
    let interpreted = try Interpreter(module: m).run(name, args)[0]
    let compiled = try Pipeline.jit(m).run(name, args)[0]
    var problems: [String] = []
    for (how, got) in [("interpreter", interpreted), ("compiled", compiled)] {
      if let why = differs(got, expected, ulps: ulps) { problems.append("\(how): \(why)") }
    }
    return problems
  }

  static func differs(_ got: HostTensor, _ want: HostTensor, ulps: Int) -> String? {
    guard got.type == want.type else { return "type \(got.type), expected \(want.type)" }
    guard ulps > 0 else { return sameBits(got, want).map { "element \($0) differs: \(describeElement(got, $0)) vs \(describeElement(want, $0))" } }
    let (a, b) = (got.doubles, want.doubles)
    for i in a.indices where a[i] != b[i] {
      let u = ulpOf(b[i], want.dtype)
      if !(Swift.abs(a[i] - b[i]) <= Double(ulps) * u) { return "element \(i): \(a[i]) vs \(b[i]) (more than \(ulps) ulp)" }
    }
    return nil
  }

  static func i32(_ v: Int32) -> HostTensor { HostTensor([v], shape: []) }
  static func key(_ a: Int32, _ b: Int32) -> HostTensor { HostTensor([a, b], shape: [2]) }
  static let keyType = TensorType(.i32, [2])
  static let k42 = key(0, 42)

  // MARK: Keys, split, fold_in, bits

  @Test(arguments: [0, 1, 42, -1, Int(Int32.max), Int(Int32.min)])
  func keyFromI32Seed(_ seed: Int) throws {
    let m = try Self.module([TensorType(.i32, [])]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in try b.randomKey(p[0]) }
    let name = "key_i32_\(seed)".replacingOccurrences(of: "-", with: "m")
    #expect(try Self.check(m, [Self.i32(Int32(seed))], Self.reference(name)) == [])
  }

  @Test(arguments: [0, (1 << 40) + 5, -1, Int(Int64.min)])
  func keyFromI64Seed(_ seed: Int) throws {
    let m = try Self.module([TensorType(.i64, [])]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in try b.randomKey(p[0]) }
    let name = "key_i64_\(seed)".replacingOccurrences(of: "-", with: "m")
    #expect(try Self.check(m, [HostTensor([Int64(seed)], shape: [])], Self.reference(name)) == [])
  }

  @Test(arguments: [(42, 3), (7, 5), (0, 1)])
  func split(_ seed: Int32, _ count: Int) throws {
    let m = try Self.module([Self.keyType]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in try b.randomSplit(p[0], count: count) }
    #expect(try Self.check(m, [Self.key(0, seed)], Self.reference("split_\(seed)_\(count)")) == [])
  }

  @Test(arguments: [Int32(0), 7, -3, Int32.max])
  func foldIn(_ data: Int32) throws {
    let m = try Self.module([Self.keyType, TensorType(.i32, [])]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomFoldIn(p[0], p[1])
    }
    let name = "foldin_42_\(data)".replacingOccurrences(of: "-", with: "m")
    #expect(try Self.check(m, [Self.k42, Self.i32(data)], Self.reference(name)) == [])
  }

  @Test(arguments: [("bits_42_5", 42, [5]), ("bits_42_3x7", 42, [3, 7]), ("bits_42_scalar", 42, []), ("bits_7_2x3x4", 7, [2, 3, 4])])
  func bits32(_ name: String, _ seed: Int32, _ shape: [Int]) throws {
    let m = try Self.module([Self.keyType]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in try b.randomBits(p[0], shape: shape) }
    #expect(try Self.check(m, [Self.key(0, seed)], Self.reference(name)) == [])
  }

  @Test func bits64() throws {
    let m = try Self.module([Self.keyType]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomBits(p[0], shape: [5], dtype: .i64)
    }
    #expect(try Self.check(m, [Self.k42], Self.reference("bits64_42_5")) == [])
  }

  // MARK: Distributions

  struct UniformCase: Sendable, CustomTestStringConvertible {
    var name: String, seed: Int32, shape: [Int], dtype: DType, lo: Double = 0, hi: Double = 1
    var testDescription: String { name }
  }

  @Test(arguments: [
    UniformCase(name: "uniform_f32_42_3x7", seed: 42, shape: [3, 7], dtype: .f32),
    UniformCase(name: "uniform_f32_1_11", seed: 1, shape: [11], dtype: .f32),
    UniformCase(name: "uniform_f32_42_13_m2.5_3.25", seed: 42, shape: [13], dtype: .f32, lo: -2.5, hi: 3.25),
    UniformCase(name: "uniform_f32_7_9_0.3_2.7", seed: 7, shape: [9], dtype: .f32, lo: 0.3, hi: 2.7),
    UniformCase(name: "uniform_f64_42_3x7", seed: 42, shape: [3, 7], dtype: .f64),
    UniformCase(name: "uniform_f64_1_9_m1_5", seed: 1, shape: [9], dtype: .f64, lo: -1, hi: 5),
  ])
  func uniform(_ c: UniformCase) throws {
    let m = try Self.module([Self.keyType]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomUniform(p[0], shape: c.shape, dtype: c.dtype, minval: c.lo, maxval: c.hi)
    }
    #expect(try Self.check(m, [Self.key(0, c.seed)], Self.reference(c.name)) == [])
  }

  /// f32 (JAX's default, x64 off) within 4 ulp; f64 (x64 on) within 32:
  /// JAX's own f64 erf_inv is up to 18 ulp off the exact value near
  /// |u| = 0.64 (checked against scipy.special.erfinv), where ftc's is within 1.
  @Test(arguments: [("normal_f32_42_1000", Int32(42), [1000], DType.f32, 4), ("normal_f32_3_7x5", 3, [7, 5], .f32, 4),
                    ("normal_f64_42_500", 42, [500], .f64, 32)])
  func normalWithinUlps(_ name: String, _ seed: Int32, _ shape: [Int], _ dtype: DType, _ ulps: Int) throws {
    let m = try Self.module([Self.keyType]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomNormal(p[0], shape: shape, dtype: dtype)
    }
    let problems = try Self.check(m, [Self.key(0, seed)], Self.reference(name), ulps: ulps)
    #expect(problems == [], "\(problems)")
  }

  @Test func bernoulli() throws {
    let scalarP = try Self.module([Self.keyType, TensorType(.f32, [])]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomBernoulli(p[0], p: p[1], shape: [4, 9])
    }
    #expect(try Self.check(scalarP, [Self.k42, HostTensor([Float(0.3)], shape: [])], Self.reference("bernoulli_42_0.3_4x9")) == [])
    let tensorP = try Self.module([Self.keyType, TensorType(.f32, [3, 5])]) { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomBernoulli(p[0], p: p[1], shape: [3, 5])
    }
    #expect(try Self.check(tensorP, [Self.key(0, 7), Self.reference("bernoulli_p")], Self.reference("bernoulli_7_p_3x5")) == [])
  }

  // MARK: vmap over keys, derivatives

  @Test func vmapOverABatchOfKeys() throws {
    let keys = try Self.reference("vmap_keys")
    let uniform = try Self.module([Self.keyType], { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomUniform(p[0], shape: [6], dtype: .f32)
    }, extra: "func @v = vmap(@f, size=4)\n")
    #expect(try Self.check(uniform, fn: "v", [keys], Self.reference("vmap_uniform_4x6")) == [])
    let normal = try Self.module([Self.keyType], { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomNormal(p[0], shape: [6], dtype: .f32)
    }, extra: "func @v = vmap(@f, size=4)\n")
    #expect(try Self.check(normal, fn: "v", [keys], Self.reference("vmap_normal_4x6"), ulps: 4) == [])
    let split = try Self.module([Self.keyType], { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      try b.randomSplit(p[0], count: 2)
    }, extra: "func @v = vmap(@f, size=4)\n")
    #expect(try Self.check(split, fn: "v", [keys], Self.reference("vmap_split_4x2")) == [])
  }

  /// d/dp of the number of successes, and d/dx of x's bits read back: zero.
  @Test func derivativesAreZero() throws {
    let m = try Self.module([TensorType(.f32, []), Self.keyType], { (b: inout FunctionBuilder, p: [Value]) throws(BuildError) in
      let hits = try b.convert(b.randomBernoulli(p[1], p: p[0], shape: [10]), to: .f32)
      return try b.reduceSum(hits, dims: [0])
    }, extra: "func @g = grad(@f)\n")
    let g = try Interpreter(module: m).run("g", [HostTensor([Float(0.5)], shape: []), Self.k42])
    #expect(g[0].doubles == [0])
    let bits = try load("""
      func @f(%x: f64[3]) -> f64[] {
        %i = bitcast_convert %x : i64[3]
        %y = bitcast_convert %i : f64[3]
        %s = reduce_sum %y, dims=[0] : f64[]
        return %s
      }
      func @g = grad(@f)
      """).flatMap(Pipeline.expand).get()
    let gb = try Interpreter(module: bits).run("g", [HostTensor([1.5, -2, 3] as [Double], shape: [3])])
    #expect(gb[0].doubles == [0, 0, 0])
  }

  @Test func aKeyOfTheWrongTypeIsAClearError() {
    var b = FunctionBuilder(name: "f")
    let k = b.addParam(TensorType(.i32, [3]))
    let s = b.addParam(TensorType(.f32, []))
    #expect(throws: BuildError.self) { try b.randomSplit(k, count: 2) }
    do { _ = try b.randomUniform(k, shape: [2], dtype: .f32) } catch {
      #expect(error.message == "a random key is an i32[2] tensor, got i32[3]")
    }
    do { _ = try b.randomKey(s) } catch {
      #expect(error.message == "a random seed is an i32[] or i64[] scalar, got f32[]")
    }
  }

  // MARK: The bit ops by hand

  static func run(_ body: String, _ params: String, _ result: String, _ args: [HostTensor]) throws -> HostTensor {
    let m = try load("func @f(\(params)) -> \(result) {\n  \(body)\n  return %r\n}\n").get()
    return try Interpreter(module: m).run("f", args)[0]
  }

  @Test func shiftsFollowStableHLO() throws {
    let x: [Int32] = [1, -8, Int32.min, 0x1234_5678, -1, 5, -5, 7]
    let n: [Int32] = [3, 1, 31, 4, 32, -1, 40, 0]
    let args = [HostTensor(x, shape: [8]), HostTensor(n, shape: [8])]
    func shift(_ op: String) throws -> [Int32] {
      guard case .i32(let r) = try Self.run("%r = \(op) %x, %n : i32[8]", "%x: i32[8], %n: i32[8]", "i32[8]", args).storage else { return [] }
      return r
    }
    #expect(try shift("shift_left") == [8, -16, 0, 0x2345_6780, 0, 0, 0, 7])
    #expect(try shift("shift_right_logical") == [0, 0x7FFF_FFFC, 1, 0x0123_4567, 0, 0, 0, 7])
    #expect(try shift("shift_right_arithmetic") == [0, -4, -1, 0x0123_4567, -1, 0, -1, 7])
    let wide = try Self.run("%r = shift_right_logical %x, %n : i64[2]", "%x: i64[2], %n: i64[2]", "i64[2]",
                            [HostTensor([-1, Int64.min] as [Int64], shape: [2]), HostTensor([32, 63] as [Int64], shape: [2])])
    #expect(wide.storage == .i64([0xFFFF_FFFF, 1]))
  }

  @Test func bitcastConvertReadsTheBits() throws {
    let f = try Self.run("%r = bitcast_convert %x : f32[3]", "%x: i32[3]", "f32[3]",
                         [HostTensor([0x3F80_0000, Int32(bitPattern: 0xBF00_0000), 0x7F80_0000] as [Int32], shape: [3])])
    #expect(f.storage == .f32([1, -0.5, .infinity]))
    let i = try Self.run("%r = bitcast_convert %x : i64[2]", "%x: f64[2]", "i64[2]", [HostTensor([1.0, -0.0] as [Double], shape: [2])])
    #expect(i.storage == .i64([0x3FF0_0000_0000_0000, Int64.min]))
  }

  @Test func fmaRoundsOnce() throws {
    // (1 + 2⁻²³)(1 − 2⁻²³) − 1 = −2⁻⁴⁶ exactly; mul then add gives 0.
    let a = Float(1).nextUp
    let r = try Self.run("%r = fma %a, %b, %c : f32[1]", "%a: f32[1], %b: f32[1], %c: f32[1]", "f32[1]",
                         [HostTensor([a], shape: [1]), HostTensor([Float(1) - 0x1p-23], shape: [1]), HostTensor([Float(-1)], shape: [1])])
    #expect(r.storage == .f32([-0x1p-46]))
  }

  /// erf_inv against jax.lax.erf_inv on a grid: f32 within 2 ulp (JAX's CPU
  /// code fuses the Horner steps into FMAs, ftc does not), f64 within 32 ulp
  /// (JAX's f64 value is up to 18 ulp off near |x| = 0.64; 2 ulp elsewhere); ±1 → ±inf.
  @Test(arguments: [("f32", DType.f32, 2), ("f64", .f64, 32)])
  func erfInvMatchesJAX(_ tag: String, _ dtype: DType, _ ulps: Int) throws {
    let x = try Self.reference("erfinv_\(tag)_x"), want = try Self.reference("erfinv_\(tag)_y")
    let t = "\(dtype)[\(x.type.shape[0])]"
    let m = try load("func @f(%x: \(t)) -> \(t) {\n  %r = erf_inv %x : \(t)\n  return %r\n}\n").get()
    let problems = try Self.check(m, [x], want, ulps: ulps)
    #expect(problems == [])
    #expect(Array(try Interpreter(module: m).run("f", [x])[0].doubles.suffix(2)) == [-.infinity, .infinity])
  }

  /// f32 erf_inv against the f64 one (itself within 1 ulp of the exact
  /// value where JAX's is checked) on a sweep of (-1, 1): within 4 ulp for
  /// |x| ≤ 0.99, within 40 ulp beyond (x² rounds in f32 before log1p, as
  /// in XLA's algorithm).
  @Test func erfInvF32Accuracy() throws {
    let xs = (1..<20000).map { Float(-1 + 2 * Double($0) / 20000) }
    let n = xs.count
    let m = try load("""
      func @f(%x: f32[\(n)]) -> f32[\(n)] {
        %r = erf_inv %x : f32[\(n)]
        return %r
      }
      func @g(%x: f64[\(n)]) -> f64[\(n)] {
        %r = erf_inv %x : f64[\(n)]
        return %r
      }
      """).get()
    let interp = Interpreter(module: m)
    let got = try interp.run("f", [HostTensor(xs, shape: [n])])[0].doubles
    let exact = try interp.run("g", [HostTensor(xs.map(Double.init), shape: [n])])[0].doubles
    var worstInner = 0.0, worst = 0.0
    for i in 0..<n {
      let ulps = Swift.abs(got[i] - exact[i]) / Double(Float(exact[i]).ulp)
      worst = Swift.max(worst, ulps)
      if Swift.abs(xs[i]) <= 0.99 { worstInner = Swift.max(worstInner, ulps) }
    }
    #expect(worstInner <= 4, "\(worstInner) ulp")
    #expect(worst <= 40, "\(worst) ulp")
  }

  @Test func diagnosticsPointAtTheCulprit() {
    func one(_ line: String, _ params: String) -> [String] {
      diagnostics("func @f(\(params)) -> f32[] {\n\(line)\n  %z = constant 0.0 : f32[]\n  return %z\n}\n")
    }
    #expect(one("  %r = shift_left %x, %x : f32[2]", "%x: f32[2]")
            == ["2:19: 'shift_left' needs an integer type (i32, i64), got f32[2]"])
    #expect(one("  %r = shift_right_logical %x, %n : i32[2]", "%x: i32[2], %n: i64[2]")
            == ["2:32: 'shift_right_logical' needs operands of identical type, got i32[2] and i64[2]"])
    #expect(one("  %r = bitcast_convert %x : f64[2]", "%x: i32[2]")
            == ["2:29: 'bitcast_convert' converts between i32 and f32 or between i64 and f64, got i32[2] to f64[2]"])
    #expect(one("  %r = bitcast_convert %x : i32[2]", "%x: i1[2]")
            == ["2:29: 'bitcast_convert' converts between i32 and f32 or between i64 and f64, got i1[2] to i32[2]"])
    #expect(one("  %r = bitcast_convert %x : f32[3]", "%x: i32[2]")
            == ["2:29: 'bitcast_convert' keeps the shape: expected f32[2], got f32[3]"])
    #expect(one("  %r = erf_inv %x : i32[2]", "%x: i32[2]")
            == ["2:16: 'erf_inv' needs a float type (f32, f64), got i32[2]"])
    #expect(one("  %r = fma %x, %x, %y : f32[2]", "%x: f32[2], %y: f64[2]")
            == ["2:20: 'fma' needs operands of identical type, got f32[2] and f64[2]"])
  }
}
