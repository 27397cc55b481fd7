import Testing
@testable import FTIR
@testable import Backend
@testable import Transforms

/// The declarations on `OpDef` that the passes read instead of lists of op
/// names, and the typed builder that rules build IR with.
@Suite struct OpDeclarationTests {
  /// A function that uses every typed builder function once.
  static func everyOp() throws -> Function {
    var b = FunctionBuilder(name: "all")
    let x = b.addParam(TensorType(.f32, [2, 3]), name: "x")
    let y = b.addParam(TensorType(.f32, [2, 3]), name: "y")
    let i = b.addParam(TensorType(.i32, [2, 3]), name: "i")
    var out: [Value] = []
    for v in [try b.exp(x), try b.log(x), try b.log1p(x), try b.expm1(x), try b.sqrt(x), try b.rsqrt(x),
              try b.sin(x), try b.cos(x), try b.tan(x), try b.tanh(x), try b.logistic(x), try b.erf(x),
              try b.floor(x), try b.ceil(x), try b.neg(x), try b.abs(x), try b.sign(x), try b.integerPow(x, 3),
              try b.add(x, y), try b.sub(x, y), try b.mul(x, y), try b.div(x, y), try b.rem(x, y), try b.max(x, y),
              try b.min(x, y), try b.pow(x, y), try b.atan2(x, y), try b.clamp(x, y, x), try b.stopGradient(x),
              try b.select(b.lt(x, y), x, y), try b.convert(i, to: .f32),
              try b.erfInv(x), try b.fma(x, y, x), try b.bitcastConvert(i, to: .f32)] {
      out.append(v)
    }
    let t = TensorType(.f32, [2, 3])
    let then = try FunctionBuilder.region("then", params: [t, t]) { (r: inout FunctionBuilder, a: [Value]) throws(BuildError) -> [Value] in
      [try r.mul(a[0], a[1])]
    }
    let otherwise = try FunctionBuilder.region("else", params: [t, t]) { (_: inout FunctionBuilder, a: [Value]) throws(BuildError) -> [Value] in
      [a[0]]
    }
    let p = try b.reduceMax(b.convert(b.gt(x, y), to: .i32), dims: [0, 1])
    for v in try b.cond(b.convert(p, to: .i1), [x, y], branches: [then, otherwise]) {
      out.append(v)
    }
    // scan over the rows of x (carry: a row), and a while that counts down.
    let row = TensorType(.f32, [3])
    let scanBody = try FunctionBuilder.region("body", params: [row, row]) { (r: inout FunctionBuilder, a: [Value]) throws(BuildError) -> [Value] in
      let s = try r.add(a[0], a[1])
      return [s, s]
    }
    let scanned = try b.scan([b.slice(x, start: [0, 0], limit: [1, 3]).reshaped(&b, [3])], [x], length: 2, body: scanBody)
    out.append(try b.reshape(scanned[1], to: [2, 3]))
    let count = TensorType(.i32, [])
    let whileCond = try FunctionBuilder.region("cond", params: [count]) { (r: inout FunctionBuilder, a: [Value]) throws(BuildError) -> [Value] in
      [try r.gt(a[0], r.zeros(count))]
    }
    let whileBody = try FunctionBuilder.region("body", params: [count]) { (r: inout FunctionBuilder, a: [Value]) throws(BuildError) -> [Value] in
      [try r.sub(a[0], r.constant(.int(1), count))]
    }
    let n = try b.whileLoop([b.constant(.int(3), count)], maxTrips: 5, cond: whileCond, body: whileBody)[0]
    out.append(try b.broadcastInDim(b.convert(n, to: .f32), shape: [2, 3], dims: []))
    for c in Comparison.allCases { out.append(try b.convert(b.compare(c, x, y), to: .f32)) }
    out.append(try b.convert(b.not(b.and(b.or(b.isFinite(x), b.isFinite(y)), b.xor(b.isFinite(x), b.gt(x, y)))), to: .f32))
    out.append(try b.convert(b.iota(.i32, shape: [2, 3], dim: 1), to: .f32))
    out.append(try b.full(2, like: x))
    out.append(try b.constant(HostTensor(type: TensorType(.f32, [2, 3]), storage: .f32([1, 2, 3, 4, 5, 6]))))
    out.append(try b.reshape(b.transpose(b.reshape(x, to: [3, 2]), perm: [1, 0]), to: [2, 3]))
    out.append(try b.broadcastInDim(b.reduceSum(x, dims: [0]), shape: [2, 3], dims: [1]))
    out.append(try b.broadcastInDim(b.reduceProd(x, dims: [1]), shape: [2, 3], dims: [0]))
    out.append(try b.broadcastInDim(b.reduceMax(x, dims: [0, 1]), shape: [2, 3], dims: []))
    out.append(try b.broadcastInDim(b.reduceMin(x, dims: [1]), shape: [2, 3], dims: [0]))
    out.append(try b.convert(b.broadcastInDim(b.argmax(x, dim: 1), shape: [2, 3], dims: [0]), to: .f32))
    out.append(try b.convert(b.broadcastInDim(b.argmin(x, dim: 0, indexType: .i64), shape: [2, 3], dims: [1]), to: .f32))
    out.append(try b.slice(b.pad(x, b.zeros(TensorType(.f32, [])), low: [1, 0], high: [0, 1], interior: [0, 1]),
                           start: [0, 0], limit: [3, 6], stride: [1, 2]))
    out.append(try b.slice(b.concatenate([x, y], dim: 0), start: [1, 0], limit: [3, 3]))
    out.append(try b.reverse(x, dims: [0, 1]))
    out.append(try b.cumsum(x, axis: 1))
    out.append(try b.cumprod(x, axis: 0, reverse: true))
    out.append(try b.cummax(x, axis: 1, reverse: true))
    out.append(try b.cummin(x, axis: 0))
    let sorted = try b.sort([x, y], dimension: 1, numKeys: 2, descending: true)
    out.append(try b.add(sorted[0], b.takeAlongAxis(y, b.sort([x, i], dimension: 0)[1], axis: 0)))
    let rows = try b.iota(.i32, shape: [4], dim: 0)
    out.append(try b.scatterAdd(x, i, b.gather(y, i, axis: 1, batchDims: 1), axis: 1, batchDims: 1))
    out.append(try b.slice(b.transpose(b.gather(b.transpose(x, perm: [1, 0]), rows, axis: 0), perm: [1, 0]),
                           start: [0, 0], limit: [2, 3]))
    let k = try b.constant(.int(1), TensorType(.i64, []))
    out.append(try b.dynamicUpdateSlice(x, b.dynamicSlice(y, starts: [k, k], sizes: [1, 2]), starts: [k, k]))
    out.append(try b.dotGeneral(b.dotGeneral(x, y, contract: ([1], [1])), x, contract: ([1], [0])))
    out.append(try b.reshape(b.dotGeneral(b.reshape(x, to: [2, 3, 1]), b.reshape(y, to: [2, 1, 3]),
                                          batch: ([0], [0]), contract: ([2], [1])), to: [2, 9]))
    let image = try b.reshape(b.concatenate([x, y], dim: 0), to: [1, 2, 6])
    let kernel = try b.reshape(b.slice(x, start: [0, 0], limit: [2, 2]), to: [2, 1, 2])
    let convolved = try b.conv(image, kernel, ConvOptions(spatial: 1, windowStrides: [2], padHigh: [1], featureGroupCount: 2))
    out.append(try b.reshape(convolved, to: [2, 3]))
    out.append(try b.shiftLeft(i, i))
    out.append(try b.shiftRightLogical(i, i))
    out.append(try b.shiftRightArithmetic(i, i))
    b.ret(out)
    return b.function
  }

  @Test func theTypedBuilderBuildsEveryOp() throws {
    let f = try Self.everyOp()
    let built = Set(f.body.map(\.name))
    let all = Set(OpRegistry.all.filter { $0.opClass != .call }.map(\.name))
    #expect(all.subtracting(built) == [], "ops without a typed builder function")
    // The type rule runs when an op is built: a mistake is an error naming the op.
    var b = FunctionBuilder(name: "bad")
    let x = b.addParam(TensorType(.f32, [2, 3]))
    func message(_ build: (inout FunctionBuilder) throws(BuildError) -> Value) -> String? {
      do { _ = try build(&b) } catch { return error.message }
      return nil
    }
    #expect(message { b throws(BuildError) in try b.transpose(x, perm: [0]) }?.hasPrefix("transpose(f32[2,3]): ") == true)
    #expect(message { b throws(BuildError) in try b.reshape(x, to: [4]) }?.hasPrefix("reshape(f32[2,3]): ") == true)
    #expect(message { b throws(BuildError) in try b.add(x, b.reshape(x, to: [3, 2])) }?.hasPrefix("add(") == true)
  }

  @Test func theBuiltFunctionPrintsAndParsesBack() throws {
    let printed = printFunction(try Self.everyOp())
    guard case .success(let m) = parseModule(printed, fileName: "built.ftir") else {
      Issue.record("the printed function does not parse:\n\(printed)")
      return
    }
    #expect(printFunction(m.functions[0]) == printed)
  }

  @Test func everyOpHasAClassAndMathOpsALibmFunction() {
    for op in OpRegistry.all { #expect(op.opClass != nil, "\(op.name)") }
    let math = Set(OpRegistry.all.compactMap { $0.math?.name })
    #expect(math.isSuperset(of: ["exp", "log", "sin", "cos", "tanh", "erf", "pow", "atan2"]))
    #expect(OpRegistry["sqrt"].math == nil)  // an LLVM intrinsic, not libm
  }

  /// A test-only op with its own kernel that fusion knows nothing about but its class.
  static let opaqueOp = OpDef("test_opaque", arity: .exactly(1), type: { i throws(RuleError) in [i.operands[0]] },
                              eval: { i in [i.operands[0]] }, class: .opaque)

  @Test func fusionNamesTheClassOfEveryBoundary() throws {
    var b = FunctionBuilder(name: "f")
    let x = b.addParam(TensorType(.f32, [4, 4]))
    let d = try b.dotGeneral(b.exp(x), x, contract: ([1], [0]))
    let s = try b.reduceSum(d, dims: [1])
    let a = try b.argmax(x, dim: 0)
    let o = try b.emit(Self.opaqueOp, [x])[0]
    let r = try b.add(b.broadcastInDim(b.add(s, b.convert(a, to: .f32)), shape: [4, 4], dims: [0]), o)
    b.ret([r])
    let plan = planFusion(b.function)
    #expect(plan.reasons[d] == .nonFusible(.contraction))
    #expect(plan.reasons[s] == .nonFusible(.reduction))
    #expect(plan.reasons[a] == .nonFusible(.argReduction))
    #expect(plan.reasons[o] == .nonFusible(.opaque))
    // The exp feeding the contraction is materialized for BLAS.
    #expect(plan.reasons.values.contains(.bufferOperand(.contraction)))
    #expect(plan.kernels.first { $0.output == d }?.kind == .contraction)
    #expect(plan.kernels.first { $0.output == a }?.kind == .argReduction)
  }

  @Test func simplificationRunsTheOpsOwnRules() throws {
    var b = FunctionBuilder(name: "f")
    let x = b.addParam(TensorType(.f32, [2, 3]))
    let one = try b.full(1, like: x)
    let t = try b.transpose(b.transpose(b.mul(x, one), perm: [1, 0]), perm: [1, 0])  // identity after composing
    let n = try b.neg(b.neg(t))
    let r = try b.reshape(b.broadcastInDim(n, shape: [1, 2, 3], dims: [1, 2]), to: [2, 3])
    b.ret([r])
    let g = simplifyFunction(b.function, mode: .final)
    #expect(g.body.isEmpty)
    #expect(g.returnValues == [x])
  }
}

private extension Value {
  /// `reshape` through the builder (reads left to right in the test above).
  func reshaped(_ b: inout FunctionBuilder, _ shape: [Int]) throws(BuildError) -> Value { try b.reshape(self, to: shape) }
}
