/*
** store_exchange.h — the storage side of `pubrec export` and `pubrec import`
** (JSON Lines, docs/EXCHANGE.md) and `pubrec backup`: every table written row
** by row as it is read, rows restored exactly as exported, and SQLite's online
** backup. The SQL lives in store_exchange.c.
*/
#ifndef PUBREC_STORE_EXCHANGE_H
#define PUBREC_STORE_EXCHANGE_H

#include <stdint.h>
#include <stdio.h>

#include "json.h"
#include "store.h"

/* Called every few thousand rows with the rows done so far (progress). */
typedef void (*store_tick)(void *arg, uint64_t rows);

/* The export format's version (the header's "version"). */
#define STORE_EXPORT_VERSION 1

/* Write the header line and every row of every exported table to out, one
   JSON object a line, each table in key order. since (YYYY-MM-DD, or NULL):
   only the matters changed on or after that day (and their rows); the
   reference tables are always complete. Refuses (before writing anything) a
   schema with a table the export does not know, since it would be lost.
   0 or -1 after printing an error. */
int store_export_jsonl(struct store *st, FILE *out, const char *since, store_tick tick, void *arg);
/* Rows the export will write (for progress); 0 if unknown. */
uint64_t store_export_count(struct store *st, const char *since);

/* Import: rows restored as exported, into the caller's transaction. */
struct store_import;
/* label names the file in messages ("FILE line N: ..."). 0 or -1. */
int store_import_open(struct store *st, const char *label, struct store_import **out);
/* The header line's object: format, version and schema checked. 0 or -1. */
int store_import_header(struct store_import *im, long line, const struct jv *obj);
/* One row line's object ({"table": T, "row": {...}}). 0 or -1 after a
   positioned error. */
int store_import_row(struct store_import *im, long line, const struct jv *obj);
/* What an import did with the file's rows: added; already present with the
   same content; replacing an older version (a matter changed later, an agency
   or rule changed since); older than the database's version (an earlier
   export of this database: already contained, left as they are). */
struct store_import_tally {
  uint64_t added, same, updated, older;
};
/* After the last row: the rows of agencies, rules, calendars, ... that exist
   with other content are decided. An agency's own history (agency_event)
   says whether the file's version is newer (applied, as an update beside the
   history rows the file adds), older (left) or divergent (a conflict); the
   other reference tables have no history of their own, and the database's
   whole history (event and agency_event) decides: a file whose history
   continues this database's is newer, one whose history this database
   contains and goes beyond is older, anything else is a conflict, reported
   with both versions. 0 or -1 after an error. */
int store_import_finish(struct store_import *im);
/* Counts so far over every table. */
void store_import_counts(const struct store_import *im, struct store_import_tally *n);
/* Per table, for the summary: name and counts of the i-th table; 0 past the end. */
int store_import_table(const struct store_import *im, size_t i, const char **name,
                       struct store_import_tally *n);
/* After the last row: the history rows the import added continue the
   database's hash chain (each hash chained from the row before it, no id
   missing) and the head names the last one (store_chain_verify_after).
   0 with r filled (r->ok), or -1 after an error. */
struct verify_result;
int store_import_check_chain(struct store_import *im, struct verify_result *r);
void store_import_close(struct store_import *im);

/* Copy the open database to path (which must not exist) through SQLite's
   online backup API, then run PRAGMA integrity_check on the copy. The copy
   is created 0600. 0, or -1 after an error (the partial copy removed). */
int store_backup(struct store *st, const char *path, store_tick tick, void *arg);

/* ---- the spreadsheet side (import --csv, export --csv) ---- */

/* The reference of the matter imported with this key (matter.ext_key).
   0 (*ref the caller's to free), 1 when none, -1. */
int store_matter_ref_by_key(struct store *st, const char *key, char **ref);
/* The code of the agency (not a person) whose code is name, else whose name
   is name in any case. 0 (*code the caller's), 1 when none, -1. */
int store_agency_find(struct store *st, const char *name, char **code);
/* 1 when a party (agency or person) has this code, 0 when not, -1. */
int store_party_code_taken(struct store *st, const char *code);
/* 1 when the matter has a note with this day and text, 0 when not, -1. */
int store_note_exists(struct store *st, const char *ref, const char *on, const char *text);

/* The highest matter id (0: none yet). 0 or -1. */
int store_matter_max_id(struct store *st, int64_t *id);
/* The full-text index rows of every matter with an id above after, rebuilt
   from matter_fts_source in one statement (see db_defer_fts_insert). 0 or -1. */
int store_fts_fill_after(struct store *st, int64_t after);

/* The columns of 'export --csv' and 'list --csv', in order. */
#define STORE_CSV_NCOLS 15
extern const char *const store_csv_columns[STORE_CSV_NCOLS + 1];
/* Every matter not voided (since: changed on or after that day), by id, as
   STORE_CSV_NCOLS values (NULL for none) to fn; a non-zero return stops. */
int store_csv_matters(struct store *st, const char *since,
                      int (*fn)(void *arg, const char *const *vals), void *arg);
/* The same columns for one matter by reference (list --csv). 0, 1 none, -1. */
int store_csv_matter(struct store *st, const char *ref,
                     int (*fn)(void *arg, const char *const *vals), void *arg);

#endif
