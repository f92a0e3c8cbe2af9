/*
** cmd_show.c — pubrec show REF (everything about one matter) and
** pubrec log REF (its history).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "deadline.h"
#include "json.h"
#include "replay.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec no_opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct opt_spec show_opts[] = {
    {"as-of", 0, OPT_VALUE, "DATE", "the matter as it stood at the end of DATE, from its history"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help show_help = {
    "pubrec show REF [--as-of DATE]",
    "Show one matter: parties, dates, every deadline with how it was computed,\n"
    "responses (numbered, as 'pubrec retract' takes them), parent and child\n"
    "matters, and its history. --as-of replays the history: the status, due date,\n"
    "responses and history as they stood at the end of DATE.",
    show_opts, "  pubrec show SUB-2020-0001\n  pubrec show REQ-2026-0001 --as-of 2026-02-10\n"};

/* Cut the matter back to the end of as_of: history and responses dated
   after it go, and the status, clock and deadlines are replayed from the
   history (src/replay.c, as report --as-of). */
static void replay_back(struct matter *m, struct event_row *e, size_t *ne, struct response_row *r,
                        size_t *nr, struct deadline_row **d, size_t *nd, const char *as_of)
{
  struct replayed x;
  replay_init(&x);
  size_t keep = 0;
  for (size_t i = 0; i < *ne; i++) {
    if (strcmp(e[i].on_date, as_of) > 0) {
      event_row_release(&e[i]);
      continue;
    }
    replay_event(&x, e[i].on_date, e[i].kind, e[i].field, e[i].old_value, e[i].new_value);
    e[keep++] = e[i];
  }
  *ne = keep;
  const char *answered = x.determined[0] ? x.determined : NULL;
  keep = 0;
  for (size_t i = 0; i < *nr; i++) {
    if (strcmp(r[i].on_date, as_of) > 0) {
      response_row_release(&r[i]);
      continue;
    }
    if (r[i].retracted && strcmp(r[i].retracted, as_of) > 0) {
      free(r[i].retracted);
      free(r[i].retract_note);
      r[i].retracted = r[i].retract_note = NULL;
    }
    const struct response_def *def = response_find(r[i].kind);
    if (!x.reopened && !r[i].retracted && def && def->determination &&
        (!answered || strcmp(r[i].on_date, answered) < 0))
      answered = r[i].on_date;
    r[keep++] = r[i];
  }
  *nr = keep;
  free(m->status);
  m->status = xstrdup(x.status);
  free(m->answered);
  m->answered = answered ? xstrdup(answered) : NULL;
  free(m->clock);
  m->clock = xstrdup(status_clock(m->status, m->answered != NULL));
  free(m->missed);
  m->missed = x.missed[0] ? xstrdup(x.missed) : NULL;
  store_deadlines_free(*d, *nd);
  *d = NULL;
  *nd = 0;
  const char *kinds[] = {"response", "objection", "extended"};
  const char *dues[] = {x.due_response, x.due_objection, x.due_extended};
  for (int i = 0; i < 3; i++) {
    if (!dues[i][0])
      continue;
    *d = xrealloc(*d, (*nd + 1) * sizeof **d);
    struct deadline_row *row = &(*d)[(*nd)++];
    memset(row, 0, sizeof *row);
    row->kind = xstrdup(kinds[i]);
    row->due = xstrndup(dues[i], 10);
    row->due_time = strlen(dues[i]) > 11 ? xstrdup(dues[i] + 11) : NULL;
    row->rule = m->rule ? xstrdup(m->rule) : NULL;
    row->basis = xasprintf("as it stood on %s (from the history)", as_of);
  }
  const char *due = replayed_due(&x);
  free(m->due);
  m->due = due ? xstrdup(due) : NULL;
}
static const struct cmd_help log_help = {
    "pubrec log REF",
    "Show the append-only history of one matter: every change of status, due\n"
    "date, extension, tolling and response, when (UTC), why, and by whom.",
    no_opts, "  pubrec log SUB-2020-0001\n"};

static int load(struct ctx *c, const char *ref, struct matter *m)
{
  int rc = store_matter_get(&c->st, ref, m);
  if (rc > 0)
    return error("unknown reference '%s' (see 'pubrec list')", ref);
  return rc;
}

static void line(const char *label, const char *value)
{
  if (value)
    printf("%-13s %s\n", label, value);
}

int cmd_show(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &show_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter m;
  memset(&m, 0, sizeof m);
  struct deadline_row *d = NULL;
  struct response_row *r = NULL;
  struct event_row *e = NULL;
  size_t nd = 0, nr = 0, ne = 0;
  char **children = NULL;
  struct schedule *sc = NULL;
  if (p.npos != 1) {
    rc = usage_error("'show' needs one reference, e.g. SUB-2020-0001");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = load(c, p.pos[0], &m)) != 0)
    goto done;
  if ((rc = store_deadlines_get(&c->st, m.id, &d, &nd)) != 0 ||
      (rc = store_responses(&c->st, m.id, &r, &nr)) != 0 ||
      (rc = store_events(&c->st, m.id, &e, &ne)) != 0 ||
      (rc = store_children(&c->st, m.id, &children)) != 0)
    goto done;
  const char *as_of = opt_get(&p, "as-of");
  if (as_of) {
    dl_day day;
    if (dl_parse_date(as_of, &day) != 0) {
      rc = usage_error("invalid date '%s' for --as-of (want YYYY-MM-DD, a real date)", as_of);
      goto done;
    }
    if (strcmp(as_of, m.trigger_date) < 0) {
      rc = error("%s was not served or received until %s", m.ref, m.trigger_date);
      goto done;
    }
    replay_back(&m, e, &ne, r, &nr, &d, &nd, as_of);
    snprintf(c->today, sizeof c->today, "%s", as_of); /* measure overdue on that day */
  }
  sc = schedule_new(&c->st);
  struct matter_info info;
  if ((rc = view_info(&info, sc, &m, c->today)) != 0)
    goto done;
  if (c->json) {
    struct jv *o = view_matter(&m, &info);
    struct jv *arr = jv_array();
    for (size_t i = 0; i < nd; i++)
      jv_append(arr, view_deadline(&d[i]));
    jv_set(o, "deadlines", arr);
    arr = jv_array();
    for (size_t i = 0; i < nr; i++)
      jv_append(arr, view_response(&r[i]));
    jv_set(o, "responses", arr);
    arr = jv_array();
    for (char **ch = children; ch && *ch; ch++)
      jv_append(arr, jv_str(*ch));
    jv_set(o, "children", arr);
    arr = jv_array();
    for (size_t i = 0; i < ne; i++)
      jv_append(arr, view_event(&e[i]));
    jv_set(o, "history", arr);
    rc = jv_print(stdout, o);
    jv_free(o);
    goto done;
  }
  char phrase[64];
  view_due_phrase(phrase, sizeof phrase, &m, &info);
  printf("%s  %s\n", m.ref, m.subject);
  line("kind:", m.court                           ? "court-ordered subpoena"
                : strcmp(m.kind, "subpoena") == 0 ? "administrative subpoena"
                                                  : m.kind);
  printf("%-13s %s (%s)\n", "from:", m.from_code, m.from_name);
  printf("%-13s %s (%s)\n", "to:", m.to_code, m.to_name);
  line("tracking:", m.tracking);
  printf("%-13s %s%s%s\n",
         strcmp(m.kind, "subpoena") == 0 ? "served:" : "received:", m.trigger_date,
         m.trigger_time ? " " : "", m.trigger_time ? m.trigger_time : "");
  line("routed:", m.routed);
  line("compliance:", m.compliance);
  if (m.rule)
    line("rule:", m.rule);
  if (m.days >= 0)
    printf("%-13s %d days, as the document states\n", "period:", m.days);
  line("return date:", m.due_stated);
  if (m.voided)
    printf("%-13s %s: entered by mistake; left out of lists, reports and calendars\n",
           "VOIDED:", m.voided);
  printf("%-13s %s%s\n", "status:", m.status, info.overdue ? " (OVERDUE)" : "");
  if (info.waiting)
    printf("%-13s paused: waiting on the requester since %s\n", "clock:", info.waiting_since);
  else if (strcmp(m.clock, "stopped") == 0 && m.answered)
    printf("%-13s stopped: answered %s, the response deadline is met\n", "clock:", m.answered);
  else
    printf("%-13s %s\n", "clock:", m.clock);
  if (m.missed)
    printf("%-13s %s (an extension was recorded after it)\n", "missed:", m.missed);
  printf("%-13s %s, %s; %d working days since %s\n", "due:", m.due ? m.due : "-", phrase,
         info.wd_elapsed, m.trigger_date);
  if (m.parents) {
    printf("%-13s", "continues:");
    for (char **pp = m.parents; *pp; pp++)
      printf(" %s", *pp);
    printf("\n");
  }
  if (children) {
    printf("%-13s", "continued in:");
    for (char **ch = children; *ch; ch++)
      printf(" %s", *ch);
    printf("\n");
  }
  line("description:", m.description);
  printf("\ndeadlines:\n");
  if (!nd)
    printf("  (none)\n");
  for (size_t i = 0; i < nd; i++)
    printf("  %-16s %s%s%s  %s\n", d[i].kind, d[i].due, d[i].due_time ? " " : "",
           d[i].due_time ? d[i].due_time : "", d[i].basis);
  printf("\nresponses:\n");
  if (!nr)
    printf("  (none)\n");
  for (size_t i = 0; i < nr; i++) {
    printf("  %zu. %s  %s", i + 1, r[i].on_date, r[i].kind);
    if (r[i].pages >= 0)
      printf(" (%d page%s)", r[i].pages, r[i].pages == 1 ? "" : "s");
    if (r[i].note)
      printf("  \"%s\"", r[i].note);
    if (r[i].retracted)
      printf("  [retracted %s%s%s]", r[i].retracted, r[i].retract_note ? ": " : "",
             r[i].retract_note ? r[i].retract_note : "");
    printf("\n");
  }
  printf("\nhistory:\n");
  view_event_lines(stdout, e, ne, 0);
done:
  schedule_free(sc);
  strv_free(children);
  store_deadlines_free(d, nd);
  store_responses_free(r, nr);
  store_events_free(e, ne);
  matter_release(&m);
  opt_release(&p);
  return rc;
}

int cmd_log(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &log_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter m;
  memset(&m, 0, sizeof m);
  struct event_row *e = NULL;
  size_t ne = 0;
  if (p.npos != 1) {
    rc = usage_error("'log' needs one reference, e.g. SUB-2020-0001");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = load(c, p.pos[0], &m)) != 0 ||
      (rc = store_events(&c->st, m.id, &e, &ne)) != 0)
    goto done;
  if (c->json) {
    struct jv *o = jv_object();
    jv_set_str(o, "ref", m.ref);
    struct jv *arr = jv_array();
    for (size_t i = 0; i < ne; i++)
      jv_append(arr, view_event(&e[i]));
    jv_set(o, "history", arr);
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    printf("history of %s (%s)\n", m.ref, m.subject);
    view_event_lines(stdout, e, ne, 0);
  }
done:
  store_events_free(e, ne);
  matter_release(&m);
  opt_release(&p);
  return rc;
}
