/*
** test_ics.c — unit tests for ics.c: write calendars to a temp file and check
** the bytes.
*/
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ics.h"
#include "util.h"

#define D_2026_03_16 20528 /* days since 1970-01-01 */
#define D_2028_02_29 21243
#define D_2026_12_31 20818
#define T_2026_01_02_030405 1767323045 /* 2026-01-02T03:04:05Z */

static const struct ics_options plain_opt = {
    "pubrec deadlines", "-//pubrec//test//EN", 0, 0, NULL, 0, 0};

/* A simple event; tests change what they need. */
static struct ics_event simple_event(void)
{
  struct ics_event ev = {"m1-initial",
                         0,
                         D_2026_03_16,
                         T_2026_01_02_030405,
                         T_2026_01_02_030405 - 60,
                         "Response due",
                         NULL,
                         NULL,
                         0,
                         NULL};
  return ev;
}

/* Write the events with opt and return the file's bytes (caller frees). */
static char *write_cal(const struct ics_options *opt, const struct ics_event *evs, int n)
{
  FILE *f = tmpfile();
  assert_non_null(f);
  struct ics_writer *w = ics_writer_start(f, opt);
  assert_non_null(w);
  for (int i = 0; i < n; i++)
    assert_int_equal(ics_writer_add(w, &evs[i]), 0);
  assert_int_equal(ics_writer_finish(w), 0);
  long len = ftell(f);
  assert_true(len >= 0);
  rewind(f);
  char *s = xmalloc((size_t)len + 1);
  assert_int_equal(fread(s, 1, (size_t)len, f), (size_t)len);
  s[len] = '\0';
  fclose(f);
  return s;
}

/* Remove folds (CRLF + space); caller frees. */
static char *unfold(const char *s)
{
  struct buf b = BUF_INIT;
  for (; *s; s++) {
    if (s[0] == '\r' && s[1] == '\n' && s[2] == ' ') {
      s += 2;
      continue;
    }
    buf_addc(&b, *s);
  }
  return buf_detach(&b, NULL);
}

/* Number of (unfolded) content lines exactly equal to line. */
static int count_lines(const char *text, const char *line)
{
  char *u = unfold(text);
  int n = 0;
  size_t len = strlen(line);
  for (const char *p = u; (p = strstr(p, line)) != NULL; p += len)
    if ((p == u || p[-1] == '\n') && p[len] == '\r' && p[len + 1] == '\n')
      n++;
  free(u);
  return n;
}

/* Text between the first line "BEGIN:<kind>" whose block holds "UID:<uid>" and its END. */
static char *component(const char *text, const char *kind, const char *uid)
{
  char *u = unfold(text);
  char begin[64], end[64], uidline[256];
  snprintf(begin, sizeof begin, "BEGIN:%s\r\n", kind);
  snprintf(end, sizeof end, "END:%s\r\n", kind);
  snprintf(uidline, sizeof uidline, "\r\nUID:%s\r\n", uid);
  for (const char *p = u; (p = strstr(p, begin)) != NULL; p++) {
    const char *e = strstr(p, end);
    assert_non_null(e);
    char *blk = xstrndup(p, (size_t)(e - p) + strlen(end));
    if (strstr(blk, uidline)) {
      free(u);
      return blk;
    }
    free(blk);
  }
  free(u);
  fail_msg("no %s with UID %s", kind, uid);
  return NULL;
}

/* Each physical line: CRLF-terminated, <= 75 octets, valid UTF-8 on its own. */
static void assert_lines_rfc(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  int lineno = 1;
  while (*p) {
    const unsigned char *nl = (const unsigned char *)strchr((const char *)p, '\n');
    assert_non_null(nl);
    assert_true(nl > p && nl[-1] == '\r');
    size_t len = (size_t)(nl - 1 - p);
    if (len > 75)
      fail_msg("line %d is %zu octets", lineno, len);
    for (size_t i = 0; i < len;) {
      unsigned char c = p[i];
      size_t n = c < 0x80             ? 1
                 : (c & 0xE0) == 0xC0 ? 2
                 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4
                                      : 0;
      if (n == 0 || i + n > len)
        fail_msg("line %d: broken UTF-8 at octet %zu", lineno, i);
      for (size_t k = 1; k < n; k++)
        if ((p[i + k] & 0xC0) != 0x80)
          fail_msg("line %d: broken UTF-8 at octet %zu", lineno, i + k);
      i += n;
    }
    p = nl + 1;
    lineno++;
  }
}

static void test_header(void **state)
{
  (void)state;
  struct ics_options opt = plain_opt;
  opt.refresh_minutes = 30;
  char *s = write_cal(&opt, NULL, 0);
  assert_string_equal(s, "BEGIN:VCALENDAR\r\n"
                         "PRODID:-//pubrec//test//EN\r\n"
                         "VERSION:2.0\r\n"
                         "CALSCALE:GREGORIAN\r\n"
                         "METHOD:PUBLISH\r\n"
                         "NAME:pubrec deadlines\r\n"
                         "X-WR-CALNAME:pubrec deadlines\r\n"
                         "REFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n"
                         "X-PUBLISHED-TTL:PT30M\r\n"
                         "END:VCALENDAR\r\n");
  free(s);

  struct ics_options bare = {NULL, NULL, 0, 0, NULL, 0, 0};
  s = write_cal(&bare, NULL, 0);
  assert_string_equal(s, "BEGIN:VCALENDAR\r\n"
                         "PRODID:-//pubrec//pubrec//EN\r\n"
                         "VERSION:2.0\r\n"
                         "CALSCALE:GREGORIAN\r\n"
                         "METHOD:PUBLISH\r\n"
                         "END:VCALENDAR\r\n");
  free(s);
}

static void test_simple_event_exact(void **state)
{
  (void)state;
  struct ics_event ev = simple_event();
  ev.description = "Initial response";
  ev.url = "https://example.org/r/1?a=1,2;3";
  char *s = write_cal(&plain_opt, &ev, 1);
  const char *body = strstr(s, "BEGIN:VEVENT");
  assert_non_null(body);
  assert_string_equal(body, "BEGIN:VEVENT\r\n"
                            "UID:m1-initial\r\n"
                            "SEQUENCE:0\r\n"
                            "DTSTAMP:20260102T030405Z\r\n"
                            "LAST-MODIFIED:20260102T030305Z\r\n"
                            "DTSTART;VALUE=DATE:20260316\r\n"
                            "DTEND;VALUE=DATE:20260317\r\n"
                            "TRANSP:TRANSPARENT\r\n"
                            "SUMMARY:Response due\r\n"
                            "DESCRIPTION:Initial response\r\n"
                            "STATUS:CONFIRMED\r\n"
                            "URL:https://example.org/r/1?a=1,2;3\r\n"
                            "END:VEVENT\r\n"
                            "END:VCALENDAR\r\n");
  free(s);
}

static void test_escaping(void **state)
{
  (void)state;
  static const char *const cats[] = {"foia", "Denver, CO", "a;b\\c", "", NULL};
  struct ics_options opt = plain_opt;
  opt.name = "Deadlines, Denver; \\ test\nsecond";
  opt.prodid = "-//a,b;c//EN";
  struct ics_event ev = simple_event();
  ev.uid = "u,1;2";
  ev.summary = "A, B; C \\ D \"quoted\"\nnext\r\nline";
  ev.description = "one\ntwo\r\nthree, four; \\five";
  ev.categories = cats;
  char *s = write_cal(&opt, &ev, 1);
  assert_int_equal(count_lines(s, "NAME:Deadlines\\, Denver\\; \\\\ test\\nsecond"), 1);
  assert_int_equal(count_lines(s, "X-WR-CALNAME:Deadlines\\, Denver\\; \\\\ test\\nsecond"), 1);
  assert_int_equal(count_lines(s, "PRODID:-//a\\,b\\;c//EN"), 1);
  assert_int_equal(count_lines(s, "UID:u\\,1\\;2"), 1);
  /* Line breaks in SUMMARY become spaces (calcurse rejects "\n" there). */
  assert_int_equal(count_lines(s, "SUMMARY:A\\, B\\; C \\\\ D \"quoted\" next line"), 1);
  assert_int_equal(count_lines(s, "DESCRIPTION:one\\ntwo\\nthree\\, four\\; \\\\five"), 1);
  assert_int_equal(count_lines(s, "CATEGORIES:foia,Denver\\, CO,a\\;b\\\\c"), 1);
  assert_lines_rfc(s);
  free(s);
}

static void test_long_multibyte_summary(void **state)
{
  (void)state;
  /* 2-, 3- and 4-octet characters, with and without spaces, at every
     alignment against the 75-octet limit. */
  static const char *const pieces[] = {"é", "日本語", "😀", "ñ日😀a", "Ærø ", "中文 "};
  for (int pre = 0; pre < 4; pre++) {
    for (size_t k = 0; k < sizeof pieces / sizeof pieces[0]; k++) {
      struct buf sum = BUF_INIT, want = BUF_INIT;
      for (int i = 0; i < pre; i++)
        buf_addc(&sum, 'x');
      for (int i = 0; i < 70; i++)
        buf_adds(&sum, pieces[k]);
      struct ics_event ev = simple_event();
      ev.summary = sum.data;
      ev.description = sum.data;
      static const char *const cats[] = {
          "カテゴリー・カテゴリー・カテゴリー・カテゴリー・カテゴリー", NULL};
      ev.categories = cats;
      struct ics_options opt = plain_opt;
      opt.name = sum.data;
      char *s = write_cal(&opt, &ev, 1);
      assert_lines_rfc(s);
      buf_addf(&want, "SUMMARY:%s", sum.data);
      assert_int_equal(count_lines(s, want.data), 1);
      buf_reset(&want);
      buf_addf(&want, "X-WR-CALNAME:%s", sum.data);
      assert_int_equal(count_lines(s, want.data), 1);
      buf_reset(&want);
      buf_addf(&want, "CATEGORIES:%s", cats[0]);
      assert_int_equal(count_lines(s, want.data), 1);
      free(s);
      buf_release(&sum);
      buf_release(&want);
    }
  }
}

static void test_fold_helpers(void **state)
{
  (void)state;
  struct buf out = BUF_INIT;
  /* 80 ASCII octets: 75 + CRLF + space + 5. */
  char line[81];
  memset(line, 'a', 80);
  line[80] = '\0';
  ics_fold_line(&out, line, 80);
  assert_int_equal(out.len, 80 + 2 + 3);
  assert_memory_equal(out.data + 75, "\r\n aaaaa\r\n", 10);
  buf_reset(&out);

  /* "SUMMARY:" + 40 x "é": a cut at 75 would split a character; cut at 74. */
  struct buf l = BUF_INIT;
  buf_adds(&l, "SUMMARY:");
  for (int i = 0; i < 40; i++)
    buf_adds(&l, "é");
  ics_fold_line(&out, l.data, l.len);
  assert_lines_rfc(out.data);
  assert_memory_equal(out.data + 74, "\r\n ", 3);
  buf_reset(&out);

  /* ics_refold passes good text through and repairs bad text: a line split
     inside "é", an over-long line, a bare LF. */
  const char *good = "BEGIN:VEVENT\r\nSUMMARY:ab\r\n cd\r\nEND:VEVENT\r\n";
  ics_refold(&out, good, strlen(good));
  assert_string_equal(out.data, good);
  buf_reset(&out);

  const char *split = "SUMMARY:caf\xC3\r\n \xA9 ok\r\nEND:VEVENT\n";
  ics_refold(&out, split, strlen(split));
  assert_string_equal(out.data, "SUMMARY:café ok\r\nEND:VEVENT\r\n");
  buf_reset(&out);

  buf_adds(&l, "\r\n");
  ics_refold(&out, l.data, l.len);
  assert_lines_rfc(out.data);
  char *u = unfold(out.data);
  assert_string_equal(u, l.data);
  free(u);
  buf_release(&l);
  buf_release(&out);
}

static void test_cancelled(void **state)
{
  (void)state;
  struct ics_event ev = simple_event();
  ev.cancelled = 1;
  ev.sequence = 4;
  char *s = write_cal(&plain_opt, &ev, 1);
  assert_int_equal(count_lines(s, "STATUS:CANCELLED"), 1);
  assert_int_equal(count_lines(s, "STATUS:CONFIRMED"), 0);
  assert_int_equal(count_lines(s, "SEQUENCE:4"), 1);
  free(s);
}

static void test_alarms(void **state)
{
  (void)state;
  static const int alarms[] = {3, 1, 0, 3}; /* the duplicate 3 is dropped */
  struct ics_options opt = plain_opt;
  opt.alarms = alarms;
  opt.nalarms = 4;
  struct ics_event ev = simple_event();
  static const char *const cats[] = {"foia", NULL};
  ev.categories = cats;
  char *s = write_cal(&opt, &ev, 1);
  char *blk = component(s, "VEVENT", "m1-initial");
  /* Properties (CATEGORIES last), then the alarms. */
  const char *tail = strstr(blk, "STATUS:CONFIRMED\r\n");
  assert_non_null(tail);
  assert_string_equal(tail, "STATUS:CONFIRMED\r\n"
                            "CATEGORIES:foia\r\n"
                            "BEGIN:VALARM\r\n"
                            "ACTION:DISPLAY\r\n"
                            "DESCRIPTION:Due in 3 days: Response due\r\n"
                            "TRIGGER;RELATED=START:-P3D\r\n"
                            "END:VALARM\r\n"
                            "BEGIN:VALARM\r\n"
                            "ACTION:DISPLAY\r\n"
                            "DESCRIPTION:Due in 1 day: Response due\r\n"
                            "TRIGGER;RELATED=START:-P1D\r\n"
                            "END:VALARM\r\n"
                            "BEGIN:VALARM\r\n"
                            "ACTION:DISPLAY\r\n"
                            "DESCRIPTION:Due today: Response due\r\n"
                            "TRIGGER;RELATED=START:PT0S\r\n"
                            "END:VALARM\r\n"
                            "END:VEVENT\r\n");
  free(blk);
  free(s);

  /* An empty summary still gives a non-empty alarm DESCRIPTION. */
  ev.summary = NULL;
  s = write_cal(&opt, &ev, 1);
  assert_int_equal(count_lines(s, "SUMMARY:"), 1);
  assert_int_equal(count_lines(s, "DESCRIPTION:Due in 3 days"), 1);
  free(s);
}

static void test_reminder_events(void **state)
{
  (void)state;
  static const int alarms[] = {7, 1, 0};
  struct ics_options opt = plain_opt;
  opt.alarms = alarms;
  opt.nalarms = 3;
  opt.reminder_events = 1;
  struct ics_event ev = simple_event();
  ev.sequence = 2;
  char *s = write_cal(&opt, &ev, 1);
  assert_int_equal(count_lines(s, "BEGIN:VEVENT"), 3); /* the deadline + 7d + 1d, none for 0 */
  char *r7 = component(s, "VEVENT", "m1-initial-remind-7d");
  assert_non_null(strstr(r7, "\r\nSUMMARY:Due in 7 days: Response due\r\n"));
  assert_non_null(strstr(r7, "\r\nDTSTART;VALUE=DATE:20260309\r\n"));
  assert_non_null(strstr(r7, "\r\nDTEND;VALUE=DATE:20260310\r\n"));
  assert_non_null(strstr(r7, "\r\nSEQUENCE:2\r\n"));
  assert_null(strstr(r7, "VALARM"));
  char *r1 = component(s, "VEVENT", "m1-initial-remind-1d");
  assert_non_null(strstr(r1, "\r\nSUMMARY:Due in 1 day: Response due\r\n"));
  assert_non_null(strstr(r1, "\r\nDTSTART;VALUE=DATE:20260315\r\n"));
  assert_int_equal(count_lines(s, "UID:m1-initial-remind-0d"), 0);
  free(r7);
  free(r1);
  free(s);
}

static void test_vtodo(void **state)
{
  (void)state;
  static const int alarms[] = {2};
  struct ics_options opt = plain_opt;
  opt.todo = 1;
  opt.alarms = alarms;
  opt.nalarms = 1;
  struct ics_event evs[2] = {simple_event(), simple_event()};
  evs[1].uid = "m2-initial";
  evs[1].cancelled = 1;
  char *s = write_cal(&opt, evs, 2);
  assert_int_equal(count_lines(s, "BEGIN:VEVENT"), 0);
  char *t = component(s, "VTODO", "m1-initial");
  assert_string_equal(t, "BEGIN:VTODO\r\n"
                         "UID:m1-initial\r\n"
                         "SEQUENCE:0\r\n"
                         "DTSTAMP:20260102T030405Z\r\n"
                         "LAST-MODIFIED:20260102T030305Z\r\n"
                         "DUE;VALUE=DATE:20260316\r\n"
                         "SUMMARY:Response due\r\n"
                         "STATUS:NEEDS-ACTION\r\n"
                         "BEGIN:VALARM\r\n"
                         "ACTION:DISPLAY\r\n"
                         "DESCRIPTION:Due in 2 days: Response due\r\n"
                         "TRIGGER;RELATED=END:-P2D\r\n"
                         "END:VALARM\r\n"
                         "END:VTODO\r\n");
  free(t);
  t = component(s, "VTODO", "m2-initial");
  assert_non_null(strstr(t, "\r\nSTATUS:CANCELLED\r\n"));
  free(t);
  free(s);
}

static void test_dates(void **state)
{
  (void)state;
  struct ics_event evs[3] = {simple_event(), simple_event(), simple_event()};
  evs[0].due = D_2028_02_29;
  evs[1].uid = "m2";
  evs[1].due = D_2026_12_31;
  evs[2].uid = "m3";
  evs[2].due = -1;
  evs[2].dtstamp = -1;
  evs[2].last_modified = 0;
  char *s = write_cal(&plain_opt, evs, 3);
  assert_int_equal(count_lines(s, "DTSTART;VALUE=DATE:20280229"), 1);
  assert_int_equal(count_lines(s, "DTEND;VALUE=DATE:20280301"), 1);
  assert_int_equal(count_lines(s, "DTSTART;VALUE=DATE:20261231"), 1);
  assert_int_equal(count_lines(s, "DTEND;VALUE=DATE:20270101"), 1);
  assert_int_equal(count_lines(s, "DTSTART;VALUE=DATE:19691231"), 1);
  assert_int_equal(count_lines(s, "DTEND;VALUE=DATE:19700101"), 1);
  assert_int_equal(count_lines(s, "DTSTAMP:19691231T235959Z"), 1);
  assert_int_equal(count_lines(s, "LAST-MODIFIED:19700101T000000Z"), 1);
  free(s);
}

static void test_bad_text_is_cleaned(void **state)
{
  (void)state;
  struct ics_event ev = simple_event();
  ev.summary = "bad \xFF\xC3 utf8 \x01 ctl\ttab \xED\xA0\x80 surrogate";
  ev.url = "https://example.org/\r\nBEGIN:VEVENT";
  char *s = write_cal(&plain_opt, &ev, 1);
  assert_int_equal(count_lines(s, "SUMMARY:bad \xEF\xBF\xBD\xEF\xBF\xBD utf8  ctl\ttab "
                                  "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD surrogate"),
                   1);
  assert_int_equal(count_lines(s, "URL:https://example.org/BEGIN:VEVENT"), 1);
  assert_int_equal(count_lines(s, "BEGIN:VEVENT"), 1);
  assert_lines_rfc(s);
  free(s);
}

static void test_errors(void **state)
{
  (void)state;
  FILE *f = tmpfile();
  assert_non_null(f);
  static const int neg[] = {-1};
  struct ics_options opt = plain_opt;
  opt.alarms = neg;
  opt.nalarms = 1;
  assert_null(ics_writer_start(f, &opt));
  opt.alarms = NULL;
  assert_null(ics_writer_start(f, &opt));
  assert_null(ics_writer_start(NULL, &plain_opt));

  struct ics_writer *w = ics_writer_start(f, &plain_opt);
  assert_non_null(w);
  struct ics_event ev = simple_event();
  ev.uid = NULL;
  assert_int_equal(ics_writer_add(w, &ev), -1);
  ev.uid = "";
  assert_int_equal(ics_writer_add(w, &ev), -1);
  ev = simple_event();
  ev.sequence = -1;
  assert_int_equal(ics_writer_add(w, &ev), -1);
  ev = simple_event();
  ev.due = INT32_MAX;
  assert_int_equal(ics_writer_add(w, &ev), -1);
  ev = simple_event();
  ev.dtstamp = INT64_MAX;
  assert_int_equal(ics_writer_add(w, &ev), -1);
  /* A rejected event writes nothing; the writer stays usable. */
  ev = simple_event();
  assert_int_equal(ics_writer_add(w, &ev), 0);
  assert_int_equal(ics_writer_finish(w), 0);
  fclose(f);
  assert_int_equal(ics_writer_finish(NULL), -1);
}

static void test_write_error(void **state)
{
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f)
    skip();
  setvbuf(f, NULL, _IONBF, 0);
  assert_null(ics_writer_start(f, &plain_opt)); /* the header write fails */
  fclose(f);

  f = fopen("/dev/full", "w"); /* buffered: the header fits in the buffer */
  assert_non_null(f);
  struct ics_writer *w = ics_writer_start(f, &plain_opt);
  assert_non_null(w);
  struct ics_event ev = simple_event();
  int ret = 0;
  for (int i = 0; i < 1000 && ret == 0; i++) /* fills the stdio buffer, then fails */
    ret = ics_writer_add(w, &ev);
  assert_int_equal(ret, -1);
  assert_int_equal(ics_writer_add(w, &ev), -1);
  assert_int_equal(ics_writer_finish(w), -1);
  fclose(f);

  f = fopen("/dev/full", "w"); /* only the final flush fails */
  assert_non_null(f);
  w = ics_writer_start(f, &plain_opt);
  assert_non_null(w);
  assert_int_equal(ics_writer_add(w, &ev), 0);
  assert_int_equal(ics_writer_finish(w), -1);
  fclose(f);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_header),
      cmocka_unit_test(test_simple_event_exact),
      cmocka_unit_test(test_escaping),
      cmocka_unit_test(test_long_multibyte_summary),
      cmocka_unit_test(test_fold_helpers),
      cmocka_unit_test(test_cancelled),
      cmocka_unit_test(test_alarms),
      cmocka_unit_test(test_reminder_events),
      cmocka_unit_test(test_vtodo),
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_bad_text_is_cleaned),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_write_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
