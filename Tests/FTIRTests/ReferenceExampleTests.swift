import Foundation
import Testing
@testable import FTIR
import Pipeline

/// The examples whose expected values come from JAX 0.10.2
/// (`IR/examples/reference/make_reference.py` wrote the inputs and outputs
/// as .npy): each runs in the interpreter and compiled, against the same
/// committed numbers. Sorting is exact; the embedding classifier's f32 math
/// (exp, log, sums in another order than XLA's) within 2e-5 relative + 1e-6.
@Suite struct ReferenceExampleTests {
  func reference(_ name: String) throws -> HostTensor {
    let path = Repo.path("IR/examples/reference/\(name).npy")
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return try readNPY(bytes: bytes)
  }

  func example(_ name: String) throws -> Module {
    let text = try String(contentsOfFile: Repo.path("IR/examples/\(name).ftir"), encoding: .utf8)
    return try load(text, file: "\(name).ftir").flatMap(Pipeline.expand).get()
  }

  /// Runs `fn` of example `name` interpreted and compiled.
  func both(_ name: String, _ fn: String, _ args: [HostTensor]) throws -> [(String, [HostTensor])] {
    let m = try example(name)
    let interpreted = try Interpreter(module: m).run(fn, args)
    let compiled = try Pipeline.jit(m).run(fn, args)
    return [("interpreter", interpreted), ("compiled", compiled)]
  }

  func near(_ got: HostTensor, _ want: HostTensor, rtol: Double = 2e-5, atol: Double = 1e-6) -> Bool {
    got.type == want.type && zip(got.doubles, want.doubles).allSatisfy { a, b in abs(a - b) <= atol + rtol * abs(b) }
  }

  @Test func argsortAndTopKMatchJAX() throws {
    let x = try reference("sort_x")
    for (how, r) in try both("sort", "argsort", [x]) {
      #expect(r[0] == (try reference("sort_argsort")), "\(how)")
    }
    for (how, r) in try both("sort", "top_k", [x]) {
      #expect(r[0].bitwiseEqual(try reference("sort_top_k_values")), "\(how): \(r[0].doubles)")
      #expect(r[1] == (try reference("sort_top_k_indices")), "\(how): \(r[1].doubles)")
    }
  }

  @Test func topKAccuracyMatchesJAX() throws {
    let args = [try reference("top_k_scores"), try reference("top_k_labels")]
    let want = try reference("top_k_accuracy")
    #expect(want.doubles == [0.625])
    for (how, r) in try both("top_k_accuracy", "top3_accuracy", args) {
      #expect(r[0] == want, "\(how): \(r[0].doubles)")
    }
  }

  @Test func embeddingPerSampleGradientsMatchJAX() throws {
    let params = try ["emb", "w", "b", "tokens", "labels"].map { try reference("embedding_" + $0) }
    let m = try example("embedding")
    // The embedding gradient is a scatter_add (gather's transpose).
    #expect(m.function(named: "per_sample")!.body.contains { $0.name == "scatter_add" })
    for (how, r) in try both("embedding", "losses", params) {
      #expect(near(r[0], try reference("embedding_losses")), "\(how) losses: \(r[0].doubles)")
    }
    for (how, r) in try both("embedding", "per_sample", params) {
      try #require(r.count == 3)
      for (j, name) in ["d_emb", "d_w", "d_b"].enumerated() {
        let want = try reference("embedding_" + name)
        #expect(near(r[j], want), "\(how) \(name): max error \(zip(r[j].doubles, want.doubles).map { abs($0 - $1) }.max() ?? -1)")
      }
    }
  }
}
