/*
** view.h — how matters, deadlines, events and agencies look: as JSON
** objects (stable field names, documented in README.md) and as text.
*/
#ifndef PUBREC_VIEW_H
#define PUBREC_VIEW_H

#include <stdio.h>

#include "json.h"
#include "model.h"
#include "schedule.h"

struct matter_info {
  int open;               /* status is an open state */
  int has_due;            /* a due date is set */
  int overdue;            /* clock running and due before today */
  int waiting;            /* clock paused: waiting on the requester */
  char waiting_since[11]; /* the date the clock paused, when waiting */
  int days_left;          /* calendar days from today to due (negative: overdue) */
  int wd_elapsed;         /* working days from the trigger date to today */
  int wd_remaining;       /* working days from today to due (negative: overdue) */
};

/* Derived facts about m as of today. 0 or -1. */
int view_info(struct matter_info *info, struct schedule *sc, const struct matter *m,
              const char *today);

struct jv *view_matter(const struct matter *m, const struct matter_info *info);
struct jv *view_agency(const struct agency *a);
struct jv *view_deadline(const struct deadline_row *d);
struct jv *view_event(const struct event_row *e);
struct jv *view_response(const struct response_row *r);
struct jv *view_rule(const struct rule_row *r);

/* Text. */
void view_matter_table(FILE *out, const struct matter *m, const struct matter_info *info, size_t n);
void view_event_lines(FILE *out, const struct event_row *e, size_t n, int with_ref);
/* "3 days left", "due today", "5 days overdue", "no due date" */
void view_due_phrase(char *out, size_t n, const struct matter *m, const struct matter_info *info);

/* Calendar days from a to b (YYYY-MM-DD strings); 0 on parse failure. */
int view_days_between(const char *a, const char *b);

#endif
