/*
** fuzz_csv.c — libFuzzer target for `pubrec import --csv FILE` (src/cmd_csv.c:
** columns, maps, presets, statuses, dates, keys, agencies; src/csvio.c over
** libcsv: quoting, line breaks in fields, byte order mark, UTF-8). The input's
** first line holds the command's options, separated by tabs (for example
** "--preset<TAB>muckrock<TAB>--set<TAB>from=NEWSROOM"); the rest is the file.
** Each input is imported into a copy of the demo's database (agencies ICE,
** DENVER, DCOLO, NEWSROOM and seven matters) through the real command:
**   1. with --dry-run (both passes, the writing one rolled back);
**   2. when that succeeds, for real: the database must then pass `pubrec
**      verify`, with --key importing the same file again must succeed, and
**      the database is put back as it was for the next input.
** Properties: no crash, no leak, no transaction left open, every committed
** import verifies.
*/
#include "fuzz_db.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static struct fuzz_db demo;
static char input[600];

static void cleanup(void)
{
  fuzz_db_release(&demo);
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
  fuzz_mkdir("fuzz-csv");
  snprintf(input, sizeof input, "%s/input.csv", fuzz_dir);
  snprintf(demo.path, sizeof demo.path, "%s/demo.db", fuzz_dir);
  fuzz_db_demo(&demo);
  fuzz_db_keep(&demo);
  atexit(cleanup);
  return 0;
}

#define MAX_OPTS 24

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size > 1 << 18)
    return 0;
  const uint8_t *nl = memchr(data, '\n', size);
  size_t optlen = nl ? (size_t)(nl - data) : size;
  if (optlen > 1024)
    return 0;
  size_t body = nl ? (size_t)(nl + 1 - data) : size;
  fuzz_write_input(input, data + body, size - body);
  char *opts = xstrndup((const char *)data, optlen); /* stops at a NUL */
  char *argv[MAX_OPTS + 5];
  int argc = 0, keyed = 0;
  argv[argc++] = "import";
  argv[argc++] = "--csv";
  argv[argc++] = input;
  for (char *p = opts; *p && argc < MAX_OPTS + 3;) {
    char *tab = strchr(p, '\t');
    if (tab)
      *tab = '\0';
    keyed |= strncmp(p, "--key", 5) == 0;
    argv[argc++] = p;
    if (!tab)
      break;
    p = tab + 1;
  }
  argv[argc] = "--dry-run";
  argv[argc + 1] = NULL;
  if (fuzz_cmd(&demo, argv) == 0) {
    argv[argc] = NULL;
    if (fuzz_cmd(&demo, argv) == 0) {
      fuzz_verify(&demo);
      if (keyed && fuzz_cmd(&demo, argv) != 0)
        abort(); /* with --key, the same file again changes nothing */
      fuzz_db_restore(&demo);
    } else {
      abort(); /* what the dry run accepted, the import must write */
    }
  }
  free(opts);
  return 0;
}
