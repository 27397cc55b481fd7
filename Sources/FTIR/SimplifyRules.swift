/// Op-specific simplifications, declared with each op (`OpDef.simplify`)
/// and applied by the generic walk in `Transforms/Simplify.swift`.
///
///     %t = transpose %x, perm=[1,0]          (compose)
///     %u = transpose %t, perm=[1,0]    ==>   %u = transpose %x, perm=[0,1]
///     %y = mul %u, %one                ==>   (identity) uses of %y read %u
///
/// Every rewrite must be exact in IEEE arithmetic (no sign-of-zero or NaN
/// changes): `x*1` folds, `x+(+0.0)` and `x*0` do not; nor does a
/// `dot_general` with an identity matrix (inf·0 terms give NaN and a zero
/// sum's sign depends on the other terms; spec section 4 allows no `nnan`,
/// `ninf` or `nsz` assumption).

/// What a simplification sees of the function being simplified.
public protocol SimplifyContext {
  func type(_ v: Value) -> TensorType
  /// The splat value of `v`, if it is a splat constant.
  func splat(_ v: Value) -> Scalar?
  /// The operation that produced `v`, if it is not a parameter.
  func producer(_ v: Value) -> Operation?
}

extension SimplifyContext {
  /// `x` is a splat constant equal to `value` (and of the given sign, for floats).
  public func isSplat(_ x: Value, _ value: Double, signMinus: Bool? = nil) -> Bool {
    guard let s = splat(x) else { return false }
    switch s {
    case .float(let d):
      return d == value && (signMinus == nil || (d.sign == .minus) == signMinus!)
    case .int(let i): return Double(i) == value
    case .bool: return false
    }
  }
}

/// The op rewritten as a simpler op computing the same value (a broadcast
/// that only inserts size-1 dims is a reshape).
public typealias CanonicalRule = @Sendable (Operation, any SimplifyContext) -> Operation?
/// The op combined with the op producing its single operand (transpose of a
/// transpose is one transpose).
public typealias ComposeRule = @Sendable (_ op: Operation, _ producer: Operation, any SimplifyContext) -> Operation?
/// An existing value equal to the op's single result (`x*1` is `x`).
public typealias IdentityRule = @Sendable (_ op: Operation, _ resultType: TensorType, any SimplifyContext) -> Value?

/// The op rewritten as several simpler ops computing the same value
/// exactly; the last op's results replace the op's. `newValue` makes a
/// fresh value of the function for the intermediates.
public typealias ExpandRule = @Sendable (_ op: Operation, any SimplifyContext,
                                         _ newValue: (TensorType) -> Value) -> [Operation]?

public struct SimplifyRules: Sendable {
  public var canonical: CanonicalRule?
  public var expand: ExpandRule?
  public var compose: ComposeRule?
  /// As `compose`, when nothing else reads the producer's results (the
  /// combined op replaces the producer, which would otherwise run twice: a
  /// transpose of a product is the product with its operands swapped).
  /// Applied after the walk, when every value's readers are known.
  public var singleUseCompose: ComposeRule?
  /// Equal in value and in every derivative: applied everywhere.
  public var identity: IdentityRule?
  /// Equal in value only (`stop_gradient x` is `x`, but its derivatives are
  /// zero): applied only once no transform will differentiate the function
  /// again (the pipeline's simplify stage, not between nested transforms).
  public var valueIdentity: IdentityRule?

  public init(canonical: CanonicalRule? = nil, expand: ExpandRule? = nil, compose: ComposeRule? = nil,
              singleUseCompose: ComposeRule? = nil, identity: IdentityRule? = nil, valueIdentity: IdentityRule? = nil) {
    self.canonical = canonical
    self.expand = expand
    self.compose = compose
    self.singleUseCompose = singleUseCompose
    self.identity = identity
    self.valueIdentity = valueIdentity
  }
}
