/*
** schedule.h — a matter's deadlines: loads the rule, calendar, extensions
** and tolls from the store, asks the pure engine (deadline.c) for the dates,
** and writes every move to the history.
*/
#ifndef PUBREC_SCHEDULE_H
#define PUBREC_SCHEDULE_H

#include <stddef.h>

#include "deadline.h"
#include "store.h"

#define SCHEDULE_FIRST_YEAR 1970
#define SCHEDULE_LAST_YEAR 2199
#define SCHEDULE_DEFAULT_CALENDAR "us-federal"
#define SCHEDULE_DEFAULT_CUTOFF "17:00"

struct schedule;

/* A cache of built calendars over the store; free with schedule_free. */
struct schedule *schedule_new(struct store *st);
void schedule_free(struct schedule *sc);
/* The store the schedule reads (borrowed). */
struct store *schedule_store(struct schedule *sc);

/* Which calendar governs a matter: its rule's calendar, else the receiving
   agency's, else SCHEDULE_DEFAULT_CALENDAR. The one definition of that fact
   (schedule_plan, schedule_progress and the report use it). Borrowed. */
const char *schedule_governing_calendar(const char *rule_calendar, const char *agency_calendar);

/* The built non-working days of a calendar plus an agency's closures
   (agency_id 0: none). Borrowed; NULL after printing an error. */
const struct hol_set *schedule_calendar(struct schedule *sc, const char *code, int64_t agency_id);

/* Everything the engine needs for one matter. */
struct matter_plan {
  struct dl_rule rule;
  struct dl_input input;
  struct dl_toll tolls[32];
  const struct hol_set *cal;
  char calendar[64];
  char rule_code[64];
  char citation[256];
  int has_rule;   /* 0: a stated return date or a stated period without a rule */
  int stated;     /* 1: the due date is the return date the document states */
  int unverified; /* 1: the rule (its version in force) is not verified by two sources */
  dl_day stated_due;
};

/* Work out the plan for m (rule, calendar, trigger, extensions, tolls). */
int schedule_plan(struct schedule *sc, const struct matter *m, struct matter_plan *plan);

/* Compute m's deadlines. *rows (caller frees with store_deadlines_free) and
 *due (the controlling date, NULL when none; caller frees). */
int schedule_compute(struct schedule *sc, const struct matter *m, struct deadline_row **rows,
                     size_t *n, char **due);

/* Recompute m's deadlines and store them; every deadline that appears,
   moves or goes away writes a history row with `reason`. Call inside a
   write transaction. *moved counts the changes (may be NULL). */
int schedule_update(struct schedule *sc, const struct matter *m, const char *on_date,
                    const char *reason, int *moved);

/* Recompute every open matter (after a calendar, closure or rule change). */
int schedule_update_all(struct schedule *sc, const char *on_date, const char *reason, int *moved);

/* Working days from the trigger date to today (elapsed) and from today to
   the due date (remaining, negative when overdue), on the matter's calendar. */
int schedule_progress(struct schedule *sc, const struct matter *m, dl_day today, int *elapsed,
                      int *remaining);

/* Fill an engine rule from a stored rule (agency may be NULL: its cutoff
   overrides the rule's). */
int schedule_rule_from_row(struct dl_rule *out, const struct rule_row *r,
                           const char *agency_cutoff);

#endif
