/*
** schedule.c — from a stored matter to its deadlines, through the engine.
*/
#include "schedule.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct cal_entry {
  char *code;
  int64_t agency_id;
  struct calendar_data data; /* owns the names the set borrows */
  struct hol_set set;
};

/* Which calendar a (receiving agency, rule) pair counts on, for progress. */
struct pick {
  int64_t to_id;
  char *rule; /* NULL: no rule */
  const struct hol_set *cal;
};

/* An agency as read once per command, by the code it was asked for. */
struct agency_entry {
  char *key; /* the code as asked for */
  struct agency a;
  int closures; /* -1: not asked yet; else whether it has closures of its own */
};

/* A rule as read once per command: its row and the span of its versions. */
struct rule_entry {
  struct rule_row row;
  char *first, *last; /* effective_from of its first and last version; NULL: none */
};

struct schedule {
  struct store *st;
  struct cal_entry **cals; /* each entry allocated alone: returned sets stay put */
  size_t ncals;
  struct pick *picks; /* cache for schedule_progress: a listing asks per matter */
  size_t npicks;
  struct agency_entry **agencies; /* each allocated alone: returned pointers stay put */
  size_t nagencies;
  struct rule_entry **rules;
  size_t nrules;
};

struct schedule *schedule_new(struct store *st)
{
  struct schedule *sc = xcalloc(1, sizeof *sc);
  sc->st = st;
  return sc;
}

struct store *schedule_store(struct schedule *sc)
{
  return sc->st;
}

void schedule_free(struct schedule *sc)
{
  if (!sc)
    return;
  for (size_t i = 0; i < sc->ncals; i++) {
    free(sc->cals[i]->code);
    hol_set_release(&sc->cals[i]->set);
    calendar_data_release(&sc->cals[i]->data);
    free(sc->cals[i]);
  }
  free(sc->cals);
  for (size_t i = 0; i < sc->npicks; i++)
    free(sc->picks[i].rule);
  free(sc->picks);
  for (size_t i = 0; i < sc->nagencies; i++) {
    free(sc->agencies[i]->key);
    agency_release(&sc->agencies[i]->a);
    free(sc->agencies[i]);
  }
  free(sc->agencies);
  for (size_t i = 0; i < sc->nrules; i++) {
    rule_row_release(&sc->rules[i]->row);
    free(sc->rules[i]->first);
    free(sc->rules[i]->last);
    free(sc->rules[i]);
  }
  free(sc->rules);
  free(sc);
}

static struct agency_entry *agency_entry(struct schedule *sc, const char *code, int *rc)
{
  for (size_t i = 0; i < sc->nagencies; i++)
    if (strcmp(sc->agencies[i]->key, code) == 0) {
      *rc = 0;
      return sc->agencies[i];
    }
  struct agency a;
  *rc = store_agency_get(sc->st, code, &a);
  if (*rc != 0)
    return NULL;
  struct agency_entry *e = xcalloc(1, sizeof *e);
  e->key = xstrdup(code);
  e->a = a;
  e->closures = -1;
  sc->agencies = xrealloc(sc->agencies, (sc->nagencies + 1) * sizeof *sc->agencies);
  sc->agencies[sc->nagencies++] = e;
  return e;
}

int schedule_agency(struct schedule *sc, const char *code, const struct agency **out)
{
  int rc;
  struct agency_entry *e = agency_entry(sc, code, &rc);
  *out = e ? &e->a : NULL;
  return rc;
}

/* Whether agency_id has closures of its own (cached with the agency when it
   was read through schedule_agency). 1, 0 or -1. */
static int agency_closures(struct schedule *sc, int64_t agency_id)
{
  struct agency_entry *e = NULL;
  for (size_t i = 0; i < sc->nagencies && !e; i++)
    if (sc->agencies[i]->a.id == agency_id)
      e = sc->agencies[i];
  if (e && e->closures >= 0)
    return e->closures;
  int own = store_agency_has_closures(sc->st, agency_id);
  if (e && own >= 0)
    e->closures = own;
  return own;
}

static struct rule_entry *rule_entry(struct schedule *sc, const char *code, int *rc)
{
  for (size_t i = 0; i < sc->nrules; i++)
    if (strcmp(sc->rules[i]->row.code, code) == 0) {
      *rc = 0;
      return sc->rules[i];
    }
  struct rule_entry *e = xcalloc(1, sizeof *e);
  *rc = store_rule_get(sc->st, code, &e->row);
  if (*rc == 0 && strcmp(e->row.code, code) != 0)
    *rc = 1; /* the same rule by another spelling: not cached under this one */
  if (*rc == 0 && store_rule_version_span(sc->st, code, &e->first, &e->last) != 0)
    *rc = -1;
  if (*rc != 0) {
    if (e->row.code)
      rule_row_release(&e->row);
    free(e->first);
    free(e->last);
    free(e);
    return NULL;
  }
  sc->rules = xrealloc(sc->rules, (sc->nrules + 1) * sizeof *sc->rules);
  sc->rules[sc->nrules++] = e;
  return e;
}

int schedule_rule(struct schedule *sc, const char *code, const struct rule_row **out)
{
  int rc;
  struct rule_entry *e = rule_entry(sc, code, &rc);
  *out = e ? &e->row : NULL;
  return rc;
}

static char *dup_opt(const char *s)
{
  return s ? xstrdup(s) : NULL;
}

static void rule_copy(struct rule_row *to, const struct rule_row *r)
{
  *to = *r;
  to->code = dup_opt(r->code);
  to->name = dup_opt(r->name);
  to->jurisdiction = dup_opt(r->jurisdiction);
  to->unit = dup_opt(r->unit);
  to->calendar = dup_opt(r->calendar);
  to->roll = dup_opt(r->roll);
  to->cutoff = dup_opt(r->cutoff);
  to->citation = dup_opt(r->citation);
  to->note = dup_opt(r->note);
  to->source = dup_opt(r->source);
  to->status = dup_opt(r->status);
  to->version_from = dup_opt(r->version_from);
}

int schedule_rule_at(struct schedule *sc, const char *code, const char *date, struct rule_row *out)
{
  int rc;
  struct rule_entry *e = rule_entry(sc, code, &rc);
  if (!e || (date && e->first && strcmp(date, e->last) < 0))
    /* unknown, another spelling, or an older version: the store says (and
       prints any error) */
    return rc < 0 ? -1 : store_rule_get_at(sc->st, code, date, out);
  rule_copy(out, &e->row);
  if (date && e->last) { /* the latest version is the row ('rule set' edits it) */
    free(out->version_from);
    out->version_from = xstrdup(e->last);
  }
  return 0;
}

const struct hol_set *schedule_calendar(struct schedule *sc, const char *code, int64_t agency_id)
{
  /* An agency without closures of its own shares the calendar's one set:
     each calendar is built once per command, not once per agency. */
  if (agency_id) {
    int own = agency_closures(sc, agency_id);
    if (own < 0)
      return NULL;
    if (!own)
      agency_id = 0;
  }
  for (size_t i = 0; i < sc->ncals; i++)
    if (sc->cals[i]->agency_id == agency_id && strcmp(sc->cals[i]->code, code) == 0)
      return &sc->cals[i]->set;
  int exists = store_calendar_exists(sc->st, code);
  if (exists < 0)
    return NULL;
  if (!exists) {
    error("unknown calendar '%s' (see 'pubrec calendar list')", code);
    return NULL;
  }
  struct cal_entry e;
  memset(&e, 0, sizeof e);
  if (store_calendar_load(sc->st, code, agency_id, &e.data) != 0)
    return NULL;
  /* No year is built yet: schedule_cover builds the years a computation touches. */
  if (hol_set_init(&e.set, e.data.rules, e.data.nrules, e.data.closures, e.data.nclosures) != 0) {
    calendar_data_release(&e.data);
    error("calendar '%s' has an invalid holiday rule", code);
    return NULL;
  }
  e.code = xstrdup(code);
  e.agency_id = agency_id;
  struct cal_entry *entry = xmalloc(sizeof *entry);
  *entry = e;
  sc->cals = xrealloc(sc->cals, (sc->ncals + 1) * sizeof *sc->cals);
  sc->cals[sc->ncals++] = entry;
  return &entry->set;
}

int schedule_cover(struct schedule *sc, const struct hol_set *cal, dl_day a, dl_day b)
{
  if (a == DL_NO_DAY || b == DL_NO_DAY || hol_set_covers(cal, a, b))
    return 0;
  for (size_t i = 0; i < sc->ncals; i++) {
    struct cal_entry *e = sc->cals[i];
    if (&e->set != cal)
      continue;
    if (hol_set_cover(&e->set, a < b ? a : b, a < b ? b : a) != 0) {
      char from[11], to[11];
      dl_format_date(from, a < b ? a : b);
      dl_format_date(to, a < b ? b : a);
      return error("cannot build the holidays of calendar '%s' from %s to %s (pubrec counts "
                   "years %d-%d)",
                   e->code, from, to, HOL_MIN_YEAR, HOL_MAX_YEAR);
    }
    return 0;
  }
  return error("BUG: schedule_cover on a calendar schedule_calendar did not return");
}

/* Widening passes before giving up; each covers more years, so a few suffice. */
#define COVER_TRIES 64

/* The engine read [lo, hi] of cal without its holidays: the true dates are no
   earlier, so cover those days and a margin ahead before computing again.
   0, or -1 after an error. */
static int cover_needed(struct schedule *sc, const struct hol_set *cal, dl_day lo, dl_day hi)
{
  dl_day margin = (hi - lo) / 4 + 31;
  hi = hi > DL_MAX_DAY - margin ? DL_MAX_DAY : hi + margin;
  return schedule_cover(sc, cal, lo, hi);
}

int schedule_dl_compute(struct schedule *sc, struct dl_result *result, const struct dl_rule *rule,
                        const struct dl_input *in, const struct hol_set *cal)
{
  for (int i = 0; i < COVER_TRIES; i++) {
    int status = dl_compute(result, rule, in, cal);
    if (status != DL_NO_CALENDAR)
      return status;
    if (cover_needed(sc, cal, result->need_lo, result->need_hi) != 0)
      return DL_NO_CALENDAR;
  }
  error("BUG: the holidays needed for a deadline kept growing");
  return DL_NO_CALENDAR;
}

int schedule_extension_to(struct schedule *sc, struct dl_to *to, const struct dl_rule *rule,
                          const struct dl_input *in, const struct hol_set *cal, dl_day target,
                          int max_n)
{
  for (int i = 0; i < COVER_TRIES; i++) {
    int status = dl_extension_to(to, rule, in, cal, target, max_n);
    if (status != DL_NO_CALENDAR)
      return status;
    if (cover_needed(sc, cal, to->need_lo, to->need_hi) != 0)
      return DL_NO_CALENDAR;
  }
  error("BUG: the holidays needed for an extension kept growing");
  return DL_NO_CALENDAR;
}

int schedule_rule_from_row(struct dl_rule *out, const struct rule_row *r, const char *agency_cutoff)
{
  memset(out, 0, sizeof *out);
  if (strcmp(r->unit, "working") == 0)
    out->unit = DL_WORKING;
  else if (strcmp(r->unit, "calendar") == 0)
    out->unit = DL_CALENDAR;
  else if (strcmp(r->unit, "months") == 0)
    out->unit = DL_MONTHS;
  else
    out->unit = DL_NONE;
  out->count = r->count;
  out->roll = r->roll && strcmp(r->roll, "forward") == 0 ? DL_ROLL_FORWARD : DL_ROLL_NONE;
  out->shift_nonworking_start = out->unit == DL_WORKING;
  out->routing_days = r->routing_days;
  out->earlier_of = r->earlier_of;
  /* Extension days count in the rule's extension unit (rule.ext_unit, 0006). */
  out->ext_unit = r->ext_unit == 1 ? DL_EXT_CALENDAR : DL_EXT_WORKING;
  const char *cutoff = agency_cutoff ? agency_cutoff : r->cutoff;
  if (!cutoff && out->unit == DL_WORKING)
    cutoff = SCHEDULE_DEFAULT_CUTOFF;
  out->cutoff = DL_NO_TIME;
  if (cutoff && dl_parse_hhmm(cutoff, &out->cutoff) != 0)
    return error("rule '%s' has an invalid cutoff '%s' (want HH:MM)", r->code, cutoff);
  /* A receipt cutoff moves day 0 only for working-day periods (LAW.md C3): a
     calendar-day or month period starts from the day of service whatever the hour
     (FRCP 6(a)(1)(A)). */
  if (out->unit != DL_WORKING)
    out->cutoff = DL_NO_TIME;
  return 0;
}

const char *schedule_governing_calendar(const char *rule_calendar, const char *agency_calendar)
{
  if (rule_calendar)
    return rule_calendar;
  return agency_calendar ? agency_calendar : SCHEDULE_DEFAULT_CALENDAR;
}

int schedule_jurisdiction(struct store *st, const char *code, char **rule, char **calendar)
{
  *rule = *calendar = NULL;
  if (!code)
    return 0;
  char *j = xstrdup(code);
  int rc = 0;
  for (;;) {
    struct jurisdiction_row row;
    rc = store_jurisdiction_get(st, j, &row);
    if (rc < 0)
      break;
    if (rc == 0) {
      if (!*rule && row.rule)
        *rule = xstrdup(row.rule);
      if (!*calendar && row.calendar)
        *calendar = xstrdup(row.calendar);
      jurisdiction_row_release(&row);
    }
    rc = 0;
    char *dash = strrchr(j, '-');
    if ((*rule && *calendar) || !dash)
      break;
    *dash = '\0'; /* us-co-denver -> us-co -> us */
  }
  free(j);
  if (rc < 0) {
    free(*rule);
    free(*calendar);
    *rule = *calendar = NULL;
  }
  return rc;
}

static void copy_str(char *dst, size_t n, const char *src)
{
  snprintf(dst, n, "%s", src ? src : "");
}

int schedule_plan(struct schedule *sc, const struct matter *m, struct matter_plan *plan)
{
  const struct agency *to;
  struct rule_row rule;
  int ret = -1, have_rule = 0;
  memset(plan, 0, sizeof *plan);
  memset(&rule, 0, sizeof rule);
  if (schedule_agency(sc, m->to_code, &to) != 0)
    return error("matter '%s' names an unknown agency '%s'", m->ref, m->to_code);

  const char *rule_calendar = NULL;
  /* A reopened matter's period restarts on clock_start (its time of day is
     not known); otherwise it runs from the trigger date and time. */
  const char *start_date = m->clock_start ? m->clock_start : m->trigger_date;
  dl_day start;
  if (dl_parse_date(start_date, &start) != 0) {
    error("matter '%s' has an invalid start date '%s'", m->ref, start_date);
    goto done;
  }
  dl_input_init(&plan->input, start);
  if (!m->clock_start && m->trigger_time &&
      dl_parse_hhmm(m->trigger_time, &plan->input.start_min) != 0) {
    error("matter '%s' has an invalid time '%s'", m->ref, m->trigger_time);
    goto done;
  }

  if (m->due_stated) {
    plan->stated = 1;
    if (dl_parse_date(m->due_stated, &plan->stated_due) != 0) {
      error("matter '%s' has an invalid return date '%s'", m->ref, m->due_stated);
      goto done;
    }
    copy_str(plan->citation, sizeof plan->citation, "the date the document states");
  } else if (m->rule) {
    int rc = schedule_rule_at(sc, m->rule, m->trigger_date, &rule); /* in force then */
    if (rc != 0) {
      if (rc > 0)
        error("matter '%s' names an unknown rule '%s'", m->ref, m->rule);
      goto done;
    }
    have_rule = 1;
    plan->has_rule = 1;
    if (schedule_rule_from_row(&plan->rule, &rule, to->cutoff) != 0)
      goto done;
    if (rule.count < 0 && plan->rule.unit != DL_NONE) {
      if (m->days < 0) {
        error("rule '%s' takes the period the document states: give %s N", rule.code,
              plan->rule.unit == DL_MONTHS ? "--months" : "--days");
        goto done;
      }
      plan->rule.count = m->days;
    }
    rule_calendar = rule.calendar;
    copy_str(plan->rule_code, sizeof plan->rule_code, rule.code);
    copy_str(plan->citation, sizeof plan->citation, rule.citation);
    plan->unverified = rule_status_unverified(&rule);
  } else if (m->days >= 0) {
    /* A period the document states, in calendar days, with no roll: the
       return date is what the subpoena says (LAW.md 3.1). */
    plan->rule.unit = DL_CALENDAR;
    plan->rule.count = m->days;
    plan->rule.roll = DL_ROLL_NONE;
    plan->rule.cutoff = DL_NO_TIME;
    copy_str(plan->citation, sizeof plan->citation, "the period the document states");
  } else {
    plan->rule.unit = DL_NONE;
    copy_str(plan->citation, sizeof plan->citation, "no deadline given");
  }
  const char *calendar = schedule_governing_calendar(rule_calendar, to->calendar);
  copy_str(plan->calendar, sizeof plan->calendar, calendar);

  if (m->routed && dl_parse_date(m->routed, &plan->input.routed) != 0) {
    error("matter '%s' has an invalid routing date '%s'", m->ref, m->routed);
    goto done;
  }
  if (m->compliance &&
      dl_parse_datetime(m->compliance, &plan->input.compliance, &plan->input.compliance_min) != 0) {
    error("matter '%s' has an invalid compliance time '%s'", m->ref, m->compliance);
    goto done;
  }
  int ext = 0, next = 0;
  if (store_extension_total(sc->st, m->id, m->clock_start, &ext, &next) != 0)
    goto done;
  plan->input.extend = ext;
  struct toll_row *tolls = NULL;
  size_t ntolls = 0;
  if (store_tolls(sc->st, m->id, m->clock_start, &tolls, &ntolls) != 0)
    goto done;
  if (ntolls > sizeof plan->tolls / sizeof plan->tolls[0]) {
    store_tolls_free(tolls, ntolls);
    error("matter '%s' has too many tolling periods", m->ref);
    goto done;
  }
  for (size_t i = 0; i < ntolls; i++) {
    plan->tolls[i].replied = DL_NO_DAY;
    dl_parse_date(tolls[i].sent, &plan->tolls[i].sent);
    if (tolls[i].replied)
      dl_parse_date(tolls[i].replied, &plan->tolls[i].replied);
  }
  store_tolls_free(tolls, ntolls);
  plan->input.tolls = plan->tolls;
  plan->input.ntolls = ntolls;

  plan->cal = schedule_calendar(sc, calendar, to->id);
  if (!plan->cal)
    goto done;
  ret = 0;
done:
  if (have_rule)
    rule_row_release(&rule);
  return ret;
}

static void add_row(struct deadline_row **rows, size_t *n, const char *kind, dl_day due,
                    int due_min, const char *rule, const char *basis)
{
  char date[11];
  dl_format_date(date, due);
  *rows = xrealloc(*rows, (*n + 1) * sizeof **rows);
  struct deadline_row *d = &(*rows)[(*n)++];
  d->kind = xstrdup(kind);
  d->due = xstrdup(date);
  d->due_time = due_min == DL_NO_TIME ? NULL : xasprintf("%02d:%02d", due_min / 60, due_min % 60);
  d->rule = rule && *rule ? xstrdup(rule) : NULL;
  d->basis = xstrdup(basis);
}

static const char *unit_name(int unit)
{
  return unit == DL_WORKING ? "working days" : unit == DL_MONTHS ? "months" : "calendar days";
}

/* Why the engine refused a stored matter's input, in words. */
static int bad_input(const struct matter *m, const struct matter_plan *plan)
{
  const struct dl_input *in = &plan->input;
  char a[11], b[11];
  if (in->routed != DL_NO_DAY && in->routed < in->start) {
    dl_format_date(a, in->routed);
    dl_format_date(b, in->start);
    return error("cannot compute the deadline of '%s': it was routed on %s, before it was "
                 "received on %s",
                 m->ref, a, b);
  }
  dl_day prev = in->start;
  for (size_t i = 0; i < in->ntolls; i++) {
    const struct dl_toll *t = &in->tolls[i];
    if (t->sent < prev || (t->replied != DL_NO_DAY && t->replied < t->sent))
      return error("cannot compute the deadline of '%s': its tolling dates are inconsistent "
                   "(a toll before the start or before the previous reply, or a reply before "
                   "its toll)",
                   m->ref);
    if (t->replied != DL_NO_DAY)
      prev = t->replied;
  }
  return error("cannot compute the deadline of '%s': it would fall outside the years 1000-9999 "
               "(check the period, the extensions and the dates)",
               m->ref);
}

int schedule_compute(struct schedule *sc, const struct matter *m, struct deadline_row **rows,
                     size_t *n, char **due)
{
  struct matter_plan plan;
  *rows = NULL;
  *n = 0;
  *due = NULL;
  if (schedule_plan(sc, m, &plan) != 0)
    return -1;
  if (plan.stated) {
    add_row(rows, n, "response", plan.stated_due, DL_NO_TIME, NULL,
            "the return date the document states");
    *due = xstrdup(m->due_stated);
    return 0;
  }
  if (plan.rule.unit == DL_NONE)
    return 0;
  struct dl_result r;
  int status = schedule_dl_compute(sc, &r, &plan.rule, &plan.input, plan.cal);
  if (status == DL_NO_CALENDAR)
    return -1;
  if (status == DL_BAD_INPUT)
    return bad_input(m, &plan);
  if (status != DL_OK)
    return 0; /* no computed date, or tolled */
  char basis[512], day0[11];
  dl_format_date(day0, r.day0);
  snprintf(basis, sizeof basis, "%d %s after %s%s%s on %s (%s)", plan.rule.count,
           unit_name(plan.rule.unit), day0,
           plan.rule.roll == DL_ROLL_FORWARD ? ", rolled forward off weekends and holidays" : "",
           plan.input.ntolls ? ", less the days used before tolling" : "", plan.calendar,
           plan.citation);
  const char *kind = plan.rule.earlier_of ? "objection" : "response";
  if (plan.input.extend > 0) {
    add_row(rows, n, kind, r.original_due, DL_NO_TIME, plan.rule_code, basis);
    char ext[640];
    int ext_unit = plan.rule.ext_unit == DL_EXT_CALENDAR  ? DL_CALENDAR
                   : plan.rule.ext_unit == DL_EXT_WORKING ? DL_WORKING
                                                          : plan.rule.unit;
    snprintf(ext, sizeof ext, "%s, extended by %d %s", basis, plan.input.extend,
             unit_name(ext_unit));
    add_row(rows, n, "extended", r.due, r.due_min, plan.rule_code, ext);
  } else {
    if (r.due_min != DL_NO_TIME) {
      char ext[640];
      snprintf(ext, sizeof ext, "%s; the earlier compliance time controls", basis);
      add_row(rows, n, kind, r.due, r.due_min, plan.rule_code, ext);
    } else {
      add_row(rows, n, kind, r.due, r.due_min, plan.rule_code, basis);
    }
  }
  char date[11];
  dl_format_date(date, r.due);
  *due = xstrdup(date);
  return 0;
}

static const struct deadline_row *find_kind(const struct deadline_row *rows, size_t n,
                                            const char *kind)
{
  for (size_t i = 0; i < n; i++)
    if (strcmp(rows[i].kind, kind) == 0)
      return &rows[i];
  return NULL;
}

static char *when(const struct deadline_row *d)
{
  if (!d)
    return NULL;
  return d->due_time ? xasprintf("%sT%s", d->due, d->due_time) : xstrdup(d->due);
}

int schedule_update(struct schedule *sc, const struct matter *m, const char *on_date,
                    const char *reason, int *moved)
{
  struct deadline_row *old = NULL, *new = NULL;
  size_t nold = 0, nnew = 0;
  char *due = NULL;
  int ret = -1, changes = 0;
  if (store_deadlines_get(sc->st, m->id, &old, &nold) != 0)
    goto done;
  if (schedule_compute(sc, m, &new, &nnew, &due) != 0)
    goto done;
  for (size_t i = 0; i < nnew; i++) {
    char *a = when(find_kind(old, nold, new[i].kind)), *b = when(&new[i]);
    if (!a || strcmp(a, b) != 0) {
      char field[64];
      snprintf(field, sizeof field, "due:%s", new[i].kind);
      if (store_event_add(sc->st, m->id, on_date, "due", field, a, b, reason) != 0) {
        free(a);
        free(b);
        goto done;
      }
      changes++;
    }
    free(a);
    free(b);
  }
  for (size_t i = 0; i < nold; i++) {
    if (find_kind(new, nnew, old[i].kind))
      continue;
    char field[64], *a = when(&old[i]);
    snprintf(field, sizeof field, "due:%s", old[i].kind);
    int rc = store_event_add(sc->st, m->id, on_date, "due", field, a, NULL, reason);
    free(a);
    if (rc != 0)
      goto done;
    changes++;
  }
  if (changes) {
    if (store_deadlines_set(sc->st, m->id, new, nnew) != 0)
      goto done;
  }
  if ((due == NULL) != (m->due == NULL) || (due && strcmp(due, m->due) != 0)) {
    if (store_matter_set_due(sc->st, m->id, due) != 0)
      goto done;
  }
  if (moved)
    *moved = changes;
  ret = 0;
done:
  store_deadlines_free(old, nold);
  store_deadlines_free(new, nnew);
  free(due);
  return ret;
}

/* Recompute the matters ids[0..n) (frees ids). */
static int update_ids(struct schedule *sc, int64_t *ids, size_t n, const char *on_date,
                      const char *reason, int *moved)
{
  int total = 0;
  for (size_t i = 0; i < n; i++) {
    struct matter m;
    int changes = 0;
    if (store_matter_get_id(sc->st, ids[i], &m) != 0) {
      free(ids);
      return -1;
    }
    int rc = schedule_update(sc, &m, on_date, reason, &changes);
    matter_release(&m);
    if (rc != 0) {
      free(ids);
      return -1;
    }
    total += changes ? 1 : 0;
  }
  free(ids);
  if (moved)
    *moved = total;
  return 0;
}

int schedule_update_all(struct schedule *sc, const char *on_date, const char *reason, int *moved)
{
  int64_t *ids = NULL;
  size_t n = 0;
  if (store_open_matter_ids(sc->st, &ids, &n) != 0)
    return -1;
  return update_ids(sc, ids, n, on_date, reason, moved);
}

int schedule_update_affected(struct schedule *sc, const struct affected *f, const char *on_date,
                             const char *reason, int *moved)
{
  int64_t *ids = NULL;
  size_t n = 0;
  struct affected scope = *f;
  scope.default_calendar = SCHEDULE_DEFAULT_CALENDAR;
  if (store_affected_ids(sc->st, &scope, &ids, &n) != 0)
    return -1;
  return update_ids(sc, ids, n, on_date, reason, moved);
}

/* The calendar m's working days count on: its rule's, else the receiving
   agency's, else the default, with the agency's closures. Cached per
   (agency, rule). Borrowed; NULL after printing an error. */
static const struct hol_set *matter_calendar(struct schedule *sc, const struct matter *m)
{
  for (size_t i = 0; i < sc->npicks; i++) {
    const struct pick *p = &sc->picks[i];
    if (p->to_id == m->to_id && (p->rule == NULL) == (m->rule == NULL) &&
        (!p->rule || strcmp(p->rule, m->rule) == 0))
      return p->cal;
  }
  /* The agency and the rule from the schedule's caches (a listing meets
     each agency with several rules, each rule with many agencies). */
  const struct agency *to;
  if (schedule_agency(sc, m->to_code, &to) != 0)
    return NULL;
  const struct rule_row *cached = NULL;
  struct rule_row rule;
  int have_rule = 0;
  if (m->rule && schedule_rule(sc, m->rule, &cached) != 0)
    /* another spelling of a rule's code (or a failed read): as before */
    have_rule = store_rule_get(sc->st, m->rule, &rule) == 0;
  const char *rule_cal = cached ? cached->calendar : have_rule ? rule.calendar : NULL;
  const char *calendar = schedule_governing_calendar(rule_cal, to->calendar);
  const struct hol_set *cal = schedule_calendar(sc, calendar, to->id);
  if (cal) {
    sc->picks = xrealloc(sc->picks, (sc->npicks + 1) * sizeof *sc->picks);
    sc->picks[sc->npicks].to_id = to->id;
    sc->picks[sc->npicks].rule = m->rule ? xstrdup(m->rule) : NULL;
    sc->picks[sc->npicks].cal = cal;
    sc->npicks++;
  }
  if (have_rule)
    rule_row_release(&rule);
  return cal;
}

int schedule_progress(struct schedule *sc, const struct matter *m, dl_day today, int *elapsed,
                      int *remaining)
{
  dl_day trigger, due;
  *elapsed = *remaining = 0;
  const struct hol_set *cal = matter_calendar(sc, m);
  if (!cal)
    return -1;
  if (dl_parse_date(m->trigger_date, &trigger) == 0) {
    if (schedule_cover(sc, cal, trigger, today) != 0)
      return -1;
    *elapsed = dl_working_days_between(cal, trigger, today);
  }
  if (m->due && dl_parse_date(m->due, &due) == 0) {
    if (schedule_cover(sc, cal, today, due) != 0)
      return -1;
    *remaining = dl_working_days_between(cal, today, due);
  }
  return 0;
}
