/// Calls into a shared object as its users do (spec section 6): the bytes
/// `ftc compile` would write are put in a private temporary file, loaded
/// with `dlopen`, and each exported function is found with `dlsym` under its
/// (prefixed) symbol and called with the C ABI, argument buffers then result
/// buffers. Used by the differential fuzzer to compare the shared object
/// with the interpreter (the JIT has its own, packed, entries).
///
///   let so = try SharedObjectModule(bytes: c.sharedObject!, module: m)
///   let results = try so.run("f", [x, y])     // checked against @f's signature

import FTIR
import FileIO
import Foundation

public final class SharedObjectModule {
  public let module: Module
  public let prefix: String
  private let handle: UnsafeMutableRawPointer
  private let directory: String

  /// The most buffers (arguments plus results) `run` passes to one function.
  public static let maxBuffers = 24

  public init(bytes: [UInt8], module m: Module, prefix: String = "") throws {
    module = m
    self.prefix = prefix
    directory = try makeTemporaryDirectory()
    let path = directory + "/module.so"
    do {
      try writeScratchFile(bytes, to: path)
    } catch {
      removeTemporaryDirectory(directory)
      throw error
    }
    guard let h = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
      let why = dlerror().map { String(cString: $0) } ?? "unknown error"
      removeTemporaryDirectory(directory)
      throw CompiledCallError("cannot load the shared object: \(why)")
    }
    handle = h
  }

  deinit {
    dlclose(handle)
    removeTemporaryDirectory(directory)
  }

  /// The JSON the object's `ftc_metadata()` returns.
  public func metadata() throws -> String {
    typealias Metadata = @convention(c) () -> UnsafePointer<CChar>?
    let f = unsafeBitCast(try symbol(Names.metadataSymbol(prefix: prefix)), to: Metadata.self)
    guard let text = f() else { throw CompiledCallError("\(Names.metadataSymbol(prefix: prefix))() returned NULL") }
    return String(cString: text)
  }

  /// Calls exported function `name` on `args` (checked against its signature).
  public func run(_ name: String, _ args: [HostTensor]) throws -> [HostTensor] {
    guard let f = module.function(named: name), f.transform == nil, !f.isPrivate else {
      throw CompiledCallError("no exported function @\(name) in module @\(module.name)")
    }
    let sig = f.signature
    if let problem = sig.argumentProblem(args.map(\.type), function: name) { throw CompiledCallError(problem) }
    guard args.count + sig.results.count <= Self.maxBuffers else {
      throw CompiledCallError("@\(name) takes \(args.count + sig.results.count) buffers; calls from Swift pass at most \(Self.maxBuffers)")
    }
    let entry = try symbol(prefix + name)
    var buffers: [UnsafeMutableRawPointer] = args.map(hostBytes)
    defer { for p in buffers { p.deallocate() } }
    for t in sig.results {
      buffers.append(UnsafeMutableRawPointer.allocate(byteCount: max(1, t.elementCount * t.dtype.byteSize), alignment: 64))
    }
    let status = callWithBuffers(entry, buffers)
    guard status == 0 else { throw CompiledCallError(function: name, status: status) }
    return sig.results.enumerated().map { j, t in tensor(from: buffers[args.count + j], t) }
  }

  private func symbol(_ name: String) throws -> UnsafeMutableRawPointer {
    guard let p = dlsym(handle, name) else { throw CompiledCallError("the shared object exports no symbol \(name)") }
    return p
  }
}

/// Calls the C function at `f`, `int32_t f(void *b0, ..., void *bN)`, with
/// `b` (at most `SharedObjectModule.maxBuffers` pointers): C has no call
/// with a run-time argument count, so one function type per count.
private func callWithBuffers(_ f: UnsafeMutableRawPointer, _ b: [UnsafeMutableRawPointer]) -> Int32 {
  typealias P = UnsafeMutableRawPointer
  func c<T>(_ type: T.Type) -> T { unsafeBitCast(f, to: type) }
  switch b.count {
  case 0: return c((@convention(c) () -> Int32).self)()
  case 1:
    return c((@convention(c) (P) -> Int32).self)(
      b[0])
  case 2:
    return c((@convention(c) (P, P) -> Int32).self)(
      b[0], b[1])
  case 3:
    return c((@convention(c) (P, P, P) -> Int32).self)(
      b[0], b[1], b[2])
  case 4:
    return c((@convention(c) (P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3])
  case 5:
    return c((@convention(c) (P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4])
  case 6:
    return c((@convention(c) (P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5])
  case 7:
    return c((@convention(c) (P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6])
  case 8:
    return c((@convention(c) (P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7])
  case 9:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8])
  case 10:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9])
  case 11:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10])
  case 12:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11])
  case 13:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12])
  case 14:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13])
  case 15:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14])
  case 16:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])
  case 17:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16])
  case 18:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17])
  case 19:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18])
  case 20:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18], b[19])
  case 21:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18], b[19], b[20])
  case 22:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18], b[19], b[20], b[21])
  case 23:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18], b[19], b[20], b[21], b[22])
  case 24:
    return c((@convention(c) (P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P) -> Int32).self)(
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18], b[19], b[20], b[21], b[22], b[23])
  default: preconditionFailure("callWithBuffers: \(b.count) buffers (checked by the caller)")
  }
}
