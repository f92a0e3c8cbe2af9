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

#endif
