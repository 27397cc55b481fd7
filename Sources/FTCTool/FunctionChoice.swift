/// Which function `ftc run` runs, and how it lists them (`ftc run FILE --list`):
///
///   @loss(w: f32[2], x: f32[3,2], y: f32[3]) -> (m: f32[])
///
/// Without `--func`, the one exported function; an unknown name gets the
/// closest one suggested and the list.

import FTIR

/// One line per exported function: its name, then its inputs and outputs
/// with the names compiled objects give them.
func functionListing(_ m: Module, names: [String: InterfaceNames]) -> String {
  m.functions.filter { !$0.isPrivate }.map { f in
    let sig = f.signature
    let n = names[f.name] ?? InterfaceNames(plain: f)
    let ins = zip(n.inputs, sig.params).map { "\($0): \($1)" }.joined(separator: ", ")
    let outs = zip(n.outputs, sig.results).map { "\($0): \($1)" }.joined(separator: ", ")
    return "@\(f.name)(\(ins)) -> (\(outs))\n"
  }.joined()
}

/// The function `--func wanted` names (with or without '@'), or, without
/// `--func`, the module's one exported function; else a failure that lists
/// the exported functions.
func chooseFunction(_ wanted: String?, in m: Module, names: [String: InterfaceNames], path: String) -> Result<Function, ToolResult> {
  let exported = m.functions.filter { !$0.isPrivate }
  let listing = exported.isEmpty ? "" : "\nfunctions:\n" + functionListing(m, names: names).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
  guard let wanted else {
    if exported.count == 1 { return .success(exported[0]) }
    if exported.isEmpty { return .failure(.failure(1, "\(path) exports no function: give --func NAME")) }
    return .failure(.failure(64, "\(path) exports \(exported.count) functions: choose one with --func NAME\(listing)"))
  }
  let name = wanted.hasPrefix("@") ? String(wanted.dropFirst()) : wanted
  if let f = m.function(named: name) { return .success(f) }
  let hint = Suggestions.didYouMean(name, in: m.functions.map(\.name), sigil: "@")
  return .failure(.failure(1, "no function @\(name) in \(path)\(hint)\(listing)"))
}

/// ` (numpy's default dtype is float64: ...)` when a float64 file is given
/// for an f32 argument; a hint toward `--cast` for any other dtype mismatch.
func dtypeHint(want: TensorType, got: TensorType) -> String {
  guard want.dtype != got.dtype else { return "" }
  if got.dtype == .f64 && want.dtype == .f32 {
    return " (numpy's default dtype is float64: save it with a.astype(np.float32), or pass --cast to convert it)"
  }
  return want.shape == got.shape ? " (pass --cast to convert it)" : ""
}
