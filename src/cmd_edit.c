/*
** cmd_edit.c — pubrec edit REF: correct a matter's fields. Each changed
** field becomes a history row (field, old, new) through the lifecycle layer.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "deadline.h"
#include "matter.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"subject", 's', OPT_VALUE, "TEXT", "the subject"},
    {"tracking", 0, OPT_VALUE, "ID", "the agency's tracking number ('' clears it)"},
    {"description", 'd', OPT_VALUE, "TEXT", "the description ('' clears it)"},
    {"from", 'f', OPT_VALUE, "AGENCY", "who sent it"},
    {"to", 't', OPT_VALUE, "AGENCY", "who must answer"},
    {"received", 0, OPT_VALUE, "DATE[THH:MM]", "the trigger date (and time)"},
    {"served", 0, OPT_VALUE, "DATE[THH:MM]", "the same, for a subpoena"},
    {"filed", 0, OPT_VALUE, "DATE[THH:MM]", "the same, for a petition or appeal"},
    {"rule", 'r', OPT_VALUE, "CODE", "the deadline rule"},
    {"days", 0, OPT_VALUE, "N", "the period the document states (or the rule takes)"},
    {"due", 0, OPT_VALUE, "DATE", "the return date the document states"},
    {"recompute", 0, OPT_FLAG, NULL, "recompute an answered or closed matter's deadlines too"},
    {"note", 'n', OPT_VALUE, "TEXT", "why (required: it is kept in the history)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec edit REF [--subject T] [--tracking T] [--from A] [--to A]\n"
    "           [--received|--served|--filed DATE[THH:MM]] [--rule CODE | --days N | --due DATE]\n"
    "           --note WHY",
    "Correct a matter. Nothing is rewritten: each changed field becomes a history\n"
    "row with the old and the new value, who, when and why. A change of a party,\n"
    "the trigger date or the deadline (--rule, --days, --due: one way, as 'add')\n"
    "recomputes the deadlines, and each move is logged; an answered or closed\n"
    "matter keeps its dates unless --recompute. Refused: a voided matter, an edit\n"
    "that changes nothing, a trigger date after a recorded response.",
    opts,
    "  pubrec edit REQ-2026-0001 --subject \"Rezoning of Elm Street\" --note \"typo\"\n"
    "  pubrec edit REQ-2026-0001 --tracking 2026-0417 --note \"agency assigned it\"\n"};

struct edit_args {
  const char *ref;
  struct edit_in in;
  struct outcome out;
};

static int do_edit(struct ctx *c, void *arg)
{
  struct edit_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_edit(&l, a->ref, &a->in, &a->out);
  life_release(&l);
  return rc;
}

static const char *empty_null(const char *s)
{
  return s && *s ? s : NULL;
}

int cmd_edit(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct edit_args a;
  memset(&a, 0, sizeof a);
  char *date = NULL, *time = NULL;
  if (p.npos != 1) {
    rc = usage_error("'edit' needs one reference (see 'pubrec edit --help')");
    goto done;
  }
  a.ref = p.pos[0];
  struct edit_in *in = &a.in;
  in->note = opt_get(&p, "note");
  if (!in->note || !*in->note) {
    rc = usage_error("missing --note WHY: every correction says why in the history");
    goto done;
  }
  in->subject = opt_get(&p, "subject");
  if (in->subject && !*in->subject) {
    rc = usage_error("--subject must not be empty");
    goto done;
  }
  in->tracking_given = opt_has(&p, "tracking");
  in->tracking = empty_null(opt_get(&p, "tracking"));
  in->description_given = opt_has(&p, "description");
  in->description = empty_null(opt_get(&p, "description"));
  in->from = opt_get(&p, "from");
  in->to = opt_get(&p, "to");
  const char *triggers[] = {"received", "served", "filed"}, *trigger = NULL;
  for (int i = 0; i < 3; i++) {
    if (!opt_get(&p, triggers[i]))
      continue;
    if (trigger) {
      rc = usage_error("give one of --served, --received or --filed, not two");
      goto done;
    }
    trigger = opt_get(&p, triggers[i]);
  }
  if (trigger) {
    dl_day d;
    int minutes;
    if (dl_parse_datetime(trigger, &d, &minutes) != 0) {
      rc = usage_error("invalid date '%s' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM, a real date)",
                       trigger);
      goto done;
    }
    date = xstrndup(trigger, 10);
    time = minutes == DL_NO_TIME ? NULL : xstrdup(trigger + 11);
    in->trigger_date = date;
    in->trigger_time = time;
  }
  in->rule_given = opt_has(&p, "rule");
  in->rule = opt_get(&p, "rule");
  in->due_given = opt_has(&p, "due");
  in->due = opt_get(&p, "due");
  in->days_given = opt_has(&p, "days");
  if ((rc = opt_int(&p, "days", 0, 3650, -1, &in->days)) != 0)
    goto done;
  if (in->due_given && (in->rule_given || in->days_given)) {
    rc = usage_error("give the deadline one way: --rule CODE (with --days N if the rule takes "
                     "the stated period), --days N or --due DATE");
    goto done;
  }
  dl_day d;
  if (in->due && dl_parse_date(in->due, &d) != 0) {
    rc = usage_error("invalid date '%s' for --due (want YYYY-MM-DD, a real date)", in->due);
    goto done;
  }
  in->recompute = opt_has(&p, "recompute");
  if ((rc = ctx_settle(c)) != 0 || (rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_edit, &a)) != 0)
    goto done;
  rc = cmd_print_outcome(c, &a.out, "edited");
done:
  free(date);
  free(time);
  outcome_release(&a.out);
  opt_release(&p);
  return rc;
}
