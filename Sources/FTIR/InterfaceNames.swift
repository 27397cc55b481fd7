/// The names a compiled object gives each function's inputs and outputs (in
/// its metadata JSON, its C header, and the Python package's keywords), as
/// the language reference (IR/README.md, section 9) lists them:
///
///   func @loss(%w: f32[3], %x: f32[3]) -> f32 { ... return %l }
///       inputs w, x            outputs l
///   func @vg = value_and_grad(@loss, argnums=[0, 1])
///       inputs w, x            outputs l, d_w, d_x
///   func @bwd = vjp(@loss)
///       inputs w, x, ct_l      outputs l, d_w, d_x
///
/// Names are computed on the verified module, before expansion (a
/// definition's names come from the names of the function it applies to),
/// and are C identifiers that are not C or C++ keywords (the header is
/// included from both), distinct within a function (inputs and outputs
/// together, as they share the C parameter list).

public struct InterfaceNames: Sendable, Hashable {
  public var inputs: [String]
  public var outputs: [String]

  public init(inputs: [String], outputs: [String]) {
    self.inputs = inputs
    self.outputs = outputs
  }

  /// Names of an ordinary function: its parameters' names, and the names of
  /// the values it returns.
  public init(plain f: Function) {
    self.init(unique: f.params.map { f.name(of: $0) }, f.returnValues.map { f.name(of: $0) })
  }

  /// Names for `inputs` and `outputs` (nil: none): `.` becomes `_`; a name
  /// that is still not a C identifier, is a C or C++ keyword or is taken
  /// becomes `argI` / `resultJ` (with `_` appended while that is taken).
  public init(unique inputs: [String?], _ outputs: [String?]) {
    var used = Set<String>()
    func pick(_ raw: String?, fallback: String) -> String {
      var n = raw.map { String($0.map { $0 == "." ? "_" : $0 }) } ?? fallback
      if !Names.isCIdentifier(n) || Names.c23Keywords.contains(n) || Self.cxxKeywords.contains(n) || used.contains(n) { n = fallback }
      while used.contains(n) { n += "_" }
      used.insert(n)
      return n
    }
    self.inputs = inputs.enumerated().map { pick($1, fallback: "arg\($0)") }
    self.outputs = outputs.enumerated().map { pick($1, fallback: "result\($0)") }
  }

  /// C++ keywords that are not C keywords.
  static let cxxKeywords: Set<String> = [
    "and", "and_eq", "asm", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t", "class", "co_await",
    "co_return", "co_yield", "compl", "concept", "const_cast", "consteval", "constinit", "decltype", "delete",
    "dynamic_cast", "explicit", "export", "friend", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "operator", "or", "or_eq", "private", "protected", "public", "reinterpret_cast", "requires", "static_cast",
    "template", "this", "throw", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq",
  ]

  /// The names of `kind` applied (with `params`) to a function named `inner`
  /// whose signature is `sig`.
  func applying(_ kind: TransformKind, _ p: TransformParams, to sig: Signature) -> InterfaceNames {
    let floatArgs = inputs.indices.filter { sig.params[$0].dtype.isFloat }
    let floatResults = outputs.indices.filter { sig.results[$0].dtype.isFloat }
    let grads = p.argnums.map { "d_" + inputs[$0] }
    let aux = p.hasAux ? Array(outputs.dropFirst()) : []
    switch kind {
    case .grad:
      return InterfaceNames(unique: inputs, grads + aux)
    case .value_and_grad:
      return InterfaceNames(unique: inputs, [outputs[0]] + aux + grads)
    case .jvp:
      return InterfaceNames(unique: inputs + floatArgs.map { "t_" + inputs[$0] },
                            outputs + floatResults.map { "t_" + outputs[$0] })
    case .vjp:
      return InterfaceNames(unique: inputs + floatResults.map { "ct_" + outputs[$0] }, outputs + grads)
    case .jacfwd, .jacrev:
      return InterfaceNames(unique: inputs, p.argnums.map { "jac_" + inputs[$0] })
    case .hessian:
      return InterfaceNames(unique: inputs, p.argnums.map { "hess_" + inputs[$0] })
    case .vmap:
      return InterfaceNames(unique: inputs, outputs)
    }
  }
}

extension Module {
  /// The interface names of every function (private ones too), keyed by
  /// function name. The module must be verified; a definition whose names
  /// cannot be derived (it did not verify) gets `argI` / `resultJ`.
  public var interfaceNames: [String: InterfaceNames] {
    var done: [String: InterfaceNames] = [:]
    // Definitions refer to other functions: resolve with an explicit stack
    // (depth-first), never recursion, so nesting cannot overflow the stack.
    for root in functions where done[root.name] == nil {
      var stack = [root.name]
      var onStack: Set<String> = [root.name]
      while let name = stack.last {
        guard done[name] == nil, let f = function(named: name) else {
          stack.removeLast()
          onStack.remove(name)
          continue
        }
        guard let t = f.transform else {
          done[name] = InterfaceNames(plain: f)
          continue
        }
        let inner = t.innermostFunction.name
        if done[inner] == nil, function(named: inner) != nil, !onStack.contains(inner) {
          stack.append(inner)
          onStack.insert(inner)
          continue
        }
        done[name] = derivedNames(t, inner: done[inner]) ?? InterfaceNames(unique: f.params.map { _ in nil }, f.resultTypes.map { _ in nil })
      }
    }
    return done
  }

  /// The names of definition `t`, whose innermost function has names `inner`.
  private func derivedNames(_ t: TransformExpr, inner: InterfaceNames?) -> InterfaceNames? {
    guard var names = inner, var sig = function(named: t.innermostFunction.name)?.signature else { return nil }
    var applications: [(TransformKind, [TransformArg])] = []
    var e = t
    while case .apply(let kind, let next, let args, _) = e {
      applications.append((kind, args))
      e = next
    }
    for (kind, args) in applications.reversed() {
      guard let derivation = try? deriveTransform(kind, args: args, inner: sig, loc: nil),
            names.inputs.count == sig.params.count, names.outputs.count == sig.results.count else { return nil }
      names = names.applying(kind, derivation.0, to: sig)
      sig = derivation.1
    }
    return names
  }
}
