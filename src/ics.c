/*
** ics.c — iCalendar (RFC 5545) output through libical. The only file that
** includes <libical/ical.h>.
**
** Shape of the output:
**   - The VCALENDAR header and footer are written by hand: libical 3.0 has
**     no NAME/REFRESH-INTERVAL (RFC 7986) builders and writes X- property
**     values without escaping commas and semicolons, so X-WR-CALNAME would
**     come out wrong.
**   - Each VEVENT/VTODO is built with libical, serialized with
**     icalcomponent_as_ical_string_r and freed before the next one, so memory
**     stays flat in the number of events.
**   - CATEGORIES is written by hand and spliced in before the first VALARM:
**     libical 3.0 writes CATEGORIES values with ',' and ';' unescaped (',' is
**     its list separator), so a category holding a comma would split in two.
**   - libical folds at 75 octets and (3.0.16) only between UTF-8 characters
**     for valid input. We do not rely on it: every serialized component is
**     scanned, and any line that is too long, ends mid-character or ends in a
**     bare LF is unfolded and folded again by ics_fold_line().
**   - Text handed to libical is first made valid UTF-8 (invalid bytes become
**     U+FFFD) without control characters other than TAB and LF, because
**     libical passes control characters and invalid bytes straight through.
**   - Line breaks in SUMMARY (and UID, CATEGORIES) become spaces: calcurse
**     4.7 refuses to import an event whose SUMMARY holds "\n" ("line break
**     in summary"). DESCRIPTION and the calendar NAME keep them as "\n".
*/
#include "ics.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "dynlib.h"
#include "util.h"

/*
** libical is loaded when the first calendar is written, not when pubrec
** starts: it pulls in ICU and libstdc++, whose relocations would otherwise
** cost every command (pubrec add, list, ...) about 2 ms of start-up. The
** functions this file calls are reached through pointers of their own
** types; the macros below redirect the calls, so the code reads as plain
** libical.
*/
#define ICS_LIBICAL "libical.so.3"
#define ICS_FUNCS(X)                                                                               \
  X(icalcomponent_add_component)                                                                   \
  X(icalcomponent_add_property)                                                                    \
  X(icalcomponent_as_ical_string_r)                                                                \
  X(icalcomponent_free)                                                                            \
  X(icalcomponent_new)                                                                             \
  X(icaldurationtype_null_duration)                                                                \
  X(icalerrno_return)                                                                              \
  X(icalerror_set_errors_are_fatal)                                                                \
  X(icalerror_strerror)                                                                            \
  X(icalparameter_new_related)                                                                     \
  X(icalproperty_add_parameter)                                                                    \
  X(icalproperty_free)                                                                             \
  X(icalproperty_new_action)                                                                       \
  X(icalproperty_new_description)                                                                  \
  X(icalproperty_new_dtend)                                                                        \
  X(icalproperty_new_dtstamp)                                                                      \
  X(icalproperty_new_dtstart)                                                                      \
  X(icalproperty_new_due)                                                                          \
  X(icalproperty_new_lastmodified)                                                                 \
  X(icalproperty_new_sequence)                                                                     \
  X(icalproperty_new_status)                                                                       \
  X(icalproperty_new_summary)                                                                      \
  X(icalproperty_new_transp)                                                                       \
  X(icalproperty_new_trigger)                                                                      \
  X(icalproperty_new_uid)                                                                          \
  X(icalproperty_new_url)                                                                          \
  X(icaltime_null_date)                                                                            \
  X(icaltime_null_time)                                                                            \
  X(icaltimezone_get_utc_timezone)

#define ICS_POINTER(f) static __typeof__(&f) ics_##f;
ICS_FUNCS(ICS_POINTER)

/* Load libical and resolve every function above, once. 0, or -1 after
   printing why. The library stays loaded until the process ends. */
static int load_libical(void)
{
  static const struct dynlib lib = {ICS_LIBICAL, "for iCalendar output", "libical3", "libical 3"};
#define ICS_SYM(f) DYNLIB_SYM(ics_, f)
  static const struct dynlib_sym syms[] = {ICS_FUNCS(ICS_SYM)};
#undef ICS_SYM
  static int loaded;
  return dynlib_load(&lib, syms, sizeof syms / sizeof syms[0], &loaded);
}

#define icalcomponent_add_component (*ics_icalcomponent_add_component)
#define icalcomponent_add_property (*ics_icalcomponent_add_property)
#define icalcomponent_as_ical_string_r (*ics_icalcomponent_as_ical_string_r)
#define icalcomponent_free (*ics_icalcomponent_free)
#define icalcomponent_new (*ics_icalcomponent_new)
#define icaldurationtype_null_duration (*ics_icaldurationtype_null_duration)
#define icalerrno_return (*ics_icalerrno_return)
#define icalerror_set_errors_are_fatal (*ics_icalerror_set_errors_are_fatal)
#define icalerror_strerror (*ics_icalerror_strerror)
#define icalparameter_new_related (*ics_icalparameter_new_related)
#define icalproperty_add_parameter (*ics_icalproperty_add_parameter)
#define icalproperty_free (*ics_icalproperty_free)
#define icalproperty_new_action (*ics_icalproperty_new_action)
#define icalproperty_new_description (*ics_icalproperty_new_description)
#define icalproperty_new_dtend (*ics_icalproperty_new_dtend)
#define icalproperty_new_dtstamp (*ics_icalproperty_new_dtstamp)
#define icalproperty_new_dtstart (*ics_icalproperty_new_dtstart)
#define icalproperty_new_due (*ics_icalproperty_new_due)
#define icalproperty_new_lastmodified (*ics_icalproperty_new_lastmodified)
#define icalproperty_new_sequence (*ics_icalproperty_new_sequence)
#define icalproperty_new_status (*ics_icalproperty_new_status)
#define icalproperty_new_summary (*ics_icalproperty_new_summary)
#define icalproperty_new_transp (*ics_icalproperty_new_transp)
#define icalproperty_new_trigger (*ics_icalproperty_new_trigger)
#define icalproperty_new_uid (*ics_icalproperty_new_uid)
#define icalproperty_new_url (*ics_icalproperty_new_url)
#define icaltime_null_date (*ics_icaltime_null_date)
#define icaltime_null_time (*ics_icaltime_null_time)
#define icaltimezone_get_utc_timezone (*ics_icaltimezone_get_utc_timezone)

#define ICS_MAX_LINE 75 /* octets in one physical line, excluding CRLF */

struct ics_writer {
  FILE *out;           /* borrowed; the caller closes it */
  int todo;            /* VTODO instead of VEVENT */
  int reminder_events; /* extra "due in N days" VEVENTs */
  int *alarms;         /* lead times in days, deduplicated; owned */
  int nalarms;
  int failed;         /* a write failed */
  struct buf ev;      /* the serialized text of the event being written */
  struct buf line;    /* scratch: one logical content line */
  struct buf text[5]; /* scratch: cleaned copies of input strings (uid, summary,
                         description, url, one category) */
};

/* ---- UTF-8 and text ---------------------------------------------------- */

/*
** Length of the valid UTF-8 sequence at s (1-4), or 0 if the bytes at s are
** not a valid, shortest-form sequence of a scalar value.
*/
static size_t utf8_seq_len(const unsigned char *s)
{
  unsigned char c = s[0];
  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
      return 0;
    if (c == 0xE0 && s[1] < 0xA0)
      return 0; /* overlong */
    if (c == 0xED && s[1] >= 0xA0)
      return 0; /* surrogate */
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && s[1] < 0x90)
      return 0; /* overlong */
    if (c == 0xF4 && s[1] >= 0x90)
      return 0; /* above U+10FFFF */
    return 4;
  }
  return 0;
}

/* How clean_text treats line breaks (CR, LF, CRLF). */
enum text_mode {
  TEXT_NO_BREAKS = 0, /* drop them (URL) */
  TEXT_ONE_LINE = 1,  /* each becomes one space (UID, SUMMARY, CATEGORIES, PRODID) */
  TEXT_MULTILINE = 2  /* each becomes LF, written as \n (DESCRIPTION, NAME) */
};

/* 1 for a byte clean_text must rewrite or drop: C0 controls but TAB, DEL, and
   LF unless it is kept as is. */
static int needs_cleaning(unsigned char c, enum text_mode mode)
{
  if (c == '\t' || (c == '\n' && mode == TEXT_MULTILINE))
    return 0;
  return c < 0x20 || c == 0x7F;
}

/*
** Return s, or a cleaned copy of it in tmp (borrowed; valid until tmp is next
** reset): invalid UTF-8 becomes U+FFFD, line breaks are handled per mode, and
** other control characters but TAB are dropped (RFC 5545 TEXT excludes CTLs;
** libical passes them and invalid bytes straight through). NULL stays NULL.
** The usual case (already clean) copies nothing.
*/
static const char *clean_text(struct buf *tmp, const char *s, enum text_mode mode)
{
  const unsigned char *p;
  size_t n;
  if (!s)
    return NULL;
  /* The scan for the usual case: printable ASCII is checked inline, one byte
     at a time; only other bytes go through needs_cleaning / utf8_seq_len. */
  for (p = (const unsigned char *)s;;) {
    unsigned char c = *p;
    if (c >= 0x20 && c < 0x7F) {
      p++;
    } else if (c < 0x80) {
      if (!c || needs_cleaning(c, mode))
        break;
      p++;
    } else {
      if (!(n = utf8_seq_len(p)))
        break;
      p += n;
    }
  }
  if (!*p)
    return s;
  buf_reset(tmp);
  buf_add(tmp, s, (size_t)(p - (const unsigned char *)s));
  while (*p) {
    n = utf8_seq_len(p);
    if (!n) {
      buf_adds(tmp, "\xEF\xBF\xBD");
      n = 1;
    } else if (n == 1 && (*p == '\r' || *p == '\n')) {
      if (*p == '\r' && p[1] == '\n')
        n = 2; /* CRLF is one line break */
      if (mode != TEXT_NO_BREAKS)
        buf_addc(tmp, mode == TEXT_ONE_LINE ? ' ' : '\n');
    } else if (n > 1 || !needs_cleaning(*p, mode)) {
      buf_add(tmp, p, n);
    }
    p += n;
  }
  return buf_str(tmp);
}

/* Append s to b escaped as an iCalendar TEXT value (RFC 5545 3.3.11). */
static void escape_text(struct buf *b, const char *s)
{
  const char *run = s;
  for (; *s; s++) {
    const char *rep;
    switch (*s) {
    case '\\':
      rep = "\\\\";
      break;
    case ';':
      rep = "\\;";
      break;
    case ',':
      rep = "\\,";
      break;
    case '\n':
      rep = "\\n";
      break;
    default:
      continue;
    }
    buf_add(b, run, (size_t)(s - run));
    buf_adds(b, rep);
    run = s + 1;
  }
  buf_add(b, run, (size_t)(s - run));
}

/* ---- folding ----------------------------------------------------------- */

void ics_fold_line(struct buf *out, const char *line, size_t len)
{
  size_t room = ICS_MAX_LINE;
  while (len > room) {
    size_t cut = room;
    /* Back up to the start of a character: never cut before a continuation
       byte. A run of continuation bytes longer than 3 is not UTF-8; cut
       anyway rather than loop. */
    while (cut > room - 3 && ((unsigned char)line[cut] & 0xC0) == 0x80)
      cut--;
    buf_add(out, line, cut);
    buf_add(out, "\r\n ", 3);
    line += cut;
    len -= cut;
    room = ICS_MAX_LINE - 1; /* the leading space takes one octet */
  }
  buf_add(out, line, len);
  buf_add(out, "\r\n", 2);
}

/*
** 1 if text (CRLF-terminated physical lines) is already well formed: every
** line ends in CRLF with no other CR or LF, is at most 75 octets, and no
** continuation line starts inside a UTF-8 character.
*/
static int lines_ok(const char *text, size_t len)
{
  const char *p = text, *end = text + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl || nl == p || nl[-1] != '\r')
      return 0;
    size_t n = (size_t)(nl - 1 - p);
    if (n > ICS_MAX_LINE || memchr(p, '\r', n))
      return 0;
    if ((p[0] == ' ' || p[0] == '\t') && n > 1 && ((unsigned char)p[1] & 0xC0) == 0x80)
      return 0;
    p = nl + 1;
  }
  return 1;
}

void ics_refold(struct buf *out, const char *text, size_t len)
{
  if (lines_ok(text, len)) {
    buf_add(out, text, len);
    return;
  }
  /* Unfold (a line break followed by one space or tab continues the line),
     then fold each logical line again. */
  struct buf logical = BUF_INIT;
  const char *p = text, *end = text + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *stop = nl ? nl : end;
    const char *e = stop > p && stop[-1] == '\r' ? stop - 1 : stop;
    buf_add(&logical, p, (size_t)(e - p));
    p = nl ? nl + 1 : end;
    if (p < end && (*p == ' ' || *p == '\t')) {
      p++;
      continue;
    }
    if (logical.len)
      ics_fold_line(out, logical.data, logical.len);
    buf_reset(&logical);
  }
  buf_release(&logical);
}

/* Append "NAME:" + escaped TEXT value as one folded content line. */
static void add_text_line(struct ics_writer *w, struct buf *out, const char *name,
                          const char *value)
{
  buf_reset(&w->line);
  buf_adds(&w->line, name);
  buf_addc(&w->line, ':');
  escape_text(&w->line, value);
  ics_fold_line(out, w->line.data, w->line.len);
}

/* ---- dates --------------------------------------------------------------- */

/* Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant). */
static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* An all-day icaltime for a day number; -1 if its year is outside 1-9999. */
static int make_date(struct icaltimetype *t, int64_t day)
{
  int y, m, d;
  if (day < -719162 || day > 2932896) /* 0001-01-01 .. 9999-12-31 */
    return -1;
  civil_from_days(day, &y, &m, &d);
  *t = icaltime_null_date();
  t->year = y;
  t->month = m;
  t->day = d;
  t->is_date = 1;
  return 0;
}

/* A UTC date-time icaltime for epoch seconds; -1 if out of range. */
static int make_utc(struct icaltimetype *t, int64_t secs)
{
  int64_t day = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  int64_t sod = secs - day * 86400;
  if (make_date(t, day) < 0)
    return -1;
  t->is_date = 0;
  t->hour = (int)(sod / 3600);
  t->minute = (int)(sod / 60 % 60);
  t->second = (int)(sod % 60);
  t->zone = icaltimezone_get_utc_timezone();
  return 0;
}

/* ---- components ---------------------------------------------------------- */

/* Add prop to comp; -1 (and no leak) when prop is NULL. */
static int add_prop(icalcomponent *comp, icalproperty *prop)
{
  if (!prop)
    return -1;
  icalcomponent_add_property(comp, prop);
  return 0;
}

/* The text of an alarm or reminder: "Due in 3 days: x", "Due today: x". */
static void due_in_text(struct buf *b, int days, const char *summary)
{
  if (days == 0)
    buf_adds(b, "Due today");
  else if (days == 1)
    buf_adds(b, "Due in 1 day");
  else
    buf_addf(b, "Due in %d days", days);
  if (summary && *summary) {
    buf_adds(b, ": ");
    buf_adds(b, summary);
  }
}

/* A VALARM with ACTION:DISPLAY that fires days before the due date. NULL on failure. */
static icalcomponent *new_alarm(int days, int todo, const char *summary)
{
  icalcomponent *a = icalcomponent_new(ICAL_VALARM_COMPONENT);
  struct buf text = BUF_INIT;
  struct icaltriggertype trig;
  icalproperty *tp;
  if (!a)
    return NULL;
  memset(&trig, 0, sizeof trig);
  trig.time = icaltime_null_time();
  trig.duration = icaldurationtype_null_duration();
  trig.duration.is_neg = days > 0;
  trig.duration.days = (unsigned int)days;
  due_in_text(&text, days, summary);
  tp = icalproperty_new_trigger(trig);
  if (tp) {
    /* A VTODO has no DTSTART here; its alarms are relative to DUE (END). */
    icalparameter *rel = icalparameter_new_related(todo ? ICAL_RELATED_END : ICAL_RELATED_START);
    if (!rel) {
      icalproperty_free(tp);
      tp = NULL;
    } else {
      icalproperty_add_parameter(tp, rel);
    }
  }
  if (add_prop(a, icalproperty_new_action(ICAL_ACTION_DISPLAY)) < 0 ||
      add_prop(a, icalproperty_new_description(buf_str(&text))) < 0 || add_prop(a, tp) < 0) {
    icalcomponent_free(a);
    a = NULL;
  }
  buf_release(&text);
  return a;
}

/* Cleaned copies of one event's strings (borrowed from ev or the writer's scratch). */
struct clean_event {
  const char *uid, *summary, *description, *url;
};

/*
** Build one component: kind VEVENT (all-day on day) or VTODO (due on day),
** with alarms when with_alarms. Returns a new component the caller frees
** with icalcomponent_free, or NULL on failure.
*/
static icalcomponent *build(struct ics_writer *w, const struct ics_event *ev,
                            const struct clean_event *ce, const char *uid, const char *summary,
                            int64_t day, int todo, int with_alarms)
{
  icalcomponent *c = icalcomponent_new(todo ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
  struct icaltimetype stamp, mod, start, end;
  if (!c)
    return NULL;
  if (make_utc(&stamp, ev->dtstamp) < 0 || make_utc(&mod, ev->last_modified) < 0 ||
      make_date(&start, day) < 0 || make_date(&end, day + 1) < 0)
    goto fail;
  if (add_prop(c, icalproperty_new_uid(uid)) < 0 ||
      add_prop(c, icalproperty_new_sequence(ev->sequence)) < 0 ||
      add_prop(c, icalproperty_new_dtstamp(stamp)) < 0 ||
      add_prop(c, icalproperty_new_lastmodified(mod)) < 0)
    goto fail;
  if (todo) {
    if (add_prop(c, icalproperty_new_due(start)) < 0)
      goto fail;
  } else {
    if (add_prop(c, icalproperty_new_dtstart(start)) < 0 ||
        add_prop(c, icalproperty_new_dtend(end)) < 0 ||
        add_prop(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)) < 0)
      goto fail;
  }
  if (add_prop(c, icalproperty_new_summary(summary)) < 0)
    goto fail;
  if (ce->description && add_prop(c, icalproperty_new_description(ce->description)) < 0)
    goto fail;
  icalproperty_status st = ev->cancelled ? ICAL_STATUS_CANCELLED
                           : todo        ? ICAL_STATUS_NEEDSACTION
                                         : ICAL_STATUS_CONFIRMED;
  if (add_prop(c, icalproperty_new_status(st)) < 0)
    goto fail;
  if (ce->url && *ce->url && add_prop(c, icalproperty_new_url(ce->url)) < 0)
    goto fail;
  for (int i = 0; with_alarms && i < w->nalarms; i++) {
    icalcomponent *a = new_alarm(w->alarms[i], todo, ce->summary);
    if (!a)
      goto fail;
    icalcomponent_add_component(c, a);
  }
  return c;
fail:
  icalcomponent_free(c);
  return NULL;
}

/*
** Serialize comp, splice the hand-written CATEGORIES line in before its
** first VALARM (or its END line), and append the result to w->ev.
*/
static int serialize(struct ics_writer *w, icalcomponent *comp, const struct ics_event *ev,
                     int with_alarms)
{
  char *s = icalcomponent_as_ical_string_r(comp);
  if (!s)
    return -1;
  size_t len = strlen(s), split = len;
  /* Only component delimiters start a line with "BEGIN:"; folded lines start
     with a space and TEXT values cannot hold a raw line break. A component
     built without alarms has none to look for (the search read the whole
     text of every event). */
  const char *alarm = with_alarms ? strstr(s, "\r\nBEGIN:VALARM\r\n") : NULL;
  if (alarm) {
    split = (size_t)(alarm - s) + 2;
  } else {
    const char *last = len >= 2 ? s + len - 2 : s;
    while (last > s && !(last[-1] == '\n'))
      last--;
    split = (size_t)(last - s); /* start of the END:... line */
  }
  ics_refold(&w->ev, s, split);
  if (ev->categories && ev->categories[0]) {
    int n = 0;
    buf_reset(&w->line);
    buf_adds(&w->line, "CATEGORIES:");
    for (const char *const *cat = ev->categories; *cat; cat++) {
      const char *v = clean_text(&w->text[4], *cat, TEXT_ONE_LINE);
      if (!*v)
        continue;
      if (n++)
        buf_addc(&w->line, ',');
      escape_text(&w->line, v);
    }
    if (n)
      ics_fold_line(&w->ev, w->line.data, w->line.len);
  }
  ics_refold(&w->ev, s + split, len - split);
  free(s);
  return 0;
}

/* Write w->ev to the output; -1 after reporting when the write fails. */
static int flush_event(struct ics_writer *w)
{
  if (w->ev.len && fwrite(w->ev.data, 1, w->ev.len, w->out) != w->ev.len) {
    w->failed = 1;
    return error("cannot write calendar: %s", strerror(errno));
  }
  return 0;
}

/* ---- public API -------------------------------------------------------- */

/* Free w and everything it owns. NULL is a no-op. */
static void writer_free(struct ics_writer *w)
{
  if (!w)
    return;
  buf_release(&w->ev);
  buf_release(&w->line);
  for (size_t i = 0; i < sizeof w->text / sizeof w->text[0]; i++)
    buf_release(&w->text[i]);
  free(w->alarms);
  free(w);
}

struct ics_writer *ics_writer_start(FILE *out, const struct ics_options *opt)
{
  static const struct ics_options defaults;
  struct ics_writer *w;
  if (!out) {
    error("no output stream for the calendar");
    return NULL;
  }
  if (!opt)
    opt = &defaults;
  if (opt->nalarms < 0 || (opt->nalarms > 0 && !opt->alarms)) {
    error("invalid alarm list");
    return NULL;
  }
  for (int i = 0; i < opt->nalarms; i++) {
    if (opt->alarms[i] < 0 || opt->alarms[i] > 36500) {
      error("invalid alarm lead time '%d' days", opt->alarms[i]);
      return NULL;
    }
  }
  if (opt->refresh_minutes < 0) {
    error("invalid refresh interval '%d' minutes", opt->refresh_minutes);
    return NULL;
  }
  if (load_libical() != 0)
    return NULL;
  icalerror_set_errors_are_fatal(0);

  w = xcalloc(1, sizeof *w);
  w->out = out;
  w->todo = opt->todo;
  w->reminder_events = opt->reminder_events;
  w->alarms = xcalloc((size_t)opt->nalarms + 1, sizeof *w->alarms);
  for (int i = 0; i < opt->nalarms; i++) {
    int dup = 0;
    for (int j = 0; j < w->nalarms; j++)
      dup |= w->alarms[j] == opt->alarms[i];
    if (!dup)
      w->alarms[w->nalarms++] = opt->alarms[i];
  }

  struct buf *h = &w->ev;
  const char *prodid = opt->prodid && *opt->prodid ? opt->prodid : "-//pubrec//pubrec//EN";
  buf_adds(h, "BEGIN:VCALENDAR\r\n");
  add_text_line(w, h, "PRODID", clean_text(&w->text[0], prodid, TEXT_ONE_LINE));
  buf_adds(h, "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
  if (opt->name && *opt->name) {
    const char *name = clean_text(&w->text[0], opt->name, TEXT_MULTILINE);
    add_text_line(w, h, "NAME", name);
    add_text_line(w, h, "X-WR-CALNAME", name);
  }
  if (opt->refresh_minutes > 0)
    buf_addf(h, "REFRESH-INTERVAL;VALUE=DURATION:PT%dM\r\nX-PUBLISHED-TTL:PT%dM\r\n",
             opt->refresh_minutes, opt->refresh_minutes);
  if (flush_event(w) < 0) {
    writer_free(w);
    return NULL;
  }
  return w;
}

int ics_writer_add(struct ics_writer *w, const struct ics_event *ev)
{
  struct clean_event ce;
  struct icaltimetype t;
  struct buf rid = BUF_INIT, rsum = BUF_INIT;
  icalcomponent *c = NULL;
  int ret = -1, lead = 0;
  if (!w)
    return -1;
  if (w->failed)
    return -1; /* already reported */
  if (!ev || !ev->uid || !*ev->uid)
    return error("calendar event without a UID");
  if (ev->sequence < 0)
    return error("invalid SEQUENCE '%d' for '%s'", ev->sequence, ev->uid);
  /* A cancelled event reminds of nothing: no VALARMs, no reminder events. */
  int remind = !ev->cancelled;
  for (int i = 0; remind && w->reminder_events && i < w->nalarms; i++)
    lead = w->alarms[i] > lead ? w->alarms[i] : lead;
  if (make_date(&t, (int64_t)ev->due - lead) < 0 || make_date(&t, (int64_t)ev->due + 1) < 0)
    return error("due date of '%s' out of range", ev->uid);
  if (make_utc(&t, ev->dtstamp) < 0 || make_utc(&t, ev->last_modified) < 0)
    return error("timestamp of '%s' out of range", ev->uid);
  ce.uid = clean_text(&w->text[0], ev->uid, TEXT_ONE_LINE);
  ce.summary = clean_text(&w->text[1], ev->summary ? ev->summary : "", TEXT_ONE_LINE);
  ce.description = clean_text(&w->text[2], ev->description, TEXT_MULTILINE);
  ce.url = clean_text(&w->text[3], ev->url, TEXT_NO_BREAKS);
  buf_reset(&w->ev);

  c = build(w, ev, &ce, ce.uid, ce.summary, ev->due, w->todo, remind);
  if (!c) {
    error("cannot build calendar event '%s': %s", ce.uid, icalerror_strerror(icalerrno));
    goto done;
  }
  if (serialize(w, c, ev, remind && w->nalarms > 0) < 0) {
    error("cannot serialize calendar event '%s': %s", ce.uid, icalerror_strerror(icalerrno));
    goto done;
  }
  icalcomponent_free(c);
  c = NULL;

  for (int i = 0; remind && w->reminder_events && i < w->nalarms; i++) {
    int days = w->alarms[i];
    if (days <= 0)
      continue;
    buf_reset(&rid);
    buf_addf(&rid, "%s-remind-%dd", ce.uid, days);
    buf_reset(&rsum);
    due_in_text(&rsum, days, ce.summary);
    c = build(w, ev, &ce, rid.data, rsum.data, (int64_t)ev->due - days, 0, 0);
    if (!c) {
      error("cannot build reminder event '%s': %s", rid.data, icalerror_strerror(icalerrno));
      goto done;
    }
    if (serialize(w, c, ev, 0) < 0) {
      error("cannot serialize reminder event '%s': %s", rid.data, icalerror_strerror(icalerrno));
      goto done;
    }
    icalcomponent_free(c);
    c = NULL;
  }
  ret = flush_event(w);
done:
  if (c)
    icalcomponent_free(c);
  buf_release(&rid);
  buf_release(&rsum);
  return ret;
}

int ics_writer_finish(struct ics_writer *w)
{
  int ret = 0;
  if (!w)
    return -1;
  if (!w->failed) {
    if (fputs("END:VCALENDAR\r\n", w->out) == EOF || fflush(w->out) == EOF || ferror(w->out))
      ret = error("cannot write calendar: %s", strerror(errno));
  } else {
    ret = -1;
  }
  writer_free(w);
  return ret;
}
