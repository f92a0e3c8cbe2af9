/*
** store_ics.c — the SQL of the iCalendar export, streamed to a callback.
**
** The pending deadlines (the default of 'pubrec ics' and serve's feed) are
** read from the pending feed, ics_feed (migrations/0031_ics_feed.sql; the
** second half of this file): one row per pending matter with what the path
** below derives for it, in one table read in storage order: a few dense
** pages where the history path reads three scattered rows a matter (at
** 1,000,000 matters: 1.16x the libical floor's CPU where the history path
** takes 2.14x, docs/PERFORMANCE.md "ics from the pending feed"). Triggers
** mark a matter whenever its row, its deadline rows or its history change
** while it is (or was) pending; store_ics_feed_flush rebuilds the marked
** matters' rows with the derivation below before the writer commits. The
** feed is read only when nothing is marked, so a write from a program that
** does not rebuild (or an upgrade not yet settled) sends the export down the
** history path, never to a stale row. What the feed does not hold is read at
** export time as before: agencies' codes and names and rules' citations
** (struct memo), and tags for --tag. --from/--to are applied in C to the
** feed's deadlines, comparing the text as the SQL below does.
**
** The history path (every other choice of states, and the pending
** deadlines while matters are marked, or with PUBREC_ICS_HISTORY=1, which
** the tests use to compare the two): two statements walk the database once,
** in step, like a merge join:
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "model.h"
#include "util.h"

/* clang-format off */
/* 0-11: the matter, in the order of a feed row's (FEED_COLUMNS; both read by
   row_matter), 10, 11 the agencies' ids, 16 the rule's code (their codes,
   names and the citation come from struct memo) */
#define ROWS_COLUMNS \
    "SELECT d.matter_id, m.uuid, m.ref, m.kind, m.subject, m.status, m.clock, m.trigger_date, " \
    "m.tracking, m.court, m.from_agency, m.to_agency, " \
    "d.kind, d.due, d.due_time, d.basis, d.rule, " \
    /* 17: on an 'extended' row, the kind of the original it moves */ \
    "CASE WHEN d.kind = 'extended' THEN (SELECT x.kind FROM deadline x " \
    "  WHERE x.matter_id = d.matter_id AND x.kind IN ('response', 'objection')) END, " \
    "m.updated_at "
/* The filters on the matter, whose columns are T.from_agency, T.to_agency,
   T.kind, T.status and T.ID (matter m, or a row of the feed f). */
#define MATTER_FILTERS(T, ID) \
    "AND (:agency IS NULL " \
    "     OR " T ".from_agency IN (SELECT id FROM agency WHERE code = :agency COLLATE NOCASE) " \
    "     OR " T ".to_agency IN (SELECT id FROM agency WHERE code = :agency COLLATE NOCASE)) " \
    "AND (:kind IS NULL OR " T ".kind = :kind) " \
    "AND (:status IS NULL OR " T ".status = :status) " \
    "AND (:tag IS NULL OR EXISTS (SELECT 1 FROM tag t WHERE t.matter_id = " T "." ID " AND t.tag = :tag)) "
#define ROWS_FILTERS \
    MATTER_FILTERS("m", "id") \
    /* '+' keeps the planner off deadline_due: the scan stays in key order */ \
    "AND +d.due >= coalesce(:from, '') AND +d.due <= coalesce(:to, '9999-99-99') " \
    ROWS_EXPORTED
/* an original that an extension moved is written as the extended row */
#define ROWS_EXPORTED \
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

/* The agencies of a row (ids from and to) from the memo: 1 when both are
   found, 0 when one is not (the row is skipped), -1 after an error. Entries
   move when the memo grows: the strings (which do not) are taken before the
   next lookup. */
static int row_agencies(struct store *st, struct memo *agencies, struct ics_row *row, int64_t from,
                        int64_t to)
{
  const struct memo_entry *a = memo_get(st, agencies, from, NULL);
  if (!a)
    return -1;
  int found = a->found;
  row->from_code = a->v[0];
  row->from_name = a->v[1];
  if (!(a = memo_get(st, agencies, to, NULL)))
    return -1;
  row->to_code = a->v[0];
  row->to_name = a->v[1];
  return found && a->found;
}

/* A row's matter (columns 1-11 of ROWS_COLUMNS and FEED_COLUMNS alike)
   into a cleared row; what row_agencies returns. */
static int row_matter(struct store *st, struct memo *agencies, struct ics_row *row, sqlite3_stmt *s)
{
  memset(row, 0, sizeof *row);
  row->uuid = col(s, 1);
  row->ref = col(s, 2);
  row->kind = col(s, 3);
  row->subject = col(s, 4);
  row->status = col(s, 5);
  row->clock = col(s, 6);
  row->trigger_date = col(s, 7);
  row->tracking = col(s, 8);
  row->court = sqlite3_column_int(s, 9);
  return row_agencies(st, agencies, row, sqlite3_column_int64(s, 10), sqlite3_column_int64(s, 11));
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

/* The export's two memos: agencies by id (code, name) and rules by code
   (citation). 0, or -1 after an error (release them either way). */
static int memos_open(struct store *st, struct memo *agencies, struct memo *rules)
{
  memset(agencies, 0, sizeof *agencies);
  memset(rules, 0, sizeof *rules);
  agencies->nv = 2;
  rules->nv = 1;
  agencies->q = store_prepare(st, "SELECT code, name FROM agency WHERE id = :key");
  rules->q = store_prepare(st, "SELECT citation FROM rule WHERE code = :key");
  return agencies->q && rules->q ? 0 : -1;
}

const char *store_ics_sql(const struct ics_filter *f)
{
  return f->open == 1 ? pending_sql : rows_sql;
}

const char *store_ics_events_sql(const struct ics_filter *f)
{
  return f->open == 1 ? pending_events_sql : events_sql;
}

static int feed_each(struct store *st, const struct ics_filter *f,
                     int (*fn)(void *ctx, const struct ics_row *row), void *ctx, int *used);

/* The history path: every row derived from the matter, deadline and event
   tables. */
static int history_each(struct store *st, const struct ics_filter *f,
                        int (*fn)(void *ctx, const struct ics_row *row), void *ctx)
{
  struct matter_hist hist;
  struct ev_cursor cur;
  struct memo agencies, rules;
  int rc = SQLITE_DONE, ret = 0;
  memset(&hist, 0, sizeof hist);
  memset(&cur, 0, sizeof cur);
  int memos = memos_open(st, &agencies, &rules);
  sqlite3_stmt *s = store_prepare(st, store_ics_sql(f));
  cur.s = store_prepare(st, store_ics_events_sql(f));
  if (!s || !cur.s || memos != 0) {
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
    int both = row_matter(st, &agencies, &row, s);
    if (both < 0) {
      ret = -1;
      break;
    }
    if (!both)
      continue;
    row.dl_kind = col(s, 12);
    row.due = col(s, 13);
    row.due_time = col(s, 14);
    row.basis = col(s, 15);
    row.rule = col(s, 16);
    if (row.rule) {
      const struct memo_entry *r = memo_get(st, &rules, 0, row.rule);
      if (!r) {
        ret = -1;
        break;
      }
      row.citation = r->v[0];
    }
    row.supersedes = col(s, 17);
    int64_t matter_id = sqlite3_column_int64(s, 0);
    if (matter_id != hist.matter_id && (ret = load_history(st, &cur, &hist, matter_id)) != 0)
      break;
    fill_history(&row, &hist);
    row.last_modified = epoch_of(hist.latest_at.len ? buf_str(&hist.latest_at) : col(s, 18));
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

int store_ics_each(struct store *st, const struct ics_filter *f,
                   int (*fn)(void *ctx, const struct ics_row *row), void *ctx)
{
  if (f->open == 1 && !f->from_history) {
    int used = 0;
    int rc = feed_each(st, f, fn, ctx, &used);
    if (used || rc != 0)
      return rc;
  }
  return history_each(st, f, fn, ctx);
}

/*
** The pending feed (migrations/0031_ics_feed.sql): one row of ics_feed per
** pending matter with at least one exported deadline, holding what the
** history path above derives for it, so that the default export reads a
** few dense pages (the table in storage order) instead of three scattered
** rows a matter. Two blobs, written and read only here, are lists of fields,
** each a tag byte then the text and a NUL: tag 1 a value, tag 2 NULL (no
** text). deadlines: per exported deadline in the order the history path
** writes them (kind order), seven fields: kind, due, due_time, basis, rule,
** supersedes, SEQUENCE in decimal. history: per kept entry, the latest
** first, the seven fields of struct ics_history (NULL stored as "").
** What stays outside, read at export time through the memo: the agencies'
** codes and names (a matter whose agency is gone is left out, as the
** history path does) and the rules' citations; the --tag filter reads the
** tag table. So an agency rename or edit, a rule's citation changed, a tag
** added or removed (its history row marks the matter anyway) never leaves
** the feed stale. Everything else the export writes is a function of the
** matter's row, its deadline rows and its history, whose every change marks
** the matter (the triggers of 0031) until store_ics_feed_flush rebuilds it.
*/
enum { FIELD_VALUE = 1, FIELD_NULL = 2 };

static void pack(struct buf *b, const char *v)
{
  if (!v) {
    buf_add(b, "\2", 2); /* FIELD_NULL and the NUL */
    return;
  }
  buf_addc(b, FIELD_VALUE);
  buf_add(b, v, strlen(v) + 1);
}

/* The next field from *p (< end), or NULL for a NULL one; *bad on damage. */
static const char *unpack(const char **p, const char *end, int *bad)
{
  if (*bad || *p >= end) {
    *bad = 1;
    return NULL;
  }
  char tag = **p;
  const char *v = *p + 1;
  const char *z = v < end ? memchr(v, '\0', (size_t)(end - v)) : NULL;
  if (!z || (tag != FIELD_VALUE && tag != FIELD_NULL) || (tag == FIELD_NULL && z != v)) {
    *bad = 1;
    return NULL;
  }
  *p = z + 1;
  return tag == FIELD_VALUE ? v : NULL;
}

/* One matter's feed row as built from the history. */
struct feed_rec {
  int64_t matter_id;
  char *v[8]; /* uuid, ref, kind, subject, status, clock, trigger_date, tracking */
  int court;
  int64_t from_agency, to_agency, last_modified;
  struct buf deadlines, history;
};

static void feed_rec_clear(struct feed_rec *r)
{
  for (int i = 0; i < 8; i++) {
    free(r->v[i]);
    r->v[i] = NULL;
  }
  r->matter_id = 0;
  buf_reset(&r->deadlines);
  buf_reset(&r->history);
}

/* clang-format off */
/* The rows of the marked pending matters (ics_feed_dirty), or of every
   pending matter (for verify), as the history path reads them unfiltered. */
static const char build_dirty_sql[] =
    ROWS_COLUMNS
    "FROM ics_feed_dirty x CROSS JOIN matter m ON m.id = x.matter_id "
    "CROSS JOIN deadline d ON d.matter_id = m.id "
    "WHERE m.clock <> 'stopped' "
    ROWS_EXPORTED
    "ORDER BY x.matter_id, d.kind";
static const char build_all_sql[] =
    ROWS_COLUMNS
    "FROM matter m CROSS JOIN deadline d ON d.matter_id = m.id "
    "WHERE m.clock <> 'stopped' "
    ROWS_EXPORTED
    "ORDER BY m.id, d.kind";
/* A stored row's columns, in the order feed_each and emit_check read them. */
#define FEED_COLUMNS \
    "SELECT f.matter_id, f.uuid, f.ref, f.kind, f.subject, f.status, f.clock, f.trigger_date, " \
    "f.tracking, f.court, f.from_agency, f.to_agency, f.last_modified, f.deadlines, f.history " \
    "FROM ics_feed f "
static const char feed_sql[] =
    FEED_COLUMNS
    "WHERE 1 "
    MATTER_FILTERS("f", "matter_id")
    "ORDER BY f.matter_id";
/* clang-format on */

const char *store_ics_feed_sql(void)
{
  return feed_sql;
}

const char *store_ics_feed_build_sql(int all)
{
  return all ? build_all_sql : build_dirty_sql;
}

/* Build the feed rows of the marked matters (all: of every pending matter),
   in id order, handing each to emit. */
static int feed_build(struct store *st, int all,
                      int (*emit)(struct store *st, void *ctx, const struct feed_rec *r), void *ctx)
{
  struct matter_hist hist;
  struct ev_cursor cur;
  struct feed_rec rec;
  int rc = SQLITE_DONE, ret = 0;
  memset(&hist, 0, sizeof hist);
  memset(&cur, 0, sizeof cur);
  memset(&rec, 0, sizeof rec);
  sqlite3_stmt *s = store_prepare(st, store_ics_feed_build_sql(all));
  cur.s = store_prepare(st, all ? pending_events_sql : events_sql);
  if (!s || !cur.s) {
    ret = -1;
    goto done;
  }
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    int64_t matter_id = sqlite3_column_int64(s, 0);
    if (matter_id != rec.matter_id) {
      if (rec.matter_id && (ret = emit(st, ctx, &rec)) != 0)
        break;
      feed_rec_clear(&rec);
      rec.matter_id = matter_id;
      for (int i = 0; i < 8; i++)
        rec.v[i] = store_col_text(s, 1 + i);
      rec.court = sqlite3_column_int(s, 9);
      rec.from_agency = sqlite3_column_int64(s, 10);
      rec.to_agency = sqlite3_column_int64(s, 11);
      if ((ret = load_history(st, &cur, &hist, matter_id)) != 0)
        break;
      rec.last_modified = epoch_of(hist.latest_at.len ? buf_str(&hist.latest_at) : col(s, 18));
      struct ics_row h;
      memset(&h, 0, sizeof h);
      h.dl_kind = "";
      fill_history(&h, &hist);
      for (int i = 0; i < h.nhistory; i++) {
        const struct ics_history *e = &h.history[i];
        const char *f7[7] = {e->at,        e->on_date,   e->kind, e->field,
                             e->old_value, e->new_value, e->note};
        for (int k = 0; k < 7; k++)
          pack(&rec.history, f7[k]);
      }
    }
    struct ics_row row;
    memset(&row, 0, sizeof row);
    row.dl_kind = col(s, 12);
    fill_history(&row, &hist);
    char seq[24];
    snprintf(seq, sizeof seq, "%d", row.sequence);
    const char *f7[7] = {col(s, 12), col(s, 13), col(s, 14), col(s, 15),
                         col(s, 16), col(s, 17), seq};
    for (int k = 0; k < 7; k++)
      pack(&rec.deadlines, f7[k]);
  }
  if (ret == 0 && rc != SQLITE_DONE)
    ret = db_error(st->db, "reading deadlines for the calendar feed");
  if (ret == 0 && rec.matter_id)
    ret = emit(st, ctx, &rec);
done:
  sqlite3_finalize(s);
  sqlite3_finalize(cur.s);
  feed_rec_clear(&rec);
  buf_release(&rec.deadlines);
  buf_release(&rec.history);
  matter_hist_release(&hist);
  return ret;
}

static void bind_blob(sqlite3_stmt *s, const char *name, const struct buf *b)
{
  sqlite3_bind_blob(s, sqlite3_bind_parameter_index(s, name), b->len ? b->data : "", (int)b->len,
                    SQLITE_TRANSIENT);
}

static int emit_insert(struct store *st, void *ctx, const struct feed_rec *r)
{
  sqlite3_stmt *s = ctx;
  static const char *const names[8] = {":uuid",   ":ref",   ":kind",         ":subject",
                                       ":status", ":clock", ":trigger_date", ":tracking"};
  sqlite3_reset(s);
  store_bind_int(s, ":id", r->matter_id);
  for (int i = 0; i < 8; i++)
    store_bind_text(s, names[i], r->v[i]);
  store_bind_int(s, ":court", r->court);
  store_bind_int(s, ":from", r->from_agency);
  store_bind_int(s, ":to", r->to_agency);
  store_bind_int(s, ":lm", r->last_modified);
  bind_blob(s, ":deadlines", &r->deadlines);
  bind_blob(s, ":history", &r->history);
  if (sqlite3_step(s) != SQLITE_DONE)
    return db_error(st->db, "writing the calendar feed");
  return 0;
}

int store_ics_feed_marked(struct store *st)
{
  sqlite3_stmt *s = store_static(st, "SELECT EXISTS (SELECT 1 FROM ics_feed_dirty)");
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  int marked = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
  if (marked < 0)
    db_error(st->db, "reading the calendar feed's state");
  store_finish(st, s);
  return marked;
}

int store_ics_feed_flush(struct store *st)
{
  int marked = store_ics_feed_marked(st);
  if (marked <= 0)
    return marked;
  sqlite3_stmt *s = store_static(
      st, "DELETE FROM ics_feed WHERE matter_id IN (SELECT matter_id FROM ics_feed_dirty)");
  if (!s || store_run(st, s, "clearing the calendar feed") != 0)
    return -1;
  sqlite3_stmt *ins = store_prepare(
      st, "INSERT INTO ics_feed (matter_id, uuid, ref, kind, court, subject, status, clock, "
          "trigger_date, tracking, from_agency, to_agency, last_modified, deadlines, history) "
          "VALUES (:id, :uuid, :ref, :kind, :court, :subject, :status, :clock, :trigger_date, "
          ":tracking, :from, :to, :lm, :deadlines, :history)");
  if (!ins)
    return -1;
  int rc = feed_build(st, 0, emit_insert, ins);
  sqlite3_finalize(ins);
  if (rc != 0)
    return rc;
  s = store_static(st, "DELETE FROM ics_feed_dirty");
  return s ? store_run(st, s, "settling the calendar feed") : -1;
}

/* verify: each built row against the stored one, in id order. */
struct feed_check {
  sqlite3_stmt *stored; /* ics_feed in id order */
  int on_row;
  long stale;
  char *first; /* the first stale matter's reference */
};

static int check_step(struct store *st, struct feed_check *c)
{
  int rc = sqlite3_step(c->stored);
  c->on_row = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error(st->db, "reading the calendar feed");
  return 0;
}

static void check_stale(struct feed_check *c, const char *ref)
{
  if (!c->first)
    c->first = xstrdup(ref ? ref : "?");
  c->stale++;
}

static int text_eq(const char *a, const char *b)
{
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int blob_eq(sqlite3_stmt *s, int i, const struct buf *b)
{
  const void *v = sqlite3_column_blob(s, i);
  size_t n = (size_t)sqlite3_column_bytes(s, i);
  return n == b->len && (n == 0 || memcmp(v, b->data, n) == 0);
}

static int emit_check(struct store *st, void *ctx, const struct feed_rec *r)
{
  struct feed_check *c = ctx;
  /* Stored rows before this one have no pending matter behind them. */
  while (c->on_row && sqlite3_column_int64(c->stored, 0) < r->matter_id) {
    check_stale(c, col(c->stored, 2));
    if (check_step(st, c) != 0)
      return -1;
  }
  if (!c->on_row || sqlite3_column_int64(c->stored, 0) != r->matter_id) {
    check_stale(c, r->v[1]);
    return 0;
  }
  sqlite3_stmt *s = c->stored;
  int same = 1;
  for (int i = 0; i < 8; i++)
    same = same && text_eq(col(s, 1 + i), r->v[i]);
  same = same && sqlite3_column_int(s, 9) == r->court &&
         sqlite3_column_int64(s, 10) == r->from_agency &&
         sqlite3_column_int64(s, 11) == r->to_agency &&
         sqlite3_column_int64(s, 12) == r->last_modified && blob_eq(s, 13, &r->deadlines) &&
         blob_eq(s, 14, &r->history);
  if (!same)
    check_stale(c, r->v[1]);
  return check_step(st, c);
}

int store_ics_feed_check(struct store *st, long *stale, char **first_ref)
{
  *stale = 0;
  *first_ref = NULL;
  int marked = store_ics_feed_marked(st);
  if (marked != 0)
    return marked; /* 1: not in use (the export reads the history) */
  struct feed_check c;
  memset(&c, 0, sizeof c);
  c.stored = store_prepare(st, FEED_COLUMNS "ORDER BY f.matter_id");
  int rc = c.stored ? check_step(st, &c) : -1;
  if (rc == 0)
    rc = feed_build(st, 1, emit_check, &c);
  while (rc == 0 && c.on_row) {
    check_stale(&c, col(c.stored, 2));
    rc = check_step(st, &c);
  }
  sqlite3_finalize(c.stored);
  *stale = c.stale;
  *first_ref = c.first;
  if (rc != 0) {
    free(c.first);
    *first_ref = NULL;
  }
  return rc;
}

/* The feed's rows through fn, as history_each would hand them; *used is 0
   when the feed cannot be read (matters marked and not rebuilt yet), and
   the caller reads the history. */
static int feed_each(struct store *st, const struct ics_filter *f,
                     int (*fn)(void *ctx, const struct ics_row *row), void *ctx, int *used)
{
  struct memo agencies, rules;
  int rc = SQLITE_DONE, ret = 0;
  *used = 0;
  memset(&agencies, 0, sizeof agencies);
  memset(&rules, 0, sizeof rules);
  sqlite3_stmt *s = NULL;
  /* The state of the marks and the rows, read in one snapshot. */
  int began = store_read_begin(st);
  if (began < 0)
    return -1;
  int marked = store_ics_feed_marked(st);
  if (marked != 0) {
    ret = marked < 0 ? -1 : 0;
    goto done;
  }
  *used = 1;
  int memos = memos_open(st, &agencies, &rules);
  s = store_prepare(st, feed_sql);
  if (!s || memos != 0) {
    ret = -1;
    goto done;
  }
  store_bind_text(s, ":agency", f->agency);
  store_bind_text(s, ":kind", f->kind);
  store_bind_text(s, ":status", f->status);
  store_bind_text(s, ":tag", f->tag);
  const char *from = f->from ? f->from : "", *to = f->to ? f->to : "9999-99-99";
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    struct ics_row row;
    int both = row_matter(st, &agencies, &row, s);
    if (both < 0) {
      ret = -1;
      break;
    }
    if (!both)
      continue;
    row.last_modified = sqlite3_column_int64(s, 12);
    int bad = 0;
    const char *hp = sqlite3_column_blob(s, 14);
    hp = hp ? hp : "";
    const char *hend = hp + sqlite3_column_bytes(s, 14);
    while (!bad && hp < hend) {
      if (row.nhistory == ICS_HISTORY) {
        bad = 1;
        break;
      }
      struct ics_history *e = &row.history[row.nhistory++];
      const char **f7[7] = {&e->at,        &e->on_date,   &e->kind, &e->field,
                            &e->old_value, &e->new_value, &e->note};
      for (int k = 0; k < 7; k++)
        if (!(*f7[k] = unpack(&hp, hend, &bad)))
          bad = 1;
    }
    const char *dp = sqlite3_column_blob(s, 13);
    dp = dp ? dp : "";
    const char *dend = dp + sqlite3_column_bytes(s, 13);
    while (!bad && dp < dend) {
      row.dl_kind = unpack(&dp, dend, &bad);
      row.due = unpack(&dp, dend, &bad);
      row.due_time = unpack(&dp, dend, &bad);
      row.basis = unpack(&dp, dend, &bad);
      row.rule = unpack(&dp, dend, &bad);
      row.supersedes = unpack(&dp, dend, &bad);
      const char *seq = unpack(&dp, dend, &bad);
      if (bad || !row.dl_kind || !seq)
        break;
      row.sequence = atoi(seq);
      /* --from and --to, as the history path's SQL compares the text */
      if (!row.due || strcmp(row.due, from) < 0 || strcmp(row.due, to) > 0)
        continue;
      row.citation = NULL;
      if (row.rule) {
        const struct memo_entry *r = memo_get(st, &rules, 0, row.rule);
        if (!r) {
          ret = -1;
          break;
        }
        row.citation = r->v[0];
      }
      if ((ret = fn(ctx, &row)) != 0)
        break;
    }
    if (ret != 0)
      break;
    if (bad || !row.dl_kind) {
      ret = error("the calendar feed's row for %s is damaged; 'pubrec verify' says more",
                  row.ref ? row.ref : "a matter");
      break;
    }
  }
  if (ret == 0 && rc != SQLITE_DONE && rc != SQLITE_ROW)
    ret = db_error(st->db, "reading the calendar feed");
done:
  sqlite3_finalize(s);
  memo_release(&agencies);
  memo_release(&rules);
  store_read_end(st, began);
  return ret;
}
