/// The `ftc` commands (spec section 7) as functions that return their exit
/// status and output, so tests run them in-process. The executable only
/// parses arguments and calls these.

import Codegen
import FileIO
import FTIR

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
    switch Pipeline.load(bytes: bytes, fileName: fileName, options: VerifyOptions(maxOperations: maxOperations))
      .flatMap(Pipeline.expand) {
    case .failure(let d): return .diagnostics(d, file: fileName)
    case .success: return ToolResult()
    }
  }

  /// `ftc dump FILE [--after STAGE|all] [--func NAME]`
  public static func dump(path: String, after: String = "expand", function: String? = nil,
                          config: CompileConfig = CompileConfig()) -> ToolResult {
    let stages: [Stage]
    if after == "all" {
      stages = Stage.available
    } else if let s = Stage(rawValue: after) {
      guard Stage.available.contains(s) else {
        return .failure(2, "the '\(s.rawValue)' stage is not available in this version of ftc (available: \(Stage.available.map(\.rawValue).joined(separator: ", ")))")
      }
      stages = [s]
    } else {
      return .failure(64, "unknown stage '\(after)' (stages: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")), all)")
    }
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    let module: Module
    switch Pipeline.load(bytes: bytes, fileName: path) {
    case .failure(let d): return .diagnostics(d, file: path)
    case .success(let m): module = m
    }
    let wanted = function.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
    if let wanted, module.function(named: wanted) == nil {
      return .failure(1, "no function @\(wanted) in \(path)")
    }
    var r = ToolResult()
    for stage in stages {
      switch Pipeline.dump(module, after: stage, only: wanted, config: config) {
      case .failure(let d):
        r.err(d.render(file: path))
        r.status = 1
        return r
      case .success(.failure(let failure)):
        r.err("ftc: error: " + failure.message)
        r.status = 2
        return r
      case .success(.success(let text)):
        if stages.count > 1 { r.out("// ---- after \(stage.rawValue) ----") }
        r.out(text)
      }
    }
    return r
  }

  /// What `ftc compile --emit` writes.
  public enum EmitKind: String, Sendable, CaseIterable {
    case so, obj, llvm, asm
  }

  /// The C compiler driver that links shared objects: `FTC_CC` from the
  /// environment (a name looked up on `PATH`, or a path), else `cc`.
  public static var defaultCC: String {
    if let v = getenv("FTC_CC"), v.pointee != 0 { return String(cString: v) }
    return "cc"
  }

  /// Why `--prefix prefix` is a usage error (exit 64), or nil.
  public static func prefixProblem(_ prefix: String) -> String? { Names.prefixProblem(prefix) }

  /// `ftc compile FILE -o OUT [--header H] [--prefix P] [--emit so|obj|llvm|asm]`.
  /// `cc` overrides `FTC_CC` (tests use it). Every destination is checked
  /// before any work (FileIO's rules, exit 64 for a refused one); both files
  /// are staged and committed together, so a failure leaves neither behind.
  public static func compile(path: String, output: String, header: String? = nil, emit: EmitKind = .so,
                             config: CompileConfig = CompileConfig(), cc: String? = nil) -> ToolResult {
    if let problem = prefixProblem(config.prefix) { return .failure(64, problem) }
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    var files: OutputFiles
    do { files = try OutputFiles(destinations: [output] + (header.map { [$0] } ?? []), inputs: [path]) } catch {
      return .output(error)
    }
    let backend: Module
    switch Pipeline.load(bytes: bytes, fileName: path, options: VerifyOptions(symbolPrefix: config.prefix))
      .flatMap(Pipeline.backendModule) {
    case .failure(let d): return .diagnostics(d, file: path)
    case .success(let m): backend = m
    }
    defer { files.discard() }
    do {
      if let header { try files.stage(header, Array(cHeader(backend, prefix: config.prefix).utf8)) }
      let contents: [UInt8]
      switch emit {
      case .so: contents = try Compiler.sharedObject(backend, config: config, cc: cc ?? defaultCC)
      case .obj: contents = try Compiler.object(backend, config: config)
      case .llvm: contents = Array(try Compiler.optimizedIR(backend, config: config).utf8)
      case .asm: contents = Array(try Compiler.assembly(backend, config: config).utf8)
      }
      try files.stage(output, contents)
      try files.commit()
    } catch let error as OutputError {
      return .output(error)
    } catch {
      return .failure(2, "\(error)")
    }
    return ToolResult()
  }

  /// `ftc run FILE --func NAME --in A.npy ... [--out R.npy ...] --interp`
  public static func run(path: String, function: String, inputs: [String], outputs: [String],
                         interpret: Bool, maxMemory: Int? = nil, config: CompileConfig = CompileConfig()) -> ToolResult {
    let name = function.hasPrefix("@") ? String(function.dropFirst()) : function
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    var module: Module
    switch Pipeline.load(bytes: bytes, fileName: path) {
    case .failure(let d): return .diagnostics(d, file: path)
    case .success(let m): module = m
    }
    switch Pipeline.run(module, through: .expand) {
    case .failure(let d): return .diagnostics(d, file: path)
    case .success(let m): module = m
    }
    guard let f = module.function(named: name) else { return .failure(1, "no function @\(name) in \(path)") }
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
      guard t.type == sig.params[k] else {
        return .failure(1, "argument \(k) of @\(name) must be \(sig.params[k]), but \(p) holds \(t.type)")
      }
      args.append(t)
    }
    let results: [HostTensor]
    if interpret {
      do {
        let interp = Interpreter(module: module, memoryBudget: maxMemory ?? Limits.defaultInterpreterMemory)
        results = try interp.run(name, args)
      } catch {
        return .failure(1, error.message)
      }
    } else {
      let backend: Module
      switch Pipeline.backendModule(module) {
      case .failure(let d): return .diagnostics(d, file: path)
      case .success(let m): backend = m
      }
      do {
        results = try JITModule(backend, config: config).run(name, args)
      } catch {
        return .failure(2, "\(error)")
      }
    }
    var r = ToolResult()
    if outputs.isEmpty {
      for t in results { r.out(numpyRepr(t)) }
    } else {
      // All results or none: stage every file, then rename them into place.
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
