/*
** fuzz_durations.c — libFuzzer target for the durations the command line
** takes: --days N (and every whole-number option, through opt_parse and
** opt_int) and --alarms 3d,1d,0d (parse_alarms). Properties: accepted values
** are in range; nothing crashes or leaks on any text.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "ics_export.h"
#include "opt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  return 0;
}

static const struct opt_spec specs[] = {{"days", 0, OPT_VALUE, "N", "period"},
                                        {"alarms", 0, OPT_VALUE, "LIST", "lead times"},
                                        {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {"fuzz", "fuzz", specs, NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size > 256)
    return 0;
  char *s = malloc(size + 1);
  memcpy(s, data, size);
  s[size] = '\0';
  int days[64], n = 0;
  if (parse_alarms(s, days, &n) == 0) {
    if (n < 1 || n > 16)
      abort();
    for (int i = 0; i < n; i++)
      if (days[i] < 0 || days[i] > 365)
        abort();
  }
  char *argv[] = {"add", "--days", s, NULL};
  struct opt_parsed p;
  memset(&opt_globals, 0, sizeof opt_globals);
  if (opt_parse(&p, 3, argv, &help) == 0) {
    int v = -1;
    if (opt_int(&p, "days", 0, 100000, 7, &v) == 0 && (v < 0 || v > 100000))
      abort();
    opt_release(&p);
  }
  free(s);
  return 0;
}
