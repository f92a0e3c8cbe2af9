/*
** test_outfile.c — unit tests for src/outfile.c (cmocka): a committed file
** holds the data with the right mode and nothing else is left in the
** directory; a released (failed) write leaves the old file intact; a child
** killed by SIGTERM or SIGINT mid-write, or exiting without releasing,
** leaves no temporary file; a directory or a missing directory is refused.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "outfile.h"
#include "util.h"

static char dir[] = "/tmp/pubrec-outfile.XXXXXX";

/* Number of entries in dir (besides . and ..). */
static int entries(void)
{
  DIR *d = opendir(dir);
  assert_non_null(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      n++;
  closedir(d);
  return n;
}

static char *slurp(const char *path)
{
  size_t len;
  char *s = read_file(path, &len);
  assert_non_null(s);
  return s;
}

static void clear_dir(void)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
      char *p = xasprintf("%s/%s", dir, e->d_name);
      unlink(p);
      free(p);
    }
  closedir(d);
}

static void test_commit(void **state)
{
  (void)state;
  clear_dir();
  char *path = xasprintf("%s/out.txt", dir);
  assert_int_equal(outfile_write(path, 0600, "hello\n", 6), 0);
  char *s = slurp(path);
  assert_string_equal(s, "hello\n");
  free(s);
  struct stat sb;
  assert_int_equal(stat(path, &sb), 0);
  assert_int_equal(sb.st_mode & 07777, 0600);
  assert_int_equal(entries(), 1);
  /* Replacing keeps the old mode by default. */
  chmod(path, 0640);
  assert_int_equal(outfile_write(path, OUTFILE_MODE_KEEP, "second\n", 7), 0);
  assert_int_equal(stat(path, &sb), 0);
  assert_int_equal(sb.st_mode & 07777, 0640);
  s = slurp(path);
  assert_string_equal(s, "second\n");
  free(s);
  assert_int_equal(entries(), 1);
  free(path);
}

static void test_release_keeps_old(void **state)
{
  (void)state;
  clear_dir();
  char *path = xasprintf("%s/keep.txt", dir);
  assert_int_equal(outfile_write(path, OUTFILE_MODE_KEEP, "old\n", 4), 0);
  struct outfile o;
  assert_int_equal(outfile_open(&o, path, OUTFILE_MODE_KEEP), 0);
  fputs("half of the new", o.fp);
  fflush(o.fp);
  assert_int_equal(entries(), 2); /* the target and the temporary file */
  outfile_release(&o);            /* a failure: never committed */
  outfile_release(&o);            /* twice is harmless */
  assert_int_equal(entries(), 1);
  char *s = slurp(path);
  assert_string_equal(s, "old\n");
  free(s);
  free(path);
}

static void test_refused(void **state)
{
  (void)state;
  clear_dir();
  struct outfile o;
  assert_int_equal(outfile_open(&o, dir, OUTFILE_MODE_KEEP), -1); /* a directory */
  outfile_release(&o);
  char *missing = xasprintf("%s/no/such/dir.txt", dir);
  assert_int_equal(outfile_open(&o, missing, OUTFILE_MODE_KEEP), -1);
  outfile_release(&o);
  free(missing);
  assert_int_equal(entries(), 0);
  struct outfile zero;
  memset(&zero, 0, sizeof zero);
  outfile_release(&zero); /* a zeroed struct is fine */
}

/* A child opens a file, writes, then ends by how (a signal, or exit without
   releasing); the parent checks how it ended and that nothing is left but
   the old file. */
static void ends_clean(int how)
{
  clear_dir();
  char *path = xasprintf("%s/killed.txt", dir);
  assert_int_equal(outfile_write(path, OUTFILE_MODE_KEEP, "old\n", 4), 0);
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    struct outfile o;
    if (outfile_open(&o, path, OUTFILE_MODE_KEEP) != 0)
      _exit(3);
    fputs("partial", o.fp);
    fflush(o.fp);
    if (how)
      raise(how);
    exit(0); /* atexit removes the temporary file */
  }
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  if (how) {
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), how);
  } else {
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
  }
  assert_int_equal(entries(), 1);
  char *s = slurp(path);
  assert_string_equal(s, "old\n");
  free(s);
  free(path);
}

static void test_signals(void **state)
{
  (void)state;
  ends_clean(SIGTERM);
  ends_clean(SIGINT);
  ends_clean(SIGHUP);
  ends_clean(0);
}

int main(void)
{
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_commit),
      cmocka_unit_test(test_release_keeps_old),
      cmocka_unit_test(test_refused),
      cmocka_unit_test(test_signals),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  clear_dir();
  rmdir(dir);
  return rc;
}
