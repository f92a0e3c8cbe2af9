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
#include "config.h"
#include "hint.h"
#include "deadline.h"
#include "ics_export.h"
#include "model.h"
#include "outfile.h"
#include "store_ics.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"out", 'o', OPT_VALUE, "FILE", "write the calendar to FILE (atomically) instead of stdout"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {"kind", 'k', OPT_VALUE, "K", "only requests, subpoenas, appeals or petitions"},
    {"status", 0, OPT_VALUE, "S",
     "only matters in status S; 'open' (the default), 'closed' or 'all' also work"},
    {"open", 0, OPT_FLAG, NULL, "only open matters (the default)"},
    {"tag", 0, OPT_VALUE, "T", "only matters with this tag (see 'pubrec tag')"},
    {"from", 0, OPT_VALUE, "DATE", "only deadlines due on or after DATE"},
    {"to", 0, OPT_VALUE, "DATE", "only deadlines due on or before DATE"},
    {"alarms", 0, OPT_VALUE, "LIST",
     "reminders, days before the due date, e.g. 3d,1d,0d (default: the config file's alarms)"},
    {"reminder-events", 0, OPT_FLAG, NULL,
     "also write each --alarms lead time as an all-day \"Due in N days\" event"},
    {"todo", 0, OPT_FLAG, NULL, "write VTODOs with DUE instead of events (task apps)"},
    {"name", 0, OPT_VALUE, "NAME", "calendar name (default: \"" ICS_DEFAULT_NAME "\")"},
    {"refresh", 0, OPT_VALUE, "MINUTES",
     "how often subscribers should refresh (default 60; 0 leaves it out)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec ics [-o FILE] [--agency A] [--kind K] [--status S|--open] [--tag T] [--from DATE]\n"
    "                  [--to DATE] [--alarms 3d,1d,0d] [--reminder-events] [--todo]\n"
    "                  [--name NAME] [--refresh MINUTES]",
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
    "\"Extended due: ...\", under the same UID. Deadlines that no longer stand (the\n"
    "matter was answered by a determination, or closed: see 'pubrec statuses') are\n"
    "left out, which removes their events from a subscribed calendar; --status\n"
    "closed|all|S includes them, cancelled. Tolled matters have no deadline until\n"
    "they resume.\n"
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

int cmd_ics(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct ics_spec spec;
  struct outfile out;
  const char *out_path;
  int count = 0;
  memset(&out, 0, sizeof out);

  if (p.npos) {
    rc = usage_error("'ics' takes no arguments, got '%s' (see 'pubrec ics --help')", p.pos[0]);
    goto done;
  }
  if (opt_globals.json || c->json) {
    rc = usage_error("--json does not apply to 'ics': it writes iCalendar (leave out --json)");
    goto done;
  }
  struct ics_args args;
  memset(&args, 0, sizeof args);
  args.status = opt_get(&p, "status");
  args.open = opt_has(&p, "open");
  args.agency = opt_get(&p, "agency");
  args.kind = opt_get(&p, "kind");
  args.tag = opt_get(&p, "tag");
  args.from = opt_get(&p, "from");
  args.to = opt_get(&p, "to");
  args.alarms = opt_get(&p, "alarms");
  if (!args.alarms)
    args.alarms = config_get("alarms");
  args.reminder_events = opt_has(&p, "reminder-events");
  args.todo = opt_has(&p, "todo");
  args.name = opt_get(&p, "name");
  if ((rc = opt_int(&p, "refresh", 0, 525600, ICS_DEFAULT_REFRESH, &args.refresh_minutes)) != 0)
    goto done;
  if ((rc = ics_export_setup(&spec, &args)) != 0)
    goto done;
  out_path = opt_get(&p, "out");
  if (out_path && !*out_path) {
    rc = usage_error("-o needs a file name");
    goto done;
  }

  if ((rc = ctx_open(c)) != 0)
    goto done;
  if (spec.f.agency) {
    struct agency a;
    rc = store_agency_get(&c->st, spec.f.agency, &a);
    if (rc > 0)
      rc = error("unknown agency '%s'%s (see 'pubrec agency list')", spec.f.agency,
                 hint_agency(&c->st, spec.f.agency));
    if (rc != 0)
      goto done;
    agency_release(&a);
  }
  time_t now = time(NULL);
  if (now == (time_t)-1) {
    rc = error("cannot read the clock: %s", strerror(errno));
    goto done;
  }

  /* The calendar goes out in 64 KiB writes, to a file or to stdout (stdio's
     default, 4 KiB to a pipe or /dev/null, was 8,000 write calls for the
     38,000 events of 1,000,000 matters). Nothing was written to stdout yet. */
  FILE *fp = stdout;
  static char iobuf[1 << 16];
  if (out_path) {
    if ((rc = outfile_open(&out, out_path, OUTFILE_MODE_KEEP)) != 0)
      goto done;
    fp = out.fp;
  }
  setvbuf(fp, iobuf, _IOFBF, sizeof iobuf);
  if ((rc = ics_export(fp, &c->st, &spec, (int64_t)now, &count)) != 0)
    goto done;
  if (out_path) {
    if ((rc = outfile_commit(&out)) != 0)
      goto done;
    printf("wrote %d deadline%s to %s\n", count, count == 1 ? "" : "s", out_path);
  }
  if (count == 0)
    warn("no deadlines match: the calendar has no events");
done:
  if (rc != 0 && rc != PR_USAGE)
    rc = PR_ERR;
  outfile_release(&out);
  opt_release(&p);
  return rc;
}
