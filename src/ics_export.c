/*
** ics_export.c — what each deadline row of store_ics.c becomes in the
** calendar (pubrec ics and pubrec serve write the same bytes), and the
** checking of the export's options. See cmd_ics.c for the event layout.
*/
#include "ics_export.h"

#include "hint.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "model.h"
#include "util.h"

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
  /* Answered or closed: the deadline no longer stands (STATUS:CANCELLED). */
  int closed = !status_is_open(r->status) || (r->clock && strcmp(r->clock, "stopped") == 0);
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
int parse_alarms(const char *list, int *days, int *n)
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

int ics_export_setup(struct ics_spec *s, const struct ics_args *a)
{
  struct ics_filter *f = &s->f;
  struct ics_options *io = &s->io;
  int rc;
  memset(s, 0, sizeof *s);
  f->open = 1;
  const char *status = a->status;
  if (status && a->open) {
    rc = usage_error("give --status or --open, not both");
    return rc;
  }
  if (status) {
    if (strcmp(status, "all") == 0)
      f->open = 0;
    else if (strcmp(status, "closed") == 0)
      f->open = -1;
    else if (strcmp(status, "open") == 0)
      f->open = 1;
    else if (status_valid(status)) {
      f->open = 0;
      f->status = status;
    } else {
      rc = usage_error("unknown status '%s' for --status%s (want all, open, closed or one of: %s)",
                       status, hint_status(status, (const char *const[]){"all", "closed", NULL}),
                       status_names(STATUS_ALL));
      return rc;
    }
  }
  f->agency = a->agency;
  f->kind = a->kind;
  f->tag = a->tag;
  /* Tests compare the feed's output with the history's (store_ics.c). */
  const char *h = getenv("PUBREC_ICS_HISTORY");
  f->from_history = h && strcmp(h, "1") == 0;
  if (f->kind && !kind_valid(f->kind))
    return usage_error("unknown kind '%s' for --kind (want request, subpoena, appeal or petition)",
                       f->kind);
  f->from = a->from;
  f->to = a->to;
  if ((rc = check_date(f->from, "from")) != 0 || (rc = check_date(f->to, "to")) != 0)
    return rc;
  if (f->from && f->to && strcmp(f->from, f->to) > 0) {
    rc = usage_error("--from %s is after --to %s", f->from, f->to);
    return rc;
  }
  const char *alarm_list = a->alarms;
  if (alarm_list && (rc = parse_alarms(alarm_list, s->alarms, &io->nalarms)) != 0)
    return rc;
  io->alarms = s->alarms;
  io->reminder_events = a->reminder_events;
  if (io->reminder_events && !alarm_list) {
    rc = usage_error("--reminder-events needs --alarms (e.g. --alarms 3d,1d)");
    return rc;
  }
  io->todo = a->todo;
  if (io->todo && io->reminder_events) {
    rc = usage_error("--reminder-events writes events: leave it out with --todo (tasks keep "
                     "their --alarms)");
    return rc;
  }
  io->name = a->name ? a->name : ICS_DEFAULT_NAME;
  if (!*io->name) {
    rc = usage_error("--name needs a non-empty calendar name");
    return rc;
  }
  io->refresh_minutes = a->refresh_minutes;
  io->prodid = ICS_PRODID;
  return 0;
}

int ics_export(FILE *fp, struct store *st, const struct ics_spec *s, int64_t now, int *count)
{
  struct export x;
  memset(&x, 0, sizeof x);
  x.now = now;
  *count = 0;
  x.w = ics_writer_start(fp, &s->io);
  if (!x.w)
    return -1;
  int rc = store_ics_each(st, &s->f, write_row, &x);
  int fin = ics_writer_finish(x.w);
  if (rc == 0 && fin != 0)
    rc = -1;
  if (rc != 0)
    rc = -1;
  *count = x.count;
  buf_release(&x.uid);
  buf_release(&x.summary);
  buf_release(&x.description);
  return rc;
}
