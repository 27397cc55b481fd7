// The mutation test (Tests/FTIRTests/MutationTests.swift) as a coverage-guided
// libFuzzer target over parse, verify, expand, simplify and inline. `Tools/libfuzz` builds it
// with `-sanitize=fuzzer,address` and the compilation condition
// FTC_LIBFUZZER (libFuzzer then supplies `main`); a plain build is a replay
// driver: `ftc-libfuzz FILE...` runs each file through the same check.
//
// The check: any input gives a module or diagnostics, never a crash or a
// hang; a module that verifies prints canonically (print, parse, print is
// identical) and expands or is refused with diagnostics; an expanded module
// is simplified, inlined (or refused) and simplified again, as the pipeline
// does.
import FTIR
import Transforms

func checkOneInput(_ bytes: [UInt8]) {
  guard case .success(var m) = parseModule(bytes: bytes, fileName: "m.ftir", maxOperations: 100_000) else { return }
  guard verifyModule(&m, options: VerifyOptions(maxOperations: 100_000)).isEmpty else { return }
  let once = printModule(m)
  guard case .success(var again) = parseModule(bytes: Array(once.utf8), fileName: "m.ftir", maxOperations: 100_000),
        verifyModule(&again, options: VerifyOptions(maxOperations: 100_000)).isEmpty else {
    fatalError("the printed module does not parse and verify:\n\(once)")
  }
  precondition(printModule(again) == once, "printing is not canonical:\n\(once)")
  guard case .success(let expanded) = expandTransforms(m, maxOperations: 100_000) else { return }
  // The remaining FTIR stages, as the pipeline runs them after expansion.
  let simplified = simplify(expanded)
  if case .success(let inlined) = inlineCalls(simplified, maxOperations: 100_000) { _ = simplify(inlined) }
}

#if FTC_LIBFUZZER
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  checkOneInput(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

public typealias Argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
/// libFuzzer's driver (compiler-rt's FuzzerInterface.h).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<Argv?>,
                         _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// SwiftPM links an executable target with `main` defined as
/// `<module>_main` (so that tests can link it), which keeps libFuzzer's own
/// `main` out: this is that entry point, running libFuzzer's driver.
@_cdecl("ftc_libfuzz_main")
public func libFuzzerMain(_ argc: Int32, _ argv: Argv?) -> Int32 {
  var (count, vector) = (argc, argv)
  return LLVMFuzzerRunDriver(&count, &vector, fuzzOneInput)
}
#else
import Foundation

@main
struct Replay {
  static func main() {
    var n = 0
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write("ftc-libfuzz: cannot read \(path)\n".data(using: .utf8)!)
        exit(66)
      }
      checkOneInput(Array(data))
      n += 1
    }
    print("ftc-libfuzz: \(n) inputs checked")
  }
}
#endif
