/*
** gen.c — bench/gen N DB: a realistic pubrec database of N matters for the
** scaling benchmarks (bench/scale.sh).
**
** The schema comes from pubrec itself (db_open applies the embedded
** migrations), and every matter is written as the commands write it: logged
** with matter_create, then acknowledged, extended, tolled, answered,
** appealed or closed through the lifecycle layer (src/matter.c), so its
** status, clock, deadlines (pubrec's engine on the agency's or the rule's
** calendar), responses and history rows are pubrec's own. Columns nothing
** writes keep their defaults.
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
** usage: gen [--today YYYY-MM-DD] N DB      (default today: 2026-06-30)
*/
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "db.h"
#include "matter.h"
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
  struct life life; /* the lifecycle layer: every change as the commands make it */
  dl_day today;
  char now[21]; /* st.now points here: the time a row is recorded */
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
  if (matter_create(&g->life, &m, NULL, 0, NULL) != 0)
    exit(1);

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
}

int main(int argc, char **argv)
{
  const char *today = "2026-06-30";
  int a = 1;
  for (; a + 1 < argc && argv[a][0] == '-'; a += 2) {
    if (strcmp(argv[a], "--today") == 0)
      today = argv[a + 1];
    else
      break;
  }
  if (argc - a != 2 || atoll(argv[a]) <= 0) {
    fprintf(stderr, "usage: gen [--today YYYY-MM-DD] N DB\n");
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
  if (db_open(&db, path) != 0)
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
  life_init(&g.life, &g.st, today);
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
  life_release(&g.life);
  db_close(db);
  fprintf(stderr, "gen: %" PRId64 " matters in %ld s: %s\n", n, (long)(time(NULL) - t0), path);
  return 0;
}
