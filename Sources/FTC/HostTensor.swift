/// Host tensors: a `Tensor` can hold elements (an `NDArray`) instead of
/// standing for a value of a trace, so one parameter struct of `Tensor`
/// fields serves both sides, as a JAX array and its tracer do. Transforms
/// take host tensors and give host tensors; inside a trace a host tensor
/// (an argument's constant leaf, or captured data) is baked in as a constant.
/// Ops on host tensors outside any trace record a failure: they run only
/// inside traced functions (`jit`, `grad`, ...).
///
///     let w = Tensor(NDArray([1, 2] as [Float]))      // host
///     jit { (x: Tensor) in x * w }                     // w  ==>  %c = constant dense<[1.0, 2.0]> : f32[2]

import FTIR

extension Tensor {
  /// A host tensor holding `array`.
  public init(_ array: NDArray) {
    let orphan = Tracer(name: "host")
    orphan.fail("a host tensor of type \(array.type) was used in an op outside any trace: "
                + "tensor ops run inside traced functions (jit, grad, vmap, ...)")
    self.init(tracer: orphan, value: nil, type: array.type, host: array)
  }

  /// A 1-D host tensor.
  public init(_ values: [Float]) { self.init(NDArray(values)) }
  public init(_ values: [Double]) { self.init(NDArray(values)) }
  /// A scalar host tensor.
  public init(_ value: Float) { self.init(NDArray(value)) }
  public init(_ value: Double) { self.init(NDArray(value)) }

  /// The elements of a host tensor; nil for a traced one.
  public var array: NDArray? { host }

  /// The trace this tensor's ops record into: its own, or (for a host tensor) the one running on this thread.
  var activeTracer: Tracer { host == nil ? tracer : (Tracer.current ?? tracer) }

  /// The elements of a host tensor, or an error naming `path` (a traced or failed tensor where a host value was expected).
  func hostArray(_ path: @autoclosure () -> String) throws(FTCError) -> NDArray {
    if let host { return host }
    if let failure = tracer.failure { throw FTCError("\(path()): \(failure.message)") }
    throw FTCError("\(path()): a traced tensor of type \(type) where a host value was expected (it escaped its trace)")
  }
}

/// The trace that ops on `xs` record into: the innermost of the traced
/// tensors' (a region's, when it uses tensors of enclosing traces too),
/// else the one running on this thread.
func recorder(of xs: [Tensor]) -> Tracer? {
  var inner: Tracer? = nil
  for x in xs where x.host == nil && x.tracer.depth > (inner?.depth ?? -1) { inner = x.tracer }
  return inner ?? Tracer.current
}
