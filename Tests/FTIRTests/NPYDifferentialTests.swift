import Foundation
import Testing
@testable import FTIR

/// Differential check against real numpy, run on demand:
///   python3 Tools/npy_repr_cases.py /tmp/npydiff 3000
///   FTC_NPY_DIFF_DIR=/tmp/npydiff swift test --filter NPYDifferential
/// For each case_N.npy written by np.save and case_N.txt holding numpy's
/// repr of it: ftc reads the file, writes the same bytes, prints the same repr.
@Suite struct NPYDifferential {
  static let dir = ProcessInfo.processInfo.environment["FTC_NPY_DIFF_DIR"]

  @Test(.enabled(if: dir != nil, "set FTC_NPY_DIFF_DIR to a directory made by Tools/npy_repr_cases.py"))
  func matchesNumpy() throws {
    let dir = Self.dir!
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".npy") }.sorted()
    #expect(!names.isEmpty)
    var failures = 0
    for name in names {
      let base = String(name.dropLast(4))
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
      let expected = try String(contentsOfFile: dir + "/" + base + ".txt", encoding: .utf8)
      let t: HostTensor
      do { t = try readNPY(bytes: bytes) } catch {
        Issue.record("\(name): \(error)")
        failures += 1
        continue
      }
      if writeNPY(t) != bytes {
        Issue.record("\(name): written bytes differ from np.save")
        failures += 1
      }
      let got = numpyRepr(t)
      if got != expected {
        failures += 1
        if failures < 20 { Issue.record("\(name):\nnumpy:\n\(expected)\nftc:\n\(got)") }
      }
    }
    #expect(failures == 0)
  }
}
