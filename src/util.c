/*
** util.c — allocation, buffers and error reporting.
*/
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n)
{
  void *p = malloc(n ? n : 1);
  if (!p)
    die("out of memory");
  return p;
}

void *xcalloc(size_t n, size_t size)
{
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    die("out of memory");
  return p;
}

void *xrealloc(void *p, size_t n)
{
  void *q = realloc(p, n ? n : 1);
  if (!q)
    die("out of memory");
  return q;
}

char *xstrdup(const char *s)
{
  return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *xasprintf(const char *fmt, ...)
{
  struct buf b = BUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  buf_vaddf(&b, fmt, ap);
  va_end(ap);
  if (!b.data)
    return xstrdup("");
  return buf_detach(&b, NULL);
}

void buf_grow(struct buf *b, size_t extra)
{
  size_t need = b->len + extra + 1;
  if (need <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap *= 2;
  b->data = xrealloc(b->data, cap);
  b->cap = cap;
}

void buf_add(struct buf *b, const void *data, size_t n)
{
  buf_grow(b, n);
  if (n)
    memcpy(b->data + b->len, data, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
  buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
  buf_add(b, &c, 1);
}

void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
  va_list cp;
  va_copy(cp, ap);
  int n = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  if (n < 0)
    die("invalid format string");
  buf_grow(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  buf_vaddf(b, fmt, ap);
  va_end(ap);
}

void buf_reset(struct buf *b)
{
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

const char *buf_str(const struct buf *b)
{
  return b->data ? b->data : "";
}

char *buf_detach(struct buf *b, size_t *len)
{
  char *p = b->data ? b->data : xstrdup("");
  if (len)
    *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}

void buf_release(struct buf *b)
{
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

int util_json_errors;

/* s as a JSON string (RFC 8259: quote, backslash and control characters escaped). */
static void json_string(FILE *f, const char *s)
{
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(f, "\\%c", *p);
    else if (*p == '\n')
      fputs("\\n", f);
    else if (*p < 0x20)
      fprintf(f, "\\u%04x", *p);
    else
      fputc(*p, f);
  }
  fputc('"', f);
}

/* Per thread: pubrec serve renders on a worker while its polling thread answers. */
static _Thread_local struct buf *captured;

struct buf *error_capture(struct buf *b)
{
  struct buf *old = captured;
  captured = b;
  return old;
}

static void vreport(const char *prefix, int status, const char *fmt, va_list ap)
{
  if (captured) {
    buf_adds(captured, "pubrec: ");
    if (prefix)
      buf_adds(captured, prefix);
    buf_vaddf(captured, fmt, ap);
    buf_addc(captured, '\n');
    return;
  }
  if (util_json_errors) {
    struct buf b = BUF_INIT;
    buf_vaddf(&b, fmt, ap);
    fputs("{\"error\": ", stderr);
    json_string(stderr, buf_str(&b));
    fprintf(stderr, ", \"kind\": \"%s\", \"exit\": %d}\n",
            status == EXIT_USAGE ? "usage"
            : prefix             ? "warning"
                                 : "failure",
            status);
    buf_release(&b);
    return;
  }
  fputs("pubrec: ", stderr);
  if (prefix)
    fputs(prefix, stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

int error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vreport(NULL, EXIT_FAIL, fmt, ap);
  va_end(ap);
  return PR_ERR;
}

int usage_error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vreport(NULL, EXIT_USAGE, fmt, ap);
  va_end(ap);
  return PR_USAGE;
}

void warn(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vreport("warning: ", 0, fmt, ap);
  va_end(ap);
}

void die(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  captured = NULL;
  vreport("fatal: ", EXIT_FAIL, fmt, ap);
  va_end(ap);
  exit(EXIT_FAIL);
}

char *read_file(const char *path, size_t *len)
{
  return read_file_max(path, READ_FILE_MAX, len);
}

char *read_file_max(const char *path, size_t max, size_t *len)
{
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0)
    return NULL;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int e = errno;
    close(fd);
    errno = e;
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    errno = S_ISDIR(st.st_mode) ? EISDIR : ENOTREGULAR;
    return NULL;
  }
  if ((uintmax_t)st.st_size > max) {
    close(fd);
    errno = EFBIG;
    return NULL;
  }
  struct buf b = BUF_INIT;
  char chunk[65536];
  ssize_t n;
  for (;;) {
    n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    buf_add(&b, chunk, (size_t)n);
    if (b.len > max) { /* it grew while we read */
      n = -1;
      errno = EFBIG;
      break;
    }
  }
  int e = errno;
  close(fd);
  if (n < 0) {
    buf_release(&b);
    errno = e;
    return NULL;
  }
  char *r = buf_detach(&b, len);
  if (!r) {
    r = xstrdup("");
    if (len)
      *len = 0;
  }
  return r;
}

const char *read_file_strerror(int err)
{
  if (err == ENOTREGULAR)
    return "it is not a regular file";
  if (err == EISDIR)
    return "it is a directory";
  if (err == EFBIG)
    return "it is larger than " READ_FILE_MAX_TEXT;
  return strerror(err);
}

int uuid_v4(char out[37])
{
  unsigned char b[16];
  /* getrandom(2): the kernel's generator (as /dev/urandom) in one system
     call, with no file to open for every matter an import makes */
  ssize_t n;
  do
    n = getrandom(b, sizeof b, 0);
  while (n < 0 && errno == EINTR);
  if (n != (ssize_t)sizeof b)
    return -1;
  b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
  b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
  snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
           b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
           b[15]);
  return 0;
}
