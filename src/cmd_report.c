/*
** cmd_report.c — pubrec report: the status report in text, Markdown, HTML
** (templates/report.*.tmpl, embedded), CSV (one row per matter) or JSON (the
** model itself, docs/REPORT.md), or through a user's own template.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "deadline.h"
#include "embedded.h"
#include "json.h"
#include "model.h"
#include "outfile.h"
#include "report.h"
#include "template.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"format", 'f', OPT_VALUE, "F", "text (default), md, html, csv or json"},
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
    "              [--as-of DATE] [--from DATE --to DATE] [--agency A] [--kind K]",
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

enum format { F_TEXT, F_MD, F_HTML, F_CSV, F_JSON };

static const struct {
  const char *name;
  enum format format;
  const char *template; /* embedded template, or NULL */
  enum tmpl_escape escape;
} formats[] = {
    {"text", F_TEXT, "report.txt.tmpl", TMPL_ESC_NONE},
    {"md", F_MD, "report.md.tmpl", TMPL_ESC_MD},
    {"html", F_HTML, "report.html.tmpl", TMPL_ESC_HTML},
    {"csv", F_CSV, NULL, TMPL_ESC_CSV},
    {"json", F_JSON, NULL, TMPL_ESC_NONE},
};

static const struct embedded_file *find_template(const char *name)
{
  for (const struct embedded_file *f = embedded_templates; f->name; f++)
    if (strcmp(f->name, name) == 0)
      return f;
  return NULL;
}

/* Parse the template to use; NULL after printing a positioned error. */
static struct tmpl *load_template(const char *path, const char *embedded)
{
  struct tmpl_error err;
  struct tmpl *t;
  if (path) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
      error("cannot read template '%s': %s", path, strerror(errno));
      return NULL;
    }
    t = tmpl_parse(text, len, path, &err);
    free(text);
  } else {
    const struct embedded_file *f = find_template(embedded);
    if (!f) {
      error("BUG: template '%s' is not embedded in this build", embedded);
      return NULL;
    }
    char *name = xasprintf("templates/%s", embedded);
    t = tmpl_parse(f->data, f->len, name, &err);
    free(name);
  }
  if (!t)
    error("%s:%d:%d: %s", err.file, err.line, err.column, err.text);
  return t;
}

/* The model as `--json` output everywhere looks: indented, in key order. */
static int print_json(struct buf *out, const struct jv *model)
{
  char *data = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&data, &len);
  if (!m)
    return error("cannot format the report: %s", strerror(errno));
  int rc = jv_print(m, model);
  if (fclose(m) != 0 && rc == 0)
    rc = error("cannot format the report: %s", strerror(errno));
  if (rc == 0)
    buf_add(out, data, len);
  free(data);
  return rc;
}

int cmd_report(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct tmpl *t = NULL;
  struct jv *model = NULL;
  struct buf out = BUF_INIT, trace = BUF_INIT;
  size_t fi = 0;
  if (p.npos) {
    rc = usage_error("'report' takes no arguments (see 'pubrec report --help')");
    goto done;
  }
  const char *format = opt_get(&p, "format");
  if (format) {
    for (fi = 0; fi < sizeof formats / sizeof formats[0]; fi++)
      if (strcmp(formats[fi].name, format) == 0)
        break;
    if (fi == sizeof formats / sizeof formats[0]) {
      rc = usage_error("unknown format '%s' (want text, md, html, csv or json)", format);
      goto done;
    }
  }
  if (opt_globals.json) {
    if (format && formats[fi].format != F_JSON) {
      rc = usage_error("--json asks for JSON but --format asks for %s (give one of them)", format);
      goto done;
    }
    for (fi = 0; formats[fi].format != F_JSON; fi++)
      ;
  }
  const char *tpath = opt_get(&p, "template");
  if (tpath && formats[fi].format == F_JSON) {
    rc = usage_error("--template renders text, md, html or csv, not json (drop --format json)");
    goto done;
  }
  struct report_opts o;
  memset(&o, 0, sizeof o);
  o.from = opt_get(&p, "from");
  o.to = opt_get(&p, "to");
  o.agency = opt_get(&p, "agency");
  o.kind = opt_get(&p, "kind");
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
  char from[11], to[11];
  if ((rc = report_period(from, to, &o)) != 0)
    goto done;
  /* A template error is found before any query runs. */
  if (tpath || formats[fi].template) {
    if (!(t = load_template(tpath, formats[fi].template))) {
      rc = PR_ERR;
      goto done;
    }
  }
  if ((rc = ctx_open(c)) != 0)
    goto done;
  struct buf *tr = opt_has(&p, "sql") ? &trace : NULL;
  if (formats[fi].format == F_CSV && !tpath) {
    rc = report_csv(&c->st, &o, tr, &out);
  } else {
    rc = report_build(&c->st, &o, tr, &model);
    if (rc == 0 && t) {
      struct tmpl_error err;
      if (tmpl_render_jv(&out, t, model, formats[fi].escape, 1, &err) != 0)
        rc = error("%s:%d:%d: %s", err.file, err.line, err.column, err.text);
    } else if (rc == 0 && (tr || opt_get(&p, "output"))) {
      rc = print_json(&out, model);
    } else if (rc == 0) {
      rc = jv_print(stdout, model); /* 20 MB on the bench: no copy */
    }
  }
  if (rc != 0)
    goto done;
  const struct buf *res = tr ? &trace : &out;
  const char *path = opt_get(&p, "output");
  if (path) {
    rc = outfile_write(path, OUTFILE_MODE_KEEP, buf_str(res), res->len);
  } else if (res->len && fwrite(res->data, 1, res->len, stdout) != res->len) {
    rc = error("cannot write the report: %s", strerror(errno));
  }
done:
  buf_release(&out);
  buf_release(&trace);
  jv_free(model);
  tmpl_free(t);
  opt_release(&p);
  return rc;
}
