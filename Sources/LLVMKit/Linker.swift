/// `Linker`: turns object files into a self-contained shared object (or a
/// static library) by running binutils' `ld.gold` (or `ld`) directly, or a C compiler
/// driver (`FTC_CC`) when one is named, with an argument array through
/// posix_spawn (Subprocess.swift; never a shell). The runtime is compiled once, when
/// ftc is built (the RuntimeObject plugin embeds its object as
/// `RuntimeObjects`), so linking runs no compiler and works from any
/// directory. Without a driver there are no crt files: the shared object
/// gets `__dso_handle` and its finalizer from a second embedded object
/// (Runtime/shared_object/ftc_dso_handle.c). A version script exports only
/// the requested symbols; the linker writes into a private temporary
/// directory and the result is written to its destination by FileIO's one
/// output mechanism. ld reads OpenBLAS's link stub, made when ftc was built
/// (`libraryArguments`), instead of the real library.
import FileIO
import Foundation

/// The linker failed or is missing; `message` holds its diagnostics.
public struct LinkerError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

public struct Linker: Sendable {
  /// What links the objects.
  public enum Tool: Sendable, Equatable {
    /// binutils' `ld.gold` (else `ld`) on `PATH`, run directly (no
    /// compiler driver).
    case systemLinker
    /// A C compiler driver (`FTC_CC`): a name looked up on `PATH` or a path.
    case compilerDriver(String)
  }

  public var tool: Tool
  /// Libraries every shared object links (spec section 6 allows these).
  public var libraries = ["openblas", "mvec", "m", "pthread"]

  public init(tool: Tool = .systemLinker) { self.tool = tool }

  /// The embedded runtime objects, decoded once per process.
  static let runtimeBytes = Data(base64Encoded: RuntimeObjects.runtime).map { Array($0) } ?? []
  static let dsoHandleBytes = Data(base64Encoded: RuntimeObjects.dsoHandle).map { Array($0) } ?? []
  /// OpenBLAS's link stub (ftc-embed-runtime): its soname and its `cblas_*`,
  /// `openblas_*` functions only; empty when it could not be made.
  static let openblasStubBytes = Data(base64Encoded: RuntimeObjects.openblasStub).map { Array($0) } ?? []

  /// The linker arguments naming `libraries`: `-lNAME`, except OpenBLAS,
  /// read from its stub (written into `directory`) when ld links directly:
  /// the stub gives the same DT_NEEDED entry and symbols, and ld skips
  /// reading the real library's 15,000 dynamic symbols.
  func libraryArguments(in directory: String) throws -> [String] {
    try libraries.map { name in
      guard name == "openblas", tool == .systemLinker, !Linker.openblasStubBytes.isEmpty else { return "-l" + name }
      let stub = directory + "/libopenblas-stub.so"
      try writeScratchFile(Linker.openblasStubBytes, to: stub)
      return stub
    }
  }

  /// Writes the runtime object (compiled when ftc was built) to
  /// `directory/ftc_runtime.o` and returns its path.
  public func runtimeObject(in directory: String) throws -> String {
    guard !Linker.runtimeBytes.isEmpty, !Linker.dsoHandleBytes.isEmpty else {
      throw LinkerError("internal error: ftc's embedded runtime object is corrupt (rebuild ftc)")
    }
    let object = directory + "/ftc_runtime.o"
    try writeScratchFile(Linker.runtimeBytes, to: object)
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
    let executable = try resolve()
    let work = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(work) }
    let runtime = try runtimeObject(in: work)
    let script = work + "/exports.map"
    let entries = exportedSymbols.map { "    \($0);\n" }.joined()
    try writeScratchFile(Array("{\n  global:\n\(entries)  local: *;\n};\n".utf8), to: script)

    let linked = work + "/linked.so"
    let libraries = try libraryArguments(in: work)
    switch tool {
    case .systemLinker:
      let dsoHandle = work + "/ftc_dso_handle.o"
      try writeScratchFile(Linker.dsoHandleBytes, to: dsoHandle)
      // What `cc -shared` passes, less the crt files (dsoHandle stands in).
      var arguments = ["-shared", "--eh-frame-hdr", "--hash-style=gnu", "-z", "relro", "-z", "noexecstack", "-o", linked]
      arguments += objects + [runtime, dsoHandle]
      arguments += ["--version-script=" + script, "--exclude-libs", "ALL", "--as-needed", "-z", "defs"]
      try run(executable, arguments + libraries + ["-lc"], what: "linking")
    case .compilerDriver:
      var arguments = ["-shared", "-o", linked] + objects + [runtime]
      arguments += ["-Wl,--version-script=" + script, "-Wl,--exclude-libs,ALL", "-Wl,--as-needed", "-Wl,-z,defs"]
      try run(executable, arguments + libraries, what: "linking")
    }
    return try InputFile(path: linked).read(atMost: Int.max)
  }

  /// The bytes of a static library (`.a`) holding one object: `objects` and
  /// the runtime linked together (`ld -r`), every symbol but
  /// `exportedSymbols` made local (`objcopy`), so two libraries' runtimes
  /// never clash in one program. The program links the libraries of
  /// `libraries` itself.
  public func linkStaticLibrary(objects: [String], exportedSymbols: [String]) throws -> [UInt8] {
    for symbol in exportedSymbols where !isCIdentifier(symbol) {
      throw LinkerError("cannot export '\(symbol)': not a C identifier")
    }
    let executable = try resolve()
    let work = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(work) }
    let runtime = try runtimeObject(in: work)
    let combined = work + "/module.o", archive = work + "/module.a"
    let relocatable = tool == .systemLinker ? ["-r"] : ["-r", "-nostdlib"]
    try run(executable, relocatable + ["-o", combined] + objects + [runtime], what: "linking the library's object")
    try run(try findOnPath("objcopy", purpose: "hides the runtime's symbols in static libraries with it"),
            exportedSymbols.map { "--keep-global-symbol=" + $0 } + [combined], what: "hiding the runtime's symbols")
    try run(try findOnPath("ar", purpose: "makes static libraries with it"), ["rcsD", archive, combined], what: "making the archive")
    return try InputFile(path: archive).read(atMost: Int.max)
  }

  /// Runs `executable arguments` (posix_spawn, Subprocess.swift); a
  /// non-zero exit becomes a `LinkerError` with its output.
  func run(_ executable: String, _ arguments: [String], what: String) throws {
    let result: SubprocessResult
    do {
      result = try runSubprocess(executable, arguments)
    } catch let error as LinkerError {
      throw LinkerError("\(what): \(error.message)")
    }
    guard result.exitedNormally, result.status == 0 else {
      let text = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw LinkerError("\(what): \(executable) failed (status \(result.status))\(text.isEmpty ? "" : ":\n" + text)")
    }
  }

  /// The tool's executable: `ld` on `PATH`, or the compiler driver (itself
  /// if it contains a slash, else found on `PATH`).
  func resolve() throws -> String {
    switch tool {
    case .systemLinker:
      // gold links these small objects in a fifth of bfd's time; both
      // come with binutils, gold is optional (newer binutils drop it).
      if let gold = try? findOnPath("ld.gold", purpose: "") { return gold }
      return try findOnPath("ld", purpose: "links shared objects with it: install binutils, or set FTC_CC to a C compiler driver")
    case .compilerDriver(let cc):
      if cc.contains("/") {
        guard FileManager.default.isExecutableFile(atPath: cc) else {
          throw LinkerError("C compiler not found: \(cc) (FTC_CC names the C compiler driver ftc links shared objects with; unset it to link with ld)")
        }
        return cc
      }
      return try findOnPath(cc, purpose: "links shared objects with it, as FTC_CC says: install it, or unset FTC_CC to link with ld")
    }
  }
}

/// `name`'s path on `PATH`, or an error saying what ftc needs it for.
func findOnPath(_ name: String, purpose: String) throws -> String {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
  for directory in path.split(separator: ":") where !directory.isEmpty {
    let candidate = directory + "/" + name
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  throw LinkerError("'\(name)' not found on PATH (ftc \(purpose))")
}

func isCIdentifier(_ name: String) -> Bool {
  guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
    return false
  }
  return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
}
