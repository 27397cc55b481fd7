/// Random numbers, as `jax.random` with its default threefry2x32 keys
/// (bit-identical for keys, split, fold_in, bits, uniform and bernoulli;
/// normal within 4 ulp). A key is an `i32[2]` tensor; the functions are the
/// IR-level library of FTIR's `Random.swift`, so they trace into ordinary
/// ops: `vmap` over a batch of keys works and derivatives are zero.
///
///     let k = Random.key(0)                        // jax.random.PRNGKey(0)
///     let ks = Random.split(k, 3)                  // i32[3,2]
///     let u = Random.uniform(ks[0], shape: [5])    // f32[5]

import FTIR

public enum Random {
  /// The key of an integer seed (`jax.random.PRNGKey(seed)`): an i32 seed
  /// when it fits (JAX's default, x64 off), an i64 seed otherwise.
  public static func key(_ seed: Int, file: String = #fileID, line: Int = #line) -> Tensor {
    let array = Int32(exactly: seed).map { try! NDArray([$0], shape: []) } ?? (try! NDArray([Int64(seed)], shape: []))
    return key(Tensor(array), file: file, line: line)
  }

  /// The key of an `i32[]` or `i64[]` seed tensor.
  public static func key(_ seed: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
    seed.emit("Random.key", [seed], at: CallSite(file, line), expected: keyType) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomKey(v[0])
    }
  }

  /// `count` new keys, `i32[count, 2]` (`jax.random.split`).
  public static func split(_ key: Tensor, _ count: Int = 2, file: String = #fileID, line: Int = #line) -> Tensor {
    key.emit("Random.split", [key], at: CallSite(file, line), expected: TensorType(.i32, [Swift.max(count, 0), 2])) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomSplit(v[0], count: count)
    }
  }

  /// The key folded with an integer scalar (`jax.random.fold_in`).
  public static func foldIn(_ key: Tensor, _ data: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
    key.emit("Random.foldIn", [key, data], at: CallSite(file, line), expected: keyType) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomFoldIn(v[0], v[1])
    }
  }

  public static func foldIn(_ key: Tensor, _ data: Int, file: String = #fileID, line: Int = #line) -> Tensor {
    foldIn(key, Tensor(try! NDArray([Int32(truncatingIfNeeded: data)], shape: [])), file: file, line: line)
  }

  /// Raw bits (`jax.random.bits`): u32 held in i32, or u64 in i64.
  public static func bits(_ key: Tensor, shape: [Int], dtype: DType = .i32, file: String = #fileID, line: Int = #line) -> Tensor {
    key.emit("Random.bits", [key], at: CallSite(file, line), expected: TensorType(dtype, shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomBits(v[0], shape: shape, dtype: dtype)
    }
  }

  /// Uniform in [minval, maxval) (`jax.random.uniform`).
  public static func uniform(_ key: Tensor, shape: [Int], dtype: DType = .f32, minval: Double = 0, maxval: Double = 1,
                             file: String = #fileID, line: Int = #line) -> Tensor {
    key.emit("Random.uniform", [key], at: CallSite(file, line), expected: TensorType(dtype, shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomUniform(v[0], shape: shape, dtype: dtype, minval: minval, maxval: maxval)
    }
  }

  /// Standard normal (`jax.random.normal`).
  public static func normal(_ key: Tensor, shape: [Int], dtype: DType = .f32, file: String = #fileID, line: Int = #line) -> Tensor {
    key.emit("Random.normal", [key], at: CallSite(file, line), expected: TensorType(dtype, shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomNormal(v[0], shape: shape, dtype: dtype)
    }
  }

  /// True with probability `p` (`jax.random.bernoulli`); `p` a float scalar or of `shape`.
  public static func bernoulli(_ key: Tensor, p: Tensor, shape: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
    key.emit("Random.bernoulli", [key, p], at: CallSite(file, line), expected: TensorType(.i1, shape)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.randomBernoulli(v[0], p: v[1], shape: shape)
    }
  }

  public static func bernoulli(_ key: Tensor, p: Double, shape: [Int], file: String = #fileID, line: Int = #line) -> Tensor {
    bernoulli(key, p: Tensor(Float(p)), shape: shape, file: file, line: line)
  }

  static let keyType = TensorType(.i32, [2])
}
