import Foundation
import Testing
@testable import FTIR
import FileIO
import FTCTool

#if canImport(Glibc)
import Glibc
#endif

/// Issue #9 items 1 and 8 (spec section 7): what ftc writes and reads.
/// Regular files are replaced atomically (a symlink kept, its target
/// replaced); devices and FIFOs are written directly; directories and the
/// command's own inputs are refused with 64 and nothing is written. Inputs
/// are read with a bound, pipes and /dev/zero included.
@Suite struct OutputSafetyTests {
  static let source = "func @f(%x: f32[2]) -> f32[2] {\n  %y = add %x, %x : f32[2]\n  return %y\n}\n"

  static func fileType(_ path: String, followLinks: Bool = true) -> mode_t {
    var st = stat()
    let ok = followLinks ? stat(path, &st) : lstat(path, &st)
    return ok == 0 ? st.st_mode & S_IFMT : 0
  }

  static func setUp() throws -> (ScratchDir, src: String, npy: String) {
    let dir = try ScratchDir("ftc-out")
    let src = dir.file("f.ftir")
    try source.write(toFile: src, atomically: true, encoding: .utf8)
    let npy = dir.file("x.npy")
    try Data(writeNPY(HostTensor([1, 2] as [Float], shape: [2]))).write(to: URL(fileURLWithPath: npy))
    return (dir, src, npy)
  }

  @Test func devNullStaysACharacterDevice() throws {
    let (dir, src, npy) = try Self.setUp()
    defer { dir.cleanup() }
    for interpret in [true, false] {
      let r = Commands.run(path: src, function: "f", inputs: [npy], outputs: ["/dev/null"], interpret: interpret)
      #expect(r.status == 0, "\(r.stderr)")
    }
    for emit in Commands.EmitKind.allCases {
      let r = Commands.compile(path: src, output: "/dev/null", header: "/dev/null", emit: emit)
      #expect(r.status == 0, "--emit \(emit): \(r.stderr)")
    }
    #expect(Self.fileType("/dev/null", followLinks: false) == S_IFCHR)
    #expect(dir.contents() == ["f.ftir", "x.npy"])
  }

  /// A FIFO is written directly (a reader sees the bytes) and stays a FIFO.
  @Test func fifoIsWrittenDirectly() throws {
    let (dir, src, npy) = try Self.setUp()
    defer { dir.cleanup() }
    let fifo = dir.file("pipe")
    try #require(mkfifo(fifo, 0o600) == 0)
    func readConcurrently(_ body: () -> Void) -> [UInt8] {
      let box = Box()
      let reader = Thread {
        box.bytes = (try? InputFile(path: fifo).read(atMost: 1 << 30)) ?? []
        box.done.signal()
      }
      reader.start()
      body()
      box.done.wait()  // orders the reader's write of `bytes` before this read (TSan found the polled flag racy)
      return box.bytes
    }
    var r: ToolResult?
    let ir = readConcurrently { r = Commands.compile(path: src, output: fifo, emit: .llvm) }
    #expect(r?.status == 0, "\(r?.stderr ?? "")")
    #expect(String(decoding: ir, as: UTF8.self).contains("i32 @f("))
    let result = readConcurrently { r = Commands.run(path: src, function: "f", inputs: [npy], outputs: [fifo], interpret: true) }
    #expect(r?.status == 0, "\(r?.stderr ?? "")")
    #expect(try readNPY(bytes: result) == HostTensor([2, 4] as [Float], shape: [2]))
    #expect(Self.fileType(fifo) == S_IFIFO)
  }

  final class Box: @unchecked Sendable {
    var bytes: [UInt8] = []
    let done = DispatchSemaphore(value: 0)
  }

  @Test func symlinkIsKeptAndItsTargetReplaced() throws {
    let (dir, src, npy) = try Self.setUp()
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(atPath: dir.file("sub"), withIntermediateDirectories: false)
    try "old".write(toFile: dir.file("sub/target.ll"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir.file("link.ll"), withDestinationPath: "sub/target.ll")
    let r = Commands.compile(path: src, output: dir.file("link.ll"), emit: .llvm)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(Self.fileType(dir.file("link.ll"), followLinks: false) == S_IFLNK)
    #expect(try String(contentsOfFile: dir.file("sub/target.ll"), encoding: .utf8).contains("i32 @f("))
    // A dangling link: its target is created.
    try FileManager.default.createSymbolicLink(atPath: dir.file("r.npy"), withDestinationPath: dir.file("sub/r.npy"))
    let run = Commands.run(path: src, function: "f", inputs: [npy], outputs: [dir.file("r.npy")], interpret: true)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(Self.fileType(dir.file("r.npy"), followLinks: false) == S_IFLNK)
    #expect(try readNPY(bytes: Array(Data(contentsOf: URL(fileURLWithPath: dir.file("sub/r.npy"))))).type == TensorType(.f32, [2]))
    #expect(dir.contents() == ["f.ftir", "link.ll", "r.npy", "sub", "x.npy"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("sub")).sorted() == ["r.npy", "target.ll"])
  }

  /// An output that is one of the inputs (by any name: a symlink, a hard
  /// link) is refused with 64 and nothing is written.
  @Test func anInputAsOutputIsRefused() throws {
    let (dir, src, npy) = try Self.setUp()
    defer { dir.cleanup() }
    try FileManager.default.createSymbolicLink(atPath: dir.file("alias.ftir"), withDestinationPath: "f.ftir")
    try FileManager.default.linkItem(atPath: src, toPath: dir.file("hard.ftir"))
    let before = try Data(contentsOf: URL(fileURLWithPath: src))
    for emit in Commands.EmitKind.allCases {
      for output in [src, dir.file("alias.ftir"), dir.file("hard.ftir"), dir.path + "/./f.ftir"] {
        let r = Commands.compile(path: src, output: output, emit: emit)
        #expect(r.status == 64 && r.stderr == "ftc: error: cannot write \(output): it is one of the command's inputs\n", "\(r.stderr)")
        let h = Commands.compile(path: src, output: dir.file("out"), header: output, emit: emit)
        #expect(h.status == 64, "\(h.stderr)")
      }
    }
    for out in [npy, src] {
      let r = Commands.run(path: src, function: "f", inputs: [npy], outputs: [out], interpret: true)
      #expect(r.status == 64 && r.stderr.contains("it is one of the command's inputs"), "\(r.stderr)")
    }
    // The same file twice among the outputs.
    let twice = Commands.compile(path: src, output: dir.file("x.so"), header: dir.path + "/./x.so")
    #expect(twice.status == 64 && twice.stderr.contains("is the same file as"), "\(twice.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: src)) == before)
    #expect(dir.contents() == ["alias.ftir", "f.ftir", "hard.ftir", "x.npy"])
  }

  @Test func directoriesAndSocketsAreRefused() throws {
    let (dir, src, npy) = try Self.setUp()
    defer { dir.cleanup() }
    try FileManager.default.createDirectory(atPath: dir.file("d"), withIntermediateDirectories: false)
    let socketPath = dir.file("sock")
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (k, c) in socketPath.utf8.enumerated() where k < raw.count - 1 { raw[k] = c }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    try #require(bound == 0)
    for bad in [dir.file("d"), socketPath, "/dev/null/x"] {
      let r = Commands.compile(path: src, output: dir.file("ok.ll"), header: bad, emit: .llvm)
      #expect(r.status == (bad.hasPrefix("/dev") ? 2 : 64) && r.stderr.hasPrefix("ftc: error: cannot write \(bad): "), "\(r.stderr)")
      let run = Commands.run(path: src, function: "f", inputs: [npy], outputs: [bad], interpret: true)
      #expect(run.status == (bad.hasPrefix("/dev") ? 2 : 64), "\(run.stderr)")
    }
    #expect(dir.contents() == ["d", "f.ftir", "sock", "x.npy"])
  }

  @Test func writeFileHelper() throws {
    let dir = try ScratchDir("ftc-out")
    defer { dir.cleanup() }
    try writeFile([1, 2, 3], to: dir.file("x"))
    try writeFile([4], to: dir.file("x"))
    #expect(FileManager.default.contents(atPath: dir.file("x")) == Data([4]))
    try writeFile([1], to: dir.file("y"), inputs: [dir.file("y")])  // "y" did not exist: not an input yet
    let missing = #expect(throws: OutputError.self) { try writeFile([1], to: dir.file("missing/x")) }
    #expect(missing?.refused == false)
    let same = #expect(throws: OutputError.self) { try writeFile([1], to: dir.file("x"), inputs: [dir.file("x")]) }
    #expect(same?.refused == true)
    #expect(dir.contents() == ["x", "y"])
    let tmp = try makeTemporaryDirectory()
    #expect(Self.fileType(tmp) == S_IFDIR)
    removeTemporaryDirectory(tmp)
    #expect(Self.fileType(tmp) == 0)
  }

  // MARK: - Bounded reads (item 8)

  @Test func ftirInputsAreBounded() throws {
    let r = Commands.check(path: "/dev/zero")
    #expect(r.status == 1 && r.stderr == "ftc: error: cannot read /dev/zero: it is larger than the limit of 256 MiB for a .ftir file\n",
            "\(r.stderr)")
    let dir = try ScratchDir("ftc-in")
    defer { dir.cleanup() }
    // A file of exactly the limit is read; one byte more is not.
    let exact = dir.file("exact.ftir")
    try Data(repeating: 0x20, count: 1000).write(to: URL(fileURLWithPath: exact))
    #expect(try readInputForTests(exact, limit: 1000).count == 1000)
    #expect(try readInputForTests(exact, limit: 999).isEmpty)
    // A FIFO is read like a file.
    let fifo = dir.file("m.ftir")
    try #require(mkfifo(fifo, 0o600) == 0)
    let writer = Thread { try? writeFile(Array(Self.source.utf8), to: fifo) }
    writer.start()
    #expect(Commands.check(path: fifo).status == 0)
  }

  /// `readInput` with a small limit: the bytes, or [] when it refused.
  func readInputForTests(_ path: String, limit: Int) throws -> [UInt8] {
    (try? readFile(path, limit: limit, what: "the limit")) ?? []
  }

  @Test func npyInputsAreReadToTheirDeclaredSize() throws {
    let (dir, src, npy) = try Self.setUp()
    defer { dir.cleanup() }
    func run(_ input: String) -> ToolResult { Commands.run(path: src, function: "f", inputs: [input], outputs: [], interpret: true) }
    let zero = run("/dev/zero")
    #expect(zero.status == 1 && zero.stderr.contains("not a .npy file"), "\(zero.stderr)")
    let good = Array(try Data(contentsOf: URL(fileURLWithPath: npy)))
    // One byte more or fewer than the header declares.
    try Data(good + [0]).write(to: URL(fileURLWithPath: dir.file("long.npy")))
    let long = run(dir.file("long.npy"))
    #expect(long.status == 1 && long.stderr.contains("the header declares \(good.count) bytes in all, but the file has more"), "\(long.stderr)")
    try Data(good.dropLast()).write(to: URL(fileURLWithPath: dir.file("short.npy")))
    let short = run(dir.file("short.npy"))
    #expect(short.status == 1 && short.stderr.contains("truncated .npy file: the data needs 8 bytes, the file has 7"), "\(short.stderr)")
    // A header length beyond the limit is refused before it is read.
    var huge = Array(good.prefix(8))
    huge[6] = 2
    huge += [0xFF, 0xFF, 0xFF, 0x7F]
    try Data(huge).write(to: URL(fileURLWithPath: dir.file("huge.npy")))
    let h = run(dir.file("huge.npy"))
    #expect(h.status == 1 && h.stderr.contains("exceeds ftc's limit of 1048576 bytes"), "\(h.stderr)")
    // A valid file behind a FIFO, its writer still open: read exactly.
    let fifo = dir.file("in.npy")
    try #require(mkfifo(fifo, 0o600) == 0)
    let writer = Thread { try? writeFile(good, to: fifo) }
    writer.start()
    let piped = run(fifo)
    #expect(piped.status == 0 && piped.stdout == "array([2., 4.], dtype=float32)\n", "\(piped.stderr)")
    #expect(run(npy).stdout == piped.stdout)
  }
}
