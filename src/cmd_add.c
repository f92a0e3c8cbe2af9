/*
** cmd_add.c — pubrec add request|subpoena|appeal|petition: log a matter,
** number it, compute its deadlines and write its first history rows, all
** in one transaction.
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
  const char *const *parents;
  size_t nparents;
  const char *note;
  struct deadline_row *rows; /* filled after the write, for printing */
  size_t nrows;
};

static int resolve_agency(struct ctx *c, const char *code, int64_t *id)
{
  struct agency a;
  int rc = store_agency_get(&c->st, code, &a);
  if (rc > 0)
    return error("unknown agency '%s'%s (see 'pubrec agency list', or add it with 'pubrec "
                 "agency add %s NAME')",
                 code, hint_agency(&c->st, code), code);
  if (rc < 0)
    return -1;
  *id = a.id;
  agency_release(&a);
  return 0;
}

static int do_add(struct ctx *c, void *arg)
{
  struct add_args *a = arg;
  struct matter *m = &a->m;
  struct schedule *sc = NULL;
  int ret = -1;
  if (resolve_agency(c, m->from_code, &m->from_id) != 0 ||
      resolve_agency(c, m->to_code, &m->to_id) != 0)
    return -1;
  if (m->from_id == m->to_id)
    return error("--from and --to name the same agency '%s'", m->from_code);
  if (m->rule) {
    struct rule_row r;
    int rc = store_rule_get(&c->st, m->rule, &r);
    if (rc > 0)
      return error("unknown rule '%s'%s (see 'pubrec rules')", m->rule, hint_rule(&c->st, m->rule));
    if (rc < 0)
      return -1;
    int needs_days = r.count < 0 && strcmp(r.unit, "none") != 0;
    rule_row_release(&r);
    if (needs_days && m->days < 0)
      return error("rule '%s' takes the period the document states: add --days N", m->rule);
  }
  /* Parents must exist before anything is written. */
  int64_t *parent_ids = xcalloc(a->nparents + 1, sizeof *parent_ids);
  struct matter parent;
  for (size_t i = 0; i < a->nparents; i++) {
    int rc = store_matter_get(&c->st, a->parents[i], &parent);
    if (rc != 0) {
      if (rc > 0)
        error("unknown reference '%s' for --parent (see 'pubrec list')", a->parents[i]);
      goto done;
    }
    parent_ids[i] = parent.id;
    matter_release(&parent);
  }

  char uuid[37];
  if (uuid_v4(uuid) != 0) {
    error("cannot read /dev/urandom to make a UUID");
    goto done;
  }
  m->uuid = xstrdup(uuid);
  int year = atoi(m->trigger_date);
  if (store_next_ref(&c->st, &m->ref, kind_prefix(m->kind), year) != 0)
    goto done;
  m->status = xstrdup("open");
  if (store_matter_insert(&c->st, m) != 0)
    goto done;
  char *what = xasprintf("%s %s -> %s", m->kind, m->from_code, m->to_code);
  int rc = store_event_add(&c->st, m->id, m->trigger_date, "created", "status", NULL, "open",
                           a->note ? a->note : what);
  free(what);
  if (rc != 0)
    goto done;
  for (size_t i = 0; i < a->nparents; i++) {
    if (store_parent_add(&c->st, m->id, parent_ids[i]) != 0)
      goto done;
  }
  sc = schedule_new(&c->st);
  if (schedule_update(sc, m, m->trigger_date, "computed when logged", NULL) != 0)
    goto done;
  /* A child continues its parents: an appeal marks them appealed, anything
     else escalated, where the state machine allows it. */
  for (size_t i = 0; i < a->nparents; i++) {
    if (store_matter_get_id(&c->st, parent_ids[i], &parent) != 0)
      goto done;
    const char *to = strcmp(m->kind, "appeal") == 0 ? "appealed" : "escalated";
    if (!status_transition_ok(parent.status, to) &&
        status_transition_ok(parent.status, "escalated"))
      to = "escalated";
    if (status_transition_ok(parent.status, to)) {
      char *note = xasprintf("continued in %s", m->ref);
      rc = store_matter_set_status(&c->st, parent.id, to);
      if (rc == 0)
        rc = store_event_add(&c->st, parent.id, m->trigger_date, "status", "status", parent.status,
                             to, note);
      free(note);
      if (rc != 0) {
        matter_release(&parent);
        goto done;
      }
    }
    matter_release(&parent);
  }
  if (store_deadlines_get(&c->st, m->id, &a->rows, &a->nrows) != 0)
    goto done;
  ret = 0;
done:
  schedule_free(sc);
  free(parent_ids);
  return ret;
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

  int nbasis = !!opt_get(&p, "rule") + !!opt_get(&p, "due") + opt_has(&p, "no-deadline");
  if (nbasis > 1 || (opt_get(&p, "due") && opt_get(&p, "days"))) {
    rc = usage_error("give the deadline one way: --rule CODE (with --days N if the rule takes "
                     "the stated period), --days N, --due DATE or --no-deadline");
    goto done;
  }
  if (nbasis == 0 && !opt_get(&p, "days")) {
    rc = usage_error("missing the deadline: --rule CODE, --days N, --due DATE or --no-deadline "
                     "(see 'pubrec rules')");
    goto done;
  }
  if (opt_get(&p, "rule"))
    m->rule = xstrdup(opt_get(&p, "rule"));
  if ((rc = opt_int(&p, "days", 0, 3650, -1, &m->days)) != 0)
    goto done;
  if (opt_get(&p, "due")) {
    if (dl_parse_date(opt_get(&p, "due"), &d) != 0) {
      rc = usage_error("invalid date '%s' for --due (want YYYY-MM-DD, a real date)",
                       opt_get(&p, "due"));
      goto done;
    }
    if (strcmp(opt_get(&p, "due"), m->trigger_date) < 0) {
      rc = usage_error("--due %s is before the trigger date %s", opt_get(&p, "due"),
                       m->trigger_date);
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

  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_add, &a)) != 0)
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
