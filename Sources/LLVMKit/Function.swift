/// `LLFunction` and `LLBlock`: functions (parameters, basic blocks,
/// enum/int and string attributes on the function, its return value or a
/// parameter) and the linkage/visibility of any global value.
import CLLVM

/// Where an attribute goes: the function, its return value, or a parameter.
public enum AttributeIndex: Hashable, Sendable {
  case function, returnValue, param(Int)
  var raw: LLVMAttributeIndex {
    switch self {
    case .function: return LLVMAttributeIndex(bitPattern: Int32(LLVMAttributeFunctionIndex))
    case .returnValue: return LLVMAttributeIndex(LLVMAttributeReturnIndex)
    case .param(let i): return LLVMAttributeIndex(i + 1)
    }
  }
}

public enum Linkage: Sendable {
  case external, `internal`, `private`, linkOnceODR, weakODR, appending
  var raw: LLVMLinkage {
    switch self {
    case .external: return LLVMExternalLinkage
    case .internal: return LLVMInternalLinkage
    case .private: return LLVMPrivateLinkage
    case .linkOnceODR: return LLVMLinkOnceODRLinkage
    case .weakODR: return LLVMWeakODRLinkage
    case .appending: return LLVMAppendingLinkage
    }
  }
}

public enum Visibility: Sendable {
  case `default`, hidden, protected
  var raw: LLVMVisibility {
    switch self {
    case .default: return LLVMDefaultVisibility
    case .hidden: return LLVMHiddenVisibility
    case .protected: return LLVMProtectedVisibility
    }
  }
}

extension LLValue {
  /// Linkage of a global value (function or global variable).
  public func setLinkage(_ linkage: Linkage) { LLVMSetLinkage(ref, linkage.raw) }
  /// Visibility of a global value; ftc makes everything but the exported
  /// entry points `.hidden`.
  public func setVisibility(_ visibility: Visibility) { LLVMSetVisibility(ref, visibility.raw) }
}

/// A basic block.
public struct LLBlock: Hashable {
  public let ref: LLVMBasicBlockRef
  public init(_ ref: LLVMBasicBlockRef) { self.ref = ref }
  public var name: String { String(cString: LLVMGetBasicBlockName(ref)) }
  /// The block's terminator, if it has one yet.
  public var terminator: LLValue? { LLVMGetBasicBlockTerminator(ref).map(LLValue.init) }
}

/// A function (declaration or definition) in a module.
public struct LLFunction: Hashable {
  public let ref: LLVMValueRef
  public init(_ ref: LLVMValueRef) { self.ref = ref }

  public var value: LLValue { LLValue(ref) }
  public var name: String { value.name }
  /// The function's type (not the pointer type of the value).
  public var type: LLType { LLType(LLVMGlobalGetValueType(ref)) }
  public var paramCount: Int { Int(LLVMCountParams(ref)) }
  public func param(_ index: Int) -> LLValue { LLValue(LLVMGetParam(ref, UInt32(index))) }
  public var isDeclaration: Bool { LLVMIsDeclaration(ref) != 0 }

  public func appendBlock(_ name: String = "") -> LLBlock {
    LLBlock(LLVMAppendBasicBlockInContext(value.context, ref, name))
  }

  public func setLinkage(_ linkage: Linkage) { value.setLinkage(linkage) }
  public func setVisibility(_ visibility: Visibility) { value.setVisibility(visibility) }

  /// Adds an enum or integer attribute by its LLVM name: `nounwind`,
  /// `noalias`, `nocapture`, `readonly`, `willreturn`, `align` (value = the
  /// alignment), `memory` (value 0 = `memory(none)`), ...
  public func addAttribute(_ name: String, value: UInt64 = 0, at index: AttributeIndex = .function)
    throws
  {
    let attribute = try makeEnumAttribute(name, value: value, context: self.value.context)
    LLVMAddAttributeAtIndex(ref, index.raw, attribute)
  }

  /// Adds a string attribute, e.g. `"prefer-vector-width"="512"`.
  public func addStringAttribute(_ key: String, _ value: String, at index: AttributeIndex = .function) {
    LLVMAddAttributeAtIndex(ref, index.raw, makeStringAttribute(key, value, context: self.value.context))
  }

  /// The string attribute's value, if the function has it.
  public func stringAttribute(_ key: String, at index: AttributeIndex = .function) -> String? {
    guard let attribute = LLVMGetStringAttributeAtIndex(ref, index.raw, key, UInt32(key.utf8.count))
    else { return nil }
    var length: UInt32 = 0
    guard let text = LLVMGetStringAttributeValue(attribute, &length) else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: text, count: Int(length)), as: UTF8.self)
  }
}

extension LLValue {
  /// Adds an enum/int attribute to a call instruction (see
  /// `LLFunction.addAttribute`).
  public func addCallSiteAttribute(_ name: String, value: UInt64 = 0, at index: AttributeIndex = .function)
    throws
  {
    LLVMAddCallSiteAttribute(ref, index.raw, try makeEnumAttribute(name, value: value, context: context))
  }
  /// Adds a string attribute to a call instruction, e.g.
  /// `"vector-function-abi-variant"="_ZGVdN8v_expf(_ZGVdN8v_expf)"`.
  public func addCallSiteStringAttribute(_ key: String, _ value: String, at index: AttributeIndex = .function) {
    LLVMAddCallSiteAttribute(ref, index.raw, makeStringAttribute(key, value, context: context))
  }
}

func makeEnumAttribute(_ name: String, value: UInt64, context: LLVMContextRef) throws -> LLVMAttributeRef {
  let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
  guard kind != 0 else { throw LLVMError("unknown LLVM attribute '\(name)'") }
  return LLVMCreateEnumAttribute(context, kind, value)
}

func makeStringAttribute(_ key: String, _ value: String, context: LLVMContextRef) -> LLVMAttributeRef {
  LLVMCreateStringAttribute(context, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
}
