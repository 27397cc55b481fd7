/// Optimizers as functions over parameter trees: SGD, SGD with momentum
/// and Adam. `update` works on host trees (compiled once per tree
/// structure and leaf types) and inside a trace (inlined), so a whole
/// training step — loss, gradients, update — is one compiled function:
///
///     let adam = Adam(learningRate: 1e-2)
///     let step = jit { (s: Training<MLP>, x: Tensor, y: Tensor) in
///       let vg = try valueAndGrad(loss)(s.params, x, y)
///       return Training(try adam.update(s.params, vg.grad, s.state), loss: vg.value)
///     }
///
/// Adam, per leaf (t counts steps from 1):
///     m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  p ← p − lr·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε)

import FTIR
import Foundation

/// An optimizer's state for parameters of type `P`: the step count and per-leaf slots (velocity; Adam's m and v).
public struct OptimizerState<P: TensorTree>: TensorTree {
  /// The number of updates made (an f32 scalar).
  public var step: Tensor
  public var slots: [P]
  public init(step: Tensor, slots: [P]) {
    self.step = step
    self.slots = slots
  }
}

/// Parameters and optimizer state after an update.
public struct Updated<P: TensorTree>: TensorTree {
  public var params: P
  public var state: OptimizerState<P>
  public init(params: P, state: OptimizerState<P>) {
    self.params = params
    self.state = state
  }
}

/// A training loop's carried value: parameters, optimizer state and the last loss.
public struct Training<P: TensorTree>: TensorTree {
  public var params: P
  public var state: OptimizerState<P>
  public var loss: Tensor
  public init(params: P, state: OptimizerState<P>, loss: Tensor) {
    self.params = params
    self.state = state
    self.loss = loss
  }
  public init(_ updated: Updated<P>, loss: Tensor) { self.init(params: updated.params, state: updated.state, loss: loss) }
}

/// An optimizer over parameter trees.
public protocol Optimizer: Sendable {
  /// The number of per-leaf slots its state keeps.
  var slotCount: Int { get }
  /// The new leaves (parameter, then slots) from one parameter leaf, its gradient, its slots and the step count after this update.
  func updateLeaf(_ param: Tensor, _ grad: Tensor, _ slots: [Tensor], step: Tensor) -> [Tensor]
  /// Compiled update functions, by parameter type.
  var programs: ProgramCache { get }
}

/// Compiled update functions of an optimizer, one per parameter type.
public final class ProgramCache: @unchecked Sendable {
  private let lock = NSLock()
  private var functions: [ObjectIdentifier: Any] = [:]
  public init() {}
  func get<F>(_ key: Any.Type, make: () -> F) -> F {
    lock.lock()
    defer { lock.unlock() }
    if let f = functions[ObjectIdentifier(key)] as? F { return f }
    let f = make()
    functions[ObjectIdentifier(key)] = f
    return f
  }
}

extension Optimizer {
  /// The initial state: step 0 and zero slots shaped as the parameters' leaves.
  public func initialize<P: TensorTree>(_ params: P) throws -> OptimizerState<P> {
    let zeros = try treeMap(params) { (path: String, t: Tensor) in Tensor(try NDArray.zeros(t.shape, dtype: t.dtype)) }
    return OptimizerState(step: Tensor(Float(0)), slots: Array(repeating: zeros, count: slotCount))
  }

  /// The parameters and state after one step along `grads` (of the parameters' type).
  /// Mismatched trees throw naming the leaf path and the expected type.
  public func update<P: TensorTree>(_ params: P, _ grads: P, _ state: OptimizerState<P>) throws -> Updated<P> {
    let reference = try TreeLayout(params)
    try checkSameTree(try TreeLayout(grads), as: reference, what: "\(Self.self).update: grads")
    guard state.slots.count == slotCount else {
      throw FTCError("\(Self.self).update: the state has \(state.slots.count) slots, expected \(slotCount) (a state made by another optimizer?)")
    }
    for (k, slot) in state.slots.enumerated() {
      try checkSameTree(try TreeLayout(slot), as: reference, what: "\(Self.self).update: state slot \(k)")
    }
    let f = programs.get(P.self) {
      treeFunction("\(Self.self)_update") { (a: Args3<P, P, OptimizerState<P>>) in try self.apply(a.arg0, a.arg1, a.arg2) }
    }
    return try f(params, grads, state)
  }

  /// The update traced: every leaf by `updateLeaf`.
  private func apply<P: TensorTree>(_ params: P, _ grads: P, _ state: OptimizerState<P>) throws -> Updated<P> {
    let step = state.step + 1
    let p = try TreeLayout(params), g = try TreeLayout(grads)
    let slots = try state.slots.map { try TreeLayout($0) }
    var newParams: [Tensor] = []
    var newSlots = Array(repeating: [Tensor](), count: slotCount)
    for k in p.leaves.indices {
      let out = updateLeaf(p.leaves[k], g.leaves[k], slots.map { $0.leaves[k] }, step: step)
      newParams.append(out[0])
      for s in 0..<slotCount { newSlots[s].append(out[1 + s]) }
    }
    return Updated(params: try p.rebuild(P.self, newParams),
                   state: OptimizerState(step: step, slots: try newSlots.map { try p.rebuild(P.self, $0) }))
  }
}

/// Stochastic gradient descent, with optional (heavy-ball) momentum: v ← μv + g; p ← p − lr·v.
public struct SGD: Optimizer {
  public var learningRate: Double
  public var momentum: Double
  public let programs = ProgramCache()
  public init(learningRate: Double, momentum: Double = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
  }
  public var slotCount: Int { momentum == 0 ? 0 : 1 }
  public func updateLeaf(_ param: Tensor, _ grad: Tensor, _ slots: [Tensor], step: Tensor) -> [Tensor] {
    guard momentum != 0 else { return [param - learningRate * grad] }
    let v = momentum * slots[0] + grad
    return [param - learningRate * v, v]
  }
}

/// Adam (Kingma & Ba), with bias correction.
public struct Adam: Optimizer {
  public var learningRate: Double
  public var beta1: Double
  public var beta2: Double
  public var epsilon: Double
  public let programs = ProgramCache()
  public init(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }
  public var slotCount: Int { 2 }
  public func updateLeaf(_ param: Tensor, _ grad: Tensor, _ slots: [Tensor], step: Tensor) -> [Tensor] {
    let m = beta1 * slots[0] + (1 - beta1) * grad
    let v = beta2 * slots[1] + (1 - beta2) * grad * grad
    // βᵗ as exp(t·log β): the step count is a traced scalar.
    let mHat = m / (1.0 - exp(step * Foundation.log(beta1)))
    let vHat = v / (1.0 - exp(step * Foundation.log(beta2)))
    return [param - learningRate * mHat / (sqrt(vHat) + epsilon), m, v]
  }
}
