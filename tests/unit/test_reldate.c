/*
** test_reldate.c — relative dates (src/reldate.c) against fixed todays,
** month ends and leap years included; and did-you-mean (src/suggest.c).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "deadline.h"
#include "reldate.h"
#include "suggest.h"

static dl_day D(const char *s)
{
  dl_day d = DL_NO_DAY;
  if (dl_parse_date(s, &d) != 0)
    fail_msg("bad date in test: %s", s);
  return d;
}

static void check(const char *today, const char *in, const char *want)
{
  char out[40];
  int rc = reldate_resolve(in, D(today), 9 * 60 + 5, 1, out, sizeof out);
  if (rc != 0)
    fail_msg("'%s' on %s: rc %d, want %s", in, today, rc, want);
  if (strcmp(out, want) != 0)
    fail_msg("'%s' on %s: got %s, want %s", in, today, out, want);
}

static void test_words(void **state)
{
  (void)state;
  check("2024-03-01", "today", "2024-03-01");
  check("2024-03-01", "yesterday", "2024-02-29"); /* leap day */
  check("2023-03-01", "yesterday", "2023-02-28");
  check("2024-12-31", "tomorrow", "2025-01-01");
  check("2024-02-28", "TOMORROW", "2024-02-29");
  check("2024-01-01", "now", "2024-01-01T09:05");
  check("2024-01-01", "tomorrowT16:30", "2024-01-02T16:30");
}

static void test_offsets(void **state)
{
  (void)state;
  check("2024-02-27", "+3d", "2024-03-01");
  check("2023-02-27", "+3d", "2023-03-02");
  check("2024-03-01", "-2w", "2024-02-16");
  check("2024-01-31", "+1m", "2024-02-29"); /* clamped to the month's last day */
  check("2023-01-31", "+1m", "2023-02-28");
  check("2024-03-31", "-1m", "2024-02-29");
  check("2024-05-31", "+1m", "2024-06-30");
  check("2024-02-29", "+1y", "2025-02-28");
  check("2024-02-29", "+4y", "2028-02-29");
  check("2024-12-15", "+1m", "2025-01-15");
  check("2024-01-01", "+0d", "2024-01-01");
  check("2024-01-01", "+400d", "2025-02-04");
}

static void test_weekdays(void **state)
{
  (void)state;
  /* 2024-02-26 is a Monday. The next one, never today. */
  check("2024-02-26", "monday", "2024-03-04");
  check("2024-02-26", "tuesday", "2024-02-27");
  check("2024-02-26", "fri", "2024-03-01");
  check("2024-02-26", "Sunday", "2024-03-03");
  check("2024-12-30", "wednesday", "2025-01-01");
}

static void test_not_relative(void **state)
{
  (void)state;
  char out[40];
  dl_day t = D("2024-01-01");
  assert_int_equal(reldate_resolve("2024-05-01", t, 0, 0, out, sizeof out), RELDATE_ISO);
  assert_int_equal(reldate_resolve("tomorow", t, 0, 0, out, sizeof out), RELDATE_BAD);
  assert_int_equal(reldate_resolve("+3x", t, 0, 0, out, sizeof out), RELDATE_BAD);
  assert_int_equal(reldate_resolve("+d", t, 0, 0, out, sizeof out), RELDATE_BAD);
  assert_int_equal(reldate_resolve("+-3d", t, 0, 0, out, sizeof out), RELDATE_BAD);
  assert_int_equal(reldate_resolve("now", t, 0, 0, out, sizeof out), RELDATE_BAD); /* no time */
  assert_int_equal(reldate_resolve("tomorrowT25:00", t, 0, 1, out, sizeof out), RELDATE_BAD);
  assert_int_equal(reldate_resolve("-999999d", t, 0, 0, out, sizeof out), RELDATE_BAD);
}

static void test_suggest(void **state)
{
  (void)state;
  assert_string_equal(suggest_hint("tomorow", reldate_words), " (did you mean 'tomorrow'?)");
  const char *const cmds[] = {"list", "log", "due", "report", "respond", NULL};
  assert_string_equal(suggest_hint("lsit", cmds), " (did you mean 'list'?)");
  assert_string_equal(suggest_hint("rep", cmds), " (did you mean 'report'?)");
  assert_string_equal(suggest_hint("xyzzy", cmds), "");
  assert_int_equal(suggest_distance("DPOST", "dpost"), 0);
  assert_int_equal(suggest_distance("ab", "ba"), 1);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_words),    cmocka_unit_test(test_offsets),
      cmocka_unit_test(test_weekdays), cmocka_unit_test(test_not_relative),
      cmocka_unit_test(test_suggest),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
