/// `runSubprocess` (posix_spawn + waitpid, what the linker runs ld with):
/// exit status, standard output and error captured together, standard
/// input empty, a signal reported as 128 + signal, a missing executable an
/// error, and output larger than a pipe's buffer read without a deadlock.
import LLVMKit
import Testing

@Suite struct SubprocessTests {
  @Test func statusAndOutput() throws {
    let r = try runSubprocess("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"])
    #expect(r.exitedNormally)
    #expect(r.status == 3)
    #expect(String(decoding: r.output, as: UTF8.self) == "out\nerr\n")
  }

  @Test func argumentsAreNotParsedByAShell() throws {
    let r = try runSubprocess("/bin/echo", ["a b", "$HOME", ";", "*"])
    #expect(r.status == 0)
    #expect(String(decoding: r.output, as: UTF8.self) == "a b $HOME ; *\n")
  }

  @Test func standardInputIsEmpty() throws {
    let r = try runSubprocess("/bin/cat", [])
    #expect(r.status == 0 && r.output.isEmpty)
  }

  @Test func signalIsReported() throws {
    let r = try runSubprocess("/bin/sh", ["-c", "kill -9 $$"])
    #expect(!r.exitedNormally)
    #expect(r.status == 128 + 9)
  }

  @Test func largeOutputDoesNotBlock() throws {
    let r = try runSubprocess("/bin/sh", ["-c", "head -c 1000000 /dev/zero"])
    #expect(r.status == 0)
    #expect(r.output.count == 1_000_000)
  }

  @Test func missingExecutableIsAnError() throws {
    #expect(throws: LinkerError.self) { try runSubprocess("/nonexistent/ld", ["-v"]) }
  }
}
