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
#include "matter.h"
#include "schedule.h"
#include "text.h"
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

static const struct opt_spec set_opts[] = {
    {"name", 0, OPT_VALUE, "NAME", "the agency's name"},
    {"jurisdiction", 'j', OPT_VALUE, "J", "jurisdiction ('' clears it)"},
    {"calendar", 0, OPT_VALUE, "CAL", "holiday calendar ('' for the default, us-federal)"},
    {"cutoff", 0, OPT_VALUE, "HH:MM|none", "receipt cutoff time, or none"},
    {"contact", 0, OPT_VALUE, "TEXT", "contact details ('' clears them)"},
    {"note", 'n', OPT_VALUE, "TEXT", "why, for the agency's history"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help set_help = {
    "pubrec agency set CODE [--name N] [--calendar C] [--cutoff HH:MM|none] [--jurisdiction J]\n"
    "           [--contact T] [--note WHY]",
    "Change an agency. Each changed field is kept in the agency's history (see\n"
    "'pubrec agency show'). A new calendar or cutoff recomputes, in the same\n"
    "transaction, the deadlines of every matter the agency must answer whose clock\n"
    "is still running (each move in that matter's history), and says how many\n"
    "moved.",
    set_opts,
    "  pubrec agency set DENVER --cutoff 16:30 --note \"posted office hours\"\n"
    "  pubrec agency set DENVER --calendar us-co\n"};

static const struct opt_spec no_opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct opt_spec list_opts[] = {
    {"people", 0, OPT_FLAG, NULL, "list the requesters who are people instead"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help list_help = {
    "pubrec agency list [--people]",
    "List every agency. Requesters who are people (add request --requester) are\n"
    "listed apart: 'pubrec agency list --people' or 'pubrec people'.",
    list_opts, NULL};
static const struct cmd_help people_help = {
    "pubrec people",
    "List the requesters who are people ('pubrec add request --requester NAME\n"
    "[--email ADDR]'), with their codes and addresses.",
    no_opts, NULL};
static const struct cmd_help show_help = {"pubrec agency show CODE", "Show one agency.", no_opts,
                                          NULL};
static const struct cmd_help help = {
    "pubrec agency add|list|show|set ...",
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
  struct agency *a = arg;
  char *rule = NULL, *calendar = NULL;
  if (!a->calendar && a->jurisdiction) {
    /* The jurisdiction selects the calendar its working days follow. */
    if (schedule_jurisdiction(&c->st, a->jurisdiction, &rule, &calendar) != 0)
      return -1;
    free(rule);
    a->calendar = calendar; /* freed by the caller */
  }
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
  if (text_blank(a.name)) {
    rc = usage_error("the agency name must not be empty");
    goto done;
  }
  if (a.cutoff && dl_parse_hhmm(a.cutoff, &minutes) != 0) {
    rc = usage_error("invalid time '%s' for --cutoff (want HH:MM, e.g. 17:00)", a.cutoff);
    goto done;
  }
  const char *given_calendar = a.calendar;
  rc = ctx_open(c);
  if (rc == 0)
    rc = ctx_write(c, do_add, &a);
  if (a.calendar != given_calendar)
    free(a.calendar);
  if (rc != 0)
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

/* People: code, email, name. */
static int people_print(struct ctx *c, struct agency *a, size_t n)
{
  if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++)
      jv_append(arr, view_agency(&a[i]));
    int rc = jv_print(stdout, arr);
    jv_free(arr);
    return rc;
  }
  if (n == 0) {
    printf("no requesters who are people (add one with 'pubrec add request --requester NAME')\n");
    return 0;
  }
  printf("%-16s %-28s %s\n", "CODE", "EMAIL", "NAME");
  for (size_t i = 0; i < n; i++)
    printf("%-16s %-28s %s\n", a[i].code, a[i].email ? a[i].email : "-", a[i].name);
  return 0;
}

int cmd_people(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &people_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct agency *a = NULL;
  size_t n = 0;
  if (p.npos)
    rc = usage_error("'people' takes no arguments");
  else if ((rc = ctx_open(c)) == 0 && (rc = store_party_list(&c->st, "person", &a, &n)) == 0)
    rc = people_print(c, a, n);
  store_agencies_free(a, n);
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
  int people = opt_has(&p, "people");
  if (p.npos) {
    rc = usage_error("'agency list' takes no arguments");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 ||
      (rc = store_party_list(&c->st, people ? "person" : "agency", &a, &n)) != 0)
    goto done;
  if (people) {
    rc = people_print(c, a, n);
  } else if (c->json) {
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
      text_clean_agency(&a[i]);
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
  struct event_row *e = NULL;
  size_t ne = 0;
  if ((rc = store_agency_events(&c->st, a.id, &e, &ne)) != 0) {
    agency_release(&a);
    goto done;
  }
  if (c->json) {
    struct jv *o = view_agency(&a), *h = jv_array();
    for (size_t i = 0; i < ne; i++) {
      struct jv *x = jv_object();
      jv_set_str(x, "at", e[i].at);
      jv_set_str(x, "field", e[i].field);
      jv_set_str(x, "from", e[i].old_value);
      jv_set_str(x, "to", e[i].new_value);
      jv_set_str(x, "note", e[i].note);
      jv_set_str(x, "by", e[i].by);
      jv_append(h, x);
    }
    jv_set(o, "history", h);
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    text_clean_agency(&a);
    if (a.kind && strcmp(a.kind, "person") == 0)
      printf("code:         %s\nname:         %s\nkind:         a requester who is a person\n"
             "email:        %s\nadded:        %s\n",
             a.code, a.name, a.email ? a.email : "-", a.created_at);
    else
      printf("code:         %s\nname:         %s\njurisdiction: %s\ncalendar:     %s\n"
             "cutoff:       %s\ncontact:      %s\nadded:        %s\n",
             a.code, a.name, a.jurisdiction ? a.jurisdiction : "-",
             a.calendar ? a.calendar : "us-federal (default)", a.cutoff ? a.cutoff : "-",
             a.contact ? a.contact : "-", a.created_at);
    if (ne)
      printf("\nhistory:\n");
    for (size_t i = 0; i < ne; i++)
      printf("  %s  %s %s -> %s%s%s%s  (by %s)\n", e[i].at, tx(e[i].field),
             e[i].old_value ? tx(e[i].old_value) : "(none)",
             e[i].new_value ? tx(e[i].new_value) : "(none)", e[i].note ? "  \"" : "",
             e[i].note ? tx(e[i].note) : "", e[i].note ? "\"" : "", tx(e[i].by));
  }
  store_events_free(e, ne);
  agency_release(&a);
done:
  opt_release(&p);
  return rc;
}

struct set_args {
  const char *code, *note;
  const char *values[5]; /* name, jurisdiction, calendar, cutoff, contact; NULL: unchanged */
  int moved, changed;
  int recompute; /* calendar or cutoff changed */
};

static char **agency_slot(struct agency *a, int i)
{
  char **slots[] = {&a->name, &a->jurisdiction, &a->calendar, &a->cutoff, &a->contact};
  return slots[i];
}

static const char *const set_fields[] = {"name", "jurisdiction", "calendar", "cutoff", "contact"};

static int do_set(struct ctx *c, void *arg)
{
  struct set_args *s = arg;
  struct agency a;
  int rc = store_agency_get(&c->st, s->code, &a);
  if (rc > 0)
    return error("unknown agency '%s' (see 'pubrec agency list')", s->code);
  if (rc < 0)
    return -1;
  const char *cal = s->values[2];
  if (cal && *cal && (rc = store_calendar_exists(&c->st, cal)) != 1) {
    agency_release(&a);
    return rc < 0 ? -1 : error("unknown calendar '%s' (see 'pubrec calendar list')", cal);
  }
  rc = 0; /* store_calendar_exists left 1: the calendar is there */
  char *olds[5];
  for (int i = 0; i < 5; i++) {
    char **slot = agency_slot(&a, i);
    olds[i] = *slot;
    const char *v = s->values[i];
    if (!v)
      continue;
    const char *nv = *v && !(i == 3 && strcmp(v, "none") == 0) ? v : NULL;
    if ((olds[i] == NULL && nv == NULL) || (olds[i] && nv && strcmp(olds[i], nv) == 0))
      continue;
    if (store_agency_event_add(&c->st, a.id, set_fields[i], olds[i], nv, s->note) != 0) {
      rc = -1;
      break;
    }
    *slot = (char *)nv;
    s->changed++;
    if (i == 2 || i == 3)
      s->recompute = 1;
  }
  if (rc == 0 && s->changed == 0)
    rc = error("nothing to change: agency %s already has those values", a.code);
  if (rc == 0)
    rc = store_agency_update(&c->st, &a);
  if (rc == 0 && s->recompute) {
    struct life l;
    life_init(&l, &c->st, c->today);
    char *reason =
        xasprintf("agency %s changed%s%s", a.code, s->note ? ": " : "", s->note ? s->note : "");
    rc = matter_recompute_agency(&l, a.id, reason, &s->moved);
    free(reason);
    life_release(&l);
  }
  for (int i = 0; i < 5; i++)
    *agency_slot(&a, i) = olds[i];
  agency_release(&a);
  return rc;
}

static int agency_set(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &set_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct set_args s;
  memset(&s, 0, sizeof s);
  if (p.npos != 1) {
    rc = usage_error("'agency set' needs one CODE (see 'pubrec agency set --help')");
    goto done;
  }
  s.code = p.pos[0];
  s.note = opt_get(&p, "note");
  int any = 0, minutes;
  for (int i = 0; i < 5; i++) {
    s.values[i] = opt_get(&p, set_fields[i]);
    any |= s.values[i] != NULL;
  }
  if (!any) {
    rc = usage_error("'agency set' needs something to change (see 'pubrec agency set --help')");
    goto done;
  }
  if (s.values[0] && !*s.values[0]) {
    rc = usage_error("the agency name must not be empty");
    goto done;
  }
  const char *cutoff = s.values[3];
  if (cutoff && strcmp(cutoff, "none") != 0 && dl_parse_hhmm(cutoff, &minutes) != 0) {
    rc = usage_error("invalid time '%s' for --cutoff (want HH:MM, e.g. 17:00, or none)", cutoff);
    goto done;
  }
  if ((rc = ctx_settle(c)) != 0 || (rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_set, &s)) != 0)
    goto done;
  if (c->json) {
    struct jv *o = jv_object();
    jv_set_str(o, "changed", "agency");
    jv_set_str(o, "code", s.code);
    jv_set(o, "recomputed", s.recompute ? jv_int(s.moved) : jv_null());
    rc = jv_print(stdout, o);
    jv_free(o);
  } else {
    printf("agency %s: %d field%s changed", s.code, s.changed, s.changed == 1 ? "" : "s");
    if (s.recompute)
      printf("; %d open matter%s recomputed", s.moved, s.moved == 1 ? "" : "s");
    printf("\n");
  }
done:
  opt_release(&p);
  return rc;
}

int cmd_agency(struct ctx *c, int argc, char **argv)
{
  if (argc < 2) {
    return usage_error("'agency' needs a subcommand: add, list, show or set (see 'pubrec agency "
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
  if (strcmp(argv[1], "set") == 0)
    return agency_set(c, argc - 1, argv + 1);
  return usage_error("unknown subcommand 'agency %s' (want add, list, show or set)", argv[1]);
}
