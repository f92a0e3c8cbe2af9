/*
** cmd_csv.c — spreadsheets in and out: import --csv, export --csv.
*/
#include "exchange.h"
#include "util.h"

int csv_import(struct ctx *c, const struct opt_parsed *p)
{
  (void)c;
  (void)p;
  return error("import --csv is not built yet");
}

int csv_export_matters(struct ctx *c, const char *path, const char *since)
{
  (void)c;
  (void)path;
  (void)since;
  return error("export --csv is not built yet");
}
