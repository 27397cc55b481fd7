/// The C runtime: aligned allocation with failure codes; parallel_for covers
/// every index exactly once for many n/chunk combinations, propagates chunk
/// errors, survives 8 application threads at once, and returns 2 when its
/// threads cannot start; FTC_NUM_THREADS sizing (the parser directly, and a C
/// program run with FTC_NUM_THREADS=1 that must never start a thread,
/// linked with the runtime object embedded when ftc was built).
import FTCRuntime
import Foundation
import FileIO
import LLVMKit
import Testing

/// A parallel_for task that counts visits: ctx points at Int32 counters.
private let countVisits: @convention(c) (UnsafeMutableRawPointer?, Int64, Int64) -> Int32 = { ctx, begin, end in
  let counts = ctx!.assumingMemoryBound(to: Int32.self)
  for i in Int(begin)..<Int(end) { counts[i] += 1 }
  return 0
}

/// Fails (status 7) on the chunk holding index 500.
private let failAt500: @convention(c) (UnsafeMutableRawPointer?, Int64, Int64) -> Int32 = { _, begin, end in
  (begin...end).contains(500) && end > 500 ? 7 : 0
}

private func visitCounts(n: Int, chunk: Int64) -> (status: Int32, counts: [Int32]) {
  var counts = [Int32](repeating: 0, count: max(n, 1))
  let status = counts.withUnsafeMutableBytes { ftc_rt_parallel_for(Int64(n), chunk, countVisits, $0.baseAddress) }
  return (status, Array(counts.prefix(n)))
}

@Suite struct RuntimeTests {
  @Test func allocationIsAlignedAndFailsCleanly() {
    for size in [0, 1, 63, 64, 1000, 1 << 20] {
      var block: UnsafeMutableRawPointer?
      #expect(ftc_rt_alloc(&block, size) == 0)
      #expect(block != nil && Int(bitPattern: block) % 64 == 0)
      if size > 0 { block!.storeBytes(of: 0xAB, toByteOffset: size - 1, as: UInt8.self) }
      ftc_rt_free(block)
    }
    var huge: UnsafeMutableRawPointer? = UnsafeMutableRawPointer(bitPattern: 1)
    #expect(ftc_rt_alloc(&huge, Int.max) == 1)
    #expect(huge == nil)
    ftc_rt_free(nil)
  }

  @Test func parallelForCoversEveryIndexOnce() {
    for n in [0, 1, 2, 3, 7, 63, 64, 65, 1000, 4097, 100_000] {
      for chunk: Int64 in [-1, 0, 1, 2, 3, 64, 1000, 1 << 20] {
        if chunk == 1 && n > 5000 { continue }
        let (status, counts) = visitCounts(n: n, chunk: chunk)
        #expect(status == 0)
        #expect(counts.allSatisfy { $0 == 1 }, "n = \(n), chunk = \(chunk)")
      }
    }
  }

  @Test func chunkErrorsPropagate() {
    #expect(ftc_rt_parallel_for(10_000, 100, failAt500, nil) == 7)
    #expect(ftc_rt_parallel_for(10_000, 100_000, failAt500, nil) == 7)
  }

  @Test func eightApplicationThreadsAtOnce() throws {
    let failures = Counter()
    try runConcurrently(threads: 8) { index in
      for round in 0..<200 {
        let n = 1000 + 97 * index + round
        let (status, counts) = visitCounts(n: n, chunk: Int64(1 + (index + round) % 50))
        if status != 0 || !counts.allSatisfy({ $0 == 1 }) { failures.increment() }
      }
    }
    #expect(failures.value == 0)
    #expect(ftc_rt_started_workers() <= ftc_rt_num_threads() - 1)
  }

  @Test func threadCountParsing() {
    #expect(ftc_rt_parse_num_threads(nil, 6) == 6)
    #expect(ftc_rt_parse_num_threads("", 6) == 6)
    #expect(ftc_rt_parse_num_threads("1", 6) == 1)
    #expect(ftc_rt_parse_num_threads("12", 6) == 12)
    #expect(ftc_rt_parse_num_threads("0", 6) == 6)
    #expect(ftc_rt_parse_num_threads("-3", 6) == 6)
    #expect(ftc_rt_parse_num_threads("+3", 6) == 6)
    #expect(ftc_rt_parse_num_threads(" 3", 6) == 6)
    #expect(ftc_rt_parse_num_threads("3x", 6) == 6)
    #expect(ftc_rt_parse_num_threads("2.5", 6) == 6)
    #expect(ftc_rt_parse_num_threads("abc", 6) == 6)
    #expect(ftc_rt_parse_num_threads("007", 6) == 7)
    #expect(ftc_rt_parse_num_threads("99999999999999999999999", 6) == FTC_RT_MAX_THREADS)
    #expect(ftc_rt_parse_num_threads(nil, 0) == 1)
    #expect(ftc_rt_core_count() >= 1)
    let expected = ftc_rt_parse_num_threads(ProcessInfo.processInfo.environment["FTC_NUM_THREADS"], ftc_rt_core_count())
    #expect(ftc_rt_num_threads() == expected)
  }

  /// FTC_NUM_THREADS is read at load, so each setting gets its own process:
  /// a C program linked with the embedded runtime reports the configured
  /// count, the workers started and the threads alive during a loop.
  @Test(arguments: [("1", 1), ("3", 3), ("bogus", 0), ("0", 0)])
  func threadCountFromEnvironment(value: String, expected: Int) throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let runtime = try Linker().runtimeObject(in: dir.path)
    let program = dir.file("probe.c")
    try writeFile(Array(probeProgram.utf8), to: program)
    let cc = try #require(["/usr/bin/cc", "/usr/local/bin/cc", "/bin/cc"].first { FileManager.default.isExecutableFile(atPath: $0) })
    let build = try runTool(cc, ["-std=c11", "-O1", "-I", runtimeInclude, program, runtime, "-o", dir.file("probe"), "-lopenblas", "-lpthread"])
    try #require(build.status == 0, "\(build.output)")
    var environment = ProcessInfo.processInfo.environment
    environment["FTC_NUM_THREADS"] = value
    environment["OPENBLAS_NUM_THREADS"] = "1"  // the runtime links OpenBLAS (conv): no threads of its own
    let run = try runTool(dir.file("probe"), [], environment: environment)
    #expect(run.status == 0, "\(run.output)")
    let fields = run.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    try #require(fields.count == 4, "\(run.output)")
    let (threads, workers, threadsAlive, foreignChunks) = (fields[0], fields[1], fields[2], fields[3])
    let configured = expected == 0 ? Int(ftc_rt_core_count()) : expected
    #expect(threads == configured)
    #expect(workers == configured - 1)
    #expect(threadsAlive == configured)
    if configured == 1 { #expect(foreignChunks == 0) }
  }

  /// With an address-space limit too small for 63 thread stacks, the loop
  /// returns 2 (and again on retry) instead of aborting.
  @Test func threadStartFailureReturnsTwo() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let runtime = try Linker().runtimeObject(in: dir.path)
    try writeFile(Array(noThreadsProgram.utf8), to: dir.file("nothreads.c"))
    let cc = try #require(["/usr/bin/cc", "/usr/local/bin/cc", "/bin/cc"].first { FileManager.default.isExecutableFile(atPath: $0) })
    let build = try runTool(cc, ["-std=c11", "-I", runtimeInclude, dir.file("nothreads.c"), runtime, "-o", dir.file("nothreads"), "-lopenblas", "-lpthread"])
    try #require(build.status == 0, "\(build.output)")
    var environment = ProcessInfo.processInfo.environment
    environment["FTC_NUM_THREADS"] = "64"
    environment["OPENBLAS_NUM_THREADS"] = "1"  // OpenBLAS's own thread under the address-space limit spins
    let run = try runTool(dir.file("nothreads"), [], environment: environment)
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("2 2 "), "\(run.output)")
  }

  /// The pool under stress, in its own process for each thread count: many
  /// short loops (a job closed before its worker wakes is skipped by it),
  /// 8 application threads at once, nested loops inside chunks, and a
  /// float result that must be bit-identical to a sequential computation.
  /// Built with ThreadSanitizer too when the C compiler can, so the pool's
  /// handshakes are checked for races in every run of this suite.
  @Test(arguments: ["2", "3"]) func poolStress(threads: String) throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let runtime = try Linker().runtimeObject(in: dir.path)
    try writeFile(Array(stressProgram.utf8), to: dir.file("stress.c"))
    let cc = try #require(["/usr/bin/cc", "/usr/local/bin/cc", "/bin/cc"].first { FileManager.default.isExecutableFile(atPath: $0) })
    var environment = ProcessInfo.processInfo.environment
    environment["FTC_NUM_THREADS"] = threads
    environment["OPENBLAS_NUM_THREADS"] = "1"
    let plain = try runTool(cc, ["-std=c11", "-O1", "-I", runtimeInclude, dir.file("stress.c"), runtime, "-o", dir.file("stress"), "-lopenblas", "-lpthread"])
    try #require(plain.status == 0, "\(plain.output)")
    let run = try runTool(dir.file("stress"), [], environment: environment)
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.hasPrefix("ok "), "\(run.output)")
    // ThreadSanitizer: the runtime compiled from source with the program.
    let source = URL(fileURLWithPath: runtimeInclude).deletingLastPathComponent().appendingPathComponent("ftc_runtime.c").path
    let tsan = try runTool(cc, ["-std=c11", "-O1", "-g", "-fsanitize=thread", "-DSTRESS_ROUNDS=300", "-I", runtimeInclude,
                                dir.file("stress.c"), source, "-o", dir.file("stress-tsan"), "-lopenblas", "-lpthread"])
    guard tsan.status == 0 else { return }  // no ThreadSanitizer runtime for this compiler
    environment["TSAN_OPTIONS"] = "halt_on_error=1:exitcode=66"
    let checked = try runTool(dir.file("stress-tsan"), [], environment: environment)
    if checked.output.contains("FATAL: ThreadSanitizer: unexpected memory mapping") { return }  // this kernel's ASLR layout
    #expect(checked.status == 0, "\(checked.output)")
    #expect(checked.output.hasPrefix("ok "), "\(checked.output)")
  }
}

/// Runtime/include: the runtime header the C test programs include.
private let runtimeInclude = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Runtime/include").path

/// Prints: configured threads, started workers, threads alive in the
/// process after a loop (from /proc/self/task; workers persist), chunks run off the main
/// thread. Exits 1 if an index was missed or repeated.
private let probeProgram = #"""
  #define _GNU_SOURCE
  #include "ftc_runtime.h"
  #include <dirent.h>
  #include <pthread.h>
  #include <stdatomic.h>
  #include <stdio.h>

  enum { N = 200000 };
  static int counts[N];
  static pthread_t main_thread;
  static atomic_int foreign, tasks;

  static int count_tasks(void) {
    DIR *dir = opendir("/proc/self/task");
    int n = 0;
    for (struct dirent *e; dir && (e = readdir(dir));) n += e->d_name[0] != '.';
    if (dir) closedir(dir);
    return n;
  }

  static int32_t body(void *ctx, int64_t begin, int64_t end) {
    (void)ctx;
    if (!pthread_equal(pthread_self(), main_thread)) atomic_fetch_add(&foreign, 1);
    for (int64_t i = begin; i < end; i++) counts[i]++;
    return 0;
  }

  int main(void) {
    main_thread = pthread_self();
    int32_t status = ftc_rt_parallel_for(N, 1000, body, NULL);
    if (status != 0) return 2;
    atomic_store(&tasks, count_tasks()); /* workers stay alive between loops */
    for (int i = 0; i < N; i++) if (counts[i] != 1) return 1;
    printf("%d %d %d %d\n", ftc_rt_num_threads(), ftc_rt_started_workers(), atomic_load(&tasks),
           atomic_load(&foreign));
    return 0;
  }
  """#

/// Prints the status of two loops run under a 64 MiB address-space limit,
/// then the workers that did start.
private let noThreadsProgram = #"""
  #include "ftc_runtime.h"
  #include <stdio.h>
  #include <sys/resource.h>

  static int32_t body(void *ctx, int64_t begin, int64_t end) {
    (void)ctx; (void)begin; (void)end;
    return 0;
  }

  int main(void) {
    struct rlimit limit = {64 << 20, 64 << 20};
    if (setrlimit(RLIMIT_AS, &limit) != 0) return 3;
    int32_t first = ftc_rt_parallel_for(100000, 100, body, NULL);
    int32_t second = ftc_rt_parallel_for(100000, 100, body, NULL);
    printf("%d %d %d\n", first, second, ftc_rt_started_workers());
    return 0;
  }
  """#

/// Prints "ok <loops>" when every loop covered its indices exactly once and
/// the chunked float sums equal the sequential ones bit for bit; exits 1
/// with a message otherwise.
private let stressProgram = #"""
  #include "ftc_runtime.h"
  #include <pthread.h>
  #include <stdatomic.h>
  #include <stdio.h>
  #include <string.h>

  #ifndef STRESS_ROUNDS
  #define STRESS_ROUNDS 3000
  #endif
  enum { APP_THREADS = 8, MAX_N = 257 };

  struct loop { atomic_int counts[MAX_N]; float out[MAX_N]; int nested; };
  static atomic_int failures, loops;

  static float term(int64_t i) { return 1.0f / (float)(i * i % 97 + 3); }

  /* Each index: its count and a float that depends on the index only; some
   * chunks start a nested loop (run by the calling thread alone). */
  static int32_t inner(void *ctx, int64_t begin, int64_t end) {
    float *sum = ctx;
    for (int64_t i = begin; i < end; i++) sum[i] = term(i) * 0.5f;
    return 0;
  }
  static int32_t body(void *ctx, int64_t begin, int64_t end) {
    struct loop *l = ctx;
    for (int64_t i = begin; i < end; i++) {
      atomic_fetch_add(&l->counts[i], 1);
      l->out[i] = term(i) + term(i + 1);
    }
    if (l->nested && begin % 3 == 0) {
      float local[16];
      if (ftc_rt_parallel_for(16, 3, inner, local) != 0) return 9;
      for (int i = 0; i < 16; i++)
        if (local[i] != term(i) * 0.5f) return 8;
    }
    return 0;
  }

  static void check(struct loop *l, int64_t n, int32_t status) {
    if (status != 0) { atomic_fetch_add(&failures, 1); return; }
    for (int64_t i = 0; i < n; i++)
      if (atomic_load(&l->counts[i]) != 1 || l->out[i] != term(i) + term(i + 1)) { atomic_fetch_add(&failures, 1); return; }
    atomic_fetch_add(&loops, 1);
  }

  static void *app(void *arg) {
    int id = (int)(intptr_t)arg;
    static _Thread_local struct loop l;
    for (int r = 0; r < STRESS_ROUNDS; r++) {
      int64_t n = 1 + (r * 7 + id * 13) % (MAX_N - 1), chunk = 1 + (r + id) % 5;
      memset(&l, 0, sizeof l);
      l.nested = r % 10 == 0;
      check(&l, n, ftc_rt_parallel_for(n, chunk, body, &l));
    }
    return NULL;
  }

  int main(void) {
    static struct loop l;
    /* Many short loops from one thread: 2 chunks each, so a worker often wakes after the job closed. */
    for (int r = 0; r < 10 * STRESS_ROUNDS; r++) {
      int64_t n = 2 + r % 3;
      memset(&l, 0, sizeof l);
      check(&l, n, ftc_rt_parallel_for(n, 1, body, &l));
    }
    pthread_t t[APP_THREADS];
    for (int i = 0; i < APP_THREADS; i++)
      if (pthread_create(&t[i], NULL, app, (void *)(intptr_t)i) != 0) return 2;
    for (int i = 0; i < APP_THREADS; i++) pthread_join(t[i], NULL);
    if (atomic_load(&failures) != 0) { printf("failed %d\n", atomic_load(&failures)); return 1; }
    printf("ok %d\n", atomic_load(&loops));
    return 0;
  }
  """#
