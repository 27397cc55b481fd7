/// `startup`: the first line of `--time-passes` in the `ftc` executable, the
/// seconds ftc spent before its pipeline ran: the CPU time used before
/// `main` (the dynamic loader mapping and relocating libLLVM, Foundation,
/// OpenBLAS, the Swift runtime; static initializers) plus the wall time
/// from `main` to the first stage (argument parsing, reading the input).
///
///   $ ftc compile w5.ftir -o w5.so --time-passes
///   startup 0.0210
///   parse 0.0010
///   ...
///
/// The time before `main` is CPU time (getrusage): the kernel records no
/// wall-clock start finer than 10 ms. A process that never called `markMain`
/// (the tests, the Swift API) prints no `startup` line.

import Pipeline

#if canImport(Glibc)
import Glibc
#endif

public enum Startup {
  /// Process CPU seconds and monotonic seconds when `main` began.
  nonisolated(unsafe) private static var atMain: (cpu: Double, wall: Double)?

  /// Called first thing in `main`.
  public static func markMain() { atMain = (processCPUSeconds(), monotonicSeconds()) }

  /// The seconds before the pipeline (see the header), or nil without `markMain`.
  static func seconds() -> Double? {
    atMain.map { $0.cpu + (monotonicSeconds() - $0.wall) }
  }

  /// `startup SECONDS\n` for `seconds`, or nothing.
  static func line(_ seconds: Double?) -> String {
    seconds.map { "startup \(formatSeconds($0))\n" } ?? ""
  }
}

/// User plus system CPU seconds of this process so far.
private func processCPUSeconds() -> Double {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

private func monotonicSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}
