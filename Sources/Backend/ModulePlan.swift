/// The backend's plan of a module, as the pipeline's `fuse` and `schedule`
/// stages make it and dump it, and as Codegen lowers it: for each function
/// its kernels, their schedules and its buffers, for one target. Codegen
/// never plans on its own, so the plan that is dumped is the plan that is
/// compiled.

import FTIR

public struct FunctionPlan: Sendable {
  public var fusion: FusionPlan
  public var schedules: [KernelSchedule]
  public var buffers: BufferPlan
  public var function: Function { fusion.function }

  public init(fusion: FusionPlan, schedules: [KernelSchedule], buffers: BufferPlan) {
    self.fusion = fusion
    self.schedules = schedules
    self.buffers = buffers
  }
}

public struct ModulePlan: Sendable {
  /// The module planned (transforms expanded, calls inlined).
  public var module: Module
  /// The target the schedules were made for.
  public var target: Target
  /// One plan per function of `module`, in order.
  public var functions: [FunctionPlan]
  /// The names of each function's inputs and outputs in the compiled
  /// object's metadata (`Module.interfaceNames` before expansion).
  public var names: [String: InterfaceNames]

  public init(module: Module, target: Target, functions: [FunctionPlan], names: [String: InterfaceNames] = [:]) {
    self.module = module
    self.target = target
    self.functions = functions
    self.names = names
  }
}
