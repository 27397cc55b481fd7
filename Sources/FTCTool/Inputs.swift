/// The files a command reads, read with a bound (spec section 7, README
/// "Limits"): a `.ftir` file holds at most `Limits.maxSourceBytes`; a `.npy`
/// file is read as its header plus exactly the data the header declares.
/// Pipes and devices (/dev/zero) get the same bounds. Errors exit 1.

import FileIO
import FTIR

/// The whole `.ftir` file at `path`, or why not.
func readInput(_ path: String, limit: Int = Limits.maxSourceBytes) -> Result<[UInt8], ToolResult> {
  do {
    return .success(try readFile(path, limit: limit, what: "the limit of \(limit >> 20) MiB for a .ftir file"))
  } catch {
    return .failure(.failure(1, error.message))
  }
}

/// The tensor in the `.npy` file at `path`, or why not (the message names the file).
func readNPYInput(_ path: String) -> Result<HostTensor, ToolResult> {
  do {
    let file = try InputFile(path: path)
    var bytes: [UInt8] = []
    while true {
      switch try npyExtent(prefix: bytes) {
      case .needBytes(let n):
        let more = try file.read(atMost: n - bytes.count)
        if more.isEmpty { return .success(try readNPY(bytes: bytes)) }  // throws: the file ends too early
        bytes += more
      case .total(let n):
        bytes += try file.read(atMost: n - bytes.count)
        if bytes.count == n, !(try file.isAtEnd()) {
          return .failure(.failure(1, "\(path): malformed .npy file: the header declares \(n) bytes in all, but the file has more"))
        }
        return .success(try readNPY(bytes: bytes))
      }
    }
  } catch let error as InputError {
    return .failure(.failure(1, error.message))
  } catch {
    return .failure(.failure(1, "\(path): \(error)"))
  }
}
