import FTC
import FTIR
import Testing

/// sort, sort(keys:values:), argsort and topK of the Swift API: compiled and
/// interpreted against hand values, their gradients, vmap, and misuse.
@Suite struct SortingTests {
  @Test func sortArgsortAndTopK() throws {
    let f = TensorFunction(name: "sorting", arity: 2) { xs in
      let (x, y) = (xs[0], xs[1])
      let byKey = sort(keys: [x], values: [y], axis: 1, descending: true)
      let top = topK(x, k: 2)
      return [sort(x), sort(x, axis: 0, descending: true), argsort(x).astype(.f32), argsort(x, axis: 0, descending: true).astype(.f32),
              byKey.keys[0], byKey.values[0], top.values, top.indices.astype(.f32)]
    }
    // Rows [3, 1, 3] and [-0, 2, 0]: ties keep their order, -0 < +0.
    let x = try f32([3, 1, 3, -0.0, 2, 0], [2, 3]), y = try f32([10, 20, 30, 40, 50, 60], [2, 3])
    let r = try compiledMatchesInterpreter(f, [x, y], tol: 0)
    let e: [[Double]] = [
      [1, 3, 3, -0.0, 0, 2], [3, 2, 3, -0.0, 1, 0], [1, 0, 2, 0, 2, 1], [0, 1, 0, 1, 0, 1],
      [3, 3, 1, 2, 0, -0.0], [10, 30, 20, 50, 60, 40], [3, 3, 2, 0], [0, 2, 1, 2],
    ]
    #expect(r.count == e.count)
    for (k, (a, ex)) in zip(r, e).enumerated() {
      #expect(a.doubles == ex && a.doubles.map(\.sign) == ex.map(\.sign), "result \(k): \(a)")
    }
    #expect(r[6].shape == [2, 2] && r[7].shape == [2, 2])
  }

  @Test func severalKeys() throws {
    let f = TensorFunction(name: "keys", arity: 3) { xs in
      let s = sort(keys: [xs[0], xs[1]], values: [xs[2]], axis: 0)
      return s.keys + s.values
    }
    let r = try compiledMatchesInterpreter(f, [NDArray([1, 0, 1, 0] as [Int32]), NDArray([2, 9, 1, 9] as [Float]),
                                               try NDArray([true, false, false, true], shape: [4])])
    #expect(r[0].doubles == [0, 0, 1, 1] && r[1].doubles == [9, 9, 1, 2] && r[2].doubles == [0, 1, 0, 1])
  }

  @Test func gradientsFlowThroughThePermutation() throws {
    let w = NDArray([1, 10, 100] as [Double])
    // sum(top-3 values * w): each top value's weight goes back to where it was.
    let g = try grad { (x: Tensor) in sum(topK(x, k: 3).values * x.constant(w)) }(NDArray([0.5, 4, 2, 3, -1] as [Double]))
    #expect(g.doubles == [0, 1, 100, 10, 0])
    let h = try grad { (x: Tensor) in sum(sort(x) * x.constant(NDArray([1, 2, 3] as [Double]))) }(NDArray([3, 1, 2] as [Double]))
    #expect(h.doubles == [3, 1, 2])
  }

  @Test func vmapSortsEachRow() throws {
    let v = try vmap { x in sort(x, descending: true) }(try f32([1, 3, 2, 6, 4, 5], [2, 3]))
    #expect(v.doubles == [3, 2, 1, 6, 5, 4])
  }

  @Test func misuseIsAnError() {
    let k = message { _ = try jit { (x: Tensor) in topK(x, k: 4).values }(NDArray([1, 2, 3] as [Float])) }
    #expect(k.contains("topK") && k.contains("k = 4") && k.contains("f32[3]"), "\(k)")
    let a = message { _ = try jit { (x: Tensor) in sort(x, axis: 2) }(NDArray([1, 2, 3] as [Float])) }
    #expect(a.contains("sort") && a.contains("axis 2 is out of range"), "\(a)")
    let s = message { _ = try jit { (x: Tensor, y: Tensor) in sort(keys: [x], values: [y]).values[0] }(
      NDArray([1, 2, 3] as [Float]), NDArray([1, 2] as [Float])) }
    #expect(s.contains("sort") && s.contains("one shape"), "\(s)")
  }
}
