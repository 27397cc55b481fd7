/// Transposed reads: a loop kernel whose output's last dim (contiguous
/// writes) walks a non-last dim of an input buffer, while its second-last
/// dim walks that input's last dim, reads the input with a stride per
/// element. Such a kernel is scheduled in tiles (`LoopShape.tiled`) so both
/// the output rows and the input rows a tile touches stay in cache:
///
///     %yt = transpose %y, perm=[1,0] : f32[4096,100]     for ti, tj (tiles of 32×32)
///     %z = add %x, %yt : f32[4096,100]             ==>     for i in ti, j in tj: z[i,j] = x[i,j] + y[j,i]
///
/// The mapping from output dims to each input's dims is followed through
/// elementwise ops, transpose and broadcast_in_dim; a read through any
/// other op is not classified (the kernel keeps its plain loop nest).

import FTIR

/// A transposed read of a kernel: which input, and the output dims that
/// walk its last dim and one of its other dims.
public struct TransposedRead: Sendable, Hashable {
  public var input: Value
  /// The output dim that walks the input's last (contiguous) dim.
  public var outputDim: Int
}

/// The first transposed read of loop kernel `k` (nil when every read keeps
/// the output's last dim on the input's last dim, or is not classified).
func transposedRead(_ k: Kernel, _ plan: FusionPlan) -> TransposedRead? {
  let f = plan.function
  let out = f.type(of: k.output)
  guard out.rank >= 2, out.shape[out.rank - 1] > 1, out.shape[out.rank - 2] > 1 else { return nil }
  let inKernel = Set(k.ops)
  // For each value the kernel reads, the dim of that value each output dim walks (nil: none).
  var dims: [Value: [Int?]] = [k.output: Array(0..<out.rank)]
  var found: TransposedRead? = nil
  for i in k.ops.reversed() {
    let op = f.body[i]
    guard let m = dims[op.results[0]] else { continue }
    let rt = f.type(of: op.results[0])
    for (n, v) in op.operands.enumerated() {
      let vt = f.type(of: v)
      let mapped: [Int?]?
      switch op.def.opClass {
      case .elementwise where vt.shape == rt.shape: mapped = m
      case .indexMap where op.def.name == "transpose":
        let perm = op.attrs.ints("perm")  // result dim j reads operand dim perm[j]
        mapped = m.map { $0.map { perm[$0] } }
      case .indexMap where op.def.name == "broadcast_in_dim" && n == 0:
        let bd = op.attrs.ints("dims")  // operand dim j is result dim bd[j]
        mapped = m.map { d in d.flatMap { d in bd.firstIndex(of: d).flatMap { vt.shape[$0] > 1 ? $0 : nil } } }
      default: mapped = nil
      }
      guard let mapped else { continue }
      if let d = plan.definingOp[v.id], inKernel.contains(d), plan.reasons[v] == nil {
        if dims[v] == nil { dims[v] = mapped }
        continue
      }
      // A buffer read: transposed when the output's last dim walks one of
      // the input's other dims and another output dim walks its last dim.
      guard found == nil, vt.rank >= 2, let last = mapped[out.rank - 1], last != vt.rank - 1,
            let o = mapped.firstIndex(of: vt.rank - 1) else { continue }
      found = TransposedRead(input: v, outputDim: o)
    }
  }
  return found
}

/// Tile sizes of a transposed loop kernel: rows of the output's second-last
/// dim by columns of its last dim, each side 128 bytes of the element type
/// (two cache lines), so a tile's input rows and output rows stay in L1.
func transposeTile(_ d: DType) -> (rows: Int, cols: Int) {
  let n = max(1, 128 / d.byteSize)
  return (n, n)
}
