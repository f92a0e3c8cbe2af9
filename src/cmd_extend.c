/*
** cmd_extend.c — moving a matter's clock: pubrec extend (C4), pubrec toll
** and pubrec resume (C9). Each writes its row, the status change and every
** deadline move to the history in one transaction.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "deadline.h"
#include "json.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec extend_opts[] = {
    {"days", 0, OPT_VALUE, "N", "days to add (default: the rule's extension, e.g. 10 for FOIA)"},
    {"on", 0, OPT_VALUE, "DATE", "date of the extension notice (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "the reason (unusual or extenuating circumstances)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help extend_help = {
    "pubrec extend REF [--days N] [--on DATE] [--note TEXT]",
    "Extend a matter's period: the days are added after the original last day, in\n"
    "the rule's unit (working days for FOIA and CORA: 5 U.S.C. 552(a)(6)(B)(i),\n"
    "C.R.S. 24-72-203(3)(b); the counting is documented in src/deadline.c). Refused beyond\n"
    "the number of extensions the rule allows, or after the matter has closed.",
    extend_opts,
    "  pubrec extend REQ-2020-0001 --on 2020-01-22 --note \"Extenuating circumstances\"\n"};

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

struct clock_args {
  const char *what; /* extend, toll, resume */
  const char *ref;
  const char *on;
  const char *note;
  int days; /* extend: -1 = the rule's */
  char *from, *to;
};

static int load_open(struct ctx *c, const char *ref, struct matter *m)
{
  int rc = store_matter_get(&c->st, ref, m);
  if (rc > 0)
    return error("unknown reference '%s' (see 'pubrec list')", ref);
  if (rc < 0)
    return -1;
  if (!status_is_open(m->status)) {
    error("%s is %s (closed): reopen it first with 'pubrec status %s open'", m->ref, m->status,
          m->ref);
    matter_release(m);
    return -1;
  }
  return 0;
}

static int set_status(struct ctx *c, struct matter *m, const char *to, const char *on,
                      const char *note)
{
  if (strcmp(m->status, to) == 0)
    return 0;
  if (store_matter_set_status(&c->st, m->id, to) != 0 ||
      store_event_add(&c->st, m->id, on, "status", "status", m->status, to, note) != 0)
    return -1;
  free(m->status);
  m->status = xstrdup(to);
  return 0;
}

static int do_extend(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct matter m;
  struct rule_row r;
  int have_rule = 0, ret = -1;
  if (load_open(c, a->ref, &m) != 0)
    return -1;
  struct schedule *sc = schedule_new(&c->st);
  if (m.due_stated) {
    error("%s has the return date its document states (%s): record the new date with a new "
          "matter, or extend a rule-based matter",
          m.ref, m.due_stated);
    goto done;
  }
  if (strcmp(m.status, "tolled") == 0) {
    error("%s is tolled: resume it before extending", m.ref);
    goto done;
  }
  int total = 0, count = 0;
  if (store_extension_total(&c->st, m.id, &total, &count) != 0)
    goto done;
  if (m.rule) {
    if (store_rule_get(&c->st, m.rule, &r) != 0)
      goto done;
    have_rule = 1;
    if (a->days < 0)
      a->days = r.ext_days;
    if (r.ext_days == 0 && r.max_ext == 0) {
      error("rule '%s' allows no extension (%s)", r.code, r.citation);
      goto done;
    }
    if (count >= r.max_ext) {
      error("%s was already extended %d time%s; rule '%s' allows %d (%s)", m.ref, count,
            count == 1 ? "" : "s", r.code, r.max_ext, r.citation);
      goto done;
    }
    if (r.ext_days > 0 && total + a->days > r.ext_days) {
      error("rule '%s' allows at most %d extension days in all (%s); %d already granted", r.code,
            r.ext_days, r.citation, total);
      goto done;
    }
  }
  if (a->days <= 0) {
    error("give the extension as --days N (the matter has no rule with a set extension)");
    goto done;
  }
  if (strcmp(a->on, m.trigger_date) < 0) {
    error("--on %s is before %s was served or received (%s)", a->on, m.ref, m.trigger_date);
    goto done;
  }
  if (store_extension_add(&c->st, m.id, a->days, a->on, a->note) != 0)
    goto done;
  char *val = xasprintf("+%d days", a->days);
  int rc = store_event_add(&c->st, m.id, a->on, "extension", "extension", NULL, val, a->note);
  free(val);
  if (rc != 0)
    goto done;
  a->from = m.due ? xstrdup(m.due) : NULL;
  if (set_status(c, &m, "extended", a->on, a->note) != 0)
    goto done;
  char *reason =
      xasprintf("extended by %d days%s%s", a->days, a->note ? ": " : "", a->note ? a->note : "");
  rc = schedule_update(sc, &m, a->on, reason, NULL);
  free(reason);
  if (rc != 0)
    goto done;
  ret = 0;
done:
  if (have_rule)
    rule_row_release(&r);
  schedule_free(sc);
  matter_release(&m);
  return ret;
}

static int do_toll(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct matter m;
  int ret = -1;
  if (load_open(c, a->ref, &m) != 0)
    return -1;
  struct schedule *sc = schedule_new(&c->st);
  if (strcmp(m.status, "tolled") == 0) {
    error("%s is already tolled: resume it first with 'pubrec resume %s --on DATE'", m.ref, m.ref);
    goto done;
  }
  if (m.due_stated || !m.rule) {
    error("%s has no rule-based period to toll (its date is what the document states)", m.ref);
    goto done;
  }
  struct rule_row r;
  if (store_rule_get(&c->st, m.rule, &r) != 0)
    goto done;
  int working = strcmp(r.unit, "working") == 0;
  rule_row_release(&r);
  if (!working) {
    error("%s follows rule '%s', which counts calendar days: only working-day periods toll "
          "(5 U.S.C. 552(a)(6)(A)(ii))",
          m.ref, m.rule);
    goto done;
  }
  if (strcmp(a->on, m.trigger_date) < 0) {
    error("--on %s is before %s was received (%s)", a->on, m.ref, m.trigger_date);
    goto done;
  }
  a->from = m.due ? xstrdup(m.due) : NULL;
  if (store_toll_add(&c->st, m.id, a->on, a->note) != 0 ||
      store_event_add(&c->st, m.id, a->on, "toll", "clock", "running", "paused", a->note) != 0 ||
      set_status(c, &m, "tolled", a->on, a->note) != 0 ||
      schedule_update(sc, &m, a->on, "clock paused awaiting the requester", NULL) != 0)
    goto done;
  ret = 0;
done:
  schedule_free(sc);
  matter_release(&m);
  return ret;
}

static int do_resume(struct ctx *c, void *arg)
{
  struct clock_args *a = arg;
  struct matter m;
  int ret = -1;
  if (load_open(c, a->ref, &m) != 0)
    return -1;
  struct schedule *sc = schedule_new(&c->st);
  struct toll_row *t = NULL;
  size_t nt = 0;
  if (strcmp(m.status, "tolled") != 0) {
    error("%s is not tolled (it is %s)", m.ref, m.status);
    goto done;
  }
  if (store_tolls(&c->st, m.id, &t, &nt) != 0)
    goto done;
  if (nt == 0 || t[nt - 1].replied || strcmp(a->on, t[nt - 1].sent) < 0) {
    error("--on %s is before the clock was paused (%s)", a->on, nt ? t[nt - 1].sent : "?");
    goto done;
  }
  /* Back to the state before the toll. */
  struct event_row *e = NULL;
  size_t ne = 0;
  const char *back = "open";
  if (store_events(&c->st, m.id, &e, &ne) != 0)
    goto done;
  for (size_t i = ne; i-- > 0;) {
    if (strcmp(e[i].kind, "status") == 0 && e[i].new_value &&
        strcmp(e[i].new_value, "tolled") == 0) {
      if (e[i].old_value && status_transition_ok("tolled", e[i].old_value))
        back = e[i].old_value;
      break;
    }
  }
  char *back_copy = xstrdup(back);
  store_events_free(e, ne);
  int rc = store_toll_resume(&c->st, m.id, a->on);
  if (rc == 0)
    rc = store_event_add(&c->st, m.id, a->on, "resume", "clock", "paused", "running", a->note);
  if (rc == 0)
    rc = set_status(c, &m, back_copy, a->on, a->note);
  free(back_copy);
  if (rc == 0)
    rc = schedule_update(sc, &m, a->on, "clock resumed: the reply received is the new day 0", NULL);
  if (rc != 0)
    goto done;
  ret = 0;
done:
  store_tolls_free(t, nt);
  schedule_free(sc);
  matter_release(&m);
  return ret;
}

static int run_clock(struct ctx *c, int argc, char **argv, const struct cmd_help *help,
                     int (*fn)(struct ctx *, void *))
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct clock_args a;
  memset(&a, 0, sizeof a);
  a.what = argv[0];
  a.days = -1;
  dl_day d;
  if (p.npos != 1) {
    rc = usage_error("'%s' needs one reference (see 'pubrec %s --help')", argv[0], argv[0]);
    goto done;
  }
  a.ref = p.pos[0];
  a.on = opt_get(&p, "on");
  a.note = opt_get(&p, "note");
  if (fn == do_extend && (rc = opt_int(&p, "days", 1, 3650, -1, &a.days)) != 0)
    goto done;
  if ((rc = ctx_settle(c)) != 0)
    goto done;
  if (!a.on)
    a.on = c->today;
  else if (dl_parse_date(a.on, &d) != 0) {
    rc = usage_error("invalid date '%s' for --on (want YYYY-MM-DD, a real date)", a.on);
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, fn, &a)) != 0)
    goto done;
  struct matter m;
  if ((rc = store_matter_get(&c->st, a.ref, &m)) != 0) {
    rc = -1;
    goto done;
  }
  if (c->json) {
    struct schedule *sc = schedule_new(&c->st);
    struct matter_info info;
    rc = view_info(&info, sc, &m, c->today);
    if (rc == 0) {
      struct jv *o = view_matter(&m, &info);
      jv_set_str(o, "previous_due", a.from);
      rc = jv_print(stdout, o);
      jv_free(o);
    }
    schedule_free(sc);
  } else {
    printf("%s %s: status %s, due %s (was %s)\n", m.ref,
           fn == do_extend ? "extended"
           : fn == do_toll ? "tolled"
                           : "resumed",
           m.status, m.due ? m.due : "paused", a.from ? a.from : "none");
  }
  matter_release(&m);
done:
  free(a.from);
  opt_release(&p);
  return rc;
}

int cmd_extend(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &extend_help, do_extend);
}

int cmd_toll(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &toll_help, do_toll);
}

int cmd_resume(struct ctx *c, int argc, char **argv)
{
  return run_clock(c, argc, argv, &resume_help, do_resume);
}
