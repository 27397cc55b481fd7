/// Private scratch directories (one helper for every ftc module).

import Foundation

/// A new private (mode 0700) directory under the system's temporary directory.
public func makeTemporaryDirectory() throws(OutputError) -> String {
  var template = Array((NSTemporaryDirectory() + "/ftc-XXXXXX").utf8CString)
  guard let made = mkdtemp(&template) else {
    throw OutputError("cannot create a temporary directory in \(NSTemporaryDirectory()) (TMPDIR): \(String(cString: strerror(errno)))")
  }
  return String(cString: made)
}

/// Removes a directory made by `makeTemporaryDirectory` and everything in it.
public func removeTemporaryDirectory(_ path: String) {
  try? FileManager.default.removeItem(atPath: path)
}

/// Writes `bytes` to a new file `path` inside a private temporary directory
/// (no checks beyond the write itself: the directory is ftc's own).
public func writeScratchFile(_ bytes: [UInt8], to path: String) throws(OutputError) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  guard fd >= 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
  var failure = writeAll(fd, bytes)
  if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
  if let failure { throw OutputError("cannot write \(path): \(failure)") }
}
