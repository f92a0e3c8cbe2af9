/*
** cmd.c — the command table and its lookup (libgit2's src/cli/cmd.c): the
** one list of commands that main, demo, the man pages and the shell
** completion all read.
*/
#include "cmd.h"

#include <stdio.h>
#include <string.h>

#include "suggest.h"
#include "util.h"

const struct cmd_spec cmd_table[] = {
    {"init", cmd_init, "create the database (or bring its schema up to date)", NULL, 0},
    {"agency", cmd_agency, "add, list and show agencies", "add list show", 0},
    {"add", cmd_add, "log a records request, subpoena, appeal or petition",
     "request subpoena appeal petition", 0},
    {"list", cmd_list, "list matters with due dates and statuses", NULL, 0},
    {"show", cmd_show, "show one matter: deadlines, responses, history", NULL, 0},
    {"log", cmd_log, "show the status history of one matter", NULL, 0},
    {"respond", cmd_respond, "record a response to a matter", NULL, 0},
    {"status", cmd_status, "change the status of a matter", NULL, 0},
    {"due", cmd_due, "agenda of coming deadlines, overdue first", NULL, 0},
    {"extend", cmd_extend, "extend a matter's deadline", NULL, 0},
    {"toll", cmd_toll, "pause a matter's clock (request for information)", NULL, 0},
    {"resume", cmd_resume, "resume a tolled matter's clock", NULL, 0},
    {"deadline", cmd_deadline, "compute a deadline, and explain how", NULL, 0},
    {"holidays", cmd_holidays, "list the non-working days of a calendar", NULL, 0},
    {"rules", cmd_rules, "list deadline rules, or show one", NULL, 0},
    {"rule", cmd_rule, "add or change a deadline rule", "add set", 0},
    {"calendar", cmd_calendar, "list calendars, add one, add holiday rules", "list add holiday", 0},
    {"closure", cmd_closure, "record a day an office or jurisdiction was closed", "add", 0},
    {"ics", cmd_ics, "export deadlines as an iCalendar file", NULL, 0},
    {"report", cmd_report, "status report in text, Markdown, HTML, CSV or JSON", NULL, 0},
    {"digest", cmd_digest,
     "plain-text reminder of what is overdue and due soon (for cron and mail)", NULL, 0},
    {"config", cmd_config, "read and write the config file", NULL, 0},
    {"__complete", cmd_complete, "values for shell completion", NULL, 1},
    {"demo", cmd_demo, "load the ICE-Denver story into a database and show every output", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};

const struct cmd_spec *cmd_find(const char *name)
{
  for (const struct cmd_spec *s = cmd_table; s->name; s++)
    if (strcmp(s->name, name) == 0)
      return s;
  return NULL;
}

void cmd_usage(FILE *out)
{
  fprintf(out, "usage: pubrec [--db PATH] [--json] [--today DATE] [--by NAME] [--color WHEN]\n"
               "              COMMAND [ARGS]\n\n"
               "Track public-records requests, subpoenas and responses, their statutory\n"
               "deadlines, and their history.\n\ncommands:\n");
  for (const struct cmd_spec *c = cmd_table; c->name; c++)
    if (!c->hidden)
      fprintf(out, "  %-10s %s\n", c->name, c->summary);
  fprintf(out, "\nRun 'pubrec COMMAND --help' for a command's options, 'man pubrec-COMMAND'\n"
               "for its manual page.\n"
               "Environment: PUBREC_DB (database), PUBREC_TODAY (today), PUBREC_USER (who),\n"
               "NO_COLOR (no colour).\n");
}

int cmd_run(struct ctx *c, int argc, char **argv)
{
  const struct cmd_spec *s = cmd_find(argv[0]);
  if (s)
    return s->fn(c, argc, argv);
  struct suggest sg;
  suggest_init(&sg, argv[0]);
  for (const struct cmd_spec *t = cmd_table; t->name; t++)
    if (!t->hidden)
      suggest_try(&sg, t->name);
  const char *best = suggest_best(&sg);
  int rc = best
               ? usage_error("unknown command '%s' (did you mean 'pubrec %s'? see 'pubrec --help')",
                             argv[0], best)
               : usage_error("unknown command '%s' (see 'pubrec --help')", argv[0]);
  suggest_release(&sg);
  return rc;
}
