/// Atomic file output: every file ftc writes is written to a temporary name
/// in the destination's directory and then renamed over the destination,
/// so it appears completely or not at all (spec section 7).
import Foundation

/// An output file could not be written; the message names the path.
public struct OutputError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// A fresh temporary path next to `path` (same directory, so `rename` is
/// atomic); the file is not created.
func temporaryPath(besides path: String) -> String {
  let url = URL(fileURLWithPath: path)
  let directory = url.deletingLastPathComponent().path
  let suffix = UInt64.random(in: 0...UInt64.max)
  return directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(String(suffix, radix: 36))"
}

/// Moves `temporary` over `path`; on failure removes `temporary` and throws.
func commit(_ temporary: String, to path: String) throws {
  if rename(temporary, path) != 0 {
    let reason = String(cString: strerror(errno))
    unlink(temporary)
    throw OutputError("cannot write \(path): \(reason)")
  }
}

/// Writes `bytes` to `path`, completely or not at all.
public func writeFileAtomically(_ bytes: [UInt8], to path: String) throws {
  let temporary = temporaryPath(besides: path)
  let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
  guard fd >= 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
  var written = 0
  var failure: String?
  bytes.withUnsafeBytes { buffer in
    while written < buffer.count {
      let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
      if n < 0 {
        if errno == EINTR { continue }
        failure = String(cString: strerror(errno))
        return
      }
      written += n
    }
  }
  if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
  if let failure {
    unlink(temporary)
    throw OutputError("cannot write \(path): \(failure)")
  }
  try commit(temporary, to: path)
}
