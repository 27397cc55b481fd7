/// Host arrays: a shape, a dtype and contiguous row-major storage (FTIR's
/// `HostTensor`), made from Swift arrays and scalars, read and written as
/// `.npy`, printed exactly as numpy's `repr` prints them.
///
///     let x = try NDArray([1, 2, 3, 4] as [Float], shape: [2, 2])
///     print(x)   // array([[1., 2.],
///                //        [3., 4.]], dtype=float32)

import FTIR
import FileIO

public struct NDArray: Sendable, Hashable, CustomStringConvertible {
  /// The elements, as FTIR's interpreter and JIT take them.
  public let host: HostTensor

  public init(_ host: HostTensor) { self.host = host }

  public var type: TensorType { host.type }
  public var shape: [Int] { host.shape }
  public var dtype: DType { host.dtype }
  public var rank: Int { host.rank }
  public var count: Int { host.count }
  /// numpy's repr of the array.
  public var description: String { numpyRepr(host) }

  private static func shaped(_ storage: TensorStorage, _ shape: [Int]) throws(FTCError) -> NDArray {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw FTCError("shape \(shape) has a negative size") }
    if let problem = TensorType.limitError(shape: shape) { throw FTCError("shape \(shape): \(problem)") }
    guard shape.reduce(1, *) == storage.count else {
      throw FTCError("\(storage.count) elements do not fill shape \(shape)")
    }
    return NDArray(HostTensor(type: TensorType(storage.dtype, shape), storage: storage))
  }

  public init(_ values: [Float], shape: [Int]) throws(FTCError) { self = try .shaped(.f32(values), shape) }
  public init(_ values: [Double], shape: [Int]) throws(FTCError) { self = try .shaped(.f64(values), shape) }
  public init(_ values: [Int32], shape: [Int]) throws(FTCError) { self = try .shaped(.i32(values), shape) }
  public init(_ values: [Int64], shape: [Int]) throws(FTCError) { self = try .shaped(.i64(values), shape) }
  public init(_ values: [Bool], shape: [Int]) throws(FTCError) { self = try .shaped(.i1(values), shape) }

  /// 1-D arrays.
  public init(_ values: [Float]) { host = HostTensor(values, shape: [values.count]) }
  public init(_ values: [Double]) { host = HostTensor(values, shape: [values.count]) }
  public init(_ values: [Int32]) { host = HostTensor(values, shape: [values.count]) }
  public init(_ values: [Int64]) { host = HostTensor(values, shape: [values.count]) }
  public init(_ values: [Bool]) { host = HostTensor(values, shape: [values.count]) }

  /// 2-D arrays from rows (which must have one length).
  public init(_ rows: [[Float]]) throws(FTCError) {
    guard rows.allSatisfy({ $0.count == rows.first?.count }) else { throw FTCError("rows have different lengths: \(rows.map(\.count))") }
    self = try .shaped(.f32(rows.flatMap { $0 }), [rows.count, rows.first?.count ?? 0])
  }
  public init(_ rows: [[Double]]) throws(FTCError) {
    guard rows.allSatisfy({ $0.count == rows.first?.count }) else { throw FTCError("rows have different lengths: \(rows.map(\.count))") }
    self = try .shaped(.f64(rows.flatMap { $0 }), [rows.count, rows.first?.count ?? 0])
  }

  /// Scalars (rank 0).
  public init(_ value: Float) { host = HostTensor([value], shape: []) }
  public init(_ value: Double) { host = HostTensor([value], shape: []) }
  public init(_ value: Int32) { host = HostTensor([value], shape: []) }
  public init(_ value: Int64) { host = HostTensor([value], shape: []) }
  public init(_ value: Bool) { host = HostTensor([value], shape: []) }

  /// An array of `shape` with every element `value`.
  public static func full(_ value: Double, shape: [Int], dtype: DType = .f32) throws(FTCError) -> NDArray {
    if let problem = TensorType.limitError(shape: shape) { throw FTCError("shape \(shape): \(problem)") }
    return NDArray(HostTensor(splat: scalar(value, for: dtype), type: TensorType(dtype, shape)))
  }
  public static func zeros(_ shape: [Int], dtype: DType = .f32) throws(FTCError) -> NDArray { try full(0, shape: shape, dtype: dtype) }
  public static func ones(_ shape: [Int], dtype: DType = .f32) throws(FTCError) -> NDArray { try full(1, shape: shape, dtype: dtype) }

  /// The elements as Doubles (row-major; lossy for huge i64).
  public var doubles: [Double] { host.doubles }
  /// The elements of an f32 array (nil for another dtype).
  public var floats: [Float]? {
    if case .f32(let a) = host.storage { return a }
    return nil
  }
  /// The single element of a one-element array, as a Double.
  public var item: Double? { count == 1 ? host.doubles[0] : nil }

  /// Reads a `.npy` file (numpy's format; the dtypes ftc has).
  public init(npy path: String) throws(FTCError) {
    do {
      host = try readNPY(bytes: readFile(path, limit: Limits.maxSourceBytes * 8, what: "the limit for a .npy file"))
    } catch let e as InputError {
      throw FTCError(e.message)
    } catch let e as NPYError {
      throw FTCError("\(path): \(e)")
    } catch {
      throw FTCError("\(path): \(error)")
    }
  }

  /// Writes the array as a `.npy` file (atomically, by ftc's file rules).
  public func save(npy path: String) throws(FTCError) {
    do { try writeFile(writeNPY(host), to: path) } catch { throw FTCError(error.message) }
  }
}
