import FTC
import FTIR
import Pipeline
import Testing

/// A small f64 model: a vector leaf and a scalar leaf.
struct Lin: TensorTree {
  var w: Tensor
  var b: Tensor
}

/// A two-leaf output tree.
struct Outputs: TensorTree {
  var total: Tensor
  var values: Tensor
}

private func lin(_ w: [Double], _ b: Double) -> Lin { Lin(w: Tensor(w), b: Tensor(b)) }
private func d(_ t: Tensor) -> [Double] { t.array?.doubles ?? [] }

/// The model function the tests differentiate (nonlinear in every leaf).
private func model(_ p: Lin) -> Outputs {
  let v = tanh(p.w * p.b) + p.w * p.w
  return Outputs(total: sum(v) * p.b, values: v)
}
private func scalarLoss(_ p: Lin) -> Tensor { sum(p.w * p.w * p.w) * p.b + p.b * p.b * p.w[0] }

/// `f(p + eps·dp)` and `f(p − eps·dp)` leaves, for central differences on the host.
private func centralDifference(_ f: TreeFunction<Args1<Lin>, Outputs>, _ p: Lin, _ dp: Lin, eps: Double = 1e-6) throws -> (total: [Double], values: [Double]) {
  let plus = try f(lin(zip(d(p.w), d(dp.w)).map { $0 + eps * $1 }, d(p.b)[0] + eps * d(dp.b)[0]))
  let minus = try f(lin(zip(d(p.w), d(dp.w)).map { $0 - eps * $1 }, d(p.b)[0] - eps * d(dp.b)[0]))
  return (zip(d(plus.total), d(minus.total)).map { ($0 - $1) / (2 * eps) },
          zip(d(plus.values), d(minus.values)).map { ($0 - $1) / (2 * eps) })
}

@Suite struct TreeDerivativeTests {
  let p = lin([0.3, -0.7, 1.1], 0.9)
  let dp = lin([0.2, 0.5, -0.4], -0.3)

  /// jvp of a struct function: the value and tangent are `Outputs`, equal to the flat jvp and to central differences.
  @Test func jvpOfStructsMatchesFlatAndFiniteDifferences() throws {
    let f = jvp(name: "model", model)
    let r = try f(p, dp)
    let flat = jvp(TensorFunction(name: "flat", arity: 2) { xs in
      let o = model(Lin(w: xs[1], b: xs[0]))
      return [o.total, o.values]
    })
    // Leaves in path order: b, w (primals), then their tangents.
    let expected = try flat([p.b, p.w, dp.b, dp.w].map { $0.array! })
    #expect(close(r.value.total.array!, expected[0]))
    #expect(close(r.value.values.array!, expected[1]))
    #expect(close(r.tangent.total.array!, expected[2]))
    #expect(close(r.tangent.values.array!, expected[3]))
    let fd = try centralDifference(jit(model), p, dp)
    #expect(close(r.tangent.total.array!, fd.total, tol: 1e-6))
    #expect(close(r.tangent.values.array!, fd.values, tol: 1e-6))
    _ = try f(dp, p)
    #expect(f.traceCount == 1)
  }

  /// vjp of a struct function: the cotangent is a `Lin`, equal to the flat vjp, and ⟨ct, J·dp⟩ = ⟨Jᵀ·ct, dp⟩.
  @Test func vjpOfStructsMatchesFlatAndJvp() throws {
    let ct = Outputs(total: Tensor(1.5), values: Tensor([0.1, -2, 0.7] as [Double]))
    let r = try vjp(name: "model", model)(p, ct)
    let flat = vjp(TensorFunction(name: "flat", arity: 2) { xs in
      let o = model(Lin(w: xs[1], b: xs[0]))
      return [o.total, o.values]
    })
    let expected = try flat([p.b, p.w, ct.total, ct.values].map { $0.array! })
    #expect(close(r.cotangent.b.array!, expected[2]))
    #expect(close(r.cotangent.w.array!, expected[3]))
    let t = try jvp(name: "model", model)(p, dp).tangent
    let left = d(ct.total)[0] * d(t.total)[0] + zip(d(ct.values), d(t.values)).map(*).reduce(0, +)
    let right = d(r.cotangent.b)[0] * d(dp.b)[0] + zip(d(r.cotangent.w), d(dp.w)).map(*).reduce(0, +)
    #expect(Swift.abs(left - right) < 1e-9, "\(left) vs \(right)")
    // JAX's vjp(f, at:): the value and a pullback.
    let (value, pullback) = try vjp(name: "model", model, at: p)
    #expect(close(value.values.array!, d(r.value.values)))
    #expect(close(try pullback(ct).w.array!, d(r.cotangent.w)))
  }

  /// vjp of a function of two trees gives `Args2` cotangents of both argument types.
  @Test func vjpOfTwoTrees() throws {
    let f = { (q: Lin, x: [Tensor]) -> Tensor in sum(q.w * x[0]) + q.b * x[1] }
    let r = try vjp(f)(p, [Tensor([1, 2, 3] as [Double]), Tensor(4.0)], Tensor(2.0))
    #expect(close(r.cotangent.arg0.w.array!, [2, 4, 6]))
    #expect(close(r.cotangent.arg0.b.array!, [8]))
    #expect(close(r.cotangent.arg1[0].array!, d(p.w).map { 2 * $0 }))
    #expect(close(r.cotangent.arg1[1].array!, [2 * 0.9]))
  }

  /// jacrev and jacfwd of a one-tensor function of a struct: a `Lin` whose leaves have shape out ++ leaf, columns equal to jvp.
  @Test func jacobiansOfStructs() throws {
    let f = { (q: Lin) in model(q).values }
    let rev = try jacrev(name: "values", f)(p)
    let fwd = try jacfwd(name: "values", f)(p)
    #expect(rev.w.shape == [3, 3] && rev.b.shape == [3])
    #expect(close(rev.w.array!, fwd.w.array!, tol: 1e-9) && close(rev.b.array!, fwd.b.array!, tol: 1e-9))
    // J·dp from the Jacobian equals the jvp's tangent.
    let jw = d(rev.w), jb = d(rev.b)
    let product = (0..<3).map { i in (0..<3).map { j in jw[i * 3 + j] * d(dp.w)[j] }.reduce(0, +) + jb[i] * d(dp.b)[0] }
    #expect(close(try jvp(f)(p, dp).tangent.array!, product, tol: 1e-9))
  }

  /// The Jacobian of a tree-valued function nests as JAX's: output leaf path, then an argument tree.
  @Test func jacobianOfTreeValuedFunctionNestsOutputsThenInputs() throws {
    let j = try jacrev(name: "model", model)(p)
    #expect(j.keys.sorted() == ["total", "values"])
    #expect(j["total"]!.w.shape == [3] && j["total"]!.b.shape == [])
    #expect(j["values"]!.w.shape == [3, 3])
    let g = try grad(name: "total") { (q: Lin) in model(q).total }(p)
    #expect(close(j["total"]!.w.array!, d(g.w), tol: 1e-9))
    let f = try jacfwd(name: "model", model)(p)
    #expect(close(f["values"]!.b.array!, d(j["values"]!.b), tol: 1e-9))
  }

  /// The Hessian of a struct function equals the flat Hessian of the same function of one concatenated vector.
  @Test func hessianOfStructMatchesFlat() throws {
    let h = try hessian(name: "loss", scalarLoss)(p)
    let flat = try hessian { (v: Tensor) in scalarLoss(Lin(w: v[0..<3], b: v[3])) }(NDArray([0.3, -0.7, 1.1, 0.9] as [Double]))
    let full = flat.doubles  // 4 x 4
    #expect(h["w"]!.w.shape == [3, 3] && h["w"]!.b.shape == [3] && h["b"]!.w.shape == [3] && h["b"]!.b.shape == [])
    #expect(close(h["w"]!.w.array!, (0..<3).flatMap { i in (0..<3).map { j in full[i * 4 + j] } }, tol: 1e-9))
    #expect(close(h["w"]!.b.array!, (0..<3).map { i in full[i * 4 + 3] }, tol: 1e-9))
    #expect(close(h["b"]!.w.array!, (0..<3).map { j in full[12 + j] }, tol: 1e-9))
    #expect(close(h["b"]!.b.array!, [full[15]], tol: 1e-9))
    // Symmetric: the w-row's b leaf is the b-row's w leaf.
    #expect(close(h["w"]!.b.array!, d(h["b"]!.w), tol: 1e-9))
  }

  /// grad with respect to every argument tree gives `Args2` of their types, equal to the flat gradient.
  @Test func gradWithRespectToEveryArgument() throws {
    let loss = { (q: Lin, x: [String: Tensor]) -> Tensor in sum(q.w * x["a"]!) * q.b * x["s"]! }
    let x: [String: Tensor] = ["a": Tensor([1, 2, 3] as [Double]), "s": Tensor(2.0)]
    let g = try grad(loss, argnums: .all)(p, x)
    let flat = try grad(TensorFunction(name: "flat", arity: 4) { xs in [sum(xs[1] * xs[2]) * xs[0] * xs[3]] }, argnums: [0, 1, 2, 3])(
      [p.b, p.w, x["a"]!, x["s"]!].map { $0.array! })
    #expect(close(g.arg0.b.array!, flat[0]) && close(g.arg0.w.array!, flat[1]))
    #expect(close(g.arg1["a"]!.array!, flat[2]) && close(g.arg1["s"]!.array!, flat[3]))
    let vg = try valueAndGrad(loss, argnums: .all)(p, x)
    #expect(close(vg.value.array!, [(0.3 - 1.4 + 3.3) * 0.9 * 2]))
    #expect(close(vg.grad.arg1["s"]!.array!, flat[3]))
  }

  /// Tree transforms compose: vmap of a tree jvp over a batch of tangents, inside jit, equals per-example calls.
  @Test func vmapOfTreeJvp() throws {
    let tangent = jvp(name: "model") { (q: Lin) in model(q).total }
    let batched = vmap({ (q: Lin, t: Lin) in try tangent(q, t).tangent }, inAxes: [nil, 0])
    let ts = Lin(w: Tensor(try f64([0.2, 0.5, -0.4, 1, 0, 0], [2, 3])), b: Tensor([-0.3, 0] as [Double]))
    let r = try batched(p, ts)
    #expect(r.shape == [2])
    let one = try tangent(p, dp).tangent
    let two = try tangent(p, lin([1, 0, 0], 0)).tangent
    #expect(close(r.array!, d(one) + d(two), tol: 1e-9))
  }

  /// Exported, a tree Hessian keeps its grad and jacfwd definitions; the file run by the JIT gives the Swift call's leaves.
  @Test func treeDerivativesExportWithTheirDefinitions() throws {
    let h = hessian(name: "loss", scalarLoss)
    let text = try h.exportFTIR(Args1(arg0: p), as: "loss_hessian", argumentNames: ["p"])
    #expect(text.contains("= grad(@") && text.contains("= jacfwd(@") && text.contains("%p.w: f64[3]"), "\(text)")
    let m = try Pipeline.load(bytes: Array(text.utf8), fileName: "loss_hessian.ftir").get()
    let out = try Pipeline.jit(m).run("loss_hessian", [p.b, p.w].map { $0.array!.host }).map(NDArray.init)
    let swift = try h(p)
    // Result leaves in path order: b.b, b.w, w.b, w.w.
    #expect(out == [swift["b"]!.b, swift["b"]!.w, swift["w"]!.b, swift["w"]!.w].map { $0.array! })
    let forward = try jvp(name: "model", model).exportFTIR(Args2(arg0: p, arg1: dp), as: "model_jvp")
    #expect(forward.contains("= jvp(@model)"), "\(forward)")
  }

  /// Mismatched tangents and cotangents, and integer leaves under a Jacobian, name the leaf and the expected type.
  @Test func mismatchedTreesThrowNamingTheLeaf() throws {
    #expect(throws: FTCError("jvp_model: the tangent of argument 0's leaf w has type f64[2], expected f64[3]")) {
      _ = try jvp(name: "model", model)(p, lin([1, 2], 0))
    }
    let badCotangent = Outputs(total: Tensor(1.0), values: Tensor(Float(1)))
    #expect(throws: FTCError("vjp_model: the cotangent's leaf values has type f32[], expected f64[3]")) {
      _ = try vjp(name: "model", model)(p, badCotangent)
    }
    struct Counted: TensorTree { var w: Tensor; var n: Tensor }
    #expect(throws: FTCError("jacrev_f: argument 0's leaf n has type i32[], expected a float type (jacrev_f differentiates every leaf of argument 0)")) {
      _ = try jacrev { (c: Counted) in sum(c.w) }(Counted(w: Tensor([1] as [Float]), n: Tensor(NDArray(Int32(1)))))
    }
  }
}
