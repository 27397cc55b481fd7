/// A random well-typed module from a seed: private helper functions, public
/// functions that may call them, one float function `@d` with a scalar
/// result for the transforms, and random transform definitions composed up
/// to the nesting limit (each kept only if the verifier accepts it).
///
///     seed 7  ->  func private @h0(%0: i32[2]) -> (i1[2]) {...}
///                 func @f0(%0: f32[0,3], %1: i32[2]) -> (f32[3,0]) { ...call @h0... }
///                 func @d(%0: f64[2]) -> (f64[]) {...}
///                 func @t0 = vmap(grad(@d), size=3)
import FTIR
import Pipeline

public struct ModuleGenerator {
  /// Ops per function (at most).
  public var maxOps = 8
  /// Transform definitions tried per module (at most).
  public var maxTransforms = 3

  public init(maxOps: Int = 8, maxTransforms: Int = 3) {
    self.maxOps = maxOps
    self.maxTransforms = maxTransforms
  }

  /// The module's text (it parses and verifies).
  public func generate(seed: UInt64) -> String {
    var rng = FuzzRNG(seed: seed)
    var callees: [(name: String, signature: Signature)] = []
    var functions: [Function] = []
    for k in 0..<Int.random(in: 0...2, using: &rng) {
      let f = function("h\(k)", isPrivate: true, callees: callees, &rng)
      callees.append((f.name, f.signature))
      functions.append(f)
    }
    for k in 0..<Int.random(in: 1...2, using: &rng) {
      functions.append(function("f\(k)", isPrivate: false, callees: callees, &rng))
    }
    let d = differentiable(callees: callees, &rng)
    functions.append(d)
    var text = printModule(Module(name: "fuzz", functions: functions))
    var made = 0
    for _ in 0..<Int.random(in: 0...maxTransforms, using: &rng) {
      let line = "func @t\(made) = \(TransformGenerator.expression(of: d.signature, named: "d", &rng))\n"
      if case .success = Pipeline.load(bytes: Array((text + line).utf8), fileName: "fuzz.ftir") {
        text += line
        made += 1
      }
    }
    return text
  }

  /// A function of random ops returning 1 to 3 of its values.
  func function(_ name: String, isPrivate: Bool, callees: [(name: String, signature: Signature)],
                _ rng: inout FuzzRNG) -> Function {
    var c = GenContext(name: name, rng: rng, canAddParams: true, isPrivate: isPrivate)
    c.callees = callees
    for _ in 0..<c.int(1...maxOps) { c.tryRandomOp() }
    if c.pool.isEmpty { c.add(c.b.addParam(TensorType(.f32, [2]))) }
    let results = (0..<c.int(1...3)).map { _ in c.pick(Array(c.pool.suffix(4))) }
    c.b.ret(results)
    rng = c.rng
    return c.b.function
  }

  /// `@d`: float parameters, random ops, a scalar float result (a sum of a
  /// float value), sometimes an auxiliary result.
  func differentiable(callees: [(name: String, signature: Signature)], _ rng: inout FuzzRNG) -> Function {
    var c = GenContext(name: "d", rng: rng, canAddParams: true)
    c.callees = callees
    let dtype = c.pick(OpGenerators.floats)
    for _ in 0..<c.int(1...2) { c.add(c.b.addParam(TensorType(dtype, c.shape()))) }
    for _ in 0..<c.int(0...maxOps) { c.tryRandomOp() }
    let floats = c.pool.filter { c.type($0).dtype == dtype }
    let x = c.pick(Array(floats.suffix(3)))
    var results: [Value] = []
    if let s = try? c.b.reduceSum(x, dims: Array(0..<c.type(x).rank)) { results.append(s) }
    if c.chance(0.3) { results.append(c.pick(c.pool)) }
    c.b.ret(results)
    rng = c.rng
    return c.b.function
  }
}

extension GenContext {
  /// Builds one random op (a few draws; choices that do not fit are dropped).
  public mutating func tryRandomOp() {
    for _ in 0..<4 {
      let name = pick(OpGenerators.names)
      if (try? OpGenerators.byName[name]!(&self)) != nil { return }
    }
  }
}

extension OpGenerators {
  /// Every op with a generator, in registry order.
  public static let names: [String] = OpRegistry.all.map(\.name).filter { byName[$0] != nil }
}

/// Random transform expressions over a function's signature: kinds, nesting
/// (mostly shallow, sometimes up to `Limits.maxTransformNesting`) and keys.
public enum TransformGenerator {
  public static func expression(of sig: Signature, named name: String, _ rng: inout FuzzRNG) -> String {
    let depth = Int.random(in: 0..<10, using: &rng) == 0 ? Int.random(in: 3...Limits.maxTransformNesting, using: &rng)
      : Int.random(in: 1...2, using: &rng)
    var e = "@" + name
    for _ in 0..<depth {
      // Deep compositions are mostly of jvp and vmap, valid over any float
      // signature (a random kind rarely fits what the levels below made).
      let kind = depth > 2 && Int.random(in: 0..<10, using: &rng) < 7 ? [TransformKind.jvp, .vmap].randomElement(using: &rng)!
        : TransformKind.allCases.randomElement(using: &rng)!
      var args: [String] = []
      switch kind {
      case .grad, .value_and_grad:
        if Bool.random(using: &rng) { args.append("argnums=[\(Int.random(in: 0...1, using: &rng))]") }
        if sig.results.count > 1 && Bool.random(using: &rng) { args.append("has_aux=true") }
      case .vjp, .jacrev, .jacfwd, .hessian:
        if Bool.random(using: &rng) { args.append("argnums=[0]") }
      case .jvp: break
      case .vmap:
        args.append("size=\(Int.random(in: 0...3, using: &rng))")
        if Bool.random(using: &rng) { args.append("in_axes=[\(Bool.random(using: &rng) ? "0" : "none")]") }
        if Bool.random(using: &rng) { args.append("out_axes=[0]") }
      }
      e = "\(kind.rawValue)(\(([e] + args).joined(separator: ", ")))"
    }
    return e
  }
}
