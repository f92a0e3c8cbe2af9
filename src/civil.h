/*
** civil.h — civil dates as day numbers (days since 1970-01-01, proleptic
** Gregorian), weekdays, and strict parsing and formatting. Pure: no I/O, no
** clock, no allocation.
*/
#ifndef PUBREC_CIVIL_H
#define PUBREC_CIVIL_H

#include <stdint.h>

typedef int32_t dl_day;
#define DL_NO_DAY INT32_MIN
#define DL_NO_TIME (-1)
/* The supported range: dl_compute rejects inputs and results outside it. */
#define DL_MIN_DAY (-354285) /* 1000-01-01 */
#define DL_MAX_DAY 2932896   /* 9999-12-31 */

/* Floor division (rounds toward minus infinity); b > 0. */
static inline int64_t dl_floor_div(int64_t a, int64_t b)
{
  int64_t q = a / b;
  if (a % b != 0 && (a < 0) != (b < 0))
    q--;
  return q;
}

/* Civil dates. dl_from_civil needs a valid date (see dl_valid_civil). */
dl_day dl_from_civil(int y, int m, int d);
void dl_to_civil(dl_day day, int *y, int *m, int *d);
int dl_weekday(dl_day day); /* 0 = Sunday ... 6 = Saturday */
int dl_days_in_month(int y, int m);
int dl_valid_civil(int y, int m, int d);
/* Strict "YYYY-MM-DD" (a real date, years 1000-9999); 0 on success, -1 otherwise. */
int dl_parse_date(const char *s, dl_day *out);
/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; *minutes = DL_NO_TIME when no time. */
int dl_parse_datetime(const char *s, dl_day *day, int *minutes);
/* "HH:MM" -> minutes after midnight; 0 on success, -1 otherwise. */
int dl_parse_hhmm(const char *s, int *minutes);
void dl_format_date(char out[11], dl_day day); /* YYYY-MM-DD */

#endif
