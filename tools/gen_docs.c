/*
** gen_docs.c — writes the man pages and the bash and zsh completion scripts
** from the command table (src/cmd.c) and each command's cmd_help/opt_spec
** tables: the same text --help prints. Built and run by CMake; linked to
** pubrec_core. Every command is run with --help while opt_help_hook
** collects its help instead of printing it.
**
**   gen_docs man DIR        DIR/pubrec.1 and DIR/pubrec-COMMAND.1
**   gen_docs bash FILE      bash completion
**   gen_docs zsh FILE       zsh completion (#compdef pubrec)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "util.h"

#define MAX_HELPS 16

static const struct cmd_help *helps[MAX_HELPS];
static int nhelps;

static void collect(const struct cmd_help *h)
{
  for (int i = 0; i < nhelps; i++)
    if (helps[i] == h)
      return;
  if (nhelps < MAX_HELPS)
    helps[nhelps++] = h;
}

/* Every help of command s: "s --help" and "s SUB --help" for each subcommand. */
static void helps_of(const struct cmd_spec *s)
{
  nhelps = 0;
  struct ctx c;
  memset(&c, 0, sizeof c);
  char *argv[4];
  argv[0] = (char *)s->name;
  argv[1] = "--help";
  argv[2] = NULL;
  cmd_run(&c, 2, argv);
  if (s->subcommands) {
    char *subs = xstrdup(s->subcommands);
    for (char *save = NULL, *w = strtok_r(subs, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
      argv[1] = w;
      argv[2] = "--help";
      argv[3] = NULL;
      cmd_run(&c, 3, argv);
    }
    free(subs);
  }
  ctx_close(&c);
  fflush(stdout);
}

/* ---- roff ------------------------------------------------------------- */

/* One line of text: backslashes and dashes escaped, a leading '.' or '\'' guarded. */
static void roff_line(FILE *f, const char *s, size_t n)
{
  if (n && (s[0] == '.' || s[0] == '\''))
    fputs("\\&", f);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\')
      fputs("\\e", f);
    else if (s[i] == '-')
      fputs("\\-", f);
    else
      fputc(s[i], f);
  }
  fputc('\n', f);
}

/* Terminal-formatted text: lines indented by two spaces or more (lists, command lines) are
   kept as they are; the rest is filled. */
static void roff_text(FILE *f, const char *text)
{
  int verbatim = 0;
  for (const char *p = text; *p;) {
    size_t n = strcspn(p, "\n");
    int indented = n >= 2 && p[0] == ' ' && p[1] == ' ';
    if (indented && !verbatim) {
      fputs(".PP\n.RS 2\n.nf\n", f);
      verbatim = 1;
    } else if (!indented && verbatim) {
      fputs(".fi\n.RE\n.PP\n", f);
      verbatim = 0;
    }
    if (n == 0)
      fputs(verbatim ? "\n" : ".PP\n", f);
    else if (indented)
      roff_line(f, p + 2, n - 2);
    else
      roff_line(f, p, n);
    p += n;
    if (*p == '\n')
      p++;
  }
  if (verbatim)
    fputs(".fi\n.RE\n", f);
}

static void roff_opts(FILE *f, const struct opt_spec *o, int readonly)
{
  for (; o && o->name; o++) {
    if (readonly && strcmp(o->name, "by") == 0)
      continue;
    fputs(".TP\n", f);
    if (o->shrt)
      fprintf(f, "\\fB\\-%c\\fR, ", o->shrt);
    fputs("\\fB\\-\\-", f);
    for (const char *c = o->name; *c; c++)
      fputs(*c == '-' ? "\\-" : (char[]){*c, 0}, f);
    fputs("\\fR", f);
    if (o->arg)
      fprintf(f, o->type == OPT_OPTVAL ? "[=\\fI%s\\fR]" : " \\fI%s\\fR", o->arg);
    fputc('\n', f);
    roff_line(f, o->help, strlen(o->help));
    if (o->type == OPT_MULTI)
      fputs("May be given more than once.\n", f);
  }
}

static void upper(char *out, size_t n, const char *s)
{
  size_t i = 0;
  for (; s[i] && i + 1 < n; i++)
    out[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
  out[i] = '\0';
}

static void th(FILE *f, const char *name)
{
  char up[64];
  upper(up, sizeof up, name);
  fprintf(f, ".TH %s 1 \"\" \"pubrec %s\" \"pubrec manual\"\n", up, PUBREC_VERSION);
}

static int write_command_page(const char *dir, const struct cmd_spec *s)
{
  helps_of(s);
  char *path = xasprintf("%s/pubrec-%s.1", dir, s->name);
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "gen_docs: cannot write %s\n", path);
    free(path);
    return 1;
  }
  char *title = xasprintf("pubrec-%s", s->name);
  th(f, title);
  fprintf(f, ".SH NAME\npubrec\\-%s \\- %s\n", s->name, s->summary);
  fputs(".SH SYNOPSIS\n.nf\n", f);
  for (int i = 0; i < nhelps; i++) {
    const char *u = helps[i]->usage;
    for (const char *p = u; *p;) {
      size_t n = strcspn(p, "\n");
      const char *q = p;
      while (*q == ' ' && q < p + n)
        q++;
      roff_line(f, q, n - (size_t)(q - p));
      p += n;
      if (*p == '\n')
        p++;
    }
  }
  fputs(".fi\n.SH DESCRIPTION\n", f);
  int readonly = (s->flags & CMD_READONLY) != 0;
  for (int i = 0; i < nhelps; i++) {
    const struct cmd_help *h = helps[i];
    if (nhelps > 1) {
      size_t n = strcspn(h->usage, "\n");
      fputs(".SS \"", f);
      for (size_t k = 0; k < n; k++)
        fputs(h->usage[k] == '-'   ? "\\-"
              : h->usage[k] == '"' ? "\\(dq"
                                   : (char[]){h->usage[k], 0},
              f);
      fputs("\"\n", f);
    }
    roff_text(f, h->summary);
    if (h->opts && h->opts[0].name) {
      fputs(nhelps > 1 ? ".PP\nOptions:\n" : ".SH OPTIONS\n", f);
      roff_opts(f, h->opts, readonly);
    }
  }
  fputs(".SH GLOBAL OPTIONS\nThese may come before or after the command.\n", f);
  roff_opts(f, opt_global_specs(), readonly);
  int examples = 0;
  for (int i = 0; i < nhelps; i++)
    examples |= helps[i]->examples != NULL;
  if (examples) {
    fputs(".SH EXAMPLES\n", f);
    for (int i = 0; i < nhelps; i++)
      if (helps[i]->examples)
        roff_text(f, helps[i]->examples);
  }
  fputs(".SH SEE ALSO\n\\fBpubrec\\fR(1)\n", f);
  int bad = ferror(f);
  bad |= fclose(f) != 0;
  free(title);
  free(path);
  return bad;
}

static int write_main_page(const char *dir)
{
  char *path = xasprintf("%s/pubrec.1", dir);
  FILE *f = fopen(path, "w");
  free(path);
  if (!f)
    return 1;
  th(f, "pubrec");
  fputs(
      ".SH NAME\npubrec \\- track public\\-records requests, subpoenas and their deadlines\n"
      ".SH SYNOPSIS\n.nf\n\\fBpubrec\\fR [\\fIglobal options\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n"
      "\\fBpubrec\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR\n.fi\n"
      ".SH DESCRIPTION\n"
      "pubrec tracks public\\-records requests, subpoenas (administrative and court\\-ordered),\n"
      "appeals and petitions between agencies. It computes each response deadline from the\n"
      "law that governs it, with holidays, extensions and tolling; keeps every change in an\n"
      "append\\-only history in an SQLite database; exports deadlines as iCalendar; and\n"
      "prints agendas, digests and status reports.\n"
      ".SH COMMANDS\n",
      f);
  for (const struct cmd_spec *s = cmd_table; s->name; s++) {
    if (s->flags & CMD_HIDDEN)
      continue;
    fprintf(f, ".TP\n\\fB%s\\fR\n", s->name);
    roff_line(f, s->summary, strlen(s->summary));
    fprintf(f, "See \\fBpubrec\\-%s\\fR(1).\n", s->name);
  }
  fputs(".SH GLOBAL OPTIONS\nThese may come before or after the command.\n", f);
  roff_opts(f, opt_global_specs(), 0);
  fputs(".TP\n\\fB\\-\\-version\\fR\nprint the version (before the command only)\n", f);
  fputs(".SH DATES\n"
        "Wherever a date is accepted, it may be given as \\fIYYYY\\-MM\\-DD\\fR or relative to\n"
        "today (\\fB\\-\\-today\\fR): \\fBtoday\\fR, \\fByesterday\\fR, \\fBtomorrow\\fR, "
        "\\fB+3d\\fR, \\fB\\-2w\\fR,\n"
        "\\fB+1m\\fR, \\fB+1y\\fR (a month or year later keeps the day, or takes the month's last "
        "day),\n"
        "a weekday name such as \\fBmonday\\fR (the next one after today), and \\fBnow\\fR where\n"
        "a time is accepted. \\fBshow\\fR and \\fBlog\\fR print the resolved dates.\n"
        ".SH OUTPUT\n"
        "On a terminal, tables are aligned and cut to its width (\\fBCOLUMNS\\fR, else the\n"
        "terminal's), and coloured: overdue red, due within 3 working days yellow, closed dim.\n"
        "In a pipe, a table is one tab\\-separated line a row with every field whole, and never\n"
        "coloured unless \\fB\\-\\-color=always\\fR. \\fB\\-\\-json\\fR prints one JSON "
        "document, and\n"
        "errors as JSON on standard error.\n"
        ".SH ENVIRONMENT\n"
        ".TP\n\\fBPUBREC_DB\\fR\nthe database file (\\fB\\-\\-db\\fR wins)\n"
        ".TP\n\\fBPUBREC_TODAY\\fR\ntoday's date (\\fB\\-\\-today\\fR wins)\n"
        ".TP\n\\fBPUBREC_USER\\fR\nwho records changes (\\fB\\-\\-by\\fR wins)\n"
        ".TP\n\\fBNO_COLOR\\fR\nwhen set and not empty, no colour (\\fB\\-\\-color\\fR wins)\n"
        ".TP\n\\fBXDG_CONFIG_HOME\\fR, \\fBXDG_DATA_HOME\\fR\nwhere the config file and the "
        "default database are\n"
        ".SH FILES\n"
        ".TP\n\\fI$XDG_CONFIG_HOME/pubrec/config\\fR (else \\fI~/.config/pubrec/config\\fR)\n"
        "\\fIkey = value\\fR lines; see \\fBpubrec\\-config\\fR(1). Flags win over the "
        "environment,\nthe environment over this file.\n"
        ".TP\n\\fI$XDG_DATA_HOME/pubrec/pubrec.db\\fR (else "
        "\\fI~/.local/share/pubrec/pubrec.db\\fR)\nthe default database\n"
        ".SH EXIT STATUS\n"
        "0 success; 1 a failure the user can fix (an unknown reference or agency, an invalid\n"
        "transition, an unusable database, or \\fBdue \\-\\-check\\fR finding overdue "
        "matters);\n2 a usage error (an unknown option, a missing option, a date that does not "
        "exist).\n"
        ".SH SEE ALSO\n",
        f);
  int first = 1;
  for (const struct cmd_spec *s = cmd_table; s->name; s++) {
    if (s->flags & CMD_HIDDEN)
      continue;
    fprintf(f, "%s\\fBpubrec\\-%s\\fR(1)", first ? "" : ",\n", s->name);
    first = 0;
  }
  fputs("\n", f);
  int bad = ferror(f);
  bad |= fclose(f) != 0;
  return bad;
}

/* ---- completion ------------------------------------------------------- */

/* What an option's value is: a kind of 'pubrec __complete', "files", or "" (free text). */
static const char *value_kind(const char *cmd, const struct opt_spec *o)
{
  if (o->type == OPT_FLAG || o->type == OPT_OPTVAL)
    return NULL;
  const char *a = o->arg ? o->arg : "";
  if (strcmp(o->name, "rule") == 0)
    return "rules";
  if (strcmp(o->name, "calendar") == 0 || strcmp(o->name, "include") == 0 || strcmp(a, "CAL") == 0)
    return "calendars";
  if (strcmp(o->name, "agency") == 0 || strcmp(a, "AGENCY") == 0)
    return "agencies";
  if (strcmp(o->name, "status") == 0)
    return "statuses";
  if (strcmp(o->name, "tag") == 0)
    return "tags";
  if (strcmp(o->name, "kind") == 0)
    return strcmp(cmd, "respond") == 0 ? "responses" : "kinds";
  if (strcmp(o->name, "parent") == 0 || strcmp(a, "REF") == 0)
    return "refs";
  if (strncmp(a, "DATE", 4) == 0)
    return "dates";
  if (strcmp(a, "FILE") == 0 || strcmp(a, "PATH") == 0 || strcmp(a, "DIR") == 0)
    return strcmp(a, "DIR") == 0 ? "dirs" : "files";
  return "";
}

/* Shell functions valid in both bash and zsh: the options of a command, and what an option's
   value is. */
static void shell_tables(FILE *f)
{
  fputs("__pubrec_commands() {\n  echo", f);
  for (const struct cmd_spec *s = cmd_table; s->name; s++)
    if (!(s->flags & CMD_HIDDEN))
      fprintf(f, " %s", s->name);
  fputs("\n}\n\n__pubrec_opts() {\n  case $1 in\n", f);
  for (const struct cmd_spec *s = cmd_table; s->name; s++) {
    if (s->flags & CMD_HIDDEN)
      continue;
    helps_of(s);
    fprintf(f, "  %s) echo", s->name);
    for (int i = 0; i < nhelps; i++)
      for (const struct opt_spec *o = helps[i]->opts; o && o->name; o++)
        fprintf(f, " --%s", o->name);
    fputs(" ;;\n", f);
  }
  fputs("  esac\n  echo", f);
  for (const struct opt_spec *o = opt_global_specs(); o->name; o++)
    fprintf(f, " --%s", o->name);
  fputs("\n}\n\n# __pubrec_optval CMD OPTION: what the option's value is (empty: takes none)\n"
        "__pubrec_optval() {\n  case $1:$2 in\n",
        f);
  for (const struct cmd_spec *s = cmd_table; s->name; s++) {
    if (s->flags & CMD_HIDDEN)
      continue;
    helps_of(s);
    for (int i = 0; i < nhelps; i++)
      for (const struct opt_spec *o = helps[i]->opts; o && o->name; o++) {
        const char *k = value_kind(s->name, o);
        if (k) {
          fprintf(f, "  %s:--%s", s->name, o->name);
          if (o->shrt)
            fprintf(f, " | %s:-%c", s->name, o->shrt);
          fprintf(f, ") echo '%s' ;;\n", *k ? k : "text");
        }
      }
  }
  for (const struct opt_spec *o = opt_global_specs(); o->name; o++) {
    const char *k = value_kind("", o);
    if (k)
      fprintf(f, "  *:--%s) echo '%s' ;;\n", o->name,
              strcmp(o->name, "today") == 0 ? "dates"
              : *k                          ? k
                                            : "text");
  }
  fputs("  esac\n}\n\n# __pubrec_args CMD: subcommands, then what each argument is\n"
        "__pubrec_subs() {\n  case $1 in\n",
        f);
  for (const struct cmd_spec *s = cmd_table; s->name; s++)
    if (s->subcommands && !(s->flags & CMD_HIDDEN))
      fprintf(f, "  %s) echo '%s' ;;\n", s->name, s->subcommands);
  fputs("  esac\n}\n\n__pubrec_args() {\n  case $1 in\n", f);
  for (const struct cmd_spec *s = cmd_table; s->name; s++)
    if (s->args && !(s->flags & CMD_HIDDEN))
      fprintf(f, "  %s) echo '%s' ;;\n", s->name, s->args);
  fputs("  esac\n}\n\n"
        "# __pubrec_values KIND[+KIND...]: the values, one a line\n"
        "__pubrec_values() {\n"
        "  local k\n"
        "  for k in ${1//+/ }; do\n"
        "    case $k in\n"
        "    files | dirs | text) ;;\n"
        "    *) command pubrec \"${__pubrec_global[@]}\" __complete \"$k\" 2>/dev/null ;;\n"
        "    esac\n"
        "  done\n"
        "}\n\n"
        "# __pubrec_parse WORD...: the command line before the cursor into __pubrec_cmd,\n"
        "# __pubrec_sub, __pubrec_nargs (arguments after them) and __pubrec_global (--db\n"
        "# and --today, so values come from the same database).\n"
        "__pubrec_parse() {\n"
        "  __pubrec_cmd='' __pubrec_sub='' __pubrec_nargs=0 __pubrec_global=()\n"
        "  local w kind skip=''\n"
        "  for w in \"$@\"; do\n"
        "    if [ -n \"$skip\" ]; then\n"
        "      case $skip in --db | --today) __pubrec_global+=(\"$skip\" \"$w\") ;; esac\n"
        "      skip=''\n"
        "      continue\n"
        "    fi\n"
        "    case $w in\n"
        "    --*=*) continue ;;\n"
        "    -*)\n"
        "      kind=$(__pubrec_optval \"${__pubrec_cmd:-_}\" \"$w\")\n"
        "      [ -n \"$kind\" ] && skip=$w\n"
        "      continue\n"
        "      ;;\n"
        "    esac\n"
        "    if [ -z \"$__pubrec_cmd\" ]; then\n"
        "      __pubrec_cmd=$w\n"
        "    elif [ -z \"$__pubrec_sub\" ] && [ -n \"$(__pubrec_subs \"$__pubrec_cmd\")\" ]; then\n"
        "      __pubrec_sub=$w\n"
        "    else\n"
        "      __pubrec_nargs=$((__pubrec_nargs + 1))\n"
        "    fi\n"
        "  done\n"
        "}\n\n"
        "# __pubrec_candidates PREV CUR: what may come at the cursor, as a kind list\n"
        "# (\"words:...\" for fixed words)\n"
        "__pubrec_candidates() {\n"
        "  local prev=$1 cur=$2 kind args\n"
        "  if [ -n \"$prev\" ] && [ \"${prev#-}\" != \"$prev\" ]; then\n"
        "    kind=$(__pubrec_optval \"${__pubrec_cmd:-_}\" \"$prev\")\n"
        "    if [ -n \"$kind\" ]; then\n"
        "      echo \"$kind\"\n"
        "      return\n"
        "    fi\n"
        "  fi\n"
        "  if [ \"${cur#-}\" != \"$cur\" ]; then\n"
        "    echo \"words:$(__pubrec_opts \"$__pubrec_cmd\")\"\n"
        "  elif [ -z \"$__pubrec_cmd\" ]; then\n"
        "    echo \"words:$(__pubrec_commands) help\"\n"
        "  elif [ \"$__pubrec_cmd\" = help ]; then\n"
        "    [ \"$__pubrec_nargs\" -eq 0 ] && [ -z \"$__pubrec_sub\" ] && "
        "echo \"words:$(__pubrec_commands)\"\n"
        "  elif [ -z \"$__pubrec_sub\" ] && [ -n \"$(__pubrec_subs \"$__pubrec_cmd\")\" ]; then\n"
        "    echo \"words:$(__pubrec_subs \"$__pubrec_cmd\")\"\n"
        "  else\n"
        "    args=($(__pubrec_args \"$__pubrec_cmd\"))\n"
        "    [ \"$__pubrec_nargs\" -lt \"${#args[@]}\" ] && echo \"${args[@]:$__pubrec_nargs:1}\"\n"
        "  fi\n"
        "}\n",
        f);
}

static int write_bash(const char *path)
{
  FILE *f = fopen(path, "w");
  if (!f)
    return 1;
  fputs("# bash completion for pubrec, generated from its command table by tools/gen_docs.c.\n"
        "# Values (references, agencies, rules, calendars, statuses) come from the database\n"
        "# through 'pubrec __complete'.\n\n",
        f);
  shell_tables(f);
  fputs(
      "\n_pubrec() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=''\n"
      "  [ \"$COMP_CWORD\" -gt 1 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
      "  __pubrec_parse \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"\n"
      "  local what\n"
      "  what=$(__pubrec_candidates \"$prev\" \"$cur\")\n"
      "  COMPREPLY=()\n"
      "  case $what in\n"
      "  '') ;;\n"
      "  words:*) mapfile -t COMPREPLY < <(compgen -W \"${what#words:}\" -- \"$cur\") ;;\n"
      "  files) mapfile -t COMPREPLY < <(compgen -f -- \"$cur\") ;;\n"
      "  dirs) mapfile -t COMPREPLY < <(compgen -d -- \"$cur\") ;;\n"
      "  text) ;;\n"
      "  *) mapfile -t COMPREPLY < <(compgen -W \"$(__pubrec_values \"$what\")\" -- \"$cur\") ;;\n"
      "  esac\n"
      "}\n"
      "complete -F _pubrec pubrec\n",
      f);
  int bad = ferror(f);
  bad |= fclose(f) != 0;
  return bad;
}

static int write_zsh(const char *path)
{
  FILE *f = fopen(path, "w");
  if (!f)
    return 1;
  fputs("#compdef pubrec\n"
        "# zsh completion for pubrec, generated from its command table by tools/gen_docs.c.\n"
        "# Install as _pubrec in a directory of $fpath. Values come from the database\n"
        "# through 'pubrec __complete'.\n\n",
        f);
  shell_tables(f);
  fputs("\n_pubrec() {\n"
        "  local cur=${words[CURRENT]} prev=''\n"
        "  (( CURRENT > 2 )) && prev=${words[CURRENT-1]}\n"
        "  setopt local_options sh_word_split\n"
        "  __pubrec_parse \"${(@)words[2,CURRENT-1]}\"\n"
        "  local what\n"
        "  what=$(__pubrec_candidates \"$prev\" \"$cur\")\n"
        "  case $what in\n"
        "  '' | text) return 1 ;;\n"
        "  words:*) compadd -- ${=what#words:} ;;\n"
        "  files) _files ;;\n"
        "  dirs) _files -/ ;;\n"
        "  *) compadd -- ${(f)\"$(__pubrec_values \"$what\")\"} ;;\n"
        "  esac\n"
        "}\n\n"
        "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
        "  _pubrec \"$@\"\n"
        "else\n"
        "  compdef _pubrec pubrec\n"
        "fi\n",
        f);
  int bad = ferror(f);
  bad |= fclose(f) != 0;
  return bad;
}

int main(int argc, char **argv)
{
  if (argc != 3) {
    fprintf(stderr, "usage: gen_docs man DIR | bash FILE | zsh FILE\n");
    return 2;
  }
  opt_help_hook = collect;
  if (strcmp(argv[1], "man") == 0) {
    int bad = write_main_page(argv[2]);
    for (const struct cmd_spec *s = cmd_table; s->name; s++)
      if (!(s->flags & CMD_HIDDEN))
        bad |= write_command_page(argv[2], s);
    return bad;
  }
  if (strcmp(argv[1], "bash") == 0)
    return write_bash(argv[2]);
  if (strcmp(argv[1], "zsh") == 0)
    return write_zsh(argv[2]);
  fprintf(stderr, "gen_docs: unknown output '%s'\n", argv[1]);
  return 2;
}
