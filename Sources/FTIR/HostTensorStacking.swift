/// Slicing a tensor along its leading axis and stacking tensors along a new
/// one: what the interpreter's loops (`scan`) do with their per-step inputs
/// and outputs.
///
///     x : f32[3, 2]     x.row(1) : f32[2]     stack([a, b, c]) : f32[3, 2]

extension HostTensor {
  /// Element `i` of the leading axis (a tensor of the remaining dims).
  public func row(_ i: Int) -> HostTensor {
    let inner = TensorType(dtype, Array(shape.dropFirst()))
    let n = inner.elementCount
    let r = (i * n)..<((i + 1) * n)
    switch storage {
    case .f32(let a): return HostTensor(type: inner, storage: .f32(Array(a[r])))
    case .f64(let a): return HostTensor(type: inner, storage: .f64(Array(a[r])))
    case .i32(let a): return HostTensor(type: inner, storage: .i32(Array(a[r])))
    case .i64(let a): return HostTensor(type: inner, storage: .i64(Array(a[r])))
    case .i1(let a): return HostTensor(type: inner, storage: .i1(Array(a[r])))
    }
  }

  /// `rows` (each of type `row`) stacked along a new leading axis.
  public static func stack(_ rows: [HostTensor], row: TensorType) -> HostTensor {
    let t = TensorType(row.dtype, [rows.count] + row.shape)
    func all<T>(_ pick: (HostTensor) -> [T]) -> [T] { rows.flatMap(pick) }
    switch row.dtype {
    case .f32: return HostTensor(type: t, storage: .f32(all { if case .f32(let a) = $0.storage { a } else { [] } }))
    case .f64: return HostTensor(type: t, storage: .f64(all { if case .f64(let a) = $0.storage { a } else { [] } }))
    case .i32: return HostTensor(type: t, storage: .i32(all { if case .i32(let a) = $0.storage { a } else { [] } }))
    case .i64: return HostTensor(type: t, storage: .i64(all { if case .i64(let a) = $0.storage { a } else { [] } }))
    case .i1: return HostTensor(type: t, storage: .i1(all { if case .i1(let a) = $0.storage { a } else { [] } }))
    }
  }
}
