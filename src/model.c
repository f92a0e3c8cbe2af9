/*
** model.c — releasing the plain structs, and the status state machine.
*/
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void agency_release(struct agency *a)
{
  if (!a)
    return;
  free(a->code);
  free(a->name);
  free(a->jurisdiction);
  free(a->calendar);
  free(a->cutoff);
  free(a->contact);
  free(a->created_at);
  free(a->kind);
  free(a->email);
  memset(a, 0, sizeof *a);
}

void matter_release(struct matter *m)
{
  if (!m)
    return;
  char **strs[] = {&m->uuid,      &m->ref,         &m->kind,         &m->from_code,
                   &m->from_name, &m->to_code,     &m->to_name,      &m->tracking,
                   &m->subject,   &m->description, &m->trigger_date, &m->trigger_time,
                   &m->rule,      &m->due_stated,  &m->routed,       &m->compliance,
                   &m->due,       &m->status,      &m->created_at,   &m->updated_at,
                   &m->clock,     &m->answered,    &m->clock_start,  &m->missed,
                   &m->voided,    &m->ext_key};
  for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
    free(*strs[i]);
  if (m->parents) {
    for (char **p = m->parents; *p; p++)
      free(*p);
    free(m->parents);
  }
  if (m->tags) {
    for (char **t = m->tags; *t; t++)
      free(*t);
    free(m->tags);
  }
  memset(m, 0, sizeof *m);
}

void deadline_row_release(struct deadline_row *d)
{
  if (!d)
    return;
  free(d->kind);
  free(d->due);
  free(d->due_time);
  free(d->rule);
  free(d->basis);
  memset(d, 0, sizeof *d);
}

void event_row_release(struct event_row *e)
{
  if (!e)
    return;
  free(e->ref);
  free(e->at);
  free(e->on_date);
  free(e->kind);
  free(e->field);
  free(e->old_value);
  free(e->new_value);
  free(e->note);
  free(e->by);
  memset(e, 0, sizeof *e);
}

void response_row_release(struct response_row *r)
{
  if (!r)
    return;
  free(r->kind);
  free(r->on_date);
  free(r->note);
  free(r->by);
  free(r->created_at);
  free(r->retracted);
  free(r->retract_note);
  memset(r, 0, sizeof *r);
}

void rule_row_release(struct rule_row *r)
{
  if (!r)
    return;
  free(r->code);
  free(r->name);
  free(r->jurisdiction);
  free(r->unit);
  free(r->calendar);
  free(r->roll);
  free(r->cutoff);
  free(r->citation);
  free(r->note);
  free(r->source);
  free(r->status);
  free(r->version_from);
  memset(r, 0, sizeof *r);
}

void rule_version_row_release(struct rule_version_row *v)
{
  if (!v)
    return;
  free(v->effective_from);
  free(v->unit);
  free(v->ext_unit);
  free(v->roll);
  free(v->citation);
  free(v->source);
  free(v->status);
  free(v->note);
  memset(v, 0, sizeof *v);
}

void jurisdiction_row_release(struct jurisdiction_row *j)
{
  if (!j)
    return;
  free(j->code);
  free(j->name);
  free(j->rule);
  free(j->calendar);
  memset(j, 0, sizeof *j);
}

int rule_status_unverified(const struct rule_row *r)
{
  return !r->status || strcmp(r->status, "verified") != 0;
}

/* The statuses (SPEC.md): open ones first. Closed states move only back to
   "open" (reopening, which asks for the new clock), except that a denial or
   refusal can still be appealed or escalated to a child matter. 'tolled' is
   entered and left only by the toll and resume operations (src/matter.c),
   'extended' only by an extension. */
const struct status_def status_defs[] = {
    {"open",
     1,
     0,
     {"acknowledged", "extended", "tolled", "partial", "fulfilled", "denied", "refused",
      "withdrawn", "escalated", NULL}},
    {"acknowledged",
     1,
     0,
     {"extended", "tolled", "partial", "fulfilled", "denied", "refused", "withdrawn", "escalated",
      NULL}},
    {"extended",
     1,
     0,
     {"tolled", "partial", "fulfilled", "denied", "refused", "withdrawn", "escalated", NULL}},
    {"tolled",
     1,
     0,
     {"open", "acknowledged", "extended", "partial", "fulfilled", "denied", "refused", "withdrawn",
      "escalated", NULL}},
    {"partial",
     1,
     1,
     {"extended", "tolled", "fulfilled", "denied", "refused", "withdrawn", "appealed", "escalated",
      NULL}},
    {"appealed", 1, 0, {"partial", "fulfilled", "denied", "withdrawn", "escalated", NULL}},
    {"fulfilled", 0, 1, {"open", NULL}},
    {"denied", 0, 1, {"open", "appealed", "escalated", NULL}},
    {"refused", 0, 1, {"open", "appealed", "escalated", NULL}},
    {"withdrawn", 0, 0, {"open", NULL}},
    {"escalated", 0, 0, {"open", NULL}},
    {NULL, 0, 0, {NULL}}};

const struct status_def *status_find(const char *name)
{
  /* The first letters differ but for a few: compared before the call
     (every listing and the report ask this once or more a matter). */
  for (const struct status_def *d = status_defs; name && d->name; d++)
    if (d->name[0] == name[0] && strcmp(d->name, name) == 0)
      return d;
  return NULL;
}

int status_valid(const char *s)
{
  return status_find(s) != NULL;
}

int status_is_open(const char *s)
{
  const struct status_def *d = status_find(s);
  return d && d->open;
}

int status_is_determination(const char *s)
{
  const struct status_def *d = status_find(s);
  return d && d->determination;
}

int status_transition_ok(const char *from, const char *to)
{
  const struct status_def *d = status_find(from);
  for (int j = 0; d && d->next[j]; j++)
    if (strcmp(d->next[j], to) == 0)
      return 1;
  return 0;
}

void status_allowed(char *out, size_t n, const char *from)
{
  size_t len = 0;
  out[0] = '\0';
  const struct status_def *d = status_find(from);
  for (int j = 0; d && d->next[j]; j++) {
    int w = snprintf(out + len, n - len, "%s%s", j ? ", " : "", d->next[j]);
    if (w < 0 || (size_t)w >= n - len)
      return;
    len += (size_t)w;
  }
}

const char *status_names(int which)
{
  static char all[256], open[128], closed[128];
  char *out = which == 1 ? open : which == 0 ? closed : all;
  size_t size = which == 1 ? sizeof open : which == 0 ? sizeof closed : sizeof all;
  if (out[0])
    return out;
  size_t len = 0;
  for (const struct status_def *d = status_defs; d->name; d++) {
    if (which >= 0 && d->open != which)
      continue;
    int w = snprintf(out + len, size - len, "%s%s", len ? ", " : "", d->name);
    if (w < 0 || (size_t)w >= size - len)
      break;
    len += (size_t)w;
  }
  return out;
}

int status_pauses(const char *status)
{
  return strcmp(status, "tolled") == 0;
}

const char *status_clock(const char *status, int answered)
{
  if (!status_is_open(status) || answered)
    return "stopped";
  return status_pauses(status) ? "paused" : "running";
}

static const struct {
  const char *kind;
  const char *prefix;
} kinds[] = {{"request", "REQ"}, {"subpoena", "SUB"}, {"appeal", "APL"}, {"petition", "PET"}};

int kind_valid(const char *kind)
{
  return kind_prefix(kind) != NULL;
}

const char *kind_prefix(const char *kind)
{
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (strcmp(kinds[i].kind, kind) == 0)
      return kinds[i].prefix;
  return NULL;
}

const struct response_def response_defs[] = {{"acknowledgement", "acknowledged", 0},
                                             {"production", "fulfilled", 1},
                                             {"partial", "partial", 1},
                                             {"denial", "denied", 1},
                                             {"refusal", "refused", 1},
                                             {"no-records", "fulfilled", 1},
                                             {"objection", NULL, 1},
                                             {"extension", "extended", 0},
                                             {"clarification", "tolled", 0},
                                             {"other", NULL, 0},
                                             {NULL, NULL, 0}};

const struct response_def *response_find(const char *kind)
{
  for (const struct response_def *d = response_defs; kind && d->name; d++)
    if (strcmp(d->name, kind) == 0)
      return d;
  return NULL;
}

int response_kind_valid(const char *kind)
{
  return response_find(kind) != NULL;
}

const char *response_status(const char *kind)
{
  const struct response_def *d = response_find(kind);
  return d ? d->status : NULL;
}

const char *response_names(void)
{
  static char out[256];
  if (out[0])
    return out;
  size_t len = 0;
  for (const struct response_def *d = response_defs; d->name; d++) {
    int w = snprintf(out + len, sizeof out - len, "%s%s", len ? ", " : "", d->name);
    if (w < 0 || (size_t)w >= sizeof out - len)
      break;
    len += (size_t)w;
  }
  return out;
}
