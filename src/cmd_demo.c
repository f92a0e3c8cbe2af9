/*
** cmd_demo.c — pubrec demo: load the story of the specification (ICE's administrative
** subpoenas to Denver, January 2020) into a fresh database through the same
** commands a user types, then show what a new user needs to see.
*/
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "json.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"out", 'o', OPT_VALUE, "DIR",
     "where to write the calendar and report (default: beside the database)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec demo [--db PATH] [--today DATE] [-o DIR]",
    "Load a true story into a fresh database (a new temporary file unless\n"
    "--db names one that does not exist yet): ICE's four administrative subpoenas to\n"
    "Denver served on 2020-01-13, Denver's refusal of 2020-01-16, the enforcement\n"
    "petition of 2020-02-06, and a newsroom's records requests about them. Then it\n"
    "prints the list, one subpoena's history, a deadline's working, the agenda and\n"
    "the status report, and writes an iCalendar file and an HTML report (beside the\n"
    "database, or in -o DIR), printing their paths. Today is 2020-02-07 unless\n"
    "--today says otherwise.",
    opts, "  pubrec demo\n  pubrec --db ./story.db demo --today 2020-01-21\n"};

#define DEMO_TODAY "2020-02-07"

static int run(struct ctx *c, const char *const *args)
{
  char *argv[40];
  int argc = 0;
  while (args[argc]) {
    argv[argc] = (char *)args[argc];
    argc++;
  }
  argv[argc] = NULL;
  return cmd_run(c, argc, argv);
}

static void heading(const char *title, const char *cmdline)
{
  printf("\n== %s\n", title);
  if (cmdline)
    printf("$ %s\n", cmdline);
  fflush(stdout);
}

/* The story, as the commands a records officer would type. */
static const char *const story[][24] = {
    {"agency", "add", "ICE", "U.S. Immigration and Customs Enforcement", "--jurisdiction", "us",
     "--calendar", "us-federal", NULL},
    {"agency", "add", "DENVER", "City and County of Denver (Sheriff)", "--jurisdiction",
     "us-co-denver", "--calendar", "us-co", NULL},
    {"agency", "add", "NEWSROOM", "Denver newsroom, records desk", "--jurisdiction", "us-co", NULL},
    {"agency", "add", "DCOLO", "U.S. District Court for the District of Colorado", "--jurisdiction",
     "us", "--calendar", "us-federal-dco", NULL},
    {"add", "subpoena", "--from", "ICE", "--to", "DENVER", "--served", "2020-01-13", "--days", "14",
     "--subject", "Records on individual 1 (previously deported)", "--note",
     "Form I-138 administrative subpoena, 14 days as stated", NULL},
    {"add", "subpoena", "--from", "ICE", "--to", "DENVER", "--served", "2020-01-13", "--days", "14",
     "--subject", "Records on individual 2 (previously deported)", NULL},
    {"add", "subpoena", "--from", "ICE", "--to", "DENVER", "--served", "2020-01-13", "--days", "14",
     "--subject", "Records on individual 3 (previously deported)", NULL},
    {"add", "subpoena", "--from", "ICE", "--to", "DENVER", "--served", "2020-01-13", "--days", "3",
     "--subject", "Records on individual 4 (previously deported)", NULL},
    {"respond", "SUB-2020-0001", "--kind", "refusal", "--on", "2020-01-16", "--note",
     "Not court-ordered: the city complies only with court-ordered subpoenas or ones primarily "
     "related to a criminal investigation",
     NULL},
    {"respond", "SUB-2020-0002", "--kind", "refusal", "--on", "2020-01-16", "--note",
     "Not court-ordered", NULL},
    {"respond", "SUB-2020-0003", "--kind", "refusal", "--on", "2020-01-16", "--note",
     "Not court-ordered", NULL},
    {"respond", "SUB-2020-0004", "--kind", "refusal", "--on", "2020-01-16", "--note",
     "Not court-ordered; information on three of the men was already given", NULL},
    {"add", "request", "--from", "NEWSROOM", "--to", "DENVER", "--received", "2020-01-17T10:30",
     "--rule", "co-cora", "--subject", "Copies of the ICE subpoenas and the city's reply", NULL},
    {"respond", "REQ-2020-0001", "--kind", "acknowledgement", "--on", "2020-01-21", NULL},
    {"extend", "REQ-2020-0001", "--on", "2020-01-22", "--note",
     "Extenuating circumstances: attorney review", NULL},
    {"add", "request", "--from", "NEWSROOM", "--to", "ICE", "--received", "2020-01-21", "--rule",
     "us-foia", "--subject", "ICE records of the Denver subpoenas", "--tracking", "2020-ICFO-12345",
     NULL},
    {"add",
     "petition",
     "--from",
     "ICE",
     "--to",
     "DCOLO",
     "--filed",
     "2020-02-06",
     "--no-deadline",
     "--parent",
     "SUB-2020-0001",
     "--parent",
     "SUB-2020-0002",
     "--parent",
     "SUB-2020-0003",
     "--parent",
     "SUB-2020-0004",
     "--subject",
     "Petition to enforce the administrative subpoenas against Denver",
     "--note",
     "Justice Department petition to enforce",
     NULL},
};

int cmd_demo(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  char *path = NULL, *dir = NULL;
  int saved_stdout = -1;
  if (p.npos) {
    rc = usage_error("'demo' takes no arguments (see 'pubrec demo --help')");
    goto done;
  }
  if (opt_globals.db) {
    struct stat st;
    if (stat(opt_globals.db, &st) == 0 && st.st_size > 0) {
      rc = error("'%s' already exists: the demo loads its story into a new database (give a "
                 "new path, or leave out --db)",
                 opt_globals.db);
      goto done;
    }
    path = xstrdup(opt_globals.db);
  } else {
    const char *tmp = getenv("TMPDIR");
    char *tmpl = xasprintf("%s/pubrec-demo-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(tmpl)) {
      rc = error("cannot create a temporary directory in '%s'", tmp && *tmp ? tmp : "/tmp");
      free(tmpl);
      goto done;
    }
    path = xasprintf("%s/pubrec.db", tmpl);
    free(tmpl);
  }
  if (opt_get(&p, "out")) {
    dir = xstrdup(opt_get(&p, "out"));
  } else {
    const char *slash = strrchr(path, '/');
    dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
  }
  opt_globals.db = path;
  if (!opt_globals.today)
    opt_globals.today = DEMO_TODAY;
  if (!opt_globals.by)
    opt_globals.by = "demo";
  int json = opt_globals.json;
  if ((rc = ctx_open(c)) != 0)
    goto done;

  /* In JSON mode only the final document is printed. */
  fflush(stdout);
  if (json) {
    saved_stdout = dup(STDOUT_FILENO);
    int devnull = open("/dev/null", O_WRONLY);
    if (saved_stdout < 0 || devnull < 0) {
      rc = error("cannot redirect output");
      goto done;
    }
    dup2(devnull, STDOUT_FILENO);
    close(devnull);
    opt_globals.json = c->json = 0;
  }
  printf("pubrec demo: ICE's administrative subpoenas to Denver, January 2020\n");
  printf("database: %s\ntoday:    %s (fixed with --today)\n", path, c->today);
  heading("loading the story with the commands a records officer types", NULL);
  for (size_t i = 0; i < sizeof story / sizeof story[0]; i++) {
    printf("$ pubrec");
    for (int k = 0; story[i][k]; k++)
      printf(strchr(story[i][k], ' ') ? " \"%s\"" : " %s", story[i][k]);
    printf("\n");
    fflush(stdout);
    if ((rc = run(c, story[i])) != 0)
      goto done;
  }
  heading("every matter, soonest due first", "pubrec list");
  const char *list[] = {"list", NULL};
  if ((rc = run(c, list)) != 0)
    goto done;
  heading("the history of one subpoena", "pubrec log SUB-2020-0001");
  const char *log[] = {"log", "SUB-2020-0001", NULL};
  if ((rc = run(c, log)) != 0)
    goto done;
  heading("how the extended CORA deadline was reached", "pubrec deadline REQ-2020-0001 --explain");
  const char *dl[] = {"deadline", "REQ-2020-0001", "--explain", NULL};
  if ((rc = run(c, dl)) != 0)
    goto done;
  heading("the agenda: what is due in the next 30 days", "pubrec due --within 30");
  const char *due[] = {"due", "--within", "30", NULL};
  if ((rc = run(c, due)) != 0)
    goto done;
  heading("the status report", "pubrec report");
  const char *report[] = {"report", NULL};
  if ((rc = run(c, report)) != 0)
    goto done;
  char *ics_path = xasprintf("%s/deadlines.ics", dir);
  char *html_path = xasprintf("%s/report.html", dir);
  char *ics_cmd = xasprintf("pubrec ics -o %s --alarms 3d,1d,0d", ics_path);
  char *html_cmd = xasprintf("pubrec report --format html -o %s", html_path);
  heading("deadlines for a calendar app", ics_cmd);
  const char *ics[] = {"ics", "-o", ics_path, "--alarms", "3d,1d,0d", NULL};
  rc = run(c, ics);
  if (rc == 0) {
    printf("import it into Google Calendar, Apple Calendar, Outlook, Thunderbird, khal or\n"
           "calcurse; closed matters are left out, and re-importing updates what moved\n");
    heading("the report as a web page", html_cmd);
    const char *html[] = {"report", "--format", "html", "-o", html_path, NULL};
    rc = run(c, html);
    if (rc == 0)
      printf("wrote %s: open it in a browser (one self-contained file)\n", html_path);
  }
  free(ics_cmd);
  free(html_cmd);
  free(ics_path);
  free(html_path);
  if (rc != 0)
    goto done;
  fflush(stdout);
  if (json) {
    dup2(saved_stdout, STDOUT_FILENO);
    close(saved_stdout);
    saved_stdout = -1;
    opt_globals.json = c->json = 1;
    const char *jlist[] = {"list", NULL};
    rc = run(c, jlist);
    goto done;
  }
  printf("\nTry: pubrec --db %s show SUB-2020-0001\n", path);
done:
  if (saved_stdout >= 0) {
    fflush(stdout);
    dup2(saved_stdout, STDOUT_FILENO);
    close(saved_stdout);
  }
  free(dir);
  opt_release(&p);
  /* path stays referenced by opt_globals.db until exit */
  return rc;
}
