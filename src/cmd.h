/*
** cmd.h — the command table's types, the context every command gets, and
** the prototype of every cmd_* (one file each, src/cmd_<name>.c).
*/
#ifndef PUBREC_CMD_H
#define PUBREC_CMD_H

#include <stdio.h>

#include "db.h"
#include "opt.h"
#include "store.h"

#ifndef PUBREC_VERSION
#define PUBREC_VERSION "0.1.0"
#endif

struct ctx {
  char *db_path;  /* resolved database path; owned */
  int json;       /* --json */
  char today[11]; /* YYYY-MM-DD */
  char now[21];   /* YYYY-MM-DDTHH:MM:SSZ */
  const char *by; /* who records changes */
  int readonly;   /* ctx_open opens an existing database read-only (serve) */
  struct db *db;  /* opened by ctx_open */
  struct store st;
};

/* The context (src/ctx.c). Resolve --db/--today/--by (after the command
   parsed its options) and open the database, creating it with its schema on
   first use. 0 or -1. */
int ctx_open(struct ctx *c);
/* Like ctx_open for commands that write nothing (deadline, holidays): no
   database file or directory is created, and an existing one is opened
   query-only (db_open_query). 0 or -1. */
int ctx_open_query(struct ctx *c);
/* ctx_open, but only when the database file exists: 1 when it does not. */
int ctx_open_existing(struct ctx *c);
/* Resolve --today/--json only (commands that need no database). 0 or -1. */
int ctx_settle(struct ctx *c);
void ctx_close(struct ctx *c);

/* Run fn inside one write transaction: commit on 0, roll back otherwise. */
int ctx_write(struct ctx *c, int (*fn)(struct ctx *c, void *arg), void *arg);

typedef int (*cmd_fn)(struct ctx *c, int argc, char **argv);

struct cmd_spec {
  const char *name;
  cmd_fn fn;
  const char *summary;
  const char *subcommands; /* space-separated ("add list show"), or NULL */
  const char *args;        /* what each argument after them is, for completion:
                              space-separated kinds of 'pubrec __complete' ("refs
                              statuses"), alternatives joined by '+'; or NULL */
  int flags;               /* CMD_HIDDEN, CMD_READONLY */
};

#define CMD_HIDDEN 1   /* left out of help, man pages and completion */
#define CMD_READONLY 2 /* writes nothing (its help leaves out --by) */

/* The command table (src/cmd.c), ending with a NULL name. */
extern const struct cmd_spec cmd_table[];
/* The command named name, or NULL. */
const struct cmd_spec *cmd_find(const char *name);
/* "usage: pubrec ..." and the list of commands. */
void cmd_usage(FILE *out);

int cmd_init(struct ctx *c, int argc, char **argv);
int cmd_agency(struct ctx *c, int argc, char **argv);
int cmd_add(struct ctx *c, int argc, char **argv);
int cmd_list(struct ctx *c, int argc, char **argv);
int cmd_show(struct ctx *c, int argc, char **argv);
int cmd_log(struct ctx *c, int argc, char **argv);
int cmd_respond(struct ctx *c, int argc, char **argv);
int cmd_status(struct ctx *c, int argc, char **argv);
int cmd_due(struct ctx *c, int argc, char **argv);
int cmd_demo(struct ctx *c, int argc, char **argv);
int cmd_deadline(struct ctx *c, int argc, char **argv);
int cmd_holidays(struct ctx *c, int argc, char **argv);
int cmd_rules(struct ctx *c, int argc, char **argv);
int cmd_rule(struct ctx *c, int argc, char **argv);
int cmd_jurisdictions(struct ctx *c, int argc, char **argv);
int cmd_calendar(struct ctx *c, int argc, char **argv);
int cmd_closure(struct ctx *c, int argc, char **argv);
int cmd_extend(struct ctx *c, int argc, char **argv);
int cmd_toll(struct ctx *c, int argc, char **argv);
int cmd_resume(struct ctx *c, int argc, char **argv);
int cmd_reopen(struct ctx *c, int argc, char **argv);
int cmd_statuses(struct ctx *c, int argc, char **argv);
int cmd_edit(struct ctx *c, int argc, char **argv);
int cmd_void(struct ctx *c, int argc, char **argv);
int cmd_unvoid(struct ctx *c, int argc, char **argv);
int cmd_retract(struct ctx *c, int argc, char **argv);
int cmd_note(struct ctx *c, int argc, char **argv);

/* "PATH (N bytes, sha256 HEX)" of a regular, readable file, for a note's
   history row; *out is the caller's to free. 0, or -1 after an error. */
int cmd_file_summary(const char *path, char **out);
int cmd_search(struct ctx *c, int argc, char **argv);
int cmd_tag(struct ctx *c, int argc, char **argv);
int cmd_people(struct ctx *c, int argc, char **argv);

/* Print what a lifecycle operation did (text, or the matter as JSON with
   previous_status and previous_due). Defined in cmd_status.c. */
struct outcome;
int cmd_print_outcome(struct ctx *c, const struct outcome *o, const char *what);
int cmd_ics(struct ctx *c, int argc, char **argv);
int cmd_report(struct ctx *c, int argc, char **argv);
int cmd_verify(struct ctx *c, int argc, char **argv);

int cmd_config(struct ctx *c, int argc, char **argv);
int cmd_digest(struct ctx *c, int argc, char **argv);
int cmd_complete(struct ctx *c, int argc, char **argv);
int cmd_serve(struct ctx *c, int argc, char **argv);
int cmd_export(struct ctx *c, int argc, char **argv);
int cmd_import(struct ctx *c, int argc, char **argv);
int cmd_backup(struct ctx *c, int argc, char **argv);

/* Run the command named argv[0] (used by demo to replay its story). */
int cmd_run(struct ctx *c, int argc, char **argv);

#endif
