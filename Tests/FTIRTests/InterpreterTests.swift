import Foundation
import Testing
@testable import FTIR
import FTCTool
import Pipeline

/// The interpreter as a whole: running functions, calls, argument checks and
/// the memory budget. (Each op's semantics is tested in OpSemanticsTests.)
@Suite struct InterpreterTests {
  @Test func linearRegressionLoss() throws {
    let src = try String(contentsOfFile: Repo.path("IR/examples/linreg.ftir"), encoding: .utf8)
    let w = HostTensor([1, 2] as [Float], shape: [2])
    let x = HostTensor([1, 0.5, 0.3, 0.8, 0.9, 0.1] as [Float], shape: [3, 2])
    let y = HostTensor([1.5, 1, 0.8] as [Float], shape: [3])
    let r = try interpret(src, "loss", [w, x, y])
    // p = [2, 1.9, 1.1], d = [0.5, 0.9, 0.3], mean(d^2) = 1.15 / 3
    guard case .f32(let v) = r[0].storage else { Issue.record("not f32"); return }
    #expect(abs(v[0] - 1.15 / 3) < 1e-6)
  }

  @Test func callsRunTheCallee() throws {
    let src = """
      func private @sq(%a: f64[2]) -> (f64[2], f64[]) {
        %b = mul %a, %a : f64[2]
        %s = reduce_sum %b, dims=[0] : f64[]
        return %b, %s
      }
      func @f(%x: f64[2]) -> f64[] {
        %y, %s = call @sq(%x) : (f64[2], f64[])
        %t, %u = call @sq(%y) : (f64[2], f64[])
        %r = add %s, %u : f64[]
        return %r
      }
      """
    let r = try interpret(src, "f", [HostTensor([1, 2] as [Double], shape: [2])])
    #expect(r[0].doubles == [5 + 17])
  }

  @Test func argumentsAreChecked() throws {
    let m = try load("func @f(%x: f32[3]) -> f32[3] {\n  return %x\n}\n").get()
    #expect(throws: InterpreterError.self) { try Interpreter(module: m).run("f", [HostTensor([1, 2] as [Float], shape: [2])]) }
    #expect(throws: InterpreterError.self) { try Interpreter(module: m).run("g", []) }
    #expect(throws: InterpreterError.self) { try Interpreter(module: m).run("f", []) }
  }

  @Test func memoryBudgetIsEnforced() throws {
    let src = """
      func @f(%x: f32[]) -> f32[] {
        %b = broadcast_in_dim %x, dims=[] : f32[100000000]
        %s = reduce_sum %b, dims=[0] : f32[]
        return %s
      }
      """
    let m = try load(src).get()
    do {
      _ = try Interpreter(module: m, memoryBudget: 1 << 20).run("f", [HostTensor([1] as [Float], shape: [])])
      Issue.record("expected the budget to be exceeded")
    } catch {
      #expect(error.message.contains("memory budget of 1048576 bytes is exceeded at 'broadcast_in_dim' (line 2)"))
    }
  }

  @Test func everyExampleRuns() throws {
    var rng = SeededRNG(seed: 7)
    for path in Repo.examples() {
      // Written functions only (transform definitions run in their own tests),
      // from the expanded module: a written function may call a definition.
      let written = try load(try String(contentsOfFile: path, encoding: .utf8), file: path).get()
      let m = try Pipeline.expand(written).get()
      for w in written.functions where w.transform == nil {
        let f = try #require(m.function(named: w.name))
        let args = f.signature.params.map { randomTensor($0, &rng)! }
        let out = try Interpreter(module: m).run(f.name, args)
        #expect(out.map(\.type) == f.resultTypes, "\(path) @\(f.name)")
      }
    }
  }

  @Test func softmaxRowsSumToOne() throws {
    let src = try String(contentsOfFile: Repo.path("IR/examples/softmax.ftir"), encoding: .utf8)
    var rng = SeededRNG(seed: 3)
    let x = randomTensor(TensorType(.f32, [4, 10]), &rng)!
    let y = try interpret(src, "softmax", [x])[0].doubles
    for row in 0..<4 {
      #expect(abs(y[(row * 10)..<(row * 10 + 10)].reduce(0, +) - 1) < 1e-5)
    }
  }
}
