/// Test support: temporary directories, running tools, and the hand-built
/// kernels the tests compile (a vector add, a threaded expf through libmvec's
/// vector variant, a reduction with fast-math flags, a CBLAS call).
import Foundation
import LLVMKit

/// A fresh directory for one test, removed by `cleanup()`.
struct TempDir {
  let path: String
  init() throws {
    var template = Array((NSTemporaryDirectory() + "/llvmkit-test-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw LLVMError("mkdtemp failed") }
    path = String(cString: made)
  }
  func file(_ name: String) -> String { path + "/" + name }
  func contents() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }
  func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs a program with arguments (no shell); returns status and output.
@discardableResult
func runTool(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  if let environment { process.environment = environment }
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// The widest vector registers the host has, as the asm names them.
var hostVectorRegister: String { TargetMachine.hostCPUFeatures.contains("+avx512f") ? "zmm" : "ymm" }
var hostHasAVX512: Bool { hostVectorRegister == "zmm" }

typealias AddFn = @convention(c) (UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64) -> Void
typealias ExpFn = @convention(c) (UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64) -> Int32
typealias SumFn = @convention(c) (UnsafePointer<Float>?, Int64) -> Float
typealias DotFn = @convention(c) (UnsafePointer<Float>?, UnsafePointer<Float>?, Int32) -> Float

/// The symbols the test module exports.
let exportedKernels = ["add", "exp_all", "sum", "dot"]

/// A counted loop `for i in begin..<end { body(i) }` in `function`, from
/// the builder's current block; leaves the builder in the exit block and
/// returns the latch branch.
@discardableResult
func emitLoop(
  _ b: LLBuilder, in function: LLFunction, from begin: LLValue, to end: LLValue, hints: LoopHints? = nil,
  carried: [(initial: LLValue, type: LLType)] = [],
  body: (LLValue, [LLValue]) throws -> [LLValue]
) rethrows -> (latch: LLValue, results: [LLValue]) {
  let c = b.context
  let entry = b.insertBlock!
  let loop = function.appendBlock("loop"), exit = function.appendBlock("exit")
  let header = b.icmp(.slt, begin, end)
  b.condBr(header, then: loop, else: exit)
  b.position(atEndOf: loop)
  let i = b.phi(c.i64, name: "i")
  let phis = carried.map { b.phi($0.type) }
  let next = try body(i, phis)
  let iNext = b.addNSW(i, c.constInt(c.i64, 1), name: "i.next")
  let done = b.icmp(.eq, iNext, end)
  let latchBlock = b.insertBlock!
  let latch = b.condBr(done, then: exit, else: loop)
  if let hints { latch.setLoopHints(hints) }
  b.addIncoming(i, [(begin, entry), (iNext, latchBlock)])
  for (k, phi) in phis.enumerated() { b.addIncoming(phi, [(carried[k].initial, entry), (next[k], latchBlock)]) }
  b.position(atEndOf: exit)
  let results = carried.enumerated().map { k, value -> LLValue in
    let result = b.phi(value.type)
    b.addIncoming(result, [(value.initial, entry), (next[k], latchBlock)])
    return result
  }
  return (latch, results)
}

/// Builds the test module: `add`, `exp_all` (+ `exp_body`), `sum`, `dot`.
func buildKernels(_ c: LLContext, wide: Bool = hostHasAVX512) throws -> LLModule {
  let m = LLModule(name: "kernels", context: c)
  let b = LLBuilder(context: c)
  let f32 = c.f32, i64 = c.i64, ptr = c.ptr, i32 = c.i32
  let vectorWidth = wide ? 16 : 8

  func exported(_ name: String, _ type: LLType) throws -> LLFunction {
    let f = m.addFunction(name, type: type)
    try f.addAttribute("nounwind")
    if wide { f.addStringAttribute("prefer-vector-width", "512") }
    return f
  }

  // void add(const float *a, const float *b, float *c, i64 n)
  do {
    let f = try exported("add", c.function([ptr, ptr, ptr, i64], returning: c.void))
    for p in 0..<3 { try f.addAttribute("noalias", at: .param(p)) }
    b.position(atEndOf: f.appendBlock("entry"))
    emitLoop(b, in: f, from: c.constInt(i64, 0), to: f.param(3)) { i, _ in
      let x = b.load(f32, from: b.gep(f32, f.param(0), [i]), alignment: 4)
      let y = b.load(f32, from: b.gep(f32, f.param(1), [i]), alignment: 4)
      b.store(b.fadd(x, y), to: b.gep(f32, f.param(2), [i]), alignment: 4)
      return []
    }
    b.retVoid()
  }

  // i32 exp_all(const float *a, float *c, i64 n): parallel_for over exp_body.
  do {
    let expf = m.declareFunction("expf", type: c.function([f32], returning: f32))
    for attribute in ["nounwind", "willreturn"] { try expf.addAttribute(attribute) }
    try expf.addAttribute("memory", value: 0)
    let isa = wide ? "e" : "d"
    let variantName = "_ZGV\(isa)N\(vectorWidth)v_expf"
    let vector = c.vector(f32, vectorWidth)
    let variant = m.declareFunction(variantName, type: c.function([vector], returning: vector))
    m.setCompilerUsed([variant.value])

    let task = c.function([ptr, i64, i64], returning: i32)
    let body = m.addFunction("exp_body", type: task)
    body.setLinkage(.internal)
    try body.addAttribute("nounwind")
    if wide { body.addStringAttribute("prefer-vector-width", "512") }
    b.position(atEndOf: body.appendBlock("entry"))
    let context = c.structType([ptr, ptr])
    let a = b.load(ptr, from: b.gep(context, body.param(0), [c.constInt(i32, 0), c.constInt(i32, 0)]), alignment: 8)
    let out = b.load(ptr, from: b.gep(context, body.param(0), [c.constInt(i32, 0), c.constInt(i32, 1)]), alignment: 8)
    emitLoop(b, in: body, from: body.param(1), to: body.param(2), hints: LoopHints(vectorizeEnable: true)) { i, _ in
      let x = b.load(f32, from: b.gep(f32, a, [i]), alignment: 4)
      let y = b.call(expf, [x])
      y.addCallSiteStringAttribute("vector-function-abi-variant", "\(variantName)(\(variantName))")
      b.store(y, to: b.gep(f32, out, [i]), alignment: 4)
      return []
    }
    b.ret(c.constInt(i32, 0))

    let parallelFor = m.declareFunction("ftc_rt_parallel_for", type: c.function([i64, i64, ptr, ptr], returning: i32))
    let f = try exported("exp_all", c.function([ptr, ptr, i64], returning: i32))
    b.position(atEndOf: f.appendBlock("entry"))
    let slot = b.alloca(context, alignment: 8)
    b.store(f.param(0), to: b.gep(context, slot, [c.constInt(i32, 0), c.constInt(i32, 0)]), alignment: 8)
    b.store(f.param(1), to: b.gep(context, slot, [c.constInt(i32, 0), c.constInt(i32, 1)]), alignment: 8)
    b.ret(b.call(parallelFor, [f.param(2), c.constInt(i64, 4096), body.value, slot]))
  }

  // float sum(const float *a, i64 n): a reduction with reassoc+contract.
  do {
    let f = try exported("sum", c.function([ptr, i64], returning: f32))
    b.position(atEndOf: f.appendBlock("entry"))
    let (_, results) = try emitLoop(
      b, in: f, from: c.constInt(i64, 0), to: f.param(1), carried: [(c.constFloat(f32, 0), f32)]
    ) { i, acc in
      let x = b.load(f32, from: b.gep(f32, f.param(0), [i]), alignment: 4)
      let s = b.fadd(acc[0], x)
      try s.setFastMath([.reassoc, .contract])
      return [s]
    }
    b.ret(results[0])
  }

  // float dot(const float *x, const float *y, i32 n) through cblas_sdot.
  do {
    let sdot = m.declareFunction("cblas_sdot", type: c.function([i32, ptr, i32, ptr, i32], returning: f32))
    let f = try exported("dot", c.function([ptr, ptr, i32], returning: f32))
    b.position(atEndOf: f.appendBlock("entry"))
    let one = c.constInt(i32, 1)
    b.ret(b.call(sdot, [f.param(2), f.param(0), one, f.param(1), one]))
  }
  try m.verify()
  return m
}

/// Seeded pseudo-random floats in [-range, range].
func randomFloats(_ count: Int, seed: UInt64, range: Float = 10) -> [Float] {
  var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
  return (0..<count).map { _ in
    state ^= state << 13; state ^= state >> 7; state ^= state << 17
    return (Float(state >> 40) / Float(1 << 24) * 2 - 1) * range
  }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func increment() { lock.lock(); count += 1; lock.unlock() }
  var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// Runs `body(index)` on `threads` new threads that start together; waits
/// for all of them and rethrows the first error.
func runConcurrently(threads: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
  let start = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
  final class Errors: @unchecked Sendable {
    let lock = NSLock()
    var first: Error?
  }
  let errors = Errors()
  for index in 0..<threads {
    let thread = Thread {
      start.wait()
      do { try body(index) } catch {
        errors.lock.lock()
        if errors.first == nil { errors.first = error }
        errors.lock.unlock()
      }
      done.signal()
    }
    thread.stackSize = 1 << 20
    thread.start()
  }
  for _ in 0..<threads { start.signal() }
  for _ in 0..<threads { done.wait() }
  if let error = errors.first { throw error }
}
