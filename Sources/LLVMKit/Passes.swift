/// LLVM's new pass manager through `LLVMRunPasses`: `default<O0>` ...
/// `default<O3>` (ftc's `-O`) or any pipeline string, with loop and SLP
/// vectorization on, for a given target machine (which decides vector widths
/// and the cost model).
import CLLVM

public struct PassOptions: Sendable {
  public var loopVectorization = true
  public var slpVectorization = true
  public var loopInterleaving = true
  public var loopUnrolling = true
  /// Run the verifier after each pass (slow; for debugging).
  public var verifyEach = false
  public init() {}
}

extension LLModule {
  /// Runs LLVM's standard pipeline `default<O<level>>`.
  public func optimize(level: Int, for targetMachine: TargetMachine, options: PassOptions = PassOptions()) throws {
    guard (0...3).contains(level) else { throw LLVMError("optimization level must be 0...3, got \(level)") }
    try runPasses("default<O\(level)>", for: targetMachine, options: options)
  }

  /// Runs a textual pass pipeline (`opt -passes=` syntax); a malformed
  /// pipeline becomes an `LLVMError`.
  public func runPasses(_ pipeline: String, for targetMachine: TargetMachine, options: PassOptions = PassOptions()) throws {
    let builderOptions = LLVMCreatePassBuilderOptions()
    defer { LLVMDisposePassBuilderOptions(builderOptions) }
    LLVMPassBuilderOptionsSetLoopVectorization(builderOptions, options.loopVectorization ? 1 : 0)
    LLVMPassBuilderOptionsSetSLPVectorization(builderOptions, options.slpVectorization ? 1 : 0)
    LLVMPassBuilderOptionsSetLoopInterleaving(builderOptions, options.loopInterleaving ? 1 : 0)
    LLVMPassBuilderOptionsSetLoopUnrolling(builderOptions, options.loopUnrolling ? 1 : 0)
    LLVMPassBuilderOptionsSetVerifyEach(builderOptions, options.verifyEach ? 1 : 0)
    try check(LLVMRunPasses(ref, pipeline, targetMachine.ref, builderOptions), "LLVM pass pipeline '\(pipeline)'")
  }
}
