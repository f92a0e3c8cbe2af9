/*
** cmd_list.c — pubrec list: matters with due dates and statuses.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "deadline.h"
#include "exchange.h"
#include "json.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec opts[] = {
    {"status", 0, OPT_VALUE, "S", "only this status (or 'open', 'closed', 'overdue')"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {"kind", 'k', OPT_VALUE, "K", "only request, subpoena, appeal or petition"},
    {"overdue", 0, OPT_FLAG, NULL, "only open matters past their due date"},
    {"due-within", 0, OPT_VALUE, "N", "only open matters due within N days (overdue included)"},
    {"all", 0, OPT_FLAG, NULL, "voided matters too (entered by mistake; see 'pubrec void')"},
    {"tag", 0, OPT_VALUE, "T", "only matters with this tag (see 'pubrec tag')"},
    {"grep", 0, OPT_VALUE, "WORDS",
     "only matters whose subject, tracking number, notes or parties have every word "
     "(rezon* matches a prefix), best matches first"},
    {"csv", 0, OPT_FLAG, NULL, "as CSV, the columns of 'export --csv' (import --csv reads them)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec list [--status S] [--agency A] [--kind K] [--overdue] [--due-within N]\n"
    "            [--tag T] [--grep WORDS]",
    "List matters, soonest due first, with each due date, status, the calendar\n"
    "and working days left, and the subject. A matter is overdue when it is open\n"
    "and its due date is before today (--today fixes today).",
    opts,
    "  pubrec list --agency DENVER --overdue\n  pubrec --json list --due-within 7\n"
    "  pubrec list --tag urgent --grep \"rezon* parcel\"\n"};

static const struct cmd_help search_help = {
    "pubrec search WORDS... [list options]",
    "Search matters: the subject, tracking number, notes and the codes and names\n"
    "of both parties must hold every word (a word ending in * matches a prefix:\n"
    "rezon* finds rezoning). Best matches first (bm25: the subject weighs most).\n"
    "The same as 'pubrec list --grep WORDS', and takes list's filters.",
    opts, "  pubrec search rezon* denver\n  pubrec --json search \"2020-FOIA-00123\"\n"};

static int list_run(struct ctx *c, int argc, char **argv, const struct cmd_help *h, int search)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, h);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter_filter f;
  memset(&f, 0, sizeof f);
  f.due_within = -1;
  struct matter *m = NULL;
  struct matter_info *info = NULL;
  struct schedule *sc = NULL;
  size_t n = 0;
  char *match = NULL;
  struct buf words = BUF_INIT;
  if (p.npos && !search) {
    rc = usage_error("'list' takes no arguments (see 'pubrec list --help')");
    goto done;
  }
  for (int i = 0; i < p.npos; i++) {
    buf_adds(&words, i ? " " : "");
    buf_adds(&words, p.pos[i]);
  }
  if (opt_get(&p, "grep")) {
    buf_adds(&words, words.len ? " " : "");
    buf_adds(&words, opt_get(&p, "grep"));
  }
  if ((search || opt_get(&p, "grep")) && (rc = store_search_query(buf_str(&words), &match)) != 0)
    goto done;
  f.match = match;
  f.tag = opt_get(&p, "tag");
  const char *status = opt_get(&p, "status");
  if (status) {
    if (strcmp(status, "open") == 0)
      f.open_only = 1;
    else if (strcmp(status, "closed") == 0)
      f.open_only = -1;
    else if (strcmp(status, "overdue") == 0)
      f.overdue = 1;
    else if (status_valid(status))
      f.status = status;
    else {
      rc = usage_error("unknown status '%s' (want open, closed, overdue or one of: %s)", status,
                       status_names(STATUS_ALL));
      goto done;
    }
  }
  f.kind = opt_get(&p, "kind");
  if (f.kind && !kind_valid(f.kind)) {
    rc = usage_error("unknown kind '%s' (want request, subpoena, appeal or petition)", f.kind);
    goto done;
  }
  f.agency = opt_get(&p, "agency");
  f.overdue |= opt_has(&p, "overdue");
  f.all = opt_has(&p, "all");
  if ((rc = opt_int(&p, "due-within", 0, 100000, -1, &f.due_within)) != 0)
    goto done;
  if (opt_has(&p, "csv") && (c->json || opt_globals.json)) {
    rc = usage_error("--csv and --json are two formats: give one");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0)
    goto done;
  if (f.agency) {
    struct agency a;
    rc = store_agency_get(&c->st, f.agency, &a);
    if (rc > 0) {
      rc = error("unknown agency '%s' (see 'pubrec agency list')", f.agency);
      goto done;
    }
    if (rc < 0)
      goto done;
    agency_release(&a);
  }
  if ((rc = store_matter_list(&c->st, &f, &m, &n)) != 0)
    goto done;
  sc = schedule_new(&c->st);
  info = xcalloc(n + 1, sizeof *info);
  for (size_t i = 0; i < n; i++)
    if ((rc = view_info(&info[i], sc, &m[i], c->today)) != 0)
      goto done;
  if (opt_has(&p, "csv")) {
    const char **refs = xcalloc(n + 1, sizeof *refs);
    for (size_t i = 0; i < n; i++)
      refs[i] = m[i].ref;
    rc = csv_list_matters(c, refs, n);
    free(refs);
  } else if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++)
      jv_append(arr, view_matter(&m[i], &info[i]));
    struct jv *o = jv_object();
    jv_set_str(o, "today", c->today);
    jv_set_int(o, "count", (int64_t)n);
    jv_set(o, "matters", arr);
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    view_matter_table(stdout, m, info, n);
  }
done:
  schedule_free(sc);
  free(info);
  store_matters_free(m, n);
  free(match);
  buf_release(&words);
  opt_release(&p);
  return rc;
}

int cmd_list(struct ctx *c, int argc, char **argv)
{
  return list_run(c, argc, argv, &help, 0);
}

int cmd_search(struct ctx *c, int argc, char **argv)
{
  return list_run(c, argc, argv, &search_help, 1);
}
