/*
** main.c — global options, the command table, and the mapping of results
** to exit codes (0 ok, 1 a failure the user can fix, 2 usage).
*/
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "deadline.h"
#include "util.h"

#define PUBREC_VERSION "0.1.0"

static const struct cmd_spec commands[] = {
    {"init", cmd_init, "create the database (or bring its schema up to date)"},
    {"agency", cmd_agency, "add, list and show agencies"},
    {"add", cmd_add, "log a records request, subpoena, appeal or petition"},
    {"list", cmd_list, "list matters with due dates and statuses"},
    {"search", cmd_search, "find matters by words in subject, tracking, notes, parties"},
    {"tag", cmd_tag, "add and remove a matter's tags (+urgent -press)"},
    {"people", cmd_people, "list requesters who are people"},
    {"show", cmd_show, "show one matter: deadlines, responses, history"},
    {"log", cmd_log, "show the status history of one matter"},
    {"respond", cmd_respond, "record a response to a matter"},
    {"status", cmd_status, "change the status of a matter"},
    {"edit", cmd_edit, "correct a matter's fields (each change kept in the history)"},
    {"note", cmd_note, "add a note (or a document's fingerprint) to a matter's history"},
    {"void", cmd_void, "void a matter entered by mistake (it stays in the history)"},
    {"unvoid", cmd_unvoid, "bring back a voided matter"},
    {"retract", cmd_retract, "retract a response recorded by mistake"},
    {"statuses", cmd_statuses, "the statuses and response kinds, and what each means"},
    {"due", cmd_due, "agenda of coming deadlines, overdue first"},
    {"extend", cmd_extend, "extend a matter's deadline"},
    {"toll", cmd_toll, "pause a matter's clock (request for information)"},
    {"resume", cmd_resume, "resume a tolled matter's clock"},
    {"reopen", cmd_reopen, "reopen a closed matter with its new clock"},
    {"deadline", cmd_deadline, "compute a deadline, and explain how"},
    {"holidays", cmd_holidays, "list the non-working days of a calendar"},
    {"rules", cmd_rules, "list deadline rules, or show one"},
    {"rule", cmd_rule, "add or change a deadline rule"},
    {"jurisdictions", cmd_jurisdictions, "list jurisdictions with their default rule and calendar"},
    {"calendar", cmd_calendar, "list calendars, add one, add holiday rules"},
    {"closure", cmd_closure, "record a day an office or jurisdiction was closed"},
    {"ics", cmd_ics, "export deadlines as an iCalendar file"},
    {"report", cmd_report, "status report in text, Markdown, HTML, CSV or JSON"},
    {"export", cmd_export, "write everything as JSON Lines (or the matters as CSV)"},
    {"import", cmd_import, "load an export, or a spreadsheet or published FOIA log (--csv)"},
    {"backup", cmd_backup, "copy the database safely while it is in use, and check the copy"},
    {"demo", cmd_demo, "load the ICE-Denver story into a database and show every output"},
    {NULL, NULL, NULL}};

static void usage(FILE *out)
{
  fprintf(out, "usage: pubrec [--db PATH] [--json] [--today YYYY-MM-DD] COMMAND [ARGS]\n\n"
               "Track public-records requests, subpoenas and responses, their statutory\n"
               "deadlines, and their history.\n\ncommands:\n");
  for (const struct cmd_spec *c = commands; c->name; c++)
    fprintf(out, "  %-10s %s\n", c->name, c->summary);
  fprintf(out, "\nRun 'pubrec COMMAND --help' for a command's options.\n"
               "Environment: PUBREC_DB (database), PUBREC_TODAY (today), PUBREC_USER (who).\n");
}

static const char *login_name(void)
{
  const char *u = getenv("PUBREC_USER");
  if (u && *u)
    return u;
  struct passwd *pw = getpwuid(geteuid());
  if (pw && pw->pw_name)
    return pw->pw_name;
  u = getenv("USER");
  return u && *u ? u : "unknown";
}

/* mkdir -p for the default data directory only. */
static int make_dirs(const char *dir)
{
  char *p = xstrdup(dir);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = '\0';
    if (mkdir(p, 0700) != 0 && errno != EEXIST) {
      int e = errno;
      free(p);
      return error("cannot create directory '%s': %s", dir, strerror(e));
    }
    *s = '/';
  }
  int ret = 0;
  if (mkdir(p, 0700) != 0 && errno != EEXIST)
    ret = error("cannot create directory '%s': %s", dir, strerror(errno));
  free(p);
  return ret;
}

int ctx_settle(struct ctx *c)
{
  c->json = c->json || opt_globals.json;
  const char *today = opt_globals.today ? opt_globals.today : getenv("PUBREC_TODAY");
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(c->now, sizeof c->now, "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (today && *today) {
    dl_day d;
    if (dl_parse_date(today, &d) != 0)
      return usage_error("invalid date '%s' for --today (want YYYY-MM-DD)", today);
    snprintf(c->today, sizeof c->today, "%s", today);
  } else {
    localtime_r(&t, &tm);
    strftime(c->today, sizeof c->today, "%Y-%m-%d", &tm);
  }
  c->by = opt_globals.by ? opt_globals.by : login_name();
  return 0;
}

int ctx_open(struct ctx *c)
{
  int rc = ctx_settle(c);
  if (rc != 0)
    return rc;
  if (c->db)
    return 0;
  free(c->db_path);
  c->db_path = NULL;
  const char *path = opt_globals.db ? opt_globals.db : getenv("PUBREC_DB");
  if (path && *path) {
    c->db_path = xstrdup(path);
  } else {
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    char *dir;
    if (xdg && *xdg == '/')
      dir = xasprintf("%s/pubrec", xdg);
    else if (home && *home)
      dir = xasprintf("%s/.local/share/pubrec", home);
    else
      return error("cannot find a place for the database: set --db, PUBREC_DB or HOME");
    if (make_dirs(dir) != 0) {
      free(dir);
      return -1;
    }
    c->db_path = xasprintf("%s/pubrec.db", dir);
    free(dir);
  }
  if (db_open(&c->db, c->db_path) != 0)
    return -1;
  c->st.db = c->db;
  c->st.now = c->now;
  c->st.by = c->by;
  c->st.today = c->today;
  return 0;
}

void ctx_close(struct ctx *c)
{
  db_close(c->db);
  c->db = NULL;
  free(c->db_path);
  c->db_path = NULL;
}

int ctx_write(struct ctx *c, int (*fn)(struct ctx *c, void *arg), void *arg)
{
  if (db_begin(c->db) != 0)
    return -1;
  int rc = fn(c, arg);
  if (rc != 0) {
    db_rollback(c->db);
    return rc;
  }
  return db_commit(c->db);
}

int cmd_run(struct ctx *c, int argc, char **argv)
{
  for (const struct cmd_spec *s = commands; s->name; s++)
    if (strcmp(s->name, argv[0]) == 0)
      return s->fn(c, argc, argv);
  return usage_error("unknown command '%s' (see 'pubrec --help')", argv[0]);
}

static int exit_code(int rc)
{
  return rc == 0 ? EXIT_OK : rc == PR_USAGE ? EXIT_USAGE : EXIT_FAIL;
}

int main(int argc, char **argv)
{
  int i = 1;
  /* Global options before the command. */
  while (i < argc && argv[i][0] == '-') {
    const char *a = argv[i];
    const char *val = NULL;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return EXIT_OK;
    }
    if (strcmp(a, "--version") == 0) {
      printf("pubrec %s\n", PUBREC_VERSION);
      return EXIT_OK;
    }
    if (strcmp(a, "--json") == 0) {
      opt_globals.json = 1;
      i++;
      continue;
    }
    const char *names[] = {"--db", "--today", "--by"};
    const char **slots[] = {&opt_globals.db, &opt_globals.today, &opt_globals.by};
    int matched = 0;
    for (int k = 0; k < 3; k++) {
      size_t len = strlen(names[k]);
      if (strncmp(a, names[k], len) == 0 && (a[len] == '\0' || a[len] == '=')) {
        if (a[len] == '=') {
          val = a + len + 1;
        } else if (i + 1 < argc) {
          val = argv[++i];
        } else {
          usage_error("option '%s' needs a value", names[k]);
          return EXIT_USAGE;
        }
        *slots[k] = val;
        matched = 1;
      }
    }
    if (!matched) {
      usage_error("unknown option '%s' (see 'pubrec --help')", a);
      return EXIT_USAGE;
    }
    i++;
  }
  if (i >= argc) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (strcmp(argv[i], "help") == 0) {
    if (i + 1 < argc) {
      char *help_argv[] = {argv[i + 1], "--help", NULL};
      struct ctx c;
      memset(&c, 0, sizeof c);
      return exit_code(cmd_run(&c, 2, help_argv));
    }
    usage(stdout);
    return EXIT_OK;
  }
  struct ctx c;
  memset(&c, 0, sizeof c);
  int rc = cmd_run(&c, argc - i, argv + i);
  ctx_close(&c);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "pubrec: cannot write output: %s\n", strerror(errno));
    return EXIT_FAIL;
  }
  return exit_code(rc);
}
