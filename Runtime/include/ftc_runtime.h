/* ftc_runtime.h: the C runtime that code compiled by ftc calls.
 *
 * It is linked statically into every shared object ftc writes (compiled with
 * -fvisibility=hidden, so none of it is exported) and into ftc itself, where
 * the JIT resolves these symbols through ftc_rt_jit_symbols()
 * (ftc_jit_symbols.h). C11, libc and pthreads only.
 *
 * Status codes follow the C ABI of compiled functions (spec section 6):
 * 0 success, 1 out of memory, 2 worker threads could not be started.
 */
#ifndef FTC_RUNTIME_H
#define FTC_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
  FTC_RT_OK = 0,
  FTC_RT_NO_MEMORY = 1,
  FTC_RT_NO_THREADS = 2,
};

/* Alignment of every ftc_rt_alloc block, in bytes. */
#define FTC_RT_ALIGNMENT 64

/* Allocates `bytes` bytes aligned to FTC_RT_ALIGNMENT into *out. Returns
 * FTC_RT_OK, or FTC_RT_NO_MEMORY (then *out is NULL). A zero-byte request
 * succeeds with a block that may be passed to ftc_rt_free. */
int32_t ftc_rt_alloc(void **out, size_t bytes);

/* Frees a block from ftc_rt_alloc; NULL is ignored. */
void ftc_rt_free(void *block);

/* A piece of a parallel loop: handles indices [begin, end) and returns
 * FTC_RT_OK or an error status. */
typedef int32_t (*ftc_rt_task)(void *ctx, int64_t begin, int64_t end);

/* Runs fn over [0, n) in chunks of at most `chunk` indices (chunk <= 0
 * lets the runtime choose), on the caller and the pool's workers. Every
 * index is covered exactly once and all chunks have finished when it
 * returns. Returns FTC_RT_OK; the first non-zero status a chunk returned
 * (remaining chunks may then be skipped); or FTC_RT_NO_THREADS when the
 * workers could not be started (nothing has run then).
 *
 * Thread-safe: the pool runs one loop at a time; a caller that finds it busy
 * (another application thread's loop, or a nested call from inside a chunk)
 * runs its own loop alone, so callers never wait for each other. */
int32_t ftc_rt_parallel_for(int64_t n, int64_t chunk, ftc_rt_task fn, void *ctx);

/* Threads a parallel loop may use, the caller included: FTC_NUM_THREADS as
 * read when the runtime was loaded, or the number of usable cores. */
int32_t ftc_rt_num_threads(void);

/* Worker threads started so far (at most ftc_rt_num_threads() - 1; they
 * start on the first loop that needs them). */
int32_t ftc_rt_started_workers(void);

/* The sizing rule, exposed for tests: a positive decimal integer `value`
 * (capped at FTC_RT_MAX_THREADS) gives that count; NULL or anything else
 * gives `cores` (itself clamped to 1...FTC_RT_MAX_THREADS). */
#define FTC_RT_MAX_THREADS 1024
int32_t ftc_rt_parse_num_threads(const char *value, int32_t cores);

/* Cores this process may run on (its CPU affinity mask), at least 1. */
int32_t ftc_rt_core_count(void);

/* conv (FTIR's `conv`) with 3 spatial dims (fewer are padded with size-1
 * dims): out [N, O, o0, o1, o2] from lhs [N·bg, I·fg, in...] and rhs
 * [O, I, k...]. `desc` holds 26 int64: N, I, O, feature_group_count,
 * batch_group_count, then 3 entries each of lhs spatial sizes, kernel
 * sizes, output sizes, window strides, low padding, lhs dilation, rhs
 * dilation (the high padding is implied by the output size). Reads only
 * inside the buffers. Returns FTC_RT_OK or FTC_RT_NO_MEMORY. */
int32_t ftc_rt_conv_f32(const float *lhs, const float *rhs, float *out, const int64_t *desc);
int32_t ftc_rt_conv_f64(const double *lhs, const double *rhs, double *out, const int64_t *desc);

#ifdef __cplusplus
}
#endif

#endif /* FTC_RUNTIME_H */
