import Foundation
import Testing
@testable import FTIR
import Backend
import Pipeline
import Transforms

// dot_general with an identity matrix is NOT folded to a transpose of the
// other operand: that rewrite changes results for inf/NaN (inf·0 is NaN) and
// the sign of zero sums (spec section 4: no nnan/ninf/nsz assumptions;
// IR/README §6b). W7's hessian stays right (checked against the closed form).

@Suite struct IdentityProductTests {
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
  func aProductWithTheIdentityStaysAProduct(identityOnLeft: Bool, dtype: DType) throws {
    let text = Self.identityProduct(identityOnLeft, dtype: dtype == .f32 ? "f32" : "f64")
    let f = try Self.simplified(text)
    #expect(f.body.contains { $0.name == "dot_general" })
    let before = try interpret(text, "f", [Self.input(dtype)])
    let after = try Interpreter(module: Module(name: "m", functions: [f])).run("f", [Self.input(dtype)])
    #expect(before[0].bitwiseEqual(after[0]))
  }

  /// inf in another element of the contracted row makes the product NaN
  /// (inf·0), in the interpreter and after simplification alike.
  @Test func infElsewhereInTheRowGivesNaNAsWritten() throws {
    let text = Self.identityProduct(false)
    var v = (0..<15).map { Float($0) }
    v[0] = .infinity  // a[0,0]: contracted row 0 of the transposed view is column 0
    let a = HostTensor(type: TensorType(.f32, [5, 3]), storage: .f32(v))
    let full = try interpret(text, "f", [a])[0].doubles
    let simplified = try Interpreter(module: Module(name: "m", functions: [try Self.simplified(text)])).run("f", [a])[0].doubles
    // Result [3,5] is aᵀ·I: element (0, 1) reads a row that holds inf.
    #expect(full[1].isNaN)
    #expect(simplified[1].isNaN)
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
