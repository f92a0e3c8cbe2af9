/*
** cmd_report.c — pubrec report: the status report in text, Markdown, HTML
** (templates/report.*.tmpl, embedded), CSV (one row per matter) or JSON (the
** model itself, docs/REPORT.md), or through a user's own template.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd.h"
#include "deadline.h"
#include "model.h"
#include "outfile.h"
#include "report.h"
#include "report_render.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"format", 'f', OPT_VALUE, "F",
     "text, md, html, csv or json (default: from -o FILE's extension, else text)"},
    {"tag", 0, OPT_VALUE, "T", "only matters with this tag (see 'pubrec tag')"},
    {"template", 't', OPT_VALUE, "FILE", "render this template over the model instead"},
    {"output", 'o', OPT_VALUE, "FILE", "write to FILE (replaced whole, never half-written)"},
    {"as-of", 0, OPT_VALUE, "DATE", "measure overdue, due soon and aging on DATE (default: today)"},
    {"from", 0, OPT_VALUE, "DATE", "start of the DOJ sections' period (default: 12 months)"},
    {"to", 0, OPT_VALUE, "DATE", "end of that period (default: the --as-of date)"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {"kind", 'k', OPT_VALUE, "K", "only request, subpoena, appeal or petition"},
    {"recent", 0, OPT_VALUE, "N", "history rows under recent activity (default 15)"},
    {"sql", 0, OPT_FLAG, NULL, "print the SQL the report runs, parameters filled in"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec report [--format text|md|html|csv|json] [--template FILE] [-o FILE]\n"
    "              [--as-of DATE] [--from DATE --to DATE] [--agency A] [--kind K] [--tag T]",
    "The state of every request and subpoena: totals, what is overdue (calendar\n"
    "and working days), what is due in the next 30 days, each agency's record in\n"
    "both directions, open matters by age, the core sections of the DOJ annual\n"
    "FOIA report over --from/--to, and the latest history. --format json prints\n"
    "the model that every template renders (docs/REPORT.md); csv gives one row per\n"
    "matter for spreadsheets. --template FILE renders your own Mustache template,\n"
    "escaped for --format (text when not given). --as-of (or --today) fixes the\n"
    "date, so the same database and date give the same report.",
    opts,
    "  pubrec report --format html -o report.html\n"
    "  pubrec report --as-of 2020-02-07 --from 2020-01-01 --to 2020-01-31 --agency DENVER\n"
    "  pubrec report --template mine.tmpl --format md\n"};

/* The format a file name's extension implies (report.html: html), or NULL. */
static const char *format_of_path(const char *path)
{
  static const char *const ext[][2] = {{".html", "html"},   {".htm", "html"}, {".md", "md"},
                                       {".markdown", "md"}, {".csv", "csv"},  {".json", "json"},
                                       {".txt", "text"}};
  size_t n = strlen(path);
  for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
    size_t e = strlen(ext[i][0]);
    if (n > e && strcasecmp(path + n - e, ext[i][0]) == 0)
      return ext[i][1];
  }
  return NULL;
}

int cmd_report(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct report_render r;
  struct buf out = BUF_INIT, trace = BUF_INIT;
  memset(&r, 0, sizeof r);
  if (p.npos) {
    rc = usage_error("'report' takes no arguments (see 'pubrec report --help')");
    goto done;
  }
  const char *format = opt_get(&p, "format");
  if (!format && !opt_globals.json && opt_get(&p, "output"))
    format = format_of_path(opt_get(&p, "output"));
  const char *tpath = opt_get(&p, "template");
  if ((rc = report_render_prepare(&r, format, opt_globals.json, tpath)) != 0)
    goto done;
  struct report_opts o;
  memset(&o, 0, sizeof o);
  o.from = opt_get(&p, "from");
  o.to = opt_get(&p, "to");
  o.agency = opt_get(&p, "agency");
  o.kind = opt_get(&p, "kind");
  o.tag = opt_get(&p, "tag");
  if (o.kind && !kind_valid(o.kind)) {
    rc = usage_error("unknown kind '%s' (want request, subpoena, appeal or petition)", o.kind);
    goto done;
  }
  if ((rc = opt_int(&p, "recent", 0, 1000, REPORT_RECENT_DEFAULT, &o.recent)) != 0)
    goto done;
  if ((rc = ctx_settle(c)) != 0)
    goto done;
  o.as_of = opt_get(&p, "as-of") ? opt_get(&p, "as-of") : c->today;
  dl_day d;
  if (dl_parse_date(o.as_of, &d) != 0) {
    rc = usage_error("invalid date '%s' for --as-of (want YYYY-MM-DD, a real date)", o.as_of);
    goto done;
  }
  /* A past date replays the history: each matter as it stood then. */
  o.replay = strcmp(o.as_of, c->today) < 0;
  char from[11], to[11];
  if ((rc = report_period(from, to, &o)) != 0)
    goto done;
  /* A template error is found before any query runs. */
  if ((rc = report_render_load(&r)) != 0)
    goto done;
  if ((rc = ctx_open(c)) != 0)
    goto done;
  struct buf *tr = opt_has(&p, "sql") ? &trace : NULL;
  const char *path = opt_get(&p, "output");
  if ((rc = report_render(&r, &c->st, &o, tr, &out, path ? NULL : stdout)) != 0)
    goto done;
  const struct buf *res = tr ? &trace : &out;
  if (path) {
    rc = outfile_write(path, OUTFILE_MODE_KEEP, buf_str(res), res->len);
  } else if (res->len && fwrite(res->data, 1, res->len, stdout) != res->len) {
    rc = error("cannot write the report: %s", strerror(errno));
  }
done:
  buf_release(&out);
  buf_release(&trace);
  report_render_release(&r);
  opt_release(&p);
  return rc;
}
