/*
** test_report.c — the report model (report.c over store_report.c) on a small
** database built through the store, with every expected number worked out
** by hand below (us-federal calendar; Presidents Day 2021-02-15).
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
#include "json.h"
#include "model.h"
#include "report.h"
#include "store.h"
#include "template.h"
#include "util.h"

static char dir[256];
static struct db *db;
static struct store st;

static int64_t add_agency(const char *code)
{
  struct agency a;
  memset(&a, 0, sizeof a);
  a.code = (char *)code;
  a.name = (char *)code;
  a.calendar = "us-federal";
  assert_int_equal(store_agency_add(&st, &a), 0);
  struct agency got;
  assert_int_equal(store_agency_get(&st, code, &got), 0);
  int64_t id = got.id;
  agency_release(&got);
  return id;
}

static int64_t add_matter(const char *ref, int64_t from, int64_t to, const char *subject,
                          const char *trigger, const char *due, const char *status)
{
  struct matter m;
  memset(&m, 0, sizeof m);
  char uuid[37];
  assert_int_equal(uuid_v4(uuid), 0);
  m.uuid = uuid;
  m.ref = (char *)ref;
  m.kind = "request";
  m.from_id = from;
  m.to_id = to;
  m.subject = (char *)subject;
  m.trigger_date = (char *)trigger;
  m.due = (char *)due;
  m.status = (char *)status;
  m.days = -1;
  assert_int_equal(store_matter_insert(&st, &m), 0);
  assert_int_equal(store_event_add(&st, m.id, trigger, "created", "status", NULL, "open", NULL), 0);
  return m.id;
}

static void close_matter(int64_t id, const char *kind, const char *on, const char *status)
{
  assert_int_equal(store_response_add(&st, id, kind, on, -1, NULL), 0);
  assert_int_equal(store_event_add(&st, id, on, "status", "status", "open", status, NULL), 0);
}

static int setup(void **state)
{
  (void)state;
  snprintf(dir, sizeof dir, "%s/pubrec-report-XXXXXX",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(dir))
    return -1;
  char *p = xasprintf("%s/r.db", dir);
  int rc = db_open(&db, p);
  free(p);
  if (rc != 0)
    return -1;
  st.db = db;
  st.now = "2021-03-01T12:00:00Z";
  st.by = "unit";
  st.today = "2021-03-01";
  int64_t a = add_agency("A"), b = add_agency("B");
  /* m1: open, due 02-15, 14 days and 10 working days late on 03-01. */
  add_matter("REQ-2021-0001", a, b, "Late, \"quoted\"", "2021-02-01", "2021-02-15", "open");
  /* m2: open, due 03-05: 4 days and 4 working days left. */
  add_matter("REQ-2021-0002", a, b, "<b>soon</b>", "2021-02-22", "2021-03-05", "open");
  /* m3: produced on time on 01-15 (11 days, 9 working days). */
  int64_t m3 =
      add_matter("REQ-2021-0003", a, b, "=fulfilled", "2021-01-04", "2021-01-20", "fulfilled");
  close_matter(m3, "production", "2021-01-15", "fulfilled");
  /* m4: acknowledged 01-05, denied late on 01-12 (8 days, 6 working days). */
  int64_t m4 = add_matter("REQ-2021-0004", a, b, "denied", "2021-01-04", "2021-01-10", "denied");
  assert_int_equal(store_response_add(&st, m4, "acknowledgement", "2021-01-05", -1, NULL), 0);
  close_matter(m4, "denial", "2021-01-12", "denied");
  return 0;
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

/* The value at a dotted path, e.g. "doj.requests.received" or "overdue.0.ref". */
static struct jv *at(struct jv *v, const char *path)
{
  char *copy = xstrdup(path), *save = NULL;
  for (char *k = strtok_r(copy, ".", &save); k && v; k = strtok_r(NULL, ".", &save))
    v = jv_is_array(v) ? jv_at(v, (size_t)atoi(k)) : jv_get(v, k);
  free(copy);
  return v;
}

static int64_t num(struct jv *m, const char *path)
{
  struct jv *v = at(m, path);
  assert_non_null(v);
  assert_true(jv_is_int(v));
  return jv_as_int(v);
}

static const char *str(struct jv *m, const char *path)
{
  struct jv *v = at(m, path);
  assert_non_null(v);
  return jv_as_str(v);
}

/* A real, as the templates print it (json.h reads no doubles): rendering
   "{{path}}" through tmpl_render_jv, which this also tests. */
static void real_is(struct jv *m, const char *path, const char *want)
{
  const char *dot = strrchr(path, '.');
  char *parent = xstrndup(path, (size_t)(dot - path));
  m = at(m, parent); /* the templates' dotted names do not index arrays */
  free(parent);
  assert_non_null(m);
  char *text = xasprintf("{{%s}}", dot + 1);
  struct tmpl_error err;
  struct tmpl *t = tmpl_parse(text, strlen(text), NULL, &err);
  assert_non_null(t);
  struct buf out = BUF_INIT;
  assert_int_equal(tmpl_render_jv(&out, t, m, TMPL_ESC_NONE, 1, &err), 0);
  assert_string_equal(buf_str(&out), want);
  buf_release(&out);
  tmpl_free(t);
  free(text);
}

static struct jv *build(const char *from, const char *to)
{
  struct report_opts o = {"2021-03-01", from, to, NULL, NULL, -1, 0, NULL};
  struct jv *m = NULL;
  assert_int_equal(report_build(&st, &o, NULL, &m), 0);
  assert_non_null(m);
  return m;
}

static void test_totals_and_lists(void **state)
{
  (void)state;
  struct jv *m = build("2021-01-01", "2021-03-01");
  assert_int_equal(num(m, "totals.matters"), 4);
  assert_int_equal(num(m, "totals.open"), 2);
  assert_int_equal(num(m, "totals.closed"), 2);
  assert_int_equal(num(m, "totals.overdue"), 1);
  assert_int_equal(num(m, "totals.due_7"), 1);
  assert_int_equal(num(m, "totals.due_30"), 1);
  assert_int_equal(num(m, "totals.by_kind.0.count"), 4);
  assert_int_equal(jv_len(at(m, "overdue")), 1);
  assert_string_equal(str(m, "overdue.0.ref"), "REQ-2021-0001");
  assert_int_equal(num(m, "overdue.0.days_overdue"), 14);
  assert_int_equal(num(m, "overdue.0.working_days_overdue"), 10);
  assert_string_equal(str(m, "overdue.0.calendar"), "us-federal");
  assert_string_equal(str(m, "due_soon.0.ref"), "REQ-2021-0002");
  assert_int_equal(num(m, "due_soon.0.days_left"), 4);
  assert_int_equal(num(m, "due_soon.0.working_days_left"), 4);
  /* Both open matters are 19 and 5 working days old: band 1-20. */
  assert_int_equal(num(m, "aging.0.count"), 2);
  assert_int_equal(num(m, "aging.6.count"), 0);
  jv_free(m);
}

static void test_agencies(void **state)
{
  (void)state;
  struct jv *m = build(NULL, NULL);
  assert_string_equal(str(m, "agencies.1.code"), "B");
  assert_int_equal(num(m, "agencies.1.received.matters"), 4);
  assert_int_equal(num(m, "agencies.1.received.answered"), 2);
  assert_int_equal(num(m, "agencies.1.received.on_time"), 1);
  real_is(m, "agencies.1.received.on_time_pct", "50");
  assert_string_equal(str(m, "agencies.1.received.on_time_text"), "50.0%");
  /* First responses after 11 and 1 days; closures after 11 and 8. */
  real_is(m, "agencies.1.received.first_response.median_days", "6");
  real_is(m, "agencies.1.received.closure.median_days", "9.5");
  real_is(m, "agencies.1.received.closure.average_days", "9.5");
  assert_string_equal(str(m, "agencies.1.received.closure.median_text"), "9.5");
  assert_int_equal(num(m, "agencies.1.received.overdue"), 1);
  assert_int_equal(num(m, "agencies.0.sent.matters"), 4);
  assert_int_equal(num(m, "agencies.0.received.matters"), 0);
  assert_true(jv_is_null(at(m, "agencies.0.received.on_time_pct")));
  assert_string_equal(str(m, "agencies.0.received.on_time_text"), "-");
  jv_free(m);
}

static void test_doj(void **state)
{
  (void)state;
  struct jv *m = build("2021-01-01", "2021-03-01");
  assert_int_equal(num(m, "doj.requests.pending_start"), 0);
  assert_int_equal(num(m, "doj.requests.received"), 4);
  assert_int_equal(num(m, "doj.requests.processed"), 2);
  assert_int_equal(num(m, "doj.requests.pending_end"), 2);
  assert_int_equal(num(m, "doj.dispositions.0.count"), 1); /* fulfilled */
  assert_int_equal(num(m, "doj.dispositions.1.count"), 1); /* denied */
  real_is(m, "doj.response_time.median", "7.5");
  assert_int_equal(num(m, "doj.response_time.lowest"), 6);
  assert_int_equal(num(m, "doj.response_time.highest"), 9);
  assert_string_equal(str(m, "doj.oldest_pending.0.ref"), "REQ-2021-0001");
  assert_int_equal(num(m, "doj.oldest_pending.0.working_days_pending"), 19);
  assert_int_equal(num(m, "doj.backlog"), 1);
  assert_int_equal(jv_len(at(m, "doj.monthly")), 3);
  assert_int_equal(num(m, "doj.monthly.0.received"), 2);
  assert_int_equal(num(m, "doj.monthly.0.processed"), 2);
  /* A period after the closures: both closed matters are history. */
  jv_free(m);
  m = build("2021-02-10", "2021-03-01");
  assert_int_equal(num(m, "doj.requests.pending_start"), 1);
  assert_int_equal(num(m, "doj.requests.received"), 1);
  assert_int_equal(num(m, "doj.requests.processed"), 0);
  assert_true(jv_is_null(at(m, "doj.response_time.median")));
  jv_free(m);
}

static void test_default_period(void **state)
{
  (void)state;
  char from[11], to[11];
  struct report_opts o = {"2021-03-01", NULL, NULL, NULL, NULL, -1, 0, NULL};
  assert_int_equal(report_period(from, to, &o), 0);
  assert_string_equal(from, "2020-04-01");
  assert_string_equal(to, "2021-03-01");
  o.as_of = "2021-12-31";
  assert_int_equal(report_period(from, to, &o), 0);
  assert_string_equal(from, "2021-01-01");
  o.from = "2021-02-01";
  o.to = "2021-01-01";
  assert_int_equal(report_period(from, to, &o), PR_USAGE);
}

static void test_scope_and_errors(void **state)
{
  (void)state;
  struct report_opts o = {"2021-03-01", NULL, NULL, "NOPE", NULL, -1, 0, NULL};
  struct jv *m = NULL;
  assert_int_equal(report_build(&st, &o, NULL, &m), PR_ERR);
  assert_null(m);
  o.agency = "A";
  o.kind = "subpoena";
  assert_int_equal(report_build(&st, &o, NULL, &m), 0);
  assert_int_equal(num(m, "totals.matters"), 0);
  assert_int_equal(jv_len(at(m, "agencies")), 0);
  assert_string_equal(str(m, "report.scope.agency"), "A");
  jv_free(m);
}

static void test_csv(void **state)
{
  (void)state;
  struct report_opts o = {"2021-03-01", NULL, NULL, NULL, NULL, -1, 0, NULL};
  struct buf b = BUF_INIT;
  assert_int_equal(report_csv(&st, &o, NULL, &b), 0);
  const char *s = buf_str(&b);
  assert_non_null(strstr(s, "reference,kind,from,to,subject,"));
  assert_non_null(strstr(s, "\r\nREQ-2021-0001,request,A,B,\"Late, \"\"quoted\"\"\",2021-02-01,"
                            "2021-02-15,open,yes,14,19,-10,,\r\n"));
  assert_non_null(strstr(s, "\r\nREQ-2021-0003,request,A,B,'=fulfilled,2021-01-04,2021-01-20,"
                            "fulfilled,no,,9,,2021-01-15,2021-01-15\r\n"));
  size_t lines = 0;
  for (const char *p = s; (p = strstr(p, "\r\n")); p += 2)
    lines++;
  assert_int_equal(lines, 5);
  buf_release(&b);
}

static void test_trace(void **state)
{
  (void)state;
  struct report_opts o = {"2021-03-01", NULL, NULL, "B", NULL, 5, 0, NULL};
  struct buf trace = BUF_INIT;
  struct jv *m = NULL;
  assert_int_equal(report_build(&st, &o, &trace, &m), 0);
  /* One pass over the matters (the totals are added as they are walked). */
  assert_non_null(strstr(buf_str(&trace), "ORDER BY m.id;"));
  assert_null(strstr(buf_str(&trace), "GROUP BY m.status"));
  assert_non_null(strstr(buf_str(&trace), "m.to_agency = 2"));
  assert_non_null(strstr(buf_str(&trace), "LIMIT 5;"));
  assert_int_equal(jv_len(at(m, "recent")), 5);
  buf_release(&trace);
  jv_free(m);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_totals_and_lists),
      cmocka_unit_test(test_agencies),
      cmocka_unit_test(test_doj),
      cmocka_unit_test(test_default_period),
      cmocka_unit_test(test_scope_and_errors),
      cmocka_unit_test(test_csv),
      cmocka_unit_test(test_trace),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
