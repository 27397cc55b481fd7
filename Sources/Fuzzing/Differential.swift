/// The differential check of one module: parse -> print -> parse gives
/// identical text; the interpreter after each FTIR stage (expand, simplify,
/// inline) agrees bit for bit with the interpreter on the module as parsed
/// (transform definitions: with the module as expanded, where they first
/// run); the JIT agrees bit for bit on functions without transcendental
/// math, reductions or contractions, and within `Tolerance` otherwise; so
/// does the shared object `ftc compile` makes, loaded and called. The
/// first stage that disagrees is the one reported (stages run in order).
///
///     check(text)  ->  .agreed  |  .rejected("expand: ...")  |  .finding(Finding(stage: "simplify", ...))
import Codegen
import FTIR
import Pipeline

public struct Finding: Error, CustomStringConvertible, Sendable {
  /// `round-trip`, a stage name (`expand`, `simplify`, `inline`), `jit`, `shared-object`, `reject` or `interpreter`.
  public var stage: String
  public var function: String
  public var message: String
  public var description: String { "[\(stage)] @\(function): \(message)" }
}

public enum Outcome: Sendable {
  /// `inconclusive`: compiled results of inexact functions no tolerance
  /// decides; `skipped`: functions the shared-object comparison cannot call.
  case agreed(inconclusive: Int, skipped: Int)
  /// A clean diagnostic at some stage (the operation limit, say): not a bug.
  case rejected(String)
  case finding(Finding)
}

/// Relative tolerances of compiled results on inexact functions (spec
/// section 4: math functions within 4 ulp; reductions reordered).
public enum Tolerance {
  public static let f32 = 1e-3
  public static let f64 = 1e-9
  /// Below these magnitudes a whole result is a cancellation of terms of
  /// order one (about 100 ulps of 1): inconclusive, not compared.
  public static let f32Cancellation = 1e-5
  public static let f64Cancellation = 1e-13
}

public struct Differential {
  /// Compare the JIT with the interpreter.
  public var jit: Bool
  /// Compare the shared object (`ftc compile`'s output, loaded with
  /// `dlopen`, called through its C ABI) with the interpreter.
  public var sharedObject: Bool
  public var seed: UInt64
  /// The interpreter's budget per call (a generated module is small).
  public var memoryBudget = 64 << 20

  public init(jit: Bool, sharedObject: Bool = false, seed: UInt64 = 1) {
    self.jit = jit
    self.sharedObject = sharedObject
    self.seed = seed
  }

  public func check(_ text: String) -> Outcome {
    let bytes = Array(text.utf8)
    let parsed: Module
    switch Pipeline.load(bytes: bytes, fileName: "fuzz.ftir") {
    case .failure(let d): return .finding(Finding(stage: "reject", function: "-", message: d.diagnostics.map(\.message).joined(separator: "; ")))
    case .success(let m): parsed = m
    }
    let once = printModule(parsed)
    guard case .success(let again) = Pipeline.load(bytes: Array(once.utf8), fileName: "fuzz.ftir") else {
      return .finding(Finding(stage: "round-trip", function: "-", message: "the printed module does not parse"))
    }
    if printModule(again) != once {
      return .finding(Finding(stage: "round-trip", function: "-", message: "printing the reparsed module changes the text"))
    }
    // The module after each FTIR stage.
    let c = Compilation(module: parsed, options: CompilationOptions(forJIT: true))
    var stages: [(Stage, Module)] = [(.parse, parsed)]
    do {
      try c.run(through: .inline) { stage in if stage != .parse, let m = c.module { stages.append((stage, m)) } }
    } catch {
      return .rejected("\(error)")
    }
    // Every stage's output is a valid module: written result types equal
    // their type rules (a rewrite that declares a wrong type runs in the
    // interpreter, which trusts the declared types, but breaks the next
    // transform or the backend).
    for (stage, m) in stages.dropFirst() {
      var copy = m
      let diags = verifyModule(&copy)
      if let first = diags.first {
        return .finding(Finding(stage: stage.rawValue, function: "-", message: "the stage's output does not verify: \(first.message)"))
      }
    }
    var rng = FuzzRNG(seed: seed)
    let finalModule = stages.last!.1
    for f in finalModule.functions where !f.isPrivate && f.transform == nil {
      let args = randomArgs(f.signature.params, &rng)
      var reference: [HostTensor]? = nil
      for (stage, m) in stages {
        guard let g = m.function(named: f.name), g.transform == nil else { continue }
        let got: [HostTensor]
        do { got = try Interpreter(module: m, memoryBudget: memoryBudget).run(f.name, args) } catch {
          if reference == nil { break }  // over budget: nothing to compare
          return .finding(Finding(stage: stage.rawValue, function: f.name, message: "the interpreter fails: \(error)"))
        }
        guard let ref = reference else { reference = got; continue }
        if let why = differ(ref, got, tolerance: nil) {
          return .finding(Finding(stage: stage.rawValue, function: f.name, message: why))
        }
      }
      _ = reference
    }
    var tally = Tally()
    if jit {
      let compiled: JITModule
      do { compiled = try Pipeline.jit(c) } catch {
        return .finding(Finding(stage: "jit", function: "-", message: "compilation fails: \(error)"))
      }
      if let f = compareCompiled(finalModule, stage: "jit", &tally, compiled.run) { return .finding(f) }
    }
    if sharedObject {
      let loaded: SharedObjectModule
      do { loaded = try Self.loadSharedObject(parsed) } catch {
        return .finding(Finding(stage: "shared-object", function: "-", message: "compilation, linking or loading fails: \(error)"))
      }
      if let f = compareCompiled(finalModule, stage: "shared-object", &tally, loaded.run) { return .finding(f) }
    }
    return .agreed(inconclusive: tally.inconclusive, skipped: tally.skipped)
  }

  /// Counts of compiled comparisons that did not conclude.
  struct Tally {
    /// Inexact functions with discontinuities or non-finite values: no tolerance decides them.
    var inconclusive = 0
    /// Functions with more buffers than a call from Swift passes (shared objects only).
    var skipped = 0
  }

  /// The first disagreement between compiled code (`run`) and the
  /// interpreter on the module as inlined, over every exported function.
  func compareCompiled(_ m: Module, stage: String, _ tally: inout Tally,
                       _ run: (String, [HostTensor]) throws -> [HostTensor]) -> Finding? {
    var rng = FuzzRNG(seed: seed)
    for f in m.functions where !f.isPrivate && f.transform == nil {
      let args = randomArgs(f.signature.params, &rng)
      guard let expected = try? Interpreter(module: m, memoryBudget: memoryBudget).run(f.name, args) else { continue }
      if stage == "shared-object" && args.count + f.resultTypes.count > SharedObjectModule.maxBuffers {
        tally.skipped += 1
        continue
      }
      let got: [HostTensor]
      do { got = try run(f.name, args) } catch {
        return Finding(stage: stage, function: f.name, message: "the call fails: \(error)")
      }
      let profile = OpProfile(f)
      if let why = differ(expected, got, tolerance: profile.isInexact ? Tolerance.self : nil) {
        if profile.isInexact && (profile.isDiscontinuous || why.contains("non-finite") || why.contains("(cancellation)")) {
          tally.inconclusive += 1
          continue
        }
        return Finding(stage: stage, function: f.name, message: why)
      }
    }
    return nil
  }

  /// `m` compiled as `ftc compile -o x.so` does (every stage through
  /// `link`, with the system linker), written to a private file and loaded.
  static func loadSharedObject(_ m: Module) throws -> SharedObjectModule {
    let c = Compilation(module: m, options: CompilationOptions(machineCode: .object, linkWith: .systemLinker))
    try c.run(through: .link)
    guard let bytes = c.sharedObject, let compiled = c.module else { throw Finding(stage: "shared-object", function: "-", message: "no shared object") }
    return try SharedObjectModule(bytes: bytes, module: compiled)
  }

  /// Arguments of these types: mostly small values, sometimes NaN, ±inf, ±0,
  /// subnormals and extreme integers.
  func randomArgs(_ types: [TensorType], _ rng: inout FuzzRNG) -> [HostTensor] {
    var c = GenContext(name: "args", rng: rng, canAddParams: false)
    let args = types.map { c.randomLiteral($0) }
    rng = c.rng
    return args
  }
}

/// Why `got` differs from `expected` (nil if they agree): bit for bit (any
/// NaN equals any NaN) or, with a tolerance, relative to the result's largest
/// finite magnitude.
func differ(_ expected: [HostTensor], _ got: [HostTensor], tolerance: Tolerance.Type?) -> String? {
  guard expected.count == got.count else { return "\(got.count) results, expected \(expected.count)" }
  for (k, (e, g)) in zip(expected, got).enumerated() {
    guard e.type == g.type else { return "result \(k) has type \(g.type), expected \(e.type)" }
    if e.dtype.isFloat {
      let (a, b) = (e.doubles, g.doubles)
      let rel = e.dtype == .f32 ? Tolerance.f32 : Tolerance.f64
      let scale = a.map { $0.isFinite ? Swift.abs($0) : 0 }.max() ?? 0
      for i in a.indices {
        if a[i].isNaN && b[i].isNaN { continue }
        if a[i] == b[i] && a[i].sign == b[i].sign { continue }
        if tolerance != nil {
          if !a[i].isFinite || !b[i].isFinite { return "result \(k) element \(i): \(b[i]), expected \(a[i]) (non-finite)" }
          if Swift.abs(a[i] - b[i]) <= rel * Swift.max(scale, Swift.abs(a[i]), 1e-30) { continue }
          // A result that is zero up to rounding everywhere (terms of
          // order one that cancel, as in the derivative of x/x) has no scale
          // of its own: residues of a few ulps of its terms, on either side,
          // are not decided by a relative tolerance (ftc-fuzz --jit seed
          // 4978: 1.8e-15 against 0, and -9.0e-16 against 0).
          let floor = e.dtype == .f32 ? Tolerance.f32Cancellation : Tolerance.f64Cancellation
          if scale <= floor && Swift.abs(b[i]) <= floor {
            return "result \(k) element \(i): \(b[i]), expected \(a[i]) (cancellation)"
          }
        }
        return "result \(k) element \(i): \(b[i]), expected \(a[i])"
      }
    } else if e != g {
      return "result \(k): \(g.doubles.prefix(8)), expected \(e.doubles.prefix(8))"
    }
  }
  return nil
}

/// What kinds of ops a function (with its regions) holds.
struct OpProfile {
  var isInexact = false
  var isDiscontinuous = false
  static let inexact: Set<String> = ["pow", "atan2", "logistic", "reduce_sum", "reduce_prod", "dot_general", "conv"]
  static let discontinuous: Set<String> = [
    "floor", "ceil", "sign", "rem", "eq", "ne", "lt", "le", "gt", "ge", "convert", "argmax", "argmin", "is_finite",
    "cond", "gather", "scatter_add", "dynamic_slice", "dynamic_update_slice", "integer_pow",
    // An ulp (or a NaN's payload) of an inexact float changes its bits and its place in a sort.
    "bitcast_convert", "sort",
  ]
  init(_ f: Function) {
    f.forEachOperation { op, _ in
      if op.def.math != nil || OpProfile.inexact.contains(op.name) { isInexact = true }
      if OpProfile.discontinuous.contains(op.name) { isDiscontinuous = true }
    }
  }
}
