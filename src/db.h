/*
** db.h — the SQLite connection: opening with the pragmas every connection
** needs, the migrations runner, and write transactions. Only db.c and
** store.c call sqlite3_* functions.
*/
#ifndef PUBREC_DB_H
#define PUBREC_DB_H

#include <sqlite3.h>

/* A statement kept for the life of the connection (db_cached). */
struct db_cached_stmt {
  char *sql;          /* its text: the key; owned */
  unsigned long hash; /* of sql */
  sqlite3_stmt *stmt;
  int busy; /* 1 between db_cached and db_finish */
};

#define DB_CACHE_MAX 64

struct db {
  sqlite3 *handle;  /* the connection */
  char *path;       /* as given; owned */
  int in_txn;       /* 1 inside db_begin/db_commit */
  int busy_ms;      /* how long to wait for another writer's lock (PUBREC_BUSY_TIMEOUT_MS) */
  int waited_ms;    /* time spent waiting for another writer's lock */
  int said_waiting; /* 1 once the wait was announced on stderr */
  struct db_cached_stmt cache[DB_CACHE_MAX]; /* prepared once, reused (fossil's
                                                db_static_prepare) */
  int ncache;
};

/* Highest schema version this binary knows (the number of embedded migrations). */
int db_schema_latest(void);

/* Open (creating if missing) the database at path and bring its schema up to
   date. Refuses a file that is not SQLite, a schema newer than this binary,
   and a path whose directory does not exist, without writing anything.
   Returns 0 and a handle to free with db_close, or -1 after printing an error. */
int db_open(struct db **out, const char *path);
/* For commands that write nothing (deadline, holidays): an existing database
   is opened without creating anything and made query-only (PRAGMA
   query_only; an older schema is migrated first, the one write); when path
   does not exist, an in-memory database with the built-in rules and calendars
   stands in and no file is created. 0 or -1 after printing an error. */
int db_open_query(struct db **out, const char *path);
/* Like db_open, but apply migrations only up to version (tests use this to
   build every earlier schema). */
int db_open_at_version(struct db **out, const char *path, int version);
/* Open an existing database read-only (pubrec serve): no file or directory
   is created, no migration runs, PRAGMA query_only is on. Refuses a missing
   file, a file that is not a pubrec database, and a schema older or newer
   than this binary's, naming what to do. 0 or -1 after printing an error. */
int db_open_readonly(struct db **out, const char *path);
void db_close(struct db *db);

/* A prepared statement for sql, kept on the connection and reused by every
   later call with the same text, so a command that runs one statement per
   matter prepares it once. Release it with db_finish (which resets it and
   clears its bindings), never sqlite3_finalize. While it is in use, a second
   request for the same text gets a fresh statement that db_finish finalizes.
   NULL after an error (the caller reports it with db_error). */
sqlite3_stmt *db_cached(struct db *db, const char *sql);
/* Reset a statement from db_cached, or finalize any other one. NULL is a no-op. */
void db_finish(struct db *db, sqlite3_stmt *s);

/* Run the statements sql of the migration called name (a transaction is
   open and foreign keys are off), then check the foreign keys its writes
   could have broken (db.c says which). 0, or -1 after printing an error.
   *checked, when not NULL: how many tables were checked, -1 for all. */
int db_exec_migration(struct db *db, const char *name, const char *sql, int *checked);

/* Current PRAGMA user_version, or -1 on error. */
int db_user_version(struct db *db);

/* BEGIN IMMEDIATE: the write lock is taken up front, so a later write never
   fails with SQLITE_BUSY halfway. 0 or -1. */
int db_begin(struct db *db);
int db_commit(struct db *db);
void db_rollback(struct db *db); /* no-op outside a transaction */
/* Before a long write of many rows (import --csv): statement journals and
   temporary b-trees in memory rather than in temporary files (a statement
   that fires triggers inside a long transaction writes one a row), and a page
   cache of cache_kib KiB so the growing indexes stay in memory. Call it
   outside a transaction. 0 or -1 after printing an error. */
int db_bulk(struct db *db, int cache_kib);
/* on: statements compiled from now on leave out the full-text index row that
   the trigger matter_fts_insert writes for a new matter, so a bulk import can
   index all its new matters at the end in one statement
   (store_fts_fill_after) instead of one small index segment per matter;
   off: back to normal. Either way the statement cache is emptied, so no
   statement compiled under one setting runs under the other. The caller
   must fill the index before it commits. */
void db_defer_fts_insert(struct db *db, int on);
/* A read transaction (BEGIN DEFERRED; the snapshot is taken by the first
   read): every statement until db_read_end sees the same committed state,
   while other connections keep writing (WAL). 0 or -1. */
int db_read_begin(struct db *db);
void db_read_end(struct db *db);

/* PRAGMA data_version inside the current transaction: a number that
   changes whenever another connection (any process) has committed a write
   since this connection last looked. 0 or -1. */
int db_data_version(struct db *db, long long *out);

/* Report the connection's last error as "pubrec: what: sqlite message"; returns -1. */
int db_error(struct db *db, const char *what);

#endif
