/// The pipeline for callers that hold a module rather than a file: tests,
/// `ftc run`, and the Swift API. Each function runs the stages of
/// Stages.swift through `Compilation`, never re-ordering them.
///
///   let m = try Pipeline.load(bytes: text, fileName: "m.ftir").get()   // parse
///   let inlined = try Pipeline.run(m, through: .inline).get()          // expand, simplify, inline
///   let jit = try Pipeline.jit(m)                                       // ... llvm, llvm-opt, then the JIT

import Codegen
import FTIR

public enum Pipeline {
  /// Parses and verifies a file's bytes (the `parse` stage's work).
  public static func load(bytes: [UInt8], fileName: String, options: VerifyOptions = VerifyOptions()) -> Result<Module, DiagnosticList> {
    switch parseModule(bytes: bytes, fileName: fileName, maxOperations: options.maxOperations) {
    case .failure(let d): return .failure(d)
    case .success(var m):
      let diags = verifyModule(&m, options: options)
      return diags.isEmpty ? .success(m) : .failure(DiagnosticList(diags))
    }
  }

  /// A verified module with its transform definitions expanded.
  public static func expand(_ m: Module) -> Result<Module, DiagnosticList> { run(m, through: .expand) }

  /// A verified module after the FTIR stages up to `stage` (at most
  /// `inline`: the stages after it make plans and code, not modules).
  public static func run(_ m: Module, through stage: Stage) -> Result<Module, DiagnosticList> {
    let c = Compilation(module: m)
    do {
      try c.run(through: min(stage, .inline))
      return .success(c.module ?? m)
    } catch {
      switch error {
      case .input(let d): return .failure(d)
      case .backend(let message): return .failure(DiagnosticList([Diagnostic(message, at: nil)]))
      }
    }
  }

  /// Every function of a verified module compiled in-process: the stages
  /// through `llvm-opt`, lowered for the JIT.
  public static func jit(_ m: Module, config: CompileConfig = CompileConfig()) throws(PipelineFailure) -> JITModule {
    try jit(Compilation(module: m, config: config, options: CompilationOptions(forJIT: true)))
  }

  /// The JIT of a compilation made with `CompilationOptions(forJIT: true)`:
  /// its remaining stages through `llvm-opt`, then the JIT.
  public static func jit(_ c: Compilation) throws(PipelineFailure) -> JITModule {
    try c.run(through: .llvmOpt)
    do {
      return try JITModule(try c.requireLowered(), module: try c.requireModule())
    } catch {
      throw .backend("\(error)")
    }
  }
}
