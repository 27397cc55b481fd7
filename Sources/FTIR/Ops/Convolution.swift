/// Convolution: `conv` with 1, 2 or 3 spatial dims in the layout of
/// `lax.conv_general_dilated`'s default dimension numbers: lhs [N, C, s...],
/// rhs [O, I, k...], result [N', O, y...].
///
///     %y = conv %x, %w, window_strides=[2], pad_low=[1], pad_high=[0] : f32[1,1,2]
///          x: f32[1,1,4] = [[[1, 2, 3, 4]]], w: f32[1,1,2] = [[[10, 1]]]
///          padded x = [0, 1, 2, 3, 4]; windows at 0 and 2: [0*10 + 1*1, 2*10 + 3*1] = [1, 23]
///
/// Attributes (all optional, one entry per spatial dim): `window_strides`
/// (>= 1, default 1), `pad_low` / `pad_high` (any sign: negative padding
/// crops, as in XLA; the padded size must not be negative), `lhs_dilation`
/// and `rhs_dilation` (>= 1, default 1), `feature_group_count` and
/// `batch_group_count` (>= 1, default 1, at most one of them above 1).
///
/// Element y[n, o, j...] sums, over the group's input channels i and the
/// kernel positions k..., lhs'[nb, g·I + i, j·s + k·rd] · rhs[o, i, k...],
/// where lhs' is lhs with lhs_dilation - 1 zeros between elements and the
/// padding added; g = o / (O / G) is the output feature's group. Feature
/// groups split the lhs channels (C = G·I); batch groups split the lhs batch
/// group-major (nb = g·N' + n, N = G·N'). The sum runs over i, then k in
/// row-major order, accumulating in the element type (compiled code may
/// reassociate it, as for dot_general). f32 and f64 only.
///
/// Derivatives as JAX derives them (jax/_src/lax/convolution.py): bilinear
/// JVP; the lhs transpose is a conv of the cotangent with the kernel
/// reversed and its O/I dims swapped (lhs dilation = the window strides);
/// the rhs transpose a conv of lhs and the cotangent with batch and feature
/// dims swapped (feature groups become batch groups and back). The batching
/// rule folds the mapped axis into the batch (lhs mapped), the output
/// features (rhs mapped) or the feature groups (both mapped).

extension OpRegistry {
  static let convolutionOps: [OpDef] = [convOp]
}

/// The attributes of a conv, with their defaults filled in.
public struct ConvOptions: Hashable, Sendable {
  public var windowStrides: [Int]
  public var padLow: [Int]
  public var padHigh: [Int]
  public var lhsDilation: [Int]
  public var rhsDilation: [Int]
  public var featureGroupCount: Int
  public var batchGroupCount: Int

  /// Defaults for `spatial` dims: stride 1, no padding, no dilation, one group.
  public init(spatial: Int, windowStrides: [Int]? = nil, padLow: [Int]? = nil, padHigh: [Int]? = nil,
              lhsDilation: [Int]? = nil, rhsDilation: [Int]? = nil, featureGroupCount: Int = 1, batchGroupCount: Int = 1) {
    let ones = [Int](repeating: 1, count: spatial), zeros = [Int](repeating: 0, count: spatial)
    self.windowStrides = windowStrides ?? ones
    self.padLow = padLow ?? zeros
    self.padHigh = padHigh ?? zeros
    self.lhsDilation = lhsDilation ?? ones
    self.rhsDilation = rhsDilation ?? ones
    self.featureGroupCount = featureGroupCount
    self.batchGroupCount = batchGroupCount
  }

  /// The options of a conv's attributes (defaults where absent).
  public init(_ attrs: Attributes, spatial: Int) {
    let ones = [Int](repeating: 1, count: spatial), zeros = [Int](repeating: 0, count: spatial)
    self.init(spatial: spatial, windowStrides: attrs.ints("window_strides", default: ones),
              padLow: attrs.ints("pad_low", default: zeros), padHigh: attrs.ints("pad_high", default: zeros),
              lhsDilation: attrs.ints("lhs_dilation", default: ones), rhsDilation: attrs.ints("rhs_dilation", default: ones),
              featureGroupCount: attrs.int("feature_group_count", default: 1),
              batchGroupCount: attrs.int("batch_group_count", default: 1))
  }

  /// The attributes, defaults left out.
  public var attributes: Attributes {
    func list(_ xs: [Int]) -> Attr { .list(xs.map { .int($0) }) }
    var a: [String: Attr] = [:]
    if windowStrides.contains(where: { $0 != 1 }) { a["window_strides"] = list(windowStrides) }
    if padLow.contains(where: { $0 != 0 }) { a["pad_low"] = list(padLow) }
    if padHigh.contains(where: { $0 != 0 }) { a["pad_high"] = list(padHigh) }
    if lhsDilation.contains(where: { $0 != 1 }) { a["lhs_dilation"] = list(lhsDilation) }
    if rhsDilation.contains(where: { $0 != 1 }) { a["rhs_dilation"] = list(rhsDilation) }
    if featureGroupCount != 1 { a["feature_group_count"] = .int(featureGroupCount) }
    if batchGroupCount != 1 { a["batch_group_count"] = .int(batchGroupCount) }
    return Attributes(a)
  }

  /// The number of groups (feature or batch; at most one is above 1).
  var groups: Int { Swift.max(featureGroupCount, batchGroupCount) }
}

/// `(d - 1) * k + 1` (0 for d = 0): a size with k - 1 holes between elements; nil on overflow.
func dilatedSize(_ d: Int, _ k: Int) -> Int? {
  if d == 0 { return 0 }
  let (p, o) = (d - 1).multipliedReportingOverflow(by: k)
  return o || p == Int.max ? nil : p + 1
}

private let convAttrNames = ["window_strides", "pad_low", "pad_high", "lhs_dilation", "rhs_dilation"]

/// The result type of `conv lhs, rhs` (every condition checked without overflow).
func convType(_ lhs: TensorType, _ rhs: TensorType, _ attrs: Attributes) throws(RuleError) -> TensorType {
  let op = "conv"
  try requireDType(op, lhs, .float)
  guard rhs.dtype == lhs.dtype else { throw RuleError("'conv' needs operands of one dtype, got \(lhs) and \(rhs)", at: .operand(1)) }
  let ns = lhs.rank - 2
  guard ns >= 1 && ns <= 3 else {
    throw RuleError("'conv' needs an lhs [N, C, spatial...] with 1, 2 or 3 spatial dims, got \(lhs)", at: .operand(0))
  }
  guard rhs.rank == lhs.rank else {
    throw RuleError("'conv' needs an rhs [O, I, window...] of the lhs's rank \(lhs.rank), got \(rhs)", at: .operand(1))
  }
  for key in convAttrNames where attrs[key] != nil { try requireLength(op, key, attrs.ints(key), ns) }
  let o = ConvOptions(attrs, spatial: ns)
  for (key, xs) in [("window_strides", o.windowStrides), ("lhs_dilation", o.lhsDilation), ("rhs_dilation", o.rhsDilation)] {
    if let bad = xs.first(where: { $0 < 1 }) { throw RuleError("'conv': \(key) entries must be at least 1, got \(bad)", at: .attr(key)) }
  }
  let (fg, bg) = (o.featureGroupCount, o.batchGroupCount)
  guard fg >= 1 else { throw RuleError("'conv': feature_group_count must be at least 1, got \(fg)", at: .attr("feature_group_count")) }
  guard bg >= 1 else { throw RuleError("'conv': batch_group_count must be at least 1, got \(bg)", at: .attr("batch_group_count")) }
  guard fg == 1 || bg == 1 else {
    throw RuleError("'conv': at most one of feature_group_count (\(fg)) and batch_group_count (\(bg)) may exceed 1", at: .attr("batch_group_count"))
  }
  let (n, c, outF, inF) = (lhs.shape[0], lhs.shape[1], rhs.shape[0], rhs.shape[1])
  let (cg, co) = inF.multipliedReportingOverflow(by: fg)
  guard !co && cg == c else {
    throw RuleError("'conv': the lhs has \(c) input features, the rhs \(inF) per group × feature_group_count \(fg)", at: .operand(1))
  }
  guard outF % fg == 0 else {
    throw RuleError("'conv': feature_group_count \(fg) must divide the rhs's output features \(outF)", at: .attr("feature_group_count"))
  }
  guard outF % bg == 0 else {
    throw RuleError("'conv': batch_group_count \(bg) must divide the rhs's output features \(outF)", at: .attr("batch_group_count"))
  }
  guard n % bg == 0 else {
    throw RuleError("'conv': batch_group_count \(bg) must divide the lhs batch \(n)", at: .attr("batch_group_count"))
  }
  var shape = [n / bg, outF]
  for d in 0..<ns {
    guard let inD = dilatedSize(lhs.shape[d + 2], o.lhsDilation[d]), let kD = dilatedSize(rhs.shape[d + 2], o.rhsDilation[d]) else {
      throw RuleError("'conv': dilated size of spatial dim \(d) overflows", at: .attr("lhs_dilation"))
    }
    let (p1, o1) = inD.addingReportingOverflow(o.padLow[d])
    let (padded, o2) = p1.addingReportingOverflow(o.padHigh[d])
    guard !o1 && !o2 && padded >= 0 else {
      throw RuleError("'conv': spatial dim \(d) padded by (\(o.padLow[d]), \(o.padHigh[d])) has a negative or overflowing size", at: .attr("pad_low"))
    }
    // JAX's stride_dim: max(0, (padded - window) // stride + 1).
    shape.append(padded < kD ? 0 : (padded - kD) / o.windowStrides[d] + 1)
  }
  let t = lhs.with(shape: shape)
  if let e = t.limitError { throw RuleError("'conv': result type \(t): \(e)", at: .resultType) }
  return t
}

// MARK: Semantics

/// The reference semantics: one sum per result element (see the header).
private func convEval(_ x: HostTensor, _ w: HostTensor, _ t: TensorType, _ attrs: Attributes) -> HostTensor {
  let ns = x.rank - 2
  let o = ConvOptions(attrs, spatial: ns)
  let inSp = Array(x.shape[2...]), kSp = Array(w.shape[2...]), outSp = Array(t.shape[2...])
  let (nOut, outF, inF, c) = (t.shape[0], t.shape[1], w.shape[1], x.shape[1])
  let perGroup = outF / o.groups
  let inSize = TensorType(.f32, inSp).elementCount, kSize = TensorType(.f32, kSp).elementCount
  let inStrides = rowMajorStrides(inSp)
  // For each output position and kernel position: the flat input position, or -1 (a hole or padding).
  var taps: [[Int]] = []
  forEachIndex(outSp) { y in
    var row: [Int] = []
    forEachIndex(kSp) { k in
      var flat = 0
      for d in 0..<ns {
        let p = y[d] * o.windowStrides[d] + k[d] * o.rhsDilation[d] - o.padLow[d]
        let q = p / o.lhsDilation[d]
        if p < 0 || p % o.lhsDilation[d] != 0 || q >= inSp[d] { flat = -1; break }
        flat += q * inStrides[d]
      }
      row.append(flat)
    }
    taps.append(row)
  }
  func run<T: BinaryFloatingPoint>(_ a: [T], _ b: [T]) -> [T] {
    var out: [T] = []
    out.reserveCapacity(t.elementCount)
    for n in 0..<nOut {
      for f in 0..<outF {
        let g = perGroup == 0 ? 0 : f / perGroup
        let nb = o.batchGroupCount > 1 ? g * nOut + n : n
        let cBase = o.featureGroupCount > 1 ? g * inF : 0
        for row in taps {
          var acc: T = 0
          for i in 0..<inF {
            let xBase = (nb * c + cBase + i) * inSize, wBase = (f * inF + i) * kSize
            for (k, p) in row.enumerated() where p >= 0 { acc += a[xBase + p] * b[wBase + k] }
          }
          out.append(acc)
        }
      }
    }
    return out
  }
  let s: TensorStorage
  switch (x.storage, w.storage) {
  case (.f32(let a), .f32(let b)): s = .f32(run(a, b))
  case (.f64(let a), .f64(let b)): s = .f64(run(a, b))
  default: s = x.storage
  }
  return HostTensor(type: t, storage: s)
}

// MARK: Derivatives

extension FunctionBuilder {
  /// jax's _reshape_axis_into: moves `src` to just before dim `dst` (counted
  /// with `src` removed) and merges the two, `src` major.
  mutating func reshapeAxis(_ x: Value, into dst: Int, from src: Int) throws(BuildError) -> Value {
    let t = type(x)
    var perm = Array(0..<t.rank)
    perm.remove(at: src)
    perm.insert(src, at: dst)
    var shape = t.shape
    shape.remove(at: src)
    shape[dst] *= t.shape[src]
    let moved = perm == Array(0..<t.rank) ? x : try transpose(x, perm: perm)
    return try reshape(moved, to: shape)
  }

  /// jax's _reshape_axis_out_of: splits dim `src` into [size, rest].
  mutating func reshapeAxis(_ x: Value, outOf src: Int, size: Int) throws(BuildError) -> Value {
    var shape = type(x).shape
    let rest = size == 0 ? 0 : shape[src] / size
    shape.replaceSubrange(src...src, with: [size, rest])
    return try reshape(x, to: shape)
  }

  /// Swaps dims 0 and 1.
  mutating func swapLeading(_ x: Value) throws(BuildError) -> Value {
    var perm = Array(0..<type(x).rank)
    perm.swapAt(0, 1)
    return try transpose(x, perm: perm)
  }
}

/// The lhs's cotangent (jax's _conv_general_dilated_transpose_lhs).
private func convTransposeLHS(_ c: inout TransposeContext, _ o: ConvOptions) throws(BuildError) -> Value {
  let (xt, wt) = (c.operandTypes[0], c.operandTypes[1])
  let ns = xt.rank - 2
  let ct = c.ct
  let gt = c.b.type(ct)
  var w = try c.primal(1)
  var fg = o.featureGroupCount
  if o.groups > 1 {
    // The group axis moves from the rhs's output features into its input features.
    w = try c.b.reshapeAxis(c.b.reshapeAxis(w, outOf: 0, size: o.groups), into: 1, from: 0)
    fg = o.groups
  }
  var t = ConvOptions(spatial: ns, featureGroupCount: fg)
  for d in 0..<ns {
    let inD = dilatedSize(xt.shape[d + 2], o.lhsDilation[d]) ?? 0
    let kD = dilatedSize(wt.shape[d + 2], o.rhsDilation[d]) ?? 0
    let outD = dilatedSize(gt.shape[d + 2], o.windowStrides[d]) ?? 0
    t.padLow[d] = kD - o.padLow[d] - 1
    t.padHigh[d] = inD + kD - 1 - outD - t.padLow[d]
  }
  t.windowStrides = o.lhsDilation
  t.lhsDilation = o.windowStrides
  t.rhsDilation = o.rhsDilation
  let kernel = try c.b.swapLeading(c.b.reverse(w, dims: Array(2..<(ns + 2))))
  var out = try c.b.conv(ct, kernel, t)
  if o.batchGroupCount > 1 {
    out = try c.b.reshapeAxis(c.b.reshapeAxis(out, outOf: 1, size: o.batchGroupCount), into: 0, from: 1)
  }
  return out
}

/// The rhs's cotangent (jax's _conv_general_dilated_transpose_rhs).
private func convTransposeRHS(_ c: inout TransposeContext, _ o: ConvOptions) throws(BuildError) -> Value {
  let (xt, wt) = (c.operandTypes[0], c.operandTypes[1])
  let ns = xt.rank - 2
  let gt = c.b.type(c.ct)
  if gt.elementCount == 0 { return try c.zeros(wt) }
  var t = ConvOptions(spatial: ns, featureGroupCount: o.batchGroupCount, batchGroupCount: o.featureGroupCount)
  for d in 0..<ns {
    let inD = dilatedSize(xt.shape[d + 2], o.lhsDilation[d]) ?? 0
    let kD = dilatedSize(wt.shape[d + 2], o.rhsDilation[d]) ?? 0
    let outD = dilatedSize(gt.shape[d + 2], o.windowStrides[d]) ?? 0
    t.padHigh[d] = (outD - inD) + (kD - o.padLow[d] - 1)
  }
  t.padLow = o.padLow
  t.windowStrides = o.rhsDilation
  t.lhsDilation = o.lhsDilation
  t.rhsDilation = o.windowStrides
  // Batch and feature dims swap roles: lhs [C, N, s], kernel [O, N', y], result [I, O, k].
  let out = try c.b.conv(c.b.swapLeading(c.primal(0)), c.b.swapLeading(c.ct), t)
  return try c.b.swapLeading(out)
}

// MARK: Batching

/// jax's _conv_general_dilated_batch_rule in the default layout.
private func convBatch(_ c: inout BatchContext) throws(BuildError) -> [(Value, Int?)] {
  let rank = c.type(c.operands[0]).rank - (c.dims[0] == nil ? 0 : 1)
  var o = ConvOptions(c.attrs, spatial: rank - 2)
  let size = c.size
  if size == 0 {
    // Nothing to compute (the reshapes below need a non-empty mapped axis).
    var shape = c.resultTypes[0].shape
    shape.insert(0, at: 0)
    return [(try c.b.zeros(c.resultTypes[0].with(shape: shape)), 0)]
  }
  switch (c.dims[0], c.dims[1]) {
  case (let lb?, let rb?):
    // Both mapped: each example is a group (of batches or of features).
    let x: Value
    if o.batchGroupCount > 1 {
      x = try c.b.reshapeAxis(c.operands[0], into: 0, from: lb)
      o.batchGroupCount *= size
    } else {
      x = try c.b.reshapeAxis(c.operands[0], into: 1, from: lb)
      o.featureGroupCount *= size
    }
    let w = try c.b.reshapeAxis(c.operands[1], into: 0, from: rb)
    let out = try c.b.conv(x, w, o)
    return [(try c.b.reshapeAxis(out, outOf: 1, size: size), 1)]
  case (let lb?, nil):
    var x: Value
    if o.batchGroupCount == 1 {
      // The mapped axis joins the batch.
      x = try c.b.reshapeAxis(c.operands[0], into: 0, from: lb)
    } else {
      // Batch groups stay outermost: [G, N/G] with the mapped axis inside each group.
      x = try c.b.reshapeAxis(c.operands[0], outOf: lb <= 0 ? 1 : 0, size: o.batchGroupCount)
      x = try c.b.reshapeAxis(x, into: 1, from: lb + (0 < lb ? 1 : 0))
      x = try c.b.reshapeAxis(x, into: 0, from: 0)
    }
    let out = try c.b.conv(x, c.operands[1], o)
    return [(try c.b.reshapeAxis(out, outOf: 0, size: size), 0)]
  case (nil, let rb?):
    if o.groups == 1 {
      // The mapped axis joins the output features.
      let w = try c.b.reshapeAxis(c.operands[1], into: 0, from: rb)
      let out = try c.b.conv(c.operands[0], w, o)
      return [(try c.b.reshapeAxis(out, outOf: 1, size: size), 1)]
    }
    // Groups stay outermost in the output features: [G, B, O/G].
    let g = o.groups
    var w = try c.b.reshapeAxis(c.operands[1], outOf: rb <= 0 ? 1 : 0, size: g)
    w = try c.b.reshapeAxis(w, into: 1, from: rb + (0 < rb ? 1 : 0))
    w = try c.b.reshapeAxis(w, into: 0, from: 0)
    var out = try c.b.conv(c.operands[0], w, o)
    out = try c.b.reshapeAxis(out, outOf: 1, size: g)
    out = try c.b.reshapeAxis(out, outOf: 2, size: size)
    out = try c.b.reshapeAxis(out, into: 2, from: 1)
    return [(out, 1)]
  case (nil, nil):
    return [(try c.b.conv(c.operands[0], c.operands[1], o), nil)]
  }
}

// MARK: conv

let convOp: OpDef = OpDef(
  "conv", arity: .exactly(2),
  attrs: convAttrNames.map { AttrSpec($0, .intList, required: false) }
    + [AttrSpec("feature_group_count", .int, required: false), AttrSpec("batch_group_count", .int, required: false)],
  type: { i throws(RuleError) in [try convType(i.operands[0], i.operands[1], i.attrs)] },
  eval: { i in [convEval(i.operands[0], i.operands[1], i.resultTypes[0], i.attrs)] },
  jvp: { c throws(BuildError) in
    // Bilinear: conv(tx, w) + conv(x, tw).
    let o = ConvOptions(c.attrs, spatial: c.type(c.x(0)).rank - 2)
    let tx = try c.t(0).map { t throws(BuildError) in try c.b.conv(t, c.x(1), o) }
    let tw = try c.t(1).map { t throws(BuildError) in try c.b.conv(c.x(0), t, o) }
    return [try c.add(tx, tw)]
  },
  transpose: { c throws(BuildError) in
    guard !(c.linear[0] && c.linear[1]) else { throw BuildError("internal error: conv of two tangents is not linear") }
    let o = ConvOptions(c.attrs, spatial: c.operandTypes[0].rank - 2)
    if c.linear[0] { return [try convTransposeLHS(&c, o), nil] }
    return [nil, try convTransposeRHS(&c, o)]
  },
  batch: convBatch, class: .convolution, linearity: .separately(nil))

extension ConvOptions {
  /// The result type of `conv lhs, rhs` with these options, or why there is none.
  public func resultType(_ lhs: TensorType, _ rhs: TensorType) -> Result<TensorType, RuleError> {
    do throws(RuleError) { return .success(try convType(lhs, rhs, attributes)) } catch { return .failure(error) }
  }
}
