import Foundation
import Testing
@testable import FTIR
import FTCTool

/// Compiled code (JIT) against the reference interpreter.
@Suite struct CompiledExampleTests {
  @Test(arguments: Repo.examples())
  func exampleAgreesWithTheInterpreter(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let problems = try compareCompiled(text, file: path)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}
