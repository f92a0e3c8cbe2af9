/*
** ics_export.h — the iCalendar export of the deadlines, shared by `pubrec
** ics` and `pubrec serve`: the options checked into a filter and writer
** options, then every selected deadline streamed into a FILE (a file, stdout
** or a memory stream) as one event. The choice of deadlines is
** store_ics.c's; how a row becomes an event is ics_export.c's.
*/
#ifndef PUBREC_ICS_EXPORT_H
#define PUBREC_ICS_EXPORT_H

#include <stdint.h>
#include <stdio.h>

#include "ics.h"
#include "store.h"
#include "store_ics.h"

#define ICS_DEFAULT_NAME "pubrec deadlines"
#define ICS_DEFAULT_REFRESH 60 /* minutes */
#define ICS_MAX_ALARMS 16
#define ICS_MAX_ALARM_DAYS 365
#define ICS_PRODID "-//pubrec//pubrec ics//EN"

/* The options of an export as given (pubrec ics's, or serve's query
   parameters); strings are borrowed and must outlive the export. */
struct ics_args {
  const char *status; /* all, open, closed or a status; NULL: open */
  int open;           /* --open was given (with status: a usage error) */
  const char *agency; /* agency code on either side */
  const char *kind;   /* request, subpoena, appeal or petition */
  const char *tag;    /* only matters with this tag */
  const char *from;   /* due dates, YYYY-MM-DD, inclusive */
  const char *to;
  const char *alarms;  /* "3d,1d,0d" */
  int reminder_events; /* needs alarms */
  int todo;
  const char *name;    /* NULL: ICS_DEFAULT_NAME */
  int refresh_minutes; /* ICS_DEFAULT_REFRESH unless given */
};

/* A checked export: what to select and how to write it. io.alarms points
   into alarms, so do not copy a spec after ics_export_setup. */
struct ics_spec {
  struct ics_filter f;
  struct ics_options io;
  int alarms[ICS_MAX_ALARMS];
};

/* Parse an --alarms list such as "3d,1d,0d" into days[] (room for
   ICS_MAX_ALARMS); PR_USAGE after printing why (the fuzz tests call it). */
int parse_alarms(const char *list, int *days, int *n);

/* Check a's values into s. 0, or PR_USAGE after printing what is wrong. */
int ics_export_setup(struct ics_spec *s, const struct ics_args *a);

/* Write the calendar s selects to fp, with DTSTAMP now (epoch seconds);
   *count gets the number of deadlines written. 0, or -1 after printing an
   error (a database error, a corrupt row, a failed write). */
int ics_export(FILE *fp, struct store *st, const struct ics_spec *s, int64_t now, int *count);

#endif
