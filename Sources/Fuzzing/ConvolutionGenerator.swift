/// The fuzzer's `conv`: 1–3 spatial dims, random strides, padding (negative
/// too), lhs and rhs dilation, and feature or batch groups, on an lhs from
/// the pool when one has a fitting rank (its batch and channels then choose
/// the groups) or a new one.
///
///     lhs f32[2,4,5] (pool), G = 2 feature groups  ->
///     %w: f32[4,2,3]
///     %y = conv %x, %w, window_strides=[2], pad_low=[1], pad_high=[-1], feature_group_count=2 : f32[2,4,2]
import FTIR

extension OpGenerators {
  static let conv: OpGenerator = { c in
    let dtype = c.pick(floats)
    let ns = c.pick([1, 1, 2, 2, 3])
    let fits = c.pool.filter { c.type($0).dtype == dtype && c.type($0).rank == ns + 2 }
    let lhs: Value
    var fg = 1, bg = 1
    if !fits.isEmpty && c.chance(0.5) {
      lhs = c.pick(fits)
      let t = c.type(lhs)
      // Groups that divide the pool value's channels (feature) or batch (batch).
      if c.chance(0.4) {
        if c.chance(0.5) { fg = c.pick(divisors(t.shape[1])) } else { bg = c.pick(divisors(t.shape[0])) }
      }
    } else {
      if c.chance(0.4) {
        if c.chance(0.5) { fg = c.int(2...3) } else { bg = c.int(2...3) }
      }
      let n = bg * c.pick([0, 1, 1, 2, 3]), channels = fg * c.pick([0, 1, 1, 2, 3])
      lhs = try c.fresh(TensorType(dtype, [n, channels] + (0..<ns).map { _ in c.pick([0, 1, 2, 3, 4, 5, 6]) }))
    }
    let lt = c.type(lhs)
    let groups = max(fg, bg)
    let perGroupIn = fg > 1 ? lt.shape[1] / fg : lt.shape[1]
    let outF = groups * c.pick([0, 1, 1, 2, 3])
    let window = (0..<ns).map { _ in c.pick([0, 1, 1, 2, 2, 3]) }
    let rhs = try c.value(TensorType(dtype, [outF, perGroupIn] + window))
    var o = ConvOptions(spatial: ns, featureGroupCount: fg, batchGroupCount: bg)
    for d in 0..<ns {
      o.windowStrides[d] = c.pick([1, 1, 2, 3])
      o.lhsDilation[d] = c.pick([1, 1, 1, 2, 3])
      o.rhsDilation[d] = c.pick([1, 1, 1, 2])
      o.padLow[d] = c.pick([0, 0, 1, 2, -1])
      o.padHigh[d] = c.pick([0, 0, 1, 2, -1])
      // Negative padding crops: keep the padded size non-negative.
      let dilated = lt.shape[d + 2] == 0 ? 0 : (lt.shape[d + 2] - 1) * o.lhsDilation[d] + 1
      if dilated + o.padLow[d] + o.padHigh[d] < 0 { (o.padLow[d], o.padHigh[d]) = (0, 0) }
    }
    c.add(try c.b.conv(lhs, rhs, o))
  }

  /// The positive divisors of `n` (just 1 for 0).
  private static func divisors(_ n: Int) -> [Int] {
    n <= 0 ? [1] : (1...n).filter { n % $0 == 0 }
  }
}
