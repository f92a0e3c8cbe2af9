/*
** store_report.c — the report's SQL, one statement beside the function that
** runs it. Bound parameters only. Plans (EXPLAIN QUERY PLAN on the bench
** database): totals scan the covering index report_matter; matters scan the
** table in rowid order; responses scan response_matter; closures scan the
** partial covering index report_closed (migrations/0004_report_indexes.sql);
** recent history walks event by rowid, newest first.
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

void store_report_cursor_free(struct report_cursor *c)
{
  if (!c)
    return;
  sqlite3_finalize(c->s);
  free(c);
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

int store_report_responses(struct store *st, struct buf *trace, struct report_cursor **out)
{
  static const char sql[] =
      "SELECT r.matter_id, min(r.on_date), "
      "min(CASE WHEN r.kind IN (SELECT k.name FROM response_kind k WHERE k.determination = 1) "
      "THEN r.on_date END) "
      "FROM response r WHERE r.retracted IS NULL GROUP BY r.matter_id ORDER BY r.matter_id";
  return cursor_open(st, trace, sql, NULL, "reading responses for the report", out);
}

int store_report_response_next(struct report_cursor *c, struct report_response_row *row)
{
  int rc = cursor_step(c);
  if (rc != 1)
    return rc;
  row->matter_id = sqlite3_column_int64(c->s, 0);
  row->first_on = col(c->s, 1);
  row->answer_on = col(c->s, 2);
  return 1;
}

int store_report_closures(struct store *st, struct buf *trace, struct report_cursor **out)
{
  /* kind = 'status' lets the partial index report_status_event apply; the
     open and closed statuses come from the status table. new_value is a
     bare column: SQLite takes it from the row holding the max(on_date)
     (lang_select.html, "bare columns"). */
  static const char sql[] =
      "SELECT e.matter_id, max(e.on_date), e.new_value FROM event e "
      "WHERE e.kind = 'status' AND e.new_value IN (SELECT name FROM status WHERE open = 0) "
      "AND e.old_value IN (SELECT name FROM status WHERE open = 1) "
      "GROUP BY e.matter_id ORDER BY e.matter_id";
  return cursor_open(st, trace, sql, NULL, "reading closing dates for the report", out);
}

int store_report_closure_next(struct report_cursor *c, struct report_closure_row *row)
{
  int rc = cursor_step(c);
  if (rc != 1)
    return rc;
  row->matter_id = sqlite3_column_int64(c->s, 0);
  row->closed_on = col(c->s, 1);
  row->status = col(c->s, 2);
  return 1;
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
