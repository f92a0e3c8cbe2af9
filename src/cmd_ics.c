/*
** cmd_ics.c — pubrec ics: the deadlines as an iCalendar (RFC 5545) file.
**
** Rows stream from store_ics_each() straight into the ics.c writer, one
** event built, written and freed at a time, so memory stays flat however
** many deadlines there are. With -o, the calendar goes through outfile.c: a
** temporary file beside FILE that is flushed, fsync'ed and renamed over FILE,
** so a reader (a web server publishing the feed, a calendar app) never sees
** half of it; on any failure the temporary file is removed and FILE is left
** untouched.
**
** What each deadline row becomes (also in the --help text):
**   UID       <matter uuid>-<deadline kind>@pubrec, the same on every export
**   SUMMARY   "<Label>[ by HH:MM][ (status)]: REF FROM → TO — subject", where
**             Label comes from the deadline kind (Due, Extended due,
**             Objections due, Acknowledgement due, Appeal due) and the status
**             is shown for a closed matter
**   STATUS    CONFIRMED; CANCELLED for a closed matter (shown only with
**             --status); a cancelled event carries no alarms (ics.c)
**   SEQUENCE  from the history (store_ics.c), LAST-MODIFIED the matter's
**             latest event, DTSTAMP now
** An extension moves the deadline: the event keeps the original's UID
** (<uuid>-response@pubrec), takes the extended date and the label "Extended
** due", and its SEQUENCE rises, so a calendar moves the event it has.
** --json is refused as a usage error: the output is iCalendar.
*/
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"
#include "deadline.h"
#include "ics.h"
#include "model.h"
#include "outfile.h"
#include "store_ics.h"
#include "util.h"

#define ICS_DEFAULT_NAME "pubrec deadlines"
#define ICS_DEFAULT_REFRESH 60 /* minutes */
#define ICS_MAX_ALARMS 16
#define ICS_MAX_ALARM_DAYS 365

static const struct opt_spec opts[] = {
    {"out", 'o', OPT_VALUE, "FILE", "write the calendar to FILE (atomically) instead of stdout"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {"status", 0, OPT_VALUE, "S",
     "only matters in status S; 'open' (the default), 'closed' or 'all' also work"},
    {"open", 0, OPT_FLAG, NULL, "only open matters (the default)"},
    {"from", 0, OPT_VALUE, "DATE", "only deadlines due on or after DATE"},
    {"to", 0, OPT_VALUE, "DATE", "only deadlines due on or before DATE"},
    {"alarms", 0, OPT_VALUE, "LIST", "reminders, days before the due date, e.g. 3d,1d,0d"},
    {"reminder-events", 0, OPT_FLAG, NULL,
     "also write each --alarms lead time as an all-day \"Due in N days\" event"},
    {"todo", 0, OPT_FLAG, NULL, "write VTODOs with DUE instead of events (task apps)"},
    {"name", 0, OPT_VALUE, "NAME", "calendar name (default: \"" ICS_DEFAULT_NAME "\")"},
    {"refresh", 0, OPT_VALUE, "MINUTES",
     "how often subscribers should refresh (default 60; 0 leaves it out)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec ics [-o FILE] [--agency A] [--status S|--open] [--from DATE] [--to DATE]\n"
    "                  [--alarms 3d,1d,0d] [--reminder-events] [--todo] [--name NAME]\n"
    "                  [--refresh MINUTES]",
    "Export the deadlines of open matters as an iCalendar file to import into, or\n"
    "subscribe to from, a calendar app. Each deadline of a matter is one all-day\n"
    "event on its due date, titled for a month view, e.g.\n"
    "  Due: SUB-2020-0001 ICE → DENVER — Records on four individuals\n"
    "(Extended due, Objections due, Acknowledgement due, Appeal due for the other\n"
    "kinds). The description holds the rule and its citation, the date served or\n"
    "received, the status, how the date was computed and the last three history\n"
    "entries. UIDs (<matter uuid>-<kind>@pubrec) are the same on every export and\n"
    "SEQUENCE rises each time a deadline moves (or its matter closes or reopens),\n"
    "so importing again or refreshing a subscription updates events instead of\n"
    "duplicating them. An extension moves the event to the extended date, titled\n"
    "\"Extended due: ...\", under the same UID. Closed matters (fulfilled, denied,\n"
    "refused, withdrawn, escalated) are left out, which removes their events from a\n"
    "subscribed calendar; --status closed|all|S includes them, cancelled. Tolled\n"
    "matters have no deadline until they resume.\n"
    "\n"
    "Reminders: --alarms adds a VALARM per lead time (Google drops alarms on import\n"
    "and Apple strips them from subscriptions; --reminder-events writes them as\n"
    "events of their own too). --todo writes tasks (VTODO with DUE) instead.\n"
    "\n"
    "With -o the file is written beside FILE under a temporary name and renamed\n"
    "into place, so a reader never sees half a calendar; on failure FILE is left\n"
    "as it was. The output is iCalendar: --json is refused (exit 2).",
    opts,
    "  pubrec ics -o ~/deadlines.ics\n"
    "  pubrec ics --agency DENVER --alarms 3d,1d,0d --reminder-events -o denver.ics\n"
    "  pubrec ics --status all --from 2020-01-01 --to 2020-12-31 --todo > tasks.ics\n"};

/* ---- events ------------------------------------------------------------ */

struct export
{
  struct ics_writer *w;
  int64_t now; /* DTSTAMP */
  int count;   /* deadlines written */
  struct buf uid, summary, description;
};

/* The label of a deadline kind in a SUMMARY: "Due", "Extended due", ... */
static void add_label(struct buf *b, const char *kind)
{
  if (strcmp(kind, "response") == 0)
    buf_adds(b, "Due");
  else if (strcmp(kind, "objection") == 0)
    buf_adds(b, "Objections due");
  else if (strcmp(kind, "extended") == 0)
    buf_adds(b, "Extended due");
  else if (strcmp(kind, "acknowledgement") == 0)
    buf_adds(b, "Acknowledgement due");
  else if (strcmp(kind, "appeal") == 0)
    buf_adds(b, "Appeal due");
  else if (*kind) {
    buf_addc(b, (char)(*kind >= 'a' && *kind <= 'z' ? *kind - 'a' + 'A' : *kind));
    buf_adds(b, kind + 1);
    buf_adds(b, " due");
  } else {
    buf_adds(b, "Due");
  }
}

/* Append the strings up to a NULL to b (buf_addf costs more, once per event). */
static void cat(struct buf *b, ...)
{
  va_list ap;
  va_start(ap, b);
  for (const char *s = va_arg(ap, const char *); s; s = va_arg(ap, const char *))
    buf_adds(b, s);
  va_end(ap);
}

static void make_summary(struct buf *b, const struct ics_row *r, int closed)
{
  buf_reset(b);
  add_label(b, r->dl_kind);
  if (r->due_time)
    cat(b, " by ", r->due_time, NULL);
  if (closed)
    cat(b, " (", r->status, ")", NULL);
  cat(b, ": ", r->ref, " ", r->from_code, " → ", r->to_code, " — ", r->subject, NULL);
}

/* What the matter's trigger date is called. */
static const char *trigger_label(const char *kind)
{
  if (strcmp(kind, "subpoena") == 0)
    return "Served";
  if (strcmp(kind, "request") == 0)
    return "Received";
  return "Filed";
}

/* One history line: "- 2020-01-16 status open → refused: note". */
static void add_history(struct buf *b, const struct ics_history *h)
{
  cat(b, "\n- ", h->on_date, " ", NULL);
  if (strcmp(h->kind, "created") == 0)
    cat(b, "created", *h->new_value ? " as " : "", h->new_value, NULL);
  else if (strcmp(h->kind, "status") == 0)
    cat(b, "status ", *h->old_value ? h->old_value : "-", " → ", *h->new_value ? h->new_value : "-",
        NULL);
  else if (strcmp(h->kind, "due") == 0)
    cat(b, *h->field ? h->field : "due", " ", *h->old_value ? h->old_value : "(none)", " → ",
        *h->new_value ? h->new_value : "(none)", NULL);
  else
    cat(b, h->kind, *h->new_value ? " " : "", h->new_value, NULL);
  if (*h->note)
    cat(b, ": ", h->note, NULL);
}

static void make_description(struct buf *b, const struct ics_row *r)
{
  buf_reset(b);
  cat(b, r->ref, " (", r->court ? "court-ordered " : "", r->kind, "): ", r->subject, NULL);
  cat(b, "\nFrom: ", r->from_code, ", ", r->from_name, "\nTo: ", r->to_code, ", ", r->to_name,
      NULL);
  cat(b, "\nDeadline: ", r->dl_kind, ", due ", r->due, NULL);
  if (r->due_time)
    cat(b, " by ", r->due_time, NULL);
  if (r->rule)
    cat(b, "\nRule: ", r->rule, ", ", r->citation ? r->citation : "no citation recorded", NULL);
  else
    buf_adds(b, "\nRule: none (the date or period the document states)");
  cat(b, "\n", trigger_label(r->kind), ": ", r->trigger_date, "\nStatus: ", r->status, NULL);
  if (r->tracking)
    cat(b, "\nTracking number: ", r->tracking, NULL);
  cat(b, "\nBasis: ", r->basis, NULL);
  if (r->nhistory) {
    buf_adds(b, "\nLatest history:");
    for (int i = 0; i < r->nhistory; i++)
      add_history(b, &r->history[i]);
  }
}

static int write_row(void *arg, const struct ics_row *r)
{
  struct export *x = arg;
  dl_day due;
  if (!r->due || dl_parse_date(r->due, &due) != 0)
    return error("%s has an invalid %s due date '%s' (run 'pubrec show %s')", r->ref, r->dl_kind,
                 r->due ? r->due : "", r->ref);
  int closed = !status_is_open(r->status);
  const char *categories[] = {r->kind, r->from_code, r->to_code, NULL};
  buf_reset(&x->uid);
  cat(&x->uid, r->uuid, "-", r->supersedes ? r->supersedes : r->dl_kind, "@pubrec", NULL);
  make_summary(&x->summary, r, closed);
  make_description(&x->description, r);
  struct ics_event ev;
  memset(&ev, 0, sizeof ev);
  ev.uid = buf_str(&x->uid);
  ev.sequence = r->sequence;
  ev.due = due;
  ev.dtstamp = x->now;
  ev.last_modified = r->last_modified ? r->last_modified : x->now;
  ev.summary = buf_str(&x->summary);
  ev.description = buf_str(&x->description);
  ev.categories = categories;
  ev.cancelled = closed;
  if (ics_writer_add(x->w, &ev) != 0)
    return -1;
  x->count++;
  return 0;
}

/* ---- options ----------------------------------------------------------- */

/* Parse "3d,1d,0d" into days[]. PR_USAGE after printing why. */
static int parse_alarms(const char *list, int *days, int *n)
{
  const char *p = list;
  *n = 0;
  for (;;) {
    const char *end = strchr(p, ',');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    long v = 0;
    size_t i = 0;
    while (i < len && p[i] >= '0' && p[i] <= '9' && v <= ICS_MAX_ALARM_DAYS)
      v = v * 10 + (p[i++] - '0');
    if (i == 0 || i + 1 != len || p[i] != 'd' || v > ICS_MAX_ALARM_DAYS)
      return usage_error("invalid lead time '%.*s' in --alarms (want days before the due date "
                         "from 0d to %dd, e.g. --alarms 3d,1d,0d)",
                         (int)len, p, ICS_MAX_ALARM_DAYS);
    if (*n == ICS_MAX_ALARMS)
      return usage_error("too many lead times in --alarms (at most %d)", ICS_MAX_ALARMS);
    days[(*n)++] = (int)v;
    if (!end)
      return 0;
    p = end + 1;
  }
}

static int check_date(const char *v, const char *name)
{
  dl_day d;
  if (v && dl_parse_date(v, &d) != 0)
    return usage_error("invalid date '%s' for --%s (want YYYY-MM-DD, a real date)", v, name);
  return 0;
}

int cmd_ics(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct ics_filter f;
  struct ics_options io;
  struct outfile out;
  const char *out_path;
  struct export x;
  int alarms[ICS_MAX_ALARMS];
  memset(&f, 0, sizeof f);
  memset(&io, 0, sizeof io);
  memset(&out, 0, sizeof out);
  memset(&x, 0, sizeof x);
  f.open = 1;

  if (p.npos) {
    rc = usage_error("'ics' takes no arguments, got '%s' (see 'pubrec ics --help')", p.pos[0]);
    goto done;
  }
  if (opt_globals.json || c->json) {
    rc = usage_error("--json does not apply to 'ics': it writes iCalendar (leave out --json)");
    goto done;
  }
  const char *status = opt_get(&p, "status");
  if (status && opt_has(&p, "open")) {
    rc = usage_error("give --status or --open, not both");
    goto done;
  }
  if (status) {
    if (strcmp(status, "all") == 0)
      f.open = 0;
    else if (strcmp(status, "closed") == 0)
      f.open = -1;
    else if (strcmp(status, "open") == 0)
      f.open = 1;
    else if (status_valid(status)) {
      f.open = 0;
      f.status = status;
    } else {
      rc = usage_error("unknown status '%s' for --status (want all, open, closed or one of: "
                       "open, acknowledged, extended, tolled, partial, appealed, fulfilled, "
                       "denied, refused, withdrawn, escalated)",
                       status);
      goto done;
    }
  }
  f.agency = opt_get(&p, "agency");
  f.from = opt_get(&p, "from");
  f.to = opt_get(&p, "to");
  if ((rc = check_date(f.from, "from")) != 0 || (rc = check_date(f.to, "to")) != 0)
    goto done;
  if (f.from && f.to && strcmp(f.from, f.to) > 0) {
    rc = usage_error("--from %s is after --to %s", f.from, f.to);
    goto done;
  }
  const char *alarm_list = opt_get(&p, "alarms");
  if (alarm_list && (rc = parse_alarms(alarm_list, alarms, &io.nalarms)) != 0)
    goto done;
  io.alarms = alarms;
  io.reminder_events = opt_has(&p, "reminder-events");
  if (io.reminder_events && !alarm_list) {
    rc = usage_error("--reminder-events needs --alarms (e.g. --alarms 3d,1d)");
    goto done;
  }
  io.todo = opt_has(&p, "todo");
  if (io.todo && io.reminder_events) {
    rc = usage_error("--reminder-events writes events: leave it out with --todo (tasks keep "
                     "their --alarms)");
    goto done;
  }
  io.name = opt_get(&p, "name") ? opt_get(&p, "name") : ICS_DEFAULT_NAME;
  if (!*io.name) {
    rc = usage_error("--name needs a non-empty calendar name");
    goto done;
  }
  if ((rc = opt_int(&p, "refresh", 0, 525600, ICS_DEFAULT_REFRESH, &io.refresh_minutes)) != 0)
    goto done;
  io.prodid = "-//pubrec//pubrec ics//EN";
  out_path = opt_get(&p, "out");
  if (out_path && !*out_path) {
    rc = usage_error("-o needs a file name");
    goto done;
  }

  if ((rc = ctx_open(c)) != 0)
    goto done;
  if (f.agency) {
    struct agency a;
    rc = store_agency_get(&c->st, f.agency, &a);
    if (rc > 0)
      rc = error("unknown agency '%s' (see 'pubrec agency list')", f.agency);
    if (rc != 0)
      goto done;
    agency_release(&a);
  }
  time_t now = time(NULL);
  if (now == (time_t)-1) {
    rc = error("cannot read the clock: %s", strerror(errno));
    goto done;
  }
  x.now = (int64_t)now;

  FILE *fp = stdout;
  if (out_path) {
    if ((rc = outfile_open(&out, out_path, OUTFILE_MODE_KEEP)) != 0)
      goto done;
    fp = out.fp;
    static char iobuf[1 << 16];
    setvbuf(fp, iobuf, _IOFBF, sizeof iobuf);
  }
  x.w = ics_writer_start(fp, &io);
  if (!x.w) {
    rc = -1;
    goto done;
  }
  rc = store_ics_each(&c->st, &f, write_row, &x);
  int fin = ics_writer_finish(x.w);
  x.w = NULL;
  if (rc == 0 && fin != 0)
    rc = -1;
  if (rc != 0)
    goto done;
  if (out_path) {
    if ((rc = outfile_commit(&out)) != 0)
      goto done;
    printf("wrote %d deadline%s to %s\n", x.count, x.count == 1 ? "" : "s", out_path);
  }
  if (x.count == 0)
    warn("no deadlines match: the calendar has no events");
done:
  if (rc != 0 && rc != PR_USAGE)
    rc = PR_ERR;
  outfile_release(&out);
  buf_release(&x.uid);
  buf_release(&x.summary);
  buf_release(&x.description);
  opt_release(&p);
  return rc;
}
