// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ftc",
  products: [
    .executable(name: "ftc", targets: ["ftc"]),
    .library(name: "FTIR", targets: ["FTIR"]),
    // The Swift API: `import FTC` to trace Swift closures, transform and JIT them.
    .library(name: "FTC", targets: ["FTC"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // The IR core: types, operations and their rules, parser, printer,
    // verifier, reference interpreter. Knows nothing of LLVM.
    .target(name: "FTIR"),
    // IR-to-IR transforms: expansion of transform definitions (autodiff,
    // vmap), inlining, simplification.
    .target(name: "Transforms", dependencies: ["FTIR"]),
    // Backend planning (no LLVM): fusion into kernels, schedules, buffers.
    .target(name: "Backend", dependencies: ["FTIR"]),
    // Lowering to LLVM IR, compilation to objects and shared objects, the JIT.
    .target(name: "Codegen", dependencies: ["FTIR", "Backend", "LLVMKit", "FileIO"]),
    // The pipeline as data: the ordered list of named stages from text to
    // native code, each dumpable and timed (used by the CLI and any Swift API).
    .target(name: "Pipeline", dependencies: ["FTIR", "Transforms", "Backend", "Codegen"]),
    // The Swift API: a symbolic Tensor traced into FTIR, host arrays,
    // grad/vjp/jvp/jacobians/vmap as functions over closures, and jit.
    .target(name: "FTC", dependencies: ["FTIR", "Transforms", "Pipeline", "Codegen", "FileIO"]),
    // The `ftc` commands as a library (so tests run them in-process).
    .target(name: "FTCTool", dependencies: ["FTIR", "Pipeline", "Codegen", "FileIO"]),
    .executableTarget(
      name: "ftc",
      dependencies: ["FTCTool", "Codegen", "Backend", "FileIO", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .testTarget(name: "FTIRTests", dependencies: ["FTIR", "Transforms", "Backend", "Codegen", "Pipeline", "FTCTool", "FileIO", "Fuzzing"]),
    // The differential fuzzer (Tools/fuzz): random well-typed modules from
    // the op definitions, checked stage by stage against the interpreter.
    .target(name: "Fuzzing", dependencies: ["FTIR", "Transforms", "Pipeline", "Codegen"]),
    .executableTarget(name: "ftc-fuzz", dependencies: ["Fuzzing"]),
    // The mutation test as a libFuzzer target (Tools/libfuzz builds it with
    // -sanitize=fuzzer; a plain build replays files given as arguments).
    .executableTarget(name: "ftc-libfuzz", dependencies: ["FTIR", "Transforms"]),
    // LLVM 19's C API (headers and libLLVM-19 found through the ftc-llvm.pc
    // that Tools/bootstrap installs).
    .systemLibrary(name: "CLLVM", path: "Sources/CLLVM", pkgConfig: "ftc-llvm"),
    // The C runtime linked into compiled code (and into ftc, for the JIT).
    .target(
      name: "FTCRuntime", path: "Runtime", exclude: ["README.md", "shared_object"],
      linkerSettings: [.linkedLibrary("openblas"), .linkedLibrary("m"), .linkedLibrary("pthread")]),
    // A thin owning Swift wrapper over the LLVM C API, the JIT and the linker.
    // The runtime's objects for linking are compiled once, when ftc is built
    // (the RuntimeObject plugin runs ftc-embed-runtime, which runs `cc`).
    .target(name: "LLVMKit", dependencies: ["CLLVM", "FTCRuntime", "FileIO"], plugins: ["RuntimeObject"]),
    .executableTarget(name: "ftc-embed-runtime"),
    .plugin(name: "RuntimeObject", capability: .buildTool(), dependencies: ["ftc-embed-runtime"]),
    .testTarget(name: "FTCTests", dependencies: ["FTC", "FTIR", "Pipeline", "FTCTool"]),
    // The Swift API's seed examples (`swift run ftc-swift-example`).
    .executableTarget(name: "ftc-swift-example", dependencies: ["FTC"], path: "Examples/SwiftAPI"),
    .testTarget(name: "LLVMKitTests", dependencies: ["LLVMKit", "FTCRuntime", "FileIO"]),
    // Every file ftc writes or reads, with spec section 7's rules (atomic
    // regular files, devices written directly, refused destinations) and
    // bounded reads; private temporary directories.
    .target(name: "FileIO"),
  ]
)
