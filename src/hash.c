/*
** hash.c — SHA-256 through libcrypto's EVP interface (never hand-written),
** libcrypto loaded on first use (crypto_dl.h).
*/
#include "hash.h"

#include <stdio.h>
#include <stdlib.h>

#include "crypto_dl.h"
#include "util.h"

struct hash_stream {
  EVP_MD_CTX *ctx;
  int failed;
  int unloaded; /* libcrypto could not be loaded (said then) */
};

struct hash_stream *hash_stream_new(void)
{
  struct hash_stream *h = xcalloc(1, sizeof *h);
  if (crypto_dl_load() != 0) {
    h->failed = h->unloaded = 1;
    return h;
  }
  h->ctx = EVP_MD_CTX_new();
  h->failed = !h->ctx || EVP_DigestInit_ex(h->ctx, EVP_sha256(), NULL) != 1;
  return h;
}

void hash_stream_add(struct hash_stream *h, const void *data, size_t len)
{
  if (!h->failed && len && EVP_DigestUpdate(h->ctx, data, len) != 1)
    h->failed = 1;
}

int hash_stream_finish(struct hash_stream *h, char out[HASH_HEX])
{
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  int ok = !h->failed && EVP_DigestFinal_ex(h->ctx, md, &n) == 1 && n == 32;
  int unloaded = h->unloaded;
  if (!unloaded)
    EVP_MD_CTX_free(h->ctx);
  free(h);
  if (unloaded)
    return -1;
  if (!ok)
    return error("cannot compute SHA-256 (libcrypto failed)");
  for (unsigned int i = 0; i < n; i++)
    snprintf(out + 2 * i, 3, "%02x", md[i]);
  return 0;
}
