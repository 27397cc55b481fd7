import Foundation
import Testing
@testable import FTIR
import FTCTool

/// Loops (`scan`, `while`): text form, diagnostics inside bodies, the
/// interpreter against values computed by hand, every transform against
/// finite differences and stacking, and the interpreter's trip budget.
/// (Compiled-vs-interpreter cases are in CompiledLoopCases.swift.)

/// An Elman-like RNN over 4 steps: h' = tanh(w·h + x), the step's output
/// h'², the weight w passed through as a carry. The loss sums the outputs
/// and the final state.
let rnnScan = """
  func @f(%h0: f64[2], %xs: f64[4, 2], %w: f64[2]) -> f64[] {
    %h, %wf, %ys = scan %h0, %w, %xs, carries=2, length=4 : (f64[2], f64[2], f64[4, 2])
      body(%c: f64[2], %v: f64[2], %x: f64[2]) {
        %m = mul %v, %c : f64[2]
        %a = add %m, %x : f64[2]
        %n = tanh %a : f64[2]
        %y = mul %n, %n : f64[2]
        yield %n, %v, %y
      }
    %s = reduce_sum %ys, dims=[0, 1] : f64[]
    %t = reduce_sum %h, dims=[0] : f64[]
    %r = add %s, %t : f64[]
    return %r
  }

  func @states(%h0: f64[2], %xs: f64[4, 2], %w: f64[2]) -> (f64[2], f64[4, 2]) {
    %h, %ys = scan %h0, %xs, carries=1, length=4, reverse=true : (f64[2], f64[4, 2])
      body(%c: f64[2], %x: f64[2]) {
        %a = add %c, %x : f64[2]
        %n = tanh %a : f64[2]
        yield %n, %n
      }
    return %h, %ys
  }

  func @k(%a: f64[]) -> f64[] {
    %half = constant 0.5 : f64[]
    %x, %b = scan %half, %a, length=5 : (f64[], f64[])
      body(%u: f64[], %v: f64[]) {
        %m = mul %v, %u : f64[]
        %s = sin %m : f64[]
        %n = add %s, %u : f64[]
        yield %n, %v
      }
    return %x
  }

  """

/// `@f` of `rnnScan`, computed in Swift.
func rnnReference(_ h0: [Double], _ xs: [[Double]], _ w: [Double]) -> Double {
  var h = h0, total = 0.0
  for x in xs {
    h = (0..<2).map { tanh(w[$0] * h[$0] + x[$0]) }
    total += h.map { $0 * $0 }.reduce(0, +)
  }
  return total + h.reduce(0, +)
}

let rnnPoints: [([Double], [[Double]], [Double])] = [
  ([0.1, -0.3], [[0.5, 0.2], [-0.4, 0.9], [0.3, -0.1], [0.05, 0.6]], [0.8, -1.1]),
  ([-0.6, 0.4], [[0.0, -0.2], [0.7, 0.1], [-0.5, 0.3], [0.2, 0.2]], [1.3, 0.4]),
]

private func rnnArgs(_ p: ([Double], [[Double]], [Double])) -> [HostTensor] {
  [f64(p.0, [2]), f64(p.1.flatMap { $0 }, [4, 2]), f64(p.2, [2])]
}

@Suite struct ScanTests {
  @Test func roundTripIsCanonicalAndIdempotent() throws {
    let once = try canonicalText(rnnScan)
    #expect(try canonicalText(once) == once)
    #expect(once.contains("scan %h0, %w, %xs, carries=2, length=4 : (f64[2], f64[2], f64[4,2])"))
    #expect(once.contains("carries=1, length=4, reverse=true"))
  }

  func diagnostics(_ op: String, _ body: String) -> [String] {
    checkDiagnostics("func @f(%c0: f32[2], %xs: f32[3, 2]) -> f32[2] {\n" + op + "\n" + body + "  return %r\n}\n")
  }

  @Test func diagnosticsPointIntoTheLoop() {
    let body = "    body(%c: f32[2], %x: f32[2]) {\n      %s = add %c, %x : f32[2]\n      yield %s, %s\n    }\n"
    #expect(diagnostics("  %r, %ys = scan %c0, %xs, carries=1, length=4 : (f32[2], f32[4, 2])", body)
              == ["2:23: error: input 0 of 'scan' must have leading dimension 4 (its length), got f32[3,2]"])
    #expect(diagnostics("  %r, %ys = scan %c0, %xs, carries=3, length=3 : (f32[2], f32[3, 2])", body)
              == ["2:36: error: 'scan' has 2 operands, so carries must be in 0...2, got 3"])
    let wrongBody = "    body(%c: f32[2], %x: f32[3]) {\n      yield %c, %c\n    }\n"
    #expect(diagnostics("  %r, %ys = scan %c0, %xs, carries=1, length=3 : (f32[2], f32[3, 2])", wrongBody)
              == ["3:5: error: 'scan' passes its body (f32[2], f32[2]) (the carries, then a row of each input), but the body takes (f32[2], f32[3])"])
    let badYield = "    body(%c: f32[2], %x: f32[2]) {\n      %e = constant 1.0 : f32[]\n      yield %e, %c\n    }\n"
    #expect(diagnostics("  %r, %ys = scan %c0, %xs, carries=1, length=3 : (f32[2], f32[3, 2])", badYield)
              == ["5:7: error: the body of 'scan' must yield the carries (f32[2]) first, then its outputs; it yields (f32[], f32[2])"])
    let inside = "    body(%c: f32[2], %x: f32[2]) {\n      %s = add %c, %x : f64[2]\n      yield %s, %s\n    }\n"
    #expect(diagnostics("  %r, %ys = scan %c0, %xs, carries=1, length=3 : (f32[2], f32[3, 2])", inside).first?.hasPrefix("4:25: error:") == true)
  }

  @Test func matchesTheReference() throws {
    for p in rnnPoints {
      let want = rnnReference(p.0, p.1, p.2)
      #expect(abs(try runExpanded(rnnScan, "f", rnnArgs(p))[0].doubles[0] - want) <= 1e-14 * abs(want))
      // reverse=true: step i reads row i and writes output row i, i = 3 ... 0.
      let r = try runExpanded(rnnScan, "states", rnnArgs(p))
      var h = p.0
      var rows = [[Double]](repeating: [], count: 4)
      for i in stride(from: 3, through: 0, by: -1) {
        h = (0..<2).map { tanh(h[$0] + p.1[i][$0]) }
        rows[i] = h
      }
      #expect(r[0].doubles == h)
      #expect(r[1].doubles == rows.flatMap { $0 })
    }
    var x = 0.5
    for _ in 0..<5 { x = sin(1.7 * x) + x }
    #expect(try runExpanded(rnnScan, "k", [scalar(1.7)])[0].doubles[0] == x)
  }

  @Test func lengthZeroGivesTheInitialCarries() throws {
    let text = """
      func @z(%c: f32[2], %xs: f32[0, 2]) -> (f32[2], f32[0, 2]) {
        %r, %ys = scan %c, %xs, carries=1, length=0 : (f32[2], f32[0, 2])
          body(%u: f32[2], %x: f32[2]) {
            %s = add %u, %x : f32[2]
            yield %s, %s
          }
        return %r, %ys
      }
      """
    let r = try runExpanded(text, "z", [f32([1, 2], [2]), f32([], [0, 2])])
    #expect(r[0].doubles == [1, 2])
    #expect(r[1].shape == [0, 2])
  }

  @Test func theTripBudgetStopsLongLoops() throws {
    let text = """
      func @spin_scan(%c: f32[]) -> f32[] {
        %r = scan %c, length=1000 : f32[]
          body(%u: f32[]) {
            %s = add %u, %u : f32[]
            yield %s
          }
        return %r
      }
      """
    var interp = Interpreter(module: try expandedModule(text))
    interp.tripBudget = 999
    #expect(throws: InterpreterError.self) { try interp.run("spin_scan", [scalar(Float(1))]) }
    do {
      _ = try interp.run("spin_scan", [scalar(Float(1))])
    } catch {
      #expect(error.message == "'scan' at line 2 would make more than 999 trips, the interpreter's trip budget; raise it with --max-trips")
    }
    interp.tripBudget = 1000
    #expect(try interp.run("spin_scan", [scalar(Float(1))])[0].doubles == [.infinity])
  }

  /// grad, jvp, vjp through the RNN against central differences; jacfwd ==
  /// jacrev; the Hessian against differences of the gradient;
  /// grad(grad) of the fori loop (a carry whose tangent appears after a step).
  @Test func derivativesMatchFiniteDifferences() throws {
    let m = try expandedModule(rnnScan + """
      func @g = grad(@f, argnums=[0, 1, 2])
      func @jf = jvp(@f)
      func @vj = vjp(@f)
      func @jr = jacrev(@f, argnums=[2])
      func @jw = jacfwd(@f, argnums=[2])
      func @hw = hessian(@f, argnums=[2])
      func @gw = grad(@f, argnums=[2])
      func @gk = grad(@k)
      func @ggk = grad(grad(@k))

      """)
    let interp = Interpreter(module: m)
    func f(_ a: [HostTensor]) throws -> Double { try interp.run("f", a)[0].doubles[0] }
    let h = 1e-6
    for p in rnnPoints {
      let args = rnnArgs(p)
      let g = try interp.run("g", args)
      for (k, a) in args.enumerated() {
        for i in 0..<a.count {
          var plus = a.doubles, minus = a.doubles
          plus[i] += h
          minus[i] -= h
          var ap = args, am = args
          ap[k] = f64(plus, a.shape)
          am[k] = f64(minus, a.shape)
          let fd = (try f(ap) - f(am)) / (2 * h)
          #expect(abs(g[k].doubles[i] - fd) <= 1e-6 * (1 + abs(fd)), "d/d(arg \(k))[\(i)]")
        }
      }
      // jvp along t and vjp with ct 2: both agree with the gradient.
      let ts = [f64([0.3, -0.2], [2]), f64((0..<8).map { Double($0) * 0.1 - 0.3 }, [4, 2]), f64([0.5, 0.25], [2])]
      let j = try interp.run("jf", args + ts)
      let directional = (0..<3).map { k in zip(g[k].doubles, ts[k].doubles).map(*).reduce(0, +) }.reduce(0, +)
      #expect(abs(j[1].doubles[0] - directional) <= 1e-12 * (1 + abs(directional)))
      #expect(j[0].doubles[0] == (try f(args)))
      let v = try interp.run("vj", args + [scalar(2.0)])
      for k in 0..<3 {
        #expect(zip(v[1 + k].doubles, g[k].doubles).allSatisfy { abs($0 - 2 * $1) <= 1e-12 * (1 + abs($1)) })
      }
      let jr = try interp.run("jr", args)[0].doubles, jw = try interp.run("jw", args)[0].doubles
      #expect(zip(jr, jw).allSatisfy { abs($0 - $1) <= 1e-12 * (1 + abs($1)) })
      let hw = try interp.run("hw", args)[0].doubles
      for i in 0..<2 {
        var ap = args, am = args
        var plus = p.2, minus = p.2
        plus[i] += h
        minus[i] -= h
        ap[2] = f64(plus, [2])
        am[2] = f64(minus, [2])
        let gp = try interp.run("gw", ap)[0].doubles, gm = try interp.run("gw", am)[0].doubles
        for k in 0..<2 {
          let fd = (gp[k] - gm[k]) / (2 * h)
          #expect(abs(hw[i * 2 + k] - fd) <= 1e-5 * (1 + abs(fd)), "H[\(i),\(k)]")
        }
      }
    }
    for a in [0.4, 1.7, -0.9] {
      let k = { (x: Double) throws -> Double in try interp.run("k", [scalar(x)])[0].doubles[0] }
      let gk = try interp.run("gk", [scalar(a)])[0].doubles[0]
      let fd = (try k(a + h) - k(a - h)) / (2 * h)
      #expect(abs(gk - fd) <= 1e-6 * (1 + abs(fd)), "dk/da at \(a)")
      let ggk = try interp.run("ggk", [scalar(a)])[0].doubles[0]
      let gp = try interp.run("gk", [scalar(a + h)])[0].doubles[0], gm = try interp.run("gk", [scalar(a - h)])[0].doubles[0]
      #expect(abs(ggk - (gp - gm) / (2 * h)) <= 1e-5 * (1 + abs(ggk)), "d²k/da² at \(a)")
    }
  }

  /// vmap over every mapping equals stacking, bit for bit: a batched input
  /// (its batch axis moved behind the scan axis), a batched carry, a
  /// carry batched only through a step (w batched makes h batched), and
  /// stacked outputs batched; vmap(grad) against per-example gradients.
  @Test func vmapMatchesStacking() throws {
    let m = try expandedModule(rnnScan + """
      func @v_all = vmap(@f, in_axes=[0, 0, 0], size=2)
      func @v_xs = vmap(@f, in_axes=[none, 1, none], size=2)
      func @v_w = vmap(@f, in_axes=[none, none, 0], size=2)
      func @v_states = vmap(@states, in_axes=[none, 2, none], out_axes=[0, 1], size=2)
      func @v_grad = vmap(grad(@f, argnums=[0, 1, 2]), in_axes=[0, 0, 0], out_axes=[0, 0, 0], size=2)
      func @g = grad(@f, argnums=[0, 1, 2])

      """)
    let interp = Interpreter(module: m)
    let ps = rnnPoints
    let f = { (p: ([Double], [[Double]], [Double])) throws -> Double in try interp.run("f", rnnArgs(p))[0].doubles[0] }
    let h0s = f64(ps.flatMap(\.0), [2, 2]), xss = f64(ps.flatMap { $0.1.flatMap { $0 } }, [2, 4, 2]), ws = f64(ps.flatMap(\.2), [2, 2])
    #expect(try interp.run("v_all", [h0s, xss, ws])[0].doubles == ps.map(f))
    // xs batched at axis 1: [4, 2 (batch), 2].
    let xsT = f64((0..<4).flatMap { i in ps.flatMap { $0.1[i] } }, [4, 2, 2])
    #expect(try interp.run("v_xs", [f64(ps[0].0, [2]), xsT, f64(ps[0].2, [2])])[0].doubles
              == ps.map { try f((ps[0].0, $0.1, ps[0].2)) })
    #expect(try interp.run("v_w", [f64(ps[0].0, [2]), f64(ps[0].1.flatMap { $0 }, [4, 2]), ws])[0].doubles
              == ps.map { try f((ps[0].0, ps[0].1, $0.2)) })
    // xs batched at axis 2 ([4, 2, 2 (batch)]); the stacked outputs come out at axis 1.
    var last: [Double] = []
    for i in 0..<4 { for j in 0..<2 { for p in ps { last.append(p.1[i][j]) } } }
    let xsLast = f64(last, [4, 2, 2])
    let st = try interp.run("v_states", [f64(ps[0].0, [2]), xsLast, f64(ps[0].2, [2])])
    for (b, p) in ps.enumerated() {
      let one = try interp.run("states", [f64(ps[0].0, [2]), f64(p.1.flatMap { $0 }, [4, 2]), f64(ps[0].2, [2])])
      #expect(Array(st[0].doubles[(2 * b)..<(2 * b + 2)]) == one[0].doubles)
      let all: [Double] = st[1].doubles
      var rows: [Double] = []
      for i in 0..<4 {
        let start: Int = i * 4 + b * 2
        rows += all[start..<(start + 2)]
      }
      #expect(rows == one[1].doubles)
    }
    let vg = try interp.run("v_grad", [h0s, xss, ws])
    for (b, p) in ps.enumerated() {
      let g = try interp.run("g", rnnArgs(p))
      #expect(Array(vg[0].doubles[(2 * b)..<(2 * b + 2)]) == g[0].doubles)
      #expect(Array(vg[1].doubles[(8 * b)..<(8 * b + 8)]) == g[1].doubles)
      #expect(Array(vg[2].doubles[(2 * b)..<(2 * b + 2)]) == g[2].doubles)
    }
  }
}

/// Newton's method for x³ + a·x − b = 0 from x = 1, until |residual| <= 1e-12
/// (newton_while.ftir), as function `name` with `loopAttrs` written on its
/// `while` (e.g. ", max_trips=50").
func newtonWhileFunction(name: String, loopAttrs: String) -> String {
  """
  func @\(name)(%a: f64[], %b: f64[]) -> f64[] {
    %x0 = constant 1.0 : f64[]
    %x, %aa, %bb = while %x0, %a, %b\(loopAttrs) : (f64[], f64[], f64[])
      cond(%x: f64[], %a: f64[], %b: f64[]) {
        %x2 = mul %x, %x : f64[]
        %x3 = mul %x2, %x : f64[]
        %ax = mul %a, %x : f64[]
        %s = add %x3, %ax : f64[]
        %r = sub %s, %b : f64[]
        %m = abs %r : f64[]
        %tol = constant 0.000000000001 : f64[]
        %p = gt %m, %tol : i1[]
        yield %p
      }
      body(%x: f64[], %a: f64[], %b: f64[]) {
        %x2 = mul %x, %x : f64[]
        %x3 = mul %x2, %x : f64[]
        %ax = mul %a, %x : f64[]
        %s = add %x3, %ax : f64[]
        %r = sub %s, %b : f64[]
        %three = constant 3.0 : f64[]
        %d0 = mul %three, %x2 : f64[]
        %d = add %d0, %a : f64[]
        %step = div %r, %d : f64[]
        %xn = sub %x, %step : f64[]
        yield %xn, %a, %b
      }
    return %x
  }

  """
}

/// Newton's method with at most 50 trips (JAX cannot differentiate this in
/// reverse mode: `lax.while_loop` has no reverse-mode rule), and a counter.
let newtonWhile = newtonWhileFunction(name: "newton", loopAttrs: ", max_trips=50") + """

  func @count(%n: i32[]) -> (i32[], f32[]) {
    %k0 = constant 0 : i32[]
    %s0 = constant 1.0 : f32[]
    %k, %s, %nn = while %k0, %s0, %n, max_trips=3 : (i32[], f32[], i32[])
      cond(%k: i32[], %s: f32[], %m: i32[]) {
        %p = lt %k, %m : i1[]
        yield %p
      }
      body(%k: i32[], %s: f32[], %m: i32[]) {
        %one = constant 1 : i32[]
        %k1 = add %k, %one : i32[]
        %s1 = add %s, %s : f32[]
        yield %k1, %s1, %m
      }
    return %k, %s
  }

  """

func newtonReference(_ a: Double, _ b: Double) -> Double {
  var x = 1.0
  while abs(x * x * x + a * x - b) > 1e-12 { x -= (x * x * x + a * x - b) / (3 * x * x + a) }
  return x
}

let newtonPoints: [(Double, Double)] = [(2.0, 5.0), (0.5, -1.0), (4.0, 10.0), (1.5, 0.25)]

@Suite struct WhileTests {
  @Test func roundTripIsCanonicalAndIdempotent() throws {
    let once = try canonicalText(newtonWhile)
    #expect(try canonicalText(once) == once)
    #expect(once.contains("while %x0, %a, %b, max_trips=50 : (f64[], f64[], f64[])"))
  }

  @Test func diagnosticsPointIntoTheLoop() {
    func check(_ regions: String) -> [String] {
      checkDiagnostics("func @f(%x: f32[]) -> f32[] {\n  %r = while %x : f32[]\n" + regions + "  return %r\n}\n")
    }
    let notBool = "    cond(%a: f32[]) {\n      yield %a\n    }\n    body(%a: f32[]) {\n      yield %a\n    }\n"
    #expect(check(notBool) == ["4:7: error: region 'cond' must yield one i1[], got (f32[])"])
    let wrongBody = "    cond(%a: f32[]) {\n      %p = constant true : i1[]\n      yield %p\n    }\n    body(%a: f64[]) {\n      yield %a\n    }\n"
    #expect(check(wrongBody) == ["7:5: error: region 'body' takes (f64[]), but 'while' passes it its carries (f32[])"])
    let inside = "    cond(%a: f32[]) {\n      %p = gt %a, %a : f32[]\n      yield %p\n    }\n    body(%a: f32[]) {\n      yield %a\n    }\n"
    #expect(check(inside).first == "4:24: error: result type f32[] does not match 'gt': expected i1[]")
  }

  @Test func matchesTheReference() throws {
    for (a, b) in newtonPoints {
      let x = try runExpanded(newtonWhile, "newton", [scalar(a), scalar(b)])[0].doubles[0]
      #expect(x == newtonReference(a, b))
      #expect(abs(x * x * x + a * x - b) <= 1e-12)
    }
    let r = try runExpanded(newtonWhile, "count", [HostTensor([Int32(3)], shape: [])])
    #expect(r[0].doubles == [3] && r[1].doubles == [8])
    #expect(try runExpanded(newtonWhile, "count", [HostTensor([Int32(-5)], shape: [])])[0].doubles == [0])
  }

  @Test func maxTripsAndTheTripBudgetAreErrors() throws {
    #expect(throws: InterpreterError.self) { try runExpanded(newtonWhile, "count", [HostTensor([Int32(4)], shape: [])]) }
    do {
      _ = try runExpanded(newtonWhile, "count", [HostTensor([Int32(4)], shape: [])])
    } catch let e as InterpreterError {
      #expect(e.message == "the condition of 'while' at line 34 still holds after max_trips=3 executions of its body")
    }
    let forever = """
      func @spin(%x: f32[]) -> f32[] {
        %r = while %x : f32[]
          cond(%a: f32[]) {
            %p = constant true : i1[]
            yield %p
          }
          body(%a: f32[]) {
            yield %a
          }
        return %r
      }
      """
    var interp = Interpreter(module: try expandedModule(forever))
    interp.tripBudget = 1000
    do {
      _ = try interp.run("spin", [scalar(Float(1))])
      Issue.record("an endless loop returned")
    } catch {
      #expect(error.message == "'while' at line 2 would make more than 1000 trips, the interpreter's trip budget; raise it with --max-trips")
    }
  }

  @Test func reverseModeNeedsMaxTrips() {
    let text = newtonWhile.replacingOccurrences(of: ", max_trips=50", with: "") + "func @g = grad(@newton)\n"
    let d = checkDiagnostics(text)
    #expect(d.count == 1)
    #expect(d.first?.contains("reverse mode through 'while' (line 3) needs max_trips=N on the loop") == true, "\(d)")
  }

  /// Gradients through the loop: against the implicit-function theorem
  /// (∂x/∂a = −x/(3x²+a), ∂x/∂b = 1/(3x²+a)) and central differences; jvp,
  /// vjp, jacfwd == jacrev, grad(grad) against differences of grad.
  @Test func derivativesMatchTheImplicitFunctionTheorem() throws {
    let m = try expandedModule(newtonWhile + """
      func @g = grad(@newton, argnums=[0, 1])
      func @jf = jvp(@newton)
      func @vj = vjp(@newton)
      func @jr = jacrev(@newton, argnums=[0])
      func @jw = jacfwd(@newton, argnums=[0])
      func @gb = grad(@newton, argnums=[1])
      func @ggb = grad(grad(@newton, argnums=[1]), argnums=[1])
      func @hb = hessian(@newton, argnums=[1])

      """)
    let interp = Interpreter(module: m)
    for (a, b) in newtonPoints {
      let x = newtonReference(a, b)
      let g = try interp.run("g", [scalar(a), scalar(b)])
      let da = -x / (3 * x * x + a), db = 1 / (3 * x * x + a)
      #expect(abs(g[0].doubles[0] - da) <= 1e-6 * (1 + abs(da)), "dx/da at a=\(a) b=\(b)")
      #expect(abs(g[1].doubles[0] - db) <= 1e-6 * (1 + abs(db)), "dx/db at a=\(a) b=\(b)")
      let h = 1e-6
      let fdb = (newtonReference(a, b + h) - newtonReference(a, b - h)) / (2 * h)
      #expect(abs(g[1].doubles[0] - fdb) <= 1e-5 * (1 + abs(fdb)))
      let j = try interp.run("jf", [scalar(a), scalar(b), scalar(0.3), scalar(-0.7)])
      #expect(j[0].doubles[0] == x)
      let directional = 0.3 * g[0].doubles[0] - 0.7 * g[1].doubles[0]
      #expect(abs(j[1].doubles[0] - directional) <= 1e-12 * (1 + abs(directional)))
      let v = try interp.run("vj", [scalar(a), scalar(b), scalar(2.0)])
      #expect(abs(v[1].doubles[0] - 2 * g[0].doubles[0]) <= 1e-12 * (1 + abs(g[0].doubles[0])))
      let jr = try interp.run("jr", [scalar(a), scalar(b)])[0].doubles[0], jw = try interp.run("jw", [scalar(a), scalar(b)])[0].doubles[0]
      #expect(abs(jr - jw) <= 1e-12 * (1 + abs(jw)))
      // d²x/db² = −6x·(∂x/∂b)³ ... checked against differences of the gradient.
      let gg = try interp.run("ggb", [scalar(a), scalar(b)])[0].doubles[0]
      let hb = try interp.run("hb", [scalar(a), scalar(b)])[0].doubles[0]
      let gp = try interp.run("gb", [scalar(a), scalar(b + 1e-5)])[0].doubles[0]
      let gm = try interp.run("gb", [scalar(a), scalar(b - 1e-5)])[0].doubles[0]
      let fd2 = (gp - gm) / 2e-5
      #expect(abs(gg - fd2) <= 1e-4 * (1 + abs(fd2)), "d²x/db² at a=\(a) b=\(b)")
      #expect(abs(hb - gg) <= 1e-9 * (1 + abs(gg)))
    }
  }

  /// vmap with a batched condition (each lane stops on its own, finished
  /// lanes frozen) and vmap(grad) equal stacking, bit for bit.
  @Test func vmapMatchesStacking() throws {
    let m = try expandedModule(newtonWhile + """
      func @v = vmap(@newton, in_axes=[0, 0], size=4)
      func @vb = vmap(@newton, in_axes=[none, 0], size=4)
      func @vc = vmap(@count, in_axes=[0], size=3)
      func @vg = vmap(grad(@newton, argnums=[0, 1]), in_axes=[0, 0], out_axes=[0, 0], size=4)
      func @g = grad(@newton, argnums=[0, 1])

      """)
    let interp = Interpreter(module: m)
    let a = f64(newtonPoints.map(\.0), [4]), b = f64(newtonPoints.map(\.1), [4])
    #expect(try interp.run("v", [a, b])[0].doubles == newtonPoints.map { newtonReference($0.0, $0.1) })
    #expect(try interp.run("vb", [scalar(2.0), b])[0].doubles == newtonPoints.map { newtonReference(2.0, $0.1) })
    let c = try interp.run("vc", [HostTensor([Int32(0), 2, 3], shape: [3])])
    #expect(c[0].doubles == [0, 2, 3] && c[1].doubles == [1, 4, 8])
    let vg = try interp.run("vg", [a, b])
    for (k, (x, y)) in newtonPoints.enumerated() {
      let g = try interp.run("g", [scalar(x), scalar(y)])
      #expect(vg[0].doubles[k] == g[0].doubles[0] && vg[1].doubles[k] == g[1].doubles[0])
    }
  }
}

@Suite struct LoopCommandTests {
  /// `ftc run` past max_trips exits 1 naming the loop's line, in the
  /// interpreter and in compiled code (status 3); --max-trips bounds the
  /// interpreter.
  @Test func maxTripsExitsOneInBothModes() throws {
    let dir = tempDir()
    let src = write(newtonWhile, dir, "loops.ftir")
    let n = dir + "/n.npy"
    FileManager.default.createFile(atPath: n, contents: Data(writeNPY(HostTensor([Int32(4)], shape: []))))
    let interp = Commands.run(path: src, function: "count", inputs: [n], outputs: [], interpret: true)
    #expect(interp.status == 1)
    #expect(interp.stderr.contains("the condition of 'while' at line 34 still holds after max_trips=3 executions of its body"), "\(interp.stderr)")
    let compiled = Commands.run(path: src, function: "count", inputs: [n], outputs: [], interpret: false)
    #expect(compiled.status == 1)
    #expect(compiled.stderr.contains("returned status 3") && compiled.stderr.contains("(the loop at line 34)"), "\(compiled.stderr)")
    FileManager.default.createFile(atPath: n, contents: Data(writeNPY(HostTensor([Int32(3)], shape: []))))
    #expect(Commands.run(path: src, function: "count", inputs: [n], outputs: [], interpret: false).stdout
              == "array(3, dtype=int32)\narray(8., dtype=float32)\n")
    let bounded = Commands.run(path: src, function: "count", inputs: [n], outputs: [], interpret: true, maxTrips: 2)
    #expect(bounded.status == 1 && bounded.stderr.contains("trip budget"), "\(bounded.stderr)")
  }
}
