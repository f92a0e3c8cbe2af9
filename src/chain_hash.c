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
#include <stdio.h>
#include <string.h>

#include "crypto_dl.h"
#include "util.h"

const char chain_genesis[CHAIN_HEX] =
    "0000000000000000000000000000000000000000000000000000000000000000";

/* The canonical form is gathered in a buffer and given to the digest in a
   few large pieces: one EVP_DigestUpdate per value costs more than the
   hashing itself for rows this small. */
struct acc {
  EVP_MD_CTX *md;
  size_t n;
  int ok;
  unsigned char buf[1024];
};

static void add(struct acc *a, const void *p, size_t len)
{
  if (a->n + len > sizeof a->buf) {
    a->ok = a->ok && EVP_DigestUpdate(a->md, a->buf, a->n);
    a->n = 0;
  }
  if (len > sizeof a->buf) {
    a->ok = a->ok && EVP_DigestUpdate(a->md, p, len);
    return;
  }
  memcpy(a->buf + a->n, p, len);
  a->n += len;
}

static void put(struct acc *a, const char *s)
{
  if (!s) {
    add(a, "-\n", 2);
    return;
  }
  char len[24];
  size_t n = strlen(s), k = sizeof len;
  len[--k] = ':';
  size_t v = n;
  do
    len[--k] = (char)('0' + v % 10);
  while ((v /= 10) > 0);
  add(a, len + k, sizeof len - k);
  add(a, s, n);
  add(a, "\n", 1);
}

int chain_event_hash(char out[CHAIN_HEX], const char *prev, const struct event_canon *e)
{
  static const char hex[] = "0123456789abcdef";
  /* SHA-256 fetched once and one digest context reused: both are set up
     per process, not per row (EVP_sha256() in EVP_DigestInit_ex looks the
     algorithm up again every time). */
  static EVP_MD *sha256;
  static EVP_MD_CTX *md;
  if (!md) {
    if (crypto_dl_load() != 0)
      return -1;
    /* No openssl.cnf: SHA-256 needs no configuration, and reading it costs
       every command milliseconds. */
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, NULL);
    sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
    md = sha256 ? EVP_MD_CTX_new() : NULL;
    if (!md)
      return error("cannot compute a SHA-256 hash (libcrypto failed)");
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  char id[32];
  snprintf(id, sizeof id, "%" PRId64, e->id);
  struct acc a;
  a.md = md;
  a.n = 0;
  a.ok = EVP_DigestInit_ex(md, sha256, NULL);
  add(&a, "pubrec-event-v1\n", 16);
  add(&a, prev, 64);
  add(&a, "\n", 1);
  put(&a, id);
  put(&a, e->matter);
  put(&a, e->at);
  put(&a, e->on_date);
  put(&a, e->kind);
  put(&a, e->field);
  put(&a, e->old_value);
  put(&a, e->new_value);
  put(&a, e->note);
  put(&a, e->by_user);
  int ok = a.ok && EVP_DigestUpdate(md, a.buf, a.n) && EVP_DigestFinal_ex(md, digest, &dlen) &&
           dlen == 32;
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
