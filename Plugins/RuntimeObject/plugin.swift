/// A build-tool plugin of LLVMKit: compiles the C runtime (`Runtime/`) once,
/// when ftc is built, into the objects every shared object and static
/// library links (`-O2 -fPIC -fvisibility=hidden`), and embeds their bytes in
/// a generated Swift source (`RuntimeObjects`), so `ftc compile` never runs a
/// C compiler.
import Foundation
import PackagePlugin

@main
struct RuntimeObject: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let runtime = context.package.directoryURL.appending(path: "Runtime")
    let include = runtime.appending(path: "include")
    let sources = [runtime.appending(path: "ftc_runtime.c"), runtime.appending(path: "shared_object/ftc_dso_handle.c")]
    let output = context.pluginWorkDirectoryURL.appending(path: "RuntimeObjects.swift")
    let arguments = ["--include", include.path, "--output", output.path] + sources.map(\.path)
    return [
      .buildCommand(
        displayName: "Compiling the C runtime for the objects ftc links",
        executable: try context.tool(named: "ftc-embed-runtime").url,
        arguments: arguments,
        inputFiles: sources + [include.appending(path: "ftc_runtime.h")],
        outputFiles: [output])
    ]
  }
}
