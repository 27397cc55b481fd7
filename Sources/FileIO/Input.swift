/// Reading input files with a bound: ftc never reads more than it was told
/// to expect, whatever the file is (a regular file, a pipe, /dev/zero).

#if canImport(Glibc)
import Glibc
#endif

/// An input could not be read, or holds more or fewer bytes than allowed;
/// the message names the path.
public struct InputError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// An open input file read front to back.
public final class InputFile {
  public let path: String
  private let fd: Int32
  private var atEnd = false

  /// Opens `path` for reading; a directory is an error.
  public init(path: String) throws(InputError) {
    self.path = path
    let fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { throw InputError("cannot read \(path): \(String(cString: strerror(errno)))") }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw InputError("cannot read \(path): it is a directory")
    }
    self.fd = fd
  }

  deinit { close(fd) }

  /// The next bytes, at most `count`; fewer only at the end of the file.
  public func read(atMost count: Int) throws(InputError) -> [UInt8] {
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while out.count < count && !atEnd {
      let want = min(chunk.count, count - out.count)
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, want) }
      if n < 0 {
        if errno == EINTR { continue }
        throw InputError("cannot read \(path): \(String(cString: strerror(errno)))")
      }
      if n == 0 { atEnd = true } else { out.append(contentsOf: chunk[0..<n]) }
    }
    return out
  }

  /// Whether the file has no more bytes (reads at most one byte to know).
  public func isAtEnd() throws(InputError) -> Bool {
    try read(atMost: 1).isEmpty
  }
}

/// The whole of `path`, which must hold at most `limit` bytes (`what` names
/// the limit in the message, e.g. "256 MiB").
public func readFile(_ path: String, limit: Int, what: String) throws(InputError) -> [UInt8] {
  let bytes = try InputFile(path: path).read(atMost: limit + 1)
  guard bytes.count <= limit else { throw InputError("cannot read \(path): it is larger than \(what)") }
  return bytes
}
