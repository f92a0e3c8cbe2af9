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

#define SCHEDULE_DEFAULT_CALENDAR "us-federal"
#define SCHEDULE_DEFAULT_CUTOFF "17:00"

struct schedule;

/* A cache over the store of what a command reads again and again: built
   calendars, agencies and rules (read once each, then kept until
   schedule_free; make a schedule after changing them, as every command
   does). Free with schedule_free. */
struct schedule *schedule_new(struct store *st);
void schedule_free(struct schedule *sc);
/* The store the schedule reads (borrowed). */
struct store *schedule_store(struct schedule *sc);

/* The agency (or person) of that code, read once per schedule. *out is
   borrowed (valid until schedule_free). 0, 1 when unknown, or -1. */
int schedule_agency(struct schedule *sc, const char *code, const struct agency **out);
/* The rule of that code as stored (the version in force now), read once per
   schedule. *out is borrowed. 0, 1 when unknown, or -1. */
int schedule_rule(struct schedule *sc, const char *code, const struct rule_row **out);
/* store_rule_get_at through the cache: *out is the caller's to release. */
int schedule_rule_at(struct schedule *sc, const char *code, const char *date, struct rule_row *out);

/* Which calendar governs a matter: its rule's calendar, else the receiving
   agency's, else SCHEDULE_DEFAULT_CALENDAR. The one definition of that fact
   (schedule_plan, schedule_progress and the report use it). Borrowed. */
const char *schedule_governing_calendar(const char *rule_calendar, const char *agency_calendar);

/* What a jurisdiction code selects (issue 14): the default rule for a
   request to an agency in it and its calendar, from the jurisdiction table,
   walking up to the nearest parent that sets each (us-co-denver -> us-co ->
   us). *rule and *calendar are the caller's to free (NULL: none). 0 or -1. */
int schedule_jurisdiction(struct store *st, const char *code, char **rule, char **calendar);

/* The non-working days of a calendar plus an agency's closures (agency_id 0:
   none). Borrowed; NULL after printing an error. Built lazily: the set covers
   only the years asked for so far, so call schedule_cover (or compute through
   schedule_dl_compute) before reading it. The pointer stays valid until
   schedule_free. */
const struct hol_set *schedule_calendar(struct schedule *sc, const char *code, int64_t agency_id);

/* Build cal's holidays (cal from schedule_calendar) for every day in [a, b] (either
   order; DL_NO_DAY ignored). 0, or -1 after printing an error (years outside
   1000-9999). Pointers into cal->days do not survive it. */
int schedule_cover(struct schedule *sc, const struct hol_set *cal, dl_day a, dl_day b);

/* dl_compute on a calendar from schedule_calendar, building the years the
   computation touches first. Returns the engine's status; DL_NO_CALENDAR only
   after printing an error. */
int schedule_dl_compute(struct schedule *sc, struct dl_result *result, const struct dl_rule *rule,
                        const struct dl_input *in, const struct hol_set *cal);

/* dl_extension_to on a calendar from schedule_calendar, building the years the search
   touches first. Returns the engine's status; DL_NO_CALENDAR only after printing an
   error. */
int schedule_extension_to(struct schedule *sc, struct dl_to *to, const struct dl_rule *rule,
                          const struct dl_input *in, const struct hol_set *cal, dl_day target,
                          int max_n);

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

/* Recompute every open matter. */
int schedule_update_all(struct schedule *sc, const char *on_date, const char *reason, int *moved);
/* Recompute only the open matters a change can move (store_affected_ids:
   a rule's, a calendar's, an agency's): moves exactly what
   schedule_update_all would. *moved counts the matters whose dates moved. */
int schedule_update_affected(struct schedule *sc, const struct affected *f, const char *on_date,
                             const char *reason, int *moved);

/* Working days from the trigger date to today (elapsed) and from today to
   the due date (remaining, negative when overdue), on the matter's calendar. */
int schedule_progress(struct schedule *sc, const struct matter *m, dl_day today, int *elapsed,
                      int *remaining);

/* Fill an engine rule from a stored rule (agency may be NULL: its cutoff
   overrides the rule's). */
int schedule_rule_from_row(struct dl_rule *out, const struct rule_row *r,
                           const char *agency_cutoff);

#endif
