import Testing
@testable import FTIR

/// Each class of verifier error, one by one, at its exact line:col.
@Suite struct VerifierTests {
  @Test func resultTypeMismatchPointsAtTheWrittenType() {
    let src = """
      func @f(%x: f32[3]) -> f32[3] {
        %y = exp %x : f32[2]
        return %x
      }
      """
    #expect(diagnostics(src) == ["2:17: result type f32[2] does not match 'exp': expected f32[3]"])
  }

  @Test func returnMismatchPointsAtReturn() {
    let src = """
      func @f(%x: f32[3]) -> f32[] {
        %y = exp %x : f32[3]
        return %y
      }
      """
    #expect(diagnostics(src) == ["3:3: return of (f32[3]) does not match the declared result type (f32[])"])
  }

  @Test func operandDTypeErrorPointsAtTheOperand() {
    let src = """
      func @f(%x: i32[3]) -> i32[3] {
        %y = exp %x : i32[3]
        return %y
      }
      """
    #expect(diagnostics(src) == ["2:12: 'exp' needs a float type (f32, f64), got i32[3]"])
  }

  @Test func binaryOperandsMustAgree() {
    let src = """
      func @f(%x: f32[3], %y: f32[]) -> f32[3] {
        %z = add %x, %y : f32[3]
        return %z
      }
      """
    #expect(diagnostics(src) == ["2:16: 'add' needs operands of identical type, got f32[3] and f32[]"])
  }

  @Test func attributeErrorsPointAtTheAttributeValue() {
    let src = """
      func @f(%x: f32[2,3]) -> f32[3,2] {
        %y = transpose %x, perm=[0, 0] : f32[3,2]
        return %y
      }
      """
    #expect(diagnostics(src) == ["2:27: 'transpose': perm entry 0 is repeated"])
  }

  @Test func broadcastDimsMustIncrease() {
    let src = """
      func @f(%x: f32[2,3]) -> f32[3,2,4] {
        %y = broadcast_in_dim %x, dims=[1, 0] : f32[3,2,4]
        return %y
      }
      """
    #expect(diagnostics(src) == ["2:34: 'broadcast_in_dim': dims must be strictly increasing, got [1, 0]"])
  }

  @Test func sliceBoundsAreChecked() {
    let src = """
      func @f(%x: f32[4]) -> f32[2] {
        %y = slice %x, start=[1], limit=[5] : f32[2]
        return %y
      }
      """
    #expect(diagnostics(src) == ["2:35: 'slice': limit 5 must be in [1, 4] for dimension 0"])
  }

  @Test func missingAttribute() {
    let src = """
      func @f(%x: f32[4]) -> f32[] {
        %y = reduce_sum %x : f32[]
        return %y
      }
      """
    #expect(diagnostics(src) == ["2:8: 'reduce_sum' requires the attribute 'dims'"])
  }

  @Test func attributeOfTheWrongKind() {
    let src = """
      func @f(%x: f32[4]) -> f32[] {
        %y = reduce_sum %x, dims=0 : f32[]
        return %y
      }
      """
    #expect(diagnostics(src) == ["2:28: attribute 'dims' of 'reduce_sum' must be a list of integers"])
  }

  @Test func callsAreCheckedAgainstTheCallee() {
    let src = """
      func @g(%a: f32[3]) -> f32[3] {
        return %a
      }
      func @f(%x: f32[2]) -> f32[3] {
        %y = call @g(%x) : f32[3]
        %z = call @nope(%x) : f32[3]
        return %y
      }
      """
    #expect(diagnostics(src) == [
      "5:16: argument 0 of @g must be f32[3], got f32[2]",
      "6:13: call of an undefined function @nope",
    ])
  }

  @Test func recursionIsAnError() {
    let src = """
      func @f(%x: f32[]) -> f32[] {
        %y = call @g(%x) : f32[]
        return %y
      }
      func @g(%x: f32[]) -> f32[] {
        %y = call @f(%x) : f32[]
        return %y
      }
      """
    let d = diagnostics(src)
    #expect(d.count == 1)
    #expect(d.first?.contains("cycle of calls or transform definitions") == true)
  }

  @Test func reservedExportNames() {
    let src = """
      func @sin(%x: f32[]) -> f32[] {
        return %x
      }
      func private @cos(%x: f32[]) -> f32[] {
        return %x
      }
      func @ftc_x(%x: f32[]) -> f32[] {
        return %x
      }
      func @_x(%x: f32[]) -> f32[] {
        return %x
      }
      func @while(%x: f32[]) -> f32[] {
        return %x
      }
      """
    let d = diagnostics(src)
    #expect(d.count == 4)
    #expect(d[0].hasPrefix("1:6: cannot export @sin") && d[0].contains("--prefix m_ exports it as m_sin"))
    #expect(d[1].hasPrefix("7:6: cannot export @ftc_x"))
    #expect(d[2].hasPrefix("10:6: cannot export @_x"))
    #expect(d[3].hasPrefix("13:6: cannot export @while"))
  }

  @Test func prefixIsCheckedToo() {
    var m = try! load("func @f(%x: f32[]) -> f32[] {\n  return %x\n}\n").get()
    #expect(verifyModule(&m, options: VerifyOptions(symbolPrefix: "ftc_")).count == 1)
    #expect(verifyModule(&m, options: VerifyOptions(symbolPrefix: "my_")).isEmpty)
  }
}

/// Transform definitions: derived signatures and the rules of spec section 5.
@Suite struct TransformSignatureTests {
  static let base = """
    func @f(%w: f32[2], %x: f32[3,2], %n: i32[]) -> f32[] {
      %p = dot_general %x, %w, contract=[[1],[0]] : f32[3]
      %s = reduce_sum %p, dims=[0] : f32[]
      return %s
    }
    func @v(%x: f32[3], %y: f64[2]) -> (f32[3], f64[]) {
      %s = reduce_sum %y, dims=[0] : f64[]
      return %x, %s
    }

    """

  func signature(_ def: String, _ name: String = "t") -> String {
    switch load(Self.base + def) {
    case .failure(let d): return "error " + d.diagnostics.map { "\($0.loc?.description ?? "-"): \($0.message)" }.joined(separator: "; ")
    case .success(let m): return m.function(named: name)!.signature.description
    }
  }

  @Test func derivedSignatures() {
    #expect(signature("func @t = grad(@f)") == "(f32[2], f32[3,2], i32[]) -> (f32[2])")
    #expect(signature("func @t = grad(@f, argnums=[1, 0])") == "(f32[2], f32[3,2], i32[]) -> (f32[3,2], f32[2])")
    #expect(signature("func @t = value_and_grad(@f, argnums=1)") == "(f32[2], f32[3,2], i32[]) -> (f32[], f32[3,2])")
    #expect(signature("func @t = jvp(@v)") == "(f32[3], f64[2], f32[3], f64[2]) -> (f32[3], f64[], f32[3], f64[])")
    #expect(signature("func @t = vjp(@v, argnums=[1])") == "(f32[3], f64[2], f32[3], f64[]) -> (f32[3], f64[], f64[2])")
    #expect(signature("func @t = vjp(@f)") == "(f32[2], f32[3,2], i32[], f32[]) -> (f32[], f32[2], f32[3,2])")
    #expect(signature("func @t = jacrev(@v2)\nfunc @v2(%x: f32[3]) -> f32[4] {\n  %y = broadcast_in_dim %x, dims=[0] : f32[3,4]\n  %z = reduce_sum %y, dims=[0] : f32[4]\n  return %z\n}") == "(f32[3]) -> (f32[4,3])")
    #expect(signature("func @t = hessian(@f, argnums=1)") == "(f32[2], f32[3,2], i32[]) -> (f32[3,2,3,2])")
    #expect(signature("func @t = vmap(@v, in_axes=[0, none], out_axes=[1, 0], size=5)") == "(f32[5,3], f64[2]) -> (f32[3,5], f64[5])")
    #expect(signature("func @t = vmap(@v, in_axes=[-1, 1], out_axes=[-1, -1], size=5)") == "(f32[3,5], f64[2,5]) -> (f32[3,5], f64[5])")
    #expect(signature("func @t = vmap(grad(@f), in_axes=[none, 0, 0], size=7)") == "(f32[2], f32[7,3,2], i32[7]) -> (f32[7,2])")
    #expect(signature("func @t = grad(grad(@s))\nfunc @s(%x: f64[]) -> f64[] {\n  %y = sin %x : f64[]\n  return %y\n}") == "(f64[]) -> (f64[])")
  }

  @Test func gradOfANonScalarResult() {
    #expect(signature("func @t = grad(@v)") == "error 10:11: grad needs a function with exactly one result (or has_aux=true); it has 2")
  }

  @Test func gradWithRespectToAnInteger() {
    #expect(signature("func @t = grad(@f, argnums=[2])") == "error 10:28: cannot differentiate with respect to argument 2 of type i32[]: it is not a float")
  }

  @Test func argnumsOutOfRangeOrRepeated() {
    #expect(signature("func @t = grad(@f, argnums=[3])") == "error 10:28: argnums entry 3 is out of range: the function has 3 arguments")
    #expect(signature("func @t = grad(@f, argnums=[0, 0])") == "error 10:28: argnums entry 0 is repeated")
    #expect(signature("func @t = grad(@f, argnums=[])") == "error 10:28: argnums must not be empty")
  }

  @Test func hasAuxNeedsTwoResults() {
    #expect(signature("func @t = grad(@f, has_aux=true)") == "error 10:28: grad with has_aux=true needs a function with at least two results; it has 1")
  }

  @Test func vjpNeedsAFloatArgument() {
    #expect(signature("func @t = vjp(@i)\nfunc @i(%x: i32[]) -> f32[] {\n  %y = convert %x : f32[]\n  return %y\n}").hasPrefix("error 10:11: vjp of a function with no float argument"))
  }

  @Test func unknownAndRepeatedKeys() {
    #expect(signature("func @t = grad(@f, axis=1)") == "error 10:20: unknown key 'axis' for grad (expected one of: argnums, has_aux)")
    #expect(signature("func @t = jvp(@f, argnums=1)") == "error 10:19: unknown key 'argnums' for jvp (it takes no keys)")
  }

  @Test func vmapAxes() {
    #expect(signature("func @t = vmap(@v, in_axes=[0], size=2)") == "error 10:28: in_axes has 1 entry, but the function has 2 arguments")
    #expect(signature("func @t = vmap(@v, in_axes=[2, 0], size=2)") == "error 10:28: in_axes entry 0 is 2, out of range for the batched argument of rank 2")
    #expect(signature("func @t = vmap(@v, in_axes=[0, 0])") == "error 10:11: vmap requires the key 'size'")
    #expect(signature("func @t = vmap(@v, out_axes=0, size=2)") == "error 10:29: out_axes must be a list with one entry per result (an axis or none): write out_axes=[0, 0] (JAX's out_axes=0 maps every result on axis 0)")
  }

  @Test func nestingLimit() {
    let deep = String(repeating: "grad(", count: 9) + "@s" + String(repeating: ")", count: 9)
    let src = "func @t = \(deep)\nfunc @s(%x: f64[]) -> f64[] {\n  %y = sin %x : f64[]\n  return %y\n}"
    #expect(signature(src).hasPrefix("error 10:11: transforms nest 9 deep"))
    // Counted through named definitions too.
    let chain = (1...8).map { "func @g\($0) = grad(@g\($0 - 1))" }.joined(separator: "\n")
    let src2 = "func @g0 = grad(@s)\n" + chain + "\nfunc @s(%x: f64[]) -> f64[] {\n  %y = sin %x : f64[]\n  return %y\n}"
    #expect(signature(src2, "g8").hasPrefix("error 18:12: transforms nest 9 deep"))
  }

  @Test func cyclesOfTransformDefinitions() {
    #expect(signature("func @t = grad(@u)\nfunc @u = grad(@t)").contains("cycle of calls or transform definitions"))
  }

  @Test func derivedTypesObeyTheLimits() {
    let src = "func @t = hessian(@big)\nfunc @big(%x: f32[100000]) -> f32[] {\n  %s = reduce_sum %x, dims=[0] : f32[]\n  return %s\n}"
    #expect(signature(src).hasPrefix("error 10:11: hessian derives the type f32[100000,100000]"))
  }
}
