/*
** hint.c — "did you mean" over agencies, rules, calendars and statuses.
*/
#include "hint.h"

#include <stdio.h>
#include <stdlib.h>

#include "model.h"
#include "suggest.h"

static char out[160];

static const char *finish(struct suggest *s)
{
  const char *best = suggest_best(s);
  if (best)
    snprintf(out, sizeof out, " (did you mean '%s'?)", best);
  else
    out[0] = '\0';
  suggest_release(s);
  return out;
}

const char *hint_agency(struct store *st, const char *code)
{
  struct suggest s;
  suggest_init(&s, code);
  struct agency *a = NULL;
  size_t n = 0;
  if (store_agency_list(st, &a, &n) == 0)
    for (size_t i = 0; i < n; i++)
      suggest_try(&s, a[i].code);
  store_agencies_free(a, n);
  return finish(&s);
}

const char *hint_rule(struct store *st, const char *code)
{
  struct suggest s;
  suggest_init(&s, code);
  struct rule_row *r = NULL;
  size_t n = 0;
  if (store_rule_list(st, &r, &n) == 0)
    for (size_t i = 0; i < n; i++)
      suggest_try(&s, r[i].code);
  store_rules_free(r, n);
  return finish(&s);
}

const char *hint_calendar(struct store *st, const char *code)
{
  struct suggest s;
  suggest_init(&s, code);
  struct calendar_row *c = NULL;
  size_t n = 0;
  if (store_calendar_list(st, &c, &n) == 0)
    for (size_t i = 0; i < n; i++)
      suggest_try(&s, c[i].code);
  store_calendars_free(c, n);
  return finish(&s);
}

const char *hint_status(const char *word, const char *const *extra)
{
  struct suggest s;
  suggest_init(&s, word);
  for (const struct status_def *d = status_defs; d->name; d++)
    suggest_try(&s, d->name);
  for (const char *const *p = extra; p && *p; p++)
    suggest_try(&s, *p);
  return finish(&s);
}
