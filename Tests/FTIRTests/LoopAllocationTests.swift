import Foundation
import Testing
@testable import FTIR
import FTCTool
import Codegen

/// Compiled loops allocate nothing per trip: a loop's regions take their
/// arenas as one more pointer, carved once per execution of the loop from
/// the block holding its carries (Codegen/LoopLowering.swift). Checked on
/// the emitted LLVM IR: the region functions call no allocator; the results
/// still match the interpreter.
@Suite struct LoopAllocationTests {
  static let text = """
    func @f(%h0: f64[16], %w: f64[16], %xs: f64[30, 16]) -> (f64[16], f64[30, 16]) {
      %h, %wf, %ys = scan %h0, %w, %xs, carries=2, length=30 : (f64[16], f64[16], f64[30, 16])
        body(%c: f64[16], %v: f64[16], %x: f64[16]) {
          %m1 = mul %v, %c : f64[16]
          %t1 = tanh %m1 : f64[16]
          %e = exp %t1 : f64[16]
          %s = reduce_sum %e, dims=[0] : f64[]
          %sb = broadcast_in_dim %s, dims=[] : f64[16]
          %d = div %e, %sb : f64[16]
          %a = add %d, %x : f64[16]
          yield %a, %v, %t1
        }
      return %h, %ys
    }
    func @g(%x0: f64[8]) -> f64[8] {
      %x = while %x0, max_trips=100 : f64[8]
        cond(%a: f64[8]) {
          %e = exp %a : f64[8]
          %s = reduce_sum %e, dims=[0] : f64[]
          %lim = constant 100.0 : f64[]
          %p = lt %s, %lim : i1[]
          yield %p
        }
        body(%a: f64[8]) {
          %e = exp %a : f64[8]
          %s = reduce_sum %e, dims=[0] : f64[]
          %sb = broadcast_in_dim %s, dims=[] : f64[8]
          %r = div %e, %sb : f64[8]
          %n = add %a, %r : f64[8]
          yield %n
        }
      return %x
    }

    """

  /// The emitted LLVM IR's functions: name -> body text.
  static func functions(_ ll: String) -> [String: String] {
    var out: [String: String] = [:]
    var name: String? = nil
    var body = ""
    for line in ll.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("define ") {
        let afterAt = line.split(separator: "@", maxSplits: 1).last.map(String.init) ?? ""
        name = String(afterAt.prefix { $0 != "(" }).replacingOccurrences(of: "\"", with: "")
        body = ""
      } else if line == "}", let n = name {
        out[n] = body
        name = nil
      } else if name != nil {
        body += line + "\n"
      }
    }
    return out
  }

  @Test func regionsAllocateNothingPerTrip() throws {
    let path = write(Self.text, tempDir(), "t.ftir")
    let r = Commands.dump(path: path, after: "llvm", config: CompileConfig(cpu: "x86-64-v3"))
    #expect(r.status == 0, "\(r.stderr)")
    let fns = Self.functions(r.stdout)
    let regions = fns.keys.filter { $0.contains(".body") || $0.contains(".cond") }.filter { !$0.contains(".k0.body0.k") }
    #expect(regions.count >= 3, "region functions: \(fns.keys.sorted())")
    for name in regions {
      #expect(!fns[name]!.contains("@ftc_rt_alloc"), "\(name) allocates")
    }
    // The entry points allocate their loop's block once (and @f its own arena).
    for (name, allocs) in [("f", 2), ("g", 1)] {
      let calls = fns[name]?.components(separatedBy: "@ftc_rt_alloc(").count ?? 0
      #expect(calls - 1 == allocs, "@\(name) calls ftc_rt_alloc \(calls - 1) times")
    }
    #expect(try compareCompiled(Self.text, tolerance: 1e-12, inputs: { t, rng in smoothRandom(t.shape, &rng, in: -0.5...0.5) }).isEmpty)
  }
}
