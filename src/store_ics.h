/*
** store_ics.h — the SQL of the iCalendar export (pubrec ics): one streaming
** query over the deadline rows of the matters a filter selects, with
** everything an event needs in each row. Rows are handed to a callback one
** at a time, so memory stays flat in the number of deadlines.
*/
#ifndef PUBREC_STORE_ICS_H
#define PUBREC_STORE_ICS_H

#include <stdint.h>

#include "store.h"

/* Which matters' deadlines to export. NULL / 0 fields do not filter. */
struct ics_filter {
  const char *agency; /* agency code on either side of the matter */
  const char *kind;   /* matter kind: request, subpoena, appeal, petition */
  const char *status; /* exact status */
  int open;           /* 1: open states only; -1: closed states only; 0: any */
  const char *from;   /* due date range, YYYY-MM-DD, inclusive */
  const char *to;
  const char *tag;  /* only matters with this tag */
  int from_history; /* 1: derive the pending rows from the history even when the
                       feed is settled (tests: PUBREC_ICS_HISTORY=1) */
};

#define ICS_HISTORY 3 /* history entries a row carries */

/* One history entry; fields that are NULL in the database are "" here. */
struct ics_history {
  const char *at;      /* ISO 8601 UTC time it was recorded */
  const char *on_date; /* the date it took effect */
  const char *kind;    /* created, status, due, response, extension, toll, resume */
  const char *field;   /* status, due:response, ... */
  const char *old_value;
  const char *new_value;
  const char *note;
};

/*
** One deadline of one matter. Every pointer is borrowed: valid only during
** the callback. Optional text is NULL when absent.
*/
struct ics_row {
  const char *uuid; /* the matter's */
  const char *ref;
  const char *kind; /* request, subpoena, appeal, petition */
  int court;        /* 1: court-ordered subpoena */
  const char *subject;
  const char *status;
  const char *clock;        /* running, paused, stopped (answered or closed: cancelled) */
  const char *trigger_date; /* YYYY-MM-DD served / received / filed */
  const char *tracking;     /* optional */
  const char *from_code, *from_name, *to_code, *to_name;
  const char *dl_kind;  /* acknowledgement, response, extended, objection, appeal */
  const char *due;      /* YYYY-MM-DD */
  const char *due_time; /* HH:MM, optional */
  const char *basis;
  const char *rule;       /* rule code, optional */
  const char *citation;   /* the rule's citation, optional */
  const char *supersedes; /* on an 'extended' row: the kind of the original deadline it
                             moves (response, objection), whose UID the event keeps */
  int sequence;           /* times this deadline changed, from the history (see store_ics.c) */
  int64_t last_modified;  /* epoch seconds of the matter's latest event (else its updated_at) */
  struct ics_history history[ICS_HISTORY]; /* the latest first */
  int nhistory;
};

/*
** Call fn(ctx, row) for each deadline row selected by f, ordered by due
** date, matter and kind. Stops at the first non-zero return of fn and
** returns it; returns -1 after printing an error on a database error; 0
** when every row was handed over.
*/
int store_ics_each(struct store *st, const struct ics_filter *f,
                   int (*fn)(void *ctx, const struct ics_row *row), void *ctx);

/*
** The pending feed (migrations/0031_ics_feed.sql, store_ics.c): the rows of
** the default export kept together, one row a pending matter.
** store_ics_feed_flush rebuilds the rows of the matters the triggers marked
** (ics_feed_dirty) from their history, and clears the marks: every writer
** calls it before it commits (ctx_write, the imports, bench/gen). 0 or -1.
*/
int store_ics_feed_flush(struct store *st);
/* 1 when matters are marked (the feed is not read until they are rebuilt), 0
   when not, -1 on a database error. */
int store_ics_feed_marked(struct store *st);
/* verify: rebuild every pending matter's row in memory and compare it with
   the stored one. Returns 1 when the feed is not in use (matters marked: the
   export reads the history), 0 after comparing (*stale: rows that differ or
   are missing or extra; *first_ref: the first one's reference, to free), -1
   on a database error. */
int store_ics_feed_check(struct store *st, long *stale, char **first_ref);
/* The feed's SQL (static), and the rebuild's (all: every pending matter, else
   the marked ones): tests read their plans. */
const char *store_ics_feed_sql(void);
const char *store_ics_feed_build_sql(int all);

/* The rows' SQL store_ics_each runs for f (static): tests read its plan. */
const char *store_ics_sql(const struct ics_filter *f);
/* The history's SQL store_ics_each runs beside it for f (static). */
const char *store_ics_events_sql(const struct ics_filter *f);

#endif
