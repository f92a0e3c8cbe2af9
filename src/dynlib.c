/*
** dynlib.c — shared libraries loaded on first use (see dynlib.h).
*/
#include "dynlib.h"

#include <dlfcn.h>

#include "util.h"

int dynlib_load(const struct dynlib *lib, const struct dynlib_sym *syms, size_t nsyms, int *loaded)
{
  if (*loaded)
    return 0;
  void *h = dlopen(lib->file, RTLD_NOW | RTLD_LOCAL);
  if (!h)
    return error("cannot load %s %s: %s (install %s)", lib->file, lib->purpose, dlerror(),
                 lib->package);
  for (size_t i = 0; i < nsyms; i++) {
    *syms[i].slot = dlsym(h, syms[i].name);
    if (!*syms[i].slot)
      return error("%s lacks %s: install %s", lib->file, syms[i].name, lib->version);
  }
  *loaded = 1;
  return 0;
}
