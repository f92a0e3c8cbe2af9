/*
** test_records.c — search (issue 9): the FTS5 query built from the user's
** words (quoting, prefixes, refusals), words that are FTS5 syntax found as
** plain words through store_matter_list, and the migration backfilling the
** index of a database that had matters and notes before it.
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
#include "model.h"
#include "store.h"
#include "util.h"

static char dir[256];

static int setup(void **state)
{
  (void)state;
  snprintf(dir, sizeof dir, "%s/pubrec-unit-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
  (void)state;
  char *cmd = xasprintf("rm -rf '%s'", dir);
  int rc = system(cmd);
  free(cmd);
  return rc == 0 ? 0 : -1;
}

static void query_is(const char *words, const char *want)
{
  char *q = NULL;
  assert_int_equal(store_search_query(words, &q), 0);
  assert_non_null(q);
  assert_string_equal(q, want);
  free(q);
}

static void test_query_quoting(void **state)
{
  (void)state;
  query_is("rezoning", "\"rezoning\"");
  query_is("rezon*", "\"rezon\"*");
  query_is("  rezon*\tdenver\n", "\"rezon\"* \"denver\"");
  query_is("O\"Brien", "\"O\"\"Brien\"");
  query_is("AND OR NOT", "\"AND\" \"OR\" \"NOT\"");
  query_is("NEAR(a subject:x ^y", "\"NEAR(a\" \"subject:x\" \"^y\"");
  query_is("2020-FOIA-00123", "\"2020-FOIA-00123\"");
}

static void test_query_refused(void **state)
{
  (void)state;
  const char *bad[] = {"", "   ", "*", "re*zon", "a **", NULL};
  for (int i = 0; bad[i]; i++) {
    char *q = (char *)"untouched";
    assert_int_equal(store_search_query(bad[i], &q), PR_USAGE);
    assert_null(q);
  }
  char *q = (char *)"untouched";
  assert_int_equal(store_search_query(NULL, &q), PR_USAGE);
  assert_null(q);
}

static int exec_ok(struct db *db, const char *sql)
{
  char *msg = NULL;
  int rc = sqlite3_exec(db->handle, sql, NULL, NULL, &msg);
  if (rc != SQLITE_OK)
    fprintf(stderr, "%s: %s\n", sql, msg ? msg : "?");
  sqlite3_free(msg);
  return rc == SQLITE_OK;
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

/* The references store_matter_list finds for the user's words, "A,B". */
static char *found(struct db *db, const char *words)
{
  struct store st = {db, "2026-03-02T00:00:00Z", "tester", "2026-03-02"};
  struct matter_filter f;
  memset(&f, 0, sizeof f);
  f.due_within = -1;
  char *q = NULL;
  assert_int_equal(store_search_query(words, &q), 0);
  f.match = q;
  struct matter *m = NULL;
  size_t n = 0;
  assert_int_equal(store_matter_list(&st, &f, &m, &n), 0);
  struct buf b = BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    buf_adds(&b, i ? "," : "");
    buf_adds(&b, m[i].ref);
  }
  store_matters_free(m, n);
  free(q);
  char *s = xstrdup(buf_str(&b));
  buf_release(&b);
  return s;
}

static void found_is(struct db *db, const char *words, const char *want)
{
  char *got = found(db, words);
  assert_string_equal(got, want);
  free(got);
}

/* The version just before the full-text index appeared. */
static int version_before_fts(void)
{
  int before = -1;
  for (int v = 1; v <= db_schema_latest(); v++) {
    char *p = xasprintf("%s/probe-%d.db", dir, v);
    struct db *db = NULL;
    assert_int_equal(db_open_at_version(&db, p, v), 0);
    if (scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'matter_fts'") == 0)
      before = v;
    db_close(db);
    free(p);
  }
  assert_true(before >= 5);
  return before;
}

static void test_backfill_and_syntax_words(void **state)
{
  (void)state;
  char *p = xasprintf("%s/upgrade.db", dir);
  struct db *db = NULL;
  assert_int_equal(db_open_at_version(&db, p, version_before_fts()), 0);
  assert_true(exec_ok(db, "INSERT INTO agency(id, code, name, created_at) VALUES "
                          "(1, 'NEWS', 'Westword newsroom', 'x'), (2, 'DENVER', 'City of Denver', "
                          "'x')"));
  assert_true(exec_ok(
      db, "INSERT INTO matter(id, uuid, ref, kind, from_agency, to_agency, tracking, subject, "
          "trigger_date, status, created_at, updated_at) VALUES "
          "(1, 'u1', 'REQ-2026-0001', 'request', 1, 2, 'CORA-77', 'O\"Brien rezoning: NEAR(x)', "
          "'2026-02-02', 'open', 'x', 'x'), "
          "(2, 'u2', 'REQ-2026-0002', 'request', 1, 2, NULL, 'Snow AND ice', '2026-02-03', "
          "'open', 'x', 'x')"));
  assert_true(exec_ok(db, "INSERT INTO event(matter_id, at, on_date, kind, field, note, by_user) "
                          "VALUES (2, 'x', '2026-02-04', 'note', 'note', 'box 12 in storage', "
                          "'tester')"));
  db_close(db);
  /* Upgrading fills the index from what was there. */
  assert_int_equal(db_open(&db, p), 0);
  assert_int_equal(scalar(db, "SELECT count(*) FROM matter_fts"), 2);
  found_is(db, "rezon*", "REQ-2026-0001");
  found_is(db, "storage", "REQ-2026-0002");
  found_is(db, "cora-77", "REQ-2026-0001");
  found_is(db, "westword", "REQ-2026-0001,REQ-2026-0002");
  /* Words that are FTS5 syntax are words. */
  found_is(db, "O\"Brien", "REQ-2026-0001");
  found_is(db, "NEAR(x)", "REQ-2026-0001");
  found_is(db, "AND", "REQ-2026-0002");
  found_is(db, "snow AND", "REQ-2026-0002");
  found_is(db, "snow OR rezoning", "");
  found_is(db, "subject:snow", "");
  /* A note added later is indexed by its trigger. */
  assert_true(exec_ok(db, "INSERT INTO event(matter_id, at, on_date, kind, field, note, by_user) "
                          "VALUES (1, 'x', '2026-02-05', 'note', 'note', 'letter received', "
                          "'tester')"));
  found_is(db, "letter", "REQ-2026-0001");
  /* A document note (field 'file'): its summary is searchable too. */
  assert_true(exec_ok(db, "INSERT INTO event(matter_id, at, on_date, kind, field, new_value, "
                          "by_user) VALUES (2, 'x', '2026-02-05', 'note', 'file', "
                          "'production-vol1.pdf, 52311 bytes, sha256 9f86d08', 'tester')"));
  found_is(db, "production-vol1.pdf", "REQ-2026-0002");
  found_is(db, "storage", "REQ-2026-0002");
  /* Other history rows are not notes. */
  assert_true(exec_ok(db, "INSERT INTO event(matter_id, at, on_date, kind, field, note, by_user) "
                          "VALUES (1, 'x', '2026-02-05', 'status', 'status', 'zebra', 'tester')"));
  found_is(db, "zebra", "");
  db_close(db);
  free(p);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_query_quoting),
      cmocka_unit_test(test_query_refused),
      cmocka_unit_test(test_backfill_and_syntax_words),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
