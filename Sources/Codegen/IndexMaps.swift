/// The lowering of index-map ops (and constants): the element of the result
/// at an index is an operand's element at a mapped index, so these rules
/// move indices instead of values. Each is an `OpLowering.index` entry.
///
///     %t = transpose %x, perm=[1,0] : f32[3,2]      t[i,j]  ==>  x[j,i]
///     %s = slice %x, start=[1], limit=[5], stride=[2]  s[i] ==>  x[1 + 2i]

import FTIR
import LLVMKit

extension KernelEmitter {
  /// A literal: its splat value, or a load from a private global.
  func constantValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    guard let lit = op.attrs.tensor("value") else { throw LLVMError("internal error: constant without a value") }
    if lit.isSplat && lit.count > 0 { return scalar.constant(lit.scalar(at: 0), t.dtype) }
    if lit.count == 0 { return scalar.constant(.int(0), t.dtype) }
    let global = literalGlobal(lit)
    let flat: LLValue
    switch idx {
    case .flat(let i): flat = i
    case .multi(let is_): flat = loops.linear(is_, t.shape)
    }
    let x = b.load(memType(t.dtype), from: b.gep(memType(t.dtype), global, [flat]), alignment: t.dtype.byteSize)
    return t.dtype == .i1 ? b.icmp(.ne, x, ctx.constInt(ctx.i8, 0)) : x
  }

  func iotaValue(_ op: Operation, _ t: TensorType, _ idx: Index) -> LLValue {
    let k = op.attrs.int("dim")
    let i = multi(idx, t.shape)[k]
    return t.dtype.isFloat ? b.sitofp(i, to: llType(t.dtype)) : (t.dtype == .i64 ? i : b.trunc(i, to: llType(t.dtype)))
  }

  func broadcastValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let x = op.operands[0], xt = f.type(of: x)
    let is_ = multi(idx, t.shape)
    let dims = op.attrs.ints("dims")
    return try value(x, .multi(dims.enumerated().map { k, d in xt.shape[k] == 1 ? c(0) : is_[d] }))
  }

  func reshapeValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let x = op.operands[0], xt = f.type(of: x)
    if case .flat = idx { return try value(x, idx) }
    let flat = loops.linear(multi(idx, t.shape), t.shape)
    return try value(x, .multi(loops.delinear(flat, xt.shape)))
  }

  func transposeValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let perm = op.attrs.ints("perm")
    let is_ = multi(idx, t.shape)
    var src = [LLValue](repeating: c(0), count: perm.count)
    for (i, p) in perm.enumerated() { src[p] = is_[i] }
    return try value(op.operands[0], .multi(src))
  }

  func sliceValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let start = op.attrs.ints("start")
    let stride = op.attrs.ints("stride", default: Array(repeating: 1, count: t.rank))
    let is_ = multi(idx, t.shape)
    let src = is_.indices.map { d -> LLValue in
      let scaled = stride[d] == 1 ? is_[d] : b.mulNSW(is_[d], c(stride[d]))
      return start[d] == 0 ? scaled : b.addNSW(scaled, c(start[d]))
    }
    return try value(op.operands[0], .multi(src))
  }

  func reverseValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let dims = Set(op.attrs.ints("dims"))
    let is_ = multi(idx, t.shape)
    let src = is_.indices.map { d in dims.contains(d) ? b.sub(c(t.shape[d] - 1), is_[d]) : is_[d] }
    return try value(op.operands[0], .multi(src))
  }

  func padValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let is_ = multi(idx, t.shape)
    let x = op.operands[0], xt = f.type(of: x)
    let padding = try value(op.operands[1], .multi([]))
    if xt.elementCount == 0 { return padding }
    let low = op.attrs.ints("low")
    let interior = op.attrs.ints("interior", default: Array(repeating: 0, count: t.rank))
    var inside: LLValue? = nil
    var src: [LLValue] = []
    for k in 0..<t.rank {
      let step = interior[k] + 1
      let p = low[k] == 0 ? is_[k] : b.sub(is_[k], c(low[k]))
      var ok = b.and(b.icmp(.sge, p, c(0)), b.icmp(.slt, p, c((xt.shape[k] - 1) * step + 1)))
      var q = loops.clamp(p, 0, (xt.shape[k] - 1) * step)
      if step > 1 {
        ok = b.and(ok, b.icmp(.eq, b.urem(q, c(step)), c(0)))
        q = b.udiv(q, c(step))
      }
      src.append(q)
      inside = inside.map { b.and($0, ok) } ?? ok
    }
    let inner = try value(x, .multi(src))
    guard let inside else { return inner }
    return b.select(inside, inner, padding)
  }

  func concatValue(_ op: Operation, _ t: TensorType, _ idx: Index) throws -> LLValue {
    let is_ = multi(idx, t.shape)
    let k = op.attrs.int("dim")
    var pieces: [(Value, Int, Int)] = []  // operand, offset, size
    var offset = 0
    for o in op.operands {
      let n = f.type(of: o).shape[k]
      if n > 0 { pieces.append((o, offset, n)) }
      offset += n
    }
    guard let last = pieces.last else { return scalar.constant(.int(0), t.dtype) }
    func at(_ piece: (Value, Int, Int)) throws -> LLValue {
      var src = is_
      src[k] = loops.clamp(piece.1 == 0 ? is_[k] : b.sub(is_[k], c(piece.1)), 0, piece.2 - 1)
      return try value(piece.0, .multi(src))
    }
    var acc = try at(last)
    for j in stride(from: pieces.count - 2, through: 0, by: -1) {
      let here = try at(pieces[j])
      acc = b.select(b.icmp(.slt, is_[k], c(pieces[j + 1].1)), here, acc)
    }
    return acc
  }

  /// A private constant global holding a dense literal (i1 as bytes).
  func literalGlobal(_ t: HostTensor) -> LLValue {
    var bytes: [UInt8] = []
    switch t.storage {
    case .f32(let a): for x in a { withUnsafeBytes(of: x.bitPattern.littleEndian) { bytes += $0 } }
    case .f64(let a): for x in a { withUnsafeBytes(of: x.bitPattern.littleEndian) { bytes += $0 } }
    case .i32(let a): for x in a { withUnsafeBytes(of: x.littleEndian) { bytes += $0 } }
    case .i64(let a): for x in a { withUnsafeBytes(of: x.littleEndian) { bytes += $0 } }
    case .i1(let a): bytes = a.map { $0 ? 1 : 0 }
    }
    return module.addGlobal("literal", initializer: ctx.constBytes(bytes), isConstant: true, linkage: .private,
                            alignment: 64, unnamedAddress: true)
  }
}
