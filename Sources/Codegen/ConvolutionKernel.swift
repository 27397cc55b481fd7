/// The kernel of `conv`: a call into the runtime's im2col + GEMM
/// (Runtime/ftc_runtime.c, `ftc_rt_conv_f32` / `_f64`) on the operands'
/// buffers, with the geometry in a constant descriptor. Padding and lhs
/// dilation are handled by bounds in the runtime: it never reads outside a
/// buffer. Fewer than 3 spatial dims are padded with size-1 dims.
///
///     %y = conv %x, %w, window_strides=[2, 2] : f32[32,8,6,6]
///       ==>  @conv_desc = [N, I, O, fg, bg, in×3, k×3, out×3, stride×3, lo×3, ldil×3, rdil×3]
///            status = ftc_rt_conv_f32(x, w, y, @conv_desc)

import FTIR
import LLVMKit

extension KernelEmitter {
  /// Emits the call; returns its status (0, or the runtime's error code).
  func emitConvolution() throws -> LLValue {
    let root = f.body[kernel.root]
    let (x, w) = (root.operands[0], root.operands[1])
    let xt = f.type(of: x), wt = f.type(of: w), out = f.type(of: kernel.output)
    let o = ConvOptions(root.attrs, spatial: xt.rank - 2)
    func three(_ xs: [Int], fill: Int) -> [Int] { [Int](repeating: fill, count: 3 - xs.count) + xs }
    let desc = [out.shape[0], wt.shape[1], wt.shape[0], o.featureGroupCount, o.batchGroupCount]
      + three(Array(xt.shape[2...]), fill: 1) + three(Array(wt.shape[2...]), fill: 1) + three(Array(out.shape[2...]), fill: 1)
      + three(o.windowStrides, fill: 1) + three(o.padLow, fill: 0) + three(o.lhsDilation, fill: 1) + three(o.rhsDilation, fill: 1)
    let i64 = ctx.i64
    let table = ctx.constArray(i64, desc.map { ctx.constInt(i64, Int64($0)) })
    let global = module.addGlobal("\(fn.name).conv_desc", initializer: table, isConstant: true, alignment: 8, unnamedAddress: true)
    let name = out.dtype == .f64 ? "ftc_rt_conv_f64" : "ftc_rt_conv_f32"
    let callee = module.declareFunction(name, type: ctx.function([ctx.ptr, ctx.ptr, ctx.ptr, ctx.ptr], returning: ctx.i32))
    return b.call(callee, [try pointer(x), try pointer(w), try pointer(kernel.output), global])
  }
}
