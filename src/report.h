/*
** report.h — the status report as a JSON model (documented field by field
** in docs/REPORT.md), and the per-matter CSV export.
**
** Both read the store through store_report.c's set-based queries and merge
** its ordered streams in one pass; working days come from the engine
** (deadline.c) over each matter's holiday calendar, built once per
** calendar and agency (schedule_calendar), never by a query per matter.
*/
#ifndef PUBREC_REPORT_H
#define PUBREC_REPORT_H

#include <stdio.h>

#include "json.h"
#include "store.h"
#include "util.h"

#define REPORT_RECENT_DEFAULT 15 /* history rows in "recent" */
#define REPORT_MAX_MONTHS 240    /* longest --from/--to period (20 years) */

struct report_opts {
  const char *as_of;  /* YYYY-MM-DD: overdue, due soon and aging are measured on this day */
  const char *from;   /* period of the DOJ sections, inclusive; NULL: see report_period */
  const char *to;     /* NULL: as_of */
  const char *agency; /* agency code: only matters it sent or received; NULL: all */
  const char *kind;   /* request, subpoena, appeal or petition; NULL: all */
  int recent;         /* history rows to show; < 0: REPORT_RECENT_DEFAULT */
  int replay;         /* 1: as_of is in the past: each matter's state is replayed from its
                         history as it stood at the end of as_of */
  const char *tag;    /* only matters with this tag; NULL: all */
};

/*
** The period the DOJ sections cover: --from/--to when given; --to defaults to
** as_of, --from to the first day of the month eleven months before --to's (the
** twelve calendar months up to --to). Writes YYYY-MM-DD strings into from and
** to. Returns 0, or PR_USAGE after printing why (bad date, from after to,
** longer than REPORT_MAX_MONTHS).
*/
int report_period(char from[11], char to[11], const struct report_opts *o);

/*
** Build the report model. trace, when not NULL, receives the SQL the report
** ran with its parameters filled in. Returns 0 and *out (caller frees with
** jv_free), PR_ERR after printing an error (e.g. unknown agency), or
** PR_USAGE for a bad option value.
*/
int report_build(struct store *st, const struct report_opts *o, struct buf *trace, struct jv **out);
/*
** The model as report_build makes it, printed to out as jv_print prints it
** (the same bytes), its lists of matters (overdue, due soon) written item by
** item: no whole document in memory, whatever the number of matters. Of
** today's state (o->replay 0) the lists are not kept either: they are read a
** second time, in due order through an index, where they are written (one
** read transaction holds both passes to one snapshot). 0, PR_ERR or
** PR_USAGE as report_build; an error before the first byte.
*/
int report_print_json(struct store *st, const struct report_opts *o, FILE *out);

/*
** Append the CSV export to out: a header, then one row per matter in scope,
** by id, with its computed columns (docs/REPORT.md), RFC 4180 quoting and
** CRLF line ends. Text fields that start with = + - @ TAB or CR get a
** leading ' (the template module's spreadsheet-formula guard). 0, PR_ERR or
** PR_USAGE.
*/
int report_csv(struct store *st, const struct report_opts *o, struct buf *trace, struct buf *out);

#endif
