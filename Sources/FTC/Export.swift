/// Export: a traced, transformed function as a `.ftir` module that keeps
/// its structure. While exporting, each transform records the function it
/// applies to (traced at its argument types) and its definition, and the
/// trace calls the definition instead of inlining its expansion; so
/// `ftc dump` shows every stage and `ftc compile` makes the shared object.
/// Parameter and result names come from tree leaf paths (`params.w1`).
///
///     jit(vmap(grad(f), inAxes: [nil, 0]))  exported as "step" at (f32[2], f32[8,2]):
///
///     func private @f(%0: f32[2], %1: f32[2]) -> f32[] { ... }
///     func private @grad_f = grad(@f, argnums=[0], has_aux=false)
///     func private @vmap_grad_f = vmap(@grad_f, in_axes=[none, 0], size=8)
///     func @step(%params: f32[2], %x: f32[8,2]) -> f32[8,2] {
///       %grad = call @vmap_grad_f(%params, %x) : f32[8,2]
///       return %grad
///     }

import FTIR
import FileIO
import Foundation
import Transforms

/// The functions an export trace has recorded so far (used by the one thread running it).
final class Exporter: @unchecked Sendable {
  /// The export running on this thread, if any.
  @TaskLocal static var current: Exporter?

  private(set) var functions: [Function] = []
  private var used: Set<String>

  init(reserving names: Set<String>) { used = names }

  /// `base`, or `base_1`, `base_2`, ... if taken.
  func unique(_ base: String) -> String {
    var name = base, k = 0
    while used.contains(name) {
      k += 1
      name = "\(base)_\(k)"
    }
    used.insert(name)
    return name
  }

  /// Records `inner` and the definition `kind(@inner, keys)` (both private);
  /// returns the definition's name and signature.
  func define(_ kind: TransformKind, name: String, inner: Function, keys: [TransformArg]) throws(FTCError) -> (String, Signature) {
    let sig: Signature
    do {
      (_, sig) = try deriveTransform(kind, args: keys, inner: inner.signature, loc: nil)
    } catch {
      throw FTCError("\(name): \(error.message)")
    }
    // A traced transform is a call of its definition: apply `kind` to the definition itself.
    var target = forwardedCallee(inner)
    if target == nil {
      var f = inner
      f.name = unique(inner.name)
      f.isPrivate = true
      functions.append(f)
      target = f.name
    }
    var d = Function(name: unique(name), isPrivate: true)
    d.transform = .apply(kind, .function(target!, loc: nil), args: keys, loc: nil)
    functions.append(d)
    signatures[d.name] = sig
    return (d.name, sig)
  }

  /// The signatures of the definitions recorded (callees of the traces that call them).
  private(set) var signatures: [String: Signature] = [:]

  /// The definition `f` only calls with its parameters, returning its results, if any.
  private func forwardedCallee(_ f: Function) -> String? {
    guard f.body.count == 1, let op = f.body.first, op.name == "call", op.operands == f.params, op.results == f.returnValues else { return nil }
    let callee = op.attrs.symbol("callee")
    return signatures[callee] == nil ? nil : callee
  }
}

/// A tree path or user name as an FTIR value name (`layers[0].w` -> `layers.0.w`), or nil if nothing is left.
func valueName(_ path: String) -> String? {
  var out = ""
  for c in path.unicodeScalars {
    switch c {
    case "a"..."z", "A"..."Z", "0"..."9", "_", ".": out.unicodeScalars.append(c)
    case "[": out += "."
    case "]", "\"": break
    default: out += "_"
    }
  }
  while out.hasPrefix(".") { out.removeFirst() }
  while out.hasSuffix(".") { out.removeLast() }
  return out.isEmpty ? nil : out
}

extension TensorFunction {
  /// The function traced at `types` as a verified module: the traced
  /// functions and transform definitions it is made of (private), and an
  /// exported function `exportName` calling them, whose parameters and
  /// results are named `argumentNames` and `resultNames` (made FTIR value
  /// names; nil or missing entries stay unnamed).
  public func export(_ types: [TensorType], as exportName: String? = nil, argumentNames: [String?] = [],
                     resultNames: [String?] = []) throws(FTCError) -> Module {
    let top = symbolName(exportName ?? name)
    try checkArity(types.count)
    let exporter = Exporter(reserving: [top])
    var traced: Function
    do {
      traced = try Exporter.$current.withValue(exporter) {
        try traceFunction(name: top, types, names: argumentNames.map { $0.flatMap(valueName) }, what: name, body)
      }
    } catch let e as FTCError {
      throw e
    } catch {
      throw FTCError("\(name): \(error)")
    }
    for (k, v) in traced.returnValues.enumerated() where k < resultNames.count {
      if !traced.params.contains(v), traced.values[v.id].name == nil, let n = resultNames[k].flatMap(valueName) {
        traced.values[v.id].name = n
      }
    }
    var m = Module(name: top, functions: exporter.functions + [traced])
    let diagnostics = verifyModule(&m)
    guard diagnostics.isEmpty else {
      throw FTCError("\(name): the exported module does not verify: \(diagnostics.map(\.message).joined(separator: "; "))")
    }
    return m
  }

  /// `export` as FTIR text.
  public func exportFTIR(_ types: [TensorType], as exportName: String? = nil, argumentNames: [String?] = [],
                         resultNames: [String?] = []) throws(FTCError) -> String {
    printModule(try export(types, as: exportName, argumentNames: argumentNames, resultNames: resultNames))
  }

  /// `export` written to `path` as a `.ftir` file (for `ftc dump`, `ftc compile`).
  public func export(_ types: [TensorType], to path: String, as exportName: String? = nil, argumentNames: [String?] = [],
                     resultNames: [String?] = []) throws(FTCError) {
    let text = try exportFTIR(types, as: exportName, argumentNames: argumentNames, resultNames: resultNames)
    do { try writeFile(Array(text.utf8), to: path) } catch { throw FTCError(error.message) }
  }
}

extension TreeFunction {
  /// The function at `args`' structure and leaf types as a module (see
  /// `TensorFunction.export`): parameters are named by leaf path, with
  /// argument k's root (`arg0`, `arg1`, ...) replaced by `argumentNames[k]`
  /// (`params.w1`, `x`); results by their path in the result tree (`grad.w1`, `value`).
  public func export(_ args: In, as exportName: String? = nil, argumentNames: [String] = []) throws(FTCError) -> Module {
    let layout = try TreeLayout(args)
    let lowered = try lowered(layout)
    let types = layout.leaves.map(\.type)
    let params = layout.paths.map { path in renamedRoot(path, argumentNames) }
    let results = try resultPaths(lowered, types)
    return try lowered.flat.export(types, as: exportName ?? name, argumentNames: params, resultNames: results)
  }

  /// `export` as FTIR text.
  public func exportFTIR(_ args: In, as exportName: String? = nil, argumentNames: [String] = []) throws(FTCError) -> String {
    printModule(try export(args, as: exportName, argumentNames: argumentNames))
  }

  /// The paths of the flat results in the result tree: the tree is rebuilt
  /// from placeholders (one trace each) and each placeholder's path read back.
  private func resultPaths(_ lowered: LoweredTree<Out>, _ types: [TensorType]) throws(FTCError) -> [String?] {
    let flatTypes = try lowered.flat.trace(types).resultTypes
    let placeholders = flatTypes.map { Tensor(tracer: Tracer(name: "placeholder"), value: nil, type: $0) }
    let out = try TreeLayout(try lowered.finish(placeholders), name: "")
    return placeholders.map { p in
      out.leaves.firstIndex { $0.host == nil && $0.tracer === p.tracer }.map { out.paths[$0].isEmpty ? "result" : out.paths[$0] }
    }
  }
}

/// `arg3.w` with `arg3` replaced by `names[3]` when given.
private func renamedRoot(_ path: String, _ names: [String]) -> String {
  guard path.hasPrefix("arg") else { return path }
  let digits = path.dropFirst(3).prefix { $0.isNumber }
  guard let k = Int(digits), k < names.count else { return path }
  return names[k] + path.dropFirst(3 + digits.count)
}
