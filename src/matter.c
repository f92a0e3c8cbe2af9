/*
** matter.c — the lifecycle layer (see matter.h): every change to a matter,
** its clock and its history, in one place.
*/
#include "matter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "rulecheck.h"
#include "hint.h"
#include "util.h"

void life_init(struct life *l, struct store *st, const char *today)
{
  l->st = st;
  l->sc = schedule_new(st);
  l->today = today;
}

void life_release(struct life *l)
{
  schedule_free(l->sc);
  l->sc = NULL;
}

void outcome_release(struct outcome *o)
{
  if (!o)
    return;
  free(o->ref);
  free(o->status_before);
  free(o->status_after);
  free(o->due_before);
  free(o->due_after);
  memset(o, 0, sizeof *o);
}

static char *dup_or_null(const char *s)
{
  return s ? xstrdup(s) : NULL;
}

static void set_str(char **slot, const char *v)
{
  char *copy = dup_or_null(v);
  free(*slot);
  *slot = copy;
}

/* ---- loading and checking --------------------------------------------- */

/* Any matter, voided or not. */
static int load_any(struct life *l, const char *ref, struct matter *m)
{
  int rc = store_matter_get(l->st, ref, m);
  if (rc > 0)
    return error("unknown reference '%s' (see 'pubrec list')", ref);
  return rc < 0 ? -1 : 0;
}

/* A matter that stands: a voided one changes only by unvoid (and notes). */
static int load(struct life *l, const char *ref, struct matter *m)
{
  if (load_any(l, ref, m) != 0)
    return -1;
  if (m->voided) {
    error("%s was voided on %s (entered by mistake): 'pubrec unvoid %s --note WHY' first", m->ref,
          m->voided, m->ref);
    matter_release(m);
    return -1;
  }
  return 0;
}

/* An event of m dated on: not before the matter began, not in the future. */
static int check_on(const struct life *l, const struct matter *m, const char *on)
{
  dl_day d;
  if (!on || dl_parse_date(on, &d) != 0)
    return usage_error("invalid date '%s' (want YYYY-MM-DD, a real date)", on ? on : "");
  if (strcmp(on, m->trigger_date) < 0)
    return error("%s is before %s was served or received (%s)", on, m->ref, m->trigger_date);
  if (l->today && strcmp(on, l->today) > 0)
    return error("%s is after today (%s): record what has happened, when it happens", on, l->today);
  return 0;
}

static int bad_transition(const char *ref, const char *from, const char *to)
{
  char allowed[256];
  status_allowed(allowed, sizeof allowed, from);
  return error("cannot change %s from '%s' to '%s': from '%s' the allowed statuses are %s", ref,
               from, to, from, allowed);
}

static void begin_outcome(struct outcome *out, const struct matter *m)
{
  if (!out)
    return;
  outcome_release(out);
  out->ref = xstrdup(m->ref);
  out->status_before = xstrdup(m->status);
  out->due_before = dup_or_null(m->due);
}

/* Fill the outcome's "after" side from the stored matter. */
static int end_outcome(struct life *l, struct outcome *out, int64_t id)
{
  if (!out)
    return 0;
  struct matter m;
  if (store_matter_get_id(l->st, id, &m) != 0)
    return -1;
  set_str(&out->status_after, m.status);
  set_str(&out->due_after, m.due);
  matter_release(&m);
  return 0;
}

/* ---- the primitives every operation is built from ---------------------- */

/* Move m to status `to`, with its history row. */
static int write_status(struct life *l, struct matter *m, const char *to, const char *on,
                        const char *note)
{
  if (strcmp(m->status, to) == 0)
    return 0;
  if (store_matter_set_status(l->st, m->id, to) != 0 ||
      store_event_add(l->st, m->id, on, "status", "status", m->status, to, note) != 0)
    return -1;
  set_str(&m->status, to);
  return 0;
}

/* Make the stored clock what the status and the first determination say
   (model.c's status_clock); a change writes a history row of `kind`. */
static int sync_clock(struct life *l, struct matter *m, const char *on, const char *kind,
                      const char *note, const char *stored_answered)
{
  /* A voided matter's clock is stopped: it is on no agenda. */
  const char *clock = m->voided ? "stopped" : status_clock(m->status, m->answered != NULL);
  int clock_changed = !m->clock || strcmp(clock, m->clock) != 0;
  int answered_changed = (stored_answered == NULL) != (m->answered == NULL) ||
                         (m->answered && strcmp(stored_answered, m->answered) != 0);
  if (!clock_changed && !answered_changed)
    return 0;
  if (store_matter_set_clock(l->st, m->id, clock, m->answered) != 0)
    return -1;
  if (clock_changed && store_event_add(l->st, m->id, on, kind, "clock", m->clock, clock, note) != 0)
    return -1;
  set_str(&m->clock, clock);
  return 0;
}

/* Recompute m's deadlines (its row is re-read: the clock and dates changed). */
static int recompute(struct life *l, int64_t id, const char *on, const char *reason, int *moved)
{
  struct matter m;
  if (store_matter_get_id(l->st, id, &m) != 0)
    return -1;
  int rc = schedule_update(l->sc, &m, on, reason, moved);
  matter_release(&m);
  return rc;
}

static int edits; /* fields write_field changed since the operation began */

static int write_field(struct life *l, struct matter *m, enum matter_field f, const char *name,
                       char **slot, const char *value, const char *on, const char *note)
{
  if ((*slot == NULL && value == NULL) || (*slot && value && strcmp(*slot, value) == 0))
    return 0;
  edits++;
  if (store_matter_set_text(l->st, m->id, f, value) != 0 ||
      store_event_add(l->st, m->id, on, "edit", name, *slot, value, note) != 0)
    return -1;
  set_str(slot, value);
  return 0;
}

static int add_response(struct life *l, const struct matter *m, const char *kind, const char *on,
                        int pages, const char *note, const char *detail)
{
  char *summary = pages >= 0 ? xasprintf("%s (%d page%s)", kind, pages, pages == 1 ? "" : "s")
                  : detail   ? xasprintf("%s (%s)", kind, detail)
                             : NULL;
  int rc = store_response_add(l->st, m->id, kind, on, pages, note);
  if (rc == 0)
    rc = store_event_add(l->st, m->id, on, "response", "response", NULL, summary ? summary : kind,
                         note);
  free(summary);
  return rc;
}

/* ---- creating and linking ---------------------------------------------- */

/* Agencies and rules are read through the life's schedule, once per command
   (an import names the same few in every row). */
static int resolve_agency(struct life *l, const char *code, int64_t *id)
{
  const struct agency *a;
  int rc = schedule_agency(l->sc, code, &a);
  if (rc > 0)
    return error("unknown agency '%s'%s (see 'pubrec agency list', or add it with 'pubrec "
                 "agency add %s NAME')",
                 code, hint_agency(l->st, code), code);
  if (rc < 0)
    return -1;
  *id = a->id;
  return 0;
}

/* A matter is answered by an agency, never by a requester who is a person. */
static int check_answering_party(struct life *l, const char *code)
{
  const struct agency *a;
  if (schedule_agency(l->sc, code, &a) != 0)
    return -1;
  int person = a->kind && strcmp(a->kind, "person") == 0;
  if (person)
    return error("'%s' is a requester who is a person: --to names the agency that must answer "
                 "(see 'pubrec agency list')",
                 code);
  return 0;
}

/* The deadline is given one way: a rule (with --days only when the rule
   takes the period the document states), a stated period, a stated date,
   or none. */
static int check_basis(struct life *l, const struct matter *m)
{
  if (m->due_stated && (m->rule || m->days >= 0))
    return usage_error("give the deadline one way: --due DATE states the date, so --rule and "
                       "--days do not apply");
  if (m->due_stated && strcmp(m->due_stated, m->trigger_date) < 0)
    return usage_error("--due %s is before the trigger date %s", m->due_stated, m->trigger_date);
  if (!m->rule)
    return 0;
  const struct rule_row *r;
  int rc = schedule_rule(l->sc, m->rule, &r);
  if (rc > 0)
    return error("unknown rule '%s'%s (see 'pubrec rules')", m->rule, hint_rule(l->st, m->rule));
  if (rc < 0)
    return -1;
  int takes_stated = r->count < 0 && strcmp(r->unit, "none") != 0;
  if (takes_stated && m->days < 0)
    rc = usage_error("rule '%s' takes the period the document states: add --%s N", m->rule,
                     strcmp(r->unit, "months") == 0 ? "months" : "days");
  else if (!takes_stated && m->days >= 0)
    rc = usage_error("rule '%s' sets its own period (%s); --days and --months apply only to "
                     "rules that take the period the document states",
                     m->rule, r->count >= 0 ? "see 'pubrec rules show'" : "none");
  return rc;
}

/* Continue parent (a matter) in child: appealed for an appeal, else
   escalated, where the state machine allows it. */
static int continue_parent(struct life *l, struct matter *parent, const struct matter *child,
                           const char *on)
{
  const char *to = strcmp(child->kind, "appeal") == 0 ? "appealed" : "escalated";
  if (!status_transition_ok(parent->status, to) &&
      status_transition_ok(parent->status, "escalated"))
    to = "escalated";
  if (!status_transition_ok(parent->status, to))
    return 0;
  char *note = xasprintf("continued in %s", child->ref);
  char *answered = dup_or_null(parent->answered);
  int rc = write_status(l, parent, to, on, note);
  if (rc == 0)
    rc = sync_clock(l, parent, on, "clock", note, answered);
  free(answered);
  free(note);
  return rc;
}

int matter_link_parent(struct life *l, const struct matter *child, const char *parent_ref,
                       const char *on)
{
  struct matter parent;
  int rc = store_matter_get(l->st, parent_ref, &parent);
  if (rc > 0)
    return error("unknown reference '%s' for --parent (see 'pubrec list')", parent_ref);
  if (rc < 0)
    return -1;
  if (parent.id == child->id)
    rc = error("%s cannot continue itself", child->ref);
  else if (store_parent_add(l->st, child->id, parent.id) != 0)
    rc = -1;
  else
    rc = continue_parent(l, &parent, child, on);
  matter_release(&parent);
  return rc;
}

int matter_create(struct life *l, struct matter *m, const char *const *parents, size_t nparents,
                  const char *note)
{
  dl_day d;
  if (dl_parse_date(m->trigger_date, &d) != 0)
    return usage_error("invalid date '%s' (want YYYY-MM-DD, a real date)", m->trigger_date);
  if (l->today && strcmp(m->trigger_date, l->today) > 0)
    return error("the trigger date %s is after today (%s): log a matter once it is served or "
                 "received",
                 m->trigger_date, l->today);
  if (resolve_agency(l, m->from_code, &m->from_id) != 0 ||
      resolve_agency(l, m->to_code, &m->to_id) != 0)
    return -1;
  if (m->from_id == m->to_id)
    return error("--from and --to name the same agency '%s'", m->from_code);
  if (check_answering_party(l, m->to_code) != 0)
    return -1;
  int rc = check_basis(l, m);
  if (rc != 0)
    return rc;
  /* Parents must exist before anything is written. */
  for (size_t i = 0; i < nparents; i++) {
    struct matter parent;
    rc = store_matter_get(l->st, parents[i], &parent);
    if (rc > 0)
      return error("unknown reference '%s' for --parent (see 'pubrec list')", parents[i]);
    if (rc < 0)
      return -1;
    matter_release(&parent);
  }
  char uuid[37];
  if (uuid_v4(uuid) != 0)
    return error("cannot read random bytes (getrandom) to make a UUID");
  set_str(&m->uuid, uuid);
  free(m->ref);
  m->ref = NULL;
  if (store_next_ref(l->st, &m->ref, kind_prefix(m->kind), atoi(m->trigger_date)) != 0)
    return -1;
  set_str(&m->status, "open");
  set_str(&m->clock, status_clock("open", 0));
  if (store_matter_insert(l->st, m) != 0)
    return -1;
  char *what = xasprintf("%s %s -> %s", m->kind, m->from_code, m->to_code);
  rc = store_event_add(l->st, m->id, m->trigger_date, "created", "status", NULL, "open",
                       note ? note : what);
  free(what);
  if (rc != 0)
    return -1;
  if (recompute(l, m->id, m->trigger_date, "computed when logged", NULL) != 0)
    return -1;
  for (size_t i = 0; i < nparents; i++)
    if (matter_link_parent(l, m, parents[i], m->trigger_date) != 0)
      return -1;
  return 0;
}

int matter_default_rule(struct life *l, const char *kind, const char *to_code, char **rule)
{
  *rule = NULL;
  struct agency a;
  int rc = store_agency_get(l->st, to_code, &a);
  if (rc > 0)
    return error("unknown agency '%s' (add it with 'pubrec agency add %s NAME', or see "
                 "'pubrec agency list')",
                 to_code, to_code);
  if (rc < 0)
    return -1;
  char *calendar = NULL;
  if (strcmp(kind, "request") != 0)
    rc = usage_error("missing the deadline: --rule CODE, --days N, --due DATE or --no-deadline "
                     "(a %s's deadline is what it states; see 'pubrec rules')",
                     kind);
  else if (!a.jurisdiction)
    rc = usage_error("missing the deadline: --rule CODE, --days N, --due DATE or --no-deadline "
                     "(agency %s has no jurisdiction to choose its default rule: 'pubrec agency "
                     "set %s --jurisdiction us-XX', or see 'pubrec jurisdictions')",
                     a.code, a.code);
  else if ((rc = schedule_jurisdiction(l->st, a.jurisdiction, rule, &calendar)) == 0 && !*rule)
    rc = usage_error("missing the deadline: --rule CODE, --days N, --due DATE or --no-deadline "
                     "(jurisdiction '%s' of agency %s has no default rule; see 'pubrec rules "
                     "--jurisdiction %s')",
                     a.jurisdiction, a.code, a.jurisdiction);
  free(calendar);
  agency_release(&a);
  return rc;
}

/* ---- status ------------------------------------------------------------ */

/* Why `to` cannot be entered by a plain status change, or NULL. */
static int refuse_by_operation(const struct matter *m, const char *to)
{
  if (strcmp(to, "tolled") == 0)
    return error("the clock pauses only through 'pubrec toll %s --on DATE' (or 'pubrec respond "
                 "%s --kind clarification'), which also counts the days used",
                 m->ref, m->ref);
  if (strcmp(to, "extended") == 0)
    return error("an extension moves the due date: use 'pubrec extend %s [--days N] --on DATE'",
                 m->ref);
  if (strcmp(m->status, "tolled") == 0 && status_is_open(to))
    return error("%s is tolled: its clock restarts only through 'pubrec resume %s --on DATE'",
                 m->ref, m->ref);
  if (!status_is_open(m->status) && strcmp(to, "open") == 0)
    return error("reopening %s needs the new clock: 'pubrec reopen %s --due DATE' (the date now "
                 "stated) or 'pubrec reopen %s --received DATE' (the rule's period restarts)",
                 m->ref, m->ref, m->ref);
  return 0;
}

int matter_set_status(struct life *l, const char *ref, const char *status, const char *on,
                      const char *note, struct outcome *out)
{
  struct matter m;
  if (!status_valid(status))
    return usage_error("unknown status '%s'%s (want one of: %s)", status, hint_status(status, NULL),
                       status_names(STATUS_ALL));
  if (load(l, ref, &m) != 0)
    return -1;
  int rc;
  char *answered = dup_or_null(m.answered);
  begin_outcome(out, &m);
  if (strcmp(m.status, status) == 0)
    rc = error("%s is already '%s'", m.ref, m.status);
  else if ((rc = refuse_by_operation(&m, status)) != 0)
    ;
  else if (!status_transition_ok(m.status, status))
    rc = bad_transition(m.ref, m.status, status);
  else if ((rc = check_on(l, &m, on)) != 0)
    ;
  else {
    if (status_is_determination(status) && !m.answered)
      m.answered = xstrdup(on);
    rc = write_status(l, &m, status, on, note);
    if (rc == 0)
      rc = sync_clock(l, &m, on, "clock", note, answered);
    if (rc == 0)
      rc = end_outcome(l, out, m.id);
  }
  free(answered);
  matter_release(&m);
  return rc;
}

/* ---- responses ----------------------------------------------------------- */

int matter_respond(struct life *l, const char *ref, const struct response_in *in,
                   struct outcome *out)
{
  const struct response_def *def = response_find(in->kind);
  if (!def)
    return usage_error("unknown response kind '%s' (want one of: %s)", in->kind, response_names());
  if (strcmp(def->name, "extension") == 0)
    return matter_extend(l, ref, in->days, in->on, in->note, in->late, out);
  if (strcmp(def->name, "clarification") == 0)
    return matter_toll(l, ref, in->on, in->note, out);
  struct matter m;
  if (load(l, ref, &m) != 0)
    return -1;
  char *answered = dup_or_null(m.answered);
  begin_outcome(out, &m);
  int rc = check_on(l, &m, in->on);
  const char *implied = def->status;
  if (rc == 0 && implied && strcmp(implied, m.status) != 0) {
    if (!status_transition_ok(m.status, implied) ||
        (strcmp(m.status, "tolled") == 0 && status_is_open(implied))) {
      if (!status_is_open(m.status))
        rc = bad_transition(m.ref, m.status, implied);
      implied = NULL; /* e.g. an acknowledgement after an extension: no status change */
    }
  }
  if (rc == 0)
    rc = add_response(l, &m, def->name, in->on, in->pages, in->note, NULL);
  if (rc == 0 && def->determination && !m.answered)
    m.answered = xstrdup(in->on);
  if (rc == 0 && implied)
    rc = write_status(l, &m, implied, in->on, in->note);
  if (rc == 0)
    rc = sync_clock(l, &m, in->on, "clock", in->note, answered);
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  free(answered);
  matter_release(&m);
  return rc;
}

/* ---- the clock: extend, toll, resume, reopen ----------------------------- */

/* A matter whose clock can move: open, running. */
static int load_running(struct life *l, const char *ref, struct matter *m, const char *what)
{
  if (load(l, ref, m) != 0)
    return -1;
  int rc = 0;
  if (!status_is_open(m->status))
    rc = error("%s is %s (closed): reopen it first with 'pubrec reopen %s'", m->ref, m->status,
               m->ref);
  else if (strcmp(m->clock, "paused") == 0)
    rc = error("%s is already tolled (waiting on the requester): resume it first with 'pubrec "
               "resume %s --on DATE'",
               m->ref, m->ref);
  else if (strcmp(m->clock, "stopped") == 0)
    rc = error("%s was answered on %s: its response deadline is met, there is no clock to %s",
               m->ref, m->answered ? m->answered : "an earlier date", what);
  if (rc != 0)
    matter_release(m);
  return rc;
}

/* The extension the rule allows (C4), checked by rulecheck.c, the one place
   that knows a rule's cap. *days: requested, -1 for what is left of the cap;
   *unit: the unit they count in. */
static int check_extension(struct life *l, const struct matter *m, int *days, const char **unit)
{
  int total = 0, count = 0;
  *unit = "days";
  if (store_extension_total(l->st, m->id, m->clock_start, &total, &count) != 0)
    return -1;
  if (!m->rule) {
    if (*days <= 0)
      return usage_error("give the extension as --days N (%s has no rule with a set extension)",
                         m->ref);
    return 0;
  }
  struct rule_row r;
  if (store_rule_get(l->st, m->rule, &r) != 0)
    return error("%s names an unknown rule '%s'", m->ref, m->rule);
  char why[512];
  int rc = 0;
  *unit = strcmp(rule_ext_unit(&r), "calendar") == 0 ? "calendar days" : "working days";
  if (rule_extension_check(&r, count, total, *days, why, sizeof why) != 0)
    rc = error("%s: %s", m->ref, why);
  else if (*days < 0 && (*days = rule_extension_default(&r, total)) <= 0)
    rc = error("%s: rule '%s' sets no cap on its extension: give it as --days N (%s)", m->ref,
               r.code, r.citation);
  rule_row_release(&r);
  return rc;
}

/* The days of an extension that ends on `to` (extend --to DATE): the rule's
   extension unit counted from the due date now, through the engine
   (dl_extension_to), within what is left of the rule's cap. Refused when no
   extension is allowed, when `to` is not after the due date, when it passes the
   cap (naming the latest date allowed) or when no whole number of days ends on
   it. */
static int days_to(struct life *l, const struct matter *m, const char *to, int *days)
{
  dl_day target;
  if (dl_parse_date(to, &target) != 0)
    return usage_error("invalid date '%s' for --to (want YYYY-MM-DD, a real date)", to);
  if (!m->rule)
    return usage_error("give the extension as --days N (%s has no rule to count --to in)", m->ref);
  struct rule_row r;
  if (store_rule_get(l->st, m->rule, &r) != 0)
    return error("%s names an unknown rule '%s'", m->ref, m->rule);
  int total = 0, count = 0, rc = 0;
  char why[512];
  const char *unit = strcmp(rule_ext_unit(&r), "calendar") == 0 ? "calendar" : "working";
  /* The cap's own message where nothing is left to search (no extension, no more). */
  if (store_extension_total(l->st, m->id, m->clock_start, &total, &count) != 0)
    rc = -1;
  else if ((r.max_ext <= 0 || count >= r.max_ext) &&
           rule_extension_check(&r, count, total, 1, why, sizeof why) != 0)
    rc = error("%s: %s", m->ref, why);
  if (rc != 0) {
    rule_row_release(&r);
    return rc;
  }
  int max_n = r.ext_days < 0 ? 3650 : (r.ext_days > total ? r.ext_days - total : 0);
  struct matter_plan plan;
  struct dl_to res;
  if (schedule_plan(l->sc, m, &plan) != 0)
    rc = -1;
  else if (!plan.has_rule || plan.stated || plan.rule.unit == DL_NONE)
    rc = error("%s has no computed due date to extend (rule '%s' sets none)", m->ref, r.code);
  else {
    int status =
        schedule_extension_to(l->sc, &res, &plan.rule, &plan.input, plan.cal, target, max_n);
    if (status == DL_TOLLED)
      rc = error("%s is tolled: resume it first", m->ref);
    else if (status != DL_OK)
      rc = status == DL_NO_CALENDAR ? -1
                                    : error("%s: the due date cannot be computed for --to %s "
                                            "(check its dates and tolls)",
                                            m->ref, to);
  }
  if (rc == 0) {
    char due[11], a[11], b[11];
    dl_format_date(due, res.due);
    dl_format_date(a, res.below);
    dl_format_date(b, res.above);
    if (res.status == DL_TO_NOT_AFTER)
      rc = error("%s: --to %s is not after the due date %s: an extension moves it later", m->ref,
                 to, due);
    else if (res.status == DL_TO_BEYOND)
      rc = error("%s: --to %s is past what rule '%s' allows (%s): at most %d %s day%s of "
                 "extension in all, %d already granted; the latest date it allows is %s",
                 m->ref, to, r.code, r.citation, r.ext_days, unit, r.ext_days == 1 ? "" : "s",
                 total, a);
    else if (res.status == DL_TO_BETWEEN && res.n == 1)
      rc = error("%s: no whole number of %s days from the due date %s ends on %s (rule '%s'; "
                 "calendar %s): the nearest date is %s",
                 m->ref, unit, due, to, r.code, plan.calendar, b);
    else if (res.status == DL_TO_BETWEEN)
      rc = error("%s: no whole number of %s days from the due date %s ends on %s (rule '%s'; "
                 "calendar %s): the nearest dates are %s and %s",
                 m->ref, unit, due, to, r.code, plan.calendar, a, b);
    else
      *days = res.n;
  }
  rule_row_release(&r);
  return rc;
}

/* extend (C4), by days (days_in; -1: the rule's) or to a date (to). */
static int extend(struct life *l, const char *ref, int days_in, const char *to, const char *on,
                  const char *note, int late, struct outcome *out)
{
  struct matter m;
  if (load_running(l, ref, &m, "extend") != 0)
    return -1;
  begin_outcome(out, &m);
  const char *unit = "days";
  int days = days_in;
  int rc = check_on(l, &m, on);
  if (rc == 0 && m.due_stated)
    rc = error("%s has the return date its document states (%s): record a new date with "
               "'pubrec reopen' or a new matter, or extend a rule-based matter",
               m.ref, m.due_stated);
  if (rc == 0 && to)
    rc = days_to(l, &m, to, &days);
  if (rc == 0)
    rc = check_extension(l, &m, &days, &unit);
  int is_late = rc == 0 && m.due && strcmp(on, m.due) > 0;
  if (is_late && !late)
    rc = error("the period of %s ran out on %s: an extension is given before it ends (C.R.S. "
               "24-72-203(3)(b); 5 U.S.C. 552(a)(6)(B)(i)); add --late to record it anyway, "
               "keeping the miss",
               m.ref, m.due);
  char *detail = xasprintf("+%d %s%s%s%s", days, unit, to ? " to " : "", to ? to : "",
                           is_late ? ", late" : "");
  if (rc == 0)
    rc = store_extension_add(l->st, m.id, days, on, note, is_late);
  if (rc == 0)
    rc = add_response(l, &m, "extension", on, -1, note, detail);
  if (rc == 0 && is_late && !m.missed)
    rc = write_field(l, &m, MF_MISSED, "missed", &m.missed, m.due, on, note);
  if (rc == 0 && status_transition_ok(m.status, "extended"))
    rc = write_status(l, &m, "extended", on, note);
  if (rc == 0) {
    char *reason = xasprintf("extended by %s%s%s", detail, note ? ": " : "", note ? note : "");
    rc = recompute(l, m.id, on, reason, out ? &out->moved : NULL);
    free(reason);
  }
  if (rc == 0 && to) {
    /* The engine found the days from the same plan the recomputation used. */
    struct matter after;
    if ((rc = store_matter_get_id(l->st, m.id, &after)) == 0) {
      if (!after.due || strcmp(after.due, to) != 0)
        rc = error("BUG: extending %s to %s gave %s", m.ref, to, after.due ? after.due : "none");
      matter_release(&after);
    }
  }
  if (rc == 0 && out)
    out->ext_days = days;
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  free(detail);
  matter_release(&m);
  return rc;
}

int matter_extend(struct life *l, const char *ref, int days, const char *on, const char *note,
                  int late, struct outcome *out)
{
  return extend(l, ref, days, NULL, on, note, late, out);
}

int matter_extend_to(struct life *l, const char *ref, const char *to, const char *on,
                     const char *note, int late, struct outcome *out)
{
  return extend(l, ref, -1, to, on, note, late, out);
}

int matter_toll(struct life *l, const char *ref, const char *on, const char *note,
                struct outcome *out)
{
  struct matter m;
  if (load_running(l, ref, &m, "pause") != 0)
    return -1;
  begin_outcome(out, &m);
  char *answered = dup_or_null(m.answered);
  int rc = check_on(l, &m, on);
  if (rc == 0 && (m.due_stated || !m.rule))
    rc = error("%s has no rule-based period to toll (its date is what the document states)", m.ref);
  if (rc == 0) {
    struct rule_row r;
    if (store_rule_get(l->st, m.rule, &r) != 0) {
      rc = error("%s names an unknown rule '%s'", m.ref, m.rule);
    } else {
      if (strcmp(r.unit, "working") != 0)
        rc = error("%s follows rule '%s', which counts calendar days: only working-day periods "
                   "toll (5 U.S.C. 552(a)(6)(A)(ii))",
                   m.ref, m.rule);
      rule_row_release(&r);
    }
  }
  if (rc == 0 && m.due && strcmp(on, m.due) > 0)
    rc = error("the period of %s ran out on %s: a request for clarification sent on %s cannot "
               "pause it",
               m.ref, m.due, on);
  if (rc == 0)
    rc = add_response(l, &m, "clarification", on, -1, note, NULL);
  if (rc == 0)
    rc = store_toll_add(l->st, m.id, on, note);
  if (rc == 0)
    rc = write_status(l, &m, "tolled", on, note);
  if (rc == 0)
    rc = sync_clock(l, &m, on, "toll", note, answered);
  if (rc == 0)
    rc = recompute(l, m.id, on, "clock paused awaiting the requester", out ? &out->moved : NULL);
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  free(answered);
  matter_release(&m);
  return rc;
}

/* The status m had before its clock paused. */
static char *status_before_toll(struct life *l, const struct matter *m)
{
  struct event_row *e = NULL;
  size_t ne = 0;
  char *back = NULL;
  if (store_events(l->st, m->id, &e, &ne) == 0) {
    for (size_t i = ne; i-- > 0;) {
      if (strcmp(e[i].kind, "status") == 0 && e[i].new_value &&
          strcmp(e[i].new_value, "tolled") == 0) {
        if (e[i].old_value && status_is_open(e[i].old_value) &&
            status_transition_ok("tolled", e[i].old_value))
          back = xstrdup(e[i].old_value);
        break;
      }
    }
  }
  store_events_free(e, ne);
  return back ? back : xstrdup("open");
}

int matter_resume(struct life *l, const char *ref, const char *on, const char *note,
                  struct outcome *out)
{
  struct matter m;
  if (load(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  char *answered = dup_or_null(m.answered), *sent = NULL, *back = NULL;
  int rc = 0;
  if (strcmp(m.clock, "paused") != 0)
    rc = error("%s is not tolled (it is %s; its clock is %s)", m.ref, m.status, m.clock);
  else if ((rc = check_on(l, &m, on)) != 0)
    ;
  else if ((rc = store_toll_open(l->st, m.id, &sent)) != 0)
    ;
  else if (!sent)
    rc = error("%s has no open tolling period to end (see 'pubrec log %s')", m.ref, m.ref);
  else if (strcmp(on, sent) < 0)
    rc = error("%s is before the clock was paused (%s)", on, sent);
  if (rc == 0) {
    back = status_before_toll(l, &m);
    rc = store_toll_resume(l->st, m.id, on);
  }
  if (rc == 0)
    rc = write_status(l, &m, back, on, note);
  if (rc == 0)
    rc = sync_clock(l, &m, on, "resume", note, answered);
  if (rc == 0)
    rc = recompute(l, m.id, on, "clock resumed: the reply received is the new day 0",
                   out ? &out->moved : NULL);
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  free(sent);
  free(back);
  free(answered);
  matter_release(&m);
  return rc;
}

int matter_reopen(struct life *l, const char *ref, const char *on, const char *due,
                  const char *received, const char *note, struct outcome *out)
{
  struct matter m;
  if (!due == !received)
    return usage_error("reopening needs the new clock: --due DATE (the date now stated) or "
                       "--received DATE (the rule's period restarts), one of them");
  if (load(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  char *answered = dup_or_null(m.answered);
  int rc = 0;
  dl_day d;
  if (status_is_open(m.status))
    rc = error("%s is %s (open): only a closed matter reopens", m.ref, m.status);
  else if ((rc = check_on(l, &m, on)) != 0)
    ;
  else if (due && dl_parse_date(due, &d) != 0)
    rc = usage_error("invalid date '%s' for --due (want YYYY-MM-DD, a real date)", due);
  else if (due && strcmp(due, on) < 0)
    rc = error("--due %s is before the reopening (%s)", due, on);
  else if (received && (rc = check_on(l, &m, received)) != 0)
    ;
  else if (received && !m.rule && m.days < 0)
    rc = error("%s has no period to restart (its date is what the document states): give --due "
               "DATE",
               m.ref);
  if (rc == 0 && due)
    rc = write_field(l, &m, MF_DUE_STATED, "due_stated", &m.due_stated, due, on, note);
  if (rc == 0 && received) {
    rc = write_field(l, &m, MF_DUE_STATED, "due_stated", &m.due_stated, NULL, on, note);
    if (rc == 0)
      rc = write_field(l, &m, MF_CLOCK_START, "clock_start", &m.clock_start, received, on, note);
  }
  if (rc == 0) {
    free(m.answered);
    m.answered = NULL;
    rc = write_status(l, &m, "open", on, note);
  }
  if (rc == 0)
    rc = sync_clock(l, &m, on, "clock", note, answered);
  if (rc == 0)
    rc = recompute(l, m.id, on,
                   due ? "reopened with the date now stated"
                       : "reopened: the rule's period restarts",
                   out ? &out->moved : NULL);
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  free(answered);
  matter_release(&m);
  return rc;
}

/* ---- corrections: edit, void, retract, note ------------------------------ */

static int agency_by_code(struct life *l, const char *code, struct agency *a)
{
  int rc = store_agency_get(l->st, code, a);
  if (rc > 0)
    return error("unknown agency '%s'%s (see 'pubrec agency list')", code,
                 hint_agency(l->st, code));
  return rc < 0 ? -1 : 0;
}

/* The earliest response of m still standing, or NULL; caller frees. */
static int first_response(struct life *l, const struct matter *m, char **on)
{
  struct response_row *r = NULL;
  size_t n = 0;
  *on = NULL;
  if (store_responses(l->st, m->id, &r, &n) != 0)
    return -1;
  for (size_t i = 0; i < n && !*on; i++)
    if (!r[i].retracted)
      *on = xstrdup(r[i].on_date);
  store_responses_free(r, n);
  return 0;
}

int matter_edit(struct life *l, const char *ref, const struct edit_in *in, struct outcome *out)
{
  struct matter m;
  if (!in->note || !*in->note)
    return usage_error("an edit needs --note WHY (it is kept in the history)");
  if (load(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  int rc = 0;
  const char *on = l->today;
  char *first = NULL;
  struct agency from = {0}, to = {0};
  /* Check everything before writing anything. */
  if (in->from && (rc = agency_by_code(l, in->from, &from)) != 0)
    goto done;
  if (in->to &&
      ((rc = agency_by_code(l, in->to, &to)) != 0 || (rc = check_answering_party(l, in->to)) != 0))
    goto done;
  int64_t from_id = in->from ? from.id : m.from_id, to_id = in->to ? to.id : m.to_id;
  if (from_id == to_id) {
    rc = error("--from and --to would name the same agency");
    goto done;
  }
  if (in->trigger_date) {
    dl_day d;
    if (dl_parse_date(in->trigger_date, &d) != 0) {
      rc = usage_error("invalid date '%s' (want YYYY-MM-DD, a real date)", in->trigger_date);
      goto done;
    }
    if (strcmp(in->trigger_date, l->today) > 0) {
      rc = error("the trigger date %s is after today (%s)", in->trigger_date, l->today);
      goto done;
    }
    if ((rc = first_response(l, &m, &first)) != 0)
      goto done;
    if (first && strcmp(in->trigger_date, first) > 0) {
      rc = error("%s answered on %s: the trigger date cannot be after a recorded response", m.ref,
                 first);
      goto done;
    }
  }
  /* The new deadline basis, one way (as add). */
  struct matter basis = {0};
  basis.trigger_date = in->trigger_date ? (char *)in->trigger_date : m.trigger_date;
  basis.rule = in->rule_given ? (char *)in->rule : m.rule;
  basis.days = in->days_given ? in->days : m.days;
  basis.due_stated = in->due_given ? (char *)in->due : m.due_stated;
  if (in->rule_given && !in->days_given)
    basis.days = -1;
  if (in->rule_given || in->days_given)
    basis.due_stated = in->due_given ? (char *)in->due : NULL;
  if (in->due_given) {
    basis.rule = NULL;
    basis.days = -1;
  }
  if (in->days_given && !in->rule_given && m.rule) {
    /* --days alone keeps a rule that takes the stated period, else replaces it. */
    struct rule_row r;
    if (store_rule_get(l->st, m.rule, &r) == 0) {
      if (r.count >= 0)
        basis.rule = NULL;
      rule_row_release(&r);
    }
  }
  if ((in->rule_given || in->days_given || in->due_given || in->trigger_date) &&
      (rc = check_basis(l, &basis)) != 0)
    goto done;

  edits = 0;
  if (in->subject &&
      (rc = write_field(l, &m, MF_SUBJECT, "subject", &m.subject, in->subject, on, in->note)))
    goto done;
  if (in->tracking_given &&
      (rc = write_field(l, &m, MF_TRACKING, "tracking", &m.tracking, in->tracking, on, in->note)))
    goto done;
  if (in->description_given && (rc = write_field(l, &m, MF_DESCRIPTION, "description",
                                                 &m.description, in->description, on, in->note)))
    goto done;
  int before = edits;
  const struct {
    struct agency *a;
    int64_t old_id;
    enum matter_field f;
    const char *name, *old_code;
  } parties[] = {{in->from ? &from : NULL, m.from_id, MF_FROM, "from", m.from_code},
                 {in->to ? &to : NULL, m.to_id, MF_TO, "to", m.to_code}};
  for (size_t i = 0; i < 2; i++) {
    if (!parties[i].a || parties[i].a->id == parties[i].old_id)
      continue;
    char *v = xasprintf("%lld", (long long)parties[i].a->id);
    rc = store_matter_set_text(l->st, m.id, parties[i].f, v);
    free(v);
    if (rc == 0)
      rc = store_event_add(l->st, m.id, on, "edit", parties[i].name, parties[i].old_code,
                           parties[i].a->code, in->note);
    if (rc != 0)
      goto done;
    edits++;
  }
  struct {
    int flag;
    enum matter_field f;
    const char *name;
    char **slot;
    const char *value;
  } fields[] = {
      {in->trigger_date != NULL, MF_TRIGGER_DATE, "trigger_date", &m.trigger_date,
       in->trigger_date},
      {in->trigger_date != NULL, MF_TRIGGER_TIME, "trigger_time", &m.trigger_time,
       in->trigger_time},
      {1, MF_RULE, "rule", &m.rule, basis.rule},
      {1, MF_DUE_STATED, "due_stated", &m.due_stated, basis.due_stated},
  };
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    if (fields[i].flag && (rc = write_field(l, &m, fields[i].f, fields[i].name, fields[i].slot,
                                            fields[i].value, on, in->note)) != 0)
      goto done;
  if (basis.days != m.days) {
    char a[16], b[16];
    snprintf(a, sizeof a, "%d", m.days);
    snprintf(b, sizeof b, "%d", basis.days);
    rc = store_matter_set_text(l->st, m.id, MF_DAYS, basis.days >= 0 ? b : NULL);
    if (rc == 0)
      rc = store_event_add(l->st, m.id, on, "edit", "days", m.days >= 0 ? a : NULL,
                           basis.days >= 0 ? b : NULL, in->note);
    if (rc != 0)
      goto done;
    m.days = basis.days;
    edits++;
  }
  if (edits == 0) {
    rc = error("nothing to change: %s already has those values", m.ref);
    goto done;
  }
  int dates = edits > before; /* a party, the trigger or the deadline's basis changed */
  if (dates && (strcmp(m.clock, "stopped") != 0 || in->recompute)) {
    char *reason = xasprintf("edited: %s", in->note);
    rc = recompute(l, m.id, on, reason, out ? &out->moved : NULL);
    free(reason);
    if (rc != 0)
      goto done;
  }
  rc = end_outcome(l, out, m.id);
done:
  free(first);
  agency_release(&from);
  agency_release(&to);
  matter_release(&m);
  return rc;
}

/* Void (voided = 1) or unvoid a matter: the voided field and the clock. */
static int set_voided(struct life *l, const char *ref, int voided, const char *note,
                      struct outcome *out)
{
  struct matter m;
  if (!note || !*note)
    return usage_error("%s needs --note WHY (it is kept in the history)",
                       voided ? "voiding" : "unvoiding");
  if (load_any(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  char *answered = dup_or_null(m.answered);
  int rc = 0;
  if (voided && m.voided)
    rc = error("%s was already voided on %s", m.ref, m.voided);
  else if (!voided && !m.voided)
    rc = error("%s is not voided", m.ref);
  if (rc == 0)
    rc = write_field(l, &m, MF_VOIDED, "voided", &m.voided, voided ? l->today : NULL, l->today,
                     note);
  if (rc == 0)
    rc = sync_clock(l, &m, l->today, "void", note, answered);
  if (rc == 0 && !voided && strcmp(m.clock, "stopped") != 0)
    rc = recompute(l, m.id, l->today, "unvoided", out ? &out->moved : NULL);
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  free(answered);
  matter_release(&m);
  return rc;
}

int matter_void(struct life *l, const char *ref, const char *note, struct outcome *out)
{
  return set_voided(l, ref, 1, note, out);
}

int matter_unvoid(struct life *l, const char *ref, const char *note, struct outcome *out)
{
  return set_voided(l, ref, 0, note, out);
}

int matter_retract(struct life *l, const char *ref, int n, const char *note, struct outcome *out)
{
  struct matter m;
  if (!note || !*note)
    return usage_error("retracting needs --note WHY (it is kept in the history)");
  if (load(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  struct response_row *r = NULL;
  struct event_row *e = NULL;
  size_t nr = 0, ne = 0;
  char *answered = dup_or_null(m.answered), *what = NULL;
  int rc = store_responses(l->st, m.id, &r, &nr);
  if (rc != 0)
    goto done;
  if (n < 1 || (size_t)n > nr) {
    rc = error("%s has no response %d (it has %zu; see 'pubrec show %s')", m.ref, n, nr, m.ref);
    goto done;
  }
  const struct response_row *x = &r[n - 1];
  const struct response_def *def = response_find(x->kind);
  if (x->retracted) {
    rc = error("response %d of %s (%s on %s) was already retracted on %s", n, m.ref, x->kind,
               x->on_date, x->retracted);
    goto done;
  }
  if (def && (strcmp(def->name, "extension") == 0 || strcmp(def->name, "clarification") == 0)) {
    rc = error("response %d of %s is an %s, which moved the clock: correct the dates with "
               "'pubrec edit %s --due DATE' instead",
               n, m.ref, x->kind, m.ref);
    goto done;
  }
  what = xasprintf("%d: %s on %s", n, x->kind, x->on_date);
  if ((rc = store_response_retract(l->st, x->id, l->today, note)) != 0 ||
      (rc = store_event_add(l->st, m.id, l->today, "retract", "response", what, NULL, note)) != 0)
    goto done;
  /* The status the response brought, if nothing has moved it since. */
  if (def && def->status && strcmp(m.status, def->status) == 0 &&
      (rc = store_events(l->st, m.id, &e, &ne)) == 0) {
    for (size_t i = ne; i-- > 0;) {
      if (strcmp(e[i].kind, "status") != 0)
        continue;
      int brought = e[i].new_value && strcmp(e[i].new_value, def->status) == 0 &&
                    strcmp(e[i].on_date, x->on_date) == 0 && e[i].old_value;
      if (brought)
        rc = write_status(l, &m, e[i].old_value, l->today, note);
      break;
    }
  }
  if (rc != 0)
    goto done;
  /* The first determination still standing. */
  free(m.answered);
  m.answered = NULL;
  for (size_t i = 0; i < nr; i++) {
    const struct response_def *d = response_find(r[i].kind);
    if (i != (size_t)(n - 1) && !r[i].retracted && d && d->determination) {
      m.answered = xstrdup(r[i].on_date);
      break;
    }
  }
  if (!m.answered && status_is_determination(m.status) && answered)
    m.answered = xstrdup(answered); /* set by a status change, not by this response */
  if ((rc = sync_clock(l, &m, l->today, "retract", note, answered)) != 0)
    goto done;
  if (strcmp(m.clock, "stopped") != 0 &&
      (rc = recompute(l, m.id, l->today, "response retracted", out ? &out->moved : NULL)) != 0)
    goto done;
  rc = end_outcome(l, out, m.id);
done:
  free(what);
  free(answered);
  store_responses_free(r, nr);
  store_events_free(e, ne);
  matter_release(&m);
  return rc;
}

int matter_note(struct life *l, const char *ref, const char *text, const char *file_summary,
                struct outcome *out)
{
  struct matter m;
  if ((!text || !*text) && !file_summary)
    return usage_error("a note needs text (or --file PATH)");
  if (load_any(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  int rc = store_event_add(l->st, m.id, l->today, "note", file_summary ? "file" : "note", NULL,
                           file_summary, text && *text ? text : NULL);
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  matter_release(&m);
  return rc;
}

int matter_recompute(struct life *l, const struct affected *f, const char *on, const char *reason,
                     int *moved)
{
  return schedule_update_affected(l->sc, f, on, reason, moved);
}

int matter_recompute_all(struct life *l, const char *reason, int *moved)
{
  return schedule_update_all(l->sc, l->today, reason, moved);
}

int matter_recompute_agency(struct life *l, int64_t agency_id, const char *reason, int *moved)
{
  struct affected f = {.agency_id = agency_id};
  return matter_recompute(l, &f, l->today, reason, moved);
}

/* ---- tags ------------------------------------------------------------------ */

/* 1 when s is valid UTF-8 (no overlong two-byte forms). */
static int utf8_ok(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t n = *p < 0x80             ? 1
               : (*p & 0xe0) == 0xc0 ? 2
               : (*p & 0xf0) == 0xe0 ? 3
               : (*p & 0xf8) == 0xf0 ? 4
                                     : 0;
    for (size_t i = 1; i < n; i++)
      if ((p[i] & 0xc0) != 0x80)
        n = 0;
    if (n == 0 || (n == 2 && *p < 0xc2))
      return 0;
    p += n;
  }
  return 1;
}

/* A tag is one word: not empty, valid UTF-8, no space (ASCII or Unicode),
   no control character, at most 64 bytes. */
static int check_tag(const char *t)
{
  const unsigned char *p = (const unsigned char *)t;
  if (!*p)
    return usage_error("empty tag: write +NAME to add a tag and -NAME to remove one");
  if (strlen(t) > 64)
    return usage_error("tag '%s' is too long (at most 64 bytes)", t);
  while (*p) {
    size_t n = *p < 0x80             ? 1
               : (*p & 0xe0) == 0xc0 ? 2
               : (*p & 0xf0) == 0xe0 ? 3
               : (*p & 0xf8) == 0xf0 ? 4
                                     : 0;
    for (size_t i = 1; i < n; i++)
      if ((p[i] & 0xc0) != 0x80)
        n = 0;
    if (n == 0 || (n == 2 && *p < 0xc2))
      return usage_error("tag '%s' is not valid UTF-8", t);
    int space = (n == 1 && (*p <= 0x20 || *p == 0x7f)) ||
                (n == 2 && p[0] == 0xc2 && p[1] == 0xa0) ||
                (n == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
                 (p[2] <= 0x8a || p[2] == 0xa8 || p[2] == 0xa9 || p[2] == 0xaf)) ||
                (n == 3 && p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80);
    if (space)
      return usage_error("tag '%s' has a space or control character: a tag is one word, e.g. "
                         "+urgent or +city-council",
                         t);
    p += n;
  }
  return 0;
}

int matter_tag(struct life *l, const char *ref, const char *const *add, size_t nadd,
               const char *const *remove, size_t nremove, const char *note, struct outcome *out)
{
  if (nadd + nremove == 0)
    return usage_error("give the tags to add (+NAME) or remove (-NAME), e.g. 'pubrec tag %s "
                       "+urgent -press'",
                       ref);
  for (size_t i = 0; i < nadd + nremove; i++) {
    const char *t = i < nadd ? add[i] : remove[i - nadd];
    int rc = check_tag(t);
    if (rc != 0)
      return rc;
    for (size_t j = 0; j < i; j++) {
      const char *u = j < nadd ? add[j] : remove[j - nadd];
      if (strcmp(t, u) == 0)
        return usage_error("tag '%s' is given twice", t);
    }
  }
  struct matter m;
  if (load(l, ref, &m) != 0)
    return -1;
  begin_outcome(out, &m);
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < nadd + nremove; i++) {
    int on = i < nadd;
    const char *t = on ? add[i] : remove[i - nadd];
    int has = store_tag_has(l->st, m.id, t);
    if (has < 0)
      rc = -1;
    else if (on && has)
      rc = error("%s already has tag '%s'", m.ref, t);
    else if (!on && !has)
      rc = error("%s has no tag '%s' (see 'pubrec show %s')", m.ref, t, m.ref);
    else if (store_tag_set(l->st, m.id, t, on) != 0 ||
             store_event_add(l->st, m.id, l->today, "tag", "tag", on ? NULL : t, on ? t : NULL,
                             note) != 0)
      rc = -1;
  }
  if (rc == 0)
    rc = end_outcome(l, out, m.id);
  matter_release(&m);
  return rc;
}

/* ---- requesters who are people ------------------------------------------- */

/* A code for a person: the name's letters and digits in capitals, other runs
   of characters as one '-', at most 24 characters ("Jane Doe" -> JANE-DOE),
   made unique with -2, -3... */
static int person_code(struct life *l, const char *name, char **code)
{
  char base[32];
  size_t n = 0;
  for (const char *p = name; *p && n < 24; p++) {
    char ch = *p;
    if (ch >= 'a' && ch <= 'z')
      ch = (char)(ch - 'a' + 'A');
    if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))
      base[n++] = ch;
    else if (n > 0 && base[n - 1] != '-')
      base[n++] = '-';
  }
  while (n > 0 && base[n - 1] == '-')
    n--;
  base[n] = '\0';
  if (n == 0)
    snprintf(base, sizeof base, "PERSON");
  for (int i = 1; i < 100000; i++) {
    char *c = i == 1 ? xstrdup(base) : xasprintf("%s-%d", base, i);
    int taken = store_code_taken(l->st, c);
    if (taken == 0) {
      *code = c;
      return 0;
    }
    free(c);
    if (taken < 0)
      return -1;
  }
  return error("cannot make a unique code for the requester '%s'", name);
}

int matter_requester(struct life *l, const char *name, const char *email, char **code)
{
  *code = NULL;
  if (!name || !*name)
    return usage_error("--requester needs the person's name, e.g. --requester \"Jane Doe\"");
  if (!utf8_ok(name))
    return usage_error("the requester's name is not valid UTF-8");
  for (const unsigned char *p = (const unsigned char *)name; *p; p++)
    if (*p < 0x20 || *p == 0x7f)
      return usage_error("the requester's name has a control character");
  if (email) {
    const char *at = strchr(email, '@');
    int bad = !at || at == email || !at[1] || strchr(at + 1, '@');
    for (const unsigned char *p = (const unsigned char *)email; !bad && *p; p++)
      bad = *p <= 0x20 || *p == 0x7f;
    if (bad)
      return usage_error("invalid email '%s' for --email (want NAME@DOMAIN)", email);
  }
  struct agency a;
  int rc = store_person_find(l->st, name, email, &a);
  if (rc == 2)
    return error("several requesters are named '%s': give --email to say which (see 'pubrec "
                 "people')",
                 name);
  if (rc < 0)
    return -1;
  if (rc == 0) {
    if (email && !a.email)
      rc = store_person_set_email(l->st, a.id, email);
    if (rc == 0)
      *code = xstrdup(a.code);
    agency_release(&a);
    return rc;
  }
  if (person_code(l, name, code) != 0)
    return -1;
  if (store_person_add(l->st, *code, name, email) != 0) {
    free(*code);
    *code = NULL;
    return -1;
  }
  return 0;
}
