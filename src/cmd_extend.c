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
    {"on", 0, OPT_VALUE, "DATE", "date of the extension notice (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "the reason (unusual or extenuating circumstances)"},
    {"late", 0, OPT_FLAG, NULL,
     "record an extension given after the period ran out (the miss stays)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help extend_help = {
    "pubrec extend REF [--days N] [--on DATE] [--note TEXT]",
    "Extend a matter's period: the days are added after the original last day, in\n"
    "the rule's unit (working days for FOIA and CORA, LAW.md C4). Refused beyond\n"
    "the number of extensions the rule allows, or after the matter has closed.",
    extend_opts,
    "  pubrec extend REQ-2020-0001 --on 2020-01-22 --note \"Extenuating circumstances\"\n"};

static const struct opt_spec toll_opts[] = {
    {"on", 0, OPT_VALUE, "DATE",
     "date the agency sent its request for information (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "what was asked"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help toll_help = {
    "pubrec toll REF --on DATE [--note TEXT]",
    "Pause a matter's clock while the agency waits for the requester (5 U.S.C.\n"
    "552(a)(6)(A)(ii)). The working days up to DATE count as used (LAW.md C9);\n"
    "'pubrec resume' restarts the count.",
    toll_opts, "  pubrec toll REQ-2020-0002 --on 2020-03-02 --note \"Fee clarification\"\n"};

static const struct opt_spec resume_opts[] = {
    {"on", 0, OPT_VALUE, "DATE", "date the requester's reply was received (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "what was answered"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help resume_help = {
    "pubrec resume REF --on DATE [--note TEXT]",
    "Restart a tolled matter's clock: the day the reply is received is the new\n"
    "day 0 and the remaining days are counted from it (LAW.md C9).",
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
  const char *ref, *on, *note, *due, *received;
  int days; /* extend: -1 = the rule's */
  int late;
  struct outcome out;
};

static int do_extend(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_extend(&l, a->ref, a->days, a->on, a->note, a->late, &a->out);
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
    if ((rc = opt_int(&p, "days", 1, 3650, -1, &a.days)) != 0)
      goto done;
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
