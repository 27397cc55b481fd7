import Foundation
import Testing
@testable import FTIR
import FTCTool

/// `checkpoint=K` on `scan` and `while`: reverse mode gives the same
/// gradients as without it (every K, K not dividing the length, K past the
/// length, forward and reverse scans, compositions), in the interpreter and
/// compiled; the stored residuals shrink (arena bytes in the `schedule`
/// dump); K < 1 is a diagnostic at its line:col.

/// An RNN-like scan of `n` steps with a carried weight, per-step outputs
/// and an input sequence; `attrs` is appended to the scan's attributes.
func checkpointScan(_ n: Int, _ attrs: String) -> String {
  """
  func @f(%h0: f64[3], %xs: f64[\(n), 3], %w: f64[3]) -> f64[] {
    %h, %wf, %ys = scan %h0, %w, %xs, carries=2, length=\(n)\(attrs) : (f64[3], f64[3], f64[\(n), 3])
      body(%c: f64[3], %v: f64[3], %x: f64[3]) {
        %m = mul %v, %c : f64[3]
        %a = add %m, %x : f64[3]
        %t = tanh %a : f64[3]
        %y = mul %t, %t : f64[3]
        yield %t, %v, %y
      }
    %s = reduce_sum %ys, dims=[0, 1] : f64[]
    %q = mul %h, %wf : f64[3]
    %u = reduce_sum %q, dims=[0] : f64[]
    %r = add %s, %u : f64[]
    return %r
  }
  func @g = grad(@f, argnums=[0, 1, 2])

  """
}

private func scanArgs(_ n: Int) -> [HostTensor] {
  var rng = SeededRNG(seed: 5)
  return [smoothRandom([3], &rng), smoothRandom([n, 3], &rng), smoothRandom([3], &rng, in: 0.5...1.2)]
}

/// Newton's cube-root-like iteration of newton_while.ftir with `attrs` on the loop.
func checkpointWhile(_ attrs: String) -> String {
  newtonWhileFunction(name: "root", loopAttrs: ", max_trips=40" + attrs) + """
  func @g = grad(@root, argnums=[0, 1])

  """
}

/// The arena bytes of `@name` (its top level) in the `schedule` dump of `text`.
func arenaBytes(_ text: String, _ name: String) throws -> Int {
  let path = write(text, tempDir(), "t.ftir")
  let r = Commands.dump(path: path, after: "schedule", function: name)
  let lines = r.stdout.split(separator: "\n")
  guard let head = lines.firstIndex(where: { $0.hasPrefix("func @\(name)(") }), head + 1 < lines.count else {
    throw GradCheckError(description: "no @\(name) in the schedule dump: \(r.stdout) \(r)")
  }
  let words = lines[head + 1].split(separator: " ")
  guard words.count == 3, words[0] == "arena", let n = Int(words[1]) else {
    throw GradCheckError(description: "no arena line under @\(name): \(lines[head + 1])")
  }
  return n
}

@Suite struct CheckpointTests {
  @Test func scanGradientsAreTheSameForEveryK() throws {
    for n in [1, 7, 12] {
      let args = scanArgs(n)
      let plain = try Interpreter(module: try expandedModule(checkpointScan(n, ""))).run("g", args)
      for rev in ["", ", reverse=true"] {
        for k in [1, 2, 3, 5, 12, 100] {
          let text = checkpointScan(n, rev + ", checkpoint=\(k)")
          let base = try Interpreter(module: try expandedModule(checkpointScan(n, rev))).run("g", args)
          let got = try Interpreter(module: try expandedModule(text)).run("g", args)
          for (j, (a, b)) in zip(got, base).enumerated() {
            #expect(allClose(a, b, tol: 1e-13), "n=\(n) K=\(k)\(rev): gradient \(j) \(a.doubles) vs \(b.doubles)")
          }
          if rev.isEmpty { #expect(allClose(got[0], plain[0], tol: 1e-13)) }
          #expect(try compareCompiled(text, tolerance: 1e-12, inputs: { t, rng in smoothRandom(t.shape, &rng) }).isEmpty, "n=\(n) K=\(k)\(rev)")
        }
      }
    }
  }

  /// Compositions through a checkpointed scan: the Hessian (forward over
  /// reverse), grad(grad), vmap(grad), all equal to the unchecked loop's.
  @Test func compositionsMatchTheUncheckedLoop() throws {
    let n = 7
    let extra = """
      func @h = hessian(@f, argnums=[2])
      func @gw = grad(@f, argnums=[2])
      func @vg = vmap(@gw, in_axes=[none, 0, none], size=4)
      func @jr = jacrev(@gw, argnums=[0])

      """
    let args = scanArgs(n)
    let plain = Interpreter(module: try expandedModule(checkpointScan(n, "") + extra))
    let checked = Interpreter(module: try expandedModule(checkpointScan(n, ", checkpoint=3") + extra))
    for name in ["h", "jr"] {
      let a = try plain.run(name, args), b = try checked.run(name, args)
      #expect(allClose(a[0], b[0], tol: 1e-12), "@\(name)")
    }
    var rng = SeededRNG(seed: 9)
    let batch = smoothRandom([4, n, 3], &rng)
    let a = try plain.run("vg", [args[0], batch, args[2]]), b = try checked.run("vg", [args[0], batch, args[2]])
    #expect(allClose(a[0], b[0], tol: 1e-12))
  }

  /// A checkpointed scan inside another loop's body: its linear op (the
  /// whole scan, primal results as placeholders) is a well-typed op of the
  /// split body, and the gradient equals the unchecked one.
  @Test func nestedCheckpointedScan() throws {
    func nested(_ attrs: String) -> String {
      """
      func @f(%h0: f64[3], %w: f64[3]) -> f64[] {
        %h, %wf = scan %h0, %w, carries=2, length=3 : (f64[3], f64[3])
          body(%c: f64[3], %v: f64[3]) {
            %i, %iv = scan %c, %v, carries=2, length=5\(attrs) : (f64[3], f64[3])
              body(%a: f64[3], %b: f64[3]) {
                %m = mul %a, %b : f64[3]
                %t = tanh %m : f64[3]
                yield %t, %b
              }
            yield %i, %v
          }
        %u = reduce_sum %h, dims=[0] : f64[]
        return %u
      }
      func @g = grad(@f, argnums=[0, 1])

      """
    }
    var rng = SeededRNG(seed: 4)
    let args = [smoothRandom([3], &rng), smoothRandom([3], &rng, in: 0.5...1.2)]
    let want = try Interpreter(module: try expandedModule(nested(""))).run("g", args)
    for k in [1, 2, 5] {
      let got = try Interpreter(module: try expandedModule(nested(", checkpoint=\(k)"))).run("g", args)
      #expect(allClose(got[0], want[0], tol: 1e-13) && allClose(got[1], want[1], tol: 1e-13), "K=\(k): \(got.map(\.doubles)) vs \(want.map(\.doubles))")
      #expect(try compareCompiled(nested(", checkpoint=\(k)"), tolerance: 1e-12, inputs: { t, rng in smoothRandom(t.shape, &rng) }).isEmpty)
    }
  }

  @Test func whileGradientsAreTheSame() throws {
    let plain = Interpreter(module: try expandedModule(checkpointWhile("")))
    for k in [1, 3, 7, 40, 64] {
      let text = checkpointWhile(", checkpoint=\(k)")
      let m = Interpreter(module: try expandedModule(text))
      for (a, b) in [(1.0, 3.0), (0.5, 7.0), (3.0, -1.0)] {
        let got = try m.run("g", [scalar(a), scalar(b)])
        let want = try plain.run("g", [scalar(a), scalar(b)])
        let x = try m.run("root", [scalar(a), scalar(b)])[0].doubles[0]
        #expect(allClose(got[0], want[0], tol: 1e-13) && allClose(got[1], want[1], tol: 1e-13), "K=\(k) a=\(a) b=\(b)")
        #expect(abs(got[0].doubles[0] + x / (3 * x * x + a)) < 1e-9, "implicit-function value, K=\(k)")
      }
      #expect(try compareCompiled(text, tolerance: 1e-12, inputs: { _, rng in scalar(Double.random(in: 0.5...2, using: &rng)) }).isEmpty, "K=\(k)")
    }
  }

  /// The stored residuals shrink: the gradient's top-level arena (where
  /// the forward loop's stacked residuals live) is smaller with a checkpoint.
  /// A carry-only scan with a deep body: without a checkpoint 400 steps of
  /// 8 residuals are stacked; with K=20 the top level keeps 20 carries (the
  /// chunk's residuals live in the backward body's own arena).
  @Test func checkpointsShrinkTheResidualBuffer() throws {
    func deep(_ attrs: String) -> String {
      """
      func @f(%h0: f64[16], %w: f64[16]) -> f64[] {
        %h, %wf = scan %h0, %w, length=400\(attrs) : (f64[16], f64[16])
          body(%c: f64[16], %v: f64[16]) {
            %m1 = mul %v, %c : f64[16]
            %t1 = tanh %m1 : f64[16]
            %m2 = mul %v, %t1 : f64[16]
            %t2 = tanh %m2 : f64[16]
            %m3 = mul %v, %t2 : f64[16]
            %t3 = tanh %m3 : f64[16]
            %m4 = mul %v, %t3 : f64[16]
            %t4 = tanh %m4 : f64[16]
            yield %t4, %v
          }
        %s = reduce_sum %h, dims=[0] : f64[]
        return %s
      }
      func @g = grad(@f, argnums=[0, 1])

      """
    }
    let plain = try arenaBytes(deep(""), "g")
    let every20 = try arenaBytes(deep(", checkpoint=20"), "g")
    #expect(every20 * 10 < plain, "arena \(every20) bytes with checkpoint=20, \(plain) without")
    var rng = SeededRNG(seed: 3)
    let args = [smoothRandom([16], &rng), smoothRandom([16], &rng, in: 0.5...1.1)]
    let a = try Interpreter(module: try expandedModule(deep(""))).run("g", args)
    let b = try Interpreter(module: try expandedModule(deep(", checkpoint=20"))).run("g", args)
    #expect(allClose(a[0], b[0], tol: 1e-13) && allClose(a[1], b[1], tol: 1e-13))
    let whilePlain = try arenaBytes(checkpointWhile("").replacingOccurrences(of: "max_trips=40", with: "max_trips=1000"), "g")
    let whileK = try arenaBytes(checkpointWhile(", checkpoint=32").replacingOccurrences(of: "max_trips=40", with: "max_trips=1000"), "g")
    #expect(whileK * 4 < whilePlain, "while: arena \(whileK) bytes with checkpoint=32, \(whilePlain) without")
  }

  @Test func checkpointBelowOneIsADiagnostic() {
    let scanText = "func @f(%c: f32[2], %xs: f32[3, 2]) -> f32[2] {\n  %r, %ys = scan %c, %xs, carries=1, length=3, checkpoint=0 : (f32[2], f32[3, 2])\n"
      + "    body(%u: f32[2], %x: f32[2]) {\n      %s = add %u, %x : f32[2]\n      yield %s, %s\n    }\n  return %r\n}\n"
    #expect(checkDiagnostics(scanText) == ["2:59: error: 'scan' needs checkpoint >= 1 (store every K-th carry), got 0"])
    let whileText = checkpointWhile(", checkpoint=-2")
    let d = checkDiagnostics(whileText)
    #expect(d.count == 1 && d[0].hasSuffix("error: 'while' needs checkpoint >= 1 (store every K-th carry), got -2") && d[0].hasPrefix("3:"), "\(d)")
  }
}
