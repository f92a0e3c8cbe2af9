/*
** exchange.h — what cmd_exchange.c (export, import, backup) and cmd_csv.c
** (the spreadsheet side) share: progress on a terminal, the atomic -o file,
** and the CSV entry points.
*/
#ifndef PUBREC_EXCHANGE_H
#define PUBREC_EXCHANGE_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "outfile.h"

#include "cmd.h"

/* Progress on stderr when it is a terminal: rows, rows per second and, when
   the total is known, the time left. Nothing at all otherwise. */
struct progress {
  int on, shown;
  const char *what;
  uint64_t total;
  double t0, last;
};
void progress_start(struct progress *p, const char *what, uint64_t total);
void progress_tick(void *arg, uint64_t done); /* a store_tick: done of total */
/* rows done, and the fraction of the work done (from 0 to 1; < 0: unknown). */
void progress_update(struct progress *p, uint64_t rows, double fraction);
void progress_end(struct progress *p);

/* An output: standard output (path NULL) or FILE written beside itself
   under a temporary name, fsync'ed and renamed on commit, removed on
   release without commit (or on SIGINT/SIGTERM/SIGHUP). */
/* An export's output: standard output, or a file written atomically through
   src/outfile.c (the one owner of -o files). */
struct xout {
  struct outfile of;
  FILE *fp;      /* write here */
  int to_stdout; /* no path given */
};
int xout_open(struct xout *o, const char *path);
int xout_commit(struct xout *o);
void xout_release(struct xout *o);

/* cmd_csv.c */
int csv_import(struct ctx *c, const struct opt_parsed *p);
int csv_export_matters(struct ctx *c, const char *path, const char *since);
/* The matters refs (in that order) as CSV on standard output: list --csv. */
int csv_list_matters(struct ctx *c, const char *const *refs, size_t n);

#endif
