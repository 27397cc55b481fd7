/* jit_symbols.c: the symbol table the JIT defines (ftc_jit_symbols.h).
 * Built into ftc only, never into shared objects (which link these
 * libraries normally). Add a function here before generated code calls it.
 */
#include "ftc_jit_symbols.h"
#include "ftc_runtime.h"

#include <cblas.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define SYM(f) {#f, (const void *)(uintptr_t)&f}
#define SYM_FD(name) SYM(name), SYM(name##f)

static const ftc_rt_symbol table[] = {
    /* the runtime */
    SYM(ftc_rt_alloc), SYM(ftc_rt_free), SYM(ftc_rt_parallel_for), SYM(ftc_rt_num_threads),
    SYM(ftc_rt_conv_f32), SYM(ftc_rt_conv_f64),
    /* libm, double and float (the float name ends in f) */
    SYM_FD(exp), SYM_FD(exp2), SYM_FD(expm1), SYM_FD(log), SYM_FD(log2), SYM_FD(log10),
    SYM_FD(log1p), SYM_FD(sin), SYM_FD(cos), SYM_FD(tan), SYM_FD(asin), SYM_FD(acos),
    SYM_FD(atan), SYM_FD(atan2), SYM_FD(sinh), SYM_FD(cosh), SYM_FD(tanh), SYM_FD(asinh),
    SYM_FD(acosh), SYM_FD(atanh), SYM_FD(erf), SYM_FD(erfc), SYM_FD(pow), SYM_FD(fmod),
    SYM_FD(remainder), SYM_FD(cbrt), SYM_FD(hypot), SYM_FD(sqrt), SYM_FD(floor), SYM_FD(ceil),
    SYM_FD(trunc), SYM_FD(round), SYM_FD(rint), SYM_FD(nearbyint), SYM_FD(fmin), SYM_FD(fmax),
    SYM_FD(ldexp), SYM_FD(frexp),
    /* CBLAS (OpenBLAS) */
    SYM(cblas_sgemm), SYM(cblas_dgemm), SYM(cblas_sgemv), SYM(cblas_dgemv), SYM(cblas_sdot),
    SYM(cblas_ddot),
    /* libc calls LLVM itself may emit */
    SYM(memcpy), SYM(memmove), SYM(memset),
};

const ftc_rt_symbol *ftc_rt_jit_symbols(size_t *count) {
  *count = sizeof table / sizeof table[0];
  return table;
}
