/// `JIT`: an owning wrapper of ORC's LLJIT for the host (or a named CPU):
/// add modules, look up symbols, get raw addresses to call through
/// `@convention(c)` function types.
///
/// Symbol resolution for generated code: SwiftPM executables and test
/// binaries export no dynamic symbols, so dlsym cannot see the C runtime
/// linked into them. The JIT therefore defines every entry of the runtime's
/// table (`ftc_rt_jit_symbols()`: the runtime's functions plus the libm and
/// CBLAS functions generated code may call) as an absolute symbol, loads
/// `libmvec.so.1` through a dynamic-library search generator (glibc's vector
/// math variants), and keeps LLJIT's default process-symbol lookup for the
/// rest of libc.
///
/// Compiled code lives as long as the `JIT` object. Optimize modules before
/// adding them (`LLModule.optimize` with a `TargetMachine` of the same CPU);
/// the JIT only runs code generation.
///
/// Thread safety: adding modules and looking up symbols take a lock
/// (concurrent `LLVMOrcLLJITLookup` calls crash LLVM 19); calling compiled
/// code from any number of threads is fine.
import CLLVM
import FTCRuntime
import Foundation

public final class JIT: @unchecked Sendable {
  private let ref: LLVMOrcLLJITRef
  private let lock = NSLock()
  /// Errors ORC reports outside any call (e.g. the symbols a module could
  /// not resolve), attached to the next failing lookup instead of stderr.
  private let sessionErrors = SessionErrors()
  /// The CPU the JIT generates code for.
  public let cpu: String

  /// - Parameters:
  ///   - cpu: `host` or an LLVM CPU name (see `TargetMachine`).
  ///   - features: extra target features, e.g. `-prefer-256-bit`.
  ///   - runtime: define the runtime's symbol table and load libmvec.
  public init(cpu: String = "host", features: String = "", runtime: Bool = true) throws {
    let machine = try TargetMachine(cpu: cpu, features: features, optLevel: 3, pic: true)
    self.cpu = machine.cpu
    let builder = LLVMOrcCreateLLJITBuilder()
    // Both calls take ownership: the builder takes the JTMB, which took the TM.
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
      builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(machine.releaseOwnership()))
    var jit: LLVMOrcLLJITRef?
    try check(LLVMOrcCreateLLJIT(&jit, builder), "cannot create the JIT")
    ref = jit!
    LLVMOrcExecutionSessionSetErrorReporter(
      LLVMOrcLLJITGetExecutionSession(ref),
      { context, error in
        guard let context else { return }
        let box = Unmanaged<SessionErrors>.fromOpaque(context).takeUnretainedValue()
        if let error { box.append(consumeErrorMessage(error)) }
      },
      Unmanaged.passUnretained(sessionErrors).toOpaque())
    if runtime {
      try defineRuntimeSymbols()
      try addDynamicLibrary("libmvec.so.1")
    }
  }

  deinit { _ = try? check(LLVMOrcDisposeLLJIT(ref), "") }

  /// The triple and data layout modules added to this JIT should have.
  public var triple: String { String(cString: LLVMOrcLLJITGetTripleString(ref)) }
  public var dataLayout: String { String(cString: LLVMOrcLLJITGetDataLayoutStr(ref)) }

  private var mainDylib: LLVMOrcJITDylibRef { LLVMOrcLLJITGetMainJITDylib(ref) }

  private func locked<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  /// Adds a module; the JIT takes it over (compiling on first lookup), so
  /// `module` must not be used afterwards. An empty data layout or triple
  /// is set to the JIT's.
  public func add(_ module: LLModule) throws {
    precondition(!module.isConsumed, "module already handed to a JIT")
    if module.dataLayout.isEmpty { module.dataLayout = dataLayout }
    if module.triple.isEmpty { module.triple = triple }
    try locked {
      let safeModule = LLVMOrcCreateNewThreadSafeModule(module.ref, module.context.threadSafe)
      module.markConsumed()
      // Takes the module even when it fails.
      try check(LLVMOrcLLJITAddLLVMIRModule(ref, mainDylib, safeModule), "cannot add module to the JIT")
    }
  }

  /// The address of a symbol (compiling its module if needed); an unknown
  /// symbol or an unresolved reference inside the module throws.
  public func address(of symbol: String) throws -> UInt {
    try locked {
      var address: LLVMOrcExecutorAddress = 0
      _ = sessionErrors.take()  // only this lookup's reports
      if let error = LLVMOrcLLJITLookup(ref, &address, symbol) {
        do { try check(error, "JIT lookup of '\(symbol)'") } catch let error as LLVMError {
          let details = sessionErrors.take()
          throw details.isEmpty ? error : LLVMError(([error.message] + details).joined(separator: "\n"))
        }
      }
      return UInt(address)
    }
  }

  /// A symbol as a C function pointer, e.g.
  /// `try jit.function("add", as: (@convention(c) (...) -> Void).self)`.
  public func function<F>(_ symbol: String, as type: F.Type) throws -> F {
    precondition(MemoryLayout<F>.size == MemoryLayout<UInt>.size, "\(F.self) is not a C function pointer type")
    return unsafeBitCast(try address(of: symbol), to: F.self)
  }

  /// Defines symbols at fixed addresses in the main JITDylib.
  public func defineAbsoluteSymbols(_ symbols: [(name: String, address: UInt)]) throws {
    try locked {
      let flags = LLVMJITSymbolFlags(
        GenericFlags: UInt8(LLVMJITSymbolGenericFlagsExported.rawValue | LLVMJITSymbolGenericFlagsCallable.rawValue),
        TargetFlags: 0)
      var pairs = symbols.map { symbol in
        LLVMOrcCSymbolMapPair(
          Name: LLVMOrcLLJITMangleAndIntern(ref, symbol.name),
          Sym: LLVMJITEvaluatedSymbol(Address: LLVMOrcExecutorAddress(symbol.address), Flags: flags))
      }
      let unit = LLVMOrcAbsoluteSymbols(&pairs, pairs.count)  // takes the names
      if let error = LLVMOrcJITDylibDefine(mainDylib, unit) {
        LLVMOrcDisposeMaterializationUnit(unit)
        try check(error, "cannot define JIT symbols")
      }
    }
  }

  /// Makes a shared library's symbols visible to JIT'd code (`dlopen`
  /// search rules, e.g. `libmvec.so.1`).
  public func addDynamicLibrary(_ name: String) throws {
    try locked {
      var generator: LLVMOrcDefinitionGeneratorRef?
      try check(
        LLVMOrcCreateDynamicLibrarySearchGeneratorForPath(&generator, name, LLVMOrcLLJITGetGlobalPrefix(ref), nil, nil),
        "cannot load \(name) into the JIT")
      LLVMOrcJITDylibAddGenerator(mainDylib, generator)
    }
  }

  /// Defines the runtime's symbol table (see the type's documentation).
  public func defineRuntimeSymbols() throws {
    try defineAbsoluteSymbols(runtimeSymbols())
  }
}

/// Messages from ORC's session error reporter (called on any thread).
private final class SessionErrors: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []
  func append(_ message: String) {
    lock.lock()
    messages.append(message)
    lock.unlock()
  }
  func take() -> [String] {
    lock.lock()
    defer { messages = []; lock.unlock() }
    return messages
  }
}

/// The runtime's table of JIT symbols (ftc_jit_symbols.h).
public func runtimeSymbols() -> [(name: String, address: UInt)] {
  var count = 0
  guard let table = ftc_rt_jit_symbols(&count) else { return [] }
  return (0..<count).map { i in
    (String(cString: table[i].name), UInt(bitPattern: table[i].address))
  }
}
