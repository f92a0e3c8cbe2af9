/*
** cmd_extend.c — moving a matter's clock: pubrec extend (C4), pubrec toll
** and pubrec resume (C9), pubrec reopen. Each parses its options and calls
** the lifecycle layer (src/matter.c) inside one transaction.
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

static const struct opt_spec extend_opts[] = {
    {"days", 0, OPT_VALUE, "N", "days to add (default: the rule's extension, e.g. 10 for FOIA)"},
    {"to", 0, OPT_VALUE, "DATE",
     "extend to the date the agency's notice names (instead of --days): the days that end on it"},
    {"on", 0, OPT_VALUE, "DATE", "date of the extension notice (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "the reason (unusual or extenuating circumstances)"},
    {"late", 0, OPT_FLAG, NULL,
     "record an extension given after the period ran out (the miss stays)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help extend_help = {
    "pubrec extend REF [--days N | --to DATE] [--on DATE] [--note TEXT]",
    "Extend a matter's period: the days are added after the original last day, in\n"
    "the unit the law gives (working days for FOIA and CORA: 5 U.S.C.\n"
    "552(a)(6)(B)(i), C.R.S. 24-72-203(3)(b); calendar days for Pennsylvania's RTKL,\n"
    "65 P.S. 67.902(b)). Refused beyond the number of extensions or the days the\n"
    "rule allows (see 'pubrec rules show CODE'), or after the matter has closed.\n"
    "--to DATE records the date an agency's notice names (N.Y. Pub. Off. Law\n"
    "89(3)(a), RCW 42.56.520(1)(c), K.S.A. 45-218(d)...): the days in the rule's\n"
    "extension unit that end on DATE, as --days would add them. Refused when DATE\n"
    "is not after the due date, when it passes the rule's cap (the error names the\n"
    "latest date allowed) or when no whole number of days ends on it (a weekend for\n"
    "a working-day extension: the error names the nearest dates).",
    extend_opts,
    "  pubrec extend REQ-2020-0001 --on 2020-01-22 --note \"Extenuating circumstances\"\n"
    "  pubrec extend REQ-2025-0007 --to 2025-10-08 --on 2025-09-19 --note \"Acknowledged\"\n"};

static const struct opt_spec toll_opts[] = {
    {"on", 0, OPT_VALUE, "DATE",
     "date the agency sent its request for information (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "what was asked"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help toll_help = {
    "pubrec toll REF [--on DATE] [--note TEXT]",
    "Pause a matter's clock while the agency waits for the requester (5 U.S.C.\n"
    "552(a)(6)(A)(ii)(I)-(II)). The working days up to DATE count as used (the\n"
    "convention is documented in src/deadline.c); 'pubrec resume' restarts the count.",
    toll_opts, "  pubrec toll REQ-2020-0002 --on 2020-03-02 --note \"Fee clarification\"\n"};

static const struct opt_spec resume_opts[] = {
    {"on", 0, OPT_VALUE, "DATE", "date the requester's reply was received (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "what was answered"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help resume_help = {
    "pubrec resume REF [--on DATE] [--note TEXT]",
    "Restart a tolled matter's clock: the day the reply is received is the new\n"
    "day 0 and the remaining days are counted from it (5 U.S.C. 552(a)(6)(A)(ii)(II);\n"
    "the convention is documented in src/deadline.c).",
    resume_opts, "  pubrec resume REQ-2020-0002 --on 2020-03-09\n"};

static const struct opt_spec reopen_opts[] = {
    {"due", 0, OPT_VALUE, "DATE", "the due date now stated"},
    {"received", 0, OPT_VALUE, "DATE", "restart the rule's period: the new receipt date"},
    {"on", 0, OPT_VALUE, "DATE", "date of the reopening (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "why, for the history"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help reopen_help = {
    "pubrec reopen REF (--due DATE | --received DATE) [--on DATE] [--note TEXT]",
    "Reopen a closed matter with its new clock: the date now stated (--due), or the\n"
    "rule's period restarted on a new receipt date (--received; tolling periods and\n"
    "extensions before it no longer count). Without one of them a reopened matter\n"
    "would keep its old, passed due date, so reopen refuses.",
    reopen_opts, "  pubrec reopen REQ-2020-0001 --received 2020-03-02 --note \"Fee paid\"\n"};

struct clock_args {
  const char *ref, *on, *note, *due, *received, *to;
  int days; /* extend: -1 = the rule's */
  int late;
  struct outcome out;
};

static int do_extend(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = a->to ? matter_extend_to(&l, a->ref, a->to, a->on, a->note, a->late, &a->out)
                 : matter_extend(&l, a->ref, a->days, a->on, a->note, a->late, &a->out);
  life_release(&l);
  return rc;
}

static int do_toll(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_toll(&l, a->ref, a->on, a->note, &a->out);
  life_release(&l);
  return rc;
}

static int do_resume(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_resume(&l, a->ref, a->on, a->note, &a->out);
  life_release(&l);
  return rc;
}

static int do_reopen(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_reopen(&l, a->ref, a->on, a->due, a->received, a->note, &a->out);
  life_release(&l);
  return rc;
}

static int date_opt(const struct opt_parsed *p, const char *name, const char **out)
{
  dl_day d;
  *out = opt_get(p, name);
  if (*out && dl_parse_date(*out, &d) != 0)
    return usage_error("invalid date '%s' for --%s (want YYYY-MM-DD, a real date)", *out, name);
  return 0;
}

static int run_clock(struct ctx *c, int argc, char **argv, const struct cmd_help *help,
                     int (*fn)(struct ctx *, void *), const char *done_what)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct clock_args a;
  memset(&a, 0, sizeof a);
  a.days = -1;
  if (p.npos != 1) {
    rc = usage_error("'%s' needs one reference (see 'pubrec %s --help')", argv[0], argv[0]);
    goto done;
  }
  a.ref = p.pos[0];
  a.note = opt_get(&p, "note");
  if (fn == do_extend) {
    a.late = opt_has(&p, "late");
    if ((rc = opt_int(&p, "days", 1, 3650, -1, &a.days)) != 0 ||
        (rc = date_opt(&p, "to", &a.to)) != 0)
      goto done;
    if (a.to && a.days >= 0) {
      rc = usage_error("give the extension as --days N or --to DATE, not both");
      goto done;
    }
  }
  if (fn == do_reopen && ((rc = date_opt(&p, "due", &a.due)) != 0 ||
                          (rc = date_opt(&p, "received", &a.received)) != 0))
    goto done;
  if ((rc = ctx_settle(c)) != 0 || (rc = date_opt(&p, "on", &a.on)) != 0)
    goto done;
  if (!a.on)
    a.on = c->today;
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, fn, &a)) != 0)
    goto done;
  rc = cmd_print_outcome(c, &a.out, done_what);
done:
  outcome_release(&a.out);
  opt_release(&p);
  return rc;
}

int cmd_extend(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &extend_help, do_extend, "extended");
}

int cmd_toll(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &toll_help, do_toll, "tolled: clock paused");
}

int cmd_resume(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &resume_help, do_resume, "resumed: clock running");
}

int cmd_reopen(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &reopen_help, do_reopen, "reopened");
}
