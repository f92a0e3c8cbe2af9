/*
** cmd_list.c — pubrec list: matters with due dates and statuses.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "hint.h"
#include "deadline.h"
#include "exchange.h"
#include "json.h"
#include "schedule.h"
#include "table.h"
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
    {"limit", 'n', OPT_VALUE, "N", "at most N matters (the soonest due, or the best matches)"},
    {"sort", 0, OPT_VALUE, "FIELD", "order by " STORE_SORTS " (default: due, open ones first)"},
    {"csv", 0, OPT_FLAG, NULL, "as CSV, the columns of 'export --csv' (import --csv reads them)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec list [--status S] [--agency A] [--kind K] [--overdue] [--due-within N]\n"
    "            [--tag T] [--grep WORDS] [--limit N]",
    "List matters, open ones first (soonest due first), then closed ones, with each\n"
    "due date, status, the calendar and working days left, and the subject. A\n"
    "matter is overdue when its clock is running and its due date is before today\n"
    "(--today fixes today). On a terminal the table is cut to its width and\n"
    "coloured; in a pipe it is one tab-separated line a matter, every field whole.\n"
    "Rows are printed as they are read, so a listing of millions of matters starts\n"
    "at once and holds one row at a time.",
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

/* Where a listing's rows go, one at a time. */
struct list_out {
  struct ctx *c;
  struct schedule *sc;
  size_t n;
};

static int list_row(void *arg, struct matter *m)
{
  struct list_out *o = arg;
  struct matter_info info;
  int rc = view_info(&info, o->sc, m, o->c->today);
  if (rc != 0)
    return rc;
  if (o->c->json) {
    /* The items of "matters", as jv_print lays out the whole document. */
    fputs(o->n ? ",\n    " : "\n    ", stdout);
    struct jv *j = view_matter(m, &info);
    rc = jv_print_nested(stdout, j, 2);
    jv_free(j);
  } else {
    if (o->n == 0)
      table_matter_header(stdout);
    table_matter_row(stdout, m, &info);
  }
  o->n++;
  return rc;
}

static int list_run(struct ctx *c, int argc, char **argv, const struct cmd_help *h, int search)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, h);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter_filter f;
  memset(&f, 0, sizeof f);
  f.due_within = -1;
  struct schedule *sc = NULL;
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
      rc = usage_error("unknown status '%s'%s (want open, closed, overdue or one of: %s)", status,
                       hint_status(status, (const char *const[]){"closed", "overdue", NULL}),
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
  int limit = 0;
  if ((rc = opt_int(&p, "limit", 1, 1000000000, 0, &limit)) != 0)
    goto done;
  f.limit = limit;
  f.sort = opt_get(&p, "sort");
  if (f.sort && !store_sort_valid(f.sort)) {
    rc = usage_error("unknown sort '%s' for --sort (want one of: %s)", f.sort, STORE_SORTS);
    goto done;
  }
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
      rc = error("unknown agency '%s'%s (see 'pubrec agency list')", f.agency,
                 hint_agency(&c->st, f.agency));
      goto done;
    }
    if (rc < 0)
      goto done;
    agency_release(&a);
  }
  int64_t count = 0;
  if (c->json && (rc = store_matter_count(&c->st, &f, &count)) != 0)
    goto done;
  sc = schedule_new(&c->st);
  if (opt_has(&p, "csv")) {
    /* The columns of 'export --csv' (src/cmd_csv.c), for these matters. */
    struct matter *m = NULL;
    size_t n = 0;
    if ((rc = store_matter_list(&c->st, &f, &m, &n)) == 0) {
      const char **refs = xcalloc(n + 1, sizeof *refs);
      for (size_t i = 0; i < n; i++)
        refs[i] = m[i].ref;
      rc = csv_list_matters(c, refs, n);
      free(refs);
    }
    store_matters_free(m, n);
    goto done;
  }
  struct list_out o = {c, sc, 0};
  f.brief = !c->json; /* the table prints a few fields; JSON has them all */
  if (c->json)
    printf("{\n  \"today\": \"%s\",\n  \"count\": %lld,\n  \"matters\": [", c->today,
           (long long)count);
  if ((rc = store_matter_each(&c->st, &f, list_row, &o)) != 0)
    goto done;
  if (c->json)
    printf("%s\n}\n", o.n ? "\n  ]" : "]");
  else if (o.n == 0 && term_tty())
    printf("no matters\n");
done:
  schedule_free(sc);
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
