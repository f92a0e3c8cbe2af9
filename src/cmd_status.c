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
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec status_opts[] = {
    {"on", 0, OPT_VALUE, "DATE", "the date it took effect (default: today)"},
    {"note", 'n', OPT_VALUE, "TEXT", "why, for the history"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help status_help = {
    "pubrec status REF NEW [--on DATE] [--note TEXT]",
    "Change a matter's status. Open states: open, acknowledged, extended, tolled,\n"
    "partial, appealed. Closed: fulfilled, denied, refused, withdrawn, escalated.\n"
    "A closed matter moves only back to 'open' (reopening), or from denied/refused\n"
    "to appealed or escalated. An invalid transition is refused with the allowed ones.",
    status_opts,
    "  pubrec status SUB-2020-0001 refused --on 2020-01-16 --note \"Not court-ordered\"\n"};

static const struct opt_spec respond_opts[] = {
    {"kind", 'k', OPT_VALUE, "K",
     "acknowledgement, production, partial, denial, refusal, objection, extension, "
     "clarification, other"},
    {"on", 0, OPT_VALUE, "DATE", "date of the response (default: today)"},
    {"pages", 0, OPT_VALUE, "N", "pages or documents produced"},
    {"note", 'n', OPT_VALUE, "TEXT", "what was said"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help respond_help = {
    "pubrec respond REF --kind K [--on DATE] [--pages N] [--note TEXT]",
    "Record what the answering agency said. The response moves the status where\n"
    "it implies one: acknowledgement -> acknowledged, partial -> partial, production\n"
    "-> fulfilled, denial -> denied, refusal -> refused, clarification -> tolled,\n"
    "extension -> extended (use 'pubrec extend' to move the date as well).",
    respond_opts,
    "  pubrec respond SUB-2020-0001 --kind refusal --on 2020-01-16 --note \"Not court-ordered\"\n"};

struct change {
  const char *ref;
  const char *to;
  const char *on;
  const char *note;
  const char *kind; /* respond: response kind */
  int pages;
  char *from;       /* the status before; owned */
  char *new_status; /* the status after; owned */
};

static int bad_transition(const char *ref, const char *from, const char *to)
{
  char allowed[256];
  status_allowed(allowed, sizeof allowed, from);
  return error("cannot change %s from '%s' to '%s': from '%s' the allowed statuses are %s%s", ref,
               from, to, from, allowed, status_is_open(from) ? "" : " ('open' reopens it)");
}

/* Move m to status `to`, writing its history row, and recompute deadlines
   when it matters (reopening). */
static int transition(struct ctx *c, struct matter *m, const char *to, const char *on,
                      const char *note)
{
  if (store_matter_set_status(&c->st, m->id, to) != 0 ||
      store_event_add(&c->st, m->id, on, "status", "status", m->status, to, note) != 0)
    return -1;
  return 0;
}

static int do_status(struct ctx *c, void *arg)
{
  struct change *ch = arg;
  struct matter m;
  int rc = store_matter_get(&c->st, ch->ref, &m);
  if (rc > 0)
    return error("unknown reference '%s' (see 'pubrec list')", ch->ref);
  if (rc < 0)
    return -1;
  if (strcmp(m.status, ch->to) == 0) {
    rc = error("%s is already '%s'", m.ref, m.status);
  } else if (!status_transition_ok(m.status, ch->to)) {
    rc = bad_transition(m.ref, m.status, ch->to);
  } else if (strcmp(ch->on, m.trigger_date) < 0) {
    rc = error("--on %s is before %s was served or received (%s)", ch->on, m.ref, m.trigger_date);
  } else {
    ch->from = xstrdup(m.status);
    ch->new_status = xstrdup(ch->to);
    rc = transition(c, &m, ch->to, ch->on, ch->note);
  }
  matter_release(&m);
  return rc;
}

static int check_on(struct ctx *c, const char **on)
{
  dl_day d;
  if (!*on)
    *on = c->today;
  else if (dl_parse_date(*on, &d) != 0)
    return usage_error("invalid date '%s' for --on (want YYYY-MM-DD, a real date)", *on);
  return 0;
}

static int print_change(struct ctx *c, const struct change *ch)
{
  if (!c->json) {
    if (ch->kind)
      printf("recorded %s on %s for %s", ch->kind, ch->on, ch->ref);
    else
      printf("%s", ch->ref);
    if (ch->new_status && strcmp(ch->from, ch->new_status) != 0)
      printf("%s%s -> %s", ch->kind ? "; status " : ": ", ch->from, ch->new_status);
    printf("\n");
    return 0;
  }
  struct matter m;
  int rc = store_matter_get(&c->st, ch->ref, &m);
  if (rc != 0)
    return rc > 0 ? -1 : rc;
  struct schedule *sc = schedule_new(&c->st);
  struct matter_info info;
  rc = view_info(&info, sc, &m, c->today);
  if (rc == 0) {
    struct jv *o = view_matter(&m, &info);
    rc = jv_print(stdout, o);
    jv_free(o);
  }
  schedule_free(sc);
  matter_release(&m);
  return rc;
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
  if (!status_valid(ch.to)) {
    rc = usage_error("unknown status '%s'%s (want one of: open, acknowledged, extended, tolled, "
                     "partial, appealed, fulfilled, denied, refused, withdrawn, escalated)",
                     ch.to, hint_status(ch.to, NULL));
    goto done;
  }
  if ((rc = ctx_settle(c)) != 0 || (rc = check_on(c, &ch.on)) != 0)
    goto done;
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_status, &ch)) != 0)
    goto done;
  rc = print_change(c, &ch);
done:
  free(ch.from);
  free(ch.new_status);
  opt_release(&p);
  return rc;
}

static int do_respond(struct ctx *c, void *arg)
{
  struct change *ch = arg;
  struct matter m;
  int rc = store_matter_get(&c->st, ch->ref, &m);
  if (rc > 0)
    return error("unknown reference '%s' (see 'pubrec list')", ch->ref);
  if (rc < 0)
    return -1;
  ch->from = xstrdup(m.status);
  const char *implied = response_status(ch->kind);
  if (strcmp(ch->on, m.trigger_date) < 0) {
    rc = error("--on %s is before %s was served or received (%s)", ch->on, m.ref, m.trigger_date);
    goto done;
  }
  if (implied && strcmp(implied, m.status) != 0 && !status_transition_ok(m.status, implied)) {
    if (!status_is_open(m.status)) {
      rc = bad_transition(m.ref, m.status, implied);
      goto done;
    }
    implied = NULL; /* e.g. an acknowledgement after an extension: no status change */
  }
  char *summary = ch->pages >= 0
                      ? xasprintf("%s (%d page%s)", ch->kind, ch->pages, ch->pages == 1 ? "" : "s")
                      : NULL;
  rc = store_response_add(&c->st, m.id, ch->kind, ch->on, ch->pages, ch->note);
  if (rc == 0)
    rc = store_event_add(&c->st, m.id, ch->on, "response", "response", NULL,
                         summary ? summary : ch->kind, ch->note);
  free(summary);
  if (rc == 0 && implied && strcmp(implied, m.status) != 0) {
    rc = transition(c, &m, implied, ch->on, ch->note);
    if (rc == 0 && strcmp(implied, "tolled") == 0) {
      rc = store_toll_add(&c->st, m.id, ch->on, ch->note);
      if (rc == 0) {
        struct schedule *sc = schedule_new(&c->st);
        rc = schedule_update(sc, &m, ch->on, "clock paused: request for clarification", NULL);
        schedule_free(sc);
      }
    }
  }
  ch->new_status = xstrdup(implied ? implied : m.status);
done:
  matter_release(&m);
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
  ch.kind = opt_get(&p, "kind");
  ch.on = opt_get(&p, "on");
  ch.note = opt_get(&p, "note");
  if (!ch.kind) {
    rc = usage_error("missing --kind (see 'pubrec respond --help')");
    goto done;
  }
  if (!response_kind_valid(ch.kind)) {
    rc = usage_error("unknown response kind '%s' (want acknowledgement, production, partial, "
                     "denial, refusal, objection, extension, clarification or other)",
                     ch.kind);
    goto done;
  }
  if ((rc = opt_int(&p, "pages", 0, 100000000, -1, &ch.pages)) != 0)
    goto done;
  if ((rc = ctx_settle(c)) != 0 || (rc = check_on(c, &ch.on)) != 0)
    goto done;
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_respond, &ch)) != 0)
    goto done;
  rc = print_change(c, &ch);
done:
  free(ch.from);
  free(ch.new_status);
  opt_release(&p);
  return rc;
}
