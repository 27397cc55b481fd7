import Testing
@testable import FTIR

/// Every operation has every rule it needs, so a gap is found here, never by
/// a user at run time.
@Suite struct RuleCoverageTests {
  @Test func everyOpHasReferenceSemanticsAndAJVPRule() {
    #expect(RuleCoverage.missing() == [])
  }

  @Test func theReportNamesOps() {
    let table = RuleCoverage.table()
    #expect(table.contains("dot_general"))
    #expect(table.split(separator: "\n").count == OpRegistry.all.count + 1)
  }
}
