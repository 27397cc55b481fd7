import Codegen
import FTCTool
import Pipeline
@testable import FTIR

/// Runs every function of `text` both compiled (JIT) and in the
/// interpreter on the same random inputs; returns a description of each
/// mismatch (empty when they agree). Floats agree within `tolerance`
/// relative to the larger magnitude (and NaN with NaN); integers and i1 exactly.
func compareCompiled(_ text: String, file: String = "t.ftir", seed: UInt64 = 1, tolerance: Double = 1e-5,
                     only: String? = nil, inputs: ((TensorType, inout SeededRNG) -> HostTensor?)? = nil) throws -> [String] {
  let m = try load(text, file: file).flatMap(Pipeline.expand).get()
  let jit = try Pipeline.jit(m)
  var rng = SeededRNG(seed: seed)
  var problems: [String] = []
  for f in jit.module.functions where f.transform == nil && (only == nil || f.name == only) {
    let args = f.signature.params.map { t in (inputs?(t, &rng)) ?? randomTensor(t, &rng, limit: 1 << 24)! }
    let expected = try Interpreter(module: m).run(f.name, args)
    let got = try jit.run(f.name, args)
    for (j, (e, g)) in zip(expected, got).enumerated() {
      if let why = mismatch(e, g, tolerance: tolerance) { problems.append("@\(f.name) result \(j): \(why)") }
    }
  }
  return problems
}

func mismatch(_ e: HostTensor, _ g: HostTensor, tolerance: Double) -> String? {
  guard e.type == g.type else { return "type \(g.type), expected \(e.type)" }
  if e.dtype.isFloat {
    let (a, b) = (e.doubles, g.doubles)
    let scale = max(1e-30, a.map { $0.isFinite ? abs($0) : 0 }.max() ?? 1)
    for i in a.indices {
      if a[i].isNaN && b[i].isNaN { continue }
      if a[i] == b[i] { continue }
      if a[i].isInfinite || b[i].isInfinite || abs(a[i] - b[i]) > tolerance * max(scale, abs(a[i])) {
        return "element \(i): \(b[i]), expected \(a[i])"
      }
    }
    return nil
  }
  return e == g ? nil : "got \(g.doubles.prefix(8)), expected \(e.doubles.prefix(8))"
}
