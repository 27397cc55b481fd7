/// Element types and tensor types of FTIR (spec section 2).

public enum DType: String, CaseIterable, Sendable, Hashable {
  case f32, f64, i32, i64, i1

  public var isFloat: Bool { self == .f32 || self == .f64 }
  /// "int" in the spec: i32 and i64 (not i1).
  public var isInt: Bool { self == .i32 || self == .i64 }
  public var isBool: Bool { self == .i1 }

  /// Bytes per element in memory (i1 is one byte, 0 or 1).
  public var byteSize: Int {
    switch self {
    case .f32, .i32: return 4
    case .f64, .i64: return 8
    case .i1: return 1
    }
  }
}

/// Limits of spec section 2. Every type, derived ones included, obeys them.
public enum Limits {
  public static let maxRank = 8
  public static let maxElements = Int(Int32.max)  // 2^31 - 1
  public static let maxTransformNesting = 8
  /// Regions nested in regions (a `cond` in a branch of a `cond` is depth 2).
  public static let maxRegionNesting = 32
  public static let maxOperations = 1_000_000
  public static let maxLiteralLength = 1_000
  /// The largest `.ftir` file ftc reads (256 MiB).
  public static let maxSourceBytes = 256 << 20
  /// Default memory budget of the reference interpreter (4 GiB).
  public static let defaultInterpreterMemory = 4 << 30
  /// Default trip budget of the reference interpreter: the trips one loop
  /// (`scan`, `while`) may make before it stops with an error.
  public static let defaultInterpreterTrips = 10_000_000
}

/// `DTYPE[d0,d1,...]`: a dense row-major tensor type with static shape.
public struct TensorType: Hashable, Sendable, CustomStringConvertible {
  public var dtype: DType
  public var shape: [Int]

  public init(_ dtype: DType, _ shape: [Int]) {
    self.dtype = dtype
    self.shape = shape
  }

  public var rank: Int { shape.count }
  public var isScalar: Bool { shape.isEmpty }
  /// Number of elements (0 for a zero-size type; never traps for a type
  /// that passed `limitError`).
  public var elementCount: Int {
    if shape.contains(0) { return 0 }
    var p = 1
    for d in shape { p = p.multipliedReportingOverflow(by: d).partialValue }
    return p
  }

  public func with(dtype: DType) -> TensorType { TensorType(dtype, shape) }
  public func with(shape: [Int]) -> TensorType { TensorType(dtype, shape) }

  /// Nil if the type is within the limits of spec section 2, else why not.
  public var limitError: String? { TensorType.limitError(shape: shape) }

  public static func limitError(shape: [Int]) -> String? {
    if shape.count > Limits.maxRank {
      return "rank \(shape.count) exceeds the maximum rank \(Limits.maxRank)"
    }
    var count = 1
    for d in shape {
      if d < 0 { return "negative dimension \(d)" }
      let (p, overflow) = count.multipliedReportingOverflow(by: d)
      if overflow || p > Limits.maxElements {
        if shape.contains(0) { count = 0; continue }
        return "tensor of shape [\(shape.map(String.init).joined(separator: ","))] exceeds the maximum of \(Limits.maxElements) elements"
      }
      count = p
    }
    return nil
  }

  /// `f32[3,2]`, `f32[]`.
  public var description: String {
    "\(dtype.rawValue)[\(shape.map(String.init).joined(separator: ","))]"
  }
}
