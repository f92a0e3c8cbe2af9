/*
** template.c — Mustache-style templates: parse to a flat node list, render
** over a jansson model.
**
** Boundary exception: this file includes <jansson.h> because the renderer
** walks a jansson model; it only reads the model (no json_* construction or
** loading, which stays in json.c).
**
** The parse result is a flat array of nodes. A section node records the
** index of its close node, so rendering a section body is rendering the
** range between the two, and skipping it is a jump. Rendering recurses once
** per nested section, bounded by TMPL_MAX_DEPTH; the context stack is a
** fixed array of the same bound.
*/
#include "template.h"

#include "text.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REAL_FORMAT "%.15g"

enum node_kind {
  N_TEXT,     /* literal bytes */
  N_VAR,      /* {{name}}: escaped */
  N_RAW,      /* {{{name}}} or {{& name}}: unescaped */
  N_SECTION,  /* {{#name}} */
  N_INVERTED, /* {{^name}} */
  N_CLOSE,    /* {{/name}} */
};

struct node {
  enum node_kind kind;
  int line, column;  /* of the tag's first '{'; unused for text */
  size_t position;   /* byte offset of the same */
  const char *text;  /* N_TEXT: points into tmpl.src */
  size_t len;        /* N_TEXT: byte count */
  char *name;        /* tags: the name as written, NUL-terminated */
  char *path;        /* tags: copy of name with '.' -> '\0'; NULL for "." */
  const char **part; /* tags: nparts pointers into path */
  int nparts;        /* 0 for "." */
  size_t close;      /* N_SECTION/N_INVERTED: index of the matching N_CLOSE */
};

struct tmpl {
  char *src;  /* owned copy of the template text */
  char *file; /* name for errors */
  struct node *node;
  size_t n, cap;
};

/* Tracks line and column while the parser moves forward through src. */
struct cursor {
  size_t pos;
  int line, column;
};

static void set_error(struct tmpl_error *err, const char *file, int line, int column,
                      size_t position, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void set_error(struct tmpl_error *err, const char *file, int line, int column,
                      size_t position, const char *fmt, ...)
{
  if (!err)
    return;
  snprintf(err->file, sizeof err->file, "%s", file);
  err->line = line;
  err->column = column;
  err->position = position;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->text, sizeof err->text, fmt, ap);
  va_end(ap);
}

/* Move c forward to byte offset to; columns count UTF-8 characters. */
static void advance(struct cursor *c, const char *src, size_t to)
{
  for (; c->pos < to; c->pos++) {
    unsigned char ch = (unsigned char)src[c->pos];
    if (ch == '\n') {
      c->line++;
      c->column = 1;
    } else if ((ch & 0xC0) != 0x80) {
      c->column++;
    }
  }
}

static const char *find2(const char *s, size_t from, size_t len, char a, char b)
{
  for (size_t i = from; i + 1 < len; i++) {
    const char *p = memchr(s + i, a, len - 1 - i);
    if (!p)
      return NULL;
    i = (size_t)(p - s);
    if (s[i + 1] == b)
      return p;
  }
  return NULL;
}

static const char *find3(const char *s, size_t from, size_t len, char a)
{
  for (size_t i = from; i + 2 < len; i++) {
    const char *p = memchr(s + i, a, len - 2 - i);
    if (!p)
      return NULL;
    i = (size_t)(p - s);
    if (s[i + 1] == a && s[i + 2] == a)
      return p;
  }
  return NULL;
}

static int is_blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static struct node *add_node(struct tmpl *t, enum node_kind kind)
{
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 16;
    t->node = xrealloc(t->node, t->cap * sizeof *t->node);
  }
  struct node *nd = &t->node[t->n++];
  memset(nd, 0, sizeof *nd);
  nd->kind = kind;
  return nd;
}

static void add_text(struct tmpl *t, size_t from, size_t to)
{
  if (to <= from)
    return;
  struct node *nd = add_node(t, N_TEXT);
  nd->text = t->src + from;
  nd->len = to - from;
}

/* 0 if name (n bytes, no blanks at either end) is a valid name. */
static int valid_name(const char *name, size_t n)
{
  if (n == 1 && name[0] == '.')
    return 0;
  if (name[0] == '.' || name[n - 1] == '.')
    return -1;
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (is_blank(c) || c == '{' || c == '}' || c == '\0')
      return -1;
    if (c == '.' && name[i + 1] == '.')
      return -1;
  }
  return 0;
}

static void set_name(struct node *nd, const char *name, size_t n)
{
  nd->name = xstrndup(name, n);
  if (n == 1 && name[0] == '.')
    return;
  nd->path = xstrndup(name, n);
  nd->nparts = 1;
  for (size_t i = 0; i < n; i++)
    if (nd->path[i] == '.')
      nd->nparts++;
  nd->part = xmalloc((size_t)nd->nparts * sizeof *nd->part);
  int k = 0;
  nd->part[k++] = nd->path;
  for (size_t i = 0; i < n; i++) {
    if (nd->path[i] == '.') {
      nd->path[i] = '\0';
      nd->part[k++] = nd->path + i + 1;
    }
  }
}

static int standalone_kind(char sigil)
{
  return sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!';
}

struct tmpl *tmpl_parse(const char *text, size_t len, const char *filename, struct tmpl_error *err)
{
  struct tmpl *t = xcalloc(1, sizeof *t);
  t->src = xmalloc(len + 1);
  if (len)
    memcpy(t->src, text, len);
  t->src[len] = '\0';
  t->file = xstrdup(filename ? filename : "<template>");
  const char *src = t->src;
  const char *file = t->file;

  size_t open[TMPL_MAX_DEPTH]; /* node indexes of unclosed sections */
  int depth = 0;
  struct cursor cur = {0, 1, 1};
  size_t pos = 0; /* start of text not yet emitted */

  for (;;) {
    const char *p = find2(src, pos, len, '{', '{');
    if (!p)
      break;
    size_t start = (size_t)(p - src);
    advance(&cur, src, start);
    int line = cur.line, column = cur.column;

    /* Find the tag's content [cs, ce) and its end. */
    int triple = start + 2 < len && src[start + 2] == '{';
    size_t cs = start + (triple ? 3 : 2), ce, end;
    const char *q = triple ? find3(src, cs, len, '}') : find2(src, cs, len, '}', '}');
    if (!q) {
      set_error(err, file, line, column, start,
                triple ? "'{{{' has no closing '}}}'" : "'{{' has no closing '}}'");
      goto fail;
    }
    ce = (size_t)(q - src);
    end = ce + (triple ? 3 : 2);

    while (cs < ce && is_blank(src[cs]))
      cs++;
    char sigil = '\0';
    if (triple)
      sigil = '&';
    else if (cs < ce && src[cs] != '\0' && strchr("!#^/&><=$", src[cs]))
      sigil = src[cs++];
    if (sigil && strchr("><=$", sigil)) {
      set_error(err, file, line, column, start, "unsupported tag '{{%c'", sigil);
      goto fail;
    }
    if (sigil != '!') {
      /* An earlier "{{" that never closed swallowed this tag: report it. */
      if (find2(src, cs, ce, '{', '{')) {
        set_error(err, file, line, column, start, "'{{' has no closing '}}'");
        goto fail;
      }
      while (cs < ce && is_blank(src[cs]))
        cs++;
      while (ce > cs && is_blank(src[ce - 1]))
        ce--;
      if (cs == ce) {
        set_error(err, file, line, column, start, "empty tag name");
        goto fail;
      }
      if (valid_name(src + cs, ce - cs) < 0) {
        set_error(err, file, line, column, start, "invalid tag name '%.*s'", (int)(ce - cs),
                  src + cs);
        goto fail;
      }
    }

    /* Standalone line: only blanks around one block tag; drop it all. */
    size_t text_end = start, next = end;
    if (standalone_kind(sigil)) {
      size_t ls = start;
      while (ls > pos && (src[ls - 1] == ' ' || src[ls - 1] == '\t'))
        ls--;
      if (ls == 0 || src[ls - 1] == '\n') {
        size_t e = end;
        while (e < len && (src[e] == ' ' || src[e] == '\t'))
          e++;
        if (e == len || src[e] == '\n' || (src[e] == '\r' && e + 1 < len && src[e + 1] == '\n')) {
          text_end = ls;
          next = e == len ? e : e + (src[e] == '\r' ? 2 : 1);
        }
      }
    }
    add_text(t, pos, text_end);
    pos = next;

    if (sigil == '!')
      continue;
    if (sigil == '/') {
      size_t n = ce - cs;
      if (depth == 0) {
        set_error(err, file, line, column, start, "'{{/%.*s}}' has no open section", (int)n,
                  src + cs);
        goto fail;
      }
      struct node *o = &t->node[open[depth - 1]];
      if (strlen(o->name) != n || memcmp(o->name, src + cs, n) != 0) {
        set_error(err, file, line, column, start,
                  "'{{/%.*s}}' closes '%s' opened at line %d, column %d", (int)n, src + cs, o->name,
                  o->line, o->column);
        goto fail;
      }
      o->close = t->n;
      depth--;
    }
    if ((sigil == '#' || sigil == '^') && depth == TMPL_MAX_DEPTH) {
      set_error(err, file, line, column, start, "sections nested deeper than %d", TMPL_MAX_DEPTH);
      goto fail;
    }
    enum node_kind kind = sigil == '#'   ? N_SECTION
                          : sigil == '^' ? N_INVERTED
                          : sigil == '/' ? N_CLOSE
                          : sigil == '&' ? N_RAW
                                         : N_VAR;
    struct node *nd = add_node(t, kind);
    nd->line = line;
    nd->column = column;
    nd->position = start;
    set_name(nd, src + cs, ce - cs);
    if (kind == N_SECTION || kind == N_INVERTED)
      open[depth++] = t->n - 1;
  }
  add_text(t, pos, len);
  if (depth > 0) {
    struct node *o = &t->node[open[depth - 1]];
    advance(&cur, src, len);
    set_error(err, file, cur.line, cur.column, len,
              "unclosed section '%s' opened at line %d, column %d", o->name, o->line, o->column);
    goto fail;
  }
  return t;

fail:
  tmpl_free(t);
  return NULL;
}

void tmpl_free(struct tmpl *t)
{
  if (!t)
    return;
  for (size_t i = 0; i < t->n; i++) {
    free(t->node[i].name);
    free(t->node[i].path);
    free(t->node[i].part);
  }
  free(t->node);
  free(t->src);
  free(t->file);
  free(t);
}

/* Rendering. */

struct render {
  const struct tmpl *t;
  struct buf *out;
  enum tmpl_escape escape;
  int strict;
  struct tmpl_error *err;
  const json_t *stack[TMPL_MAX_DEPTH + 1]; /* the model, then one per open section */
  int depth;
  size_t start;   /* out->len before the render */
  uint64_t steps; /* nodes visited */
};

/* Work and size bounds of one render. Sections nested over the same lists
   multiply: 30 levels over a 2-item list would visit 2^30 nodes, with or
   without output. A render may visit TMPL_FREE_STEPS nodes, and beyond that
   8 for each byte it wrote; its output stops at TMPL_MAX_OUTPUT. */
#define TMPL_FREE_STEPS (UINT64_C(1) << 22)
#define TMPL_MAX_OUTPUT ((size_t)1 << 30)

/* The value nd names, or NULL when it names nothing. Borrowed. */
static const json_t *lookup(const struct render *r, const struct node *nd)
{
  if (nd->nparts == 0)
    return r->depth ? r->stack[r->depth - 1] : NULL;
  const json_t *v = NULL;
  for (int i = r->depth - 1; i >= 0 && !v; i--)
    if (json_is_object(r->stack[i]))
      v = json_object_get(r->stack[i], nd->part[0]);
  for (int k = 1; k < nd->nparts && v; k++)
    v = json_is_object(v) ? json_object_get(v, nd->part[k]) : NULL;
  return v;
}

static int falsy(const json_t *v)
{
  switch (v ? json_typeof(v) : JSON_NULL) {
  case JSON_NULL:
  case JSON_FALSE:
    return 1;
  case JSON_INTEGER:
    return json_integer_value(v) == 0;
  case JSON_REAL:
    return json_real_value(v) == 0.0;
  case JSON_STRING:
    return json_string_length(v) == 0;
  case JSON_ARRAY:
    return json_array_size(v) == 0;
  default:
    return 0;
  }
}

static void add_html(struct buf *out, const char *s, size_t n)
{
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep;
    switch (s[i]) {
    case '&':
      rep = "&amp;";
      break;
    case '<':
      rep = "&lt;";
      break;
    case '>':
      rep = "&gt;";
      break;
    case '"':
      rep = "&quot;";
      break;
    case '\'':
      rep = "&#39;";
      break;
    default:
      continue;
    }
    buf_add(out, s + run, i - run);
    buf_adds(out, rep);
    run = i + 1;
  }
  buf_add(out, s + run, n - run);
}

static void add_csv(struct buf *out, const char *s, size_t n, int is_string)
{
  int guard = is_string && n > 0 && strchr("=+-@\t\r", s[0]);
  int quote = 0;
  for (size_t i = 0; i < n && !quote; i++)
    quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
  if (quote)
    buf_addc(out, '"');
  if (guard)
    buf_addc(out, '\'');
  if (!quote) {
    buf_add(out, s, n);
    return;
  }
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"') {
      buf_add(out, s + run, i + 1 - run); /* the quote, then its double */
      run = i;
    }
  }
  buf_add(out, s + run, n - run);
  buf_addc(out, '"');
}

static void add_md(struct buf *out, const char *s, size_t n)
{
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep;
    size_t skip = 1;
    switch (s[i]) {
    case '\\':
      rep = "\\\\";
      break;
    case '|':
      rep = "\\|";
      break;
    case '<': /* Markdown passes raw HTML through: keep tags as text */
      rep = "&lt;";
      break;
    case '&':
      rep = "&amp;";
      break;
    case '\r':
      rep = " ";
      if (i + 1 < n && s[i + 1] == '\n')
        skip = 2;
      break;
    case '\n':
      rep = " ";
      break;
    case '[': /* no link or image syntax: ![x](http://...) would load it */
      rep = "\\[";
      break;
    case ']':
      rep = "\\]";
      break;
    default:
      if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F) {
        buf_add(out, s + run, i - run);
        text_escape_add(out, s + i, 1);
        run = i + 1;
      }
      continue;
    }
    buf_add(out, s + run, i - run);
    buf_adds(out, rep);
    i += skip - 1;
    run = i + 1;
  }
  buf_add(out, s + run, n - run);
}

static void add_value(struct render *r, const char *s, size_t n, int is_string,
                      enum tmpl_escape escape)
{
  switch (escape) {
  case TMPL_ESC_HTML:
    add_html(r->out, s, n);
    break;
  case TMPL_ESC_CSV:
    add_csv(r->out, s, n, is_string);
    break;
  case TMPL_ESC_MD:
    add_md(r->out, s, n);
    break;
  case TMPL_ESC_TEXT:
    text_escape_add(r->out, s, n);
    break;
  default:
    buf_add(r->out, s, n);
    break;
  }
}

static int render_error(struct render *r, const struct node *nd, const char *fmt)
{
  set_error(r->err, r->t->file, nd->line, nd->column, nd->position, fmt, nd->name);
  return -1;
}

static int print_var(struct render *r, const struct node *nd)
{
  const json_t *v = lookup(r, nd);
  enum tmpl_escape esc = nd->kind == N_RAW ? TMPL_ESC_NONE : r->escape;
  char num[64];
  int n;

  if (!v)
    return r->strict ? render_error(r, nd, "unknown variable '%s'") : 0;
  switch (json_typeof(v)) {
  case JSON_STRING:
    add_value(r, json_string_value(v), json_string_length(v), 1, esc);
    break;
  case JSON_INTEGER:
    n = snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    add_value(r, num, (size_t)n, 0, esc);
    break;
  case JSON_REAL:
    n = snprintf(num, sizeof num, REAL_FORMAT, json_real_value(v));
    add_value(r, num, (size_t)n, 0, esc);
    break;
  case JSON_TRUE:
    add_value(r, "true", 4, 0, esc);
    break;
  case JSON_FALSE:
    add_value(r, "false", 5, 0, esc);
    break;
  case JSON_NULL:
    break;
  case JSON_OBJECT:
    if (r->strict)
      return render_error(r, nd, "variable '%s' is an object");
    break;
  case JSON_ARRAY:
    if (r->strict)
      return render_error(r, nd, "variable '%s' is an array");
    break;
  }
  return 0;
}

static int render_range(struct render *r, size_t from, size_t to);

static int render_body(struct render *r, const struct node *nd, size_t i, const json_t *ctx)
{
  r->stack[r->depth++] = ctx;
  int ret = render_range(r, i + 1, nd->close);
  r->depth--;
  return ret;
}

static int render_range(struct render *r, size_t from, size_t to)
{
  for (size_t i = from; i < to; i++) {
    const struct node *nd = &r->t->node[i];
    const json_t *v;
    size_t wrote = r->out->len - r->start;
    if (++r->steps > TMPL_FREE_STEPS && r->steps > TMPL_FREE_STEPS + 8 * (uint64_t)wrote)
      return render_error(r, nd,
                          "the template does too much work (sections nested over the "
                          "same lists?)");
    if (wrote > TMPL_MAX_OUTPUT)
      return render_error(r, nd, "the template's output is larger than 1 GiB");
    switch (nd->kind) {
    case N_TEXT:
      buf_add(r->out, nd->text, nd->len);
      break;
    case N_VAR:
    case N_RAW:
      if (print_var(r, nd) < 0)
        return -1;
      break;
    case N_SECTION:
    case N_INVERTED:
      v = lookup(r, nd);
      if (!v && r->strict)
        return render_error(r, nd, "unknown section '%s'");
      if (nd->kind == N_INVERTED) {
        if (falsy(v) && render_range(r, i + 1, nd->close) < 0)
          return -1;
      } else if (json_is_array(v)) {
        for (size_t k = 0; k < json_array_size(v); k++)
          if (render_body(r, nd, i, json_array_get(v, k)) < 0)
            return -1;
      } else if (!falsy(v)) {
        if (render_body(r, nd, i, v) < 0)
          return -1;
      }
      i = nd->close;
      break;
    case N_CLOSE:
      break;
    }
  }
  return 0;
}

int tmpl_render(struct buf *out, const struct tmpl *t, const json_t *model, enum tmpl_escape escape,
                int strict, struct tmpl_error *err)
{
  struct render r = {.t = t, .out = out, .escape = escape, .strict = strict, .err = err};
  size_t start_len = out->len;
  r.start = start_len;
  if (model)
    r.stack[r.depth++] = model;
  if (render_range(&r, 0, t->n) < 0) {
    out->len = start_len;
    if (out->data)
      out->data[start_len] = '\0';
    return -1;
  }
  return 0;
}

int tmpl_render_jv(struct buf *out, const struct tmpl *t, const struct jv *model,
                   enum tmpl_escape escape, int strict, struct tmpl_error *err)
{
  return tmpl_render(out, t, (const json_t *)model, escape, strict, err);
}
