/// What the rules of ops that own regions (`cond`) need from the passes.
///
/// A region is a closed body, so each transform of the op transforms its
/// regions as whole functions, with the same machinery the pass applies to
/// a function (JAX's `cond_jvp_rule` calls `jvp_jaxpr` on its branches).
/// The passes live in the Transforms module, which FTIR cannot see, so a
/// rule context carries them as a `RegionPasses` value.
///
/// Reverse mode adds one rule: partial evaluation. After forward mode, a
/// `cond` computes primal and tangent results together; reverse mode needs
/// the primal part (run forward, saving residuals) apart from the linear
/// part (transposed and run backward). `PartialEvalRule` splits the op.

public protocol RegionPasses: Sendable {
  /// `region` in forward mode. Parameters: its own, then a tangent for each
  /// parameter whose `tangentMask` entry is true. Yields: its own, then a
  /// tangent for each float yield (zeros where the tangent is zero).
  func jvp(_ region: Function, tangentMask: [Bool]) throws(BuildError) -> Function

  /// `region` batched: parameter i has a batch axis at `dims[i]` (nil: not
  /// batched) of `size` elements. With `outAxes`, yield j is placed at
  /// `outAxes[j]` (nil: must not be batched); without, where its rule leaves
  /// it. Returns the region and the batch axis of each yield.
  func batch(_ region: Function, dims: [Int?], size: Int, outAxes: [Int?]?) throws(BuildError) -> (Function, [Int?])

  /// `region` batched and emitted into `b` (inlined) on `args`; returns each
  /// yield with its batch axis.
  func batchInline(_ region: Function, into b: inout FunctionBuilder, args: [Value], dims: [Int?], size: Int)
    throws(BuildError) -> [(Value, Int?)]

  /// Which yields of `region` depend on a parameter marked in `linearParams`.
  func linearYields(_ region: Function, linearParams: [Bool]) -> [Bool]

  /// Splits `region` (linear in the parameters marked in `linearParams`)
  /// into its primal part — parameters: the others; yields: the unmarked
  /// yields of `linearYields`, then the residuals — and its linear part —
  /// parameters: the residuals, then the linear parameters; yields: the
  /// marked yields.
  func partialEval(_ region: Function, linearParams: [Bool], linearYields: [Bool]) throws(BuildError) -> SplitRegion

  /// The transpose of `region`, linear in the parameters marked in
  /// `linearParams`. Parameters: the unmarked ones, then a cotangent for
  /// each yield. Yields: the cotangent of each marked parameter.
  func transpose(_ region: Function, linearParams: [Bool]) throws(BuildError) -> Function
}

/// A region split by partial evaluation.
public struct SplitRegion: Sendable {
  public var primal: Function
  public var linear: Function
  /// The types of the residuals (the primal part's last yields, the linear
  /// part's first parameters).
  public var residualTypes: [TensorType]
  public init(primal: Function, linear: Function, residualTypes: [TensorType]) {
    self.primal = primal
    self.linear = linear
    self.residualTypes = residualTypes
  }
}

/// What a partial-evaluation rule sees: the op (in the linearized function,
/// whose values it names), which operands are linear, the primal builder
/// and the values there of the non-linear operands.
public struct PartialEvalContext: Sendable {
  public var b: FunctionBuilder
  public let op: Operation
  public let operandTypes: [TensorType]
  public let resultTypes: [TensorType]
  public let linear: [Bool]
  public let primals: [Value?]
  public var regions: any RegionPasses

  public init(b: FunctionBuilder, op: Operation, operandTypes: [TensorType], resultTypes: [TensorType],
              linear: [Bool], primals: [Value?], regions: any RegionPasses) {
    self.b = b
    self.op = op
    self.operandTypes = operandTypes
    self.resultTypes = resultTypes
    self.linear = linear
    self.primals = primals
    self.regions = regions
  }
}

/// The split: the primal op is already emitted into the context's builder;
/// the linear op is described for the pass to add to its linear program.
public struct PartialEvalResult: Sendable {
  /// For each result of the op: its value in the primal builder, or nil for
  /// a result the linear op computes.
  public var primalResults: [Value?]
  /// The linear op: `def` with `attrs` and `regions`, whose operands are the
  /// `residuals` (values of the primal builder) followed by the original
  /// operands at `linearOperands`, and whose results are the original
  /// results at `linearResults`.
  public var def: OpDef
  public var attrs: Attributes
  public var regions: [Function]
  public var residuals: [Value]
  public var linearOperands: [Int]
  public var linearResults: [Int]
  /// When set, the linear op's operand i is element `operandOrder[i]` of
  /// (residuals + the operands at `linearOperands`): a loop puts its carries
  /// first (`scan`'s linear op reads its residuals as per-step inputs).
  public var operandOrder: [Int]?
  /// Results of the linear op that stand for no original result (positions
  /// in `linearResults`, with their types): fresh values nothing reads. A
  /// checkpointed scan's linear op is the whole scan, its primal results
  /// placeholders, so that it stays a well-typed op inside regions.
  public var placeholders: [Int: TensorType] = [:]

  public init(primalResults: [Value?], def: OpDef, attrs: Attributes, regions: [Function], residuals: [Value],
              linearOperands: [Int], linearResults: [Int], operandOrder: [Int]? = nil) {
    self.operandOrder = operandOrder
    self.primalResults = primalResults
    self.def = def
    self.attrs = attrs
    self.regions = regions
    self.residuals = residuals
    self.linearOperands = linearOperands
    self.linearResults = linearResults
  }
}

public typealias PartialEvalRule = @Sendable (inout PartialEvalContext) throws(BuildError) -> PartialEvalResult

/// Which results of an op with regions depend on its operands marked in
/// `linear`, looking into its regions (so a JVP'd `cond`'s primal results
/// stay primal).
public typealias LinearResultsRule = @Sendable (_ linear: [Bool], _ attrs: Attributes, _ regions: [Function],
                                                _ passes: any RegionPasses) -> [Bool]
