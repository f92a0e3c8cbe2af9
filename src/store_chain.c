/*
** store_chain.c — the hash chain of the history in SQL: appending a chained
** row, the backfill after migration 0011, and verification.
*/
#include "store_chain.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "util.h"

static const char *col(sqlite3_stmt *s, int i)
{
  return (const char *)sqlite3_column_text(s, i);
}

static const char head_sql[] = "INSERT INTO history_head(id, last_id, hash) VALUES (1, ?1, ?2) "
                               "ON CONFLICT(id) DO UPDATE SET last_id = ?1, hash = ?2";

/* Move the head with s, a prepared head_sql (reset, not finalized). */
static int set_head(sqlite3 *h, sqlite3_stmt *s, int64_t last_id, const char *hash)
{
  int rc = SQLITE_ERROR;
  if (s) {
    sqlite3_bind_int64(s, 1, last_id);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(s);
    sqlite3_reset(s);
  }
  if (rc != SQLITE_DONE)
    return error("moving the head of the history: %s", sqlite3_errmsg(h));
  return 0;
}

int store_chain_append(struct store *st, int64_t matter_id, const char *on_date, const char *kind,
                       const char *field, const char *old_value, const char *new_value,
                       const char *note)
{
  /* Three scalar subqueries, each a probe of a b-tree's end or key (a join
     with a subquery would build a temporary table for every row recorded). */
  static const char last[] = "SELECT (SELECT uuid FROM matter WHERE id = :id), "
                             "(SELECT max(id) FROM event), "
                             "(SELECT hash FROM event ORDER BY id DESC LIMIT 1)";
  static const char ins[] =
      "INSERT INTO event(id, matter_id, at, on_date, kind, field, old_value, new_value, note, "
      "by_user, hash) VALUES (:eid, :id, :now, :on, :kind, :field, :old, :new, :note, :by, :hash)";
  /* Cached on the connection: a command appends many rows (one per matter
     a recomputation moves, several per generated matter). */
  sqlite3_stmt *s = store_static(st, last);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  if (sqlite3_step(s) != SQLITE_ROW) {
    db_error(st->db, "reading the head of the history");
    store_finish(st, s);
    return -1;
  }
  if (sqlite3_column_type(s, 0) == SQLITE_NULL) {
    store_finish(st, s);
    return error("recording history: no matter with id %" PRId64, matter_id);
  }
  char *uuid = xstrdup(col(s, 0));
  int64_t id = sqlite3_column_int64(s, 1) + 1;
  char prev[CHAIN_HEX], hash[CHAIN_HEX];
  const char *p = col(s, 2);
  snprintf(prev, sizeof prev, "%s", p && chain_is_hex(p) ? p : chain_genesis);
  int have_prev = sqlite3_column_type(s, 1) != SQLITE_NULL;
  store_finish(st, s);
  if (have_prev && !(p && chain_is_hex(prev))) {
    free(uuid);
    return error("recording history: the last history row has no valid hash (run 'pubrec "
                 "verify')");
  }
  struct event_canon e = {id,    uuid,      st->now,   on_date, kind,
                          field, old_value, new_value, note,    st->by};
  int rc = chain_event_hash(hash, prev, &e);
  free(uuid);
  if (rc != 0)
    return -1;
  if (!(s = store_static(st, ins)))
    return -1;
  store_bind_int(s, ":eid", id);
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":now", st->now);
  store_bind_text(s, ":on", on_date);
  store_bind_text(s, ":kind", kind);
  store_bind_text(s, ":field", field);
  store_bind_text(s, ":old", old_value);
  store_bind_text(s, ":new", new_value);
  store_bind_text(s, ":note", note);
  store_bind_text(s, ":by", st->by);
  store_bind_text(s, ":hash", hash);
  if (store_run(st, s, "recording history") != 0)
    return -1;
  sqlite3_stmt *h = store_static(st, head_sql);
  rc = set_head(st->db->handle, h, id, hash);
  store_finish(st, h);
  return rc;
}

/* The columns a row's hash covers, in canon order, then its stored hash. */
#define CANON_COLUMNS                                                                              \
  "e.id, m.uuid, e.at, e.on_date, e.kind, e.field, e.old_value, e.new_value, e.note, "             \
  "e.by_user, e.hash, m.ref"

static void canon_of(sqlite3_stmt *s, struct event_canon *e)
{
  e->id = sqlite3_column_int64(s, 0);
  e->matter = col(s, 1);
  e->at = col(s, 2);
  e->on_date = col(s, 3);
  e->kind = col(s, 4);
  e->field = col(s, 5);
  e->old_value = col(s, 6);
  e->new_value = col(s, 7);
  e->note = col(s, 8);
  e->by_user = col(s, 9);
}

int store_chain_backfill(sqlite3 *h, const char *path)
{
  static const char sel[] = "SELECT " CANON_COLUMNS " FROM event e LEFT JOIN matter m "
                            "ON m.id = e.matter_id ORDER BY e.id";
  static const char upd[] = "UPDATE event SET hash = ?2 WHERE id = ?1 AND hash IS NULL";
  sqlite3_stmt *s = NULL, *u = NULL;
  char prev[CHAIN_HEX];
  int64_t last = 0;
  int ret = -1, rc;
  memcpy(prev, chain_genesis, CHAIN_HEX);
  if (sqlite3_prepare_v2(h, sel, -1, &s, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(h, upd, -1, &u, NULL) != SQLITE_OK) {
    error("database '%s': hashing the history: %s", path, sqlite3_errmsg(h));
    goto done;
  }
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    struct event_canon e;
    char hash[CHAIN_HEX];
    canon_of(s, &e);
    if (chain_event_hash(hash, prev, &e) != 0)
      goto done;
    const char *stored = col(s, 10);
    if (stored && strcmp(stored, hash) != 0) {
      error("database '%s': history row %" PRId64 " already has a hash that does not chain", path,
            e.id);
      goto done;
    }
    if (!stored) {
      sqlite3_bind_int64(u, 1, e.id);
      sqlite3_bind_text(u, 2, hash, -1, SQLITE_TRANSIENT);
      if (sqlite3_step(u) != SQLITE_DONE) {
        error("database '%s': hashing history row %" PRId64 ": %s", path, e.id, sqlite3_errmsg(h));
        goto done;
      }
      sqlite3_reset(u);
    }
    memcpy(prev, hash, CHAIN_HEX);
    last = e.id;
  }
  if (rc != SQLITE_DONE) {
    error("database '%s': hashing the history: %s", path, sqlite3_errmsg(h));
    goto done;
  }
  if (last) {
    sqlite3_stmt *hs = NULL;
    sqlite3_prepare_v2(h, head_sql, -1, &hs, NULL);
    ret = set_head(h, hs, last, prev);
    sqlite3_finalize(hs);
  } else {
    ret = 0;
  }
done:
  sqlite3_finalize(s);
  sqlite3_finalize(u);
  return ret;
}

/* ---- verification ------------------------------------------------------ */

__attribute__((format(printf, 4, 5))) static void disagree(struct verify_result *r, int64_t row,
                                                           const char *ref, const char *fmt, ...)
{
  if (!r->ok)
    return; /* only the first */
  r->ok = 0;
  r->bad_row = row;
  r->bad_ref = ref ? xstrdup(ref) : NULL;
  struct buf b = BUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  buf_vaddf(&b, fmt, ap);
  va_end(ap);
  r->what = buf_detach(&b, NULL);
}

static int pragma_checks(struct store *st, struct verify_result *r)
{
  sqlite3_stmt *s = store_prepare(st, "PRAGMA integrity_check");
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW && strcmp(col(s, 0), "ok") != 0)
    disagree(r, 0, NULL, "integrity_check: %s", col(s, 0));
  else if (rc != SQLITE_ROW)
    disagree(r, 0, NULL, "integrity_check failed: %s", sqlite3_errmsg(st->db->handle));
  sqlite3_finalize(s);
  if (!r->ok)
    return 0;
  if (!(s = store_prepare(st, "PRAGMA foreign_key_check")))
    return -1;
  if ((rc = sqlite3_step(s)) == SQLITE_ROW)
    disagree(r, 0, NULL, "foreign_key_check: row %" PRId64 " of table %s refers to a missing %s",
             (int64_t)sqlite3_column_int64(s, 1), col(s, 0), col(s, 2));
  else if (rc != SQLITE_DONE)
    disagree(r, 0, NULL, "foreign_key_check failed: %s", sqlite3_errmsg(st->db->handle));
  sqlite3_finalize(s);
  return 0;
}

/* anchor: "ID:HEX", or HEX alone; HEX is a full hash or a prefix (>= 16). */
static int parse_anchor(const char *a, int64_t *id, char *hex, size_t hexsz)
{
  const char *colon = strchr(a, ':');
  *id = 0;
  if (colon) {
    char *end;
    long long v = strtoll(a, &end, 10);
    if (end != colon || v <= 0 || a[0] == '+' || a[0] == ' ')
      return -1;
    *id = v;
    a = colon + 1;
  }
  size_t n = strlen(a);
  if (n < 16 || n > 64 || n >= hexsz)
    return -1;
  for (size_t i = 0; i < n; i++) {
    char ch = a[i];
    if (ch >= 'A' && ch <= 'F')
      ch = (char)(ch - 'A' + 'a');
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f')))
      return -1;
    hex[i] = ch;
  }
  hex[n] = '\0';
  return 0;
}

/* The rows after row `after` (0: every row), chained on from that row's
   stored hash, and the head. */
static int walk_chain(struct store *st, struct verify_result *r, int64_t after, int64_t anchor_id,
                      const char *anchor_hex, int *anchor_found)
{
  static const char sql[] = "SELECT " CANON_COLUMNS " FROM event e LEFT JOIN matter m "
                            "ON m.id = e.matter_id WHERE e.id > :after ORDER BY e.id";
  char prev[CHAIN_HEX];
  memcpy(prev, chain_genesis, CHAIN_HEX);
  int64_t last = after;
  int rc;
  sqlite3_stmt *s;
  if (after > 0) {
    if (!(s = store_prepare(st, "SELECT hash FROM event WHERE id = :after")))
      return -1;
    store_bind_int(s, ":after", after);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW && col(s, 0) && chain_is_hex(col(s, 0)))
      memcpy(prev, col(s, 0), CHAIN_HEX);
    else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
      disagree(r, after, NULL, "history row %" PRId64 " is missing or has no hash", after);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return db_error(st->db, "reading the history");
  }
  if (!(s = store_prepare(st, sql)))
    return -1;
  store_bind_int(s, ":after", after);
  size_t alen = anchor_hex ? strlen(anchor_hex) : 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    struct event_canon e;
    char hash[CHAIN_HEX];
    canon_of(s, &e);
    const char *stored = col(s, 10), *ref = col(s, 11);
    r->rows++;
    if (e.id != last + 1)
      disagree(r, e.id, ref,
               "history row %" PRId64 " follows row %" PRId64 ": rows are missing before it", e.id,
               last);
    if (!e.matter)
      disagree(r, e.id, NULL, "history row %" PRId64 " belongs to no matter", e.id);
    if (chain_event_hash(hash, prev, &e) != 0) {
      sqlite3_finalize(s);
      return -1;
    }
    if (!stored)
      disagree(r, e.id, ref, "history row %" PRId64 " has no hash", e.id);
    else if (strcmp(stored, hash) != 0)
      disagree(r, e.id, ref,
               "history row %" PRId64 " does not match its hash: it was changed, or a row "
               "before it was inserted, removed or moved",
               e.id);
    /* Chain on from the stored hash, so one altered row is reported once. */
    memcpy(prev, stored && chain_is_hex(stored) ? stored : hash, CHAIN_HEX);
    if (anchor_hex && !*anchor_found && (!anchor_id || e.id == anchor_id)) {
      if (strncmp(hash, anchor_hex, alen) == 0)
        *anchor_found = 1;
      else if (anchor_id) {
        disagree(r, e.id, ref,
                 "history row %" PRId64 " no longer has the anchor's hash: the history up to "
                 "it was changed",
                 e.id);
        *anchor_found = -1;
      }
    }
    last = e.id;
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    db_error(st->db, "reading the history");
    sqlite3_finalize(s);
    return -1;
  }
  sqlite3_finalize(s);
  r->head_id = last;
  memcpy(r->head, last ? prev : chain_genesis, CHAIN_HEX);

  /* The head names the last row: rows cut from the end are missing. */
  if (!(s = store_prepare(st, "SELECT last_id, hash FROM history_head WHERE id = 1")))
    return -1;
  rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    int64_t hid = sqlite3_column_int64(s, 0);
    const char *hh = col(s, 1);
    if (hid != last)
      disagree(r, hid > last ? last + 1 : hid, NULL,
               "the head of the history names row %" PRId64 " but the last row is %" PRId64 "%s",
               hid, last, hid > last ? ": rows were removed from the end" : "");
    else if (!hh || strcmp(hh, r->head) != 0)
      disagree(r, last, NULL, "the head of the history does not match the hash of row %" PRId64,
               last);
  } else if (rc == SQLITE_DONE) {
    if (last)
      disagree(r, 0, NULL, "the head of the history is missing");
  } else {
    sqlite3_finalize(s);
    return db_error(st->db, "reading the head of the history");
  }
  sqlite3_finalize(s);
  return 0;
}

/* Run a check query whose rows each disagree; report the first. Columns:
   matter ref, row id (or NULL), then the text of what differs. */
static int first_row(struct store *st, struct verify_result *r, const char *sql, int64_t matter_id,
                     const char *what)
{
  sqlite3_stmt *s = store_prepare(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    disagree(r, sqlite3_column_int64(s, 1), col(s, 0), "%s", col(s, 2));
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error(st->db, what);
  return 0;
}

/* Each matter's stored state against what its history says. */
static int replay_checks(struct store *st, struct verify_result *r, int64_t matter_id)
{
  static const char count[] = "SELECT count(*) FROM matter WHERE :id = 0 OR id = :id";
  /* The last status event's new value is the matter's status. */
  static const char status[] =
      "SELECT m.ref, e.id, CASE WHEN e.id IS NULL THEN 'status is ''' || m.status || ''' but "
      "no history row sets a status' ELSE 'status is ''' || m.status || ''' but its last "
      "status row (' || e.id || ') says ''' || coalesce(e.new_value, '') || '''' END "
      "FROM matter m LEFT JOIN event e ON e.id = (SELECT max(x.id) FROM event x "
      "WHERE x.matter_id = m.id AND x.field = 'status') "
      "WHERE (:id = 0 OR m.id = :id) AND (e.id IS NULL OR e.new_value IS NOT m.status) "
      "ORDER BY m.id LIMIT 1";
  /* Every deadline row is the last value its due:KIND rows gave... */
  static const char due[] =
      "SELECT m.ref, e.id, 'deadline ' || d.kind || ' is ' || d.due || "
      "coalesce('T' || d.due_time, '') || CASE WHEN e.id IS NULL THEN ' but no history row "
      "sets it' ELSE ' but its last history row (' || e.id || ') says ' || "
      "coalesce(e.new_value, 'none') END "
      "FROM deadline d JOIN matter m ON m.id = d.matter_id "
      "LEFT JOIN event e ON e.id = (SELECT max(x.id) FROM event x WHERE x.matter_id = "
      "d.matter_id AND x.field = 'due:' || d.kind) "
      "WHERE (:id = 0 OR d.matter_id = :id) AND (e.id IS NULL OR e.new_value IS NOT "
      "(d.due || coalesce('T' || d.due_time, ''))) ORDER BY m.id, d.kind LIMIT 1";
  /* ...and no due:KIND row whose last value is a date lost its deadline row. */
  static const char lost[] =
      "SELECT m.ref, e.id, 'history row ' || e.id || ' sets ' || substr(e.field, 5) || ' to ' "
      "|| e.new_value || ' but the matter has no such deadline' "
      "FROM event e JOIN matter m ON m.id = e.matter_id "
      "WHERE (:id = 0 OR e.matter_id = :id) AND e.field LIKE 'due:%' AND e.new_value IS NOT "
      "NULL AND e.id = (SELECT max(x.id) FROM event x WHERE x.matter_id = e.matter_id AND "
      "x.field = e.field) AND NOT EXISTS (SELECT 1 FROM deadline d WHERE d.matter_id = "
      "e.matter_id AND 'due:' || d.kind = e.field) ORDER BY m.id, e.id LIMIT 1";
  /* One response history row per response. */
  static const char responses[] =
      "SELECT ref, NULL, 'it has ' || nr || ' response(s) but its history records ' || ne "
      "FROM (SELECT m.id, m.ref, (SELECT count(*) FROM response r WHERE r.matter_id = m.id) nr, "
      "(SELECT count(*) FROM event e WHERE e.matter_id = m.id AND e.kind = 'response') ne "
      "FROM matter m WHERE :id = 0 OR m.id = :id) WHERE nr <> ne ORDER BY id LIMIT 1";
  /* Where the schema has matter.clock (the lifecycle layer), the last
     history row that moved the clock gives it. */
  static const char has_clock[] =
      "SELECT count(*) FROM pragma_table_info('matter') WHERE name = 'clock'";
  static const char clock[] =
      "SELECT m.ref, e.id, 'its clock is ''' || m.clock || ''' but its last clock row (' || "
      "e.id || ') says ''' || coalesce(e.new_value, '') || '''' "
      "FROM matter m JOIN event e ON e.id = (SELECT max(x.id) FROM event x "
      "WHERE x.matter_id = m.id AND x.field = 'clock') "
      "WHERE (:id = 0 OR m.id = :id) AND e.new_value IS NOT m.clock ORDER BY m.id LIMIT 1";
  sqlite3_stmt *s = store_prepare(st, count);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  if (sqlite3_step(s) == SQLITE_ROW)
    r->matters = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  int clocked = 0;
  if (!(s = store_prepare(st, has_clock)))
    return -1;
  if (sqlite3_step(s) == SQLITE_ROW)
    clocked = sqlite3_column_int(s, 0) > 0;
  sqlite3_finalize(s);
  if (clocked && first_row(st, r, clock, matter_id, "checking clocks") != 0)
    return -1;
  if (first_row(st, r, status, matter_id, "checking statuses") != 0 ||
      first_row(st, r, due, matter_id, "checking deadlines") != 0 ||
      first_row(st, r, lost, matter_id, "checking deadlines") != 0 ||
      first_row(st, r, responses, matter_id, "checking responses") != 0)
    return -1;
  return 0;
}

int store_verify(struct store *st, int64_t matter_id, const char *anchor, struct verify_result *r)
{
  memset(r, 0, sizeof *r);
  r->ok = 1;
  int64_t anchor_id = 0;
  char anchor_hex[CHAIN_HEX];
  int found = 0;
  if (anchor && parse_anchor(anchor, &anchor_id, anchor_hex, sizeof anchor_hex) != 0)
    return usage_error("invalid anchor '%s' (want ROW:HASH as 'pubrec verify --anchor' prints "
                       "it, or at least 16 hex digits of the hash)",
                       anchor);
  if (pragma_checks(st, r) != 0)
    return -1;
  if (walk_chain(st, r, 0, anchor_id, anchor ? anchor_hex : NULL, &found) != 0)
    return -1;
  if (anchor && found == 0 && anchor_id)
    disagree(r, anchor_id, NULL,
             "the anchor names history row %" PRId64 ", which is not in the history: rows were "
             "removed",
             anchor_id);
  else if (anchor && found == 0)
    disagree(r, 0, NULL, "no history row has the anchor's hash: the history up to it was changed");
  if (replay_checks(st, r, matter_id) != 0)
    return -1;
  return 0;
}

int store_chain_verify_after(struct store *st, int64_t after, struct verify_result *r)
{
  memset(r, 0, sizeof *r);
  r->ok = 1;
  return walk_chain(st, r, after, 0, NULL, NULL);
}

void verify_result_release(struct verify_result *r)
{
  free(r->bad_ref);
  free(r->what);
  r->bad_ref = r->what = NULL;
}
