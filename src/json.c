/*
** json.c — jansson behind struct jv. A struct jv * is a json_t *.
*/
#include "json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

#define J(v) ((json_t *)(v))
#define V(j) ((struct jv *)(j))

static json_t *check(json_t *j)
{
  if (!j)
    die("out of memory building JSON");
  return j;
}

struct jv *jv_object(void)
{
  return V(check(json_object()));
}

struct jv *jv_array(void)
{
  return V(check(json_array()));
}

struct jv *jv_str(const char *s)
{
  if (!s)
    return V(json_null());
  json_t *j = json_string(s);
  if (!j) {
    /* Not valid UTF-8 (stored before input was checked): show each bad
       byte as U+FFFD, so one field never breaks a whole document. */
    char *fixed = utf8_sanitize(s);
    j = json_string(fixed);
    free(fixed);
  }
  return V(check(j));
}

struct jv *jv_int(int64_t n)
{
  return V(check(json_integer((json_int_t)n)));
}

struct jv *jv_real(double d)
{
  return V(check(json_real(d)));
}

struct jv *jv_bool(int b)
{
  return V(json_boolean(b));
}

struct jv *jv_null(void)
{
  return V(json_null());
}

void jv_set(struct jv *obj, const char *key, struct jv *val)
{
  if (json_object_set_new(J(obj), key, J(val)) != 0)
    die("BUG: cannot set JSON key '%s'", key);
}

void jv_set_str(struct jv *obj, const char *key, const char *s)
{
  jv_set(obj, key, jv_str(s));
}

void jv_set_int(struct jv *obj, const char *key, int64_t n)
{
  jv_set(obj, key, jv_int(n));
}

void jv_set_bool(struct jv *obj, const char *key, int b)
{
  jv_set(obj, key, jv_bool(b));
}

void jv_append(struct jv *arr, struct jv *val)
{
  if (json_array_append_new(J(arr), J(val)) != 0)
    die("BUG: cannot append to JSON array");
}

void jv_free(struct jv *v)
{
  if (v)
    json_decref(J(v));
}

int jv_print(FILE *out, const struct jv *v)
{
  /* The whole document is built first: an error never leaves half of one. */
  char *s = json_dumps(J(v), JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  if (!s)
    return error("cannot build the JSON output (out of memory, or text that is not UTF-8)");
  size_t n = strlen(s);
  s[n] = '\n';
  int bad = fwrite(s, 1, n + 1, out) != n + 1;
  free(s);
  if (bad)
    return error("cannot write JSON output");
  return 0;
}

int jv_print_nested(FILE *out, const struct jv *v, int depth)
{
  char *s = json_dumps(J(v), JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  if (!s)
    die("out of memory writing JSON");
  /* Each line as it is, the lines after the first indented 2 * depth more. */
  static const char pad[] = "                                ";
  int ok = 1;
  for (const char *p = s; ok;) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) + 1 : strlen(p);
    ok = fwrite(p, 1, len, out) == len;
    if (!nl)
      break;
    for (int left = 2 * depth; left > 0 && ok; left -= (int)sizeof pad - 1)
      ok = fwrite(pad, 1, left < (int)sizeof pad - 1 ? (size_t)left : sizeof pad - 1, out) > 0;
    p = nl + 1;
  }
  free(s);
  return ok ? 0 : error("cannot write JSON output");
}

char *jv_dumps(const struct jv *v)
{
  char *s = json_dumps(J(v), JSON_COMPACT | JSON_PRESERVE_ORDER);
  if (!s)
    die("out of memory writing JSON");
  return s;
}

static struct jv *loaded(json_t *j, json_error_t *e, char *err, size_t errlen)
{
  if (!j && err)
    snprintf(err, errlen, "line %d, column %d: %s", e->line, e->column, e->text);
  return V(j);
}

struct jv *jv_load_file(const char *path, char *err, size_t errlen)
{
  json_error_t e;
  return loaded(json_load_file(path, 0, &e), &e, err, errlen);
}

struct jv *jv_loads(const char *text, char *err, size_t errlen)
{
  json_error_t e;
  return loaded(json_loads(text, 0, &e), &e, err, errlen);
}

struct jv *jv_get(const struct jv *obj, const char *key)
{
  return V(json_object_get(J(obj), key));
}

struct jv *jv_at(const struct jv *arr, size_t i)
{
  return V(json_array_get(J(arr), i));
}

size_t jv_len(const struct jv *arr)
{
  return json_array_size(J(arr));
}

const char *jv_as_str(const struct jv *v)
{
  return json_string_value(J(v));
}

int jv_is_int(const struct jv *v)
{
  return json_is_integer(J(v));
}

int64_t jv_as_int(const struct jv *v)
{
  return (int64_t)json_integer_value(J(v));
}

int jv_is_object(const struct jv *v)
{
  return json_is_object(J(v));
}

int jv_is_array(const struct jv *v)
{
  return json_is_array(J(v));
}

int jv_is_null(const struct jv *v)
{
  return !v || json_is_null(J(v));
}

int jv_is_str(const struct jv *v)
{
  return json_is_string(J(v));
}

int jv_is_real(const struct jv *v)
{
  return json_is_real(J(v));
}

double jv_as_real(const struct jv *v)
{
  return json_real_value(J(v));
}

int jv_is_bool(const struct jv *v)
{
  return json_is_boolean(J(v));
}

struct jv *jv_loadb(const char *buf, size_t len, int *col, char *err, size_t errlen)
{
  json_error_t e;
  json_t *j = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &e);
  if (!j) {
    if (col)
      *col = e.column > 0 ? e.column : 1;
    if (err)
      snprintf(err, errlen, "%s", e.text);
  }
  return V(j);
}

void *jv_iter(const struct jv *obj)
{
  return json_object_iter(J(obj));
}

void *jv_iter_next(const struct jv *obj, void *it)
{
  return json_object_iter_next(J(obj), it);
}

const char *jv_iter_key(void *it)
{
  return json_object_iter_key(it);
}

struct jv *jv_iter_value(void *it)
{
  return V(json_object_iter_value(it));
}

/* s[0..n) as a JSON string: \\ \" \b \f \n \r \t, other control
   characters as \u00XX with the given hex digits, everything else as it
   is; runs that need no escape are written in one go. */
static int write_json_string(FILE *out, const char *s, size_t n, const char *hex)
{
  if (putc_unlocked('"', out) == EOF)
    return -1;
  size_t run = 0; /* bytes s[run..i) need no escape: written in one go */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    if (i > run && fwrite(s + run, 1, i - run, out) != i - run)
      return -1;
    run = i + 1;
    char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
    size_t elen = 2;
    switch (c) {
    case '"':
      esc[1] = '"';
      break;
    case '\\':
      esc[1] = '\\';
      break;
    case '\n':
      esc[1] = 'n';
      break;
    case '\r':
      esc[1] = 'r';
      break;
    case '\t':
      esc[1] = 't';
      break;
    case '\b':
      esc[1] = 'b';
      break;
    case '\f':
      esc[1] = 'f';
      break;
    default:
      memcpy(esc + 1, "u00", 3);
      esc[4] = hex[c >> 4];
      esc[5] = hex[c & 15];
      elen = 6;
    }
    if (fwrite(esc, 1, elen, out) != elen)
      return -1;
  }
  if (n > run && fwrite(s + run, 1, n - run, out) != n - run)
    return -1;
  return putc_unlocked('"', out) == EOF ? -1 : 0;
}

int jv_write_string(FILE *out, const char *s, size_t n)
{
  return write_json_string(out, s, n, "0123456789abcdef");
}

int jv_write_str(FILE *out, const char *s)
{
  /* jansson's dump_string without flags: control characters in upper case */
  if (!s)
    return fputs("null", out) == EOF ? -1 : 0;
  return write_json_string(out, s, strlen(s), "0123456789ABCDEF");
}
