/*
** json.h — building, printing and reading JSON documents. json.c is the
** only file that includes <jansson.h> (besides template.c, which walks a
** model); everyone else holds an opaque `struct jv`.
**
** Ownership follows jansson: constructors return a new value owned by the
** caller; jv_set/jv_append STEAL the child (like json_object_set_new);
** jv_get returns a borrowed value.
*/
#ifndef PUBREC_JSON_H
#define PUBREC_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct jv;

struct jv *jv_object(void);
struct jv *jv_array(void);
struct jv *jv_str(const char *s); /* NULL gives null */
struct jv *jv_int(int64_t n);
struct jv *jv_real(double d);
struct jv *jv_bool(int b);
struct jv *jv_null(void);
void jv_set(struct jv *obj, const char *key, struct jv *val); /* steals val */
void jv_set_str(struct jv *obj, const char *key, const char *s);
void jv_set_int(struct jv *obj, const char *key, int64_t n);
void jv_set_bool(struct jv *obj, const char *key, int b);
void jv_append(struct jv *arr, struct jv *val); /* steals val */
void jv_free(struct jv *v);                     /* NULL is a no-op */

/* Print v (indented, keys in insertion order) and a newline; 0 or -1. */
int jv_print(FILE *out, const struct jv *v);
/* Print v as jv_print would print it nested `depth` levels deep in a larger
   document (its lines after the first indented to match, no newline after):
   a command can stream an array's items one at a time. */
int jv_print_nested(FILE *out, const struct jv *v, int depth);
/* Serialize compactly; caller frees. */
char *jv_dumps(const struct jv *v);

/* Reading. */
struct jv *jv_load_file(const char *path, char *err, size_t errlen); /* NULL on error */
struct jv *jv_loads(const char *text, char *err, size_t errlen);
struct jv *jv_get(const struct jv *obj, const char *key); /* borrowed, NULL if missing */
struct jv *jv_at(const struct jv *arr, size_t i);         /* borrowed */
size_t jv_len(const struct jv *arr);
const char *jv_as_str(const struct jv *v); /* borrowed; NULL unless a string */
int jv_is_int(const struct jv *v);
int64_t jv_as_int(const struct jv *v);
int jv_is_object(const struct jv *v);
int jv_is_array(const struct jv *v);
int jv_is_null(const struct jv *v);
int jv_is_str(const struct jv *v);
int jv_is_real(const struct jv *v);
double jv_as_real(const struct jv *v);
int jv_is_bool(const struct jv *v);

/* One JSON text in buf[0..len) (a line of a JSON Lines file): an object or
   array, duplicate keys refused. On error NULL, *col the 1-based column
   (in characters) where it went wrong and err the reason. */
struct jv *jv_loadb(const char *buf, size_t len, int *col, char *err, size_t errlen);

/* Walking an object's members in their order. */
void *jv_iter(const struct jv *obj); /* NULL when empty */
void *jv_iter_next(const struct jv *obj, void *it);
const char *jv_iter_key(void *it);
struct jv *jv_iter_value(void *it); /* borrowed */

/* Streaming writers for large outputs (JSON Lines): a JSON string with its
   quotes and escapes (n bytes of s), written to out. 0 or -1 (EOF). */
int jv_write_string(FILE *out, const char *s, size_t n);
/* s as jv_print writes a string value (jansson's escapes: control
   characters as \u00XX in upper case), or null for NULL: a printer that
   streams part of a document writes the same bytes. 0 or -1 (EOF). */
int jv_write_str(FILE *out, const char *s);

#endif
