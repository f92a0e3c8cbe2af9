/*
** store_exchange.c — the SQL of `pubrec export`, `pubrec import` (JSON Lines)
** and `pubrec backup`.
**
** The export is generic over the tables: each table's columns are read from
** the schema (PRAGMA table_info), so a column added by a later migration
** (the history hash chain's event.hash and event.prev, for example) is
** exported and restored without a change here. The tables themselves are
** listed once, in `tables` below, parents before the rows that refer to
** them; an export of a schema holding a table not in the list is refused,
** since that table would be silently lost.
**
** Why the JSON Lines import bypasses the lifecycle layer (src/matter.c):
** an export is a record of facts already made — history rows with their
** ids, times and authors, deadlines as computed then, responses with their
** retraction marks. Replaying them through matter_create and friends would
** make NEW facts (new history rows stamped now, deadlines recomputed under
** today's rules) and the copy would no longer be the record it restores.
** So the import writes the rows exactly as exported, and the round trip
** export -> import into an empty database -> export is byte-identical.
** Spreadsheet imports (CSV), which do make new facts, go through the
** lifecycle layer instead.
**
** SQL text is built here from the schema's own table and column names (read
** from PRAGMA table_info, quoted as identifiers), never from the input: a
** key in the file that is not a column of its table is refused before any
** statement is made.
*/
#include "store_exchange.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "deadline.h"
#include "store_chain.h"
#include "store_internal.h"
#include "util.h"

/* Every exported table, parents first (the foreign keys point backwards).
   A table this schema lacks is skipped (history_head comes with the history
   hash chain's migration, 0011 on main). */
static const char *const tables[] = {"calendar",     "calendar_include",
                                     "holiday_rule", "jurisdiction",
                                     "rule",         "rule_version",
                                     "status",       "response_kind",
                                     "agency",       "agency_event",
                                     "closure",      "ref_seq",
                                     "matter",       "event",
                                     "history_head", "matter_parent",
                                     "deadline",     "response",
                                     "extension",    "toll",
                                     "tag",          NULL};

/* Tables that are no fact to carry: recompute_pending (0017) is work an
   upgrade left for the next command, done before any export reads; the
   pending calendar feed and its marks (0031) are derived from the exported
   tables, and the import rebuilds them (store_ics_feed_flush). */
static const char *const transient[] = {"recompute_pending", "ics_feed", "ics_feed_dirty", NULL};

/* Columns holding free text, never checked as dates. */
static const char *const free_text[] = {"subject",  "description",  "note",  "name",     "contact",
                                        "citation", "retract_note", "basis", "tracking", NULL};

#define MAX_PK 4
#define MAX_COLS 64

struct xcol {
  char *name;
  char *ident; /* the name quoted as an SQL identifier */
  char kind;   /* 'i' integer, 't' text, 'a' anything */
  int notnull, hasdflt, freetext;
};

struct xval { /* a remembered key value */
  int isnum;
  int64_t n;
  char *s;
};

struct xtab {
  const char *name;
  int ncol;
  struct xcol *col;
  int npk, pk[MAX_PK]; /* column indexes of the primary key, in key order */
  int owner;           /* column holding the matter's id (matter_id, child_id), or -1 */
  int is_matter;
  char *select_all; /* SELECT every column FROM t */
  char *order;      /* ORDER BY clause */
  sqlite3_stmt *ins, *get;
  uint64_t ins_mask;
  int have_last;
  long last_line;
  struct xval last[MAX_PK];
  uint64_t added, same, updated;
  uint64_t older; /* rows older than the database's version of them: already contained */
};

/* ---- table descriptions --------------------------------------------------- */

static char *quote_ident(const char *s)
{
  struct buf b = {0};
  buf_addc(&b, '"');
  for (; *s; s++) {
    if (*s == '"')
      buf_addc(&b, '"');
    buf_addc(&b, *s);
  }
  buf_addc(&b, '"');
  return buf_detach(&b, NULL);
}

static int is_free_text(const char *name)
{
  for (int i = 0; free_text[i]; i++)
    if (strcmp(free_text[i], name) == 0)
      return 1;
  return 0;
}

static void xtab_release(struct xtab *t)
{
  for (int i = 0; i < t->ncol; i++) {
    free(t->col[i].name);
    free(t->col[i].ident);
  }
  free(t->col);
  free(t->select_all);
  free(t->order);
  sqlite3_finalize(t->ins);
  sqlite3_finalize(t->get);
  for (int i = 0; i < MAX_PK; i++)
    free(t->last[i].s);
  memset(t, 0, sizeof *t);
}

/* Describe table name; 1 if the schema has no such table, -1 on error. */
static int xtab_load(struct store *st, const char *name, struct xtab *t)
{
  memset(t, 0, sizeof *t);
  t->name = name;
  t->owner = -1;
  t->is_matter = strcmp(name, "matter") == 0;
  sqlite3_stmt *s =
      store_prepare(st, "SELECT name, upper(type), \"notnull\", dflt_value IS NOT NULL, pk "
                        "FROM pragma_table_info(:t) ORDER BY cid");
  if (!s)
    return -1;
  store_bind_text(s, ":t", name);
  int cap = 0, rc;
  int pkpos[MAX_COLS];
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (t->ncol >= MAX_COLS) {
      sqlite3_finalize(s);
      xtab_release(t);
      return error("BUG: table %s has more than %d columns", name, MAX_COLS);
    }
    GROW(t->col, t->ncol, cap);
    struct xcol *c = &t->col[t->ncol];
    memset(c, 0, sizeof *c);
    c->name = xstrdup((const char *)sqlite3_column_text(s, 0));
    c->ident = quote_ident(c->name);
    const char *type = (const char *)sqlite3_column_text(s, 1);
    c->kind = type && strstr(type, "INT") ? 'i' : type && strstr(type, "TEXT") ? 't' : 'a';
    c->notnull = sqlite3_column_int(s, 2);
    c->hasdflt = sqlite3_column_int(s, 3);
    c->freetext = is_free_text(c->name);
    pkpos[t->ncol] = sqlite3_column_int(s, 4);
    if (strcmp(c->name, "matter_id") == 0 || strcmp(c->name, "child_id") == 0)
      t->owner = t->ncol;
    t->ncol++;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) {
    xtab_release(t);
    return db_error(st->db, "reading the schema");
  }
  if (t->ncol == 0) {
    xtab_release(t);
    return 1;
  }
  for (int k = 1; k <= MAX_PK; k++)
    for (int i = 0; i < t->ncol; i++)
      if (pkpos[i] == k)
        t->pk[t->npk++] = i;
  struct buf b = {0};
  buf_adds(&b, "SELECT ");
  for (int i = 0; i < t->ncol; i++)
    buf_addf(&b, "%s%s", i ? ", " : "", t->col[i].ident);
  char *qt = quote_ident(name);
  buf_addf(&b, " FROM %s", qt);
  free(qt);
  t->select_all = buf_detach(&b, NULL);
  if (t->npk == 0)
    buf_adds(&b, " ORDER BY rowid");
  for (int k = 0; k < t->npk; k++)
    buf_addf(&b, "%s%s", k ? ", " : " ORDER BY ", t->col[t->pk[k]].ident);
  t->order = buf_detach(&b, NULL);
  return 0;
}

/* Tables of the schema that the export does not know (virtual tables and
   their shadow tables aside): a new, NULL-terminated list, or NULL on error. */
static char **unlisted_tables(struct store *st)
{
  sqlite3_stmt *s = store_prepare(
      st, "SELECT t.name FROM sqlite_master t WHERE t.type = 'table' "
          "AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND t.sql NOT LIKE 'CREATE VIRTUAL%' "
          "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' "
          "AND v.sql LIKE 'CREATE VIRTUAL%' AND substr(t.name, 1, length(v.name) + 1) = v.name || "
          "'_') ORDER BY t.name");
  if (!s)
    return NULL;
  char **out = xcalloc(1, sizeof *out);
  size_t n = 0, cap = 1;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *name = (const char *)sqlite3_column_text(s, 0);
    int known = 0;
    for (int i = 0; tables[i]; i++)
      known |= strcmp(tables[i], name) == 0;
    for (int i = 0; transient[i]; i++)
      known |= strcmp(transient[i], name) == 0;
    if (known)
      continue;
    if (n + 1 >= cap) {
      cap *= 2;
      out = xrealloc(out, cap * sizeof *out);
    }
    out[n++] = xstrdup(name);
    out[n] = NULL;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) {
    strv_free(out);
    db_error(st->db, "reading the schema");
    return NULL;
  }
  return out;
}

/* ---- export ---------------------------------------------------------------- */

/* The WHERE clause restricting table t to the matters changed since ?1. */
static const char *since_clause(const struct xtab *t, struct buf *b)
{
  static const char changed[] = "(SELECT id FROM matter WHERE updated_at >= ?1 UNION "
                                "SELECT matter_id FROM event WHERE at >= ?1)";
  buf_reset(b);
  if (t->is_matter)
    buf_addf(b, " WHERE id IN %s", changed);
  else if (t->owner >= 0)
    buf_addf(b, " WHERE %s IN %s", t->col[t->owner].ident, changed);
  return buf_str(b);
}

static int write_value(FILE *out, sqlite3_stmt *s, int i)
{
  switch (sqlite3_column_type(s, i)) {
  case SQLITE_NULL:
    return fputs("null", out) == EOF ? -1 : 0;
  case SQLITE_INTEGER:
    return fprintf(out, "%" PRId64, (int64_t)sqlite3_column_int64(s, i)) < 0 ? -1 : 0;
  case SQLITE_FLOAT:
    return fprintf(out, "%.17g", sqlite3_column_double(s, i)) < 0 ? -1 : 0;
  case SQLITE_TEXT:
    return jv_write_string(out, (const char *)sqlite3_column_text(s, i),
                           (size_t)sqlite3_column_bytes(s, i));
  default: { /* BLOB: {"hex": "..."} */
    const unsigned char *p = sqlite3_column_blob(s, i);
    int n = sqlite3_column_bytes(s, i);
    if (fputs("{\"hex\":\"", out) == EOF)
      return -1;
    for (int k = 0; k < n; k++)
      if (fprintf(out, "%02x", p[k]) < 0)
        return -1;
    return fputs("\"}", out) == EOF ? -1 : 0;
  }
  }
}

/* One row as {"table":T,"row":{...}} and a newline. */
static int write_row(FILE *out, const struct xtab *t, sqlite3_stmt *s)
{
  if (fputs("{\"table\":", out) == EOF || jv_write_string(out, t->name, strlen(t->name)) ||
      fputs(",\"row\":{", out) == EOF)
    return -1;
  for (int i = 0; i < t->ncol; i++) {
    if ((i && putc_unlocked(',', out) == EOF) ||
        jv_write_string(out, t->col[i].name, strlen(t->col[i].name)) ||
        putc_unlocked(':', out) == EOF || write_value(out, s, i))
      return -1;
  }
  return fputs("}}\n", out) == EOF ? -1 : 0;
}

uint64_t store_export_count(struct store *st, const char *since)
{
  uint64_t total = 0;
  struct buf b = {0}, w = {0};
  for (int i = 0; tables[i]; i++) {
    struct xtab t;
    if (xtab_load(st, tables[i], &t) != 0)
      continue;
    char *qt = quote_ident(t.name);
    buf_reset(&b);
    buf_addf(&b, "SELECT count(*) FROM %s%s", qt, since ? since_clause(&t, &w) : "");
    free(qt);
    sqlite3_stmt *s = store_prepare(st, buf_str(&b));
    if (s) {
      if (since)
        sqlite3_bind_text(s, 1, since, -1, SQLITE_TRANSIENT);
      if (sqlite3_step(s) == SQLITE_ROW)
        total += (uint64_t)sqlite3_column_int64(s, 0);
      sqlite3_finalize(s);
    }
    xtab_release(&t);
  }
  buf_release(&b);
  buf_release(&w);
  return total;
}

int store_export_jsonl(struct store *st, FILE *out, const char *since, store_tick tick, void *arg)
{
  char **extra = unlisted_tables(st);
  if (!extra)
    return -1;
  if (extra[0]) {
    int rc = error("cannot export table '%s': the export does not know it and would lose it "
                   "(a bug: add it to the table list of src/store_exchange.c)",
                   extra[0]);
    strv_free(extra);
    return rc;
  }
  strv_free(extra);
  if (fprintf(out, "{\"format\":\"pubrec\",\"version\":%d,\"schema\":%d}\n", STORE_EXPORT_VERSION,
              db_user_version(st->db)) < 0)
    return error("cannot write the export: %s", strerror(errno));
  uint64_t rows = 0;
  int ret = 0;
  struct buf sql = {0}, w = {0};
  for (int i = 0; tables[i] && ret == 0; i++) {
    struct xtab t;
    int rc = xtab_load(st, tables[i], &t);
    if (rc == 1)
      continue;
    if (rc < 0)
      return -1;
    buf_reset(&sql);
    buf_addf(&sql, "%s%s%s", t.select_all, since ? since_clause(&t, &w) : "", t.order);
    sqlite3_stmt *s = store_prepare(st, buf_str(&sql));
    if (!s) {
      xtab_release(&t);
      ret = -1;
      break;
    }
    if (since)
      sqlite3_bind_text(s, 1, since, -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      if (write_row(out, &t, s) != 0) {
        ret = error("cannot write the export: %s", strerror(errno));
        break;
      }
      if (tick && (++rows & 0x3fff) == 0)
        tick(arg, rows);
    }
    if (ret == 0 && rc != SQLITE_DONE)
      ret = db_error(st->db, "reading the database");
    sqlite3_finalize(s);
    xtab_release(&t);
  }
  buf_release(&sql);
  buf_release(&w);
  if (tick && ret == 0)
    tick(arg, rows);
  return ret;
}

/* ---- import ---------------------------------------------------------------- */

/* A set of matter ids (open addressing): the existing matters this import
   brings a newer version of, whose deadlines and tags it replaces. */
struct idset {
  int64_t *slot; /* 0 = empty (ids start at 1) */
  size_t cap, n;
};

static size_t idset_pos(const struct idset *s, int64_t id)
{
  size_t h = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15ull) & (s->cap - 1);
  while (s->slot[h] && s->slot[h] != id)
    h = (h + 1) & (s->cap - 1);
  return h;
}

static int idset_has(const struct idset *s, int64_t id)
{
  return s->cap && s->slot[idset_pos(s, id)] == id;
}

static void idset_add(struct idset *s, int64_t id)
{
  if ((s->n + 1) * 2 > s->cap) {
    struct idset g = {xcalloc(s->cap ? s->cap * 2 : 64, sizeof(int64_t)), s->cap ? s->cap * 2 : 64,
                      0};
    for (size_t i = 0; i < s->cap; i++)
      if (s->slot[i])
        g.slot[idset_pos(&g, s->slot[i])] = s->slot[i], g.n++;
    free(s->slot);
    *s = g;
  }
  size_t p = idset_pos(s, id);
  if (!s->slot[p])
    s->slot[p] = id, s->n++;
}

/* A row of a reference table (agency, rule, calendar, ...) that exists with
   other content: whether the file's version is newer, older or divergent is
   known only once the history rows after it in the file have been read, so
   it waits for store_import_finish. Few: a database has few such rows. */
struct pending {
  struct xtab *t;
  long line;
  char *row;                 /* the file's row, as JSON */
  char *stored;              /* the database's, as an export line */
  int64_t agency_id;         /* an agency: its own history decides; 0 otherwise */
  int64_t ev_before;         /* its history rows in the database before the import */
  int64_t ev_same, ev_added; /* its history rows in the file: already there, new */
};

struct store_import {
  struct store *st;
  const char *label;
  struct xtab tab[sizeof tables / sizeof tables[0]];
  int ntab;
  int64_t max_matter;   /* the largest matter id before the import */
  int64_t hist_before;  /* history rows (event, agency_event) before the import */
  int64_t max_event;    /* the last history row before the import */
  struct idset renewed; /* matters the file brings newer versions of */
  struct idset stale;   /* matters the database holds newer versions of */
  struct pending *pend;
  size_t npend;
  sqlite3_stmt *status_known, *del_deadlines, *del_tags;
};

int store_import_open(struct store *st, const char *label, struct store_import **out)
{
  struct store_import *im = xcalloc(1, sizeof *im);
  im->st = st;
  im->label = label;
  for (int i = 0; tables[i]; i++) {
    int rc = xtab_load(st, tables[i], &im->tab[im->ntab]);
    if (rc < 0) {
      store_import_close(im);
      return -1;
    }
    if (rc == 0)
      im->ntab++;
  }
  /* A bigger page cache (32 MB) for this connection: fewer pages spill to
     the write-ahead log before the commit. 48 MB took a 1,000,000-matter
     import to 69 MB of peak memory, over the 64 MB it must stay under. */
  sqlite3_exec(st->db->handle, "PRAGMA cache_size = -32768", NULL, NULL, NULL);
  sqlite3_stmt *s = store_prepare(st, "SELECT coalesce(max(id), 0) FROM matter");
  if (!s || sqlite3_step(s) != SQLITE_ROW) {
    sqlite3_finalize(s);
    store_import_close(im);
    return db_error(st->db, "reading the matters");
  }
  im->max_matter = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  s = store_prepare(st,
                    "SELECT (SELECT count(*) FROM event) + (SELECT count(*) FROM agency_event), "
                    "(SELECT coalesce(max(id), 0) FROM event)");
  if (!s || sqlite3_step(s) != SQLITE_ROW) {
    sqlite3_finalize(s);
    store_import_close(im);
    return db_error(st->db, "reading the history");
  }
  im->hist_before = sqlite3_column_int64(s, 0);
  im->max_event = sqlite3_column_int64(s, 1);
  sqlite3_finalize(s);
  im->status_known = store_prepare(st, "SELECT 1 FROM status WHERE name = ?1");
  im->del_deadlines = store_prepare(st, "DELETE FROM deadline WHERE matter_id = ?1");
  im->del_tags = store_prepare(st, "DELETE FROM tag WHERE matter_id = ?1");
  if (!im->status_known || !im->del_deadlines || !im->del_tags) {
    store_import_close(im);
    return -1;
  }
  *out = im;
  return 0;
}

int store_import_check_chain(struct store_import *im, struct verify_result *r)
{
  return store_chain_verify_after(im->st, im->max_event, r);
}

void store_import_close(struct store_import *im)
{
  if (!im)
    return;
  for (int i = 0; i < im->ntab; i++)
    xtab_release(&im->tab[i]);
  sqlite3_finalize(im->status_known);
  sqlite3_finalize(im->del_deadlines);
  sqlite3_finalize(im->del_tags);
  free(im->renewed.slot);
  free(im->stale.slot);
  for (size_t i = 0; i < im->npend; i++) {
    free(im->pend[i].row);
    free(im->pend[i].stored);
  }
  free(im->pend);
  free(im);
}

void store_import_counts(const struct store_import *im, struct store_import_tally *n)
{
  memset(n, 0, sizeof *n);
  for (int i = 0; i < im->ntab; i++) {
    n->added += im->tab[i].added;
    n->same += im->tab[i].same;
    n->updated += im->tab[i].updated;
    n->older += im->tab[i].older;
  }
}

int store_import_table(const struct store_import *im, size_t i, const char **name,
                       struct store_import_tally *n)
{
  if (i >= (size_t)im->ntab)
    return 0;
  *name = im->tab[i].name;
  n->added = im->tab[i].added;
  n->same = im->tab[i].same;
  n->updated = im->tab[i].updated;
  n->older = im->tab[i].older;
  return 1;
}

#define IMPORT_ERR(im, line, ...) import_error((im), (line), __VA_ARGS__)

__attribute__((format(printf, 3, 4))) static int import_error(struct store_import *im, long line,
                                                              const char *fmt, ...)
{
  struct buf b = {0};
  va_list ap;
  va_start(ap, fmt);
  buf_vaddf(&b, fmt, ap);
  va_end(ap);
  int rc = error("%s line %ld: %s", im->label, line, buf_str(&b));
  buf_release(&b);
  return rc;
}

int store_import_header(struct store_import *im, long line, const struct jv *obj)
{
  const struct jv *f = jv_get(obj, "format"), *v = jv_get(obj, "version"),
                  *sc = jv_get(obj, "schema");
  if (!f || !jv_as_str(f) || strcmp(jv_as_str(f), "pubrec") != 0)
    return IMPORT_ERR(im, line,
                      "not a pubrec export: the first line must be a header "
                      "{\"format\":\"pubrec\",\"version\":%d,...}",
                      STORE_EXPORT_VERSION);
  if (!v || !jv_is_int(v) || jv_as_int(v) != STORE_EXPORT_VERSION)
    return IMPORT_ERR(im, line, "version: expected %d (this pubrec reads export version %d)",
                      STORE_EXPORT_VERSION, STORE_EXPORT_VERSION);
  if (!sc || !jv_is_int(sc))
    return IMPORT_ERR(im, line, "schema: expected an integer (the schema version)");
  int have = db_user_version(im->st->db);
  if (jv_as_int(sc) > have)
    return IMPORT_ERR(im, line,
                      "the export comes from schema version %" PRId64
                      ", newer than this database's %d: upgrade pubrec first",
                      jv_as_int(sc), have);
  return 0;
}

static struct xtab *find_tab(struct store_import *im, const char *name)
{
  for (int i = 0; i < im->ntab; i++)
    if (strcmp(im->tab[i].name, name) == 0)
      return &im->tab[i];
  return NULL;
}

static const char *kind_word(char k)
{
  return k == 'i' ? "an integer" : k == 't' ? "a string" : "a number, a string or null";
}

/* A string that looks like a date (YYYY-MM-DD, alone or starting a
   timestamp) must be a real one. */
static int bad_date(const char *s)
{
  size_t n = strlen(s);
  if (n < 10 || (n > 10 && s[10] != 'T'))
    return 0;
  for (int i = 0; i < 10; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
      return 0;
  char d[11];
  memcpy(d, s, 10);
  d[10] = 0;
  dl_day day;
  return dl_parse_date(d, &day) != 0;
}

static int bind_value(sqlite3_stmt *s, int pos, const struct jv *v)
{
  if (jv_is_null(v))
    return sqlite3_bind_null(s, pos);
  if (jv_is_int(v))
    return sqlite3_bind_int64(s, pos, jv_as_int(v));
  if (jv_is_real(v))
    return sqlite3_bind_double(s, pos, jv_as_real(v));
  if (jv_is_str(v))
    return sqlite3_bind_text(s, pos, jv_as_str(v), -1, SQLITE_STATIC);
  /* {"hex": "..."}: checked by check_row */
  const char *h = jv_as_str(jv_get(v, "hex"));
  size_t n = strlen(h) / 2;
  unsigned char *p = xmalloc(n ? n : 1);
  for (size_t i = 0; i < n; i++) {
    unsigned x;
    sscanf(h + 2 * i, "%2x", &x);
    p[i] = (unsigned char)x;
  }
  return sqlite3_bind_blob(s, pos, p, (int)n, free);
}

static int is_hex_blob(const struct jv *v)
{
  const char *h = jv_is_object(v) ? jv_as_str(jv_get(v, "hex")) : NULL;
  if (!h || strlen(h) % 2)
    return 0;
  for (const char *p = h; *p; p++)
    if (!strchr("0123456789abcdefABCDEF", *p))
      return 0;
  return 1;
}

static int c_required(const struct xcol *c)
{
  return c->notnull && !c->hasdflt;
}

/* Map the row's members onto t's columns (vals[i] borrowed, NULL when
   absent) and check every value's type; 0 or -1 after a positioned error. */
static int check_row(struct store_import *im, long line, struct xtab *t, const struct jv *row,
                     const struct jv **vals, uint64_t *mask)
{
  *mask = 0;
  for (int i = 0; i < t->ncol; i++)
    vals[i] = NULL;
  int next = 0; /* an export lists the columns in order: try the next one first */
  for (void *it = jv_iter(row); it; it = jv_iter_next(row, it)) {
    const char *key = jv_iter_key(it);
    int ci = -1;
    if (next < t->ncol && strcmp(t->col[next].name, key) == 0)
      ci = next;
    for (int i = 0; i < t->ncol && ci < 0; i++)
      if (strcmp(t->col[i].name, key) == 0)
        ci = i;
    next = ci + 1;
    if (ci < 0)
      return IMPORT_ERR(im, line, "row.%s: table '%s' has no column '%s'", key, t->name, key);
    const struct jv *v = jv_iter_value(it);
    const struct xcol *c = &t->col[ci];
    int ok = jv_is_null(v) || (c->kind == 'i' && jv_is_int(v)) ||
             (c->kind == 't' && jv_is_str(v)) ||
             (c->kind == 'a' && (jv_is_int(v) || jv_is_real(v) || jv_is_str(v))) || is_hex_blob(v);
    if (!ok)
      return IMPORT_ERR(im, line, "row.%s: expected %s or null", key, kind_word(c->kind));
    if (jv_is_null(v) && c->notnull)
      return IMPORT_ERR(im, line, "row.%s: expected %s (table '%s' needs it), not null", key,
                        kind_word(c->kind), t->name);
    if (jv_is_str(v) && !c->freetext && bad_date(jv_as_str(v)))
      return IMPORT_ERR(im, line, "row.%s: '%s' is not a date that exists", key, jv_as_str(v));
    vals[ci] = v;
    *mask |= 1ull << ci;
  }
  for (int i = 0; i < t->ncol; i++)
    if (!vals[i] && c_required(&t->col[i]))
      return IMPORT_ERR(im, line, "row.%s: missing (table '%s' needs %s)", t->col[i].name, t->name,
                        kind_word(t->col[i].kind));
  for (int k = 0; k < t->npk; k++)
    if (!vals[t->pk[k]] || jv_is_null(vals[t->pk[k]]))
      return IMPORT_ERR(im, line, "row.%s: missing (the key of table '%s')", t->col[t->pk[k]].name,
                        t->name);
  if (t->is_matter) {
    for (int i = 0; i < t->ncol; i++)
      if (strcmp(t->col[i].name, "status") == 0 && vals[i]) {
        sqlite3_reset(im->status_known);
        sqlite3_bind_text(im->status_known, 1, jv_as_str(vals[i]), -1, SQLITE_STATIC);
        int rc = sqlite3_step(im->status_known);
        sqlite3_reset(im->status_known);
        if (rc != SQLITE_ROW)
          return IMPORT_ERR(im, line, "row.status: unknown status '%s' (see 'pubrec statuses')",
                            jv_as_str(vals[i]));
      }
  }
  return 0;
}

/* Compare the row's key with the table's previous one: each table's rows
   come in key order, once each, so a repeated key is found without memory. */
static int key_cmp(const struct xtab *t, const struct jv *const *vals)
{
  for (int k = 0; k < t->npk; k++) {
    const struct jv *v = vals[t->pk[k]];
    const struct xval *l = &t->last[k];
    int c;
    if (jv_is_int(v) && l->isnum)
      c = jv_as_int(v) < l->n ? -1 : jv_as_int(v) > l->n;
    else if (jv_is_str(v) && !l->isnum && l->s)
      c = strcmp(jv_as_str(v), l->s);
    else
      c = jv_is_int(v) ? -1 : 1; /* integers sort before text, as in SQLite */
    if (c)
      return c;
  }
  return 0;
}

static void key_remember(struct xtab *t, const struct jv *const *vals, long line)
{
  for (int k = 0; k < t->npk; k++) {
    const struct jv *v = vals[t->pk[k]];
    struct xval *l = &t->last[k];
    free(l->s);
    l->s = NULL;
    l->isnum = jv_is_int(v);
    l->n = l->isnum ? jv_as_int(v) : 0;
    if (!l->isnum)
      l->s = xstrdup(jv_as_str(v) ? jv_as_str(v) : "");
  }
  t->have_last = 1;
  t->last_line = line;
}

/* "id 5" or "matter_id 3, kind response": the row's key, for messages. */
static void key_words(const struct xtab *t, const struct jv *const *vals, struct buf *b)
{
  for (int k = 0; k < t->npk; k++) {
    const struct jv *v = vals[t->pk[k]];
    buf_addf(b, "%s%s ", k ? ", " : "", t->col[t->pk[k]].name);
    if (jv_is_int(v))
      buf_addf(b, "%" PRId64, jv_as_int(v));
    else
      buf_adds(b, jv_as_str(v) ? jv_as_str(v) : "?");
  }
}

static sqlite3_stmt *insert_stmt(struct store_import *im, struct xtab *t, uint64_t mask)
{
  if (t->ins && t->ins_mask == mask)
    return t->ins;
  sqlite3_finalize(t->ins);
  t->ins = NULL;
  struct buf b = {0};
  char *qt = quote_ident(t->name);
  buf_addf(&b, "INSERT INTO %s (", qt);
  free(qt);
  int n = 0;
  for (int i = 0; i < t->ncol; i++)
    if (mask & (1ull << i))
      buf_addf(&b, "%s%s", n++ ? ", " : "", t->col[i].ident);
  buf_adds(&b, ") VALUES (");
  for (int i = 0; i < n; i++)
    buf_addf(&b, "%s?%d", i ? ", " : "", i + 1);
  buf_adds(&b, ") ON CONFLICT DO NOTHING");
  t->ins = store_prepare(im->st, buf_str(&b));
  buf_release(&b);
  t->ins_mask = mask;
  return t->ins;
}

static sqlite3_stmt *get_stmt(struct store_import *im, struct xtab *t)
{
  if (t->get)
    return t->get;
  struct buf b = {0};
  buf_adds(&b, t->select_all);
  for (int k = 0; k < t->npk; k++)
    buf_addf(&b, "%s%s = ?%d", k ? " AND " : " WHERE ", t->col[t->pk[k]].ident, k + 1);
  t->get = store_prepare(im->st, buf_str(&b));
  buf_release(&b);
  return t->get;
}

static int bind_all(sqlite3_stmt *s, const struct xtab *t, const struct jv *const *vals,
                    uint64_t mask, int pos)
{
  for (int i = 0; i < t->ncol; i++)
    if (mask & (1ull << i))
      if (bind_value(s, pos++, vals[i]) != SQLITE_OK)
        return -1;
  return pos;
}

/* Does the stored row (s, from get_stmt) hold the file's values? */
static int same_row(sqlite3_stmt *s, const struct xtab *t, const struct jv *const *vals)
{
  for (int i = 0; i < t->ncol; i++) {
    const struct jv *v = vals[i];
    if (!v)
      continue;
    int type = sqlite3_column_type(s, i);
    if (jv_is_null(v)) {
      if (type != SQLITE_NULL)
        return 0;
    } else if (jv_is_int(v)) {
      if (type != SQLITE_INTEGER || sqlite3_column_int64(s, i) != jv_as_int(v))
        return 0;
    } else if (jv_is_real(v)) {
      if (type != SQLITE_FLOAT || sqlite3_column_double(s, i) != jv_as_real(v))
        return 0;
    } else if (jv_is_str(v)) {
      const char *a = jv_as_str(v);
      if (type != SQLITE_TEXT || (size_t)sqlite3_column_bytes(s, i) != strlen(a) ||
          memcmp(sqlite3_column_text(s, i), a, strlen(a)) != 0)
        return 0;
    } else {
      if (type != SQLITE_BLOB)
        return 0;
      const char *h = jv_as_str(jv_get(v, "hex"));
      int n = sqlite3_column_bytes(s, i);
      const unsigned char *p = sqlite3_column_blob(s, i);
      if ((size_t)n * 2 != strlen(h))
        return 0;
      for (int k = 0; k < n; k++) {
        unsigned x;
        sscanf(h + 2 * k, "%2x", &x);
        if (x != p[k])
          return 0;
      }
    }
  }
  return 1;
}

/* The stored row as the export writes it (for a conflict's message). */
static char *stored_json(sqlite3_stmt *s, const struct xtab *t)
{
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&text, &len);
  if (!m)
    die("out of memory");
  write_row(m, t, s);
  fclose(m);
  if (len && text[len - 1] == '\n')
    text[len - 1] = 0;
  return text;
}

static int64_t col_int(const struct xtab *t, const struct jv *const *vals, const char *name)
{
  for (int i = 0; i < t->ncol; i++)
    if (strcmp(t->col[i].name, name) == 0 && vals[i] && jv_is_int(vals[i]))
      return jv_as_int(vals[i]);
  return 0;
}

static const char *col_str(const struct xtab *t, const struct jv *const *vals, const char *name)
{
  for (int i = 0; i < t->ncol; i++)
    if (strcmp(t->col[i].name, name) == 0 && vals[i])
      return jv_as_str(vals[i]);
  return NULL;
}

static const char *stored_str(sqlite3_stmt *s, const struct xtab *t, const char *name)
{
  for (int i = 0; i < t->ncol; i++)
    if (strcmp(t->col[i].name, name) == 0)
      return (const char *)sqlite3_column_text(s, i);
  return NULL;
}

/* An existing matter this import brings newer rows for: its deadlines and
   tags are replaced by the file's (which lists all of them). */
static int renew(struct store_import *im, int64_t matter_id)
{
  if (matter_id > im->max_matter || idset_has(&im->renewed, matter_id))
    return 0;
  idset_add(&im->renewed, matter_id);
  sqlite3_stmt *d[2] = {im->del_deadlines, im->del_tags};
  for (int i = 0; i < 2; i++) {
    sqlite3_reset(d[i]);
    sqlite3_bind_int64(d[i], 1, matter_id);
    int rc = sqlite3_step(d[i]);
    sqlite3_reset(d[i]);
    if (rc != SQLITE_DONE)
      return db_error(im->st->db, "replacing a matter's deadlines");
  }
  return 0;
}

/* Replace the stored row with the file's version. */
static int update_row(struct store_import *im, long line, struct xtab *t,
                      const struct jv *const *vals, uint64_t mask)
{
  struct buf b = {0};
  char *qt = quote_ident(t->name);
  buf_addf(&b, "UPDATE %s SET ", qt);
  free(qt);
  int n = 0;
  for (int i = 0; i < t->ncol; i++)
    if (mask & (1ull << i))
      buf_addf(&b, "%s%s = ?%d", n ? ", " : "", t->col[i].ident, n + 1), n++;
  for (int k = 0; k < t->npk; k++)
    buf_addf(&b, "%s%s = ?%d", k ? " AND " : " WHERE ", t->col[t->pk[k]].ident, n + k + 1);
  sqlite3_stmt *s = store_prepare(im->st, buf_str(&b));
  buf_release(&b);
  if (!s)
    return -1;
  int pos = bind_all(s, t, vals, mask, 1);
  for (int k = 0; k < t->npk && pos > 0; k++)
    bind_value(s, pos++, vals[t->pk[k]]);
  int rc = sqlite3_step(s);
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return IMPORT_ERR(im, line, "table '%s': %s", t->name, sqlite3_errmsg(im->st->db->handle));
  t->updated++;
  return 0;
}

/* A reference row with other content: decided in store_import_finish. */
static int defer(struct store_import *im, long line, struct xtab *t, const struct jv *const *vals,
                 sqlite3_stmt *got, const struct jv *row)
{
  struct pending p;
  memset(&p, 0, sizeof p);
  p.t = t;
  p.line = line;
  p.stored = stored_json(got, t);
  sqlite3_reset(got);
  p.row = jv_dumps(row);
  if (strcmp(t->name, "agency") == 0) {
    p.agency_id = jv_as_int(vals[t->pk[0]]);
    sqlite3_stmt *s =
        store_static(im->st, "SELECT count(*) FROM agency_event WHERE agency_id = :id");
    if (!s) {
      free(p.stored);
      free(p.row);
      return -1;
    }
    store_bind_int(s, ":id", p.agency_id);
    int rc = sqlite3_step(s);
    p.ev_before = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    store_finish(im->st, s);
    if (rc != SQLITE_ROW) {
      free(p.stored);
      free(p.row);
      return db_error(im->st->db, "reading an agency's history");
    }
  }
  im->pend = xrealloc(im->pend, (im->npend + 1) * sizeof *im->pend);
  im->pend[im->npend++] = p;
  return 0;
}

/* A history row of an agency whose row waits: count it for the verdict. */
static void agency_tally(struct store_import *im, const struct xtab *t,
                         const struct jv *const *vals, int added)
{
  if (strcmp(t->name, "agency_event") != 0)
    return;
  int64_t id = col_int(t, vals, "agency_id");
  for (size_t i = 0; i < im->npend; i++)
    if (im->pend[i].agency_id == id) {
      if (added)
        im->pend[i].ev_added++;
      else
        im->pend[i].ev_same++;
    }
}

/* The row's key exists with other content. Accepted when it is a newer
   version of the same record: a matter changed later (same uuid, later
   updated_at), a row of a matter this import renews (deadline, response,
   extension, toll, tag; never a history row, which is never rewritten), a
   numbering sequence further on. Anything else is a conflict: both versions
   are reported and the import stops. */
static int resolve(struct store_import *im, long line, struct xtab *t, const struct jv *const *vals,
                   uint64_t mask, sqlite3_stmt *got, const struct jv *row)
{
  int newer = 0, older = 0;
  if (t->is_matter) {
    const char *uuid = col_str(t, vals, "uuid"), *upd = col_str(t, vals, "updated_at");
    const char *suuid = stored_str(got, t, "uuid"), *supd = stored_str(got, t, "updated_at");
    int same_uuid = uuid && suuid && upd && supd && strcmp(uuid, suuid) == 0;
    newer = same_uuid && strcmp(upd, supd) > 0;
    older = same_uuid && strcmp(upd, supd) < 0;
    if (older) /* the database's copy moved on: the rest of this matter is skipped */
      idset_add(&im->stale, jv_as_int(vals[t->pk[0]]));
  } else if (strcmp(t->name, "ref_seq") == 0) {
    newer = col_int(t, vals, "last") > sqlite3_column_int64(got, 2);
    older = col_int(t, vals, "last") < sqlite3_column_int64(got, 2);
  } else if (strcmp(t->name, "history_head") == 0) {
    /* the head of the history hash chain (trust's migration): a newer
       export's head is further along the same chain */
    newer = col_int(t, vals, "last_id") > sqlite3_column_int64(got, 1);
    older = col_int(t, vals, "last_id") < sqlite3_column_int64(got, 1);
  } else if (t->owner >= 0 && strcmp(t->name, "event") != 0 &&
             strcmp(t->name, "matter_parent") != 0) {
    newer = idset_has(&im->renewed, jv_as_int(vals[t->owner]));
  } else if (t->owner < 0 && strcmp(t->name, "event") != 0 &&
             strcmp(t->name, "agency_event") != 0) {
    return defer(im, line, t, vals, got, row);
  }
  if (older) {
    sqlite3_reset(got);
    t->older++;
    return 0;
  }
  if (newer) {
    int64_t id = t->is_matter ? jv_as_int(vals[t->pk[0]]) : 0;
    sqlite3_reset(got);
    if (update_row(im, line, t, vals, mask) != 0)
      return -1;
    return t->is_matter ? renew(im, id) : 0;
  }
  struct buf k = {0};
  key_words(t, vals, &k);
  char *have = stored_json(got, t);
  sqlite3_reset(got);
  char *want = jv_dumps(row);
  int rc = IMPORT_ERR(im, line,
                      "%s (%s) exists with different content; in the database: %s; in the file: "
                      "{\"table\":\"%s\",\"row\":%s}; nothing imported",
                      t->name, buf_str(&k), have, t->name, want);
  free(have);
  free(want);
  buf_release(&k);
  return rc;
}

int store_import_row(struct store_import *im, long line, const struct jv *obj)
{
  const struct jv *tv = jv_get(obj, "table"), *row = jv_get(obj, "row");
  if (!tv || !jv_is_str(tv))
    return IMPORT_ERR(im, line, "table: expected a string, the table's name");
  struct xtab *t = find_tab(im, jv_as_str(tv));
  if (!t)
    return IMPORT_ERR(im, line, "table: unknown table '%s'", jv_as_str(tv));
  if (!row || !jv_is_object(row))
    return IMPORT_ERR(im, line, "row: expected an object, the row's columns");
  for (void *it = jv_iter(obj); it; it = jv_iter_next(obj, it))
    if (strcmp(jv_iter_key(it), "table") != 0 && strcmp(jv_iter_key(it), "row") != 0)
      return IMPORT_ERR(im, line, "%s: unexpected member (a line holds \"table\" and \"row\")",
                        jv_iter_key(it));
  const struct jv *vals[MAX_COLS];
  uint64_t mask;
  if (check_row(im, line, t, row, vals, &mask) != 0)
    return -1;
  if (t->have_last && key_cmp(t, vals) <= 0) {
    struct buf k = {0};
    key_words(t, vals, &k);
    int rc = IMPORT_ERR(im, line,
                        "%s (%s) repeats or comes out of order after line %ld (each table's "
                        "rows come once each, in key order)",
                        t->name, buf_str(&k), t->last_line);
    buf_release(&k);
    return rc;
  }
  key_remember(t, vals, line);
  /* A row of a matter whose copy in the database is newer (deadlines, tags,
     responses, ...): the database's rows stand, none is added back. */
  if (t->owner >= 0 && strcmp(t->name, "event") != 0 &&
      idset_has(&im->stale, jv_as_int(vals[t->owner]))) {
    t->older++;
    return 0;
  }
  sqlite3_stmt *ins = insert_stmt(im, t, mask);
  if (!ins)
    return -1;
  sqlite3_reset(ins);
  sqlite3_clear_bindings(ins);
  if (bind_all(ins, t, vals, mask, 1) < 0)
    return db_error(im->st->db, "binding a row");
  int rc = sqlite3_step(ins);
  if (rc != SQLITE_DONE) {
    int ext = sqlite3_extended_errcode(im->st->db->handle);
    const char *msg = sqlite3_errmsg(im->st->db->handle);
    struct buf k = {0};
    key_words(t, vals, &k);
    if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
      rc = IMPORT_ERR(im, line,
                      "%s (%s) refers to a rule, agency, calendar, matter or kind that is neither "
                      "in the database nor earlier in the file",
                      t->name, buf_str(&k));
    else
      rc = IMPORT_ERR(im, line, "%s (%s): %s", t->name, buf_str(&k), msg);
    buf_release(&k);
    sqlite3_reset(ins);
    return rc;
  }
  sqlite3_reset(ins);
  if (sqlite3_changes(im->st->db->handle) == 1) {
    t->added++;
    agency_tally(im, t, vals, 1);
    /* A new history row for a matter that was here before: the matter
       moved on, and its deadlines and tags follow the file. */
    if (strcmp(t->name, "event") == 0) {
      int64_t mid = jv_as_int(vals[t->owner]);
      if (idset_has(&im->stale, mid))
        return IMPORT_ERR(im, line,
                          "event (id %" PRId64 ") is a history row of matter id %" PRId64
                          " that this database does not hold, though its copy of the matter is "
                          "newer than the file's: the two have diverged; nothing imported",
                          jv_as_int(vals[t->pk[0]]), mid);
      return renew(im, mid);
    }
    return 0;
  }
  if (t->npk == 0)
    return IMPORT_ERR(im, line, "%s: a row conflicts with a stored one", t->name);
  sqlite3_stmt *got = get_stmt(im, t);
  if (!got)
    return -1;
  sqlite3_reset(got);
  for (int k = 0; k < t->npk; k++)
    bind_value(got, k + 1, vals[t->pk[k]]);
  rc = sqlite3_step(got);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(got);
    struct buf k = {0};
    key_words(t, vals, &k);
    char *want = jv_dumps(row);
    rc = IMPORT_ERR(im, line,
                    "%s (%s) clashes with a stored row on a unique column (a code, ref or uuid "
                    "another row holds); in the file: %s; nothing imported",
                    t->name, buf_str(&k), want);
    free(want);
    buf_release(&k);
    return rc;
  }
  if (same_row(got, t, vals)) {
    sqlite3_reset(got);
    t->same++;
    agency_tally(im, t, vals, 0);
    return 0;
  }
  return resolve(im, line, t, vals, mask, got, row);
}

int store_import_finish(struct store_import *im)
{
  const struct xtab *ev = find_tab(im, "event"), *aev = find_tab(im, "agency_event");
  uint64_t same = (ev ? ev->same : 0) + (aev ? aev->same : 0);
  uint64_t added = (ev ? ev->added : 0) + (aev ? aev->added : 0);
  /* The database's whole history is in the file and the file has more: the
     file is this database later on. The file's history is all here and the
     database has more: the file is this database earlier on. */
  int extends = same == (uint64_t)im->hist_before && added > 0;
  int contained = added == 0 && same < (uint64_t)im->hist_before;
  for (size_t i = 0; i < im->npend; i++) {
    struct pending *p = &im->pend[i];
    int newer, older;
    if (p->agency_id) { /* an agency has a history of its own (agency_event) */
      newer = p->ev_added > 0 && p->ev_same == p->ev_before;
      older = p->ev_added == 0 && p->ev_same < p->ev_before;
    } else {
      newer = extends;
      older = contained;
    }
    if (older) {
      p->t->older++;
      continue;
    }
    if (!newer)
      return IMPORT_ERR(
          im, p->line,
          "%s exists with different content, and %s; in the database: %s; in the file: "
          "{\"table\":\"%s\",\"row\":%s}; nothing imported",
          p->t->name,
          p->agency_id
              ? "its history (agency_event) shows neither version to be the newer: they diverged"
              : "it has no history of its own while the file's history neither continues this "
                "database's nor is contained in it: which version is newer is not known",
          p->stored, p->t->name, p->row);
    char err[200];
    struct jv *row = jv_loads(p->row, err, sizeof err);
    const struct jv *vals[MAX_COLS];
    uint64_t mask;
    int rc = row ? check_row(im, p->line, p->t, row, vals, &mask) : -1;
    if (rc == 0)
      rc = update_row(im, p->line, p->t, vals, mask);
    jv_free(row);
    if (rc != 0)
      return -1;
  }
  return 0;
}

/* ---- backup ------------------------------------------------------------- */

int store_backup(struct store *st, const char *path, store_tick tick, void *arg)
{
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    return error("cannot create '%s': %s%s", path, strerror(errno),
                 errno == EEXIST ? " (a backup never overwrites a file: give a new name)" : "");
  close(fd);
  sqlite3 *dst = NULL;
  int ret = 0;
  if (sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    ret = error("cannot open '%s': %s", path, dst ? sqlite3_errmsg(dst) : "out of memory");
    goto done;
  }
  sqlite3_backup *b = sqlite3_backup_init(dst, "main", st->db->handle, "main");
  if (!b) {
    ret = error("cannot start the backup: %s", sqlite3_errmsg(dst));
    goto done;
  }
  int rc;
  /* Steps of 256 pages: between steps the source is unlocked, so other
     processes keep writing; a write restarts the copy from its first page
     only for a writer on another connection, which is what keeps it
     consistent (the copy is one snapshot). */
  while ((rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || rc == SQLITE_BUSY ||
         rc == SQLITE_LOCKED) {
    if (tick)
      tick(arg, (uint64_t)(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b)));
    if (rc != SQLITE_OK)
      sqlite3_sleep(20);
  }
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) {
    ret = error("backup to '%s' failed: %s", path, sqlite3_errstr(rc));
    goto done;
  }
  /* The copy is a rollback-journal file of its own, checked before success. */
  sqlite3_stmt *s = NULL;
  if (sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(dst, "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK) {
    ret = error("cannot check the copy '%s': %s", path, sqlite3_errmsg(dst));
    goto done;
  }
  rc = sqlite3_step(s);
  const char *ok = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
  if (!ok || strcmp(ok, "ok") != 0)
    ret =
        error("the copy '%s' failed its integrity check: %s", path, ok ? ok : sqlite3_errmsg(dst));
  sqlite3_finalize(s);
done:
  if (dst && sqlite3_close(dst) != SQLITE_OK && ret == 0)
    ret = error("cannot close the copy '%s'", path);
  if (ret != 0)
    unlink(path);
  return ret;
}

/* ---- the spreadsheet side ---------------------------------------------- */

static int get_text(struct store *st, sqlite3_stmt *s, char **out, const char *what)
{
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  int ret = 1;
  if (rc == SQLITE_ROW) {
    if (out)
      *out = store_col_text(s, 0);
    ret = 0;
  } else if (rc != SQLITE_DONE)
    ret = db_error(st->db, what);
  store_finish(st, s);
  return ret;
}

int store_matter_ref_by_key(struct store *st, const char *key, char **ref)
{
  sqlite3_stmt *s = store_static(st, "SELECT ref FROM matter WHERE ext_key = :key");
  if (s)
    store_bind_text(s, ":key", key);
  return get_text(st, s, ref, "finding a matter by its key");
}

int store_agency_find(struct store *st, const char *name, char **code)
{
  sqlite3_stmt *s = store_static(
      st,
      "SELECT code FROM agency WHERE kind = 'agency' AND (code = :n OR lower(name) = lower(:n)) "
      "ORDER BY code <> :n, id LIMIT 1");
  if (s)
    store_bind_text(s, ":n", name);
  return get_text(st, s, code, "finding an agency");
}

int store_party_code_taken(struct store *st, const char *code)
{
  sqlite3_stmt *s = store_static(st, "SELECT code FROM agency WHERE code = :c");
  if (s)
    store_bind_text(s, ":c", code);
  int rc = get_text(st, s, NULL, "finding an agency");
  return rc < 0 ? -1 : rc == 0;
}

int store_note_exists(struct store *st, const char *ref, const char *on, const char *text)
{
  sqlite3_stmt *s = store_static(
      st, "SELECT 1 FROM event e JOIN matter m ON m.id = e.matter_id WHERE m.ref = :ref AND "
          "e.kind = 'note' AND e.on_date = :on AND e.note = :text LIMIT 1");
  if (s) {
    store_bind_text(s, ":ref", ref);
    store_bind_text(s, ":on", on);
    store_bind_text(s, ":text", text);
  }
  int rc = get_text(st, s, NULL, "finding a note");
  return rc < 0 ? -1 : rc == 0;
}

int store_matter_max_id(struct store *st, int64_t *id)
{
  sqlite3_stmt *s = store_static(st, "SELECT coalesce(max(id), 0) FROM matter");
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64(s, 0);
  store_finish(st, s);
  return rc == SQLITE_ROW ? 0 : db_error(st->db, "reading the matters");
}

int store_fts_fill_after(struct store *st, int64_t after)
{
  /* Rows a later change of the same matter wrote (a note: matter_fts_note
     is not deferred) go first, so each matter has exactly one row. */
  sqlite3_stmt *s = store_static(st, "DELETE FROM matter_fts WHERE rowid > :after");
  if (!s)
    return -1;
  store_bind_int(s, ":after", after);
  if (store_run(st, s, "indexing the new matters for search") != 0)
    return -1;
  s = store_static(st, "INSERT INTO matter_fts (rowid, subject, tracking, parties, notes) "
                       "SELECT id, subject, tracking, parties, notes FROM matter_fts_source "
                       "WHERE id > :after ORDER BY id");
  if (!s)
    return -1;
  store_bind_int(s, ":after", after);
  return store_run(st, s, "indexing the new matters for search");
}

const char *const store_csv_columns[STORE_CSV_NCOLS + 1] = {
    "ref",          "key",  "kind", "from",   "to",  "subject", "description", "tracking",
    "trigger_date", "rule", "days", "status", "due", "closed",  "tags",        NULL};

static const char csv_select[] =
    "SELECT m.ref, m.ext_key, m.kind, fa.code, ta.code, m.subject, m.description, m.tracking, "
    "m.trigger_date, m.rule, m.days, m.status, m.due, "
    "CASE WHEN s.open = 0 THEN (SELECT max(e.on_date) FROM event e WHERE e.matter_id = m.id AND "
    "e.field = 'status' AND e.new_value = m.status) END, "
    "(SELECT group_concat(t.tag, ' ') FROM (SELECT tag FROM tag WHERE matter_id = m.id ORDER BY "
    "tag) t) "
    "FROM matter m JOIN agency fa ON fa.id = m.from_agency JOIN agency ta ON ta.id = m.to_agency "
    "LEFT JOIN status s ON s.name = m.status ";

static int csv_rows(struct store *st, sqlite3_stmt *s, int (*fn)(void *, const char *const *),
                    void *arg)
{
  const char *vals[STORE_CSV_NCOLS];
  int rc, n = 0, ret = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    for (int i = 0; i < STORE_CSV_NCOLS; i++)
      vals[i] = (const char *)sqlite3_column_text(s, i);
    n++;
    if (fn(arg, vals) != 0) {
      ret = -1;
      break;
    }
  }
  if (ret == 0 && rc != SQLITE_DONE)
    ret = db_error(st->db, "reading matters");
  sqlite3_finalize(s);
  return ret < 0 ? -1 : n == 0;
}

int store_csv_matters(struct store *st, const char *since,
                      int (*fn)(void *arg, const char *const *vals), void *arg)
{
  struct buf b = {0};
  buf_adds(&b, csv_select);
  buf_adds(&b, "WHERE m.voided IS NULL");
  if (since)
    buf_adds(&b, " AND m.id IN (SELECT id FROM matter WHERE updated_at >= :since UNION SELECT "
                 "matter_id FROM event WHERE at >= :since)");
  buf_adds(&b, " ORDER BY m.id");
  sqlite3_stmt *s = store_prepare(st, buf_str(&b));
  buf_release(&b);
  if (!s)
    return -1;
  if (since)
    store_bind_text(s, ":since", since);
  return csv_rows(st, s, fn, arg) < 0 ? -1 : 0;
}

int store_csv_matter(struct store *st, const char *ref,
                     int (*fn)(void *arg, const char *const *vals), void *arg)
{
  struct buf b = {0};
  buf_adds(&b, csv_select);
  buf_adds(&b, "WHERE m.ref = :ref");
  sqlite3_stmt *s = store_prepare(st, buf_str(&b));
  buf_release(&b);
  if (!s)
    return -1;
  store_bind_text(s, ":ref", ref);
  return csv_rows(st, s, fn, arg);
}
