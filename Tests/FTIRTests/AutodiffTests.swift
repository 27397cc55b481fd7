import Foundation
import Testing
@testable import FTIR
import FTCTool

/// Expands and runs a module's function with the interpreter.
func runExpanded(_ text: String, _ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
  let m = try load(text).flatMap(Pipeline.expand).get()
  return try Interpreter(module: m).run(name, args)
}

func scalar(_ v: Double) -> HostTensor { HostTensor([v], shape: []) }
func scalar(_ v: Float) -> HostTensor { HostTensor([v], shape: []) }

/// The seed examples of the autodiff issue, with their exact values.
@Suite struct AutodiffSeedTests {
  @Test func gradOfSquare() throws {
    let src = """
      func @f(%x: f32[]) -> f32[] {
        %y = integer_pow %x, n=2 : f32[]
        return %y
      }
      func @df = grad(@f)
      """
    #expect(try runExpanded(src, "df", [scalar(Float(3))])[0].doubles == [6])
  }

  @Test func valueAndGradOfMeanSquaredError() throws {
    let src = """
      func @loss(%w: f32[], %x: f32[4], %y: f32[4]) -> f32[] {
        %wb = broadcast_in_dim %w, dims=[] : f32[4]
        %p = mul %wb, %x : f32[4]
        %d = sub %p, %y : f32[4]
        %s = integer_pow %d, n=2 : f32[4]
        %t = reduce_sum %s, dims=[0] : f32[]
        %n = constant 4.0 : f32[]
        %m = div %t, %n : f32[]
        return %m
      }
      func @vg = value_and_grad(@loss)
      """
    let r = try runExpanded(src, "vg", [scalar(Float(1.5)), HostTensor([1, 2, 3, 4] as [Float], shape: [4]), HostTensor([2, 4, 6, 8] as [Float], shape: [4])])
    #expect(r.map(\.doubles) == [[1.875], [-7.5]])
  }

  @Test func gradAndSecondDerivativeOfSin() throws {
    let src = """
      func @s(%x: f64[]) -> f64[] {
        %y = sin %x : f64[]
        return %y
      }
      func @ds = grad(@s)
      func @dds = grad(grad(@s))
      func @d3s = grad(@dds)
      """
    #expect(try runExpanded(src, "ds", [scalar(Double.pi)])[0].doubles == [-1])
    #expect(try runExpanded(src, "dds", [scalar(Double.pi / 2)])[0].doubles == [-1])
    #expect(abs(try runExpanded(src, "d3s", [scalar(0.3)])[0].doubles[0] + cos(0.3)) < 1e-15)
  }

  @Test func lossWithRespectToEachArgument() throws {
    let src = """
      func @loss(%w: f32[], %x: f32[2], %y: f32[2]) -> f32[] {
        %wb = broadcast_in_dim %w, dims=[] : f32[2]
        %p = mul %wb, %x : f32[2]
        %d = sub %p, %y : f32[2]
        %s = mul %d, %d : f32[2]
        %t = reduce_sum %s, dims=[0] : f32[]
        %n = constant 2.0 : f32[]
        %m = div %t, %n : f32[]
        return %m
      }
      func @all = value_and_grad(@loss, argnums=[0, 1])
      """
    let r = try runExpanded(src, "all", [scalar(Float(1)), HostTensor([0.5, -0.5] as [Float], shape: [2]), HostTensor([1.5, -1.5] as [Float], shape: [2])])
    #expect(r.map(\.doubles) == [[1], [-1], [-1, 1]])
  }

  @Test func sinTimesX() throws {
    let src = """
      func @f(%x: f64[]) -> f64[] {
        %s = sin %x : f64[]
        %y = mul %s, %x : f64[]
        return %y
      }
      func @df = grad(@f)
      func @ddf = grad(@df)
      func @fwd = jvp(@df)
      """
    let d = try runExpanded(src, "df", [scalar(1.0)])[0].doubles[0]
    let dd = try runExpanded(src, "ddf", [scalar(1.0)])[0].doubles[0]
    #expect(abs(d - (cos(1) + sin(1))) < 1e-15)
    #expect(abs(dd - (2 * cos(1) - sin(1))) < 1e-15)
    let fwd = try runExpanded(src, "fwd", [scalar(1.0), scalar(2.0)]).map { $0.doubles[0] }
    #expect(abs(fwd[0] - d) < 1e-15 && abs(fwd[1] - 2 * dd) < 1e-14)
  }

  @Test func gradThroughCallsAndHasAux() throws {
    let src = """
      func private @sq(%a: f64[3]) -> f64[3] {
        %b = mul %a, %a : f64[3]
        return %b
      }
      func @f(%x: f64[3]) -> (f64[], f64[3]) {
        %y = call @sq(%x) : f64[3]
        %s = reduce_sum %y, dims=[0] : f64[]
        return %s, %y
      }
      func @g = grad(@f, has_aux=true)
      func @h(%x: f64[3]) -> f64[] {
        %g, %aux = call @g(%x) : (f64[3], f64[3])
        %s = reduce_sum %g, dims=[0] : f64[]
        return %s
      }
      func @dh = grad(@h)
      """
    let r = try runExpanded(src, "g", [HostTensor([1, 2, 3] as [Double], shape: [3])])
    #expect(r.map(\.doubles) == [[2, 4, 6], [1, 4, 9]])
    #expect(try runExpanded(src, "dh", [HostTensor([1, 2, 3] as [Double], shape: [3])])[0].doubles == [2, 2, 2])
  }

  @Test func vjpAndJvpSignatures() throws {
    let src = """
      func @f(%x: f64[2], %k: i32[]) -> (f64[2], i32[]) {
        %y = exp %x : f64[2]
        return %y, %k
      }
      func @b = vjp(@f)
      func @fw = jvp(@f)
      """
    let x = HostTensor([0, 1] as [Double], shape: [2]), k = HostTensor([Int32(7)], shape: [])
    let b = try runExpanded(src, "b", [x, k, HostTensor([1, 2] as [Double], shape: [2])])
    #expect(b.map(\.doubles) == [[1, M_E], [7], [1, 2 * M_E]])
    let fw = try runExpanded(src, "fw", [x, k, HostTensor([3, 4] as [Double], shape: [2])])
    #expect(fw.map(\.doubles) == [[1, M_E], [7], [3, 4 * M_E]])
  }
}
