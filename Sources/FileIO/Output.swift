/// Every file ftc writes (spec section 7), through one mechanism.
///
/// A command names all its destinations (and its inputs) up front:
/// `OutputFiles(destinations:inputs:)` classifies each one before any work,
/// following symbolic links to their final target:
///
///     regular file or new name  ->  written to a temporary name in the target's
///                                   directory, renamed over the target at `commit`
///                                   (a symlink is kept, its target replaced)
///     character device or FIFO  ->  written directly at `commit` (no rename,
///                                   no O_CREAT/O_TRUNC: /dev/null stays a device)
///     `-`                       ->  standard output: the bytes are handed to
///                                   the command at `commit` (`standardOutput`),
///                                   which prints them with its other output
///     anything else, or a file  ->  refused (`OutputError.refused`, exit 64)
///     that is one of the inputs     before anything is written
///
/// `stage` writes each file's bytes; `commit` writes the streams and then
/// renames every temporary into place; `discard` removes the temporaries.

#if canImport(Glibc)
import Glibc
#endif

/// An output could not be written (`refused` false: exit 2) or the
/// destination is refused (exit 64); the message names the path.
public struct OutputError: Error, CustomStringConvertible, Sendable {
  public let message: String
  /// The destination itself is not allowed (spec section 7: exit 64).
  public let refused: Bool
  public init(_ message: String, refused: Bool = false) {
    self.message = message
    self.refused = refused
  }
  public var description: String { message }
}

/// A file's identity (device and inode), symlinks followed; nil when it does not exist.
public struct FileIdentity: Hashable, Sendable {
  let device: UInt64, inode: UInt64
  public init?(path: String) {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    device = UInt64(st.st_dev)
    inode = UInt64(st.st_ino)
  }
}

/// Where one destination's bytes go.
struct Destination {
  enum Kind { case regular, stream, standardOutput }
  /// The path as given (for messages).
  let path: String
  /// The path with every symbolic link followed.
  let target: String
  let kind: Kind
  let identity: FileIdentity?
}

/// The directory a path's file is in (`.` for a bare name).
public func directoryOf(_ path: String) -> String {
  guard let slash = path.lastIndex(of: "/") else { return "." }
  let dir = String(path[..<slash])
  return dir.isEmpty ? "/" : dir
}

/// `path` with its symbolic links followed (the last component included),
/// as far as they exist. A loop of links is an error.
func followLinks(_ path: String) throws(OutputError) -> String {
  var current = path
  for _ in 0..<40 {
    var st = stat()
    guard lstat(current, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return current }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(current, &buffer, buffer.count - 1)
    guard n > 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
    let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    current = link.hasPrefix("/") ? link : directoryOf(current) + "/" + link
  }
  throw OutputError("cannot write \(path): too many levels of symbolic links")
}

/// Classifies one destination; throws why it cannot or may not be written.
func destination(_ path: String) throws(OutputError) -> Destination {
  guard !path.isEmpty else { throw OutputError("cannot write to an empty path", refused: true) }
  if path == standardOutputPath { return Destination(path: path, target: path, kind: .standardOutput, identity: nil) }
  let target = try followLinks(path)
  var st = stat()
  if stat(target, &st) == 0 {
    switch st.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFCHR, S_IFIFO: return Destination(path: path, target: target, kind: .stream, identity: FileIdentity(path: target))
    case S_IFDIR: throw OutputError("cannot write \(path): it is a directory", refused: true)
    default: throw OutputError("cannot write \(path): it is not a regular file, character device or FIFO", refused: true)
    }
  }
  let dir = directoryOf(target)
  if stat(dir, &st) != 0 {
    let reason = errno == ENOENT ? "directory \(dir) does not exist" : String(cString: strerror(errno))
    throw OutputError("cannot write \(path): \(reason)")
  }
  if (st.st_mode & S_IFMT) != S_IFDIR { throw OutputError("cannot write \(path): \(dir) is not a directory") }
  if access(dir, W_OK) != 0 { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
  return Destination(path: path, target: target, kind: .regular, identity: FileIdentity(path: target))
}

/// The destination that means standard output (`-o -`).
public let standardOutputPath = "-"

/// The files one command writes, checked together up front and committed together.
public struct OutputFiles {
  private let destinations: [Destination]
  /// Temporary file (regular destinations) or bytes (streams) per destination index.
  private var temporaries: [Int: String] = [:]
  private var streamBytes: [Int: [UInt8]] = [:]
  /// What `commit` gave the destination `-`: the command prints it.
  public private(set) var standardOutput: [UInt8] = []

  /// Checks every destination before anything is written: each must be
  /// writable, none may be one of `inputs` or another destination (streams
  /// such as /dev/null may repeat).
  public init(destinations paths: [String], inputs: [String] = []) throws(OutputError) {
    var list: [Destination] = []
    for path in paths { list.append(try destination(path)) }
    let inputIdentities = Set(inputs.compactMap { FileIdentity(path: $0) })
    var seen: [String: String] = [:]
    var seenIdentities: [FileIdentity: String] = [:]
    for d in list {
      if let id = d.identity, inputIdentities.contains(id) {
        throw OutputError("cannot write \(d.path): it is one of the command's inputs", refused: true)
      }
      if d.kind == .standardOutput, list.filter({ $0.kind == .standardOutput }).count > 1 {
        throw OutputError("cannot write two outputs to standard output (-)", refused: true)
      }
      guard d.kind == .regular else { continue }
      let key = canonicalName(d.target)
      if let other = seen[key] ?? d.identity.flatMap({ seenIdentities[$0] }) {
        throw OutputError("cannot write \(d.path): it is the same file as \(other)", refused: true)
      }
      seen[key] = d.path
      if let id = d.identity { seenIdentities[id] = d.path }
    }
    destinations = list
  }

  /// Writes `bytes` for `path` (the first destination of that name not yet
  /// staged): to a temporary file beside its target, or kept in memory for
  /// a stream until `commit`.
  public mutating func stage(_ path: String, _ bytes: [UInt8]) throws(OutputError) {
    guard let k = destinations.indices.first(where: {
      destinations[$0].path == path && temporaries[$0] == nil && streamBytes[$0] == nil
    }) else { preconditionFailure("\(path) is not an unstaged destination of this OutputFiles") }
    let d = destinations[k]
    if d.kind != .regular {
      streamBytes[k] = bytes
      return
    }
    var template = Array((directoryOf(d.target) + "/.ftc-tmp-XXXXXX").utf8CString)
    let fd = mkstemp(&template)
    guard fd >= 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    temporaries[k] = temporary
    var failure = writeAll(fd, bytes)
    if failure == nil && fchmod(fd, 0o644) != 0 { failure = String(cString: strerror(errno)) }
    if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    if let failure { throw OutputError("cannot write \(path): \(failure)") }
  }

  /// Writes the streams, then renames every staged file over its target;
  /// on failure removes the temporaries not yet renamed.
  public mutating func commit() throws(OutputError) {
    defer { discard() }
    for (k, bytes) in streamBytes.sorted(by: { $0.key < $1.key }) {
      let d = destinations[k]
      if d.kind == .standardOutput {
        standardOutput = bytes
        continue
      }
      let fd = open(d.target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard fd >= 0 else { throw OutputError("cannot write \(d.path): \(String(cString: strerror(errno)))") }
      var failure = writeAll(fd, bytes)
      if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
      if let failure { throw OutputError("cannot write \(d.path): \(failure)") }
    }
    streamBytes = [:]
    for (k, temporary) in temporaries.sorted(by: { $0.key < $1.key }) {
      let d = destinations[k]
      if rename(temporary, d.target) != 0 {
        throw OutputError("cannot write \(d.path): \(String(cString: strerror(errno)))")
      }
      temporaries[k] = nil
    }
  }

  /// Removes every staged temporary file and forgets the staged streams.
  public mutating func discard() {
    for temporary in temporaries.values { unlink(temporary) }
    temporaries = [:]
    streamBytes = [:]
  }
}

/// Writes `bytes` to `path` (spec section 7's rules), completely or not at all.
public func writeFile(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(OutputError) {
  var files = try OutputFiles(destinations: [path], inputs: inputs)
  do {
    try files.stage(path, bytes)
    try files.commit()
  } catch {
    files.discard()
    throw error
  }
}

/// Writes all of `text` to standard output (1) or standard error (2), as
/// far as the stream takes it: how the `ftc` executable prints.
public func writeStandardStream(_ fd: Int32, _ text: String) {
  _ = writeAll(fd, Array(text.utf8))
}

/// Writes all of `bytes` to `fd`; returns why not.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
  var failure: String?
  bytes.withUnsafeBytes { raw in
    guard let base = raw.baseAddress else { return }
    var off = 0
    while off < raw.count {
      let n = write(fd, base + off, raw.count - off)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { failure = n == 0 ? "short write" : String(cString: strerror(errno)); return }
      off += n
    }
  }
  return failure
}

/// A name for a not-yet-existing file that two spellings of it share
/// (`a/./x` and `a/x`): its directory's real path plus its last component.
func canonicalName(_ path: String) -> String {
  guard let real = realpath(directoryOf(path), nil) else { return path }
  defer { free(real) }
  let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  return String(cString: real) + "/" + name
}
