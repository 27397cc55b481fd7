/// The `ftc` commands (spec section 7) as functions that return their exit
/// status and output, so tests run them in-process. The executable only
/// parses arguments and calls these.

import Codegen
import FileIO
import FTIR
import Pipeline

#if canImport(Glibc)
import Glibc
#endif

/// What a command printed and its exit status: 0 success, 1 an error in the
/// user's input, 2 an environment or internal failure.
public struct ToolResult: Error, Sendable {
  public var status: Int32 = 0
  public var stdout = ""
  public var stderr = ""

  mutating func out(_ s: String) { stdout += s.hasSuffix("\n") ? s : s + "\n" }
  mutating func err(_ s: String) { stderr += s.hasSuffix("\n") ? s : s + "\n" }

  static func failure(_ status: Int32, _ message: String) -> ToolResult {
    var r = ToolResult()
    r.status = status
    r.err("ftc: error: " + message)
    return r
  }
  static func diagnostics(_ d: DiagnosticList, file: String) -> ToolResult {
    var r = ToolResult()
    r.status = 1
    r.err(d.render(file: file))
    return r
  }

  /// The pipeline stopped: diagnostics (exit 1) or a backend failure (exit 2).
  mutating func fail(_ f: PipelineFailure, file: String) {
    switch f {
    case .input(let d):
      status = 1
      err(d.render(file: file))
    case .backend(let message):
      status = 2
      err("ftc: error: " + message)
    }
  }
}

public enum Commands {
  /// `ftc check FILE`: parse, verify, expand transforms.
  public static func check(path: String) -> ToolResult {
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let bytes): return check(bytes: bytes, fileName: path)
    }
  }

  /// `ftc check` on bytes already read (used by tests, with a smaller operation limit).
  public static func check(bytes: [UInt8], fileName: String, maxOperations: Int = Limits.maxOperations) -> ToolResult {
    var r = ToolResult()
    let c = Compilation(bytes: bytes, fileName: fileName, options: CompilationOptions(maxOperations: maxOperations))
    do { try c.run(through: .expand) } catch { r.fail(error, file: fileName) }
    return r
  }

  /// `ftc dump FILE [--after STAGE|all] [--func NAME] [--time-passes]`: runs
  /// the pipeline once, through the last stage asked for, printing each
  /// stage asked for right after it ran.
  public static func dump(path: String, after: String = "expand", function: String? = nil,
                          config: CompileConfig = CompileConfig(), timePasses: Bool = false, format: String = "text") -> ToolResult {
    let startup = Startup.seconds()
    let stages: [Stage]
    if after == "all" {
      stages = Stage.dumpable
    } else if let s = Stage(rawValue: after), s.isDumpable {
      stages = [s]
    } else {
      let hint = Suggestions.didYouMean(after, in: Stage.dumpable.map(\.rawValue))
      return .failure(64, "unknown stage '\(after)'\(hint) (stages: \(Stage.dumpable.map(\.rawValue).joined(separator: ", ")), all)")
    }
    let graphStages = Compilation.graphStages.map(\.rawValue).joined(separator: ", ")
    switch format {
    case "text": break
    case "dot":
      guard stages.count == 1, Compilation.graphStages.contains(stages[0]) else {
        return .failure(64, "--format dot draws one stage of: \(graphStages) (not \(after))")
      }
    default:
      return .failure(64, "unknown format '\(format)' (formats: text, dot)")
    }
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    let wanted = function.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
    let c = Compilation(bytes: bytes, fileName: path, config: config, options: CompilationOptions(onlyFunction: wanted))
    var r = ToolResult()
    func print(_ stage: Stage) throws(PipelineFailure) {
      guard stages.contains(stage) else { return }
      let text = format == "dot" ? try c.dumpDot(stage) : try c.dump(stage)
      if stages.count > 1 { r.out("// ---- after \(stage.rawValue) ----") }
      r.out(text)
    }
    do {
      try c.run(through: .parse)
      if let wanted, let m = c.module, m.function(named: wanted) == nil {
        return .failure(1, "no function @\(wanted) in \(path)\(Suggestions.didYouMean(wanted, in: m.functions.map(\.name), sigil: "@"))")
      }
      try print(.parse)
      try c.run(through: stages.last ?? .parse, after: print)
    } catch {
      r.fail(error, file: path)
    }
    if timePasses { r.err(Startup.line(startup) + c.timingReport) }
    return r
  }

  /// What `ftc compile --emit` writes.
  public enum EmitKind: String, Sendable, CaseIterable {
    case so, obj, llvm, asm, lib

    /// Whether the output is text (it may go to standard output, `-o -`).
    public var isText: Bool { self == .llvm || self == .asm }
  }

  /// What links shared objects: the C compiler driver `FTC_CC` names (a
  /// name looked up on `PATH`, or a path) when it is set, else binutils'
  /// `ld` directly.
  public static var defaultLinker: LinkTool {
    if let v = getenv("FTC_CC"), v.pointee != 0 { return .compilerDriver(String(cString: v)) }
    return .systemLinker
  }

  /// Why `--prefix prefix` is a usage error (exit 64), or nil.
  public static func prefixProblem(_ prefix: String) -> String? { Names.prefixProblem(prefix) }

  /// `ftc compile FILE -o OUT [--header H] [--prefix P] [--emit so|obj|llvm|asm] [--time-passes]`.
  /// `cc` overrides `FTC_CC` (tests use it). Every destination is checked
  /// before any work (FileIO's rules, exit 64 for a refused one); both files
  /// are staged and committed together, so a failure leaves neither behind.
  public static func compile(path: String, output: String, header: String? = nil, emit: EmitKind = .so,
                             config: CompileConfig = CompileConfig(), cc: String? = nil, timePasses: Bool = false) -> ToolResult {
    let startup = Startup.seconds()
    if let problem = prefixProblem(config.prefix) { return .failure(64, problem) }
    if output == standardOutputPath && !emit.isText {
      return .failure(64, "-o - writes text to standard output; --emit \(emit.rawValue) makes a binary file: give a file name (text outputs: --emit llvm, --emit asm, --header)")
    }
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    var files: OutputFiles
    do { files = try OutputFiles(destinations: [output] + (header.map { [$0] } ?? []), inputs: [path]) } catch {
      return .output(error)
    }
    defer { files.discard() }
    let options: CompilationOptions
    let last: Stage
    switch emit {
    case .so: (options, last) = (CompilationOptions(machineCode: .object, linkWith: cc.map { .compilerDriver($0) } ?? defaultLinker), .link)
    case .lib: (options, last) = (CompilationOptions(machineCode: .object, linkWith: cc.map { .compilerDriver($0) } ?? defaultLinker, staticLibrary: true), .link)
    case .obj: (options, last) = (CompilationOptions(machineCode: .object), .asm)
    case .llvm: (options, last) = (CompilationOptions(), .llvmOpt)
    case .asm: (options, last) = (CompilationOptions(machineCode: .assembly), .asm)
    }
    let c = Compilation(bytes: bytes, fileName: path, config: config, options: options)
    var r = compile(c, through: last, files: &files, output: output, header: header, emit: emit)
    if timePasses { r.err(Startup.line(startup) + c.timingReport) }
    return r
  }

  /// Runs `c` through `last` and writes its output and header, both or neither.
  static func compile(_ c: Compilation, through last: Stage, files: inout OutputFiles, output: String, header: String?,
                      emit: EmitKind) -> ToolResult {
    do {
      try c.run(through: .inline)
      if let header, let module = c.module {
        try files.stage(header, Array(cHeader(module, names: c.names, prefix: c.config.prefix).utf8))
      }
      try c.run(through: last)
      let contents: [UInt8]
      switch emit {
      case .so, .lib: contents = c.sharedObject ?? []
      case .obj: contents = c.object ?? []
      case .llvm: contents = Array((c.lowered?.llvm.text ?? "").utf8)
      case .asm: contents = Array((c.assembly ?? "").utf8)
      }
      try files.stage(output, contents)
      try files.commit()
      var r = ToolResult()
      r.stdout = String(decoding: files.standardOutput, as: UTF8.self)
      return r
    } catch let error as OutputError {
      return .output(error)
    } catch let error as PipelineFailure {
      var r = ToolResult()
      r.fail(error, file: c.fileName)
      return r
    } catch {
      return .failure(2, "\(error)")
    }
  }

  /// `ftc run FILE --list`: the exported functions with their named inputs and outputs.
  public static func list(path: String) -> ToolResult {
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    let c = Compilation(bytes: bytes, fileName: path)
    var r = ToolResult()
    do { try c.run(through: .parse) } catch {
      r.fail(error, file: path)
      return r
    }
    if let m = c.module { r.stdout = functionListing(m, names: c.names) }
    return r
  }

  /// `ftc run FILE [--func NAME] --in A.npy ... [--out R.npy ...] [--interp] [--cast]`.
  /// Without `function`, the file's one exported function; `cast` converts
  /// each input to its argument's dtype (by `convert`'s rules) when the
  /// shapes agree.
  public static func run(path: String, function: String? = nil, inputs: [String], outputs: [String],
                         interpret: Bool, maxMemory: Int? = nil, maxTrips: Int? = nil, config: CompileConfig = CompileConfig(),
                         cast: Bool = false, verbose: Bool = false) -> ToolResult {
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    if outputs.contains("-") {
      return .failure(64, "--out - : results are .npy files (binary); without --out they are printed")
    }
    let c = Compilation(bytes: bytes, fileName: path, config: config, options: CompilationOptions(forJIT: true))
    let module: Module
    do {
      try c.run(through: .expand)
    } catch {
      var r = ToolResult()
      r.fail(error, file: path)
      return r
    }
    guard let expanded = c.module else { return .failure(2, "internal error: no module after expansion") }
    module = expanded
    let f: Function
    switch chooseFunction(function, in: module, names: c.names, path: path) {
    case .failure(let r): return r
    case .success(let chosen): f = chosen
    }
    let name = f.name
    let sig = f.signature
    guard inputs.count == sig.params.count else {
      return .failure(1, "@\(name) takes \(sig.params.count) input\(sig.params.count == 1 ? "" : "s") (\(sig.params.map(\.description).joined(separator: ", "))), got \(inputs.count) --in file\(inputs.count == 1 ? "" : "s")")
    }
    guard outputs.isEmpty || outputs.count == sig.results.count else {
      return .failure(1, "@\(name) has \(sig.results.count) result\(sig.results.count == 1 ? "" : "s"), got \(outputs.count) --out file\(outputs.count == 1 ? "" : "s")")
    }
    var files: OutputFiles
    do { files = try OutputFiles(destinations: outputs, inputs: [path] + inputs) } catch { return .output(error) }
    defer { files.discard() }
    var args: [HostTensor] = []
    for (k, p) in inputs.enumerated() {
      let t: HostTensor
      switch readNPYInput(p) {
      case .failure(let r): return r
      case .success(let tensor): t = tensor
      }
      let want = sig.params[k]
      if cast && t.type != want && t.shape == want.shape {
        args.append(t.converted(to: want.dtype))
        continue
      }
      guard t.type == want else {
        return .failure(1, "argument \(k) of @\(name) must be \(want), but \(p) holds \(t.type)\(dtypeHint(want: want, got: t.type))")
      }
      args.append(t)
    }
    let results: [HostTensor]
    if interpret {
      do {
        let interp = Interpreter(module: module, memoryBudget: maxMemory ?? Limits.defaultInterpreterMemory,
                                 tripBudget: maxTrips ?? Limits.defaultInterpreterTrips)
        results = try interp.run(name, args)
      } catch {
        return .failure(1, error.message)
      }
    } else {
      do {
        results = try Pipeline.jit(c).run(name, args)
      } catch let f as PipelineFailure {
        var r = ToolResult()
        r.fail(f, file: path)
        return r
      } catch let e as CompiledCallError where e.status == maxTripsExceededStatus {
        // An error in the input (spec section 7): name the loops that can stop so.
        var lines: [Int] = []
        module.function(named: name)?.forEachOperation { op, _ in
          if op.attrs["max_trips"] != nil, let l = op.locs.op?.line { lines.append(l) }
        }
        let at = lines.isEmpty ? "" : " (the loop\(lines.count == 1 ? " at line" : "s at lines") \(lines.sorted().map(String.init).joined(separator: ", ")))"
        return .failure(1, "\(path): \(e.message)\(at)")
      } catch {
        return .failure(2, "\(error)")
      }
    }
    var r = ToolResult()
    if verbose {
      // On stderr, so that printed results stay numpy's repr alone.
      r.err(interpret ? "ran @\(name) in the reference interpreter (no BLAS)" : "ran @\(name) compiled (JIT)")
      if !interpret { r.err(Commands.blasLine()) }
    }
    if outputs.isEmpty {
      for t in results { r.out(numpyRepr(t)) }
    } else {
      // All results or none: stage every file, then put them into place.
      do {
        for (t, p) in zip(results, outputs) { try files.stage(p, writeNPY(t)) }
        try files.commit()
      } catch {
        return .output(error)
      }
    }
    return r
  }
}
