// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ftc",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "ftc", targets: ["ftc"]),
    .library(name: "FTIR", targets: ["FTIR"]),
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
    // The `ftc` commands as a library (so tests run them in-process).
    .target(name: "FTCTool", dependencies: ["FTIR", "Transforms", "Backend"]),
    .executableTarget(
      name: "ftc",
      dependencies: ["FTCTool", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .testTarget(name: "FTIRTests", dependencies: ["FTIR", "Transforms", "FTCTool"]),
  ]
)
