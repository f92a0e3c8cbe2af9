/*
** store_ics.c — the SQL of the iCalendar export, streamed to a callback.
**
** Two statements walk the database once, in step, like a merge join:
**   1. the deadline rows in primary key order (matter_id, kind), each joined
**      to its matter, both agencies and its rule by primary key, plus a
**      primary-key lookup of the 'extended' row that supersedes an original;
**   2. the history in event_matter(matter_id, id) order, from the first
**      matter on; for the pending deadlines (the default), only the pending
**      matters' history, through matter_pending, in the order (1) reads
**      them. Rows of one matter come together in (1), so the matter's
**      events are read once, when its first row arrives: the last
**      ICS_HISTORY are kept (copied), the latest time and the SEQUENCE
**      counts are worked out in C. When (1) skips ahead (a filter, or a
**      pending matter without deadline rows), (2) seeks to the matter
**      instead of stepping over other matters' events: each step reads an
**      event row. Before, (2) read every matter's history from the first
**      pending one, stepping over up to eight closed matters' events or
**      seeking per matter: at 100,000 matters (5% pending) 29,000 steps and
**      2,200 seeks for 12,800 pending events; now 12,800 steps and 460
**      seeks (callgrind: the SQL's instructions from 142 to 106 million).
** Scanning the deadline table in key order visits matters and events in
** storage order, so SQLite's small page cache keeps hitting. Measured on
** 100,000 deadlines (bench/ics_bench.sh): these two statements take 0.35 s;
** the same data through one query with correlated subqueries (history
** packed with group_concat, count() and max() per row) took 0.9 s, and
** ordering by due date through deadline_due made every lookup a page miss.
** EXPLAIN QUERY PLAN (SQLite 3.40):
**   (1) SCAN d; SEARCH m USING INTEGER PRIMARY KEY (rowid=?); SEARCH fa, ta
**       USING INTEGER PRIMARY KEY; SEARCH r USING INDEX sqlite_autoindex_rule_1
**       (code=?); CORRELATED SCALAR SUBQUERY: SEARCH x USING PRIMARY KEY
**       (matter_id=? AND kind=?)
**   (2) SEARCH event USING INDEX event_matter (matter_id>?); pending: SEARCH m
**       USING INDEX matter_pending (id>?); SEARCH e USING INDEX event_matter
**       (matter_id=?)
** Nothing scans event per row; memory is the current row and three events.
**
** An extension moves the response (or objection) deadline: the original row
** stays in the store for the history, but the export writes one event, the
** 'extended' row under the original's UID, so a calendar sees the same event
** move to its new date. SEQUENCE is derived from the append-only history,
** never kept as a counter: the number of 'due' events for field 'due:<kind>'
** with an old value (the date moved, or the row went away, e.g. while
** tolled); for the response/objection event, the moves of the original and
** of the extended row plus each time an extension first set the extended
** date; and, for every event, each time the matter closed or reopened (its
** STATUS changed between CONFIRMED and CANCELLED).
*/
#include "store_ics.h"
#include "store_internal.h"

#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "model.h"
#include "util.h"

/* clang-format off */
#define ROWS_COLUMNS \
    "SELECT m.uuid, m.ref, m.kind, m.court, m.subject, m.status, m.trigger_date, m.tracking, " \
    /* 8, 9: the agencies' ids, 14: the rule's code (their codes, names and the citation come \
       from struct memo) */ \
    "m.from_agency, m.to_agency, d.kind, d.due, d.due_time, d.basis, d.rule, " \
    /* 15: on an 'extended' row, the kind of the original it moves */ \
    "CASE WHEN d.kind = 'extended' THEN (SELECT x.kind FROM deadline x " \
    "  WHERE x.matter_id = d.matter_id AND x.kind IN ('response', 'objection')) END, " \
    "m.updated_at, d.matter_id, m.clock "
#define ROWS_FILTERS \
    "AND (:agency IS NULL " \
    "     OR m.from_agency IN (SELECT id FROM agency WHERE code = :agency COLLATE NOCASE) " \
    "     OR m.to_agency IN (SELECT id FROM agency WHERE code = :agency COLLATE NOCASE)) " \
    "AND (:kind IS NULL OR m.kind = :kind) " \
    "AND (:status IS NULL OR m.status = :status) " \
    "AND (:tag IS NULL OR EXISTS (SELECT 1 FROM tag t WHERE t.matter_id = m.id AND t.tag = :tag)) " \
    /* '+' keeps the planner off deadline_due: the scan stays in key order */ \
    "AND +d.due >= coalesce(:from, '') AND +d.due <= coalesce(:to, '9999-99-99') " \
    /* an original that an extension moved is written as the extended row */ \
    "AND NOT (d.kind IN ('response', 'objection') AND EXISTS (SELECT 1 FROM deadline x " \
    "  WHERE x.matter_id = d.matter_id AND x.kind = 'extended')) "

/* Pending deadlines (the default, and serve's feed): only the matters whose
   clock is not stopped, read through the partial index matter_pending
   (migrations/0022_scale_pending.sql) in id order, each one's deadline rows
   by the primary key: the rows come in the order they are written, with no
   sort, however many closed matters the database holds (CROSS JOIN keeps
   matter the outer loop). */
static const char pending_sql[] =
    ROWS_COLUMNS
    "FROM matter m CROSS JOIN deadline d ON d.matter_id = m.id "
    "WHERE m.clock <> 'stopped' "
    ROWS_FILTERS
    "ORDER BY m.id, d.kind";

/* Any other choice of states (closed, all, one status): every deadline row
   in key order. */
static const char rows_sql[] =
    ROWS_COLUMNS
    "FROM deadline d JOIN matter m ON m.id = d.matter_id "
    "WHERE (:open = 0 OR (:open = 1 AND m.clock <> 'stopped') "
    "     OR (:open = -1 AND m.clock = 'stopped')) "
    ROWS_FILTERS
    "ORDER BY d.matter_id, d.kind";

static const char events_sql[] =
    "SELECT matter_id, at, on_date, kind, field, old_value, new_value, note, id FROM event "
    "WHERE matter_id >= :from ORDER BY matter_id, id";

/* The history of the pending matters only, in the order pending_sql reads
   them: through matter_pending, so the cursor moves from one pending matter
   to the next by stepping, not by a seek (a reset and a new search) per
   matter, and never steps over a closed matter's events. */
static const char pending_events_sql[] =
    "SELECT e.matter_id, e.at, e.on_date, e.kind, e.field, e.old_value, e.new_value, e.note, e.id "
    "FROM matter m CROSS JOIN event e ON e.matter_id = m.id "
    "WHERE m.clock <> 'stopped' AND m.id >= :from ORDER BY m.id, e.id";
/* clang-format on */

/* Column text, borrowed until the next step; NULL for NULL. */
static const char *col(sqlite3_stmt *s, int i)
{
  return (const char *)sqlite3_column_text(s, i);
}

/* Epoch seconds of "YYYY-MM-DDTHH:MM[:SS][Z]" (UTC); 0 if it does not parse. */
static int64_t epoch_of(const char *iso)
{
  dl_day day;
  char date[11];
  int hh = 0, mi = 0, ss = 0;
  if (!iso || strlen(iso) < 10)
    return 0;
  memcpy(date, iso, 10);
  date[10] = '\0';
  if (dl_parse_date(date, &day) != 0)
    return 0;
  if (iso[10] == 'T' || iso[10] == ' ') {
    const char *t = iso + 11;
    if (strlen(t) >= 5 && t[2] == ':') {
      hh = (t[0] - '0') * 10 + (t[1] - '0');
      mi = (t[3] - '0') * 10 + (t[4] - '0');
      if (t[5] == ':' && t[6] && t[7])
        ss = (t[6] - '0') * 10 + (t[7] - '0');
    }
    if (hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 60)
      hh = mi = ss = 0;
  }
  return (int64_t)day * 86400 + hh * 3600 + mi * 60 + ss;
}

/* One kept history entry: the seven fields, NUL-separated, in text. */
struct kept_event {
  struct buf text;
  const char *f[7]; /* into text */
};

/* The moves counted for one 'due:<kind>' field. */
struct field_count {
  struct buf field;
  int moves; /* events with an old value */
};

/* What one matter's history gives its rows. */
struct matter_hist {
  int64_t matter_id; /* whose; 0 = none yet */
  struct kept_event ring[ICS_HISTORY];
  int n, next;          /* kept entries; ring slot the next one goes to */
  struct buf latest_at; /* max(at) */
  struct field_count *counts;
  size_t ncounts, cap;
  int ext_created;  /* 'due:extended' events without an old value */
  int flips;        /* closings, reopenings, deadlines met (STATUS moves) */
  int last_flip_id; /* the status event that last flipped: its clock event adds nothing */
};

/* The events cursor (statement 2). */
struct ev_cursor {
  sqlite3_stmt *s;
  int on_row; /* s is on a row */
  int at_end; /* no more rows */
};

static int cursor_step(struct store *st, struct ev_cursor *c)
{
  int rc = sqlite3_step(c->s);
  c->on_row = rc == SQLITE_ROW;
  c->at_end = rc == SQLITE_DONE;
  if (!c->on_row && !c->at_end)
    return db_error(st->db, "reading history for the calendar");
  return 0;
}

static int cursor_seek(struct store *st, struct ev_cursor *c, int64_t matter_id)
{
  sqlite3_reset(c->s);
  store_bind_int(c->s, ":from", matter_id);
  return cursor_step(st, c);
}

static void count_move(struct matter_hist *h, const char *field, int moved)
{
  size_t i;
  for (i = 0; i < h->ncounts; i++)
    if (strcmp(buf_str(&h->counts[i].field), field) == 0)
      break;
  if (i == h->ncounts) {
    if (h->ncounts == h->cap) {
      size_t old = h->cap;
      GROW(h->counts, h->ncounts, h->cap);
      memset(h->counts + old, 0, (h->cap - old) * sizeof *h->counts);
    }
    h->ncounts++;
    buf_reset(&h->counts[i].field);
    buf_adds(&h->counts[i].field, field);
    h->counts[i].moves = 0;
  }
  h->counts[i].moves += moved;
}

/* Take the event the cursor is on into h. */
static void absorb(struct matter_hist *h, sqlite3_stmt *s)
{
  struct kept_event *k = &h->ring[h->next];
  h->next = (h->next + 1) % ICS_HISTORY;
  if (h->n < ICS_HISTORY)
    h->n++;
  size_t off[7];
  buf_reset(&k->text);
  for (int i = 0; i < 7; i++) {
    const char *v = col(s, i + 1);
    off[i] = k->text.len;
    buf_add(&k->text, v ? v : "", (v ? (size_t)sqlite3_column_bytes(s, i + 1) : 0) + 1);
  }
  for (int i = 0; i < 7; i++)
    k->f[i] = k->text.data + off[i];

  const char *at = k->f[0], *kind = k->f[2], *field = col(s, 4), *old = col(s, 5);
  if (!h->latest_at.len || strcmp(at, buf_str(&h->latest_at)) > 0) {
    buf_reset(&h->latest_at);
    buf_adds(&h->latest_at, at);
  }
  const char *new_value = col(s, 6);
  int id = sqlite3_column_int(s, 8);
  if (strcmp(kind, "status") == 0 && old && new_value &&
      status_is_open(old) != status_is_open(new_value)) {
    h->flips++;
    h->last_flip_id = id;
  }
  /* The deadline was met (or its clock restarted) without a closing or a
     reopening: the event's STATUS moves between CONFIRMED and CANCELLED
     (migrations/0005_lifecycle.sql). The clock row that follows a closing's
     status row in the same operation is the same move, counted once. */
  else if (field && strcmp(field, "clock") == 0 && old && new_value &&
           (strcmp(old, "stopped") == 0) != (strcmp(new_value, "stopped") == 0)) {
    if (id != h->last_flip_id + 1)
      h->flips++;
  }
  if (strcmp(kind, "due") == 0 && field && strncmp(field, "due:", 4) == 0) {
    int had_old = old != NULL;
    count_move(h, field, had_old);
    if (!had_old && strcmp(field, "due:extended") == 0)
      h->ext_created++;
  }
}

/* Read the events of matter_id into h, moving the cursor past them. */
static int load_history(struct store *st, struct ev_cursor *c, struct matter_hist *h,
                        int64_t matter_id)
{
  h->matter_id = matter_id;
  h->n = h->next = 0;
  h->ncounts = 0;
  h->ext_created = 0;
  h->flips = 0;
  h->last_flip_id = 0;
  buf_reset(&h->latest_at);
  if (c->at_end)
    return 0;
  /* The cursor is on the next matter's events when the rows come matter
     after matter; behind (a filter skipped matters), it seeks rather than
     step over their events, each step being a row read. */
  if (!c->on_row || sqlite3_column_int64(c->s, 0) < matter_id) {
    if (cursor_seek(st, c, matter_id) != 0)
      return -1;
  }
  while (c->on_row && sqlite3_column_int64(c->s, 0) == matter_id) {
    absorb(h, c->s);
    if (cursor_step(st, c) != 0)
      return -1;
  }
  return 0;
}

/* Fill the history part of row for its deadline kind from h. */
static void fill_history(struct ics_row *row, const struct matter_hist *h)
{
  int moved = strcmp(row->dl_kind, "extended") == 0 || strcmp(row->dl_kind, "response") == 0 ||
              strcmp(row->dl_kind, "objection") == 0;
  row->sequence = 0;
  for (size_t i = 0; i < h->ncounts; i++) {
    const char *kind = buf_str(&h->counts[i].field) + 4; /* after "due:" */
    if (strcmp(kind, row->dl_kind) == 0 ||
        (moved && (strcmp(kind, "extended") == 0 || strcmp(kind, "response") == 0 ||
                   strcmp(kind, "objection") == 0)))
      row->sequence += h->counts[i].moves;
  }
  if (moved)
    row->sequence += h->ext_created;
  /* Closing a matter cancels its events and reopening restores them: a
     STATUS change, which RFC 5546 2.1.4 says must raise SEQUENCE too. */
  row->sequence += h->flips;
  row->nhistory = h->n;
  for (int i = 0; i < h->n; i++) {
    /* latest first: the slot before next, then backwards */
    const struct kept_event *k = &h->ring[(h->next - 1 - i + 2 * ICS_HISTORY) % ICS_HISTORY];
    struct ics_history *e = &row->history[i];
    e->at = k->f[0];
    e->on_date = k->f[1];
    e->kind = k->f[2];
    e->field = k->f[3];
    e->old_value = k->f[4];
    e->new_value = k->f[5];
    e->note = k->f[6];
  }
}

static void matter_hist_release(struct matter_hist *h)
{
  for (int i = 0; i < ICS_HISTORY; i++)
    buf_release(&h->ring[i].text);
  for (size_t i = 0; i < h->cap; i++)
    buf_release(&h->counts[i].field);
  free(h->counts);
  buf_release(&h->latest_at);
}

/*
** The agencies and rules the rows name, each read once for the export (a
** few dozen in a database of any size) instead of joined to every row: the
** joins were two agency and one rule search per row, about a tenth of the
** SQL's instructions. Entries are kept to the end, so their strings stay
** valid (the entries themselves move as the memo grows); found is 0 when no
** such row exists (a row whose agency is missing is left out, as the inner
** join did; a missing rule has no citation, as the left join gave).
*/
struct memo_entry {
  int64_t id; /* agency id; for a rule 0 */
  char *key;  /* rule code; for an agency NULL */
  int found;
  char *v[2]; /* agency: code, name; rule: citation; NULL for NULL */
};

struct memo {
  sqlite3_stmt *q; /* the lookup, :key bound */
  int nv;          /* columns it returns */
  struct memo_entry *e;
  size_t n, cap;
  size_t *slot; /* open addressing: entry index + 1; 0 = empty */
  size_t nslots;
};

static uint64_t memo_hash(int64_t id, const char *key)
{
  uint64_t h = 14695981039346656037u; /* FNV-1a */
  if (!key)
    return (uint64_t)id * 0x9E3779B97F4A7C15u;
  for (; *key; key++)
    h = (h ^ (unsigned char)*key) * 1099511628211u;
  return h;
}

static void memo_insert_slot(struct memo *m, size_t idx)
{
  const struct memo_entry *e = &m->e[idx];
  size_t i = (size_t)memo_hash(e->id, e->key) & (m->nslots - 1);
  while (m->slot[i])
    i = (i + 1) & (m->nslots - 1);
  m->slot[i] = idx + 1;
}

/* The entry for agency id (key NULL) or rule key; NULL after reporting a
   database error. */
static const struct memo_entry *memo_get(struct store *st, struct memo *m, int64_t id,
                                         const char *key)
{
  if (m->nslots) {
    size_t i = (size_t)memo_hash(id, key) & (m->nslots - 1);
    for (size_t k; (k = m->slot[i]) != 0; i = (i + 1) & (m->nslots - 1)) {
      const struct memo_entry *e = &m->e[k - 1];
      if (key ? e->key && strcmp(e->key, key) == 0 : !e->key && e->id == id)
        return e;
    }
  }
  sqlite3_reset(m->q);
  if (key)
    store_bind_text(m->q, ":key", key);
  else
    store_bind_int(m->q, ":key", id);
  int rc = sqlite3_step(m->q);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    db_error(st->db, "reading agencies and rules for the calendar");
    return NULL;
  }
  GROW(m->e, m->n, m->cap);
  struct memo_entry *e = &m->e[m->n];
  memset(e, 0, sizeof *e);
  e->id = key ? 0 : id;
  e->key = key ? xstrdup(key) : NULL;
  e->found = rc == SQLITE_ROW;
  for (int i = 0; e->found && i < m->nv; i++) {
    const char *v = col(m->q, i);
    e->v[i] = v ? xstrdup(v) : NULL;
  }
  sqlite3_reset(m->q);
  m->n++;
  if (2 * m->n > m->nslots) { /* keep the table at most half full */
    free(m->slot);
    m->nslots = m->nslots ? 2 * m->nslots : 64;
    m->slot = xcalloc(m->nslots, sizeof *m->slot);
    for (size_t i = 0; i < m->n; i++)
      memo_insert_slot(m, i);
  } else {
    memo_insert_slot(m, m->n - 1);
  }
  return e;
}

static void memo_release(struct memo *m)
{
  for (size_t i = 0; i < m->n; i++) {
    free(m->e[i].key);
    free(m->e[i].v[0]);
    free(m->e[i].v[1]);
  }
  free(m->e);
  free(m->slot);
  sqlite3_finalize(m->q);
}

const char *store_ics_sql(const struct ics_filter *f)
{
  return f->open == 1 ? pending_sql : rows_sql;
}

const char *store_ics_events_sql(const struct ics_filter *f)
{
  return f->open == 1 ? pending_events_sql : events_sql;
}

int store_ics_each(struct store *st, const struct ics_filter *f,
                   int (*fn)(void *ctx, const struct ics_row *row), void *ctx)
{
  struct matter_hist hist;
  struct ev_cursor cur;
  struct memo agencies, rules;
  int rc = SQLITE_DONE, ret = 0;
  memset(&hist, 0, sizeof hist);
  memset(&cur, 0, sizeof cur);
  memset(&agencies, 0, sizeof agencies);
  memset(&rules, 0, sizeof rules);
  agencies.nv = 2;
  rules.nv = 1;
  sqlite3_stmt *s = store_prepare(st, store_ics_sql(f));
  cur.s = store_prepare(st, store_ics_events_sql(f));
  agencies.q = store_prepare(st, "SELECT code, name FROM agency WHERE id = :key");
  rules.q = store_prepare(st, "SELECT citation FROM rule WHERE code = :key");
  if (!s || !cur.s || !agencies.q || !rules.q) {
    ret = -1;
    goto done;
  }
  store_bind_text(s, ":agency", f->agency);
  store_bind_text(s, ":kind", f->kind);
  store_bind_text(s, ":status", f->status);
  store_bind_text(s, ":tag", f->tag);
  if (f->open != 1)
    store_bind_int(s, ":open", f->open);
  store_bind_text(s, ":from", f->from);
  store_bind_text(s, ":to", f->to);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    struct ics_row row;
    memset(&row, 0, sizeof row);
    row.uuid = col(s, 0);
    row.ref = col(s, 1);
    row.kind = col(s, 2);
    row.court = sqlite3_column_int(s, 3);
    row.subject = col(s, 4);
    row.status = col(s, 5);
    row.trigger_date = col(s, 6);
    row.tracking = col(s, 7);
    /* Entries move when the memo grows: take the strings (which do not)
       before the next lookup. */
    const struct memo_entry *a = memo_get(st, &agencies, sqlite3_column_int64(s, 8), NULL);
    if (!a) {
      ret = -1;
      break;
    }
    int found = a->found;
    row.from_code = a->v[0];
    row.from_name = a->v[1];
    if (!(a = memo_get(st, &agencies, sqlite3_column_int64(s, 9), NULL))) {
      ret = -1;
      break;
    }
    if (!found || !a->found)
      continue;
    row.to_code = a->v[0];
    row.to_name = a->v[1];
    row.dl_kind = col(s, 10);
    row.due = col(s, 11);
    row.due_time = col(s, 12);
    row.basis = col(s, 13);
    row.rule = col(s, 14);
    if (row.rule) {
      const struct memo_entry *r = memo_get(st, &rules, 0, row.rule);
      if (!r) {
        ret = -1;
        break;
      }
      row.citation = r->v[0];
    }
    row.supersedes = col(s, 15);
    int64_t matter_id = sqlite3_column_int64(s, 17);
    row.clock = col(s, 18);
    if (matter_id != hist.matter_id && (ret = load_history(st, &cur, &hist, matter_id)) != 0)
      break;
    fill_history(&row, &hist);
    row.last_modified = epoch_of(hist.latest_at.len ? buf_str(&hist.latest_at) : col(s, 16));
    if ((ret = fn(ctx, &row)) != 0)
      break;
  }
  if (ret == 0 && rc != SQLITE_DONE)
    ret = db_error(st->db, "reading deadlines for the calendar");
done:
  sqlite3_finalize(s);
  sqlite3_finalize(cur.s);
  memo_release(&agencies);
  memo_release(&rules);
  matter_hist_release(&hist);
  return ret;
}
