/// In-process JIT compile time of the shared workloads (Tools/bench/w*.ftir):
/// the pipeline through `llvm-opt`, then the JIT's code generation (forced
/// by looking up every exported function), as a user of the Swift API or
/// `ftc run` pays it on a first call. Without `FTC_JIT_TIMES=1` only W7 is
/// compiled once (its entries must resolve); with it every workload is
/// compiled 5 times and the medians are printed:
///
///   FTC_JIT_TIMES=1 swift test --skip-build --filter JITCompileTimeTests
///
/// Performance is never asserted here (the machine is shared).
import Codegen
import Foundation
import FTIR
import Pipeline
import Testing

@Suite struct JITCompileTimeTests {
  static let workloads = ["w1_vmap_add", "w2_per_example", "w3_mlp_per_sample", "w4_mlp_train", "w5_gelu", "w6_softmax",
                          "w7_second_order"]

  /// Seconds of the pipeline through llvm-opt and of the JIT's code generation.
  static func jitOnce(_ name: String) throws -> (pipeline: Double, codegen: Double) {
    let path = Repo.path("Tools/bench/\(name).ftir")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let start = Date()
    let c = Compilation(bytes: bytes, fileName: path, options: CompilationOptions(forJIT: true))
    let jit = try Pipeline.jit(c)
    let compiled = Date()
    let module = try #require(c.module)
    for f in module.functions where !f.isPrivate && f.transform == nil { _ = try jit.entry(f.name) }
    return (compiled.timeIntervalSince(start), Date().timeIntervalSince(compiled))
  }

  @Test func workloadsCompileInProcess() throws {
    guard ProcessInfo.processInfo.environment["FTC_JIT_TIMES"] == "1" else {
      let t = try Self.jitOnce("w7_second_order")
      #expect(t.pipeline > 0 && t.codegen > 0)
      return
    }
    var lines = ["| workload | pipeline ms | JIT codegen ms | total ms |", "|---|---|---|---|"]
    for name in Self.workloads {
      var runs: [(Double, Double)] = []
      for _ in 0..<5 { runs.append(try Self.jitOnce(name)) }
      let median = { (xs: [Double]) in xs.sorted()[xs.count / 2] * 1000 }
      let p = median(runs.map(\.0)), g = median(runs.map(\.1)), t = median(runs.map { $0.0 + $0.1 })
      lines.append("| \(name) | \(String(format: "%.1f", p)) | \(String(format: "%.1f", g)) | \(String(format: "%.1f", t)) |")
    }
    print(lines.joined(separator: "\n"))
  }
}
