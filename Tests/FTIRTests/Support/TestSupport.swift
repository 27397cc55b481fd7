import Foundation
@testable import FTIR
import FTCTool
import Pipeline

/// A small seeded generator (SplitMix64), so every random test is repeatable.
struct SeededRNG: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

enum Repo {
  /// The repository root (two levels above this file's directory).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static func path(_ rel: String) -> String { root.appendingPathComponent(rel).path }
  /// The `.ftir` files of IR/examples. Never empty: when none is found it
  /// returns one path that does not exist, so every test iterating over the
  /// examples fails reading it instead of passing over nothing.
  static func examples(in rel: String = "IR/examples") -> [String] {
    let dir = path(rel)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    let found = names.filter { $0.hasSuffix(".ftir") }.sorted().map { dir + "/" + $0 }
    return found.isEmpty ? [dir + "/" + noExamplesFound] : found
  }
  static let noExamplesFound = "NO-FTIR-EXAMPLES-FOUND.ftir"
}

/// Parses and verifies `text`; returns the module or the rendered diagnostics.
func load(_ text: String, file: String = "t.ftir") -> Result<Module, DiagnosticList> {
  Pipeline.load(bytes: Array(text.utf8), fileName: file)
}

/// The diagnostics of `text` as `LINE:COL: MESSAGE` strings (empty if valid).
func diagnostics(_ text: String) -> [String] {
  switch load(text) {
  case .success: return []
  case .failure(let d): return d.diagnostics.map { "\($0.loc?.description ?? "-"): \($0.message)" }
  }
}

/// Runs `name` of a valid module with the interpreter.
func interpret(_ text: String, _ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
  let m = try load(text).get()
  return try Interpreter(module: m).run(name, args)
}

/// A unified diff of two texts (line based, LCS), for golden-file failures.
func unifiedDiff(_ a: String, _ b: String, from: String, to: String) -> String {
  let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
  let n = x.count, m = y.count
  var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
  for i in stride(from: n - 1, through: 0, by: -1) {
    for j in stride(from: m - 1, through: 0, by: -1) {
      lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  var out = ["--- \(from)", "+++ \(to)"]
  var i = 0, j = 0
  while i < n || j < m {
    if i < n && j < m && x[i] == y[j] { out.append(" " + x[i]); i += 1; j += 1 }
    else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) { out.append("+" + y[j]); j += 1 }
    else { out.append("-" + x[i]); i += 1 }
  }
  // Keep only changed lines with 3 lines of context.
  var keep = Set<Int>()
  for (k, l) in out.enumerated() where k >= 2 && (l.hasPrefix("+") || l.hasPrefix("-")) {
    for c in max(2, k - 3)...min(out.count - 1, k + 3) { keep.insert(c) }
  }
  var result = [out[0], out[1]]
  var last = 1
  for k in keep.sorted() {
    if k != last + 1 { result.append("@@") }
    result.append(out[k])
    last = k
  }
  return result.joined(separator: "\n")
}

/// A new directory for one test's files (commands' inputs and outputs).
func tempDir() -> String {
  let d = NSTemporaryDirectory() + "ftc-test-\(UInt64.random(in: 0...UInt64.max))"
  try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
  return d
}

/// Writes `text` to `dir/name`; returns the path.
func write(_ text: String, _ dir: String, _ name: String) -> String {
  let p = dir + "/" + name
  FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
  return p
}
