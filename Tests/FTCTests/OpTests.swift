import FTC
import Foundation
import FTIR
import Testing

/// Every op of the Swift API, compiled and compared with the interpreter and with hand values.
@Suite struct OpTests {
  @Test func elementwiseFunctions() throws {
    let f = TensorFunction(name: "unary", arity: 1) { xs in
      let x = xs[0]
      return [exp(x), log(x), log1p(x), expm1(x), sin(x), cos(x), tan(x), tanh(x), sqrt(x), rsqrt(x),
              abs(-x), sign(x - 1), square(x), sigmoid(x), relu(x - 1), softplus(x), gelu(x), gelu(x, approximate: false),
              pow(x, x), pow(x, 3), pow(x, 0.5), stopGradient(x), erf(x), floor(x * 3), ceil(x * 3)]
    }
    let xs: [Double] = [0.25, 0.5, 1.5, 2]
    let r = try compiledMatchesInterpreter(f, [NDArray(xs.map(Float.init))], tol: 1e-5)
    let expected: [(Double) -> Double] = [
      Foundation.exp, Foundation.log, Foundation.log1p, Foundation.expm1, Foundation.sin, Foundation.cos, Foundation.tan,
      Foundation.tanh, Foundation.sqrt, { 1 / Foundation.sqrt($0) }, { $0 }, { $0 > 1 ? 1 : $0 < 1 ? -1 : 0 }, { $0 * $0 },
      { 1 / (1 + Foundation.exp(-$0)) }, { Swift.max($0 - 1, 0) }, { Foundation.log(1 + Foundation.exp($0)) },
      { 0.5 * $0 * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * ($0 + 0.044715 * $0 * $0 * $0))) },
      { 0.5 * $0 * (1 + Foundation.erf($0 / 2.0.squareRoot())) },
      { Foundation.pow($0, $0) }, { $0 * $0 * $0 }, { Foundation.sqrt($0) }, { $0 }, Foundation.erf,
      { Foundation.floor($0 * 3) }, { Foundation.ceil($0 * 3) },
    ]
    #expect(r.count == expected.count)
    for (k, (a, e)) in zip(r, expected).enumerated() {
      #expect(a.dtype == .f32 && close(a, xs.map(e), tol: 2e-6), "op \(k): \(a)")
    }
  }

  @Test func arithmeticAndComparisons() throws {
    let f = TensorFunction(name: "arith", arity: 2) { xs in
      let (x, y) = (xs[0], xs[1])
      return [x + y, x - y, x * y, x / y, x % y, -x, x + 1, 2 - x, x * 2.5, 1 / x,
              (x .< y).astype(.i32), (x .<= y).astype(.i32), (x .> y).astype(.i32), (x .>= y).astype(.i32),
              (x .== y).astype(.i32), (x .!= y).astype(.i32), (x .> 2).astype(.i32),
              maximum(x, y), minimum(x, y), clip(x, 1.5, 3), `where`(x .< y, x, y), `where`(x .> 2, x, 0),
              logicalNot(x .< y).astype(.f32), x.at([2..<4])]
    }
    let x: [Double] = [1, 2, 3, 4], y: [Double] = [2, 2, 2, 5]
    let r = try compiledMatchesInterpreter(f, [NDArray(x.map(Float.init)), NDArray(y.map(Float.init))])
    let e: [[Double]] = [
      [3, 4, 5, 9], [-1, 0, 1, -1], [2, 4, 6, 20], [0.5, 1, 1.5, 0.8], [1, 0, 1, 4], [-1, -2, -3, -4], [2, 3, 4, 5],
      [1, 0, -1, -2], [2.5, 5, 7.5, 10], [1, 0.5, 1.0 / 3, 0.25],
      [1, 0, 0, 1], [1, 1, 0, 1], [0, 0, 1, 0], [0, 1, 1, 0], [0, 1, 0, 0], [1, 0, 1, 1], [0, 0, 1, 1],
      [2, 2, 3, 5], [1, 2, 2, 4], [1.5, 2, 3, 3], [1, 2, 2, 4], [0, 0, 3, 4], [0, 1, 1, 0], [3, 4],
    ]
    #expect(r.count == e.count)
    for (k, (a, ex)) in zip(r, e).enumerated() { #expect(close(a, ex), "result \(k): \(a)") }
  }

  @Test func reductions() throws {
    let f = TensorFunction(name: "red", arity: 1) { xs in
      let x = xs[0]
      return [sum(x), sum(x, axes: [1]), sum(x, axes: [-1], keepDims: true), mean(x), mean(x, axes: [0]),
              max(x), min(x, axes: [1]), prod(x, axes: [0]), argmax(x).astype(.f32), argmax(x, axis: 1).astype(.f32),
              argmin(x, axis: 0).astype(.f32), logSumExp(x, axes: [1]), softmax(x), logSoftmax(x, axes: [0])]
    }
    let x: [Double] = [1, 5, 3, 4, 2, 6]
    let r = try compiledMatchesInterpreter(f, [try f32(x.map(Float.init), [2, 3])])
    let lse = { (a: [Double]) in Foundation.log(a.map(Foundation.exp).reduce(0, +)) }
    let sm = [x[0..<3], x[3..<6]].flatMap { row in row.map { Foundation.exp($0 - lse(Array(row))) } }
    let lsm0 = (0..<6).map { i in x[i] - lse([x[i % 3], x[i % 3 + 3]]) }
    let e: [([Double], [Int])] = [
      ([21], []), ([9, 12], [2]), ([9, 12], [2, 1]), ([3.5], []), ([2.5, 3.5, 4.5], [3]), ([6], []), ([1, 2], [2]),
      ([4, 10, 18], [3]), ([5], []), ([1, 2], [2]), ([0, 1, 0], [3]), ([lse([1, 5, 3]), lse([4, 2, 6])], [2]), (sm, [2, 3]), (lsm0, [2, 3]),
    ]
    for (k, (a, ex)) in zip(r, e).enumerated() { #expect(close(a, ex.0, shape: ex.1), "result \(k): \(a)") }
  }

  @Test func shapeOps() throws {
    let f = TensorFunction(name: "shape", arity: 1) { xs in
      let x = xs[0]  // [[0,1,2],[3,4,5]]
      let parts = split(x, sections: 3, axis: 1)
      return [reshape(x, [3, -1]), transpose(x), transpose(expandDims(x, axis: 0), [2, 0, 1]), squeeze(expandDims(x, axis: -1)),
              broadcast(x, to: [2, 2, 3]), try concatenate([x, x], axis: 0), try stack([x, x], axis: 1), parts[2],
              pad(x, [(1, 0), (0, 2)], value: -1), x[1], x[0, 1..<3], x[..., 1...], x[...], x[TensorIndex.all, stride(from: 0, to: 3, by: 2)],
              x[-1, ...1]]
    }
    let r = try compiledMatchesInterpreter(f, [try f32([0, 1, 2, 3, 4, 5], [2, 3])])
    let e: [([Double], [Int])] = [
      ([0, 1, 2, 3, 4, 5], [3, 2]), ([0, 3, 1, 4, 2, 5], [3, 2]), ([0, 3, 1, 4, 2, 5], [3, 1, 2]), ([0, 1, 2, 3, 4, 5], [2, 3]),
      ([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5], [2, 2, 3]), ([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5], [4, 3]),
      ([0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5], [2, 2, 3]), ([2, 5], [2, 1]),
      ([-1, -1, -1, -1, -1, 0, 1, 2, -1, -1, 3, 4, 5, -1, -1], [3, 5]), ([3, 4, 5], [3]), ([1, 2], [2]), ([1, 2, 4, 5], [2, 2]), ([0, 1, 2, 3, 4, 5], [2, 3]),
      ([0, 2, 3, 5], [2, 2]), ([3, 4], [2]),
    ]
    for (k, (a, ex)) in zip(r, e).enumerated() { #expect(close(a, ex.0, shape: ex.1), "result \(k): \(a)") }
  }

  @Test func products() throws {
    let f = TensorFunction(name: "prod", arity: 3) { xs in
      let (a, b, v) = (xs[0], xs[1], xs[2])  // a [2,3], b [3,2], v [3]
      return [matmul(a, b), matmul(a, v), matmul(v, b), dot(v, v), dot(a, b), tensordot(a, b, axes: 1),
              tensordot(a, a, axes: ([0, 1], [0, 1])), matmul(broadcast(a, to: [2, 2, 3]), b)]
    }
    let a: [Double] = [1, 2, 3, 4, 5, 6], b: [Double] = [1, 0, 0, 1, 1, 1], v: [Double] = [1, 2, 3]
    let r = try compiledMatchesInterpreter(f, [try f32(a.map(Float.init), [2, 3]), try f32(b.map(Float.init), [3, 2]), NDArray(v.map(Float.init))])
    let e: [([Double], [Int])] = [
      ([4, 5, 10, 11], [2, 2]), ([14, 32], [2]), ([4, 5], [2]), ([14], []), ([4, 5, 10, 11], [2, 2]), ([4, 5, 10, 11], [2, 2]),
      ([91], []), ([4, 5, 10, 11, 4, 5, 10, 11], [2, 2, 2]),
    ]
    for (k, (x, ex)) in zip(r, e).enumerated() { #expect(close(x, ex.0, shape: ex.1), "result \(k): \(x)") }
  }

  /// `cond` traced and run by the interpreter (the compiled path for cond is being added to Codegen
  /// separately; once it lands, `compiledMatchesInterpreter` belongs here).
  @Test func condChoosesABranch() throws {
    let f = TensorFunction(name: "branch", arity: 2) { xs in
      [try cond(xs[0] .> 0, xs[1], then: { $0 * 2 }, else: { -$0 })]
    }
    let x = NDArray([1, 2, 3] as [Float])
    #expect(close(try f.interpret([NDArray(Float(1)), x])[0], [2, 4, 6]))
    #expect(close(try f.interpret([NDArray(Float(-1)), x])[0], [-1, -2, -3]))
    // The derivative flows through the chosen branch.
    let g = grad({ (p: Tensor, y: Tensor) in sum(try cond(p .> 0, y, then: { $0 * $0 }, else: { -$0 })) }, argnums: [1])
    #expect(close(try g.interpret([NDArray(Float(1)), x])[0], [2, 4, 6]))
    #expect(close(try g.interpret([NDArray(Float(-1)), x])[0], [-1, -1, -1]))
    // Compiled, the same (the branch is chosen at run time).
    #expect(close(try f([NDArray(Float(1)), x])[0], [2, 4, 6]))
    #expect(close(try f([NDArray(Float(-1)), x])[0], [-1, -2, -3]))
    #expect(close(try g([NDArray(Float(1)), x])[0], [2, 4, 6]))
    #expect(close(try g([NDArray(Float(-1)), x])[0], [-1, -1, -1]))
    // Branches must agree on their result types.
    let bad = TensorFunction(name: "bad", arity: 2) { xs in
      [try cond(xs[0] .> 0, xs[1], then: { sum($0) }, else: { $0 })]
    }
    #expect(throws: FTCError.self) { try bad.interpret([NDArray(Float(1)), x]) }
  }
}
