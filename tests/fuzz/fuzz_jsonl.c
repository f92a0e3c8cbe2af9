/*
** fuzz_jsonl.c — libFuzzer target for `pubrec import FILE` (JSON Lines, an
** export read back: src/cmd_exchange.c's reader, src/store_exchange.c's
** checks and restore). The input is the file. Each input is imported twice
** through the real command:
**   1. --dry-run into a copy of the demo's database (rows that exist,
**      conflicts, newer versions of its matters), rolled back;
**   2. for real into a new database (only the built-in rules and calendars).
**      When that commits, the history's hash chain must hold from its first
**      row to its head (the import refuses rows that do not continue it),
**      importing the same file again must succeed (nothing new: it changes
**      nothing), and the database is then put back as it was for the next
**      input. (Matters that disagree with their history, which `pubrec
**      verify` reports, are the file's to answer for: the rows are restored
**      as written.)
** Properties: no crash, no leak, no transaction left open, no committed
** import breaks the chain.
*/
#include "fuzz_db.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static struct fuzz_db demo, fresh;
static char input[600];

static void cleanup(void)
{
  fuzz_db_release(&demo);
  fuzz_db_release(&fresh);
  unlink(input);
  char other[600];
  snprintf(other, sizeof other, "%s/deadlines.ics", fuzz_dir);
  unlink(other);
  snprintf(other, sizeof other, "%s/report.html", fuzz_dir);
  unlink(other);
  rmdir(fuzz_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  fuzz_mkdir("fuzz-jsonl");
  snprintf(input, sizeof input, "%s/input.jsonl", fuzz_dir);
  snprintf(demo.path, sizeof demo.path, "%s/demo.db", fuzz_dir);
  snprintf(fresh.path, sizeof fresh.path, "%s/fresh.db", fuzz_dir);
  fuzz_db_demo(&demo);
  fuzz_db_keep(&demo);
  fuzz_globals(fresh.path);
  if (ctx_open(&fresh.ctx) != 0)
    abort();
  fuzz_db_keep(&fresh);
  atexit(cleanup);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size > 1 << 20)
    return 0;
  fuzz_write_input(input, data, size);
  char *dry[] = {"import", input, "--dry-run", NULL};
  fuzz_cmd(&demo, dry);
  char *real[] = {"import", input, NULL};
  if (fuzz_cmd(&fresh, real) == 0) {
    fuzz_verify_chain(&fresh);
    if (fuzz_cmd(&fresh, real) != 0)
      abort(); /* the same file again must change nothing, and succeed */
    fuzz_db_restore(&fresh);
  }
  return 0;
}
