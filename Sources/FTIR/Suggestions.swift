/// "Did you mean" for misspelt names (ops, functions, transform keys) and
/// what FTIR calls the ops other tensor libraries name differently:
///
///   %y = reduce_suum %x ...   ->  unknown operation 'reduce_suum' (did you mean 'reduce_sum'?)
///   %y = relu %x ...          ->  unknown operation 'relu' (FTIR has no relu: write max %x, %zero ...)

public enum Suggestions {
  /// The candidate closest to `name` by edit distance (insertions,
  /// deletions, substitutions, adjacent swaps; case-insensitive), if it is
  /// close enough: at most 1 edit for names up to 4 characters, 2 up to 8,
  /// else 3. Ties go to the first candidate.
  public static func closest<S: Sequence>(to name: String, in candidates: S) -> String? where S.Element == String {
    let target = Array(name.lowercased().unicodeScalars)
    let limit = target.count <= 4 ? 1 : target.count <= 8 ? 2 : 3
    var best: (name: String, distance: Int)?
    for c in candidates where c != name && abs(c.unicodeScalars.count - target.count) <= limit {
      let d = editDistance(target, Array(c.lowercased().unicodeScalars))
      if d <= limit, d < (best?.distance ?? Int.max) { best = (c, d) }
    }
    return best?.name
  }

  /// ` (did you mean 'X'?)` for the closest of `candidates`, or "".
  public static func didYouMean<S: Sequence>(_ name: String, in candidates: S, sigil: String = "") -> String
  where S.Element == String {
    closest(to: name, in: candidates).map { " (did you mean '\(sigil)\($0)'?)" } ?? ""
  }

  /// What to write in FTIR for an op of JAX, numpy, MLX or PyTorch that
  /// FTIR names differently or builds from others.
  public static let opEquivalents: [String: String] = [
    "relu": "FTIR has no relu: write max %x, %zero with a zero constant",
    "sigmoid": "FTIR calls it logistic",
    "matmul": "FTIR calls it dot_general (contract=[[1],[0]] for a matrix product)",
    "dot": "FTIR calls it dot_general (contract=[[1],[0]] for a matrix product)",
    "einsum": "write dot_general with contract= (and batch=) dims",
    "sum": "FTIR calls it reduce_sum",
    "mean": "write reduce_sum, then div by the count",
    "prod": "FTIR calls it reduce_prod",
    "power": "FTIR calls it pow (integer_pow for an integer exponent)",
    "square": "write integer_pow %x, n=2 (or mul %x, %x)",
    "multiply": "FTIR calls it mul",
    "subtract": "FTIR calls it sub",
    "divide": "FTIR calls it div",
    "negative": "FTIR calls it neg",
    "maximum": "FTIR calls it max",
    "minimum": "FTIR calls it min",
    "where": "FTIR calls it select",
    "astype": "FTIR calls it convert",
    "broadcast_to": "FTIR calls it broadcast_in_dim",
    "expand_dims": "write reshape",
    "squeeze": "write reshape",
    "softmax": "write exp of x minus reduce_max, then div by its reduce_sum",
  ]

  /// Levenshtein distance with adjacent transpositions (optimal string
  /// alignment), two rows at a time.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], before[j - 2] + 1)
        }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }
}
