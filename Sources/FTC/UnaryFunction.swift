/// Transforms of plain Swift closures. A closure of one tensor gives a
/// `UnaryFunction` (one tensor or array in, one out) so that
/// `grad(grad { sin($0) })(x)` reads as in JAX; closures of two or three
/// tensors give a `TensorFunction`.
///
///     let d2 = grad(grad { x in sin(x) })
///     try d2(NDArray(Float.pi / 2))   // array(-1., dtype=float32)

import FTIR

public struct UnaryFunction: Sendable {
  public let function: TensorFunction
  public init(_ function: TensorFunction) { self.function = function }
  public init(name: String = "f", _ body: @escaping (Tensor) throws -> Tensor) {
    function = TensorFunction(name: name, body)
  }

  private func single<T>(_ xs: [T]) throws(FTCError) -> T {
    guard xs.count == 1 else { throw FTCError("\(function.name) gives \(xs.count) results where one was expected") }
    return xs[0]
  }

  public func callAsFunction(_ x: Tensor) throws(FTCError) -> Tensor { try single(function([x])) }
  public func callAsFunction(_ x: NDArray) throws(FTCError) -> NDArray { try single(function([x])) }
  /// How many times a host call traced and compiled.
  public var traceCount: Int { function.traceCount }
}

public func grad(_ f: UnaryFunction) -> UnaryFunction { UnaryFunction(grad(f.function)) }
public func grad(_ f: @escaping (Tensor) throws -> Tensor) -> UnaryFunction { grad(UnaryFunction(f)) }
public func grad(_ f: @escaping (Tensor, Tensor) throws -> Tensor, argnums: [Int] = [0]) -> TensorFunction { grad(TensorFunction(f), argnums: argnums) }
public func grad(_ f: @escaping (Tensor, Tensor, Tensor) throws -> Tensor, argnums: [Int] = [0]) -> TensorFunction { grad(TensorFunction(f), argnums: argnums) }

public func valueAndGrad(_ f: UnaryFunction) -> TensorFunction { valueAndGrad(f.function) }
public func valueAndGrad(_ f: @escaping (Tensor) throws -> Tensor) -> TensorFunction { valueAndGrad(TensorFunction(f)) }
public func valueAndGrad(_ f: @escaping (Tensor, Tensor) throws -> Tensor, argnums: [Int] = [0]) -> TensorFunction { valueAndGrad(TensorFunction(f), argnums: argnums) }
public func valueAndGrad(_ f: @escaping (Tensor, Tensor, Tensor) throws -> Tensor, argnums: [Int] = [0]) -> TensorFunction { valueAndGrad(TensorFunction(f), argnums: argnums) }

public func jvp(_ f: UnaryFunction) -> TensorFunction { jvp(f.function) }
public func jvp(_ f: @escaping (Tensor) throws -> Tensor) -> TensorFunction { jvp(TensorFunction(f)) }
public func jvp(_ f: @escaping (Tensor, Tensor) throws -> Tensor) -> TensorFunction { jvp(TensorFunction(f)) }
public func vjp(_ f: UnaryFunction) -> TensorFunction { vjp(f.function) }
public func vjp(_ f: @escaping (Tensor) throws -> Tensor) -> TensorFunction { vjp(TensorFunction(f)) }
public func vjp(_ f: @escaping (Tensor, Tensor) throws -> Tensor, argnums: [Int]? = nil) -> TensorFunction { vjp(TensorFunction(f), argnums: argnums) }

public func jacrev(_ f: UnaryFunction) -> UnaryFunction { UnaryFunction(jacrev(f.function)) }
public func jacrev(_ f: @escaping (Tensor) throws -> Tensor) -> UnaryFunction { jacrev(UnaryFunction(f)) }
public func jacfwd(_ f: UnaryFunction) -> UnaryFunction { UnaryFunction(jacfwd(f.function)) }
public func jacfwd(_ f: @escaping (Tensor) throws -> Tensor) -> UnaryFunction { jacfwd(UnaryFunction(f)) }
public func hessian(_ f: UnaryFunction) -> UnaryFunction { UnaryFunction(hessian(f.function)) }
public func hessian(_ f: @escaping (Tensor) throws -> Tensor) -> UnaryFunction { hessian(UnaryFunction(f)) }

public func vmap(_ f: UnaryFunction, inAxis: Int = 0, outAxis: Int = 0) -> UnaryFunction {
  UnaryFunction(vmap(f.function, inAxes: [inAxis], outAxes: [outAxis]))
}
public func vmap(_ f: @escaping (Tensor) throws -> Tensor, inAxis: Int = 0, outAxis: Int = 0) -> UnaryFunction {
  vmap(UnaryFunction(f), inAxis: inAxis, outAxis: outAxis)
}
public func vmap(_ f: @escaping (Tensor, Tensor) throws -> Tensor, inAxes: [Int?]? = nil, outAxes: [Int?]? = nil) -> TensorFunction {
  vmap(TensorFunction(f), inAxes: inAxes, outAxes: outAxes)
}
public func vmap(_ f: @escaping (Tensor, Tensor, Tensor) throws -> Tensor, inAxes: [Int?]? = nil, outAxes: [Int?]? = nil) -> TensorFunction {
  vmap(TensorFunction(f), inAxes: inAxes, outAxes: outAxes)
}

public func jit(_ f: UnaryFunction) -> UnaryFunction { UnaryFunction(jit(f.function)) }
public func jit(_ f: @escaping (Tensor) throws -> Tensor) -> UnaryFunction { UnaryFunction(f) }
public func jit(_ f: @escaping (Tensor, Tensor) throws -> Tensor) -> TensorFunction { TensorFunction(f) }
public func jit(_ f: @escaping (Tensor, Tensor, Tensor) throws -> Tensor) -> TensorFunction { TensorFunction(f) }
