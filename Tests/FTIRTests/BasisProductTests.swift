import Foundation
import Testing
@testable import FTIR
import Pipeline
import Transforms

// jacfwd / jacrev / hessian apply their own basis symbolically to a matrix
// product (Sources/Transforms/BasisProducts.swift, IR/README §6): the
// Jacobian of x ↦ A·x is A itself, not A·I computed as an n×n×n product.

@Suite struct BasisProductTests {
  static func simplified(_ text: String, _ name: String) throws -> Function {
    let m = try Pipeline.run(try load(text).get(), through: .simplify).get()
    return try #require(m.functions.first { $0.name == name })
  }

  /// `name` run by the interpreter after expansion.
  static func run(_ text: String, _ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
    try Interpreter(module: try load(text).flatMap(Pipeline.expand).get()).run(name, args)
  }

  static func f64(_ shape: [Int], seed: Int) -> HostTensor {
    let n = shape.reduce(1, *)
    return HostTensor(type: TensorType(.f64, shape), storage: .f64((0..<n).map { Double(($0 * 37 + seed * 11) % 23) / 7 - 1.5 }))
  }

  /// The Jacobian of a product with the argument, for every side and
  /// layout of the argument, is the matrix rearranged: no product is left,
  /// and the values are the matrix's (jacfwd and jacrev alike).
  @Test(arguments: ["jacfwd", "jacrev"], [0, 1, 2, 3])
  func theJacobianOfAProductIsItsMatrix(_ transform: String, _ layout: Int) throws {
    // (function, matrix shape, argument shape, expected Jacobian from the matrix m)
    let cases: [(String, [Int], [Int], (HostTensor) -> [Double])] = [
      ("%y = dot_general %m, %x, contract=[[1],[0]] : f64[4]", [4, 3], [3], { $0.doubles }),
      ("%y = dot_general %x, %m, contract=[[0],[1]] : f64[4]", [4, 3], [3], { $0.doubles }),
      ("%y = dot_general %x, %m, contract=[[0],[0]] : f64[4]", [3, 4], [3], { m in
        let v = m.doubles
        return (0..<4).flatMap { i in (0..<3).map { j in v[j * 4 + i] } }
      }),
      ("%y = dot_general %m, %x, contract=[[1,2],[0,1]] : f64[4]", [4, 2, 3], [2, 3], { $0.doubles }),
    ]
    let (line, mShape, xShape, expected) = cases[layout]
    let ty = { (s: [Int]) in "f64[\(s.map(String.init).joined(separator: ","))]" }
    let text = """
      func @f(%m: \(ty(mShape)), %x: \(ty(xShape))) -> f64[4] {
        \(line)
        return %y
      }
      func @j = \(transform)(@f, argnums=1)
      """
    let j = try Self.simplified(text, "j")
    if transform == "jacfwd" {
      #expect(!j.body.contains { $0.name == "dot_general" }, "\(j.body.map(\.name))")
    }
    let m = Self.f64(mShape, seed: 1), x = Self.f64(xShape, seed: 2)
    let got = try Self.run(text, "j", [m, x])[0]
    #expect(got.shape == [4] + xShape)
    #expect(got.doubles == expected(m))
  }

  /// The choice documented in IR/README §6: an inf elsewhere in A's row
  /// gives NaN in A·I (inf·0) but the Jacobian keeps each entry, and −0
  /// stays −0.
  @Test func nonFiniteEntriesAreKeptAsTheJacobian() throws {
    let text = """
      func @f(%m: f32[2,3], %x: f32[3]) -> f32[2] {
        %y = dot_general %m, %x, contract=[[1],[0]] : f32[2]
        return %y
      }
      func @j = jacfwd(@f, argnums=1)
      """
    let values: [Float] = [.infinity, 2, -0.0, .nan, 5, 6]
    let m = HostTensor(type: TensorType(.f32, [2, 3]), storage: .f32(values))
    let x = HostTensor(type: TensorType(.f32, [3]), storage: .f32([1, 2, 3]))
    let got = try Self.run(text, "j", [m, x])[0]
    #expect(got.bitwiseEqual(m))
  }

  /// A matrix the program multiplies by its own identity stays a product
  /// (IdentityProductTests); only the transform's basis is folded, so the
  /// primal value of f in jacfwd's expansion is untouched.
  @Test func aProgramsOwnIdentityIsNotFolded() throws {
    let text = """
      func @f(%m: f32[3,3], %x: f32[3]) -> f32[3] {
        %i0 = iota dim=0 : i32[3,3]
        %i1 = iota dim=1 : i32[3,3]
        %e = eq %i0, %i1 : i1[3,3]
        %one = convert %e : f32[3,3]
        %mi = dot_general %m, %one, contract=[[1],[0]] : f32[3,3]
        %y = dot_general %mi, %x, contract=[[1],[0]] : f32[3]
        return %y
      }
      func @j = jacfwd(@f, argnums=1)
      """
    let j = try Self.simplified(text, "j")
    // m·I is the program's own product; the basis product with mi is folded.
    #expect(j.body.filter { $0.name == "dot_general" }.count == 1)
  }

  /// W7's hessian: Aᵀ·diag(f'')·A with one matrix product besides A·x (the
  /// closed form), equal to the closed form, and compiled in four kernels
  /// (A·x, the tanh row, the scaled matrix, the product).
  @Test func w7HessianIsTheClosedForm() throws {
    let text = """
      func @f(%a: f64[6,6], %x: f64[6]) -> f64[] {
        %ax = dot_general %a, %x, contract=[[1],[0]] : f64[6]
        %t = tanh %ax : f64[6]
        %s = reduce_sum %t, dims=[0] : f64[]
        return %s
      }
      func @h = hessian(@f, argnums=1)
      """
    let h = try Self.simplified(text, "h")
    #expect(h.body.filter { $0.name == "dot_general" }.count == 2)
    #expect(!h.body.contains { $0.name == "transpose" || $0.name == "iota" })
    let a = Self.f64([6, 6], seed: 3), x = Self.f64([6], seed: 4)
    let got = try Self.run(text, "h", [a, x])[0].doubles
    let av = a.doubles, xv = x.doubles
    let th = (0..<6).map { i in tanh((0..<6).reduce(0.0) { $0 + av[i * 6 + $1] * xv[$1] }) }
    let d = th.map { -2 * $0 * (1 - $0 * $0) }
    for i in 0..<6 {
      for j in 0..<6 {
        let want = (0..<6).reduce(0.0) { $0 + av[$1 * 6 + i] * d[$1] * av[$1 * 6 + j] }
        #expect(abs(got[i * 6 + j] - want) <= 1e-12 * max(1, abs(want)))
      }
    }
  }
}
