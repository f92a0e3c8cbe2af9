/*
** outfile.h — write a file atomically (git's tempfile.c + lockfile.c in one):
** the data goes to a new temporary file beside the target, which is flushed,
** fsync'ed and renamed over the target, and the directory is fsync'ed. A
** reader sees the old file or the whole new one, never half of it. Until the
** rename, the temporary file is registered: outfile_release(), exit() and
** SIGINT, SIGTERM, SIGHUP, SIGQUIT or SIGPIPE remove it (with unlink(), which
** is async-signal-safe), so nothing is left behind.
**
**   struct outfile o;
**   if (outfile_open(&o, path, OUTFILE_MODE_KEEP) != 0) return -1;
**   fputs("...", o.fp);
**   rc = outfile_commit(&o);
**   outfile_release(&o); // always; removes the temporary file unless committed
*/
#ifndef PUBREC_OUTFILE_H
#define PUBREC_OUTFILE_H

#include <stddef.h>
#include <stdio.h>

/* The mode a new file gets: the replaced file's, or 0666 & ~umask when new. */
#define OUTFILE_MODE_KEEP (-1)

struct outfile {
  char *path; /* the target; owned */
  char *tmp;  /* the temporary file beside it; owned */
  FILE *fp;   /* write here between open and commit */
  int slot;   /* 1 + index in the cleanup registry; 0 when none */
};

/*
** Create the temporary file beside path (same directory, so the rename is
** atomic; O_EXCL with a random name; mode 0600 while written, then mode, or
** the OUTFILE_MODE_KEEP default). 0, or -1 after printing an error naming
** path (a directory, a missing or unwritable directory). Call
** outfile_release() in either case.
*/
int outfile_open(struct outfile *o, const char *path, int mode);

/* Flush, fsync, close and rename the temporary file over the target, then
   fsync the directory. 0, or -1 after printing an error (the temporary file
   is removed, the target untouched). */
int outfile_commit(struct outfile *o);

/* Remove the temporary file unless committed, and free o's memory. Safe to
   call twice and on a zeroed struct. */
void outfile_release(struct outfile *o);

/* open + write len bytes + commit + release. 0 or -1. */
int outfile_write(const char *path, int mode, const void *data, size_t len);

#endif
