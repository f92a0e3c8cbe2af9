/*
** report_render.h — the status report rendered in one format (text, md,
** html, csv, json, or a user's template), shared by `pubrec report` and
** `pubrec serve`: the format and template are checked first (a template
** error is found before any query runs), then the model is built
** (report.c) and rendered (template.c) into a buffer.
*/
#ifndef PUBREC_REPORT_RENDER_H
#define PUBREC_REPORT_RENDER_H

#include <stdio.h>

#include "report.h"
#include "store.h"
#include "util.h"

struct report_render {
  size_t fi;         /* index of the format */
  const char *tpath; /* a user's template file, or NULL; borrowed */
  struct tmpl *t;    /* the parsed template, or NULL (csv, json) */
};

/*
** Choose the format (NULL: text; json_flag: the global --json) and the
** template (template_path: the user's, else the embedded one). 0 or
** PR_USAGE (unknown format, --json against --format) after printing why.
** Release with report_render_release in every case.
*/
int report_render_prepare(struct report_render *r, const char *format, int json_flag,
                          const char *template_path);
/* Parse the template (once), so a template error is found before any query
   runs. 0 or PR_ERR after printing a positioned error. */
int report_render_load(struct report_render *r);

/*
** Build the report over st and render it, appending to out (or, when trace
** is not NULL, the SQL run to trace). direct: when not NULL and the format
** is json without a trace, the model is printed there instead of into out
** (no copy of a large document). 0, PR_ERR or PR_USAGE.
*/
int report_render(struct report_render *r, struct store *st, const struct report_opts *o,
                  struct buf *trace, struct buf *out, FILE *direct);

void report_render_release(struct report_render *r);

#endif
