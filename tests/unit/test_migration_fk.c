/*
** test_migration_fk.c — a migration's foreign keys (db_exec_migration): the
** writes its statements make, and the triggers they fire, decide which
** tables are checked; a write that breaks a foreign key is refused, and a
** migration that only adds parent rows or sets plain columns checks nothing.
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
#include "util.h"

static char dir[256];
static struct db *db;

static int setup(void **state)
{
  (void)state;
  snprintf(dir, sizeof dir, "%s/pubrec-unit-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(dir))
    return -1;
  char *p = xasprintf("%s/fk.db", dir);
  int rc = db_open(&db, p);
  free(p);
  if (rc != 0)
    return -1;
  return sqlite3_exec(db->handle,
                      "CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE, note TEXT);"
                      "CREATE TABLE child (id INTEGER PRIMARY KEY,"
                      "  pid INTEGER REFERENCES parent(id), pcode TEXT REFERENCES parent(code));"
                      "CREATE TABLE other (x INTEGER);"
                      "CREATE TRIGGER other_deletes AFTER INSERT ON other BEGIN"
                      "  DELETE FROM parent WHERE id = NEW.x; END;"
                      "INSERT INTO parent VALUES (1, 'a', NULL), (2, 'b', NULL);"
                      "INSERT INTO child VALUES (1, 1, 'a');",
                      NULL, NULL, NULL) == SQLITE_OK
             ? 0
             : -1;
}

static int teardown(void **state)
{
  (void)state;
  db_close(db);
  char *cmd = xasprintf("rm -rf '%s'", dir);
  int rc = system(cmd);
  free(cmd);
  return rc == 0 ? 0 : -1;
}

/* Run sql as a migration would run and roll it back; the return of
   db_exec_migration, and in *checked the tables it checked. */
static int run(const char *sql, int *checked)
{
  *checked = -2;
  assert_int_equal(sqlite3_exec(db->handle, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(db_begin(db), 0);
  int rc = db_exec_migration(db, "test.sql", sql, checked);
  db_rollback(db);
  assert_int_equal(sqlite3_exec(db->handle, "PRAGMA foreign_keys = ON", NULL, NULL, NULL),
                   SQLITE_OK);
  return rc;
}

static void test_parent_rows_and_plain_columns_check_nothing(void **state)
{
  (void)state;
  int checked;
  assert_int_equal(run("INSERT INTO parent VALUES (3, 'c', NULL)", &checked), 0);
  assert_int_equal(checked, 0);
  assert_int_equal(run("UPDATE parent SET note = 'x'", &checked), 0);
  assert_int_equal(checked, 0);
  /* The word in a comment or a string is not the statement. */
  assert_int_equal(run("-- a stand-in is replaced\nUPDATE parent SET note = 'replace'", &checked),
                   0);
  assert_int_equal(checked, 0);
}

static void test_child_writes_are_checked(void **state)
{
  (void)state;
  int checked;
  assert_int_equal(run("INSERT INTO child (pid) VALUES (2)", &checked), 0);
  assert_int_equal(checked, 1);
  assert_int_equal(run("INSERT INTO child (pid) VALUES (99)", &checked), -1);
  assert_int_equal(run("UPDATE child SET pid = 42", &checked), -1);
  assert_int_equal(run("UPDATE child SET pcode = 'b'", &checked), 0);
  assert_int_equal(checked, 1);
}

static void test_parent_deletes_and_key_updates_check_children(void **state)
{
  (void)state;
  int checked;
  assert_int_equal(run("DELETE FROM parent WHERE id = 2", &checked), 0);
  assert_int_equal(checked, 1);
  assert_int_equal(run("DELETE FROM parent WHERE id = 1", &checked), -1);
  assert_int_equal(run("UPDATE parent SET code = 'z' WHERE id = 1", &checked), -1);
  assert_int_equal(run("UPDATE parent SET code = 'z' WHERE id = 2", &checked), 0);
  assert_int_equal(checked, 1);
}

static void test_a_trigger_s_writes_count(void **state)
{
  (void)state;
  int checked;
  assert_int_equal(run("INSERT INTO other VALUES (1)", &checked), -1);
  assert_int_equal(run("INSERT INTO other VALUES (2)", &checked), 0);
  assert_int_equal(checked, 1);
}

static void test_what_cannot_be_followed_checks_everything(void **state)
{
  (void)state;
  int checked;
  /* INSERT OR REPLACE deletes the row it replaces: child's 'a' dangles. */
  assert_int_equal(run("INSERT OR REPLACE INTO parent VALUES (1, 'q', NULL)", &checked), -1);
  assert_int_equal(run("REPLACE INTO parent VALUES (2, 'b', 'n')", &checked), 0);
  assert_int_equal(checked, -1);
  /* The rebuild SQLite documents: create, copy, drop, rename. */
  assert_int_equal(run("DROP TRIGGER other_deletes;"
                       "CREATE TABLE parent2 (id INTEGER PRIMARY KEY, code TEXT UNIQUE, note TEXT);"
                       "INSERT INTO parent2 SELECT * FROM parent; DROP TABLE parent;"
                       "ALTER TABLE parent2 RENAME TO parent;",
                       &checked),
                   0);
  assert_int_equal(checked, -1);
  assert_int_equal(run("DROP TRIGGER other_deletes;"
                       "CREATE TABLE parent2 (id INTEGER PRIMARY KEY, code TEXT UNIQUE, note TEXT);"
                       "INSERT INTO parent2 SELECT * FROM parent WHERE id = 2; DROP TABLE parent;"
                       "ALTER TABLE parent2 RENAME TO parent;",
                       &checked),
                   -1);
}

static void test_a_table_declared_on_conflict_replace(void **state)
{
  (void)state;
  int checked;
  assert_int_equal(
      sqlite3_exec(db->handle,
                   "CREATE TABLE keyed (id INTEGER PRIMARY KEY,"
                   "  code TEXT UNIQUE ON CONFLICT REPLACE);"
                   "CREATE TABLE keyed_child (kid INTEGER REFERENCES keyed(id));"
                   "INSERT INTO keyed VALUES (1, 'k'); INSERT INTO keyed_child VALUES (1);",
                   NULL, NULL, NULL),
      SQLITE_OK);
  /* The insert says nothing of REPLACE; the table's constraint deletes row 1,
     which keyed_child refers to. */
  assert_int_equal(run("INSERT INTO keyed VALUES (2, 'k')", &checked), -1);
  assert_int_equal(run("INSERT INTO keyed VALUES (3, 'other')", &checked), 0);
  assert_int_equal(checked, -1);
  assert_int_equal(
      sqlite3_exec(db->handle, "DROP TABLE keyed_child; DROP TABLE keyed;", NULL, NULL, NULL),
      SQLITE_OK);
}

static void test_a_failing_statement_is_an_error(void **state)
{
  (void)state;
  int checked;
  assert_int_equal(run("INSERT INTO nowhere VALUES (1)", &checked), -1);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parent_rows_and_plain_columns_check_nothing),
      cmocka_unit_test(test_child_writes_are_checked),
      cmocka_unit_test(test_parent_deletes_and_key_updates_check_children),
      cmocka_unit_test(test_a_trigger_s_writes_count),
      cmocka_unit_test(test_what_cannot_be_followed_checks_everything),
      cmocka_unit_test(test_a_table_declared_on_conflict_replace),
      cmocka_unit_test(test_a_failing_statement_is_an_error),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
