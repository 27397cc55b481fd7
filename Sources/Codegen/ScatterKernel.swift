/// The scatter_add kernel: the operand copied into the output (fused, so a
/// zeros operand is a zero fill), then each update added at the position
/// `gather` would read it from, in row-major order of the updates (the
/// interpreter's order, so float sums agree bit for bit). Indices are
/// clamped into range: no write leaves the output buffer.
///
///     %s = scatter_add %z, %i, %u, axis=0 : f32[4,3]
///       ==>  for p, k: s[p, k] = z[p, k]
///            for j, k: s[clamp(i[j], 0, 3), k] += u[j, k]

import FTIR
import LLVMKit

extension KernelEmitter {
  func emitScatter() throws {
    let root = f.body[kernel.root]
    let (x, ix, u) = (root.operands[0], root.operands[1], root.operands[2])
    let xt = f.type(of: x), it = f.type(of: ix), ut = f.type(of: u)
    let out = kernel.output
    let axis = root.attrs.int("axis"), batch = root.attrs.values["batch_dims"]?.intValue ?? 0
    let m = it.rank - batch
    try loops.nest(xt.shape) { p in
      memo.removeAll()
      try store(try value(x, .multi(p)), out, at: loops.linear(p, xt.shape))
    }
    if ut.elementCount == 0 { return }
    try loops.nest(ut.shape) { r in
      memo.removeAll()
      let k = loops.clamp(try indexValue(ix, Array(r[0..<batch]) + Array(r[axis..<(axis + m)])), 0, xt.shape[axis] - 1)
      let target = loops.linear(Array(r[0..<axis]) + [k] + Array(r[(axis + m)...]), xt.shape)
      let add = try value(u, .multi(r))
      let acc = try load(out, at: target)
      try store(xt.dtype.isFloat ? b.fadd(acc, add) : b.add(acc, add), out, at: target)
    }
  }
}
