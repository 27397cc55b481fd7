import FTC
import FTIR
import Testing

/// `conv` and `conv2d` of the Swift API: hand values, compiled vs
/// interpreter, padding modes, and errors naming the argument.
@Suite struct ConvolutionAPITests {
  @Test func convMatchesHandValues() throws {
    let f = TensorFunction(name: "conv", arity: 2) { xs in
      [conv(xs[0], xs[1], strides: [2], padding: [(1, 0)]), conv(xs[0], xs[1], rhsDilation: [2])]
    }
    let r = try compiledMatchesInterpreter(f, [try f32([1, 2, 3, 4], [1, 1, 4]), try f32([10, 1], [1, 1, 2])])
    #expect(close(r[0], [1, 23], shape: [1, 1, 2]))
    #expect(close(r[1], [13, 24], shape: [1, 1, 2]))
  }

  @Test func conv2dPadsLikeJAX() throws {
    // SAME with stride 2 on 5×5 and a 3×3 window: output 3×3, padding (1, 1);
    // on 4×4: output 2×2, padding (0, 1) (the extra at the high end).
    let f = TensorFunction(name: "c2", arity: 3) { xs in
      [conv2d(xs[0], xs[2], stride: 2, padding: .same), conv2d(xs[1], xs[2], stride: 2, padding: .same),
       conv2d(xs[0], xs[2])]
    }
    let ones3 = try f32([Float](repeating: 1, count: 9), [1, 1, 3, 3])
    let x5 = try f32((0..<25).map(Float.init), [1, 1, 5, 5]), x4 = try f32((0..<16).map(Float.init), [1, 1, 4, 4])
    let r = try compiledMatchesInterpreter(f, [x5, x4, ones3])
    #expect(r[0].shape == [1, 1, 3, 3] && r[1].shape == [1, 1, 2, 2] && r[2].shape == [1, 1, 3, 3])
    // x4 window at (0,0) covers rows 0-2, cols 0-2: 0+1+2+4+5+6+8+9+10 = 45; at (1,1) rows 2-3, cols 2-3: 10+11+14+15 = 50.
    #expect(close(r[1], [45, 39, 66, 50], shape: [1, 1, 2, 2]))
  }

  @Test func badShapesAreReportedWithTheArguments() {
    let f = TensorFunction(name: "bad", arity: 2) { xs in [conv(xs[0], xs[1], featureGroupCount: 3)] }
    var message = ""
    do { _ = try f([try f32([1, 2, 3, 4], [1, 2, 2]), try f32([1, 2], [2, 1, 1])]) } catch { message = "\(error)" }
    #expect(message.contains("conv") && message.contains("feature_group_count 3") && message.contains("ConvolutionAPITests.swift"), "\(message)")
  }
}
