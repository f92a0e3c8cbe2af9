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

struct schedule {
  struct store *st;
  struct cal_entry **cals; /* each entry allocated alone: returned sets stay put */
  size_t ncals;
  struct pick *picks; /* cache for schedule_progress: a listing asks per matter */
  size_t npicks;
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
  free(sc);
}

const struct hol_set *schedule_calendar(struct schedule *sc, const char *code, int64_t agency_id)
{
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
  if (hol_set_build(&e.set, e.data.rules, e.data.nrules, e.data.closures, e.data.nclosures,
                    SCHEDULE_FIRST_YEAR, SCHEDULE_LAST_YEAR) != 0) {
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
  const char *cutoff = agency_cutoff ? agency_cutoff : r->cutoff;
  if (!cutoff && out->unit == DL_WORKING)
    cutoff = SCHEDULE_DEFAULT_CUTOFF;
  out->cutoff = DL_NO_TIME;
  if (cutoff && dl_parse_hhmm(cutoff, &out->cutoff) != 0)
    return error("rule '%s' has an invalid cutoff '%s' (want HH:MM)", r->code, cutoff);
  return 0;
}

const char *schedule_governing_calendar(const char *rule_calendar, const char *agency_calendar)
{
  if (rule_calendar)
    return rule_calendar;
  return agency_calendar ? agency_calendar : SCHEDULE_DEFAULT_CALENDAR;
}

static void copy_str(char *dst, size_t n, const char *src)
{
  snprintf(dst, n, "%s", src ? src : "");
}

int schedule_plan(struct schedule *sc, const struct matter *m, struct matter_plan *plan)
{
  struct agency to;
  struct rule_row rule;
  int ret = -1, have_rule = 0;
  memset(plan, 0, sizeof *plan);
  memset(&rule, 0, sizeof rule);
  memset(&to, 0, sizeof to);
  if (store_agency_get(sc->st, m->to_code, &to) != 0)
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
    int rc = store_rule_get_at(sc->st, m->rule, m->trigger_date, &rule); /* in force then */
    if (rc != 0) {
      if (rc > 0)
        error("matter '%s' names an unknown rule '%s'", m->ref, m->rule);
      goto done;
    }
    have_rule = 1;
    plan->has_rule = 1;
    if (schedule_rule_from_row(&plan->rule, &rule, to.cutoff) != 0)
      goto done;
    if (rule.count < 0 && plan->rule.unit != DL_NONE) {
      if (m->days < 0) {
        error("rule '%s' takes the period the document states: give --days N", rule.code);
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
  const char *calendar = schedule_governing_calendar(rule_calendar, to.calendar);
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

  plan->cal = schedule_calendar(sc, calendar, to.id);
  if (!plan->cal)
    goto done;
  ret = 0;
done:
  if (have_rule)
    rule_row_release(&rule);
  agency_release(&to);
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
  int status = dl_compute(&r, &plan.rule, &plan.input, plan.cal);
  if (status == DL_BAD_INPUT)
    return error("cannot compute the deadline of '%s': its tolling dates are inconsistent", m->ref);
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
    snprintf(ext, sizeof ext, "%s, extended by %d %s", basis, plan.input.extend,
             unit_name(plan.rule.unit));
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

int schedule_update_all(struct schedule *sc, const char *on_date, const char *reason, int *moved)
{
  int64_t *ids = NULL;
  size_t n = 0;
  int total = 0;
  if (store_open_matter_ids(sc->st, &ids, &n) != 0)
    return -1;
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
  struct agency to;
  if (store_agency_get(sc->st, m->to_code, &to) != 0)
    return NULL;
  struct rule_row rule;
  int have_rule = m->rule && store_rule_get(sc->st, m->rule, &rule) == 0;
  const char *calendar = schedule_governing_calendar(have_rule ? rule.calendar : NULL, to.calendar);
  const struct hol_set *cal = schedule_calendar(sc, calendar, to.id);
  if (have_rule)
    rule_row_release(&rule);
  if (cal) {
    sc->picks = xrealloc(sc->picks, (sc->npicks + 1) * sizeof *sc->picks);
    sc->picks[sc->npicks].to_id = to.id;
    sc->picks[sc->npicks].rule = m->rule ? xstrdup(m->rule) : NULL;
    sc->picks[sc->npicks].cal = cal;
    sc->npicks++;
  }
  agency_release(&to);
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
  if (dl_parse_date(m->trigger_date, &trigger) == 0)
    *elapsed = dl_working_days_between(cal, trigger, today);
  if (m->due && dl_parse_date(m->due, &due) == 0)
    *remaining = dl_working_days_between(cal, today, due);
  return 0;
}
