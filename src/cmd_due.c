/*
** cmd_due.c — pubrec due: the agenda of coming deadlines, overdue first.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "json.h"
#include "schedule.h"
#include "text.h"
#include "table.h"
#include "util.h"
#include "view.h"

static const struct opt_spec opts[] = {
    {"within", 'w', OPT_VALUE, "N",
     "deadlines due within N days (default 14); overdue always shown"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {"limit", 'n', OPT_VALUE, "N", "at most N deadlines (the soonest)"},
    {"check", 0, OPT_FLAG, NULL, "exit 1 when anything is overdue (for monitoring and cron)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec due [--within N] [--agency A] [--limit N] [--check]",
    "The agenda: every deadline still running that is overdue or due within N\n"
    "days of today, overdue first, then by date; then the matters waiting on the\n"
    "requester (tolled), with the date they began waiting. A matter answered by a\n"
    "determination (production, partial, denial, refusal, no records, objection)\n"
    "has met its deadline and is not on the agenda.",
    opts, "  pubrec due --within 30\n  pubrec --today 2020-01-20 due\n"};

/* Where the agenda's rows go, one at a time. */
struct due_out {
  struct ctx *c;
  struct schedule *sc;
  const char *heading; /* the group printed last */
  size_t n;
  size_t overdue; /* for --check */
};

static int due_row(void *arg, struct matter *m)
{
  struct due_out *o = arg;
  struct matter_info info;
  int rc = view_info(&info, o->sc, m, o->c->today);
  if (rc != 0)
    return rc;
  o->overdue += info.overdue != 0;
  if (o->c->json) {
    fputs(o->n++ ? ",\n    " : "\n    ", stdout);
    struct jv *j = view_matter(m, &info);
    rc = jv_print_nested(stdout, j, 2);
    jv_free(j);
    return rc;
  }
  o->n++;
  const char *h = info.waiting          ? "WAITING ON THE REQUESTER"
                  : info.overdue        ? "OVERDUE"
                  : info.days_left == 0 ? "DUE TODAY"
                                        : "COMING";
  if (!o->heading || strcmp(h, o->heading) != 0) {
    printf("%s%s\n", o->heading ? "\n" : "", h);
    o->heading = h; /* a string constant */
  }
  table_agenda_line(stdout, m, &info);
  return 0;
}

int cmd_due(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter_filter f;
  memset(&f, 0, sizeof f);
  struct schedule *sc = NULL;
  if (p.npos) {
    rc = usage_error("'due' takes no arguments (see 'pubrec due --help')");
    goto done;
  }
  if ((rc = opt_int(&p, "within", 0, 100000, 14, &f.due_within)) != 0)
    goto done;
  f.agency = opt_get(&p, "agency");
  f.waiting = 1;
  int limit = 0;
  if ((rc = opt_int(&p, "limit", 1, 1000000000, 0, &limit)) != 0)
    goto done;
  f.limit = limit;
  if ((rc = ctx_open(c)) != 0)
    goto done;
  sc = schedule_new(&c->st);
  struct due_out o = {c, sc, NULL, 0, 0};
  f.brief = !c->json;
  if (c->json)
    printf("{\n  \"today\": \"%s\",\n  \"within\": %d,\n  \"due\": [", c->today, f.due_within);
  if ((rc = store_matter_each(&c->st, &f, due_row, &o)) != 0)
    goto done;
  if (c->json)
    printf("%s\n}\n", o.n ? "\n  ]" : "]");
  else if (o.n == 0)
    printf("nothing due within %d days of %s\n", f.due_within, c->today);
  /* --check: monitoring's exit status (1 when anything is overdue). */
  if (opt_has(&p, "check") && o.overdue)
    rc = error("%zu matter%s overdue", o.overdue, o.overdue == 1 ? "" : "s");
done:
  schedule_free(sc);
  opt_release(&p);
  return rc;
}
