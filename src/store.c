/*
** store.c — the application's SQL, one statement beside the function that
** runs it. Every value is a bound parameter; column text is copied before
** the next step.
*/
#include "store.h"
#include "store_chain.h"
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "rulecheck.h"
#include "util.h"

/* ---- statement helpers ------------------------------------------------ */

sqlite3_stmt *store_prepare(struct store *st, const char *sql)
{
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db->handle, sql, -1, &s, NULL) != SQLITE_OK) {
    db_error(st->db, "preparing a statement");
    return NULL;
  }
  return s;
}

sqlite3_stmt *store_static(struct store *st, const char *sql)
{
  sqlite3_stmt *s = db_cached(st->db, sql);
  if (!s)
    db_error(st->db, "preparing a statement");
  return s;
}

void store_finish(struct store *st, sqlite3_stmt *s)
{
  db_finish(st->db, s);
}

void store_bind_text(sqlite3_stmt *s, const char *name, const char *v)
{
  int i = sqlite3_bind_parameter_index(s, name);
  if (i == 0)
    die("BUG: no parameter %s", name);
  if (v)
    sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null(s, i);
}

void store_bind_int(sqlite3_stmt *s, const char *name, int64_t v)
{
  int i = sqlite3_bind_parameter_index(s, name);
  if (i == 0)
    die("BUG: no parameter %s", name);
  sqlite3_bind_int64(s, i, v);
}

/* Bind an int, or NULL when v < 0. */
void store_bind_opt_int(sqlite3_stmt *s, const char *name, int v)
{
  int i = sqlite3_bind_parameter_index(s, name);
  if (i == 0)
    die("BUG: no parameter %s", name);
  if (v >= 0)
    sqlite3_bind_int(s, i, v);
  else
    sqlite3_bind_null(s, i);
}

char *store_col_text(sqlite3_stmt *s, int i)
{
  const unsigned char *t = sqlite3_column_text(s, i);
  return t ? xstrdup((const char *)t) : NULL;
}

int store_col_opt_int(sqlite3_stmt *s, int i)
{
  return sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int(s, i);
}

int store_read_begin(struct store *st)
{
  if (!sqlite3_get_autocommit(st->db->handle))
    return 0;
  return db_read_begin(st->db) == 0 ? 1 : -1;
}

void store_read_end(struct store *st, int began)
{
  if (began == 1)
    db_read_end(st->db);
}

/* Step a statement that returns no rows, finalize it. */
int store_run(struct store *st, sqlite3_stmt *s, const char *what)
{
  int rc = sqlite3_step(s);
  int ret = 0;
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    ret = db_error(st->db, what);
  store_finish(st, s);
  return ret;
}

void strv_free(char **v)
{
  if (!v)
    return;
  for (char **p = v; *p; p++)
    free(*p);
  free(v);
}

/* Run "cols tail" with the text parameter :key, reading the first row.
   Returns 0 (found), 1 (no row) or -1. */
static int get_one(struct store *st, const char *cols, const char *tail, const char *key,
                   store_row_reader read, void *out, const char *what)
{
  char *sql = xasprintf("%s%s", cols, tail);
  sqlite3_stmt *s = store_static(st, sql);
  free(sql);
  if (!s)
    return -1;
  store_bind_text(s, ":key", key);
  int rc = sqlite3_step(s);
  int ret = 1;
  if (rc == SQLITE_ROW) {
    read(s, out);
    ret = 0;
  } else if (rc != SQLITE_DONE) {
    ret = db_error(st->db, what);
  }
  store_finish(st, s);
  return ret;
}

int store_collect(struct store *st, sqlite3_stmt *s, store_row_reader read, size_t size, void **out,
                  size_t *n, const char *what)
{
  size_t cap = 0;
  char *items = NULL;
  int rc;
  *out = NULL;
  *n = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (*n == cap) {
      cap = cap ? cap * 2 : 8;
      items = xrealloc(items, cap * size);
    }
    memset(items + *n * size, 0, size);
    read(s, items + (*n)++ * size);
  }
  store_finish(st, s);
  *out = items;
  return rc == SQLITE_DONE ? 0 : db_error(st->db, what);
}

/* Run "cols tail" and read every row (see collect). */
static int list_all(struct store *st, const char *cols, const char *tail, store_row_reader read,
                    size_t size, void **out, size_t *n, const char *what)
{
  char *sql = xasprintf("%s%s", cols, tail);
  sqlite3_stmt *s = store_static(st, sql);
  free(sql);
  *out = NULL;
  *n = 0;
  return s ? store_collect(st, s, read, size, out, n, what) : -1;
}

/* Run sql with :id bound and read every row (see collect). */
static int list_by_id(struct store *st, const char *sql, int64_t id, store_row_reader read,
                      size_t size, void **out, size_t *n, const char *what)
{
  sqlite3_stmt *s = store_static(st, sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  store_bind_int(s, ":id", id);
  return store_collect(st, s, read, size, out, n, what);
}

/* ---- agencies --------------------------------------------------------- */

int store_agency_add(struct store *st, const struct agency *a)
{
  static const char sql[] =
      "INSERT INTO agency(code, name, jurisdiction, calendar, cutoff, contact, created_at) "
      "VALUES (:code, :name, :jur, :cal, :cutoff, :contact, :now)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":code", a->code);
  store_bind_text(s, ":name", a->name);
  store_bind_text(s, ":jur", a->jurisdiction);
  store_bind_text(s, ":cal", a->calendar);
  store_bind_text(s, ":cutoff", a->cutoff);
  store_bind_text(s, ":contact", a->contact);
  store_bind_text(s, ":now", st->now);
  int rc = sqlite3_step(s);
  store_finish(st, s);
  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    return error("agency '%s' already exists (see 'pubrec agency show %s')", a->code, a->code);
  if (rc != SQLITE_DONE)
    return db_error(st->db, "adding agency");
  return 0;
}

static const char agency_cols[] = "SELECT id, code, name, jurisdiction, calendar, cutoff, contact, "
                                  "created_at, kind, email FROM agency ";

static void read_agency(sqlite3_stmt *s, void *out)
{
  struct agency *a = out;
  a->id = sqlite3_column_int64(s, 0);
  a->code = store_col_text(s, 1);
  a->name = store_col_text(s, 2);
  a->jurisdiction = store_col_text(s, 3);
  a->calendar = store_col_text(s, 4);
  a->cutoff = store_col_text(s, 5);
  a->contact = store_col_text(s, 6);
  a->created_at = store_col_text(s, 7);
  a->kind = store_col_text(s, 8);
  a->email = store_col_text(s, 9);
}

int store_agency_get(struct store *st, const char *code, struct agency *out)
{
  /* Codes match without regard to case; they are stored as typed. */
  return get_one(st, agency_cols, "WHERE code = :key COLLATE NOCASE", code, read_agency, out,
                 "reading agency");
}

int store_agency_update(struct store *st, const struct agency *a)
{
  static const char sql[] =
      "UPDATE agency SET name = :name, jurisdiction = :jur, calendar = :cal, cutoff = :cutoff, "
      "contact = :contact WHERE id = :id";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":name", a->name);
  store_bind_text(s, ":jur", a->jurisdiction);
  store_bind_text(s, ":cal", a->calendar);
  store_bind_text(s, ":cutoff", a->cutoff);
  store_bind_text(s, ":contact", a->contact);
  store_bind_int(s, ":id", a->id);
  return store_run(st, s, "changing agency");
}

int store_agency_event_add(struct store *st, int64_t agency_id, const char *field,
                           const char *old_value, const char *new_value, const char *note)
{
  static const char sql[] =
      "INSERT INTO agency_event(agency_id, at, field, old_value, new_value, note, by_user) "
      "VALUES (:id, :now, :field, :old, :new, :note, :by)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", agency_id);
  store_bind_text(s, ":now", st->now);
  store_bind_text(s, ":field", field);
  store_bind_text(s, ":old", old_value);
  store_bind_text(s, ":new", new_value);
  store_bind_text(s, ":note", note);
  store_bind_text(s, ":by", st->by);
  return store_run(st, s, "recording agency history");
}

static void read_agency_event(sqlite3_stmt *s, void *out)
{
  struct event_row *e = out;
  e->id = sqlite3_column_int64(s, 0);
  e->at = store_col_text(s, 1);
  e->field = store_col_text(s, 2);
  e->old_value = store_col_text(s, 3);
  e->new_value = store_col_text(s, 4);
  e->note = store_col_text(s, 5);
  e->by = store_col_text(s, 6);
  e->kind = xstrdup("agency");
}

int store_agency_events(struct store *st, int64_t agency_id, struct event_row **out, size_t *n)
{
  static const char sql[] = "SELECT id, at, field, old_value, new_value, note, by_user "
                            "FROM agency_event WHERE agency_id = :id ORDER BY id";
  return list_by_id(st, sql, agency_id, read_agency_event, sizeof **out, (void **)out, n,
                    "reading agency history");
}

int store_agency_list(struct store *st, struct agency **out, size_t *n)
{
  return list_all(st, agency_cols, "ORDER BY code", read_agency, sizeof **out, (void **)out, n,
                  "listing agencies");
}

int store_party_list(struct store *st, const char *kind, struct agency **out, size_t *n)
{
  static const char sql[] = "SELECT id, code, name, jurisdiction, calendar, cutoff, contact, "
                            "created_at, kind, email FROM agency WHERE kind = :kind ORDER BY code";
  sqlite3_stmt *s = store_static(st, sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  store_bind_text(s, ":kind", kind);
  return store_collect(st, s, read_agency, sizeof **out, (void **)out, n, "listing parties");
}

int store_person_find(struct store *st, const char *name, const char *email, struct agency *out)
{
  /* By email when one is given; else by name. Several people of one name
     (with different addresses) answer 2. */
  static const char by_email[] =
      "SELECT id, code, name, jurisdiction, calendar, cutoff, contact, created_at, kind, email "
      "FROM agency WHERE kind = 'person' AND lower(email) = lower(:email) ORDER BY id LIMIT 2";
  static const char by_name[] =
      "SELECT id, code, name, jurisdiction, calendar, cutoff, contact, created_at, kind, email "
      "FROM agency WHERE kind = 'person' AND lower(name) = lower(:name) "
      "AND (:email IS NULL OR email IS NULL) ORDER BY id LIMIT 2";
  int found = 1;
  for (int pass = email ? 0 : 1; pass < 2 && found == 1; pass++) {
    sqlite3_stmt *s = store_static(st, pass == 0 ? by_email : by_name);
    if (!s)
      return -1;
    if (pass == 0)
      store_bind_text(s, ":email", email);
    else {
      store_bind_text(s, ":name", name);
      store_bind_text(s, ":email", email);
    }
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
      read_agency(s, out);
      found = 0;
      rc = sqlite3_step(s);
      if (rc == SQLITE_ROW) {
        agency_release(out);
        found = 2;
      }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      if (found == 0)
        agency_release(out);
      store_finish(st, s);
      return db_error(st->db, "looking up a requester");
    }
    store_finish(st, s);
  }
  return found;
}

int store_person_add(struct store *st, const char *code, const char *name, const char *email)
{
  static const char sql[] = "INSERT INTO agency(code, name, kind, email, created_at) "
                            "VALUES (:code, :name, 'person', :email, :now)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":code", code);
  store_bind_text(s, ":name", name);
  store_bind_text(s, ":email", email);
  store_bind_text(s, ":now", st->now);
  return store_run(st, s, "adding a requester");
}

int store_person_set_email(struct store *st, int64_t id, const char *email)
{
  static const char sql[] =
      "UPDATE agency SET email = :email WHERE id = :id AND kind = 'person' AND email IS NULL";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":email", email);
  store_bind_int(s, ":id", id);
  return store_run(st, s, "recording a requester's email");
}

int store_code_taken(struct store *st, const char *code)
{
  static const char sql[] = "SELECT 1 FROM agency WHERE code = :code COLLATE NOCASE";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":code", code);
  int rc = sqlite3_step(s);
  store_finish(st, s);
  if (rc == SQLITE_ROW)
    return 1;
  return rc == SQLITE_DONE ? 0 : db_error(st->db, "checking a party code");
}

void store_agencies_free(struct agency *a, size_t n)
{
  for (size_t i = 0; i < n; i++)
    agency_release(&a[i]);
  free(a);
}

/* ---- references ------------------------------------------------------- */

char *store_ref_format(const char *prefix, int year, int n)
{
  return xasprintf("%s-%04d-%04d", prefix, year, n);
}

int store_next_ref(struct store *st, char **ref, const char *prefix, int year)
{
  static const char sql[] = "INSERT INTO ref_seq(prefix, year, last) VALUES (:prefix, :year, 1) "
                            "ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 "
                            "RETURNING last";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":prefix", prefix);
  store_bind_int(s, ":year", year);
  int ret = -1;
  if (sqlite3_step(s) == SQLITE_ROW) {
    *ref = store_ref_format(prefix, year, sqlite3_column_int(s, 0));
    ret = 0;
  } else {
    db_error(st->db, "numbering the reference");
  }
  store_finish(st, s);
  return ret;
}

int store_ref_seq_set(struct store *st, const char *prefix, int year, int last)
{
  static const char sql[] = "INSERT INTO ref_seq(prefix, year, last) VALUES (:prefix, :year, "
                            ":last) ON CONFLICT(prefix, year) DO UPDATE SET last = excluded.last";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":prefix", prefix);
  store_bind_int(s, ":year", year);
  store_bind_int(s, ":last", last);
  return store_run(st, s, "setting the reference counter");
}

/* ---- matters ---------------------------------------------------------- */

int store_matter_insert(struct store *st, struct matter *m)
{
  static const char sql[] =
      "INSERT INTO matter(uuid, ref, kind, court, from_agency, to_agency, tracking, subject, "
      "description, trigger_date, trigger_time, rule, days, due_stated, routed, compliance, due, "
      "status, clock, created_at, updated_at, ext_key) VALUES (:uuid, :ref, :kind, :court, :from, "
      ":to, :tracking, :subject, :description, :trigger, :time, :rule, :days, :due_stated, "
      ":routed, :compliance, :due, :status, :clock, :now, :now, :ext_key)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":uuid", m->uuid);
  store_bind_text(s, ":ref", m->ref);
  store_bind_text(s, ":kind", m->kind);
  store_bind_int(s, ":court", m->court);
  store_bind_int(s, ":from", m->from_id);
  store_bind_int(s, ":to", m->to_id);
  store_bind_text(s, ":tracking", m->tracking);
  store_bind_text(s, ":subject", m->subject);
  store_bind_text(s, ":description", m->description);
  store_bind_text(s, ":trigger", m->trigger_date);
  store_bind_text(s, ":time", m->trigger_time);
  store_bind_text(s, ":rule", m->rule);
  store_bind_opt_int(s, ":days", m->days);
  store_bind_text(s, ":due_stated", m->due_stated);
  store_bind_text(s, ":routed", m->routed);
  store_bind_text(s, ":compliance", m->compliance);
  store_bind_text(s, ":due", m->due);
  store_bind_text(s, ":status", m->status);
  store_bind_text(s, ":clock", m->clock ? m->clock : "running");
  store_bind_text(s, ":now", st->now);
  store_bind_text(s, ":ext_key", m->ext_key);
  if (store_run(st, s, "adding matter") != 0)
    return -1;
  m->id = sqlite3_last_insert_rowid(st->db->handle);
  return 0;
}

static const char matter_cols[] =
    "SELECT m.id, m.uuid, m.ref, m.kind, m.court, m.from_agency, fa.code, fa.name, m.to_agency, "
    "ta.code, ta.name, m.tracking, m.subject, m.description, m.trigger_date, m.trigger_time, "
    "m.rule, m.days, m.due_stated, m.routed, m.compliance, m.due, m.status, m.created_at, "
    "m.updated_at, m.clock, m.answered, m.clock_start, m.missed, m.voided, "
    /* parents, in reference order; the sort (a temporary b-tree, opened
       each time the subquery runs) only for the few matters that have any */
    "CASE WHEN EXISTS (SELECT 1 FROM matter_parent WHERE child_id = m.id) THEN (SELECT "
    "group_concat(ref, ',') "
    "FROM (SELECT p.ref FROM matter_parent mp "
    "JOIN matter p ON p.id = mp.parent_id WHERE mp.child_id = m.id ORDER BY p.ref)) END, "
    /* last: tags, space-separated (a tag holds no space) */
    "(SELECT group_concat(tag, ' ') FROM (SELECT t.tag FROM tag t WHERE t.matter_id = m.id "
    "ORDER BY t.tag)) "
    "FROM matter m JOIN agency fa ON fa.id = m.from_agency "
    "JOIN agency ta ON ta.id = m.to_agency ";

/* Split text at sep into a NULL-terminated array (NULL for NULL text). */
static char **split_list(const char *text, char sep)
{
  if (!text)
    return NULL;
  size_t n = 1;
  for (const char *c = text; *c; c++)
    n += *c == sep;
  char **v = xcalloc(n + 1, sizeof *v);
  size_t i = 0;
  for (const char *c = text;; i++) {
    const char *end = strchr(c, sep);
    v[i] = end ? xstrndup(c, (size_t)(end - c)) : xstrdup(c);
    if (!end)
      break;
    c = end + 1;
  }
  return v;
}

static void read_matter(sqlite3_stmt *s, struct matter *m)
{
  memset(m, 0, sizeof *m);
  m->id = sqlite3_column_int64(s, 0);
  m->uuid = store_col_text(s, 1);
  m->ref = store_col_text(s, 2);
  m->kind = store_col_text(s, 3);
  m->court = sqlite3_column_int(s, 4);
  m->from_id = sqlite3_column_int64(s, 5);
  m->from_code = store_col_text(s, 6);
  m->from_name = store_col_text(s, 7);
  m->to_id = sqlite3_column_int64(s, 8);
  m->to_code = store_col_text(s, 9);
  m->to_name = store_col_text(s, 10);
  m->tracking = store_col_text(s, 11);
  m->subject = store_col_text(s, 12);
  m->description = store_col_text(s, 13);
  m->trigger_date = store_col_text(s, 14);
  m->trigger_time = store_col_text(s, 15);
  m->rule = store_col_text(s, 16);
  m->days = store_col_opt_int(s, 17);
  m->due_stated = store_col_text(s, 18);
  m->routed = store_col_text(s, 19);
  m->compliance = store_col_text(s, 20);
  m->due = store_col_text(s, 21);
  m->status = store_col_text(s, 22);
  m->created_at = store_col_text(s, 23);
  m->updated_at = store_col_text(s, 24);
  m->clock = store_col_text(s, 25);
  m->answered = store_col_text(s, 26);
  m->clock_start = store_col_text(s, 27);
  m->missed = store_col_text(s, 28);
  m->voided = store_col_text(s, 29);
  const char *parents = (const char *)sqlite3_column_text(s, 30);
  if (parents) {
    size_t n = 1;
    for (const char *c = parents; *c; c++)
      n += *c == ',';
    m->parents = xcalloc(n + 1, sizeof *m->parents);
    size_t i = 0;
    for (const char *c = parents;; i++) {
      const char *comma = strchr(c, ',');
      m->parents[i] = comma ? xstrndup(c, (size_t)(comma - c)) : xstrdup(c);
      if (!comma)
        break;
      c = comma + 1;
    }
  }
  /* tags: always the last column of matter_cols */
  m->tags = split_list((const char *)sqlite3_column_text(s, sqlite3_column_count(s) - 1), ' ');
}

static int matter_get_where(struct store *st, const char *where, const char *name, const char *text,
                            int64_t id, struct matter *out)
{
  char sql[sizeof matter_cols + 64];
  size_t n = strlen(where);
  if (n >= 64)
    return error("internal: matter lookup clause too long");
  memcpy(sql, matter_cols, sizeof matter_cols - 1);
  memcpy(sql + sizeof matter_cols - 1, where, n + 1);
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  if (text)
    store_bind_text(s, name, text);
  else
    store_bind_int(s, name, id);
  int rc = sqlite3_step(s);
  int ret = 1;
  if (rc == SQLITE_ROW) {
    read_matter(s, out);
    ret = 0;
  } else if (rc != SQLITE_DONE) {
    ret = db_error(st->db, "reading matter");
  }
  store_finish(st, s);
  return ret;
}

char *store_ref_canonical(const char *ref)
{
  char *c = xstrdup(ref);
  for (char *p = c; *p; p++)
    if (*p >= 'a' && *p <= 'z')
      *p = (char)(*p - 'a' + 'A');
  return c;
}

int store_matter_get(struct store *st, const char *ref, struct matter *out)
{
  /* References are stored in upper case (migration 0007): the lookup is one
     probe of the unique index, whatever case the user typed. */
  char *canonical = store_ref_canonical(ref);
  int rc = matter_get_where(st, "WHERE m.ref = :ref", ":ref", canonical, 0, out);
  free(canonical);
  return rc;
}

int store_matter_get_id(struct store *st, int64_t id, struct matter *out)
{
  return matter_get_where(st, "WHERE m.id = :id", ":id", NULL, id, out);
}

/* ---- listings ---------------------------------------------------------

   A listing's WHERE clause holds only the filters given, each a fixed
   fragment chosen by which filters are set (never built from input; every
   value is bound), so the planner sees the real predicates and serves each
   from an index: matter_status_due (status), matter_clock_due (overdue, due
   within), matter_kind_due (kind), matter_from and matter_to (agency, as a
   multi-index OR), tag_tag (tag), the full-text index (search). Each
   combination is one cached statement. The rows are
   read one at a time and handed to the caller: nothing is held but the row
   being printed (SQLite orders them in its own bounded sorter). */

/* Overdue: the deadline still running and past (migrations/0005_lifecycle.sql;
   src/view.c's view_info says the same of one matter). */
#define OVERDUE_WHERE "m.clock = 'running' AND m.due < :today"
/* Due within N days: running and due by then; due --within adds the matters
   waiting on the requester. */
#define WITHIN_WHERE "m.clock = 'running' AND m.due <= date(:today, :within)"

static const struct {
  const char *sql; /* " AND ..." */
} list_where[] = {
    {" AND m.status = :status"},
    {" AND m.status IN (SELECT name FROM status WHERE open = 1)"},
    {" AND m.status IN (SELECT name FROM status WHERE open = 0)"},
    {" AND (m.from_agency = (SELECT id FROM agency WHERE code = :agency COLLATE NOCASE) "
     "OR m.to_agency = (SELECT id FROM agency WHERE code = :agency COLLATE NOCASE))"},
    {" AND m.kind = :kind"},
    {" AND " OVERDUE_WHERE},
    {" AND " WITHIN_WHERE},
    {" AND ((" WITHIN_WHERE ") OR m.clock = 'paused')"},
    {" AND m.clock = 'paused'"},
    {" AND m.trigger_date >= :from"},
    {" AND m.trigger_date <= :to"},
    {" AND m.voided IS NULL"},
    /* Tags (migrations/0013_records.sql): tag_tag finds the matters. */
    {" AND m.id IN (SELECT t.matter_id FROM tag t WHERE t.tag = :tag)"},
    /* Search: the full-text index drives the listing and ranks it (bm25). */
    {" AND matter_fts MATCH :match"},
};
enum {
  LW_STATUS,
  LW_OPEN,
  LW_CLOSED,
  LW_AGENCY,
  LW_KIND,
  LW_OVERDUE,
  LW_WITHIN,
  LW_WAITING,
  LW_PAUSED,
  LW_FROM,
  LW_TO,
  LW_LIVE,
  LW_TAG,
  LW_MATCH
};

/* The listing's SQL for f (caller frees with buf_release); count: the
   number of rows instead (the agencies are not joined: every matter has
   both, by foreign key). */
static const struct {
  const char *name, *sql;
} sorts[] = {
    {"due", " ORDER BY m.status IN (SELECT name FROM status WHERE open = 1) DESC, m.due IS NULL, "
            "m.due, m.ref"},
    {"ref", " ORDER BY m.ref"},
    {"received", " ORDER BY m.trigger_date, m.ref"},
    {"status", " ORDER BY (SELECT s.position FROM status s WHERE s.name = m.status), m.due IS "
               "NULL, m.due, m.ref"},
    {"kind", " ORDER BY m.kind, m.due IS NULL, m.due, m.ref"},
    {"from", " ORDER BY (SELECT a.code FROM agency a WHERE a.id = m.from_agency), m.ref"},
    {"to", " ORDER BY (SELECT a.code FROM agency a WHERE a.id = m.to_agency), m.ref"},
};

static const char *sort_order(const char *name)
{
  for (size_t i = 0; name && i < sizeof sorts / sizeof sorts[0]; i++)
    if (strcmp(sorts[i].name, name) == 0)
      return sorts[i].sql;
  return sorts[0].sql;
}

int store_sort_valid(const char *sort)
{
  for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
    if (strcmp(sorts[i].name, sort) == 0)
      return 1;
  return 0;
}

/* When a matter's open tolling began (the latest request not yet
   answered): the one definition, for the listings' rows and for
   store_toll_open. ID is the SQL of the matter's id. */
#define OPEN_TOLL_SENT(ID)                                                                         \
  "(SELECT max(t.sent) FROM toll t WHERE t.matter_id = " ID " AND t.replied IS NULL)"

/* The columns a listing's text needs (f->brief: the table of 'list', the
   agenda of 'due'), read by read_brief: no parents, tags, names or dates
   nothing prints, so each row costs its index entry and its matter row; a
   paused matter's wait began with its open tolling. */
static const char brief_cols[] =
    "SELECT m.id, m.ref, m.kind, m.court, fa.code, m.to_agency, ta.code, m.trigger_date, m.rule, "
    "m.due, m.status, m.clock, m.answered, m.subject, CASE WHEN m.clock = 'paused' THEN "
    /* since */ OPEN_TOLL_SENT("m.id") /* (NULL unless paused) */
    " END FROM matter m JOIN agency fa ON fa.id = m.from_agency "
    "JOIN agency ta ON ta.id = m.to_agency ";

/* The text of column i, borrowed from the statement: valid until its next
   step (a brief row's strings are never copied, nor freed). */
static char *col_borrow(sqlite3_stmt *s, int i)
{
  return (char *)sqlite3_column_text(s, i);
}

static void read_brief(sqlite3_stmt *s, struct matter *m)
{
  memset(m, 0, sizeof *m);
  m->id = sqlite3_column_int64(s, 0);
  m->ref = col_borrow(s, 1);
  m->kind = col_borrow(s, 2);
  m->court = sqlite3_column_int(s, 3);
  m->from_code = col_borrow(s, 4);
  m->to_id = sqlite3_column_int64(s, 5);
  m->to_code = col_borrow(s, 6);
  m->trigger_date = col_borrow(s, 7);
  m->rule = col_borrow(s, 8);
  m->due = col_borrow(s, 9);
  m->status = col_borrow(s, 10);
  m->clock = col_borrow(s, 11);
  m->answered = col_borrow(s, 12);
  m->subject = col_borrow(s, 13);
  m->since_known = 1;
  m->since = col_borrow(s, 14);
  m->days = -1;
}

/* due's agenda in the default order: (running and due by then) OR paused
   would be one statement whose OR SQLite serves by collecting the rowids
   of both index ranges first (a MULTI-INDEX OR, memory growing with the
   matters); it is run as two statements instead, the running ones
   (matter_clock_due, clock = 'running' AND due <= ?) and the paused ones
   (clock = 'paused'), each in the listing's order, merged by
   store_matter_each on the same keys. Parts: 2 for those, 1 otherwise. */
static int list_parts(const struct matter_filter *f)
{
  return f->waiting && f->due_within >= 0 && !f->match &&
                 (!f->sort || strcmp(f->sort, sorts[0].name) == 0)
             ? 2
             : 1;
}

int store_matter_list_parts(const struct matter_filter *f)
{
  return list_parts(f);
}

/* part: 0 the whole, or of a split listing (list_parts) 1 the running, 2
   the paused ones. */
static void list_sql(struct buf *sql, const struct matter_filter *f, int count, int part)
{
  buf_adds(sql, count ? "SELECT count(*) FROM matter m " : f->brief ? brief_cols : matter_cols);
  if (f->match)
    buf_adds(sql, "JOIN matter_fts ON matter_fts.rowid = m.id ");
  buf_adds(sql, "WHERE 1");
  if (!f->all)
    buf_adds(sql, list_where[LW_LIVE].sql);
  if (f->tag)
    buf_adds(sql, list_where[LW_TAG].sql);
  if (f->match)
    buf_adds(sql, list_where[LW_MATCH].sql);
  if (f->status)
    buf_adds(sql, list_where[LW_STATUS].sql);
  if (f->open_only)
    buf_adds(sql, list_where[f->open_only > 0 ? LW_OPEN : LW_CLOSED].sql);
  if (f->agency)
    buf_adds(sql, list_where[LW_AGENCY].sql);
  if (f->kind)
    buf_adds(sql, list_where[LW_KIND].sql);
  if (f->overdue)
    buf_adds(sql, list_where[LW_OVERDUE].sql);
  if (f->due_within >= 0) {
    int w = f->waiting ? LW_WAITING : LW_WITHIN;
    if (part)
      w = part == 1 ? LW_WITHIN : LW_PAUSED;
    buf_adds(sql, list_where[w].sql);
  }
  if (f->from)
    buf_adds(sql, list_where[LW_FROM].sql);
  if (f->to)
    buf_adds(sql, list_where[LW_TO].sql);
  /* Open matters first, soonest due first; closed ones after; or the order
     --sort names (one fixed fragment each: no SQL from input). */
  if (!count)
    buf_adds(sql, f->match && !f->sort ? " ORDER BY matter_fts.rank, m.ref" : sort_order(f->sort));
  if (f->limit > 0 && !count)
    buf_adds(sql, " LIMIT :limit");
}

char *store_matter_list_sql(const struct matter_filter *f, int count, int part)
{
  struct buf sql = BUF_INIT;
  list_sql(&sql, f, count, list_parts(f) == 2 ? part + 1 : 0);
  return buf_detach(&sql, NULL);
}

/* Prepare the listing (or its count) for f with every value bound; part as
   list_sql's. */
static sqlite3_stmt *list_prepare(struct store *st, const struct matter_filter *f, int count,
                                  int part)
{
  struct buf sql = BUF_INIT;
  list_sql(&sql, f, count, part);
  sqlite3_stmt *s = store_static(st, buf_str(&sql));
  buf_release(&sql);
  if (!s)
    return NULL;
  if (f->status)
    store_bind_text(s, ":status", f->status);
  if (f->agency)
    store_bind_text(s, ":agency", f->agency);
  if (f->kind)
    store_bind_text(s, ":kind", f->kind);
  if (f->overdue || (f->due_within >= 0 && part != 2))
    store_bind_text(s, ":today", st->today);
  if (f->due_within >= 0 && part != 2) {
    char within[32];
    snprintf(within, sizeof within, "+%d days", f->due_within);
    store_bind_text(s, ":within", within);
  }
  if (f->from)
    store_bind_text(s, ":from", f->from);
  if (f->to)
    store_bind_text(s, ":to", f->to);
  if (f->tag)
    store_bind_text(s, ":tag", f->tag);
  if (f->match)
    store_bind_text(s, ":match", f->match);
  if (f->limit > 0 && !count)
    store_bind_int(s, ":limit", f->limit);
  return s;
}

/* Report a listing's failed step: a search the full-text index cannot parse
   is the user's to fix (a usage error), anything else a database error. */
static int list_error(struct store *st, const struct matter_filter *f)
{
  const char *msg = sqlite3_errmsg(st->db->handle);
  if (f->match && strncmp(msg, "fts5:", 5) == 0)
    return usage_error("cannot search for '%s': %s", f->match, msg);
  return db_error(st->db, "listing matters");
}

int store_matter_count(struct store *st, const struct matter_filter *f, int64_t *n)
{
  int parts = list_parts(f);
  *n = 0;
  /* A split listing's parts are disjoint (one clock each): their sum. */
  for (int part = parts == 2 ? 1 : 0; part <= (parts == 2 ? 2 : 0); part++) {
    sqlite3_stmt *s = list_prepare(st, f, 1, part);
    if (!s)
      return -1;
    int rc = sqlite3_step(s);
    *n += rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    if (rc != SQLITE_ROW) {
      rc = list_error(st, f);
      store_finish(st, s);
      return rc;
    }
    store_finish(st, s);
  }
  if (f->limit > 0 && *n > f->limit)
    *n = f->limit;
  return 0;
}

/* Does the row s stands on come before t's in the default order (open ones
   first, then by due date, no due date last, then by reference; BINARY text
   as SQLite compares)? ref, due, status: the columns'. */
static int list_before(sqlite3_stmt *s, sqlite3_stmt *t, int ref, int due, int status)
{
  int os = status_is_open((const char *)sqlite3_column_text(s, status));
  int ot = status_is_open((const char *)sqlite3_column_text(t, status));
  if (os != ot)
    return os > ot;
  const char *ds = (const char *)sqlite3_column_text(s, due);
  const char *dt = (const char *)sqlite3_column_text(t, due);
  if (!ds != !dt)
    return dt == NULL;
  int c = ds ? strcmp(ds, dt) : 0;
  if (c)
    return c < 0;
  return strcmp((const char *)sqlite3_column_text(s, ref),
                (const char *)sqlite3_column_text(t, ref)) < 0;
}

int store_matter_each(struct store *st, const struct matter_filter *f, store_matter_fn fn,
                      void *ctx)
{
  /* A split listing (list_parts): the running part in s, the paused one in
     p, each stepped when its row is handed out. */
  int split = list_parts(f) == 2;
  sqlite3_stmt *s = list_prepare(st, f, 0, split ? 1 : 0), *p = NULL;
  if (!s)
    return -1;
  if (split && !(p = list_prepare(st, f, 0, 2))) {
    store_finish(st, s);
    return -1;
  }
  int ref = f->brief ? 1 : 2, due = f->brief ? 9 : 21, status = f->brief ? 10 : 22;
  int rc = sqlite3_step(s), rp = p ? sqlite3_step(p) : SQLITE_DONE, ret = 0;
  int64_t handed = 0;
  for (;;) {
    if (rp != SQLITE_ROW && rp != SQLITE_DONE) {
      rc = rp; /* the paused part's error */
      break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      break;
    if (rc != SQLITE_ROW && rp != SQLITE_ROW)
      break;
    if (split && f->limit > 0 && handed == f->limit) {
      rc = SQLITE_DONE; /* each part stops at the limit; the two at theirs */
      break;
    }
    int from_p = rp == SQLITE_ROW && (rc != SQLITE_ROW || list_before(p, s, ref, due, status));
    sqlite3_stmt *cur = from_p ? p : s;
    struct matter m;
    if (f->brief) {
      read_brief(cur, &m); /* borrowed strings: nothing to release */
      ret = fn(ctx, &m);
    } else {
      read_matter(cur, &m);
      ret = fn(ctx, &m);
      matter_release(&m);
    }
    if (ret != 0)
      break;
    handed++;
    if (from_p)
      rp = sqlite3_step(p);
    else
      rc = sqlite3_step(s);
  }
  if (ret == 0 && rc != SQLITE_DONE)
    ret = list_error(st, f);
  if (p)
    store_finish(st, p);
  store_finish(st, s);
  return ret;
}

struct collect_matters {
  struct matter *m;
  size_t n, cap;
};

static int collect_matter(void *ctx, struct matter *m)
{
  struct collect_matters *c = ctx;
  GROW(c->m, c->n, c->cap);
  c->m[c->n++] = *m; /* its strings are ours now */
  memset(m, 0, sizeof *m);
  return 0;
}

int store_matter_list(struct store *st, const struct matter_filter *f, struct matter **out,
                      size_t *n)
{
  struct collect_matters c = {NULL, 0, 0};
  struct matter_filter whole = *f;
  whole.brief = 0; /* collect_matter keeps the strings: they must be the row's own */
  int rc = store_matter_each(st, &whole, collect_matter, &c);
  *out = c.m;
  *n = c.n;
  return rc;
}

int store_search_query(const char *text, char **out)
{
  struct buf q = BUF_INIT;
  const char *p = text ? text : "";
  *out = NULL;
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
      p++;
    if (!*p)
      break;
    const char *end = p;
    while (*end && *end != ' ' && *end != '\t' && *end != '\n' && *end != '\r')
      end++;
    size_t len = (size_t)(end - p);
    int prefix = p[len - 1] == '*';
    if (prefix)
      len--;
    if (len == 0 || memchr(p, '*', len)) {
      buf_release(&q);
      return usage_error("invalid search word '%.*s': '*' ends a prefix, as in rezon*",
                         (int)(end - p), p);
    }
    /* Each word is an FTS5 string: "..." with " doubled; a prefix keeps its
       '*' outside the quotes. Words are ANDed. */
    if (q.len)
      buf_adds(&q, " ");
    buf_adds(&q, "\"");
    for (size_t i = 0; i < len; i++) {
      if (p[i] == '"')
        buf_adds(&q, "\"");
      buf_add(&q, p + i, 1);
    }
    buf_adds(&q, prefix ? "\"*" : "\"");
    p = end;
  }
  if (!q.len)
    return usage_error("give the words to search for, e.g. 'pubrec search rezon* denver'");
  *out = xstrdup(buf_str(&q));
  buf_release(&q);
  return 0;
}

void store_matters_free(struct matter *m, size_t n)
{
  for (size_t i = 0; i < n; i++)
    matter_release(&m[i]);
  free(m);
}

int store_matter_set_status(struct store *st, int64_t id, const char *status)
{
  static const char sql[] = "UPDATE matter SET status = :status, updated_at = :now WHERE id = :id";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":status", status);
  store_bind_text(s, ":now", st->now);
  store_bind_int(s, ":id", id);
  return store_run(st, s, "changing status");
}

int store_matter_set_due(struct store *st, int64_t id, const char *due)
{
  static const char sql[] = "UPDATE matter SET due = :due, updated_at = :now WHERE id = :id";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":due", due);
  store_bind_text(s, ":now", st->now);
  store_bind_int(s, ":id", id);
  return store_run(st, s, "changing due date");
}

int store_matter_set_clock(struct store *st, int64_t id, const char *clock, const char *answered)
{
  static const char sql[] =
      "UPDATE matter SET clock = :clock, answered = :answered, updated_at = :now WHERE id = :id";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":clock", clock);
  store_bind_text(s, ":answered", answered);
  store_bind_text(s, ":now", st->now);
  store_bind_int(s, ":id", id);
  return store_run(st, s, "changing the clock");
}

int store_matter_set_text(struct store *st, int64_t id, enum matter_field field, const char *value)
{
  /* One statement per column: a column name is never built from input. */
  static const char *const sql[] = {
      [MF_SUBJECT] = "UPDATE matter SET subject = :v, updated_at = :now WHERE id = :id",
      [MF_TRACKING] = "UPDATE matter SET tracking = :v, updated_at = :now WHERE id = :id",
      [MF_DESCRIPTION] = "UPDATE matter SET description = :v, updated_at = :now WHERE id = :id",
      [MF_TRIGGER_DATE] = "UPDATE matter SET trigger_date = :v, updated_at = :now WHERE id = :id",
      [MF_TRIGGER_TIME] = "UPDATE matter SET trigger_time = :v, updated_at = :now WHERE id = :id",
      [MF_RULE] = "UPDATE matter SET rule = :v, updated_at = :now WHERE id = :id",
      [MF_DUE_STATED] = "UPDATE matter SET due_stated = :v, updated_at = :now WHERE id = :id",
      [MF_CLOCK_START] = "UPDATE matter SET clock_start = :v, updated_at = :now WHERE id = :id",
      [MF_MISSED] = "UPDATE matter SET missed = :v, updated_at = :now WHERE id = :id",
      [MF_VOIDED] = "UPDATE matter SET voided = :v, updated_at = :now WHERE id = :id",
      [MF_FROM] =
          "UPDATE matter SET from_agency = CAST(:v AS INTEGER), updated_at = :now WHERE id = :id",
      [MF_TO] =
          "UPDATE matter SET to_agency = CAST(:v AS INTEGER), updated_at = :now WHERE id = :id",
      [MF_DAYS] = "UPDATE matter SET days = CAST(:v AS INTEGER), updated_at = :now WHERE id = :id",
  };
  if ((size_t)field >= sizeof sql / sizeof sql[0] || !sql[field])
    die("BUG: no statement for matter field %d", (int)field);
  sqlite3_stmt *s = store_static(st, sql[field]);
  if (!s)
    return -1;
  store_bind_text(s, ":v", value);
  store_bind_text(s, ":now", st->now);
  store_bind_int(s, ":id", id);
  return store_run(st, s, "changing a matter");
}

/* ---- tags ------------------------------------------------------------- */

int store_tag_has(struct store *st, int64_t matter_id, const char *tag)
{
  static const char sql[] = "SELECT 1 FROM tag WHERE matter_id = :id AND tag = :tag";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":tag", tag);
  int rc = sqlite3_step(s);
  store_finish(st, s);
  if (rc == SQLITE_ROW)
    return 1;
  return rc == SQLITE_DONE ? 0 : db_error(st->db, "reading tags");
}

int store_tag_set(struct store *st, int64_t matter_id, const char *tag, int on)
{
  static const char add[] = "INSERT INTO tag(matter_id, tag) VALUES (:id, :tag)";
  static const char del[] = "DELETE FROM tag WHERE matter_id = :id AND tag = :tag";
  sqlite3_stmt *s = store_static(st, on ? add : del);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":tag", tag);
  return store_run(st, s, on ? "adding a tag" : "removing a tag");
}

int store_parent_add(struct store *st, int64_t child, int64_t parent)
{
  static const char sql[] =
      "INSERT OR IGNORE INTO matter_parent(child_id, parent_id) VALUES (:child, :parent)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":child", child);
  store_bind_int(s, ":parent", parent);
  return store_run(st, s, "linking parent matter");
}

int store_children(struct store *st, int64_t id, char ***refs)
{
  static const char sql[] = "SELECT c.ref FROM matter_parent mp JOIN matter c ON c.id = "
                            "mp.child_id WHERE mp.parent_id = :id ORDER BY c.ref";
  sqlite3_stmt *s = store_static(st, sql);
  *refs = NULL;
  if (!s)
    return -1;
  store_bind_int(s, ":id", id);
  size_t n = 0, cap = 0;
  char **v = NULL;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    GROW(v, n + 1, cap);
    v[n++] = store_col_text(s, 0);
  }
  store_finish(st, s);
  if (v)
    v[n] = NULL;
  *refs = v;
  return rc == SQLITE_DONE ? 0 : db_error(st->db, "reading child matters");
}

/* Every tag in use, sorted (for shell completion). NULL-terminated; strv_free. */
int store_tag_list(struct store *st, char ***tags)
{
  static const char sql[] = "SELECT DISTINCT tag FROM tag ORDER BY tag";
  sqlite3_stmt *s = store_static(st, sql);
  *tags = NULL;
  if (!s)
    return -1;
  size_t n = 0, cap = 0;
  char **v = NULL;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    GROW(v, n + 2, cap);
    v[n++] = store_col_text(s, 0);
    v[n] = NULL;
  }
  store_finish(st, s);
  *tags = v;
  return rc == SQLITE_DONE ? 0 : db_error(st->db, "listing tags");
}

/* ---- deadlines -------------------------------------------------------- */

static void read_deadline(sqlite3_stmt *s, void *out)
{
  struct deadline_row *d = out;
  d->kind = store_col_text(s, 0);
  d->due = store_col_text(s, 1);
  d->due_time = store_col_text(s, 2);
  d->rule = store_col_text(s, 3);
  d->basis = store_col_text(s, 4);
}

int store_deadlines_get(struct store *st, int64_t matter_id, struct deadline_row **out, size_t *n)
{
  static const char sql[] =
      "SELECT kind, due, due_time, rule, basis FROM deadline WHERE matter_id = :id "
      "ORDER BY due, CASE kind WHEN 'acknowledgement' THEN 0 WHEN 'objection' THEN 1 "
      "WHEN 'response' THEN 2 WHEN 'extended' THEN 3 ELSE 4 END";
  return list_by_id(st, sql, matter_id, read_deadline, sizeof **out, (void **)out, n,
                    "reading deadlines");
}

void store_deadlines_free(struct deadline_row *d, size_t n)
{
  for (size_t i = 0; i < n; i++)
    deadline_row_release(&d[i]);
  free(d);
}

int store_deadlines_set(struct store *st, int64_t matter_id, const struct deadline_row *rows,
                        size_t n)
{
  static const char del[] = "DELETE FROM deadline WHERE matter_id = :id";
  static const char ins[] = "INSERT INTO deadline(matter_id, kind, due, due_time, rule, basis) "
                            "VALUES (:id, :kind, :due, :time, :rule, :basis)";
  sqlite3_stmt *s = store_static(st, del);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  if (store_run(st, s, "replacing deadlines") != 0)
    return -1;
  for (size_t i = 0; i < n; i++) {
    s = store_static(st, ins);
    if (!s)
      return -1;
    store_bind_int(s, ":id", matter_id);
    store_bind_text(s, ":kind", rows[i].kind);
    store_bind_text(s, ":due", rows[i].due);
    store_bind_text(s, ":time", rows[i].due_time);
    store_bind_text(s, ":rule", rows[i].rule);
    store_bind_text(s, ":basis", rows[i].basis);
    if (store_run(st, s, "storing a deadline") != 0)
      return -1;
  }
  return 0;
}

/* ---- history ---------------------------------------------------------- */

int store_event_add(struct store *st, int64_t matter_id, const char *on_date, const char *kind,
                    const char *field, const char *old_value, const char *new_value,
                    const char *note)
{
  /* Each row is chained to the one before it by its SHA-256 (store_chain.c). */
  return store_chain_append(st, matter_id, on_date, kind, field, old_value, new_value, note);
}

void store_read_event(sqlite3_stmt *s, void *out)
{
  struct event_row *e = out;
  e->id = sqlite3_column_int64(s, 0);
  e->ref = store_col_text(s, 1);
  e->at = store_col_text(s, 2);
  e->on_date = store_col_text(s, 3);
  e->kind = store_col_text(s, 4);
  e->field = store_col_text(s, 5);
  e->old_value = store_col_text(s, 6);
  e->new_value = store_col_text(s, 7);
  e->note = store_col_text(s, 8);
  e->by = store_col_text(s, 9);
}

int store_events(struct store *st, int64_t matter_id, struct event_row **out, size_t *n)
{
  static const char sql[] =
      "SELECT e.id, m.ref, e.at, e.on_date, e.kind, e.field, e.old_value, e.new_value, e.note, "
      "e.by_user FROM event e JOIN matter m ON m.id = e.matter_id WHERE e.matter_id = :id "
      "ORDER BY e.id";
  return list_by_id(st, sql, matter_id, store_read_event, sizeof **out, (void **)out, n,
                    "reading history");
}

int store_events_recent(struct store *st, int limit, struct event_row **out, size_t *n)
{
  static const char sql[] =
      "SELECT e.id, m.ref, e.at, e.on_date, e.kind, e.field, e.old_value, e.new_value, e.note, "
      "e.by_user FROM event e JOIN matter m ON m.id = e.matter_id ORDER BY e.id DESC LIMIT :id";
  return list_by_id(st, sql, limit, store_read_event, sizeof **out, (void **)out, n,
                    "reading history");
}

void store_events_free(struct event_row *e, size_t n)
{
  for (size_t i = 0; i < n; i++)
    event_row_release(&e[i]);
  free(e);
}

int store_due_moves(struct store *st, int64_t matter_id, const char *kind)
{
  static const char sql[] = "SELECT count(*) FROM event WHERE matter_id = :id AND kind = 'due' "
                            "AND field = :field AND old_value IS NOT NULL";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  char field[64];
  snprintf(field, sizeof field, "due:%s", kind);
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":field", field);
  int n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
  store_finish(st, s);
  return n;
}

/* ---- responses -------------------------------------------------------- */

int store_response_add(struct store *st, int64_t matter_id, const char *kind, const char *on_date,
                       int pages, const char *note)
{
  static const char sql[] =
      "INSERT INTO response(matter_id, kind, on_date, pages, note, by_user, created_at) "
      "VALUES (:id, :kind, :on, :pages, :note, :by, :now)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":kind", kind);
  store_bind_text(s, ":on", on_date);
  store_bind_opt_int(s, ":pages", pages);
  store_bind_text(s, ":note", note);
  store_bind_text(s, ":by", st->by);
  store_bind_text(s, ":now", st->now);
  return store_run(st, s, "recording response");
}

int store_response_retract(struct store *st, int64_t response_id, const char *on, const char *note)
{
  static const char sql[] =
      "UPDATE response SET retracted = :on, retract_note = :note WHERE id = :id";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":on", on);
  store_bind_text(s, ":note", note);
  store_bind_int(s, ":id", response_id);
  return store_run(st, s, "retracting a response");
}

static void read_response(sqlite3_stmt *s, void *out)
{
  struct response_row *r = out;
  r->id = sqlite3_column_int64(s, 0);
  r->kind = store_col_text(s, 1);
  r->on_date = store_col_text(s, 2);
  r->pages = store_col_opt_int(s, 3);
  r->note = store_col_text(s, 4);
  r->by = store_col_text(s, 5);
  r->created_at = store_col_text(s, 6);
  r->retracted = store_col_text(s, 7);
  r->retract_note = store_col_text(s, 8);
}

int store_responses(struct store *st, int64_t matter_id, struct response_row **out, size_t *n)
{
  static const char sql[] =
      "SELECT id, kind, on_date, pages, note, by_user, created_at, retracted, retract_note "
      "FROM response WHERE matter_id = :id ORDER BY on_date, id";
  return list_by_id(st, sql, matter_id, read_response, sizeof **out, (void **)out, n,
                    "reading responses");
}

void store_responses_free(struct response_row *r, size_t n)
{
  for (size_t i = 0; i < n; i++)
    response_row_release(&r[i]);
  free(r);
}

/* ---- rules ------------------------------------------------------------ */

static const char rule_cols[] =
    "SELECT code, name, jurisdiction, unit, count, ext_days, max_ext, calendar, roll, cutoff, "
    "routing_days, earlier_of, citation, note, builtin, ext_unit = 'calendar', source, status "
    "FROM rule ";

static void read_rule(sqlite3_stmt *s, void *out)
{
  struct rule_row *r = out;
  r->code = store_col_text(s, 0);
  r->name = store_col_text(s, 1);
  r->jurisdiction = store_col_text(s, 2);
  r->unit = store_col_text(s, 3);
  r->count = store_col_opt_int(s, 4);
  r->ext_days = store_col_opt_int(s, 5);
  r->max_ext = sqlite3_column_int(s, 6);
  r->calendar = store_col_text(s, 7);
  r->roll = store_col_text(s, 8);
  r->cutoff = store_col_text(s, 9);
  r->routing_days = sqlite3_column_int(s, 10);
  r->earlier_of = sqlite3_column_int(s, 11);
  r->citation = store_col_text(s, 12);
  r->note = store_col_text(s, 13);
  r->builtin = sqlite3_column_int(s, 14);
  r->ext_unit = sqlite3_column_int(s, 15);
  r->source = store_col_text(s, 16);
  r->status = store_col_text(s, 17);
  r->version_from = NULL;
}

int store_rule_get(struct store *st, const char *code, struct rule_row *out)
{
  return get_one(st, rule_cols, "WHERE code = :key", code, read_rule, out, "reading rule");
}

int store_rule_list(struct store *st, struct rule_row **out, size_t *n)
{
  return list_all(st, rule_cols, "ORDER BY code", read_rule, sizeof **out, (void **)out, n,
                  "listing rules");
}

/* Replace *dst by a copy of column i (NULL stays NULL). */
static void set_col(char **dst, sqlite3_stmt *s, int i)
{
  free(*dst);
  *dst = store_col_text(s, i);
}

int store_rule_version_span(struct store *st, const char *code, char **first, char **last)
{
  static const char span_sql[] =
      "SELECT min(effective_from), max(effective_from) FROM rule_version WHERE code = :code";
  *first = *last = NULL;
  sqlite3_stmt *s = store_static(st, span_sql);
  if (!s)
    return -1;
  store_bind_text(s, ":code", code);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    *first = store_col_text(s, 0);
    *last = store_col_text(s, 1);
  } else if (rc != SQLITE_DONE)
    rc = db_error(st->db, "reading rule versions");
  store_finish(st, s);
  return rc < 0 ? -1 : 0;
}

int store_rule_get_at(struct store *st, const char *code, const char *date, struct rule_row *out)
{
  int rc = store_rule_get(st, code, out);
  if (rc != 0 || !date)
    return rc;
  sqlite3_stmt *s;
  char *first = NULL, *last = NULL;
  if (store_rule_version_span(st, code, &first, &last) != 0)
    goto fail;
  if (!first) { /* no versions: the row is the rule (a user's rule) */
    free(last);
    return 0;
  }
  if (strcmp(date, first) < 0) {
    error("rule '%s' has no version in force on %s: pubrec records it from %s and does not "
          "guess the law before that (see 'pubrec rules show %s'; give --days with no rule)",
          code, date, first, code);
    free(first);
    free(last);
    goto fail;
  }
  free(first);
  if (strcmp(date, last) >= 0) { /* the latest version is the row ('rule set' edits it) */
    out->version_from = last;
    return 0;
  }
  free(last);
  static const char sql[] =
      "SELECT effective_from, unit, count, ext_unit, ext_days, max_ext, roll, citation, source, "
      "status, note FROM rule_version WHERE code = :code AND effective_from <= :date "
      "ORDER BY effective_from DESC LIMIT 1";
  if (!(s = store_static(st, sql)))
    goto fail;
  store_bind_text(s, ":code", code);
  store_bind_text(s, ":date", date);
  if (sqlite3_step(s) != SQLITE_ROW) {
    db_error(st->db, "reading rule version");
    store_finish(st, s);
    goto fail;
  }
  set_col(&out->version_from, s, 0);
  set_col(&out->unit, s, 1);
  out->count = store_col_opt_int(s, 2);
  const unsigned char *unit = sqlite3_column_text(s, 3);
  out->ext_unit =
      unit && strcmp((const char *)unit, "calendar") == 0 ? RULE_EXT_CALENDAR : RULE_EXT_WORKING;
  out->ext_days = store_col_opt_int(s, 4); /* -1: NULL, no statutory cap (0006) */
  out->max_ext = sqlite3_column_int(s, 5);
  set_col(&out->roll, s, 6);
  set_col(&out->citation, s, 7);
  set_col(&out->source, s, 8);
  set_col(&out->status, s, 9);
  set_col(&out->note, s, 10);
  store_finish(st, s);
  return 0;
fail:
  rule_row_release(out);
  return -1;
}

int store_rule_list_jurisdiction(struct store *st, const char *jurisdiction, struct rule_row **out,
                                 size_t *n)
{
  /* Its own rules and those of the jurisdictions it is part of (us-co-denver: us-co),
     but not the federal 'us' (federal rules bind federal agencies). */
  char *sql = xasprintf("%sWHERE jurisdiction = :j OR (jurisdiction <> 'us' AND "
                        "substr(:j, 1, length(jurisdiction) + 1) = jurisdiction || '-') "
                        "ORDER BY code",
                        rule_cols);
  sqlite3_stmt *s = store_static(st, sql);
  free(sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  store_bind_text(s, ":j", jurisdiction);
  return store_collect(st, s, read_rule, sizeof **out, (void **)out, n, "listing rules");
}

static void read_rule_version(sqlite3_stmt *s, void *out)
{
  struct rule_version_row *v = out;
  v->effective_from = store_col_text(s, 0);
  v->unit = store_col_text(s, 1);
  v->count = store_col_opt_int(s, 2);
  v->ext_unit = store_col_text(s, 3);
  v->ext_days = store_col_opt_int(s, 4);
  v->max_ext = sqlite3_column_int(s, 5);
  v->roll = store_col_text(s, 6);
  v->citation = store_col_text(s, 7);
  v->source = store_col_text(s, 8);
  v->status = store_col_text(s, 9);
  v->note = store_col_text(s, 10);
}

int store_rule_versions(struct store *st, const char *code, struct rule_version_row **out,
                        size_t *n)
{
  static const char sql[] =
      "SELECT effective_from, unit, count, ext_unit, ext_days, max_ext, roll, citation, source, "
      "status, note FROM rule_version WHERE code = :code ORDER BY effective_from";
  sqlite3_stmt *s = store_static(st, sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  store_bind_text(s, ":code", code);
  return store_collect(st, s, read_rule_version, sizeof **out, (void **)out, n,
                       "reading rule versions");
}

void store_rule_versions_free(struct rule_version_row *v, size_t n)
{
  for (size_t i = 0; i < n; i++)
    rule_version_row_release(&v[i]);
  free(v);
}

/* ---- jurisdictions ---------------------------------------------------- */

static const char jurisdiction_cols[] =
    "SELECT code, name, rule, calendar, builtin FROM jurisdiction ";

static void read_jurisdiction(sqlite3_stmt *s, void *out)
{
  struct jurisdiction_row *j = out;
  j->code = store_col_text(s, 0);
  j->name = store_col_text(s, 1);
  j->rule = store_col_text(s, 2);
  j->calendar = store_col_text(s, 3);
  j->builtin = sqlite3_column_int(s, 4);
}

int store_jurisdiction_get(struct store *st, const char *code, struct jurisdiction_row *out)
{
  return get_one(st, jurisdiction_cols, "WHERE code = :key", code, read_jurisdiction, out,
                 "reading jurisdiction");
}

int store_jurisdiction_list(struct store *st, struct jurisdiction_row **out, size_t *n)
{
  return list_all(st, jurisdiction_cols, "ORDER BY code", read_jurisdiction, sizeof **out,
                  (void **)out, n, "listing jurisdictions");
}

void store_jurisdictions_free(struct jurisdiction_row *j, size_t n)
{
  for (size_t i = 0; i < n; i++)
    jurisdiction_row_release(&j[i]);
  free(j);
}

/* Bind every field of a rule to the parameters of an INSERT or UPDATE. */
static void bind_rule(sqlite3_stmt *s, const struct rule_row *r)
{
  store_bind_text(s, ":code", r->code);
  store_bind_text(s, ":name", r->name);
  store_bind_text(s, ":jur", r->jurisdiction);
  store_bind_text(s, ":unit", r->unit);
  store_bind_opt_int(s, ":count", r->count);
  store_bind_opt_int(s, ":ext", r->ext_days);
  store_bind_text(s, ":ext_unit", r->ext_unit == 1 ? "calendar" : "working");
  store_bind_int(s, ":max_ext", r->max_ext);
  store_bind_text(s, ":cal", r->calendar);
  store_bind_text(s, ":roll", r->roll);
  store_bind_text(s, ":cutoff", r->cutoff);
  store_bind_int(s, ":routing", r->routing_days);
  store_bind_int(s, ":earlier", r->earlier_of);
  store_bind_text(s, ":citation", r->citation);
  store_bind_text(s, ":note", r->note);
}

int store_rule_add(struct store *st, const struct rule_row *r)
{
  static const char sql[] =
      "INSERT INTO rule(code, name, jurisdiction, unit, count, ext_days, max_ext, ext_unit, "
      "calendar, roll, cutoff, routing_days, earlier_of, citation, note, builtin) VALUES (:code, "
      ":name, :jur, :unit, :count, :ext, :max_ext, :ext_unit, :cal, :roll, :cutoff, :routing, "
      ":earlier, :citation, :note, 0)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  bind_rule(s, r);
  int rc = sqlite3_step(s);
  store_finish(st, s);
  if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    return error("rule '%s' already exists (see 'pubrec rules show %s')", r->code, r->code);
  if (rc != SQLITE_DONE)
    return db_error(st->db, "adding rule");
  return 0;
}

int store_rule_update(struct store *st, const struct rule_row *r)
{
  static const char sql[] =
      "UPDATE rule SET name = :name, jurisdiction = :jur, unit = :unit, count = :count, "
      "ext_days = :ext, max_ext = :max_ext, ext_unit = :ext_unit, calendar = :cal, roll = :roll, "
      "cutoff = :cutoff, routing_days = :routing, earlier_of = :earlier, citation = :citation, "
      "note = :note, status = 'unverified' WHERE code = :code"; /* pubrec did not check it */
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  bind_rule(s, r);
  return store_run(st, s, "changing rule");
}

void store_rules_free(struct rule_row *r, size_t n)
{
  for (size_t i = 0; i < n; i++)
    rule_row_release(&r[i]);
  free(r);
}

/* ---- extensions and tolling ------------------------------------------- */

int store_extension_add(struct store *st, int64_t matter_id, int days, const char *on_date,
                        const char *note, int late)
{
  static const char sql[] =
      "INSERT INTO extension(matter_id, days, on_date, note, created_at, late) "
      "VALUES (:id, :days, :on, :note, :now, :late)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_int(s, ":days", days);
  store_bind_text(s, ":on", on_date);
  store_bind_text(s, ":note", note);
  store_bind_text(s, ":now", st->now);
  store_bind_int(s, ":late", late);
  return store_run(st, s, "recording extension");
}

int store_extension_total(struct store *st, int64_t matter_id, const char *since, int *days,
                          int *count)
{
  static const char sql[] = "SELECT coalesce(sum(days), 0), count(*) FROM extension "
                            "WHERE matter_id = :id AND on_date >= coalesce(:since, '')";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":since", since);
  int ret = -1;
  if (sqlite3_step(s) == SQLITE_ROW) {
    *days = sqlite3_column_int(s, 0);
    *count = sqlite3_column_int(s, 1);
    ret = 0;
  } else {
    db_error(st->db, "reading extensions");
  }
  store_finish(st, s);
  return ret;
}

int store_toll_add(struct store *st, int64_t matter_id, const char *sent, const char *note)
{
  static const char sql[] = "INSERT INTO toll(matter_id, sent, note) VALUES (:id, :sent, :note)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":sent", sent);
  store_bind_text(s, ":note", note);
  return store_run(st, s, "recording tolling");
}

int store_toll_resume(struct store *st, int64_t matter_id, const char *replied)
{
  static const char sql[] =
      "UPDATE toll SET replied = :replied WHERE matter_id = :id AND replied IS NULL";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":replied", replied);
  return store_run(st, s, "recording resumption");
}

int store_toll_open(struct store *st, int64_t matter_id, char **sent)
{
  static const char sql[] = "SELECT " OPEN_TOLL_SENT(":id");
  sqlite3_stmt *s = store_static(st, sql);
  *sent = NULL;
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *sent = store_col_text(s, 0);
  store_finish(st, s);
  return rc == SQLITE_ROW ? 0 : db_error(st->db, "reading tolling");
}

static void read_toll(sqlite3_stmt *s, void *out)
{
  struct toll_row *t = out;
  t->sent = store_col_text(s, 0);
  t->replied = store_col_text(s, 1);
}

int store_tolls(struct store *st, int64_t matter_id, const char *since, struct toll_row **out,
                size_t *n)
{
  static const char sql[] = "SELECT sent, replied FROM toll WHERE matter_id = :id "
                            "AND sent >= coalesce(:since, '') ORDER BY sent, id";
  sqlite3_stmt *s = store_static(st, sql);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  store_bind_int(s, ":id", matter_id);
  store_bind_text(s, ":since", since);
  return store_collect(st, s, read_toll, sizeof **out, (void **)out, n, "reading tolling");
}

void store_tolls_free(struct toll_row *t, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free(t[i].sent);
    free(t[i].replied);
  }
  free(t);
}

/* ---- calendars -------------------------------------------------------- */

int store_calendar_exists(struct store *st, const char *code)
{
  static const char sql[] = "SELECT 1 FROM calendar WHERE code = :code";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":code", code);
  int found = sqlite3_step(s) == SQLITE_ROW;
  store_finish(st, s);
  return found;
}

static void read_calendar(sqlite3_stmt *s, void *out)
{
  struct calendar_row *c = out;
  c->code = store_col_text(s, 0);
  c->name = store_col_text(s, 1);
  c->citation = store_col_text(s, 2);
  c->builtin = sqlite3_column_int(s, 3);
  c->includes = store_col_text(s, 4);
}

int store_calendar_list(struct store *st, struct calendar_row **out, size_t *n)
{
  static const char cols[] =
      "SELECT c.code, c.name, c.citation, c.builtin, (SELECT group_concat(includes, ',') FROM "
      "(SELECT includes FROM calendar_include i WHERE i.calendar = c.code ORDER BY includes)) "
      "FROM calendar c ";
  return list_all(st, cols, "ORDER BY c.code", read_calendar, sizeof **out, (void **)out, n,
                  "listing calendars");
}

void store_calendars_free(struct calendar_row *c, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free(c[i].code);
    free(c[i].name);
    free(c[i].citation);
    free(c[i].includes);
  }
  free(c);
}

int store_calendar_add(struct store *st, const char *code, const char *name, const char *citation,
                       const char *const *includes)
{
  static const char sql[] =
      "INSERT INTO calendar(code, name, citation, builtin) VALUES (:code, :name, :citation, 0)";
  static const char inc[] = "INSERT INTO calendar_include(calendar, includes) VALUES (:code, :inc)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":code", code);
  store_bind_text(s, ":name", name);
  store_bind_text(s, ":citation", citation);
  int rc = sqlite3_step(s);
  store_finish(st, s);
  if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    return error("calendar '%s' already exists", code);
  if (rc != SQLITE_DONE)
    return db_error(st->db, "adding calendar");
  for (; includes && *includes; includes++) {
    if (store_calendar_exists(st, *includes) != 1)
      return error("unknown calendar '%s' (see 'pubrec calendar list')", *includes);
    s = store_static(st, inc);
    if (!s)
      return -1;
    store_bind_text(s, ":code", code);
    store_bind_text(s, ":inc", *includes);
    if (store_run(st, s, "including calendar") != 0)
      return -1;
  }
  return 0;
}

int store_holiday_add(struct store *st, const char *calendar, const struct hol_rule *r,
                      const char *citation)
{
  static const char sql[] =
      "INSERT INTO holiday_rule(calendar, name, kind, month, day, weekday, nth, observe, "
      "first_year, last_year, every, year_offset, citation, day_offset) VALUES (:cal, :name, "
      ":kind, "
      ":month, :day, :weekday, :nth, :observe, :first, :last, :every, :offset, :citation, :shift)";
  static const char *const kinds[] = {"fixed", "nth", "last", "easter"};
  static const char *const observes[] = {"none", "sat-fri-sun-mon", "sun-mon", "sun-mon-sat-none",
                                         "sat-mon-sun-mon"};
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":cal", calendar);
  store_bind_text(s, ":name", r->name);
  store_bind_text(s, ":kind", kinds[r->kind]);
  store_bind_opt_int(s, ":month", r->kind == HOL_EASTER ? -1 : r->month);
  store_bind_opt_int(s, ":day", r->kind == HOL_FIXED ? r->day : -1);
  store_bind_opt_int(s, ":weekday", r->kind == HOL_NTH || r->kind == HOL_LAST ? r->weekday : -1);
  store_bind_opt_int(s, ":nth", r->kind == HOL_NTH ? r->nth : -1);
  store_bind_text(s, ":observe", observes[r->observe]);
  store_bind_opt_int(s, ":first", r->first_year ? r->first_year : -1);
  store_bind_opt_int(s, ":last", r->last_year ? r->last_year : -1);
  store_bind_int(s, ":every", r->every > 1 ? r->every : 1);
  store_bind_int(s, ":offset", r->offset);
  store_bind_text(s, ":citation", citation);
  store_bind_int(s, ":shift", r->shift);
  return store_run(st, s, "adding holiday");
}

int store_closure_add(struct store *st, const char *calendar, int64_t agency_id, const char *day,
                      const char *note)
{
  static const char sql[] =
      "INSERT INTO closure(calendar, agency_id, day, note) SELECT :cal, :agency, :day, :note "
      "WHERE NOT EXISTS (SELECT 1 FROM closure WHERE calendar IS :cal AND agency_id IS :agency "
      "AND day = :day)";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_text(s, ":cal", calendar);
  int i = sqlite3_bind_parameter_index(s, ":agency");
  if (agency_id > 0)
    sqlite3_bind_int64(s, i, agency_id);
  else
    sqlite3_bind_null(s, i);
  store_bind_text(s, ":day", day);
  store_bind_text(s, ":note", note);
  if (store_run(st, s, "adding closure") != 0)
    return -1;
  return sqlite3_changes(st->db->handle) == 0 ? 1 : 0;
}

int store_agency_has_closures(struct store *st, int64_t agency_id)
{
  static const char sql[] = "SELECT 1 FROM closure WHERE agency_id = :id LIMIT 1";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  store_bind_int(s, ":id", agency_id);
  int rc = sqlite3_step(s);
  store_finish(st, s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error(st->db, "reading closures");
  return rc == SQLITE_ROW;
}

static int observe_code(const char *s)
{
  if (strcmp(s, "sat-fri-sun-mon") == 0)
    return HOL_OBS_SAT_FRI_SUN_MON;
  if (strcmp(s, "sun-mon") == 0)
    return HOL_OBS_SUN_MON;
  if (strcmp(s, "sat-mon-sun-mon") == 0)
    return HOL_OBS_SAT_MON_SUN_MON;
  if (strcmp(s, "sun-mon-sat-none") == 0)
    return HOL_OBS_SUN_MON_SAT_NONE;
  return HOL_OBS_NONE;
}

int store_calendar_load(struct store *st, const char *calendar, int64_t agency_id,
                        struct calendar_data *out)
{
  /* The calendar and everything it includes, transitively. */
  static const char rules_sql[] =
      "WITH RECURSIVE cals(code, depth) AS (SELECT :cal, 0 UNION SELECT i.includes, depth + 1 "
      "FROM calendar_include i JOIN cals ON i.calendar = cals.code WHERE depth < 16) "
      "SELECT h.name, h.kind, h.month, h.day, h.weekday, h.nth, h.observe, h.first_year, "
      "h.last_year, h.every, h.year_offset, h.day_offset FROM holiday_rule h JOIN (SELECT code, "
      "max(depth) AS "
      "depth FROM cals GROUP BY code) c ON h.calendar = c.code ORDER BY c.depth DESC, h.id";
  static const char closures_sql[] =
      "WITH RECURSIVE cals(code) AS (SELECT :cal UNION SELECT i.includes FROM calendar_include i "
      "JOIN cals ON i.calendar = cals.code) "
      "SELECT c.day, coalesce(c.note, 'closure') FROM closure c WHERE c.calendar IN (SELECT code "
      "FROM cals) OR c.agency_id = :agency ORDER BY c.day";
  memset(out, 0, sizeof *out);
  size_t nnames = 0, capnames = 0, cap = 0;
  sqlite3_stmt *s = store_static(st, rules_sql);
  if (!s)
    return -1;
  store_bind_text(s, ":cal", calendar);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    GROW(out->rules, out->nrules, cap);
    GROW(out->names, nnames + 1, capnames);
    out->names[nnames] = store_col_text(s, 0);
    struct hol_rule *r = &out->rules[out->nrules++];
    memset(r, 0, sizeof *r);
    r->name = out->names[nnames++];
    const char *kind = (const char *)sqlite3_column_text(s, 1);
    r->kind = strcmp(kind, "fixed") == 0    ? HOL_FIXED
              : strcmp(kind, "nth") == 0    ? HOL_NTH
              : strcmp(kind, "easter") == 0 ? HOL_EASTER
                                            : HOL_LAST;
    r->month = sqlite3_column_int(s, 2);
    r->day = sqlite3_column_int(s, 3);
    r->weekday = sqlite3_column_int(s, 4);
    r->nth = sqlite3_column_int(s, 5);
    r->observe = observe_code((const char *)sqlite3_column_text(s, 6));
    r->first_year = sqlite3_column_int(s, 7);
    r->last_year = sqlite3_column_int(s, 8);
    r->every = sqlite3_column_int(s, 9);
    r->offset = sqlite3_column_int(s, 10);
    r->shift = sqlite3_column_int(s, 11);
  }
  store_finish(st, s);
  if (rc != SQLITE_DONE)
    goto fail;
  s = store_static(st, closures_sql);
  if (!s)
    goto fail;
  store_bind_text(s, ":cal", calendar);
  store_bind_int(s, ":agency", agency_id);
  cap = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *day = (const char *)sqlite3_column_text(s, 0);
    dl_day parsed;
    if (!day || dl_parse_date(day, &parsed) != 0)
      continue;
    GROW(out->closures, out->nclosures, cap);
    GROW(out->names, nnames + 1, capnames);
    out->names[nnames] = xasprintf("closure: %s", (const char *)sqlite3_column_text(s, 1));
    struct hol_day *h = &out->closures[out->nclosures++];
    h->day = parsed;
    h->name = out->names[nnames++];
    h->actual = 1;
  }
  store_finish(st, s);
  if (out->names)
    out->names[nnames] = NULL;
  if (rc != SQLITE_DONE)
    goto fail;
  return 0;
fail:
  if (out->names)
    out->names[nnames] = NULL;
  calendar_data_release(out);
  return db_error(st->db, "loading calendar");
}

void calendar_data_release(struct calendar_data *c)
{
  free(c->rules);
  free(c->closures);
  strv_free(c->names);
  memset(c, 0, sizeof *c);
}

/* Read the ids s returns (column 0) into *ids; releases s. */
static int collect_ids(struct store *st, sqlite3_stmt *s, int64_t **ids, size_t *n)
{
  size_t cap = 0;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    GROW(*ids, *n, cap);
    (*ids)[(*n)++] = sqlite3_column_int64(s, 0);
  }
  store_finish(st, s);
  return rc == SQLITE_DONE ? 0 : db_error(st->db, "listing open matters");
}

int store_open_matter_ids(struct store *st, int64_t **ids, size_t *n)
{
  /* Matters whose deadline can still move: not answered and not closed. */
  static const char sql[] = "SELECT id FROM matter WHERE clock <> 'stopped' ORDER BY id";
  *ids = NULL;
  *n = 0;
  sqlite3_stmt *s = store_static(st, sql);
  return s ? collect_ids(st, s, ids, n) : -1;
}

int store_recompute_pending(struct store *st, char **reasons)
{
  static const char sql[] = "SELECT group_concat(reason, '; ') FROM "
                            "(SELECT reason FROM recompute_pending ORDER BY id)";
  *reasons = NULL;
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
    *reasons = xstrdup((const char *)sqlite3_column_text(s, 0));
  store_finish(st, s);
  return rc == SQLITE_ROW ? 0 : db_error(st->db, "reading the recomputations an upgrade asked for");
}

int store_recompute_done(struct store *st)
{
  static const char sql[] = "DELETE FROM recompute_pending";
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  store_finish(st, s);
  return rc == SQLITE_DONE ? 0
                           : db_error(st->db, "clearing the recomputations an upgrade asked for");
}

/* The calendars whose days include :cal's (itself, and every calendar that
   includes it, transitively). */
#define INCLUDING_CALS                                                                             \
  "WITH RECURSIVE cals(code) AS (SELECT :cal UNION SELECT i.calendar FROM calendar_include i "     \
  "JOIN cals ON i.includes = cals.code) "
/* A matter counts on its rule's calendar, else its receiving agency's, else
   the default: schedule_governing_calendar, in SQL. */
#define MATTER_ON_CALS                                                                             \
  "coalesce((SELECT r.calendar FROM rule r WHERE r.code = m.rule), a.calendar, :dflt) IN "         \
  "(SELECT code FROM cals)"

int store_affected_ids(struct store *st, const struct affected *f, int64_t **ids, size_t *n)
{
  /* The matters a change can move are those whose clock is not stopped
     (store_open_matter_ids), written as an IN list so that each clock is
     one range of an index. Under one rule: matter_rule (rule, clock). */
  static const char by_rule[] = "SELECT id FROM matter WHERE rule = :rule AND clock IN "
                                "('running', 'paused') ORDER BY id";
  /* On a calendar, any day (a holiday rule added): matter_clock_due. */
  static const char by_cal[] =
      INCLUDING_CALS "SELECT m.id FROM matter m JOIN agency a ON a.id = m.to_agency "
                     "WHERE m.clock IN ('running', 'paused') AND " MATTER_ON_CALS " ORDER BY m.id";
  /* On a calendar, counting across one day (a closure): dates only move
     later, and every date a matter's count passes lies between its trigger
     date and its due date, so a matter due before the day or triggered
     after it cannot move. A matter with no due date (tolled) is read too.
     Each half is a range of matter_clock_due. */
  static const char by_cal_day[] =
      INCLUDING_CALS "SELECT m.id FROM matter m JOIN agency a ON a.id = m.to_agency "
                     "WHERE m.clock IN ('running', 'paused') AND m.due >= :day AND m.trigger_date "
                     "<= :day AND " MATTER_ON_CALS " UNION ALL "
                     "SELECT m.id FROM matter m JOIN agency a ON a.id = m.to_agency "
                     "WHERE m.clock IN ('running', 'paused') AND m.due IS NULL AND m.trigger_date "
                     "<= :day AND " MATTER_ON_CALS " ORDER BY 1";
  /* One agency's closure: the matters it received, matter_to (to_agency,
     clock, due). */
  static const char by_agency_day[] =
      "SELECT id FROM matter WHERE to_agency = :agency AND clock IN ('running', 'paused') "
      "AND (due >= :day OR due IS NULL) AND trigger_date <= :day ORDER BY id";
  /* One agency's calendar or cutoff changed: every matter it received. */
  static const char by_agency[] =
      "SELECT id FROM matter WHERE to_agency = :agency AND clock IN ('running', 'paused') "
      "ORDER BY id";
  *ids = NULL;
  *n = 0;
  const char *sql = f->rule        ? by_rule
                    : f->agency_id ? (f->day ? by_agency_day : by_agency)
                    : f->day       ? by_cal_day
                                   : by_cal;
  sqlite3_stmt *s = store_static(st, sql);
  if (!s)
    return -1;
  if (f->rule) {
    store_bind_text(s, ":rule", f->rule);
  } else if (f->agency_id) {
    store_bind_int(s, ":agency", f->agency_id);
    if (f->day)
      store_bind_text(s, ":day", f->day);
  } else {
    store_bind_text(s, ":cal", f->calendar);
    store_bind_text(s, ":dflt", f->default_calendar);
    if (f->day)
      store_bind_text(s, ":day", f->day);
  }
  return collect_ids(st, s, ids, n);
}
