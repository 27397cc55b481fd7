/// Typed functions for building every operation, named as in jax.lax / MLX:
/// `b.mul(x, y)`, `b.broadcastInDim(x, shape: [2, 3], dims: [1])`,
/// `b.reduceSum(x, dims: [0])`. Each runs the op's type rule (through
/// `emit`), so a mistake is a `BuildError` naming the op when it is made.
/// Rules, passes and front ends build IR through these, never by op name.
///
///     let y = try b.mul(x, b.cos(x))      ==>   %0 = cos %x : f32[3]
///                                               %1 = mul %x, %0 : f32[3]

/// The direction of a comparison (`eq`, `lt`, ...): the op of that name.
public enum Comparison: String, Sendable, CaseIterable {
  case eq, ne, lt, le, gt, ge
}

extension FunctionBuilder {
  /// The op named `name` (every name used below is a registered op; the
  /// typed-builder test builds each one).
  private mutating func build(_ name: String, _ operands: [Value], _ attrs: [String: Attr] = [:],
                              type: TensorType? = nil) throws(BuildError) -> Value {
    try op(name, operands, attrs: attrs, type: type)
  }

  private func ints(_ xs: [Int]) -> Attr { .list(xs.map { .int($0) }) }

  // MARK: Literals

  /// `value` splatted to `t` (exists already as `constant(_:_:)`); a dense literal here.
  public mutating func constant(_ literal: HostTensor) throws(BuildError) -> Value {
    try build("constant", [], ["value": .tensor(literal)], type: literal.type)
  }

  /// A splat of `value` with `like`'s type.
  public mutating func full(_ value: Double, like: Value) throws(BuildError) -> Value {
    let t = type(like)
    return try constant(t.dtype.isFloat ? .float(value) : t.dtype.isBool ? .bool(value != 0) : .int(Int64(value)), t)
  }

  public mutating func zeros(_ t: TensorType) throws(BuildError) -> Value {
    try constant(t.dtype.isFloat ? .float(0) : t.dtype.isBool ? .bool(false) : .int(0), t)
  }

  /// `jax.lax.broadcasted_iota`: each element is its index along `dim`.
  public mutating func iota(_ dtype: DType, shape: [Int], dim: Int) throws(BuildError) -> Value {
    try build("iota", [], ["dim": .int(dim)], type: TensorType(dtype, shape))
  }

  // MARK: Unary elementwise

  public mutating func exp(_ x: Value) throws(BuildError) -> Value { try build("exp", [x]) }
  public mutating func log(_ x: Value) throws(BuildError) -> Value { try build("log", [x]) }
  public mutating func log1p(_ x: Value) throws(BuildError) -> Value { try build("log1p", [x]) }
  public mutating func expm1(_ x: Value) throws(BuildError) -> Value { try build("expm1", [x]) }
  public mutating func sqrt(_ x: Value) throws(BuildError) -> Value { try build("sqrt", [x]) }
  public mutating func rsqrt(_ x: Value) throws(BuildError) -> Value { try build("rsqrt", [x]) }
  public mutating func sin(_ x: Value) throws(BuildError) -> Value { try build("sin", [x]) }
  public mutating func cos(_ x: Value) throws(BuildError) -> Value { try build("cos", [x]) }
  public mutating func tan(_ x: Value) throws(BuildError) -> Value { try build("tan", [x]) }
  public mutating func tanh(_ x: Value) throws(BuildError) -> Value { try build("tanh", [x]) }
  public mutating func logistic(_ x: Value) throws(BuildError) -> Value { try build("logistic", [x]) }
  public mutating func erf(_ x: Value) throws(BuildError) -> Value { try build("erf", [x]) }
  public mutating func floor(_ x: Value) throws(BuildError) -> Value { try build("floor", [x]) }
  public mutating func ceil(_ x: Value) throws(BuildError) -> Value { try build("ceil", [x]) }
  public mutating func neg(_ x: Value) throws(BuildError) -> Value { try build("neg", [x]) }
  public mutating func abs(_ x: Value) throws(BuildError) -> Value { try build("abs", [x]) }
  public mutating func sign(_ x: Value) throws(BuildError) -> Value { try build("sign", [x]) }
  public mutating func isFinite(_ x: Value) throws(BuildError) -> Value { try build("is_finite", [x]) }
  /// Bitwise not of integers, logical not of i1.
  public mutating func not(_ x: Value) throws(BuildError) -> Value { try build("not", [x]) }
  public mutating func integerPow(_ x: Value, _ n: Int) throws(BuildError) -> Value {
    try build("integer_pow", [x], ["n": .int(n)])
  }
  public mutating func stopGradient(_ x: Value) throws(BuildError) -> Value { try build("stop_gradient", [x]) }
  /// `x` converted elementwise to `dtype` (spec section 4's rules).
  public mutating func convert(_ x: Value, to dtype: DType) throws(BuildError) -> Value {
    try build("convert", [x], type: type(x).with(dtype: dtype))
  }

  // MARK: Binary elementwise

  public mutating func add(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("add", [x, y]) }
  public mutating func sub(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("sub", [x, y]) }
  public mutating func mul(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("mul", [x, y]) }
  public mutating func div(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("div", [x, y]) }
  public mutating func rem(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("rem", [x, y]) }
  public mutating func max(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("max", [x, y]) }
  public mutating func min(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("min", [x, y]) }
  public mutating func pow(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("pow", [x, y]) }
  public mutating func atan2(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("atan2", [x, y]) }
  public mutating func and(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("and", [x, y]) }
  public mutating func or(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("or", [x, y]) }
  public mutating func xor(_ x: Value, _ y: Value) throws(BuildError) -> Value { try build("xor", [x, y]) }

  /// An i1 tensor: `x` compared with `y` elementwise.
  public mutating func compare(_ direction: Comparison, _ x: Value, _ y: Value) throws(BuildError) -> Value {
    try build(direction.rawValue, [x, y])
  }
  public mutating func eq(_ x: Value, _ y: Value) throws(BuildError) -> Value { try compare(.eq, x, y) }
  public mutating func ne(_ x: Value, _ y: Value) throws(BuildError) -> Value { try compare(.ne, x, y) }
  public mutating func lt(_ x: Value, _ y: Value) throws(BuildError) -> Value { try compare(.lt, x, y) }
  public mutating func le(_ x: Value, _ y: Value) throws(BuildError) -> Value { try compare(.le, x, y) }
  public mutating func gt(_ x: Value, _ y: Value) throws(BuildError) -> Value { try compare(.gt, x, y) }
  public mutating func ge(_ x: Value, _ y: Value) throws(BuildError) -> Value { try compare(.ge, x, y) }

  /// `onTrue` where `pred`, else `onFalse`.
  public mutating func select(_ pred: Value, _ onTrue: Value, _ onFalse: Value) throws(BuildError) -> Value {
    try build("select", [pred, onTrue, onFalse])
  }
  /// min(max(x, lo), hi).
  public mutating func clamp(_ lo: Value, _ x: Value, _ hi: Value) throws(BuildError) -> Value {
    try build("clamp", [lo, x, hi])
  }

  // MARK: Shape

  /// Operand dim i becomes result dim `dims[i]` of a result of `shape`.
  public mutating func broadcastInDim(_ x: Value, shape: [Int], dims: [Int]) throws(BuildError) -> Value {
    try build("broadcast_in_dim", [x], ["dims": ints(dims)], type: type(x).with(shape: shape))
  }
  public mutating func reshape(_ x: Value, to shape: [Int]) throws(BuildError) -> Value {
    try build("reshape", [x], type: type(x).with(shape: shape))
  }
  /// Result dim i is operand dim `perm[i]`.
  public mutating func transpose(_ x: Value, perm: [Int]) throws(BuildError) -> Value {
    try build("transpose", [x], ["perm": ints(perm)])
  }
  public mutating func slice(_ x: Value, start: [Int], limit: [Int], stride: [Int]? = nil) throws(BuildError) -> Value {
    var attrs = ["start": ints(start), "limit": ints(limit)]
    if let stride { attrs["stride"] = ints(stride) }
    return try build("slice", [x], attrs)
  }
  /// Interior padding first, then low/high edges (negative values crop).
  public mutating func pad(_ x: Value, _ value: Value, low: [Int], high: [Int], interior: [Int]? = nil) throws(BuildError) -> Value {
    var attrs = ["low": ints(low), "high": ints(high)]
    if let interior { attrs["interior"] = ints(interior) }
    return try build("pad", [x, value], attrs)
  }
  public mutating func concatenate(_ xs: [Value], dim: Int) throws(BuildError) -> Value {
    try build("concatenate", xs, ["dim": .int(dim)])
  }
  public mutating func reverse(_ x: Value, dims: [Int]) throws(BuildError) -> Value {
    try build("reverse", [x], ["dims": ints(dims)])
  }

  // MARK: Indexing (indices clamped into range)

  /// `tf.gather(x, idx, axis, batch_dims)`: x.shape[:axis] + idx.shape[batchDims:] + x.shape[axis+1:].
  public mutating func gather(_ x: Value, _ idx: Value, axis: Int, batchDims: Int = 0) throws(BuildError) -> Value {
    var attrs: [String: Attr] = ["axis": .int(axis)]
    if batchDims != 0 { attrs["batch_dims"] = .int(batchDims) }
    return try build("gather", [x, idx], attrs)
  }
  /// `x` with `updates` added where `gather(x, idx, axis, batchDims)` reads (gather's transpose).
  public mutating func scatterAdd(_ x: Value, _ idx: Value, _ updates: Value, axis: Int, batchDims: Int = 0) throws(BuildError) -> Value {
    var attrs: [String: Attr] = ["axis": .int(axis)]
    if batchDims != 0 { attrs["batch_dims"] = .int(batchDims) }
    return try build("scatter_add", [x, idx, updates], attrs)
  }
  /// `lax.dynamic_slice`: one integer scalar start per dim.
  public mutating func dynamicSlice(_ x: Value, starts: [Value], sizes: [Int]) throws(BuildError) -> Value {
    try build("dynamic_slice", [x] + starts, ["sizes": ints(sizes)])
  }
  /// `lax.dynamic_update_slice`: `x` with `update` written at `starts`.
  public mutating func dynamicUpdateSlice(_ x: Value, _ update: Value, starts: [Value]) throws(BuildError) -> Value {
    try build("dynamic_update_slice", [x, update] + starts)
  }

  // MARK: Cumulative (lax.cumsum, ...: a running fold along `axis`, from the end if `reverse`)

  public mutating func cumsum(_ x: Value, axis: Int, reverse: Bool = false) throws(BuildError) -> Value {
    try cumulative("cumsum", x, axis: axis, reverse: reverse)
  }
  public mutating func cumprod(_ x: Value, axis: Int, reverse: Bool = false) throws(BuildError) -> Value {
    try cumulative("cumprod", x, axis: axis, reverse: reverse)
  }
  public mutating func cummax(_ x: Value, axis: Int, reverse: Bool = false) throws(BuildError) -> Value {
    try cumulative("cummax", x, axis: axis, reverse: reverse)
  }
  public mutating func cummin(_ x: Value, axis: Int, reverse: Bool = false) throws(BuildError) -> Value {
    try cumulative("cummin", x, axis: axis, reverse: reverse)
  }
  private mutating func cumulative(_ name: String, _ x: Value, axis: Int, reverse: Bool) throws(BuildError) -> Value {
    var attrs: [String: Attr] = ["axis": .int(axis)]
    if reverse { attrs["reverse"] = .bool(true) }
    return try build(name, [x], attrs)
  }

  // MARK: Sort (lax.sort: stable, the first `numKeys` operands are the keys)

  /// Sorts `operands` (one shape) along `dimension`; returns each operand permuted.
  public mutating func sort(_ operands: [Value], dimension: Int, numKeys: Int = 1,
                            descending: Bool = false) throws(BuildError) -> [Value] {
    var attrs: [String: Attr] = ["dimension": .int(dimension)]
    if numKeys != 1 { attrs["num_keys"] = .int(numKeys) }
    if descending { attrs["descending"] = .bool(true) }
    return try emit(sortOp, operands, attrs: Attributes(attrs))
  }

  // MARK: Reductions and contraction

  public mutating func reduceSum(_ x: Value, dims: [Int]) throws(BuildError) -> Value {
    try build("reduce_sum", [x], ["dims": ints(dims)])
  }
  public mutating func reduceProd(_ x: Value, dims: [Int]) throws(BuildError) -> Value {
    try build("reduce_prod", [x], ["dims": ints(dims)])
  }
  public mutating func reduceMax(_ x: Value, dims: [Int]) throws(BuildError) -> Value {
    try build("reduce_max", [x], ["dims": ints(dims)])
  }
  public mutating func reduceMin(_ x: Value, dims: [Int]) throws(BuildError) -> Value {
    try build("reduce_min", [x], ["dims": ints(dims)])
  }
  /// The first index of the maximum along `dim` (NaN is the maximum).
  public mutating func argmax(_ x: Value, dim: Int, indexType: DType = .i32) throws(BuildError) -> Value {
    try argReduce("argmax", x, dim: dim, indexType: indexType)
  }
  public mutating func argmin(_ x: Value, dim: Int, indexType: DType = .i32) throws(BuildError) -> Value {
    try argReduce("argmin", x, dim: dim, indexType: indexType)
  }
  private mutating func argReduce(_ name: String, _ x: Value, dim: Int, indexType: DType) throws(BuildError) -> Value {
    var shape = type(x).shape
    if dim >= 0 && dim < shape.count { shape.remove(at: dim) }
    return try build(name, [x], ["dim": .int(dim)], type: TensorType(indexType, shape))
  }

  /// XLA's DotGeneral: result dims are the batch dims, then the lhs's free
  /// dims, then the rhs's. `batch` and `contract` pair lhs and rhs dims.
  public mutating func dotGeneral(_ lhs: Value, _ rhs: Value, batch: ([Int], [Int]) = ([], []),
                                  contract: ([Int], [Int])) throws(BuildError) -> Value {
    var attrs: [String: Attr] = ["contract": .list([ints(contract.0), ints(contract.1)])]
    if !batch.0.isEmpty || !batch.1.isEmpty { attrs["batch"] = .list([ints(batch.0), ints(batch.1)]) }
    return try build("dot_general", [lhs, rhs], attrs)
  }

  // MARK: Convolution (lax.conv_general_dilated, default dimension numbers)

  /// `conv lhs [N, C, s...], rhs [O, I, k...]` with `options` (see Ops/Convolution.swift).
  public mutating func conv(_ lhs: Value, _ rhs: Value, _ options: ConvOptions) throws(BuildError) -> Value {
    try build("conv", [lhs, rhs], options.attributes.values)
  }

  // MARK: Control flow

  /// `lax.cond` (an `i1[]` predicate, regions labeled `then` and `else`) or
  /// `lax.switch` (an `i32[]` index, regions labeled `branch`): each region
  /// takes `operands`' types and yields the results' types.
  public mutating func cond(_ pred: Value, _ operands: [Value], branches: [Function]) throws(BuildError) -> [Value] {
    try emit(OpRegistry["cond"], [pred] + operands, regions: branches)
  }

  /// A region (a closed body) for an op such as `cond`: parameters of
  /// `params`' types, the body built by `body` from them, yielding what it returns.
  public static func region(_ label: String, params: [TensorType],
                            _ body: (inout FunctionBuilder, [Value]) throws(BuildError) -> [Value]) throws(BuildError) -> Function {
    var b = FunctionBuilder(name: label)
    let args = params.map { b.addParam($0) }
    b.ret(try body(&b, args))
    return b.function
  }
}

extension FunctionBuilder {
  /// `lax.scan`: carries `inits`, inputs `xs` (leading dimension `length`);
  /// `body` (a region labeled `body`) takes the carries and a row of each
  /// input and yields the next carries, then the step's outputs. Returns the
  /// final carries, then the stacked outputs.
  public mutating func scan(_ inits: [Value], _ xs: [Value], length: Int, reverse: Bool = false, checkpoint: Int? = nil,
                            body: Function) throws(BuildError) -> [Value] {
    var attrs: [String: Attr] = ["carries": .int(inits.count), "length": .int(length)]
    if reverse { attrs["reverse"] = .bool(true) }
    if let checkpoint { attrs["checkpoint"] = .int(checkpoint) }
    return try emit(OpRegistry["scan"], inits + xs, attrs: Attributes(attrs), regions: [body])
  }
}

extension FunctionBuilder {
  /// `lax.while_loop`: `cond` (labeled `cond`) takes the carries and yields
  /// an `i1[]`; `body` (labeled `body`) takes and yields the carries. With
  /// `maxTrips`, a condition still true after that many trips is an error.
  public mutating func whileLoop(_ inits: [Value], maxTrips: Int? = nil, checkpoint: Int? = nil, cond: Function, body: Function) throws(BuildError) -> [Value] {
    var attrs = Attributes()
    if let maxTrips { attrs["max_trips"] = .int(maxTrips) }
    if let checkpoint { attrs["checkpoint"] = .int(checkpoint) }
    return try emit(OpRegistry["while"], inits, attrs: attrs, regions: [cond, body])
  }
}

extension FunctionBuilder {
  /// `call @name(args)` of a function (or transform definition) of
  /// signature `sig`, which becomes a known callee of this builder.
  public mutating func call(_ name: String, signature sig: Signature, _ args: [Value]) throws(BuildError) -> [Value] {
    callees[name] = sig
    return try emit(OpRegistry.callOp, args, attrs: Attributes(["callee": .symbol(name)]), types: sig.results)
  }
}

// MARK: Bits (the random-numbers family: Ops/Bits.swift)

extension FunctionBuilder {
  /// `x << n` elementwise; 0 where `n` is negative or at least the bit width.
  public mutating func shiftLeft(_ x: Value, _ n: Value) throws(BuildError) -> Value { try op("shift_left", [x, n]) }
  /// `x >> n` filling with zeros; 0 where `n` is negative or at least the bit width.
  public mutating func shiftRightLogical(_ x: Value, _ n: Value) throws(BuildError) -> Value {
    try op("shift_right_logical", [x, n])
  }
  /// `x >> n` filling with the sign bit (0 or -1 where `n` is out of range).
  public mutating func shiftRightArithmetic(_ x: Value, _ n: Value) throws(BuildError) -> Value {
    try op("shift_right_arithmetic", [x, n])
  }
  /// The bits of `x` read as `dtype` (i32 and f32, i64 and f64).
  public mutating func bitcastConvert(_ x: Value, to dtype: DType) throws(BuildError) -> Value {
    try op("bitcast_convert", [x], type: type(x).with(dtype: dtype))
  }
  public mutating func erfInv(_ x: Value) throws(BuildError) -> Value { try op("erf_inv", [x]) }
  /// `a * b + c` rounded once.
  public mutating func fma(_ a: Value, _ b: Value, _ c: Value) throws(BuildError) -> Value { try op("fma", [a, b, c]) }
}
