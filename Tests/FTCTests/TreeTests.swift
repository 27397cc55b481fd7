import FTC
import FTIR
import Testing
import Foundation

/// A two-layer perceptron's parameters: one line of conformance.
struct MLP: TensorTree {
  var w1: Tensor
  var b1: Tensor
  var w2: Tensor
  var b2: Tensor
}

func forward(_ p: MLP, _ x: Tensor) -> Tensor { matmul(tanh(matmul(x, p.w1) + p.b1), p.w2) + p.b2 }
func mse(_ p: MLP, _ x: Tensor, _ y: Tensor) -> Tensor { mean(square(forward(p, x) - y)) }

/// Seeded parameters for `inputs` → `hidden` → 1.
func initialMLP(inputs: Int, hidden: Int, seed: UInt64) throws -> MLP {
  var rng = SplitMix(state: seed)
  return MLP(w1: Tensor(try f32(rng.floats(inputs * hidden, scale: 1), [inputs, hidden])),
             b1: Tensor(try f32(rng.floats(hidden, scale: 0.1), [hidden])),
             w2: Tensor(try f32(rng.floats(hidden, scale: 0.5), [hidden, 1])),
             b2: Tensor(try f32([0], [1])))
}

func host(_ t: Tensor) -> NDArray { t.array ?? (try! NDArray.zeros([0])) }

/// A nested tree: a struct holding arrays, dictionaries, optionals and a static field.
struct Nested: TensorTree {
  var layers: [MLP]
  var extra: [String: Tensor]
  var scale: Tensor?
  var depth: Int
}

@Suite struct TreeTests {
  /// The gradient of a struct-valued MLP loss is an MLP equal to the flat (positional) gradient.
  @Test func structGradientEqualsFlat() throws {
    let p = try initialMLP(inputs: 2, hidden: 3, seed: 1)
    var rng = SplitMix(state: 2)
    let x = try f32(rng.floats(10), [5, 2]), y = try f32(rng.floats(5), [5, 1])
    let g: MLP = try grad(mse)(p, Tensor(x), Tensor(y))
    let flat = TensorFunction(name: "flat", arity: 6) { xs in
      [mse(MLP(w1: xs[0], b1: xs[1], w2: xs[2], b2: xs[3]), xs[4], xs[5])]
    }
    let expected = try grad(flat, argnums: [0, 1, 2, 3])([p.w1, p.b1, p.w2, p.b2].map(host) + [x, y])
    for (got, want) in zip([g.w1, g.b1, g.w2, g.b2], expected) {
      #expect(close(host(got), want, tol: 1e-6), "\(host(got)) vs \(want)")
    }
    let vg = try valueAndGrad(mse)(p, Tensor(x), Tensor(y))
    #expect(close(host(vg.grad.w2), expected[2]))
    #expect(close(host(vg.value), try TensorFunction(name: "mse", arity: 6) { xs in [mse(MLP(w1: xs[0], b1: xs[1], w2: xs[2], b2: xs[3]), xs[4], xs[5])] }
                                      .callAsFunction([p.w1, p.b1, p.w2, p.b2].map(host) + [x, y] as [NDArray])[0]))
  }

  /// hasAux: the auxiliary tree comes back beside the value; the gradient is the same as without it.
  @Test func valueAndGradWithAux() throws {
    let p = try initialMLP(inputs: 2, hidden: 3, seed: 8)
    var rng = SplitMix(state: 9)
    let x = Tensor(try f32(rng.floats(6), [3, 2])), y = Tensor(try f32(rng.floats(3), [3, 1]))
    let withAux = valueAndGrad(hasAux: { (q: MLP, x: Tensor, y: Tensor) -> (Tensor, [String: Tensor]) in
      let prediction = forward(q, x)
      return (mean(square(prediction - y)), ["prediction": prediction, "worst": max(abs(prediction - y))])
    })
    let r = try withAux(p, x, y)
    let plain = try valueAndGrad(mse)(p, x, y)
    #expect(close(host(r.value), host(plain.value)))
    #expect(close(host(r.grad.w1), host(plain.grad.w1)))
    #expect(r.aux["prediction"]?.shape == [3, 1])
    #expect(r.aux["worst"]?.shape == [])
  }

  /// The issue's MLX seed: gradient {weight −1, bias 0} of a linear model struct.
  @Test func mlxLinearStructSeed() throws {
    struct Linear: TensorTree { var weight: Tensor; var bias: Tensor }
    let loss = { (m: Linear, x: Tensor, y: Tensor) in mean(square(m.weight * x + m.bias - y)) }
    let g = try grad(loss)(Linear(weight: Tensor(Float(1)), bias: Tensor(Float(0))), Tensor([0.5, -0.5] as [Float]), Tensor([1.5, -1.5] as [Float]))
    #expect(g.weight.array?.doubles == [-1])
    #expect(g.bias.array?.doubles == [0])
  }

  /// Leaves of nested trees come in path order; map and zip keep the Swift type and static fields.
  @Test func nestedTreeLeavesMapAndZip() throws {
    let m = try initialMLP(inputs: 1, hidden: 2, seed: 3)
    let tree = Nested(layers: [m, m], extra: ["z": Tensor(Float(1)), "a": Tensor(Float(2))], scale: Tensor(Float(3)), depth: 7)
    let paths = try treeLeaves(tree).map(\.path)
    #expect(paths == ["extra.a", "extra.z", "layers[0].b1", "layers[0].b2", "layers[0].w1", "layers[0].w2",
                      "layers[1].b1", "layers[1].b2", "layers[1].w1", "layers[1].w2", "scale"])
    let doubled = try jit { (t: Nested) in try treeZip(t, t) { $0 + $1 } }(tree)
    #expect(doubled.depth == 7)
    #expect(doubled.extra["a"]?.array?.doubles == [4])
    #expect(doubled.scale?.array?.doubles == [6])
    #expect(close(host(doubled.layers[1].w1), host(m.w1).doubles.map { $0 * 2 }))
  }

  /// Mismatched trees name the leaf path and the expected type.
  @Test func mismatchedTreesNameTheLeaf() throws {
    let a: [String: Tensor] = ["w": Tensor([1, 2] as [Float]), "b": Tensor(Float(0))]
    let wrongShape: [String: Tensor] = ["w": Tensor([1, 2, 3] as [Float]), "b": Tensor(Float(0))]
    let missing: [String: Tensor] = ["w": Tensor([1, 2] as [Float])]
    let sgd = SGD(learningRate: 0.1)
    let state = try sgd.initialize(a)
    #expect(throws: FTCError("SGD.update: grads: leaf w has type f32[3], expected f32[2]")) { _ = try sgd.update(a, wrongShape, state) }
    #expect(throws: FTCError("SGD.update: grads: has no leaf b of type f32[] (found w in its place)")) { _ = try sgd.update(a, missing, state) }
    #expect(throws: FTCError("treeZip: tree 1: leaf w has type f32[3], expected f32[2]")) { _ = try treeZip(a, wrongShape) { $0 + $1 } }
    let adam = Adam()
    #expect(throws: FTCError("Adam.update: the state has 0 slots, expected 2 (a state made by another optimizer?)")) { _ = try adam.update(a, a, state) }
  }

  /// A dictionary's leaves come in key order whatever its insertion order: a second call neither traces nor compiles.
  @Test func dictionaryOrderDoesNotRetrace() throws {
    var a: [String: Tensor] = [:]
    a["w"] = Tensor([1, 2] as [Float])
    a["b"] = Tensor(Float(10))
    var b: [String: Tensor] = [:]
    b["b"] = Tensor(Float(20))
    b["w"] = Tensor([3, 4] as [Float])
    let f = jit { (p: [String: Tensor]) in sum(p["w"]!) * p["b"]! }
    #expect(try f(a).array?.doubles == [30])
    #expect(try f(b).array?.doubles == [140])
    #expect(f.traceCount == 1)
    // Another structure (one more key) is another compilation.
    b["c"] = Tensor(Float(0))
    #expect(try f(b).array?.doubles == [140])
    #expect(f.traceCount == 2)
  }

  /// Integer leaves are not differentiated: their gradient is zeros of their type; static fields pass through.
  @Test func integerLeavesAndStaticFields() throws {
    struct Model: TensorTree { var w: Tensor; var counts: Tensor; var power: Int }
    let loss = { (m: Model, x: Tensor) -> Tensor in
      let powered: Tensor = sum(pow(m.w * x, m.power))
      return powered + sum(m.counts.astype(.f32))
    }
    let m = Model(w: Tensor([1, 2] as [Float]), counts: Tensor(NDArray([3, 4] as [Int32])), power: 2)
    let g = try grad(loss)(m, Tensor([1, 3] as [Float]))
    // d/dw (w x)^2 = 2 w x^2.
    #expect(g.w.array?.doubles == [2, 36])
    #expect(g.counts.array == NDArray([0, 0] as [Int32]))
    #expect(g.power == 2)
  }

  /// The flat function behind a tree function takes the leaves in path order.
  @Test func treeFunctionFTIRListsLeavesInPathOrder() throws {
    let p = try initialMLP(inputs: 2, hidden: 3, seed: 6)
    let text = try jit { (q: MLP, x: Tensor) in forward(q, x) }.ftir(p, Tensor(try NDArray.zeros([4, 2])))
    #expect(text.contains("(%0: f32[3], %1: f32[1], %2: f32[2,3], %3: f32[3,1], %4: f32[4,2])"), "\(text)")
  }

  /// 8 threads train at once through one compiled tree function (and the optimizer's shared update).
  @Test func eightThreadsCallOneTreeFunction() throws {
    let f = grad(mse)
    let outcomes = ThreadFlags()
    DispatchQueue.concurrentPerform(iterations: 8) { i in
      do {
        let p = try initialMLP(inputs: 2, hidden: 3, seed: 30)
        let x = Tensor(try f32([Float(i), 1, 0, Float(-i)], [2, 2])), y = Tensor(try f32([1, 2], [2, 1]))
        let g = try f(p, x, y)
        let sgd = SGD(learningRate: 0.1)
        let next = try sgd.update(p, g, try sgd.initialize(p))
        let alone = try grad(mse)(p, x, y)
        outcomes.set(i, close(host(g.w1), host(alone.w1)) && next.params.w1.shape == [2, 3])
      } catch {
        outcomes.set(i, false)
      }
    }
    #expect(outcomes.all == Array(repeating: true, count: 8))
    #expect(f.traceCount == 1)
  }

  /// vmap over trees: shared parameters (nil), per-example inputs; per-leaf axes by path.
  @Test func vmapOverTreesWithPerLeafAxes() throws {
    let p = try initialMLP(inputs: 2, hidden: 3, seed: 4)
    var rng = SplitMix(state: 5)
    let xs = try f32(rng.floats(8), [4, 2]), ys = try f32(rng.floats(4), [4, 1])
    // Per-example gradients, equal to a loop of per-example grad calls.
    let perExample = vmap(grad(mse), inAxes: [nil, 0, 0])
    let g = try perExample(p, Tensor(xs), Tensor(ys))
    #expect(g.w1.shape == [4, 2, 3])
    #expect(g.b2.shape == [4, 1])
    for i in 0..<4 {
      let xi = try f32(xs.floats!.slice(i * 2, 2), [1, 2]), yi = try f32(ys.floats!.slice(i, 1), [1, 1])
      let gi = try grad(mse)(p, Tensor(xi), Tensor(yi))
      let row = host(g.w1).doubles.slice(i * 6, 6), single = host(gi.w1).doubles
      #expect(zip(row, single).allSatisfy { Swift.abs($0 - $1) < 1e-5 }, "\(row) vs \(single)")
    }
    // Per-leaf axes: b1 is mapped (one per example), the rest shared.
    let shift = vmap({ (q: MLP, x: Tensor) in forward(q, x) }, inAxes: [.leaves(["b1": 0], others: nil), 0])
    var batched = p
    batched.b1 = Tensor(try f32(rng.floats(12), [4, 3]))
    let out = try shift(batched, Tensor(try f32(rng.floats(8), [4, 1, 2])))
    #expect(out.shape == [4, 1, 1])
    #expect(throws: FTCError("vmap_f: inAxes for argument 0 names a leaf bias that it does not have (its leaves: b1, b2, w1, w2)")) {
      _ = try vmap({ (q: MLP, x: Tensor) in forward(q, x) }, inAxes: [.leaves(["bias": 0], others: nil), 0])(p, Tensor(xs))
    }
  }

  /// Host tensors captured by a traced closure are baked in as constants.
  @Test func capturedHostTensorsAreConstants() throws {
    let w = Tensor([1, 2, 3] as [Float])
    let f = jit { (x: Tensor) in x * w + w }
    #expect(try f(Tensor([1, 1, 1] as [Float])).array?.doubles == [2, 4, 6])
    // An op on host tensors outside a trace is a recorded failure, thrown when its result is used.
    let bad = w + w
    #expect(bad.array == nil)
    #expect(throws: FTCError("arg0[0]: a host tensor of type f32[3] was used in an op outside any trace: "
                             + "tensor ops run inside traced functions (jit, grad, vmap, ...)")) { _ = try jit { (p: [Tensor]) in p[0] }([bad]) }
  }

  /// SGD and SGD with momentum: two steps by hand.
  @Test func sgdAndMomentumSteps() throws {
    let p = ["w": Tensor([1, -2] as [Float])], g = ["w": Tensor([0.5, 1] as [Float])]
    let sgd = SGD(learningRate: 0.1)
    let s1 = try sgd.update(p, g, try sgd.initialize(p))
    #expect(close(host(s1.params["w"]!), [0.95, -2.1]))
    let momentum = SGD(learningRate: 0.1, momentum: 0.9)
    let m1 = try momentum.update(p, g, try momentum.initialize(p))
    let m2 = try momentum.update(m1.params, g, m1.state)
    // v1 = g, v2 = 0.9 g + g = 1.9 g: p2 = p − 0.1 (g + 1.9 g) = p − 0.29 g.
    #expect(close(host(m2.params["w"]!), [1 - 0.145, -2 - 0.29]))
    #expect(m2.state.step.array?.doubles == [2])
  }

  /// A whole training step (loss, gradients, Adam update) as one compiled function:
  /// the loss falls below 2% of its initial value within 300 steps, and only the first call traces.
  @Test func adamTrainingStepConverges() throws {
    var rng = SplitMix(state: 11)
    let n = 64
    let xs = rng.floats(n * 2)
    let ys = (0..<n).map { (i: Int) -> Float in target(xs[2 * i], xs[2 * i + 1]) }
    let x = Tensor(try f32(xs, [n, 2])), y = Tensor(try f32(ys, [n, 1]))
    let adam = Adam(learningRate: 0.02)
    var traces = 0
    let step = jit { (s: Training<MLP>, x: Tensor, y: Tensor) in
      traces += 1
      let vg = try valueAndGrad(mse)(s.params, x, y)
      return Training(try adam.update(s.params, vg.grad, s.state), loss: vg.value)
    }
    let p = try initialMLP(inputs: 2, hidden: 16, seed: 12)
    var s = Training(params: p, state: try adam.initialize(p), loss: Tensor(Float(0)))
    var losses: [Double] = []
    for _ in 0..<300 {
      s = try step(s, x, y)
      losses.append(s.loss.array!.item!)
    }
    #expect(traces == 1)
    #expect(step.traceCount == 1)
    #expect(losses.last! < 0.02 * losses[0], "loss \(losses[0]) -> \(losses.last!)")
  }

  /// Issue #10's training seed: a 2-layer MLP trained with Adam (seeded) on 512 points of
  /// y = sin(3x₁) + x₂²; the loss falls below 1% of its initial value within 2,000 compiled steps.
  @Test func issueTrainingSeed() throws {
    var rng = SplitMix(state: 21)
    let n = 512
    let xs = rng.floats(n * 2)
    let ys = (0..<n).map { (i: Int) -> Float in target(xs[2 * i], xs[2 * i + 1]) }
    let x = Tensor(try f32(xs, [n, 2])), y = Tensor(try f32(ys, [n, 1]))
    let adam = Adam(learningRate: 0.01)
    let step = jit { (s: Training<MLP>, x: Tensor, y: Tensor) in
      let vg = try valueAndGrad(mse)(s.params, x, y)
      return Training(try adam.update(s.params, vg.grad, s.state), loss: vg.value)
    }
    let p = try initialMLP(inputs: 2, hidden: 32, seed: 22)
    var s = Training(params: p, state: try adam.initialize(p), loss: Tensor(Float(0)))
    s = try step(s, x, y)
    let initial = s.loss.array!.item!
    var steps = 1
    while steps < 2000 && s.loss.array!.item! >= 0.01 * initial {
      s = try step(s, x, y)
      steps += 1
    }
    #expect(s.loss.array!.item! < 0.01 * initial, "loss \(initial) -> \(s.loss.array!.item!) after \(steps) steps")
    #expect(step.traceCount == 1)
  }
}

/// The regression target y = sin(3 x₁) + x₂².
func target(_ x1: Float, _ x2: Float) -> Float {
  let a: Float = Foundation.sin(3 * x1)
  let b: Float = x2 * x2
  return a + b
}

extension Array {
  func slice(_ start: Int, _ count: Int) -> [Element] { Array(self[start..<start + count]) }
}

