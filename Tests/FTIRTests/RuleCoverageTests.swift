import Testing
@testable import FTIR
import Codegen
import FTCTool

/// Every operation has every rule it needs, so a gap is found here, never by
/// a user at run time.
@Suite struct RuleCoverageTests {
  /// A test-only elementwise-looking op with every IR rule; `opClass` and the
  /// name (so whether Codegen has a lowering) are the test's choice.
  static func testOp(_ name: String, class opClass: OpClass?, linearity: Linearity = .nonlinear) -> OpDef {
    OpDef(name, arity: .exactly(1), type: { i throws(RuleError) in [i.operands[0]] },
          eval: { i in [i.operands[0]] }, jvp: zeroJVP, batch: elementwiseBatch,
          class: opClass, linearity: linearity)
  }

  @Test func theRegistryHasNoGaps() {
    #expect(RuleCoverage.missing() == [])
    #expect(coverageGaps() == [])
    #expect(OpRegistry.all.allSatisfy { $0.opClass != nil })
  }

  @Test func anOpWithoutAClassIsAGap() {
    let ops = OpRegistry.all + [Self.testOp("test_unclassified", class: nil)]
    #expect(RuleCoverage.missing(ops) == ["test_unclassified: no class"])
    #expect(coverageGaps(ops) == ["test_unclassified: no class"])
  }

  @Test func anOpWithoutALoweringIsAGap() {
    let ops = OpRegistry.all + [Self.testOp("test_unlowered", class: .elementwise)]
    #expect(RuleCoverage.missing(ops) == [])
    #expect(coverageGaps(ops) == ["test_unlowered: no lowering in Codegen"])
  }

  @Test func aLoweringOfTheWrongKindIsAGap() {
    // "exp" has an element rule; declared a reduction, that does not implement it.
    let gaps = loweringCoverage([Self.testOp("exp", class: .reduction)])
    #expect(gaps == ["exp: its lowering (element) does not implement its class (reduction)"])
  }

  @Test func aLinearOpWithoutATransposeRuleIsAGap() {
    let ops = [Self.testOp("test_linear", class: .elementwise, linearity: .jointly(nil))]
    #expect(RuleCoverage.missing(ops) == ["test_linear: no transpose rule"])
  }

  @Test func linearityMatchesTheOpsJVPRulesEmitOnTangents() {
    let linear = Set(OpRegistry.all.filter { $0.linearity.needsTranspose }.map(\.name))
    #expect(linear == [
      "neg", "add", "sub", "mul", "div", "select", "convert", "reduce_sum", "broadcast_in_dim", "reshape",
      "transpose", "slice", "pad", "concatenate", "reverse", "dot_general", "cond", "scan",
      "gather", "scatter_add", "dynamic_slice", "dynamic_update_slice", "cumsum", "conv",
    ])
    #expect(OpRegistry["gather"].linearity.isLinear(in: 0) && !OpRegistry["gather"].linearity.isLinear(in: 1))
    #expect(OpRegistry["scatter_add"].linearity.isLinear(in: 2) && !OpRegistry["scatter_add"].linearity.isLinear(in: 1))
    #expect(OpRegistry["select"].linearity.isLinear(in: 1) && !OpRegistry["select"].linearity.isLinear(in: 0))
    #expect(OpRegistry["div"].linearity.isLinear(in: 0) && !OpRegistry["div"].linearity.isLinear(in: 1))
  }

  @Test func theReportNamesOpsAndColumns() {
    let table = coverageTable()
    let lines = table.split(separator: "\n")
    #expect(lines.count == OpRegistry.all.count + 1)
    #expect(lines[0].split(separator: " ") == ["op", "semantics", "jvp", "transpose", "batching", "class", "lowering"])
    let dot = lines.first { $0.hasPrefix("dot_general ") } ?? ""
    #expect(dot.contains("contraction kernel") && dot.contains("yes (each of all)"))
    let call = lines.first { $0.hasPrefix("call ") } ?? ""
    #expect(call.contains("n/a (inlined)"))
    #expect(!table.contains("MISSING"))
  }

  @Test func theReportShowsAGap() {
    let table = coverageTable([Self.testOp("test_unlowered", class: nil)])
    #expect(table.split(separator: "\n")[1].split(separator: " ").suffix(2) == ["MISSING", "MISSING"])
  }

  @Test func ftcRulesPrintsTheTable() {
    let r = Commands.rules()
    #expect(r.status == 0 && r.stderr.isEmpty)
    #expect(r.stdout == coverageTable() + "\n")
  }

  @Test func ftcRulesFailsOnAGap() {
    let r = Commands.rules(OpRegistry.all + [Self.testOp("test_unlowered", class: .elementwise)])
    #expect(r.status == 1)
    #expect(r.stderr == "ftc: rule missing: test_unlowered: no lowering in Codegen\n")
  }
}
