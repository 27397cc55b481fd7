/* ftc_runtime.c: aligned allocation and the thread pool behind
 * ftc_rt_parallel_for (see include/ftc_runtime.h for the contract).
 *
 * The pool: FTC_NUM_THREADS is read once when the runtime is loaded (a
 * constructor); the pool has that many threads minus one workers (the caller
 * is the last one), started on the first loop that needs them, so with
 * FTC_NUM_THREADS=1 no thread is ever created. One loop at a time owns the
 * pool (job_lock, taken with trylock); a caller that finds it busy runs its
 * loop by itself, which keeps concurrent and nested calls deadlock-free.
 * Chunks are handed out through an atomic counter. The owner opens a job,
 * wakes idle workers and runs chunks itself; a worker registers for the
 * job under the lock before taking chunks. When the counter runs out the job
 * is closed (by whoever sees it first), so a worker that wakes late finds no
 * job and sleeps again: the owner waits only for registered workers, never
 * for one the scheduler has not run yet (on a busy machine that wait is a
 * whole time slice). No spinning: measured on this 2-core machine, a
 * spinning worker takes the core from OpenBLAS's threads and from other
 * processes (see Runtime/README.md).
 *
 * This file is compiled once when ftc is built (Plugins/RuntimeObject) and linked into
 * every shared object with -fvisibility=hidden; keep it self-contained.
 */
#define _GNU_SOURCE
#include "ftc_runtime.h"

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

/* ---- allocation ---------------------------------------------------------- */

int32_t ftc_rt_alloc(void **out, size_t bytes) {
  void *block = NULL;
  *out = NULL;
  if (posix_memalign(&block, FTC_RT_ALIGNMENT, bytes == 0 ? FTC_RT_ALIGNMENT : bytes) != 0 ||
      block == NULL)
    return FTC_RT_NO_MEMORY;
  *out = block;
  return FTC_RT_OK;
}

void ftc_rt_free(void *block) { free(block); }

/* ---- sizing -------------------------------------------------------------- */

int32_t ftc_rt_parse_num_threads(const char *value, int32_t cores) {
  if (cores < 1) cores = 1;
  if (cores > FTC_RT_MAX_THREADS) cores = FTC_RT_MAX_THREADS;
  if (value == NULL || *value == '\0') return cores;
  int64_t count = 0;
  for (const char *c = value; *c != '\0'; c++) {
    if (*c < '0' || *c > '9') return cores;
    count = count * 10 + (*c - '0');
    if (count > FTC_RT_MAX_THREADS) count = FTC_RT_MAX_THREADS + 1; /* saturate */
  }
  if (count < 1) return cores;
  return count > FTC_RT_MAX_THREADS ? FTC_RT_MAX_THREADS : (int32_t)count;
}

int32_t ftc_rt_core_count(void) {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int count = CPU_COUNT(&set);
    if (count >= 1) return count;
  }
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  if (online < 1) return 1;
  return online > FTC_RT_MAX_THREADS ? FTC_RT_MAX_THREADS : (int32_t)online;
}

/* ---- the pool ------------------------------------------------------------ */

/* One parallel loop. `active` (guarded by pool.lock) counts the workers
 * that registered for it; only they may touch it, and the owner returns
 * once it is closed and `active` is back at 0. */
struct job {
  ftc_rt_task fn;
  void *ctx;
  int64_t n, chunk, chunks;
  atomic_int_fast64_t next; /* next chunk to hand out */
  atomic_int status;        /* first non-zero status, or 0 */
  int32_t active;           /* registered workers still running chunks */
  int owner_waiting;        /* the owner sleeps on pool.done until active == 0 */
};

static struct {
  pthread_once_t once;
  int32_t threads;           /* configured, caller included */
  pthread_mutex_t job_lock;  /* held by the caller whose loop owns the pool */
  pthread_mutex_t lock;      /* guards everything below and job->active */
  pthread_cond_t wake;       /* workers: a new job or shutdown */
  pthread_cond_t done;       /* owner: the last registered worker left */
  struct job *job;           /* the open job, or NULL */
  int32_t started;
  int32_t idle;              /* workers asleep on `wake` */
  int shutdown;
  pthread_t workers[FTC_RT_MAX_THREADS];
} pool = {
    .once = PTHREAD_ONCE_INIT,
    .job_lock = PTHREAD_MUTEX_INITIALIZER,
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .wake = PTHREAD_COND_INITIALIZER,
    .done = PTHREAD_COND_INITIALIZER,
};

/* In a forked child only the forking thread exists: forget the workers. */
static void pool_after_fork_in_child(void) {
  pthread_mutex_init(&pool.job_lock, NULL);
  pthread_mutex_init(&pool.lock, NULL);
  pthread_cond_init(&pool.wake, NULL);
  pthread_cond_init(&pool.done, NULL);
  pool.job = NULL;
  pool.started = 0;
  pool.idle = 0;
}

static void pool_init(void) {
  pool.threads = ftc_rt_parse_num_threads(getenv("FTC_NUM_THREADS"), ftc_rt_core_count());
  pthread_atfork(NULL, NULL, pool_after_fork_in_child);
}

__attribute__((constructor)) static void pool_load(void) { pthread_once(&pool.once, pool_init); }

/* Stops and joins the workers when the object is unloaded or the process
 * exits, so no thread is left running code that is about to disappear. */
__attribute__((destructor)) static void pool_unload(void) {
  pthread_mutex_lock(&pool.lock);
  pool.shutdown = 1;
  int32_t started = pool.started;
  pthread_cond_broadcast(&pool.wake);
  pthread_mutex_unlock(&pool.lock);
  for (int32_t i = 0; i < started; i++) pthread_join(pool.workers[i], NULL);
  pthread_mutex_lock(&pool.lock);
  pool.started = 0;
  pthread_mutex_unlock(&pool.lock);
}

int32_t ftc_rt_num_threads(void) {
  pthread_once(&pool.once, pool_init);
  return pool.threads;
}

int32_t ftc_rt_started_workers(void) {
  pthread_mutex_lock(&pool.lock);
  int32_t started = pool.started;
  pthread_mutex_unlock(&pool.lock);
  return started;
}

/* Takes chunks from the job's counter until none is left (or a chunk failed). */
static void run_chunks(struct job *job) {
  for (;;) {
    if (atomic_load_explicit(&job->status, memory_order_relaxed) != 0) return;
    int64_t c = atomic_fetch_add_explicit(&job->next, 1, memory_order_relaxed);
    if (c >= job->chunks) return;
    int64_t begin = c * job->chunk;
    int64_t end = job->n - begin < job->chunk ? job->n : begin + job->chunk;
    int32_t status = job->fn(job->ctx, begin, end);
    if (status != 0) {
      int expected = 0;
      atomic_compare_exchange_strong(&job->status, &expected, status);
    }
  }
}

/* A worker sleeps until a job is open, registers for it under the lock,
 * runs chunks, and deregisters. A job closed before the worker woke is never
 * touched: the owner does not wait for workers that are still asleep. */
static void *worker_main(void *arg) {
  (void)arg;
  pthread_mutex_lock(&pool.lock);
  for (;;) {
    pool.idle++;
    while (pool.job == NULL && !pool.shutdown) pthread_cond_wait(&pool.wake, &pool.lock);
    pool.idle--;
    if (pool.shutdown) break;
    struct job *job = pool.job;
    job->active++;
    pthread_mutex_unlock(&pool.lock);
    run_chunks(job);
    pthread_mutex_lock(&pool.lock);
    /* Every chunk is handed out: close the job so no other worker registers. */
    if (pool.job == job) pool.job = NULL;
    if (--job->active == 0 && job->owner_waiting) pthread_cond_signal(&pool.done);
  }
  pthread_mutex_unlock(&pool.lock);
  return NULL;
}

/* Brings the pool up to threads - 1 workers; called with pool.lock held by
 * the pool's owner. Workers block every signal (they belong to the
 * application's threads). Returns 0 when all are running. */
static int start_workers(void) {
  int32_t want = pool.threads - 1;
  if (pool.started >= want) return 0;
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  int failed = 0;
  while (pool.started < want) {
    if (pthread_create(&pool.workers[pool.started], NULL, worker_main, NULL) != 0) {
      failed = 1;
      break;
    }
    pool.started++;
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  return failed;
}

/* The owner's side: open the job, wake as many idle workers as there are
 * chunks beyond the owner's first, run chunks alongside them, then close the
 * job and wait only for the workers that registered (each is finishing at
 * most one chunk). */
static void run_on_pool(struct job *job) {
  pthread_mutex_lock(&pool.lock);
  pool.job = job;
  int64_t helpers = job->chunks - 1 < pool.idle ? job->chunks - 1 : pool.idle;
  if (helpers >= pool.idle)
    pthread_cond_broadcast(&pool.wake);
  else
    for (int64_t i = 0; i < helpers; i++) pthread_cond_signal(&pool.wake);
  pthread_mutex_unlock(&pool.lock);

  run_chunks(job);

  pthread_mutex_lock(&pool.lock);
  if (pool.job == job) pool.job = NULL;
  job->owner_waiting = 1;
  while (job->active > 0) pthread_cond_wait(&pool.done, &pool.lock);
  pthread_mutex_unlock(&pool.lock);
}

int32_t ftc_rt_parallel_for(int64_t n, int64_t chunk, ftc_rt_task fn, void *ctx) {
  if (n <= 0) return FTC_RT_OK;
  int32_t threads = ftc_rt_num_threads();
  if (chunk <= 0) {
    int64_t pieces = (int64_t)threads * 4;
    chunk = n / pieces + (n % pieces != 0);
  }
  struct job job = {.fn = fn, .ctx = ctx, .n = n, .chunk = chunk,
                    .chunks = n / chunk + (n % chunk != 0)};
  atomic_init(&job.next, 0);
  atomic_init(&job.status, 0);

  if (threads == 1 || job.chunks == 1 || pthread_mutex_trylock(&pool.job_lock) != 0) {
    run_chunks(&job);
    return atomic_load(&job.status);
  }
  pthread_mutex_lock(&pool.lock);
  int shutdown = pool.shutdown; /* the process is exiting: no pool any more */
  int failed = shutdown ? 0 : start_workers();
  pthread_mutex_unlock(&pool.lock);
  if (failed) {
    pthread_mutex_unlock(&pool.job_lock);
    return FTC_RT_NO_THREADS;
  }
  if (shutdown)
    run_chunks(&job);
  else
    run_on_pool(&job);
  pthread_mutex_unlock(&pool.job_lock);
  return atomic_load(&job.status);
}

/* ---- convolution ---------------------------------------------------------
 * conv (FTIR's `conv`, lax.conv_general_dilated's default layout) as im2col
 * + GEMM: for each output example n and group g, the column matrix
 * col[(i, k...), y...] holds the lhs element each kernel tap reads for each
 * output position (0 for padding and lhs-dilation holes, found by bounds and
 * divisibility: nothing outside the lhs is read), then
 * out[n, g·Og:(g+1)·Og, y...] = rhs[g·Og:(g+1)·Og, (i, k...)] · col.
 * Output positions are processed in blocks of whole rows, so the column
 * buffer stays small.
 *
 * One output feature per group (depthwise convs, a single output channel):
 * the GEMM degenerates into a matrix-vector product and the im2col copy
 * costs as much as the arithmetic, so direct loops run instead: for each
 * output feature, input channel and kernel tap (the reference's order),
 * out_row[y] += w · in_row[y·stride + offset] over the in-bounds range of
 * the last spatial dim. Measured (Tools/conv-bench.c, one thread): direct
 * wins 2-8× with one output feature per group, breaks even with two and
 * loses 1.4-10× from four on; so the rule is Og == 1 (and no lhs dilation
 * in the last dim, where holes break the contiguous rows).
 * Examples × groups are split over the thread pool. */

#include <cblas.h>

enum { CONV_N, CONV_I, CONV_O, CONV_FG, CONV_BG, CONV_IN = 5, CONV_K = 8, CONV_OUT = 11, CONV_STRIDE = 14,
       CONV_LO = 17, CONV_LDIL = 20, CONV_RDIL = 23, CONV_DESC_SIZE = 26 };

/* Output positions per block of the column matrix. */
#define CONV_BLOCK 4096

struct conv_job {
  const void *lhs, *rhs;
  void *out;
  const int64_t *d;
  int f64, direct;
};

/* For spatial dim `s`: tap[k * out + y] = the lhs coordinate kernel tap k
 * reads at output position y, or -1 (padding or a dilation hole). */
static void conv_taps(const int64_t *d, int s, int64_t *tap) {
  int64_t in = d[CONV_IN + s], k = d[CONV_K + s], out = d[CONV_OUT + s];
  int64_t stride = d[CONV_STRIDE + s], lo = d[CONV_LO + s], ldil = d[CONV_LDIL + s], rdil = d[CONV_RDIL + s];
  for (int64_t kk = 0; kk < k; kk++)
    for (int64_t y = 0; y < out; y++) {
      int64_t p = y * stride + kk * rdil - lo;
      int64_t q = p >= 0 && p % ldil == 0 ? p / ldil : -1;
      tap[kk * out + y] = q >= 0 && q < in ? q : -1;
    }
}

/* The job's operands and sizes as locals (both convolution kernels). */
#define CONV_UNPACK(T)                                                                               \
  const int64_t *d = job->d;                                                                         \
  const T *lhs = job->lhs, *rhs = job->rhs;                                                          \
  T *out = job->out;                                                                                 \
  int64_t N = d[CONV_N], Ci = d[CONV_I], O = d[CONV_O], fg = d[CONV_FG], bg = d[CONV_BG];            \
  int64_t G = fg > bg ? fg : bg, Og = O / G, C = Ci * fg;                                             \
  int64_t in0 = d[CONV_IN], in1 = d[CONV_IN + 1], in2 = d[CONV_IN + 2];                              \
  int64_t k0 = d[CONV_K], k1 = d[CONV_K + 1], k2 = d[CONV_K + 2];                                    \
  int64_t o0 = d[CONV_OUT], o1 = d[CONV_OUT + 1], o2 = d[CONV_OUT + 2];

#define CONV_KERNEL(NAME, T, GEMM)                                                                   \
  static int32_t NAME(const struct conv_job *job, int64_t begin, int64_t end) {                    \
    CONV_UNPACK(T)                                                                                   \
    int64_t P = o0 * o1 * o2, K = Ci * k0 * k1 * k2, inSize = in0 * in1 * in2;                        \
    int64_t rows = o0 * o1, blockRows = o2 >= CONV_BLOCK ? 1 : CONV_BLOCK / o2;                      \
    if (blockRows > rows) blockRows = rows;                                                          \
    int64_t block = blockRows * o2;                                                                  \
    void *mem = NULL;                                                                                \
    size_t taps = (size_t)(k0 * o0 + k1 * o1 + k2 * o2);                                             \
    if (ftc_rt_alloc(&mem, sizeof(int64_t) * taps + sizeof(T) * (size_t)(K * block)) != FTC_RT_OK)   \
      return FTC_RT_NO_MEMORY;                                                                       \
    int64_t *t0 = mem, *t1 = t0 + k0 * o0, *t2 = t1 + k1 * o1;                                       \
    T *col = (T *)(t2 + k2 * o2);                                                                    \
    conv_taps(d, 0, t0);                                                                             \
    conv_taps(d, 1, t1);                                                                             \
    conv_taps(d, 2, t2);                                                                             \
    for (int64_t item = begin; item < end; item++) {                                                 \
      int64_t n = item / G, g = item % G;                                                            \
      int64_t nb = bg > 1 ? g * N + n : n, cBase = fg > 1 ? g * Ci : 0;                               \
      for (int64_t r0 = 0; r0 < rows; r0 += blockRows) {                                             \
        int64_t nrows = rows - r0 < blockRows ? rows - r0 : blockRows, width = nrows * o2;            \
        for (int64_t i = 0; i < Ci; i++) {                                                            \
          const T *src = lhs + (nb * C + cBase + i) * inSize;                                        \
          for (int64_t a = 0; a < k0; a++)                                                           \
            for (int64_t b = 0; b < k1; b++)                                                         \
              for (int64_t c = 0; c < k2; c++) {                                                     \
                T *dst = col + (((i * k0 + a) * k1 + b) * k2 + c) * block;                           \
                const int64_t *q2 = t2 + c * o2;                                                     \
                for (int64_t r = 0; r < nrows; r++, dst += o2) {                                     \
                  int64_t y0 = (r0 + r) / o1, y1 = (r0 + r) % o1;                                    \
                  int64_t q0 = t0[a * o0 + y0], q1 = t1[b * o1 + y1];                                \
                  if (q0 < 0 || q1 < 0) {                                                            \
                    for (int64_t y2 = 0; y2 < o2; y2++) dst[y2] = 0;                                 \
                    continue;                                                                        \
                  }                                                                                  \
                  const T *row = src + (q0 * in1 + q1) * in2;                                        \
                  for (int64_t y2 = 0; y2 < o2; y2++) dst[y2] = q2[y2] < 0 ? (T)0 : row[q2[y2]];     \
                }                                                                                    \
              }                                                                                      \
        }                                                                                            \
        GEMM(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)Og, (int)width, (int)K, 1,               \
             rhs + g * Og * K, (int)K, col, (int)block, 0, out + (n * O + g * Og) * P + r0 * o2, (int)P); \
      }                                                                                              \
    }                                                                                                \
    ftc_rt_free(mem);                                                                                \
    return FTC_RT_OK;                                                                                \
  }

CONV_KERNEL(conv_items_f32, float, cblas_sgemm)
CONV_KERNEL(conv_items_f64, double, cblas_dgemm)

/* GCC's -O2 vectorizes only loops whose vector code replaces all the scalar
 * code; the direct path's rows need the dynamic cost model. */
#if defined(__GNUC__) && !defined(__clang__)
#define CONV_VECTORIZE __attribute__((optimize("tree-vectorize", "vect-cost-model=dynamic")))
#else
#define CONV_VECTORIZE
#endif

#define CONV_DIRECT_KERNEL(NAME, T)                                                                  \
  CONV_VECTORIZE static int32_t NAME(const struct conv_job *job, int64_t begin, int64_t end) {      \
    CONV_UNPACK(T)                                                                                   \
    int64_t s2 = d[CONV_STRIDE + 2], lo2 = d[CONV_LO + 2], rd2 = d[CONV_RDIL + 2];                   \
    int64_t P = o0 * o1 * o2, inSize = in0 * in1 * in2, kSize = k0 * k1 * k2;                         \
    void *mem = NULL;                                                                                \
    if (ftc_rt_alloc(&mem, sizeof(int64_t) * (size_t)(k0 * o0 + k1 * o1 + 2 * k2)) != FTC_RT_OK)     \
      return FTC_RT_NO_MEMORY;                                                                       \
    int64_t *t0 = mem, *t1 = t0 + k0 * o0, *range = t1 + k1 * o1;                                    \
    conv_taps(d, 0, t0);                                                                             \
    conv_taps(d, 1, t1);                                                                             \
    /* Tap c of the last dim reads in2 position y·s2 + off: in bounds for y in [range[2c], range[2c+1]). */ \
    for (int64_t c = 0; c < k2; c++) {                                                               \
      int64_t off = c * rd2 - lo2, first = off >= 0 ? 0 : (-off + s2 - 1) / s2;                       \
      int64_t last = in2 - 1 - off < 0 ? -1 : (in2 - 1 - off) / s2;                                  \
      if (last > o2 - 1) last = o2 - 1;                                                              \
      range[2 * c] = first < o2 ? first : o2;                                                        \
      range[2 * c + 1] = last + 1 > range[2 * c] ? last + 1 : range[2 * c];                          \
    }                                                                                                \
    for (int64_t item = begin; item < end; item++) {                                                 \
      int64_t n = item / G, g = item % G;                                                            \
      int64_t nb = bg > 1 ? g * N + n : n, cBase = fg > 1 ? g * Ci : 0;                               \
      for (int64_t o = g * Og; o < (g + 1) * Og; o++) {                                              \
        T *dst = out + (n * O + o) * P;                                                              \
        for (int64_t p = 0; p < P; p++) dst[p] = 0;                                                  \
        for (int64_t i = 0; i < Ci; i++) {                                                            \
          const T *src = lhs + (nb * C + cBase + i) * inSize, *w = rhs + (o * Ci + i) * kSize;        \
          for (int64_t a = 0; a < k0; a++)                                                           \
            for (int64_t b = 0; b < k1; b++)                                                         \
              for (int64_t c = 0; c < k2; c++) {                                                     \
                T wv = w[(a * k1 + b) * k2 + c];                                                     \
                int64_t first = range[2 * c], stop = range[2 * c + 1], off = c * rd2 - lo2;           \
                for (int64_t y0 = 0; y0 < o0; y0++) {                                                \
                  int64_t q0 = t0[a * o0 + y0];                                                      \
                  if (q0 < 0) continue;                                                              \
                  for (int64_t y1 = 0; y1 < o1; y1++) {                                              \
                    int64_t q1 = t1[b * o1 + y1];                                                    \
                    if (q1 < 0) continue;                                                            \
                    T *row = dst + (y0 * o1 + y1) * o2;                                              \
                    const T *in = src + (q0 * in1 + q1) * in2 + off;                                 \
                    if (s2 == 1)                                                                     \
                      for (int64_t y = first; y < stop; y++) row[y] += wv * in[y];                   \
                    else                                                                             \
                      for (int64_t y = first; y < stop; y++) row[y] += wv * in[y * s2];              \
                  }                                                                                  \
                }                                                                                    \
              }                                                                                      \
        }                                                                                            \
      }                                                                                              \
    }                                                                                                \
    ftc_rt_free(mem);                                                                                \
    return FTC_RT_OK;                                                                                \
  }

CONV_DIRECT_KERNEL(conv_direct_f32, float)
CONV_DIRECT_KERNEL(conv_direct_f64, double)

/* The direct path's rule (measured; see the comment above). */
static int conv_is_direct(const int64_t *d) {
  int64_t G = d[CONV_FG] > d[CONV_BG] ? d[CONV_FG] : d[CONV_BG];
  return d[CONV_O] == G && d[CONV_LDIL + 2] == 1;
}

static int32_t conv_task(void *ctx, int64_t begin, int64_t end) {
  const struct conv_job *job = ctx;
  if (job->direct) return job->f64 ? conv_direct_f64(job, begin, end) : conv_direct_f32(job, begin, end);
  return job->f64 ? conv_items_f64(job, begin, end) : conv_items_f32(job, begin, end);
}

static int32_t conv_run(const void *lhs, const void *rhs, void *out, const int64_t *d, int f64) {
  int64_t N = d[CONV_N], O = d[CONV_O], G = d[CONV_FG] > d[CONV_BG] ? d[CONV_FG] : d[CONV_BG];
  int64_t P = d[CONV_OUT] * d[CONV_OUT + 1] * d[CONV_OUT + 2];
  int64_t K = d[CONV_I] * d[CONV_K] * d[CONV_K + 1] * d[CONV_K + 2];
  if (N * O * P == 0) return FTC_RT_OK;
  if (K == 0) { /* an empty sum */
    for (int64_t j = 0; j < N * O * P; j++) {
      if (f64) ((double *)out)[j] = 0; else ((float *)out)[j] = 0;
    }
    return FTC_RT_OK;
  }
  struct conv_job job = {lhs, rhs, out, d, f64, conv_is_direct(d)};
  int64_t items = N * G;
  /* Enough work per item to pay for a thread: split; else run here. */
  if (items > 1 && O * P * K >= (1 << 16)) return ftc_rt_parallel_for(items, 1, conv_task, &job);
  return conv_task(&job, 0, items);
}

int32_t ftc_rt_conv_f32(const float *lhs, const float *rhs, float *out, const int64_t *desc) {
  return conv_run(lhs, rhs, out, desc, 0);
}

int32_t ftc_rt_conv_f64(const double *lhs, const double *rhs, double *out, const int64_t *desc) {
  return conv_run(lhs, rhs, out, desc, 1);
}
