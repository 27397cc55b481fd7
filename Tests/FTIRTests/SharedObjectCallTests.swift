import Codegen
import FTIR
import Fuzzing
import Pipeline
import Testing

/// The fuzzer's shared-object comparison: `ftc compile`'s output loaded with
/// dlopen and called through its C ABI (Codegen/SharedObjectRunner.swift).
@Suite struct SharedObjectCallTests {
  static let source = """
    module @so
    func @f(%x: f32[3], %y: i32[3]) -> (f32[3], i32[]) {
      %a = mul %x, %x : f32[3]
      %s = reduce_sum %y, dims=[0] : i32[]
      return %a, %s
    }
    func private @g(%x: f32[3]) -> f32[3] {
      return %x
    }
    """

  static func compiled(prefix: String = "") throws -> SharedObjectModule {
    let m = try Pipeline.load(bytes: Array(source.utf8), fileName: "so.ftir").get()
    let c = Compilation(module: m, config: CompileConfig(prefix: prefix), options: CompilationOptions(machineCode: .object, linkWith: .systemLinker))
    try c.run(through: .link)
    return try SharedObjectModule(bytes: try #require(c.sharedObject), module: try #require(c.module), prefix: prefix)
  }

  @Test func callsAgreeWithTheInterpreter() throws {
    for prefix in ["", "p_"] {
      let so = try Self.compiled(prefix: prefix)
      let args = [HostTensor([Float(1.5), -2, 0], shape: [3]), HostTensor([Int32(4), 5, -6], shape: [3])]
      let got = try so.run("f", args)
      #expect(got == [HostTensor([Float(2.25), 4, 0], shape: [3]), HostTensor([Int32(3)], shape: [])])
      #expect(try so.metadata().contains("\"symbol\": \"\(prefix)f\""))
    }
  }

  @Test func badCallsAreErrorsNotCrashes() throws {
    let so = try Self.compiled()
    #expect(throws: CompiledCallError.self) { try so.run("g", [HostTensor([Float(1), 2, 3], shape: [3])]) }   // private
    #expect(throws: CompiledCallError.self) { try so.run("nope", []) }
    #expect(throws: CompiledCallError.self) { try so.run("f", [HostTensor([Float(1)], shape: [1])]) }
  }

  /// The differential check with the shared object agrees on a module with
  /// every buffer count the call supports, and skips (counts) a function with more.
  @Test func theDifferentialCheckCallsEveryBufferCount() {
    var text = "module @many\n"
    for n in [1, SharedObjectModule.maxBuffers - 1, SharedObjectModule.maxBuffers] {
      let params = (0..<n).map { "%p\($0): f32[2]" }.joined(separator: ", ")
      text += "func @f\(n)(\(params)) -> f32[2] {\n  %r = add %p0, %p\(n - 1) : f32[2]\n  return %r\n}\n"
    }
    guard case .agreed(let inconclusive, let skipped) = Differential(jit: false, sharedObject: true).check(text) else {
      Issue.record("expected agreement: \(Differential(jit: false, sharedObject: true).check(text))")
      return
    }
    #expect(inconclusive == 0 && skipped == 1, "the function of \(SharedObjectModule.maxBuffers + 1) buffers is skipped")
  }
}
