/*
** cmd_complete.c — pubrec __complete KIND: the values shell completion
** offers, one a line, from the database when it exists (never creating it).
** Hidden: the generated bash and zsh scripts call it.
*/
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "model.h"
#include "reldate.h"
#include "store.h"
#include "util.h"

static const struct opt_spec no_opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec __complete "
    "commands|refs|agencies|rules|calendars|statuses|kinds|responses|dates|keys|tags",
    "Print the values shell completion offers, one a line.", no_opts, NULL};

static int from_db(struct ctx *c, const char *what)
{
  int rc = ctx_open_existing(c);
  if (rc != 0)
    return rc > 0 ? 0 : rc;
  if (strcmp(what, "refs") == 0) {
    struct matter_filter f;
    memset(&f, 0, sizeof f);
    f.due_within = -1;
    struct matter *m = NULL;
    size_t n = 0;
    if ((rc = store_matter_list(&c->st, &f, &m, &n)) == 0)
      for (size_t i = 0; i < n; i++)
        printf("%s\n", m[i].ref);
    store_matters_free(m, n);
  } else if (strcmp(what, "agencies") == 0) {
    struct agency *a = NULL;
    size_t n = 0;
    if ((rc = store_agency_list(&c->st, &a, &n)) == 0)
      for (size_t i = 0; i < n; i++)
        printf("%s\n", a[i].code);
    store_agencies_free(a, n);
  } else if (strcmp(what, "rules") == 0) {
    struct rule_row *r = NULL;
    size_t n = 0;
    if ((rc = store_rule_list(&c->st, &r, &n)) == 0)
      for (size_t i = 0; i < n; i++)
        printf("%s\n", r[i].code);
    store_rules_free(r, n);
  } else if (strcmp(what, "tags") == 0) {
    char **tags = NULL;
    if ((rc = store_tag_list(&c->st, &tags)) == 0)
      for (char **t = tags; t && *t; t++)
        printf("%s\n", *t);
    strv_free(tags);
  } else {
    struct calendar_row *cal = NULL;
    size_t n = 0;
    if ((rc = store_calendar_list(&c->st, &cal, &n)) == 0)
      for (size_t i = 0; i < n; i++)
        printf("%s\n", cal[i].code);
    store_calendars_free(cal, n);
  }
  return rc;
}

int cmd_complete(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  const char *what = p.npos == 1 ? p.pos[0] : "";
  if (strcmp(what, "commands") == 0) {
    for (const struct cmd_spec *s = cmd_table; s->name; s++)
      if (!(s->flags & CMD_HIDDEN))
        printf("%s\n", s->name);
  } else if (strcmp(what, "statuses") == 0) {
    for (const struct status_def *d = status_defs; d->name; d++)
      printf("%s\n", d->name);
  } else if (strcmp(what, "kinds") == 0) {
    printf("request\nsubpoena\nappeal\npetition\n");
  } else if (strcmp(what, "responses") == 0) {
    for (const struct response_def *d = response_defs; d->name; d++)
      printf("%s\n", d->name);
  } else if (strcmp(what, "keys") == 0) {
    for (const struct config_key *k = config_keys; k->name; k++)
      printf("%s\n", k->name);
  } else if (strcmp(what, "dates") == 0) {
    for (const char *const *s = reldate_words; *s; s++)
      printf("%s\n", *s);
  } else if (strcmp(what, "refs") == 0 || strcmp(what, "agencies") == 0 ||
             strcmp(what, "rules") == 0 || strcmp(what, "calendars") == 0 ||
             strcmp(what, "tags") == 0) {
    rc = from_db(c, what);
  } else {
    rc = usage_error("usage: %s", help.usage);
  }
  opt_release(&p);
  return rc;
}
