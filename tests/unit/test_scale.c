/*
** test_scale.c — the work that must not grow with the number of matters:
** a change recomputes only the matters it can move, and moves exactly those
** a full recomputation moves (closures of a calendar and of an agency, an
** agency's cutoff, a holiday rule, a rule change); references are found in
** any case through the unique index; the statement cache reuses statements;
** every filtered listing (and its count) and every recomputation scope is
** planned as index searches, never a scan of matter (EXPLAIN QUERY PLAN).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "deadline.h"
#include "embedded.h"
#include "matter.h"
#include "model.h"
#include "schedule.h"
#include "store.h"
#include "store_ics.h"
#include "store_report.h"
#include "util.h"

static char dir[256];
static const char *const TODAY = "2026-03-02";

static void build_base(void);

static int setup(void **state)
{
  (void)state;
  snprintf(dir, sizeof dir, "%s/pubrec-scale-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(dir))
    return -1;
  build_base();
  return 0;
}

static int teardown(void **state)
{
  (void)state;
  char *cmd = xasprintf("rm -rf '%s'", dir);
  int rc = system(cmd);
  free(cmd);
  return rc == 0 ? 0 : -1;
}

static void open_store(struct db **db, struct store *st, const char *name)
{
  char *p = xasprintf("%s/%s", dir, name);
  assert_int_equal(db_open(db, p), 0);
  free(p);
  memset(st, 0, sizeof *st);
  st->db = *db;
  st->now = "2026-03-02T12:00:00Z";
  st->by = "test";
  st->today = TODAY;
}

static void copy_db(const char *from, const char *to)
{
  char *cmd = xasprintf("cp '%s/%s' '%s/%s'", dir, from, dir, to);
  assert_int_equal(system(cmd), 0);
  free(cmd);
}

/* Every row a recomputation can change, as one text. Caller frees. */
static char *dump(struct db *db)
{
  static const char *const sqls[] = {
      "SELECT matter_id, kind, due, coalesce(due_time, '') FROM deadline ORDER BY 1, 2",
      "SELECT id, coalesce(due, '-') FROM matter ORDER BY id",
      "SELECT matter_id, on_date, field, coalesce(old_value, '-'), coalesce(new_value, '-'), "
      "note FROM event WHERE kind = 'due' ORDER BY matter_id, id"};
  struct buf b = BUF_INIT;
  for (size_t q = 0; q < sizeof sqls / sizeof sqls[0]; q++) {
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_prepare_v2(db->handle, sqls[q], -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(s); c++) {
        const unsigned char *t = sqlite3_column_text(s, c);
        buf_adds(&b, t ? (const char *)t : "NULL");
        buf_adds(&b, "|");
      }
      buf_adds(&b, "\n");
    }
    sqlite3_finalize(s);
  }
  return buf_detach(&b, NULL);
}

static int64_t scalar(struct db *db, const char *sql)
{
  sqlite3_stmt *s = NULL;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db->handle, sql, -1, &s, NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW)
    v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

/* Agencies on each built-in calendar (and one on none: the default). */
static const char *const agency_codes[] = {"FED", "FEDDC", "CO", "COURT", "PLAIN", "NEWS"};
static const char *const agency_cals[] = {
    "us-federal", "us-federal-dc", "us-co", "us-federal-dco", NULL, NULL};

/* base.db: 400 matters triggered in the 90 days before TODAY, on every
   calendar, with rules counting working days, calendar days and stated
   periods, some extended, some tolled, some answered; written through the
   lifecycle layer as the commands write them. */
static void build_base(void)
{
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  assert_int_equal(db_begin(db), 0);

  for (int i = 0; i < 6; i++) {
    struct agency a;
    memset(&a, 0, sizeof a);
    a.code = (char *)agency_codes[i];
    a.name = (char *)agency_codes[i];
    a.calendar = (char *)agency_cals[i];
    a.cutoff = i == 2 ? "16:00" : NULL;
    assert_int_equal(store_agency_add(&st, &a), 0);
  }
  struct life l;
  life_init(&l, &st, TODAY);
  dl_day today;
  assert_int_equal(dl_parse_date(TODAY, &today), 0);
  for (int i = 0; i < 400; i++) {
    struct matter m;
    memset(&m, 0, sizeof m);
    dl_day trig = today - 89 + (i * 37) % 90;
    char date[11], on[11];
    dl_format_date(date, trig);
    int to = i % 5; /* FED .. PLAIN */
    m.kind = xstrdup(i % 7 == 3 ? "subpoena" : "request");
    m.from_code = xstrdup("NEWS");
    m.to_code = xstrdup(agency_codes[to]);
    m.subject = xstrdup("test");
    m.trigger_date = xstrdup(date);
    m.days = -1;
    if (i % 7 == 3)
      m.days = 14;
    else
      m.rule = xstrdup(i % 3 == 0 ? "co-cora" : i % 3 == 1 ? "us-foia" : "us-foia-appeal");
    if (i % 4 == 1)
      m.trigger_time = xstrdup("16:30");
    assert_int_equal(matter_create(&l, &m, NULL, 0, NULL), 0);
    struct outcome out;
    memset(&out, 0, sizeof out);
    dl_format_date(on, trig + 1 < today ? trig + 1 : today);
    if (i % 10 == 8 && m.rule)
      assert_int_equal(matter_toll(&l, m.ref, on, NULL, &out), 0);
    else if (i % 11 == 5 && m.rule)
      assert_int_equal(matter_extend(&l, m.ref, -1, on, NULL, 0, &out), 0);
    else if (i % 10 == 9) {
      struct response_in in = {"production", on, 3, NULL, -1, 0};
      assert_int_equal(matter_respond(&l, m.ref, &in, &out), 0);
    }
    outcome_release(&out);
    matter_release(&m);
  }
  life_release(&l);
  /* As every writer does before it commits (ctx_write): the pending feed. */
  assert_int_equal(store_ics_feed_flush(&st), 0);
  assert_int_equal(db_commit(db), 0);
  db_close(db);
}

enum change { CLOSE_CAL, CLOSE_AGENCY, AGENCY_CUTOFF, HOLIDAY, RULE };

/* Apply one change to a copy of base.db, recomputing the affected matters
   (scoped = 1) or every open matter; return the dump and the moved count. */
static char *apply(enum change what, const char *arg, const char *day, int scoped, int *moved,
                   size_t *recomputed)
{
  struct db *db;
  struct store st;
  const char *name = scoped ? "scoped.db" : "full.db";
  copy_db("base.db", name);
  open_store(&db, &st, name);
  assert_int_equal(db_begin(db), 0);
  struct affected f;
  memset(&f, 0, sizeof f);
  if (what == CLOSE_CAL) {
    assert_int_equal(store_closure_add(&st, arg, 0, day, "test"), 0);
    f.calendar = arg;
    f.day = day;
  } else if (what == CLOSE_AGENCY) {
    struct agency a;
    assert_int_equal(store_agency_get(&st, arg, &a), 0);
    assert_int_equal(store_closure_add(&st, NULL, a.id, day, "test"), 0);
    f.agency_id = a.id;
    f.day = day;
    agency_release(&a);
  } else if (what == AGENCY_CUTOFF) {
    /* The agency's receipt cutoff changes (as 'agency set' would write it). */
    struct agency a;
    assert_int_equal(store_agency_get(&st, arg, &a), 0);
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_prepare_v2(db->handle,
                                        "UPDATE agency SET cutoff = :cutoff WHERE id = :id", -1, &s,
                                        NULL),
                     SQLITE_OK);
    sqlite3_bind_text(s, 1, day, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, a.id);
    assert_int_equal(sqlite3_step(s), SQLITE_DONE);
    sqlite3_finalize(s);
    f.agency_id = a.id;
    agency_release(&a);
  } else if (what == HOLIDAY) {
    dl_day d;
    int y, mo, dd;
    assert_int_equal(dl_parse_date(day, &d), 0);
    dl_to_civil(d, &y, &mo, &dd);
    struct hol_rule r;
    memset(&r, 0, sizeof r);
    r.name = "Test Day";
    r.kind = HOL_FIXED;
    r.month = mo;
    r.day = dd;
    r.observe = HOL_OBS_NONE;
    assert_int_equal(store_holiday_add(&st, arg, &r, "test"), 0);
    f.calendar = arg;
  } else {
    struct rule_row r;
    assert_int_equal(store_rule_get(&st, arg, &r), 0);
    r.count += 2;
    assert_int_equal(store_rule_update(&st, &r), 0);
    rule_row_release(&r);
    f.rule = arg;
  }
  if (recomputed) {
    struct affected g = f;
    int64_t *ids = NULL;
    g.default_calendar = SCHEDULE_DEFAULT_CALENDAR;
    assert_int_equal(store_affected_ids(&st, &g, &ids, recomputed), 0);
    free(ids);
  }
  struct schedule *sc = schedule_new(&st);
  if (scoped)
    assert_int_equal(schedule_update_affected(sc, &f, TODAY, "changed", moved), 0);
  else
    assert_int_equal(schedule_update_all(sc, TODAY, "changed", moved), 0);
  schedule_free(sc);
  assert_int_equal(db_commit(db), 0);
  char *d = dump(db);
  db_close(db);
  return d;
}

static void check_same(enum change what, const char *arg, const char *day)
{
  int moved_scoped = -1, moved_full = -1;
  size_t recomputed = 0;
  char *scoped = apply(what, arg, day, 1, &moved_scoped, &recomputed);
  char *full = apply(what, arg, day, 0, &moved_full, NULL);
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  char *before = dump(db);
  int64_t open = scalar(db, "SELECT count(*) FROM matter WHERE clock <> 'stopped'");
  db_close(db);
  /* The change moves some matters, not all, and the scoped recomputation
     reads fewer matters than the full one but moves the same ones. */
  assert_true(moved_full > 0);
  assert_int_equal(moved_scoped, moved_full);
  assert_true((int64_t)recomputed < open);
  assert_true(recomputed >= (size_t)moved_full);
  assert_string_not_equal(full, before);
  assert_string_equal(scoped, full);
  free(scoped);
  free(full);
  free(before);
}

static void test_closure_of_a_calendar(void **state)
{
  (void)state;
  check_same(CLOSE_CAL, "us-federal", "2026-02-20"); /* also us-federal-dc, -dco */
  check_same(CLOSE_CAL, "us-co", "2026-03-04");      /* also us-federal-dco */
}

static void test_closure_of_an_agency(void **state)
{
  (void)state;
  check_same(CLOSE_AGENCY, "CO", "2026-02-24");
  check_same(CLOSE_AGENCY, "PLAIN", "2026-02-27");
  check_same(AGENCY_CUTOFF, "PLAIN", "16:00"); /* receipts at 16:30 move a day */
}

static void test_holiday_and_rule(void **state)
{
  (void)state;
  check_same(HOLIDAY, "us-co", "2026-03-05");
  check_same(RULE, "co-cora", NULL);
  check_same(RULE, "us-foia", NULL);
}

static int count_row(void *ctx, const struct ics_row *row)
{
  (void)row;
  ++*(int64_t *)ctx;
  return 0;
}

/* EXPLAIN QUERY PLAN of sql: each step's detail, one a line. Caller frees. */
static char *plan_of(struct db *db, const char *sql)
{
  char *eqp = xasprintf("EXPLAIN QUERY PLAN %s", sql);
  sqlite3_stmt *s = NULL;
  assert_int_equal(sqlite3_prepare_v2(db->handle, eqp, -1, &s, NULL), SQLITE_OK);
  free(eqp);
  struct buf b = BUF_INIT;
  while (sqlite3_step(s) == SQLITE_ROW) {
    buf_adds(&b, (const char *)sqlite3_column_text(s, 3));
    buf_adds(&b, "\n");
  }
  sqlite3_finalize(s);
  return buf_detach(&b, NULL);
}

/* 1 when a plan reads the whole of matter (a table or full index scan). */
static int scans_matter(const char *plan)
{
  for (const char *p = plan; (p = strstr(p, "SCAN ")) != NULL; p += 5) {
    if (p != plan && p[-1] != '\n')
      continue;
    if (strncmp(p + 5, "m ", 2) == 0 || strncmp(p + 5, "m\n", 2) == 0 ||
        strncmp(p + 5, "matter ", 7) == 0 || strncmp(p + 5, "matter\n", 7) == 0)
      return 1;
  }
  return 0;
}

/* Every statement the store has kept whose text contains `marker` is
   planned without a scan of matter; returns how many were checked. */
static int check_kept_plans(struct db *db, const char *marker)
{
  int checked = 0;
  for (int i = 0; i < db->ncache; i++) {
    if (!strstr(db->cache[i].sql, marker))
      continue;
    char *plan = plan_of(db, db->cache[i].sql);
    if (scans_matter(plan))
      fail_msg("full scan of matter:\n%s\nfor: %s", plan, db->cache[i].sql);
    free(plan);
    checked++;
  }
  return checked;
}

static void test_plans_use_indexes(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  /* The checker itself: a filter on an unindexed column is a scan. */
  char *plan = plan_of(db, "SELECT id FROM matter m WHERE m.subject = 'x'");
  assert_true(scans_matter(plan));
  free(plan);

  struct matter m;
  assert_int_equal(store_matter_get(&st, "req-2026-0007", &m), 0);
  assert_string_equal(m.ref, "REQ-2026-0007");
  matter_release(&m);
  assert_int_equal(store_matter_get(&st, "Req-2026-0007", &m), 0);
  matter_release(&m);
  assert_int_equal(check_kept_plans(db, "m.ref = :ref"), 1);

  struct affected scopes[] = {
      {.rule = "co-cora"},
      {.agency_id = 3, .day = "2026-02-20"},
      {.agency_id = 3},
      {.calendar = "us-federal", .day = "2026-02-20", .default_calendar = "us-federal"},
      {.calendar = "us-co", .default_calendar = "us-federal"},
  };
  for (size_t i = 0; i < sizeof scopes / sizeof scopes[0]; i++) {
    int64_t *ids = NULL;
    size_t n = 0;
    assert_int_equal(store_affected_ids(&st, &scopes[i], &ids, &n), 0);
    assert_true(n > 0);
    free(ids);
  }
  assert_int_equal(check_kept_plans(db, "SELECT id FROM matter WHERE rule = :rule"), 1);
  assert_int_equal(check_kept_plans(db, "to_agency = :agency"), 2);
  assert_int_equal(check_kept_plans(db, "WITH RECURSIVE cals"), 2);
  db_close(db);
}

static int ref_row(void *ctx, struct matter *m)
{
  struct buf *b = ctx;
  buf_adds(b, m->ref);
  buf_adds(b, "\n");
  return 0;
}

/* due's agenda, merged from its two statements, lists what the one
   statement with the OR lists, in the same order, with and without a limit
   (a paused matter given a due date, as an import may leave it, sorts among
   the running ones). */
static void test_due_agenda_merged(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  copy_db("base.db", "agenda.db");
  open_store(&db, &st, "agenda.db");
  int64_t paused = scalar(db, "SELECT count(*) FROM matter WHERE clock = 'paused'");
  assert_true(paused > 1);
  assert_int_equal(
      sqlite3_exec(db->handle,
                   "UPDATE matter SET due = (SELECT min(due) FROM matter WHERE clock = "
                   "'running') WHERE id = (SELECT min(id) FROM matter WHERE clock = "
                   "'paused')",
                   NULL, NULL, NULL),
      SQLITE_OK);
  for (int limit = 0; limit <= 7; limit += 7) {
    struct matter_filter f = {.due_within = 14, .waiting = 1, .limit = limit, .brief = limit > 0};
    struct buf got = BUF_INIT, want = BUF_INIT;
    assert_int_equal(store_matter_each(&st, &f, ref_row, &got), 0);
    sqlite3_stmt *s;
    char *sql = xasprintf(
        "SELECT m.ref FROM matter m WHERE m.voided IS NULL AND ((m.clock = 'running' AND m.due "
        "<= date('%s', '+14 days')) OR m.clock = 'paused') ORDER BY m.status IN (SELECT name "
        "FROM status WHERE open = 1) DESC, m.due IS NULL, m.due, m.ref%s",
        TODAY, limit ? " LIMIT 7" : "");
    assert_int_equal(sqlite3_prepare_v2(db->handle, sql, -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
      buf_adds(&want, (const char *)sqlite3_column_text(s, 0));
      buf_adds(&want, "\n");
    }
    sqlite3_finalize(s);
    free(sql);
    assert_true(want.len > 0);
    assert_string_equal(buf_str(&got), buf_str(&want));
    if (!limit)
      assert_non_null(strstr(buf_str(&got), "\n")); /* more than one row */
    buf_release(&got);
    buf_release(&want);
  }
  db_close(db);
}

/* The JSON report's overdue and due-soon lists, read again where they are
   written: one range of matter_status_due a status, in due order (no sort,
   which would hold every row). */
static void test_report_lists_plan(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  char *sql = store_report_due_matters_sql();
  char *plan = plan_of(db, sql);
  if (!strstr(plan, "SEARCH m USING INDEX matter_status_due (status=? AND due>? AND due<?)\n") ||
      strstr(plan, "TEMP B-TREE") || scans_matter(plan))
    fail_msg("the report's lists not read through matter_status_due in order:\n%s\nfor: %s", plan,
             sql);
  free(plan);
  free(sql);
  db_close(db);
}

/* Every filtered listing, and its count, is planned as index searches. */
static void test_listing_plans(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  struct matter_filter filters[] = {
      {.status = "tolled", .due_within = -1},
      {.open_only = 1, .due_within = -1},
      {.open_only = -1, .due_within = -1},
      {.overdue = 1, .due_within = -1},
      {.agency = "CO", .due_within = -1},
      {.kind = "subpoena", .due_within = -1},
      {.due_within = 14},
      {.due_within = 14, .waiting = 1},
      {.due_within = 14, .waiting = 1, .agency = "FED"},
      {.kind = "request", .overdue = 1, .due_within = -1, .limit = 5},
      {.status = "open", .kind = "request", .agency = "CO", .due_within = -1},
      {.tag = "urgent", .due_within = -1},
      {.match = "test", .due_within = -1},
      {.match = "test", .overdue = 1, .due_within = -1, .limit = 3},
  };
  for (size_t i = 0; i < sizeof filters / sizeof filters[0]; i++) {
    int parts = store_matter_list_parts(&filters[i]);
    /* due's agenda (running within the window, or paused) is two statements
       through matter_clock_due, never an OR collecting rowids. */
    assert_int_equal(parts, filters[i].waiting ? 2 : 1);
    for (int count = 0; count <= 1; count++)
      for (int part = 0; part < parts; part++) {
        char *sql = store_matter_list_sql(&filters[i], count, part);
        char *plan = plan_of(db, sql);
        if (scans_matter(plan))
          fail_msg("filter %zu: full scan of matter:\n%s\nfor: %s", i, plan, sql);
        if (parts == 2 && (strstr(plan, "MULTI-INDEX OR") ||
                           !strstr(plan, part ? "SEARCH m USING INDEX matter_clock_due (clock=?)\n"
                                              : "SEARCH m USING INDEX matter_clock_due (clock=? "
                                                "AND due<?)\n")))
          fail_msg("filter %zu part %d: not one range of matter_clock_due:\n%s\nfor: %s", i, part,
                   plan, sql);
        free(plan);
        free(sql);
      }
    /* The rows and the count agree; --limit cuts the list. */
    struct matter *m = NULL;
    size_t n = 0;
    int64_t counted = -1;
    assert_int_equal(store_matter_list(&st, &filters[i], &m, &n), 0);
    assert_int_equal(store_matter_count(&st, &filters[i], &counted), 0);
    assert_int_equal((int64_t)n, counted);
    if (filters[i].limit)
      assert_true(n <= (size_t)filters[i].limit);
    store_matters_free(m, n);
  }
  /* The whole list is a scan, as it must be: the checker sees it. */
  struct matter_filter all = {.due_within = -1};
  char *sql = store_matter_list_sql(&all, 0, 0);
  char *plan = plan_of(db, sql);
  assert_true(scans_matter(plan));
  free(plan);
  free(sql);
  db_close(db);
}

/* The calendar export of pending deadlines (ics, serve's feed) reads the
   pending matters through matter_pending in the order it writes them: no
   scan of matter or of every deadline row, no sort; and it writes what the
   general query (every deadline row, filtered) writes. */
static void test_ics_plan(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  struct ics_filter pending = {.open = 1}, any = {.open = 0};
  char *plan = plan_of(db, store_ics_sql(&pending));
  if (!strstr(plan, "SCAN m USING INDEX matter_pending\n") || strstr(plan, "SCAN d") ||
      strstr(plan, "TEMP B-TREE"))
    fail_msg("pending deadlines not read through matter_pending in order:\n%s", plan);
  free(plan);
  plan = plan_of(db, store_ics_sql(&any));
  assert_non_null(strstr(plan, "SCAN d"));
  free(plan);
  /* Their history: the pending matters' only, in the same order, by index. */
  plan = plan_of(db, store_ics_events_sql(&pending));
  if (!strstr(plan, "SEARCH m USING INDEX matter_pending (id>?)\n") ||
      !strstr(plan, "SEARCH e USING INDEX event_matter (matter_id=?)\n") || strstr(plan, "SCAN") ||
      strstr(plan, "TEMP B-TREE"))
    fail_msg("pending history not read through matter_pending and event_matter:\n%s", plan);
  free(plan);
  /* The same rows as the general query restricted to clocks not stopped. */
  char *sql = xasprintf("SELECT count(*) FROM deadline d JOIN matter m ON m.id = d.matter_id "
                        "WHERE m.clock <> 'stopped' AND NOT (d.kind IN ('response', 'objection') "
                        "AND EXISTS (SELECT 1 FROM deadline x WHERE x.matter_id = d.matter_id "
                        "AND x.kind = 'extended'))");
  int64_t want = scalar(db, sql);
  free(sql);
  int64_t got = 0;
  assert_int_equal(store_ics_each(&st, &pending, count_row, &got), 0);
  assert_true(want > 0);
  assert_int_equal(got, want);
  struct ics_filter history = {.open = 1, .from_history = 1};
  got = 0;
  assert_int_equal(store_ics_each(&st, &history, count_row, &got), 0);
  assert_int_equal(got, want);
  db_close(db);
}

/* The pending feed (migrations/0031_ics_feed.sql): the export reads its one
   table in storage order (no matter, deadline or event row, no sort); the
   rebuild reads only the marked matters by primary key; verify's rebuild of
   every pending matter goes through matter_pending. The feed is settled in
   the generated database and gives what the history gives. */
static void test_ics_feed_plan(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  char *plan = plan_of(db, store_ics_feed_sql());
  if (strncmp(plan, "SCAN f\n", 7) != 0 || strstr(plan, "TEMP B-TREE") || strstr(plan, " matter") ||
      strstr(plan, " deadline") || strstr(plan, " event") ||
      !strstr(plan, "SEARCH t USING PRIMARY KEY (matter_id=? AND tag=?)\n"))
    fail_msg("the feed is not read in storage order alone:\n%s", plan);
  free(plan);
  plan = plan_of(db, store_ics_feed_build_sql(0));
  static const char by_key[] = "SCAN x\nSEARCH m USING INTEGER PRIMARY KEY (rowid=?)\n"
                               "SEARCH d USING PRIMARY KEY (matter_id=?)\n";
  if (strncmp(plan, by_key, strlen(by_key)) != 0 || strstr(plan, "TEMP B-TREE") ||
      scans_matter(plan))
    fail_msg("the rebuild does not read the marked matters by key:\n%s", plan);
  free(plan);
  plan = plan_of(db, store_ics_feed_build_sql(1));
  if (!strstr(plan, "SCAN m USING INDEX matter_pending\n") || strstr(plan, "TEMP B-TREE"))
    fail_msg("verify's rebuild does not read the pending matters in order:\n%s", plan);
  free(plan);
  /* The marks' triggers look a matter up by its key. */
  plan = plan_of(db, "SELECT 1 FROM matter WHERE id = 1 AND clock <> 'stopped'");
  assert_non_null(strstr(plan, "SEARCH matter USING INTEGER PRIMARY KEY (rowid=?)"));
  free(plan);
  assert_int_equal(scalar(db, "SELECT count(*) FROM ics_feed_dirty"), 0);
  assert_true(scalar(db, "SELECT count(*) FROM ics_feed") > 0);
  long stale = -1;
  char *first = NULL;
  assert_int_equal(store_ics_feed_check(&st, &stale, &first), 0);
  assert_int_equal(stale, 0);
  assert_null(first);
  /* A row changed behind pubrec's back is found. */
  assert_int_equal(sqlite3_exec(db->handle,
                                "UPDATE ics_feed SET subject = 'x' WHERE matter_id = "
                                "(SELECT max(matter_id) FROM ics_feed)",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(store_ics_feed_check(&st, &stale, &first), 0);
  assert_int_equal(stale, 1);
  assert_non_null(first);
  free(first);
  db_close(db);
}

static void test_statement_cache(void **state)
{
  (void)state;
  struct db *db;
  struct store st;
  open_store(&db, &st, "base.db");
  struct rule_row r;
  assert_int_equal(store_rule_get(&st, "us-foia", &r), 0);
  rule_row_release(&r);
  int kept = db->ncache;
  sqlite3_stmt *first = db->cache[kept - 1].stmt;
  for (int i = 0; i < 100; i++) {
    assert_int_equal(store_rule_get(&st, i % 2 ? "us-foia" : "co-cora", &r), 0);
    rule_row_release(&r);
  }
  /* One statement, prepared once, reset after each use. */
  assert_int_equal(db->ncache, kept);
  assert_ptr_equal(db->cache[kept - 1].stmt, first);
  assert_int_equal(db->cache[kept - 1].busy, 0);
  /* A statement in use is not handed out twice. */
  sqlite3_stmt *a = db_cached(db, "SELECT 1");
  sqlite3_stmt *b = db_cached(db, "SELECT 1");
  assert_non_null(a);
  assert_non_null(b);
  assert_ptr_not_equal(a, b);
  db_finish(db, b);
  db_finish(db, a);
  assert_ptr_equal(db_cached(db, "SELECT 1"), a);
  db_finish(db, a);
  db_close(db);
}

static void test_references_stored_upper(void **state)
{
  (void)state;
  /* A reference written in lower case by other means is made canonical by
     the migration, and still found in any case. */
  char *p = xasprintf("%s/lower.db", dir);
  struct db *db;
  /* The schema just before the canonical references migration. */
  int before = -1;
  for (size_t i = 0; i < embedded_migrations_count; i++)
    if (strstr(embedded_migrations[i].name, "_scale.sql"))
      before = (int)i;
  assert_true(before > 0);
  assert_int_equal(db_open_at_version(&db, p, before), 0);
  assert_int_equal(
      sqlite3_exec(db->handle,
                   "INSERT INTO agency(code, name, created_at) VALUES ('A', 'A', 'x'), "
                   "('B', 'B', 'x'); INSERT INTO matter(uuid, ref, kind, from_agency, "
                   "to_agency, subject, trigger_date, status, created_at, updated_at) "
                   "VALUES ('u', 'req-2020-0001', 'request', 1, 2, 's', '2020-01-02', "
                   "'open', 'x', 'x')",
                   NULL, NULL, NULL),
      SQLITE_OK);
  db_close(db);
  assert_int_equal(db_open(&db, p), 0);
  assert_int_equal(scalar(db, "SELECT count(*) FROM matter WHERE ref = 'REQ-2020-0001'"), 1);
  struct store st = {db, "2026-01-01T00:00:00Z", "test", TODAY};
  struct matter m;
  assert_int_equal(store_matter_get(&st, "rEq-2020-0001", &m), 0);
  assert_string_equal(m.ref, "REQ-2020-0001");
  matter_release(&m);
  assert_int_equal(store_matter_get(&st, "REQ-2020-0002", &m), 1);
  db_close(db);
  free(p);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_closure_of_a_calendar),   cmocka_unit_test(test_closure_of_an_agency),
      cmocka_unit_test(test_holiday_and_rule),        cmocka_unit_test(test_plans_use_indexes),
      cmocka_unit_test(test_listing_plans),           cmocka_unit_test(test_statement_cache),
      cmocka_unit_test(test_references_stored_upper), cmocka_unit_test(test_ics_plan),
      cmocka_unit_test(test_ics_feed_plan),           cmocka_unit_test(test_due_agenda_merged),
      cmocka_unit_test(test_report_lists_plan),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
