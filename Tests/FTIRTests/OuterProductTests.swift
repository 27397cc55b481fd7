import Foundation
import Testing
@testable import FTIR
import Backend
import Pipeline
import Transforms

// A dot_general whose contracted dims all have size 1 (or none) simplifies
// to a mul of broadcasts (Sources/FTIR/Ops/OuterProduct.swift): bit for bit
// the product, −0, inf and NaN included, and fused instead of a batch of
// tiny GEMMs.

@Suite struct OuterProductTests {
  /// (function text, argument types) of outer products in several layouts.
  static let cases: [(String, [TensorType])] = [
    ("""
     func @f(%a: DT[5], %b: DT[3]) -> DT[5,3] {
       %p = dot_general %a, %b, contract=[[], []] : DT[5,3]
       return %p
     }
     """, [TensorType(.f32, [5]), TensorType(.f32, [3])]),
    ("""
     func @f(%a: DT[4,5,1], %b: DT[4,1,3]) -> DT[4,5,3] {
       %p = dot_general %a, %b, batch=[[0], [0]], contract=[[2], [1]] : DT[4,5,3]
       return %p
     }
     """, [TensorType(.f32, [4, 5, 1]), TensorType(.f32, [4, 1, 3])]),
    ("""
     func @f(%a: DT[1,5,4], %b: DT[3,4,1]) -> DT[4,5,3] {
       %p = dot_general %a, %b, batch=[[2], [1]], contract=[[0], [2]] : DT[4,5,3]
       return %p
     }
     """, [TensorType(.f32, [1, 5, 4]), TensorType(.f32, [3, 4, 1])]),
  ]

  static func values(_ t: TensorType, seed: Int) -> HostTensor {
    let special: [Double] = [-0.0, 0.0, .infinity, -.infinity, .nan, 1.5, -2.25, 3e38, -7]
    let v = (0..<t.elementCount).map { special[($0 * 7 + seed) % special.count] }
    switch t.dtype {
    case .f64: return HostTensor(type: t, storage: .f64(v))
    case .i32: return HostTensor(type: t, storage: .i32((0..<t.elementCount).map { Int32(($0 * 7 + seed) % 9) * 1_000_003 - 4_000_000 }))
    default: return HostTensor(type: t, storage: .f32(v.map(Float.init)))
    }
  }

  @Test(arguments: [0, 1, 2], [DType.f32, .f64, .i32])
  func anOuterProductIsAMultiplyBitForBit(_ index: Int, _ dtype: DType) throws {
    let text = Self.cases[index].0.replacingOccurrences(of: "DT", with: dtype.rawValue)
    let types = Self.cases[index].1.map { TensorType(dtype, $0.shape) }
    let simplified = try Pipeline.run(try load(text).get(), through: .simplify).get()
    let f = simplified.functions[0]
    #expect(!f.body.contains { $0.name == "dot_general" })
    #expect(f.body.contains { $0.name == "mul" })
    let args = types.enumerated().map { Self.values($1, seed: $0 * 3) }
    let before = try interpret(text, "f", args)
    let after = try Interpreter(module: simplified).run("f", args)
    #expect(before[0].bitwiseEqual(after[0]))
  }

  @Test func aProductWithALongerContractionStays() throws {
    let text = """
      func @f(%a: f32[4,2], %b: f32[2,3]) -> f32[4,3] {
        %p = dot_general %a, %b, contract=[[1], [0]] : f32[4,3]
        return %p
      }
      """
    let f = try Pipeline.run(try load(text).get(), through: .simplify).get().functions[0]
    #expect(f.body.map(\.name) == ["dot_general"])
  }

  /// W2's per-example gradients: the outer product of each example's
  /// residual with its input is fused, leaving one contraction (x·p).
  @Test func perExampleGradientsFuseTheOuterProduct() throws {
    let text = """
      func @loss(%p: f32[2], %x: f32[2], %y: f32[]) -> f32[] {
        %r = dot_general %x, %p, contract=[[0],[0]] : f32[]
        %d = sub %r, %y : f32[]
        %s = integer_pow %d, n=2 : f32[]
        return %s
      }
      func @pe = vmap(grad(@loss), in_axes=[none, 0, 0], size=1000)
      """
    let m = try Pipeline.run(try load(text).get(), through: .inline).get()
    let pe = try #require(m.functions.first { $0.name == "pe" })
    #expect(pe.body.filter { $0.name == "dot_general" }.count == 1)
    let plan = planFusion(pe)
    #expect(plan.kernels.filter { $0.kind == .contraction }.count == 1)
  }
}
