/// The activation and normalization functions of jax.nn / mlx.nn, built
/// from the elementwise ops and reductions (so every transform applies).
///
///     relu(x)       ==>  %z = constant 0.0 : f32[3]   %r = max %x, %z
///     softmax(x)    ==>  exp(x - logSumExp(x, axes: [-1], keepDims: true))

import FTIR

public func relu(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  maximum(x, 0, file: file, line: line)
}

/// log(1 + exp(x)), stable for large |x|.
public func softplus(_ x: Tensor, file: String = #fileID, line: Int = #line) -> Tensor {
  maximum(x, 0.0, file: file, line: line) + log1p(exp(-abs(x, file: file, line: line), file: file, line: line), file: file, line: line)
}

/// GELU: the tanh approximation by default (as `jax.nn.gelu`), the erf form with `approximate: false`.
public func gelu(_ x: Tensor, approximate: Bool = true, file: String = #fileID, line: Int = #line) -> Tensor {
  let f = x.floating(at: CallSite(file, line))
  guard approximate else {
    return 0.5 * f * (1.0 + erf(f * 0.5.squareRoot(), file: file, line: line))
  }
  let inner = (2.0 / Double.pi).squareRoot() * (f + 0.044715 * pow(f, 3, file: file, line: line))
  return 0.5 * f * (1.0 + tanh(inner, file: file, line: line))
}

public func logSoftmax(_ x: Tensor, axes: [Int] = [-1], file: String = #fileID, line: Int = #line) -> Tensor {
  let f = x.floating(at: CallSite(file, line))
  return f - logSumExp(f, axes: axes, keepDims: true, file: file, line: line)
}

public func softmax(_ x: Tensor, axes: [Int] = [-1], file: String = #fileID, line: Int = #line) -> Tensor {
  exp(logSoftmax(x, axes: axes, file: file, line: line), file: file, line: line)
}
