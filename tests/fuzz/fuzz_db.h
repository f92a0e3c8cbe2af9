/*
** fuzz_db.h — what the import fuzz targets (fuzz_jsonl.c, fuzz_csv.c) share:
** scratch databases in $TMPDIR (run.sh points it at a directory it removes),
** a pristine image of each kept in memory and written back after an input
** changed it, the input written to a file (the import commands read files),
** and the real commands run through cmd_run with fixed global options.
*/
#ifndef PUBREC_FUZZ_DB_H
#define PUBREC_FUZZ_DB_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "store_chain.h"
#include "util.h"

#define FUZZ_TODAY "2026-01-15"

/* One scratch database: its path, an open context on it, and the bytes it
   is restored to. */
struct fuzz_db {
  char path[512];
  struct ctx ctx;
  char *image;
  size_t size;
};

static char fuzz_dir[512];

static inline void fuzz_globals(const char *db)
{
  memset(&opt_globals, 0, sizeof opt_globals);
  opt_globals.db = db;
  opt_globals.today = FUZZ_TODAY;
  opt_globals.by = "fuzz";
}

/* A fresh directory under $TMPDIR for every file of this process. */
static inline void fuzz_mkdir(const char *name)
{
  const char *tmp = getenv("TMPDIR");
  snprintf(fuzz_dir, sizeof fuzz_dir, "%s/pubrec-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
  if (!mkdtemp(fuzz_dir))
    abort();
}

static inline void fuzz_unlink_db(const char *path)
{
  char side[600];
  unlink(path);
  snprintf(side, sizeof side, "%s-wal", path);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", path);
  unlink(side);
}

/* argv (NULL-terminated) through the command table; its exit code. */
static inline int fuzz_cmd(struct fuzz_db *d, char **argv)
{
  int argc = 0;
  while (argv[argc])
    argc++;
  fuzz_globals(d->path);
  int rc = cmd_run(&d->ctx, argc, argv);
  fuzz_globals(d->path); /* options a command read stay set */
  if (d->ctx.db && d->ctx.db->in_txn)
    abort(); /* a command left its transaction open */
  return rc;
}

/* Open d->path (made by the caller, or created with its schema here) and keep
   its bytes as the image to restore. */
static inline void fuzz_db_keep(struct fuzz_db *d)
{
  ctx_close(&d->ctx); /* checkpoints the write-ahead log into the file */
  FILE *f = fopen(d->path, "rb");
  if (!f)
    abort();
  fseek(f, 0, SEEK_END);
  d->size = (size_t)ftell(f);
  rewind(f);
  d->image = xmalloc(d->size);
  if (fread(d->image, 1, d->size, f) != d->size)
    abort();
  fclose(f);
  fuzz_globals(d->path);
  if (ctx_open(&d->ctx) != 0)
    abort();
}

/* Put the image back (after an input committed something). */
static inline void fuzz_db_restore(struct fuzz_db *d)
{
  ctx_close(&d->ctx);
  fuzz_unlink_db(d->path);
  FILE *f = fopen(d->path, "wb");
  if (!f || fwrite(d->image, 1, d->size, f) != d->size || fclose(f) != 0)
    abort();
  fuzz_globals(d->path);
  if (ctx_open(&d->ctx) != 0)
    abort();
}

static inline void fuzz_db_release(struct fuzz_db *d)
{
  ctx_close(&d->ctx);
  fuzz_unlink_db(d->path);
  free(d->image);
  d->image = NULL;
}

/* The demo's story into d->path (its calendar and report beside it),
   printed to nowhere. */
static inline void fuzz_db_demo(struct fuzz_db *d)
{
  fflush(stdout);
  int out = dup(1);
  if (out < 0 || !freopen("/dev/null", "w", stdout))
    abort();
  char *story[] = {"demo", NULL};
  fuzz_globals(d->path);
  if (cmd_run(&d->ctx, 1, story) != 0)
    abort();
  if (opt_globals.db != d->path)
    free((char *)opt_globals.db); /* demo's copy of the path, kept until exit */
  fuzz_globals(d->path);
  fflush(stdout);
  dup2(out, 1);
  close(out);
}

/* The database proves itself: integrity, the history chain and every
   matter against its history (pubrec verify). */
static inline void fuzz_verify(struct fuzz_db *d)
{
  struct verify_result r;
  if (store_verify(&d->ctx.st, 0, NULL, &r) != 0)
    abort();
  if (!r.ok) {
    fprintf(stderr, "verify: row %lld, matter %s: %s\n", (long long)r.bad_row,
            r.bad_ref ? r.bad_ref : "-", r.what ? r.what : "?");
    abort();
  }
  verify_result_release(&r);
}

/* The history's hash chain holds, from its first row to its head (what an
   import must leave: docs/HISTORY.md). */
static inline void fuzz_verify_chain(struct fuzz_db *d)
{
  struct verify_result r;
  if (store_chain_verify_after(&d->ctx.st, 0, &r) != 0)
    abort();
  if (!r.ok) {
    fprintf(stderr, "chain: row %lld: %s\n", (long long)r.bad_row, r.what ? r.what : "?");
    abort();
  }
  verify_result_release(&r);
}

/* The input as the file the command reads. */
static inline void fuzz_write_input(const char *path, const uint8_t *data, size_t size)
{
  FILE *f = fopen(path, "wb");
  if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
    abort();
}

#endif
