import Foundation
import Testing
@testable import FTIR
import Pipeline
import Transforms

// Transposes and size-1 dims around a dot_general fold into its dimension
// lists (Sources/FTIR/Ops/ProductLayout.swift): bit for bit the same values
// (−0, inf, NaN and integer wrapping included), fewer ops, and a product
// read by another op is never duplicated.

@Suite struct ProductLayoutTests {
  static func simplified(_ text: String) throws -> Module {
    try Pipeline.run(try load(text).get(), through: .simplify).get()
  }

  static func values(_ t: TensorType, seed: Int) -> HostTensor {
    let special: [Double] = [-0.0, 0.0, .infinity, 1.5, -2.25, .nan, 3e38, -7, 0.125, 11]
    let v = (0..<t.elementCount).map { special[($0 * 7 + seed) % special.count] }
    switch t.dtype {
    case .f64: return HostTensor(type: t, storage: .f64(v))
    case .i32: return HostTensor(type: t, storage: .i32((0..<t.elementCount).map { Int32(($0 * 7 + seed) % 9) * 1_000_003 - 4_000_000 }))
    default: return HostTensor(type: t, storage: .f32(v.map(Float.init)))
    }
  }

  /// (function text with DT for the dtype, argument shapes, ops expected after simplification)
  static let cases: [(String, [[Int]], [String])] = [
    // A transposed lhs is read through the permutation.
    ("""
     func @f(%x: DT[3,4], %b: DT[3,5]) -> DT[4,5] {
       %t = transpose %x, perm=[1,0] : DT[4,3]
       %p = dot_general %t, %b, contract=[[1],[0]] : DT[4,5]
       return %p
     }
     """, [[3, 4], [3, 5]], ["dot_general"]),
    // A transposed rhs with batch dims.
    ("""
     func @f(%a: DT[2,4,3], %y: DT[5,2,3]) -> DT[2,4,5] {
       %t = transpose %y, perm=[1,2,0] : DT[2,3,5]
       %p = dot_general %a, %t, batch=[[0],[0]], contract=[[2],[1]] : DT[2,4,5]
       return %p
     }
     """, [[2, 4, 3], [5, 2, 3]], ["dot_general"]),
    // A size-1 free dim inserted by a reshape, and removed after.
    ("""
     func @f(%x: DT[4,3], %b: DT[3,5]) -> DT[4,5] {
       %u = reshape %x : DT[4,1,3]
       %p = dot_general %u, %b, contract=[[2],[0]] : DT[4,1,5]
       %r = reshape %p : DT[4,5]
       return %r
     }
     """, [[4, 3], [3, 5]], ["dot_general"]),
    // Size-1 free dims inserted on both sides (a vector dot written as a
    // matrix product; the second side's dropped dim was once misplaced).
    ("""
     func @f(%x: DT[3], %p: DT[3]) -> DT[] {
       %xr = reshape %x : DT[1,3]
       %pr = reshape %p : DT[3,1]
       %d = dot_general %xr, %pr, contract=[[1],[0]] : DT[1,1]
       %s = reshape %d : DT[]
       return %s
     }
     """, [[3], [3]], ["dot_general"]),
    // A transpose of the product swapping its free dims: the swapped product.
    ("""
     func @f(%a: DT[4,3], %b: DT[3,5]) -> DT[5,4] {
       %p = dot_general %a, %b, contract=[[1],[0]] : DT[4,5]
       %t = transpose %p, perm=[1,0] : DT[5,4]
       return %t
     }
     """, [[4, 3], [3, 5]], ["dot_general"]),
    // W7's hessian layout: all three at once.
    ("""
     func @f(%x: DT[4,4], %a: DT[4,4]) -> DT[4,4] {
       %t = transpose %x, perm=[1,0] : DT[4,4]
       %u = reshape %t : DT[4,1,4]
       %p = dot_general %u, %a, contract=[[2],[0]] : DT[4,1,4]
       %r = reshape %p : DT[4,4]
       %h = transpose %r, perm=[1,0] : DT[4,4]
       return %h
     }
     """, [[4, 4], [4, 4]], ["dot_general"]),
    // A transposed operand whose free dims the permutation reorders stays.
    ("""
     func @f(%x: DT[3,2,4], %b: DT[3,5]) -> DT[4,2,5] {
       %t = transpose %x, perm=[2,1,0] : DT[4,2,3]
       %p = dot_general %t, %b, contract=[[2],[0]] : DT[4,2,5]
       return %p
     }
     """, [[3, 2, 4], [3, 5]], ["transpose", "dot_general"]),
    // A product read twice is not duplicated by its transpose.
    ("""
     func @f(%a: DT[4,3], %b: DT[3,5]) -> (DT[5,4], DT[4,5]) {
       %p = dot_general %a, %b, contract=[[1],[0]] : DT[4,5]
       %t = transpose %p, perm=[1,0] : DT[5,4]
       return %t, %p
     }
     """, [[4, 3], [3, 5]], ["dot_general", "transpose"]),
  ]

  @Test(arguments: 0..<8, [DType.f32, .f64, .i32])
  func foldingKeepsEveryBit(_ index: Int, _ dtype: DType) throws {
    let (template, shapes, ops) = Self.cases[index]
    let text = template.replacingOccurrences(of: "DT", with: dtype.rawValue)
    let m = try Self.simplified(text)
    #expect(m.functions[0].body.map(\.name) == ops)
    let args = shapes.enumerated().map { Self.values(TensorType(dtype, $1), seed: $0 * 3 + 1) }
    let before = try interpret(text, "f", args)
    let after = try Interpreter(module: m).run("f", args)
    for (x, y) in zip(before, after) { #expect(x.bitwiseEqual(y)) }
  }
}
