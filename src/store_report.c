/*
** store_report.c — the report's SQL, one statement beside the function that
** runs it. Bound parameters only. Plans (EXPLAIN QUERY PLAN on the bench
** database): totals scan the covering index report_matter; matters scan the
** table in rowid order; responses scan response_matter; closures scan the
** partial covering index report_closed (migrations/0004_report_indexes.sql);
** recent history walks event by rowid, newest first; the overdue and
** due-soon matters read again (store_report_due_matters) walk one range of
** matter_status_due a status.
*/
#include "store_report.h"
#include "store_internal.h"

#include <stdlib.h>
#include <string.h>

/* The scope, for statements over matter m. */
#define SCOPE_WHERE                                                                                \
  "(:agency = 0 OR m.from_agency = :agency OR m.to_agency = :agency) "                             \
  "AND (:kind IS NULL OR m.kind = :kind) AND m.voided IS NULL AND m.trigger_date <= :as_of "       \
  "AND (:tag IS NULL OR EXISTS (SELECT 1 FROM tag t WHERE t.matter_id = m.id AND t.tag = :tag))"

struct report_cursor {
  struct store *st;
  sqlite3_stmt *s;
  const char *what; /* for errors */
  /* The aggregating streams (responses, closures) read a matter's rows one
     past its last: row holds whether the statement stands on a row not
     handed out yet (1), at the end (0), or before its first step (-1). */
  int row;
  char **kinds; /* responses: the determination kinds, NULL-terminated; closures: the
                   closed states, NULL, the open states, NULL */
  int nlists;   /* how many NULL-terminated lists kinds holds */
  char *a, *b;  /* the strings of the row handed out (owned) */
  size_t acap, bcap;
};
static void bind_scope(sqlite3_stmt *s, const struct report_scope *sc)
{
  store_bind_int(s, ":agency", sc->agency_id);
  store_bind_text(s, ":kind", sc->kind);
  store_bind_text(s, ":as_of", sc->as_of);
  store_bind_text(s, ":tag", sc->tag);
}

/* Append the statement, parameters filled in, to the trace. */
static void trace_stmt(struct buf *trace, sqlite3_stmt *s)
{
  if (!trace)
    return;
  char *sql = sqlite3_expanded_sql(s);
  if (!sql)
    die("out of memory expanding SQL");
  buf_adds(trace, sql);
  buf_adds(trace, ";\n");
  sqlite3_free(sql);
}

static const char *col(sqlite3_stmt *s, int i)
{
  return (const char *)sqlite3_column_text(s, i);
}

/* ---- small tables ----------------------------------------------------- */

static void read_report_agency(sqlite3_stmt *s, void *out)
{
  struct report_agency *a = out;
  a->id = sqlite3_column_int64(s, 0);
  a->code = store_col_text(s, 1);
  a->name = store_col_text(s, 2);
  a->calendar = store_col_text(s, 3);
  a->person = sqlite3_column_int(s, 4);
}

int store_report_agencies(struct store *st, struct buf *trace, struct report_agency **out,
                          size_t *n)
{
  static const char sql[] =
      "SELECT id, code, name, calendar, kind = 'person' FROM agency ORDER BY code";
  sqlite3_stmt *s = store_prepare(st, sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  trace_stmt(trace, s);
  return store_collect(st, s, read_report_agency, sizeof **out, (void **)out, n,
                       "reading agencies for the report");
}

void store_report_agencies_free(struct report_agency *a, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free(a[i].code);
    free(a[i].name);
    free(a[i].calendar);
  }
  free(a);
}

int store_report_rule_calendars(struct store *st, struct buf *trace, struct report_rule_cal **out,
                                size_t *n)
{
  static const char sql[] =
      "SELECT code, calendar, status IS NOT 'verified' FROM rule ORDER BY code";
  sqlite3_stmt *s = store_prepare(st, sql);
  size_t cap = 0;
  int rc;
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  trace_stmt(trace, s);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    GROW(*out, *n, cap);
    (*out)[*n].rule = store_col_text(s, 0);
    (*out)[*n].calendar = store_col_text(s, 1);
    (*out)[*n].unverified = sqlite3_column_int(s, 2);
    (*n)++;
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? 0 : db_error(st->db, "reading rules for the report");
}

void store_report_rule_calendars_free(struct report_rule_cal *r, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free(r[i].rule);
    free(r[i].calendar);
  }
  free(r);
}

/* ---- ordered streams -------------------------------------------------- */

static int cursor_open(struct store *st, struct buf *trace, const char *sql,
                       const struct report_scope *sc, const char *what, struct report_cursor **out)
{
  *out = NULL;
  sqlite3_stmt *s = store_prepare(st, sql);
  if (!s)
    return -1;
  if (sc)
    bind_scope(s, sc);
  trace_stmt(trace, s);
  struct report_cursor *c = xcalloc(1, sizeof *c);
  c->st = st;
  c->s = s;
  c->what = what;
  c->row = -1;
  *out = c;
  return 0;
}

static int cursor_step(struct report_cursor *c)
{
  int rc = sqlite3_step(c->s);
  if (rc == SQLITE_ROW)
    return 1;
  if (rc == SQLITE_DONE)
    return 0;
  return db_error(c->st->db, c->what);
}

/* Free nlists NULL-terminated lists of names laid end to end. */
static void free_kinds(char **kinds, int nlists)
{
  char **k = kinds;
  for (int i = 0; kinds && i < nlists; i++, k++)
    for (; *k; k++)
      free(*k);
  free(kinds);
}

void store_report_cursor_free(struct report_cursor *c)
{
  if (!c)
    return;
  sqlite3_finalize(c->s);
  free_kinds(c->kinds, c->nlists);
  free(c->a);
  free(c->b);
  free(c);
}

/* Copy text (or NULL) into the cursor's buffer *dst; the copy or NULL. */
static const char *keep(char **dst, size_t *cap, const char *text)
{
  if (!text)
    return NULL;
  size_t n = strlen(text) + 1;
  if (n > *cap) {
    *cap = n < 32 ? 32 : n;
    *dst = xrealloc(*dst, *cap);
  }
  memcpy(*dst, text, n);
  return *dst;
}

/* The first step of an aggregating stream, then the row it stands on:
   1, 0 at the end, -1 after an error. */
static int cursor_peek(struct report_cursor *c)
{
  if (c->row < 0)
    c->row = cursor_step(c);
  return c->row;
}

int store_report_matters(struct store *st, struct buf *trace, const struct report_scope *sc,
                         struct report_cursor **out)
{
  static const char sql[] = "SELECT m.id, m.ref, m.kind, m.status, m.subject, m.trigger_date, "
                            "m.due, m.rule, m.from_agency, m.to_agency, m.answered, m.missed "
                            "FROM matter m WHERE " SCOPE_WHERE " ORDER BY m.id";
  return cursor_open(st, trace, sql, sc, "reading matters for the report", out);
}

int store_report_matter_next(struct report_cursor *c, struct report_matter_row *row)
{
  int rc = cursor_step(c);
  if (rc != 1)
    return rc;
  sqlite3_stmt *s = c->s;
  row->id = sqlite3_column_int64(s, 0);
  row->ref = col(s, 1);
  row->kind = col(s, 2);
  row->status = col(s, 3);
  row->subject = col(s, 4);
  row->trigger_date = col(s, 5);
  row->due = col(s, 6);
  row->rule = col(s, 7);
  row->from_id = sqlite3_column_int64(s, 8);
  row->to_id = sqlite3_column_int64(s, 9);
  row->answered = col(s, 10);
  row->missed = col(s, 11);
  return 1;
}

int store_report_due_matters(struct store *st, const struct report_scope *sc, const char *status,
                             const char *lo, const char *hi, struct report_cursor **out)
{
  /* The status is one value and the due date a range of the index
     matter_status_due (status, due): the rows come in due order, read where
     they are written, none kept (INDEXED BY: a plan that sorted would hold
     them all). */
  static const char sql[] = "SELECT m.id, m.ref, m.kind, m.status, m.subject, m.trigger_date, "
                            "m.due, m.rule, m.from_agency, m.to_agency, m.answered, m.missed "
                            "FROM matter m INDEXED BY matter_status_due WHERE m.status = :status "
                            "AND m.due >= :lo AND m.due < :hi AND " SCOPE_WHERE " ORDER BY m.due";
  if (cursor_open(st, NULL, sql, sc, "reading overdue and due matters for the report", out) != 0)
    return -1;
  store_bind_text((*out)->s, ":status", status);
  store_bind_text((*out)->s, ":lo", lo);
  store_bind_text((*out)->s, ":hi", hi);
  return 0;
}

char *store_report_due_matters_sql(void)
{
  return xstrdup("SELECT m.id FROM matter m INDEXED BY matter_status_due WHERE m.status = :status "
                 "AND m.due >= :lo AND m.due < :hi AND " SCOPE_WHERE " ORDER BY m.due");
}

int store_report_responses(struct store *st, struct buf *trace, struct report_cursor **out)
{
  /* The rows in matter order, each matter's first response and first
     answer taken here: SQLite's min() aggregates copy every value they
     compare, which cost twice the scan itself. */
  static const char kinds_sql[] = "SELECT name FROM response_kind WHERE determination = 1";
  static const char sql[] = "SELECT r.matter_id, r.on_date, r.kind FROM response r "
                            "WHERE r.retracted IS NULL ORDER BY r.matter_id";
  *out = NULL;
  sqlite3_stmt *k = store_prepare(st, kinds_sql);
  if (!k)
    return -1;
  trace_stmt(trace, k);
  char **kinds = NULL;
  size_t n = 0, cap = 0;
  int rc;
  while ((rc = sqlite3_step(k)) == SQLITE_ROW) {
    GROW(kinds, n, cap);
    kinds[n++] = store_col_text(k, 0);
  }
  sqlite3_finalize(k);
  GROW(kinds, n, cap);
  kinds[n] = NULL;
  if (rc != SQLITE_DONE ||
      cursor_open(st, trace, sql, NULL, "reading responses for the report", out) != 0) {
    free_kinds(kinds, 1);
    return rc != SQLITE_DONE ? db_error(st->db, "reading response kinds for the report") : -1;
  }
  (*out)->kinds = kinds;
  (*out)->nlists = 1;
  return 0;
}

static int is_determination(const struct report_cursor *c, const char *kind)
{
  for (char **k = c->kinds; *k; k++)
    if ((*k)[0] == kind[0] && strcmp(*k, kind) == 0)
      return 1;
  return 0;
}

int store_report_response_next(struct report_cursor *c, struct report_response_row *row)
{
  int rc = cursor_peek(c);
  if (rc != 1)
    return rc;
  /* min(on_date), and min(on_date) of the determinations, over the matter's
     rows (text compared as SQLite's BINARY collation does). */
  int64_t id = sqlite3_column_int64(c->s, 0);
  const char *first = NULL, *answer = NULL;
  do {
    const char *on = col(c->s, 1), *kind = col(c->s, 2);
    if (on && (!first || strcmp(on, first) < 0))
      first = keep(&c->a, &c->acap, on);
    if (on && kind && is_determination(c, kind) && (!answer || strcmp(on, answer) < 0))
      answer = keep(&c->b, &c->bcap, on);
  } while ((c->row = cursor_step(c)) == 1 && sqlite3_column_int64(c->s, 0) == id);
  if (c->row < 0)
    return -1;
  row->matter_id = id;
  row->first_on = first;
  row->answer_on = answer;
  return 1;
}

int store_report_closures(struct store *st, struct buf *trace, struct report_cursor **out)
{
  /* kind = 'status' lets the partial index report_status_event apply, and
     the rows come in that index's order. Moves from an open state to a
     closed one count (the status table says which are which: read once,
     compared here rather than probed twice a row); each matter's latest
     date is taken with the state of its first row on that date, as max()
     with a bare column took it (lang_select.html, "bare columns"), without
     max()'s copies. */
  static const char status_sql[] = "SELECT name, open FROM status";
  static const char sql[] = "SELECT e.matter_id, e.on_date, e.new_value, e.old_value FROM event e "
                            "WHERE e.kind = 'status' ORDER BY e.matter_id, e.on_date, e.new_value";
  *out = NULL;
  sqlite3_stmt *k = store_prepare(st, status_sql);
  if (!k)
    return -1;
  trace_stmt(trace, k);
  /* kinds: the closed states' names, then NULL, then the open ones', NULL */
  char **closed = NULL, **open = NULL;
  size_t nc = 0, cc = 0, no = 0, co = 0;
  int rc;
  while ((rc = sqlite3_step(k)) == SQLITE_ROW) {
    if (sqlite3_column_int(k, 1)) {
      GROW(open, no, co);
      open[no++] = store_col_text(k, 0);
    } else {
      GROW(closed, nc, cc);
      closed[nc++] = store_col_text(k, 0);
    }
  }
  sqlite3_finalize(k);
  char **kinds = xcalloc(nc + no + 2, sizeof *kinds);
  for (size_t i = 0; i < nc; i++)
    kinds[i] = closed[i];
  for (size_t i = 0; i < no; i++)
    kinds[nc + 1 + i] = open[i];
  free(closed);
  free(open);
  if (rc != SQLITE_DONE ||
      cursor_open(st, trace, sql, NULL, "reading closing dates for the report", out) != 0) {
    free_kinds(kinds, 2);
    return rc != SQLITE_DONE ? db_error(st->db, "reading statuses for the report") : -1;
  }
  (*out)->kinds = kinds;
  (*out)->nlists = 2;
  return 0;
}

/* Is name one of the NULL-terminated names at k? */
static int among(char **k, const char *name)
{
  for (; name && *k; k++)
    if ((*k)[0] == name[0] && strcmp(*k, name) == 0)
      return 1;
  return 0;
}

int store_report_closure_next(struct report_cursor *c, struct report_closure_row *row)
{
  int rc = cursor_peek(c);
  char **closed = c->kinds, **open = c->kinds;
  while (*open)
    open++;
  open++;
  while (rc == 1) {
    int64_t id = sqlite3_column_int64(c->s, 0);
    const char *on = NULL, *status = NULL;
    do {
      const char *d = col(c->s, 1), *to = col(c->s, 2);
      if (d && among(closed, to) && among(open, col(c->s, 3)) && (!on || strcmp(d, on) > 0)) {
        on = keep(&c->a, &c->acap, d);
        status = keep(&c->b, &c->bcap, to);
      }
    } while ((c->row = cursor_step(c)) == 1 && sqlite3_column_int64(c->s, 0) == id);
    if (c->row < 0)
      return -1;
    if (on) {
      row->matter_id = id;
      row->closed_on = on;
      row->status = status;
      return 1;
    }
    rc = c->row; /* none of its status rows was a closing: the next matter's */
  }
  return rc;
}

/* ---- the state as of a date ------------------------------------------- */

int store_report_states(struct store *st, struct buf *trace, const char *as_of,
                        struct report_cursor **out)
{
  static const char sql[] =
      "SELECT matter_id, on_date, kind, field, old_value, new_value FROM event "
      "WHERE on_date <= :as_of AND (kind IN ('created', 'status', 'due') "
      "OR (kind = 'edit' AND field = 'missed')) ORDER BY matter_id, id";
  *out = NULL;
  sqlite3_stmt *s = store_prepare(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":as_of", as_of);
  trace_stmt(trace, s);
  struct report_cursor *c = xcalloc(1, sizeof *c);
  c->st = st;
  c->s = s;
  c->what = "replaying the history for the report";
  *out = c;
  return 0;
}

int store_report_state_next(struct report_cursor *c, struct report_state_row *row)
{
  int rc = cursor_step(c);
  if (rc != 1)
    return rc;
  row->matter_id = sqlite3_column_int64(c->s, 0);
  row->on_date = col(c->s, 1);
  row->kind = col(c->s, 2);
  row->field = col(c->s, 3);
  row->old_value = col(c->s, 4);
  row->new_value = col(c->s, 5);
  return 1;
}

/* ---- recent history --------------------------------------------------- */

int store_report_recent(struct store *st, struct buf *trace, const struct report_scope *sc,
                        int limit, struct event_row **out, size_t *n)
{
  static const char sql[] =
      "SELECT e.id, m.ref, e.at, e.on_date, e.kind, e.field, e.old_value, e.new_value, e.note, "
      "e.by_user FROM event e JOIN matter m ON m.id = e.matter_id WHERE " SCOPE_WHERE
      " AND e.on_date <= :as_of ORDER BY e.id DESC LIMIT :limit";
  sqlite3_stmt *s = store_prepare(st, sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  bind_scope(s, sc);
  store_bind_int(s, ":limit", limit);
  trace_stmt(trace, s);
  if (store_collect(st, s, store_read_event, sizeof **out, (void **)out, n,
                    "reading recent history") != 0) {
    store_events_free(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
  }
  return 0;
}
