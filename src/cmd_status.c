/*
** cmd_status.c — pubrec status REF NEW (a state-machine transition) and
** pubrec respond REF --kind K (a response, and the status it implies).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "hint.h"
#include "deadline.h"
#include "json.h"
#include "matter.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec status_opts[] = {
    {"on", 0, OPT_VALUE, "DATE", "the date it took effect (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "why, for the history"},
    {"due", 0, OPT_VALUE, "DATE", "reopening: the due date now stated"},
    {"received", 0, OPT_VALUE, "DATE", "reopening: restart the rule's period on DATE"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help status_help = {
    "pubrec status REF NEW [--on DATE] [--note TEXT]",
    "Change a matter's status ('pubrec statuses' lists them: which are open, which\n"
    "answer the request, and where each may move). A status that answers the\n"
    "request (a determination) meets the response deadline: from then on the\n"
    "matter is never overdue on it. A closed matter moves back to 'open' only with\n"
    "its new clock (--due DATE or --received DATE, as 'pubrec reopen'). The clock\n"
    "pauses and restarts only through 'pubrec toll' and 'pubrec resume', and an\n"
    "extension is 'pubrec extend': status refuses 'tolled' and 'extended'. An\n"
    "invalid transition is refused with the allowed ones.",
    status_opts,
    "  pubrec status SUB-2020-0001 refused --on 2020-01-16 --note \"Not court-ordered\"\n"
    "  pubrec status REQ-2020-0001 open --received 2020-03-02 --note \"Fee paid\"\n"};

static const struct opt_spec respond_opts[] = {
    {"kind", 'k', OPT_VALUE, "K", "the response kind (see 'pubrec statuses')"},
    {"on", 0, OPT_VALUE, "DATE", "date of the response (default: today)"},
    {"pages", 0, OPT_VALUE, "N", "pages or documents produced"},
    {"note", 'n', OPT_VALUE, "TEXT", "what was said"},
    {"days", 0, OPT_VALUE, "N", "extension: days to add (default: the rule's)"},
    {"late", 0, OPT_FLAG, NULL, "extension: record it although the period ran out"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help respond_help = {
    "pubrec respond REF --kind K [--on DATE] [--pages N] [--note TEXT]",
    "Record what the answering agency said. The first determination (production,\n"
    "partial, denial, refusal, no-records, objection) meets the response deadline.\n"
    "The response moves the status where it implies one ('pubrec statuses' lists\n"
    "which). An extension is the same operation as\n"
    "'pubrec extend' (it moves the due date; --days, --late), a clarification the\n"
    "same as 'pubrec toll' (it pauses the clock).",
    respond_opts,
    "  pubrec respond SUB-2020-0001 --kind refusal --on 2020-01-16 --note \"Not court-ordered\"\n"
    "  pubrec respond REQ-2020-0001 --kind extension --on 2020-01-22\n"};

int cmd_print_outcome(struct ctx *c, const struct outcome *o, const char *what)
{
  struct matter m;
  int rc = store_matter_get(&c->st, o->ref, &m);
  if (rc != 0)
    return rc > 0 ? -1 : rc;
  if (!c->json) {
    printf("%s %s", o->ref, what);
    if (o->status_before && o->status_after && strcmp(o->status_before, o->status_after) != 0)
      printf("; status %s -> %s", o->status_before, o->status_after);
    int due_moved = (o->due_before == NULL) != (o->due_after == NULL) ||
                    (o->due_before && strcmp(o->due_before, o->due_after) != 0);
    if (due_moved)
      printf("; due %s -> %s", o->due_before ? o->due_before : "none",
             o->due_after ? o->due_after : (strcmp(m.clock, "paused") == 0 ? "paused" : "none"));
    if (strcmp(m.clock, "stopped") == 0 && status_is_open(m.status) && m.answered)
      printf("; answered %s, the deadline is met", m.answered);
    printf("\n");
    matter_release(&m);
    return 0;
  }
  struct schedule *sc = schedule_new(&c->st);
  struct matter_info info;
  rc = view_info(&info, sc, &m, c->today);
  if (rc == 0) {
    struct jv *j = view_matter(&m, &info);
    jv_set_str(j, "previous_status", o->status_before);
    jv_set_str(j, "previous_due", o->due_before);
    if (o->ext_days > 0)
      jv_set_int(j, "extension_days", o->ext_days);
    rc = jv_print(stdout, j);
    jv_free(j);
  }
  schedule_free(sc);
  matter_release(&m);
  return rc;
}

struct change {
  const char *ref, *to, *on, *note, *due, *received;
  struct response_in resp;
  struct outcome out;
};

static int do_status(struct ctx *c, void *arg)
{
  struct change *ch = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc;
  if (strcmp(ch->to, "open") == 0 && (ch->due || ch->received))
    rc = matter_reopen(&l, ch->ref, ch->on, ch->due, ch->received, ch->note, &ch->out);
  else if (ch->due || ch->received)
    rc = usage_error("--due and --received apply only when reopening ('open')");
  else
    rc = matter_set_status(&l, ch->ref, ch->to, ch->on, ch->note, &ch->out);
  life_release(&l);
  return rc;
}

static int check_date_opt(const char *name, const char *v)
{
  dl_day d;
  if (v && dl_parse_date(v, &d) != 0)
    return usage_error("invalid date '%s' for --%s (want YYYY-MM-DD, a real date)", v, name);
  return 0;
}

int cmd_status(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &status_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct change ch;
  memset(&ch, 0, sizeof ch);
  if (p.npos != 2) {
    rc = usage_error("'status' needs a reference and a new status, e.g. 'pubrec status "
                     "SUB-2020-0001 refused'");
    goto done;
  }
  ch.ref = p.pos[0];
  ch.to = p.pos[1];
  ch.on = opt_get(&p, "on");
  ch.note = opt_get(&p, "note");
  ch.due = opt_get(&p, "due");
  ch.received = opt_get(&p, "received");
  if (!status_valid(ch.to)) {
    rc = usage_error("unknown status '%s'%s (want one of: %s)", ch.to, hint_status(ch.to, NULL),
                     status_names(STATUS_ALL));
    goto done;
  }
  if ((rc = ctx_settle(c)) != 0 || (rc = check_date_opt("on", ch.on)) != 0 ||
      (rc = check_date_opt("due", ch.due)) != 0 ||
      (rc = check_date_opt("received", ch.received)) != 0)
    goto done;
  if (!ch.on)
    ch.on = c->today;
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_status, &ch)) != 0)
    goto done;
  rc = cmd_print_outcome(c, &ch.out, ch.due || ch.received ? "reopened" : "changed");
done:
  outcome_release(&ch.out);
  opt_release(&p);
  return rc;
}

static int do_respond(struct ctx *c, void *arg)
{
  struct change *ch = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_respond(&l, ch->ref, &ch->resp, &ch->out);
  life_release(&l);
  return rc;
}

int cmd_respond(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &respond_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct change ch;
  memset(&ch, 0, sizeof ch);
  if (p.npos != 1) {
    rc = usage_error("'respond' needs one reference, e.g. 'pubrec respond SUB-2020-0001 --kind "
                     "refusal'");
    goto done;
  }
  ch.ref = p.pos[0];
  ch.resp.kind = opt_get(&p, "kind");
  ch.resp.on = opt_get(&p, "on");
  ch.resp.note = opt_get(&p, "note");
  ch.resp.late = opt_has(&p, "late");
  if (!ch.resp.kind) {
    rc = usage_error("missing --kind (see 'pubrec respond --help')");
    goto done;
  }
  if (!response_kind_valid(ch.resp.kind)) {
    rc =
        usage_error("unknown response kind '%s' (want one of: %s)", ch.resp.kind, response_names());
    goto done;
  }
  if ((rc = opt_int(&p, "pages", 0, 100000000, -1, &ch.resp.pages)) != 0 ||
      (rc = opt_int(&p, "days", 1, 3650, -1, &ch.resp.days)) != 0)
    goto done;
  if (strcmp(ch.resp.kind, "extension") != 0 && (opt_has(&p, "days") || ch.resp.late)) {
    rc = usage_error("--days and --late apply only to --kind extension");
    goto done;
  }
  if ((rc = ctx_settle(c)) != 0 || (rc = check_date_opt("on", ch.resp.on)) != 0)
    goto done;
  if (!ch.resp.on)
    ch.resp.on = c->today;
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_respond, &ch)) != 0)
    goto done;
  char *what = xasprintf("recorded %s on %s", ch.resp.kind, ch.resp.on);
  rc = cmd_print_outcome(c, &ch.out, what);
  free(what);
done:
  outcome_release(&ch.out);
  opt_release(&p);
  return rc;
}

static const struct cmd_help statuses_help = {
    "pubrec statuses",
    "List the statuses (whether each is open, whether entering it answers the\n"
    "request, and where each may move) and the response kinds (the status each\n"
    "implies, and whether it meets the response deadline). These facts are\n"
    "defined once, in src/model.c (and migrations/0005_lifecycle.sql for SQL).",
    NULL, "  pubrec statuses\n  pubrec --json statuses\n"};

int cmd_statuses(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &statuses_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  if (p.npos) {
    opt_release(&p);
    return usage_error("'statuses' takes no arguments (see 'pubrec statuses --help')");
  }
  if ((rc = ctx_settle(c)) != 0) {
    opt_release(&p);
    return rc;
  }
  if (c->json) {
    struct jv *o = jv_object(), *st = jv_array(), *rk = jv_array();
    for (const struct status_def *d = status_defs; d->name; d++) {
      struct jv *x = jv_object(), *next = jv_array();
      jv_set_str(x, "status", d->name);
      jv_set_bool(x, "open", d->open);
      jv_set_bool(x, "determination", d->determination);
      for (int i = 0; d->next[i]; i++)
        jv_append(next, jv_str(d->next[i]));
      jv_set(x, "next", next);
      jv_append(st, x);
    }
    for (const struct response_def *d = response_defs; d->name; d++) {
      struct jv *x = jv_object();
      jv_set_str(x, "kind", d->name);
      jv_set_str(x, "status", d->status);
      jv_set_bool(x, "determination", d->determination);
      jv_append(rk, x);
    }
    jv_set(o, "statuses", st);
    jv_set(o, "response_kinds", rk);
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    printf("%-13s %-6s %-13s %s\n", "STATUS", "OPEN", "DETERMINATION", "MAY MOVE TO");
    for (const struct status_def *d = status_defs; d->name; d++) {
      char next[256];
      status_allowed(next, sizeof next, d->name);
      printf("%-13s %-6s %-13s %s\n", d->name, d->open ? "yes" : "no",
             d->determination ? "yes" : "no", next);
    }
    printf("\n%-16s %-13s %s\n", "RESPONSE", "STATUS", "DETERMINATION");
    for (const struct response_def *d = response_defs; d->name; d++)
      printf("%-16s %-13s %s\n", d->name, d->status ? d->status : "-",
             d->determination ? "yes" : "no");
    printf("\nA determination meets the response deadline: the clock stops for good.\n"
           "'tolled' is entered and left by 'pubrec toll' and 'pubrec resume'; 'extended'\n"
           "by 'pubrec extend'; a closed matter reopens with 'pubrec reopen'.\n");
  }
  opt_release(&p);
  return rc;
}
