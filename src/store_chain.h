/*
** store_chain.h — the history's hash chain in the database: appending a
** chained row, filling the hashes of rows written before migration 0011, and
** `pubrec verify` (integrity, the chain, its head, and that every matter's
** stored state is what its history says). docs/HISTORY.md explains it.
*/
#ifndef PUBREC_STORE_CHAIN_H
#define PUBREC_STORE_CHAIN_H

#include <sqlite3.h>
#include <stdint.h>

#include "chain_hash.h"
#include "store.h"

/* Insert one history row with the next id and its chain hash, and move the
   head. Called by store_event_add only (inside the write transaction). */
int store_chain_append(struct store *st, int64_t matter_id, const char *on_date, const char *kind,
                       const char *field, const char *old_value, const char *new_value,
                       const char *note);

/* Hash every row whose hash is NULL, in id order, and set the head. db.c
   calls it right after migration *_history_hash.sql, in its transaction.
   0, or -1 after printing an error. */
int store_chain_backfill(sqlite3 *h, const char *path);

struct verify_result {
  int ok;               /* 1 when nothing disagrees */
  int64_t rows;         /* history rows checked */
  int64_t matters;      /* matters checked */
  int64_t head_id;      /* the last row's id (0 when the history is empty) */
  char head[CHAIN_HEX]; /* its hash */
  int64_t bad_row;      /* the first row that disagrees, or 0 when it is not a row */
  char *bad_ref;        /* its matter, or NULL; owned */
  char *what;           /* what differs, in words; owned */
};

/* Check the database (integrity_check, foreign_key_check), the whole chain
   and its head, and the stored state of one matter (matter_id > 0) or of
   every matter (0) against its history. With anchor ("ID:HASH", or a hash or
   a prefix of one of at least 16 hex digits), also that the row it names is
   still in the chain with that hash. Returns 0 with r filled (r->ok says
   whether it held), or -1 after printing an error (the check could not run).
   Free r with verify_result_release. */
int store_verify(struct store *st, int64_t matter_id, const char *anchor, struct verify_result *r);
/* The chain from history row `after` on (0: the whole chain): every later
   row's hash chained from that row's stored hash, ids without gaps, and the
   head naming the last row; no integrity or state checks. What an import
   checks of the rows it added. 0 with r filled, or -1 after an error. */
int store_chain_verify_after(struct store *st, int64_t after, struct verify_result *r);
void verify_result_release(struct verify_result *r);

#endif
