import FTC
import FTIR
import Testing

/// The cached call path: the last signature's entry is reused without a
/// lookup, and only when every argument type matches it.
@Suite struct CallPathTests {
  @Test func alternatingSignaturesUseTheirOwnEntries() throws {
    let f = jit(TensorFunction(name: "double") { (x: Tensor) in x * 2 })
    let a = NDArray([1, 2] as [Float]), b = NDArray([1, 2, 3] as [Float]), c = NDArray([1, 2] as [Double])
    for _ in 0..<3 {
      let ra = try f([a])[0], rb = try f([b])[0], rc = try f([c])[0]
      #expect(ra.doubles == [2, 4] && ra.dtype == .f32)
      #expect(rb.doubles == [2, 4, 6])
      #expect(rc.doubles == [2, 4] && rc.dtype == .f64)
    }
    #expect(f.traceCount == 3)
    // After a cached call, another argument count is still an error naming the function.
    #expect(throws: FTCError("double takes 1 argument, got 2")) { _ = try f([a, a]) }
    #expect(try f([a])[0].doubles == [2, 4])
  }

  /// Results are fresh arrays: a later call does not overwrite an earlier result.
  @Test func resultsAreNotShared() throws {
    let f = jit(TensorFunction(name: "plus") { (x: Tensor, y: Tensor) in x + y })
    let first = try f([NDArray([1] as [Float]), NDArray([1] as [Float])])[0]
    let second = try f([NDArray([5] as [Float]), NDArray([5] as [Float])])[0]
    #expect(first.doubles == [2] && second.doubles == [10])
  }
}
