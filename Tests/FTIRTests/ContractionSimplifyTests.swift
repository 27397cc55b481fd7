import Foundation
import Testing
@testable import FTIR
import Backend
import Pipeline
import Transforms

// dot_general with an identity matrix folds to a transpose of the other
// operand (Sources/FTIR/Ops/ContractionSimplify.swift), and W7's hessian
// keeps one matrix product (the closed form Aᵀ·diag(d)·A needs one).

@Suite struct ContractionSimplifyTests {
  static func identityProduct(_ identityOnLeft: Bool, dtype: String = "f32") -> String {
    let product = identityOnLeft
      ? "%p = dot_general %e, %a, contract=[[1],[0]] : \(dtype)[5,3]"
      : "%p = dot_general %a, %e, contract=[[0],[1]] : \(dtype)[3,5]"
    return """
      func @f(%a: \(dtype)[5,3]) -> \(dtype)[\(identityOnLeft ? "5,3" : "3,5")] {
        %i0 = iota dim=0 : i32[5,5]
        %i1 = iota dim=1 : i32[5,5]
        %m = eq %i1, %i0 : i1[5,5]
        %e = convert %m : \(dtype)[5,5]
        \(product)
        return %p
      }
      """
  }

  static func simplified(_ text: String) throws -> Function {
    let m = try Pipeline.run(try load(text).get(), through: .simplify).get()
    return m.functions[0]
  }

  static func input(_ dtype: DType) -> HostTensor {
    let v: [Double] = (0..<15).map { Double($0) * 0.37 - 2.5 }
    return dtype == .f32 ? HostTensor(type: TensorType(.f32, [5, 3]), storage: .f32(v.map(Float.init)))
                         : HostTensor(type: TensorType(.f64, [5, 3]), storage: .f64(v))
  }

  @Test(arguments: [true, false], [DType.f32, .f64])
  func aProductWithTheIdentityIsATransposeOfTheOtherOperand(identityOnLeft: Bool, dtype: DType) throws {
    let text = Self.identityProduct(identityOnLeft, dtype: dtype == .f32 ? "f32" : "f64")
    let f = try Self.simplified(text)
    #expect(!f.body.contains { $0.name == "dot_general" })
    #expect(f.body.map(\.name) == (identityOnLeft ? [] : ["transpose"]))
    // Equal to the full product (finite values, no zero in the input).
    let before = try interpret(text, "f", [Self.input(dtype)])
    let after = try Interpreter(module: Module(name: "m", functions: [f])).run("f", [Self.input(dtype)])
    #expect(before[0].bitwiseEqual(after[0]))
  }

  @Test func aFoldedIdentityLiteralFoldsToo() throws {
    let f = try Self.simplified("""
      func @f(%a: f32[2,3]) -> f32[2,3] {
        %e = constant [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]] : f32[3,3]
        %p = dot_general %a, %e, contract=[[1],[0]] : f32[2,3]
        return %p
      }
      """)
    #expect(f.body.isEmpty)
  }

  @Test(arguments: [
    // Not an identity: a -0 off the diagonal, a 2 on it, a shifted one-hot, equal iota dims.
    "%e = constant [[1.0, -0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]] : f32[3,3]",
    "%e = constant [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 1.0]] : f32[3,3]",
    "%e = constant [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]] : f32[3,3]",
  ])
  func otherMatricesAreNotFolded(_ literal: String) throws {
    let f = try Self.simplified("""
      func @f(%a: f32[2,3]) -> f32[2,3] {
        \(literal)
        %p = dot_general %a, %e, contract=[[1],[0]] : f32[2,3]
        return %p
      }
      """)
    #expect(f.body.contains { $0.name == "dot_general" })
  }

  @Test func equalIotaDimsAreNotAnIdentity() throws {
    let f = try Self.simplified("""
      func @f(%a: f32[9,9]) -> f32[9,9] {
        %i0 = iota dim=0 : i32[9,9]
        %i1 = iota dim=0 : i32[9,9]
        %m = eq %i0, %i1 : i1[9,9]
        %e = convert %m : f32[9,9]
        %p = dot_general %a, %e, contract=[[1],[0]] : f32[9,9]
        return %p
      }
      """)
    #expect(f.body.contains { $0.name == "dot_general" })
  }

  /// The documented difference: inf in another element of the contracted
  /// row makes the full product NaN (inf·0); the fold gives the element.
  @Test func infElsewhereInTheRowIsTheDocumentedDifference() throws {
    let text = Self.identityProduct(false)
    var v = (0..<15).map { Float($0) }
    v[0] = .infinity  // a[0,0]: contracted row 0 of the transposed view is column 0
    let a = HostTensor(type: TensorType(.f32, [5, 3]), storage: .f32(v))
    let full = try interpret(text, "f", [a])[0].doubles
    let folded = try Interpreter(module: Module(name: "m", functions: [try Self.simplified(text)])).run("f", [a])[0].doubles
    // Result [3,5] is aᵀ: element (0, 1) is a[1,0] = 3, in a row that holds inf.
    #expect(full[1].isNaN)
    #expect(folded[1] == 3)
  }

  static let w7 = """
    func @f(%a: f32[100,100], %x: f32[100]) -> f32[] {
      %ax = dot_general %a, %x, contract=[[1],[0]] : f32[100]
      %t = tanh %ax : f32[100]
      %s = reduce_sum %t, dims=[0] : f32[]
      return %s
    }
    func @h = hessian(@f, argnums=1)
    """

  @Test func w7HessianHasOneMatrixProduct() throws {
    let m = try Pipeline.run(try load(Self.w7).get(), through: .inline).get()
    let h = try #require(m.functions.first { $0.name == "h" })
    let products = h.body.filter { $0.name == "dot_general" }
    // A·x (a matrix-vector product) and the one matrix product of the closed form.
    #expect(products.count == 2)
    #expect(products.filter { h.type(of: $0.results[0]).elementCount == 100 * 100 }.count == 1)
    #expect(!h.body.contains { $0.name == "iota" })
    let plan = planFusion(h)
    #expect(plan.kernels.filter { $0.kind == .contraction }.count == 2)
  }

  @Test func w7HessianEqualsTheClosedForm() throws {
    let n = 100
    var rng = SeededRNG(seed: 7)
    let a = (0..<(n * n)).map { _ in Double.random(in: -0.1...0.1, using: &rng) }
    let x = (0..<n).map { _ in Double.random(in: -1...1, using: &rng) }
    let m = try Pipeline.run(try load(Self.w7).get(), through: .inline).get()
    let args = [HostTensor(type: TensorType(.f32, [n, n]), storage: .f32(a.map(Float.init))),
                HostTensor(type: TensorType(.f32, [n]), storage: .f32(x.map(Float.init)))]
    let h = try Interpreter(module: m).run("h", args)[0].doubles
    // H = Aᵀ diag(-2 t (1 - t²)) A with t = tanh(A x), in f64.
    let af = a.map { Double(Float($0)) }, xf = x.map { Double(Float($0)) }
    let t = (0..<n).map { i in tanh((0..<n).reduce(0.0) { $0 + af[i * n + $1] * xf[$1] }) }
    let d = t.map { -2 * $0 * (1 - $0 * $0) }
    var worst = 0.0
    for j in 0..<n {
      for l in 0..<n {
        let e = (0..<n).reduce(0.0) { $0 + af[$1 * n + j] * d[$1] * af[$1 * n + l] }
        worst = max(worst, abs(h[j * n + l] - e))
      }
    }
    #expect(worst < 1e-5)
  }
}
