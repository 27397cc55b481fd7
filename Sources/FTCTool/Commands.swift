/// The `ftc` commands (spec section 7) as functions that return their exit
/// status and output, so tests run them in-process. The executable only
/// parses arguments and calls these.

import Codegen
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

  /// `ftc check` on bytes already read (used by tests).
  public static func check(bytes: [UInt8], fileName: String) -> ToolResult {
    var r = ToolResult()
    do { try Compilation(bytes: bytes, fileName: fileName).run(through: .expand) } catch { r.fail(error, file: fileName) }
    return r
  }

  /// `ftc dump FILE [--after STAGE|all] [--func NAME] [--time-passes]`: runs
  /// the pipeline once, through the last stage asked for, printing each
  /// stage asked for right after it ran.
  public static func dump(path: String, after: String = "expand", function: String? = nil,
                          config: CompileConfig = CompileConfig(), timePasses: Bool = false) -> ToolResult {
    let stages: [Stage]
    if after == "all" {
      stages = Stage.dumpable
    } else if let s = Stage(rawValue: after), s.isDumpable {
      stages = [s]
    } else {
      return .failure(64, "unknown stage '\(after)' (stages: \(Stage.dumpable.map(\.rawValue).joined(separator: ", ")), all)")
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
      let text = try c.dump(stage)
      if stages.count > 1 { r.out("// ---- after \(stage.rawValue) ----") }
      r.out(text)
    }
    do {
      try c.run(through: .parse)
      if let wanted, c.module?.function(named: wanted) == nil { return .failure(1, "no function @\(wanted) in \(path)") }
      try print(.parse)
      try c.run(through: stages.last ?? .parse, after: print)
    } catch {
      r.fail(error, file: path)
    }
    if timePasses { r.err(c.timingReport) }
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

  /// `ftc compile FILE -o OUT [--header H] [--prefix P] [--emit so|obj|llvm|asm] [--time-passes]`.
  /// `cc` overrides `FTC_CC` (tests use it). Every destination is checked
  /// before any work; the header is staged first and renamed into place only
  /// after the output was written, so a failure leaves neither behind.
  public static func compile(path: String, output: String, header: String? = nil, emit: EmitKind = .so,
                             config: CompileConfig = CompileConfig(), cc: String? = nil, timePasses: Bool = false) -> ToolResult {
    let bytes: [UInt8]
    switch readInput(path) {
    case .failure(let r): return r
    case .success(let b): bytes = b
    }
    if let header, header == output { return .failure(64, "the header and the output are the same file: \(output)") }
    for destination in [output] + (header.map { [$0] } ?? []) {
      if let e = checkOutputPath(destination) { return .failure(2, e) }
    }
    let options: CompilationOptions
    let last: Stage
    switch emit {
    case .so: (options, last) = (CompilationOptions(machineCode: .object, sharedObject: (output, cc ?? defaultCC)), .link)
    case .obj: (options, last) = (CompilationOptions(machineCode: .object), .asm)
    case .llvm: (options, last) = (CompilationOptions(), .llvmOpt)
    case .asm: (options, last) = (CompilationOptions(machineCode: .assembly), .asm)
    }
    let c = Compilation(bytes: bytes, fileName: path, config: config, options: options)
    var r = compile(c, through: last, output: output, header: header, emit: emit)
    if timePasses { r.err(c.timingReport) }
    return r
  }

  /// Runs `c` through `last` and writes its output and header, both or neither.
  static func compile(_ c: Compilation, through last: Stage, output: String, header: String?, emit: EmitKind) -> ToolResult {
    var headerFile = OutputFiles()
    do {
      try c.run(through: .inline)
      if let header, let module = c.module,
         let e = headerFile.stage(header, Array(cHeader(module, prefix: c.config.prefix).utf8)) {
        headerFile.discard()
        return .failure(2, e)
      }
      try c.run(through: last)
    } catch {
      headerFile.discard()
      var r = ToolResult()
      r.fail(error, file: c.fileName)
      return r
    }
    let contents: [UInt8]
    switch emit {
    case .so: contents = []
    case .obj: contents = c.object ?? []
    case .llvm: contents = Array((c.lowered?.llvm.text ?? "").utf8)
    case .asm: contents = Array((c.assembly ?? "").utf8)
    }
    if emit != .so, let e = writeFileAtomically(output, contents) {
      headerFile.discard()
      return .failure(2, e)
    }
    if let e = headerFile.commit() { return .failure(2, e) }
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
    guard let f = module.function(named: name) else { return .failure(1, "no function @\(name) in \(path)") }
    let sig = f.signature
    guard inputs.count == sig.params.count else {
      return .failure(1, "@\(name) takes \(sig.params.count) input\(sig.params.count == 1 ? "" : "s") (\(sig.params.map(\.description).joined(separator: ", "))), got \(inputs.count) --in file\(inputs.count == 1 ? "" : "s")")
    }
    guard outputs.isEmpty || outputs.count == sig.results.count else {
      return .failure(1, "@\(name) has \(sig.results.count) result\(sig.results.count == 1 ? "" : "s"), got \(outputs.count) --out file\(outputs.count == 1 ? "" : "s")")
    }
    for destination in outputs {
      if let e = checkOutputPath(destination) { return .failure(2, e) }
    }
    var args: [HostTensor] = []
    for (k, p) in inputs.enumerated() {
      let data: [UInt8]
      switch readInput(p) {
      case .failure(let r): return r
      case .success(let b): data = b
      }
      let t: HostTensor
      do { t = try readNPY(bytes: data) } catch { return .failure(1, "\(p): \(error)") }
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
      do {
        results = try Pipeline.jit(c).run(name, args)
      } catch let f as PipelineFailure {
        var r = ToolResult()
        r.fail(f, file: path)
        return r
      } catch {
        return .failure(2, "\(error)")
      }
    }
    var r = ToolResult()
    if outputs.isEmpty {
      for t in results { r.out(numpyRepr(t)) }
    } else {
      // All results or none: stage every file, then rename them into place.
      var files = OutputFiles()
      for (t, p) in zip(results, outputs) {
        if let e = files.stage(p, writeNPY(t)) {
          files.discard()
          return .failure(2, e)
        }
      }
      if let e = files.commit() { return .failure(2, e) }
    }
    return r
  }
}

/// Reads a whole file, or a ToolResult describing why not (exit 1: the
/// user's input is missing or unreadable).
func readInput(_ path: String) -> Result<[UInt8], ToolResult> {
  guard let fp = fopen(path, "rb") else {
    return .failure(.failure(1, "cannot read \(path): \(String(cString: strerror(errno)))"))
  }
  defer { fclose(fp) }
  var st = stat()
  if fstat(fileno(fp), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
    return .failure(.failure(1, "cannot read \(path): it is a directory"))
  }
  var out: [UInt8] = []
  var buf = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let n = fread(&buf, 1, buf.count, fp)
    if n > 0 { out.append(contentsOf: buf[0..<n]) }
    if n < buf.count {
      if ferror(fp) != 0 { return .failure(.failure(1, "cannot read \(path): \(String(cString: strerror(errno)))")) }
      break
    }
  }
  return .success(out)
}
