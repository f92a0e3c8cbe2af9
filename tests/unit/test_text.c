/*
** test_text.c — visible escaping of control characters, UTF-8 validation
** (text.c), and the history hash's canonical form (hash.c) against values
** computed independently with Python's hashlib.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "chain_hash.h"
#include "text.h"

static void expect_escape(const char *in, const char *want)
{
  char *got = text_escape(in);
  assert_string_equal(got, want);
  free(got);
}

static void test_escape(void **state)
{
  (void)state;
  expect_escape("plain Café 東京 🚓", "plain Café 東京 🚓");
  expect_escape("a\nb\r\tc", "a\\nb\\r\\tc");
  expect_escape("\033]0;title\007", "\\e]0;title\\a");
  expect_escape("\x01\x7f", "\\x01\\x7f");
  expect_escape("bad\xff", "bad\\xff");
  expect_escape("\xc2\x9b"
                "31m",
                "\\u{009B}31m");                    /* C1 CSI */
  expect_escape("rtl\xe2\x80\xae", "rtl\\u{202E}"); /* bidi override */
  expect_escape("", "");
  assert_null(text_escape(NULL));
  assert_true(text_is_clean("ok Café"));
  assert_false(text_is_clean("no\n"));
  /* Escaped text is clean: escaping twice changes nothing. */
  char *once = text_escape("x\033y\n");
  assert_true(text_is_clean(once));
  assert_string_equal(tx(once), once);
  free(once);
}

static void test_utf8(void **state)
{
  (void)state;
  assert_int_equal(utf8_invalid_at("Café 東京 🚓", strlen("Café 東京 🚓")), -1);
  assert_int_equal(utf8_invalid_at("bad\xff", 4), 3);
  assert_int_equal(utf8_invalid_at("\xc0\x80", 2), 0);         /* overlong NUL */
  assert_int_equal(utf8_invalid_at("ab\xed\xa0\x80", 5), 2);   /* surrogate */
  assert_int_equal(utf8_invalid_at("\xf4\x90\x80\x80", 4), 0); /* above U+10FFFF */
  assert_int_equal(utf8_invalid_at("caf\xc3", 4), 3);          /* truncated */
  assert_int_equal(utf8_invalid_at("a\0b", 3), 1);             /* NUL in a file */
  char *s = utf8_sanitize("a\xff"
                          "b");
  assert_string_equal(s, "a\xef\xbf\xbd"
                         "b");
  free(s);
  assert_true(text_blank(NULL));
  assert_true(text_blank(" \t\n"));
  assert_false(text_blank(" x "));
}

static void test_hash_known_answers(void **state)
{
  (void)state;
  char h1[CHAIN_HEX], h2[CHAIN_HEX];
  struct event_canon e1 = {1,    "u-1",  "2020-01-13T00:00:00Z", "2020-01-13", "created", "status",
                           NULL, "open", "café \"x\"",           "t"};
  assert_int_equal(chain_event_hash(h1, chain_genesis, &e1), 0);
  assert_string_equal(h1, "4204b8832ad33e4b14fc2650c7430d13c6b09c94be2e9734cfb2b11b8fc5f3af");
  /* An empty string is not NULL, and the previous hash is chained in. */
  struct event_canon e2 = {
      2,    "u-1", "2020-01-13T00:00:00Z", "2020-01-13", "due", "due:response", "", "2020-01-27",
      NULL, "t"};
  assert_int_equal(chain_event_hash(h2, h1, &e2), 0);
  assert_string_equal(h2, "3c5f00872739373536d942688393966bfad7d7a9af8df0703779eeb5ab307029");
  e2.old_value = NULL;
  assert_int_equal(chain_event_hash(h2, h1, &e2), 0);
  assert_string_not_equal(h2, "3c5f00872739373536d942688393966bfad7d7a9af8df0703779eeb5ab307029");
  assert_true(chain_is_hex(h1));
  assert_false(chain_is_hex("0123"));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_escape),
      cmocka_unit_test(test_utf8),
      cmocka_unit_test(test_hash_known_answers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
