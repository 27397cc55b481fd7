/* ftc_jit_symbols.h: the addresses the JIT defines for compiled code.
 *
 * SwiftPM executables and test binaries export no dynamic symbols, so the
 * JIT cannot find the runtime (linked statically into ftc) through dlsym.
 * This table lists the runtime's functions and the libm and CBLAS functions
 * generated code may call; LLVMKit's JIT defines each one as an absolute
 * symbol. (libmvec's vector variants are found by loading libmvec.so.1.)
 * Not part of the runtime embedded into shared objects.
 */
#ifndef FTC_JIT_SYMBOLS_H
#define FTC_JIT_SYMBOLS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  const char *name;
  const void *address;
} ftc_rt_symbol;

/* The table and, in *count, its length. */
const ftc_rt_symbol *ftc_rt_jit_symbols(size_t *count);

#ifdef __cplusplus
}
#endif

#endif /* FTC_JIT_SYMBOLS_H */
