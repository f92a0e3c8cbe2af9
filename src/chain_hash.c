/*
** chain_hash.c — SHA-256 of a history row's canonical form, chained to the hash of
** the row before it. The canonical form (version 1) is, byte for byte:
**
**   "pubrec-event-v1\n" PREV "\n"
**   then for each of id, matter uuid, at, on_date, kind, field, old_value,
**   new_value, note, by_user: "-\n" for NULL, or LEN ":" BYTES "\n"
**
** where PREV is the previous row's hash in lowercase hex and LEN the decimal
** byte length, so no two different rows share a form (NULL is not "", and a
** value cannot run into the next one).
*/
#include "chain_hash.h"

#include <inttypes.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

const char chain_genesis[CHAIN_HEX] =
    "0000000000000000000000000000000000000000000000000000000000000000";

static int put(EVP_MD_CTX *md, const char *s)
{
  if (!s)
    return EVP_DigestUpdate(md, "-\n", 2);
  char len[32];
  size_t n = strlen(s);
  int k = snprintf(len, sizeof len, "%zu:", n);
  return EVP_DigestUpdate(md, len, (size_t)k) && EVP_DigestUpdate(md, s, n) &&
         EVP_DigestUpdate(md, "\n", 1);
}

int chain_event_hash(char out[CHAIN_HEX], const char *prev, const struct event_canon *e)
{
  static const char hex[] = "0123456789abcdef";
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  char id[32];
  snprintf(id, sizeof id, "%" PRId64, e->id);
  static int initialised;
  if (!initialised) {
    /* No openssl.cnf: SHA-256 needs no configuration, and reading it costs
       every command milliseconds. */
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, NULL);
    initialised = 1;
  }
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int ok = md && EVP_DigestInit_ex(md, EVP_sha256(), NULL) &&
           EVP_DigestUpdate(md, "pubrec-event-v1\n", 16) && EVP_DigestUpdate(md, prev, 64) &&
           EVP_DigestUpdate(md, "\n", 1) && put(md, id) && put(md, e->matter) && put(md, e->at) &&
           put(md, e->on_date) && put(md, e->kind) && put(md, e->field) && put(md, e->old_value) &&
           put(md, e->new_value) && put(md, e->note) && put(md, e->by_user) &&
           EVP_DigestFinal_ex(md, digest, &dlen) && dlen == 32;
  EVP_MD_CTX_free(md);
  if (!ok)
    return error("cannot compute a SHA-256 hash (libcrypto failed)");
  for (unsigned i = 0; i < 32; i++) {
    out[2 * i] = hex[digest[i] >> 4];
    out[2 * i + 1] = hex[digest[i] & 15];
  }
  out[64] = '\0';
  return 0;
}

int chain_is_hex(const char *s)
{
  if (!s || strlen(s) != 64)
    return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
      return 0;
  return 1;
}
