import Foundation
import Testing
@testable import FTIR
import FTCTool
import Pipeline

/// Thousands of seeded random mutations of the example files go through
/// `ftc check` in-process: each must give exit 0 or clean diagnostics
/// (`FILE:LINE:COL: error: ...`), never a crash or a hang. Mutants that
/// check clean must print canonically and run in the interpreter (within a
/// small memory budget) without trapping.
@Suite struct MutationTests {
  static let tokens = [
    "%", "@", "=", ",", ":", "(", ")", "[", "]", "{", "}", "\n", " ", "-", ".", "e", "0", "1", "-1",
    "f32", "f64", "i32", "i64", "i1", "none", "true", "nan", "inf", "-inf", "func", "private", "return", "module",
    "dims=", "perm=", "n=", "dim=", "contract=", "batch=", "start=", "limit=", "stride=", "low=", "high=",
    "interior=", "add", "call", "constant", "grad(", "vmap(", "argnums=", "in_axes=", "size=", "has_aux=",
    "99999999999999999999", "1e39", "2147483648", "[[[[[[[[[[", "]]]]]]]]", "f32[1000000000000]",
    "f32[1,1,1,1,1,1,1,1,1]", "//", "\u{0}", "é", "\u{FFFD}",
  ]

  static func mutate(_ text: [UInt8], _ rng: inout SeededRNG) -> [UInt8] {
    var b = text
    let edits = Int.random(in: 1...4, using: &rng)
    for _ in 0..<edits {
      let pos = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
      switch Int.random(in: 0..<9, using: &rng) {
      case 0: if !b.isEmpty { b.remove(at: pos) }
      case 1: b.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: pos)
      case 2:
        let len = min(b.count - pos, Int.random(in: 1...40, using: &rng))
        if len > 0 { b.removeSubrange(pos..<(pos + len)) }
      case 3: b = Array(b.prefix(pos))  // truncation
      case 4: b.insert(UInt8.random(in: 0x80...0xFF, using: &rng), at: pos)  // invalid UTF-8
      case 5:
        // Swap two lines.
        var lines = b.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        if lines.count > 2 {
          let i = Int.random(in: 0..<lines.count, using: &rng), j = Int.random(in: 0..<lines.count, using: &rng)
          lines.swapAt(i, j)
          b = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        }
      case 6:
        // Duplicate a line.
        var lines = b.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        if !lines.isEmpty {
          let i = Int.random(in: 0..<lines.count, using: &rng)
          lines.insert(lines[i], at: i)
          b = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        }
      case 7:
        // Change a digit.
        if let i = b.indices.filter({ b[$0] >= 48 && b[$0] <= 57 }).randomElement(using: &rng) {
          b[i] = UInt8(48 + Int.random(in: 0...9, using: &rng))
        }
      default:
        // Replace a word by another token.
        let tok = Array(tokens.randomElement(using: &rng)!.utf8)
        var end = pos
        while end < b.count, b[end] != UInt8(ascii: " "), b[end] != UInt8(ascii: "\n") { end += 1 }
        b.replaceSubrange(pos..<end, with: tok)
      }
    }
    return b
  }

  /// `m.ftir:LINE:COL: error: MESSAGE` (or `m.ftir: error: MESSAGE`).
  static func isCleanDiagnostic(_ line: Substring) -> Bool {
    guard line.hasPrefix("m.ftir") else { return false }
    var rest = line.dropFirst("m.ftir".count)
    if rest.hasPrefix(":") {
      let parts = rest.dropFirst().split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3, Int(parts[0]) != nil, Int(parts[1]) != nil else { return false }
      rest = ":" + parts[2]
    }
    return rest.hasPrefix(": error: ") && rest.count > ": error: ".count
  }

  @Test func randomMutationsGiveCleanDiagnostics() throws {
    var rng = SeededRNG(seed: 20261122)
    let sources = try Repo.examples().map { Array(try String(contentsOfFile: $0, encoding: .utf8).utf8) }
    #expect(!sources.isEmpty)
    var valid = 0, invalid = 0
    for _ in 0..<4000 {
      let mutant = Self.mutate(sources.randomElement(using: &rng)!, &rng)
      let r = Commands.check(bytes: mutant, fileName: "m.ftir")
      #expect(r.status == 0 || r.status == 1, "status \(r.status) for mutant:\n\(String(decoding: mutant, as: UTF8.self))")
      if r.status == 0 {
        valid += 1
        #expect(r.stderr.isEmpty && r.stdout.isEmpty)
        try checkValidMutant(mutant, &rng)
      } else {
        invalid += 1
        let lines = r.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
          #expect(Self.isCleanDiagnostic(line), "not a clean diagnostic: \(line)")
        }
      }
    }
    // The mutations must exercise both outcomes.
    #expect(valid > 50 && invalid > 1000, "valid \(valid), invalid \(invalid)")
  }

  /// A mutant that checks clean prints canonically and runs (or is refused
  /// by the memory budget) without trapping.
  func checkValidMutant(_ bytes: [UInt8], _ rng: inout SeededRNG) throws {
    let m = try Pipeline.load(bytes: bytes, fileName: "m.ftir").get()
    let once = printModule(m)
    let again = printModule(try load(once, file: "m.ftir").get())
    #expect(once == again)
    let interp = Interpreter(module: m, memoryBudget: 1 << 24)
    for f in m.functions where f.transform == nil {
      let args = f.signature.params.map { randomTensor($0, &rng) }
      guard args.allSatisfy({ $0 != nil }) else { continue }
      _ = try? interp.run(f.name, args.map { $0! })
    }
  }
}

/// A random tensor of `t` (nil if it is too large to make in a test).
func randomTensor(_ t: TensorType, _ rng: inout SeededRNG, limit: Int = 1 << 16) -> HostTensor? {
  let n = t.elementCount
  guard n <= limit else { return nil }
  switch t.dtype {
  case .f32: return HostTensor(type: t, storage: .f32((0..<n).map { _ in Float.random(in: -2...2, using: &rng) }))
  case .f64: return HostTensor(type: t, storage: .f64((0..<n).map { _ in Double.random(in: -2...2, using: &rng) }))
  case .i32: return HostTensor(type: t, storage: .i32((0..<n).map { _ in Int32.random(in: -100...100, using: &rng) }))
  case .i64: return HostTensor(type: t, storage: .i64((0..<n).map { _ in Int64.random(in: -100...100, using: &rng) }))
  case .i1: return HostTensor(type: t, storage: .i1((0..<n).map { _ in Bool.random(using: &rng) }))
  }
}
