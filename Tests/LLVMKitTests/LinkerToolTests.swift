/// Linking without a compiler driver: `Linker()` runs `ld` itself with no
/// crt files. A shared object it makes is loaded, called and unloaded twice
/// by a C program that then forks: the child must exit normally, which needs
/// the embedded `__dso_handle` finalizer to drop the runtime's fork handler
/// at dlclose (a stale handler points into unmapped code). A compiler
/// driver (FTC_CC) makes an object that behaves the same.
import Foundation
import FileIO
@testable import LLVMKit
import Testing

@Suite struct LinkerToolTests {
  @Test(arguments: [Linker.Tool.systemLinker, .compilerDriver("cc")])
  func unloadThenFork(tool: Linker.Tool) throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    try emitKernelObject(to: dir.file("kernels.o"), cpu: "x86-64-v3")
    let library = dir.file("libkernels.so")
    try Linker(tool: tool).linkSharedObject(objects: [dir.file("kernels.o")], exportedSymbols: exportedKernels, output: library)
    try writeFile(Array(unloadThenForkProgram.utf8), to: dir.file("probe.c"))
    let cc = try #require(["/usr/bin/cc", "/usr/local/bin/cc", "/bin/cc"].first { FileManager.default.isExecutableFile(atPath: $0) })
    let build = try runTool(cc, ["-std=c11", dir.file("probe.c"), "-o", dir.file("probe"), "-ldl"])
    try #require(build.status == 0, "\(build.output)")
    let run = try runTool(dir.file("probe"), [library])
    #expect(run.status == 0, "\(run.output)")
    // unloaded (no mapping left), then the child exited normally with 0
    #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "unmapped 1 0", "\(run.output)")
  }

  /// ld reads OpenBLAS's stub (made when ftc was built) instead of the real
  /// library; a compiler driver links the real one. The object made either
  /// way needs libopenblas.so.0 and leaves the same BLAS symbols undefined.
  @Test func openblasStubGivesTheSameDependencies() throws {
    #expect(!Linker.openblasStubBytes.isEmpty, "ftc was built without OpenBLAS's link stub")
    let dir = try TempDir()
    defer { dir.cleanup() }
    let direct = try Linker().libraryArguments(in: dir.path)
    #expect(direct.first == dir.file("libopenblas-stub.so"))
    #expect(Array(direct.dropFirst()) == ["-lmvec", "-lm", "-lpthread"])
    #expect(try Linker(tool: .compilerDriver("cc")).libraryArguments(in: dir.path).first == "-lopenblas")

    try emitKernelObject(to: dir.file("kernels.o"), cpu: "x86-64-v3")
    var blasSymbols: [[String]] = []
    var needed: [[String]] = []
    for (tool, name) in [(Linker.Tool.systemLinker, "ld.so"), (.compilerDriver("cc"), "cc.so")] {
      try Linker(tool: tool).linkSharedObject(objects: [dir.file("kernels.o")], exportedSymbols: exportedKernels, output: dir.file(name))
      let undefined = try runTool("/usr/bin/nm", ["-D", "--undefined-only", dir.file(name)])
      blasSymbols.append(undefined.output.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
        .filter { $0.hasPrefix("cblas_") }.sorted())
      let dynamic = try runTool("/usr/bin/readelf", ["-d", dir.file(name)])
      needed.append(dynamic.output.split(separator: "\n").filter { $0.contains("libopenblas") }.map { String($0.split(separator: "[").last ?? "") })
    }
    #expect(blasSymbols[0].contains("cblas_sdot"), "\(blasSymbols[0])")
    #expect(blasSymbols[0] == blasSymbols[1])
    #expect(needed[0] == ["libopenblas.so.0]"] && needed[0] == needed[1])
  }

  /// The object `ld` makes has no interpreter and no crt start code, and
  /// depends only on the libraries it calls.
  @Test func systemLinkerObjectHasNoCrtFiles() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    try emitKernelObject(to: dir.file("kernels.o"), cpu: "x86-64-v3")
    let library = dir.file("libkernels.so")
    try Linker().linkSharedObject(objects: [dir.file("kernels.o")], exportedSymbols: exportedKernels, output: library)
    let symbols = try runTool("/usr/bin/nm", [library])
    #expect(symbols.status == 0)
    let names = Set(symbols.output.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) })
    #expect(names.isDisjoint(with: ["_init", "_fini", "deregister_tm_clones", "__do_global_dtors_aux"]), "\(names)")
    #expect(names.contains("__dso_handle"))
  }
}

/// argv[1]: a shared object exporting `add`. Prints "unmapped" once it is
/// unloaded, then the child's WIFEXITED and exit status (or signal).
private let unloadThenForkProgram = #"""
  #define _GNU_SOURCE
  #include <dlfcn.h>
  #include <stdint.h>
  #include <stdio.h>
  #include <string.h>
  #include <sys/wait.h>
  #include <unistd.h>

  typedef void (*add_fn)(const float *, const float *, float *, int64_t);

  static int mapped(const char *path) {
    FILE *maps = fopen("/proc/self/maps", "r");
    char line[4096];
    int found = 0;
    while (maps && fgets(line, sizeof line, maps)) found |= strstr(line, path) != NULL;
    if (maps) fclose(maps);
    return found;
  }

  int main(int argc, char **argv) {
    if (argc != 2) return 2;
    for (int round = 0; round < 2; round++) {
      void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
      if (!h) { fprintf(stderr, "%s\n", dlerror()); return 3; }
      add_fn add = (add_fn)dlsym(h, "add");
      float a[3] = {1, 2, 3}, b[3] = {4, 5, 6}, c[3] = {0};
      add(a, b, c, 3);
      if (c[2] != 9) return 4;
      if (dlclose(h) != 0) return 5;
    }
    printf("%s ", mapped(argv[1]) ? "mapped" : "unmapped");
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) _exit(0);
    int status = 0;
    if (waitpid(pid, &status, 0) != pid) return 6;
    printf("%d %d\n", WIFEXITED(status), WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    return 0;
  }
  """#
