/*
** opt.c — parsing a command's options from its table.
*/
#include "opt.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct opt_globals opt_globals;

static const struct opt_spec globals[] = {
    {"db", 0, OPT_VALUE, "PATH",
     "database file (default: $PUBREC_DB, then $XDG_DATA_HOME/pubrec/pubrec.db)"},
    {"json", 0, OPT_FLAG, NULL, "print one JSON document instead of text"},
    {"today", 0, OPT_VALUE, "DATE",
     "take DATE (YYYY-MM-DD) as today (default: $PUBREC_TODAY, then the clock)"},
    {"by", 0, OPT_VALUE, "NAME",
     "who records the change (default: $PUBREC_USER, then the login name)"},
    {"help", 'h', OPT_FLAG, NULL, "show this help"},
    {NULL, 0, 0, NULL, NULL}};

static const struct opt_spec *find(const struct opt_spec *specs, const char *name, size_t len,
                                   char shrt, int *index)
{
  for (int i = 0; specs && specs[i].name; i++) {
    if (shrt ? specs[i].shrt == shrt
             : strlen(specs[i].name) == len && strncmp(specs[i].name, name, len) == 0) {
      *index = i;
      return &specs[i];
    }
  }
  return NULL;
}

static const char *cmd_name(const struct cmd_help *help, char **argv)
{
  (void)help;
  return argv[0];
}

static int parse(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help)
{
  memset(p, 0, sizeof *p);
  p->specs = help->opts;
  int only_pos = 0;
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (only_pos || a[0] != '-' || a[1] == '\0') {
      if (p->npos == OPT_MAX_POS)
        return usage_error("too many arguments for '%s'", cmd_name(help, argv));
      p->pos[p->npos++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_pos = 1;
      continue;
    }
    const char *name;
    size_t len;
    const char *inline_val = NULL;
    char shrt = 0;
    if (a[1] == '-') {
      name = a + 2;
      const char *eq = strchr(name, '=');
      len = eq ? (size_t)(eq - name) : strlen(name);
      if (eq)
        inline_val = eq + 1;
    } else {
      if (a[2] != '\0')
        return usage_error("unknown option '%s' for '%s' (see 'pubrec %s --help')", a,
                           cmd_name(help, argv), cmd_name(help, argv));
      name = a + 1;
      len = 1;
      shrt = a[1];
    }
    int idx = -1, is_global = 0;
    const struct opt_spec *s = find(help->opts, name, len, shrt, &idx);
    if (!s) {
      s = find(globals, name, len, shrt, &idx);
      is_global = 1;
    }
    if (!s)
      return usage_error("unknown option '%s' for '%s' (see 'pubrec %s --help')", a,
                         cmd_name(help, argv), cmd_name(help, argv));
    const char *val = "1";
    if (s->type == OPT_FLAG) {
      if (inline_val)
        return usage_error("option '--%s' takes no value", s->name);
    } else if (inline_val) {
      val = inline_val;
    } else if (i + 1 < argc) {
      val = argv[++i];
    } else {
      return usage_error("option '--%s' needs a value (%s)", s->name, s->arg ? s->arg : "VALUE");
    }
    if (is_global) {
      if (strcmp(s->name, "help") == 0) {
        opt_print_help(help);
        return 1;
      }
      if (strcmp(s->name, "db") == 0)
        opt_globals.db = val;
      else if (strcmp(s->name, "json") == 0)
        opt_globals.json = 1;
      else if (strcmp(s->name, "today") == 0)
        opt_globals.today = val;
      else if (strcmp(s->name, "by") == 0)
        opt_globals.by = val;
      continue;
    }
    if (idx >= OPT_MAX_VALUES)
      die("BUG: too many options");
    p->values[idx] = val;
    if (s->type == OPT_MULTI) {
      p->multi[idx] = xrealloc(p->multi[idx], (p->nmulti[idx] + 2) * sizeof(char *));
      p->multi[idx][p->nmulti[idx]++] = val;
      p->multi[idx][p->nmulti[idx]] = NULL;
    }
  }
  return 0;
}

/* Callers return at once when this does not give 0: free what was parsed. */
int opt_parse(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help)
{
  int rc = parse(p, argc, argv, help);
  if (rc != 0)
    opt_release(p);
  return rc;
}

void opt_release(struct opt_parsed *p)
{
  for (int i = 0; i < OPT_MAX_VALUES; i++)
    free(p->multi[i]);
  memset(p, 0, sizeof *p);
}

static int index_of(const struct opt_parsed *p, const char *name)
{
  for (int i = 0; p->specs && p->specs[i].name; i++)
    if (strcmp(p->specs[i].name, name) == 0)
      return i;
  die("BUG: no option '%s'", name);
}

const char *opt_get(const struct opt_parsed *p, const char *name)
{
  return p->values[index_of(p, name)];
}

int opt_has(const struct opt_parsed *p, const char *name)
{
  return p->values[index_of(p, name)] != NULL;
}

const char *const *opt_all(const struct opt_parsed *p, const char *name, size_t *n)
{
  int i = index_of(p, name);
  if (n)
    *n = p->nmulti[i];
  return p->multi[i];
}

int opt_int(const struct opt_parsed *p, const char *name, int min, int max, int dflt, int *out)
{
  const char *v = opt_get(p, name);
  if (!v) {
    *out = dflt;
    return 0;
  }
  char *end;
  errno = 0;
  long n = strtol(v, &end, 10);
  if (errno || end == v || *end || n < min || n > max)
    return usage_error("option '--%s' needs a whole number from %d to %d, not '%s'", name, min, max,
                       v);
  *out = (int)n;
  return 0;
}

static void print_opts(const struct opt_spec *o)
{
  for (; o && o->name; o++) {
    char left[64];
    if (o->shrt)
      snprintf(left, sizeof left, "-%c, --%s%s%s", o->shrt, o->name, o->arg ? " " : "",
               o->arg ? o->arg : "");
    else
      snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
    printf("  %-26s %s%s\n", left, o->help, o->type == OPT_MULTI ? " (repeatable)" : "");
  }
}

void opt_print_help(const struct cmd_help *help)
{
  printf("usage: %s\n\n%s\n", help->usage, help->summary);
  if (help->opts && help->opts[0].name) {
    printf("\noptions:\n");
    print_opts(help->opts);
  }
  printf("\nglobal options:\n");
  print_opts(globals);
  if (help->examples)
    printf("\nexamples:\n%s", help->examples);
}
