/*
** report_render.c — the report in one format (see report_render.h): the
** formats table, template loading and the rendering that `pubrec report`
** and `pubrec serve` share.
*/
#include "report_render.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "json.h"
#include "template.h"
#include "suggest.h"
#include "text.h"
#include "util.h"

enum format { F_TEXT, F_MD, F_HTML, F_CSV, F_JSON };

static const struct {
  const char *name;
  enum format format;
  const char *template; /* embedded template, or NULL */
  enum tmpl_escape escape;
} formats[] = {
    {"text", F_TEXT, "report.txt.tmpl", TMPL_ESC_TEXT},
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

/* A template larger than this is refused unread. */
#define TEMPLATE_MAX (1u << 20)

/* Parse the template to use; NULL after printing a positioned error. */
static struct tmpl *load_template(const char *path, const char *embedded)
{
  struct tmpl_error err;
  struct tmpl *t;
  if (path) {
    size_t len;
    char *text = read_file_max(path, TEMPLATE_MAX, &len);
    if (!text) {
      error("cannot read template '%s': %s", path,
            errno == EFBIG ? "it is larger than 1 MiB" : read_file_strerror(errno));
      return NULL;
    }
    long bad = utf8_invalid_at(text, len);
    if (bad >= 0) {
      error("template '%s' is not valid UTF-8 (byte offset %ld)", path, bad);
      free(text);
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

int report_render_prepare(struct report_render *r, const char *format, int json_flag,
                          const char *tpath)
{
  size_t fi = 0;
  memset(r, 0, sizeof *r);
  if (format) {
    for (fi = 0; fi < sizeof formats / sizeof formats[0]; fi++)
      if (strcmp(formats[fi].name, format) == 0)
        break;
    if (fi == sizeof formats / sizeof formats[0])
      return usage_error(
          "unknown format '%s'%s (want text, md, html, csv or json)", format,
          suggest_hint(format, (const char *const[]){"text", "md", "html", "csv", "json", NULL}));
  }
  if (json_flag) {
    if (format && formats[fi].format != F_JSON)
      return usage_error("--json asks for JSON but --format asks for %s (give one of them)",
                         format);
    for (fi = 0; formats[fi].format != F_JSON; fi++)
      ;
  }
  if (tpath && formats[fi].format == F_JSON)
    return usage_error("--template renders text, md, html or csv, not json (drop --format json)");
  r->fi = fi;
  r->tpath = tpath;
  return 0;
}

int report_render_load(struct report_render *r)
{
  if (!r->t && (r->tpath || formats[r->fi].template)) {
    if (!(r->t = load_template(r->tpath, formats[r->fi].template)))
      return PR_ERR;
  }
  return 0;
}

int report_render(struct report_render *r, struct store *st, const struct report_opts *o,
                  struct buf *trace, struct buf *out, FILE *direct)
{
  struct jv *model = NULL;
  int rc = report_render_load(r);
  if (rc != 0)
    return rc;
  if (formats[r->fi].format == F_CSV && !r->tpath) {
    rc = report_csv(st, o, trace, out);
  } else if (formats[r->fi].format == F_JSON && !trace && direct) {
    rc = report_print_json(st, o, direct); /* streamed: 20 MB at 1M matters, never whole */
  } else {
    rc = report_build(st, o, trace, &model);
    if (rc == 0 && r->t) {
      struct tmpl_error err;
      if (tmpl_render_jv(out, r->t, model, formats[r->fi].escape, 1, &err) != 0)
        rc = error("%s:%d:%d: %s", err.file, err.line, err.column, err.text);
    } else if (rc == 0 && (trace || !direct)) {
      rc = print_json(out, model);
    } else if (rc == 0) {
      rc = jv_print(direct, model);
    }
  }
  jv_free(model);
  return rc;
}

void report_render_release(struct report_render *r)
{
  tmpl_free(r->t);
  r->t = NULL;
}
