import Foundation
import Testing
import Pipeline
@testable import FTIR

/// IR/examples/dropout.ftir: dropout (rate 0.25) with a key per batch row
/// under vmap over the keys. Its `@dropout` is the random library's IR
/// printed (this test regenerates it with FTC_UPDATE_GOLDEN=1), and
/// `@dropout_batch` gives jax.vmap(dropout)'s numbers bit for bit
/// (IR/examples/reference/random/dropout_*.npy, make_reference.py).
@Suite struct DropoutExampleTests {
  static let path = Repo.path("IR/examples/dropout.ftir")

  static let header = """
    // Dropout (rate 0.25) with a random key: keep each element with probability
    // 0.75 (jax.random.bernoulli on threefry2x32 keys, i32[2]) and scale it by
    // 1/0.75; @dropout_batch maps it over a batch of keys. Bit for bit as JAX's
    // jax.vmap(dropout, in_axes=(0, None)) (IR/examples/reference/random; XLA
    // computes JAX's x / 0.75 as x * (1 / 0.75), and so does this example).
    // @dropout is printed from ftc's random library (Sources/FTIR/Random.swift):
    // threefry2x32's rounds are the add / shift / or / xor lines.
    module @dropout

    """

  static func dropout() throws -> Function {
    let t = TensorType(.f32, [8, 5])
    var b = FunctionBuilder(name: "dropout")
    let key = b.addParam(TensorType(.i32, [2]), name: "key")
    let x = b.addParam(t, name: "x")
    let keep = try b.randomBernoulli(key, p: b.constant(.float(0.75), TensorType(.f32, [])), shape: t.shape)
    // JAX's x / 0.75: XLA rewrites a division by a constant into a product with its reciprocal.
    let scaled = try b.mul(x, b.constant(.float(Double(Float(1) / Float(0.75))), t))
    b.ret([try b.select(keep, scaled, b.zeros(t))])
    return b.function
  }

  static func text() throws -> String {
    header + "\n" + printFunction(try dropout()) + "\nfunc @dropout_batch = vmap(@dropout, in_axes=[0, none], size=3)\n"
  }

  @Test func theExampleIsTheLibrarysIR() throws {
    let want = try Self.text()
    if ProcessInfo.processInfo.environment["FTC_UPDATE_GOLDEN"] == "1" {
      try want.write(toFile: Self.path, atomically: true, encoding: .utf8)
    }
    let have = (try? String(contentsOfFile: Self.path, encoding: .utf8)) ?? ""
    #expect(have == want, "IR/examples/dropout.ftir differs from the library's IR (FTC_UPDATE_GOLDEN=1 regenerates)")
  }

  @Test func batchedDropoutMatchesJAX() throws {
    let text = try String(contentsOfFile: Self.path, encoding: .utf8)
    let m = try load(text, file: "dropout.ftir").flatMap(Pipeline.expand).get()
    let keys = try RandomTests.reference("dropout_keys"), x = try RandomTests.reference("dropout_x")
    #expect(keys.type == TensorType(.i32, [3, 2]))
    #expect(try RandomTests.check(m, fn: "dropout_batch", [keys, x], RandomTests.reference("dropout_out")) == [])
  }
}
