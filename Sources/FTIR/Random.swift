/// Random numbers as IR-level library functions: each builds ordinary FTIR
/// ops (integer add, xor, shifts, `bitcast_convert`, `erf_inv`, `fma`, iota,
/// slices) through the typed builder, reproducing `jax.random`'s default
/// threefry2x32 implementation in JAX 0.10.2 (`jax_threefry_partitionable`
/// on). A key is an `i32[2]` tensor holding the key's two u32 words. As the
/// result is plain IR, `vmap` over a batch of keys and derivatives (zero:
/// every path goes through integer ops or `bitcast_convert`) come from the
/// ops' own rules. (IR/README.md, "Random numbers".)
///
///     let k = try b.randomKey(seed)                       // jax.random.key_data(jax.random.key(seed))
///     let u = try b.randomUniform(k, shape: [5], dtype: .f32)   // jax.random.uniform(k, (5,))
///
/// u32 arithmetic is i32 arithmetic: add wraps, and the shifts read bits
/// (a logical right shift for u32 `>>`).

extension FunctionBuilder {
  // MARK: threefry2x32

  /// The Threefry-2x32 hash (20 rounds, Salmon et al. 2011, as
  /// `jax._src.random.threefry2x32`) of the count pairs (`x0`, `x1`) under the
  /// key words `k0`, `k1` (i32 scalars); the counts are i32 of one shape.
  public mutating func threefry2x32(_ k0: Value, _ k1: Value, _ x0: Value, _ x1: Value) throws(BuildError) -> (Value, Value) {
    let shape = type(x0).shape
    func splat(_ k: Value, _ b: inout FunctionBuilder) throws(BuildError) -> Value {
      try b.broadcastInDim(k, shape: shape, dims: [])
    }
    let parity = try constant(.int(0x1BD1_1BDA), TensorType(.i32, []))
    let ks = [try splat(k0, &self), try splat(k1, &self), try splat(xor(xor(k0, k1), parity), &self)]
    let rotations = [[13, 15, 26, 6], [17, 29, 16, 24]]
    var x = [try add(x0, ks[0]), try add(x1, ks[1])]
    for step in 0..<5 {
      for r in rotations[step % 2] {
        x[0] = try add(x[0], x[1])
        x[1] = try xor(x[0], rotateLeft(x[1], r))
      }
      x[0] = try add(x[0], ks[(step + 1) % 3])
      x[1] = try add(add(x[1], ks[(step + 2) % 3]), full(Double(step + 1), like: x[1]))
    }
    return (x[0], x[1])
  }

  /// u32 rotate left by a constant: (x << r) | (x >>> (32 − r)).
  private mutating func rotateLeft(_ x: Value, _ r: Int) throws(BuildError) -> Value {
    try or(shiftLeft(x, full(Double(r), like: x)), shiftRightLogical(x, full(Double(32 - r), like: x)))
  }

  /// The two words of a key (`i32[2]`) as i32 scalars.
  private mutating func keyWords(_ key: Value) throws(BuildError) -> (Value, Value) {
    guard type(key) == TensorType(.i32, [2]) else {
      throw BuildError("a random key is an i32[2] tensor, got \(type(key))", isUserError: true)
    }
    func word(_ i: Int, _ b: inout FunctionBuilder) throws(BuildError) -> Value {
      try b.reshape(b.slice(key, start: [i], limit: [i + 1]), to: [])
    }
    return (try word(0, &self), try word(1, &self))
  }

  /// The pair (0, flat index) for every position of `shape`
  /// (`prng.iota_2x32_shape`; the high word is 0 below 2³² elements).
  private mutating func counts(_ shape: [Int]) throws(BuildError) -> (Value, Value) {
    guard let n = checkedProduct(shape), n <= Int(Int32.max) else {
      throw BuildError("random numbers of shape \(shape): more than 2³¹ − 1 elements", isUserError: true)
    }
    let flat = try reshape(iota(.i32, shape: [n], dim: 0), to: shape)
    return (try zeros(TensorType(.i32, shape)), flat)
  }

  /// Two i32[1] words as a key `i32[2]`.
  private mutating func key(_ a: Value, _ b: Value) throws(BuildError) -> Value {
    try concatenate([reshape(a, to: [1]), reshape(b, to: [1])], dim: 0)
  }

  // MARK: Keys

  /// `jax.random.key_data(jax.random.key(seed))` for an `i32[]` or `i64[]`
  /// seed: (seed >>> 32, seed & 0xFFFFFFFF) as u32 words, so an i32 seed gives
  /// (0, its bits) and an i64 seed its high and low words.
  public mutating func randomKey(_ seed: Value) throws(BuildError) -> Value {
    let t = type(seed)
    guard t.shape.isEmpty, t.dtype.isInt else {
      throw BuildError("a random seed is an i32[] or i64[] scalar, got \(t)", isUserError: true)
    }
    let high = try convert(shiftRightLogical(seed, full(32, like: seed)), to: .i32)
    let low = try convert(seed, to: .i32)  // i64 → i32 keeps the low word
    return try key(high, low)
  }

  /// `jax.random.split(key, count)`: `i32[count, 2]`, key i the hash of the
  /// counts (0, i).
  public mutating func randomSplit(_ key: Value, count: Int) throws(BuildError) -> Value {
    guard count >= 0 else { throw BuildError("split needs a count ≥ 0, got \(count)", isUserError: true) }
    let (k0, k1) = try keyWords(key)
    let (hi, lo) = try counts([count])
    let (y0, y1) = try threefry2x32(k0, k1, hi, lo)
    return try concatenate([reshape(y0, to: [count, 1]), reshape(y1, to: [count, 1])], dim: 1)
  }

  /// `jax.random.fold_in(key, data)`: the hash of the counts (0, data) with
  /// `data` an `i32[]` or `i64[]` scalar taken modulo 2³² (as JAX's uint32).
  public mutating func randomFoldIn(_ key: Value, _ data: Value) throws(BuildError) -> Value {
    let t = type(data)
    guard t.shape.isEmpty, t.dtype.isInt else {
      throw BuildError("fold_in data is an i32[] or i64[] scalar, got \(t)", isUserError: true)
    }
    let (k0, k1) = try keyWords(key)
    let (y0, y1) = try threefry2x32(k0, k1, zeros(TensorType(.i32, [])), convert(data, to: .i32))
    return try self.key(y0, y1)
  }

  // MARK: Bits and distributions

  /// `jax.random.bits(key, shape, dtype=uint32)` (`.i32`) or `uint64` (`.i64`,
  /// JAX with x64 on), the unsigned bits held in a signed type.
  public mutating func randomBits(_ key: Value, shape: [Int], dtype: DType = .i32) throws(BuildError) -> Value {
    guard dtype.isInt else { throw BuildError("random bits are i32 or i64, got \(dtype)", isUserError: true) }
    let (k0, k1) = try keyWords(key)
    let (hi, lo) = try counts(shape)
    let (y0, y1) = try threefry2x32(k0, k1, hi, lo)
    if dtype == .i32 { return try xor(y0, y1) }
    func wide(_ y: Value, _ b: inout FunctionBuilder) throws(BuildError) -> Value {
      let w = try b.convert(y, to: .i64)  // sign-extends: keep the low word
      return try b.and(w, b.constant(.int(0xFFFF_FFFF), b.type(w)))
    }
    let high = try shiftLeft(wide(y0, &self), constant(.int(32), TensorType(.i64, shape)))
    return try or(high, wide(y1, &self))
  }

  /// `jax.random.uniform(key, shape, dtype, minval, maxval)`: the mantissa
  /// bits of `bits` under the exponent of 1.0, minus 1, scaled as
  /// `max(minval, fma(u, maxval − minval, minval))` (XLA contracts JAX's
  /// `u * (maxval - minval) + minval` into one fused multiply-add).
  /// f64 needs i64 bits (JAX with x64 on).
  public mutating func randomUniform(_ key: Value, shape: [Int], dtype: DType,
                                     minval: Double = 0, maxval: Double = 1) throws(BuildError) -> Value {
    guard dtype.isFloat else { throw BuildError("uniform samples f32 or f64, got \(dtype)", isUserError: true) }
    let bitsType: DType = dtype == .f32 ? .i32 : .i64
    let (mantissaShift, one): (Int64, Int64) = dtype == .f32 ? (32 - 23, 0x3F80_0000) : (64 - 52, 0x3FF0_0000_0000_0000)
    let t = TensorType(bitsType, shape)
    let bits = try randomBits(key, shape: shape, dtype: bitsType)
    let mantissa = try or(shiftRightLogical(bits, constant(.int(mantissaShift), t)), constant(.int(one), t))
    let ft = TensorType(dtype, shape)
    let u = try sub(bitcastConvert(mantissa, to: dtype), constant(.float(1), ft))
    let lo = try constant(.float(minval), ft), hi = try constant(.float(maxval), ft)
    return try max(lo, fma(u, sub(hi, lo), lo))
  }

  /// `jax.random.normal(key, shape, dtype)`: √2 · erf_inv(u) with u uniform
  /// in [nextafter(−1, 0), 1).
  public mutating func randomNormal(_ key: Value, shape: [Int], dtype: DType) throws(BuildError) -> Value {
    let lo = dtype == .f32 ? Double((-1 as Float).nextUp) : (-1.0).nextUp
    let u = try randomUniform(key, shape: shape, dtype: dtype, minval: lo, maxval: 1)
    return try mul(constant(.float(2.0.squareRoot()), TensorType(dtype, shape)), erfInv(u))
  }

  /// `jax.random.bernoulli(key, p, shape)` (mode "low"): uniform < p, with
  /// `p` a float scalar or of the result's shape (its dtype is the uniform's).
  public mutating func randomBernoulli(_ key: Value, p: Value, shape: [Int]) throws(BuildError) -> Value {
    let pt = type(p)
    guard pt.dtype.isFloat, pt.shape.isEmpty || pt.shape == shape else {
      throw BuildError("bernoulli's p is a float scalar or a float tensor of shape \(shape), got \(pt)", isUserError: true)
    }
    let u = try randomUniform(key, shape: shape, dtype: pt.dtype)
    let pb = pt.shape == shape ? p : try broadcastInDim(p, shape: shape, dims: [])
    return try lt(u, pb)
  }
}
