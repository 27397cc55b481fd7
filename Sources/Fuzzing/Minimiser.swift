/// Shrinks a module that shows a finding while it still shows one at the
/// same stage: drops whole functions (transform definitions included),
/// turns ops into parameters (deleting them; their results become inputs),
/// drops unused parameters and extra results, and shrinks each dimension
/// size appearing in types to 1 everywhere at once. Greedy, to a fixed point.
///
///     func @f(%x: f32[3]) -> f32[3] { %a = exp %x; %b = floor %a; return %b }
///       -> func @f(%a: f32[1]) -> f32[1] { %b = floor %a; return %b }
import Foundation
import FTIR
import Pipeline

public enum Minimiser {
  /// The smallest text found for which `stillFails` holds (`text` itself if none smaller).
  public static func minimise(_ text: String, stillFails: (String) -> Bool) -> String {
    var best = text
    var improved = true
    var rounds = 0
    while improved && rounds < 50 {
      improved = false
      rounds += 1
      for candidate in candidates(best) where candidate.count < best.count || candidate != best {
        if candidate.count <= best.count && candidate != best && stillFails(candidate) {
          best = candidate
          improved = true
          break
        }
      }
    }
    return best
  }

  /// Smaller variants of `text` (each may be invalid: the predicate decides).
  static func candidates(_ text: String) -> [String] {
    guard case .success(let m) = Pipeline.load(bytes: Array(text.utf8), fileName: "fuzz.ftir") else { return [] }
    var out: [String] = []
    for i in m.functions.indices {
      var n = m
      n.functions.remove(at: i)
      out.append(printModule(n))
    }
    for i in m.functions.indices where m.functions[i].transform == nil {
      let f = m.functions[i]
      for k in f.body.indices.reversed() {
        var n = m
        n.functions[i] = opTurnedIntoParameters(f, k)
        out.append(printModule(n))
      }
      if f.returnValues.count > 1 {
        for r in f.returnValues.indices {
          var n = m
          n.functions[i].returnValues.remove(at: r)
          n.functions[i].resultTypes.remove(at: r)
          out.append(printModule(n))
        }
      }
      var n = m
      n.functions[i] = withoutUnusedParameters(f)
      out.append(printModule(n))
    }
    out.append(contentsOf: shrunkDimensions(text))
    return out
  }

  /// `f` with op `k` deleted and its results made parameters.
  static func opTurnedIntoParameters(_ f: Function, _ k: Int) -> Function {
    var g = f
    g.params += g.body[k].results
    g.body.remove(at: k)
    return g
  }

  static func withoutUnusedParameters(_ f: Function) -> Function {
    var used = Set(f.returnValues)
    for op in f.body { used.formUnion(op.operands) }
    var g = f
    g.params = f.params.filter { used.contains($0) }
    return g
  }

  /// The text with every occurrence of one dimension size (> 1) in a type
  /// (`f32[4,2]`) replaced by 1, one candidate per size.
  static func shrunkDimensions(_ text: String) -> [String] {
    var sizes = Set<Int>()
    forEachTypeDims(text) { dims in for d in dims where d > 1 { sizes.insert(d) } }
    return sizes.sorted(by: >).map { size in
      var out = ""
      var rest = Substring(text)
      while let r = rest.range(of: #"(f32|f64|i32|i64|i1)\[[0-9,]*\]"#, options: .regularExpression) {
        out += rest[..<r.lowerBound]
        let t = rest[r]
        let open = t.firstIndex(of: "[")!
        let dims = t[t.index(after: open)..<t.index(before: t.endIndex)].split(separator: ",").map { Int($0)! == size ? "1" : String($0) }
        out += t[..<open] + "[" + dims.joined(separator: ",") + "]"
        rest = rest[r.upperBound...]
      }
      return out + rest
    }
  }

  static func forEachTypeDims(_ text: String, _ visit: ([Int]) -> Void) {
    var rest = Substring(text)
    while let r = rest.range(of: #"(f32|f64|i32|i64|i1)\[[0-9,]*\]"#, options: .regularExpression) {
      let t = rest[r]
      let open = t.firstIndex(of: "[")!
      visit(t[t.index(after: open)..<t.index(before: t.endIndex)].split(separator: ",").compactMap { Int($0) })
      rest = rest[r.upperBound...]
    }
  }
}

extension Differential {
  /// The finding of `text`, minimised: the same stage still disagrees.
  public func minimised(_ text: String, _ finding: Finding) -> String {
    Minimiser.minimise(text) { candidate in
      if case .finding(let f) = check(candidate), f.stage == finding.stage { return true }
      return false
    }
  }
}
