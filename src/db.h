/*
** db.h — the SQLite connection: opening with the pragmas every connection
** needs, the migrations runner, and write transactions. Only db.c and
** store.c call sqlite3_* functions.
*/
#ifndef PUBREC_DB_H
#define PUBREC_DB_H

#include <sqlite3.h>

struct db {
  sqlite3 *handle; /* the connection */
  char *path;      /* as given; owned */
  int in_txn;      /* 1 inside db_begin/db_commit */
};

/* Highest schema version this binary knows (the number of embedded migrations). */
int db_schema_latest(void);

/* Open (creating if missing) the database at path and bring its schema up to
   date. Refuses a file that is not SQLite, a schema newer than this binary,
   and a path whose directory does not exist, without writing anything.
   Returns 0 and a handle to free with db_close, or -1 after printing an error. */
int db_open(struct db **out, const char *path);
/* Like db_open, but apply migrations only up to version (tests use this to
   build every earlier schema). */
int db_open_at_version(struct db **out, const char *path, int version);
void db_close(struct db *db);

/* Current PRAGMA user_version, or -1 on error. */
int db_user_version(struct db *db);

/* BEGIN IMMEDIATE: the write lock is taken up front, so a later write never
   fails with SQLITE_BUSY halfway. 0 or -1. */
int db_begin(struct db *db);
int db_commit(struct db *db);
void db_rollback(struct db *db); /* no-op outside a transaction */
/* A read transaction (BEGIN DEFERRED): every read until db_read_end sees one
   snapshot, while other connections keep writing (WAL). */
int db_read_begin(struct db *db);
void db_read_end(struct db *db);

/* Report the connection's last error as "pubrec: what: sqlite message"; returns -1. */
int db_error(struct db *db, const char *what);

#endif
