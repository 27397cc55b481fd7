import Foundation
import Testing
@testable import FTIR
import Backend
import Codegen
import FTCTool
@testable import Pipeline

/// The pipeline as data (Sources/Pipeline/Stages.swift): stages run once
/// each, in the list's order; `--time-passes` reports them; the `inline`
/// stage is dumpable; Codegen lowers the plan the `schedule` stage made.
@Suite struct PipelineTests {
  static let example = Repo.path("IR/examples/mlp.ftir")

  /// The stage names of a `--time-passes` report, checking each line is `NAME SECONDS`.
  func timedStages(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").map { line in
      let parts = line.split(separator: " ")
      #expect(parts.count == 2 && Double(parts[1]) != nil && parts[1].contains("."), "not 'STAGE SECONDS': \(line)")
      return String(parts[0])
    }
  }

  @Test func compileTimesEveryStageOnceInOrder() throws {
    let dir = tempDir()
    let r = Commands.compile(path: Self.example, output: dir + "/libmlp.so", timePasses: true)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(timedStages(r.stderr) == Stage.allCases.map(\.rawValue))
    #expect(FileManager.default.fileExists(atPath: dir + "/libmlp.so"))
  }

  /// The executable's report opens with `startup` (the time before the
  /// pipeline: loading libraries, parsing arguments), then every stage.
  @Test func theExecutableTimesItsStartup() throws {
    let ftc = try #require(CompileCommandTests.ftcExecutable(), "the ftc executable was not built next to the tests")
    let r = try runProgram(ftc, ["compile", Self.example, "-o", tempDir() + "/libmlp.so", "--time-passes"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(timedStages(r.stderr) == ["startup"] + Stage.allCases.map(\.rawValue))
    let dump = try runProgram(ftc, ["dump", Self.example, "--after", "parse", "--time-passes"])
    #expect(timedStages(dump.stderr) == ["startup", "parse"])
  }

  @Test func compileWithoutTimePassesPrintsNothing() {
    let r = Commands.compile(path: Self.example, output: tempDir() + "/libmlp.so")
    #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
  }

  @Test func compileEmitKindsStopAtTheirStage() {
    let dir = tempDir()
    let expected: [(Commands.EmitKind, Stage)] = [(.llvm, .llvmOpt), (.obj, .asm), (.asm, .asm)]
    for (emit, last) in expected {
      let r = Commands.compile(path: Self.example, output: dir + "/out." + emit.rawValue, emit: emit, timePasses: true)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(timedStages(r.stderr) == Stage.allCases.filter { $0 <= last }.map(\.rawValue), "--emit \(emit)")
    }
  }

  @Test func dumpAllRunsThePipelineOnce() {
    let r = Commands.dump(path: Self.example, after: "all", config: CompileConfig(cpu: "x86-64-v3"), timePasses: true)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(timedStages(r.stderr) == Stage.allCases.filter { $0 <= .asm }.map(\.rawValue))
    let headers = r.stdout.split(separator: "\n").filter { $0.hasPrefix("// ---- after ") }
    #expect(headers == Stage.dumpable.map { "// ---- after \($0.rawValue) ----" })
    #expect(Stage.dumpable.map(\.rawValue) == ["parse", "expand", "simplify", "inline", "fuse", "schedule", "loops", "llvm", "asm"])
  }

  @Test func dumpOfOneStageRunsOnlyTheStagesBeforeIt() {
    let r = Commands.dump(path: Self.example, after: "fuse", timePasses: true)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(timedStages(r.stderr) == ["parse", "expand", "simplify", "inline", "fuse"])
  }

  @Test func timePassesReportsTheStagesBeforeAnError() {
    let dir = tempDir()
    let p = write("func @f(%x: f32[3]) -> f32[3] {\n  %y = exp %x : f32[2]\n  return %y\n}\n", dir, "bad.ftir")
    let r = Commands.dump(path: p, after: "llvm", timePasses: true)
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("\(p):2:"), "\(r.stderr)")
    #expect(!r.stderr.contains("parse "), "a stage that failed is not reported as run")
  }

  @Test func subStagesAreNotDumpable() {
    for name in ["llvm-opt", "link"] {
      let r = Commands.dump(path: Self.example, after: name)
      #expect(r.status == 64 && r.stderr.contains("unknown stage '\(name)'"), "\(r.stderr)")
    }
  }

  /// `inline` is after inlining and the second simplification: no call is
  /// left, and `simplify` still shows it.
  @Test func inlineStageInlinesAndSimplifies() {
    let dir = tempDir()
    let p = write("""
      func private @sq(%x: f32[3]) -> f32[3] {
        %one = constant 1.0 : f32[]
        %b = broadcast_in_dim %one, dims=[] : f32[3]
        %m = mul %x, %b : f32[3]
        %y = mul %m, %m : f32[3]
        return %y
      }
      func @f(%x: f32[3]) -> f32[3] {
        %y = call @sq(%x) : f32[3]
        return %y
      }

      """, dir, "calls.ftir")
    let simplified = Commands.dump(path: p, after: "simplify")
    #expect(simplified.status == 0 && simplified.stdout.contains("call @sq"), "\(simplified.stdout)\(simplified.stderr)")
    let inlined = Commands.dump(path: p, after: "inline")
    #expect(inlined.status == 0, "\(inlined.stderr)")
    #expect(!inlined.stdout.contains("call "), "\(inlined.stdout)")
    #expect(!inlined.stdout.contains("broadcast_in_dim"), "simplified after inlining: x * 1 is x\n\(inlined.stdout)")
    #expect(inlined.stdout.contains("%y = mul %x, %x : f32[3]") || inlined.stdout.contains("mul %x, %x"), "\(inlined.stdout)")
    // Re-parseable FTIR, like every FTIR stage.
    #expect((try? load(inlined.stdout).get()) != nil)
  }

  /// Codegen lowers the plan it is given: a schedule changed between the
  /// `schedule` and `llvm` stages changes the code.
  @Test func codegenLowersThePlanItIsGiven() throws {
    let text = "func @f(%x: f32[512, 512]) -> f32[512, 512] {\n  %y = exp %x : f32[512, 512]\n  return %y\n}\n"
    let parallelCall = "call i32 @ftc_rt_parallel_for("
    let config = CompileConfig(cpu: "x86-64-v3")

    let planned = Compilation(bytes: Array(text.utf8), fileName: "big.ftir", config: config)
    try planned.run(through: .llvm)
    #expect(planned.plan?.functions.first?.schedules.first?.parallelChunk != nil)
    #expect(planned.lowered?.llvm.text.contains(parallelCall) == true)

    let changed = Compilation(bytes: Array(text.utf8), fileName: "big.ftir", config: config)
    try changed.run(through: .schedule)
    var plan = try #require(changed.plan)
    for f in plan.functions.indices {
      for k in plan.functions[f].schedules.indices { plan.functions[f].schedules[k].parallelChunk = nil }
    }
    changed.plan = plan
    try changed.run(through: .llvm)
    let llvm = try #require(changed.lowered?.llvm.text)
    #expect(!llvm.contains(parallelCall), "\(llvm)")

    // A plan made for another target is refused, not silently re-planned.
    plan.target.vectorBits = 128
    #expect(throws: (any Error).self) { try Compiler.lower(plan, on: try Compiler.machine(config)) }
  }

  @Test func theJITRunsThroughThePipeline() throws {
    let m = try load("func @f(%x: f32[2]) -> f32[2] {\n  %y = add %x, %x : f32[2]\n  return %y\n}\n").get()
    let jit = try Pipeline.jit(m)
    #expect(try jit.run("f", [HostTensor([1, 2] as [Float], shape: [2])])[0].doubles == [2, 4])
  }

  @Test func secondsHaveFourDecimals() {
    #expect(formatSeconds(0.01234) == "0.0123")
    #expect(formatSeconds(1.5) == "1.5000")
    #expect(formatSeconds(0) == "0.0000")
    #expect(formatSeconds(12.00005) == "12.0001" || formatSeconds(12.00005) == "12.0000")
  }

  /// Tests that iterate over the examples fail when there are none.
  @Test func examplesAreNeverAnEmptyList() {
    #expect(Repo.examples().count >= 10)
    let none = Repo.examples(in: "IR/no-such-directory")
    #expect(none.count == 1 && !FileManager.default.fileExists(atPath: none[0]))
  }
}
