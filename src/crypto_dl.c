/*
** crypto_dl.c — libcrypto loaded on first use (see crypto_dl.h).
*/
#define CRYPTO_DL_IMPL
#include "crypto_dl.h"

#include "dynlib.h"

#define CRYPTO_DL_DEFINE(f) __typeof__(&f) crypto_dl_##f;
CRYPTO_DL_FUNCS(CRYPTO_DL_DEFINE)
#undef CRYPTO_DL_DEFINE

int crypto_dl_load(void)
{
  static const struct dynlib lib = {CRYPTO_DL_LIB, "for SHA-256", "libssl3",
                                    "OpenSSL 3's libcrypto"};
#define CRYPTO_DL_SYM(f) DYNLIB_SYM(crypto_dl_, f)
  static const struct dynlib_sym syms[] = {CRYPTO_DL_FUNCS(CRYPTO_DL_SYM)};
#undef CRYPTO_DL_SYM
  static int loaded;
  return dynlib_load(&lib, syms, sizeof syms / sizeof syms[0], &loaded);
}
