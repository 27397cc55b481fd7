import Foundation
import Testing
@testable import FTIR
import FTCTool
import Pipeline

/// `ftc dump --format dot`: the FTIR stages as dataflow graphs and the fuse
/// stage as kernels with each boundary's reason, rendered by Graphviz's
/// `dot` (Tools/bootstrap installs Debian's graphviz).
@Suite struct DotGraphTests {
  static let mlpGrad = Repo.path("IR/examples/mlp_grad.ftir")

  /// What `dot -Tplain` makes of `graph`: its node labels and edge labels
  /// (the plain format lists `node NAME X Y W H LABEL ...` and
  /// `edge TAIL HEAD N X1 Y1 ... [LABEL XL YL] STYLE COLOR`).
  func render(_ graph: String) throws -> (status: Int32, plain: String, stderr: String) {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let file = dir.file("g.dot")
    try graph.write(toFile: file, atomically: true, encoding: .utf8)
    let dot = findOnPath("dot") ?? "/usr/bin/dot"
    let r = try runProgram(dot, ["-Tplain", file])
    // An SVG too: the format a README shows.
    let svg = try runProgram(dot, ["-Tsvg", file, "-o", dir.file("g.svg")])
    #expect(svg.status == 0, "\(svg.stderr)")
    return (r.status, r.stdout, r.stderr)
  }

  @Test func ftirStagesRenderAsDataflow() throws {
    for stage in ["parse", "expand", "inline"] {
      let r = Commands.dump(path: Self.mlpGrad, after: stage, format: "dot")
      #expect(r.status == 0 && r.stdout.hasPrefix("digraph \"mlp_grad\" {"), "\(stage): \(r.stderr)")
      let rendered = try render(r.stdout)
      #expect(rendered.status == 0 && rendered.stderr.isEmpty, "\(stage): \(rendered.stderr)")
      #expect(rendered.plain.hasPrefix("graph "), "\(stage)")
    }
    let parsed = Commands.dump(path: Self.mlpGrad, after: "parse", format: "dot").stdout
    #expect(parsed.contains("label=\"%h = tanh\\n: f32[8,16]\""), "\(parsed)")
    #expect(parsed.contains("label=\"@dloss = grad(@loss, argnums=[0, 1, 2, 3])\""), "\(parsed)")
    let plain = try render(parsed).plain
    #expect(plain.contains("%w1 : f32[4,16]") && plain.contains("result 0"), "\(plain)")
  }

  @Test func regionsBecomeClustersOfTheirOwn() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    let file = dir.file("c.ftir")
    try """
      func @f(%p: i1[], %x: f32[3]) -> f32[3] {
        %y = cond %p, %x : f32[3]
          then(%a: f32[3]) {
            %s = sin %a : f32[3]
            yield %s
          }
          else(%b: f32[3]) {
            yield %b
          }
        return %y
      }
      """.write(toFile: file, atomically: true, encoding: .utf8)
    let r = Commands.dump(path: file, after: "parse", format: "dot")
    #expect(r.status == 0, "\(r.stderr)")
    if r.status == 0 {
      #expect(r.stdout.contains("label=\"@f: %y = cond, region 0 (then)\";") && r.stdout.contains("label=\"%s = sin\\n: f32[3]\""), "\(r.stdout)")
      #expect(r.stdout.contains("[label=\"yield 0\", shape=plain]"), "\(r.stdout)")
      let rendered = try render(r.stdout)
      #expect(rendered.status == 0 && rendered.stderr.isEmpty, "\(rendered.stderr)")
    }
  }

  @Test func kernelsRenderWithTheReasonOnEachEdge() throws {
    let r = Commands.dump(path: Self.mlpGrad, after: "fuse", function: "loss", format: "dot")
    #expect(r.status == 0, "\(r.stderr)")
    let text = Commands.dump(path: Self.mlpGrad, after: "fuse", function: "loss").stdout
    // Every reason of the text dump labels an edge of the graph.
    let reasons = Set(text.split(separator: "\n").compactMap { line -> String? in
      guard let range = line.range(of: "// boundary: ") else { return nil }
      return String(line[range.upperBound...])
    }).subtracting(["a function result"])
    #expect(!reasons.isEmpty, "\(text)")
    for why in reasons { #expect(r.stdout.contains("[label=\"\(why)\"]"), "\(why) in \(r.stdout)") }
    let rendered = try render(r.stdout)
    #expect(rendered.status == 0 && rendered.stderr.isEmpty, "\(rendered.stderr)")
    #expect(rendered.plain.contains("contraction"), "\(rendered.plain)")
  }

  @Test func formatAndStageAreChecked() {
    #expect(Commands.dump(path: Self.mlpGrad, after: "llvm", format: "dot").status == 64)
    #expect(Commands.dump(path: Self.mlpGrad, after: "all", format: "dot").status == 64)
    let bad = Commands.dump(path: Self.mlpGrad, after: "parse", format: "svg")
    #expect(bad.status == 64 && bad.stderr.contains("unknown format 'svg' (formats: text, dot)"))
    let stage = Commands.dump(path: Self.mlpGrad, after: "fsue")
    #expect(stage.status == 64 && stage.stderr.contains("did you mean 'fuse'?"), "\(stage.stderr)")
  }

  @Test func labelsAreEscaped() {
    #expect(DotWriter.quote("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
  }
}
