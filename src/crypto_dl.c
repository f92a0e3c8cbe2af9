/*
** crypto_dl.c — libcrypto loaded on first use (see crypto_dl.h).
*/
#define CRYPTO_DL_IMPL
#include "crypto_dl.h"

#include <dlfcn.h>

#include "util.h"

#define CRYPTO_DL_DEFINE(f) __typeof__(&f) crypto_dl_##f;
CRYPTO_DL_FUNCS(CRYPTO_DL_DEFINE)
#undef CRYPTO_DL_DEFINE

int crypto_dl_load(void)
{
  static int loaded;
  if (loaded)
    return 0;
  void *h = dlopen(CRYPTO_DL_LIB, RTLD_NOW | RTLD_LOCAL);
  if (!h)
    return error("cannot load %s for SHA-256: %s (install libssl3)", CRYPTO_DL_LIB, dlerror());
#define CRYPTO_DL_RESOLVE(f)                                                                       \
  *(void **)(&crypto_dl_##f) = dlsym(h, #f);                                                       \
  if (!crypto_dl_##f)                                                                              \
    return error("%s lacks %s: install OpenSSL 3's libcrypto", CRYPTO_DL_LIB, #f);
  CRYPTO_DL_FUNCS(CRYPTO_DL_RESOLVE)
#undef CRYPTO_DL_RESOLVE
  loaded = 1;
  return 0;
}
