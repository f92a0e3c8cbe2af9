/*
** report.c — the status report's JSON model and the CSV export.
**
** One pass: store_report.c streams the matters in scope by id, and, by
** matter id, the first responses and the closing dates; walk() merges the
** three like a merge join and hands each matter, with its dates parsed and
** its calendar resolved, to an accumulator. Totals by status and kind come
** from a GROUP BY of their own. Working days use the engine over the
** matter's calendar: the rule's, else the receiving agency's, else
** us-federal, plus that agency's closures (as schedule_progress does), each
** built once and cached per agency.
*/
#include "report.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hint.h"
#include "csvio.h"
#include "deadline.h"
#include "model.h"
#include "replay.h"
#include "schedule.h"
#include "store_report.h"

/* The DOJ annual FOIA report's age bands, in working days. */
static const struct {
  const char *label;
  int max; /* inclusive; -1: no limit */
} bands[] = {{"1-20", 20},     {"21-40", 40},    {"41-60", 60}, {"61-100", 100},
             {"101-200", 200}, {"201-400", 400}, {"400+", -1}};
#define NBANDS (sizeof bands / sizeof bands[0])

static const char *const kinds[] = {"request", "subpoena", "appeal", "petition"};
#define NKINDS (sizeof kinds / sizeof kinds[0])
#define NSTATUS 16 /* room for every status of model.c's status_defs */

/* Day counts, for medians and averages: how many times each value was seen
   (a histogram over the values seen so far, grown as they come), so memory
   follows the range of the days and not the number of matters. A value far
   outside any real span of days (a mistyped year) goes to a short list of
   its own instead of stretching the histogram. */
#define IVEC_WINDOW 100000 /* values within +-this many days are counted */

struct ivec {
  size_t n;     /* values seen */
  int64_t sum;  /* their sum */
  int min, max; /* when n > 0 */
  int lo;       /* count[i]: how many times lo + i was seen */
  uint32_t *count;
  size_t span;
  int *far; /* the values outside the window, unordered */
  size_t nfar, capfar;
};

static void ivec_push(struct ivec *a, int x)
{
  if (a->n == 0 || x < a->min)
    a->min = x;
  if (a->n == 0 || x > a->max)
    a->max = x;
  a->n++;
  a->sum += x;
  if (x < -IVEC_WINDOW || x > IVEC_WINDOW) {
    if (a->nfar == a->capfar) {
      a->capfar = a->capfar ? a->capfar * 2 : 16;
      a->far = xrealloc(a->far, a->capfar * sizeof *a->far);
    }
    a->far[a->nfar++] = x;
    return;
  }
  if (!a->count || x < a->lo || x >= a->lo + (int64_t)a->span) {
    /* Grow to cover x with room on both sides: [lo, hi) */
    int64_t lo = a->count ? (x < a->lo ? x : a->lo) : x,
            hi = a->count ? a->lo + (int64_t)a->span : x + 1;
    if (x >= hi)
      hi = x + 1;
    int64_t room = (hi - lo) / 2 + 64;
    lo = lo - room < -IVEC_WINDOW ? -IVEC_WINDOW : lo - room;
    hi = hi + room > IVEC_WINDOW + 1 ? IVEC_WINDOW + 1 : hi + room;
    uint32_t *c = xcalloc((size_t)(hi - lo), sizeof *c);
    if (a->count)
      memcpy(c + (a->lo - lo), a->count, a->span * sizeof *c);
    free(a->count);
    a->count = c;
    a->lo = (int)lo;
    a->span = (size_t)(hi - lo);
  }
  a->count[x - a->lo]++;
}

static void ivec_release(struct ivec *a)
{
  free(a->count);
  free(a->far);
}

/* One direction of an agency's traffic. */
struct dir_stats {
  int64_t matters, answered, with_due, on_time, open, overdue;
  struct ivec first, close; /* days to first response, to closure */
};

struct cal_slot {
  const char *code; /* borrowed from the agency or rule arrays, or the default */
  const struct hol_set *set;
};

struct agency_slot {
  const struct report_agency *a;
  struct dir_stats received, sent;
  struct cal_slot cals[8]; /* calendars used by matters this agency received */
  size_t ncals;
};

/* A matter that a list of the report shows. */
struct item {
  int64_t id;
  char *ref, *subject, *kind, *status, *rule;
  const char *calendar;
  const struct agency_slot *from, *to;
  char trigger[11], due[11];
  int days, wdays; /* overdue: days and working days late; due soon: left */
  int unverified;  /* its rule is unverified (docs/STATES.md) */
};

struct items {
  struct item *v;
  size_t n, cap;
};

/* One matter as walk() hands it over. */
struct walk_matter {
  const struct report_matter_row *m;
  const char *first_on, *answer_on, *closed_on; /* NULL when none */
  const char *closed_as; /* closed: the state it closed in (refused, even if now escalated) */
  int open;
  int running;    /* open, not tolled, not answered by the report's date: can be overdue */
  int unverified; /* its rule is unverified */
  dl_day trigger, due, closed, first, answer; /* DL_NO_DAY when none */
  dl_day answered, missed; /* the matter's first determination; a missed due date */
  const struct hol_set *cal;
  const char *calendar;
  struct agency_slot *from, *to;
};

struct rep {
  struct store *st;
  struct buf *trace;
  struct report_scope scope;
  char as_of[11], from[11], to[11], due7[11], due30[11];
  dl_day d_as_of, d_from, d_to;
  struct report_agency *agencies;
  size_t nagencies;
  struct agency_slot *slots;  /* same order as agencies (by code) */
  struct agency_slot **by_id; /* sorted by agency id */
  struct report_rule_cal *rules;
  size_t nrules;
  const struct report_rule_cal *last_rule; /* find_rule's last answer */
  struct schedule *sc;                     /* every calendar built, per (code, agency) */
  int replay;     /* each matter's state replayed from its history (report --as-of) */
  int list_later; /* overdue and due_soon not kept: read again, in order, where they are
                     written (report_print_json) */
  const struct report_agency *scope_agency;

  /* totals (GROUP BY) */
  int64_t t_matters, t_open, t_closed, t_overdue, t_due7, t_due30;
  int64_t by_status[NSTATUS];
  int64_t kind_count[NKINDS], kind_open[NKINDS], kind_overdue[NKINDS];

  /* walk */
  int64_t aging[NBANDS];
  struct items overdue, due_soon, oldest;
  int64_t pending_start, received, processed, pending_end, backlog;
  int64_t dispositions[NSTATUS]; /* by status_index of a closed status */
  struct ivec response_wd;
  int nmonths;
  int64_t *month_received, *month_processed;
  int first_year, first_month;

  /* CSV */
  struct buf *csv;
};

/* ---- small helpers ---------------------------------------------------- */

static void item_release(struct item *it)
{
  free(it->ref);
  free(it->subject);
  free(it->kind);
  free(it->status);
  free(it->rule);
}

static void items_release(struct items *a)
{
  for (size_t i = 0; i < a->n; i++)
    item_release(&a->v[i]);
  free(a->v);
}

static dl_day parse_day(const char *s)
{
  dl_day d;
  return s && dl_parse_date(s, &d) == 0 ? d : DL_NO_DAY;
}

static void fmt_day(char out[11], dl_day d)
{
  if (d == DL_NO_DAY)
    out[0] = '\0';
  else
    dl_format_date(out, d);
}

static int kind_index(const char *kind)
{
  for (size_t i = 0; i < NKINDS; i++)
    if (kinds[i][0] == kind[0] && strcmp(kinds[i], kind) == 0)
      return (int)i;
  return -1;
}

static int status_index(const char *status)
{
  for (int i = 0; status_defs[i].name && i < NSTATUS; i++)
    if (status_defs[i].name[0] == status[0] && strcmp(status_defs[i].name, status) == 0)
      return i;
  return -1;
}

static int cmp_int(const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* The k-th smallest (0-based) of the values a has seen, k < a->n; the far
   values sorted first (they lie below or above the whole histogram). */
static int kth(struct ivec *a, size_t k)
{
  size_t below = 0;
  while (below < a->nfar && a->far[below] < -IVEC_WINDOW)
    below++;
  if (k < below)
    return a->far[k];
  k -= below;
  size_t seen = 0;
  for (size_t j = 0; j < a->span; j++) {
    seen += a->count[j];
    if (seen > k)
      return (int)((int64_t)a->lo + (int64_t)j);
  }
  return a->far[below + (k - seen)];
}

/* Median of the values a has seen, a->n > 0. */
static double median(struct ivec *a)
{
  if (a->nfar > 1)
    qsort(a->far, a->nfar, sizeof *a->far, cmp_int);
  int upper = kth(a, a->n / 2);
  if (a->n % 2)
    return upper;
  int lower = kth(a, a->n / 2 - 1);
  return (lower + (double)upper) / 2.0;
}

/* x rounded to one decimal, halves away from zero (no libm needed). */
static double round1(double x)
{
  double y = x * 10.0;
  return (double)(int64_t)(y < 0 ? y - 0.5 : y + 0.5) / 10.0;
}

/* A number as the templates show it: "2", "2.5", or "-" for none. */
static struct jv *num_text(int have, double x)
{
  if (!have)
    return jv_str("-");
  char s[32];
  snprintf(s, sizeof s, "%.15g", x);
  return jv_str(s);
}

static struct jv *num_or_null(int have, double x)
{
  return have ? jv_real(x) : jv_null();
}

/* {"count", "median_days", "average_days", "median_text", "average_text"} */
static struct jv *day_stats(struct ivec *a, const char *median_key, const char *average_key)
{
  struct jv *o = jv_object();
  double med = 0, avg = 0;
  if (a->n) {
    avg = round1((double)a->sum / (double)a->n);
    med = median(a);
  }
  jv_set_int(o, "count", (int64_t)a->n);
  jv_set(o, median_key, num_or_null(a->n > 0, med));
  jv_set(o, average_key, num_or_null(a->n > 0, avg));
  jv_set(o, "median_text", num_text(a->n > 0, med));
  jv_set(o, "average_text", num_text(a->n > 0, avg));
  return o;
}

/* ---- agencies and calendars ------------------------------------------- */

static int cmp_slot_id(const void *a, const void *b)
{
  const struct agency_slot *x = *(const struct agency_slot *const *)a;
  const struct agency_slot *y = *(const struct agency_slot *const *)b;
  return x->a->id < y->a->id ? -1 : x->a->id > y->a->id;
}

static struct agency_slot *slot_by_id(struct rep *r, int64_t id)
{
  size_t lo = 0, hi = r->nagencies;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int64_t x = r->by_id[mid]->a->id;
    if (x == id)
      return r->by_id[mid];
    if (x < id)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* The rules come ordered by code (BINARY: strcmp's order), so a matter's
   rule is a binary search away; the last one found is tried first. */
static const struct report_rule_cal *find_rule(struct rep *r, const char *rule)
{
  if (!rule)
    return NULL;
  if (r->last_rule && strcmp(r->last_rule->rule, rule) == 0)
    return r->last_rule;
  size_t lo = 0, hi = r->nrules;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(r->rules[mid].rule, rule);
    if (c == 0)
      return r->last_rule = &r->rules[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static const char *rule_calendar(struct rep *r, const char *rule)
{
  const struct report_rule_cal *x = find_rule(r, rule);
  return x ? x->calendar : NULL;
}

/* The calendar of a matter received by `to` under `rule`: the schedule's
   answer (schedule_governing_calendar), built once in the schedule's cache,
   whose sets never move. */
static const struct hol_set *matter_calendar(struct rep *r, struct agency_slot *to,
                                             const char *rule, const char **code)
{
  const char *c = schedule_governing_calendar(rule_calendar(r, rule), to->a->calendar);
  *code = c;
  for (size_t i = 0; i < to->ncals; i++)
    if (to->cals[i].code == c || strcmp(to->cals[i].code, c) == 0)
      return to->cals[i].set;
  const struct hol_set *set = schedule_calendar(r->sc, c, to->a->id);
  if (set && to->ncals < sizeof to->cals / sizeof to->cals[0])
    to->cals[to->ncals++] = (struct cal_slot){c, set};
  return set;
}

static int load_agencies(struct rep *r, const char *scope_code)
{
  if (store_report_agencies(r->st, r->trace, &r->agencies, &r->nagencies) != 0 ||
      store_report_rule_calendars(r->st, r->trace, &r->rules, &r->nrules) != 0)
    return PR_ERR;
  r->slots = xcalloc(r->nagencies + 1, sizeof *r->slots);
  r->by_id = xcalloc(r->nagencies + 1, sizeof *r->by_id);
  for (size_t i = 0; i < r->nagencies; i++) {
    r->slots[i].a = &r->agencies[i];
    r->by_id[i] = &r->slots[i];
    if (scope_code && strcasecmp(r->agencies[i].code, scope_code) == 0)
      r->scope_agency = &r->agencies[i];
  }
  qsort(r->by_id, r->nagencies, sizeof *r->by_id, cmp_slot_id);
  if (scope_code && !r->scope_agency)
    return error("unknown agency '%s'%s (see 'pubrec agency list')", scope_code,
                 hint_agency(r->st, scope_code));
  r->scope.agency_id = r->scope_agency ? r->scope_agency->id : 0;
  return 0;
}

/* ---- the period ------------------------------------------------------- */

int report_period(char from[11], char to[11], const struct report_opts *o)
{
  dl_day f, t;
  if (o->to) {
    if (dl_parse_date(o->to, &t) != 0)
      return usage_error("invalid date '%s' for --to (want YYYY-MM-DD, a real date)", o->to);
  } else if (dl_parse_date(o->as_of, &t) != 0) {
    return usage_error("invalid date '%s' for --as-of (want YYYY-MM-DD, a real date)", o->as_of);
  }
  if (o->from) {
    if (dl_parse_date(o->from, &f) != 0)
      return usage_error("invalid date '%s' for --from (want YYYY-MM-DD, a real date)", o->from);
  } else {
    int y, m, d;
    dl_to_civil(t, &y, &m, &d);
    m -= 11;
    if (m < 1) {
      m += 12;
      y--;
    }
    f = dl_from_civil(y, m, 1);
  }
  dl_format_date(from, f);
  dl_format_date(to, t);
  if (f > t)
    return usage_error("--from %s is after --to %s (give a period that ends after it starts)", from,
                       to);
  int y0, m0, y1, m1, dd;
  dl_to_civil(f, &y0, &m0, &dd);
  dl_to_civil(t, &y1, &m1, &dd);
  if ((y1 - y0) * 12 + (m1 - m0) + 1 > REPORT_MAX_MONTHS)
    return usage_error("the period %s to %s is longer than %d years (give a shorter --from/--to)",
                       from, to, REPORT_MAX_MONTHS / 12);
  return 0;
}

static int rep_init(struct rep *r, struct store *st, const struct report_opts *o, struct buf *trace)
{
  memset(r, 0, sizeof *r);
  r->st = st;
  r->trace = trace;
  r->replay = o->replay;
  r->sc = schedule_new(st);
  if (dl_parse_date(o->as_of, &r->d_as_of) != 0)
    return usage_error("invalid date '%s' for --as-of (want YYYY-MM-DD, a real date)", o->as_of);
  if (o->kind && !kind_valid(o->kind))
    return usage_error("unknown kind '%s' (want request, subpoena, appeal or petition)", o->kind);
  int rc = report_period(r->from, r->to, o);
  if (rc != 0)
    return rc;
  r->d_from = parse_day(r->from);
  r->d_to = parse_day(r->to);
  dl_format_date(r->as_of, r->d_as_of);
  dl_format_date(r->due7, r->d_as_of + 7);
  dl_format_date(r->due30, r->d_as_of + 30);
  r->scope.kind = o->kind;
  r->scope.tag = o->tag;
  r->scope.as_of = r->as_of;
  int y1, m1, d;
  dl_to_civil(r->d_from, &r->first_year, &r->first_month, &d);
  dl_to_civil(r->d_to, &y1, &m1, &d);
  r->nmonths = (y1 - r->first_year) * 12 + (m1 - r->first_month) + 1;
  r->month_received = xcalloc((size_t)r->nmonths, sizeof *r->month_received);
  r->month_processed = xcalloc((size_t)r->nmonths, sizeof *r->month_processed);
  return load_agencies(r, o->agency);
}

static void rep_release(struct rep *r)
{
  for (size_t i = 0; r->slots && i < r->nagencies; i++) {
    ivec_release(&r->slots[i].received.first);
    ivec_release(&r->slots[i].received.close);
    ivec_release(&r->slots[i].sent.first);
    ivec_release(&r->slots[i].sent.close);
  }
  free(r->slots);
  free(r->by_id);
  store_report_agencies_free(r->agencies, r->nagencies);
  store_report_rule_calendars_free(r->rules, r->nrules);
  schedule_free(r->sc);
  items_release(&r->overdue);
  items_release(&r->due_soon);
  items_release(&r->oldest);
  ivec_release(&r->response_wd);
  free(r->month_received);
  free(r->month_processed);
}

/* ---- the merge -------------------------------------------------------- */

typedef int (*walk_fn)(struct rep *r, const struct walk_matter *w);
static int on_matter(struct rep *r, const struct walk_matter *w);
static int on_total(void *ctx, const struct report_total *t);

/* The totals by status and kind, one matter at a time as the walk reads it
   (today's state, or the replayed one): no second pass over the matters. */
static int total_matter(struct rep *r, const struct walk_matter *w)
{
  dl_day now = r->d_as_of;
  int due = w->running && w->due != DL_NO_DAY;
  struct report_total t = {w->m->status,
                           w->m->kind,
                           1,
                           due && w->due < now,
                           due && w->due >= now && w->due <= now + 7,
                           due && w->due >= now && w->due <= now + 30};
  return on_total(r, &t);
}

/* A matter's clock runs on day now: open, not paused, not answered by then. */
static int runs_on(int open, const char *status, dl_day answered, dl_day now)
{
  return open && !status_pauses(status) && (answered == DL_NO_DAY || answered > now);
}

static int walk(struct rep *r, walk_fn fn)
{
  struct report_cursor *cm = NULL, *cr = NULL, *cc = NULL, *cs = NULL;
  struct report_matter_row m;
  struct report_response_row resp = {0, NULL, NULL};
  struct report_closure_row clo = {0, NULL, NULL};
  struct report_state_row ev;
  memset(&ev, 0, sizeof ev);
  int have_r = 1, have_c = 1, have_s = 0, rc;
  int ret = PR_ERR;
  if (store_report_matters(r->st, r->trace, &r->scope, &cm) != 0 ||
      store_report_responses(r->st, r->trace, &cr) != 0 ||
      store_report_closures(r->st, r->trace, &cc) != 0 ||
      (r->replay && store_report_states(r->st, r->trace, r->as_of, &cs) != 0))
    goto done;
  if ((have_r = store_report_response_next(cr, &resp)) < 0 ||
      (have_c = store_report_closure_next(cc, &clo)) < 0 ||
      (cs && (have_s = store_report_state_next(cs, &ev)) < 0))
    goto done;
  while ((rc = store_report_matter_next(cm, &m)) == 1) {
    struct walk_matter w;
    struct replayed x;
    memset(&w, 0, sizeof w);
    while (have_r == 1 && resp.matter_id < m.id)
      if ((have_r = store_report_response_next(cr, &resp)) < 0)
        goto done;
    while (have_c == 1 && clo.matter_id < m.id)
      if ((have_c = store_report_closure_next(cc, &clo)) < 0)
        goto done;
    if (cs) {
      /* The state at the end of as_of, from the history. */
      replay_init(&x);
      while (have_s == 1 && ev.matter_id < m.id)
        if ((have_s = store_report_state_next(cs, &ev)) < 0)
          goto done;
      while (have_s == 1 && ev.matter_id == m.id) {
        replay_event(&x, ev.on_date, ev.kind, ev.field, ev.old_value, ev.new_value);
        if ((have_s = store_report_state_next(cs, &ev)) < 0)
          goto done;
      }
      if (!x.status[0])
        continue; /* nothing of it had happened yet */
      m.status = x.status;
      m.due = replayed_due(&x);
      m.answered = x.determined[0] ? x.determined : NULL;
      m.missed = x.missed[0] ? x.missed : NULL;
    }
    w.m = &m;
    int si = status_index(m.status);
    w.open = si >= 0 && status_defs[si].open; /* status_is_open's answer */
    if (have_r == 1 && resp.matter_id == m.id) {
      w.first_on = resp.first_on;
      w.answer_on = resp.answer_on;
      /* Responses after the report's date had not been given yet (the
         first of them is the earliest: none before it either). */
      if (w.first_on && strcmp(w.first_on, r->as_of) > 0)
        w.first_on = NULL;
      if (w.answer_on && strcmp(w.answer_on, r->as_of) > 0)
        w.answer_on = NULL;
    }
    if (cs) {
      if (!w.open && x.closed_on[0]) {
        w.closed_on = x.closed_on;
        w.closed_as = x.closed_as;
      }
    } else if (!w.open && have_c == 1 && clo.matter_id == m.id) {
      w.closed_on = clo.closed_on;
      w.closed_as = clo.status;
    }
    if (!w.open && !w.closed_as)
      w.closed_as = m.status;
    w.answered = parse_day(m.answered);
    if (cs && !x.reopened && w.answer_on &&
        (w.answered == DL_NO_DAY || parse_day(w.answer_on) < w.answered))
      w.answered = parse_day(w.answer_on); /* an objection answers without a status */
    w.missed = parse_day(m.missed);
    w.running = runs_on(w.open, m.status, w.answered, r->d_as_of);
    w.trigger = parse_day(m.trigger_date);
    w.due = parse_day(m.due);
    w.first = parse_day(w.first_on);
    w.answer = parse_day(w.answer_on);
    w.closed = parse_day(w.closed_on);
    /* A closed matter without a closing row in the history (imported):
       treat it as closed on its trigger date. */
    if (!w.open && w.closed == DL_NO_DAY)
      w.closed = w.trigger;
    w.from = slot_by_id(r, m.from_id);
    w.to = slot_by_id(r, m.to_id);
    if (!w.from || !w.to || w.trigger == DL_NO_DAY) {
      ret = error("matter '%s' has an unknown agency or an invalid trigger date '%s' (check "
                  "it with 'pubrec show %s')",
                  m.ref, m.trigger_date, m.ref);
      goto done;
    }
    w.cal = matter_calendar(r, w.to, m.rule, &w.calendar);
    const struct report_rule_cal *rc_rule = find_rule(r, m.rule);
    w.unverified = rc_rule && rc_rule->unverified;
    if (!w.cal)
      goto done;
    /* Every count below runs between these days (trigger, due, closed, as-of, the
       period's end): build the calendar's years for them (holidays.c builds lazily). */
    dl_day span_lo = w.trigger, span_hi = w.trigger;
    const dl_day span[] = {w.due, w.closed, r->d_as_of, r->d_to};
    for (size_t i = 0; i < sizeof span / sizeof span[0]; i++) {
      if (span[i] == DL_NO_DAY)
        continue;
      span_lo = span[i] < span_lo ? span[i] : span_lo;
      span_hi = span[i] > span_hi ? span[i] : span_hi;
    }
    if (schedule_cover(r->sc, w.cal, span_lo, span_hi) != 0)
      goto done;
    if (fn == on_matter && (ret = total_matter(r, &w)) != 0)
      goto done;
    if ((ret = fn(r, &w)) != 0)
      goto done;
    ret = PR_ERR;
  }
  if (rc == 0)
    ret = 0;
done:
  store_report_cursor_free(cm);
  store_report_cursor_free(cr);
  store_report_cursor_free(cc);
  store_report_cursor_free(cs);
  return ret;
}

/* ---- the model's accumulators ----------------------------------------- */

static int on_total(void *ctx, const struct report_total *t)
{
  struct rep *r = ctx;
  int si = status_index(t->status), ki = kind_index(t->kind);
  int open = si >= 0 && status_defs[si].open; /* status_is_open's answer, one lookup */
  r->t_matters += t->count;
  if (si >= 0)
    r->by_status[si] += t->count;
  if (ki >= 0)
    r->kind_count[ki] += t->count;
  if (open) {
    r->t_open += t->count;
    r->t_overdue += t->past_due;
    r->t_due7 += t->due7;
    r->t_due30 += t->due30;
    if (ki >= 0) {
      r->kind_open[ki] += t->count;
      r->kind_overdue[ki] += t->past_due;
    }
  } else {
    r->t_closed += t->count;
  }
  return 0;
}

static struct item *item_add(struct items *a, const struct walk_matter *w)
{
  if (a->n == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 16;
    a->v = xrealloc(a->v, a->cap * sizeof *a->v);
  }
  struct item *it = &a->v[a->n++];
  memset(it, 0, sizeof *it);
  it->id = w->m->id;
  it->ref = xstrdup(w->m->ref);
  it->subject = xstrdup(w->m->subject ? w->m->subject : "");
  it->kind = xstrdup(w->m->kind);
  it->status = xstrdup(w->m->status);
  it->rule = w->m->rule ? xstrdup(w->m->rule) : NULL;
  it->unverified = w->unverified;
  it->calendar = w->calendar;
  it->from = w->from;
  it->to = w->to;
  fmt_day(it->trigger, w->trigger);
  fmt_day(it->due, w->due);
  return it;
}

/* w as an item of the overdue list (overdue: due before now) or of the
   due-soon one, with its calendar and working days late or left. */
static void list_item_add(struct items *a, const struct walk_matter *w, dl_day now, int overdue)
{
  struct item *it = item_add(a, w);
  if (overdue) {
    it->days = (int)(now - w->due);
    it->wdays = dl_working_days_between(w->cal, w->due, now);
  } else {
    it->days = (int)(w->due - now);
    it->wdays = dl_working_days_between(w->cal, now, w->due);
  }
}

/* Keep the ten oldest pending matters: earliest trigger, then lowest id. */
static void oldest_offer(struct rep *r, const struct walk_matter *w)
{
  struct items *a = &r->oldest;
  char trig[11];
  fmt_day(trig, w->trigger);
  size_t pos = a->n;
  while (pos > 0) {
    int c = strcmp(a->v[pos - 1].trigger, trig);
    if (c < 0 || (c == 0 && a->v[pos - 1].id < w->m->id))
      break;
    pos--;
  }
  if (pos >= 10)
    return;
  if (a->n == 10) {
    item_release(&a->v[9]);
    a->n--;
  }
  struct item *it = item_add(a, w); /* appended; move it to pos */
  struct item tmp = *it;
  memmove(&a->v[pos + 1], &a->v[pos], (a->n - 1 - pos) * sizeof *a->v);
  a->v[pos] = tmp;
  a->v[pos].wdays = dl_working_days_between(w->cal, w->trigger, r->d_to);
  a->v[pos].days = (int)(r->d_to - w->trigger);
}

static void add_dir(struct dir_stats *d, const struct walk_matter *w, int overdue)
{
  d->matters++;
  if (w->answer != DL_NO_DAY) {
    d->answered++;
    if (w->due != DL_NO_DAY) {
      d->with_due++;
      /* A late extension moved the due date, but the miss stays. */
      d->on_time += w->answer <= w->due && w->missed == DL_NO_DAY;
    }
  }
  if (w->first != DL_NO_DAY)
    ivec_push(&d->first, (int)(w->first - w->trigger));
  if (!w->open && w->closed_on)
    ivec_push(&d->close, (int)(w->closed - w->trigger));
  d->open += w->open;
  d->overdue += overdue;
}

static int month_index(const struct rep *r, dl_day day)
{
  int y, m, d;
  dl_to_civil(day, &y, &m, &d);
  return (y - r->first_year) * 12 + (m - r->first_month);
}

static int on_matter(struct rep *r, const struct walk_matter *w)
{
  dl_day now = r->d_as_of;
  int overdue = w->running && w->due != DL_NO_DAY && w->due < now;
  add_dir(&w->to->received, w, overdue);
  add_dir(&w->from->sent, w, overdue);

  if (w->open) {
    int elapsed = dl_working_days_between(w->cal, w->trigger, now);
    size_t b = 0;
    while (b + 1 < NBANDS && elapsed > bands[b].max)
      b++;
    r->aging[b]++;
    if (r->list_later) {
      /* listed by print_due_lists */
    } else if (overdue) {
      list_item_add(&r->overdue, w, now, 1);
    } else if (w->running && w->due != DL_NO_DAY && w->due <= now + 30) {
      list_item_add(&r->due_soon, w, now, 0);
    }
  }

  /* DOJ sections over [from, to]. */
  int closed_before_from = !w->open && w->closed < r->d_from;
  int closed_by_to = !w->open && w->closed <= r->d_to;
  if (w->trigger < r->d_from && !closed_before_from)
    r->pending_start++;
  if (w->trigger >= r->d_from && w->trigger <= r->d_to) {
    r->received++;
    r->month_received[month_index(r, w->trigger)]++;
  }
  if (!w->open && w->closed >= r->d_from && w->closed <= r->d_to) {
    r->processed++;
    r->month_processed[month_index(r, w->closed)]++;
    int ci = status_index(w->closed_as);
    if (ci >= 0 && !status_defs[ci].open)
      r->dispositions[ci]++;
    ivec_push(&r->response_wd, dl_working_days_between(w->cal, w->trigger, w->closed));
  }
  if (w->trigger <= r->d_to && !closed_by_to) {
    r->pending_end++;
    if (w->due != DL_NO_DAY && w->due < r->d_to)
      r->backlog++;
    oldest_offer(r, w);
  }
  return 0;
}

static int cmp_overdue(const void *a, const void *b)
{
  const struct item *x = a, *y = b;
  if (x->days != y->days)
    return x->days > y->days ? -1 : 1;
  if (x->wdays != y->wdays)
    return x->wdays > y->wdays ? -1 : 1;
  return strcmp(x->ref, y->ref);
}

static int cmp_due_soon(const void *a, const void *b)
{
  const struct item *x = a, *y = b;
  int c = strcmp(x->due, y->due);
  return c ? c : strcmp(x->ref, y->ref);
}

/* ---- the model's sections --------------------------------------------- */

static struct jv *agency_ref(const struct agency_slot *s)
{
  struct jv *o = jv_object();
  jv_set_str(o, "code", s->a->code);
  jv_set_str(o, "name", s->a->name);
  return o;
}

static struct jv *item_json(const struct item *it, const char *days_key, const char *wdays_key)
{
  struct jv *o = jv_object();
  jv_set_str(o, "ref", it->ref);
  jv_set_str(o, "kind", it->kind);
  jv_set_str(o, "subject", it->subject);
  jv_set(o, "from", agency_ref(it->from));
  jv_set(o, "to", agency_ref(it->to));
  jv_set_str(o, "status", it->status);
  jv_set_str(o, "trigger_date", it->trigger);
  jv_set_str(o, "due", it->due[0] ? it->due : NULL);
  jv_set_str(o, "rule", it->rule);
  jv_set_bool(o, "rule_unverified", it->unverified);
  jv_set_str(o, "calendar", it->calendar);
  if (days_key)
    jv_set_int(o, days_key, it->days);
  if (wdays_key)
    jv_set_int(o, wdays_key, it->wdays);
  /* "1 day", "2 days": for the templates' sentences. */
  jv_set_str(o, "days_word", it->days == 1 || it->days == -1 ? "day" : "days");
  jv_set_str(o, "working_days_word",
             it->wdays == 1 || it->wdays == -1 ? "working day" : "working days");
  return o;
}

static struct jv *items_json(const struct items *a, const char *days_key, const char *wdays_key)
{
  struct jv *arr = jv_array();
  for (size_t i = 0; i < a->n; i++)
    jv_append(arr, item_json(&a->v[i], days_key, wdays_key));
  return arr;
}

static struct jv *totals_json(struct rep *r)
{
  struct jv *o = jv_object();
  jv_set_int(o, "matters", r->t_matters);
  jv_set_int(o, "open", r->t_open);
  jv_set_int(o, "closed", r->t_closed);
  jv_set_int(o, "overdue", r->t_overdue);
  jv_set_int(o, "due_7", r->t_due7);
  jv_set_int(o, "due_30", r->t_due30);
  struct jv *st = jv_array();
  for (int i = 0; status_defs[i].name && i < NSTATUS; i++) {
    struct jv *s = jv_object();
    jv_set_str(s, "status", status_defs[i].name);
    jv_set_bool(s, "open", status_defs[i].open);
    jv_set_int(s, "count", r->by_status[i]);
    jv_append(st, s);
  }
  jv_set(o, "by_status", st);
  struct jv *kd = jv_array();
  for (size_t i = 0; i < NKINDS; i++) {
    struct jv *k = jv_object();
    jv_set_str(k, "kind", kinds[i]);
    jv_set_int(k, "count", r->kind_count[i]);
    jv_set_int(k, "open", r->kind_open[i]);
    jv_set_int(k, "overdue", r->kind_overdue[i]);
    jv_append(kd, k);
  }
  jv_set(o, "by_kind", kd);
  int64_t people = 0;
  for (size_t i = 0; i < r->nagencies; i++)
    people += r->slots[i].a->person && (r->slots[i].sent.matters || r->slots[i].received.matters);
  jv_set_int(o, "requesters", people);
  return o;
}

static struct jv *dir_json(struct dir_stats *d)
{
  struct jv *o = jv_object();
  jv_set_int(o, "matters", d->matters);
  jv_set_int(o, "answered", d->answered);
  jv_set_int(o, "answered_with_due", d->with_due);
  jv_set_int(o, "on_time", d->on_time);
  double pct = d->with_due ? round1(100.0 * (double)d->on_time / (double)d->with_due) : 0;
  jv_set(o, "on_time_pct", num_or_null(d->with_due > 0, pct));
  if (d->with_due) {
    char s[32];
    snprintf(s, sizeof s, "%.1f%%", pct);
    jv_set_str(o, "on_time_text", s);
  } else {
    jv_set_str(o, "on_time_text", "-");
  }
  jv_set(o, "first_response", day_stats(&d->first, "median_days", "average_days"));
  jv_set(o, "closure", day_stats(&d->close, "median_days", "average_days"));
  jv_set_int(o, "open", d->open);
  jv_set_int(o, "overdue", d->overdue);
  return o;
}

static struct jv *agencies_json(struct rep *r)
{
  struct jv *arr = jv_array();
  for (size_t i = 0; i < r->nagencies; i++) {
    struct agency_slot *s = &r->slots[i];
    if (s->a->person || (!s->received.matters && !s->sent.matters))
      continue;
    struct jv *o = agency_ref(s);
    jv_set(o, "received", dir_json(&s->received));
    jv_set(o, "sent", dir_json(&s->sent));
    jv_append(arr, o);
  }
  return arr;
}

/* Requesters who are people (issue 9): apart from the agencies, and never in
   their statistics. */
static struct jv *requesters_json(struct rep *r)
{
  struct jv *arr = jv_array();
  for (size_t i = 0; i < r->nagencies; i++) {
    struct agency_slot *s = &r->slots[i];
    if (!s->a->person || (!s->sent.matters && !s->received.matters))
      continue;
    struct jv *o = agency_ref(s);
    jv_set_int(o, "requests", s->sent.matters);
    jv_set_int(o, "open", s->sent.open);
    jv_append(arr, o);
  }
  return arr;
}

static struct jv *aging_json(struct rep *r)
{
  struct jv *arr = jv_array();
  for (size_t b = 0; b < NBANDS; b++) {
    struct jv *o = jv_object();
    jv_set_str(o, "band", bands[b].label);
    jv_set_int(o, "min", b == 0 ? 0 : bands[b - 1].max + 1);
    jv_set(o, "max", bands[b].max < 0 ? jv_null() : jv_int(bands[b].max));
    jv_set_int(o, "count", r->aging[b]);
    jv_append(arr, o);
  }
  return arr;
}

static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static void month_of(const struct rep *r, int i, int *y, int *m)
{
  int k = r->first_month - 1 + i;
  *y = r->first_year + k / 12;
  *m = k % 12 + 1;
}

static struct jv *doj_json(struct rep *r)
{
  struct jv *o = jv_object();
  jv_set_str(o, "from", r->from);
  jv_set_str(o, "to", r->to);
  struct jv *va = jv_object();
  jv_set_int(va, "pending_start", r->pending_start);
  jv_set_int(va, "received", r->received);
  jv_set_int(va, "processed", r->processed);
  jv_set_int(va, "pending_end", r->pending_end);
  jv_set(o, "requests", va);
  struct jv *disp = jv_array();
  for (int i = 0; status_defs[i].name && i < NSTATUS; i++) {
    if (status_defs[i].open)
      continue;
    struct jv *d = jv_object();
    jv_set_str(d, "status", status_defs[i].name);
    jv_set_int(d, "count", r->dispositions[i]);
    jv_append(disp, d);
  }
  jv_set(o, "dispositions", disp);

  struct ivec *a = &r->response_wd;
  struct jv *rt = jv_object();
  int lo = a->n ? a->min : 0, hi = a->n ? a->max : 0;
  double avg = a->n ? round1((double)a->sum / (double)a->n) : 0;
  double med = a->n ? median(a) : 0;
  int have = a->n > 0;
  jv_set_int(rt, "count", (int64_t)a->n);
  jv_set(rt, "median", num_or_null(have, med));
  jv_set(rt, "average", num_or_null(have, avg));
  jv_set(rt, "lowest", have ? jv_int(lo) : jv_null());
  jv_set(rt, "highest", have ? jv_int(hi) : jv_null());
  jv_set(rt, "median_text", num_text(have, med));
  jv_set(rt, "average_text", num_text(have, avg));
  jv_set(rt, "lowest_text", num_text(have, lo));
  jv_set(rt, "highest_text", num_text(have, hi));
  jv_set(o, "response_time", rt);

  struct jv *old = jv_array();
  for (size_t i = 0; i < r->oldest.n; i++) {
    struct jv *it = item_json(&r->oldest.v[i], "days_pending", "working_days_pending");
    jv_set_int(it, "rank", (int64_t)i + 1);
    jv_append(old, it);
  }
  jv_set(o, "oldest_pending", old);
  jv_set_int(o, "backlog", r->backlog);

  struct jv *months = jv_array();
  for (int i = 0; i < r->nmonths; i++) {
    int y, m;
    month_of(r, i, &y, &m);
    char s[16];
    snprintf(s, sizeof s, "%04d-%02d", y, m);
    struct jv *mo = jv_object();
    jv_set_str(mo, "month", s);
    jv_set_int(mo, "received", r->month_received[i]);
    jv_set_int(mo, "processed", r->month_processed[i]);
    jv_append(months, mo);
  }
  jv_set(o, "monthly", months);
  return o;
}

static struct jv *recent_json(struct rep *r, int limit)
{
  struct event_row *e = NULL;
  size_t n = 0;
  if (store_report_recent(r->st, r->trace, &r->scope, limit, &e, &n) != 0)
    return NULL;
  struct jv *arr = jv_array();
  for (size_t i = 0; i < n; i++) {
    struct jv *o = jv_object();
    jv_set_str(o, "ref", e[i].ref);
    jv_set_str(o, "on_date", e[i].on_date);
    jv_set_str(o, "at", e[i].at);
    jv_set_str(o, "kind", e[i].kind);
    jv_set_str(o, "field", e[i].field);
    jv_set_str(o, "old_value", e[i].old_value);
    jv_set_str(o, "new_value", e[i].new_value);
    jv_set_str(o, "note", e[i].note);
    jv_set_str(o, "by", e[i].by);
    char *change;
    const char *what = e[i].field ? e[i].field : e[i].kind;
    if (e[i].old_value && e[i].new_value)
      change = xasprintf("%s: %s -> %s", what, e[i].old_value, e[i].new_value);
    else if (e[i].new_value)
      change = xasprintf("%s: %s", what, e[i].new_value);
    else if (e[i].old_value)
      change = xasprintf("%s: %s removed", what, e[i].old_value);
    else
      change = xstrdup(what);
    jv_set_str(o, "change", change);
    free(change);
    jv_append(arr, o);
  }
  store_events_free(e, n);
  return arr;
}

/* ---- charts: geometry for the HTML template's inline SVG -------------- */

/* The smallest 1, 2 or 5 times a power of ten at or above x (at least 1). */
static int64_t nice_max(int64_t x)
{
  int64_t p = 1;
  if (x < 1)
    return 1;
  for (;;) {
    if (x <= p)
      return p;
    if (x <= 2 * p)
      return 2 * p;
    if (x <= 5 * p)
      return 5 * p;
    p *= 10;
  }
}

#define CH_W 560       /* viewBox width */
#define MONTHLY_W 1080 /* the monthly chart spans a wide card */
#define CH_LEFT 44     /* room for the y axis labels */
#define CH_TOP 16
#define CH_PLOT_H 160
#define CH_BOTTOM (CH_TOP + CH_PLOT_H)
#define CH_H (CH_BOTTOM + 40)

/* Gridlines at round values: top is 1, 2 or 5 times a power of ten. */
static struct jv *y_ticks(int64_t top)
{
  int steps = top % 4 == 0 ? 4 : top % 5 == 0 ? 5 : top % 2 == 0 ? 2 : 1;
  struct jv *arr = jv_array();
  for (int i = 0; i <= steps; i++) {
    int y = CH_BOTTOM - CH_PLOT_H * i / steps;
    struct jv *t = jv_object();
    jv_set_int(t, "value", top * i / steps);
    jv_set_int(t, "y", y);
    jv_set_int(t, "label_y", y + 4);
    jv_append(arr, t);
  }
  return arr;
}

static struct jv *frame(int width, int height)
{
  struct jv *o = jv_object();
  jv_set_int(o, "width", width);
  jv_set_int(o, "height", height);
  jv_set_int(o, "left", CH_LEFT);
  jv_set_int(o, "right", width - 8);
  jv_set_int(o, "top", CH_TOP);
  jv_set_int(o, "bottom", CH_BOTTOM);
  jv_set_int(o, "axis_label_x", CH_LEFT - 6);
  return o;
}

static struct jv *aging_chart(struct rep *r)
{
  int64_t max = 0;
  for (size_t b = 0; b < NBANDS; b++)
    if (r->aging[b] > max)
      max = r->aging[b];
  int64_t top = nice_max(max);
  struct jv *o = frame(CH_W, CH_H);
  jv_set(o, "ticks", y_ticks(top));
  struct jv *bars = jv_array();
  int slot = (CH_W - 8 - CH_LEFT) / (int)NBANDS;
  for (size_t b = 0; b < NBANDS; b++) {
    struct jv *bar = jv_object();
    int h = (int)(r->aging[b] * CH_PLOT_H / top);
    int x = CH_LEFT + slot * (int)b + slot / 8;
    int w = slot - slot / 4;
    jv_set_str(bar, "label", bands[b].label);
    jv_set_int(bar, "count", r->aging[b]);
    jv_set_int(bar, "x", x);
    jv_set_int(bar, "width", w);
    jv_set_int(bar, "y", CH_BOTTOM - h);
    jv_set_int(bar, "height", h);
    jv_set_int(bar, "center_x", x + w / 2);
    jv_set_int(bar, "value_y", CH_BOTTOM - h - 4);
    jv_set_int(bar, "label_y", CH_BOTTOM + 16);
    jv_append(bars, bar);
  }
  jv_set(o, "bars", bars);
  jv_set_int(o, "max", max);
  jv_set_int(o, "caption_y", CH_BOTTOM + 34);
  return o;
}

#define OT_ROW 28
#define OT_LABEL 110 /* room for the agency code */
#define OT_BAR_W (CH_W - OT_LABEL - 96)

static struct jv *on_time_chart(struct rep *r)
{
  struct jv *bars = jv_array();
  int row = 0;
  for (size_t i = 0; i < r->nagencies; i++) {
    struct dir_stats *d = &r->slots[i].received;
    if (!d->with_due || r->slots[i].a->person)
      continue;
    int64_t w = d->on_time * OT_BAR_W / d->with_due;
    int y = 8 + row * OT_ROW;
    struct jv *bar = jv_object();
    char pct[32], detail[64];
    snprintf(pct, sizeof pct, "%.1f%%", round1(100.0 * (double)d->on_time / (double)d->with_due));
    snprintf(detail, sizeof detail, "%" PRId64 " of %" PRId64, d->on_time, d->with_due);
    jv_set_str(bar, "code", r->slots[i].a->code);
    jv_set_str(bar, "pct_text", pct);
    jv_set_str(bar, "detail", detail);
    jv_set_int(bar, "y", y);
    jv_set_int(bar, "text_y", y + 15);
    jv_set_int(bar, "height", OT_ROW - 8);
    jv_set_int(bar, "width", w);
    jv_set_int(bar, "late_x", OT_LABEL + w);
    jv_set_int(bar, "late_width", OT_BAR_W - w);
    jv_set_int(bar, "value_x", OT_LABEL + OT_BAR_W + 6);
    jv_append(bars, bar);
    row++;
  }
  struct jv *o = jv_object();
  jv_set_int(o, "width", CH_W);
  jv_set_int(o, "height", 16 + row * OT_ROW);
  jv_set_int(o, "bar_x", OT_LABEL);
  jv_set_int(o, "label_x", OT_LABEL - 8);
  jv_set_int(o, "bar_width", OT_BAR_W);
  jv_set_int(o, "count", row);
  jv_set(o, "bars", bars);
  return o;
}

static struct jv *monthly_chart(struct rep *r)
{
  int64_t max = 0;
  for (int i = 0; i < r->nmonths; i++) {
    if (r->month_received[i] > max)
      max = r->month_received[i];
    if (r->month_processed[i] > max)
      max = r->month_processed[i];
  }
  int64_t top = nice_max(max);
  int plot_w = MONTHLY_W - 8 - CH_LEFT;
  /* With many months the labels thin out to one in `every`. */
  int every = (r->nmonths + 11) / 12;
  struct jv *o = frame(MONTHLY_W, CH_H);
  jv_set(o, "ticks", y_ticks(top));
  struct jv *groups = jv_array();
  for (int i = 0; i < r->nmonths; i++) {
    int x0 = CH_LEFT + plot_w * i / r->nmonths;
    int x1 = CH_LEFT + plot_w * (i + 1) / r->nmonths;
    int gw = x1 - x0;
    int bw = gw * 2 / 5 > 1 ? gw * 2 / 5 : 1;
    int hr = (int)(r->month_received[i] * CH_PLOT_H / top);
    int hp = (int)(r->month_processed[i] * CH_PLOT_H / top);
    int y, m;
    month_of(r, i, &y, &m);
    char label[16] = "", year[8] = "";
    if (i % every == 0)
      snprintf(label, sizeof label, "%s", month_names[m - 1]);
    if (i % every == 0 && (i == 0 || m <= every))
      snprintf(year, sizeof year, "%04d", y);
    char month[16];
    snprintf(month, sizeof month, "%04d-%02d", y, m);
    struct jv *g = jv_object();
    jv_set_str(g, "month", month);
    jv_set_str(g, "label", label);
    jv_set_str(g, "year", year);
    jv_set_int(g, "center_x", x0 + gw / 2);
    jv_set_int(g, "label_y", CH_BOTTOM + 14);
    jv_set_int(g, "year_y", CH_BOTTOM + 27);
    jv_set_int(g, "received", r->month_received[i]);
    jv_set_int(g, "processed", r->month_processed[i]);
    jv_set_int(g, "received_x", x0 + gw / 10);
    jv_set_int(g, "processed_x", x0 + gw / 10 + bw);
    jv_set_int(g, "bar_width", bw);
    jv_set_int(g, "received_y", CH_BOTTOM - hr);
    jv_set_int(g, "received_height", hr);
    jv_set_int(g, "processed_y", CH_BOTTOM - hp);
    jv_set_int(g, "processed_height", hp);
    jv_append(groups, g);
  }
  jv_set(o, "groups", groups);
  jv_set_int(o, "max", max);
  return o;
}

/* ---- entry points ----------------------------------------------------- */

static struct jv *header_json(struct rep *r, const struct report_opts *o)
{
  struct jv *h = jv_object();
  jv_set_str(h, "title", "Public-records status report");
  jv_set_str(h, "as_of", r->as_of);
  jv_set_str(h, "from", r->from);
  jv_set_str(h, "to", r->to);
  struct jv *scope = jv_object();
  jv_set_str(scope, "agency", r->scope_agency ? r->scope_agency->code : NULL);
  jv_set_str(scope, "agency_name", r->scope_agency ? r->scope_agency->name : NULL);
  jv_set_str(scope, "kind", o->kind);
  jv_set_str(scope, "tag", o->tag);
  char *text = xasprintf("%s%s, %s%s%s%s", r->scope_agency ? "matters sent or received by " : "",
                         r->scope_agency ? r->scope_agency->code : "all agencies",
                         o->kind ? o->kind : "all kinds", o->kind ? "s only" : "",
                         o->tag ? ", tagged " : "", o->tag ? o->tag : "");
  jv_set_str(scope, "text", text);
  free(text);
  jv_set(h, "scope", scope);
  return h;
}

/* Walk the matters and read the recent history: r ready for the model
   (rep_release it whatever the answer). */
static int rep_run(struct rep *r, struct store *st, const struct report_opts *o, struct buf *trace,
                   int list_later, struct jv **recent)
{
  *recent = NULL;
  int rc = rep_init(r, st, o, trace);
  r->list_later = list_later;
  if (rc == 0)
    rc = walk(r, on_matter);
  if (rc == 0 && !(*recent = recent_json(r, o->recent < 0 ? REPORT_RECENT_DEFAULT : o->recent)))
    rc = PR_ERR;
  if (rc != 0)
    return rc;
  if (r->overdue.n > 1) /* qsort(NULL, 0, ...) is undefined */
    qsort(r->overdue.v, r->overdue.n, sizeof *r->overdue.v, cmp_overdue);
  if (r->due_soon.n > 1)
    qsort(r->due_soon.v, r->due_soon.n, sizeof *r->due_soon.v, cmp_due_soon);
  return 0;
}

/* The model; with items 0, "overdue" and "due_soon" are left empty (the
   streaming printer writes them from r). Takes recent. */
static struct jv *rep_model(struct rep *r, const struct report_opts *o, struct jv *recent,
                            int items)
{
  struct jv *m = jv_object();
  jv_set(m, "report", header_json(r, o));
  jv_set(m, "totals", totals_json(r));
  jv_set(m, "overdue",
         items ? items_json(&r->overdue, "days_overdue", "working_days_overdue") : jv_array());
  jv_set(m, "due_soon",
         items ? items_json(&r->due_soon, "days_left", "working_days_left") : jv_array());
  jv_set(m, "agencies", agencies_json(r));
  jv_set(m, "requesters", requesters_json(r));
  jv_set(m, "aging", aging_json(r));
  jv_set(m, "doj", doj_json(r));
  jv_set(m, "recent", recent);
  struct jv *charts = jv_object();
  jv_set(charts, "aging", aging_chart(r));
  jv_set(charts, "on_time", on_time_chart(r));
  jv_set(charts, "monthly", monthly_chart(r));
  jv_set(m, "charts", charts);
  return m;
}

int report_build(struct store *st, const struct report_opts *o, struct buf *trace, struct jv **out)
{
  struct rep r;
  struct jv *recent;
  *out = NULL;
  int rc = rep_run(&r, st, o, trace, 0, &recent);
  if (rc == 0)
    *out = rep_model(&r, o, recent, 1);
  rep_release(&r);
  return rc;
}

/* Streaming an item as item_json's object nested two levels down
   (jv_print's layout: JSON_INDENT(2), members in order). */
static void key_at(FILE *out, int first, const char *key)
{
  fputs(first ? "\n      \"" : ",\n      \"", out);
  fputs(key, out); /* the keys are plain names: nothing to escape */
  fputs("\": ", out);
}

static void int_at(FILE *out, const char *key, int64_t v)
{
  key_at(out, 0, key);
  fprintf(out, "%" PRId64, v);
}

static void agency_at(FILE *out, const char *key, const struct agency_slot *a)
{
  key_at(out, 0, key);
  fputs("{\n        \"code\": ", out);
  jv_write_str(out, a->a->code);
  fputs(",\n        \"name\": ", out);
  jv_write_str(out, a->a->name);
  fputs("\n      }", out);
}

/* Must print exactly what jv_print_nested(item_json(it, ...), 2) prints
   (tests/e2e/report_golden.sh compares the two). */
static void print_item(FILE *out, const struct item *it, const char *days_key,
                       const char *wdays_key)
{
  fputs("{", out);
  key_at(out, 1, "ref");
  jv_write_str(out, it->ref);
  key_at(out, 0, "kind");
  jv_write_str(out, it->kind);
  key_at(out, 0, "subject");
  jv_write_str(out, it->subject);
  agency_at(out, "from", it->from);
  agency_at(out, "to", it->to);
  key_at(out, 0, "status");
  jv_write_str(out, it->status);
  key_at(out, 0, "trigger_date");
  jv_write_str(out, it->trigger);
  key_at(out, 0, "due");
  jv_write_str(out, it->due[0] ? it->due : NULL);
  key_at(out, 0, "rule");
  jv_write_str(out, it->rule);
  key_at(out, 0, "rule_unverified");
  fputs(it->unverified ? "true" : "false", out);
  key_at(out, 0, "calendar");
  jv_write_str(out, it->calendar);
  if (days_key)
    int_at(out, days_key, it->days);
  if (wdays_key)
    int_at(out, wdays_key, it->wdays);
  key_at(out, 0, "days_word");
  fputs(it->days == 1 || it->days == -1 ? "\"day\"" : "\"days\"", out);
  key_at(out, 0, "working_days_word");
  fputs(it->wdays == 1 || it->wdays == -1 ? "\"working day\"" : "\"working days\"", out);
  fputs("\n    }", out);
}

/* One list of items, as jv_print lays it out one level down, item by item
   (the list can be long: every overdue matter). n: items written so far. */
static void print_list_item(FILE *out, size_t *n, const struct item *it, const char *days_key,
                            const char *wdays_key)
{
  fputs((*n)++ ? ",\n    " : "[\n    ", out);
  print_item(out, it, days_key, wdays_key);
}

static int print_list_end(FILE *out, size_t n)
{
  fputs(n ? "\n  ]" : "[]", out);
  return ferror(out) ? -1 : 0;
}

static int print_items(FILE *out, const struct items *a, const char *days_key,
                       const char *wdays_key)
{
  size_t n = 0;
  for (size_t i = 0; i < a->n; i++)
    print_list_item(out, &n, &a->v[i], days_key, wdays_key);
  return print_list_end(out, n);
}

/* The walk's item for a matter read again by print_due_lists: what
   on_matter keeps of it, today's state (no replay). 1 when the matter is in
   the list (overdue: 1; due soon: 0), 0 when not, PR_ERR. */
static int due_item(struct rep *r, const struct report_matter_row *m, int overdue,
                    struct items *group)
{
  struct walk_matter w;
  memset(&w, 0, sizeof w);
  dl_day now = r->d_as_of;
  w.m = m;
  w.open = status_is_open(m->status);
  w.answered = parse_day(m->answered);
  w.running = runs_on(w.open, m->status, w.answered, now);
  w.trigger = parse_day(m->trigger_date);
  w.due = parse_day(m->due);
  if (!w.running || w.due == DL_NO_DAY ||
      (overdue ? w.due >= now : w.due < now || w.due > now + 30))
    return 0;
  w.from = slot_by_id(r, m->from_id);
  w.to = slot_by_id(r, m->to_id);
  if (!w.from || !w.to || w.trigger == DL_NO_DAY) /* the walk stopped at it already */
    return error("matter '%s' has an unknown agency or an invalid trigger date '%s' (check "
                 "it with 'pubrec show %s')",
                 m->ref, m->trigger_date, m->ref);
  w.cal = matter_calendar(r, w.to, m->rule, &w.calendar);
  if (!w.cal)
    return PR_ERR;
  const struct report_rule_cal *rule = find_rule(r, m->rule);
  w.unverified = rule && rule->unverified;
  if (schedule_cover(r->sc, w.cal, w.due < now ? w.due : now, w.due < now ? now : w.due) != 0)
    return PR_ERR;
  list_item_add(group, &w, now, overdue);
  return 1;
}

/* The overdue (due before as_of) or due-soon (due in [as_of, as_of + 30])
   list, read again in due order where it is written: one statement a
   pending status (each in due order through matter_status_due) merged here,
   the matters of one due date sorted as the walk's lists are (cmp_overdue,
   cmp_due_soon) and written. Memory: one due date's matters. */
static int print_due_lists(FILE *out, struct rep *r, int overdue)
{
  const char *days_key = overdue ? "days_overdue" : "days_left";
  const char *wdays_key = overdue ? "working_days_overdue" : "working_days_left";
  char lo[11] = "", hi[11];
  if (!overdue)
    memcpy(lo, r->as_of, sizeof lo);
  dl_format_date(hi, overdue ? r->d_as_of : r->d_as_of + 31);
  enum { MAXC = 16 };
  struct report_cursor *c[MAXC];
  struct report_matter_row row[MAXC];
  int have[MAXC], nc = 0, rc = 0;
  for (size_t i = 0; status_defs[i].name && rc == 0; i++) {
    if (!status_defs[i].open || status_pauses(status_defs[i].name))
      continue;
    if (nc == MAXC)
      die("report: more pending statuses than print_due_lists merges");
    if (store_report_due_matters(r->st, &r->scope, status_defs[i].name, lo, hi, &c[nc]) != 0)
      rc = PR_ERR;
    else if ((have[nc] = store_report_matter_next(c[nc], &row[nc])) < 0)
      rc = PR_ERR, nc++;
    else
      nc++;
  }
  struct items group = {NULL, 0, 0};
  char *due = NULL;
  size_t n = 0;
  while (rc == 0) {
    /* The next due date: the least of the cursors' (BINARY, as the index). */
    int least = -1;
    for (int i = 0; i < nc; i++)
      if (have[i] == 1 && (least < 0 || strcmp(row[i].due, row[least].due) < 0))
        least = i;
    if (least < 0)
      break;
    free(due);
    due = xstrdup(row[least].due);
    for (int i = 0; i < nc && rc == 0; i++)
      while (have[i] == 1 && strcmp(row[i].due, due) == 0) {
        if (due_item(r, &row[i], overdue, &group) < 0) {
          rc = PR_ERR;
          break;
        }
        if ((have[i] = store_report_matter_next(c[i], &row[i])) < 0)
          rc = PR_ERR;
      }
    if (group.n > 1)
      qsort(group.v, group.n, sizeof *group.v, overdue ? cmp_overdue : cmp_due_soon);
    for (size_t i = 0; i < group.n; i++) {
      print_list_item(out, &n, &group.v[i], days_key, wdays_key);
      item_release(&group.v[i]);
    }
    group.n = 0;
  }
  free(due);
  items_release(&group);
  for (int i = 0; i < nc; i++)
    store_report_cursor_free(c[i]);
  if (rc == 0)
    print_list_end(out, n); /* a write error: the caller's ferror */
  return rc;
}

int report_print_json(struct store *st, const struct report_opts *o, FILE *out)
{
  struct rep r;
  struct jv *recent;
  /* One snapshot for the walk and the lists read again after it. */
  int began = store_read_begin(st);
  if (began < 0)
    return PR_ERR;
  /* Today's state: the lists are read again in order where they are
     written (print_due_lists); a replayed one keeps them from the walk. */
  int rc = rep_run(&r, st, o, NULL, !o->replay, &recent);
  if (rc != 0) {
    jv_free(recent);
    rep_release(&r);
    store_read_end(st, began);
    return rc;
  }
  /* The model without its two lists of matters, written member by member
     as jv_print writes the whole (JSON_INDENT(2), in order), the lists item
     by item: the same bytes, without the whole document in memory. */
  struct jv *m = rep_model(&r, o, recent, 0);
  int first = 1, failed = 0; /* failed: a read error, already said */
  rc = fputs("{", out) == EOF ? -1 : 0;
  for (void *it = jv_iter(m); it && rc == 0; it = jv_iter_next(m, it), first = 0) {
    const char *key = jv_iter_key(it);
    fputs(first ? "\n  " : ",\n  ", out);
    rc = jv_write_string(out, key, strlen(key));
    if (rc == 0)
      fputs(": ", out);
    if (rc != 0)
      break;
    int od = strcmp(key, "overdue") == 0;
    if ((od || strcmp(key, "due_soon") == 0) && r.list_later) {
      if (print_due_lists(out, &r, od) != 0)
        failed = 1;
      rc = failed || ferror(out) ? -1 : 0;
    } else if (od || strcmp(key, "due_soon") == 0) {
      rc = print_items(out, od ? &r.overdue : &r.due_soon, od ? "days_overdue" : "days_left",
                       od ? "working_days_overdue" : "working_days_left");
    } else {
      rc = jv_print_nested(out, jv_iter_value(it), 1);
    }
  }
  if (rc == 0 && fputs(first ? "}\n" : "\n}\n", out) == EOF)
    rc = -1;
  jv_free(m);
  rep_release(&r);
  store_read_end(st, began);
  if (failed)
    return PR_ERR;
  return rc == 0 ? 0 : error("cannot write the report: %s", strerror(errno));
}

/* ---- CSV -------------------------------------------------------------- */

/* One RFC 4180 field (csvio.c owns CSV); text fields get the spreadsheet-formula guard. */
static void csv_field(struct buf *b, const char *s, int text)
{
  csvio_field(b, s, text);
}

static void csv_int(struct buf *b, int have, int64_t v)
{
  if (have)
    buf_addf(b, "%" PRId64, v);
}

static int on_csv_row(struct rep *r, const struct walk_matter *w)
{
  struct buf *b = r->csv;
  dl_day now = r->d_as_of;
  const struct report_matter_row *m = w->m;
  int overdue = w->running && w->due != DL_NO_DAY && w->due < now;
  dl_day end = w->open ? now : w->closed;
  char closed[11];
  fmt_day(closed, w->open || !w->closed_on ? DL_NO_DAY : w->closed);
  csv_field(b, m->ref, 1);
  buf_addc(b, ',');
  csv_field(b, m->kind, 1);
  buf_addc(b, ',');
  csv_field(b, w->from->a->code, 1);
  buf_addc(b, ',');
  csv_field(b, w->to->a->code, 1);
  buf_addc(b, ',');
  csv_field(b, m->subject, 1);
  buf_addc(b, ',');
  csv_field(b, m->trigger_date, 0);
  buf_addc(b, ',');
  csv_field(b, m->due, 0);
  buf_addc(b, ',');
  csv_field(b, m->status, 1);
  buf_addc(b, ',');
  buf_adds(b, w->open ? "yes" : "no");
  buf_addc(b, ',');
  csv_int(b, overdue, overdue ? (int64_t)(now - w->due) : 0);
  buf_addc(b, ',');
  csv_int(b, 1, dl_working_days_between(w->cal, w->trigger, end));
  buf_addc(b, ',');
  csv_int(b, w->open && w->due != DL_NO_DAY,
          w->open && w->due != DL_NO_DAY ? dl_working_days_between(w->cal, now, w->due) : 0);
  buf_addc(b, ',');
  csv_field(b, w->first_on, 0);
  buf_addc(b, ',');
  csv_field(b, closed, 0);
  buf_adds(b, "\r\n");
  return 0;
}

int report_csv(struct store *st, const struct report_opts *o, struct buf *trace, struct buf *out)
{
  struct rep r;
  int rc = rep_init(&r, st, o, trace);
  if (rc == 0) {
    r.csv = out;
    buf_adds(out, "reference,kind,from,to,subject,trigger_date,due,status,open,days_overdue,"
                  "working_days_elapsed,working_days_remaining,first_response,closed\r\n");
    rc = walk(&r, on_csv_row);
  }
  rep_release(&r);
  return rc;
}
