/// Dense row-major tensors held in host memory: constants in the IR, and the
/// values the reference interpreter computes on.

public enum TensorStorage: Sendable, Hashable {
  case f32([Float])
  case f64([Double])
  case i32([Int32])
  case i64([Int64])
  case i1([Bool])

  public var dtype: DType {
    switch self {
    case .f32: return .f32
    case .f64: return .f64
    case .i32: return .i32
    case .i64: return .i64
    case .i1: return .i1
    }
  }

  public var count: Int {
    switch self {
    case .f32(let a): return a.count
    case .f64(let a): return a.count
    case .i32(let a): return a.count
    case .i64(let a): return a.count
    case .i1(let a): return a.count
    }
  }
}

/// One element of any dtype, for literals and splats.
public enum Scalar: Sendable, Hashable {
  case float(Double)  // f32 values are stored exactly (already rounded to Float)
  case int(Int64)
  case bool(Bool)

  public var asDouble: Double {
    switch self {
    case .float(let v): return v
    case .int(let v): return Double(v)
    case .bool(let v): return v ? 1 : 0
    }
  }
}

public struct HostTensor: Sendable, Hashable {
  public var type: TensorType
  public var storage: TensorStorage

  public init(type: TensorType, storage: TensorStorage) {
    precondition(type.dtype == storage.dtype && type.elementCount == storage.count,
                 "HostTensor storage does not match \(type)")
    self.type = type
    self.storage = storage
  }

  public init(_ values: [Float], shape: [Int]) { self.init(type: TensorType(.f32, shape), storage: .f32(values)) }
  public init(_ values: [Double], shape: [Int]) { self.init(type: TensorType(.f64, shape), storage: .f64(values)) }
  public init(_ values: [Int32], shape: [Int]) { self.init(type: TensorType(.i32, shape), storage: .i32(values)) }
  public init(_ values: [Int64], shape: [Int]) { self.init(type: TensorType(.i64, shape), storage: .i64(values)) }
  public init(_ values: [Bool], shape: [Int]) { self.init(type: TensorType(.i1, shape), storage: .i1(values)) }

  /// A tensor of `type` with every element equal to `value` (converted to the dtype).
  public init(splat value: Scalar, type: TensorType) {
    let n = type.elementCount
    switch type.dtype {
    case .f32: storage = .f32(Array(repeating: Float(value.asDouble), count: n))
    case .f64: storage = .f64(Array(repeating: value.asDouble, count: n))
    case .i32:
      if case .int(let v) = value { storage = .i32(Array(repeating: Int32(truncatingIfNeeded: v), count: n)) }
      else { storage = .i32(Array(repeating: Int32(value.asDouble), count: n)) }
    case .i64:
      if case .int(let v) = value { storage = .i64(Array(repeating: v, count: n)) }
      else { storage = .i64(Array(repeating: Int64(value.asDouble), count: n)) }
    case .i1:
      if case .bool(let b) = value { storage = .i1(Array(repeating: b, count: n)) }
      else { storage = .i1(Array(repeating: value.asDouble != 0, count: n)) }
    }
    self.type = type
  }

  public var dtype: DType { type.dtype }
  public var shape: [Int] { type.shape }
  public var rank: Int { type.rank }
  public var count: Int { storage.count }

  /// Element `i` (row-major flat index) as a Scalar.
  public func scalar(at i: Int) -> Scalar {
    switch storage {
    case .f32(let a): return .float(Double(a[i]))
    case .f64(let a): return .float(a[i])
    case .i32(let a): return .int(Int64(a[i]))
    case .i64(let a): return .int(a[i])
    case .i1(let a): return .bool(a[i])
    }
  }

  /// All elements as Doubles (lossy for large i64; for tests and printing).
  public var doubles: [Double] {
    switch storage {
    case .f32(let a): return a.map(Double.init)
    case .f64(let a): return a
    case .i32(let a): return a.map(Double.init)
    case .i64(let a): return a.map(Double.init)
    case .i1(let a): return a.map { $0 ? 1 : 0 }
    }
  }

  /// True when every element has the same bits (NaN payloads included).
  public var isSplat: Bool {
    guard count > 1 else { return true }
    switch storage {
    // Exact bits: NaNs with different payloads are different elements
    // (`bitcast_convert` shows the payload; the fuzzer found [-6, -9] as
    // i64 → f64 → i64 folded to a splat of -6).
    case .f32(let a): return a.allSatisfy { $0.bitPattern == a[0].bitPattern }
    case .f64(let a): return a.allSatisfy { $0.bitPattern == a[0].bitPattern }
    case .i32(let a): return a.allSatisfy { $0 == a[0] }
    case .i64(let a): return a.allSatisfy { $0 == a[0] }
    case .i1(let a): return a.allSatisfy { $0 == a[0] }
    }
  }

  /// Bitwise equality (NaN equals NaN with the same bits); for tests.
  public func bitwiseEqual(_ other: HostTensor) -> Bool {
    guard type == other.type else { return false }
    switch (storage, other.storage) {
    case (.f32(let a), .f32(let b)): return zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    case (.f64(let a), .f64(let b)): return zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    default: return storage == other.storage
    }
  }
}

/// Row-major strides of a shape.
public func rowMajorStrides(_ shape: [Int]) -> [Int] {
  var strides = Array(repeating: 1, count: shape.count)
  var s = 1
  for i in stride(from: shape.count - 1, through: 0, by: -1) {
    strides[i] = s
    s = s.multipliedReportingOverflow(by: shape[i]).partialValue  // only a zero-size shape can overflow
  }
  return strides
}
