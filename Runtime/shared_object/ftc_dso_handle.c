/* ftc_dso_handle.c: what the C compiler driver's crtbeginS.o would give a
 * shared object, for shared objects ftc links with `ld` directly (no crt
 * files). The runtime calls pthread_atfork, which glibc's libc_nonshared.a
 * implements with __dso_handle; on dlclose, __cxa_finalize(__dso_handle)
 * unregisters those fork handlers (and any atexit handlers) of this object,
 * as crtbeginS.o's destructor does. Not part of ftc's own build (ftc itself
 * is linked by a driver) nor of static libraries (programs that link them
 * have their own crt files). */
extern void __cxa_finalize(void *) __attribute__((weak));

__attribute__((visibility("hidden"))) void *__dso_handle = &__dso_handle;

__attribute__((destructor)) static void ftc_rt_finalize(void) {
  if (__cxa_finalize) __cxa_finalize(__dso_handle);
}
