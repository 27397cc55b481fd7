/// Test support for compiled shared objects: scratch directories, running
/// programs (an argument array, never a shell), compiling modules with
/// `Commands.compile`, loading them with dlopen and calling their functions
/// through the C ABI of spec section 6 with buffers placed at chosen offsets.
import Codegen
import FTCTool
import Pipeline
import Foundation
import Testing
@testable import FTIR

#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory under the system's temporary directory.
struct ScratchDir: Sendable {
  let path: String
  init(_ tag: String = "ftc-abi") throws {
    var template = Array((NSTemporaryDirectory() + "/\(tag)-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp: \(String(cString: strerror(errno)))") }
    path = String(cString: made)
  }
  func file(_ name: String) -> String { path + "/" + name }
  func contents() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
  func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

struct TestFailure: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = message }
}

/// What a program printed and how it ended.
struct ProcessOutput {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `executable` (a path, or a name looked up on PATH) with `arguments`;
/// `environment` entries are added to (or, with a nil value, removed from) this process's.
func runProgram(_ executable: String, _ arguments: [String], environment: [String: String?] = [:],
                directory: String? = nil) throws -> ProcessOutput {
  guard let path = executable.contains("/") ? executable : findOnPath(executable) else {
    throw TestFailure("\(executable) not found on PATH")
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  for (k, v) in environment { env[k] = v }
  process.environment = env
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  try process.run()
  // Read both pipes at once so neither fills up and blocks the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var errData = Data()
  DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
  return ProcessOutput(status: status, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
}

func findOnPath(_ name: String) -> String? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
    return "\(dir)/\(name)"
  }
  return nil
}

enum Python {
  /// `python3` when it can import numpy, else nil (tests that need it are skipped).
  static let withNumpy: String? = {
    guard let python = findOnPath("python3"),
          let r = try? runProgram(python, ["-c", "import numpy"]), r.status == 0 else { return nil }
    return python
  }()
  static let skipNote: Comment = "python3 with numpy not found (Tools/bootstrap installs python3-numpy)"
}

/// A module compiled with `ftc compile --header` into its own directory.
struct CompiledObject: Sendable {
  let dir: ScratchDir
  let library: String
  let header: String
  let source: String
  let prefix: String

  /// The module as the interpreter runs it (transforms expanded).
  func module() throws -> Module {
    try load(source, file: "t.ftir").flatMap(Pipeline.expand).get()
  }
}

/// Compiles `source` (or the file at `path`) with `Commands.compile` to `lib<name>.so` and `<name>.h`.
func compileObject(source: String, name: String, prefix: String = "", cpu: String = "host") throws -> CompiledObject {
  let dir = try ScratchDir()
  let input = dir.file(name + ".ftir")
  try source.write(toFile: input, atomically: true, encoding: .utf8)
  let library = dir.file("lib\(name).so"), header = dir.file(name + ".h")
  let r = Commands.compile(path: input, output: library, header: header,
                           config: CompileConfig(cpu: cpu, prefix: prefix))
  guard r.status == 0 else { throw TestFailure("ftc compile \(name) failed (\(r.status)):\n\(r.stderr)") }
  return CompiledObject(dir: dir, library: library, header: header, source: source, prefix: prefix)
}

/// Scratch directories of the shared fixtures, removed when the process exits.
nonisolated(unsafe) private var fixtureDirs: [String] = []
private let fixtureLock = NSLock()
private let registerCleanup: Void = { atexit { for d in fixtureDirs { try? FileManager.default.removeItem(atPath: d) } } }()

/// Compiles once per process (tests share the object; Swift initialises each
/// static `let` once, thread-safely).
func sharedFixture(source: String, name: String, prefix: String = "") -> Result<CompiledObject, TestFailure> {
  _ = registerCleanup
  do {
    let o = try compileObject(source: source, name: name, prefix: prefix)
    fixtureLock.lock()
    fixtureDirs.append(o.dir.path)
    fixtureLock.unlock()
    return .success(o)
  } catch let e as TestFailure {
    return .failure(e)
  } catch {
    return .failure(TestFailure("\(error)"))
  }
}

/// One function of `ftc_metadata()`'s JSON.
struct FunctionInfo: Equatable {
  var name: String
  var symbol: String
  var inputs: [TensorType]
  var outputs: [TensorType]
  /// The names of the inputs and outputs, in order.
  var inputNames: [String] = []
  var outputNames: [String] = []
}

/// The parsed `ftc_metadata()` document (spec section 6).
struct ObjectMetadata {
  var module: String
  var functions: [FunctionInfo]

  init(json: String) throws {
    guard let top = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
          Set(top.keys) == ["module", "functions"],
          let module = top["module"] as? String, let functions = top["functions"] as? [[String: Any]] else {
      throw TestFailure("metadata is not {\"module\", \"functions\"}: \(json)")
    }
    func tensor(_ any: Any) throws -> (name: String, type: TensorType) {
      guard let t = any as? [String: Any], Set(t.keys) == ["name", "dtype", "shape"], let name = t["name"] as? String,
            let d = t["dtype"] as? String, let dtype = DType(rawValue: d), let shape = t["shape"] as? [Int] else {
        throw TestFailure("bad tensor in metadata: \(any)")
      }
      return (name, TensorType(dtype, shape))
    }
    self.module = module
    self.functions = try functions.map { f in
      guard Set(f.keys) == ["name", "symbol", "inputs", "outputs"], let name = f["name"] as? String,
            let symbol = f["symbol"] as? String,
            let inputs = f["inputs"] as? [Any], let outputs = f["outputs"] as? [Any] else {
        throw TestFailure("bad function in metadata: \(f)")
      }
      let ins = try inputs.map(tensor), outs = try outputs.map(tensor)
      return FunctionInfo(name: name, symbol: symbol, inputs: ins.map(\.type), outputs: outs.map(\.type),
                          inputNames: ins.map(\.name), outputNames: outs.map(\.name))
    }
  }

  func function(_ name: String) -> FunctionInfo? { functions.first { $0.name == name } }
}

/// A shared object opened with dlopen (never closed: the tests' objects live
/// as long as the process, as the spec's pool expects of loaded code).
final class LoadedObject: @unchecked Sendable {
  let handle: UnsafeMutableRawPointer
  let metadata: ObjectMetadata
  let metadataText: String

  init(_ path: String, prefix: String = "", flags: Int32 = RTLD_NOW | RTLD_LOCAL) throws {
    guard let h = dlopen(path, flags) else { throw TestFailure("dlopen \(path): \(String(cString: dlerror()))") }
    handle = h
    guard let sym = dlsym(h, prefix + "ftc_metadata") else { throw TestFailure("no \(prefix)ftc_metadata in \(path)") }
    let accessor = unsafeBitCast(sym, to: (@convention(c) () -> UnsafePointer<CChar>?).self)
    guard let text = accessor() else { throw TestFailure("\(prefix)ftc_metadata() returned NULL") }
    metadataText = String(cString: text)
    metadata = try ObjectMetadata(json: metadataText)
  }

  func symbol(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }

  /// Calls the function `name` of the metadata on `args`. Every buffer
  /// starts `offset(dtype)` bytes after a 64-byte boundary; `share` passes
  /// argument i's buffer for argument j too (j -> i); `nullForEmpty` passes
  /// NULL for zero-size tensors. Returns the status and the results (nil when
  /// the status is not 0) and checks i1 results are 0 or 1 bytes.
  func call(_ name: String, _ args: [HostTensor], offset: (DType) -> Int = { _ in 0 },
            share: [Int: Int] = [:], nullForEmpty: Bool = false) throws -> (status: Int32, results: [HostTensor]?) {
    guard let f = metadata.function(name) else { throw TestFailure("no @\(name) in the metadata") }
    guard let fn = symbol(f.symbol) else { throw TestFailure("symbol \(f.symbol) not exported") }
    guard args.map(\.type) == f.inputs else { throw TestFailure("@\(name) takes \(f.inputs), got \(args.map(\.type))") }
    var buffers: [CBuffer] = []
    defer { buffers.forEach { $0.free() } }
    var pointers: [UnsafeMutableRawPointer?] = []
    for (k, a) in args.enumerated() {
      if let i = share[k] { pointers.append(pointers[i]); continue }
      let b = CBuffer(a.type, offset: offset(a.dtype))
      b.store(a)
      buffers.append(b)
      pointers.append(nullForEmpty && a.count == 0 ? nil : b.pointer)
    }
    var results: [CBuffer] = []
    for t in f.outputs {
      let b = CBuffer(t, offset: offset(t.dtype))
      b.poison()
      buffers.append(b)
      results.append(b)
      pointers.append(nullForEmpty && t.elementCount == 0 ? nil : b.pointer)
    }
    let status = callC(fn, pointers)
    guard status == 0 else { return (status, nil) }
    for (b, t) in zip(results, f.outputs) where t.dtype == .i1 {
      let bytes = (0..<t.elementCount).map { b.pointer.load(fromByteOffset: $0, as: UInt8.self) }
      if let bad = bytes.first(where: { $0 > 1 }) { throw TestFailure("@\(name): an i1 result byte is \(bad)") }
    }
    return (status, results.map { $0.load() })
  }
}

/// A C buffer for one tensor, `offset` bytes after a 64-byte aligned block.
struct CBuffer {
  let type: TensorType
  let base: UnsafeMutableRawPointer
  let pointer: UnsafeMutableRawPointer
  var byteCount: Int { type.elementCount * type.dtype.byteSize }

  init(_ type: TensorType, offset: Int) {
    self.type = type
    base = UnsafeMutableRawPointer.allocate(byteCount: type.elementCount * type.dtype.byteSize + offset + 64, alignment: 64)
    pointer = base + offset
  }
  func free() { base.deallocate() }

  /// Fills the buffer with a byte pattern (NaN for floats), so results that are never written show.
  func poison() { pointer.initializeMemory(as: UInt8.self, repeating: 0xFF, count: byteCount) }

  /// Copies a tensor in; i1 elements that are true become bytes 1, 2, ... 255 in turn
  /// (the ABI treats any non-zero byte as true).
  func store(_ t: HostTensor) {
    func copy<T>(_ a: [T]) { a.withUnsafeBytes { if $0.count > 0 { pointer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } } }
    switch t.storage {
    case .f32(let a): copy(a)
    case .f64(let a): copy(a)
    case .i32(let a): copy(a)
    case .i64(let a): copy(a)
    case .i1(let a):
      for (i, x) in a.enumerated() { pointer.storeBytes(of: x ? UInt8(1 + i % 255) : 0, toByteOffset: i, as: UInt8.self) }
    }
  }

  func load() -> HostTensor {
    let n = type.elementCount
    func copy<T>(_: T.Type) -> [T] {
      [T](unsafeUninitializedCapacity: n) { buffer, count in
        if n > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: pointer, byteCount: n * MemoryLayout<T>.size) }
        count = n
      }
    }
    switch type.dtype {
    case .f32: return HostTensor(type: type, storage: .f32(copy(Float.self)))
    case .f64: return HostTensor(type: type, storage: .f64(copy(Double.self)))
    case .i32: return HostTensor(type: type, storage: .i32(copy(Int32.self)))
    case .i64: return HostTensor(type: type, storage: .i64(copy(Int64.self)))
    case .i1: return HostTensor(type: type, storage: .i1((0..<n).map { pointer.load(fromByteOffset: $0, as: UInt8.self) != 0 }))
    }
  }
}

/// Calls a compiled entry point `int32_t f(void *, ...)` with `a.count` pointer arguments.
func callC(_ fn: UnsafeMutableRawPointer, _ a: [UnsafeMutableRawPointer?]) -> Int32 {
  typealias P = UnsafeMutableRawPointer?
  switch a.count {
  case 0: return unsafeBitCast(fn, to: (@convention(c) () -> Int32).self)()
  case 1: return unsafeBitCast(fn, to: (@convention(c) (P) -> Int32).self)(a[0])
  case 2: return unsafeBitCast(fn, to: (@convention(c) (P, P) -> Int32).self)(a[0], a[1])
  case 3: return unsafeBitCast(fn, to: (@convention(c) (P, P, P) -> Int32).self)(a[0], a[1], a[2])
  case 4: return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P) -> Int32).self)(a[0], a[1], a[2], a[3])
  case 5: return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P) -> Int32).self)(a[0], a[1], a[2], a[3], a[4])
  case 6: return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P) -> Int32).self)(a[0], a[1], a[2], a[3], a[4], a[5])
  case 7:
    return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P, P) -> Int32).self)(a[0], a[1], a[2], a[3], a[4], a[5], a[6])
  case 8:
    return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P, P, P) -> Int32).self)(
      a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
  case 9:
    return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P, P, P, P) -> Int32).self)(
      a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8])
  case 10:
    return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9])
  case 11:
    return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10])
  case 12:
    return unsafeBitCast(fn, to: (@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11])
  default:
    preconditionFailure("callC: \(a.count) arguments (extend the switch)")
  }
}

/// The C compiler the tests build programs with.
let testCC = findOnPath("cc") ?? "/usr/bin/cc"
