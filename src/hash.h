/*
** hash.h — SHA-256 (OpenSSL libcrypto, EVP interface). Pure: no SQL, no I/O.
*/
#ifndef PUBREC_HASH_H
#define PUBREC_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_HEX 65 /* 64 lowercase hex digits and a NUL */

/* A SHA-256 computed piece by piece (a document read in chunks). new never
   returns NULL (dies on out-of-memory); finish writes the hex digest, frees
   the stream and returns 0, or -1 if libcrypto failed (message printed). */
struct hash_stream;
struct hash_stream *hash_stream_new(void);
void hash_stream_add(struct hash_stream *h, const void *data, size_t len);
int hash_stream_finish(struct hash_stream *h, char out[HASH_HEX]);

#endif
