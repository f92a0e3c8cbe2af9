/*
** fuzz_calendar.c — libFuzzer target for rule and calendar definitions: the
** input is split on newlines into the arguments of `rule add`, `rule set`,
** `calendar add`, `calendar holiday add`, `closure add`, `holidays` or
** `deadline` (chosen by its first byte) and run through the real commands
** against one scratch database. Properties: no crash, no leak, and the
** database stays sound (PRAGMA integrity_check, the history chain) after
** every accepted or refused definition.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "store_chain.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static struct ctx ctx;
static char dbpath[512];
static unsigned runs;

static void cleanup(void)
{
  ctx_close(&ctx);
  char side[64];
  unlink(dbpath);
  snprintf(side, sizeof side, "%s-wal", dbpath);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", dbpath);
  unlink(side);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  /* In $TMPDIR: run.sh points it at a directory it removes afterwards
     (libFuzzer may exit without running atexit handlers). */
  const char *tmp = getenv("TMPDIR");
  snprintf(dbpath, sizeof dbpath, "%s/pubrec-fuzz-calendar-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemp(dbpath);
  if (fd < 0)
    abort();
  close(fd);
  unlink(dbpath);
  memset(&opt_globals, 0, sizeof opt_globals);
  opt_globals.db = dbpath;
  opt_globals.today = "2026-01-15";
  opt_globals.by = "fuzz";
  if (ctx_open(&ctx) != 0)
    abort();
  /* Two agencies and a matter, so recomputations have something to move. */
  char *setup[][16] = {
      {"agency", "add", "ICE", "Immigration", NULL},
      {"agency", "add", "NEWS", "Newsroom", NULL},
      {"add", "request", "--from", "NEWS", "--to", "ICE", "--received", "2026-01-05", "--days",
       "20", "--subject", "x", NULL},
  };
  for (size_t i = 0; i < 3; i++) {
    int n = 0;
    while (setup[i][n])
      n++;
    if (cmd_run(&ctx, n, setup[i]) != 0)
      abort();
  }
  atexit(cleanup);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const heads[][4] = {
      {"rule", "add", NULL},     {"rule", "set", NULL},
      {"calendar", "add", NULL}, {"calendar", "holiday", "add", NULL},
      {"closure", "add", NULL},  {"holidays", NULL},
      {"deadline", NULL},        {"rules", "show", NULL},
  };
  if (size < 1 || size > 2048)
    return 0;
  const char *const *head = heads[data[0] % (sizeof heads / sizeof heads[0])];
  char *text = xstrndup((const char *)data + 1, size - 1); /* stops at a NUL */
  char *argv[48];
  int argc = 0;
  for (; head[argc]; argc++)
    argv[argc] = (char *)head[argc];
  for (char *p = text; p && argc < 46;) {
    char *nl = strchr(p, '\n');
    if (nl)
      *nl = '\0';
    argv[argc++] = p;
    p = nl ? nl + 1 : NULL;
  }
  argv[argc] = NULL;
  const char *keep_db = opt_globals.db;
  cmd_run(&ctx, argc, argv);
  /* Options a command read stay set: restore the fixed ones. */
  memset(&opt_globals, 0, sizeof opt_globals);
  opt_globals.db = keep_db;
  opt_globals.today = "2026-01-15";
  opt_globals.by = "fuzz";
  if (ctx.db && ctx.db->in_txn)
    abort(); /* a command left its transaction open */
  if (++runs % 256 == 0) {
    struct verify_result r;
    if (store_verify(&ctx.st, 0, NULL, &r) != 0 || !r.ok)
      abort();
    verify_result_release(&r);
  }
  free(text);
  return 0;
}
