import Codegen
import FTIR
import Pipeline
import Testing

/// A JIT-compiled module and its code are freed once nothing uses them: a
/// cached entry must not keep its module alive in a cycle (every test
/// process builds thousands of JITs; leaked ones exhaust the kernel's
/// memory-map limit, and then code pages cannot be made executable).
@Suite struct JITLifetimeTests {
  @Test func aJITModuleIsFreedAfterItsCalls() throws {
    let m = try load("""
      module @l
      func @f(%x: f32[3]) -> f32[3] {
        %y = add %x, %x : f32[3]
        return %y
      }
      """).flatMap(Pipeline.expand).get()
    weak var freed: JITModule?
    var entry: CompiledEntry?
    do {
      let jit = try Pipeline.jit(m)
      #expect(try jit.run("f", [HostTensor([1, 2, 3] as [Float], shape: [3])])[0].doubles == [2, 4, 6])
      entry = try jit.entry("f")
      freed = jit
    }
    #expect(freed == nil)
    // An entry held elsewhere still calls the code it points to.
    #expect(try entry?.run([HostTensor([1, 1, 1] as [Float], shape: [3])])[0].doubles == [2, 2, 2])
  }
}
