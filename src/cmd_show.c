/*
** cmd_show.c — pubrec show REF (everything about one matter) and
** pubrec log REF (its history).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "json.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec no_opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct cmd_help show_help = {
    "pubrec show REF",
    "Show one matter: parties, dates, every deadline with how it was computed,\n"
    "responses, parent and child matters, and its history.",
    no_opts, "  pubrec show SUB-2020-0001\n"};
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
    printf("%-13s %d day%s, as the document states\n", "period:", m.days, m.days == 1 ? "" : "s");
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
  printf("%-13s %s, %s; %d working day%s since %s\n", "due:", m.due ? m.due : "-", phrase,
         info.wd_elapsed, info.wd_elapsed == 1 ? "" : "s", m.trigger_date);
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
