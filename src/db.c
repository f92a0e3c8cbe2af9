/*
** db.c — opening connections, applying the embedded migrations in order
** (each in one BEGIN IMMEDIATE transaction, tracked by PRAGMA user_version),
** and write transactions.
*/
#include "db.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embedded.h"
#include "util.h"

#define DB_BUSY_TIMEOUT_MS 15000

int db_schema_latest(void)
{
  return (int)embedded_migrations_count;
}

int db_error(struct db *db, const char *what)
{
  return error("%s: %s", what, sqlite3_errmsg(db->handle));
}

static int exec(struct db *db, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec(db->handle, sql, NULL, NULL, &msg) != SQLITE_OK) {
    error("database '%s': %s", db->path, msg ? msg : sqlite3_errmsg(db->handle));
    sqlite3_free(msg);
    return -1;
  }
  return 0;
}

int db_user_version(struct db *db)
{
  sqlite3_stmt *st = NULL;
  int v = -1;
  if (sqlite3_prepare_v2(db->handle, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return v;
}

int db_begin(struct db *db)
{
  if (exec(db, "BEGIN IMMEDIATE") != 0)
    return -1;
  db->in_txn = 1;
  return 0;
}

int db_commit(struct db *db)
{
  if (exec(db, "COMMIT") != 0) {
    db_rollback(db);
    return -1;
  }
  db->in_txn = 0;
  return 0;
}

int db_read_begin(struct db *db)
{
  if (exec(db, "BEGIN DEFERRED") != 0)
    return -1;
  db->in_txn = 1;
  return 0;
}

void db_read_end(struct db *db)
{
  db_rollback(db);
}

void db_rollback(struct db *db)
{
  if (!sqlite3_get_autocommit(db->handle))
    sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
  db->in_txn = 0;
}

/* Apply one migration file inside its own transaction. The version is checked
   again under the write lock, so two processes opening a fresh database at
   once apply each migration exactly once. */
static int apply_migration(struct db *db, int version)
{
  const struct embedded_file *m = &embedded_migrations[version - 1];
  char *msg = NULL;
  if (db_begin(db) != 0)
    return -1;
  int have = db_user_version(db);
  if (have < 0) {
    db_rollback(db);
    return db_error(db, "reading schema version");
  }
  if (have >= version) {
    db_rollback(db);
    return 0;
  }
  if (sqlite3_exec(db->handle, m->data, NULL, NULL, &msg) != SQLITE_OK) {
    error("migrations/%s: %s", m->name, msg ? msg : sqlite3_errmsg(db->handle));
    sqlite3_free(msg);
    db_rollback(db);
    return -1;
  }
  char pragma[64];
  snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", version);
  if (exec(db, pragma) != 0) {
    db_rollback(db);
    return -1;
  }
  return db_commit(db);
}

/* The directory part of path must exist and be a directory. */
static int check_dir(const char *path)
{
  const char *slash = strrchr(path, '/');
  char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
  struct stat st;
  int ret = 0;
  if (stat(dir, &st) != 0)
    ret = error("cannot open database '%s': directory '%s' does not exist (create it, or "
                "choose another path with --db)",
                path, dir);
  else if (!S_ISDIR(st.st_mode))
    ret = error("cannot open database '%s': '%s' is not a directory", path, dir);
  free(dir);
  return ret;
}

int db_open_at_version(struct db **out, const char *path, int version)
{
  *out = NULL;
  if (check_dir(path) != 0)
    return -1;
  struct stat st;
  int exists = stat(path, &st) == 0;
  if (exists && S_ISDIR(st.st_mode))
    return error("cannot open database '%s': it is a directory", path);
  if (exists && access(path, R_OK | W_OK) != 0)
    return error("cannot open database '%s': %s (check its permissions)", path, strerror(errno));
  if (!exists) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
    int ok = access(dir, W_OK | X_OK) == 0;
    free(dir);
    if (!ok)
      return error("cannot create database '%s': directory is not writable (choose another "
                   "path with --db)",
                   path);
  }

  static int configured;
  if (!configured) {
    /* No memory statistics: SQLite would take a mutex on every allocation. */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    configured = 1;
  }
  struct db *db = xcalloc(1, sizeof *db);
  db->path = xstrdup(path);
  int rc = sqlite3_open_v2(path, &db->handle,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    error("cannot open database '%s': %s", path,
          db->handle ? sqlite3_errmsg(db->handle) : sqlite3_errstr(rc));
    db_close(db);
    return -1;
  }
  sqlite3_extended_result_codes(db->handle, 1);
  sqlite3_busy_timeout(db->handle, DB_BUSY_TIMEOUT_MS);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DQS_DML, 0, NULL);

  /* Read before writing anything: a file that is not a database, or one
     from a newer pubrec, is refused untouched. */
  int have = db_user_version(db);
  if (have < 0) {
    error("'%s' is not a pubrec database: %s", path, sqlite3_errmsg(db->handle));
    db_close(db);
    return -1;
  }
  if (have > db_schema_latest()) {
    error("database '%s' has schema version %d, newer than this pubrec understands (%d): "
          "upgrade pubrec",
          path, have, db_schema_latest());
    db_close(db);
    return -1;
  }
  if (have > 0) {
    /* An existing database must look like ours. */
    sqlite3_stmt *q = NULL;
    int ours = 0;
    if (sqlite3_prepare_v2(db->handle,
                           "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'matter'",
                           -1, &q, NULL) == SQLITE_OK)
      ours = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    if (!ours) {
      error("'%s' is an SQLite database but not a pubrec database", path);
      db_close(db);
      return -1;
    }
  } else if (exists && st.st_size > 0) {
    sqlite3_stmt *q = NULL;
    int tables = 0;
    if (sqlite3_prepare_v2(db->handle, "SELECT count(*) FROM sqlite_schema", -1, &q, NULL) ==
            SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
      tables = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    if (tables > 0) {
      error("'%s' is an SQLite database but not a pubrec database", path);
      db_close(db);
      return -1;
    }
  }

  if (exec(db, "PRAGMA foreign_keys = ON") != 0 || exec(db, "PRAGMA journal_mode = WAL") != 0 ||
      exec(db, "PRAGMA synchronous = NORMAL") != 0) {
    db_close(db);
    return -1;
  }
  if (version > db_schema_latest())
    version = db_schema_latest();
  for (int v = have + 1; v <= version; v++) {
    if (apply_migration(db, v) != 0) {
      db_close(db);
      return -1;
    }
  }
  *out = db;
  return 0;
}

int db_open(struct db **out, const char *path)
{
  return db_open_at_version(out, path, db_schema_latest());
}

void db_close(struct db *db)
{
  if (!db)
    return;
  if (db->handle) {
    db_rollback(db);
    sqlite3_close_v2(db->handle);
  }
  free(db->path);
  free(db);
}
