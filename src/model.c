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
                   &m->due,       &m->status,      &m->created_at,   &m->updated_at};
  for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
    free(*strs[i]);
  if (m->parents) {
    for (char **p = m->parents; *p; p++)
      free(*p);
    free(m->parents);
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
  free(r->ext_unit);
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

const char *const status_all[] = {"open",    "acknowledged", "extended",  "tolled",
                                  "partial", "appealed",     "fulfilled", "denied",
                                  "refused", "withdrawn",    "escalated", NULL};

/* The transition table: from each state, the states it may move to. Closed
   states move only back to "open" (reopening), except that a denial or
   refusal can still be appealed or escalated to a child matter. */
static const struct {
  const char *from;
  const char *to[12];
} transitions[] = {
    {"open",
     {"acknowledged", "extended", "tolled", "partial", "fulfilled", "denied", "refused",
      "withdrawn", "escalated", NULL}},
    {"acknowledged",
     {"extended", "tolled", "partial", "fulfilled", "denied", "refused", "withdrawn", "escalated",
      NULL}},
    {"extended",
     {"tolled", "partial", "fulfilled", "denied", "refused", "withdrawn", "escalated", NULL}},
    {"tolled",
     {"open", "acknowledged", "extended", "partial", "fulfilled", "denied", "refused", "withdrawn",
      "escalated", NULL}},
    {"partial",
     {"extended", "tolled", "fulfilled", "denied", "refused", "withdrawn", "appealed", "escalated",
      NULL}},
    {"appealed", {"partial", "fulfilled", "denied", "withdrawn", "escalated", NULL}},
    {"fulfilled", {"open", NULL}},
    {"denied", {"open", "appealed", "escalated", NULL}},
    {"refused", {"open", "appealed", "escalated", NULL}},
    {"withdrawn", {"open", NULL}},
    {"escalated", {"open", NULL}},
};

int status_valid(const char *s)
{
  for (int i = 0; status_all[i]; i++)
    if (strcmp(status_all[i], s) == 0)
      return 1;
  return 0;
}

int status_is_open(const char *s)
{
  static const char *const open[] = {"open",   "acknowledged", "extended",
                                     "tolled", "partial",      "appealed"};
  for (size_t i = 0; i < sizeof open / sizeof open[0]; i++)
    if (strcmp(open[i], s) == 0)
      return 1;
  return 0;
}

int status_transition_ok(const char *from, const char *to)
{
  for (size_t i = 0; i < sizeof transitions / sizeof transitions[0]; i++) {
    if (strcmp(transitions[i].from, from) != 0)
      continue;
    for (int j = 0; transitions[i].to[j]; j++)
      if (strcmp(transitions[i].to[j], to) == 0)
        return 1;
    return 0;
  }
  return 0;
}

void status_allowed(char *out, size_t n, const char *from)
{
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < sizeof transitions / sizeof transitions[0]; i++) {
    if (strcmp(transitions[i].from, from) != 0)
      continue;
    for (int j = 0; transitions[i].to[j]; j++) {
      int w = snprintf(out + len, n - len, "%s%s", j ? ", " : "", transitions[i].to[j]);
      if (w < 0 || (size_t)w >= n - len)
        return;
      len += (size_t)w;
    }
  }
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

const char *const response_kinds[] = {"acknowledgement", "production", "partial",   "denial",
                                      "refusal",         "objection",  "extension", "clarification",
                                      "other",           NULL};

int response_kind_valid(const char *kind)
{
  for (int i = 0; response_kinds[i]; i++)
    if (strcmp(response_kinds[i], kind) == 0)
      return 1;
  return 0;
}

const char *response_status(const char *kind)
{
  static const struct {
    const char *kind, *status;
  } map[] = {{"acknowledgement", "acknowledged"},
             {"production", "fulfilled"},
             {"partial", "partial"},
             {"denial", "denied"},
             {"refusal", "refused"},
             {"extension", "extended"},
             {"clarification", "tolled"}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strcmp(map[i].kind, kind) == 0)
      return map[i].status;
  return NULL;
}
