import Foundation
@testable import FTIR
import FTCTool
import Transforms

// Helpers of the vmap and Jacobian tests: host-side slicing and stacking
// along an axis (the reference that vmap is checked against, written
// independently of the ops under test), random inputs with special values,
// and tolerant comparisons.

/// Slice `index` of `t` along `axis` (the axis removed).
func take(_ t: HostTensor, axis: Int, index: Int) -> HostTensor {
  var shape = t.shape
  shape.remove(at: axis)
  let strides = rowMajorStrides(t.shape)
  var idx: [Int] = []
  idx.reserveCapacity(TensorType(t.dtype, shape).elementCount)
  forEachIndex(shape) { r in
    var flat = index * strides[axis]
    for (k, i) in r.enumerated() { flat += i * strides[k < axis ? k : k + 1] }
    idx.append(flat)
  }
  return HostTensor(type: TensorType(t.dtype, shape), storage: t.storage.gather(idx))
}

/// `parts` (each of type `element`) stacked along a new axis `axis`.
func stack(_ parts: [HostTensor], axis: Int, element: TensorType) -> HostTensor {
  var shape = element.shape
  shape.insert(parts.count, at: axis)
  let all = TensorStorage.concatenation(parts.map(\.storage), dtype: element.dtype)
  let n = element.elementCount
  let es = rowMajorStrides(element.shape)
  var idx: [Int] = []
  idx.reserveCapacity(TensorType(element.dtype, shape).elementCount)
  forEachIndex(shape) { r in
    var flat = r[axis] * n
    for (k, i) in r.enumerated() where k != axis { flat += i * es[k < axis ? k : k - 1] }
    idx.append(flat)
  }
  return HostTensor(type: TensorType(element.dtype, shape), storage: all.gather(idx))
}

/// Random inputs for the batching tests: mostly small values (ints in a small
/// range so that ties, zeros and equal elements occur), sometimes special
/// values (±0, ±inf, NaN, the integer extremes).
func batchRandomTensor(_ t: TensorType, _ rng: inout SeededRNG, positive: Bool = false) -> HostTensor {
  let n = t.elementCount
  func special(_ p: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < p }
  switch t.dtype {
  case .f32, .f64:
    let specials: [Double] = positive ? [0, 1, .infinity] : [0, -0.0, .infinity, -.infinity, .nan, 1, -1]
    var xs: [Double] = []
    for _ in 0..<n {
      if special(6) { xs.append(specials.randomElement(using: &rng)!); continue }
      let v = Double.random(in: (positive ? 0.05 : -3)...3, using: &rng)
      // Some exact small values, so that ties and equal elements occur.
      xs.append(special(25) ? (v * 2).rounded() / 2 : v)
    }
    return t.dtype == .f32 ? HostTensor(type: t, storage: .f32(xs.map { Float($0) })) : HostTensor(type: t, storage: .f64(xs))
  case .i32:
    return HostTensor(type: t, storage: .i32((0..<n).map { _ in
      special(4) ? [Int32.min, Int32.max, -1].randomElement(using: &rng)! : Int32.random(in: (positive ? 0 : -4)...4, using: &rng)
    }))
  case .i64:
    return HostTensor(type: t, storage: .i64((0..<n).map { _ in
      special(4) ? [Int64.min, Int64.max, -1].randomElement(using: &rng)! : Int64.random(in: (positive ? 0 : -4)...4, using: &rng)
    }))
  case .i1:
    return HostTensor(type: t, storage: .i1((0..<n).map { _ in Bool.random(using: &rng) }))
  }
}

/// A random f64 tensor with values in `range` (for derivative tests).
func smoothRandom(_ shape: [Int], _ rng: inout SeededRNG, in range: ClosedRange<Double> = -1.5...1.5) -> HostTensor {
  let n = TensorType(.f64, shape).elementCount
  return HostTensor((0..<n).map { _ in Double.random(in: range, using: &rng) }, shape: shape)
}

/// Largest absolute element difference (NaN if either has a NaN where the other does not).
func maxAbsDiff(_ a: HostTensor, _ b: HostTensor) -> Double {
  var m = 0.0
  for (x, y) in zip(a.doubles, b.doubles) {
    if x.isNaN || y.isNaN { if x.isNaN != y.isNaN { return .nan }; continue }
    if x == y { continue }
    m = max(m, abs(x - y))
  }
  return m
}

func maxAbs(_ a: HostTensor) -> Double { a.doubles.reduce(0) { max($0, abs($1)) } }

/// Same type and every element within `tol * (1 + max|b|)`.
func allClose(_ a: HostTensor, _ b: HostTensor, tol: Double) -> Bool {
  guard a.type == b.type else { return false }
  let d = maxAbsDiff(a, b)
  return !d.isNaN && d <= tol * (1 + maxAbs(b))
}


/// The rendered diagnostics of `ftc check` on `text`, as "LINE:COL: error: MESSAGE" lines.
func checkDiagnostics(_ text: String) -> [String] {
  let r = Commands.check(bytes: Array(text.utf8), fileName: "t.ftir")
  return r.stderr.split(separator: "\n").map { String($0.dropFirst("t.ftir:".count)) }
}

/// The ops (names) of `name` in `m`, in order.
func opNames(_ m: Module, _ name: String) -> [String] {
  m.function(named: name)?.body.map(\.name) ?? []
}

func f64(_ v: [Double], _ shape: [Int]) -> HostTensor { HostTensor(v, shape: shape) }
func f32(_ v: [Float], _ shape: [Int]) -> HostTensor { HostTensor(v, shape: shape) }
