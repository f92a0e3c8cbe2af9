/*
** store_report.h — the report's SQL (src/report.c builds the model).
**
** Every statement is set-based: aggregates are GROUP BY queries, and the
** per-matter facts come from three ordered streams (matters by id, their
** first responses by matter id, their closing dates by matter id) that
** report.c merges in one pass. No statement is run once per matter.
**
** A trace buffer, when given, receives each statement as it ran, with its
** parameters filled in (sqlite3_expanded_sql), so `pubrec report --sql`
** prints SQL that the sqlite3 shell runs unchanged (bench/report_bench.sh).
*/
#ifndef PUBREC_STORE_REPORT_H
#define PUBREC_STORE_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"
#include "util.h"

/* Which matters a report covers. */
struct report_scope {
  int64_t agency_id; /* 0: every agency; else matters it sent or received */
  const char *kind;  /* NULL: every kind */
  const char *tag;   /* NULL: every matter; else only matters with this tag */
  const char *as_of; /* YYYY-MM-DD */
};

/* One agency, and the holiday calendar its working days follow (NULL:
   the default). Strings are owned; free with store_report_agencies_free. */
struct report_agency {
  int64_t id;
  char *code, *name, *calendar;
  int person; /* 1: a requester who is a person (listed apart, never in agency statistics) */
};
int store_report_agencies(struct store *st, struct buf *trace, struct report_agency **out,
                          size_t *n);
void store_report_agencies_free(struct report_agency *a, size_t n);

/* The calendar of each rule that names one (code, calendar pairs). */
struct report_rule_cal {
  char *rule, *calendar; /* calendar may be NULL */
  int unverified;        /* the rule's text was not confirmed by a second source */
};
int store_report_rule_calendars(struct store *st, struct buf *trace, struct report_rule_cal **out,
                                size_t *n);
void store_report_rule_calendars_free(struct report_rule_cal *r, size_t n);

/* Totals by status and kind (report.c adds one per matter it walks): count,
   due before as_of, due in [as_of, due7] and in [as_of, due30]. */
struct report_total {
  const char *status, *kind; /* borrowed for the call */
  int64_t count, past_due, due7, due30;
};

/* A cursor over one of the ordered streams. */
struct report_cursor;

/* Matters in scope, by id. Strings are borrowed until the next step. */
struct report_matter_row {
  int64_t id;
  const char *ref, *kind, *status, *subject, *trigger_date, *due, *rule;
  int64_t from_id, to_id;
  const char *answered, *missed; /* the first determination, a missed due date; NULL: none */
};
int store_report_matters(struct store *st, struct buf *trace, const struct report_scope *sc,
                         struct report_cursor **out);
/* 1 with *row filled, 0 at the end, -1 after printing an error. */
int store_report_matter_next(struct report_cursor *c, struct report_matter_row *row);

/* The matters in scope of one status whose due date (text) lies in [lo, hi),
   by due date then id, through the index matter_status_due: rows as
   store_report_matter_next hands them out. Not traced (the streamed JSON
   report runs it; --sql shows report_build's statements). */
int store_report_due_matters(struct store *st, const struct report_scope *sc, const char *status,
                             const char *lo, const char *hi, struct report_cursor **out);
/* Its SQL, for a test of its plan (caller frees). */
char *store_report_due_matters_sql(void);

/* Per matter with responses, by matter id: the first response of any kind
   and the first answer (production, partial, denial, refusal, objection). */
struct report_response_row {
  int64_t matter_id;
  const char *first_on, *answer_on; /* answer_on may be NULL */
};
int store_report_responses(struct store *st, struct buf *trace, struct report_cursor **out);
int store_report_response_next(struct report_cursor *c, struct report_response_row *row);

/* Per matter that was ever closed, by matter id: the date of its latest
   move from an open state to a closed one, and that closed state (from the
   history; a refusal later escalated closed on the refusal's date). */
struct report_closure_row {
  int64_t matter_id;
  const char *closed_on;
  const char *status;
};
int store_report_closures(struct store *st, struct buf *trace, struct report_cursor **out);
int store_report_closure_next(struct report_cursor *c, struct report_closure_row *row);

void store_report_cursor_free(struct report_cursor *c); /* NULL is a no-op */

/* The latest `limit` history rows of matters in scope, newest first
   (event_row.ref filled). Free with store_events_free. */
/* The history that replays a matter's state as of a date (report --as-of):
   per matter, by id, the rows with on_date <= as_of that set its status
   (created, status), its deadlines (due) or a missed date (edit 'missed').
   Strings are borrowed until the next step. */
struct report_state_row {
  int64_t matter_id;
  const char *on_date, *kind, *field, *old_value, *new_value;
};
int store_report_states(struct store *st, struct buf *trace, const char *as_of,
                        struct report_cursor **out);
int store_report_state_next(struct report_cursor *c, struct report_state_row *row);

int store_report_recent(struct store *st, struct buf *trace, const struct report_scope *sc,
                        int limit, struct event_row **out, size_t *n);

#endif
