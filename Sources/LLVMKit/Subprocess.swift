/// `runSubprocess`: runs an executable with an argument array (never a
/// shell) through `posix_spawn`, its standard output and error captured
/// through one pipe, standard input `/dev/null`, then `waitpid`.
///
/// Foundation's `Process` is not used: its `waitUntilExit` polls a run loop
/// in 50 ms steps and learns of the child's exit through a dispatch source,
/// which added up to 50 ms to every link (measured: ld.gold exited, ftc
/// went on ~54 ms later).
///
///   let r = try runSubprocess("/usr/bin/ld.gold", ["-shared", ...])
///   if r.status != 0 { print(r.output) }
#if canImport(Glibc)
import Glibc
#endif

/// How a subprocess ended and what it printed (standard output and error, interleaved).
public struct SubprocessResult: Sendable {
  /// The exit status, or `128 + signal` when a signal ended it.
  public let status: Int32
  public let exitedNormally: Bool
  public let output: [UInt8]
}

/// Runs `executable` with `arguments` in the current directory and
/// environment; throws a `LinkerError` when it cannot be started.
public func runSubprocess(_ executable: String, _ arguments: [String]) throws -> SubprocessResult {
  var fds: [Int32] = [-1, -1]
  guard pipe(&fds) == 0 else { throw LinkerError("cannot run \(executable): pipe failed (errno \(errno))") }
  let (readEnd, writeEnd) = (fds[0], fds[1])
  // Neither end leaks into other children; dup2 gives the child its own 1 and 2.
  _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
  _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
  posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)

  // argv: strdup'd C strings, freed after the spawn.
  let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { for p in argv { free(p) } }
  var pid: pid_t = 0
  let spawned = argv.withUnsafeBufferPointer { posix_spawn(&pid, executable, &actions, nil, $0.baseAddress!, environ) }
  close(writeEnd)
  guard spawned == 0 else {
    close(readEnd)
    throw LinkerError("cannot run \(executable): \(String(cString: strerror(spawned)))")
  }

  // Read to end of file first (a full pipe would block the child), then reap it.
  var output: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
    if n > 0 { output += chunk[0..<n]; continue }
    if n < 0 && errno == EINTR { continue }
    break
  }
  close(readEnd)
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 {
    guard errno == EINTR else { throw LinkerError("cannot wait for \(executable) (errno \(errno))") }
  }
  // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (macros).
  let signal = status & 0x7f
  if signal == 0 { return SubprocessResult(status: (status >> 8) & 0xff, exitedNormally: true, output: output) }
  return SubprocessResult(status: 128 + signal, exitedNormally: false, output: output)
}
