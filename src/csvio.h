/*
** csvio.h — the one module that reads and writes CSV (RFC 4180), over
** libcsv: fields quoted only when they must be (commas, quotes, line
** breaks), text fields guarded against spreadsheet formulas, and a
** streaming reader that gives each record with the line it starts on.
** (Named csvio, not csv, so that libcsv's <csv.h> stays reachable.)
*/
#ifndef PUBREC_CSVIO_H
#define PUBREC_CSVIO_H

#include <stddef.h>

#include "util.h"

/* Append one field to b: nothing for NULL; quoted (by libcsv) when it holds
   a comma, quote or line break. text: a leading = + - @ tab or CR gets a
   ' so a spreadsheet shows it instead of running it as a formula. */
void csvio_field(struct buf *b, const char *s, int text);

/* Called with each record: the physical line it starts on (1-based), its
   fields (NUL-terminated, borrowed until the next call) and their count.
   Return 0 to go on, -1 (after printing an error) to stop. */
typedef int (*csvio_record_fn)(void *arg, long line, char **fields, size_t n);

/* Read path record by record (a UTF-8 byte order mark at the start is
   skipped). Refused with the line number: bytes that are not UTF-8, a quote
   out of place, a quoted field never closed. Blank lines are skipped.
   0, or -1 after printing an error (or the callback's -1). */
int csvio_read(const char *path, csvio_record_fn fn, void *arg);

#endif
