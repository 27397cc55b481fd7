import Foundation
import FTC
import FTIR
import Testing

/// True when `a` has `shape` and its elements are within `tol` (relative to max(1, |expected|)) of `expected`.
func close(_ a: NDArray, _ expected: [Double], shape: [Int]? = nil, tol: Double = 1e-5) -> Bool {
  if let shape, a.shape != shape { return false }
  guard a.count == expected.count else { return false }
  return zip(a.doubles, expected).allSatisfy { x, e in
    (x.isNaN && e.isNaN) || Swift.abs(x - e) <= tol * Swift.max(1, Swift.abs(e))
  }
}

func close(_ a: NDArray, _ b: NDArray, tol: Double = 1e-5) -> Bool {
  a.shape == b.shape && a.dtype == b.dtype && close(a, b.doubles, tol: tol)
}

func f32(_ xs: [Float], _ shape: [Int]) throws -> NDArray { try NDArray(xs, shape: shape) }
func f64(_ xs: [Double], _ shape: [Int]) throws -> NDArray { try NDArray(xs, shape: shape) }

/// A small deterministic generator (SplitMix64) for test data.
struct SplitMix {
  var state: UInt64
  mutating func next() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / Double(1 << 53) * 2 - 1
  }
  mutating func floats(_ n: Int, scale: Double = 1) -> [Float] { (0..<n).map { _ in Float(next() * scale) } }
  mutating func doubles(_ n: Int, scale: Double = 1) -> [Double] { (0..<n).map { _ in next() * scale } }
}

/// Compiled and interpreted results of `f` on `args` agree (and are returned).
func compiledMatchesInterpreter(_ f: TensorFunction, _ args: [NDArray], tol: Double = 1e-5) throws -> [NDArray] {
  let compiled = try f(args)
  let interpreted = try f.interpret(args)
  #expect(compiled.count == interpreted.count)
  for (k, (c, i)) in zip(compiled, interpreted).enumerated() {
    #expect(close(c, i, tol: tol), "result \(k): compiled \(c) vs interpreted \(i)")
  }
  return compiled
}

/// One flag per thread of a concurrency test, set under a lock.
final class ThreadFlags: @unchecked Sendable {
  private let lock = NSLock()
  private var values = Array(repeating: false, count: 8)
  func set(_ i: Int, _ v: Bool) {
    lock.lock()
    values[i] = v
    lock.unlock()
  }
  var all: [Bool] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}

/// The text of the error `body` throws ("no error" when it returns).
func message(_ body: () throws -> Void) -> String {
  do {
    try body()
    return "no error"
  } catch {
    return "\(error)"
  }
}
