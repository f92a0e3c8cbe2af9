/*
** cmd_add.c — pubrec add request|subpoena|appeal|petition: log a matter,
** number it, compute its deadlines and write its first history rows, all
** in one transaction.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "deadline.h"
#include "json.h"
#include "matter.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec opts[] = {
    {"from", 'f', OPT_VALUE, "AGENCY", "who sends it (agency code)"},
    {"to", 't', OPT_VALUE, "AGENCY", "who must answer (agency code)"},
    {"subject", 's', OPT_VALUE, "TEXT", "what it is about"},
    {"description", 'd', OPT_VALUE, "TEXT", "longer description"},
    {"tracking", 0, OPT_VALUE, "ID", "the agency's own tracking number"},
    {"served", 0, OPT_VALUE, "DATE[THH:MM]", "date (and local time) it was served"},
    {"received", 0, OPT_VALUE, "DATE[THH:MM]", "date (and local time) it was received"},
    {"filed", 0, OPT_VALUE, "DATE[THH:MM]", "date it was filed (petitions, appeals)"},
    {"rule", 'r', OPT_VALUE, "CODE", "the deadline rule (see 'pubrec rules')"},
    {"days", 0, OPT_VALUE, "N", "the period the document states, in calendar days"},
    {"months", 0, OPT_VALUE, "N",
     "the period in months, for a rule that counts months (co-months)"},
    {"due", 0, OPT_VALUE, "DATE", "the return date the document states"},
    {"no-deadline", 0, OPT_FLAG, NULL, "no response deadline applies"},
    {"court", 0, OPT_FLAG, NULL, "a court-ordered subpoena (default: administrative)"},
    {"parent", 'p', OPT_MULTI, "REF", "the matter this one continues (refused subpoena, denial)"},
    {"routed", 0, OPT_VALUE, "DATE", "FOIA: date the right component received it"},
    {"compliance", 0, OPT_VALUE, "DATE[THH:MM]", "FRCP 45: the time set for compliance"},
    {"note", 'n', OPT_VALUE, "TEXT", "why, for the history"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec add request|subpoena|appeal|petition --from A --to B --subject TEXT\n"
    "           (--served|--received|--filed) DATE (--rule CODE | --days N | --due DATE)",
    "Log a records request, a subpoena (administrative, or --court), an appeal or an\n"
    "enforcement petition. Prints its reference (SUB-2020-0001: kind, year of the\n"
    "trigger date, sequence) and due date. The deadline comes from a rule, or as the\n"
    "document states it: --days N calendar days after the trigger date (no roll), or\n"
    "--due DATE. With --parent, the parent matters are marked escalated (or appealed).",
    opts,
    "  pubrec add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 \\\n"
    "         --subject \"Records on four individuals\"\n"
    "  pubrec add request --from NEWSROOM --to DENVER --received 2020-01-17 --rule co-cora \\\n"
    "         --subject \"ICE subpoenas and replies\"\n"};

struct add_args {
  struct matter m;
  int months; /* m.days holds months (--months) */
  const char *const *parents;
  size_t nparents;
  const char *note;
  struct deadline_row *rows; /* filled after the write, for printing */
  size_t nrows;
};

static int do_add(struct ctx *c, void *arg)
{
  struct add_args *a = arg;
  struct life l;
  if (a->m.rule && (a->m.days >= 0)) {
    /* --days for a rule counting days, --months for one counting months. */
    struct rule_row r;
    if (store_rule_get(&c->st, a->m.rule, &r) == 0) {
      int months = strcmp(r.unit, "months") == 0;
      rule_row_release(&r);
      if (months != a->months)
        return usage_error("rule '%s' counts %s: give --%s N", a->m.rule,
                           months ? "months" : "days", months ? "months" : "days");
    }
  }
  life_init(&l, &c->st, c->today);
  int rc = matter_create(&l, &a->m, a->parents, a->nparents, a->note);
  life_release(&l);
  if (rc == 0)
    rc = store_deadlines_get(&c->st, a->m.id, &a->rows, &a->nrows);
  return rc;
}

/* A trigger date, possibly with a local time. */
static int parse_trigger(const char *s, char **date, char **time)
{
  dl_day d;
  int minutes;
  if (dl_parse_datetime(s, &d, &minutes) != 0)
    return usage_error("invalid date '%s' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM, a real date)", s);
  *date = xstrndup(s, 10);
  *time = minutes == DL_NO_TIME ? NULL : xstrdup(s + 11);
  return 0;
}

int cmd_add(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct add_args a;
  memset(&a, 0, sizeof a);
  struct matter *m = &a.m;
  m->days = -1;
  dl_day d;
  int minutes;

  if (p.npos != 1 || !kind_valid(p.pos[0])) {
    rc = usage_error("'add' needs a kind: request, subpoena, appeal or petition (see 'pubrec add "
                     "--help')");
    goto done;
  }
  m->kind = xstrdup(p.pos[0]);
  const char *required[] = {"from", "to", "subject"};
  for (int i = 0; i < 3; i++) {
    if (!opt_get(&p, required[i])) {
      rc = usage_error("missing --%s (see 'pubrec add --help')", required[i]);
      goto done;
    }
  }
  m->from_code = xstrdup(opt_get(&p, "from"));
  m->to_code = xstrdup(opt_get(&p, "to"));
  m->subject = xstrdup(opt_get(&p, "subject"));
  if (!*m->subject) {
    rc = usage_error("--subject must not be empty");
    goto done;
  }
  if (opt_get(&p, "description"))
    m->description = xstrdup(opt_get(&p, "description"));
  if (opt_get(&p, "tracking"))
    m->tracking = xstrdup(opt_get(&p, "tracking"));
  m->court = opt_has(&p, "court");
  if (m->court && strcmp(m->kind, "subpoena") != 0) {
    rc = usage_error("--court applies to subpoenas only");
    goto done;
  }

  const char *triggers[] = {"served", "received", "filed"};
  const char *trigger = NULL;
  for (int i = 0; i < 3; i++) {
    if (!opt_get(&p, triggers[i]))
      continue;
    if (trigger) {
      rc = usage_error("give one of --served, --received or --filed, not two");
      goto done;
    }
    trigger = opt_get(&p, triggers[i]);
  }
  if (!trigger) {
    rc = usage_error("missing the trigger date: --served, --received or --filed DATE");
    goto done;
  }
  if ((rc = parse_trigger(trigger, &m->trigger_date, &m->trigger_time)) != 0)
    goto done;

  /* One way to give a deadline (the lifecycle layer checks the rule's side:
     --days only for a rule that takes the stated period). */
  int nbasis = !!opt_get(&p, "rule") + !!opt_get(&p, "due") + opt_has(&p, "no-deadline") +
               (!opt_get(&p, "rule") && (opt_get(&p, "days") || opt_get(&p, "months")));
  if (nbasis > 1 || (opt_get(&p, "days") && opt_get(&p, "months"))) {
    rc = usage_error("give the deadline one way: --rule CODE (with --days N or --months N if the "
                     "rule takes the stated period), --days N, --due DATE or --no-deadline");
    goto done;
  }
  if (nbasis == 0) {
    rc = usage_error("missing the deadline: --rule CODE, --days N, --due DATE or --no-deadline "
                     "(see 'pubrec rules')");
    goto done;
  }
  if (opt_get(&p, "months") && !opt_get(&p, "rule")) {
    rc = usage_error("--months needs a rule that counts months, e.g. --rule co-months");
    goto done;
  }
  if (opt_get(&p, "rule"))
    m->rule = xstrdup(opt_get(&p, "rule"));
  if ((rc = opt_int(&p, "days", 0, 3650, -1, &m->days)) != 0)
    goto done;
  if (opt_get(&p, "months") && (rc = opt_int(&p, "months", 0, 1200, -1, &m->days)) != 0)
    goto done;
  a.months = opt_get(&p, "months") != NULL;
  if (opt_get(&p, "due")) {
    if (dl_parse_date(opt_get(&p, "due"), &d) != 0) {
      rc = usage_error("invalid date '%s' for --due (want YYYY-MM-DD, a real date)",
                       opt_get(&p, "due"));
      goto done;
    }
    m->due_stated = xstrdup(opt_get(&p, "due"));
  }
  if (opt_get(&p, "routed")) {
    if (dl_parse_date(opt_get(&p, "routed"), &d) != 0) {
      rc = usage_error("invalid date '%s' for --routed", opt_get(&p, "routed"));
      goto done;
    }
    m->routed = xstrdup(opt_get(&p, "routed"));
  }
  if (opt_get(&p, "compliance")) {
    if (dl_parse_datetime(opt_get(&p, "compliance"), &d, &minutes) != 0) {
      rc = usage_error("invalid date '%s' for --compliance (want YYYY-MM-DD[THH:MM])",
                       opt_get(&p, "compliance"));
      goto done;
    }
    m->compliance = xstrdup(opt_get(&p, "compliance"));
  }
  a.parents = opt_all(&p, "parent", &a.nparents);
  a.note = opt_get(&p, "note");

  if ((rc = ctx_settle(c)) != 0 || (rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_add, &a)) != 0)
    goto done;
  if (c->json) {
    struct matter got;
    if ((rc = store_matter_get(&c->st, m->ref, &got)) != 0)
      goto done;
    struct jv *o = view_matter(&got, NULL);
    matter_release(&got);
    struct jv *dl = jv_array();
    for (size_t i = 0; i < a.nrows; i++)
      jv_append(dl, view_deadline(&a.rows[i]));
    jv_set(o, "deadlines", dl);
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    printf("added %s: %s %s -> %s, %s %s", m->ref, m->court ? "court-ordered subpoena" : m->kind,
           m->from_code, m->to_code, strcmp(m->kind, "subpoena") == 0 ? "served" : "received",
           m->trigger_date);
    int shown = 0;
    for (size_t i = 0; i < a.nrows; i++) {
      printf("%s%s due %s%s%s", shown ? ", " : "; ", a.rows[i].kind, a.rows[i].due,
             a.rows[i].due_time ? " " : "", a.rows[i].due_time ? a.rows[i].due_time : "");
      shown = 1;
    }
    if (!shown)
      printf("; no computed due date");
    printf("\n");
    for (size_t i = 0; i < a.nrows; i++)
      printf("  %s: %s\n", a.rows[i].kind, a.rows[i].basis);
  }
done:
  store_deadlines_free(a.rows, a.nrows);
  matter_release(m);
  opt_release(&p);
  return rc;
}
