/*
** view.c — JSON objects and text lines for the things pubrec shows.
*/
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "rulecheck.h"
#include "text.h"
#include "util.h"

int view_days_between(const char *a, const char *b)
{
  dl_day x, y;
  if (!a || !b || dl_parse_date(a, &x) != 0 || dl_parse_date(b, &y) != 0)
    return 0;
  return (int)(y - x);
}

int view_info(struct matter_info *info, struct schedule *sc, const struct matter *m,
              const char *today)
{
  memset(info, 0, sizeof *info);
  info->open = status_is_open(m->status);
  info->has_due = m->due != NULL;
  if (m->due)
    info->days_left = view_days_between(today, m->due);
  /* The clock decides (SPEC.md, lifecycle semantics): an answered matter is
     never overdue on its response deadline; a tolled one waits. */
  int running = m->clock ? strcmp(m->clock, "running") == 0 : info->open;
  info->overdue = running && m->due && strcmp(m->due, today) < 0;
  info->waiting = m->clock && strcmp(m->clock, "paused") == 0;
  if (info->waiting && m->since_known) {
    /* as snprintf "%s" would, without its cost a row */
    size_t n = m->since ? strlen(m->since) : 0;
    if (n >= sizeof info->waiting_since)
      n = sizeof info->waiting_since - 1;
    if (n)
      memcpy(info->waiting_since, m->since, n);
    info->waiting_since[n] = '\0';
  } else if (info->waiting) {
    char *sent = NULL;
    if (store_toll_open(schedule_store(sc), m->id, &sent) != 0)
      return -1;
    snprintf(info->waiting_since, sizeof info->waiting_since, "%s", sent ? sent : "");
    free(sent);
  }
  dl_day t;
  if (dl_parse_date(today, &t) != 0)
    return error("invalid date '%s'", today);
  return schedule_progress(sc, m, t, &info->wd_elapsed, &info->wd_remaining);
}

static struct jv *agency_ref(const char *code, const char *name)
{
  struct jv *o = jv_object();
  jv_set_str(o, "code", code);
  jv_set_str(o, "name", name);
  return o;
}

struct jv *view_matter(const struct matter *m, const struct matter_info *info)
{
  struct jv *o = jv_object();
  jv_set_str(o, "ref", m->ref);
  jv_set_str(o, "uuid", m->uuid);
  jv_set_str(o, "kind", m->kind);
  jv_set_bool(o, "court_ordered", m->court);
  jv_set(o, "from", agency_ref(m->from_code, m->from_name));
  jv_set(o, "to", agency_ref(m->to_code, m->to_name));
  jv_set_str(o, "tracking", m->tracking);
  jv_set_str(o, "subject", m->subject);
  jv_set_str(o, "description", m->description);
  jv_set_str(o, "trigger_date", m->trigger_date);
  jv_set_str(o, "trigger_time", m->trigger_time);
  jv_set_str(o, "rule", m->rule);
  jv_set(o, "days", m->days >= 0 ? jv_int(m->days) : jv_null());
  jv_set_str(o, "due_stated", m->due_stated);
  jv_set_str(o, "routed", m->routed);
  jv_set_str(o, "compliance", m->compliance);
  jv_set_str(o, "due", m->due);
  jv_set_str(o, "status", m->status);
  jv_set_str(o, "clock", m->clock);
  jv_set_str(o, "answered", m->answered);
  jv_set_str(o, "missed", m->missed);
  jv_set_str(o, "voided", m->voided);
  if (info) {
    jv_set_bool(o, "open", info->open);
    jv_set_bool(o, "overdue", info->overdue);
    jv_set_str(o, "waiting_since", info->waiting ? info->waiting_since : NULL);
    jv_set(o, "days_left", info->has_due ? jv_int(info->days_left) : jv_null());
    jv_set_int(o, "working_days_elapsed", info->wd_elapsed);
    jv_set(o, "working_days_remaining", info->has_due ? jv_int(info->wd_remaining) : jv_null());
  }
  struct jv *parents = jv_array();
  for (char **p = m->parents; p && *p; p++)
    jv_append(parents, jv_str(*p));
  jv_set(o, "parents", parents);
  struct jv *tags = jv_array();
  for (char **t = m->tags; t && *t; t++)
    jv_append(tags, jv_str(*t));
  jv_set(o, "tags", tags);
  jv_set_str(o, "created_at", m->created_at);
  jv_set_str(o, "updated_at", m->updated_at);
  return o;
}

struct jv *view_agency(const struct agency *a)
{
  struct jv *o = jv_object();
  jv_set_str(o, "code", a->code);
  jv_set_str(o, "name", a->name);
  jv_set_str(o, "jurisdiction", a->jurisdiction);
  jv_set_str(o, "calendar", a->calendar);
  jv_set_str(o, "cutoff", a->cutoff);
  jv_set_str(o, "contact", a->contact);
  jv_set_str(o, "created_at", a->created_at);
  jv_set_str(o, "kind", a->kind ? a->kind : "agency");
  jv_set_str(o, "email", a->email);
  return o;
}

struct jv *view_deadline(const struct deadline_row *d)
{
  struct jv *o = jv_object();
  jv_set_str(o, "kind", d->kind);
  jv_set_str(o, "due", d->due);
  jv_set_str(o, "due_time", d->due_time);
  jv_set_str(o, "rule", d->rule);
  jv_set_str(o, "basis", d->basis);
  return o;
}

struct jv *view_event(const struct event_row *e)
{
  struct jv *o = jv_object();
  jv_set_int(o, "id", e->id);
  jv_set_str(o, "ref", e->ref);
  jv_set_str(o, "at", e->at);
  jv_set_str(o, "on", e->on_date);
  jv_set_str(o, "kind", e->kind);
  jv_set_str(o, "field", e->field);
  jv_set_str(o, "from", e->old_value);
  jv_set_str(o, "to", e->new_value);
  jv_set_str(o, "note", e->note);
  jv_set_str(o, "by", e->by);
  return o;
}

struct jv *view_response(const struct response_row *r)
{
  struct jv *o = jv_object();
  jv_set_str(o, "kind", r->kind);
  jv_set_str(o, "on", r->on_date);
  jv_set(o, "pages", r->pages >= 0 ? jv_int(r->pages) : jv_null());
  jv_set_str(o, "retracted", r->retracted);
  jv_set_str(o, "retract_note", r->retract_note);
  jv_set_str(o, "note", r->note);
  jv_set_str(o, "by", r->by);
  jv_set_str(o, "recorded_at", r->created_at);
  return o;
}

struct jv *view_rule(const struct rule_row *r)
{
  struct jv *o = jv_object();
  jv_set_str(o, "code", r->code);
  jv_set_str(o, "name", r->name);
  jv_set_str(o, "jurisdiction", r->jurisdiction);
  jv_set_str(o, "unit", r->unit);
  jv_set(o, "days", r->count >= 0 ? jv_int(r->count) : jv_null());
  jv_set(o, "extension_days", r->ext_days >= 0 ? jv_int(r->ext_days) : jv_null());
  jv_set_str(o, "extension_unit", rule_ext_unit(r));
  jv_set_int(o, "max_extensions", r->max_ext);
  jv_set_str(o, "calendar", r->calendar);
  jv_set_str(o, "roll", r->roll);
  jv_set_str(o, "cutoff", r->cutoff);
  jv_set_int(o, "routing_days", r->routing_days);
  jv_set_bool(o, "earlier_of_compliance", r->earlier_of);
  jv_set_str(o, "citation", r->citation);
  jv_set_str(o, "note", r->note);
  jv_set_bool(o, "builtin", r->builtin);
  jv_set_str(o, "source", r->source);
  jv_set_str(o, "status", rule_status_unverified(r) ? "unverified" : "verified");
  return o;
}

/* Phrase building without printf (a listing writes one a row). */
struct phrase {
  char *out;
  size_t n, len; /* snprintf's contract: at most n - 1 bytes, always terminated */
};

static void ph_add(struct phrase *p, const char *s)
{
  for (; *s; s++, p->len++)
    if (p->len + 1 < p->n)
      p->out[p->len] = *s;
  if (p->n)
    p->out[p->len + 1 < p->n ? p->len : p->n - 1] = '\0';
}

static void ph_int(struct phrase *p, int v)
{
  char digits[16], *d = digits + sizeof digits;
  unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
  *--d = '\0';
  do
    *--d = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0)
    *--d = '-';
  ph_add(p, d);
}

void view_due_phrase(char *out, size_t n, const struct matter *m, const struct matter_info *info)
{
  struct phrase p = {out, n, 0};
  ph_add(&p, "");
  if (info->waiting) {
    ph_add(&p, "waiting since ");
    ph_add(&p, info->waiting_since);
  } else if (!info->open) {
    ph_add(&p, "closed");
  } else if (m->clock && strcmp(m->clock, "stopped") == 0) {
    ph_add(&p, "answered ");
    ph_add(&p, m->answered ? m->answered : "");
  } else if (!m->due) {
    ph_add(&p, "no due date");
  } else if (info->days_left < 0) {
    /* "%d day%s overdue (%d working)" */
    ph_int(&p, -info->days_left);
    ph_add(&p, info->days_left == -1 ? " day overdue (" : " days overdue (");
    ph_int(&p, -info->wd_remaining);
    ph_add(&p, " working)");
  } else if (info->days_left == 0) {
    ph_add(&p, "due today");
  } else {
    /* "%d day%s left (%d working)" */
    ph_int(&p, info->days_left);
    ph_add(&p, info->days_left == 1 ? " day left (" : " days left (");
    ph_int(&p, info->wd_remaining);
    ph_add(&p, " working)");
  }
}

void view_event_lines(FILE *out, const struct event_row *e, size_t n, int with_ref)
{
  if (n)
    fprintf(out, "%-20s  %-12s  %s\n", "recorded at (UTC)", "effective on", "change");
  for (size_t i = 0; i < n; i++) {
    fprintf(out, "%-20s  %-12s  ", e[i].at, e[i].on_date);
    if (with_ref)
      fprintf(out, "%-14s ", e[i].ref);
    if (strcmp(e[i].kind, "created") == 0)
      fprintf(out, "created as %s", e[i].new_value ? e[i].new_value : "");
    else if (strcmp(e[i].kind, "status") == 0)
      fprintf(out, "status %s -> %s", e[i].old_value ? e[i].old_value : "-",
              e[i].new_value ? e[i].new_value : "-");
    else if (strcmp(e[i].kind, "due") == 0 || strcmp(e[i].kind, "edit") == 0 ||
             (e[i].field && strcmp(e[i].field, "clock") == 0))
      fprintf(out, "%s%s%s %s -> %s", strcmp(e[i].kind, "edit") == 0 ? "edit " : "",
              e[i].field && strcmp(e[i].field, "clock") == 0 && strcmp(e[i].kind, "clock") != 0
                  ? e[i].kind
                  : "",
              e[i].field ? e[i].field : "due", e[i].old_value ? e[i].old_value : "(none)",
              e[i].new_value ? e[i].new_value : "(none)");
    else if (strcmp(e[i].kind, "retract") == 0)
      fprintf(out, "retracted response %s", e[i].old_value ? e[i].old_value : "");
    else if (strcmp(e[i].kind, "tag") == 0)
      fprintf(out, "tag %s%s", e[i].new_value ? "+" : "-",
              e[i].new_value   ? e[i].new_value
              : e[i].old_value ? e[i].old_value
                               : "");
    else
      fprintf(out, "%s%s%s", e[i].kind, e[i].new_value ? " " : "",
              e[i].new_value ? e[i].new_value : "");
    if (e[i].note)
      fprintf(out, "  \"%s\"", e[i].note);
    fprintf(out, "  (by %s)\n", e[i].by);
  }
}
