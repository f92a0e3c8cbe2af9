/*
** test_lifecycle.c — the lifecycle layer (src/matter.c) and the one
** definition of the statuses: the C tables of src/model.c agree with the
** status and response_kind tables of the migrations, no other source file
** spells the status lists, and each operation keeps status, clock and
** history in step.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "matter.h"
#include "model.h"
#include "store.h"
#include "util.h"

static char dir[256];

struct fixture {
  struct db *db;
  struct store st;
  struct life l;
};

static int setup(void **state)
{
  snprintf(dir, sizeof dir, "%s/pubrec-life-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(dir))
    return -1;
  struct fixture *f = xcalloc(1, sizeof *f);
  char *p = xasprintf("%s/t.db", dir);
  int rc = db_open(&f->db, p);
  free(p);
  if (rc != 0)
    return -1;
  f->st.db = f->db;
  f->st.now = "2020-03-01T12:00:00Z";
  f->st.by = "unit";
  f->st.today = "2020-03-01";
  life_init(&f->l, &f->st, "2020-03-01");
  static const char *const codes[] = {"NEWS", "EPA", "DENVER"};
  for (int i = 0; i < 3; i++) {
    struct agency a = {0};
    a.code = (char *)codes[i];
    a.name = (char *)codes[i];
    a.calendar = i == 2 ? "us-co" : NULL;
    if (store_agency_add(&f->st, &a) != 0)
      return -1;
  }
  *state = f;
  return 0;
}

static int teardown(void **state)
{
  struct fixture *f = *state;
  life_release(&f->l);
  db_close(f->db);
  free(f);
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

/* ---- one definition ---------------------------------------------------- */

static void test_status_tables_agree(void **state)
{
  struct fixture *f = *state;
  sqlite3_stmt *s = NULL;
  assert_int_equal(sqlite3_prepare_v2(f->db->handle,
                                      "SELECT name, open, determination FROM status "
                                      "ORDER BY position",
                                      -1, &s, NULL),
                   SQLITE_OK);
  int i = 0;
  while (sqlite3_step(s) == SQLITE_ROW) {
    assert_non_null(status_defs[i].name);
    assert_string_equal((const char *)sqlite3_column_text(s, 0), status_defs[i].name);
    assert_int_equal(sqlite3_column_int(s, 1), status_defs[i].open);
    assert_int_equal(sqlite3_column_int(s, 2), status_defs[i].determination);
    i++;
  }
  sqlite3_finalize(s);
  assert_null(status_defs[i].name);

  assert_int_equal(sqlite3_prepare_v2(f->db->handle,
                                      "SELECT name, status, determination FROM response_kind "
                                      "ORDER BY position",
                                      -1, &s, NULL),
                   SQLITE_OK);
  i = 0;
  while (sqlite3_step(s) == SQLITE_ROW) {
    assert_non_null(response_defs[i].name);
    assert_string_equal((const char *)sqlite3_column_text(s, 0), response_defs[i].name);
    const char *st = (const char *)sqlite3_column_text(s, 1);
    if (response_defs[i].status)
      assert_string_equal(st, response_defs[i].status);
    else
      assert_null(st);
    assert_int_equal(sqlite3_column_int(s, 2), response_defs[i].determination);
    i++;
  }
  sqlite3_finalize(s);
  assert_null(response_defs[i].name);

  /* Every target of a transition is a status; open states come first. */
  int seen_closed = 0;
  for (const struct status_def *d = status_defs; d->name; d++) {
    for (int j = 0; d->next[j]; j++)
      assert_true(status_valid(d->next[j]));
    if (!d->open)
      seen_closed = 1;
    else
      assert_false(seen_closed);
  }
}

/* How many distinct status names appear in line as list items: quoted, or
   next to a comma ("open" and "partial" are left out: ordinary words). */
static int statuses_in(const char *line)
{
  int n = 0;
  for (const struct status_def *d = status_defs; d->name; d++) {
    if (strcmp(d->name, "open") == 0 || strcmp(d->name, "partial") == 0)
      continue;
    size_t len = strlen(d->name);
    for (const char *p = strstr(line, d->name); p; p = strstr(p + 1, d->name)) {
      char b = p == line ? ' ' : p[-1], a = p[len];
      char b2 = p - line >= 2 ? p[-2] : ' ';
      int quoted = (b == '\'' || b == '"') && a == b;
      int listed = a == ',' || (b == ' ' && b2 == ',') || b == ',';
      if (quoted || listed) {
        n++;
        break;
      }
    }
  }
  return n;
}

/* No file outside model.c (and the migration that seeds the status table)
   lists the statuses: a list of three or more on one line is a copy. */
static void scan_dir(const char *sub, const char *skip)
{
  char *path = xasprintf("%s/%s", SOURCE_DIR, sub);
  DIR *d = opendir(path);
  assert_non_null(d);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' || strcmp(e->d_name, skip) == 0)
      continue;
    char *file = xasprintf("%s/%s", path, e->d_name);
    FILE *fp = fopen(file, "r");
    assert_non_null(fp);
    char line[4096];
    int lineno = 0;
    while (fgets(line, sizeof line, fp)) {
      lineno++;
      if (statuses_in(line) >= 3)
        fail_msg("%s:%d spells a list of statuses (use status_defs / the status table): %s", file,
                 lineno, line);
    }
    fclose(fp);
    free(file);
  }
  closedir(d);
  free(path);
}

static void test_statuses_defined_once(void **state)
{
  (void)state;
  scan_dir("src", "model.c");
  scan_dir("templates", "-");
}

/* ---- the operations ---------------------------------------------------- */

static struct matter new_request(const char *to, const char *received, const char *rule)
{
  struct matter m;
  memset(&m, 0, sizeof m);
  m.kind = xstrdup("request");
  m.from_code = xstrdup("NEWS");
  m.to_code = xstrdup(to);
  m.subject = xstrdup("Permits");
  m.trigger_date = xstrdup(received);
  m.rule = rule ? xstrdup(rule) : NULL;
  m.days = -1;
  return m;
}

static char *field(struct fixture *f, const char *ref, const char *col)
{
  struct matter m;
  assert_int_equal(store_matter_get(&f->st, ref, &m), 0);
  const char *v = strcmp(col, "status") == 0  ? m.status
                  : strcmp(col, "clock") == 0 ? m.clock
                  : strcmp(col, "due") == 0   ? m.due
                                              : m.answered;
  char *out = v ? xstrdup(v) : NULL;
  matter_release(&m);
  return out;
}

static void assert_field(struct fixture *f, const char *ref, const char *col, const char *want)
{
  char *got = field(f, ref, col);
  if (want)
    assert_string_equal(got ? got : "(null)", want);
  else
    assert_null(got);
  free(got);
}

static void test_determination_stops_the_clock(void **state)
{
  struct fixture *f = *state;
  struct matter m = new_request("EPA", "2020-01-06", "us-foia");
  assert_int_equal(matter_create(&f->l, &m, NULL, 0, NULL), 0);
  assert_field(f, m.ref, "clock", "running");
  assert_field(f, m.ref, "due", "2020-02-04");
  struct outcome o = {0};
  struct response_in r = {"denial", "2020-02-05", -1, "exempt", -1, 0};
  assert_int_equal(matter_respond(&f->l, m.ref, &r, &o), 0);
  assert_string_equal(o.status_after, "denied");
  assert_field(f, m.ref, "clock", "stopped");
  assert_field(f, m.ref, "answered", "2020-02-05");
  /* Appealed afterwards: open again, but the deadline was met. */
  assert_int_equal(matter_set_status(&f->l, m.ref, "appealed", "2020-02-10", NULL, &o), 0);
  assert_field(f, m.ref, "status", "appealed");
  assert_field(f, m.ref, "clock", "stopped");
  /* The clock row is in the history. */
  assert_int_equal(scalar(f->db, "SELECT count(*) FROM event WHERE field = 'clock' AND "
                                 "old_value = 'running' AND new_value = 'stopped'"),
                   1);
  outcome_release(&o);
  matter_release(&m);
}

static void test_status_refuses_clock_states(void **state)
{
  struct fixture *f = *state;
  struct matter m = new_request("EPA", "2020-01-06", "us-foia");
  assert_int_equal(matter_create(&f->l, &m, NULL, 0, NULL), 0);
  int64_t before = scalar(f->db, "SELECT count(*) FROM event");
  assert_int_equal(matter_set_status(&f->l, m.ref, "tolled", "2020-01-08", NULL, NULL), -1);
  assert_int_equal(matter_set_status(&f->l, m.ref, "extended", "2020-01-08", NULL, NULL), -1);
  assert_int_equal(scalar(f->db, "SELECT count(*) FROM event"), before);
  /* A clarification is the toll operation: status and clock agree. */
  struct response_in r = {"clarification", "2020-01-08", -1, "which permits?", -1, 0};
  assert_int_equal(matter_respond(&f->l, m.ref, &r, NULL), 0);
  assert_field(f, m.ref, "status", "tolled");
  assert_field(f, m.ref, "clock", "paused");
  assert_field(f, m.ref, "due", NULL);
  assert_int_equal(scalar(f->db, "SELECT count(*) FROM toll WHERE replied IS NULL"), 1);
  /* Leaving tolled for an open state is resume's job. */
  assert_int_equal(matter_set_status(&f->l, m.ref, "acknowledged", "2020-01-09", NULL, NULL), -1);
  assert_int_equal(matter_resume(&f->l, m.ref, "2020-01-13", NULL, NULL), 0);
  assert_field(f, m.ref, "status", "open");
  assert_field(f, m.ref, "clock", "running");
  /* 2 working days used (7, 8), 18 left from Mon 13 Jan: 14-17, (20 MLK),
     21-24, 27-31, 3-7 Feb (18th day). */
  assert_field(f, m.ref, "due", "2020-02-07");
  matter_release(&m);
}

static void test_late_extension_keeps_the_miss(void **state)
{
  struct fixture *f = *state;
  struct matter m = new_request("DENVER", "2020-01-17", "co-cora");
  assert_int_equal(matter_create(&f->l, &m, NULL, 0, NULL), 0);
  assert_field(f, m.ref, "due", "2020-01-23");
  assert_int_equal(matter_extend(&f->l, m.ref, -1, "2020-01-24", NULL, 0, NULL), -1);
  assert_field(f, m.ref, "due", "2020-01-23");
  struct outcome o = {0};
  assert_int_equal(matter_extend(&f->l, m.ref, -1, "2020-01-24", "late notice", 1, &o), 0);
  assert_string_equal(o.due_after, "2020-02-03");
  assert_int_equal(scalar(f->db, "SELECT count(*) FROM matter WHERE missed = '2020-01-23'"), 1);
  assert_int_equal(scalar(f->db, "SELECT late FROM extension"), 1);
  outcome_release(&o);
  matter_release(&m);
}

static void test_reopen_asks_for_the_clock(void **state)
{
  struct fixture *f = *state;
  struct matter m = new_request("EPA", "2020-01-06", "us-foia");
  assert_int_equal(matter_create(&f->l, &m, NULL, 0, NULL), 0);
  struct response_in r = {"production", "2020-01-20", 3, NULL, -1, 0};
  assert_int_equal(matter_respond(&f->l, m.ref, &r, NULL), 0);
  assert_int_equal(matter_set_status(&f->l, m.ref, "open", "2020-02-10", NULL, NULL), -1);
  assert_int_equal(matter_reopen(&f->l, m.ref, "2020-02-10", NULL, NULL, NULL, NULL), PR_USAGE);
  assert_int_equal(matter_reopen(&f->l, m.ref, "2020-02-10", NULL, "2020-02-10", "fees", NULL), 0);
  assert_field(f, m.ref, "status", "open");
  assert_field(f, m.ref, "clock", "running");
  assert_field(f, m.ref, "answered", NULL);
  /* 20 working days from Mon 10 Feb: 11-14, (17 Presidents Day), 18-21, 24-28,
     2-6 Mar, 9, 10: Tue 10 Mar. */
  assert_field(f, m.ref, "due", "2020-03-10");
  matter_release(&m);
}

static void test_future_dates_refused(void **state)
{
  struct fixture *f = *state;
  struct matter m = new_request("EPA", "2020-03-02", "us-foia");
  assert_int_equal(matter_create(&f->l, &m, NULL, 0, NULL), -1);
  matter_release(&m);
  m = new_request("EPA", "2020-02-03", "us-foia");
  assert_int_equal(matter_create(&f->l, &m, NULL, 0, NULL), 0);
  struct response_in r = {"acknowledgement", "2020-03-02", -1, NULL, -1, 0};
  assert_int_equal(matter_respond(&f->l, m.ref, &r, NULL), -1);
  assert_int_equal(matter_toll(&f->l, m.ref, "2020-03-02", NULL, NULL), -1);
  matter_release(&m);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_status_tables_agree, setup, teardown),
      cmocka_unit_test(test_statuses_defined_once),
      cmocka_unit_test_setup_teardown(test_determination_stops_the_clock, setup, teardown),
      cmocka_unit_test_setup_teardown(test_status_refuses_clock_states, setup, teardown),
      cmocka_unit_test_setup_teardown(test_late_extension_keeps_the_miss, setup, teardown),
      cmocka_unit_test_setup_teardown(test_reopen_asks_for_the_clock, setup, teardown),
      cmocka_unit_test_setup_teardown(test_future_dates_refused, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
