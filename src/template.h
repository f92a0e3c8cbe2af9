/*
** template.h — a small Mustache-style template renderer for reports.
**
** Boundary exception: this header and template.c include <jansson.h>. The
** renderer walks a jansson model directly (json.c stays the only place that
** builds or loads JSON); no other module may use this as a back door.
**
** Parse once with tmpl_parse(), render many times with tmpl_render(), free
** with tmpl_free(). Supported tags:
**
**   {{name}}          value of name, escaped per the escape mode
**   {{{name}}}        value, unescaped (any mode, CSV included)
**   {{& name}}        same as {{{name}}}
**   {{a.b.c}}         dotted name: "a" is looked up through the context
**                     stack, then "b" and "c" only inside it (Mustache spec)
**   {{.}}             the current context (top of the stack)
**   {{! comment }}    ignored; may span lines
**   {{#name}}..{{/name}}  section: array -> once per element, the element
**                     pushed as context; any other truthy value -> once,
**                     the value pushed as context; falsy -> skipped
**   {{^name}}..{{/name}}  inverted section: once if falsy, else skipped
**
** Not supported (a parse error, never silently literal): partials {{>x}},
** set-delimiter {{=<% %>=}}, blocks {{$x}} and parents {{<x}}.
**
** Falsy (JavaScript-like, a deliberate departure from Mustache, where only
** false and the empty list are falsy): a missing name, null, false, the
** integer 0, the real 0.0, "" and []. An object is truthy, even {}.
**
** Values print as: strings as-is, integers plainly ("-42"), reals with
** "%.15g" (2.0 -> "2", 12.55 -> "12.55"; templates do not round money;
** format in the model when a fixed precision is wanted), true/false as
** "true"/"false", null as nothing. An object or array cannot be printed:
** an error in strict mode, nothing otherwise.
**
** Standalone lines: a line holding only whitespace and one section, inverted,
** close or comment tag is removed entirely, newline included (Mustache spec),
** so block tags on their own lines leave no blank lines in text output.
** Variable tags are never standalone.
**
** Names: any run of non-blank bytes except '{' and '}', split on '.'; empty
** parts ("a..b", ".a", "a.") are rejected. Keys that contain '.' cannot be
** reached by name.
*/
#ifndef PUBREC_TEMPLATE_H
#define PUBREC_TEMPLATE_H

#include <stddef.h>

#include <jansson.h>

#include "util.h"

/* Deepest allowed section nesting; deeper is a positioned parse error. */
#define TMPL_MAX_DEPTH 64

/* How {{name}} values are escaped. {{{name}}} and {{& name}} never are. */
enum tmpl_escape {
  TMPL_ESC_NONE = 0, /* plain text: values copied as-is */
  TMPL_ESC_HTML = 1, /* & < > " ' -> &amp; &lt; &gt; &quot; &#39; */
  /*
  ** One CSV field per tag (do not put quotes around tags in the template).
  ** RFC 4180: a value containing ',', '"', CR or LF is wrapped in double
  ** quotes with inner quotes doubled. Formula-injection guard (OWASP): a
  ** string value starting with '=', '+', '-', '@', TAB or CR gets a leading
  ** "'" so spreadsheets show it as text. Numbers and booleans are unguarded,
  ** so -5 stays -5.
  */
  TMPL_ESC_CSV = 2,
  /*
  ** Markdown, minimal: safe inside a table cell. '\' -> "\\", '|' -> "\|",
  ** '<' -> "&lt;" and '&' -> "&amp;" (Markdown passes raw HTML through, so a
  ** tag in the data must stay text), and each CR, LF or CRLF -> one space.
  ** '[' and ']' -> "\[" and "\]", so data never forms a link or an image
  ** (a remote image would load when the report is viewed). Other control
  ** characters are shown escaped as in TMPL_ESC_TEXT. Emphasis and
  ** line-leading characters are left alone.
  */
  TMPL_ESC_MD = 3,
  /* Plain text for a terminal: control characters (ESC, BEL, CR, LF...)
     shown visibly escaped, as text.h's text_escape_add does. */
  TMPL_ESC_TEXT = 4,
};

/*
** Where and why a parse or render failed, like jansson's json_error_t. Lines
** and columns are 1-based; a column counts UTF-8 characters, not bytes (as
** jansson does); position is the 0-based byte offset. Parse errors point at
** the offending tag, except an unclosed section, which points at the end of
** the text (the message names where the section was opened). Render errors
** point at the tag. Contents are unspecified on success.
*/
struct tmpl_error {
  char file[256]; /* the filename given to tmpl_parse, or "<template>" */
  int line;
  int column;
  size_t position;
  char text[200]; /* lowercase, no final period; truncated when too long */
};

struct tmpl; /* opaque; immutable after parsing, so renders may share it */

/*
** Parse len bytes of text (need not be NUL-terminated; NUL bytes are kept as
** text). filename is used only in errors and may be NULL. Returns a template
** the caller frees with tmpl_free(), or NULL with *err filled (err may be
** NULL). Errors: "'{{' has no closing '}}'" (or '{{{' and '}}}'), "empty
** tag name", "invalid tag name 'x'", "unsupported tag '{{>'", "'{{/x}}' has
** no open section",
** "'{{/b}}' closes 'a' opened at line L, column C", "unclosed section 'x'
** opened at line L, column C", "sections nested deeper than 64".
*/
struct tmpl *tmpl_parse(const char *text, size_t len, const char *filename, struct tmpl_error *err);

/*
** Append the rendering of t over model (borrowed; may be NULL, meaning no
** names resolve) to out. strict nonzero: a variable or section name that
** resolves to nothing, or a variable naming an object or array, is an error
** ("unknown variable 'x'", "unknown section 'x'", "variable 'x' is an
** object"); zero: such tags render nothing. Returns 0, or -1 with *err
** filled (err may be NULL) and out restored to its length before the call.
** Linear in the output size. Bounded: a render that visits more than 2^22
** nodes plus 8 per byte written ("the template does too much work", e.g.
** sections nested over the same lists) or writes more than 1 GiB fails.
*/
int tmpl_render(struct buf *out, const struct tmpl *t, const json_t *model, enum tmpl_escape escape,
                int strict, struct tmpl_error *err);

/*
** tmpl_render over a model built with json.h: a struct jv * is a json_t *, so
** modules that hold a struct jv render through this and never see jansson.
*/
struct jv;
int tmpl_render_jv(struct buf *out, const struct tmpl *t, const struct jv *model,
                   enum tmpl_escape escape, int strict, struct tmpl_error *err);

/* Free a template from tmpl_parse(); tmpl_free(NULL) is a no-op. */
void tmpl_free(struct tmpl *t);

#endif
