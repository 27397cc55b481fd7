/// Counts the work the FTIR stages do, so tests can check that each stage
/// is linear in the size of the module (counting work, not time: a timing
/// test on a shared machine would be flaky). Counting is on only inside
/// `WorkCounter.counting`, for the task that runs it (a task-local value,
/// so tests running in parallel do not mix their counts).
///
///     let (m, work) = WorkCounter.counting { expandTransforms(module) }
///     work.total  // operations parsed, visited, emitted and copied
///
/// What is counted, one unit per operation:
/// - `parsed`: operations read by the parser;
/// - `visited`: operations a pass or the verifier looked at (`Function.walk`
///   and the loops of passes that do not use it);
/// - `emitted`: operations built (`FunctionBuilder.emit`);
/// - `copied`: operations copied because a function being built was shared
///   when it grew (a copy-on-write of its body: what made the passes
///   quadratic when rule contexts held a copy of the builder).
public final class WorkCounter: @unchecked Sendable {
  @TaskLocal public static var current: WorkCounter?

  public private(set) var parsed = 0
  public private(set) var visited = 0
  public private(set) var emitted = 0
  public private(set) var copied = 0

  public init() {}

  public var total: Int { parsed + visited + emitted + copied }

  /// Runs `body` with a fresh counter; returns its result and the counter.
  public static func counting<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, WorkCounter) {
    let counter = WorkCounter()
    let result: Result<T, E> = $current.withValue(counter) {
      do throws(E) { return .success(try body()) } catch { return .failure(error) }
    }
    return (try result.get(), counter)
  }

  static func parsed(_ n: Int = 1) { current?.parsed += n }
  public static func visited(_ n: Int = 1) { current?.visited += n }
  static func emitted(_ n: Int = 1) { current?.emitted += n }
  static func copied(_ n: Int) { current?.copied += n }
}
