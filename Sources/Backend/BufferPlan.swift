/// Buffer planning: where each kernel writes. Function results are written
/// straight into the caller's result buffers; every other kernel output gets
/// a slot in one arena allocated per call, reused once the value is dead
/// (first fit over a free list, in kernel order). GEMM operands that need a
/// layout copy get scratch slots that live for their kernel only.

import FTIR

public struct BufferPlan: Sendable {
  /// Bytes of the per-call arena.
  public var arenaBytes: Int
  /// Arena offset of each intermediate value.
  public var offsets: [Value: Int]
  /// Values written directly into result buffer j.
  public var resultSlot: [Value: Int]
  /// Arena offsets of a contraction kernel's layout copies of A and B (A:
  /// a sort kernel's two index permutations of one row).
  public var scratchA: [Int: Int]
  public var scratchB: [Int: Int]
}

let slotAlignment = 64

private func aligned(_ n: Int) -> Int { (n + slotAlignment - 1) / slotAlignment * slotAlignment }

public func planBuffers(_ plan: FusionPlan, _ schedules: [KernelSchedule]) -> BufferPlan {
  let f = plan.function
  // Results written in place: kernel outputs returned exactly once.
  var resultSlot: [Value: Int] = [:]
  var counts: [Value: Int] = [:]
  for v in f.returnValues { counts[v, default: 0] += 1 }
  for (j, v) in f.returnValues.enumerated() where counts[v] == 1 && plan.definingOp[v.id] != nil {
    resultSlot[v] = j
  }
  // Last kernel reading each value.
  var lastUse: [Value: Int] = [:]
  for k in plan.kernels { for v in k.inputs { lastUse[v] = k.id } }

  var free: [(offset: Int, size: Int)] = []
  var top = 0
  func allocate(_ bytes: Int) -> Int {
    let size = max(aligned(bytes), slotAlignment)
    if let i = free.firstIndex(where: { $0.size >= size }) {
      let slot = free[i]
      if slot.size == size { free.remove(at: i) } else { free[i] = (slot.offset + size, slot.size - size) }
      return slot.offset
    }
    defer { top += size }
    return top
  }
  func release(_ offset: Int, _ bytes: Int) {
    free.append((offset, max(aligned(bytes), slotAlignment)))
    // Merge neighbours so large requests can reuse them.
    free.sort { $0.offset < $1.offset }
    var merged: [(offset: Int, size: Int)] = []
    for s in free {
      if let last = merged.last, last.offset + last.size == s.offset {
        merged[merged.count - 1].size += s.size
      } else {
        merged.append(s)
      }
    }
    free = merged
  }
  func bytes(_ v: Value) -> Int { f.type(of: v).elementCount * f.type(of: v).dtype.byteSize }

  var offsets: [Value: Int] = [:]
  var scratchA: [Int: Int] = [:], scratchB: [Int: Int] = [:]
  // A row group's members run interleaved, row by row: all their outputs
  // live from the group's first member to its last, and their row-local
  // values have no buffer.
  var groupEnd: [Int: Int] = [:]  // first member -> last member
  var local = Set<Value>()
  for g in plan.rowGroups {
    groupEnd[g.kernels[0]] = g.kernels[g.kernels.count - 1]
    local.formUnion(g.local)
  }
  var deferredUntil = -1
  var deferred: [Value] = []
  for (k, s) in zip(plan.kernels, schedules) {
    if let last = groupEnd[k.id] {
      deferredUntil = last
      for id in k.id...last {
        for o in plan.kernels[id].outputs where resultSlot[o] == nil && !local.contains(o) { offsets[o] = allocate(bytes(o)) }
      }
    } else if k.id > deferredUntil {
      for o in k.outputs where resultSlot[o] == nil { offsets[o] = allocate(bytes(o)) }
    }
    var temps: [(Int, Int)] = []
    if let g = s.gemm {
      let root = f.body[k.root]
      if g.copyA {
        let n = bytes(root.operands[0])
        scratchA[k.id] = allocate(n)
        temps.append((scratchA[k.id]!, n))
      }
      if g.copyB {
        let n = bytes(root.operands[1])
        scratchB[k.id] = allocate(n)
        temps.append((scratchB[k.id]!, n))
      }
    }
    if k.kind == .sort {
      // Two i64 index permutations of one row (merge sort source and destination), per chunk of rows.
      let t = f.type(of: k.output)
      let d = SortSpec(f.body[k.root].attrs).dimension
      let copies = s.parallelChunk == nil ? 1 : sortSplit(t, dimension: d).copies
      let n = copies * 2 * 8 * (t.shape.isEmpty ? 1 : t.shape[d])
      scratchA[k.id] = allocate(n)
      temps.append((scratchA[k.id]!, n))
    }
    for (o, n) in temps { release(o, n) }
    deferred += k.inputs.filter { lastUse[$0] == k.id }
    if k.id >= deferredUntil {
      for v in deferred { if let o = offsets[v] { release(o, bytes(v)) } }
      deferred = []
    }
    // An output nobody reads (possible only for results) is not released here.
  }
  return BufferPlan(arenaBytes: top, offsets: offsets, resultSlot: resultSlot, scratchA: scratchA, scratchB: scratchB)
}
