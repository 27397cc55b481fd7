import FTC
import Foundation
import FTIR
import Testing

/// The Swift API's `Random` namespace and bit functions against jax.random's
/// committed outputs (IR/examples/reference/random), compiled and
/// interpreted, bit for bit (normal within 4 ulp).
@Suite struct RandomAPITests {
  static func reference(_ name: String) throws -> NDArray {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try NDArray(npy: root.appendingPathComponent("IR/examples/reference/random/\(name).npy").path)
  }

  /// Compiled and interpreted results equal `expected` bit for bit.
  static func same(_ f: TensorFunction, _ args: [NDArray], _ expected: [NDArray]) throws {
    for (how, got) in [("compiled", try f(args)), ("interpreted", try f.interpret(args))] {
      #expect(got.count == expected.count)
      for (k, (g, e)) in zip(got, expected).enumerated() {
        #expect(g.type == e.type && g.description == e.description, "\(how) result \(k): \(g) vs \(e)")
      }
    }
  }

  @Test func keysSplitFoldInAndBits() throws {
    let f = TensorFunction(name: "keys", arity: 1) { xs in
      let k = Random.key(xs[0])
      return [Random.key(-1), k, Random.split(k, 3), Random.foldIn(k, 7), Random.foldIn(k, -3),
              Random.bits(k, shape: [3, 7]), Random.bits(k, shape: [5], dtype: .i64)]
    }
    try Self.same(f, [try NDArray([42] as [Int32], shape: [])], [try Self.reference("key_i32_m1"), try Self.reference("key_i32_42"), try Self.reference("split_42_3"),
                          try Self.reference("foldin_42_7"), try Self.reference("foldin_42_m3"),
                          try Self.reference("bits_42_3x7"), try Self.reference("bits64_42_5")])
  }

  @Test func uniformAndBernoulli() throws {
    let f = TensorFunction(name: "dists", arity: 2) { xs in
      let (k, p) = (xs[0], xs[1])
      return [Random.uniform(k, shape: [13], minval: -2.5, maxval: 3.25), Random.uniform(k, shape: [3, 7], dtype: .f64),
              Random.bernoulli(k, p: 0.3, shape: [4, 9]), Random.bernoulli(Random.key(7), p: p, shape: [3, 5])]
    }
    try Self.same(f, [try NDArray([0, 42] as [Int32]), try Self.reference("bernoulli_p")], [
      try Self.reference("uniform_f32_42_13_m2.5_3.25"), try Self.reference("uniform_f64_42_3x7"),
      try Self.reference("bernoulli_42_0.3_4x9"), try Self.reference("bernoulli_7_p_3x5"),
    ])
  }

  @Test func normalAndVmapOverKeys() throws {
    let normal = TensorFunction(name: "normal") { (k: Tensor) in Random.normal(k, shape: [6]) }
    let keys = try Self.reference("vmap_keys")
    let got = try vmap(normal)([keys])[0].doubles, want = try Self.reference("vmap_normal_4x6").doubles
    for (g, w) in zip(got, want) { #expect(Swift.abs(g - w) <= 4 * Double(Float(w).ulp), "\(g) vs \(w)") }
    let uniform = TensorFunction(name: "uniform") { (k: Tensor) in Random.uniform(k, shape: [6]) }
    try Self.same(vmap(uniform), [keys], [try Self.reference("vmap_uniform_4x6")])
  }

  @Test func bitFunctions() throws {
    let f = TensorFunction(name: "bits", arity: 2) { xs in
      let (x, n) = (xs[0], xs[1])
      return [shiftLeft(x, n), shiftRightLogical(x, n), shiftRightArithmetic(x, n), bitcastConvert(x, to: .f32),
              erfInv(bitcastConvert(x, to: .f32) * 0), fma(bitcastConvert(x, to: .f32), bitcastConvert(x, to: .f32), bitcastConvert(x, to: .f32))]
    }
    let x = try NDArray([-8, 0x3F80_0000] as [Int32]), n = try NDArray([1, 40] as [Int32])
    let r = try f([x, n])
    #expect(r[0].doubles == [-16, 0])
    #expect(r[1].doubles == [2147483644, 0])
    #expect(r[2].doubles == [-4, 0])
    #expect(r[3].doubles[1] == 1)
    #expect(r[4].doubles[1] == 0)
    #expect(r[5].doubles[1] == 2)
  }

  @Test func mistakesAreClearErrors() {
    let f = TensorFunction(name: "bad") { (x: Tensor) in Random.uniform(x, shape: [2]) }
    #expect(throws: FTCError.self) { try f([try NDArray([1, 2, 3] as [Int32])]) }
    let g = TensorFunction(name: "bad2") { (x: Tensor) in shiftLeft(x, x) }
    do { _ = try g([NDArray([1.5] as [Float])]) } catch {
      #expect(error.message.contains("shiftLeft: needs integer operands (i32, i64), got f32[1] and f32[1]"), "\(error.message)")
    }
  }
}
