/// Calls to libm functions (`expf`, `tanh`, `powf`, ...; each math op names
/// its function in `OpDef.math`) that the loop vectorizer can widen: for a
/// function declared `vectorized`, each call site names glibc libmvec's vector
/// variants (`_ZGVdN8v_expf` for AVX2, `_ZGVeN16v_expf` for AVX-512) in a
/// `vector-function-abi-variant` attribute, the variants are declared and
/// kept alive through `@llvm.compiler.used`, and the scalar function is
/// marked `memory(none) nounwind willreturn` so LLVM may vectorize around it.
/// Only variants the target's vector width supports are named.

import FTIR
import LLVMKit

final class MathLibrary {
  let module: LLModule
  let ctx: LLContext
  /// The target's widest vectors, in bits (selects AVX2 / AVX-512 variants).
  let vectorBits: Int
  private(set) var vectorDeclarations: [LLValue] = []
  private var declared = Set<String>()

  init(module: LLModule, context: LLContext, vectorBits: Int) {
    self.module = module
    self.ctx = context
    self.vectorBits = vectorBits
  }

  func call(_ function: MathFunction, _ d: DType, _ args: [LLValue], _ b: LLBuilder) throws -> LLValue {
    let t = d == .f32 ? ctx.f32 : ctx.f64
    let name = d == .f32 ? function.name + "f" : function.name
    let fnType = ctx.function(Array(repeating: t, count: args.count), returning: t)
    let fn = module.declareFunction(name, type: fnType)
    if declared.insert(name).inserted {
      try fn.addAttribute("nounwind")
      try fn.addAttribute("willreturn")
      try fn.addAttribute("memory", value: 0)
    }
    let call = b.call(fn, args)
    if function.vectorized, let variants = try variants(name, d, arity: args.count) {
      call.addCallSiteStringAttribute("vector-function-abi-variant", variants)
    }
    return call
  }

  /// The attribute value listing the usable vector variants, declaring them.
  private func variants(_ name: String, _ d: DType, arity: Int) throws -> String? {
    let params = String(repeating: "v", count: arity)
    var isas: [(String, Int)] = []  // (ISA letter, lanes)
    let lanes256 = d == .f32 ? 8 : 4
    if vectorBits >= 256 { isas.append(("d", lanes256)) }
    if vectorBits >= 512 { isas.append(("e", lanes256 * 2)) }
    guard !isas.isEmpty else { return nil }
    var parts: [String] = []
    for (isa, lanes) in isas {
      let vname = "_ZGV\(isa)N\(lanes)\(params)_\(name)"
      let vt = ctx.vector(d == .f32 ? ctx.f32 : ctx.f64, lanes)
      let vfn = module.declareFunction(vname, type: ctx.function(Array(repeating: vt, count: arity), returning: vt))
      if declared.insert(vname).inserted {
        try vfn.addAttribute("nounwind")
        try vfn.addAttribute("willreturn")
        try vfn.addAttribute("memory", value: 0)
        vectorDeclarations.append(vfn.value)
      }
      parts.append("\(vname)(\(vname))")
    }
    return parts.joined(separator: ",")
  }
}
