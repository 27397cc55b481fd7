/// A fuzzing run: seeds `first`, `first+1`, ... each generate a module and
/// check it; stops after `count` seeds or `seconds`. Findings are minimised
/// and returned with their seed (a run is repeatable from its seeds, and
/// resumable from `nextSeed`).
///
///     var run = Campaign(firstSeed: 1, jit: false)
///     run.run(count: 1000, seconds: 30)   // run.checked, run.findings, run.nextSeed
import Foundation

public struct Campaign {
  public var generator = ModuleGenerator()
  public var jit: Bool
  public var sharedObject: Bool
  public private(set) var nextSeed: UInt64
  public private(set) var checked = 0
  public private(set) var rejected = 0
  public private(set) var inconclusive = 0
  /// Functions the shared-object comparison could not call (too many buffers).
  public private(set) var skipped = 0
  public private(set) var findings: [(seed: UInt64, finding: Finding, reproducer: String)] = []
  /// Modules slower than this to check are reported as findings (`hang`).
  public var slowSeconds = 60.0

  public init(firstSeed: UInt64, jit: Bool, sharedObject: Bool = false) {
    nextSeed = firstSeed
    self.jit = jit
    self.sharedObject = sharedObject
  }

  public mutating func run(count: Int, seconds: Double, minimise: Bool = true, log: (String) -> Void = { _ in }) {
    let start = Date()
    var n = 0
    while n < count && Date().timeIntervalSince(start) < seconds {
      let seed = nextSeed
      nextSeed += 1
      n += 1
      let text = generator.generate(seed: seed)
      let d = Differential(jit: jit, sharedObject: sharedObject, seed: seed)
      let t0 = Date()
      let outcome = d.check(text)
      let took = Date().timeIntervalSince(t0)
      checked += 1
      switch outcome {
      case .agreed(let k, let s):
        inconclusive += k
        skipped += s
      case .rejected: rejected += 1
      case .finding(let f):
        let small = minimise && f.stage != "reject" ? d.minimised(text, f) : text
        findings.append((seed, f, small))
        log("seed \(seed): \(f)\n\(small)")
      }
      if took > slowSeconds {
        findings.append((seed, Finding(stage: "hang", function: "-", message: "checking took \(Int(took)) s"), text))
        log("seed \(seed): slow (\(Int(took)) s)")
      }
    }
  }
}
