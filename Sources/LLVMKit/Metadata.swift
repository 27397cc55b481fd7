/// Loop metadata: `llvm.loop` hints on a loop's latch branch (vectorize
/// enable/width, interleave count), the only metadata ftc's lowering emits.
/// Reductions vectorize only with `llvm.loop.vectorize.enable` or with
/// reassoc fast-math flags on their adds.
import CLLVM

public struct LoopHints: Sendable {
  public var vectorizeEnable: Bool?
  public var vectorizeWidth: Int?
  public var interleaveCount: Int?
  /// `llvm.loop.unroll.disable`: keeps a short loop from being fully
  /// unrolled before the vectorizer sees it (so its libm calls get widened).
  public var unrollDisable: Bool
  public init(vectorizeEnable: Bool? = true, vectorizeWidth: Int? = nil, interleaveCount: Int? = nil,
              unrollDisable: Bool = false) {
    self.vectorizeEnable = vectorizeEnable
    self.vectorizeWidth = vectorizeWidth
    self.interleaveCount = interleaveCount
    self.unrollDisable = unrollDisable
  }
}

extension LLValue {
  /// Attaches `!llvm.loop !{self, hints...}` (a distinct, self-referencing
  /// node) to this instruction, which must be the branch that closes a loop.
  public func setLoopHints(_ hints: LoopHints) {
    let context = self.context
    func string(_ text: String) -> LLVMMetadataRef { LLVMMDStringInContext2(context, text, text.utf8.count) }
    func node(_ operands: [LLVMMetadataRef?]) -> LLVMMetadataRef {
      var operands = operands
      return LLVMMDNodeInContext2(context, &operands, operands.count)
    }
    func hint(_ name: String, _ value: LLVMValueRef) -> LLVMMetadataRef {
      node([string(name), LLVMValueAsMetadata(value)])
    }
    let i1 = LLVMInt1TypeInContext(context), i32 = LLVMInt32TypeInContext(context)
    var operands: [LLVMMetadataRef?] = []
    if let enable = hints.vectorizeEnable {
      operands.append(hint("llvm.loop.vectorize.enable", LLVMConstInt(i1, enable ? 1 : 0, 0)))
    }
    if let width = hints.vectorizeWidth {
      operands.append(hint("llvm.loop.vectorize.width", LLVMConstInt(i32, UInt64(width), 0)))
    }
    if let count = hints.interleaveCount {
      operands.append(hint("llvm.loop.interleave.count", LLVMConstInt(i32, UInt64(count), 0)))
    }
    if hints.unrollDisable {
      operands.append(node([string("llvm.loop.unroll.disable")]))
    }
    // A loop ID's first operand is the node itself: build it around a
    // temporary placeholder, then point the placeholder at the node.
    var none: [LLVMMetadataRef?] = []
    let placeholder = LLVMTemporaryMDNode(context, &none, 0)!
    let loopID = node([placeholder] + operands)
    LLVMMetadataReplaceAllUsesWith(placeholder, loopID)
    let kind = LLVMGetMDKindIDInContext(context, "llvm.loop", UInt32("llvm.loop".utf8.count))
    LLVMSetMetadata(ref, kind, LLVMMetadataAsValue(context, loopID))
  }
}
