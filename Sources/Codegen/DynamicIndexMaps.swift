/// The lowering of dynamic index maps (gather, dynamic_slice,
/// dynamic_update_slice): like the index maps of IndexMaps.swift, but some
/// indices are operand values, loaded and clamped into range, so compiled
/// code never reads outside a buffer. Each is an `OpLowering.dynamicIndex` entry.
///
///     %g = gather %x, %i, axis=0 : f32[2,3]         g[j,k]  ==>  x[clamp(sext i[j], 0, 3), k]
///     %d = dynamic_slice %x, %s, sizes=[2] : f32[2]   d[j]  ==>  x[j + clamp(sext s, 0, dim - 2)]

import FTIR
import LLVMKit

extension KernelEmitter {
  /// The integer element of `v` at `idx` as an i64.
  func indexValue(_ v: Value, _ idx: [LLValue]) throws -> LLValue {
    let x = try value(v, .multi(idx))
    return f.type(of: v).dtype == .i64 ? x : b.sext(x, to: ctx.i64)
  }

  /// The start scalar `v` clamped into [0, hi].
  func clampedStart(_ v: Value, _ hi: Int) throws -> LLValue {
    loops.clamp(try indexValue(v, []), 0, hi)
  }

  /// `gather`: the result dims are x's before the axis, the indices' (after
  /// the shared batch dims), then x's after the axis.
  func gatherValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let (x, ix) = (op.operands[0], op.operands[1])
    let xt = f.type(of: x), it = f.type(of: ix)
    let axis = op.attrs.int("axis"), batch = op.attrs.values["batch_dims"]?.intValue ?? 0
    let m = it.rank - batch
    let r = multi(idx, t.shape)
    let k = loops.clamp(try indexValue(ix, Array(r[0..<batch]) + Array(r[axis..<(axis + m)])), 0, xt.shape[axis] - 1)
    return try value(x, .multi(Array(r[0..<axis]) + [k] + Array(r[(axis + m)...])))
  }

  func dynamicSliceValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let x = op.operands[0], xt = f.type(of: x)
    let r = multi(idx, t.shape)
    var src: [LLValue] = []
    for d in 0..<xt.rank {
      src.append(b.addNSW(r[d], try clampedStart(op.operands[1 + d], xt.shape[d] - t.shape[d])))
    }
    return try value(x, .multi(src))
  }

  /// Inside the update's window, the update's element; elsewhere x's. The
  /// update is read at a clamped position either way (both sides are loaded).
  func dynamicUpdateSliceValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let (x, u) = (op.operands[0], op.operands[1])
    let ut = f.type(of: u)
    let r = multi(idx, t.shape)
    let outside = try value(x, .multi(r))
    if ut.elementCount == 0 { return outside }
    var inside: LLValue? = nil
    var src: [LLValue] = []
    for d in 0..<t.rank {
      let rel = b.sub(r[d], try clampedStart(op.operands[2 + d], t.shape[d] - ut.shape[d]))
      let ok = b.icmp(.ult, rel, c(ut.shape[d]))  // 0 <= rel < size
      inside = inside.map { b.and($0, ok) } ?? ok
      src.append(loops.clamp(rel, 0, ut.shape[d] - 1))
    }
    let update = try value(u, .multi(src))
    guard let inside else { return update }
    return b.select(inside, update, outside)
  }
}
