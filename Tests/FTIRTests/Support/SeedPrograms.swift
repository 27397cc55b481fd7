/// The seed programs of the autodiff and vmap issues, shared by the tests
/// that check their exact values with the interpreter (AutodiffSeedTests,
/// VMapSeedTests) and the tests that compile every one of them and compare
/// with the interpreter and the same exact values (CompiledSeedTests).
enum SeedPrograms {
  static let gradOfSquare = """
    func @f(%x: f32[]) -> f32[] {
      %y = integer_pow %x, n=2 : f32[]
      return %y
    }
    func @df = grad(@f)
    """

  static let valueAndGradOfMeanSquaredError = """
    func @loss(%w: f32[], %x: f32[4], %y: f32[4]) -> f32[] {
      %wb = broadcast_in_dim %w, dims=[] : f32[4]
      %p = mul %wb, %x : f32[4]
      %d = sub %p, %y : f32[4]
      %s = integer_pow %d, n=2 : f32[4]
      %t = reduce_sum %s, dims=[0] : f32[]
      %n = constant 4.0 : f32[]
      %m = div %t, %n : f32[]
      return %m
    }
    func @vg = value_and_grad(@loss)
    """

  static let gradAndSecondDerivativeOfSin = """
    func @s(%x: f64[]) -> f64[] {
      %y = sin %x : f64[]
      return %y
    }
    func @ds = grad(@s)
    func @dds = grad(grad(@s))
    func @d3s = grad(@dds)
    """

  static let lossWithRespectToEachArgument = """
    func @loss(%w: f32[], %x: f32[2], %y: f32[2]) -> f32[] {
      %wb = broadcast_in_dim %w, dims=[] : f32[2]
      %p = mul %wb, %x : f32[2]
      %d = sub %p, %y : f32[2]
      %s = mul %d, %d : f32[2]
      %t = reduce_sum %s, dims=[0] : f32[]
      %n = constant 2.0 : f32[]
      %m = div %t, %n : f32[]
      return %m
    }
    func @all = value_and_grad(@loss, argnums=[0, 1])
    """

  static let sinTimesX = """
    func @f(%x: f64[]) -> f64[] {
      %s = sin %x : f64[]
      %y = mul %s, %x : f64[]
      return %y
    }
    func @df = grad(@f)
    func @ddf = grad(@df)
    func @fwd = jvp(@df)
    """

  static let gradThroughCallsAndHasAux = """
    func private @sq(%a: f64[3]) -> f64[3] {
      %b = mul %a, %a : f64[3]
      return %b
    }
    func @f(%x: f64[3]) -> (f64[], f64[3]) {
      %y = call @sq(%x) : f64[3]
      %s = reduce_sum %y, dims=[0] : f64[]
      return %s, %y
    }
    func @g = grad(@f, has_aux=true)
    func @h(%x: f64[3]) -> f64[] {
      %g, %aux = call @g(%x) : (f64[3], f64[3])
      %s = reduce_sum %g, dims=[0] : f64[]
      return %s
    }
    func @dh = grad(@h)
    """

  static let vjpAndJvpSignatures = """
    func @f(%x: f64[2], %k: i32[]) -> (f64[2], i32[]) {
      %y = exp %x : f64[2]
      return %y, %k
    }
    func @b = vjp(@f)
    func @fw = jvp(@f)
    """

  // The seed examples of the vmap issue (VMapSeedTests).

  static let vmapSquarePlusOne = """
    func @f(%x: f32[]) -> f32[] {
      %s = integer_pow %x, n=2 : f32[]
      %one = constant 1.0 : f32[]
      %y = add %s, %one : f32[]
      return %y
    }
    func @vf = vmap(@f, size=4)
    func @vg = vmap(grad(@f), size=4)
    """

  /// Per-example gradients of mean((dot(x, params) - y)^2).
  static let perExampleGradients = """
    func @loss(%params: f32[2], %x: f32[2], %y: f32[]) -> f32[] {
      %p = dot_general %x, %params, contract=[[0],[0]] : f32[]
      %d = sub %p, %y : f32[]
      %s = integer_pow %d, n=2 : f32[]
      %s1 = reshape %s : f32[1]
      %t = reduce_sum %s1, dims=[0] : f32[]
      %n = constant 1.0 : f32[]
      %m = div %t, %n : f32[]
      return %m
    }
    func @g = grad(@loss)
    func @pe = vmap(grad(@loss), in_axes=[none, 0, 0], size=3)
    """

  /// Per-sample gradients of (sum(w*x) - y)^2, w (4), x (8,4), y (8).
  static let perSampleGradients = """
    func @loss(%w: f32[4], %x: f32[4], %y: f32[]) -> f32[] {
      %p = mul %w, %x : f32[4]
      %s = reduce_sum %p, dims=[0] : f32[]
      %d = sub %s, %y : f32[]
      %l = integer_pow %d, n=2 : f32[]
      return %l
    }
    func @g = grad(@loss)
    func @ps = vmap(grad(@loss), in_axes=[none, 0, 0], size=8)
    """

  /// nn.Linear(4, 2) per-sample gradients: weight (16,2,4), bias (16,2).
  static let linearPerSampleGradients = """
    func @loss(%wt: f32[2,4], %b: f32[2], %x: f32[4], %t: f32[2]) -> f32[] {
      %h = dot_general %wt, %x, contract=[[1],[0]] : f32[2]
      %o = add %h, %b : f32[2]
      %d = sub %o, %t : f32[2]
      %s = integer_pow %d, n=2 : f32[2]
      %l = reduce_sum %s, dims=[0] : f32[]
      %n = constant 2.0 : f32[]
      %m = div %l, %n : f32[]
      return %m
    }
    func @g = grad(@loss, argnums=[0, 1])
    func @ps = vmap(grad(@loss, argnums=[0, 1]), in_axes=[none, none, 0, 0], size=16)
    """

  /// Every seed program by name.
  static let all: [(name: String, source: String)] = [
    ("gradOfSquare", gradOfSquare), ("valueAndGradOfMeanSquaredError", valueAndGradOfMeanSquaredError),
    ("gradAndSecondDerivativeOfSin", gradAndSecondDerivativeOfSin), ("lossWithRespectToEachArgument", lossWithRespectToEachArgument),
    ("sinTimesX", sinTimesX), ("gradThroughCallsAndHasAux", gradThroughCallsAndHasAux), ("vjpAndJvpSignatures", vjpAndJvpSignatures),
    ("vmapSquarePlusOne", vmapSquarePlusOne), ("perExampleGradients", perExampleGradients),
    ("perSampleGradients", perSampleGradients), ("linearPerSampleGradients", linearPerSampleGradients),
  ]
}
