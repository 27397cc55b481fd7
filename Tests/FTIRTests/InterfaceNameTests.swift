import Testing
@testable import FTIR
import Codegen
import Pipeline

/// The names of inputs and outputs in compiled objects (IR/README.md
/// section 9): parameters, returned values, transform-made names, the
/// fallbacks, and the metadata and header that use them.
@Suite struct InterfaceNameTests {
  static let source = """
    module @names

    func @loss(%w: f32[3], %x: f32[3], %n: i32[]) -> f32[] {
      %p = mul %w, %x : f32[3]
      %l = reduce_sum %p, dims=[0] : f32[]
      return %l
    }

    func @pair(%a.b: f32[2], %k: i32[]) -> (f32[2], i32[], f32[2]) {
      %s = sin %a.b : f32[2]
      return %s, %k, %s
    }

    func @aux(%w: f32[3]) -> (f32[], f32[3]) {
      %c = cos %w : f32[3]
      %r = reduce_sum %c, dims=[0] : f32[]
      return %r, %c
    }

    func @keywords(%int: f32[], %new: f32[], %arg0: f32[]) -> f32[] {
      %0 = add %int, %new : f32[]
      %not = add %0, %arg0 : f32[]
      return %not
    }

    func @vg = value_and_grad(@loss, argnums=[1, 0])
    func @g = grad(@loss)
    func @ga = grad(@aux, has_aux=true)
    func @vga = value_and_grad(@aux, has_aux=true)
    func @fwd = jvp(@pair)
    func @bwd = vjp(@pair)
    func @bwd1 = vjp(@loss, argnums=[1])
    func @jr = jacrev(@pair2)
    func @jf = jacfwd(@pair2, argnums=[0, 1])
    func @h = hessian(@loss, argnums=1)
    func @per_ex = vmap(grad(@loss), in_axes=[none, 0, none], size=4)
    func @gg = grad(@g2)
    func @g2 = grad(@sq)
    func @vmapped = vmap(@g, size=2)
    func @ffwd = jvp(jvp(@sq))

    func @pair2(%u: f32[2], %v: f32[2]) -> f32[2] {
      %y = mul %u, %v : f32[2]
      return %y
    }

    func @sq(%t: f32[]) -> f32[] {
      %y = mul %t, %t : f32[]
      return %y
    }
    """

  static func names() throws -> [String: InterfaceNames] {
    try load(source).get().interfaceNames
  }

  func expectNames(_ all: [String: InterfaceNames], _ f: String, _ inputs: [String], _ outputs: [String],
                   sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(all[f] == InterfaceNames(inputs: inputs, outputs: outputs), "@\(f)", sourceLocation: sourceLocation)
  }

  @Test func plainFunctionsAreNamedAfterParametersAndReturnedValues() throws {
    let n = try Self.names()
    expectNames(n, "loss", ["w", "x", "n"], ["l"])
    // '.' becomes '_'; a returned parameter or a value returned twice would
    // repeat a name: it becomes resultJ.
    expectNames(n, "pair", ["a_b", "k"], ["s", "result1", "result2"])
    // C and C++ keywords and names already taken fall back; unnamed values too.
    expectNames(n, "keywords", ["arg0", "arg1", "arg2"], ["result0"])
  }

  @Test func derivativesAreNamedAfterWhatTheyDifferentiate() throws {
    let n = try Self.names()
    expectNames(n, "vg", ["w", "x", "n"], ["l", "d_x", "d_w"])
    expectNames(n, "g", ["w", "x", "n"], ["d_w"])
    expectNames(n, "ga", ["w"], ["d_w", "c"])
    expectNames(n, "vga", ["w"], ["r", "c", "d_w"])
    expectNames(n, "fwd", ["a_b", "k", "t_a_b"], ["s", "result1", "result2", "t_s", "t_result2"])
    expectNames(n, "bwd", ["a_b", "k", "ct_s", "ct_result2"], ["s", "result1", "result2", "d_a_b"])
    expectNames(n, "bwd1", ["w", "x", "n", "ct_l"], ["l", "d_x"])
    expectNames(n, "jr", ["u", "v"], ["jac_u"])
    expectNames(n, "jf", ["u", "v"], ["jac_u", "jac_v"])
    expectNames(n, "h", ["w", "x", "n"], ["hess_x"])
  }

  @Test func nestedAndChainedDefinitionsBuildOnInnerNames() throws {
    let n = try Self.names()
    expectNames(n, "per_ex", ["w", "x", "n"], ["d_w"])
    expectNames(n, "g2", ["t"], ["d_t"])
    expectNames(n, "gg", ["t"], ["d_t"])  // defined before @g2: resolved on demand
    expectNames(n, "vmapped", ["w", "x", "n"], ["d_w"])
    // jvp(jvp(sq)): the outer tangents of t and y repeat names and fall back.
    expectNames(n, "ffwd", ["t", "t_t", "arg2", "t_t_t"], ["y", "t_y", "result2", "t_t_y"])
  }

  @Test func metadataAndHeaderUseTheNames() throws {
    let c = Compilation(bytes: Array(Self.source.utf8), fileName: "names.ftir")
    try c.run(through: .inline)
    let m = try #require(c.module)
    let json = metadataJSON(m, names: c.names, prefix: "p_")
    #expect(json.contains("""
      {"name": "bwd1", "symbol": "p_bwd1", "inputs": [{"name": "w", "dtype": "f32", "shape": [3]}, \
      {"name": "x", "dtype": "f32", "shape": [3]}, {"name": "n", "dtype": "i32", "shape": []}, \
      {"name": "ct_l", "dtype": "f32", "shape": []}], "outputs": [{"name": "l", "dtype": "f32", "shape": []}, \
      {"name": "d_x", "dtype": "f32", "shape": [3]}]}
      """), "\(json)")
    let header = cHeader(m, names: c.names, prefix: "p_")
    #expect(header.contains("int32_t p_vg(const float *w /* f32[3] */, const float *x /* f32[3] */, const int32_t *n /* i32[] */, "
      + "float *l /* f32[] */, float *d_x /* f32[3] */, float *d_w /* f32[3] */);"), "\(header)")
    // Without names (a module built elsewhere), each function names itself.
    #expect(metadataJSON(m, prefix: "").contains("{\"name\": \"loss\", \"symbol\": \"loss\", \"inputs\": [{\"name\": \"w\""))
  }
}
