import FTC
import FTCTool
import FTIR
import Foundation
import Pipeline
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A fresh scratch directory for files the tests write.
private func scratch() throws -> String {
  var template = Array((NSTemporaryDirectory() + "/ftc-export-XXXXXX").utf8CString)
  guard let made = mkdtemp(&template) else { throw FTCError("mkdtemp failed") }
  return String(cString: made)
}

/// JAX seed W2's per-example gradient: `vmap(grad)` of a least-squares loss over examples.
private func perExampleW2() -> TensorFunction {
  jit(vmap(grad(TensorFunction(name: "w2e") { (p: Tensor, x: Tensor, y: Tensor) in square(dot(x, p) - y) }),
           inAxes: [nil, 0, 0]))
}
private let w2Args: [NDArray] = [NDArray([1, 2] as [Float]), try! NDArray([[1, 0.5], [0.3, 0.8], [0.9, 0.1]] as [[Float]]),
                                 NDArray([1.5, 1, 0.8] as [Float])]

/// Calls `symbol` of a shared object with the C ABI (`int32_t f(const T *args..., T *results...)`), up to 6 pointers.
private func callShared(_ path: String, _ symbol: String, _ args: [NDArray], results: [TensorType]) throws -> [NDArray] {
  guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else { throw FTCError("dlopen: \(String(cString: dlerror()))") }
  guard let fn = dlsym(handle, symbol) else { throw FTCError("no symbol \(symbol)") }
  var buffers: [UnsafeMutableRawPointer] = []
  defer { for b in buffers { b.deallocate() } }
  for a in args {
    let floats = a.floats ?? []
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(4, floats.count * 4), alignment: 64)
    floats.withUnsafeBytes { if $0.count > 0 { p.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
    buffers.append(p)
  }
  for t in results { buffers.append(UnsafeMutableRawPointer.allocate(byteCount: max(4, t.elementCount * 4), alignment: 64)) }
  typealias P = UnsafeMutableRawPointer?
  let b = buffers
  let status: Int32
  switch b.count {
  case 4: status = unsafeBitCast(fn, to: (@convention(c) (P, P, P, P) -> Int32).self)(b[0], b[1], b[2], b[3])
  case 6: status = unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P) -> Int32).self)(b[0], b[1], b[2], b[3], b[4], b[5])
  default: throw FTCError("callShared: \(b.count) pointers not supported")
  }
  guard status == 0 else { throw FTCError("status \(status)") }
  return try results.enumerated().map { j, t in
    let p = b[args.count + j].assumingMemoryBound(to: Float.self)
    return try NDArray(Array(UnsafeBufferPointer(start: p, count: t.elementCount)), shape: t.shape)
  }
}

@Suite struct ExportTests {
  /// The export keeps the traced base function and each transform as a definition, under names given.
  @Test func exportKeepsEveryTransform() throws {
    let text = try perExampleW2().exportFTIR(w2Args.map(\.type), as: "per_example", argumentNames: ["params", "x", "y"],
                                             resultNames: ["grads"])
    #expect(text.contains("func private @w2e(%0: f32[2], %1: f32[2], %2: f32[]) -> f32[]"), "\(text)")
    #expect(text.contains("func private @grad_w2e = grad(@w2e, argnums=[0], has_aux=false)"), "\(text)")
    #expect(text.contains("func private @vmap_grad_w2e = vmap(@grad_w2e, in_axes=[none, 0, 0], size=3)"), "\(text)")
    #expect(text.contains("func @per_example(%params: f32[2], %x: f32[3,2], %y: f32[3]) -> f32[3,2]"), "\(text)")
    #expect(text.contains("%grads = call @vmap_grad_w2e(%params, %x, %y) : f32[3,2]"), "\(text)")
  }

  /// The exported file through `ftc compile` (in-process) gives a shared object whose function,
  /// called with the C ABI, equals the Swift API's JIT call; `ftc run --list` shows the parameter names.
  @Test func exportRoundTripsThroughFtcCompile() throws {
    let f = perExampleW2()
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/per_example.ftir", so = dir + "/libper_example.so"
    try f.export(w2Args.map(\.type), to: path, as: "per_example", argumentNames: ["params", "x", "y"])
    let compiled = Commands.compile(path: path, output: so)
    #expect(compiled.status == 0, "\(compiled.stderr)")
    let listing = Commands.list(path: path)
    #expect(listing.stdout.contains("params") && listing.stdout.contains("x") && listing.stdout.contains("y"), "\(listing.stdout)")
    let expected = try f(w2Args)
    let native = try callShared(so, "per_example", w2Args, results: expected.map(\.type))
    #expect(native == expected, "\(native) vs \(expected)")
    // The same file loaded by the pipeline and run by the JIT.
    let m = try Pipeline.load(bytes: Array(try String(contentsOfFile: path, encoding: .utf8).utf8), fileName: path).get()
    let jitted = try Pipeline.jit(m).run("per_example", w2Args.map(\.host)).map(NDArray.init)
    #expect(jitted == expected)
  }

  /// A tree function exports with leaf paths as parameter names and result paths as result names;
  /// the export compiles and computes the tree gradient's leaves.
  @Test func treeExportNamesLeavesByPath() throws {
    struct Linear: TensorTree { var weight: Tensor; var bias: Tensor }
    let g = grad { (p: Linear, x: Tensor, y: Tensor) in mean(square(p.weight * x + p.bias - y)) }
    let p = Linear(weight: Tensor(Float(1)), bias: Tensor(Float(0)))
    let x = Tensor([0.5, -0.5] as [Float]), y = Tensor([1.5, -1.5] as [Float])
    let text = try g.exportFTIR(Args3(arg0: p, arg1: x, arg2: y), as: "linear_grad", argumentNames: ["params", "x", "y"])
    #expect(text.contains("func @linear_grad(%params.bias: f32[], %params.weight: f32[], %x: f32[2], %y: f32[2]) -> (f32[], f32[])"), "\(text)")
    #expect(text.contains("return %bias, %weight"), "\(text)")
    let m = try Pipeline.load(bytes: Array(text.utf8), fileName: "linear_grad.ftir").get()
    #expect(m.interfaceNames["linear_grad"]?.inputs == ["params_bias", "params_weight", "x", "y"])
    let out = try Pipeline.jit(m).run("linear_grad", [HostTensor([0] as [Float], shape: []), HostTensor([1] as [Float], shape: []),
                                                      HostTensor([0.5, -0.5] as [Float], shape: [2]), HostTensor([1.5, -1.5] as [Float], shape: [2])])
    let swift = try g(p, x, y)
    #expect(out.map { $0.doubles } == [[0], [-1]])
    #expect(swift.weight.array?.doubles == [-1] && swift.bias.array?.doubles == [0])
  }

  /// `dump(after:)` prints exactly what `ftc dump --after STAGE` prints for the exported file, at every stage.
  @Test func dumpEqualsTheCommandAtEveryStage() throws {
    let f = perExampleW2()
    let types = w2Args.map(\.type)
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/per_example.ftir"
    try f.export(types, to: path, as: "per_example")
    var seen = Set<String>()
    for stage in PipelineStage.dumpable {
      let mine = try f.dump(types, after: stage, as: "per_example")
      let cli = Commands.dump(path: path, after: stage.rawValue)
      #expect(cli.status == 0, "\(stage.rawValue): \(cli.stderr)")
      #expect(mine == cli.stdout, "\(stage.rawValue) differs")
      seen.insert(mine)
    }
    #expect(seen.count == PipelineStage.dumpable.count)  // every stage shows something different
    #expect(try f.dump(types, after: .parse, as: "per_example").contains("= vmap(@grad_w2e"))
    #expect(try f.dump(types, after: .llvm, as: "per_example").contains("define"))
  }

  /// Bad requests are thrown errors that say what was expected.
  @Test func exportErrors() throws {
    #expect(throws: FTCError.self) { try perExampleW2().exportFTIR([TensorType(.f32, [2])]) }
    #expect(throws: FTCError.self) { try perExampleW2().dump(w2Args.map(\.type), after: .link) }
  }
}
