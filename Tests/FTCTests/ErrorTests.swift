import FTC
import FTIR
import Testing

/// Every misuse is a thrown FTCError naming the argument or op (and its call site), never a trap.
@Suite struct ErrorTests {
  @Test func gradOfNonScalar() {
    let m = message { _ = try grad { x in x * 2 }(NDArray([1, 2] as [Float])) }
    #expect(m.contains("grad") && m.contains("float scalar") && m.contains("f32[2]"), "\(m)")
  }

  @Test func gradWithRespectToAnInteger() {
    let m = message { _ = try grad { x in sum(x.astype(.f32)) }(NDArray([1, 2] as [Int32])) }
    #expect(m.contains("argument 0") && m.contains("i32[2]") && m.contains("not a float"), "\(m)")
  }

  @Test func wrongArgumentCount() {
    let f = jit { (x: Tensor, y: Tensor) in x + y }
    let m = message { _ = try f(NDArray([1] as [Float])) }
    #expect(m.contains("takes 2 arguments, got 1"), "\(m)")
  }

  @Test func shapeMismatchNamesTheOperatorAndShapes() {
    let m = message { _ = try jit { (x: Tensor, y: Tensor) in x + y }(NDArray([1, 2] as [Float]), NDArray([1, 2, 3] as [Float])) }
    #expect(m.contains("operator +") && m.contains("[2]") && m.contains("[3]") && m.contains("do not broadcast"), "\(m)")
  }

  @Test func opMisuseNamesTheSwiftCallSite() {
    let line = #line + 1
    let f = jit { (x: Tensor) in matmul(x, x) }
    let m = message { _ = try f(try NDArray([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])) }
    #expect(m.contains("ErrorTests.swift:\(line)") && m.contains("matmul"), "\(m)")
  }

  @Test func typeRuleErrorsComeFromTheIR() {
    let m = message { _ = try jit { (x: Tensor) in `where`(x, x, x) }(NDArray([1] as [Float])) }
    #expect(m.contains("where") && m.contains("bool"), "\(m)")
    let r = message { _ = try jit { (x: Tensor) in reshape(x, [4]) }(NDArray([1, 2, 3] as [Float])) }
    #expect(r.contains("cannot reshape f32[3] to [4]"), "\(r)")
    let s = message { _ = try jit { (x: Tensor) in x[5] }(NDArray([1, 2, 3] as [Float])) }
    #expect(s.contains("index 5 is out of range"), "\(s)")
  }

  @Test func vmapSizesMustAgree() {
    let f = vmap { (x: Tensor, y: Tensor) in x + y }
    let m = message { _ = try f(NDArray([1, 2] as [Float]), NDArray([1, 2, 3] as [Float])) }
    #expect(m.contains("argument 1") && m.contains("f32[3]") && m.contains("mapped size is 2"), "\(m)")
  }

  @Test func tangentOfTheWrongType() {
    let m = message { _ = try jvp { x in sin(x) }(NDArray([1, 2] as [Float]), NDArray([1, 2, 3] as [Float])) }
    #expect(m.contains("argument 1") && m.contains("f32[3]") && m.contains("expected f32[2]"), "\(m)")
  }

  @Test func capturedTensorOfAnotherTrace() {
    let f = grad { (x: Tensor) in
      try grad { (y: Tensor) in x * y }(x)
    }
    let m = message { _ = try f(NDArray(Float(2))) }
    #expect(m.contains("another trace"), "\(m)")
  }

  @Test func arraysOfTheWrongSize() {
    let m = message { _ = try NDArray([1, 2, 3] as [Float], shape: [2, 2]) }
    #expect(m.contains("3 elements do not fill shape [2, 2]"), "\(m)")
    let r = message { _ = try NDArray([[1, 2], [3]] as [[Float]]) }
    #expect(r.contains("rows have different lengths"), "\(r)")
    let n = message { _ = try NDArray([1] as [Float], shape: [-1]) }
    #expect(n.contains("negative"), "\(n)")
  }

  @Test func userErrorsPassThrough() {
    struct Mine: Error {}
    let m = message { _ = try jit { (_: Tensor) -> Tensor in throw Mine() }(NDArray(Float(1))) }
    #expect(m.contains("Mine"), "\(m)")
  }
}

/// Extreme sizes, strides, widths and values give errors or saturate; none traps.
@Test func extremeArgumentsNeverTrap() throws {
  let x = NDArray([1, 2, 3, 4] as [Float])
  #expect(message { _ = try jit { (t: Tensor) in reshape(t, [Int.max, 2, -1]) }(x) }.contains("reshape"))
  #expect(message { _ = try jit { (t: Tensor) in broadcast(t, to: [Int.max, 4]) }(x) }.contains("broadcast"))
  #expect(message { _ = try jit { (t: Tensor) in pad(t, [(Int.min, Int.max)]) }(x) }.contains("pad"))
  #expect(message { _ = try jit { (t: Tensor) in pad(t, [(0, 1)], value: .nan) }(NDArray([1, 2] as [Int32])) } == "no error")
  #expect(try jit { (t: Tensor) in t[stride(from: 1, to: Int.max, by: Int.max)] }(x).doubles == [2])
  #expect(try jit { (t: Tensor) in t[(-100)...] }(x).doubles == [1, 2, 3, 4])
  #expect(try NDArray.full(.infinity, shape: [2], dtype: .i64).doubles == [9.223372036854775807e18, 9.223372036854775807e18])
  #expect(try NDArray.full(.nan, shape: [1], dtype: .i32).doubles == [0])
  #expect(message { _ = try NDArray.zeros([Int.max, Int.max]) }.contains("exceeds"))
}
