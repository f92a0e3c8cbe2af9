/*
** text.c — visible escaping of control characters for text output, and
** UTF-8 validation of what comes in.
*/
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Decode one UTF-8 sequence at s (n bytes left): its length, or 0 when the
   bytes there are not valid UTF-8. *cp gets the code point. */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
  unsigned c = s[0];
  size_t len;
  unsigned min;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    len = 2, min = 0x80, c &= 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, min = 0x800, c &= 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, min = 0x10000, c &= 0x07;
  } else {
    return 0;
  }
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

long utf8_invalid_at(const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned cp;
    if (p[i] >= 0x01 && p[i] < 0x80) {
      i++;
      continue;
    }
    size_t len = p[i] ? utf8_decode(p + i, n - i, &cp) : 0;
    if (len == 0)
      return (long)i;
    i += len;
  }
  return -1;
}

char *utf8_sanitize(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s), i = 0, run = 0;
  struct buf b = BUF_INIT;
  while (i < n) {
    unsigned cp;
    size_t len = p[i] < 0x80 ? 1 : utf8_decode(p + i, n - i, &cp);
    if (len) {
      i += len;
      continue;
    }
    buf_add(&b, s + run, i - run);
    buf_adds(&b, "\xEF\xBF\xBD");
    run = ++i;
  }
  buf_add(&b, s + run, n - run);
  char *r = buf_detach(&b, NULL);
  return r ? r : xstrdup("");
}

int utf8_check_args(int argc, char **argv)
{
  for (int i = 1; i < argc; i++) {
    long at = utf8_invalid_at(argv[i], strlen(argv[i]));
    if (at >= 0) {
      char *shown = text_escape(argv[i]);
      int rc = usage_error("argument %d ('%s') is not valid UTF-8 (byte offset %ld): give text "
                           "as UTF-8",
                           i, shown, at);
      free(shown);
      return rc;
    }
  }
  return 0;
}

static int needs_escape(unsigned cp)
{
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void text_escape_add(struct buf *out, const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, run = 0;
  while (i < n) {
    unsigned cp;
    size_t len = p[i] < 0x80 ? (cp = p[i], 1) : utf8_decode(p + i, n - i, &cp);
    if (len && !needs_escape(cp)) {
      i += len;
      continue;
    }
    buf_add(out, s + run, i - run);
    if (len == 0) {
      buf_addf(out, "\\x%02x", p[i]);
      len = 1;
    } else if (cp >= 0x80) {
      buf_addf(out, "\\u{%04X}", cp);
    } else {
      static const char names[] = "\n\r\t\a\033\b\f\v";
      static const char *const shown[] = {"\\n", "\\r", "\\t", "\\a", "\\e", "\\b", "\\f", "\\v"};
      const char *k = cp ? strchr(names, (int)cp) : NULL;
      if (k)
        buf_adds(out, shown[k - names]);
      else
        buf_addf(out, "\\x%02x", cp);
    }
    i += len;
    run = i;
  }
  buf_add(out, s + run, n - run);
}

int text_blank(const char *s)
{
  return !s || !s[strspn(s, " \t\r\n\v\f")];
}

int text_is_clean(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    if (p[i] >= 0x20 && p[i] < 0x7F) {
      i++;
      continue;
    }
    unsigned cp;
    size_t len = utf8_decode(p + i, n - i, &cp);
    if (len == 0 || needs_escape(cp))
      return 0;
    i += len;
  }
  return 1;
}

char *text_escape(const char *s)
{
  if (!s)
    return NULL;
  struct buf b = BUF_INIT;
  text_escape_add(&b, s, strlen(s));
  char *r = buf_detach(&b, NULL);
  return r ? r : xstrdup("");
}

const char *tx(const char *s)
{
  static char *ring[64];
  static unsigned next;
  if (!s || text_is_clean(s))
    return s;
  unsigned k = next++ % 64;
  free(ring[k]);
  ring[k] = text_escape(s);
  return ring[k];
}

void text_clean(char **s)
{
  if (*s && !text_is_clean(*s)) {
    char *e = text_escape(*s);
    free(*s);
    *s = e;
  }
}

void text_clean_matter(struct matter *m)
{
  char **f[] = {&m->ref,          &m->kind,     &m->from_code,  &m->from_name,   &m->to_code,
                &m->to_name,      &m->tracking, &m->subject,    &m->description, &m->trigger_date,
                &m->trigger_time, &m->rule,     &m->due_stated, &m->routed,      &m->compliance,
                &m->due,          &m->status};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    text_clean(f[i]);
  for (char **p = m->parents; p && *p; p++)
    text_clean(p);
}

void text_clean_event(struct event_row *e)
{
  char **f[] = {&e->ref,       &e->at,        &e->on_date, &e->kind, &e->field,
                &e->old_value, &e->new_value, &e->note,    &e->by};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    text_clean(f[i]);
}

void text_clean_response(struct response_row *r)
{
  text_clean(&r->kind);
  text_clean(&r->on_date);
  text_clean(&r->note);
  text_clean(&r->by);
}

void text_clean_deadline(struct deadline_row *d)
{
  text_clean(&d->kind);
  text_clean(&d->due);
  text_clean(&d->due_time);
  text_clean(&d->rule);
  text_clean(&d->basis);
}

void text_clean_agency(struct agency *a)
{
  char **f[] = {&a->code, &a->name, &a->jurisdiction, &a->calendar, &a->cutoff, &a->contact};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    text_clean(f[i]);
}
