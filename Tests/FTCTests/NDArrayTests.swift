import FTC
import FTIR
import Foundation
import Testing

@Suite struct NDArrayTests {
  @Test func printsAsNumpyRepr() throws {
    #expect("\(try NDArray([1, 2, 3, 4] as [Float], shape: [2, 2]))" == "array([[1., 2.],\n       [3., 4.]], dtype=float32)")
    #expect("\(NDArray(Float(3)))" == "array(3., dtype=float32)")
    #expect("\(NDArray([1, 2] as [Int32]))" == "array([1, 2], dtype=int32)")
    #expect("\(NDArray([0.5, 2] as [Double]))" == "array([0.5, 2. ])")
    #expect("\(NDArray([true, false]))" == "array([ True, False])")
  }

  @Test func npyRoundTrip() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ftc-api-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = try NDArray([1, -2.5, 3, 4, 5, 6] as [Double], shape: [3, 2])
    let path = dir.appendingPathComponent("a.npy").path
    try a.save(npy: path)
    #expect(try NDArray(npy: path) == a)
    #expect(throws: FTCError.self) { try NDArray(npy: dir.appendingPathComponent("missing.npy").path) }
  }

  @Test func constructors() throws {
    #expect(try NDArray.zeros([2, 3], dtype: .i64).doubles == Array(repeating: 0, count: 6))
    #expect(try NDArray.ones([2]).floats == [1, 1])
    #expect(try NDArray.full(7, shape: [], dtype: .f64).item == 7)
    #expect(try NDArray([[1, 2], [3, 4]] as [[Double]]).shape == [2, 2])
  }

  /// A captured host array is baked in as a constant.
  @Test func capturedArraysAreConstants() throws {
    let w = NDArray([1, 2, 3] as [Float])
    let f = jit { (x: Tensor) in x * x.constant(w) }
    #expect(try f(NDArray([2, 2, 2] as [Float])).doubles == [2, 4, 6])
  }
}
