/*
** test_store.c — the storage layer: migrations (fresh database, upgrade from
** every earlier version, refusal of a newer one and of a file that is not a
** database), the append-only history, reference numbering (also under
** concurrent writers), the status state machine, and text round trips.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "db.h"
#include "model.h"
#include "store.h"
#include "util.h"

static char dir[256];

static char *path_in_dir(const char *name)
{
  return xasprintf("%s/%s", dir, name);
}

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

static int exec_ok(struct db *db, const char *sql)
{
  return sqlite3_exec(db->handle, sql, NULL, NULL, NULL) == SQLITE_OK;
}

static void test_fresh_database(void **state)
{
  (void)state;
  char *p = path_in_dir("fresh.db");
  struct db *db = NULL;
  assert_int_equal(db_open(&db, p), 0);
  assert_true(db_schema_latest() >= 3);
  assert_int_equal(db_user_version(db), db_schema_latest());
  assert_int_equal(scalar(db, "PRAGMA foreign_keys"), 1);
  assert_int_equal(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('agency', "
                              "'matter', 'deadline', 'event', 'rule', 'calendar', "
                              "'holiday_rule', 'closure', 'extension', 'toll')"),
                   10);
  /* Built-in rules and calendars are seeded. */
  assert_true(scalar(db, "SELECT count(*) FROM rule WHERE code IN ('us-foia', 'co-cora', "
                         "'admin-subpoena', 'frcp-45-objection')") == 4);
  assert_true(scalar(db, "SELECT count(*) FROM calendar WHERE code IN ('us-federal', "
                         "'us-federal-dc', 'us-co', 'us-federal-dco')") == 4);
  /* Every connection: WAL and foreign keys. */
  sqlite3_stmt *s = NULL;
  assert_int_equal(sqlite3_prepare_v2(db->handle, "PRAGMA journal_mode", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
  sqlite3_finalize(s);
  db_close(db);
  /* Opening again applies nothing and keeps the version. */
  assert_int_equal(db_open(&db, p), 0);
  assert_int_equal(db_user_version(db), db_schema_latest());
  db_close(db);
  free(p);
}

/* Data that is valid at each version, inserted before upgrading. */
static void insert_at_version(struct db *db, int v)
{
  if (v >= 1) {
    assert_true(exec_ok(db, "INSERT INTO agency(code, name, created_at) VALUES ('ICE', "
                            "'Immigration', '2020-01-01T00:00:00Z'), ('DENVER', 'Denver', "
                            "'2020-01-01T00:00:00Z')"));
    assert_true(exec_ok(db,
                        "INSERT INTO matter(uuid, ref, kind, from_agency, to_agency, subject, "
                        "trigger_date, days, due, status, created_at, updated_at) VALUES ('u-1', "
                        "'SUB-2020-0001', 'subpoena', 1, 2, 'Records', '2020-01-13', 14, "
                        "'2020-01-27', 'open', '2020-01-13T00:00:00Z', '2020-01-13T00:00:00Z')"));
    if (scalar(db, "SELECT count(*) FROM pragma_table_info('event') WHERE name = 'hash'")) {
      /* Chained history: rows are written only through the store. */
      struct store st = {db, "2020-01-13T00:00:00Z", "t", "2020-01-13"};
      assert_int_equal(store_event_add(&st, 1, "2020-01-13", "created", NULL, NULL, "open", NULL),
                       0);
    } else {
      assert_true(exec_ok(db, "INSERT INTO event(matter_id, at, on_date, kind, new_value, "
                              "by_user) VALUES (1, '2020-01-13T00:00:00Z', '2020-01-13', "
                              "'created', 'open', 't')"));
    }
    /* A user's rule with extensions and no cap (ext_days 0 before 0006), and a
       matter that follows it: the rule table is rebuilt under the reference. */
    assert_true(exec_ok(db, "INSERT INTO rule(code, name, unit, count, ext_days, max_ext, "
                            "citation) VALUES ('my-rule', 'Mine', 'working', 5, 0, 1, 'Local "
                            "code 1')"));
    assert_true(exec_ok(db, "INSERT INTO matter(uuid, ref, kind, from_agency, to_agency, subject, "
                            "trigger_date, rule, status, created_at, updated_at) VALUES ('u-2', "
                            "'REQ-2020-0001', 'request', 1, 2, 'Mine', '2020-01-13', 'my-rule', "
                            "'open', '2020-01-13T00:00:00Z', '2020-01-13T00:00:00Z')"));
  }
}

static void test_upgrade_from_every_version(void **state)
{
  (void)state;
  for (int v = 0; v < db_schema_latest(); v++) {
    char name[32];
    snprintf(name, sizeof name, "upgrade-%d.db", v);
    char *p = path_in_dir(name);
    struct db *db = NULL;
    assert_int_equal(db_open_at_version(&db, p, v), 0);
    assert_int_equal(db_user_version(db), v);
    int had_ext_unit =
        scalar(db, "SELECT count(*) FROM pragma_table_info('rule') WHERE name = 'ext_unit'") == 1;
    insert_at_version(db, v);
    db_close(db);
    assert_int_equal(db_open(&db, p), 0);
    assert_int_equal(db_user_version(db), db_schema_latest());
    if (v >= 1) {
      assert_int_equal(scalar(db, "SELECT count(*) FROM matter WHERE ref = 'SUB-2020-0001'"), 1);
      assert_int_equal(scalar(db, "SELECT count(*) FROM event"), 1);
      /* Rows written before the chain got their hash on the upgrade. */
      assert_int_equal(scalar(db, "SELECT count(*) FROM event WHERE length(hash) = 64"), 1);
      assert_int_equal(scalar(db, "SELECT count(*) FROM history_head WHERE last_id = 1"), 1);
    }
    assert_true(scalar(db, "SELECT count(*) FROM rule") > 0);
    assert_int_equal(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    assert_int_equal(scalar(db, "PRAGMA foreign_keys"), 1);
    if (v >= 1) {
      if (!had_ext_unit) /* 0006: ext_days 0 with extensions allowed meant "no cap" */
        assert_int_equal(scalar(db, "SELECT count(*) FROM rule WHERE code = 'my-rule' AND "
                                    "ext_days IS NULL AND max_ext = 1 AND ext_unit = 'working'"),
                         1);
      assert_int_equal(scalar(db, "SELECT count(*) FROM matter m JOIN rule r ON r.code = m.rule "
                                  "WHERE m.ref = 'REQ-2020-0001'"),
                       1);
      /* The foreign key still holds on the rebuilt table. */
      assert_false(exec_ok(db, "DELETE FROM rule WHERE code = 'my-rule'"));
      assert_false(exec_ok(db, "UPDATE matter SET rule = 'no-such-rule' WHERE id = 2"));
    }
    /* The seeded extensions (0006): FOIA 10 working days once; PA 30 calendar days. */
    assert_int_equal(scalar(db, "SELECT count(*) FROM rule WHERE code = 'pa-rtkl' AND ext_days = "
                                "30 AND max_ext = 1 AND ext_unit = 'calendar'"),
                     1);
    db_close(db);
    free(p);
  }
}

static char *slurp(const char *p, size_t *len)
{
  char *data = read_file(p, len);
  assert_non_null(data);
  return data;
}

static void test_refuse_newer_schema(void **state)
{
  (void)state;
  char *p = path_in_dir("newer.db");
  struct db *db = NULL;
  assert_int_equal(db_open(&db, p), 0);
  char pragma[64];
  snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", db_schema_latest() + 1);
  assert_true(exec_ok(db, pragma));
  db_close(db);
  size_t n1, n2;
  char *before = slurp(p, &n1);
  assert_int_equal(db_open(&db, p), -1);
  assert_null(db);
  char *after = slurp(p, &n2);
  assert_int_equal(n1, n2);
  assert_memory_equal(before, after, n1);
  free(before);
  free(after);
  free(p);
}

static void test_refuse_not_a_database(void **state)
{
  (void)state;
  char *p = path_in_dir("notes.txt");
  FILE *f = fopen(p, "w");
  assert_non_null(f);
  fputs("these are my notes, not a database\n", f);
  fclose(f);
  struct db *db = NULL;
  assert_int_equal(db_open(&db, p), -1);
  size_t n;
  char *after = slurp(p, &n);
  assert_string_equal(after, "these are my notes, not a database\n");
  free(after);
  free(p);
  /* A directory that does not exist is not created. */
  p = path_in_dir("missing/dir/x.db");
  assert_int_equal(db_open(&db, p), -1);
  char *d = path_in_dir("missing");
  struct stat st;
  assert_int_not_equal(stat(d, &st), 0);
  free(d);
  free(p);
}

static void test_history_append_only(void **state)
{
  (void)state;
  char *p = path_in_dir("history.db");
  struct db *db = NULL;
  assert_int_equal(db_open(&db, p), 0);
  insert_at_version(db, 1);
  assert_false(exec_ok(db, "UPDATE event SET note = 'rewritten'"));
  assert_false(exec_ok(db, "DELETE FROM event"));
  assert_false(exec_ok(db, "UPDATE event SET hash = NULL"));
  assert_false(exec_ok(db, "INSERT INTO event(matter_id, at, on_date, kind, by_user) VALUES (1, "
                           "'x', '2020-01-13', 'created', 't')"));
  assert_false(exec_ok(db, "DELETE FROM history_head"));
  assert_int_equal(scalar(db, "SELECT count(*) FROM event WHERE note IS NULL"), 1);
  db_close(db);
  free(p);
}

static struct store open_store(const char *name, struct db **db)
{
  char *p = path_in_dir(name);
  assert_int_equal(db_open(db, p), 0);
  free(p);
  struct store st = {*db, "2026-01-01T00:00:00Z", "tester", "2026-01-01"};
  return st;
}

static void test_reference_numbering(void **state)
{
  (void)state;
  struct db *db;
  struct store st = open_store("refs.db", &db);
  char *r = NULL;
  assert_int_equal(db_begin(db), 0);
  assert_int_equal(store_next_ref(&st, &r, "SUB", 2020), 0);
  assert_string_equal(r, "SUB-2020-0001");
  free(r);
  assert_int_equal(store_next_ref(&st, &r, "SUB", 2020), 0);
  assert_string_equal(r, "SUB-2020-0002");
  free(r);
  assert_int_equal(store_next_ref(&st, &r, "REQ", 2020), 0);
  assert_string_equal(r, "REQ-2020-0001");
  free(r);
  assert_int_equal(store_next_ref(&st, &r, "SUB", 2021), 0);
  assert_string_equal(r, "SUB-2021-0001");
  free(r);
  assert_int_equal(db_commit(db), 0);
  /* A rolled-back transaction gives its number back. */
  assert_int_equal(db_begin(db), 0);
  assert_int_equal(store_next_ref(&st, &r, "SUB", 2020), 0);
  assert_string_equal(r, "SUB-2020-0003");
  free(r);
  db_rollback(db);
  assert_int_equal(db_begin(db), 0);
  assert_int_equal(store_next_ref(&st, &r, "SUB", 2020), 0);
  assert_string_equal(r, "SUB-2020-0003");
  free(r);
  assert_int_equal(db_commit(db), 0);
  db_close(db);
}

/* Several processes number references at once: every number is unique and
   none is skipped. */
static void test_reference_numbering_concurrent(void **state)
{
  (void)state;
  enum { PROCS = 6, EACH = 25 };
  char *p = path_in_dir("concurrent.db");
  struct db *db = NULL;
  assert_int_equal(db_open(&db, p), 0);
  assert_true(exec_ok(db, "CREATE TABLE got(ref TEXT)"));
  db_close(db);
  for (int i = 0; i < PROCS; i++) {
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
      struct db *mine = NULL;
      if (db_open(&mine, p) != 0)
        _exit(2);
      struct store st = {mine, "2026-01-01T00:00:00Z", "tester", "2026-01-01"};
      for (int k = 0; k < EACH; k++) {
        char *ref = NULL;
        if (db_begin(mine) != 0 || store_next_ref(&st, &ref, "REQ", 2026) != 0)
          _exit(3);
        sqlite3_stmt *s = NULL;
        sqlite3_prepare_v2(mine->handle, "INSERT INTO got VALUES (?)", -1, &s, NULL);
        sqlite3_bind_text(s, 1, ref, -1, SQLITE_TRANSIENT);
        int ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_finalize(s);
        free(ref);
        if (!ok || db_commit(mine) != 0)
          _exit(4);
      }
      db_close(mine);
      _exit(0);
    }
  }
  for (int i = 0; i < PROCS; i++) {
    int status = 0;
    wait(&status);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
  }
  assert_int_equal(db_open(&db, p), 0);
  assert_int_equal(scalar(db, "SELECT count(*) FROM got"), PROCS * EACH);
  assert_int_equal(scalar(db, "SELECT count(DISTINCT ref) FROM got"), PROCS * EACH);
  assert_int_equal(scalar(db, "SELECT max(CAST(substr(ref, 10) AS INTEGER)) FROM got"),
                   PROCS * EACH);
  db_close(db);
  free(p);
}

static void test_state_machine(void **state)
{
  (void)state;
  /* The example the issue gives: fulfilled back to acknowledged needs reopening. */
  assert_false(status_transition_ok("fulfilled", "acknowledged"));
  assert_true(status_transition_ok("fulfilled", "open"));
  assert_true(status_transition_ok("open", "acknowledged"));
  assert_true(status_transition_ok("acknowledged", "fulfilled"));
  assert_true(status_transition_ok("open", "refused"));
  assert_true(status_transition_ok("refused", "escalated"));
  assert_true(status_transition_ok("denied", "appealed"));
  assert_false(status_transition_ok("withdrawn", "fulfilled"));
  assert_false(status_transition_ok("open", "open"));
  assert_false(status_transition_ok("open", "overdue")); /* derived, never stored */
  assert_false(status_valid("overdue"));
  /* Every closed state reopens; every open state can close. */
  const char *closed[] = {"fulfilled", "denied", "refused", "withdrawn", "escalated"};
  const char *open[] = {"open", "acknowledged", "extended", "tolled", "partial", "appealed"};
  for (size_t i = 0; i < 5; i++) {
    assert_true(status_valid(closed[i]));
    assert_false(status_is_open(closed[i]));
    assert_true(status_transition_ok(closed[i], "open"));
  }
  for (size_t i = 0; i < 6; i++) {
    assert_true(status_is_open(open[i]));
    assert_true(status_transition_ok(open[i], "withdrawn") || strcmp(open[i], "appealed") == 0);
    assert_true(status_transition_ok(open[i], "fulfilled"));
  }
  char allowed[256];
  status_allowed(allowed, sizeof allowed, "fulfilled");
  assert_string_equal(allowed, "open");
  status_allowed(allowed, sizeof allowed, "refused");
  assert_string_equal(allowed, "open, appealed, escalated");
  /* Responses imply statuses. */
  assert_string_equal(response_status("refusal"), "refused");
  assert_string_equal(response_status("production"), "fulfilled");
  assert_null(response_status("objection"));
  assert_string_equal(kind_prefix("subpoena"), "SUB");
  assert_string_equal(kind_prefix("request"), "REQ");
  assert_null(kind_prefix("memo"));
}

static void test_text_round_trip(void **state)
{
  (void)state;
  struct db *db;
  struct store st = open_store("text.db", &db);
  const char *tricky = "Dept. of \"Records\"; DROP TABLE matter; -- \n'quoted' Café 東京 🚓";
  struct agency a = {0};
  a.code = "ICE";
  a.name = (char *)tricky;
  assert_int_equal(db_begin(db), 0);
  assert_int_equal(store_agency_add(&st, &a), 0);
  a.code = "DENVER";
  a.name = "Denver";
  assert_int_equal(store_agency_add(&st, &a), 0);
  /* A duplicate code is refused. */
  assert_int_equal(store_agency_add(&st, &a), -1);
  struct matter m = {0};
  m.uuid = "00000000-0000-4000-8000-000000000001";
  m.ref = "SUB-2020-0001";
  m.kind = "subpoena";
  m.from_id = 1;
  m.to_id = 2;
  m.subject = (char *)tricky;
  m.description = "line one\nline two\ttabbed";
  m.trigger_date = "2020-01-13";
  m.days = 14;
  m.status = "open";
  assert_int_equal(store_matter_insert(&st, &m), 0);
  assert_int_equal(db_commit(db), 0);
  struct matter got;
  assert_int_equal(store_matter_get(&st, "sub-2020-0001", &got), 0);
  assert_string_equal(got.subject, tricky);
  assert_string_equal(got.from_name, tricky);
  assert_string_equal(got.description, "line one\nline two\ttabbed");
  assert_int_equal(got.days, 14);
  assert_null(got.rule);
  matter_release(&got);
  assert_int_equal(store_matter_get(&st, "SUB-2020-0099", &got), 1);
  assert_int_equal(scalar(db, "SELECT count(*) FROM matter"), 1);
  db_close(db);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fresh_database),
      cmocka_unit_test(test_upgrade_from_every_version),
      cmocka_unit_test(test_refuse_newer_schema),
      cmocka_unit_test(test_refuse_not_a_database),
      cmocka_unit_test(test_history_append_only),
      cmocka_unit_test(test_reference_numbering),
      cmocka_unit_test(test_reference_numbering_concurrent),
      cmocka_unit_test(test_state_machine),
      cmocka_unit_test(test_text_round_trip),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
