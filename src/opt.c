/*
** opt.c — parsing a command's options from its table.
*/
#include "opt.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "reldate.h"
#include "suggest.h"
#include "util.h"

struct opt_globals opt_globals;
static int readonly;

void opt_set_readonly(int on)
{
  readonly = on;
}

static const struct opt_spec globals[] = {
    {"db", 0, OPT_VALUE, "PATH",
     "database file (default: $PUBREC_DB, then the config file's db, then "
     "$XDG_DATA_HOME/pubrec/pubrec.db)"},
    {"json", 0, OPT_FLAG, NULL, "print one JSON document instead of text (errors too, on stderr)"},
    {"today", 0, OPT_VALUE, "DATE",
     "take DATE (YYYY-MM-DD, or today, +3d, monday...) as today (default: $PUBREC_TODAY, then "
     "the clock)"},
    {"by", 0, OPT_VALUE, "NAME",
     "who records a change (default: $PUBREC_USER, then the config file's user, then the login "
     "name)"},
    {"color", 0, OPT_OPTVAL, "WHEN",
     "colour: auto (on a terminal, the default), always or never; NO_COLOR turns it off"},
    {"help", 'h', OPT_FLAG, NULL, "show this help"},
    {NULL, 0, 0, NULL, NULL}};

const struct opt_spec *opt_global_specs(void)
{
  return globals;
}

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

/* The one place a global option is stored. */
static int set_global(const struct opt_spec *s, const char *val)
{
  if (strcmp(s->name, "db") == 0)
    opt_globals.db = val;
  else if (strcmp(s->name, "json") == 0)
    opt_globals.json = util_json_errors = 1;
  else if (strcmp(s->name, "today") == 0)
    opt_globals.today = val;
  else if (strcmp(s->name, "by") == 0)
    opt_globals.by = val;
  else if (strcmp(s->name, "color") == 0) {
    if (strcmp(val, "1") == 0 || strcmp(val, "always") == 0)
      opt_globals.color = OPT_COLOR_ALWAYS;
    else if (strcmp(val, "never") == 0)
      opt_globals.color = OPT_COLOR_NEVER;
    else if (strcmp(val, "auto") == 0)
      opt_globals.color = OPT_COLOR_AUTO;
    else
      return usage_error("invalid value '%s' for --color (want auto, always or never)%s", val,
                         suggest_hint(val, (const char *const[]){"auto", "always", "never", NULL}));
  }
  return 0;
}

static int unknown_option(const char *a, const char *cmd, const struct opt_spec *specs)
{
  struct suggest sg;
  const char *word = a[1] == '-' ? a + 2 : a + 1;
  char *name = xstrndup(word, strcspn(word, "="));
  suggest_init(&sg, name);
  for (int i = 0; specs && specs[i].name; i++)
    suggest_try(&sg, specs[i].name);
  for (int i = 0; globals[i].name; i++)
    suggest_try(&sg, globals[i].name);
  const char *best = suggest_best(&sg);
  int rc;
  if (!cmd)
    rc = best ? usage_error("unknown option '%s' (did you mean '--%s'? see 'pubrec --help')", a,
                            best)
              : usage_error("unknown option '%s' (see 'pubrec --help')", a);
  else if (best)
    rc = usage_error("unknown option '%s' for '%s' (did you mean '--%s'? see 'pubrec %s --help')",
                     a, cmd, best, cmd);
  else
    rc = usage_error("unknown option '%s' for '%s' (see 'pubrec %s --help')", a, cmd, cmd);
  suggest_release(&sg);
  free(name);
  return rc;
}

/* The command as the user typed it, for messages: the words of the usage
   line after "pubrec" up to argv[0] ("agency add" for agency add's "add"). */
static const char *command_path(const struct cmd_help *help, const char *argv0, char *out, size_t n)
{
  snprintf(out, n, "%s", argv0);
  const char *u = help->usage;
  if (!u || strncmp(u, "pubrec ", 7) != 0)
    return out;
  u += 7;
  size_t len = strcspn(u, "\n");
  for (const char *w = u; w < u + len;) {
    size_t wl = strcspn(w, " \n");
    if (wl == strlen(argv0) && strncmp(w, argv0, wl) == 0) {
      size_t total = (size_t)(w + wl - u);
      snprintf(out, n, "%.*s", (int)total, u);
      return out;
    }
    w += wl;
    while (*w == ' ')
      w++;
  }
  return out;
}

/* Parse options from argv[1..argc). With head set (main, before the
   command), stop at the first word that is not an option and store its
   index in *stop; --help is then reported, not printed. */
static int parse(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help, int head,
                 int *stop)
{
  memset(p, 0, sizeof *p);
  p->specs = help->opts;
  char path[64];
  const char *cmd = head ? NULL : command_path(help, argv[0], path, sizeof path);
  int only_pos = 0;
  int i;
  for (i = 1; i < argc; i++) {
    char *a = argv[i];
    if (only_pos || a[0] != '-' || a[1] == '\0') {
      if (head)
        break;
      if (p->npos == OPT_MAX_POS)
        return usage_error("too many arguments for '%s'", cmd);
      p->pos[p->npos++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      if (head) {
        i++;
        break;
      }
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
        return unknown_option(a, cmd, help->opts);
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
      return unknown_option(a, cmd, help->opts);
    const char *val = "1";
    if (s->type == OPT_FLAG) {
      if (inline_val)
        return usage_error("option '--%s' takes no value", s->name);
    } else if (inline_val) {
      val = inline_val;
    } else if (s->type == OPT_OPTVAL) {
      val = "1";
    } else if (i + 1 < argc) {
      val = argv[++i];
    } else {
      return usage_error("option '--%s' needs a value (%s)", s->name, s->arg ? s->arg : "VALUE");
    }
    if (is_global) {
      if (strcmp(s->name, "help") == 0) {
        if (head) {
          p->help = 1;
          continue;
        }
        opt_print_help(help);
        return 1;
      }
      int rc = set_global(s, val);
      if (rc != 0)
        return rc;
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
  if (stop)
    *stop = i;
  return 0;
}

#define RELDATE_HINT "want YYYY-MM-DD, today, yesterday, tomorrow, +3d, -2w, +1m or a weekday"

static int local_minutes(void)
{
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  return tm.tm_hour * 60 + tm.tm_min;
}

int opt_today(char out[11])
{
  const char *today = opt_globals.today;
  const char *what = "--today";
  if (!today || !*today) {
    today = getenv("PUBREC_TODAY");
    what = "PUBREC_TODAY";
  }
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  dl_day clock = dl_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  if (!today || !*today) {
    dl_format_date(out, clock);
    return 0;
  }
  char buf[32];
  int rc = reldate_resolve(today, clock, 0, 0, buf, sizeof buf);
  dl_day d;
  if (rc == RELDATE_BAD || (rc == RELDATE_ISO && dl_parse_date(today, &d) != 0))
    return usage_error("invalid date '%s' for %s%s (%s)", today, what,
                       suggest_hint(today, reldate_words), RELDATE_HINT);
  memcpy(out, rc == 0 ? buf : today, 10);
  out[10] = '\0';
  return 0;
}

static int is_date_arg(const struct opt_spec *s)
{
  return s->arg && (strncmp(s->arg, "DATE", 4) == 0 || strcmp(s->arg, "SENT,REPLIED") == 0);
}

/* Resolve one value; *val is replaced by an owned ISO string when relative. */
static int resolve(struct opt_parsed *p, const char **val, const char *what, int with_time)
{
  if (!*val || !**val || (**val >= '0' && **val <= '9'))
    return 0;
  if (!p->today[0]) {
    int rc = opt_today(p->today);
    if (rc != 0)
      return rc;
  }
  dl_day today;
  dl_parse_date(p->today, &today);
  char out[40];
  int rc = reldate_resolve(*val, today, local_minutes(), with_time, out, sizeof out);
  if (rc == RELDATE_BAD)
    return usage_error("invalid date '%s' for %s%s (%s)", *val, what,
                       suggest_hint(*val, reldate_words), RELDATE_HINT);
  if (rc != 0)
    return 0;
  p->owned = xrealloc(p->owned, (p->nowned + 1) * sizeof *p->owned);
  p->owned[p->nowned] = xstrdup(out);
  *val = p->owned[p->nowned++];
  return 0;
}

/* "SENT,REPLIED": each side on its own. */
static int resolve_pair(struct opt_parsed *p, const char **val, const char *what)
{
  const char *comma = strchr(*val, ',');
  if (!comma)
    return resolve(p, val, what, 0);
  char *a = xstrndup(*val, (size_t)(comma - *val));
  const char *left = a, *right = comma + 1;
  int rc = resolve(p, &left, what, 0);
  if (rc == 0)
    rc = resolve(p, &right, what, 0);
  if (rc == 0 && (left != a || right != comma + 1)) {
    p->owned = xrealloc(p->owned, (p->nowned + 1) * sizeof *p->owned);
    p->owned[p->nowned] = xasprintf("%s,%s", left, right);
    *val = p->owned[p->nowned++];
  }
  free(a);
  return rc;
}

static int parse_resolve(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help)
{
  int rc = parse(p, argc, argv, help, 0, NULL);
  if (rc != 0)
    return rc;
  /* Relative dates, once every option (--today among them) is known. */
  for (int i = 0; p->specs && p->specs[i].name && i < OPT_MAX_VALUES; i++) {
    const struct opt_spec *s = &p->specs[i];
    if (!is_date_arg(s) || !p->values[i])
      continue;
    char what[48];
    snprintf(what, sizeof what, "--%s", s->name);
    int with_time = strstr(s->arg, "HH:MM") != NULL;
    int pair = strcmp(s->arg, "SENT,REPLIED") == 0;
    for (size_t k = 0; k < p->nmulti[i]; k++)
      if ((rc = pair ? resolve_pair(p, &p->multi[i][k], what)
                     : resolve(p, &p->multi[i][k], what, with_time)) != 0)
        return rc;
    if ((rc = pair ? resolve_pair(p, &p->values[i], what)
                   : resolve(p, &p->values[i], what, with_time)) != 0)
      return rc;
  }
  return 0;
}

/* Callers return at once when this does not give 0: free what was parsed
   (found by the fuzz_calendar target). */
int opt_parse(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help)
{
  int rc = parse_resolve(p, argc, argv, help);
  if (rc != 0)
    opt_release(p);
  return rc;
}

int opt_pos_date(struct opt_parsed *p, int i, const char *what, int with_time)
{
  if (i < 0 || i >= p->npos)
    return 0;
  return resolve(p, &p->pos[i], what, with_time);
}

int opt_parse_head(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help,
                   int *command)
{
  return parse(p, argc, argv, help, 1, command);
}

void opt_release(struct opt_parsed *p)
{
  for (int i = 0; i < OPT_MAX_VALUES; i++)
    free(p->multi[i]);
  for (size_t i = 0; i < p->nowned; i++)
    free(p->owned[i]);
  free(p->owned);
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

/* Text starting at column col, wrapped at spaces before column width, with
   continuation lines indented to col. */
static void print_wrapped(const char *text, int col, int width)
{
  int at = col;
  const char *p = text;
  while (*p) {
    size_t word = strcspn(p, " ");
    if (at > col && at + 1 + (int)word > width) {
      printf("\n%*s", col, "");
      at = col;
    } else if (at > col) {
      putchar(' ');
      at++;
    }
    fwrite(p, 1, word, stdout);
    at += (int)word;
    p += word;
    while (*p == ' ')
      p++;
  }
  putchar('\n');
}

static void print_opts(const struct opt_spec *o)
{
  for (; o && o->name; o++) {
    char left[64];
    const char *sep = !o->arg ? "" : o->type == OPT_OPTVAL ? "[=" : " ";
    const char *end = o->arg && o->type == OPT_OPTVAL ? "]" : "";
    if (o->shrt)
      snprintf(left, sizeof left, "-%c, --%s%s%s%s", o->shrt, o->name, sep, o->arg ? o->arg : "",
               end);
    else
      snprintf(left, sizeof left, "    --%s%s%s%s", o->name, sep, o->arg ? o->arg : "", end);
    char *text = xasprintf("%s%s", o->help, o->type == OPT_MULTI ? " (repeatable)" : "");
    printf("  %-26s ", left);
    print_wrapped(text, 29, 79);
    free(text);
  }
}

void (*opt_help_hook)(const struct cmd_help *help);

void opt_print_help(const struct cmd_help *help)
{
  if (opt_help_hook) {
    opt_help_hook(help);
    return;
  }
  printf("usage: %s\n\n%s\n", help->usage, help->summary);
  if (help->opts && help->opts[0].name) {
    printf("\noptions:\n");
    print_opts(help->opts);
  }
  printf("\nglobal options:\n");
  for (const struct opt_spec *g = globals; g->name; g++) {
    if (readonly && strcmp(g->name, "by") == 0)
      continue;
    struct opt_spec one[2] = {*g, {NULL, 0, 0, NULL, NULL}};
    print_opts(one);
  }
  if (help->examples)
    printf("\nexamples:\n%s", help->examples);
}
