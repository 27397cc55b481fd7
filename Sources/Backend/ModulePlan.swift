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
  /// One schedule per row group of `fusion.rowGroups`, in order.
  public var rowSchedules: [RowGroupSchedule] = []
  /// The loops of each kernel, or of each row group at its first member
  /// (the `loops` stage, LoopNest.swift): what Codegen emits.
  public var loopNests: [LoopNest] = []
  /// For each region kernel (by id), the plans of its op's regions, each
  /// lowered like a function of its own.
  public var regions: [Int: [FunctionPlan]]
  public var function: Function { fusion.function }

  public init(fusion: FusionPlan, schedules: [KernelSchedule], buffers: BufferPlan, regions: [Int: [FunctionPlan]] = [:]) {
    self.fusion = fusion
    self.schedules = schedules
    self.buffers = buffers
    self.regions = regions
  }
}

/// Schedules and buffers for a fusion plan and, recursively, for the plans
/// of its regions (the `schedule` stage).
public func planFunction(_ fusion: FusionPlan, target: Target) -> FunctionPlan {
  let schedules = schedule(fusion, target: target)
  var regions: [Int: [FunctionPlan]] = [:]
  for (k, plans) in fusion.regions { regions[k] = plans.map { planFunction($0, target: target) } }
  var p = FunctionPlan(fusion: fusion, schedules: schedules, buffers: planBuffers(fusion, schedules), regions: regions)
  p.rowSchedules = fusion.rowGroups.map { scheduleRowGroup($0, fusion) }
  return p
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
