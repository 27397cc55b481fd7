/* call_mlp.c: calls the functions of IR/examples/mlp_grad.ftir, compiled by
 * ftc to a shared object, from C.
 *
 *   ftc compile IR/examples/mlp_grad.ftir -o libmlp.so --header mlp.h
 *   cc -std=c11 -I. IR/examples/c/call_mlp.c -o call_mlp -L. -lmlp -Wl,-rpath,'$ORIGIN'
 *   ./call_mlp
 *
 * It makes its inputs from a fixed pattern (no files to read), calls
 * @predict, @loss and @dloss (the gradient of @loss with respect to the four
 * parameters), checks their status codes and that @loss agrees with the mean
 * squared error of @predict's output, and prints every result: one line per
 * result, `NAME v0 v1 ...` in row-major order (the tests read these lines).
 * The first line is the object's ftc_metadata() JSON.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "mlp.h" /* written by ftc compile --header */

/* Fills p[0..n) with multiples of 1/16 in [-11/16, 11/16]: exact in float,
 * so the tests can make the same inputs. */
static void fill(float *p, int n, int seed) {
  for (int i = 0; i < n; i++) p[i] = (float)((i * 37 + seed * 11) % 23 - 11) / 16.0f;
}

static void print(const char *name, const float *p, int n) {
  printf("%s", name);
  for (int i = 0; i < n; i++) printf(" %.9g", p[i]);
  printf("\n");
}

static int check(const char *what, int32_t status) {
  if (status != 0) {
    fprintf(stderr, "call_mlp: %s returned %d (%s)\n", what, status,
            status == 1 ? "out of memory" : status == 2 ? "worker threads could not be started" : "unknown");
    return 1;
  }
  return 0;
}

int main(void) {
  /* Parameters and a batch of 8 examples (shapes as in mlp.h). */
  float w1[4 * 16], b1[16], w2[16 * 3], b2[3], x[8 * 4], y[8 * 3];
  fill(w1, 4 * 16, 1);
  fill(b1, 16, 2);
  fill(w2, 16 * 3, 3);
  fill(b2, 3, 4);
  fill(x, 8 * 4, 5);
  fill(y, 8 * 3, 6);

  printf("metadata %s\n", ftc_metadata());

  float out[8 * 3], l;
  float dw1[4 * 16], db1[16], dw2[16 * 3], db2[3];
  if (check("predict", predict(w1, b1, w2, b2, x, out))) return 1;
  if (check("loss", loss(w1, b1, w2, b2, x, y, &l))) return 1;
  if (check("dloss", dloss(w1, b1, w2, b2, x, y, dw1, db1, dw2, db2))) return 1;

  /* @loss is the mean squared error of @predict's output. */
  double mse = 0;
  for (int i = 0; i < 8 * 3; i++) mse += ((double)out[i] - y[i]) * ((double)out[i] - y[i]);
  mse /= 8 * 3;
  if (fabs(mse - l) > 1e-5 * fabs(mse)) {
    fprintf(stderr, "call_mlp: loss %.9g but the mean squared error of predict is %.9g\n", l, mse);
    return 1;
  }

  print("predict", out, 8 * 3);
  print("loss", &l, 1);
  print("dloss.w1", dw1, 4 * 16);
  print("dloss.b1", db1, 16);
  print("dloss.w2", dw2, 16 * 3);
  print("dloss.b2", db2, 3);
  return 0;
}
