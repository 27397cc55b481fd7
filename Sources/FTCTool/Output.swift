/// The files a command writes (spec section 7: completely or not at all).
///
/// A command first checks every destination (`checkOutputPath`), so that a
/// path it cannot write fails before any work and with a message about the
/// path itself; then it writes each file under a temporary name in the
/// destination's directory (`OutputFiles.stage`, or `reserve` for a file a
/// tool such as the linker writes) and renames them all into place only when
/// everything succeeded (`commit`). On failure `discard` removes the
/// temporaries, so nothing is left behind.

#if canImport(Glibc)
import Glibc
#endif

/// Why `path` cannot be written, or nil when its directory exists and is
/// writable and the path itself is not a directory.
func checkOutputPath(_ path: String) -> String? {
  guard !path.isEmpty else { return "cannot write to an empty path" }
  var st = stat()
  if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return "cannot write \(path): it is a directory" }
  let dir = directoryOf(path)
  if stat(dir, &st) != 0 {
    let reason = errno == ENOENT ? "directory \(dir) does not exist" : String(cString: strerror(errno))
    return "cannot write \(path): \(reason)"
  }
  if (st.st_mode & S_IFMT) != S_IFDIR { return "cannot write \(path): \(dir) is not a directory" }
  if access(dir, W_OK) != 0 { return "cannot write \(path): \(String(cString: strerror(errno)))" }
  return nil
}

/// The directory a path's file is in (`.` for a bare name).
func directoryOf(_ path: String) -> String {
  guard let slash = path.lastIndex(of: "/") else { return "." }
  let dir = String(path[..<slash])
  return dir.isEmpty ? "/" : dir
}

/// Files staged under temporary names beside their destinations.
struct OutputFiles {
  private(set) var staged: [(temporary: String, path: String)] = []

  /// Writes `bytes` to a new temporary file beside `path`; returns an error message.
  mutating func stage(_ path: String, _ bytes: [UInt8]) -> String? {
    var template = Array((directoryOf(path) + "/.ftc-tmp-XXXXXX").utf8CString)
    let fd = mkstemp(&template)
    guard fd >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    staged.append((temporary, path))
    var failure: String?
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var off = 0
      while off < raw.count {
        let n = write(fd, base + off, raw.count - off)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { failure = String(cString: strerror(errno)); return }
        off += n
      }
    }
    if failure == nil && fchmod(fd, 0o644) != 0 { failure = String(cString: strerror(errno)) }
    if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    return failure.map { "cannot write \(path): \($0)" }
  }

  /// A fresh temporary name beside `path` for another program to create.
  mutating func reserve(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? "out"
    let temporary = directoryOf(path) + "/.ftc-tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))-" + name
    staged.append((temporary, path))
    return temporary
  }

  /// Renames every staged file into place; on the first failure removes
  /// the temporaries not yet renamed and returns the error.
  mutating func commit() -> String? {
    for (k, (temporary, path)) in staged.enumerated() {
      if rename(temporary, path) != 0 {
        let reason = errno == EISDIR ? "it is a directory" : String(cString: strerror(errno))
        staged = Array(staged[k...])
        discard()
        return "cannot write \(path): \(reason)"
      }
    }
    staged = []
    return nil
  }

  /// Removes every staged temporary file.
  mutating func discard() {
    for (temporary, _) in staged { unlink(temporary) }
    staged = []
  }
}

/// Writes `bytes` to `path` completely or not at all. Returns an error message.
func writeFileAtomically(_ path: String, _ bytes: [UInt8]) -> String? {
  if let e = checkOutputPath(path) { return e }
  var files = OutputFiles()
  if let e = files.stage(path, bytes) {
    files.discard()
    return e
  }
  return files.commit()
}
