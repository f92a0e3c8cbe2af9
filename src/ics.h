/*
** ics.h — iCalendar (RFC 5545) output. ics.c is the only file that includes
** libical's headers. Events are streamed: each is built, serialized and
** freed before the next, so memory stays flat in the number of events.
*/
#ifndef PUBREC_ICS_H
#define PUBREC_ICS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct ics_options {
  const char *name;    /* NAME and X-WR-CALNAME, e.g. "pubrec deadlines" */
  const char *prodid;  /* e.g. "-//pubrec//pubrec 0.1//EN" */
  int refresh_minutes; /* REFRESH-INTERVAL and X-PUBLISHED-TTL; 0 = leave out */
  int todo;            /* 1: VTODO with DUE instead of VEVENT */
  const int *alarms;   /* lead times in days before the due date (0 = on the day) */
  int nalarms;
  int reminder_events; /* 1: also one all-day "due in N days" VEVENT per alarm offset */
};

struct ics_event {
  const char *uid;               /* stable: matter UUID + deadline kind */
  int sequence;                  /* times this deadline's date moved */
  int32_t due;                   /* all-day date, days since 1970-01-01 */
  int64_t dtstamp;               /* seconds since the epoch, UTC */
  int64_t last_modified;         /* seconds since the epoch, UTC */
  const char *summary;           /* UTF-8, escaped and folded by libical */
  const char *description;       /* UTF-8, may hold newlines */
  const char *const *categories; /* NULL-terminated list, may be NULL */
  int cancelled;                 /* 1: STATUS:CANCELLED (closed matter); no alarms, no
                                    reminder events */
  const char *url;               /* optional */
};

struct ics_writer;

/* Start a calendar on out. Returns NULL (after printing an error) on failure.
   Calls icalerror_set_errors_are_fatal(0). Caller closes with ics_writer_finish. */
struct ics_writer *ics_writer_start(FILE *out, const struct ics_options *opt);
/* Write one event (and its alarms / reminder events). 0 on success, -1 on failure. */
int ics_writer_add(struct ics_writer *w, const struct ics_event *ev);
/* Write END:VCALENDAR, free the writer. 0 on success, -1 if any write failed. */
int ics_writer_finish(struct ics_writer *w);

/* Content-line helpers (RFC 5545 3.1), exposed for tests. struct buf is util.h's. */
struct buf;
/* Append one unfolded content line of len octets (no line break) to out, folded
   to at most 75 octets a line with CRLF + space, breaking only between UTF-8
   characters, and terminated by CRLF. */
void ics_fold_line(struct buf *out, const char *line, size_t len);
/* Append text (serialized content lines) to out: copied as is when every line
   ends in CRLF, has at most 75 octets and no fold splits a UTF-8 character;
   otherwise unfolded and folded again with ics_fold_line. */
void ics_refold(struct buf *out, const char *text, size_t len);

#endif
