/*
** gen.c — bench/gen N DB: a realistic pubrec database of N matters for the
** scaling benchmarks (bench/scale.sh).
**
** The schema comes from pubrec itself (db_open applies the embedded
** migrations), and every row is written through pubrec's own storage layer
** and scheduler: references from store_next_ref, matters from
** store_matter_insert, deadlines and their history rows from
** schedule_update (so the due dates are those pubrec's engine computes on
** the agency's or the rule's calendar), responses, extensions and tolling
** periods from their store functions. Columns those functions do not write
** keep their defaults.
**
** The shape: 60 agencies (20 requesters without a calendar, 20 federal
** agencies on us-federal, the default or us-federal-dc, 15 Colorado
** agencies on us-co, some with a 16:00 cutoff, 5 courts on us-federal-dco);
** 70% requests (FOIA to federal agencies, CORA to Colorado ones), 20%
** subpoenas (a stated 14-day period), 5% FOIA appeals, 5% petitions (no
** deadline); trigger dates spread evenly over the ten years before TODAY,
** numbered in order; about 5% open (most matters of the last 45 days, and
** a backlog of older ones), the rest fulfilled, denied, withdrawn, refused
** or escalated; about 5 history rows a matter. Deterministic: the same N
** gives the same database.
**
** usage: gen [--schema V] [--today YYYY-MM-DD] N DB
**   --schema V   stop the migrations at version V (to measure an older
**                pubrec on the same data)
*/
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "db.h"
#include "deadline.h"
#include "model.h"
#include "schedule.h"
#include "store.h"
#include "util.h"

#define NAGENCY 60
#define SPAN_DAYS 3652
#define BATCH 100000

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

static void exec_or_die(struct db *db, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec(db->handle, sql, NULL, NULL, &msg) != SQLITE_OK)
    die("gen: %s: %s", sql, msg ? msg : "error");
}

struct agency_spec {
  char code[16];
  const char *calendar;
  const char *cutoff;
  int64_t id;
};

static struct agency_spec agencies[NAGENCY];

/* The indexes of the tables gen fills and never reads by them: dropped
   before the load and created again after it, from their own SQL (one
   sort each instead of a B-tree insert per row). */
static char **drop_indexes(struct db *db, size_t *n)
{
  sqlite3_stmt *s = NULL;
  char **sqls = NULL, **names = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(db->handle,
                         "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                         "NULL AND tbl_name IN ('matter', 'event', 'response', 'deadline')",
                         -1, &s, NULL) != SQLITE_OK)
    die("gen: reading the schema: %s", sqlite3_errmsg(db->handle));
  while (sqlite3_step(s) == SQLITE_ROW) {
    sqls = xrealloc(sqls, (*n + 1) * sizeof *sqls);
    names = xrealloc(names, (*n + 1) * sizeof *names);
    names[*n] = xstrdup((const char *)sqlite3_column_text(s, 0));
    sqls[(*n)++] = xstrdup((const char *)sqlite3_column_text(s, 1));
  }
  sqlite3_finalize(s);
  for (size_t i = 0; i < *n; i++) {
    char *drop = xasprintf("DROP INDEX \"%s\"", names[i]);
    exec_or_die(db, drop);
    free(drop);
    free(names[i]);
  }
  free(names);
  return sqls;
}

/* 0-19 requesters, 20-39 federal, 40-54 Colorado, 55-59 courts. */
static void add_agencies(struct store *st)
{
  for (int i = 0; i < NAGENCY; i++) {
    struct agency_spec *s = &agencies[i];
    struct agency a;
    memset(&a, 0, sizeof a);
    char name[64];
    if (i < 20) {
      snprintf(s->code, sizeof s->code, "NEWS%02d", i);
      snprintf(name, sizeof name, "Requester number %d", i);
    } else if (i < 40) {
      snprintf(s->code, sizeof s->code, "FED%02d", i - 20);
      snprintf(name, sizeof name, "Federal agency number %d", i - 20);
      s->calendar = i % 4 == 0 ? NULL : i % 4 == 1 ? "us-federal-dc" : "us-federal";
      a.jurisdiction = "us";
    } else if (i < 55) {
      snprintf(s->code, sizeof s->code, "CO%02d", i - 40);
      snprintf(name, sizeof name, "Colorado agency number %d", i - 40);
      s->calendar = "us-co";
      s->cutoff = i % 5 == 0 ? "16:00" : NULL;
      a.jurisdiction = "us-co";
    } else {
      snprintf(s->code, sizeof s->code, "COURT%d", i - 55);
      snprintf(name, sizeof name, "Court number %d", i - 55);
      s->calendar = "us-federal-dco";
      a.jurisdiction = "us";
    }
    a.code = s->code;
    a.name = name;
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

struct gen {
  struct store st;
  struct schedule *sc;
  dl_day today;
  char now[21];   /* st.now points here: the time a row is recorded */
  int64_t events; /* counted for the summary */
};

/* Rows written from now on are recorded on `day` at noon UTC. */
static void set_now(struct gen *g, dl_day day)
{
  char date[11];
  dl_format_date(date, day);
  snprintf(g->now, sizeof g->now, "%sT12:00:00Z", date);
}

static void fmt_day(char out[11], dl_day d)
{
  dl_format_date(out, d);
}

/* Record an event on `on` (its recorded time: that day at noon UTC). */
static void event(struct gen *g, int64_t id, dl_day on, const char *kind, const char *field,
                  const char *old_value, const char *new_value, const char *note)
{
  char date[11];
  fmt_day(date, on);
  set_now(g, on);
  if (store_event_add(&g->st, id, date, kind, field, old_value, new_value, note) != 0)
    exit(1);
  g->events++;
}

static void respond(struct gen *g, int64_t id, dl_day on, const char *kind, int pages,
                    const char *from, const char *to)
{
  char date[11];
  fmt_day(date, on);
  set_now(g, on);
  if (store_response_add(&g->st, id, kind, date, pages, NULL) != 0)
    exit(1);
  event(g, id, on, "response", "response", NULL, kind, NULL);
  if (to && strcmp(from, to) != 0)
    event(g, id, on, "status", "status", from, to, NULL);
}

static void reread(struct gen *g, struct matter *m)
{
  int64_t id = m->id;
  matter_release(m);
  if (store_matter_get_id(&g->st, id, m) != 0)
    exit(1);
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
  char date[11], uuid[37];
  fmt_day(date, trig);
  uint64_t u1 = next(&r), u2 = next(&r);
  snprintf(uuid, sizeof uuid,
           "%08" PRIx64 "-%04" PRIx64 "-4%03" PRIx64 "-%04" PRIx64 "-%012" PRIx64, u1 >> 32,
           (u1 >> 16) & 0xFFFF, u1 & 0xFFF, (uint64_t)((u2 >> 48 & 0x3FFF) | 0x8000),
           (uint64_t)(u2 & 0xFFFFFFFFFFFFULL));
  m.uuid = xstrdup(uuid);
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
  if (store_next_ref(&g->st, &m.ref, kind_prefix(kind), atoi(date)) != 0 ||
      store_matter_insert(&g->st, &m) != 0)
    exit(1);
  char *what = xasprintf("%s %s -> %s", kind, from->code, to->code);
  event(g, m.id, trig, "created", "status", NULL, "open", what);
  free(what);
  if (schedule_update(g->sc, &m, date, "computed when logged", NULL) != 0)
    exit(1);

  /* What happened to it, each on its day (never after today). */
  dl_day on = trig + 1 + below(&r, 4);
  const char *cur = "open";
  if (on > g->today)
    on = g->today;
  if (strcmp(status, "open") != 0 && below(&r, 2) == 0 && strcmp(kind, "petition") != 0) {
    respond(g, m.id, on, "acknowledgement", -1, cur, "acknowledged");
    cur = "acknowledged";
  }
  if (strcmp(status, "extended") == 0) {
    int days = strcmp(m.rule ? m.rule : "", "co-cora") == 0 ? 7 : 10;
    fmt_day(date, on);
    if (store_extension_add(&g->st, m.id, days, date, "unusual circumstances") != 0)
      exit(1);
    char *val = xasprintf("+%d working days", days);
    event(g, m.id, on, "extension", "extension", NULL, val, "unusual circumstances");
    free(val);
    event(g, m.id, on, "status", "status", cur, "extended", NULL);
    reread(g, &m);
    if (schedule_update(g->sc, &m, date, "extended", NULL) != 0)
      exit(1);
  } else if (strcmp(status, "tolled") == 0) {
    respond(g, m.id, on, "clarification", -1, cur, "tolled");
    fmt_day(date, on);
    if (store_toll_add(&g->st, m.id, date, NULL) != 0)
      exit(1);
    reread(g, &m);
    if (schedule_update(g->sc, &m, date, "clock paused: request for clarification", NULL) != 0)
      exit(1);
  } else if (strcmp(status, "partial") == 0) {
    respond(g, m.id, on, "partial", 10 + below(&r, 500), cur, "partial");
  } else if (strcmp(status, "appealed") == 0) {
    respond(g, m.id, on, "denial", -1, cur, "denied");
    event(g, m.id, on, "status", "status", "denied", "appealed", "appeal filed");
  } else if (!open) {
    dl_day end = trig + 5 + below(&r, 60);
    if (end > g->today)
      end = g->today;
    if (strcmp(status, "fulfilled") == 0)
      respond(g, m.id, end, "production", 1 + below(&r, 2000), cur, "fulfilled");
    else if (strcmp(status, "denied") == 0)
      respond(g, m.id, end, "denial", -1, cur, "denied");
    else if (strcmp(status, "refused") == 0)
      respond(g, m.id, end, "refusal", -1, cur, "refused");
    else
      event(g, m.id, end, "status", "status", cur, status, NULL);
  }
  matter_release(&m);
}

int main(int argc, char **argv)
{
  int schema = db_schema_latest();
  const char *today = "2026-06-30";
  int a = 1;
  for (; a + 1 < argc && argv[a][0] == '-'; a += 2) {
    if (strcmp(argv[a], "--schema") == 0)
      schema = atoi(argv[a + 1]);
    else if (strcmp(argv[a], "--today") == 0)
      today = argv[a + 1];
    else
      break;
  }
  if (argc - a != 2 || atoll(argv[a]) <= 0) {
    fprintf(stderr, "usage: gen [--schema V] [--today YYYY-MM-DD] N DB\n");
    return 2;
  }
  int64_t n = atoll(argv[a]);
  const char *path = argv[a + 1];
  struct stat sb;
  if (stat(path, &sb) == 0) {
    fprintf(stderr, "gen: '%s' exists; remove it first\n", path);
    return 1;
  }
  struct gen g;
  memset(&g, 0, sizeof g);
  if (dl_parse_date(today, &g.today) != 0) {
    fprintf(stderr, "gen: invalid --today '%s'\n", today);
    return 2;
  }
  struct db *db = NULL;
  if (db_open_at_version(&db, path, schema) != 0)
    return 1;
  /* A bulk load: no journal, no fsync, a large page cache. */
  exec_or_die(db, "PRAGMA journal_mode = OFF");
  exec_or_die(db, "PRAGMA synchronous = OFF");
  exec_or_die(db, "PRAGMA cache_size = -2000000");
  exec_or_die(db, "PRAGMA temp_store = MEMORY");
  g.st.db = db;
  g.st.by = "bench";
  g.st.today = today;
  g.st.now = g.now;
  set_now(&g, g.today - SPAN_DAYS);
  g.sc = schedule_new(&g.st);
  time_t t0 = time(NULL);
  size_t nindexes = 0;
  char **indexes = drop_indexes(db, &nindexes);
  exec_or_die(db, "BEGIN");
  add_agencies(&g.st);
  for (int64_t i = 0; i < n; i++) {
    one_matter(&g, i, n);
    if ((i + 1) % BATCH == 0) {
      exec_or_die(db, "COMMIT");
      exec_or_die(db, "BEGIN");
      if ((i + 1) % (10 * BATCH) == 0)
        fprintf(stderr, "gen: %" PRId64 " matters, %ld s\n", i + 1, (long)(time(NULL) - t0));
    }
  }
  for (size_t i = 0; i < nindexes; i++) {
    exec_or_die(db, indexes[i]);
    free(indexes[i]);
  }
  free(indexes);
  exec_or_die(db, "COMMIT");
  exec_or_die(db, "PRAGMA journal_mode = WAL");
  schedule_free(g.sc);
  db_close(db);
  fprintf(stderr, "gen: %" PRId64 " matters, %" PRId64 " history rows in %ld s: %s\n", n, g.events,
          (long)(time(NULL) - t0), path);
  return 0;
}
