/// Shared objects: the kernels emitted as an object, linked with the
/// embedded runtime into a .so, loaded with dlopen and called; `readelf -d`
/// lists only allowed libraries and `nm -D` only the exported kernels.
/// Linker failures (bad output path, output is a directory, missing cc,
/// a broken object) become errors and leave no file behind.
import Foundation
import FileIO
import LLVMKit
import Testing

/// Libraries a compiled object may need (spec section 6).
private let allowedNeeded = ["libc.so", "libm.so", "libmvec.so", "libpthread.so", "libdl.so", "libopenblas.so", "ld-linux"]

func emitKernelObject(to path: String, cpu: String = "host") throws {
  let tm = try TargetMachine(cpu: cpu)
  let c = LLContext()
  let m = try buildKernels(c, wide: cpu == "host" && hostHasAVX512)
  tm.configure(m)
  try m.optimize(level: 3, for: tm)
  try tm.emit(m, as: .object, to: path)
}

@Suite struct SharedObjectTests {
  @Test func linkLoadAndCall() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    try emitKernelObject(to: dir.file("kernels.o"))
    let library = dir.file("libkernels.so")
    let start = Date()
    try Linker().linkSharedObject(objects: [dir.file("kernels.o")], exportedSymbols: exportedKernels, output: library)
    print("runtime compile + link: \(Int(Date().timeIntervalSince(start) * 1000)) ms")
    #expect(dir.contents().sorted() == ["kernels.o", "libkernels.so"])

    let handle = try #require(dlopen(library, RTLD_NOW | RTLD_LOCAL), "\(String(cString: dlerror()))")
    defer { dlclose(handle) }
    let add = unsafeBitCast(try #require(dlsym(handle, "add")), to: AddFn.self)
    let expAll = unsafeBitCast(try #require(dlsym(handle, "exp_all")), to: ExpFn.self)
    let dot = unsafeBitCast(try #require(dlsym(handle, "dot")), to: DotFn.self)
    #expect(dlsym(handle, "ftc_rt_parallel_for") == nil)
    #expect(dlsym(handle, "exp_body") == nil)
    for n in [0, 1, 5, 17, 1023, 50_001] {
      let a = randomFloats(n, seed: 7), b = randomFloats(n, seed: 8)
      var out = [Float](repeating: 0, count: n)
      add(a, b, &out, Int64(n))
      #expect(out == zip(a, b).map { $0 + $1 })
      #expect(expAll(a, &out, Int64(n)) == 0)
      #expect(zip(a, out).allSatisfy { abs(Double($1) - exp(Double($0))) <= 1e-6 * exp(Double($0)) })
      let reference = zip(a, b).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
      #expect(abs(Double(dot(a, b, Int32(n))) - reference) <= 1e-4 * Double(max(n, 1)))
    }
  }

  @Test func dependenciesAndExportsAreMinimal() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    try emitKernelObject(to: dir.file("kernels.o"), cpu: "x86-64-v3")
    let library = dir.file("libkernels.so")
    try Linker().linkSharedObject(objects: [dir.file("kernels.o")], exportedSymbols: exportedKernels, output: library)

    let dynamic = try runTool("/usr/bin/readelf", ["-d", library])
    #expect(dynamic.status == 0)
    let needed = dynamic.output.split(separator: "\n").filter { $0.contains("(NEEDED)") }.compactMap { line in
      line.split(separator: "[").last?.split(separator: "]").first.map(String.init)
    }
    #expect(!needed.isEmpty)
    for library in needed {
      #expect(allowedNeeded.contains { library.hasPrefix($0) }, "unexpected dependency \(library)")
    }
    #expect(needed.contains { $0.hasPrefix("libmvec.so") })
    #expect(needed.contains { $0.hasPrefix("libopenblas.so") })

    let symbols = try runTool("/usr/bin/nm", ["-D", "--defined-only", library])
    #expect(symbols.status == 0)
    let defined = symbols.output.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
    #expect(Set(defined) == Set(exportedKernels), "\(defined)")
  }

  @Test func linkerFailuresLeaveNoFile() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    try emitKernelObject(to: dir.file("kernels.o"))
    let object = [dir.file("kernels.o")]

    // A directory that does not exist.
    let missingDirectory = dir.file("no/such/dir/lib.so")
    let error1 = #expect(throws: OutputError.self) {
      try Linker().linkSharedObject(objects: object, exportedSymbols: ["add"], output: missingDirectory)
    }
    #expect(error1?.message.isEmpty == false)

    // The output is a directory.
    try FileManager.default.createDirectory(atPath: dir.file("out.so"), withIntermediateDirectories: false)
    #expect(throws: OutputError.self) {
      try Linker().linkSharedObject(objects: object, exportedSymbols: ["add"], output: dir.file("out.so"))
    }

    // No C compiler.
    let error2 = #expect(throws: LinkerError.self) {
      try Linker(tool: .compilerDriver("/nonexistent/bin/cc")).linkSharedObject(objects: object, exportedSymbols: ["add"], output: dir.file("a.so"))
    }
    #expect(error2?.message.contains("/nonexistent/bin/cc") == true)
    #expect(throws: LinkerError.self) {
      try Linker(tool: .compilerDriver("no-such-cc-xyz")).linkSharedObject(objects: object, exportedSymbols: ["add"], output: dir.file("a.so"))
    }

    // A broken object file: cc's diagnostics come back in the error.
    try writeFile(Array("not an object".utf8), to: dir.file("bad.o"))
    let error3 = #expect(throws: LinkerError.self) {
      try Linker().linkSharedObject(objects: [dir.file("bad.o")], exportedSymbols: ["add"], output: dir.file("b.so"))
    }
    #expect(error3?.message.contains("bad.o") == true, "\(error3?.message ?? "")")

    // An exported name that is not a C identifier never reaches the linker.
    #expect(throws: LinkerError.self) {
      try Linker().linkSharedObject(objects: object, exportedSymbols: ["add; rm -rf"], output: dir.file("c.so"))
    }

    #expect(dir.contents().sorted() == ["bad.o", "kernels.o", "out.so"], "\(dir.contents())")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("out.so")).isEmpty)
  }

  @Test func atomicWriteReplacesOrFails() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    try writeFile([1, 2, 3], to: dir.file("x"))
    try writeFile([4], to: dir.file("x"))
    #expect(FileManager.default.contents(atPath: dir.file("x")) == Data([4]))
    #expect(throws: OutputError.self) { try writeFile([1], to: dir.file("missing/x")) }
    #expect(dir.contents() == ["x"])
  }
}
