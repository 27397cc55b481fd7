/// What an op generator sees while one random function is built: the typed
/// builder, the seeded generator, and the pool of values defined so far
/// (operands are picked from it; a missing type becomes a new parameter, or
/// a random constant inside a region, which has no parameters to add).
///
///     var c = GenContext(name: "f", rng: FuzzRNG(seed: 7), canAddParams: true)
///     let x = try c.value(of: [.f32, .f64])        // a pool value or a new %p0: f32[2,0]
///     c.add(try c.b.exp(x))                          // %0 = exp %p0 : f32[2,0]
import FTIR

public struct GenContext {
  public var b: FunctionBuilder
  public var rng: FuzzRNG
  /// Values defined so far (parameters and results), any type.
  public var pool: [Value] = []
  /// False inside regions (closed bodies keep the parameters they were given).
  public let canAddParams: Bool
  /// Private functions earlier in the module that `call` may use.
  public var callees: [(name: String, signature: Signature)] = []
  /// How deep regions may still nest (cond inside cond).
  public var regionDepth: Int

  public init(name: String, rng: FuzzRNG, canAddParams: Bool, isPrivate: Bool = false, regionDepth: Int = 2) {
    b = FunctionBuilder(name: name, isPrivate: isPrivate)
    self.rng = rng
    self.canAddParams = canAddParams
    self.regionDepth = regionDepth
  }

  public func type(_ v: Value) -> TensorType { b.type(v) }

  public mutating func add(_ v: Value) { pool.append(v) }

  // MARK: Random choices

  public mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
  public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
  public mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
  public mutating func shuffled<T>(_ xs: [T]) -> [T] { xs.shuffled(using: &rng) }

  /// A dimension size: 0 and 1 often, up to 5.
  public mutating func dim() -> Int { pick([0, 1, 1, 2, 2, 3, 3, 4, 5]) }

  /// A shape of rank 0...3 (0-size dims rarer than others).
  public mutating func shape(rank: Int? = nil) -> [Int] {
    let r = rank ?? pick([0, 1, 1, 2, 2, 3])
    return (0..<r).map { _ in chance(0.1) ? 0 : Swift.max(1, dim()) }
  }

  /// A random subset of `0..<n`, in increasing order.
  public mutating func subset(_ n: Int) -> [Int] { (0..<n).filter { _ in chance(0.5) } }

  // MARK: Operands

  /// A value of one of `dtypes` (and of `shape`, if given): from the pool
  /// when one fits (most of the time), else a new parameter or constant.
  public mutating func value(of dtypes: [DType], shape: [Int]? = nil, minRank: Int = 0) throws -> Value {
    let fits = pool.filter { v in
      let t = type(v)
      return dtypes.contains(t.dtype) && (shape == nil || t.shape == shape!) && t.rank >= minRank
    }
    if !fits.isEmpty && chance(0.85) { return pick(fits) }
    var s = shape ?? self.shape()
    while s.count < minRank { s.append(Swift.max(1, dim())) }
    return try fresh(TensorType(pick(dtypes), s))
  }

  /// A value of exactly type `t`.
  public mutating func value(_ t: TensorType) throws -> Value { try value(of: [t.dtype], shape: t.shape) }

  /// A new parameter of type `t` (or a random constant where none can be added).
  public mutating func fresh(_ t: TensorType) throws -> Value {
    let v = canAddParams && chance(0.8) ? b.addParam(t) : try b.constant(randomLiteral(t))
    add(v)
    return v
  }

  /// A scalar integer (a dynamic index: sometimes out of range or negative).
  public mutating func indexScalar() throws -> Value {
    let t = TensorType(pick([.i32, .i64]), [])
    return chance(0.5) ? try value(t) : try b.constant(randomLiteral(t))
  }

  // MARK: Literals

  /// A literal of type `t` (special values included: NaN, infinities, -0,
  /// subnormals, extreme integers).
  public mutating func randomLiteral(_ t: TensorType) -> HostTensor {
    let n = t.elementCount
    switch t.dtype {
    case .f32: return HostTensor((0..<n).map { _ in Float(randomDouble()) }, shape: t.shape)
    case .f64: return HostTensor((0..<n).map { _ in randomDouble() }, shape: t.shape)
    case .i32: return HostTensor((0..<n).map { _ in Int32(truncatingIfNeeded: randomInt()) }, shape: t.shape)
    case .i64: return HostTensor((0..<n).map { _ in randomInt() }, shape: t.shape)
    case .i1: return HostTensor((0..<n).map { _ in chance(0.5) }, shape: t.shape)
    }
  }

  public mutating func randomDouble() -> Double {
    switch int(0...19) {
    case 0: return .nan
    case 1: return pick([Double.infinity, -.infinity])
    case 2: return pick([0.0, -0.0])
    case 3: return pick([1.0, -1.0, 0.5, 2.0])
    case 4: return pick([1e-310, -4.9e-324, 1e300, -3.4e38, 1.2e-38])
    default: return (Double.random(in: -4...4, using: &rng) * 64).rounded() / 64
    }
  }

  public mutating func randomInt() -> Int64 {
    switch int(0...15) {
    case 0: return pick([Int64.min, Int64.max, Int64(Int32.min), Int64(Int32.max)])
    case 1: return 0
    default: return Int64(int(-9...9))
    }
  }
}

/// SplitMix64: every run is repeatable from its seed.
public struct FuzzRNG: RandomNumberGenerator, Sendable {
  public var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
