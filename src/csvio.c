/*
** csvio.c — CSV through libcsv (see csvio.h).
*/
#include "csvio.h"
#include "text.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void csvio_field(struct buf *b, const char *s, int text)
{
  if (!s)
    return;
  int guard = text && s[0] && strchr("=+-@\t\r", s[0]);
  const char *src = s;
  char *guarded = NULL;
  if (guard)
    src = guarded = xasprintf("'%s", s);
  size_t n = strlen(src);
  if (!strpbrk(s, ",\"\r\n")) {
    buf_add(b, src, n);
  } else {
    /* libcsv writes the field quoted, its quotes doubled: at most 2n + 2 bytes. */
    buf_grow(b, 2 * n + 2);
    b->len += csv_write(b->data + b->len, 2 * n + 2, src, n);
    b->data[b->len] = '\0';
  }
  free(guarded);
}

struct reader {
  csvio_record_fn fn;
  void *arg;
  long line;  /* the physical line being parsed */
  long start; /* the line the current record starts on */
  long open;  /* the line the record being parsed began on (for a quote never closed) */
  char **f;
  size_t n, cap;
  int stop;
  int rc; /* the callback's non-zero return */
};

static void on_field(void *data, size_t len, void *arg)
{
  struct reader *r = arg;
  if (r->stop)
    return;
  if (r->n == 0)
    r->start = r->line;
  if (r->n + 1 >= r->cap) {
    r->cap = r->cap ? r->cap * 2 : 16;
    r->f = xrealloc(r->f, r->cap * sizeof *r->f);
  }
  r->f[r->n++] = xstrndup(data ? data : "", data ? len : 0);
}

static void on_record(int c, void *arg)
{
  (void)c;
  struct reader *r = arg;
  if (!r->stop && r->n > 0 && (r->rc = r->fn(r->arg, r->start, r->f, r->n)) != 0)
    r->stop = 1;
  for (size_t i = 0; i < r->n; i++)
    free(r->f[i]);
  r->n = 0;
}

int csvio_read(const char *path, csvio_record_fn fn, void *arg)
{
  FILE *f = fopen(path, "r");
  if (!f)
    return error("cannot read '%s': %s", path, strerror(errno));
  struct csv_parser p;
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    fclose(f);
    return error("out of memory");
  }
  struct reader r = {fn, arg, 0, 0, 0, NULL, 0, 0, 0, 0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int rc = 0;
  while (rc == 0 && !r.stop && (len = getline(&line, &cap, f)) >= 0) {
    r.line++;
    const char *s = line;
    size_t n = (size_t)len;
    if (r.line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
      s += 3, n -= 3;
    /* pstate 0 is libcsv's ROW_NOT_BEGUN: no record is open, so one that
       starts now starts on this line. */
    if (p.pstate == 0)
      r.open = r.line;
    long bad = utf8_invalid_at(s, n);
    if (bad >= 0) {
      rc = error("%s line %ld, byte %ld: not valid UTF-8 (save the file as UTF-8)", path, r.line,
                 bad + 1 + (s != line ? 3 : 0));
      break;
    }
    if (csv_parse(&p, s, n, on_field, on_record, &r) != n) {
      rc = error("%s line %ld: %s (a quote inside a field must be doubled, and the field "
                 "quoted)",
                 path, r.line, csv_strerror(csv_error(&p)));
      break;
    }
  }
  if (rc == 0 && !r.stop && ferror(f))
    rc = error("cannot read '%s': %s", path, strerror(errno));
  if (rc == 0 && !r.stop && csv_fini(&p, on_field, on_record, &r) != 0)
    rc = error("%s line %ld: a quoted field is never closed (a missing \")", path, r.open);
  if (r.stop && rc == 0)
    rc = r.rc < 0 ? r.rc : -1;
  for (size_t i = 0; i < r.n; i++)
    free(r.f[i]);
  free(r.f);
  free(line);
  csv_free(&p);
  fclose(f);
  return rc;
}
