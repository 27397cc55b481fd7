/// `LLModule`: an owning wrapper of an LLVM module: functions, intrinsics
/// by name, globals (constant arrays, C strings), `@llvm.compiler.used`,
/// target triple and data layout, verification, textual IR (printing and
/// parsing), cloning. A module handed to the `JIT` is consumed: the JIT owns
/// it from then on and this object must not be used again.
import CLLVM

public final class LLModule {
  /// The context the module lives in (kept alive by the module).
  public let context: LLContext
  /// The raw handle, for calls LLVMKit does not wrap.
  public let ref: LLVMModuleRef
  private(set) var isConsumed = false

  public init(name: String, context: LLContext) {
    self.context = context
    ref = LLVMModuleCreateWithNameInContext(name, context.ref)
  }

  /// Parses textual LLVM IR; a syntax error becomes an `LLVMError`.
  public init(parsing text: String, name: String = "parsed", context: LLContext) throws {
    self.context = context
    let buffer = text.withCString { chars in
      LLVMCreateMemoryBufferWithMemoryRangeCopy(chars, text.utf8.count, name)
    }
    var module: LLVMModuleRef?
    var message: UnsafeMutablePointer<CChar>?
    // LLVMParseIRInContext takes ownership of the buffer, even on failure.
    if LLVMParseIRInContext(context.ref, buffer, &module, &message) != 0 || module == nil {
      throw LLVMError("invalid LLVM IR: \(takeMessage(message))")
    }
    ref = module!
  }

  private init(cloning other: LLModule) {
    context = other.context
    ref = LLVMCloneModule(other.ref)
  }

  deinit { if !isConsumed { LLVMDisposeModule(ref) } }

  /// Called when ownership moves to LLVM (the JIT).
  func markConsumed() { isConsumed = true }

  /// A deep copy in the same context (code generation changes a module;
  /// emit from a clone when the module is needed afterwards).
  public func clone() -> LLModule { LLModule(cloning: self) }

  // MARK: Target

  public var triple: String {
    get { String(cString: LLVMGetTarget(ref)) }
    set { LLVMSetTarget(ref, newValue) }
  }
  public var dataLayout: String {
    get { String(cString: LLVMGetDataLayoutStr(ref)) }
    set { LLVMSetDataLayout(ref, newValue) }
  }

  // MARK: Functions

  public func addFunction(_ name: String, type: LLType) -> LLFunction {
    LLFunction(LLVMAddFunction(ref, name, type.ref))
  }

  public func function(named name: String) -> LLFunction? {
    LLVMGetNamedFunction(ref, name).map(LLFunction.init)
  }

  /// The function `name`, declared with `type` unless it already exists.
  public func declareFunction(_ name: String, type: LLType) -> LLFunction {
    function(named: name) ?? addFunction(name, type: type)
  }

  /// The declaration of an intrinsic such as `llvm.fma`, `llvm.sqrt` or
  /// `llvm.maxnum`, overloaded on `types` (e.g. `[f32]` or `[<8 x float>]`).
  public func intrinsic(_ name: String, types: [LLType] = []) throws -> LLFunction {
    let id = LLVMLookupIntrinsicID(name, name.utf8.count)
    guard id != 0 else { throw LLVMError("unknown LLVM intrinsic '\(name)'") }
    let overloaded = LLVMIntrinsicIsOverloaded(id) != 0
    if overloaded && types.isEmpty {
      throw LLVMError("intrinsic '\(name)' is overloaded: give its types")
    }
    if !overloaded && !types.isEmpty {
      throw LLVMError("intrinsic '\(name)' is not overloaded")
    }
    var refs: [LLVMTypeRef?] = types.map(\.ref)
    return LLFunction(LLVMGetIntrinsicDeclaration(ref, id, &refs, refs.count))
  }

  // MARK: Globals

  /// A global variable. With an `initializer` it is a definition (of the
  /// initializer's type), without one a declaration of `type`.
  @discardableResult
  public func addGlobal(
    _ name: String, type: LLType? = nil, initializer: LLValue? = nil, isConstant: Bool = false,
    linkage: Linkage = .internal, alignment: Int = 0, unnamedAddress: Bool = false
  ) -> LLValue {
    let valueType = initializer?.type ?? type ?? context.i8
    let global = LLValue(LLVMAddGlobal(ref, valueType.ref, name))
    if let initializer { LLVMSetInitializer(global.ref, initializer.ref) }
    LLVMSetGlobalConstant(global.ref, isConstant ? 1 : 0)
    global.setLinkage(initializer == nil ? .external : linkage)
    if alignment > 0 { LLVMSetAlignment(global.ref, UInt32(alignment)) }
    if unnamedAddress { LLVMSetUnnamedAddress(global.ref, LLVMGlobalUnnamedAddr) }
    return global
  }

  /// A private constant NUL-terminated string; the value is its address
  /// (e.g. the JSON that `ftc_metadata()` returns).
  @discardableResult
  public func addCString(_ name: String, _ string: String) -> LLValue {
    addGlobal(
      name, initializer: context.constString(string), isConstant: true, linkage: .private,
      unnamedAddress: true)
  }

  /// Sets `@llvm.compiler.used` to these globals (functions included), so no
  /// optimization removes them (e.g. vector-variant declarations that only a
  /// `vector-function-abi-variant` attribute names).
  public func setCompilerUsed(_ values: [LLValue]) {
    if let old = LLVMGetNamedGlobal(ref, "llvm.compiler.used") { LLVMDeleteGlobal(old) }
    guard !values.isEmpty else { return }
    let list = context.constArray(context.ptr, values)
    let global = addGlobal("llvm.compiler.used", initializer: list, linkage: .appending)
    LLVMSetSection(global.ref, "llvm.metadata")
  }

  // MARK: Checking and printing

  /// Runs LLVM's verifier; a broken module becomes an `LLVMError` with the
  /// verifier's report.
  public func verify() throws {
    var message: UnsafeMutablePointer<CChar>?
    let broken = LLVMVerifyModule(ref, LLVMReturnStatusAction, &message) != 0
    let text = takeMessage(message)
    if broken { throw LLVMError("invalid LLVM module: \(text)") }
  }

  /// The module as textual LLVM IR.
  public var text: String { takeMessage(LLVMPrintModuleToString(ref)) }
}
