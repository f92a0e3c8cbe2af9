/*
** cmd_calendar.c — rules and calendars as data: pubrec rules, rule add,
** calendar list|add|holiday add, closure add. A change that can move
** deadlines recomputes the open matters it can move (matter_recompute, the lifecycle layer)
** in the same transaction, each move written to its history with the reason.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "hint.h"
#include "deadline.h"
#include "json.h"
#include "matter.h"
#include "rulecheck.h"
#include "schedule.h"
#include "text.h"
#include "util.h"
#include "view.h"

static const struct opt_spec no_opts[] = {{NULL, 0, 0, NULL, NULL}};

/* Confirm a change: a sentence, or with --json {"what", "code", "recomputed"}. */
static int confirm(struct ctx *c, const char *what, const char *code, int moved, const char *fmt,
                   ...) __attribute__((format(printf, 5, 6)));
static int confirm(struct ctx *c, const char *what, const char *code, int moved, const char *fmt,
                   ...)
{
  if (c->json) {
    struct jv *o = jv_object();
    jv_set_str(o, "changed", what);
    jv_set_str(o, "code", code);
    jv_set(o, "recomputed", moved >= 0 ? jv_int(moved) : jv_null());
    int rc = jv_print(stdout, o);
    jv_free(o);
    return rc;
  }
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  return 0;
}

/* ---- rules ------------------------------------------------------------ */

static const struct opt_spec rules_opts[] = {
    {"jurisdiction", 'j', OPT_VALUE, "J",
     "only the rules that apply in J (its own and its parents', e.g. us-tx)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help rules_help = {
    "pubrec rules [--jurisdiction J] [show CODE]",
    "List the deadline rules (built-in ones cite their statute and where it was read;\n"
    "'unverified' marks a rule that only one source supports, or whose sources\n"
    "disagree), or show one with its versions: the version in force on a matter's\n"
    "trigger date governs.",
    rules_opts,
    "  pubrec rules\n  pubrec rules --jurisdiction us-tx\n  pubrec rules show ky-ora\n"};

static void print_ext(int ext_days, int max_ext, const char *ext_unit)
{
  if (max_ext == 0 && ext_days <= 0)
    return;
  if (ext_days > 0)
    printf("%-13s up to %d more%s%s (%d extension%s)\n", "extension:", ext_days,
           ext_unit ? " " : "", ext_unit ? ext_unit : "", max_ext, max_ext == 1 ? "" : "s");
  else
    printf("%-13s no statutory cap (%d extension%s; give --days)\n", "extension:", max_ext,
           max_ext == 1 ? "" : "s");
}

static void print_period(const char *unit, int count)
{
  if (strcmp(unit, "none") == 0)
    printf("%-13s no computed date (the law says \"promptly\" or sets no fixed period)\n",
           "period:");
  else if (count < 0)
    printf("%-13s as the document states (--days N), in %s days\n", "period:", unit);
  else
    printf("%-13s %d %s%s\n", "period:", count, unit, strcmp(unit, "months") == 0 ? "" : " days");
}

static void print_rule(const struct rule_row *r)
{
  printf("%-13s %s\n", "code:", tx(r->code));
  printf("%-13s %s\n", "name:", tx(r->name));
  if (r->jurisdiction)
    printf("%-13s %s\n", "jurisdiction:", tx(r->jurisdiction));
  print_period(r->unit, r->count);
  if (r->max_ext <= 0)
    printf("%-13s none\n", "extension:");
  else if (r->ext_days >= 0)
    printf("%-13s up to %d more %s days (%d extension%s)\n", "extension:", r->ext_days,
           rule_ext_unit(r), r->max_ext, r->max_ext == 1 ? "" : "s");
  else
    printf("%-13s %s days, no statutory cap: give --days (%d extension%s)\n",
           "extension:", rule_ext_unit(r), r->max_ext, r->max_ext == 1 ? "" : "s");
  printf("%-13s %s\n",
         "calendar:", r->calendar ? tx(r->calendar) : "the agency's (else us-federal)");
  printf("%-13s %s\n", "roll:", tx(r->roll));
  if (r->cutoff)
    printf("%-13s %s\n", "cutoff:", tx(r->cutoff));
  if (r->routing_days)
    printf("%-13s %d working day%s after first receipt at most\n", "routing:", r->routing_days,
           r->routing_days == 1 ? "" : "s");
  if (r->earlier_of)
    printf("%-13s the earlier of this and the compliance time\n", "limit:");
  printf("%-13s %s\n", "citation:", tx(r->citation));
  printf("%-13s %s\n",
         "source:", r->source ? tx(r->source) : "(a user's rule: not checked by pubrec)");
  printf("%-13s %s\n", "status:", r->status ? r->status : "unverified");
  if (r->note)
    printf("%-13s %s\n", "note:", tx(r->note));
}

static void print_versions(const struct rule_version_row *v, size_t n)
{
  printf("\nversions (the one in force on the trigger date governs):\n");
  for (size_t i = 0; i < n; i++) {
    printf("\n%-13s %s\n", "from:",
           strcmp(v[i].effective_from, "1000-01-01") == 0 ? "(before any recorded change)"
                                                          : v[i].effective_from);
    print_period(v[i].unit, v[i].count);
    print_ext(v[i].ext_days < 0 ? 0 : v[i].ext_days, v[i].max_ext, v[i].ext_unit);
    printf("%-13s %s\n", "citation:", v[i].citation);
    printf("%-13s %s\n", "source:", v[i].source);
    printf("%-13s %s\n", "status:", v[i].status);
    if (v[i].note && i + 1 < n)
      printf("%-13s %s\n", "note:", v[i].note);
  }
}

static struct jv *view_version(const struct rule_version_row *v)
{
  struct jv *o = jv_object();
  jv_set_str(o, "effective_from", v->effective_from);
  jv_set_str(o, "unit", v->unit);
  jv_set(o, "days", v->count >= 0 ? jv_int(v->count) : jv_null());
  jv_set_str(o, "extension_unit", v->ext_unit);
  jv_set(o, "extension_days", v->ext_days >= 0 ? jv_int(v->ext_days) : jv_null());
  jv_set_int(o, "max_extensions", v->max_ext);
  jv_set_str(o, "roll", v->roll);
  jv_set_str(o, "citation", v->citation);
  jv_set_str(o, "source", v->source);
  jv_set_str(o, "status", v->status);
  jv_set_str(o, "note", v->note);
  return o;
}

static int rule_show(struct ctx *c, const char *code)
{
  struct rule_row one;
  struct rule_version_row *v = NULL;
  size_t nv = 0;
  int rc = store_rule_get(&c->st, code, &one);
  if (rc > 0)
    return error("unknown rule '%s'%s (see 'pubrec rules')", code, hint_rule(&c->st, code));
  if (rc < 0)
    return rc;
  if ((rc = store_rule_versions(&c->st, code, &v, &nv)) == 0) {
    if (c->json) {
      struct jv *o = view_rule(&one);
      struct jv *arr = jv_array();
      for (size_t i = 0; i < nv; i++)
        jv_append(arr, view_version(&v[i]));
      jv_set(o, "versions", arr);
      rc = jv_print(stdout, o);
      jv_free(o);
    } else {
      print_rule(&one);
      if (nv)
        print_versions(v, nv);
    }
  }
  store_rule_versions_free(v, nv);
  rule_row_release(&one);
  return rc;
}

int cmd_rules(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &rules_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct rule_row *r = NULL;
  size_t n = 0;
  const char *jur = opt_get(&p, "jurisdiction");
  if (p.npos == 2 && strcmp(p.pos[0], "show") == 0) {
    if ((rc = ctx_open(c)) == 0)
      rc = rule_show(c, p.pos[1]);
    goto done;
  }
  if (p.npos) {
    rc = usage_error("usage: pubrec rules [--jurisdiction J] [show CODE]");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0)
    goto done;
  if (jur) {
    struct jurisdiction_row j;
    int found = store_jurisdiction_get(&c->st, jur, &j);
    if (found == 0)
      jurisdiction_row_release(&j);
    if (found < 0 || (rc = store_rule_list_jurisdiction(&c->st, jur, &r, &n)) != 0) {
      rc = -1;
      goto done;
    }
    if (found > 0 && n == 0) {
      rc = error("unknown jurisdiction '%s' (see 'pubrec jurisdictions')", jur);
      goto done;
    }
  } else if ((rc = store_rule_list(&c->st, &r, &n)) != 0) {
    goto done;
  }
  if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++)
      jv_append(arr, view_rule(&r[i]));
    rc = jv_print(stdout, arr);
    jv_free(arr);
  } else {
    printf("%-24s %-9s %-6s %-4s %-14s %-10s %s\n", "CODE", "UNIT", "DAYS", "EXT", "CALENDAR",
           "STATUS", "CITATION");
    for (size_t i = 0; i < n; i++) {
      char days[16];
      if (strcmp(r[i].unit, "none") == 0)
        snprintf(days, sizeof days, "-");
      else if (r[i].count < 0)
        snprintf(days, sizeof days, "stated");
      else
        snprintf(days, sizeof days, "%d", r[i].count);
      char ext[16];
      if (r[i].max_ext <= 0)
        snprintf(ext, sizeof ext, "-");
      else if (r[i].ext_days < 0)
        snprintf(ext, sizeof ext, "any");
      else
        snprintf(ext, sizeof ext, "%d", r[i].ext_days);
      printf("%-24s %-9s %-6s %-4s %-14s %-10s %s\n", tx(r[i].code), tx(r[i].unit), days, ext,
             r[i].calendar ? tx(r[i].calendar) : "agency's",
             rule_status_unverified(&r[i]) ? "unverified" : "verified", tx(r[i].citation));
    }
  }
done:
  store_rules_free(r, n);
  opt_release(&p);
  return rc;
}

/* ---- jurisdictions ---------------------------------------------------- */

static const struct cmd_help jurisdictions_help = {
    "pubrec jurisdictions",
    "List the jurisdictions (us, us-tx, ...) with the default rule for a request to an\n"
    "agency in each and the holiday calendar it counts on.",
    no_opts, "  pubrec jurisdictions\n  pubrec --json jurisdictions\n"};

int cmd_jurisdictions(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &jurisdictions_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct jurisdiction_row *j = NULL;
  size_t n = 0;
  if (p.npos) {
    rc = usage_error("usage: pubrec jurisdictions");
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = store_jurisdiction_list(&c->st, &j, &n)) != 0)
    goto done;
  if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++) {
      struct jv *o = jv_object();
      jv_set_str(o, "code", j[i].code);
      jv_set_str(o, "name", j[i].name);
      jv_set_str(o, "rule", j[i].rule);
      jv_set_str(o, "calendar", j[i].calendar);
      jv_set_bool(o, "builtin", j[i].builtin);
      jv_append(arr, o);
    }
    rc = jv_print(stdout, arr);
    jv_free(arr);
  } else {
    printf("%-8s %-24s %-24s %s\n", "CODE", "NAME", "RULE", "CALENDAR");
    for (size_t i = 0; i < n; i++)
      printf("%-8s %-24s %-24s %s\n", j[i].code, j[i].name, j[i].rule ? j[i].rule : "-",
             j[i].calendar ? j[i].calendar : "-");
  }
done:
  store_jurisdictions_free(j, n);
  opt_release(&p);
  return rc;
}

static const struct opt_spec rule_opts[] = {
    {"name", 0, OPT_VALUE, "TEXT", "what the rule is"},
    {"unit", 0, OPT_VALUE, "U", "working, calendar, months, or none (no computed date)"},
    {"days", 0, OPT_VALUE, "N", "the period (leave out: the document states it)"},
    {"extension", 0, OPT_VALUE, "N",
     "extension days allowed in all, or 'any' when the law sets no cap (default: none)"},
    {"extension-unit", 0, OPT_VALUE, "U",
     "working or calendar: the unit of extension days (default: the rule's)"},
    {"max-extensions", 0, OPT_VALUE, "N", "how many extensions (default 1 when --extension)"},
    {"calendar", 0, OPT_VALUE, "CAL", "holiday calendar (default: the agency's)"},
    {"roll", 0, OPT_VALUE, "R", "forward or none (default none)"},
    {"cutoff", 0, OPT_VALUE, "HH:MM", "receipt at or after this time starts the next working day"},
    {"jurisdiction", 0, OPT_VALUE, "J", "e.g. us-wa"},
    {"citation", 0, OPT_VALUE, "TEXT", "the statute or regulation (required)"},
    {"note", 0, OPT_VALUE, "TEXT", "anything a user should know"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help rule_help = {
    "pubrec rule add CODE --name TEXT --unit U [--days N] --citation TEXT [options]",
    "Add a deadline rule. Every rule cites the law it comes from.", rule_opts,
    "  pubrec rule add wa-pra --name \"Washington PRA\" --unit working --days 5 \\\n"
    "         --calendar us-federal --citation \"RCW 42.56.520\"\n"};

static int do_rule_add(struct ctx *c, void *arg)
{
  const struct rule_row *r = arg;
  if (r->calendar) {
    int ok = store_calendar_exists(&c->st, r->calendar);
    if (ok <= 0)
      return ok < 0 ? -1 : error("unknown calendar '%s' (see 'pubrec calendar list')", r->calendar);
  }
  return store_rule_add(&c->st, r);
}

static const struct cmd_help rule_set_help = {
    "pubrec rule set CODE [--days N] [--extension N] [--calendar CAL] [--roll R] ...",
    "Change a deadline rule (the law changed, or a custodian's practice). Every open\n"
    "matter that follows it is recomputed in the same transaction; each moved\n"
    "deadline is written to its history with the reason. Closed matters keep theirs.",
    rule_opts,
    "  pubrec rule set co-cora --days 5 --extension 10 --citation \"C.R.S. 24-72-203(3)(b) as "
    "amended\"\n"};

/* Validate the options of rule add/set into r (fields not given keep r's values). */
static int rule_from_opts(struct rule_row *r, const struct opt_parsed *p)
{
  int minutes;
  const char *v;
  if ((v = opt_get(p, "name")))
    r->name = (char *)v;
  if ((v = opt_get(p, "unit")))
    r->unit = (char *)v;
  if ((v = opt_get(p, "citation")))
    r->citation = (char *)v;
  if ((v = opt_get(p, "calendar")))
    r->calendar = (char *)v;
  if ((v = opt_get(p, "cutoff")))
    r->cutoff = (char *)v;
  if ((v = opt_get(p, "jurisdiction")))
    r->jurisdiction = (char *)v;
  if ((v = opt_get(p, "note")))
    r->note = (char *)v;
  if ((v = opt_get(p, "roll")))
    r->roll = (char *)v;
  if (!r->roll)
    r->roll = "none";
  if (!r->name || !r->unit || !r->citation)
    return usage_error("a rule needs --name, --unit and --citation");
  if (text_blank(r->name))
    return usage_error("empty --name: a rule needs a name");
  if (text_blank(r->citation))
    return usage_error("empty --citation: a rule needs the law it follows");
  if (strcmp(r->unit, "working") && strcmp(r->unit, "calendar") && strcmp(r->unit, "months") &&
      strcmp(r->unit, "none"))
    return usage_error("invalid --unit '%s' (want working, calendar, months or none)", r->unit);
  if (strcmp(r->roll, "forward") && strcmp(r->roll, "none"))
    return usage_error("invalid --roll '%s' (want forward or none)", r->roll);
  if (r->cutoff && dl_parse_hhmm(r->cutoff, &minutes) != 0)
    return usage_error("invalid time '%s' for --cutoff (want HH:MM)", r->cutoff);
  int rc;
  if ((rc = opt_int(p, "days", 0, 100000, r->count, &r->count)) != 0)
    return rc;
  if ((v = opt_get(p, "extension")) && strcmp(v, "any") == 0)
    r->ext_days = -1; /* no statutory cap */
  else if ((rc = opt_int(p, "extension", 0, 100000, r->ext_days, &r->ext_days)) != 0)
    return rc;
  if ((v = opt_get(p, "extension-unit"))) {
    if (strcmp(v, "working") && strcmp(v, "calendar"))
      return usage_error("invalid --extension-unit '%s' (want working or calendar)", v);
    r->ext_unit = strcmp(v, "calendar") == 0 ? RULE_EXT_CALENDAR : RULE_EXT_WORKING;
  } else if (opt_get(p, "unit")) {
    r->ext_unit = strcmp(r->unit, "working") == 0 ? RULE_EXT_WORKING : RULE_EXT_CALENDAR;
  }
  int dflt_max = opt_has(p, "extension") && r->ext_days != 0 && !r->max_ext ? 1 : r->max_ext;
  return opt_int(p, "max-extensions", 0, 100, dflt_max, &r->max_ext);
}

struct rule_set_args {
  const struct opt_parsed *p;
  const char *code;
  const char *on;
  int moved;
};

static int do_rule_set(struct ctx *c, void *arg)
{
  struct rule_set_args *a = arg;
  struct rule_row stored;
  int rc = store_rule_get(&c->st, a->code, &stored);
  if (rc != 0)
    return rc > 0 ? error("unknown rule '%s'%s (see 'pubrec rules')", a->code,
                          hint_rule(&c->st, a->code))
                  : -1;
  struct rule_row r = stored; /* borrowed strings; options override */
  rc = rule_from_opts(&r, a->p);
  if (rc == 0 && r.calendar) {
    int ok = store_calendar_exists(&c->st, r.calendar);
    if (ok <= 0)
      rc = ok < 0 ? -1 : error("unknown calendar '%s' (see 'pubrec calendar list')", r.calendar);
  }
  if (rc == 0)
    rc = store_rule_update(&c->st, &r);
  if (rc == 0) {
    struct life l;
    life_init(&l, &c->st, c->today);
    char *reason = xasprintf("rule %s changed", a->code);
    struct affected f = {.rule = a->code};
    rc = matter_recompute(&l, &f, a->on, reason, &a->moved);
    free(reason);
    life_release(&l);
  }
  rule_row_release(&stored);
  return rc;
}

static int rule_set(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &rule_set_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct rule_set_args a = {&p, NULL, NULL, 0};
  if (p.npos != 1) {
    rc = usage_error("'rule set' needs one CODE (see 'pubrec rule set --help')");
    goto done;
  }
  a.code = p.pos[0];
  if ((rc = ctx_open(c)) != 0)
    goto done;
  a.on = c->today;
  if ((rc = ctx_write(c, do_rule_set, &a)) != 0)
    goto done;
  rc = confirm(c, "rule", a.code, a.moved,
               "changed rule %s; %d open matter%s recomputed with a new date\n", a.code, a.moved,
               a.moved == 1 ? "" : "s");
done:
  opt_release(&p);
  return rc;
}

int cmd_rule(struct ctx *c, int argc, char **argv)
{
  if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    if (argc < 2)
      return usage_error("'rule' needs a subcommand: add or set (see 'pubrec rule --help')");
    opt_print_help(&rule_help);
    printf("\n");
    opt_print_help(&rule_set_help);
    return 0;
  }
  if (strcmp(argv[1], "set") == 0)
    return rule_set(c, argc - 1, argv + 1);
  if (strcmp(argv[1], "add") != 0)
    return usage_error("unknown subcommand 'rule %s' (want add or set)", argv[1]);
  struct opt_parsed p;
  int rc = opt_parse(&p, argc - 1, argv + 1, &rule_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct rule_row r;
  memset(&r, 0, sizeof r);
  r.count = -1;
  if (p.npos != 1) {
    rc = usage_error("'rule add' needs one CODE");
    goto done;
  }
  r.code = (char *)p.pos[0];
  if (text_blank(r.code)) {
    rc = usage_error("empty rule CODE: give a short code such as co-cora");
    goto done;
  }
  if ((rc = rule_from_opts(&r, &p)) != 0)
    goto done;
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_rule_add, &r)) != 0)
    goto done;
  rc = confirm(c, "rule", r.code, -1, "added rule %s\n", r.code);
done:
  opt_release(&p);
  return rc;
}

/* ---- calendars -------------------------------------------------------- */

static const struct opt_spec cal_opts[] = {
    {"name", 0, OPT_VALUE, "TEXT", "calendar add: its name"},
    {"include", 0, OPT_MULTI, "CAL", "calendar add: include another calendar's days"},
    {"citation", 0, OPT_VALUE, "TEXT", "the law behind it"},
    {"date", 0, OPT_VALUE, "MM-DD", "holiday add: a fixed date"},
    {"nth", 0, OPT_VALUE, "N", "holiday add: the Nth weekday of --month (1-5)"},
    {"last", 0, OPT_FLAG, NULL, "holiday add: the last weekday of --month"},
    {"weekday", 0, OPT_VALUE, "DAY", "holiday add: mon, tue, wed, thu, fri, sat or sun"},
    {"month", 0, OPT_VALUE, "M", "holiday add: month 1-12 (with --nth or --last)"},
    {"easter", 0, OPT_FLAG, NULL, "holiday add: Easter Sunday (with --shift: Good Friday -2)"},
    {"shift", 0, OPT_VALUE, "DAYS",
     "holiday add: days after that date (-180..180; the day after Thanksgiving: +1)"},
    {"observe", 0, OPT_VALUE, "O",
     "none, sat-fri-sun-mon, sun-mon, sun-mon-sat-none or sat-mon-sun-mon"},
    {"from-year", 0, OPT_VALUE, "Y", "holiday add: first year in force"},
    {"to-year", 0, OPT_VALUE, "Y", "holiday add: last year in force"},
    {"every", 0, OPT_VALUE, "N", "holiday add: only every N years ..."},
    {"offset", 0, OPT_VALUE, "K", "... where year % N = K"},
    {"on", 0, OPT_VALUE, "DATE", "date recorded in the history of moved deadlines (default today)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help cal_help = {
    "pubrec calendar list\n"
    "       pubrec calendar add CODE --name TEXT [--include CAL]... [--citation TEXT]\n"
    "       pubrec calendar holiday add CAL NAME (--date MM-DD | --nth N --weekday DAY --month M "
    "|\n"
    "                                         --last --weekday DAY --month M | --easter)\n"
    "                                         [--shift DAYS] [--observe O] ...",
    "Holiday calendars are rules, not date lists: a fixed date with how a weekend\n"
    "date is observed, or the nth or last weekday of a month, or Easter Sunday,\n"
    "each moved by --shift days if given, with the years in force. Adding a\n"
    "holiday recomputes the open matters it moves.",
    cal_opts,
    "  pubrec calendar add us-wa-seattle --name \"City of Seattle\" --include us-wa\n"
    "  pubrec calendar holiday add us-co \"Cesar Chavez Day\" --date 03-31 --observe none \\\n"
    "         --from-year 2027 --citation \"local practice\"\n"
    "  pubrec calendar holiday add us-tx \"Day after Thanksgiving\" --nth 4 --weekday thu \\\n"
    "         --month 11 --shift 1 --citation \"Tex. Gov't Code 662.003(b)\"\n"
    "  pubrec calendar holiday add my-cal \"Good Friday\" --easter --shift -2\n"};

static int parse_weekday(const char *s)
{
  static const char *const names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  for (int i = 0; i < 7; i++)
    if (strncasecmp(s, names[i], 3) == 0)
      return i;
  return -1;
}

struct hol_args {
  const char *calendar;
  struct hol_rule rule;
  const char *citation;
  const char *on;
  int moved;
  /* calendar add */
  const char *code, *name;
  const char *const *includes;
};

static int do_holiday_add(struct ctx *c, void *arg)
{
  struct hol_args *a = arg;
  int ok = store_calendar_exists(&c->st, a->calendar);
  if (ok <= 0)
    return ok < 0 ? -1
                  : error("unknown calendar '%s'%s (see 'pubrec calendar list')", a->calendar,
                          hint_calendar(&c->st, a->calendar));
  if (store_holiday_add(&c->st, a->calendar, &a->rule, a->citation) != 0)
    return -1;
  struct life l;
  life_init(&l, &c->st, c->today);
  char *reason = xasprintf("holiday '%s' added to calendar %s", a->rule.name, a->calendar);
  struct affected f = {.calendar = a->calendar};
  int rc = matter_recompute(&l, &f, a->on, reason, &a->moved);
  free(reason);
  life_release(&l);
  return rc;
}

static int do_calendar_add(struct ctx *c, void *arg)
{
  struct hol_args *a = arg;
  return store_calendar_add(&c->st, a->code, a->name, a->citation, a->includes);
}

static int calendar_list(struct ctx *c)
{
  struct calendar_row *cals = NULL;
  size_t n = 0;
  int rc = store_calendar_list(&c->st, &cals, &n);
  if (rc != 0)
    return rc;
  if (c->json) {
    struct jv *arr = jv_array();
    for (size_t i = 0; i < n; i++) {
      struct jv *o = jv_object();
      jv_set_str(o, "code", cals[i].code);
      jv_set_str(o, "name", cals[i].name);
      jv_set_str(o, "citation", cals[i].citation);
      jv_set_str(o, "includes", cals[i].includes);
      jv_set_bool(o, "builtin", cals[i].builtin);
      jv_append(arr, o);
    }
    rc = jv_print(stdout, arr);
    jv_free(arr);
  } else {
    for (size_t i = 0; i < n; i++)
      printf("%-16s %s%s%s%s\n", tx(cals[i].code), tx(cals[i].name),
             cals[i].includes ? " (includes " : "", cals[i].includes ? tx(cals[i].includes) : "",
             cals[i].includes ? ")" : "");
  }
  store_calendars_free(cals, n);
  return rc;
}

int cmd_calendar(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &cal_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct hol_args a;
  memset(&a, 0, sizeof a);
  a.citation = opt_get(&p, "citation");
  if (p.npos == 1 && strcmp(p.pos[0], "list") == 0) {
    if ((rc = ctx_open(c)) == 0)
      rc = calendar_list(c);
    goto done;
  }
  if (p.npos == 2 && strcmp(p.pos[0], "add") == 0) {
    a.code = p.pos[1];
    a.name = opt_get(&p, "name");
    a.includes = opt_all(&p, "include", NULL);
    if (!a.name) {
      rc = usage_error("'calendar add' needs --name");
      goto done;
    }
    if (text_blank(a.code) || text_blank(a.name)) {
      rc = usage_error("empty calendar %s: give a code and a --name",
                       text_blank(a.code) ? "CODE" : "--name");
      goto done;
    }
    for (const char *const *inc = a.includes; inc && *inc; inc++)
      if (strcmp(*inc, a.code) == 0) {
        rc = usage_error("calendar '%s' cannot include itself", a.code);
        goto done;
      }
    if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_calendar_add, &a)) != 0)
      goto done;
    rc = confirm(c, "calendar", a.code, -1, "added calendar %s\n", a.code);
    goto done;
  }
  if (p.npos == 4 && strcmp(p.pos[0], "holiday") == 0 && strcmp(p.pos[1], "add") == 0) {
    struct hol_rule *r = &a.rule;
    a.calendar = p.pos[2];
    r->name = p.pos[3];
    if (text_blank(a.calendar) || text_blank(r->name)) {
      rc = usage_error("empty holiday %s: give the calendar and the holiday's name",
                       text_blank(a.calendar) ? "calendar" : "name");
      goto done;
    }
    int kinds =
        !!opt_get(&p, "date") + !!opt_get(&p, "nth") + opt_has(&p, "last") + opt_has(&p, "easter");
    if (kinds != 1) {
      rc = usage_error("give the holiday one way: --date MM-DD, --nth N, or --last (with "
                       "--weekday and --month), or --easter");
      goto done;
    }
    if (opt_has(&p, "easter")) {
      if (opt_get(&p, "month") || opt_get(&p, "weekday")) {
        rc = usage_error("--easter takes no --month or --weekday (use --shift DAYS)");
        goto done;
      }
      r->kind = HOL_EASTER;
    } else if (opt_get(&p, "date")) {
      int mm, dd;
      char extra;
      if (sscanf(opt_get(&p, "date"), "%2d-%2d%c", &mm, &dd, &extra) != 2 ||
          !dl_valid_civil(2000, mm, dd)) {
        rc = usage_error("invalid --date '%s' (want MM-DD)", opt_get(&p, "date"));
        goto done;
      }
      r->kind = HOL_FIXED;
      r->month = mm;
      r->day = dd;
    } else {
      r->kind = opt_has(&p, "last") ? HOL_LAST : HOL_NTH;
      if (!opt_get(&p, "weekday") || (r->weekday = parse_weekday(opt_get(&p, "weekday"))) < 0) {
        rc = usage_error("--nth and --last need --weekday mon..sun");
        goto done;
      }
      if (!opt_get(&p, "month")) {
        rc = usage_error("--nth and --last need --month 1-12");
        goto done;
      }
      if ((rc = opt_int(&p, "month", 1, 12, 1, &r->month)) != 0 ||
          (r->kind == HOL_NTH && (rc = opt_int(&p, "nth", 1, 5, 1, &r->nth)) != 0))
        goto done;
    }
    const char *obs = opt_get(&p, "observe") ? opt_get(&p, "observe") : "none";
    static const char *const observes[] = {"none", "sat-fri-sun-mon", "sun-mon", "sun-mon-sat-none",
                                           "sat-mon-sun-mon"};
    r->observe = -1;
    for (int i = 0; i < 5; i++)
      if (strcmp(obs, observes[i]) == 0)
        r->observe = i;
    if (r->observe < 0) {
      rc = usage_error("invalid --observe '%s' (want none, sat-fri-sun-mon, sun-mon, "
                       "sun-mon-sat-none or sat-mon-sun-mon)",
                       obs);
      goto done;
    }
    if ((rc = opt_int(&p, "from-year", 1900, 2199, 0, &r->first_year)) != 0 ||
        (rc = opt_int(&p, "to-year", 1900, 2199, 0, &r->last_year)) != 0 ||
        (rc = opt_int(&p, "every", 1, 100, 1, &r->every)) != 0 ||
        (rc = opt_int(&p, "offset", 0, 99, 0, &r->offset)) != 0 ||
        (rc = opt_int(&p, "shift", -HOL_MAX_SHIFT, HOL_MAX_SHIFT, 0, &r->shift)) != 0)
      goto done;
    if (r->first_year && r->last_year && r->first_year > r->last_year) {
      rc = usage_error("--from-year %d is after --to-year %d", r->first_year, r->last_year);
      goto done;
    }
    if ((rc = ctx_settle(c)) != 0)
      goto done;
    a.on = opt_get(&p, "on") ? opt_get(&p, "on") : c->today;
    dl_day d;
    if (dl_parse_date(a.on, &d) != 0) {
      rc = usage_error("invalid date '%s' for --on", a.on);
      goto done;
    }
    if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_holiday_add, &a)) != 0)
      goto done;
    rc = confirm(c, "holiday", a.calendar, a.moved,
                 "added holiday '%s' to %s; %d open matter%s recomputed with a new date\n", r->name,
                 a.calendar, a.moved, a.moved == 1 ? "" : "s");
    goto done;
  }
  rc = usage_error("usage: pubrec calendar list | add CODE --name TEXT | holiday add CAL NAME ... "
                   "(see 'pubrec calendar --help')");
done:
  opt_release(&p);
  return rc;
}

/* ---- closures --------------------------------------------------------- */

static const struct opt_spec closure_opts[] = {
    {"note", 'n', OPT_VALUE, "TEXT", "why the office was closed"}, {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help closure_help = {
    "pubrec closure add CAL|AGENCY DATE [--note TEXT]",
    "Record a day a whole calendar's jurisdiction (e.g. a presidential closure on\n"
    "us-federal, by executive order) or one agency's office was closed: such days\n"
    "are in no built-in calendar. Open matters whose deadlines it moves are\n"
    "recomputed, each move written to their history.",
    closure_opts,
    "  pubrec closure add us-federal 2025-12-24 --note \"Executive order closure\"\n"
    "  pubrec closure add DENVER 2026-03-31 --note \"Cesar Chavez Day\"\n"};

struct closure_args {
  const char *target, *day, *note;
  int moved;
};

static int do_closure(struct ctx *c, void *arg)
{
  struct closure_args *a = arg;
  int is_cal = store_calendar_exists(&c->st, a->target);
  int64_t agency_id = 0;
  if (is_cal < 0)
    return -1;
  if (!is_cal) {
    struct agency ag;
    int rc = store_agency_get(&c->st, a->target, &ag);
    if (rc != 0)
      return rc > 0 ? error("'%s' is neither a calendar nor an agency (see 'pubrec calendar "
                            "list' and 'pubrec agency list')",
                            a->target)
                    : -1;
    agency_id = ag.id;
    agency_release(&ag);
  }
  int rc = store_closure_add(&c->st, is_cal ? a->target : NULL, agency_id, a->day, a->note);
  if (rc > 0)
    return error("the closure of %s on %s is already recorded", a->target, a->day);
  if (rc != 0)
    return -1;
  struct life l;
  life_init(&l, &c->st, c->today);
  char *reason = xasprintf("%s closed on %s%s%s", a->target, a->day, a->note ? ": " : "",
                           a->note ? a->note : "");
  struct affected f = {
      .calendar = is_cal ? a->target : NULL, .agency_id = agency_id, .day = a->day};
  rc = matter_recompute(&l, &f, a->day, reason, &a->moved);
  free(reason);
  life_release(&l);
  return rc;
}

int cmd_closure(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &closure_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct closure_args a;
  memset(&a, 0, sizeof a);
  dl_day d;
  if (p.npos != 3 || strcmp(p.pos[0], "add") != 0) {
    rc = usage_error("usage: pubrec closure add CAL|AGENCY DATE [--note TEXT]");
    goto done;
  }
  if ((rc = opt_pos_date(&p, 2, "DATE", 0)) != 0)
    goto done;
  a.target = p.pos[1];
  a.day = p.pos[2];
  a.note = opt_get(&p, "note");
  if (dl_parse_date(a.day, &d) != 0) {
    rc = usage_error("invalid date '%s' (want YYYY-MM-DD, a real date)", a.day);
    goto done;
  }
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_closure, &a)) != 0)
    goto done;
  rc = confirm(c, "closure", a.target, a.moved,
               "recorded closure of %s on %s; %d open matter%s recomputed with a new date\n",
               a.target, a.day, a.moved, a.moved == 1 ? "" : "s");
done:
  opt_release(&p);
  return rc;
}
