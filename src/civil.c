/*
** civil.c — civil dates: day numbers (days since 1970-01-01, proleptic
** Gregorian) to and from year, month, day; weekdays; strict parsing and
** formatting of YYYY-MM-DD, YYYY-MM-DDTHH:MM and HH:MM. Pure: no I/O, no
** clock, no allocation. Used by the engine (deadline.c) and the holiday
** calendars (holidays.c).
*/
#include "civil.h"

#include <string.h>

static int is_leap(int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days since 1970-01-01 of a valid civil date (H. Hinnant's days_from_civil). */
dl_day dl_from_civil(int y, int m, int d)
{
  int64_t yy = (int64_t)y - (m <= 2);
  int64_t era = dl_floor_div(yy, 400);
  int64_t yoe = yy - era * 400;
  int64_t mp = m > 2 ? m - 3 : m + 9;
  int64_t doy = (153 * mp + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (dl_day)(era * 146097 + doe - 719468);
}

void dl_to_civil(dl_day day, int *y, int *m, int *d)
{
  int64_t z = (int64_t)day + 719468;
  int64_t era = dl_floor_div(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t dd = doy - (153 * mp + 2) / 5 + 1;
  int64_t mm = mp < 10 ? mp + 3 : mp - 9;
  int64_t yy = yoe + era * 400 + (mm <= 2);
  if (y)
    *y = (int)yy;
  if (m)
    *m = (int)mm;
  if (d)
    *d = (int)dd;
}

/* 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
int dl_weekday(dl_day day)
{
  int64_t r = ((int64_t)day + 4) % 7;
  return (int)(r < 0 ? r + 7 : r);
}

/* Days in month m of year y, or 0 for a month outside 1-12. */
int dl_days_in_month(int y, int m)
{
  static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

/* 1 when y-m-d is a real date (years within +-1,000,000), else 0. */
int dl_valid_civil(int y, int m, int d)
{
  if (y < -1000000 || y > 1000000)
    return 0;
  return d >= 1 && d <= dl_days_in_month(y, m);
}

/* n decimal digits at s into *out; -1 at the first non-digit (or the NUL). */
static int digits(const char *s, int n, int *out)
{
  int v = 0, i;
  for (i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 0;
}

/* The "YYYY-MM-DD" at the start of s (a real date, years 1000-9999). Each
   character is read only after the one before it proved not to end the
   string; the day count is dl_from_civil's for a year of four digits (no
   negative era). The report parses several dates a matter: this is the
   hot path of a million matters. */
static int parse_date_prefix(const char *s, dl_day *out)
{
  const unsigned char *p = (const unsigned char *)s;
  unsigned y0, y1, y2, y3, m0, m1, d0, d1;
#define DIGIT_AT(i, v) (((v) = (unsigned)p[i] - '0') <= 9)
  if (!(DIGIT_AT(0, y0) && DIGIT_AT(1, y1) && DIGIT_AT(2, y2) && DIGIT_AT(3, y3) && p[4] == '-' &&
        DIGIT_AT(5, m0) && DIGIT_AT(6, m1) && p[7] == '-' && DIGIT_AT(8, d0) && DIGIT_AT(9, d1)))
    return -1;
#undef DIGIT_AT
  int y = (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
  int m = (int)(m0 * 10 + m1), d = (int)(d0 * 10 + d1);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || (d > 28 && d > dl_days_in_month(y, m)))
    return -1;
  int yy = y - (m <= 2);
  int era = yy / 400, yoe = yy - era * 400;
  int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  *out = (dl_day)(era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468);
  return 0;
}

int dl_parse_date(const char *s, dl_day *out)
{
  dl_day day;
  if (!s || !out || parse_date_prefix(s, &day) || s[10] != '\0')
    return -1;
  *out = day;
  return 0;
}

int dl_parse_hhmm(const char *s, int *minutes)
{
  int h, m;
  if (!s || !minutes || digits(s, 2, &h) || s[2] != ':' || digits(s + 3, 2, &m) || s[5] != '\0')
    return -1;
  if (h > 23 || m > 59)
    return -1;
  *minutes = h * 60 + m;
  return 0;
}

int dl_parse_datetime(const char *s, dl_day *day, int *minutes)
{
  dl_day d;
  int t = DL_NO_TIME;
  if (!s || !day || !minutes || parse_date_prefix(s, &d))
    return -1;
  if (s[10] == 'T') {
    if (dl_parse_hhmm(s + 11, &t))
      return -1;
  } else if (s[10] != '\0') {
    return -1;
  }
  *day = d;
  *minutes = t;
  return 0;
}

/* "YYYY-MM-DD"; "XXXX-XX-XX" for DL_NO_DAY or a year outside 0-9999. */
void dl_format_date(char out[11], dl_day day)
{
  int y, m, d;
  if (!out)
    return;
  if (day == DL_NO_DAY) {
    memcpy(out, "XXXX-XX-XX", 11);
    return;
  }
  dl_to_civil(day, &y, &m, &d);
  if (y < 0 || y > 9999) {
    memcpy(out, "XXXX-XX-XX", 11);
    return;
  }
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = '\0';
}
