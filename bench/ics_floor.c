/*
** ics_floor.c — the performance floor for `pubrec ics`: libical alone streams
** N all-day VEVENTs to stdout, one at a time (build, serialize, write, free),
** with the properties pubrec writes: UID, SEQUENCE, DTSTAMP, LAST-MODIFIED,
** DTSTART;VALUE=DATE, DTEND, TRANSP, SUMMARY, DESCRIPTION, STATUS, CATEGORIES
** and two VALARMs. The data matches /work/wip-ics/gen.c --bench N.
**
** build: cc -std=c11 -O2 bench/ics_floor.c $(pkg-config --cflags --libs libical) -o ics_floor
** run:   /usr/bin/time -f '%e s %M KB' ./ics_floor 100000 >/dev/null
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

/* Add prop to comp; exit on a NULL property. */
static void add(icalcomponent *comp, icalproperty *prop)
{
  if (!prop) {
    fprintf(stderr, "ics_floor: libical: %s\n", icalerror_strerror(icalerrno));
    exit(1);
  }
  icalcomponent_add_property(comp, prop);
}

static icalcomponent *alarm(int days, const char *summary)
{
  char text[256];
  struct icaltriggertype trig;
  icalcomponent *a = icalcomponent_new(ICAL_VALARM_COMPONENT);
  if (!a)
    exit(1);
  memset(&trig, 0, sizeof trig);
  trig.time = icaltime_null_time();
  trig.duration = icaldurationtype_from_int(-days * 86400);
  snprintf(text, sizeof text, days == 1 ? "Due in %d day: %s" : "Due in %d days: %s", days,
           summary);
  add(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  add(a, icalproperty_new_description(text));
  icalproperty *tp = icalproperty_new_trigger(trig);
  if (tp)
    icalproperty_add_parameter(tp, icalparameter_new_related(ICAL_RELATED_START));
  add(a, tp);
  return a;
}

int main(int argc, char **argv)
{
  long n = argc == 2 ? atol(argv[1]) : -1;
  if (n < 0) {
    fprintf(stderr, "usage: ics_floor N\n");
    return 2;
  }
  icalerror_set_errors_are_fatal(0);
  icaltimezone *utc = icaltimezone_get_utc_timezone();
  if (fputs("BEGIN:VCALENDAR\r\nPRODID:-//pubrec//pubrec 0.1//EN\r\nVERSION:2.0\r\n"
            "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:pubrec deadlines\r\n"
            "X-WR-CALNAME:pubrec deadlines\r\n",
            stdout) == EOF)
    return 1;
  for (long i = 0; i < n; i++) {
    char uid[64], sum[128];
    snprintf(uid, sizeof uid, "%08lx-0000-4000-8000-000000000000-initial", i);
    snprintf(sum, sizeof sum, "Response due: request %ld to City of Denver", i);
    long day = 20000 + i % 1000;
    struct icaltimetype start = icaltime_from_timet_with_zone((time_t)day * 86400, 1, NULL);
    struct icaltimetype end = icaltime_from_timet_with_zone((time_t)(day + 1) * 86400, 1, NULL);
    struct icaltimetype stamp = icaltime_from_timet_with_zone(1767225600, 0, utc);

    icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    if (!ev)
      return 1;
    add(ev, icalproperty_new_uid(uid));
    add(ev, icalproperty_new_sequence((int)(i % 3)));
    add(ev, icalproperty_new_dtstamp(stamp));
    add(ev, icalproperty_new_lastmodified(stamp));
    add(ev, icalproperty_new_dtstart(start));
    add(ev, icalproperty_new_dtend(end));
    add(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    add(ev, icalproperty_new_summary(sum));
    add(ev, icalproperty_new_description("Initial response deadline\nper C.R.S. 24-72-203"));
    add(ev, icalproperty_new_status(i % 10 == 0 ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    add(ev, icalproperty_new_categories("foia,deadline"));
    icalcomponent_add_component(ev, alarm(3, sum));
    icalcomponent_add_component(ev, alarm(1, sum));

    char *s = icalcomponent_as_ical_string_r(ev);
    if (!s || fputs(s, stdout) == EOF) {
      fprintf(stderr, "ics_floor: write failed\n");
      return 1;
    }
    free(s);
    icalcomponent_free(ev);
  }
  if (fputs("END:VCALENDAR\r\n", stdout) == EOF || fflush(stdout) == EOF)
    return 1;
  return 0;
}
