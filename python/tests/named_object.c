/* A stand-in for an object compiled by ftc whose metadata names its inputs
 * and outputs (the named schema of spec section 6), exported with the prefix
 * "t_". `status` returns the status code it is given, so every code of the
 * C ABI can be seen through ftcpy. */
#include <stdint.h>

static const char metadata[] =
  "{\"module\": \"named\", \"functions\": ["
  "{\"name\": \"axpy\", \"symbol\": \"t_axpy\", "
  "\"inputs\": [{\"name\": \"a\", \"dtype\": \"f32\", \"shape\": []}, "
  "{\"name\": \"x\", \"dtype\": \"f32\", \"shape\": [3]}, {\"name\": \"y\", \"dtype\": \"f32\", \"shape\": [3]}], "
  "\"outputs\": [{\"name\": \"r\", \"dtype\": \"f32\", \"shape\": [3]}]}, "
  "{\"name\": \"status\", \"symbol\": \"t_status\", "
  "\"inputs\": [{\"name\": \"code\", \"dtype\": \"i32\", \"shape\": []}], "
  "\"outputs\": [{\"name\": \"echo\", \"dtype\": \"i32\", \"shape\": []}, {\"name\": \"flag\", \"dtype\": \"i1\", \"shape\": [2]}]}]}";

const char *t_ftc_metadata(void) { return metadata; }

int32_t t_axpy(const float *a, const float *x, const float *y, float *r) {
  for (int i = 0; i < 3; i++) r[i] = *a * x[i] + y[i];
  return 0;
}

int32_t t_status(const int32_t *code, int32_t *echo, uint8_t *flag) {
  *echo = *code;
  flag[0] = 1;
  flag[1] = 0;
  return *code;
}
