/*
** store_internal.h — statement helpers shared by the storage layer's files
** (store.c and the store_*.c files of the report and the iCalendar export).
** Nothing outside the storage layer includes this.
*/
#ifndef PUBREC_STORE_INTERNAL_H
#define PUBREC_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>

#include "store.h"
#include "util.h"

/* Prepare sql on the store's connection; NULL after printing an error. */
sqlite3_stmt *store_prepare(struct store *st, const char *sql);
/* Like store_prepare, but the statement stays prepared on the connection and
   is reused by the next call with the same SQL (db_cached): for statements a
   command runs once per matter. Release with store_finish. */
sqlite3_stmt *store_static(struct store *st, const char *sql);
/* Reset a store_static statement for its next use, or finalize a
   store_prepare one. */
void store_finish(struct store *st, sqlite3_stmt *s);
/* Bind by name (":name"); text is copied (SQLITE_TRANSIENT); NULL binds NULL. */
void store_bind_text(sqlite3_stmt *s, const char *name, const char *v);
void store_bind_int(sqlite3_stmt *s, const char *name, int64_t v);
void store_bind_opt_int(sqlite3_stmt *s, const char *name, int v); /* v < 0 binds NULL */
/* Column text copied with xstrdup (caller frees), or NULL. */
char *store_col_text(sqlite3_stmt *s, int i);
int store_col_opt_int(sqlite3_stmt *s, int i); /* -1 for NULL */
/* Read one row of a SELECT into a caller's struct (zeroed before the call). */
typedef void (*store_row_reader)(sqlite3_stmt *s, void *out);
/* Step a prepared statement to the end, reading every row into a new array
   of `size`-byte items; releases s (store_finish). 0 or -1; either way the caller frees
   *out (with its *n items). */
int store_collect(struct store *st, sqlite3_stmt *s, store_row_reader read, size_t size, void **out,
                  size_t *n, const char *what);
/* Reader for "SELECT e.id, m.ref, e.at, e.on_date, e.kind, e.field,
   e.old_value, e.new_value, e.note, e.by_user" into a struct event_row. */
void store_read_event(sqlite3_stmt *s, void *out);
/* Step a statement that returns no rows and release it (store_finish); 0 or -1. */
int store_run(struct store *st, sqlite3_stmt *s, const char *what);

/* Append to a growable array of fixed-size items. */
#define GROW(arr, n, cap)                                                                          \
  do {                                                                                             \
    if ((n) >= (cap)) {                                                                            \
      (cap) = (cap) ? (cap)*2 : 8;                                                                 \
      if ((cap) <= (n))                                                                            \
        (cap) = (n) + 8;                                                                           \
      (arr) = xrealloc((arr), (cap) * sizeof *(arr));                                              \
    }                                                                                              \
  } while (0)

#endif
