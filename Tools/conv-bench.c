/* im2col + GEMM against direct loops for the runtime's conv, on one thread
 * (not a test; the numbers behind conv_is_direct in Runtime/ftc_runtime.c):
 *
 *     cc -std=c11 -O2 -IRuntime/include Tools/conv-bench.c -o /tmp/conv-bench -lopenblas -lm -lpthread
 *     OPENBLAS_NUM_THREADS=1 taskset -c 0 /tmp/conv-bench
 *
 * Each case runs both kernels alternately 41 times (medians) and prints the
 * largest difference between their results. 2-D, stride 1, same padding on
 * both sides of both spatial dims. */
#include "../Runtime/ftc_runtime.c"

#include <math.h>
#include <stdio.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* lhs [N, ci·fg, h, w], rhs [O, ci, kh, kw]; N counts batch groups too. */
static void run(const char *name, int64_t N, int64_t ci, int64_t O, int64_t fg, int64_t bg, int64_t h, int64_t w,
                int64_t kh, int64_t kw, int64_t pad) {
  int64_t oh = h + 2 * pad - kh + 1, ow = w + 2 * pad - kw + 1;
  int64_t d[CONV_DESC_SIZE] = {N / bg, ci, O, fg, bg, 1, h, w, 1, kh, kw, 1, oh, ow, 1, 1, 1, 0, pad, pad, 1, 1, 1, 1, 1, 1};
  int64_t nx = N * ci * fg * h * w, nw = O * ci * kh * kw, ny = N / bg * O * oh * ow;
  float *x = malloc(4 * nx), *k = malloc(4 * nw), *y1 = malloc(4 * ny), *y2 = malloc(4 * ny);
  for (int64_t j = 0; j < nx; j++) x[j] = (float)((j * 7919) % 1000) / 500.f - 1;
  for (int64_t j = 0; j < nw; j++) k[j] = (float)((j * 104729) % 1000) / 500.f - 1;
  int64_t items = N / bg * (fg > bg ? fg : bg);
  struct conv_job gemm = {x, k, y1, d, 0, 0}, direct = {x, k, y2, d, 0, 1};
  enum { R = 41 };
  double tg[R], td[R];
  for (int r = 0; r < R; r++) {
    double a = now();
    conv_items_f32(&gemm, 0, items);
    double b = now();
    conv_direct_f32(&direct, 0, items);
    tg[r] = b - a;
    td[r] = now() - b;
  }
  qsort(tg, R, sizeof(double), by_value);
  qsort(td, R, sizeof(double), by_value);
  double diff = 0;
  for (int64_t j = 0; j < ny; j++) diff = fmax(diff, fabs((double)y1[j] - y2[j]));
  printf("%-36s Og %4ld  im2col %9.1f us  direct %9.1f us  direct/im2col %5.2f  max diff %.1e\n", name,
         (long)(O / (fg > bg ? fg : bg)), tg[R / 2] * 1e6, td[R / 2] * 1e6, td[R / 2] / tg[R / 2], diff);
  free(x), free(k), free(y1), free(y2);
}

int main(void) {
  run("cnn forward 32x1x12x12 * 8x1x3x3", 32, 1, 8, 1, 1, 12, 12, 3, 3, 1);
  run("cnn dW 1x32x12x12 * 8x32x12x12", 1, 32, 8, 1, 1, 12, 12, 12, 12, 1);
  run("cnn per-sample dW, 32 feature groups", 1, 1, 256, 32, 1, 12, 12, 12, 12, 1);
  run("cnn per-sample dW, 32 batch groups", 32, 1, 256, 1, 32, 12, 12, 12, 12, 1);
  run("cnn dX 32x8x12x12 -> 1 feature", 32, 8, 1, 1, 1, 12, 12, 3, 3, 1);
  run("cnn dX 32x8x12x12 -> 2 features", 32, 8, 2, 1, 1, 12, 12, 3, 3, 1);
  run("32x16x32x32 * 32x16x3x3", 32, 16, 32, 1, 1, 32, 32, 3, 3, 1);
  run("its dX 32x32x32x32 * 16x32x3x3", 32, 32, 16, 1, 1, 32, 32, 3, 3, 1);
  run("its dW 16x32x32x32 * 32x32x32x32", 16, 32, 32, 1, 1, 32, 32, 32, 32, 1);
  run("its per-sample dW, 32 feature groups", 1, 1, 32 * 32, 32, 1, 32, 32, 32, 32, 1);
  run("depthwise 1x64x32x32, 64 groups", 1, 1, 64, 64, 1, 32, 32, 3, 3, 1);
  run("grouped 1x64x32x32, 64 groups, Og 2", 1, 1, 128, 64, 1, 32, 32, 3, 3, 1);
  run("grouped 1x64x32x32, 64 groups, Og 4", 1, 1, 256, 64, 1, 32, 32, 3, 3, 1);
  run("grouped 1x64x32x32, 16 groups, Og 1", 1, 4, 16, 16, 1, 32, 32, 3, 3, 1);
  run("1 feature, 32x1x28x28, 5x5", 32, 1, 1, 1, 1, 28, 28, 5, 5, 2);
  run("1 feature, 32x16x32x32, 3x3", 32, 16, 1, 1, 1, 32, 32, 3, 3, 1);
  run("8x64x16x16 * 64x64x3x3", 8, 64, 64, 1, 1, 16, 16, 3, 3, 1);
  return 0;
}
