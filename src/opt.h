/*
** opt.h — command-line options: a table per command, long options with
** "--name value" or "--name=value", short aliases, repeatable options, and
** the global options (--db, --json, --today, --by, --help) accepted by every
** command in any position.
*/
#ifndef PUBREC_OPT_H
#define PUBREC_OPT_H

#include <stddef.h>

#define OPT_FLAG 0   /* takes no value */
#define OPT_VALUE 1  /* takes one value */
#define OPT_MULTI 2  /* takes a value, may repeat */
#define OPT_OPTVAL 3 /* takes a value only as --name=value ("1" when bare) */

struct opt_spec {
  const char *name; /* long name without "--" */
  char shrt;        /* short alias, or 0 */
  int type;         /* OPT_FLAG, OPT_VALUE, OPT_MULTI */
  const char *arg;  /* value placeholder for help, e.g. "DATE" */
  const char *help;
};

#define OPT_MAX_VALUES 64
#define OPT_MAX_POS 16

struct opt_parsed {
  const struct opt_spec *specs;
  const char *values[OPT_MAX_VALUES]; /* the last value (or "1" for flags), per spec index */
  const char **multi[OPT_MAX_VALUES]; /* NULL-terminated values of OPT_MULTI options */
  size_t nmulti[OPT_MAX_VALUES];
  const char *pos[OPT_MAX_POS];
  int npos;
  int help;       /* --help seen (opt_parse_head only) */
  char today[11]; /* today as relative dates were resolved against, once needed */
  char **owned;   /* resolved relative dates */
  size_t nowned;
};

struct cmd_help {
  const char *usage;   /* "pubrec list [options]" */
  const char *summary; /* one paragraph */
  const struct opt_spec *opts;
  const char *examples; /* may be NULL */
};

/* Parse argv[1..argc) (argv[0] is the command name, used in messages).
   Global options are stored in the ctx by the caller through opt_global().
   Returns 0, 1 when --help was printed, or PR_USAGE after printing why. */
int opt_parse(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help);
/* The options before the command (main): globals and help->opts, up to the
   first word that is not an option, whose index goes to *command (argc when
   none). --help sets p->help instead of printing. 0 or PR_USAGE. */
int opt_parse_head(struct opt_parsed *p, int argc, char **argv, const struct cmd_help *help,
                   int *command);
void opt_release(struct opt_parsed *p);

/* Values of options whose placeholder is DATE... are resolved by opt_parse:
   relative dates (today, +3d, monday, now where a time is accepted; see
   reldate.h) become YYYY-MM-DD against --today. An ISO value is left for the
   command to check. opt_pos_date does the same for positional argument i.
   0 or PR_USAGE. */
int opt_pos_date(struct opt_parsed *p, int i, const char *what, int with_time);
/* Today: --today, else PUBREC_TODAY (either may be relative to the clock),
   else the local clock's date. 0 or PR_USAGE. */
int opt_today(char out[11]);
const char *opt_get(const struct opt_parsed *p, const char *name);
int opt_has(const struct opt_parsed *p, const char *name);
const char *const *opt_all(const struct opt_parsed *p, const char *name, size_t *n);
void opt_print_help(const struct cmd_help *help);
/* When set, opt_print_help hands the help to it instead of printing: the man
   page and completion generator (tools/gen_docs.c) collects every command's
   help this way, so --help, man pages and completion share one source. */
extern void (*opt_help_hook)(const struct cmd_help *help);

/* Integer option value in [min, max]; prints a usage error naming the option. */
int opt_int(const struct opt_parsed *p, const char *name, int min, int max, int dflt, int *out);

/* The global options, set by opt_parse and opt_parse_head (one parser, one
   table) wherever they appear. */
#define OPT_COLOR_UNSET 0
#define OPT_COLOR_AUTO 1
#define OPT_COLOR_ALWAYS 2
#define OPT_COLOR_NEVER 3
struct opt_globals {
  const char *db;
  const char *today;
  const char *by;
  int json;
  int color; /* OPT_COLOR_* */
};
extern struct opt_globals opt_globals;
/* The command being run writes nothing: its help leaves out --by. */
void opt_set_readonly(int on);
/* The global options' table (for help, man pages and completion). */
const struct opt_spec *opt_global_specs(void);

#endif
