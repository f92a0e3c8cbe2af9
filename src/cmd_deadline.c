/*
** cmd_deadline.c — pubrec deadline (the calculator, and --explain for a
** stored matter) and pubrec holidays (a calendar's non-working days).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "hint.h"
#include "deadline.h"
#include "json.h"
#include "rulecheck.h"
#include "schedule.h"
#include "text.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"explain", 'e', OPT_FLAG, NULL,
     "print the working: day 0, each day counted or skipped, the roll"},
    {"days", 0, OPT_VALUE, "N",
     "period in days (ad hoc, or for a rule that takes the stated period)"},
    {"unit", 0, OPT_VALUE, "U", "working or calendar (ad hoc; default working)"},
    {"months", 0, OPT_VALUE, "N", "period in months, C.R.S. 2-4-108(3) (ad hoc, or for co-months)"},
    {"calendar", 'c', OPT_VALUE, "CAL", "holiday calendar (default: the rule's, else us-federal)"},
    {"roll", 0, OPT_VALUE, "R", "forward or none: move a last day off weekends and holidays"},
    {"extend", 0, OPT_VALUE, "N",
     "extension days after the original last day, in the rule's extension unit and within "
     "its cap (C4)"},
    {"cutoff", 0, OPT_VALUE, "HH:MM",
     "working-day periods: receipt at or after this time counts from the next working day"},
    {"toll", 0, OPT_MULTI, "SENT,REPLIED", "a tolling period: request sent, reply received (C9)"},
    {"routed", 0, OPT_VALUE, "DATE",
     "FOIA: receipt by the right component (START = first receipt)"},
    {"compliance", 0, OPT_VALUE, "DATE[THH:MM]", "FRCP 45: time set for compliance (earlier-of)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec deadline RULE START [options]\n"
    "       pubrec deadline (--days N [--unit working|calendar] | --months N) START [options]\n"
    "       pubrec deadline REF [--explain]",
    "Compute a due date from a rule (see 'pubrec rules') or from an ad hoc period,\n"
    "with holidays, extensions, tolling, FOIA routing and the FRCP 45 earlier-of\n"
    "limit. START is a date or a local YYYY-MM-DDTHH:MM. Writes nothing and creates\n"
    "no database: without one it uses the built-in rules and calendars. With REF,\n"
    "explains the stored matter's deadline.",
    opts,
    "  pubrec deadline us-foia 2025-12-19 --explain\n"
    "  pubrec deadline co-cora 2020-01-17T16:30 --extend 7\n"
    "  pubrec deadline frcp-45-objection 2026-03-02 --compliance 2026-03-10T09:00\n"
    "  pubrec deadline co-months 2028-01-31 --months 1\n"
    "  pubrec deadline --days 14 --unit calendar --roll forward --calendar us-federal 2026-11-12\n"
    "  pubrec deadline SUB-2020-0001 --explain\n"};

struct explain_out {
  struct jv *steps; /* JSON: array of steps */
  int text;         /* 1: print each step */
};

static const char *step_kind(int k)
{
  static const char *const names[] = {"start",   "day0",    "routing", "count",    "weekend",
                                      "holiday", "toll",    "resume",  "original", "extend",
                                      "roll",    "earlier", "due"};
  return k >= 0 && k < (int)(sizeof names / sizeof names[0]) ? names[k] : "step";
}

static void on_step(void *ctx, const struct dl_step *s)
{
  struct explain_out *o = ctx;
  if (o->text)
    printf("  %s\n", s->text);
  if (o->steps) {
    char date[11];
    struct jv *j = jv_object();
    dl_format_date(date, s->day);
    jv_set_str(j, "kind", step_kind(s->kind));
    jv_set_str(j, "date", s->day == DL_NO_DAY ? NULL : date);
    if (s->kind == DL_STEP_COUNT)
      jv_set_int(j, "n", s->n);
    if (s->name)
      jv_set_str(j, "holiday", s->name);
    jv_set_str(j, "text", s->text);
    jv_append(o->steps, j);
  }
}

static const char *const weekday_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

static void format_due(char *out, size_t n, dl_day day, int minutes)
{
  char date[11];
  dl_format_date(date, day);
  if (minutes == DL_NO_TIME)
    snprintf(out, n, "%s", date);
  else
    snprintf(out, n, "%sT%02d:%02d", date, minutes / 60, minutes % 60);
}

/* Print the result of a computation (text or JSON), with its working. */
static int report(struct ctx *c, struct schedule *sc, const struct dl_rule *rule,
                  const struct dl_input *in, const struct hol_set *cal, const char *calendar,
                  const char *rule_code, const char *citation, const char *ref, int explain,
                  int unverified)
{
  struct dl_result fast, walked;
  /* Builds the years of holidays the computation touches, so the walk below reads
     only built years too. */
  int status = schedule_dl_compute(sc, &fast, rule, in, cal);
  if (status == DL_NO_CALENDAR)
    return -1;
  struct explain_out eo = {NULL, 0};
  if (c->json)
    eo.steps = jv_array();
  else if (explain) {
    eo.text = 1;
    printf("working%s%s:\n", ref ? " for " : "", ref ? ref : "");
  }
  if (c->json || explain) {
    int st2 = dl_explain(&walked, rule, in, cal, on_step, &eo);
    if (st2 != status ||
        (status == DL_OK && (walked.due != fast.due || walked.due_min != fast.due_min)))
      die("BUG: the explained deadline differs from the computed one");
  }
  if (status == DL_BAD_INPUT) {
    jv_free(eo.steps);
    return error("the dates given are inconsistent (a toll before the start, a reply before its "
                 "request, or dates out of range)");
  }
  char due[40] = "", orig[40] = "", day0[11] = "";
  if (status == DL_OK) {
    format_due(due, sizeof due, fast.due, fast.due_min);
    format_due(orig, sizeof orig, fast.original_due, DL_NO_TIME);
  }
  if (fast.day0 != DL_NO_DAY && status != DL_NO_DEADLINE)
    dl_format_date(day0, fast.day0);
  if (c->json) {
    struct jv *o = jv_object();
    if (ref)
      jv_set_str(o, "ref", ref);
    jv_set_str(o, "due", status == DL_OK ? due : NULL);
    jv_set_str(o, "day0", *day0 ? day0 : NULL);
    jv_set_str(o, "original_due", status == DL_OK ? orig : NULL);
    jv_set_str(o, "calendar", calendar);
    jv_set_str(o, "rule", rule_code);
    jv_set_str(o, "citation", citation);
    jv_set_str(o, "rule_status", rule_code ? (unverified ? "unverified" : "verified") : NULL);
    jv_set_str(o, "status",
               status == DL_OK       ? "ok"
               : status == DL_TOLLED ? "tolled"
                                     : "no-deadline");
    jv_set(o, "steps", eo.steps);
    int rc = jv_print(stdout, o);
    jv_free(o);
    return rc;
  }
  if (status == DL_NO_DEADLINE) {
    printf("no computed due date: %s sets no fixed period (%s)%s\n",
           rule_code ? rule_code : "the rule", citation ? citation : "",
           unverified ? " [unverified rule]" : "");
    return 0;
  }
  if (status == DL_TOLLED) {
    printf("clock paused since the last toll: %d working day%s used; no due date until the "
           "reply\n",
           fast.used, fast.used == 1 ? "" : "s");
    return 0;
  }
  printf("due %s (%s)%s", due, weekday_names[dl_weekday(fast.due)],
         unverified ? " [unverified rule: one source, or sources disagree]" : "");
  if (fast.original_due != fast.due && fast.due_min == DL_NO_TIME)
    printf(", originally %s", orig);
  printf("\n  day 0 %s, calendar %s", day0, calendar);
  if (rule_code)
    printf(", rule %s", rule_code);
  printf("\n");
  if (citation)
    printf("  %s\n", citation);
  return 0;
}

static int parse_tolls(const struct opt_parsed *p, struct dl_toll *tolls, size_t max, size_t *n)
{
  size_t count = 0;
  const char *const *v = opt_all(p, "toll", &count);
  if (count > max)
    return usage_error("too many --toll options (at most %zu)", max);
  for (size_t i = 0; i < count; i++) {
    const char *comma = strchr(v[i], ',');
    char sent[16];
    if (!comma || (size_t)(comma - v[i]) >= sizeof sent)
      return usage_error("invalid --toll '%s' (want SENT,REPLIED dates, or SENT, for a pause "
                         "still running)",
                         v[i]);
    memcpy(sent, v[i], (size_t)(comma - v[i]));
    sent[comma - v[i]] = '\0';
    tolls[i].replied = DL_NO_DAY;
    if (dl_parse_date(sent, &tolls[i].sent) != 0 ||
        (comma[1] && dl_parse_date(comma + 1, &tolls[i].replied) != 0))
      return usage_error("invalid date in --toll '%s' (want YYYY-MM-DD,YYYY-MM-DD)", v[i]);
  }
  *n = count;
  return 0;
}

static int explain_matter(struct ctx *c, const char *ref, int explain)
{
  struct matter m;
  int rc = store_matter_get(&c->st, ref, &m);
  if (rc > 0) {
    struct rule_row r;
    if (store_rule_get(&c->st, ref, &r) == 0) {
      rule_row_release(&r);
      return usage_error("rule '%s' needs a START date, e.g. 'pubrec deadline %s 2026-01-05'", ref,
                         ref);
    }
    return error("unknown reference or rule '%s'%s (see 'pubrec list' and 'pubrec rules')", ref,
                 hint_rule(&c->st, ref));
  }
  if (rc < 0)
    return -1;
  struct schedule *sc = schedule_new(&c->st);
  struct matter_plan plan;
  rc = schedule_plan(sc, &m, &plan);
  if (rc == 0 && plan.stated) {
    if (c->json) {
      struct jv *o = jv_object();
      jv_set_str(o, "ref", m.ref);
      jv_set_str(o, "due", m.due_stated);
      jv_set_str(o, "day0", NULL);
      jv_set_str(o, "original_due", m.due_stated);
      jv_set_str(o, "calendar", plan.calendar);
      jv_set_str(o, "rule", NULL);
      jv_set_str(o, "citation", plan.citation);
      jv_set_str(o, "status", "ok");
      jv_set(o, "steps", jv_array());
      rc = jv_print(stdout, o);
      jv_free(o);
    } else {
      printf("%s: due %s, the return date the document states (nothing to compute)\n", m.ref,
             m.due_stated);
    }
  } else if (rc == 0) {
    rc = report(c, sc, &plan.rule, &plan.input, plan.cal, plan.calendar,
                plan.has_rule ? plan.rule_code : NULL, plan.citation, m.ref, explain,
                plan.has_rule && plan.unverified);
  }
  schedule_free(sc);
  matter_release(&m);
  return rc;
}

/* The rule of RULE START, in force on START: into *rule (from the row *r)
   with --cutoff and the period the rule takes (--days or --months). */
static int rule_period(struct ctx *c, struct opt_parsed *p, struct rule_row *r, int *have_rule,
                       struct dl_rule *rule)
{
  int rc = opt_pos_date(p, 1, "START", 1);
  if (rc != 0)
    return rc;
  dl_day start;
  int start_min;
  char on[11]; /* the version of the rule in force on the start date governs */
  if (dl_parse_datetime(p->pos[1], &start, &start_min) != 0)
    return usage_error("invalid start '%s' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM, a real date)",
                       p->pos[1]);
  dl_format_date(on, start);
  rc = store_rule_get_at(&c->st, p->pos[0], on, r);
  if (rc > 0)
    return error("unknown rule '%s'%s (see 'pubrec rules')", p->pos[0],
                 hint_rule(&c->st, p->pos[0]));
  if (rc < 0)
    return rc;
  *have_rule = 1;
  const char *cutoff = opt_get(p, "cutoff");
  int m;
  if (cutoff && dl_parse_hhmm(cutoff, &m) != 0)
    return usage_error("invalid time '%s' for --cutoff (want HH:MM)", cutoff);
  if ((rc = schedule_rule_from_row(rule, r, cutoff)) != 0)
    return rc;
  /* A months rule takes --months, any other --days (issue 8 item 7). */
  int months_rule = strcmp(r->unit, "months") == 0;
  if (months_rule && opt_has(p, "days"))
    return usage_error("rule '%s' counts months (C.R.S. 2-4-108(3)): give --months N, not --days",
                       r->code);
  if (!months_rule && opt_has(p, "months"))
    return usage_error("--months applies to a rule that counts months (co-months); rule '%s' "
                       "counts %s",
                       r->code, strcmp(r->unit, "none") == 0 ? "nothing" : "days");
  const char *period = months_rule ? "months" : "days";
  if ((r->count < 0 && strcmp(r->unit, "none") != 0) || opt_has(p, period)) {
    if (!opt_has(p, period))
      return usage_error("rule '%s' takes the period the document states: add --%s N", r->code,
                         period);
    return opt_int(p, period, 0, months_rule ? 12000 : 100000, 0, &rule->count);
  }
  return 0;
}

/* An ad hoc period: --days (with --unit) or --months, --cutoff, --routed,
   --compliance. */
static int adhoc_period(struct opt_parsed *p, struct dl_rule *rule)
{
  int rc;
  if (opt_has(p, "days") && opt_has(p, "months"))
    return usage_error("give --days or --months, not both");
  const char *unit = opt_get(p, "unit");
  if (opt_has(p, "months")) {
    rule->unit = DL_MONTHS;
    if ((rc = opt_int(p, "months", 0, 12000, 0, &rule->count)) != 0)
      return rc;
  } else {
    if (!unit || strcmp(unit, "working") == 0)
      rule->unit = DL_WORKING;
    else if (strcmp(unit, "calendar") == 0)
      rule->unit = DL_CALENDAR;
    else
      return usage_error("invalid --unit '%s' (want working or calendar)", unit);
    if ((rc = opt_int(p, "days", 0, 100000, 0, &rule->count)) != 0)
      return rc;
  }
  rule->shift_nonworking_start = rule->unit == DL_WORKING;
  rule->cutoff = DL_NO_TIME;
  if (opt_get(p, "cutoff") && dl_parse_hhmm(opt_get(p, "cutoff"), &rule->cutoff) != 0)
    return usage_error("invalid time '%s' for --cutoff (want HH:MM)", opt_get(p, "cutoff"));
  if (opt_get(p, "routed"))
    rule->routing_days = 10;
  if (opt_get(p, "compliance"))
    rule->earlier_of = 1;
  return opt_pos_date(p, 0, "START", 1);
}

/* What happened after the start: --roll, --extend (within the rule's cap),
   --routed, --compliance, --toll. */
static int counting_input(struct opt_parsed *p, const struct rule_row *r, struct dl_rule *rule,
                          const char *start_arg, struct dl_input *in, struct dl_toll *tolls,
                          size_t max_tolls)
{
  int rc;
  const char *roll = opt_get(p, "roll");
  if (roll) {
    if (strcmp(roll, "forward") == 0)
      rule->roll = DL_ROLL_FORWARD;
    else if (strcmp(roll, "none") == 0)
      rule->roll = DL_ROLL_NONE;
    else
      return usage_error("invalid --roll '%s' (want forward or none)", roll);
  }
  dl_day start;
  int start_min;
  if (dl_parse_datetime(start_arg, &start, &start_min) != 0)
    return usage_error("invalid start '%s' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM, a real date)",
                       start_arg);
  dl_input_init(in, start);
  in->start_min = start_min;
  if ((rc = opt_int(p, "extend", 0, 100000, 0, &in->extend)) != 0)
    return rc;
  if (r && opt_has(p, "extend")) {
    /* The same cap as 'pubrec extend' (one extension of in->extend days). */
    char why[512];
    if (rule_extension_check(r, 0, 0, in->extend, why, sizeof why) != 0)
      return error("--extend %d: %s", in->extend, why);
  }
  if (opt_get(p, "routed")) {
    if (dl_parse_datetime(opt_get(p, "routed"), &in->routed, &in->routed_min) != 0)
      return usage_error("invalid date '%s' for --routed", opt_get(p, "routed"));
    if (!rule->routing_days)
      return usage_error("--routed applies to rules with a routing period (us-foia)");
  }
  if (opt_get(p, "compliance")) {
    if (dl_parse_datetime(opt_get(p, "compliance"), &in->compliance, &in->compliance_min) != 0)
      return usage_error("invalid date '%s' for --compliance (want YYYY-MM-DD[THH:MM])",
                         opt_get(p, "compliance"));
    rule->earlier_of = 1;
  }
  size_t ntolls = 0;
  if ((rc = parse_tolls(p, tolls, max_tolls, &ntolls)) != 0)
    return rc;
  if (ntolls && rule->unit != DL_WORKING)
    return usage_error("--toll applies to working-day periods only");
  in->tolls = tolls;
  in->ntolls = ntolls;
  return 0;
}

int cmd_deadline(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct schedule *sc = NULL;
  struct rule_row r;
  int have_rule = 0;
  struct dl_rule rule;
  struct dl_input in;
  struct dl_toll tolls[32];
  const char *calendar = opt_get(&p, "calendar");
  const char *start_arg;
  int adhoc = opt_has(&p, "days") || opt_has(&p, "months");
  memset(&rule, 0, sizeof rule);

  if (p.npos == 1 && !adhoc) {
    if ((rc = ctx_open_query(c)) == 0)
      rc = explain_matter(c, p.pos[0], opt_has(&p, "explain"));
    goto done;
  }
  if ((rc = ctx_open_query(c)) != 0)
    goto done;
  if (p.npos == 2) {
    if ((rc = rule_period(c, &p, &r, &have_rule, &rule)) != 0)
      goto done;
    if (!calendar)
      calendar = r.calendar;
    start_arg = p.pos[1];
  } else if (p.npos == 1 && adhoc) {
    if ((rc = adhoc_period(&p, &rule)) != 0)
      goto done;
    start_arg = p.pos[0];
  } else {
    rc = usage_error("'deadline' needs RULE START, an ad hoc period and START, or REF (see "
                     "'pubrec deadline --help')");
    goto done;
  }
  if (!calendar)
    calendar = SCHEDULE_DEFAULT_CALENDAR;
  if ((rc = counting_input(&p, have_rule ? &r : NULL, &rule, start_arg, &in, tolls,
                           sizeof tolls / sizeof tolls[0])) != 0)
    goto done;
  sc = schedule_new(&c->st);
  const struct hol_set *cal = schedule_calendar(sc, calendar, 0);
  if (!cal) {
    rc = -1;
    goto done;
  }
  rc = report(c, sc, &rule, &in, cal, calendar, have_rule ? r.code : NULL,
              have_rule ? r.citation : NULL, NULL, opt_has(&p, "explain"),
              have_rule && rule_status_unverified(&r));
done:
  if (have_rule)
    rule_row_release(&r);
  schedule_free(sc);
  opt_release(&p);
  return rc;
}

/* ---- holidays --------------------------------------------------------- */

static const struct opt_spec hol_opts[] = {
    {"calendar", 'c', OPT_VALUE, "CAL",
     "the calendar (default us-federal; see 'pubrec calendar list')"},
    {"year", 'y', OPT_VALUE, "Y", "one year (default: this year)"},
    {"from", 0, OPT_VALUE, "DATE", "start of a range (with --to)"},
    {"to", 0, OPT_VALUE, "DATE", "end of a range, inclusive"},
    {"agency", 'a', OPT_VALUE, "CODE", "add this agency's closures"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help hol_help = {
    "pubrec holidays [--calendar CAL] [--year Y | --from DATE --to DATE]",
    "List the observed non-working days of a calendar (holidays generated from\n"
    "their rules, with weekend observance, plus closures) in a year or range, any\n"
    "year 1000-9999. Writes nothing and creates no database.",
    hol_opts,
    "  pubrec holidays --calendar us-co --year 2027\n"
    "  pubrec holidays --calendar us-federal --from 2027-12-01 --to 2028-01-31\n"};

static const char *rule_text(const struct hol_rule *r, char *buf, size_t n)
{
  static const char *const months[] = {"",    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static const char *const nth[] = {"", "1st", "2nd", "3rd", "4th", "5th"};
  static const char *const obs[] = {"", "; Sat -> Fri, Sun -> Mon", "; Sun -> Mon",
                                    "; Sun -> Mon, none on Sat", "; Sat, Sun -> Mon"};
  const char *o = r->observe >= 0 && r->observe <= 4 ? obs[r->observe] : "";
  char shift[24] = "";
  if (r->shift)
    snprintf(shift, sizeof shift, " %+d day%s", r->shift,
             r->shift == 1 || r->shift == -1 ? "" : "s");
  if (r->kind == HOL_FIXED)
    snprintf(buf, n, "%s %d%s%s", months[r->month], r->day, shift, o);
  else if (r->kind == HOL_NTH)
    snprintf(buf, n, "%s %s of %s%s%s", nth[r->nth], weekday_names[r->weekday], months[r->month],
             shift, o);
  else if (r->kind == HOL_EASTER)
    snprintf(buf, n, "Easter Sunday%s%s", shift, o);
  else
    snprintf(buf, n, "last %s of %s%s%s", weekday_names[r->weekday], months[r->month], shift, o);
  return buf;
}

int cmd_holidays(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &hol_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  const char *calendar = opt_get(&p, "calendar") ? opt_get(&p, "calendar") : "us-federal";
  struct calendar_data data;
  struct hol_set set;
  int built = 0, loaded = 0;
  dl_day from, to;
  int64_t agency_id = 0;
  memset(&data, 0, sizeof data);
  if (p.npos) {
    rc = usage_error("'holidays' takes no arguments (see 'pubrec holidays --help')");
    goto done;
  }
  if ((rc = ctx_settle(c)) != 0)
    goto done;
  if (opt_get(&p, "from") || opt_get(&p, "to")) {
    if (opt_get(&p, "year")) {
      rc = usage_error("give --year or --from/--to, not both");
      goto done;
    }
    if (!opt_get(&p, "from") || !opt_get(&p, "to") ||
        dl_parse_date(opt_get(&p, "from"), &from) != 0 ||
        dl_parse_date(opt_get(&p, "to"), &to) != 0) {
      rc = usage_error("--from and --to need real dates (YYYY-MM-DD), both");
      goto done;
    }
    if (to < from) {
      rc = usage_error("--to %s is before --from %s", opt_get(&p, "to"), opt_get(&p, "from"));
      goto done;
    }
  } else {
    int year;
    if ((rc = opt_int(&p, "year", HOL_MIN_YEAR, HOL_MAX_YEAR, atoi(c->today), &year)) != 0)
      goto done;
    from = dl_from_civil(year, 1, 1);
    to = dl_from_civil(year, 12, 31);
  }
  int y0, y1, mm, dd;
  dl_to_civil(from, &y0, &mm, &dd);
  dl_to_civil(to, &y1, &mm, &dd);
  /* The set is built for exactly the years asked (dates parse only in 1000-9999). */
  if ((rc = ctx_open_query(c)) != 0)
    goto done;
  int exists = store_calendar_exists(&c->st, calendar);
  if (exists <= 0) {
    rc = exists < 0 ? -1
                    : error("unknown calendar '%s'%s (see 'pubrec calendar list')", calendar,
                            hint_calendar(&c->st, calendar));
    goto done;
  }
  if (opt_get(&p, "agency")) {
    struct agency a;
    rc = store_agency_get(&c->st, opt_get(&p, "agency"), &a);
    if (rc != 0) {
      rc = rc > 0 ? error("unknown agency '%s'%s (see 'pubrec agency list')", opt_get(&p, "agency"),
                          hint_agency(&c->st, opt_get(&p, "agency")))
                  : -1;
      goto done;
    }
    agency_id = a.id;
    agency_release(&a);
  }
  if ((rc = store_calendar_load(&c->st, calendar, agency_id, &data)) != 0)
    goto done;
  loaded = 1;
  if (hol_set_build(&set, data.rules, data.nrules, data.closures, data.nclosures, y0, y1) != 0) {
    rc = error("calendar '%s' has an invalid holiday rule", calendar);
    goto done;
  }
  built = 1;
  struct jv *arr = c->json ? jv_array() : NULL;
  int count = 0;
  for (size_t i = 0; i < set.n; i++) {
    const struct hol_day *h = &set.days[i];
    if (h->day < from || h->day > to)
      continue;
    char date[11], buf[96];
    const char *why = "closure";
    for (size_t k = 0; k < data.nrules; k++)
      if (data.rules[k].name == h->name)
        why = rule_text(&data.rules[k], buf, sizeof buf);
    dl_format_date(date, h->day);
    count++;
    if (arr) {
      struct jv *o = jv_object();
      jv_set_str(o, "date", date);
      jv_set_str(o, "name", h->name);
      jv_set_str(o, "rule", why);
      jv_set_bool(o, "observed_in_lieu", !h->actual);
      jv_append(arr, o);
    } else {
      printf("%s %s  %s%s  (%s)\n", date, weekday_names[dl_weekday(h->day)], tx(h->name),
             h->actual ? "" : " (observed)", why);
    }
  }
  if (arr) {
    rc = jv_print(stdout, arr);
    jv_free(arr);
  } else if (!count) {
    printf("no holidays in that range on %s\n", calendar);
  }
done:
  if (built)
    hol_set_release(&set);
  if (loaded)
    calendar_data_release(&data);
  opt_release(&p);
  return rc;
}
