/*
** cmd_due.c — pubrec due: the agenda of coming deadlines, overdue first.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "json.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec opts[] = {
    {"within", 'w', OPT_VALUE, "N",
     "deadlines due within N days (default 14); overdue always shown"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec due [--within N] [--agency A]",
    "The agenda: every deadline still running that is overdue or due within N\n"
    "days of today, overdue first, then by date; then the matters waiting on the\n"
    "requester (tolled), with the date they began waiting. A matter answered by a\n"
    "determination (production, partial, denial, refusal, no records, objection)\n"
    "has met its deadline and is not on the agenda.",
    opts, "  pubrec due --within 30\n  pubrec --today 2020-01-20 due\n"};

int cmd_due(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter_filter f;
  memset(&f, 0, sizeof f);
  struct matter *m = NULL;
  struct matter_info *info = NULL;
  struct schedule *sc = NULL;
  size_t n = 0;
  if (p.npos) {
    rc = usage_error("'due' takes no arguments (see 'pubrec due --help')");
    goto done;
  }
  if ((rc = opt_int(&p, "within", 0, 100000, 14, &f.due_within)) != 0)
    goto done;
  f.agency = opt_get(&p, "agency");
  f.waiting = 1;
  if ((rc = ctx_open(c)) != 0 || (rc = store_matter_list(&c->st, &f, &m, &n)) != 0)
    goto done;
  sc = schedule_new(&c->st);
  info = xcalloc(n + 1, sizeof *info);
  for (size_t i = 0; i < n; i++)
    if ((rc = view_info(&info[i], sc, &m[i], c->today)) != 0)
      goto done;
  if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++)
      jv_append(arr, view_matter(&m[i], &info[i]));
    struct jv *o = jv_object();
    jv_set_str(o, "today", c->today);
    jv_set_int(o, "within", f.due_within);
    jv_set(o, "due", arr);
    rc = jv_print(stdout, o);
    jv_free(o);
    goto done;
  }
  if (n == 0) {
    printf("nothing due within %d days of %s\n", f.due_within, c->today);
    goto done;
  }
  const char *heading = NULL;
  for (size_t i = 0; i < n; i++) {
    const char *h = info[i].waiting          ? "WAITING ON THE REQUESTER"
                    : info[i].overdue        ? "OVERDUE"
                    : info[i].days_left == 0 ? "DUE TODAY"
                                             : "COMING";
    if (!heading || strcmp(h, heading) != 0) {
      printf("%s%s\n", heading ? "\n" : "", h);
      heading = h;
    }
    char phrase[64];
    view_due_phrase(phrase, sizeof phrase, &m[i], &info[i]);
    printf("  %-10s  %-14s %-28s %s -> %s  %s\n", m[i].due ? m[i].due : "-", m[i].ref, phrase,
           m[i].from_code, m[i].to_code, m[i].subject);
  }
done:
  schedule_free(sc);
  free(info);
  store_matters_free(m, n);
  opt_release(&p);
  return rc;
}
