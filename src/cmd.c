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
    {"init", cmd_init, "create the database (or bring its schema up to date)", NULL, NULL, 0},
    {"agency", cmd_agency, "add, list and show agencies", "add list show", "agencies", 0},
    {"add", cmd_add, "log a records request, subpoena, appeal or petition",
     "request subpoena appeal petition", NULL, 0},
    {"list", cmd_list, "list matters with due dates and statuses", NULL, NULL, CMD_READONLY},
    {"search", cmd_search, "find matters by words in subject, tracking, notes, parties", NULL, NULL,
     CMD_READONLY},
    {"tag", cmd_tag, "add and remove a matter's tags (+urgent -press)", NULL, "refs", 0},
    {"people", cmd_people, "list requesters who are people", NULL, NULL, CMD_READONLY},
    {"show", cmd_show, "show one matter: deadlines, responses, history", NULL, "refs",
     CMD_READONLY},
    {"log", cmd_log, "show the status history of one matter", NULL, "refs", CMD_READONLY},
    {"respond", cmd_respond, "record a response to a matter", NULL, "refs", 0},
    {"status", cmd_status, "change the status of a matter", NULL, "refs statuses", 0},
    {"edit", cmd_edit, "correct a matter's fields (each change kept in the history)", NULL, "refs",
     0},
    {"note", cmd_note, "add a note (or a document's fingerprint) to a matter's history", NULL,
     "refs", 0},
    {"void", cmd_void, "void a matter entered by mistake (it stays in the history)", NULL, "refs",
     0},
    {"unvoid", cmd_unvoid, "bring back a voided matter", NULL, "refs", 0},
    {"retract", cmd_retract, "retract a response recorded by mistake", NULL, "refs", 0},
    {"statuses", cmd_statuses, "the statuses and response kinds, and what each means", NULL, NULL,
     CMD_READONLY},
    {"due", cmd_due, "agenda of coming deadlines, overdue first", NULL, NULL, CMD_READONLY},
    {"extend", cmd_extend, "extend a matter's deadline", NULL, "refs", 0},
    {"toll", cmd_toll, "pause a matter's clock (request for information)", NULL, "refs", 0},
    {"resume", cmd_resume, "resume a tolled matter's clock", NULL, "refs", 0},
    {"reopen", cmd_reopen, "reopen a closed matter with its new clock", NULL, "refs", 0},
    {"deadline", cmd_deadline, "compute a deadline, and explain how", NULL, "refs+rules dates",
     CMD_READONLY},
    {"holidays", cmd_holidays, "list the non-working days of a calendar", NULL, NULL, CMD_READONLY},
    {"rules", cmd_rules, "list deadline rules, or show one", "show", "rules", CMD_READONLY},
    {"rule", cmd_rule, "add or change a deadline rule", "add set", "rules", 0},
    {"jurisdictions", cmd_jurisdictions, "list jurisdictions with their default rule and calendar",
     NULL, NULL, CMD_READONLY},
    {"calendar", cmd_calendar, "list calendars, add one, add holiday rules", "list add holiday",
     "calendars", 0},
    {"closure", cmd_closure, "record a day an office or jurisdiction was closed", "add",
     "calendars+agencies dates", 0},
    {"ics", cmd_ics, "export deadlines as an iCalendar file", NULL, NULL, CMD_READONLY},
    {"report", cmd_report, "status report in text, Markdown, HTML, CSV or JSON", NULL, NULL,
     CMD_READONLY},
    {"export", cmd_export, "write everything as JSON Lines (or the matters as CSV)", NULL, NULL,
     CMD_READONLY},
    {"import", cmd_import, "load an export, or a spreadsheet or published FOIA log (--csv)", NULL,
     NULL, 0},
    {"backup", cmd_backup, "copy the database safely while it is in use, and check the copy", NULL,
     NULL, CMD_READONLY},
    {"serve", cmd_serve, "serve the calendar feed and the live report over HTTP", NULL, NULL,
     CMD_READONLY},
    {"digest", cmd_digest, "what is overdue, due soon or waiting, in plain text for cron", NULL,
     NULL, CMD_READONLY},
    {"config", cmd_config, "read and write the config file", NULL, "keys", CMD_READONLY},
    {"__complete", cmd_complete, "values for shell completion", NULL, NULL,
     CMD_HIDDEN | CMD_READONLY},
    {"verify", cmd_verify, "prove the database and its history are intact; anchor the history",
     NULL, "refs", CMD_READONLY},
    {"demo", cmd_demo, "load the ICE-Denver story into a database and show every output", NULL,
     NULL, 0},
    {NULL, NULL, NULL, NULL, NULL, 0}};

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
  int width = 0;
  for (const struct cmd_spec *c = cmd_table; c->name; c++)
    if (!(c->flags & CMD_HIDDEN) && (int)strlen(c->name) > width)
      width = (int)strlen(c->name);
  for (const struct cmd_spec *c = cmd_table; c->name; c++)
    if (!(c->flags & CMD_HIDDEN))
      fprintf(out, "  %-*s  %s\n", width, c->name, c->summary);
  fprintf(out, "\nRun 'pubrec COMMAND --help' for a command's options, 'man pubrec-COMMAND'\n"
               "for its manual page.\n"
               "Environment: PUBREC_DB (database), PUBREC_TODAY (today), PUBREC_USER (who),\n"
               "NO_COLOR (no colour).\n");
}

int cmd_run(struct ctx *c, int argc, char **argv)
{
  const struct cmd_spec *s = cmd_find(argv[0]);
  if (s) {
    opt_set_readonly((s->flags & CMD_READONLY) != 0);
    return s->fn(c, argc, argv);
  }
  struct suggest sg;
  suggest_init(&sg, argv[0]);
  for (const struct cmd_spec *t = cmd_table; t->name; t++)
    if (!(t->flags & CMD_HIDDEN))
      suggest_try(&sg, t->name);
  const char *best = suggest_best(&sg);
  int rc = best
               ? usage_error("unknown command '%s' (did you mean 'pubrec %s'? see 'pubrec --help')",
                             argv[0], best)
               : usage_error("unknown command '%s' (see 'pubrec --help')", argv[0]);
  suggest_release(&sg);
  return rc;
}
