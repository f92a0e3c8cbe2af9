/*
** util.h — small helpers shared by every module: allocation that dies on
** out-of-memory, a growable string buffer, and error reporting.
*/
#ifndef PUBREC_UTIL_H
#define PUBREC_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* Exit codes: only main.c turns results into these. */
#define EXIT_OK 0
#define EXIT_FAIL 1
#define EXIT_USAGE 2

/* Return codes of module and command functions. */
#define PR_OK 0
#define PR_ERR -1   /* a failure the user can fix; message already printed */
#define PR_USAGE -2 /* a usage error; message already printed */

/* Allocation: these never return NULL; they die on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);                                                /* caller frees */
char *xstrndup(const char *s, size_t n);                                     /* caller frees */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2))); /* caller frees */

/* Growable NUL-terminated byte buffer (git's strbuf). BUF_INIT, then buf_release. */
struct buf {
  char *data; /* always NUL-terminated once anything was added; NULL when empty */
  size_t len; /* bytes used, excluding the NUL */
  size_t cap; /* bytes allocated */
};
#define BUF_INIT                                                                                   \
  {                                                                                                \
    NULL, 0, 0                                                                                     \
  }
void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *data, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
void buf_reset(struct buf *b);                /* len = 0, keeps memory */
const char *buf_str(const struct buf *b);     /* "" when empty; borrowed */
char *buf_detach(struct buf *b, size_t *len); /* caller frees; b is reset */
void buf_release(struct buf *b);

/* Errors go to stderr as "pubrec: msg". error() returns PR_ERR, usage_error() PR_USAGE. */
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Read a whole file into a NUL-terminated malloc'd buffer; caller frees. NULL + errno on failure.
 */
char *read_file(const char *path, size_t *len);

/* A random (version 4) UUID, lowercase, into out[37]. 0, or -1 if no randomness. */
int uuid_v4(char out[37]);

/* Offset of the first byte of s[0..n) that does not begin a valid UTF-8
   sequence (overlongs, surrogates and code points above U+10FFFF are
   invalid), or n when all of it is valid. */
size_t utf8_invalid_at(const char *s, size_t n);

#endif
