/// `LLContext`: an owning wrapper of an LLVM context, plus the one-time
/// initialization of LLVM's native target.
///
/// Every context lives inside an ORC thread-safe context, so any module built
/// in it can later go to the `JIT` as well as to a `TargetMachine`. Values,
/// types and blocks are plain handles valid while their context lives; keep
/// the `LLContext` (or a module of it) alive while you use them. A context is
/// confined to one thread at a time, and once a module of it has been added to
/// a JIT, build nothing more in it (the JIT compiles lazily, on its own
/// terms): use one context per module.
import CLLVM

public final class LLContext {
  /// The thread-safe context that owns `ref` (shared with JIT'd modules).
  let threadSafe: LLVMOrcThreadSafeContextRef
  /// The raw handle, for calls LLVMKit does not wrap.
  public let ref: LLVMContextRef

  public init() {
    initializeLLVM()
    threadSafe = LLVMOrcCreateNewThreadSafeContext()
    ref = LLVMOrcThreadSafeContextGetContext(threadSafe)
    // LLVM's remarks and warnings (e.g. "loop not vectorized" for a loop
    // that carries a width hint) are not ftc's output: drop them. Errors
    // reach ftc through the calls that fail.
    LLVMContextSetDiagnosticHandler(ref, { info, _ in
      guard let info else { return }
      _ = LLVMGetDiagInfoSeverity(info)
    }, nil)
  }

  deinit { LLVMOrcDisposeThreadSafeContext(threadSafe) }
}

/// Registers the native target, its assembly printer and parser (once).
func initializeLLVM() { _ = llvmInitialized }

private let llvmInitialized: Bool = {
  LLVMInitializeNativeTarget()
  LLVMInitializeNativeAsmPrinter()
  LLVMInitializeNativeAsmParser()
  return true
}()
