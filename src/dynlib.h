/*
** dynlib.h — a shared library loaded with dlopen on first use and a table
** of its functions resolved into pointers: how ics.c loads libical,
** crypto_dl.c libcrypto and cmd_serve.c libmicrohttpd (each costs every
** command start-up time when linked, and only some commands need it).
*/
#ifndef PUBREC_DYNLIB_H
#define PUBREC_DYNLIB_H

#include <stddef.h>

/* One function to resolve: its name, and the pointer to fill. */
struct dynlib_sym {
  const char *name;
  void **slot;
};

/* An entry of a table of struct dynlib_sym for function f, resolved into
   the pointer PREFIX##f (declared __typeof__(&f)). */
#define DYNLIB_SYM(prefix, f) {#f, (void **)&prefix##f},

/* A library to load: its file name, what it is loaded for ("for iCalendar
   output"), the package that installs it ("libical3") and the version whose
   functions the table names ("libical 3"), for the errors. */
struct dynlib {
  const char *file, *purpose, *package, *version;
};

/* Load lib and resolve every symbol of syms, once: *loaded is set after
   success, and a later call with it set returns at once. 0, or -1 after
   printing why. The library stays loaded until the process ends. */
int dynlib_load(const struct dynlib *lib, const struct dynlib_sym *syms, size_t nsyms, int *loaded);

#endif
