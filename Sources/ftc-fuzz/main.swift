// ftc-fuzz: the differential fuzzer (see README, "Fuzzing"; Tools/fuzz runs it).
//
//   ftc-fuzz [--seed N] [--count N] [--seconds S] [--jit] [--so] [--state FILE] [--findings DIR] [--print SEED]
//
// Seeds N, N+1, ... each generate one module (the same seed always gives the
// same module). --jit also compares the JIT with the interpreter, --so the
// shared object (compiled and linked with cc, loaded, called). With --state
// FILE the next seed is read from FILE (if it exists) and written back every 100 seeds and at the end: a run resumes
// where the last one stopped. Findings are minimised and written to DIR as
// seed-N.ftir with the finding as a comment. Exit 1 if anything was found.
import Foundation
import Fuzzing

var seed: UInt64 = 1, count = Int.max, seconds = 60.0, jit = false, so = false
var state: String? = nil, findingsDir = "fuzz-findings"
var args = CommandLine.arguments.dropFirst()
@MainActor func value() -> String {
  guard let v = args.popFirst() else { FileHandle.standardError.write("missing value\n".data(using: .utf8)!); exit(64) }
  return v
}
while let a = args.popFirst() {
  switch a {
  case "--seed": seed = UInt64(value()) ?? 1
  case "--count": count = Int(value()) ?? 0
  case "--seconds": seconds = Double(value()) ?? 0
  case "--jit": jit = true
  case "--so": so = true
  case "--state": state = value()
  case "--findings": findingsDir = value()
  case "--print":
    print(ModuleGenerator().generate(seed: UInt64(value()) ?? 0), terminator: "")
    exit(0)
  default:
    FileHandle.standardError.write("usage: ftc-fuzz [--seed N] [--count N] [--seconds S] [--jit] [--so] [--state FILE] [--findings DIR] [--print SEED]\n".data(using: .utf8)!)
    exit(64)
  }
}
if let state, let text = try? String(contentsOfFile: state, encoding: .utf8), let s = UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
  seed = s
}
let start = Date()
var campaign = Campaign(firstSeed: seed, jit: jit, sharedObject: so)
var reported = 0
@MainActor func save() {
  if let state { try? "\(campaign.nextSeed)\n".write(toFile: state, atomically: true, encoding: .utf8) }
  for (s, f, text) in campaign.findings.dropFirst(reported) {
    try? FileManager.default.createDirectory(atPath: findingsDir, withIntermediateDirectories: true)
    let body = "// ftc-fuzz seed \(s)\(jit ? " --jit" : "")\(so ? " --so" : ""): \(f)\n" + text
    try? body.write(toFile: "\(findingsDir)/seed-\(s).ftir", atomically: true, encoding: .utf8)
  }
  reported = campaign.findings.count
}
while campaign.checked < count && Date().timeIntervalSince(start) < seconds {
  campaign.run(count: min(100, count - campaign.checked), seconds: seconds - Date().timeIntervalSince(start)) {
    FileHandle.standardError.write(($0 + "\n").data(using: .utf8)!)
  }
  save()
}
let took = Date().timeIntervalSince(start)
print("seeds \(seed)..<\(campaign.nextSeed): \(campaign.checked) modules in \(String(format: "%.1f", took)) s, "
  + "\(campaign.rejected) rejected cleanly, \(campaign.inconclusive) inconclusive inexact comparisons, "
  + "\(campaign.skipped) functions with too many buffers for the shared-object call, \(campaign.findings.count) findings")
exit(campaign.findings.isEmpty ? 0 : 1)
