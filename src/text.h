/*
** text.h — text that came from outside, made safe to show and checked on
** the way in: control characters shown visibly escaped in text output (as
** git and ls do), and UTF-8 validation with the byte offset of the first
** bad byte.
*/
#ifndef PUBREC_TEXT_H
#define PUBREC_TEXT_H

#include <stddef.h>

#include "model.h"
#include "util.h"

/* Append s[0..n) to out with every control character shown visibly: "\n",
   "\r", "\t", "\a", "\e", "\b", "\f", "\v", other C0 and DEL as "\xNN",
   C1 controls (U+0080..U+009F) and the bidirectional overrides and line
   separators (U+2028, U+2029, U+202A..U+202E, U+2066..U+2069) as "\u{XXXX}".
   Invalid UTF-8 bytes are shown as "\xNN". Everything else is copied. */
void text_escape_add(struct buf *out, const char *s, size_t n);
/* 1 when s needs no escaping. */
int text_is_clean(const char *s);
/* A malloc'd escaped copy of s (NULL for NULL); caller frees. */
char *text_escape(const char *s);
/* s itself when clean, else an escaped copy that lives until 64 more calls
   (for printf arguments: printf("%s", tx(subject))). NULL for NULL. */
const char *tx(const char *s);
/* Replace *s by its escaped form (when it needs one). */
void text_clean(char **s);
/* Every text field of the struct, for text output only (never JSON). */
void text_clean_matter(struct matter *m);
void text_clean_event(struct event_row *e);
void text_clean_response(struct response_row *r);
void text_clean_deadline(struct deadline_row *d);
void text_clean_agency(struct agency *a);

/* 1 when s is NULL, empty, or only blanks (spaces, tabs, line breaks). */
int text_blank(const char *s);

/* The byte offset of the first byte of s[0..n) that is not part of valid
   UTF-8 (overlongs, surrogates and code points above U+10FFFF are invalid),
   or -1 when it is all valid. NUL bytes are invalid too (n counts them). */
long utf8_invalid_at(const char *s, size_t n);
/* A malloc'd copy of s with every byte that is not valid UTF-8 replaced by
   U+FFFD. */
char *utf8_sanitize(const char *s);
/* Check every argument; on the first invalid one print "argument N ('...')
   is not valid UTF-8 (byte offset K)" and return PR_USAGE. */
int utf8_check_args(int argc, char **argv);

#endif
