import Foundation
import Testing
@testable import FTIR
import Codegen
import Pipeline

/// docs/guide.md's FTIR programs: every ```ftir block is parsed, verified and
/// expanded (diagnostics point at the guide's own lines), and every example it
/// states as a comment, `// @f(ARG, ...) = RESULT, ...`, is run through the
/// reference interpreter and the JIT and compared with the stated values.
@Suite struct GuideTests {
  static let path = "docs/guide.md"

  static func blocks() -> [GuideBlock] {
    let text = (try? String(contentsOfFile: Repo.path(path), encoding: .utf8)) ?? ""
    return GuideBlock.extract(text, tag: "ftir")
  }

  @Test func theGuideHasItsPrograms() {
    let blocks = Self.blocks()
    #expect(blocks.count >= 12, "docs/guide.md has \(blocks.count) ftir blocks")
    for b in blocks {
      #expect(!b.examples.isEmpty, "the ftir block at docs/guide.md:\(b.line) states no example")
    }
  }

  @Test(arguments: blocks().map(\.line))
  func programRunsWithTheStatedValues(line: Int) throws {
    let block = try #require(Self.blocks().first { $0.line == line })
    // Blank lines before the block keep the guide's line numbers in diagnostics.
    let source = String(repeating: "\n", count: block.line) + block.text
    let module: Module
    switch load(source, file: Self.path).flatMap(Pipeline.expand) {
    case .success(let m): module = m
    case .failure(let d): Issue.record("\(d.render(file: Self.path))"); return
    }
    let jit = try Pipeline.jit(module)
    for example in block.examples {
      let f = try #require(module.function(named: example.function), "docs/guide.md:\(example.line): no @\(example.function)")
      let args = try example.arguments(for: f.signature.params)
      let expected = try example.results(for: f.resultTypes)
      let interpreted = try Interpreter(module: module).run(f.name, args)
      let compiled = try jit.run(f.name, args)
      for (k, e) in expected.enumerated() {
        #expect(close(interpreted[k], e), "docs/guide.md:\(example.line): interpreter result \(k) \(interpreted[k].doubles), stated \(e.doubles)")
        #expect(close(compiled[k], e), "docs/guide.md:\(example.line): compiled result \(k) \(compiled[k].doubles), stated \(e.doubles)")
      }
    }
  }

  /// The example syntax itself: continuation lines, nesting, booleans.
  @Test func examplesAreReadAsStated() throws {
    let block = GuideBlock.extract("""
      ```ftir
      // @f([[1, 2],
      //   [3, 4]], true) = -0.5,
      //   [1e3]
      // @g() = 1
      ```
      """, tag: "ftir")[0]
    #expect(block.examples.map(\.function) == ["f", "g"])
    let f = block.examples[0]
    #expect(f.argumentTexts == ["[[1, 2], [3, 4]]", "true"])
    #expect(f.resultTexts == ["-0.5", "[1e3]"])
    let args = try f.arguments(for: [TensorType(.f32, [2, 2]), TensorType(.i1, [])])
    #expect(args[0].doubles == [1, 2, 3, 4] && args[1].doubles == [1])
    #expect(throws: GuideError.self) { try f.arguments(for: [TensorType(.f32, [4]), TensorType(.i1, [])]) }
  }
}

struct GuideError: Error, CustomStringConvertible {
  let description: String
}

/// Within 1e-4 relative to the larger of 1 and the stated value's magnitude.
private func close(_ a: HostTensor, _ e: HostTensor) -> Bool {
  a.shape == e.shape && zip(a.doubles, e.doubles).allSatisfy { x, y in abs(x - y) <= 1e-4 * max(1, abs(y)) }
}

/// A fenced block of a markdown file: its text and the line its first line is on.
struct GuideBlock {
  let line: Int
  let text: String

  /// The fenced blocks tagged `tag` (```tag ... ```), in order.
  static func extract(_ markdown: String, tag: String) -> [GuideBlock] {
    var blocks: [GuideBlock] = []
    var current: (line: Int, lines: [String])?
    for (i, raw) in markdown.components(separatedBy: "\n").enumerated() {
      let l = raw.trimmingCharacters(in: .whitespaces)
      if let c = current {
        if l == "```" {
          blocks.append(GuideBlock(line: c.line, text: c.lines.joined(separator: "\n") + "\n"))
          current = nil
        } else {
          current?.lines.append(raw)
        }
      } else if l == "```" + tag {
        current = (i + 2, [])
      }
    }
    return blocks
  }

  /// The examples stated in the block's comments.
  var examples: [GuideExample] {
    var out: [GuideExample] = []
    var pending: (line: Int, text: String)?
    for (i, raw) in text.components(separatedBy: "\n").enumerated() {
      let l = raw.trimmingCharacters(in: .whitespaces)
      guard l.hasPrefix("//") else { pending = nil; continue }
      let body = l.dropFirst(2).trimmingCharacters(in: .whitespaces)
      if var p = pending {
        p.text += " " + body
        pending = p
      } else if body.hasPrefix("@") {
        pending = (line + i, body)
      } else {
        continue
      }
      if let p = pending, !GuideExample.continues(p.text) {
        out.append(GuideExample(line: p.line, text: p.text))
        pending = nil
      }
    }
    return out
  }
}

/// `@f(ARG, ...) = RESULT, ...`: FTIR literals (numbers, nested lists, true/false).
struct GuideExample {
  let line: Int
  let function: String
  let argumentTexts: [String]
  let resultTexts: [String]

  init(line: Int, text: String) {
    self.line = line
    let open = text.firstIndex(of: "(") ?? text.endIndex
    function = String(text[text.index(after: text.startIndex)..<open])
    var depth = 0
    var close = text.endIndex
    for i in text[open...].indices {
      if text[i] == "(" { depth += 1 }
      if text[i] == ")" { depth -= 1; if depth == 0 { close = i; break } }
    }
    let inside = open < close ? String(text[text.index(after: open)..<close]) : ""
    argumentTexts = Self.split(inside)
    let rest = close < text.endIndex ? text[text.index(after: close)...].trimmingCharacters(in: .whitespaces) : ""
    resultTexts = rest.hasPrefix("=") ? Self.split(String(rest.dropFirst())) : []
  }

  /// True while brackets are open or the text ends with `,` or `=`.
  static func continues(_ text: String) -> Bool {
    var depth = 0
    for c in text { if c == "[" || c == "(" { depth += 1 } else if c == "]" || c == ")" { depth -= 1 } }
    let t = text.trimmingCharacters(in: .whitespaces)
    return depth > 0 || t.hasSuffix(",") || t.hasSuffix("=") || !t.contains("=")
  }

  /// Top-level comma-separated items, whitespace normalized.
  static func split(_ s: String) -> [String] {
    var items: [String] = [], cur = "", depth = 0
    for c in s {
      if c == "[" { depth += 1 } else if c == "]" { depth -= 1 }
      if c == "," && depth == 0 { items.append(cur); cur = ""; continue }
      cur.append(c)
    }
    items.append(cur)
    return items.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
      .map { $0.replacingOccurrences(of: "[ ", with: "[").replacingOccurrences(of: " ]", with: "]") }
      .filter { !$0.isEmpty }
  }

  func arguments(for types: [TensorType]) throws -> [HostTensor] { try tensors(argumentTexts, types, "arguments") }
  func results(for types: [TensorType]) throws -> [HostTensor] { try tensors(resultTexts, types, "results") }

  private func tensors(_ texts: [String], _ types: [TensorType], _ what: String) throws -> [HostTensor] {
    guard texts.count == types.count else {
      throw GuideError(description: "docs/guide.md:\(line): @\(function) has \(types.count) \(what), the example states \(texts.count)")
    }
    return try zip(texts, types).map { text, t in
      let (values, shape) = try Self.literal(text)
      guard shape == t.shape else {
        throw GuideError(description: "docs/guide.md:\(line): `\(text)` has shape \(shape), @\(function) needs \(t)")
      }
      switch t.dtype {
      case .f32: return HostTensor(values.map { Float($0) }, shape: shape)
      case .f64: return HostTensor(values, shape: shape)
      case .i32: return HostTensor(values.map { Int32($0) }, shape: shape)
      case .i64: return HostTensor(values.map { Int64($0) }, shape: shape)
      case .i1: return HostTensor(values.map { $0 != 0 }, shape: shape)
      }
    }
  }

  /// A nested list of numbers as row-major values and a shape.
  static func literal(_ text: String) throws -> ([Double], [Int]) {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard t.hasPrefix("[") else {
      if t == "true" { return ([1], []) }
      if t == "false" { return ([0], []) }
      guard let v = Double(t) else { throw GuideError(description: "not a number: `\(t)`") }
      return ([v], [])
    }
    guard t.hasSuffix("]") else { throw GuideError(description: "unbalanced brackets: `\(t)`") }
    let items = split(String(t.dropFirst().dropLast()))
    let parts = try items.map(literal)
    guard let first = parts.first else { return ([], [0]) }
    guard parts.allSatisfy({ $0.1 == first.1 }) else { throw GuideError(description: "ragged list: `\(t)`") }
    return (parts.flatMap(\.0), [parts.count] + first.1)
  }
}
