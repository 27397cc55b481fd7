import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool

/// `ftc dump --after STAGE` of every example against `IR/golden/NAME.STAGE.EXT`.
/// The backend stages are dumped with `--target-cpu x86-64-v3` (spec
/// section 7), so the files do not depend on the machine.
/// `FTC_UPDATE_GOLDEN=1` rewrites the golden files instead of comparing.
@Suite struct GoldenTests {
  static let stages = ["parse", "expand", "simplify", "inline", "fuse", "schedule", "loops", "llvm"]
  /// The configuration of every golden dump (`-O3 --target-cpu x86-64-v3`).
  static let config = CompileConfig(optLevel: 3, cpu: "x86-64-v3")

  /// FTIR stages are `.ftir` (re-parseable), LLVM IR `.ll`, the backend's
  /// readable forms `.txt`.
  static func goldenName(_ name: String, _ stage: String) -> String {
    let ext = ["parse", "expand", "simplify", "inline"].contains(stage) ? "ftir" : stage == "llvm" ? "ll" : "txt"
    return "IR/golden/\(name).\(stage).\(ext)"
  }

  @Test(arguments: Repo.examples())
  func goldenDumps(example: String) throws {
    let name = URL(fileURLWithPath: example).deletingPathExtension().lastPathComponent
    let update = ProcessInfo.processInfo.environment["FTC_UPDATE_GOLDEN"] == "1"
    for stage in Self.stages {
      let r = Commands.dump(path: example, after: stage, config: Self.config)
      #expect(r.status == 0, "dump --after \(stage) of \(name) failed:\n\(r.stderr)")
      let goldenPath = Repo.path(Self.goldenName(name, stage))
      if update {
        try r.stdout.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        continue
      }
      let golden = (try? String(contentsOfFile: goldenPath, encoding: .utf8)) ?? ""
      #expect(golden == r.stdout, "golden mismatch for \(name) after \(stage) (FTC_UPDATE_GOLDEN=1 regenerates):\n\(unifiedDiff(golden, r.stdout, from: goldenPath, to: "ftc dump"))")
    }
  }

  /// print(parse(x)) is a fixed point of print∘parse for every example and golden file.
  @Test(arguments: Repo.examples() + GoldenTests.goldenFiles())
  func printingIsIdempotent(file: String) throws {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let once = printModule(try load(text, file: file).get())
    let twice = printModule(try load(once, file: file).get())
    #expect(once == twice, "\(unifiedDiff(once, twice, from: "print(parse(x))", to: "print(parse(print(parse(x))))"))")
  }

  static func goldenFiles() -> [String] {
    let dir = Repo.path("IR/golden")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".ftir") }.sorted().map { dir + "/" + $0 }
  }
}
