import Foundation
import Testing
@testable import FTIR
import FTCTool

/// Regions in the IR and `cond`: text form, verifier diagnostics inside
/// regions, the walk over nested regions (a `cond` in a branch of a `cond`)
/// in the interpreter and every transform, and `cond`'s op suite.

/// A function of x: f64[3], y: f64[] that branches on the sign of sum(x),
/// with a `cond` nested in the `then` branch (on y > 0.5) and an i32-indexed
/// `cond` (three branches) in the `else` branch.
let nestedCond = """
  func @f(%x: f64[3], %y: f64[]) -> f64[] {
    %z = constant 0.0 : f64[]
    %s = reduce_sum %x, dims=[0] : f64[]
    %p = gt %s, %z : i1[]
    %r = cond %p, %x, %y : f64[]
      then(%a: f64[3], %b: f64[]) {
        %half = constant 0.5 : f64[]
        %q = gt %b, %half : i1[]
        %u = cond %q, %a, %b : f64[]
          then(%c: f64[3], %d: f64[]) {
            %e = sin %c : f64[3]
            %t = reduce_sum %e, dims=[0] : f64[]
            %m = mul %t, %d : f64[]
            yield %m
          }
          else(%c: f64[3], %d: f64[]) {
            %e = mul %c, %c : f64[3]
            %t = reduce_sum %e, dims=[0] : f64[]
            %m = add %t, %d : f64[]
            yield %m
          }
        yield %u
      }
      else(%a: f64[3], %b: f64[]) {
        %k = convert %b : i32[]
        %v = cond %k, %a, %b : f64[]
          branch(%c: f64[3], %d: f64[]) {
            %t = reduce_prod %c, dims=[0] : f64[]
            yield %t
          }
          branch(%c: f64[3], %d: f64[]) {
            %e = exp %c : f64[3]
            %t = reduce_sum %e, dims=[0] : f64[]
            %m = mul %t, %d : f64[]
            yield %m
          }
          branch(%c: f64[3], %d: f64[]) {
            %t = reduce_max %c, dims=[0] : f64[]
            %m = mul %d, %d : f64[]
            %n = mul %t, %m : f64[]
            yield %n
          }
        yield %v
      }
    return %r
  }

  """

/// `nestedCond`'s value, computed in Swift.
func nestedCondReference(_ x: [Double], _ y: Double) -> Double {
  // Sums and products in FTIR's fixed reduction order (IR/README "Reduction order").
  func sum(_ v: [Double]) -> Double { orderedFold(v[...], identity: -0.0, +) }
  func product(_ v: [Double]) -> Double { orderedFold(v[...], identity: 1, *) }
  if sum(x) > 0 {
    return y > 0.5 ? sum(x.map(sin)) * y : sum(x.map { $0 * $0 }) + y
  }
  switch min(max(Int(y.rounded(.towardZero)), 0), 2) {
  case 0: return product(x)
  case 1: return sum(x.map(exp)) * y
  default: return x.max()! * (y * y)
  }
}

/// Points that take every path of `nestedCond` (away from the branch edges).
let nestedCondPoints: [([Double], Double)] = [
  ([0.3, 0.9, -0.2], 1.25), ([0.3, 0.9, -0.2], 0.25), ([0.4, -0.3, -0.6], -3.0),
  ([0.4, -0.3, -0.6], 1.5), ([0.4, -0.3, -0.6], 2.7), ([-1.1, 0.2, 0.3], 7.9),
]

func canonicalText(_ text: String) throws -> String {
  printModule(try load(text).get())
}

@Suite struct RegionTextTests {
  @Test func roundTripIsCanonicalAndIdempotent() throws {
    let once = try canonicalText(nestedCond)
    #expect(try canonicalText(once) == once)
    #expect(once.contains("\n        then(%c: f64[3], %d: f64[]) {\n          %e = sin %c : f64[3]\n"))
    #expect(once.contains("      branch(%c: f64[3], %d: f64[]) {\n"))
  }

  @Test func regionValuesHaveTheirOwnScope() throws {
    // The same names in both regions and outside them.
    let text = """
      func @f(%p: i1[], %a: f32[]) -> f32[] {
        %r = cond %p, %a : f32[]
          then(%a: f32[]) {
            %r = neg %a : f32[]
            yield %r
          }
          else(%a: f32[]) {
            yield %a
          }
        return %r
      }
      """
    let m = try load(text).get()
    #expect(try canonicalText(text) == printModule(m))
    #expect(m.functions[0].body[0].regions.map(\.name) == ["then", "else"])
    #expect(try runExpanded(text, "f", [HostTensor([true], shape: []), scalar(Float(2))])[0].doubles == [-2])
    #expect(try runExpanded(text, "f", [HostTensor([false], shape: []), scalar(Float(2))])[0].doubles == [2])
  }

  @Test func builtModulesPrintAndParseBack() throws {
    // A cond made with the builder prints as text that parses to the same text.
    let m = try expandedModule(nestedCond + "func @g = grad(@f)\n")
    let text = printModule(m)
    #expect(try canonicalText(text) == text)
  }
}

@Suite struct RegionDiagnosticTests {
  func diagnostics(_ body: String) -> [String] {
    checkDiagnostics("func @f(%p: i1[], %x: f32[]) -> f32[] {\n" + body + "  return %r\n}\n")
  }

  @Test func typeErrorInsideARegionPointsInside() {
    let d = diagnostics("""
        %r = cond %p, %x : f32[]
          then(%a: f32[]) {
            %b = exp %a : f64[]
            yield %b
          }
          else(%a: f32[]) {
            yield %a
          }

      """)
    #expect(d.first == "4:21: error: result type f64[] does not match 'exp': expected f32[]")
  }

  @Test func outerValuesAreNotVisible() {
    let d = diagnostics("""
        %r = cond %p, %x : f32[]
          then(%a: f32[]) {
            %b = add %a, %x : f32[]
            yield %b
          }
          else(%a: f32[]) {
            yield %a
          }

      """)
    #expect(d == ["4:20: error: value '%x' is defined outside region 'then': a region sees only its parameters (pass the value as an operand of the op)"])
  }

  @Test func branchSignaturesAreChecked() {
    let wrongParam = diagnostics("""
        %r = cond %p, %x : f32[]
          then(%a: f64[]) {
            %b = convert %a : f32[]
            yield %b
          }
          else(%a: f32[]) {
            yield %a
          }

      """)
    #expect(wrongParam == ["3:5: error: region 'then' takes (f64[]), but 'cond' passes it (f32[])"])
    let wrongYield = diagnostics("""
        %r = cond %p, %x : f32[]
          then(%a: f32[]) {
            yield %a
          }
          else(%a: f32[]) {
            %b = convert %a : f64[]
            yield %b
          }

      """)
    #expect(wrongYield == ["8:7: error: region 'else' yields (f64[]), but 'then' yields (f32[])"])
    let labels = diagnostics("""
        %r = cond %p, %x : f32[]
          branch(%a: f32[]) {
            yield %a
          }

      """)
    #expect(labels == ["3:5: error: 'cond' with an i1[] predicate takes two regions, then(...) { ... } and else(...) { ... }, got branch"])
    let index = checkDiagnostics("""
      func @f(%i: i64[], %x: f32[]) -> f32[] {
        %r = cond %i, %x : f32[]
          branch(%a: f32[]) {
            yield %a
          }
        return %r
      }
      """)
    #expect(index == ["2:13: error: 'cond' needs an i1[] predicate or an i32[] branch index, got i64[]"])
  }

  @Test func bodyStructureErrors() {
    let ret = diagnostics("""
        %r = cond %p, %x : f32[]
          then(%a: f32[]) {
            return %a
          }
          else(%a: f32[]) {
            yield %a
          }

      """)
    #expect(ret.contains("4:7: error: a region ends with 'yield', not 'return'"))
    #expect(ret.contains("5:5: error: region 'then' has no 'yield'"))
    let yieldInFunction = checkDiagnostics("func @f(%x: f32[]) -> f32[] {\n  yield %x\n  return %x\n}\n")
    #expect(yieldInFunction == ["2:3: error: 'yield' ends a region; a function ends with 'return'"])
    let noRegions = checkDiagnostics("""
      func @f(%x: f32[]) -> f32[] {
        %r = neg %x : f32[]
          then(%a: f32[]) {
            yield %a
          }
        return %r
      }
      """)
    #expect(noRegions == ["3:5: error: 'neg' takes no regions"])
    let unterminated = checkDiagnostics("func @f(%p: i1[], %x: f32[]) -> f32[] {\n  %r = cond %p, %x : f32[]\n    then(%a: f32[]) {\n      yield %a\n")
    #expect(unterminated.contains("3:5: error: unterminated region 'then': missing '}'"))
  }

  @Test func nestingIsBoundedWithoutRecursion() {
    // 40 nested regions: reported once at the first region past the limit.
    var text = "func @f(%p: i1[], %x: f32[]) -> f32[] {\n  %r = cond %p, %x : f32[]\n"
    var indent = "    "
    var indents: [String] = []
    for level in 0..<40 {
      indents.append(indent)
      text += indent + "then(%a: f32[]) {\n"
      text += indent + "  %q = constant true : i1[]\n"
      if level < 39 { text += indent + "  %b = cond %q, %a : f32[]\n" }
      indent += "    "
    }
    for level in (0..<40).reversed() {
      text += indents[level] + (level == 39 ? "  yield %a\n" : "  yield %b\n") + indents[level] + "}\n"
    }
    text += "  return %r\n}\n"
    let d = checkDiagnostics(text)
    #expect(d.count == 1)
    #expect(d.first?.hasSuffix("error: regions nest more than 32 deep") == true)
  }
}

@Suite struct CondOpTests {
  @Test func selectsTheBranch() throws {
    let text = """
      func @f(%i: i32[], %x: f32[2]) -> (f32[2], i32[]) {
        %r, %k = cond %i, %x : (f32[2], i32[])
          branch(%a: f32[2]) {
            %z = constant 0 : i32[]
            yield %a, %z
          }
          branch(%a: f32[2]) {
            %b = neg %a : f32[2]
            %o = constant 1 : i32[]
            yield %b, %o
          }
          branch(%a: f32[2]) {
            %b = add %a, %a : f32[2]
            %t = constant 2 : i32[]
            yield %b, %t
          }
        return %r, %k
      }
      """
    let x = HostTensor([1.5, -2] as [Float], shape: [2])
    for (i, want, k) in [(-7, [1.5, -2.0], 0), (0, [1.5, -2], 0), (1, [-1.5, 2], 1), (2, [3, -4], 2), (Int32.max, [3, -4], 2)] as [(Int32, [Double], Double)] {
      let r = try runExpanded(text, "f", [HostTensor([i], shape: []), x])
      #expect(r[0].doubles == want, "index \(i)")
      #expect(r[1].doubles == [k], "index \(i)")
    }
  }

  @Test func nestedCondsMatchTheReference() throws {
    for (x, y) in nestedCondPoints {
      let got = try runExpanded(nestedCond, "f", [f64(x, [3]), scalar(y)])[0].doubles[0]
      #expect(got == nestedCondReference(x, y), "x=\(x) y=\(y)")
    }
  }

  /// grad, jvp and vjp through nested conds against central differences;
  /// jacfwd == jacrev; Hessian-vector products against differences of grad.
  @Test func derivativesMatchFiniteDifferences() throws {
    let m = try expandedModule(nestedCond + """
      func @gx = grad(@f, argnums=[0, 1])
      func @jf = jvp(@f)
      func @vj = vjp(@f)
      func @jr = jacrev(@f, argnums=[0])
      func @jw = jacfwd(@f, argnums=[0])
      func @hx = hessian(@f)
      func @gg = grad(grad(@f, argnums=[1]), argnums=[1])

      """)
    let interp = Interpreter(module: m)
    func f(_ x: [Double], _ y: Double) throws -> Double { try interp.run("f", [f64(x, [3]), scalar(y)])[0].doubles[0] }
    let h = 1e-6
    for (x, y) in nestedCondPoints {
      let g = try interp.run("gx", [f64(x, [3]), scalar(y)])
      for i in 0..<3 {
        var xp = x, xm = x
        xp[i] += h
        xm[i] -= h
        let fd = (try f(xp, y) - f(xm, y)) / (2 * h)
        #expect(abs(g[0].doubles[i] - fd) <= 1e-6 * (1 + abs(fd)), "d/dx\(i) at x=\(x) y=\(y)")
      }
      let fdy = (try f(x, y + h) - f(x, y - h)) / (2 * h)
      #expect(abs(g[1].doubles[0] - fdy) <= 1e-6 * (1 + abs(fdy)), "d/dy at x=\(x) y=\(y)")
      // jvp along (t, s) and vjp with ct: <vjp(ct), (t, s)> = ct * jvp(t, s).
      let t = [0.3, -0.7, 0.2], s = 0.4
      let j = try interp.run("jf", [f64(x, [3]), scalar(y), f64(t, [3]), scalar(s)])
      let directional = zip(g[0].doubles, t).map(*).reduce(0, +) + g[1].doubles[0] * s
      #expect(abs(j[1].doubles[0] - directional) <= 1e-12 * (1 + abs(directional)))
      #expect(j[0].doubles[0] == nestedCondReference(x, y))
      let v = try interp.run("vj", [f64(x, [3]), scalar(y), scalar(2.0)])
      #expect(zip(v[1].doubles, g[0].doubles).allSatisfy { abs($0 - 2 * $1) <= 1e-12 * (1 + abs($1)) })
      // Jacobians agree; the Hessian matches differences of the gradient.
      let jr = try interp.run("jr", [f64(x, [3]), scalar(y)])[0].doubles
      let jw = try interp.run("jw", [f64(x, [3]), scalar(y)])[0].doubles
      #expect(zip(jr, jw).allSatisfy { abs($0 - $1) <= 1e-12 * (1 + abs($1)) })
      let hx = try interp.run("hx", [f64(x, [3]), scalar(y)])[0].doubles
      for i in 0..<3 {
        var xp = x, xm = x
        xp[i] += h
        xm[i] -= h
        let gp = try interp.run("gx", [f64(xp, [3]), scalar(y)])[0].doubles
        let gm = try interp.run("gx", [f64(xm, [3]), scalar(y)])[0].doubles
        for k in 0..<3 {
          let fd = (gp[k] - gm[k]) / (2 * h)
          #expect(abs(hx[i * 3 + k] - fd) <= 1e-5 * (1 + abs(fd)), "H[\(i),\(k)] at x=\(x) y=\(y)")
        }
      }
      let gg = try interp.run("gg", [f64(x, [3]), scalar(y)])[0].doubles[0]
      let gp = try interp.run("gx", [f64(x, [3]), scalar(y + h)])[1].doubles[0]
      let gm = try interp.run("gx", [f64(x, [3]), scalar(y - h)])[1].doubles[0]
      #expect(abs(gg - (gp - gm) / (2 * h)) <= 1e-5 * (1 + abs(gg)))
    }
  }

  /// vmap over every mapping of (x, y) equals stacking f over the examples,
  /// bit for bit: with y mapped the predicates of the inner conds are
  /// batched (every branch runs and each element selects), with only x
  /// mapped the outer predicate is batched too.
  @Test func vmapMatchesStacking() throws {
    let m = try expandedModule(nestedCond + """
      func @v_both = vmap(@f, in_axes=[0, 0], size=6)
      func @v_x = vmap(@f, in_axes=[1, none], size=6)
      func @v_y = vmap(@f, in_axes=[none, 0], size=6)
      func @v_grad = vmap(grad(@f, argnums=[0, 1]), in_axes=[0, 0], out_axes=[0, 0], size=6)

      """)
    let interp = Interpreter(module: m)
    let xs = nestedCondPoints.map(\.0), ys = nestedCondPoints.map(\.1)
    let xBatch = f64(xs.flatMap { $0 }, [6, 3])
    let yBatch = f64(ys, [6])
    let both = try interp.run("v_both", [xBatch, yBatch])[0].doubles
    #expect(both == zip(xs, ys).map { nestedCondReference($0, $1) })
    let xT = f64((0..<3).flatMap { i in xs.map { $0[i] } }, [3, 6])
    let onlyX = try interp.run("v_x", [xT, scalar(1.25)])[0].doubles
    #expect(onlyX == xs.map { nestedCondReference($0, 1.25) })
    let onlyY = try interp.run("v_y", [f64(xs[2], [3]), yBatch])[0].doubles
    #expect(onlyY == ys.map { nestedCondReference(xs[2], $0) })
    let grads = try interp.run("v_grad", [xBatch, yBatch])
    let single = try expandedModule(nestedCond + "func @g = grad(@f, argnums=[0, 1])\n")
    for (k, (x, y)) in nestedCondPoints.enumerated() {
      let g = try Interpreter(module: single).run("g", [f64(x, [3]), scalar(y)])
      #expect(Array(grads[0].doubles[(3 * k)..<(3 * k + 3)]) == g[0].doubles)
      #expect(grads[1].doubles[k] == g[1].doubles[0])
    }
  }

  @Test func anUnbatchedPredicateKeepsOneCond() throws {
    let m = try expandedModule(nestedCond + "func @v = vmap(@f, in_axes=[0, none], size=4)\n")
    // y is not mapped: the inner predicates stay scalars, so conds remain.
    var conds = 0
    m.function(named: "v")!.forEachOperation { op, _ in if op.name == "cond" { conds += 1 } }
    #expect(conds >= 2)
  }
}
