/*
** gen.c — bench/gen N DB: a realistic pubrec database of N matters for the
** scaling benchmarks (bench/scale.sh).
**
** The schema comes from pubrec itself (db_open applies the embedded
** migrations), and every matter is written as the commands write it. The
** open ones (about 5%) are logged with matter_create, then acknowledged,
** extended, tolled, answered or appealed through the lifecycle layer
** (src/matter.c). The closed ones are written directly, in INSERTs of many
** rows each, with the rows the layer writes for the same operations (logged, perhaps
** acknowledged, answered or closed): deadlines from schedule_compute
** (pubrec's engine on the agency's or the rule's calendar, computed once per
** distinct input), responses, history rows chained as store_chain_append
** chains them. `gen --lifecycle` writes every matter through the layer;
** tests/e2e/gen.sh checks that both write the same rows and that pubrec
** verify passes. A bulk load: no journal, no fsync, foreign keys unchecked
** (gen.sh checks them), the whole load one transaction, the matter
** table's secondary indexes built after the load, the full-text index
** built during it by a second thread. Columns nothing writes keep their
** defaults. With GEN_TRACE set in the environment, gen also prints when
** the pending matters are marked and when each index is built.
**
** The shape: 60 agencies (20 requesters without a calendar, 20 federal
** agencies on us-federal, the default or us-federal-dc, 15 Colorado
** agencies on us-co, some with a 16:00 cutoff, 5 courts on us-federal-dco);
** 70% requests (FOIA to federal agencies, CORA to Colorado ones), 20%
** subpoenas (a stated 14-day period), 5% FOIA appeals, 5% petitions (no
** deadline); trigger dates spread evenly over the ten years before TODAY,
** numbered in order; about 5% open (most matters of the last 45 days, and
** a backlog of older ones), the rest fulfilled, denied, withdrawn, refused
** or escalated; about 5 history rows a matter. The same N gives the same
** shape (UUIDs are random, as pubrec makes them).
**
** usage: gen [--today YYYY-MM-DD] [--lifecycle] N DB   (default today: 2026-06-30)
*/
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "chain_hash.h"
#include "db.h"
#include "matter.h"
#include "deadline.h"
#include "model.h"
#include "schedule.h"
#include "store.h"
#include "store_ics.h"
#include "util.h"

#define NAGENCY 60
#define SPAN_DAYS 3652
#define PROGRESS 1000000 /* matters between progress lines */

static uint64_t mix(uint64_t x)
{
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

/* A deterministic stream of numbers for matter i. */
struct rng {
  uint64_t s;
};

static uint64_t next(struct rng *r)
{
  r->s = mix(r->s);
  return r->s;
}

static int below(struct rng *r, int n)
{
  return (int)(next(r) % (uint64_t)n);
}

/* Seconds since the load began, for the progress lines. */
static double t0;

static double elapsed(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - t0;
}

static void exec_or_die(struct db *db, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec(db->handle, sql, NULL, NULL, &msg) != SQLITE_OK)
    die("gen: %s: %s", sql, msg ? msg : "error");
}

struct agency_spec {
  char code[16];
  char name[48];
  const char *calendar;
  const char *cutoff;
  int64_t id;
};

static struct agency_spec agencies[NAGENCY];

/* The indexes and the triggers the load would update row by row, dropped
   before it and created again after it from their own SQL (one sort each
   instead of a B-tree insert per row): the matter table's secondary
   indexes, the history's and deadlines' indexes by time and date, and the
   full-text index's triggers (a second thread builds the index from the
   rows gen writes: fts_build below). The indexes by matter id stay: rows
   arrive in their order, and the lifecycle layer reads a matter's rows
   through them. The triggers that run a
   program per row written and change nothing the load writes go too:
   event_needs_hash (gen and the layer hash every row; tests/e2e/gen.sh runs
   `pubrec verify`) and the pending feed's marks
   (migrations/0031_ics_feed.sql: every pending matter is marked once after
   the load and its row built). */
struct rebuild {
  char *name;
  char *sql;   /* CREATE INDEX or CREATE TRIGGER, as the schema holds it */
  char *table; /* the table it is on */
  int index;   /* an index (built by a sort), not a trigger */
};

static struct rebuild *drop_indexes(struct db *db, size_t *n)
{
  sqlite3_stmt *s = NULL;
  struct rebuild *r = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(
          db->handle,
          "SELECT type, name, sql, tbl_name FROM sqlite_schema WHERE sql IS NOT NULL "
          "AND ((type = 'index' AND tbl_name = 'matter' AND sql NOT LIKE 'CREATE "
          "UNIQUE%') OR name IN ('event_at', 'deadline_due', 'matter_fts_insert', "
          "'matter_fts_note', 'event_needs_hash') OR (type = 'trigger' AND name "
          "LIKE 'ics_feed_%')) ORDER BY tbl_name <> 'matter'",
          -1, &s, NULL) != SQLITE_OK)
    die("gen: reading the schema: %s", sqlite3_errmsg(db->handle));
  while (sqlite3_step(s) == SQLITE_ROW) {
    r = xrealloc(r, (*n + 1) * sizeof *r);
    const char *type = (const char *)sqlite3_column_text(s, 0);
    r[*n].name = xstrdup((const char *)sqlite3_column_text(s, 1));
    r[*n].sql = xstrdup((const char *)sqlite3_column_text(s, 2));
    r[*n].table = xstrdup((const char *)sqlite3_column_text(s, 3));
    r[*n].index = strcmp(type, "index") == 0;
    (*n)++;
  }
  sqlite3_finalize(s);
  for (size_t i = 0; i < *n; i++) {
    char *drop = xasprintf("DROP %s \"%s\"", r[i].index ? "INDEX" : "TRIGGER", r[i].name);
    exec_or_die(db, drop);
    free(drop);
  }
  return r;
}

/* The page cache CREATE INDEX sorts in. SQLite's sorter sorts runs of
   rows of the cache's size in memory, writes each to a temporary file and
   merges them 16 at a time. A run sorts fast while it fits in the CPU's
   caches; each 16-fold of runs costs one more pass of merging. Measured
   with the sqlite3 shell on gen's 10M database (docs/PERFORMANCE.md,
   session 7): matter(kind, due) 33.5 s in 64 MB, 12.7 s in 4 MB, 12.1 s
   in 1 MB; event(at), 55.7M rows, 58.6 s in 64 MB, 80.4 s in 4 MB (three
   passes of merging), 44.0 s in 16 MB. So about one KiB per 2,500 rows
   (at most about 250 runs: two passes), at least 2 MB. */
static void sort_cache_for(struct db *db, const char *table)
{
  /* The rows' count: the largest rowid, or where the table has none
     (deadline is WITHOUT ROWID) a count. */
  char *sql = xasprintf("SELECT max(rowid) FROM \"%s\"", table);
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db->handle, sql, -1, &s, NULL) != SQLITE_OK) {
    free(sql);
    sql = xasprintf("SELECT count(*) FROM \"%s\"", table);
    sqlite3_prepare_v2(db->handle, sql, -1, &s, NULL);
  }
  if (!s || sqlite3_step(s) != SQLITE_ROW)
    die("gen: counting '%s': %s", table, sqlite3_errmsg(db->handle));
  int64_t rows = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  free(sql);
  int64_t kib = rows / 2500 < 2048 ? 2048 : rows / 2500;
  sql = xasprintf("PRAGMA cache_size = -%" PRId64, kib);
  exec_or_die(db, sql);
  free(sql);
}

/* 0-19 requesters, 20-39 federal, 40-54 Colorado, 55-59 courts. */
static void add_agencies(struct store *st)
{
  for (int i = 0; i < NAGENCY; i++) {
    struct agency_spec *s = &agencies[i];
    struct agency a;
    memset(&a, 0, sizeof a);
    if (i < 20) {
      snprintf(s->code, sizeof s->code, "NEWS%02d", i);
      snprintf(s->name, sizeof s->name, "Requester number %d", i);
    } else if (i < 40) {
      snprintf(s->code, sizeof s->code, "FED%02d", i - 20);
      snprintf(s->name, sizeof s->name, "Federal agency number %d", i - 20);
      s->calendar = i % 4 == 0 ? NULL : i % 4 == 1 ? "us-federal-dc" : "us-federal";
      a.jurisdiction = "us";
    } else if (i < 55) {
      snprintf(s->code, sizeof s->code, "CO%02d", i - 40);
      snprintf(s->name, sizeof s->name, "Colorado agency number %d", i - 40);
      s->calendar = "us-co";
      s->cutoff = i % 5 == 0 ? "16:00" : NULL;
      a.jurisdiction = "us-co";
    } else {
      snprintf(s->code, sizeof s->code, "COURT%d", i - 55);
      snprintf(s->name, sizeof s->name, "Court number %d", i - 55);
      s->calendar = "us-federal-dco";
      a.jurisdiction = "us";
    }
    a.code = s->code;
    a.name = s->name;
    a.calendar = (char *)s->calendar;
    a.cutoff = (char *)s->cutoff;
    if (store_agency_add(st, &a) != 0)
      exit(1);
    struct agency got;
    if (store_agency_get(st, s->code, &got) != 0)
      exit(1);
    s->id = got.id;
    agency_release(&got);
  }
}

static const char *const topics[] = {"body camera footage",     "use of force reports",
                                     "detainer requests",       "contracts with vendors",
                                     "emails about the policy", "calendar of the director",
                                     "complaints received",     "records on four individuals",
                                     "budget documents",        "surveillance technology"};

/* ---- the direct writer's rows -------------------------------------------
   A matter that ends closed (95% of them) is written directly (below), and
   its rows wait here to be sent in INSERTs of up to MULTI rows each: the
   cost of running a statement, not of storing a row, was most of the
   load's. Text lives in one arena (a value keeps its offset, so the arena
   may grow) and is bound without a copy when the rows are sent. Every
   table is sent at once, matters first (the others' foreign keys name
   them): when any table is full, before the lifecycle layer writes (it
   reads what the writer wrote: the history's head, the reference
   counters) and at the end of the load. */
#define MULTI 128
#define MAXCOLS 18
enum { V_NULL, V_INT, V_TEXT };
struct val {
  int type;
  int64_t i; /* V_INT: the value; V_TEXT: the length */
  size_t off;
};

struct table {
  const char *name, *columns;
  int ncols;
  struct val vals[MULTI * MAXCOLS];
  size_t n;                      /* rows waiting */
  sqlite3_stmt *stmt[MULTI + 1]; /* by number of rows, prepared when first needed */
};

enum { T_MATTER, T_DEADLINE, T_RESPONSE, T_EVENT, NTABLES }; /* the order they are sent in */

/* A reference counter (a ref_seq row): the writer numbers the closed
   matters itself and sets the row before the lifecycle layer numbers one. */
struct refc {
  const char *prefix;
  int year, last, dirty;
};

/* ---- the full-text index, built on the second core during the load ----
   FTS5 keeps an index's whole state in its shadow tables (matter_fts_data,
   _idx, _content, _docsize; _config holds the ranking the migration set,
   and stays). A second thread builds the index on its own connection, in
   a file of its own (DB-fts), while this thread writes the matters; the
   shadow tables are copied in after the B-tree indexes are built. Each
   matter's row is what matter_fts_source (migration 0013) says: subject,
   tracking, the parties ("CODE name CODE name") and the notes (gen writes
   none), sent in batches through a short queue. tests/e2e/gen.sh checks
   the result: the index holds exactly matter_fts_source's rows, FTS5's
   integrity-check passes, a search finds a matter. */
static const char *const fts_shadow[] = {"matter_fts_data", "matter_fts_idx", "matter_fts_content",
                                         "matter_fts_docsize"};

#define FTS_BATCH 8192 /* rows a batch */
#define FTS_QUEUE 4    /* batches waiting, at most */

/* Rows packed: the id (8 bytes), then subject, tracking and parties, each
   a presence byte and NUL-terminated text. */
struct fts_batch {
  struct fts_batch *next;
  struct buf rows;
  size_t n;
};

struct fts_build {
  const char *out; /* the file the index is built in */
  char *create;    /* CREATE VIRTUAL TABLE matter_fts, as the database declares it */
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  struct fts_batch *head, *tail, *filling;
  size_t queued;
  int done;     /* no more batches */
  int failed;   /* the builder stopped (error says why) */
  double built; /* when the builder committed */
  char *error;  /* what failed, or NULL */
};

static int fts_exec(struct fts_build *b, sqlite3 *h, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec(h, sql, NULL, NULL, &msg) == SQLITE_OK)
    return 0;
  if (!b->error)
    b->error = xasprintf("%s: %s", sql, msg ? msg : sqlite3_errmsg(h));
  sqlite3_free(msg);
  return -1;
}

static const char *fts_unpack(const char **p)
{
  int present = *(*p)++;
  const char *v = *p;
  *p += strlen(v) + 1;
  return present ? v : NULL;
}

/* Takes the next batch; NULL once the queue is empty and closed. */
static struct fts_batch *fts_take(struct fts_build *b)
{
  pthread_mutex_lock(&b->lock);
  while (!b->head && !b->done)
    pthread_cond_wait(&b->changed, &b->lock);
  struct fts_batch *t = b->head;
  if (t) {
    b->head = t->next;
    if (!b->head)
      b->tail = NULL;
    b->queued--;
    pthread_cond_broadcast(&b->changed);
  }
  pthread_mutex_unlock(&b->lock);
  return t;
}

static void *fts_build_run(void *arg)
{
  struct fts_build *b = arg;
  sqlite3 *h = NULL;
  sqlite3_stmt *s = NULL;
  struct fts_batch *t;
  if (sqlite3_open_v2(b->out, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    b->error = xasprintf("'%s': %s", b->out, h ? sqlite3_errmsg(h) : "out of memory");
    goto drain;
  }
  if (fts_exec(b, h, "PRAGMA journal_mode = OFF") != 0 ||
      fts_exec(b, h, "PRAGMA synchronous = OFF") != 0 || fts_exec(b, h, b->create) != 0 ||
      fts_exec(b, h, "BEGIN") != 0)
    goto drain;
  if (sqlite3_prepare_v2(h,
                         "INSERT INTO matter_fts (rowid, subject, tracking, parties, notes) "
                         "VALUES (?1, ?2, ?3, ?4, NULL)",
                         -1, &s, NULL) != SQLITE_OK) {
    b->error = xasprintf("preparing the search index's insert: %s", sqlite3_errmsg(h));
    goto drain;
  }
  while ((t = fts_take(b)) != NULL) {
    const char *p = t->rows.data;
    for (size_t i = 0; i < t->n && !b->error; i++) {
      int64_t id;
      memcpy(&id, p, sizeof id);
      p += sizeof id;
      sqlite3_bind_int64(s, 1, id);
      for (int c = 2; c <= 4; c++)
        sqlite3_bind_text(s, c, fts_unpack(&p), -1, SQLITE_STATIC);
      if (sqlite3_step(s) != SQLITE_DONE)
        b->error = xasprintf("indexing matter %" PRId64 ": %s", id, sqlite3_errmsg(h));
      sqlite3_reset(s);
    }
    buf_release(&t->rows);
    free(t);
    if (b->error)
      goto drain;
  }
  if (fts_exec(b, h, "COMMIT") == 0)
    b->built = elapsed();
drain: /* after an error: the writer stops at its next batch */
  pthread_mutex_lock(&b->lock);
  b->failed = b->error != NULL;
  pthread_cond_broadcast(&b->changed);
  pthread_mutex_unlock(&b->lock);
  while ((t = fts_take(b)) != NULL) {
    buf_release(&t->rows);
    free(t);
  }
  sqlite3_finalize(s);
  sqlite3_close(h);
  return NULL;
}

/* Starts the builder; create is the index's CREATE statement. */
static void fts_build_start(struct fts_build *b, struct db *db, const char *out)
{
  memset(b, 0, sizeof *b);
  b->out = out;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db->handle, "SELECT sql FROM sqlite_schema WHERE name = 'matter_fts'", -1,
                         &s, NULL) != SQLITE_OK ||
      sqlite3_step(s) != SQLITE_ROW)
    die("gen: reading the search index's schema: %s", sqlite3_errmsg(db->handle));
  b->create = xstrdup((const char *)sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  if (pthread_mutex_init(&b->lock, NULL) != 0 || pthread_cond_init(&b->changed, NULL) != 0 ||
      pthread_create(&b->thread, NULL, fts_build_run, b) != 0)
    die("gen: cannot start the search index's builder");
}

/* The batch being filled to the queue; waits while the queue is full. */
static void fts_send(struct fts_build *b)
{
  struct fts_batch *t = b->filling;
  if (!t || t->n == 0)
    return;
  b->filling = NULL;
  pthread_mutex_lock(&b->lock);
  while (b->queued >= FTS_QUEUE && !b->failed)
    pthread_cond_wait(&b->changed, &b->lock);
  if (b->failed)
    die("gen: building the search index: %s", b->error);
  if (b->tail)
    b->tail->next = t;
  else
    b->head = t;
  b->tail = t;
  b->queued++;
  pthread_cond_broadcast(&b->changed);
  pthread_mutex_unlock(&b->lock);
}

static void fts_pack(struct buf *rows, const char *v)
{
  buf_addc(rows, v != NULL);
  buf_add(rows, v ? v : "", (v ? strlen(v) : 0) + 1);
}

/* One matter's row, as matter_fts_source gives it. */
static void fts_add(struct fts_build *b, int64_t id, const struct matter *m,
                    const struct agency_spec *from, const struct agency_spec *to)
{
  if (!b->filling)
    b->filling = xcalloc(1, sizeof *b->filling);
  struct fts_batch *t = b->filling;
  buf_add(&t->rows, &id, sizeof id);
  fts_pack(&t->rows, m->subject);
  fts_pack(&t->rows, m->tracking);
  char parties[160];
  snprintf(parties, sizeof parties, "%s %s %s %s", from->code, from->name, to->code, to->name);
  fts_pack(&t->rows, parties);
  if (++t->n == FTS_BATCH)
    fts_send(b);
}

/* The last batch sent: the builder commits once it has indexed it. */
static void fts_build_close(struct fts_build *b)
{
  fts_send(b);
  pthread_mutex_lock(&b->lock);
  b->done = 1;
  pthread_cond_broadcast(&b->changed);
  pthread_mutex_unlock(&b->lock);
}

/* Returns once the index is built. */
static void fts_build_wait(struct fts_build *b)
{
  pthread_join(b->thread, NULL);
  pthread_cond_destroy(&b->changed);
  pthread_mutex_destroy(&b->lock);
  free(b->create);
  if (b->error)
    die("gen: building the search index: %s", b->error);
}

/* The built index into the database's shadow tables (the builder's file
   attached as fts, inside a transaction). */
static void fts_build_copy(struct db *db)
{
  for (size_t i = 0; i < sizeof fts_shadow / sizeof fts_shadow[0]; i++) {
    char *sql = xasprintf("DELETE FROM main.\"%s\"; INSERT INTO main.\"%s\" SELECT * FROM "
                          "fts.\"%s\"",
                          fts_shadow[i], fts_shadow[i], fts_shadow[i]);
    exec_or_die(db, sql);
    free(sql);
  }
}

struct gen {
  struct store st;
  struct life life; /* the lifecycle layer: every change as the commands make it */
  dl_day today;
  char now[21];   /* st.now points here: the time a row is recorded */
  dl_day now_day; /* the day now is on */
  int lifecycle;  /* --lifecycle: every matter through the lifecycle layer */
  /* The direct writer: its waiting rows, the ids it gives, the head of the
     history chain, the reference counters. */
  struct table tables[NTABLES];
  struct buf arena;
  sqlite3_stmt *last_event;
  int64_t next_matter, next_event;
  char prev[CHAIN_HEX];
  struct refc refs[64];
  size_t nrefs;
  struct fts_build *fts;   /* the search index's builder, sent every matter */
  unsigned char rnd[4096]; /* random bytes for UUIDs, refilled by getrandom */
  size_t nrnd;
};

/* Rows written from now on are recorded on `day` at noon UTC. */
static void set_now(struct gen *g, dl_day day)
{
  if (g->now_day == day && g->now[0])
    return;
  char date[11];
  dl_format_date(date, day);
  snprintf(g->now, sizeof g->now, "%sT12:00:00Z", date);
  g->now_day = day;
}

static void fmt_day(char out[11], dl_day d)
{
  dl_format_date(out, d);
}

static sqlite3_stmt *prep(struct gen *g, const char *sql)
{
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v3(g->st.db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) !=
      SQLITE_OK)
    die("gen: %s: %s", sql, sqlite3_errmsg(g->st.db->handle));
  return s;
}

static void step_done(struct gen *g, sqlite3_stmt *s)
{
  if (sqlite3_step(s) != SQLITE_DONE)
    die("gen: %s: %s", sqlite3_sql(s), sqlite3_errmsg(g->st.db->handle));
  sqlite3_reset(s);
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
  if (v)
    sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null(s, i);
}

static void table_init(struct table *t, const char *name, const char *columns)
{
  t->name = name;
  t->columns = columns;
  t->ncols = 1;
  for (const char *c = columns; *c; c++)
    t->ncols += *c == ',';
  if (t->ncols > MAXCOLS)
    die("gen: BUG: %s has more than %d columns", name, MAXCOLS);
}

/* The INSERT of n rows into t, prepared the first time n rows are sent. */
static sqlite3_stmt *table_stmt(struct gen *g, struct table *t, size_t n)
{
  if (!t->stmt[n]) {
    struct buf b = BUF_INIT;
    buf_addf(&b, "INSERT INTO %s(%s) VALUES ", t->name, t->columns);
    for (size_t r = 0; r < n; r++) {
      buf_adds(&b, r ? ", (" : "(");
      for (int c = 0; c < t->ncols; c++)
        buf_adds(&b, c ? ", ?" : "?");
      buf_adds(&b, ")");
    }
    t->stmt[n] = prep(g, b.data);
    buf_release(&b);
  }
  return t->stmt[n];
}

static void table_send(struct gen *g, struct table *t)
{
  if (t->n == 0)
    return;
  sqlite3_stmt *s = table_stmt(g, t, t->n);
  const struct val *v = t->vals;
  for (int k = 1; k <= (int)t->n * t->ncols; k++, v++) {
    if (v->type == V_INT)
      sqlite3_bind_int64(s, k, v->i);
    else if (v->type == V_TEXT)
      sqlite3_bind_text(s, k, g->arena.data + v->off, (int)v->i, SQLITE_STATIC);
    else
      sqlite3_bind_null(s, k);
  }
  step_done(g, s);
  t->n = 0;
}

/* Every waiting row and reference counter, written. */
static void rows_send(struct gen *g)
{
  for (int t = 0; t < NTABLES; t++)
    table_send(g, &g->tables[t]);
  buf_reset(&g->arena);
  for (size_t i = 0; i < g->nrefs; i++) {
    struct refc *r = &g->refs[i];
    if (!r->dirty)
      continue;
    if (store_ref_seq_set(&g->st, r->prefix, r->year, r->last) != 0)
      exit(1);
    r->dirty = 0;
  }
}

/* A new row of table t: its values, ncols of them, to fill. */
static struct val *row_add(struct gen *g, int t)
{
  struct table *tb = &g->tables[t];
  if (tb->n == MULTI)
    rows_send(g);
  return &tb->vals[tb->n++ * (size_t)tb->ncols];
}

static void val_int(struct val *v, int64_t i)
{
  v->type = V_INT;
  v->i = i;
}

static void val_text(struct gen *g, struct val *v, const char *s)
{
  if (!s) {
    v->type = V_NULL;
    return;
  }
  size_t n = strlen(s);
  v->type = V_TEXT;
  v->i = (int64_t)n;
  v->off = g->arena.len;
  buf_add(&g->arena, s, n + 1); /* with its NUL: the next value starts after it */
}

/* The counter of references for a kind prefix and year. */
static struct refc *refc_of(struct gen *g, const char *prefix, int year)
{
  for (size_t i = 0; i < g->nrefs; i++)
    if (g->refs[i].year == year && strcmp(g->refs[i].prefix, prefix) == 0)
      return &g->refs[i];
  if (g->nrefs == sizeof g->refs / sizeof g->refs[0])
    die("gen: BUG: more reference counters than %zu", g->nrefs);
  struct refc *r = &g->refs[g->nrefs++];
  r->prefix = prefix;
  r->year = year;
  r->last = 0;
  r->dirty = 0;
  return r;
}

/* The last history row's id and hash, the next matter's id: where the
   writer goes on after the lifecycle layer wrote some. */
static void read_head(struct gen *g)
{
  sqlite3_stmt *s = g->last_event;
  g->next_event = 1;
  g->next_matter = 1;
  memcpy(g->prev, chain_genesis, CHAIN_HEX);
  if (sqlite3_step(s) != SQLITE_ROW)
    die("gen: reading the head of the history: %s", sqlite3_errmsg(g->st.db->handle));
  g->next_matter = sqlite3_column_int64(s, 0) + 1;
  if (sqlite3_column_type(s, 1) != SQLITE_NULL) {
    g->next_event = sqlite3_column_int64(s, 1) + 1;
    snprintf(g->prev, sizeof g->prev, "%s", (const char *)sqlite3_column_text(s, 2));
  }
  sqlite3_reset(s);
}

static void fast_init(struct gen *g)
{
  table_init(&g->tables[T_MATTER], "matter",
             "id, uuid, ref, kind, from_agency, to_agency, tracking, subject, trigger_date, "
             "trigger_time, rule, days, due, status, clock, answered, created_at, updated_at");
  table_init(&g->tables[T_DEADLINE], "deadline", "matter_id, kind, due, due_time, rule, basis");
  table_init(&g->tables[T_RESPONSE], "response",
             "matter_id, kind, on_date, pages, by_user, created_at");
  table_init(&g->tables[T_EVENT], "event",
             "id, matter_id, at, on_date, kind, field, old_value, new_value, note, by_user, hash");
  g->last_event = prep(g, "SELECT (SELECT max(id) FROM matter), (SELECT max(id) FROM event), "
                          "(SELECT hash FROM event ORDER BY id DESC LIMIT 1)");
  read_head(g);
}

static void fast_release(struct gen *g)
{
  for (int t = 0; t < NTABLES; t++)
    for (size_t n = 0; n <= MULTI; n++)
      sqlite3_finalize(g->tables[t].stmt[n]);
  sqlite3_finalize(g->last_event);
  buf_release(&g->arena);
}

/* A response through the lifecycle layer (the status it implies, the
   clock it stops, its history rows). */
static void respond(struct gen *g, const char *ref, dl_day on, const char *kind, int pages)
{
  char date[11];
  fmt_day(date, on);
  set_now(g, on);
  struct response_in in = {kind, date, pages, NULL, -1, 0};
  struct outcome out;
  memset(&out, 0, sizeof out);
  if (matter_respond(&g->life, ref, &in, &out) != 0)
    exit(1);
  outcome_release(&out);
}

/* ---- the direct writer ---------------------------------------------------
   A matter that ends closed is written with the rows the lifecycle layer
   writes for the same operations (matter_create, matter_respond,
   matter_set_status): the same matter row, the deadlines schedule_compute
   gives (pubrec's engine on the governing calendar), the same responses
   and history rows in the same order, each chained with chain_event_hash as
   store_chain_append chains it. The open ones (extensions, tolling, partial
   answers, appeals) go through the lifecycle layer itself.
   tests/e2e/gen.sh checks that `gen --lifecycle` (every matter through the
   layer) and `gen` write the same rows. */

/* A random (version 4) UUID, as uuid_v4 makes it, from a buffer of
   getrandom bytes. */
static void fast_uuid(struct gen *g, char out[37])
{
  if (g->nrnd < 16) {
    if (getrandom(g->rnd, sizeof g->rnd, 0) != (ssize_t)sizeof g->rnd)
      die("gen: getrandom failed");
    g->nrnd = sizeof g->rnd;
  }
  unsigned char *b = g->rnd + (g->nrnd -= 16);
  b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
  b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
  static const char hex[] = "0123456789abcdef";
  char *o = out;
  for (int i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      *o++ = '-';
    *o++ = hex[b[i] >> 4];
    *o++ = hex[b[i] & 15];
  }
  *o = 0;
}

/* One chained history row, as store_chain_append writes it. */
static void fast_event(struct gen *g, int64_t matter_id, const char *uuid, const char *on,
                       const char *kind, const char *field, const char *old_value,
                       const char *new_value, const char *note)
{
  struct event_canon e = {g->next_event, uuid,      g->now,    on,   kind,
                          field,         old_value, new_value, note, g->st.by};
  char hash[CHAIN_HEX];
  if (chain_event_hash(hash, g->prev, &e) != 0)
    exit(1);
  memcpy(g->prev, hash, CHAIN_HEX);
  struct val *v = row_add(g, T_EVENT);
  val_int(&v[0], e.id);
  val_int(&v[1], matter_id);
  val_text(g, &v[2], g->now);
  val_text(g, &v[3], on);
  val_text(g, &v[4], kind);
  val_text(g, &v[5], field);
  val_text(g, &v[6], old_value);
  val_text(g, &v[7], new_value);
  val_text(g, &v[8], note);
  val_text(g, &v[9], g->st.by);
  val_text(g, &v[10], g->prev);
  g->next_event++;
}

/* A response as add_response records it, and the status it implies. */
static void fast_response(struct gen *g, int64_t id, const char *uuid, const char *on,
                          const char *kind, int pages, const char **status)
{
  char summary[64];
  if (pages >= 0)
    snprintf(summary, sizeof summary, "%s (%d page%s)", kind, pages, pages == 1 ? "" : "s");
  else
    snprintf(summary, sizeof summary, "%s", kind);
  struct val *v = row_add(g, T_RESPONSE);
  val_int(&v[0], id);
  val_text(g, &v[1], kind);
  val_text(g, &v[2], on);
  if (pages >= 0)
    val_int(&v[3], pages);
  else
    val_text(g, &v[3], NULL);
  val_text(g, &v[4], g->st.by);
  val_text(g, &v[5], g->now);
  fast_event(g, id, uuid, on, "response", "response", NULL, summary, NULL);
  const char *implied = response_find(kind)->status;
  if (implied && strcmp(implied, *status) != 0) {
    if (!status_transition_ok(*status, implied))
      die("gen: BUG: %s after '%s'", kind, *status);
    fast_event(g, id, uuid, on, "status", "status", *status, implied, NULL);
    *status = implied;
  }
}

/* Deadlines computed once per distinct input: the rule, the stated days, the
   receiving agency's calendar and cutoff (gen adds no closures of an
   agency's own, so these are everything an agency adds), the trigger date
   and time. A direct-mapped cache; a miss asks schedule_compute. */
#define MEMO 8192
struct memo_slot {
  char *key;
  struct deadline_row *rows;
  size_t n;
  char *due;
};
static struct memo_slot memo[MEMO];

static void deadlines_of(struct gen *g, const struct matter *m, const struct agency_spec *to,
                         struct deadline_row **rows, size_t *n, const char **due)
{
  char key[160];
  snprintf(key, sizeof key, "%s|%d|%s|%s|%s|%s", m->rule ? m->rule : "", m->days,
           to->calendar ? to->calendar : "", to->cutoff ? to->cutoff : "", m->trigger_date,
           m->trigger_time ? m->trigger_time : "");
  unsigned long h = 5381;
  for (const char *c = key; *c; c++)
    h = h * 33 + (unsigned char)*c;
  struct memo_slot *sl = &memo[h % MEMO];
  if (!sl->key || strcmp(sl->key, key) != 0) {
    free(sl->key);
    store_deadlines_free(sl->rows, sl->n);
    free(sl->due);
    sl->key = xstrdup(key);
    if (schedule_compute(g->life.sc, m, &sl->rows, &sl->n, &sl->due) != 0)
      exit(1);
  }
  *rows = sl->rows;
  *n = sl->n;
  *due = sl->due;
}

static void memo_release(void)
{
  for (size_t i = 0; i < MEMO; i++) {
    free(memo[i].key);
    store_deadlines_free(memo[i].rows, memo[i].n);
    free(memo[i].due);
  }
}

/* A matter that ends closed: logged on trig, perhaps acknowledged on `on`
   (ack), closed on `end` with `status` (a response of kind `answer` with
   `pages`, or a status change when answer is NULL). */
static void fast_matter(struct gen *g, struct matter *m, const struct agency_spec *from,
                        const struct agency_spec *to, dl_day trig, int ack, dl_day on, dl_day end,
                        const char *answer, int pages, const char *status)
{
  char uuid[37], d_on[11], d_end[11];
  fast_uuid(g, uuid);
  fmt_day(d_on, on);
  fmt_day(d_end, end);
  struct refc *rc = refc_of(g, kind_prefix(m->kind), atoi(m->trigger_date));
  m->ref = store_ref_format(rc->prefix, rc->year, ++rc->last);
  rc->dirty = 1;
  /* The deadlines as matter_create's recompute finds them: logged, open. */
  m->status = xstrdup("open");
  m->clock = xstrdup("running");
  struct deadline_row *rows = NULL;
  size_t nrows = 0;
  const char *due = NULL;
  set_now(g, trig);
  deadlines_of(g, m, to, &rows, &nrows, &due);
  /* The first determination answers it (matter_respond, matter_set_status). */
  const char *answered = NULL;
  if (ack && response_find("acknowledgement")->determination)
    answered = d_on;
  else if (answer ? response_find(answer)->determination : status_is_determination(status))
    answered = d_end;
  /* The row as it ends: the last change is the closing one, on `end`. */
  char created[21], updated[21];
  snprintf(created, sizeof created, "%s", g->now);
  set_now(g, end);
  snprintf(updated, sizeof updated, "%s", g->now);
  int64_t id = g->next_matter++;
  fts_add(g->fts, id, m, from, to);
  struct val *v = row_add(g, T_MATTER);
  val_int(&v[0], id);
  val_text(g, &v[1], uuid);
  val_text(g, &v[2], m->ref);
  val_text(g, &v[3], m->kind);
  val_int(&v[4], m->from_id);
  val_int(&v[5], m->to_id);
  val_text(g, &v[6], m->tracking);
  val_text(g, &v[7], m->subject);
  val_text(g, &v[8], m->trigger_date);
  val_text(g, &v[9], m->trigger_time);
  val_text(g, &v[10], m->rule);
  if (m->days >= 0)
    val_int(&v[11], m->days);
  else
    val_text(g, &v[11], NULL);
  val_text(g, &v[12], due);
  val_text(g, &v[13], status);
  val_text(g, &v[14], status_clock(status, answered != NULL));
  val_text(g, &v[15], answered);
  val_text(g, &v[16], created);
  val_text(g, &v[17], updated);

  set_now(g, trig);
  char *what = xasprintf("%s %s -> %s", m->kind, m->from_code, m->to_code);
  fast_event(g, id, uuid, m->trigger_date, "created", "status", NULL, "open", what);
  free(what);
  for (size_t i = 0; i < nrows; i++) {
    char field[64], *when = rows[i].due_time ? xasprintf("%sT%s", rows[i].due, rows[i].due_time)
                                             : xstrdup(rows[i].due);
    snprintf(field, sizeof field, "due:%s", rows[i].kind);
    fast_event(g, id, uuid, m->trigger_date, "due", field, NULL, when, "computed when logged");
    free(when);
  }
  for (size_t i = 0; i < nrows; i++) {
    v = row_add(g, T_DEADLINE);
    val_int(&v[0], id);
    val_text(g, &v[1], rows[i].kind);
    val_text(g, &v[2], rows[i].due);
    val_text(g, &v[3], rows[i].due_time);
    val_text(g, &v[4], rows[i].rule);
    val_text(g, &v[5], rows[i].basis);
  }

  const char *at = "open";
  if (ack) {
    set_now(g, on);
    fast_response(g, id, uuid, d_on, "acknowledgement", -1, &at);
  }
  set_now(g, end);
  if (answer) {
    fast_response(g, id, uuid, d_end, answer, pages, &at);
  } else {
    if (!status_transition_ok(at, status))
      die("gen: BUG: '%s' after '%s'", status, at);
    fast_event(g, id, uuid, d_end, "status", "status", at, status, NULL);
    at = status;
  }
  if (strcmp(at, status) != 0)
    die("gen: BUG: %s ends '%s', not '%s'", m->ref, at, status);
  const char *clock = status_clock(status, answered != NULL);
  if (strcmp(clock, "running") != 0)
    fast_event(g, id, uuid, d_end, "clock", "clock", "running", clock, NULL);
}

static void one_matter(struct gen *g, int64_t i, int64_t n)
{
  struct rng r = {mix((uint64_t)i * 7919 + 17)};
  dl_day first = g->today - SPAN_DAYS;
  dl_day trig = first + (dl_day)(i * SPAN_DAYS / n);
  int age = g->today - trig;
  int k = below(&r, 100);
  const char *kind = k < 70 ? "request" : k < 90 ? "subpoena" : k < 95 ? "appeal" : "petition";
  const struct agency_spec *from, *to;
  struct matter m;
  memset(&m, 0, sizeof m);
  m.days = -1;
  if (strcmp(kind, "request") == 0 || strcmp(kind, "appeal") == 0) {
    from = &agencies[below(&r, 20)];
    int federal = strcmp(kind, "appeal") == 0 || below(&r, 2) == 0;
    to = federal ? &agencies[20 + below(&r, 20)] : &agencies[40 + below(&r, 15)];
    m.rule = xstrdup(strcmp(kind, "appeal") == 0 ? "us-foia-appeal"
                     : federal                   ? "us-foia"
                                                 : "co-cora");
  } else if (strcmp(kind, "subpoena") == 0) {
    from = &agencies[20 + below(&r, 20)];
    to = &agencies[40 + below(&r, 15)];
    m.days = 14;
  } else {
    from = &agencies[20 + below(&r, 20)];
    to = &agencies[55 + below(&r, 5)];
  }
  char date[11];
  fmt_day(date, trig);
  m.kind = xstrdup(kind);
  m.from_id = from->id;
  m.to_id = to->id;
  m.from_code = xstrdup(from->code);
  m.to_code = xstrdup(to->code);
  m.subject = xasprintf("%s (%" PRId64 ")", topics[below(&r, 10)], i + 1);
  m.trigger_date = xstrdup(date);
  if (strcmp(kind, "request") == 0 && below(&r, 10) < 3)
    m.trigger_time = xasprintf("%02d:%02d", 8 + below(&r, 11), below(&r, 60));
  if (below(&r, 20) == 0)
    m.tracking = xasprintf("T-%" PRId64, i + 1);

  /* Where it ends up. */
  int open = age < 45 ? below(&r, 10) < 9 : below(&r, 1000) < 38;
  const char *status;
  int o = below(&r, 100);
  if (open)
    status = o < 35   ? "open"
             : o < 65 ? "acknowledged"
             : o < 77 ? "extended"
             : o < 85 ? "tolled"
             : o < 95 ? "partial"
                      : "appealed";
  else if (strcmp(kind, "subpoena") == 0)
    status = o < 60 ? "fulfilled" : o < 85 ? "refused" : "escalated";
  else
    status = o < 62 ? "fulfilled" : o < 77 ? "denied" : o < 90 ? "withdrawn" : "escalated";
  if (!m.rule && open && o >= 65)
    status = "open"; /* extensions and tolling: working-day rules only */
  m.status = xstrdup(status);

  set_now(g, trig);
  free(m.status);
  m.status = NULL;
  if (!open && !g->lifecycle) {
    /* The same draws as below, in the same order. */
    dl_day on = trig + 1 + below(&r, 4);
    if (on > g->today)
      on = g->today;
    int ack = below(&r, 2) == 0 && strcmp(kind, "petition") != 0;
    dl_day end = trig + 5 + below(&r, 60);
    if (end > g->today)
      end = g->today;
    const char *answer = strcmp(status, "fulfilled") == 0 ? "production"
                         : strcmp(status, "denied") == 0  ? "denial"
                         : strcmp(status, "refused") == 0 ? "refusal"
                                                          : NULL;
    int pages = strcmp(status, "fulfilled") == 0 ? 1 + below(&r, 2000) : -1;
    fast_matter(g, &m, from, to, trig, ack, on, end, answer, pages, status);
    matter_release(&m);
    return;
  }
  rows_send(g); /* the layer reads the history's head and the reference counters */
  if (matter_create(&g->life, &m, NULL, 0, NULL) != 0)
    exit(1);
  fts_add(g->fts, m.id, &m, from, to);
  struct refc *rc = refc_of(g, kind_prefix(m.kind), atoi(m.trigger_date));
  char *ref = store_ref_format(rc->prefix, rc->year, ++rc->last);
  if (strcmp(ref, m.ref) != 0)
    die("gen: BUG: the layer numbered %s, the writer counted %s", m.ref, ref);
  free(ref);

  /* What happened to it, each on its day (never after today), through the
     lifecycle layer as the commands do it. */
  dl_day on = trig + 1 + below(&r, 4);
  if (on > g->today)
    on = g->today;
  if (strcmp(status, "open") != 0 && below(&r, 2) == 0 && strcmp(kind, "petition") != 0)
    respond(g, m.ref, on, "acknowledgement", -1);
  char date2[11];
  fmt_day(date2, on);
  struct outcome out;
  memset(&out, 0, sizeof out);
  if (strcmp(status, "extended") == 0) {
    on = trig + 1; /* within every rule's period */
    fmt_day(date2, on);
    set_now(g, on);
    if (matter_extend(&g->life, m.ref, -1, date2, "unusual circumstances", 0, &out) != 0)
      exit(1);
  } else if (strcmp(status, "tolled") == 0) {
    on = trig + 1;
    fmt_day(date2, on);
    set_now(g, on);
    if (matter_toll(&g->life, m.ref, date2, "request for clarification", &out) != 0)
      exit(1);
  } else if (strcmp(status, "partial") == 0) {
    respond(g, m.ref, on, "partial", 10 + below(&r, 500));
  } else if (strcmp(status, "appealed") == 0) {
    respond(g, m.ref, on, "denial", -1);
    set_now(g, on);
    if (matter_set_status(&g->life, m.ref, "appealed", date2, "appeal filed", &out) != 0)
      exit(1);
  } else if (!open) {
    dl_day end = trig + 5 + below(&r, 60);
    if (end > g->today)
      end = g->today;
    fmt_day(date2, end);
    if (strcmp(status, "fulfilled") == 0)
      respond(g, m.ref, end, "production", 1 + below(&r, 2000));
    else if (strcmp(status, "denied") == 0)
      respond(g, m.ref, end, "denial", -1);
    else if (strcmp(status, "refused") == 0)
      respond(g, m.ref, end, "refusal", -1);
    else {
      set_now(g, end);
      if (matter_set_status(&g->life, m.ref, status, date2, NULL, &out) != 0)
        exit(1);
    }
  }
  outcome_release(&out);
  matter_release(&m);
  if (!g->lifecycle)
    read_head(g); /* the layer appended history rows */
}

int main(int argc, char **argv)
{
  const char *today = "2026-06-30";
  int a = 1, lifecycle = 0;
  const int trace = getenv("GEN_TRACE") != NULL; /* each phase's steps' times too */
  while (a < argc && argv[a][0] == '-') {
    if (strcmp(argv[a], "--help") == 0 || strcmp(argv[a], "-h") == 0) {
      printf("usage: gen [--today YYYY-MM-DD] [--lifecycle] N DB\n\n"
             "Write a new pubrec database DB of N realistic matters for the benchmarks\n"
             "(bench/scale.sh): about 5%% open, deadlines from pubrec's engine, five\n"
             "history rows a matter on average. DB (and DB-fts, where the search index\n"
             "is built) must not exist.\n\n"
             "  --today DATE   the day the history ends on (default 2026-06-30)\n"
             "  --lifecycle    every matter through the lifecycle layer (slow; the\n"
             "                 reference tests/e2e/gen.sh compares with)\n\n"
             "Progress and each phase's time go to stderr; with GEN_TRACE=1 in the\n"
             "environment, also each index's.\n");
      return 0;
    }
    if (strcmp(argv[a], "--lifecycle") == 0) {
      lifecycle = 1;
      a++;
    } else if (strcmp(argv[a], "--today") == 0 && a + 1 < argc) {
      today = argv[a + 1];
      a += 2;
    } else {
      break;
    }
  }
  if (argc - a != 2 || atoll(argv[a]) <= 0) {
    fprintf(stderr, "usage: gen [--today YYYY-MM-DD] [--lifecycle] N DB\n");
    return 2;
  }
  int64_t n = atoll(argv[a]);
  const char *path = argv[a + 1];
  struct gen g;
  memset(&g, 0, sizeof g);
  g.lifecycle = lifecycle;
  if (dl_parse_date(today, &g.today) != 0) {
    fprintf(stderr, "gen: invalid --today '%s'\n", today);
    return 2;
  }
  char *fts_path = xasprintf("%s-fts", path); /* where the search index is built */
  struct stat sb;
  const char *busy = stat(path, &sb) == 0 ? path : stat(fts_path, &sb) == 0 ? fts_path : NULL;
  if (busy) {
    fprintf(stderr, "gen: '%s' exists; remove it first\n", busy);
    free(fts_path);
    return 1;
  }
  struct db *db = NULL;
  if (db_open(&db, path) != 0) {
    free(fts_path);
    return 1;
  }
  /* A bulk load: no journal (which defensive mode, set by db_open, would
     refuse; the load is one process writing a new file, and a crash leaves
     a file to remove), no fsync, a large page cache. */
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DEFENSIVE, 0, (int *)NULL);
  exec_or_die(db, "PRAGMA journal_mode = DELETE");
  exec_or_die(db, "PRAGMA journal_mode = OFF");
  exec_or_die(db, "PRAGMA synchronous = OFF");
  exec_or_die(db, "PRAGMA cache_size = -2000000");
  exec_or_die(db, "PRAGMA temp_store = MEMORY");
  /* Foreign keys unchecked: a third of a matter row's cost. What gen writes
     is checked by tests/e2e/gen.sh (PRAGMA foreign_key_check, pubrec
     verify, the same rows as the lifecycle layer's). */
  exec_or_die(db, "PRAGMA foreign_keys = OFF");
  g.st.db = db;
  g.st.by = "bench";
  g.st.today = today;
  g.st.now = g.now;
  set_now(&g, g.today - SPAN_DAYS);
  life_init(&g.life, &g.st, today);
  t0 = elapsed();
  size_t nindexes = 0;
  struct rebuild *indexes = drop_indexes(db, &nindexes);
  struct fts_build fb;
  fts_build_start(&fb, db, fts_path);
  g.fts = &fb;
  /* The load is one transaction. With no journal, a page the cache must
     give up is written to the file at once (a spill), so the cache keeps
     the pages in use: the last pages of each table and the whole of
     matter's index by UUID, where each new matter lands on a random page.
     A commit writes every changed page: committing each 100,000 matters,
     as gen did, wrote most of the UUID index's pages again each time
     (docs/PERFORMANCE.md, session 8). */
  exec_or_die(db, "BEGIN");
  add_agencies(&g.st);
  fast_init(&g);
  for (int64_t i = 0; i < n; i++) {
    one_matter(&g, i, n);
    if ((i + 1) % PROGRESS == 0)
      fprintf(stderr, "gen: %" PRId64 " matters, %.1f s\n", i + 1, elapsed());
  }
  rows_send(&g);
  fts_build_close(&fb);
  exec_or_die(db, "COMMIT");
  fprintf(stderr, "gen: %" PRId64 " matters written, %.1f s\n", n, elapsed());
  /* The pending feed's rows (migrations/0031_ics_feed.sql), as a command's
     commit leaves them: its triggers were dropped for the load, so every
     pending matter is marked here. Built while the rows they read are still
     in memory (at 10M the file outgrows the page cache). */
  exec_or_die(db, "BEGIN");
  exec_or_die(db, "INSERT OR IGNORE INTO ics_feed_dirty (matter_id) "
                  "SELECT id FROM matter WHERE clock <> 'stopped'");
  if (trace)
    fprintf(stderr, "gen:   pending matters marked, %.1f s\n", elapsed());
  if (store_ics_feed_flush(&g.st) != 0)
    exit(1);
  exec_or_die(db, "COMMIT");
  fprintf(stderr, "gen: calendar feed built, %.1f s\n", elapsed());
  /* The sorts: their runs in temporary files (held in memory, as the load
     has them, CREATE INDEX matter(kind, due) took 29.9 s at 10M instead of
     12.4 s), with a helper thread on the core the search index's builder
     used during the load. */
  exec_or_die(db, "PRAGMA temp_store = FILE");
  exec_or_die(db, "PRAGMA threads = 1");
  exec_or_die(db, "BEGIN");
  for (size_t i = 0; i < nindexes; i++) {
    if (indexes[i].index)
      sort_cache_for(db, indexes[i].table);
    exec_or_die(db, indexes[i].sql);
    if (indexes[i].index && trace)
      fprintf(stderr, "gen:   index %s built, %.1f s\n", indexes[i].name, elapsed());
    free(indexes[i].name);
    free(indexes[i].sql);
    free(indexes[i].table);
  }
  free(indexes);
  fprintf(stderr, "gen: indexes built, %.1f s\n", elapsed());
  exec_or_die(db, "COMMIT");
  fts_build_wait(&fb);
  double fts_built = fb.built;
  char *attach = sqlite3_mprintf("ATTACH %Q AS fts", fts_path);
  exec_or_die(db, attach);
  sqlite3_free(attach);
  exec_or_die(db, "BEGIN");
  fts_build_copy(db);
  fprintf(stderr, "gen: search index (built by %.1f s) copied in, %.1f s\n", fts_built, elapsed());
  if (!g.lifecycle && g.next_event > 1) {
    /* The head of the chain, as store_chain_append leaves it. */
    sqlite3_stmt *h = prep(&g, "INSERT INTO history_head(id, last_id, hash) VALUES (1, ?1, ?2) "
                               "ON CONFLICT(id) DO UPDATE SET last_id = ?1, hash = ?2");
    sqlite3_bind_int64(h, 1, g.next_event - 1);
    bind_text(h, 2, g.prev);
    step_done(&g, h);
    sqlite3_finalize(h);
  }
  fast_release(&g);
  memo_release();
  exec_or_die(db, "COMMIT");
  exec_or_die(db, "DETACH fts");
  if (unlink(fts_path) != 0)
    die("gen: removing '%s': %s", fts_path, strerror(errno));
  free(fts_path);
  exec_or_die(db, "PRAGMA journal_mode = WAL");
  life_release(&g.life);
  db_close(db);
  fprintf(stderr, "gen: %" PRId64 " matters in %.1f s: %s\n", n, elapsed(), path);
  return 0;
}
