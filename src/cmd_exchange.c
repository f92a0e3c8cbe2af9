/*
** cmd_exchange.c — pubrec export, import and backup: the lossless JSON Lines
** format (docs/EXCHANGE.md) out and back in, and an online copy of the
** database. The spreadsheet side (import --csv, export --csv) is in
** cmd_csv.c. The rows are read and written by store_exchange.c.
**
** The -o output is atomic through src/outfile.c, as every command's is (a
** temporary file beside FILE, fsync'ed and renamed, removed on failure or
** signal).
*/
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "deadline.h"
#include "exchange.h"
#include "json.h"
#include "store_chain.h"
#include "store_exchange.h"
#include "text.h"
#include "store_ics.h"
#include "util.h"

/* ---- progress (stderr, only when it is a terminal) ------------------------ */

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_start(struct progress *p, const char *what, uint64_t total)
{
  memset(p, 0, sizeof *p);
  p->on = isatty(2);
  p->what = what;
  p->total = total;
  p->t0 = p->last = now_s();
}

void progress_update(struct progress *p, uint64_t rows, double fraction)
{
  if (!p || !p->on)
    return;
  double t = now_s();
  if (t - p->last < 0.25)
    return;
  p->last = t;
  p->shown = 1;
  double el = t - p->t0 > 1e-9 ? t - p->t0 : 1e-9;
  if (fraction > 0 && fraction < 1)
    fprintf(stderr, "\r%s: %" PRIu64 " rows, %.0f rows/s, %.0f s left   ", p->what, rows,
            (double)rows / el, el / fraction - el);
  else
    fprintf(stderr, "\r%s: %" PRIu64 " rows, %.0f rows/s   ", p->what, rows, (double)rows / el);
}

void progress_tick(void *arg, uint64_t done)
{
  struct progress *p = arg;
  if (p)
    progress_update(p, done, p->total ? (double)done / (double)p->total : -1);
}

void progress_end(struct progress *p)
{
  if (p->on && p->shown)
    fputs("\r\033[K", stderr);
}

int xout_open(struct xout *o, const char *path)
{
  memset(o, 0, sizeof *o);
  if (!path) {
    o->to_stdout = 1;
    o->fp = stdout;
    return 0;
  }
  if (outfile_open(&o->of, path, OUTFILE_MODE_KEEP) != 0)
    return -1;
  o->fp = o->of.fp;
  return 0;
}

int xout_commit(struct xout *o)
{
  if (o->to_stdout)
    return fflush(stdout) != 0 || ferror(stdout)
               ? error("cannot write the export: %s", strerror(errno))
               : 0;
  return outfile_commit(&o->of);
}

void xout_release(struct xout *o)
{
  if (!o->to_stdout)
    outfile_release(&o->of);
  memset(o, 0, sizeof *o);
}

/* ---- export -------------------------------------------------------------- */

static const struct opt_spec export_opts[] = {
    {"output", 'o', OPT_VALUE, "FILE", "write to FILE (atomically) instead of standard output"},
    {"since", 0, OPT_VALUE, "DATE",
     "only matters changed on or after DATE (and every agency, "
     "rule and calendar)"},
    {"csv", 0, OPT_FLAG, NULL, "matters as a spreadsheet (the columns of 'list --csv')"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help export_help = {
    "pubrec export [-o FILE] [--since DATE] [--csv]",
    "Write everything, losslessly, as JSON Lines: a header line, then one JSON object\n"
    "a line for every row of every table (agencies and people, rules, calendars,\n"
    "holiday rules, closures, matters, deadlines, responses, extensions, tolls, tags\n"
    "and the complete history). 'pubrec import' reads it back; an export imported\n"
    "into an empty database exports again byte for byte. The format is described\n"
    "field by field in docs/EXCHANGE.md. With --csv, the matters as a spreadsheet.",
    export_opts,
    "  pubrec export -o pubrec.jsonl\n  pubrec export --since 2026-01-01 -o recent.jsonl\n"
    "  pubrec export --csv -o matters.csv\n"};

int cmd_export(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &export_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  const char *since = opt_get(&p, "since");
  dl_day d;
  if (p.npos != 0)
    rc = usage_error("'export' takes no arguments (did you mean -o %s?)", p.pos[0]);
  else if (since && dl_parse_date(since, &d) != 0)
    rc = usage_error("invalid date '%s' for --since (want YYYY-MM-DD)", since);
  else if (c->json || opt_globals.json)
    rc = usage_error("'export' writes JSON Lines already: drop --json");
  if (rc == 0 && opt_has(&p, "csv")) {
    rc = csv_export_matters(c, opt_get(&p, "output"), since);
    opt_release(&p);
    return rc;
  }
  if (rc == 0)
    rc = ctx_open(c);
  struct xout o;
  memset(&o, 0, sizeof o);
  if (rc == 0)
    rc = xout_open(&o, opt_get(&p, "output"));
  if (rc == 0) {
    struct progress pg;
    progress_start(&pg, "export", 0);
    if (pg.on)
      pg.total = store_export_count(&c->st, since);
    /* One read transaction: the export is one consistent snapshot even
       while other processes write. */
    rc = db_read_begin(c->db);
    if (rc == 0)
      rc = store_export_jsonl(&c->st, o.fp, since, progress_tick, &pg);
    db_read_end(c->db);
    progress_end(&pg);
    if (rc == 0)
      rc = xout_commit(&o);
  }
  xout_release(&o);
  opt_release(&p);
  return rc;
}

/* ---- import -------------------------------------------------------------- */

static const struct opt_spec import_opts[] = {
    {"dry-run", 'n', OPT_FLAG, NULL, "check everything and say what would change; write nothing"},
    {"csv", 0, OPT_FLAG, NULL, "FILE is a spreadsheet or a published FOIA log"},
    {"map", 0, OPT_MULTI, "FIELD=COLUMN,...", "CSV: which column holds which pubrec field"},
    {"set", 0, OPT_MULTI, "FIELD=VALUE", "CSV: a value every row shares (--set rule=us-foia)"},
    {"status-map", 0, OPT_MULTI, "VALUE=STATUS,...|FILE", "CSV: the file's status words"},
    {"status-default", 0, OPT_VALUE, "STATUS", "CSV: the status of any word not mapped"},
    {"date-format", 0, OPT_VALUE, "FORMAT",
     "CSV: YYYY-MM-DD (default), MM/DD/YYYY, DD/MM/YYYY, "
     "M/D/YY..."},
    {"create-agencies", 0, OPT_FLAG, NULL, "CSV: create agencies named but not known"},
    {"key", 0, OPT_VALUE, "COLUMN", "CSV: the file's own identifier (re-imports change nothing)"},
    {"notes", 0, OPT_VALUE, "FILE", "CSV: dated notes keyed by --key (key,date,title,body)"},
    {"preset", 0, OPT_VALUE, "NAME", "CSV: a published format: muckrock, sflf"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help import_help = {
    "pubrec import FILE [--dry-run]\n"
    "       pubrec import --csv FILE [--preset muckrock|sflf] [--map F=COL,...] [--set F=V]\n"
    "                     [--status-map W=S,...] [--status-default S] [--date-format FMT]\n"
    "                     [--create-agencies] [--key COLUMN] [--notes FILE] [--dry-run]",
    "Load an export (JSON Lines, from 'pubrec export') into an empty or existing\n"
    "database in one transaction, all or nothing. Rows already present are left as\n"
    "they are; a newer export of the same database brings its matters' new history\n"
    "rows, deadlines and responses. A row whose key exists with other content is a\n"
    "conflict: both versions are printed and nothing is written.\n"
    "With --csv, FILE is a spreadsheet (RFC 4180, UTF-8): each row becomes a matter\n"
    "made as 'add' makes one, and with --key a re-import changes nothing while a\n"
    "newer file records what changed as edits. docs/EXCHANGE.md has the details.",
    import_opts,
    "  pubrec import pubrec.jsonl --dry-run\n"
    "  pubrec import --csv log.csv --set from=NEWSROOM --set rule=us-foia --key id\n"
    "  pubrec import --csv requests.csv --preset muckrock --set from=ME --create-agencies\n"};

struct jsonl_import {
  const char *path;
  int dry;
  uint64_t rows;
  struct store_import *im;
};

/* The rows are restored as written, hashes included: before the commit, the
   history rows the file added must continue the database's chain as
   'pubrec verify' checks it, so an edited export, or one spliced from two
   databases, is refused instead of leaving a history that no longer proves
   itself. 0 or -1. */
static int check_chain(struct jsonl_import *a)
{
  struct verify_result r;
  if (store_import_check_chain(a->im, &r) != 0)
    return -1;
  int rc = 0;
  if (!r.ok) {
    char *what = text_escape(r.what);
    rc = error("%s: its history does not continue this database's hash chain: %s (an export "
               "edited, or put together from two databases?); nothing imported",
               a->path, what);
    free(what);
  }
  verify_result_release(&r);
  return rc;
}

/* Read FILE line by line into the store. 0 or -1 (positioned error printed). */
static int do_import(struct ctx *c, void *arg)
{
  struct jsonl_import *a = arg;
  FILE *f = fopen(a->path, "r");
  if (!f)
    return error("cannot read '%s': %s", a->path, strerror(errno));
  struct stat sb;
  uint64_t size = fstat(fileno(f), &sb) == 0 ? (uint64_t)sb.st_size : 0;
  /* New matters (ids above the largest before: store_import_row's test)
     are indexed for search at the end, in one statement, as the CSV import
     does: indexed one by one inside this long transaction, each would be an
     index segment of its own, flushed at every statement. Deferred before
     the import's statements are compiled. */
  int64_t before;
  if (store_matter_max_id(&c->st, &before) != 0) {
    fclose(f);
    return -1;
  }
  db_defer_fts_insert(c->db, 1);
  if (store_import_open(&c->st, a->path, &a->im) != 0) {
    db_defer_fts_insert(c->db, 0);
    fclose(f);
    return -1;
  }
  struct progress pg;
  progress_start(&pg, "import", 0);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long lineno = 0;
  uint64_t bytes = 0;
  int rc = 0;
  while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    bytes += (uint64_t)n;
    size_t len = (size_t)n;
    int complete = len && line[len - 1] == '\n';
    if (complete)
      len--;
    if (len && line[len - 1] == '\r')
      len--;
    long bad = utf8_invalid_at(line, len);
    if (bad >= 0) {
      rc = error("%s line %ld, byte %ld: not valid UTF-8 (convert the file to UTF-8)", a->path,
                 lineno, bad + 1);
      break;
    }
    if (len == 0) {
      rc = error("%s line %ld: an empty line (each line holds one JSON object)", a->path, lineno);
      break;
    }
    char err[200];
    int col = 0;
    struct jv *obj = jv_loadb(line, len, &col, err, sizeof err);
    if (!obj) {
      rc = error("%s line %ld, column %d: %s%s", a->path, lineno, col, err,
                 complete ? "" : " (the file ends in the middle of a line: truncated?)");
      break;
    }
    if (!jv_is_object(obj))
      rc = error("%s line %ld, column 1: expected a JSON object", a->path, lineno);
    else if (lineno == 1)
      rc = store_import_header(a->im, lineno, obj);
    else {
      rc = store_import_row(a->im, lineno, obj);
      a->rows++;
    }
    jv_free(obj);
    if ((a->rows & 0xfff) == 0)
      progress_update(&pg, a->rows, size ? (double)bytes / (double)size : -1);
  }
  progress_end(&pg);
  if (rc == 0 && ferror(f))
    rc = error("cannot read '%s': %s", a->path, strerror(errno));
  free(line);
  fclose(f);
  if (rc == 0 && lineno == 0)
    rc = error("%s is empty: nothing to import (an export starts with a header line)", a->path);
  else if (rc == 0 && a->rows == 0)
    rc = error("%s line 1: a header and no rows: nothing to import", a->path);
  if (rc == 0)
    rc = store_import_finish(a->im);
  db_defer_fts_insert(c->db, 0);
  if (rc == 0)
    rc = store_fts_fill_after(&c->st, before);
  /* The pending feed's rows of the imported matters, in one pass. */
  if (rc == 0)
    rc = store_ics_feed_flush(&c->st);
  if (rc == 0)
    rc = check_chain(a);
  return rc;
}

static void print_summary(struct ctx *c, const struct jsonl_import *a)
{
  struct store_import_tally n, tn;
  store_import_counts(a->im, &n);
  const char *name;
  if (c->json) {
    struct jv *o = jv_object();
    jv_set_str(o, "file", a->path);
    jv_set_bool(o, "dry_run", a->dry);
    jv_set_int(o, "rows", (int64_t)a->rows);
    jv_set_int(o, "added", (int64_t)n.added);
    jv_set_int(o, "unchanged", (int64_t)n.same);
    jv_set_int(o, "updated", (int64_t)n.updated);
    jv_set_int(o, "older", (int64_t)n.older);
    jv_set_bool(o, "changed", n.added || n.updated);
    struct jv *tabs = jv_object();
    for (size_t i = 0; store_import_table(a->im, i, &name, &tn); i++) {
      struct jv *t = jv_object();
      jv_set_int(t, "added", (int64_t)tn.added);
      jv_set_int(t, "unchanged", (int64_t)tn.same);
      jv_set_int(t, "updated", (int64_t)tn.updated);
      jv_set_int(t, "older", (int64_t)tn.older);
      jv_set(tabs, name, t);
    }
    jv_set(o, "tables", tabs);
    jv_print(stdout, o);
    jv_free(o);
    return;
  }
  printf("%s %s: %" PRIu64 " rows, %" PRIu64 " added, %" PRIu64 " unchanged, %" PRIu64 " updated",
         a->dry ? "dry run, nothing written:" : "imported", a->path, a->rows, n.added, n.same,
         n.updated);
  if (n.older)
    printf(", %" PRIu64 " older than the database's", n.older);
  printf("\n");
  for (size_t i = 0; store_import_table(a->im, i, &name, &tn); i++)
    if (tn.added || tn.updated)
      printf("  %-16s %" PRIu64 " added, %" PRIu64 " updated\n", name, tn.added, tn.updated);
  if (n.older && !n.added && !n.updated)
    printf("the file is an earlier export of this database: everything in it is already here "
           "(the database has moved on since); nothing changed\n");
  else if (n.older)
    printf("  %" PRIu64 " rows of the file are older than this database's version of them: "
           "already contained, left as they are\n",
           n.older);
  else if (!n.added && !n.updated)
    printf("everything in the file is already here: nothing changed\n");
}

int cmd_import(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &import_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  if (p.npos != 1) {
    opt_release(&p);
    return usage_error("'import' needs one file: pubrec import FILE [--dry-run]");
  }
  if (opt_has(&p, "csv")) {
    rc = csv_import(c, &p);
    opt_release(&p);
    return rc;
  }
  static const char *const csv_only[] = {
      "map",   "set",    "status-map", "status-default", "date-format", "create-agencies", "key",
      "notes", "preset", NULL};
  for (int i = 0; csv_only[i]; i++)
    if (opt_has(&p, csv_only[i])) {
      opt_release(&p);
      return usage_error("--%s is for spreadsheets: add --csv", csv_only[i]);
    }
  struct jsonl_import a = {p.pos[0], opt_has(&p, "dry-run"), 0, NULL};
  if ((rc = ctx_open(c)) == 0 && (rc = db_begin(c->db)) == 0) {
    rc = do_import(c, &a);
    if (rc == 0 && !a.dry)
      rc = db_commit(c->db);
    else
      db_rollback(c->db);
    if (rc == 0)
      print_summary(c, &a);
  }
  store_import_close(a.im);
  opt_release(&p);
  return rc;
}

/* ---- backup -------------------------------------------------------------- */

static const struct opt_spec backup_opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct cmd_help backup_help = {
    "pubrec backup FILE",
    "Copy the database to FILE (a new file, readable by you only) through SQLite's\n"
    "online backup API: safe while other pubrec processes write, the copy is one\n"
    "consistent moment. The copy passes PRAGMA integrity_check before the command\n"
    "reports success; a copy that fails it is removed. Restore by using FILE as --db.",
    backup_opts, "  pubrec backup ~/pubrec-$(date +%F).db\n"};

int cmd_backup(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &backup_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  if (p.npos != 1) {
    opt_release(&p);
    return usage_error("'backup' needs the new file's name: pubrec backup FILE");
  }
  const char *path = p.pos[0];
  if ((rc = ctx_open(c)) == 0) {
    struct progress pg;
    progress_start(&pg, "backup (pages)", 0);
    rc = store_backup(&c->st, path, progress_tick, &pg);
    progress_end(&pg);
    if (rc == 0) {
      if (c->json) {
        struct jv *o = jv_object();
        jv_set_str(o, "backup", path);
        jv_set_str(o, "integrity_check", "ok");
        jv_print(stdout, o);
        jv_free(o);
      } else
        printf("backed up %s to %s (integrity_check ok)\n", c->db_path, path);
    }
  }
  opt_release(&p);
  return rc;
}
