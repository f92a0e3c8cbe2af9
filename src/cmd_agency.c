/*
** cmd_agency.c — pubrec agency add|list|show.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "hint.h"
#include "config.h"
#include "deadline.h"
#include "json.h"
#include "util.h"
#include "view.h"

static const struct opt_spec add_opts[] = {
    {"jurisdiction", 'j', OPT_VALUE, "J", "jurisdiction, e.g. us, us-co, us-co-denver"},
    {"calendar", 0, OPT_VALUE, "CAL",
     "holiday calendar its working days follow (default: the config file's calendar, else "
     "us-federal)"},
    {"cutoff", 0, OPT_VALUE, "HH:MM",
     "receipt at or after this local time counts the next working day"},
    {"contact", 0, OPT_VALUE, "TEXT", "contact details"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help add_help = {
    "pubrec agency add CODE NAME [options]",
    "Add an agency (or a person or newsroom, modelled as an agency). CODE is a\n"
    "short unique code such as ICE or DENVER.",
    add_opts,
    "  pubrec agency add ICE \"U.S. Immigration and Customs Enforcement\" --jurisdiction us\n"
    "  pubrec agency add DENVER \"City and County of Denver\" -j us-co-denver --calendar us-co\n"};

static const struct opt_spec no_opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct cmd_help list_help = {"pubrec agency list", "List every agency.", no_opts,
                                          NULL};
static const struct cmd_help show_help = {"pubrec agency show CODE", "Show one agency.", no_opts,
                                          NULL};
static const struct cmd_help help = {
    "pubrec agency add|list|show ...",
    "Manage agencies: the parties that send and receive requests and subpoenas.\n"
    "Run 'pubrec agency add --help' for the options of add.",
    no_opts, NULL};

static int valid_code(const char *code)
{
  size_t n = strlen(code);
  if (n == 0 || n > 32)
    return 0;
  for (const char *p = code; *p; p++)
    if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
          *p == '-' || *p == '_' || *p == '.'))
      return 0;
  return 1;
}

static int do_add(struct ctx *c, void *arg)
{
  const struct agency *a = arg;
  if (a->calendar) {
    int ok = store_calendar_exists(&c->st, a->calendar);
    if (ok < 0)
      return -1;
    if (!ok)
      return error("unknown calendar '%s'%s (see 'pubrec calendar list')", a->calendar,
                   hint_calendar(&c->st, a->calendar));
  }
  /* Codes match without regard to case, so two may not differ only in case. */
  struct agency old;
  int rc = store_agency_get(&c->st, a->code, &old);
  if (rc < 0)
    return -1;
  if (rc == 0) {
    rc = error("agency '%s' already exists%s%s%s (see 'pubrec agency show %s')", a->code,
               strcmp(old.code, a->code) ? " as '" : "", strcmp(old.code, a->code) ? old.code : "",
               strcmp(old.code, a->code) ? "'" : "", old.code);
    agency_release(&old);
    return rc;
  }
  return store_agency_add(&c->st, a);
}

static int agency_add(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &add_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct agency a;
  memset(&a, 0, sizeof a);
  if (p.npos != 2) {
    rc = usage_error("'agency add' needs CODE and NAME (see 'pubrec agency add --help')");
    goto done;
  }
  a.code = (char *)p.pos[0];
  a.name = (char *)p.pos[1];
  a.jurisdiction = (char *)opt_get(&p, "jurisdiction");
  a.calendar = (char *)opt_get(&p, "calendar");
  if (!a.calendar)
    a.calendar = (char *)config_get("calendar");
  a.cutoff = (char *)opt_get(&p, "cutoff");
  a.contact = (char *)opt_get(&p, "contact");
  int minutes;
  if (!valid_code(a.code)) {
    rc = usage_error("invalid agency code '%s': use 1-32 letters, digits, '-', '_' or '.'", a.code);
    goto done;
  }
  if (!*a.name) {
    rc = usage_error("the agency name must not be empty");
    goto done;
  }
  if (a.cutoff && dl_parse_hhmm(a.cutoff, &minutes) != 0) {
    rc = usage_error("invalid time '%s' for --cutoff (want HH:MM, e.g. 17:00)", a.cutoff);
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_add, &a)) != 0)
    goto done;
  if (c->json) {
    struct agency got;
    if ((rc = store_agency_get(&c->st, a.code, &got)) == 0) {
      struct jv *o = view_agency(&got);
      rc = jv_print(stdout, o);
      jv_free(o);
      agency_release(&got);
    }
  } else {
    printf("added agency %s: %s\n", a.code, a.name);
  }
done:
  opt_release(&p);
  return rc;
}

static int agency_list(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &list_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct agency *a = NULL;
  size_t n = 0;
  if (p.npos) {
    rc = usage_error("'agency list' takes no arguments");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = store_agency_list(&c->st, &a, &n)) != 0)
    goto done;
  if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++)
      jv_append(arr, view_agency(&a[i]));
    rc = jv_print(stdout, arr);
    jv_free(arr);
  } else if (n == 0) {
    printf("no agencies (add one with 'pubrec agency add CODE NAME')\n");
  } else {
    printf("%-12s %-14s %-16s %s\n", "CODE", "JURISDICTION", "CALENDAR", "NAME");
    for (size_t i = 0; i < n; i++)
      printf("%-12s %-14s %-16s %s\n", a[i].code, a[i].jurisdiction ? a[i].jurisdiction : "-",
             a[i].calendar ? a[i].calendar : "-", a[i].name);
  }
done:
  store_agencies_free(a, n);
  opt_release(&p);
  return rc;
}

static int agency_show(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &show_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  if (p.npos != 1) {
    rc = usage_error("'agency show' needs one CODE");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0)
    goto done;
  struct agency a;
  rc = store_agency_get(&c->st, p.pos[0], &a);
  if (rc > 0) {
    rc = error("unknown agency '%s'%s (see 'pubrec agency list')", p.pos[0],
               hint_agency(&c->st, p.pos[0]));
    goto done;
  }
  if (rc < 0)
    goto done;
  if (c->json) {
    struct jv *o = view_agency(&a);
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    printf("code:         %s\nname:         %s\njurisdiction: %s\ncalendar:     %s\n"
           "cutoff:       %s\ncontact:      %s\nadded:        %s\n",
           a.code, a.name, a.jurisdiction ? a.jurisdiction : "-",
           a.calendar ? a.calendar : "us-federal (default)", a.cutoff ? a.cutoff : "-",
           a.contact ? a.contact : "-", a.created_at);
  }
  agency_release(&a);
done:
  opt_release(&p);
  return rc;
}

int cmd_agency(struct ctx *c, int argc, char **argv)
{
  if (argc < 2) {
    return usage_error("'agency' needs a subcommand: add, list or show (see 'pubrec agency "
                       "--help')");
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    opt_print_help(&help);
    return 0;
  }
  if (strcmp(argv[1], "add") == 0)
    return agency_add(c, argc - 1, argv + 1);
  if (strcmp(argv[1], "list") == 0)
    return agency_list(c, argc - 1, argv + 1);
  if (strcmp(argv[1], "show") == 0)
    return agency_show(c, argc - 1, argv + 1);
  return usage_error("unknown subcommand 'agency %s' (want add, list or show)", argv[1]);
}
