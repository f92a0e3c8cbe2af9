/*
** ics_floor.c — the performance floor for `pubrec ics`: libical alone streams
** the very events pubrec wrote, read from a TSV file, to stdout, one at a time
** (build the VEVENT with icalcomponent/icalproperty calls, serialize with
** icalcomponent_as_ical_string_r, fwrite, free).
**
** The TSV comes from pubrec's own output parsed back (bench/ics_to_tsv.py), so
** the content is the same by construction, and bench/ics_bench.sh checks it:
** the two outputs are byte-identical once DTSTAMP is normalised. Line 1 is
** the calendar header, written as is; each further line is one VEVENT:
**   uid sequence dtstart dtstamp last-modified summary description categories
**   status alarms
** dtstart YYYYMMDD; dtstamp and last-modified YYYYMMDDTHHMMSSZ; uid, summary
** and description unescaped TEXT (libical escapes and folds them again);
** categories the value as pubrec wrote it; status CONFIRMED, CANCELLED, ...;
** alarms the VALARM lead times in days, comma-separated, empty for none. In
** every field \\, \t, \n and \r stand for backslash, TAB, LF and CR.
**
** Properties, in pubrec's order: UID, SEQUENCE, DTSTAMP, LAST-MODIFIED,
** DTSTART;VALUE=DATE, DTEND (the next day), TRANSP:TRANSPARENT, SUMMARY,
** DESCRIPTION, STATUS, CATEGORIES, then one VALARM per lead time (ACTION
** DISPLAY, DESCRIPTION "Due in N days: <summary>", TRIGGER;RELATED=START:-PnD).
**
** build: cc -std=c11 -O2 bench/ics_floor.c $(pkg-config --cflags --libs libical) -o ics_floor
** run:   /usr/bin/time -f '%e s %M KB' ./ics_floor events.tsv >/dev/null
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#define NFIELDS 10

static void die(const char *what, long line)
{
  if (line)
    fprintf(stderr, "ics_floor: line %ld: %s\n", line, what);
  else
    fprintf(stderr, "ics_floor: %s\n", what);
  exit(1);
}

/* Add prop to comp; exit on a NULL property. */
static void add(icalcomponent *comp, icalproperty *prop)
{
  if (!prop) {
    fprintf(stderr, "ics_floor: libical: %s\n", icalerror_strerror(icalerrno));
    exit(1);
  }
  icalcomponent_add_property(comp, prop);
}

/* Undo the TSV escapes of s in place. */
static void unescape(char *s)
{
  char *o = s;
  for (; *s; s++) {
    if (*s == '\\' && s[1]) {
      s++;
      *o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s;
    } else {
      *o++ = *s;
    }
  }
  *o = '\0';
}

/* Split line (no newline) at tabs into f[0..n-1]; the number of fields. */
static int split(char *line, char **f, int n)
{
  int k = 0;
  f[k++] = line;
  for (char *p = line; *p; p++) {
    if (*p == '\t') {
      *p = '\0';
      if (k == n)
        return n + 1;
      f[k++] = p + 1;
    }
  }
  return k;
}

static int digits(const char *s, int n)
{
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* YYYYMMDD to an all-day icaltime. */
static int parse_date(const char *s, struct icaltimetype *t)
{
  if (strlen(s) != 8)
    return -1;
  *t = icaltime_null_date();
  t->year = digits(s, 4);
  t->month = digits(s + 4, 2);
  t->day = digits(s + 6, 2);
  t->is_date = 1;
  return t->year < 0 || t->month < 1 || t->day < 1 ? -1 : 0;
}

/* YYYYMMDDTHHMMSSZ to a UTC icaltime. */
static int parse_utc(const char *s, struct icaltimetype *t)
{
  char date[9];
  if (strlen(s) != 16 || s[8] != 'T' || s[15] != 'Z')
    return -1;
  memcpy(date, s, 8);
  date[8] = '\0';
  if (parse_date(date, t) < 0)
    return -1;
  t->is_date = 0;
  t->hour = digits(s + 9, 2);
  t->minute = digits(s + 11, 2);
  t->second = digits(s + 13, 2);
  t->zone = icaltimezone_get_utc_timezone();
  return t->hour < 0 || t->minute < 0 || t->second < 0 ? -1 : 0;
}

/* A DISPLAY VALARM days before the start, as pubrec writes it. */
static icalcomponent *alarm(int days, const char *summary, char **text, size_t *cap)
{
  struct icaltriggertype trig;
  icalcomponent *a = icalcomponent_new(ICAL_VALARM_COMPONENT);
  if (!a)
    die("libical: cannot create a VALARM", 0);
  memset(&trig, 0, sizeof trig);
  trig.time = icaltime_null_time();
  trig.duration = icaldurationtype_null_duration();
  trig.duration.is_neg = days > 0;
  trig.duration.days = (unsigned int)days;
  size_t need = strlen(summary) + 64;
  if (need > *cap) {
    *cap = need * 2;
    if (!(*text = realloc(*text, *cap)))
      die("out of memory", 0);
  }
  if (days == 0)
    snprintf(*text, *cap, *summary ? "Due today: %s" : "Due today", summary);
  else
    snprintf(*text, *cap, *summary ? "Due in %d day%s: %s" : "Due in %d day%s", days,
             days == 1 ? "" : "s", summary);
  add(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  add(a, icalproperty_new_description(*text));
  icalproperty *tp = icalproperty_new_trigger(trig);
  if (tp)
    icalproperty_add_parameter(tp, icalparameter_new_related(ICAL_RELATED_START));
  add(a, tp);
  return a;
}

int main(int argc, char **argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: ics_floor EVENTS.tsv\n");
    return 2;
  }
  FILE *in = fopen(argv[1], "r");
  if (!in) {
    perror(argv[1]);
    return 2;
  }
  icalerror_set_errors_are_fatal(0);
  char *line = NULL, *text = NULL;
  size_t cap = 0, textcap = 0;
  ssize_t len;
  long lineno = 0;

  /* The calendar header. */
  if ((len = getline(&line, &cap, in)) <= 0)
    die("no header line", 1);
  lineno++;
  if (line[len - 1] == '\n')
    line[--len] = '\0';
  unescape(line);
  if (fputs(line, stdout) == EOF)
    die("write failed", 0);

  while ((len = getline(&line, &cap, in)) > 0) {
    char *f[NFIELDS];
    struct icaltimetype start, end, stamp, mod;
    lineno++;
    if (line[len - 1] == '\n')
      line[--len] = '\0';
    if (split(line, f, NFIELDS) != NFIELDS)
      die("not 10 tab-separated fields", lineno);
    for (int i = 0; i < NFIELDS; i++)
      unescape(f[i]);
    if (parse_date(f[2], &start) < 0 || parse_utc(f[3], &stamp) < 0 || parse_utc(f[4], &mod) < 0)
      die("bad date or time", lineno);
    end = start;
    icaltime_adjust(&end, 1, 0, 0, 0);
    icalproperty_status status = icalproperty_string_to_status(f[8]);
    if (status == ICAL_STATUS_NONE)
      die("bad status", lineno);

    icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    if (!ev)
      die("libical: cannot create a VEVENT", 0);
    add(ev, icalproperty_new_uid(f[0]));
    add(ev, icalproperty_new_sequence(atoi(f[1])));
    add(ev, icalproperty_new_dtstamp(stamp));
    add(ev, icalproperty_new_lastmodified(mod));
    add(ev, icalproperty_new_dtstart(start));
    add(ev, icalproperty_new_dtend(end));
    add(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    add(ev, icalproperty_new_summary(f[5]));
    if (*f[6])
      add(ev, icalproperty_new_description(f[6]));
    add(ev, icalproperty_new_status(status));
    if (*f[7])
      add(ev, icalproperty_new_categories(f[7]));
    for (char *p = f[9]; *p;) {
      char *next;
      long days = strtol(p, &next, 10);
      if (next == p || days < 0 || (*next && *next != ','))
        die("bad alarm list", lineno);
      icalcomponent_add_component(ev, alarm((int)days, f[5], &text, &textcap));
      p = *next ? next + 1 : next;
    }

    char *s = icalcomponent_as_ical_string_r(ev);
    if (!s)
      die("libical: cannot serialize", lineno);
    size_t n = strlen(s);
    if (fwrite(s, 1, n, stdout) != n)
      die("write failed", 0);
    free(s);
    icalcomponent_free(ev);
  }
  if (ferror(in))
    die("read error", 0);
  fclose(in);
  free(line);
  free(text);
  if (fputs("END:VCALENDAR\r\n", stdout) == EOF || fflush(stdout) == EOF)
    die("write failed", 0);
  return 0;
}
