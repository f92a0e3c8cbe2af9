/*
** fuzz_dates.c — libFuzzer target for the command line's date and time
** parsers (dl_parse_date, dl_parse_datetime, dl_parse_hhmm). Properties: a
** date that parses formats back to the very same text; parsed values are in
** range; the calendar arithmetic on them stays consistent.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size > 64)
    return 0;
  char s[65];
  memcpy(s, data, size);
  s[size] = '\0';
  dl_day d;
  if (dl_parse_date(s, &d) == 0) {
    char back[11];
    dl_format_date(back, d);
    if (strcmp(back, s) != 0)
      abort(); /* a parsed date must format back to itself */
    int y, m, dd;
    dl_to_civil(d, &y, &m, &dd);
    if (y < 1000 || y > 9999 || !dl_valid_civil(y, m, dd) || dl_from_civil(y, m, dd) != d)
      abort();
    int wd = dl_weekday(d);
    if (wd < 0 || wd > 6)
      abort();
    dl_day later = dl_add_months(d, (int)(size % 24));
    if (later < d)
      abort();
  }
  int minutes = 0;
  if (dl_parse_datetime(s, &d, &minutes) == 0 && minutes != DL_NO_TIME &&
      (minutes < 0 || minutes >= 24 * 60))
    abort();
  if (dl_parse_hhmm(s, &minutes) == 0 && (minutes < 0 || minutes >= 24 * 60))
    abort();
  return 0;
}
