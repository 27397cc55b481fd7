/// The symbolic tensor of a trace: a value of the function being traced.
/// Its type is known (shape, dtype); its elements are not. Ops on tensors
/// record FTIR operations; see Tracer.swift.
///
///     let y = x * 2 + exp(x)   // x: f32[3]  ==>  %c = constant 2.0 : f32[3]
///                              //                 %0 = mul %x, %c ...

import FTIR

public struct Tensor: CustomStringConvertible {
  let tracer: Tracer
  /// Nil for the poisoned result of a failed op (and for a host tensor).
  let value: Value?
  /// The tensor's type (dtype and shape).
  public let type: TensorType
  /// The elements of a host tensor (HostTensor.swift); nil for a traced one.
  var host: NDArray? = nil

  public var shape: [Int] { type.shape }
  public var dtype: DType { type.dtype }
  public var rank: Int { type.rank }
  public var description: String { "Tensor(\(type))" }

  /// Records one operation on `inputs` in this tensor's trace.
  func emit(_ what: String, _ inputs: [Tensor], at site: CallSite?, expected: TensorType? = nil,
            _ build: (inout FunctionBuilder, [Value]) throws(BuildError) -> Value) -> Tensor {
    let recorder = inputs.contains(where: { $0.host == nil }) ? FTC.recorder(of: inputs) ?? activeTracer : activeTracer
    return recorder.emit(what, inputs, at: site, expected: expected ?? type, build)
  }

  /// Records a failure of `what` (not a type-rule one) and gives a poisoned result.
  func fail(_ what: String, at site: CallSite?, _ message: String, expected: TensorType? = nil) -> Tensor {
    activeTracer.fail(activeTracer.prefix(site, what) + message)
    return Tensor(tracer: activeTracer, value: nil, type: expected ?? type)
  }

  /// A constant of this trace.
  func constant(_ value: Scalar, _ t: TensorType) -> Tensor {
    activeTracer.emit("constant", [], at: nil, expected: t) { (b: inout FunctionBuilder, _: [Value]) throws(BuildError) -> Value in
      try b.constant(value, t)
    }
  }

  /// A dense constant of this trace (a captured host array, baked in).
  public func constant(_ array: NDArray) -> Tensor {
    activeTracer.emit("constant", [], at: nil, expected: array.type) { (b: inout FunctionBuilder, _: [Value]) throws(BuildError) -> Value in
      try b.constant(array.host)
    }
  }

  /// A unary op of the typed builder.
  func unary(_ what: String, at site: CallSite?, _ op: (inout FunctionBuilder, Value) throws(BuildError) -> Value) -> Tensor {
    emit(what, [self], at: site) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in try op(&b, v[0]) }
  }

  /// This tensor converted elementwise to `dtype` (no op when it has it).
  public func astype(_ dtype: DType, file: String = #fileID, line: Int = #line) -> Tensor {
    guard dtype != self.dtype else { return self }
    return emit("astype", [self], at: CallSite(file, line), expected: type.with(dtype: dtype)) { (b: inout FunctionBuilder, v: [Value]) throws(BuildError) -> Value in
      try b.convert(v[0], to: dtype)
    }
  }
}

extension Tensor {
  /// A float version of this tensor for float-only math: floats stay, ints and bools become f32 (as in JAX).
  func floating(at site: CallSite?) -> Tensor {
    dtype.isFloat ? self : astype(.f32)
  }
}
