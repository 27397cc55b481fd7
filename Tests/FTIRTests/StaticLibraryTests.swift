import Foundation
import Testing
@testable import FTIR
import Codegen
import FTCTool
import Pipeline

/// `ftc compile --emit lib`: a static library with the runtime inside and
/// only the exported symbols global; a C program links two of them (with
/// different prefixes) and gets the interpreter's results.
@Suite struct StaticLibraryTests {
  static let example = Repo.path("IR/examples/linreg.ftir")

  @Test func aCProgramLinksTwoLibrariesAndRuns() throws {
    let dir = try ScratchDir()
    defer { dir.cleanup() }
    for prefix in ["", "m_"] {
      let r = Commands.compile(path: Self.example, output: dir.file("lib\(prefix)linreg.a"), header: dir.file("\(prefix)linreg.h"),
                               emit: .lib, config: CompileConfig(prefix: prefix))
      #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
    }
    // Only the functions and the metadata are global definitions: the runtimes
    // of two libraries cannot clash.
    let nm = try runProgram("nm", ["-g", "--defined-only", dir.file("liblinreg.a")])
    let globals = nm.stdout.split(separator: "\n").compactMap { line -> String? in
      let parts = line.split(separator: " ")
      return parts.count == 3 ? String(parts[2]) : nil
    }
    #expect(nm.status == 0 && globals.sorted() == ["ftc_metadata", "loss"], "\(nm.stdout)")

    let w: [Float] = [0.5, -1], x: [Float] = [1, 2, 3, 4, 5, 6], y: [Float] = [1, 2, 3]
    let program = """
      #include <stdio.h>
      #include <string.h>
      #include "linreg.h"
      #include "m_linreg.h"
      int main(void) {
        const float w[2] = {\(w.map { "\($0)f" }.joined(separator: ", "))};
        const float x[6] = {\(x.map { "\($0)f" }.joined(separator: ", "))};
        const float y[3] = {\(y.map { "\($0)f" }.joined(separator: ", "))};
        float a = 0, b = 0;
        if (loss(w, x, y, &a) != 0 || m_loss(w, x, y, &b) != 0) return 3;
        printf("%.9g %.9g %d\\n", a, b, strstr(m_ftc_metadata(), "\\"name\\": \\"w\\"") != NULL);
        return 0;
      }
      """
    let source = dir.file("main.c")
    try program.write(toFile: source, atomically: true, encoding: .utf8)
    let exe = dir.file("main")
    let link = try runProgram(testCC, ["-std=c99", "-Wall", "-Werror", "-I", dir.path, source, dir.file("liblinreg.a"), dir.file("libm_linreg.a"),
                                       "-o", exe, "-lopenblas", "-lmvec", "-lm", "-lpthread"])
    #expect(link.status == 0, "\(link.stderr)")
    let run = try runProgram(exe, [])
    #expect(run.status == 0, "\(run.stderr)")
    let printed = run.stdout.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }

    let module = try load(try String(contentsOfFile: Self.example, encoding: .utf8)).get()
    let expected = try Interpreter(module: module).run("loss", [HostTensor(w, shape: [2]), HostTensor(x, shape: [3, 2]), HostTensor(y, shape: [3])])
    let e = Double(expected[0].doubles[0])
    #expect(printed.count == 3 && printed[2] == "1", "\(run.stdout)")
    for got in printed.prefix(2) {
      let v = try #require(Double(got), "\(run.stdout)")
      #expect(abs(v - e) <= 1e-6 * max(1, abs(e)), "\(v) vs \(e)")
    }
  }

  @Test func aLibraryIsBinary() {
    let r = Commands.compile(path: Self.example, output: "-", emit: .lib)
    #expect(r.status == 64 && r.stdout.isEmpty)
  }
}
