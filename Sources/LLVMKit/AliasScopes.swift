/// Scoped no-alias metadata for a kernel's buffers. A kernel reads its
/// inputs and writes its outputs through pointers it loads from its context;
/// LLVM cannot tell that an output is never one of the inputs, so a loop
/// that stores to an output and reads a value that does not move with the
/// loop (a row's scalar broadcast along the row) is "unsafe dependent
/// memory operations" to the vectorizer and stays scalar. The buffer plan
/// guarantees that a buffer a kernel writes overlaps no other buffer of the
/// kernel (Backend/BufferPlan.swift: outputs are allocated while the inputs
/// are live; results are `noalias` parameters of the entry point); this
/// says so to LLVM:
///
///     %out = load ptr, ptr %ctx.2                 %out = load ptr, ptr %ctx.2
///     %x = load float, ptr %p.in          ==>     %x = load float, ptr %p.in, !alias.scope !{in}, !noalias !{out}
///     store float %y, ptr %p.out                  store float %y, ptr %p.out, !alias.scope !{out}, !noalias !{}
///
/// Every load and store whose address is a buffer pointer plus offsets
/// (getelementptr chains) gets its buffer's scope, and `!noalias` of every
/// other buffer the function stores to. Inputs may alias each other (the
/// caller may pass one array twice): no claim is made between buffers that
/// are only read. Other accesses (stack slots, calls, intrinsics) are left
/// as they are.

import CLLVM

extension LLFunction {
  /// Annotates the loads and stores of this function that address one of
  /// `buffers` (pointer values defined in the function), as above.
  public func annotateBufferScopes(_ buffers: [LLValue], name: String) {
    var slot: [LLVMValueRef: Int] = [:]
    for (i, p) in buffers.enumerated() where slot[p.ref] == nil { slot[p.ref] = i }
    // The buffer each access addresses.
    var accesses: [(inst: LLVMValueRef, buffer: Int)] = []
    var written = Set<Int>()
    var block = LLVMGetFirstBasicBlock(ref)
    while let bb = block {
      var inst = LLVMGetFirstInstruction(bb)
      while let i = inst {
        let opcode = LLVMGetInstructionOpcode(i)
        let address: LLVMValueRef?
        switch opcode {
        case LLVMLoad: address = LLVMGetOperand(i, 0)
        case LLVMStore: address = LLVMGetOperand(i, 1)
        default: address = nil
        }
        if let a = address, LLVMGetVolatile(i) == 0, let s = Self.buffer(of: a, slot) {
          accesses.append((i, s))
          if opcode == LLVMStore { written.insert(s) }
        }
        inst = LLVMGetNextInstruction(i)
      }
      block = LLVMGetNextBasicBlock(bb)
    }
    guard !written.isEmpty else { return }
    let context = LLVMGetTypeContext(LLVMTypeOf(ref))
    func string(_ text: String) -> LLVMMetadataRef { LLVMMDStringInContext2(context, text, text.utf8.count) }
    func node(_ operands: [LLVMMetadataRef?]) -> LLVMMetadataRef {
      var operands = operands
      return LLVMMDNodeInContext2(context, &operands, operands.count)
    }
    // Scopes named by a string unique in the module (the function's name
    // and the buffer's slot), in one domain per function.
    let domain = node([string(name + ".buffers")])
    var scopes: [Int: LLVMMetadataRef] = [:]
    func scope(_ s: Int) -> LLVMMetadataRef {
      if let m = scopes[s] { return m }
      let m = node([string("\(name).buffer\(s)"), domain])
      scopes[s] = m
      return m
    }
    let scopeKind = LLVMGetMDKindIDInContext(context, "alias.scope", UInt32("alias.scope".utf8.count))
    let noaliasKind = LLVMGetMDKindIDInContext(context, "noalias", UInt32("noalias".utf8.count))
    let writtenSorted = written.sorted()
    var lists: [Int: (LLVMValueRef, LLVMValueRef?)] = [:]
    for (inst, s) in accesses {
      if lists[s] == nil {
        let others = writtenSorted.filter { $0 != s }.map { Optional(scope($0)) }
        lists[s] = (LLVMMetadataAsValue(context, node([scope(s)])),
                    others.isEmpty ? nil : LLVMMetadataAsValue(context, node(others)))
      }
      let (own, noalias) = lists[s]!
      LLVMSetMetadata(inst, scopeKind, own)
      if let n = noalias { LLVMSetMetadata(inst, noaliasKind, n) }
    }
  }

  /// The buffer `address` points into: one of `slot`'s pointers, reached
  /// through getelementptrs.
  private static func buffer(of address: LLVMValueRef, _ slot: [LLVMValueRef: Int]) -> Int? {
    var p = address
    for _ in 0..<64 {
      if let s = slot[p] { return s }
      guard LLVMIsAGetElementPtrInst(p) != nil || LLVMIsAConstantExpr(p) != nil && LLVMGetConstOpcode(p) == LLVMGetElementPtr,
            let base = LLVMGetOperand(p, 0) else { return nil }
      p = base
    }
    return nil
  }
}
