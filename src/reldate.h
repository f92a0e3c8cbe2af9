/*
** reldate.h — relative dates as a user types them: today, yesterday,
** tomorrow, +3d, -2w, +1m, +1y, a weekday name (the next one after today),
** and, where a time is accepted, now. Pure: today and the time are given.
*/
#ifndef PUBREC_RELDATE_H
#define PUBREC_RELDATE_H

#include <stddef.h>

#include "deadline.h"

#define RELDATE_ISO 1    /* not relative (an ISO date or garbage): left to the caller */
#define RELDATE_BAD (-1) /* looks relative but is not one */

/* Resolve s against today into out (YYYY-MM-DD, or YYYY-MM-DDTHH:MM when a
   time was given or s is "now" and with_time is set; now_min is the local
   time of day in minutes). "tomorrowT09:30" keeps its time. Returns 0,
   RELDATE_ISO, or RELDATE_BAD. */
int reldate_resolve(const char *s, dl_day today, int now_min, int with_time, char *out, size_t n);

/* The words reldate accepts, NULL-terminated (for did-you-mean and completion). */
extern const char *const reldate_words[];

#endif
