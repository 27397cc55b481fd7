/// `Linker`: turns object files into a self-contained shared object by
/// running the system C compiler driver (`cc`) with an argument array
/// through Foundation's `Process` (never a shell). The runtime travels with
/// ftc as source (`RuntimeSource`) and is compiled here with
/// `cc -O2 -fPIC -fvisibility=hidden`, so linking works from any directory.
/// A version script exports only the requested symbols; the linker writes
/// into a private temporary directory and the result is written to its
/// destination by FileIO's one output mechanism.
import FileIO
import Foundation

/// The C compiler or linker failed or is missing; `message` holds its
/// diagnostics.
public struct LinkerError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

public struct Linker: Sendable {
  /// The C compiler driver: a name looked up on `PATH` or a path.
  public var cc: String
  /// Libraries every shared object links (spec section 6 allows these).
  public var libraries = ["openblas", "mvec", "m", "pthread"]

  public init(cc: String = "cc") { self.cc = cc }

  /// The runtime objects compiled so far in this process, by C compiler
  /// path (a process that links several objects compiles the runtime once).
  private static let runtimeCache = RuntimeCache()

  /// Writes the runtime object, compiled by `cc` (once per process), to
  /// `directory/ftc_runtime.o` and returns its path.
  func runtimeObject(in directory: String) throws -> String {
    let key = try resolveExecutable()
    let object = directory + "/ftc_runtime.o"
    if let bytes = Linker.runtimeCache.get(key) {
      try writeScratchFile(bytes, to: object)
      return object
    }
    let made = try compileRuntime(in: directory)
    if let data = FileManager.default.contents(atPath: made) { Linker.runtimeCache.set(key, Array(data)) }
    return made
  }

  /// Compiles the runtime now unless this process already did (for `cc`),
  /// so that `linkSharedObject` only links: the pipeline times the two apart.
  public func buildRuntime() throws {
    if Linker.runtimeCache.get(try resolveExecutable()) != nil { return }
    let work = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: work) }
    _ = try runtimeObject(in: work)
  }

  /// Compiles the embedded runtime into `directory/ftc_runtime.o` and
  /// returns its path.
  public func compileRuntime(in directory: String) throws -> String {
    let source = directory + "/ftc_runtime.c"
    let object = directory + "/ftc_runtime.o"
    try writeScratchFile(Array(RuntimeSource.header.utf8) + [10], to: directory + "/ftc_runtime.h")
    try writeScratchFile(Array(RuntimeSource.source.utf8) + [10], to: source)
    try run([
      "-std=c11", "-O2", "-fPIC", "-fvisibility=hidden", "-c", source, "-o", object,
    ], what: "compiling the runtime")
    return object
  }

  /// Links `objects` and the runtime into the shared object `output`
  /// (written as spec section 7 says), exporting exactly `exportedSymbols`.
  public func linkSharedObject(objects: [String], exportedSymbols: [String], output: String) throws {
    _ = try FileIO.OutputFiles(destinations: [output])  // refuse a bad destination before linking
    try writeFile(try linkSharedObject(objects: objects, exportedSymbols: exportedSymbols), to: output)
  }

  /// The bytes of a shared object linking `objects` and the runtime,
  /// exporting exactly `exportedSymbols` (C identifiers).
  public func linkSharedObject(objects: [String], exportedSymbols: [String]) throws -> [UInt8] {
    for symbol in exportedSymbols where !isCIdentifier(symbol) {
      throw LinkerError("cannot export '\(symbol)': not a C identifier")
    }
    let work = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(work) }
    let runtime = try runtimeObject(in: work)
    let script = work + "/exports.map"
    let entries = exportedSymbols.map { "    \($0);\n" }.joined()
    try writeScratchFile(Array("{\n  global:\n\(entries)  local: *;\n};\n".utf8), to: script)

    let linked = work + "/linked.so"
    var arguments = ["-shared", "-o", linked] + objects + [runtime]
    arguments += ["-Wl,--version-script=" + script, "-Wl,--exclude-libs,ALL", "-Wl,--as-needed", "-Wl,-z,defs"]
    arguments += libraries.map { "-l" + $0 }
    try run(arguments, what: "linking")
    return try InputFile(path: linked).read(atMost: Int.max)
  }

  /// The bytes of a static library (`.a`) holding one object: `objects` and
  /// the runtime linked together (`cc -r`), every symbol but
  /// `exportedSymbols` made local (`objcopy`), so two libraries' runtimes
  /// never clash in one program. The program links the libraries of
  /// `libraries` itself.
  public func linkStaticLibrary(objects: [String], exportedSymbols: [String]) throws -> [UInt8] {
    for symbol in exportedSymbols where !isCIdentifier(symbol) {
      throw LinkerError("cannot export '\(symbol)': not a C identifier")
    }
    let work = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(work) }
    let runtime = try runtimeObject(in: work)
    let combined = work + "/module.o", archive = work + "/module.a"
    try run(["-r", "-nostdlib", "-o", combined] + objects + [runtime], what: "linking the library's object")
    try run(exportedSymbols.map { "--keep-global-symbol=" + $0 } + [combined], what: "hiding the runtime's symbols",
            executable: try Linker(cc: "objcopy").resolveExecutable())
    try run(["rcsD", archive, combined], what: "making the archive", executable: try Linker(cc: "ar").resolveExecutable())
    return try InputFile(path: archive).read(atMost: Int.max)
  }

  /// Runs `cc arguments` (or `executable`); a non-zero exit becomes a
  /// `LinkerError` with its output.
  func run(_ arguments: [String], what: String, executable given: String? = nil) throws {
    let executable = try given ?? resolveExecutable()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw LinkerError("\(what): cannot run \(executable): \(error.localizedDescription)")
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw LinkerError("\(what): \(given ?? cc) failed (status \(process.terminationStatus))\(text.isEmpty ? "" : ":\n" + text)")
    }
  }

  /// `cc` as a path: itself if it contains a slash, else found on `PATH`.
  func resolveExecutable() throws -> String {
    let files = FileManager.default
    if cc.contains("/") {
      guard files.isExecutableFile(atPath: cc) else { throw LinkerError("C compiler not found: \(cc) (ftc links shared objects with it; set FTC_CC to a C compiler driver)") }
      return cc
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = directory + "/" + cc
      if files.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw LinkerError("C compiler '\(cc)' not found on PATH (ftc links shared objects with it: install a C toolchain, e.g. gcc, or set FTC_CC to one)")
  }
}

/// Compiled runtime objects keyed by compiler path, shared by threads.
private final class RuntimeCache: @unchecked Sendable {
  private let lock = NSLock()
  private var objects: [String: [UInt8]] = [:]
  func get(_ key: String) -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return objects[key] }
  func set(_ key: String, _ bytes: [UInt8]) { lock.lock(); objects[key] = bytes; lock.unlock() }
}

func isCIdentifier(_ name: String) -> Bool {
  guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
    return false
  }
  return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
}
