import FTC
import FTIR
import Testing

/// gather, scatterAdd, dynamicSlice, dynamicUpdateSlice, take, takeAlongAxis
/// and the cumulative folds of the Swift API: compiled and interpreted values
/// against hand values, gradients against central differences, vmap, misuse.
@Suite struct IndexingAPITests {
  /// x = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]].
  let x = try! f32((0..<12).map(Float.init), [3, 4])

  @Test func gatherTakeAndClamping() throws {
    let f = TensorFunction(name: "gathering", arity: 3) { xs in
      [gather(xs[0], indices: xs[1], axis: 1), take(xs[0], xs[2]), take(xs[0], xs[1], axis: 0),
       gather(xs[0], indices: xs[1], axis: -1)]
    }
    let r = try compiledMatchesInterpreter(f, [x, NDArray([2, 5] as [Int32]), try NDArray([11, -3] as [Int64], shape: [1, 2])], tol: 0)
    #expect(r[0].shape == [3, 2] && r[0].doubles == [2, 3, 6, 7, 10, 11])  // 5 clamps to 3
    #expect(r[1].shape == [1, 2] && r[1].doubles == [11, 0])               // -3 clamps to 0
    #expect(r[2].shape == [2, 4] && r[2].doubles == [8, 9, 10, 11, 8, 9, 10, 11])
    #expect(r[3].doubles == r[0].doubles)
  }

  @Test func takeAlongAxisAndScatterAdd() throws {
    let f = TensorFunction(name: "along", arity: 2) { xs in
      let v = xs[0]
      return [takeAlongAxis(v, argsort(v, axis: 1), axis: 1), takeAlongAxis(v, argsort(v, axis: 0), axis: 0),
              scatterAdd(xs[1], indices: Tensor(NDArray([1, 1, 3] as [Int32])), updates: Tensor([1, 2, 3] as [Float]))]
    }
    let v = try f32([3, 1, 2, 0, 5, 4], [2, 3])
    let r = try compiledMatchesInterpreter(f, [v, try NDArray.zeros([4])], tol: 0)
    #expect(r[0].doubles == [1, 2, 3, 0, 4, 5])
    #expect(r[1].doubles == [0, 1, 2, 3, 5, 4])
    #expect(r[2].doubles == [0, 3, 0, 3])
  }

  @Test func dynamicSlicesWithRunTimeStarts() throws {
    let f = TensorFunction(name: "window", arity: 3) { xs in
      [dynamicSlice(xs[0], start: xs[1], sizes: [2, 2]),
       dynamicUpdateSlice(xs[0], xs[2], start: [xs[1][1], xs[1][0]])]
    }
    let ones = try f32([100, 200], [1, 2])
    let r = try compiledMatchesInterpreter(f, [x, NDArray([1, 2] as [Int32]), ones], tol: 0)
    #expect(r[0].doubles == [6, 7, 10, 11])
    #expect(r[1].doubles == [0, 1, 2, 3, 4, 5, 6, 7, 8, 100, 200, 11])  // start (2, 1)
    // Starts clamp into [0, dim − size]: (9, 9) reads the last 2×2 block.
    let clamped = try f([x, NDArray([9, 9] as [Int32]), ones])
    #expect(clamped[0].doubles == [6, 7, 10, 11])
    #expect(clamped[1].doubles == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 200])
  }

  @Test func cumulativeFolds() throws {
    let f = TensorFunction(name: "folds", arity: 1) { xs in
      let v = xs[0]
      return [cumsum(v, axis: 1), cumprod(v, axis: 0, reverse: true), cummax(v, axis: -1), cummin(v, axis: 1, reverse: true), cumsum(v)]
    }
    let v = try f32([1, 3, 2, 0, -1, 5], [2, 3])
    let r = try compiledMatchesInterpreter(f, [v], tol: 0)
    #expect(r[0].doubles == [1, 4, 6, 0, -1, 4])
    #expect(r[1].doubles == [0, -3, 10, 0, -1, 5])
    #expect(r[2].doubles == [1, 3, 3, 0, 0, 5])
    #expect(r[3].doubles == [1, 2, 2, -1, -1, 5])
    #expect(r[4].shape == [6] && r[4].doubles == [1, 4, 6, 6, 5, 10])
    let counts = try jit { (b: Tensor) in cumsum(b) }(NDArray([true, false, true] as [Bool]))
    #expect(counts.dtype == .i32 && counts.doubles == [1, 1, 2])
  }

  /// The gradient through every op (data only; the start is a run-time argument) against central differences.
  @Test func gradientsMatchFiniteDifferences() throws {
    let loss = TensorFunction(name: "loss", arity: 2) { xs in
      let (v, s) = (xs[0], xs[1])
      let picked = take(v, Tensor(NDArray([3, 0, 3] as [Int32])))
      let window = dynamicSlice(v, start: [s], sizes: [2])
      let placed = dynamicUpdateSlice(v * 0.5, window * window, start: [s])
      return [sum(square(picked)) + sum(cumprod(v, reverse: true)) + sum(window * Tensor([2, -1] as [Double]))
              + sum(cummax(v) * v) + sum(cumsum(v) * placed)
              + sum(scatterAdd(v, indices: Tensor(NDArray([0, 0] as [Int32])), updates: Tensor([1, 2] as [Double])) * v)]
    }
    let v: [Double] = [0.5, -1.2, 2.0, 0.7, 1.3], start = NDArray(Int32(1))
    let g = try grad(loss, argnums: [0])([NDArray(v), start])[0]
    let eps = 1e-6
    let numeric = try (0..<v.count).map { k -> Double in
      var plus = v, minus = v
      plus[k] += eps
      minus[k] -= eps
      return (try loss([NDArray(plus), start])[0].doubles[0] - loss([NDArray(minus), start])[0].doubles[0]) / (2 * eps)
    }
    #expect(close(g, numeric, tol: 1e-6), "\(g) vs \(numeric)")
    #expect(close(g, try grad(loss, argnums: [0]).interpret([NDArray(v), start])[0].doubles, tol: 1e-12))
  }

  /// vmap over mapped indices and mapped starts equals per-example calls.
  @Test func vmapOverIndicesAndStarts() throws {
    let window = vmap({ (row: Tensor, s: Tensor) in dynamicSlice(row, start: [s], sizes: [2]) }, inAxes: [0, 0])
    let r = try window(x, NDArray([0, 2, 5] as [Int32]))
    #expect(r[0].doubles == [0, 1, 6, 7, 10, 11])
    let picks = vmap({ (row: Tensor, i: Tensor) in take(row, i) }, inAxes: [0, 0])
    let p = try picks(x, try NDArray([3, 0, 1, 1, 2, 2] as [Int32], shape: [3, 2]))
    #expect(p[0].doubles == [3, 0, 5, 5, 10, 10])
    let sums = vmap({ (row: Tensor) in cumsum(row, axis: 0, reverse: true) })
    #expect(try sums(x).doubles == [6, 6, 5, 3, 22, 18, 13, 7, 38, 30, 21, 11])
  }

  @Test func misuseNamesTheArgumentAndCallSite() {
    let line = #line + 1
    let m = message { _ = try jit { (v: Tensor) in gather(v, indices: v) }(NDArray([1, 2] as [Float])) }
    #expect(m.contains("IndexingAPITests.swift:\(line)") && m.contains("gather: indices has type f32[2], expected i32 or i64 indices"), "\(m)")
    let a = message { _ = try jit { (v: Tensor) in cumsum(v, axis: 2) }(NDArray([1, 2] as [Float])) }
    #expect(a.contains("cumsum: axis 2 is out of range for f32[2]"), "\(a)")
    let t = message { _ = try jit { (v: Tensor) in take(v, Tensor(NDArray([0] as [Int32])), axis: -3) }(NDArray([1, 2] as [Float])) }
    #expect(t.contains("gather: axis -3 is out of range for f32[2]"), "\(t)")
    let s = message { _ = try jit { (v: Tensor) in dynamicSlice(v, start: [Tensor(NDArray([0] as [Int32]))], sizes: [1]) }(NDArray([1, 2] as [Float])) }
    #expect(s.contains("dynamicSlice: start[0] has type i32[1], expected an i32[] or i64[] scalar"), "\(s)")
    let w = message { _ = try jit { (v: Tensor) in dynamicSlice(v, start: Tensor(NDArray([0, 0] as [Int32])), sizes: [1]) }(NDArray([1, 2] as [Float])) }
    #expect(w.contains("dynamicSlice: start has type i32[2], expected a vector of 1 indices for f32[2]"), "\(w)")
    let l = message { _ = try jit { (v: Tensor) in takeAlongAxis(v, Tensor(NDArray([0] as [Int32])), axis: 0) }(try NDArray([1, 2] as [Float], shape: [1, 2])) }
    #expect(l.contains("takeAlongAxis: indices have type i32[1], expected rank 2"), "\(l)")
    let u = message { _ = try jit { (v: Tensor) in scatterAdd(v, indices: Tensor(NDArray([0] as [Int32])), updates: v) }(NDArray([1, 2] as [Float])) }
    #expect(u.contains("scatterAdd"), "\(u)")
  }
}
