import FTC
import FTIR
import Testing

/// JAX's promotion rules restricted to ftc's dtypes, and weakly typed Swift literals.
@Suite struct PromotionTests {
  /// The dtype of `op(x, y)` traced at scalar x: a, y: b.
  func resultType(_ a: DType, _ b: DType, _ op: @escaping (Tensor, Tensor) -> Tensor) throws -> DType {
    try TensorFunction(name: "p") { (x: Tensor, y: Tensor) in op(x, y) }.trace([TensorType(a, []), TensorType(b, [])]).resultTypes[0].dtype
  }

  @Test func binaryPromotionLattice() throws {
    let cases: [(DType, DType, DType)] = [
      (.i32, .f32, .f32), (.f32, .f64, .f64), (.i32, .i64, .i64), (.i64, .f32, .f32), (.i1, .i32, .i32), (.i1, .f64, .f64),
      (.f32, .f32, .f32), (.i64, .f64, .f64),
    ]
    for (a, b, r) in cases {
      #expect(try resultType(a, b, +) == r, "\(a) + \(b)")
      #expect(try resultType(b, a, *) == r, "\(b) * \(a)")
    }
    // True division of ints gives f32; comparisons give i1.
    #expect(try resultType(.i32, .i32, /) == .f32)
    #expect(try resultType(.f64, .i32, .<) == .i1)
  }

  @Test func swiftLiteralsAreWeak() throws {
    func weak(_ d: DType, _ op: @escaping (Tensor) -> Tensor) throws -> DType {
      try TensorFunction(name: "w") { (x: Tensor) in op(x) }.trace([TensorType(d, [2])]).resultTypes[0].dtype
    }
    #expect(try weak(.f32) { $0 * 2 } == .f32)
    #expect(try weak(.f32) { $0 * 2.5 } == .f32)
    #expect(try weak(.f64) { 2 - $0 } == .f64)
    #expect(try weak(.i32) { $0 * 2 } == .i32)
    #expect(try weak(.i64) { $0 + 1 } == .i64)
    #expect(try weak(.i32) { $0 * 2.5 } == .f32)
    #expect(try weak(.i1) { $0 + 1 } == .i32)
    // Float math on ints computes in f32.
    #expect(try weak(.i32) { exp($0) } == .f32)
    #expect(try weak(.i64) { mean($0) } == .f32)
  }

  @Test func promotionInsertsExplicitConvertAndBroadcast() throws {
    let f = TensorFunction(name: "add") { (x: Tensor, y: Tensor) in x + y }
    let text = try f.ftir([TensorType(.f32, [2, 3]), TensorType(.i32, [3])])
    #expect(text.contains("convert"))
    #expect(text.contains("broadcast_in_dim"))
    #expect(text.contains("dims=[1]"))
    let r = try f(try NDArray([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3]), NDArray([10, 20, 30] as [Int32]))[0]
    #expect(r.dtype == .f32 && r.doubles == [11, 22, 33, 14, 25, 36])
  }

  @Test func broadcastingFollowsNumPy() throws {
    let f = TensorFunction(name: "b") { (x: Tensor, y: Tensor) in x * y }
    let r = try f(try NDArray([1, 2] as [Float], shape: [2, 1]), NDArray([1, 10, 100] as [Float]))[0]
    #expect(r.shape == [2, 3] && r.doubles == [1, 10, 100, 2, 20, 200])
  }
}
