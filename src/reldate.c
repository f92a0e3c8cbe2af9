/*
** reldate.c — relative dates (today, +3d, monday, ...) resolved against a
** given today. Months and years keep the day of the month, clamped to the
** month's last day (+1m from 2024-01-31 is 2024-02-29).
*/
#include "reldate.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const reldate_words[] = {"today",  "yesterday", "tomorrow",  "now",
                                     "monday", "tuesday",   "wednesday", "thursday",
                                     "friday", "saturday",  "sunday",    NULL};

static const char *const weekdays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday"};

/* Sunday = 0. Full names and three-letter abbreviations. */
static int weekday_of(const char *s, size_t len)
{
  for (int i = 0; i < 7; i++) {
    size_t full = strlen(weekdays[i]);
    if ((len == full || len == 3) && strncasecmp(s, weekdays[i], len) == 0)
      return i;
  }
  return -1;
}

static int day_of(const char *s, size_t len, dl_day today, dl_day *out)
{
  if (len == 5 && strncasecmp(s, "today", 5) == 0) {
    *out = today;
    return 0;
  }
  if (len == 9 && strncasecmp(s, "yesterday", 9) == 0) {
    *out = today - 1;
    return 0;
  }
  if (len == 8 && strncasecmp(s, "tomorrow", 8) == 0) {
    *out = today + 1;
    return 0;
  }
  int wd = weekday_of(s, len);
  if (wd >= 0) {
    int diff = (wd - dl_weekday(today) + 7) % 7;
    *out = today + (diff == 0 ? 7 : diff);
    return 0;
  }
  if (len >= 3 && (s[0] == '+' || s[0] == '-')) {
    char *end;
    char num[16];
    if (len - 2 >= sizeof num)
      return -1;
    memcpy(num, s + 1, len - 2);
    num[len - 2] = '\0';
    for (const char *p = num; *p; p++)
      if (!isdigit((unsigned char)*p))
        return -1;
    long k = strtol(num, &end, 10);
    if (*end || k > 100000)
      return -1;
    int sign = s[0] == '-' ? -1 : 1;
    switch (tolower((unsigned char)s[len - 1])) {
    case 'd':
      *out = today + sign * k;
      return 0;
    case 'w':
      *out = today + sign * 7 * k;
      return 0;
    case 'm':
      *out = dl_add_months(today, (int)(sign * k));
      return 0;
    case 'y':
      *out = dl_add_months(today, (int)(sign * 12 * k));
      return 0;
    default:
      return -1;
    }
  }
  return -1;
}

int reldate_resolve(const char *s, dl_day today, int now_min, int with_time, char *out, size_t n)
{
  if (!s || !*s || isdigit((unsigned char)s[0]))
    return RELDATE_ISO;
  char iso[11];
  if (with_time && strcasecmp(s, "now") == 0) {
    dl_format_date(iso, today);
    snprintf(out, n, "%sT%02d:%02d", iso, now_min / 60, now_min % 60);
    return 0;
  }
  const char *t = NULL; /* "T" then a time */
  for (const char *q = s; with_time && *q && !t; q++)
    if ((*q == 'T' || *q == 't') && isdigit((unsigned char)q[1]))
      t = q;
  size_t len = t ? (size_t)(t - s) : strlen(s);
  dl_day d;
  if (day_of(s, len, today, &d) != 0)
    return RELDATE_BAD;
  int y, m, dd;
  dl_to_civil(d, &y, &m, &dd);
  if (y < 1 || y > 9999)
    return RELDATE_BAD;
  dl_format_date(iso, d);
  if (t) {
    int minutes;
    if (dl_parse_hhmm(t + 1, &minutes) != 0)
      return RELDATE_BAD;
    snprintf(out, n, "%sT%s", iso, t + 1);
  } else {
    snprintf(out, n, "%s", iso);
  }
  return 0;
}
