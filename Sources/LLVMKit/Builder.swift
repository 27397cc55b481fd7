/// `LLBuilder`: an owning wrapper of an LLVM IR builder, with what loop
/// nests over buffers need: control flow, phi, integer and floating-point
/// arithmetic, comparisons, select, casts, aligned loads and stores, GEP,
/// calls (typed `...2` forms throughout), and fast-math flags.
import CLLVM

/// Integer comparison predicates.
public enum IntPredicate: Sendable {
  case eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle
  var raw: LLVMIntPredicate {
    switch self {
    case .eq: return LLVMIntEQ
    case .ne: return LLVMIntNE
    case .ugt: return LLVMIntUGT
    case .uge: return LLVMIntUGE
    case .ult: return LLVMIntULT
    case .ule: return LLVMIntULE
    case .sgt: return LLVMIntSGT
    case .sge: return LLVMIntSGE
    case .slt: return LLVMIntSLT
    case .sle: return LLVMIntSLE
    }
  }
}

/// Floating-point comparison predicates: ordered (`o...`, false if either
/// side is NaN), unordered (`u...`, true if either is NaN), `ord`, `uno`.
public enum RealPredicate: Sendable {
  case oeq, one, ogt, oge, olt, ole, ord, uno, ueq, une, ugt, uge, ult, ule
  var raw: LLVMRealPredicate {
    switch self {
    case .oeq: return LLVMRealOEQ
    case .one: return LLVMRealONE
    case .ogt: return LLVMRealOGT
    case .oge: return LLVMRealOGE
    case .olt: return LLVMRealOLT
    case .ole: return LLVMRealOLE
    case .ord: return LLVMRealORD
    case .uno: return LLVMRealUNO
    case .ueq: return LLVMRealUEQ
    case .une: return LLVMRealUNE
    case .ugt: return LLVMRealUGT
    case .uge: return LLVMRealUGE
    case .ult: return LLVMRealULT
    case .ule: return LLVMRealULE
    }
  }
}

/// The fast-math flags ftc may use. Only reassociation and contraction:
/// the spec keeps NaNs, infinities and signed zeros meaningful, so `nnan`,
/// `ninf`, `nsz`, `arcp` and `afn` are deliberately absent.
public struct FastMathFlags: OptionSet, Sendable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }
  public static let reassoc = FastMathFlags(rawValue: UInt32(LLVMFastMathAllowReassoc))
  public static let contract = FastMathFlags(rawValue: UInt32(LLVMFastMathAllowContract))
}

extension LLValue {
  /// Sets fast-math flags on a floating-point instruction (fadd, fmul,
  /// fma calls, ...); throws for an instruction that cannot carry them.
  public func setFastMath(_ flags: FastMathFlags) throws {
    guard LLVMCanValueUseFastMathFlags(ref) != 0 else {
      throw LLVMError("fast-math flags on an instruction that cannot have them: \(self)")
    }
    LLVMSetFastMathFlags(ref, flags.rawValue)
  }

  /// Alignment of a load, store or alloca instruction (or a global).
  public func setAlignment(_ bytes: Int) { LLVMSetAlignment(ref, UInt32(bytes)) }
}

public final class LLBuilder {
  public let context: LLContext
  public let ref: LLVMBuilderRef

  public init(context: LLContext) {
    self.context = context
    ref = LLVMCreateBuilderInContext(context.ref)
  }
  deinit { LLVMDisposeBuilder(ref) }

  // MARK: Position and control flow

  public func position(atEndOf block: LLBlock) { LLVMPositionBuilderAtEnd(ref, block.ref) }
  public var insertBlock: LLBlock? { LLVMGetInsertBlock(ref).map(LLBlock.init) }

  @discardableResult public func ret(_ value: LLValue) -> LLValue { LLValue(LLVMBuildRet(ref, value.ref)) }
  @discardableResult public func retVoid() -> LLValue { LLValue(LLVMBuildRetVoid(ref)) }
  /// An unconditional branch; returns the instruction (for loop hints).
  @discardableResult public func br(_ target: LLBlock) -> LLValue { LLValue(LLVMBuildBr(ref, target.ref)) }
  @discardableResult public func condBr(_ condition: LLValue, then: LLBlock, else other: LLBlock) -> LLValue {
    LLValue(LLVMBuildCondBr(ref, condition.ref, then.ref, other.ref))
  }
  @discardableResult public func unreachable() -> LLValue { LLValue(LLVMBuildUnreachable(ref)) }

  /// An empty phi; add its incoming values with `addIncoming`.
  public func phi(_ type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildPhi(ref, type.ref, name)) }
  public func addIncoming(_ phi: LLValue, _ incoming: [(LLValue, LLBlock)]) {
    var values: [LLVMValueRef?] = incoming.map(\.0.ref)
    var blocks: [LLVMBasicBlockRef?] = incoming.map(\.1.ref)
    LLVMAddIncoming(phi.ref, &values, &blocks, UInt32(incoming.count))
  }

  // MARK: Integer arithmetic

  public func add(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildAdd(ref, a.ref, b.ref, name)) }
  /// `add nsw`: for induction variables that cannot overflow.
  public func addNSW(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildNSWAdd(ref, a.ref, b.ref, name)) }
  public func sub(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildSub(ref, a.ref, b.ref, name)) }
  public func mul(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildMul(ref, a.ref, b.ref, name)) }
  public func mulNSW(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildNSWMul(ref, a.ref, b.ref, name)) }
  public func sdiv(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildSDiv(ref, a.ref, b.ref, name)) }
  public func udiv(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildUDiv(ref, a.ref, b.ref, name)) }
  public func srem(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildSRem(ref, a.ref, b.ref, name)) }
  public func urem(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildURem(ref, a.ref, b.ref, name)) }
  public func and(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildAnd(ref, a.ref, b.ref, name)) }
  public func or(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildOr(ref, a.ref, b.ref, name)) }
  public func xor(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildXor(ref, a.ref, b.ref, name)) }
  public func shl(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildShl(ref, a.ref, b.ref, name)) }
  public func lshr(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildLShr(ref, a.ref, b.ref, name)) }
  public func ashr(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildAShr(ref, a.ref, b.ref, name)) }
  public func neg(_ a: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildNeg(ref, a.ref, name)) }
  public func not(_ a: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildNot(ref, a.ref, name)) }

  // MARK: Floating-point arithmetic

  public func fadd(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildFAdd(ref, a.ref, b.ref, name)) }
  public func fsub(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildFSub(ref, a.ref, b.ref, name)) }
  public func fmul(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildFMul(ref, a.ref, b.ref, name)) }
  public func fdiv(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildFDiv(ref, a.ref, b.ref, name)) }
  public func frem(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildFRem(ref, a.ref, b.ref, name)) }
  public func fneg(_ a: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildFNeg(ref, a.ref, name)) }

  // MARK: Comparisons and select

  public func icmp(_ predicate: IntPredicate, _ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
    LLValue(LLVMBuildICmp(ref, predicate.raw, a.ref, b.ref, name))
  }
  public func fcmp(_ predicate: RealPredicate, _ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
    LLValue(LLVMBuildFCmp(ref, predicate.raw, a.ref, b.ref, name))
  }
  /// A vector of `lanes` copies of the scalar `x` (insertelement + shufflevector).
  public func splat(_ x: LLValue, lanes: Int) -> LLValue {
    let poison = LLValue(LLVMGetPoison(LLVMVectorType(LLVMTypeOf(x.ref), UInt32(lanes))))
    let i32 = LLVMInt32TypeInContext(LLVMGetTypeContext(LLVMTypeOf(x.ref)))
    let one = LLValue(LLVMBuildInsertElement(ref, poison.ref, x.ref, LLVMConstInt(i32, 0, 0), ""))
    return shuffle(one, poison, mask: Array(repeating: 0, count: lanes))
  }

  public func select(_ condition: LLValue, _ then: LLValue, _ other: LLValue, name: String = "") -> LLValue {
    LLValue(LLVMBuildSelect(ref, condition.ref, then.ref, other.ref, name))
  }

  // MARK: Casts

  public func fptosi(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPToSI(ref, v.ref, type.ref, name)) }
  public func fptoui(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPToUI(ref, v.ref, type.ref, name)) }
  public func sitofp(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildSIToFP(ref, v.ref, type.ref, name)) }
  public func uitofp(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildUIToFP(ref, v.ref, type.ref, name)) }
  public func fpext(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPExt(ref, v.ref, type.ref, name)) }
  public func fptrunc(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPTrunc(ref, v.ref, type.ref, name)) }
  public func zext(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildZExt(ref, v.ref, type.ref, name)) }
  public func sext(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildSExt(ref, v.ref, type.ref, name)) }
  public func trunc(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildTrunc(ref, v.ref, type.ref, name)) }
  public func bitcast(_ v: LLValue, to type: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildBitCast(ref, v.ref, type.ref, name)) }

  // MARK: Memory

  /// Loads a `type` from `pointer`, assuming `alignment` bytes (ftc's ABI
  /// promises only the element's own alignment for caller buffers).
  public func load(_ type: LLType, from pointer: LLValue, alignment: Int, name: String = "") -> LLValue {
    let load = LLValue(LLVMBuildLoad2(ref, type.ref, pointer.ref, name))
    load.setAlignment(alignment)
    return load
  }
  @discardableResult
  public func store(_ value: LLValue, to pointer: LLValue, alignment: Int) -> LLValue {
    let store = LLValue(LLVMBuildStore(ref, value.ref, pointer.ref))
    store.setAlignment(alignment)
    return store
  }
  /// `getelementptr [inbounds] elementType, pointer, indices...`.
  public func gep(_ elementType: LLType, _ pointer: LLValue, _ indices: [LLValue], inBounds: Bool = true, name: String = "")
    -> LLValue
  {
    var refs: [LLVMValueRef?] = indices.map(\.ref)
    let count = UInt32(refs.count)
    return LLValue(
      inBounds
        ? LLVMBuildInBoundsGEP2(ref, elementType.ref, pointer.ref, &refs, count, name)
        : LLVMBuildGEP2(ref, elementType.ref, pointer.ref, &refs, count, name))
  }
  /// `shufflevector a, b, mask`: lane l of the result is lane mask[l] of
  /// the concatenation of `a` and `b`.
  public func shuffle(_ a: LLValue, _ b: LLValue, mask: [Int], name: String = "") -> LLValue {
    let i32 = LLVMInt32TypeInContext(LLVMGetTypeContext(LLVMTypeOf(a.ref)))
    var lanes: [LLVMValueRef?] = mask.map { LLVMConstInt(i32, UInt64($0), 0) }
    let m = LLVMConstVector(&lanes, UInt32(lanes.count))
    return LLValue(LLVMBuildShuffleVector(ref, a.ref, b.ref, m, name))
  }
  /// A stack slot, placed where the builder is (put allocas in the entry
  /// block).
  public func alloca(_ type: LLType, alignment: Int = 0, name: String = "") -> LLValue {
    let slot = LLValue(LLVMBuildAlloca(ref, type.ref, name))
    if alignment > 0 { slot.setAlignment(alignment) }
    return slot
  }

  // MARK: Calls

  /// Calls a function declared or defined in the module (intrinsics too).
  @discardableResult
  public func call(_ function: LLFunction, _ arguments: [LLValue], name: String = "") -> LLValue {
    let type = function.type
    var refs: [LLVMValueRef?] = arguments.map(\.ref)
    // A void call cannot be named.
    let label = type.returnType.isVoid ? "" : name
    return LLValue(LLVMBuildCall2(ref, type.ref, function.ref, &refs, UInt32(refs.count), label))
  }
}
