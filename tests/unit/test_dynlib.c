/*
** test_dynlib.c — unit tests for src/dynlib.c (cmocka), the one dlopen
** loader (libical, libcrypto, libmicrohttpd): a table of functions is
** resolved into working pointers and marked loaded, and a later call
** returns at once; a missing library or a missing function fails with an
** error naming the library, the function and what to install, and leaves
** the table unloaded.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unistd.h>

#include "dynlib.h"

static size_t (*t_strlen)(const char *);
static int (*t_abs)(int);
static void (*t_missing)(void);

/* Runs load with stderr captured into out. */
static int captured(int (*load)(void), char *out, size_t size)
{
  fflush(stderr);
  FILE *f = tmpfile();
  assert_non_null(f);
  int saved = dup(2);
  assert_true(saved >= 0);
  assert_true(dup2(fileno(f), 2) >= 0);
  int rc = load();
  fflush(stderr);
  assert_true(dup2(saved, 2) >= 0);
  close(saved);
  rewind(f);
  size_t n = fread(out, 1, size - 1, f);
  out[n] = '\0';
  fclose(f);
  return rc;
}

static const struct dynlib libc_lib = {"libc.so.6", "for testing", "libc6", "glibc 2.36"};
static int libc_loaded;

static int load_libc(void)
{
  static const struct dynlib_sym syms[] = {{"strlen", (void **)&t_strlen},
                                           {"abs", (void **)&t_abs}};
  return dynlib_load(&libc_lib, syms, 2, &libc_loaded);
}

static void test_resolves_and_loads_once(void **state)
{
  (void)state;
  char err[512];
  assert_int_equal(captured(load_libc, err, sizeof err), 0);
  assert_string_equal(err, "");
  assert_int_equal(libc_loaded, 1);
  assert_non_null(t_strlen);
  assert_int_equal(t_strlen("pubrec"), 6);
  assert_int_equal(t_abs(-14), 14);
  /* Loaded: the next call resolves nothing. */
  t_strlen = NULL;
  assert_int_equal(load_libc(), 0);
  assert_null(t_strlen);
}

static int missing_lib_loaded;

static int load_missing_lib(void)
{
  static const struct dynlib lib = {"libpubrec-no-such.so.0", "for testing", "pubrec-test-package",
                                    "pubrec-test 1"};
  static const struct dynlib_sym syms[] = {{"strlen", (void **)&t_strlen}};
  return dynlib_load(&lib, syms, 1, &missing_lib_loaded);
}

static void test_missing_library(void **state)
{
  (void)state;
  char err[512];
  assert_int_not_equal(captured(load_missing_lib, err, sizeof err), 0);
  assert_non_null(strstr(err, "cannot load libpubrec-no-such.so.0 for testing: "));
  assert_non_null(strstr(err, "(install pubrec-test-package)"));
  assert_int_equal(missing_lib_loaded, 0);
}

static int missing_fn_loaded;

static int load_missing_function(void)
{
  static const struct dynlib_sym syms[] = {{"strlen", (void **)&t_strlen},
                                           {"pubrec_no_such_function", (void **)&t_missing}};
  return dynlib_load(&libc_lib, syms, 2, &missing_fn_loaded);
}

static void test_missing_function(void **state)
{
  (void)state;
  char err[512];
  assert_int_not_equal(captured(load_missing_function, err, sizeof err), 0);
  assert_non_null(strstr(err, "libc.so.6 lacks pubrec_no_such_function: install glibc 2.36"));
  assert_int_equal(missing_fn_loaded, 0);
  assert_null(t_missing);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_resolves_and_loads_once),
      cmocka_unit_test(test_missing_library),
      cmocka_unit_test(test_missing_function),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
