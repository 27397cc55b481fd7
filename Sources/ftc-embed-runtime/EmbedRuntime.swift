/// `ftc-embed-runtime --include DIR --output OUT.swift runtime.c dso_handle.c`:
/// run by the RuntimeObject build-tool plugin when ftc is built. Compiles
/// each C file with the C compiler driver (`CC` from the environment, else
/// `cc` on `PATH`) into a position-independent object with hidden
/// visibility, and writes a Swift source holding the objects' bytes in
/// base64 (`RuntimeObjects.runtime`, `RuntimeObjects.dsoHandle`), and
/// `RuntimeObjects.openblasStub`: a stub shared object with OpenBLAS's
/// soname that defines only its `cblas_*` and `openblas_*` functions (empty
/// when OpenBLAS or binutils' `nm`/`objdump` is missing). ftc's linker reads
/// it instead of the real library: reading the real one's 15,000 dynamic
/// symbols was two thirds of ld.gold's time (17 ms of 26 ms CPU); the shared
/// object it links is the same (DT_NEEDED libopenblas.so.0, the same
/// undefined symbols).
import Foundation

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("ftc-embed-runtime: \(message)\n".utf8))
  exit(1)
}

func compilerDriver() -> String {
  let environment = ProcessInfo.processInfo.environment
  if let cc = environment["CC"], !cc.isEmpty, cc.contains("/") { return cc }
  let name = environment["CC"].flatMap { $0.isEmpty ? nil : $0 } ?? "cc"
  let path = (environment["PATH"] ?? "") + ":/usr/local/bin:/usr/bin:/bin"
  for directory in path.split(separator: ":") {
    let candidate = directory + "/" + name
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  fail("no C compiler driver '\(name)' on PATH (install gcc or clang, or set CC)")
}

/// Runs `executable arguments`; its standard output, or nil when it fails.
func output(of executable: String, _ arguments: [String]) -> String? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationReason == .exit, process.terminationStatus == 0 else { return nil }
  return String(decoding: data, as: UTF8.self)
}

func onPath(_ name: String) -> String? {
  let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/local/bin:/usr/bin:/bin"
  return path.split(separator: ":").map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// The OpenBLAS link stub's bytes (see the header), or nil.
func openblasStub(with cc: String, in scratch: String) -> [UInt8]? {
  guard let library = output(of: cc, ["-print-file-name=libopenblas.so"])?.trimmingCharacters(in: .whitespacesAndNewlines),
        library.hasPrefix("/"), let nm = onPath("nm"), let objdump = onPath("objdump"),
        let symbols = output(of: nm, ["-D", "--defined-only", library]),
        let headers = output(of: objdump, ["-p", library])
  else { return nil }
  let soname = headers.split(separator: "\n").compactMap { line -> String? in
    let fields = line.split(separator: " ")
    return fields.count == 2 && fields[0] == "SONAME" ? String(fields[1]) : nil
  }.first
  let functions = symbols.split(separator: "\n").compactMap { line -> String? in
    let fields = line.split(separator: " ")
    guard fields.count == 3, fields[1] == "T" else { return nil }
    let name = String(fields[2])
    return name.hasPrefix("cblas_") || name.hasPrefix("openblas_") ? name : nil
  }
  guard let soname, functions.contains("cblas_sgemm") else { return nil }
  let source = scratch + "/openblas_stub.c", stub = scratch + "/openblas_stub.so"
  let text = functions.map { "void \($0)(void) {}\n" }.joined()
  guard FileManager.default.createFile(atPath: source, contents: Data(text.utf8)),
        output(of: cc, ["-shared", "-nostdlib", "-fPIC", "-Wl,-soname," + soname, "-o", stub, source]) != nil,
        let bytes = FileManager.default.contents(atPath: stub)
  else { return nil }
  return Array(bytes)
}

func compile(_ source: String, include: String, into object: String, with cc: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: cc)
  process.arguments = ["-std=c11", "-O2", "-fPIC", "-fvisibility=hidden", "-I", include, "-c", source, "-o", object]
  do { try process.run() } catch { fail("cannot run \(cc): \(error)") }
  process.waitUntilExit()
  guard process.terminationReason == .exit, process.terminationStatus == 0 else { fail("\(cc) failed on \(source)") }
}

/// An `@main` type rather than top-level code, so the tool also builds when
/// `-parse-as-library` is passed to every module (as `Tools/libfuzz` does).
@main
enum EmbedRuntime {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.count == 6, arguments[0] == "--include", arguments[2] == "--output" else {
      fail("usage: ftc-embed-runtime --include DIR --output OUT.swift RUNTIME.c DSO_HANDLE.c")
    }
    let include = arguments[1], output = arguments[3]
    let sources = Array(arguments[4...])

    let cc = compilerDriver()
    // The objects go next to the output, in the plugin's work directory.
    let scratch = URL(fileURLWithPath: output).deletingLastPathComponent().appendingPathComponent("objects").path
    do { try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true) } catch { fail("cannot create \(scratch): \(error)") }
    var encoded: [String] = []
    for (index, source) in sources.enumerated() {
      let object = scratch + "/\(index).o"
      compile(source, include: include, into: object, with: cc)
      guard let bytes = FileManager.default.contents(atPath: object) else { fail("\(cc) wrote no object for \(source)") }
      encoded.append(bytes.base64EncodedString())
    }
    let stub = openblasStub(with: cc, in: scratch).map { Data($0).base64EncodedString() } ?? ""
    let text = """
      // Generated when ftc is built (Plugins/RuntimeObject, Sources/ftc-embed-runtime); not in git.

      /// The C runtime compiled with `cc -std=c11 -O2 -fPIC -fvisibility=hidden`, as base64.
      enum RuntimeObjects {
        /// Runtime/ftc_runtime.c: linked into every shared object and static library.
        static let runtime = "\(encoded[0])"
        /// Runtime/shared_object/ftc_dso_handle.c: `__dso_handle` and its
        /// finalizer, for shared objects linked without crt files.
        static let dsoHandle = "\(encoded[1])"
        /// OpenBLAS's link stub (its soname, its cblas_* and openblas_*
        /// functions; empty if it could not be made): what ld reads instead of
        /// the real library.
        static let openblasStub = "\(stub)"
      }

      """
    do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch { fail("cannot write \(output): \(error)") }
  }
}
