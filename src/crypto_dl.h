/*
** crypto_dl.h — libcrypto (OpenSSL 3), loaded with dlopen on first use, as
** ics.c loads libical: its load-time relocations and initialisers cost
** every command about 2 ms of start-up (perf stat: an empty program linked
** with it, 0.9 ms without, 2.9 ms with), and only the commands that hash
** (writes, verify, a note's document) need it. Include this instead of
** the OpenSSL headers: the EVP names below become calls through pointers
** of their own types, so the code reads as plain libcrypto.
*/
#ifndef PUBREC_CRYPTO_DL_H
#define PUBREC_CRYPTO_DL_H

#include <openssl/crypto.h>
#include <openssl/evp.h>

#define CRYPTO_DL_LIB "libcrypto.so.3"
#define CRYPTO_DL_FUNCS(X)                                                                         \
  X(OPENSSL_init_crypto)                                                                           \
  X(EVP_MD_fetch)                                                                                  \
  X(EVP_MD_CTX_new)                                                                                \
  X(EVP_MD_CTX_free)                                                                               \
  X(EVP_DigestInit_ex)                                                                             \
  X(EVP_DigestUpdate)                                                                              \
  X(EVP_DigestFinal_ex)                                                                            \
  X(EVP_sha256)

#define CRYPTO_DL_POINTER(f) extern __typeof__(&f) crypto_dl_##f;
CRYPTO_DL_FUNCS(CRYPTO_DL_POINTER)
#undef CRYPTO_DL_POINTER

/* Load libcrypto and resolve every function above, once (later calls
   return at once). 0, or -1 after printing why. */
int crypto_dl_load(void);

/* crypto_dl.c defines CRYPTO_DL_IMPL: it needs the real names. */
#ifndef CRYPTO_DL_IMPL
#define OPENSSL_init_crypto (*crypto_dl_OPENSSL_init_crypto)
#define EVP_MD_fetch (*crypto_dl_EVP_MD_fetch)
#define EVP_MD_CTX_new (*crypto_dl_EVP_MD_CTX_new)
#define EVP_MD_CTX_free (*crypto_dl_EVP_MD_CTX_free)
#define EVP_DigestInit_ex (*crypto_dl_EVP_DigestInit_ex)
#define EVP_DigestUpdate (*crypto_dl_EVP_DigestUpdate)
#define EVP_DigestFinal_ex (*crypto_dl_EVP_DigestFinal_ex)
#define EVP_sha256 (*crypto_dl_EVP_sha256)
#endif

#endif
