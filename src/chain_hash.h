/*
** chain_hash.h — the canonical form of a history row and its SHA-256 chain hash
** (OpenSSL libcrypto, EVP interface). Pure: no SQL, no I/O.
*/
#ifndef PUBREC_CHAIN_HASH_H
#define PUBREC_CHAIN_HASH_H

#include <stdint.h>

#define CHAIN_HEX 65 /* 64 lowercase hex digits and a NUL */

/* The content of one history row that its hash covers (docs/HISTORY.md). */
struct event_canon {
  int64_t id;         /* event.id */
  const char *matter; /* the matter's uuid */
  const char *at;     /* the remaining columns of event, NULL for SQL NULL */
  const char *on_date;
  const char *kind;
  const char *field;
  const char *old_value;
  const char *new_value;
  const char *note;
  const char *by_user;
};

/* The hash of the row before the first: 64 zeros. */
extern const char chain_genesis[CHAIN_HEX];

/* out = hex(SHA-256("pubrec-event-v1\n" prev "\n" fields...)); prev is the
   previous row's hash (chain_genesis for the first row). 0, or -1 if
   libcrypto failed (message printed). */
int chain_event_hash(char out[CHAIN_HEX], const char *prev, const struct event_canon *e);

/* 1 if s is 64 lowercase hex digits. */
int chain_is_hex(const char *s);

#endif
