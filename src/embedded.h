/*
** embedded.h — files compiled into the binary at build time
** (cmake/embed.cmake): the migrations and the report templates.
*/
#ifndef PUBREC_EMBEDDED_H
#define PUBREC_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
  const char *name; /* file name without directory, e.g. "0001_init.sql" */
  const char *data; /* contents, NUL-terminated */
  size_t len;       /* bytes, excluding the NUL */
};

/* Sorted by name; terminated by an entry with name NULL. */
extern const struct embedded_file embedded_migrations[];
extern const size_t embedded_migrations_count;
extern const struct embedded_file embedded_templates[];
extern const size_t embedded_templates_count;

#endif
