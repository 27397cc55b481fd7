/// `LLType`: LLVM types as light handles, and their constructors on
/// `LLContext` (integers, floats, the opaque pointer, vectors, arrays,
/// structs, function types).
import CLLVM

/// An LLVM type; valid while its context lives.
public struct LLType: Hashable, CustomStringConvertible {
  public let ref: LLVMTypeRef
  public init(_ ref: LLVMTypeRef) { self.ref = ref }

  public var isVoid: Bool { LLVMGetTypeKind(ref) == LLVMVoidTypeKind }
  public var isInteger: Bool { LLVMGetTypeKind(ref) == LLVMIntegerTypeKind }
  public var isFloatingPoint: Bool {
    let kind = LLVMGetTypeKind(ref)
    return kind == LLVMHalfTypeKind || kind == LLVMFloatTypeKind || kind == LLVMDoubleTypeKind
  }
  /// Bit width of an integer type (0 for other types).
  public var integerWidth: Int { isInteger ? Int(LLVMGetIntTypeWidth(ref)) : 0 }
  /// The return type of a function type.
  public var returnType: LLType { LLType(LLVMGetReturnType(ref)) }
  /// LLVM's textual form, e.g. `float` or `<8 x float>`.
  public var description: String { takeMessage(LLVMPrintTypeToString(ref)) }
}

extension LLContext {
  public var void: LLType { LLType(LLVMVoidTypeInContext(ref)) }
  public var i1: LLType { LLType(LLVMInt1TypeInContext(ref)) }
  public var i8: LLType { LLType(LLVMInt8TypeInContext(ref)) }
  public var i16: LLType { LLType(LLVMInt16TypeInContext(ref)) }
  public var i32: LLType { LLType(LLVMInt32TypeInContext(ref)) }
  public var i64: LLType { LLType(LLVMInt64TypeInContext(ref)) }
  public var f16: LLType { LLType(LLVMHalfTypeInContext(ref)) }
  public var f32: LLType { LLType(LLVMFloatTypeInContext(ref)) }
  public var f64: LLType { LLType(LLVMDoubleTypeInContext(ref)) }
  /// The opaque pointer type `ptr` (address space 0).
  public var ptr: LLType { LLType(LLVMPointerTypeInContext(ref, 0)) }

  public func int(bits: Int) -> LLType { LLType(LLVMIntTypeInContext(ref, UInt32(bits))) }
  /// `<count x element>`.
  public func vector(_ element: LLType, _ count: Int) -> LLType {
    LLType(LLVMVectorType(element.ref, UInt32(count)))
  }
  /// `[count x element]`.
  public func array(_ element: LLType, _ count: Int) -> LLType {
    LLType(LLVMArrayType2(element.ref, UInt64(count)))
  }
  /// A literal (unnamed) struct type.
  public func structType(_ fields: [LLType], packed: Bool = false) -> LLType {
    var refs: [LLVMTypeRef?] = fields.map(\.ref)
    return LLType(LLVMStructTypeInContext(ref, &refs, UInt32(refs.count), packed ? 1 : 0))
  }
  /// A function type.
  public func function(_ params: [LLType], returning result: LLType, variadic: Bool = false)
    -> LLType
  {
    var refs: [LLVMTypeRef?] = params.map(\.ref)
    return LLType(LLVMFunctionType(result.ref, &refs, UInt32(refs.count), variadic ? 1 : 0))
  }
}
