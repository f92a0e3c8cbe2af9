/*
** db.c — opening connections, applying the embedded migrations in order
** (each in one BEGIN IMMEDIATE transaction, tracked by PRAGMA user_version),
** and write transactions.
*/
#include "db.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "embedded.h"
#include "store_chain.h"
#include "util.h"

#define DB_BUSY_TIMEOUT_MS 15000
#define DB_BUSY_TIMEOUT_MAX_MS 3600000

/* How long a writer waits for another's lock: PUBREC_BUSY_TIMEOUT_MS
   (milliseconds, 0 to 3600000; for scripts and tests), else 15 s. A value
   that is not such a number is refused. 0 or -1 after printing an error. */
static int busy_timeout(int *ms)
{
  const char *v = getenv("PUBREC_BUSY_TIMEOUT_MS");
  *ms = DB_BUSY_TIMEOUT_MS;
  if (!v || !*v)
    return 0;
  long n = 0;
  const char *p = v;
  for (; *p >= '0' && *p <= '9' && n <= DB_BUSY_TIMEOUT_MAX_MS; p++)
    n = n * 10 + (*p - '0');
  if (*p || n > DB_BUSY_TIMEOUT_MAX_MS)
    return error("PUBREC_BUSY_TIMEOUT_MS is '%s': give milliseconds from 0 to %d (or unset it "
                 "for %d s)",
                 v, DB_BUSY_TIMEOUT_MAX_MS, DB_BUSY_TIMEOUT_MS / 1000);
  *ms = (int)n;
  return 0;
}

/* "15 s", "2.5 s", "0 s": a timeout in words. */
static const char *secs(int ms, char out[24])
{
  if (ms % 1000)
    snprintf(out, 24, "%.1f s", ms / 1000.0);
  else
    snprintf(out, 24, "%d s", ms / 1000);
  return out;
}

int db_schema_latest(void)
{
  return (int)embedded_migrations_count;
}

/* The last error was the disk (or the user's quota) being full, or the
   file size limit (ulimit -f) reached: *why says which. SQLite reports a
   write refused for the size limit as a plain write error, and its errno is
   not always kept: a failed write with no errno is named as one of these. */
static int out_of_space(struct db *db, const char **why)
{
  int code = sqlite3_errcode(db->handle) & 0xff;
  int ext = sqlite3_extended_errcode(db->handle);
  int e = sqlite3_system_errno(db->handle);
  int io = code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_CANTOPEN;
  if (code == SQLITE_FULL || (io && e == ENOSPC))
    *why = "the disk is full (free some space, then try again)";
  else if (io && e == EDQUOT)
    *why = "the disk quota is used up (free some space, then try again)";
  else if (io && e == EFBIG)
    *why = "the file size limit is reached (raise it with ulimit -f, then try again)";
  else if (ext == SQLITE_IOERR_WRITE || ext == SQLITE_IOERR_SHMSIZE || ext == SQLITE_IOERR_TRUNCATE)
    *why = "a write was refused (is the disk full, or the file size limit, ulimit -f, "
           "reached?)";
  else
    return 0;
  return 1;
}

/* The message for an error while reading or writing the database: a full
   disk said in words (nothing was written: the transaction rolls back). */
static int full_error(struct db *db, const char *what, const char *why)
{
  return error("%scannot write to database '%s', nothing was changed: %s", what ? what : "",
               db->path, why);
}

int db_error(struct db *db, const char *what)
{
  const char *why;
  if (out_of_space(db, &why)) {
    char *w = xasprintf("%s: ", what);
    int rc = full_error(db, w, why);
    free(w);
    return rc;
  }
  return error("%s: %s", what, sqlite3_errmsg(db->handle));
}

static int exec(struct db *db, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec(db->handle, sql, NULL, NULL, &msg) != SQLITE_OK) {
    const char *why;
    if (out_of_space(db, &why))
      full_error(db, NULL, why);
    else
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

/* Wait for another process's write lock, saying so once the wait is
   noticeable (1 s), and give up after db->busy_ms. */
static int busy_wait(void *arg, int count)
{
  static const int delays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
  const int n = (int)(sizeof delays / sizeof delays[0]);
  struct db *db = arg;
  if (count == 0)
    db->waited_ms = 0;
  if (db->waited_ms >= db->busy_ms)
    return 0;
  if (db->waited_ms >= 1000 && !db->said_waiting) {
    char t[24];
    fprintf(stderr,
            "pubrec: waiting for another pubrec process to finish writing to '%s' (up to %s)\n",
            db->path, secs(db->busy_ms, t));
    db->said_waiting = 1;
  }
  int ms = count < n ? delays[count] : delays[n - 1];
  struct timespec ts = {0, ms * 1000000L};
  nanosleep(&ts, NULL);
  db->waited_ms += ms;
  return 1;
}

/* The cache key: the length, the first 16 bytes and the last 48 (statements
   that share a long column list differ in their WHERE). A collision costs
   only a strcmp; hashing every byte of every statement cost more than the
   lookup saved on the short statements of a bulk import. */
static unsigned long hash_sql(const char *s)
{
  size_t n = strlen(s);
  unsigned long h = 1469598103UL ^ (unsigned long)n;
  size_t head = n < 16 ? n : 16, tail = n - head < 48 ? n - head : 48;
  for (size_t i = 0; i < head; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619UL;
  for (size_t i = n - tail; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619UL;
  return h;
}

sqlite3_stmt *db_cached(struct db *db, const char *sql)
{
  unsigned long h = hash_sql(sql);
  sqlite3_stmt *s = NULL;
  for (int i = 0; i < db->ncache; i++) {
    struct db_cached_stmt *c = &db->cache[i];
    if (c->hash == h && strcmp(c->sql, sql) == 0) {
      if (c->busy)
        break; /* in use further up the stack: a private one */
      c->busy = 1;
      return c->stmt;
    }
  }
  if (sqlite3_prepare_v2(db->handle, sql, -1, &s, NULL) != SQLITE_OK)
    return NULL;
  for (int i = 0; i < db->ncache; i++)
    if (db->cache[i].hash == h && strcmp(db->cache[i].sql, sql) == 0)
      return s; /* the cached one is busy */
  if (db->ncache < DB_CACHE_MAX) {
    struct db_cached_stmt *c = &db->cache[db->ncache++];
    c->sql = xstrdup(sql);
    c->hash = h;
    c->stmt = s;
    c->busy = 1;
  }
  return s;
}

void db_finish(struct db *db, sqlite3_stmt *s)
{
  if (!s)
    return;
  for (int i = 0; i < db->ncache; i++) {
    if (db->cache[i].stmt == s) {
      sqlite3_reset(s);
      sqlite3_clear_bindings(s);
      db->cache[i].busy = 0;
      return;
    }
  }
  sqlite3_finalize(s);
}

/* Drop every cached statement that is not in use: statements compiled under
   another authorizer must not outlive it. */
static void cache_clear(struct db *db)
{
  int kept = 0;
  for (int i = 0; i < db->ncache; i++) {
    if (db->cache[i].busy) {
      db->cache[kept++] = db->cache[i];
      continue;
    }
    sqlite3_finalize(db->cache[i].stmt);
    free(db->cache[i].sql);
  }
  db->ncache = kept;
}

/* The authorizer while matter_fts_insert is deferred: the INSERT into the
   full-text index that the trigger on a new matter runs is left out of the
   statements compiled meanwhile (SQLITE_IGNORE makes SQLite generate no code
   for that INSERT). Everything else is allowed. */
static int defer_fts_auth(void *arg, int action, const char *a, const char *b, const char *dbname,
                          const char *trigger)
{
  (void)arg;
  (void)b;
  (void)dbname;
  if (action == SQLITE_INSERT && a && strcmp(a, "matter_fts") == 0 && trigger &&
      strcmp(trigger, "matter_fts_insert") == 0)
    return SQLITE_IGNORE;
  return SQLITE_OK;
}

void db_defer_fts_insert(struct db *db, int on)
{
  cache_clear(db);
  sqlite3_set_authorizer(db->handle, on ? defer_fts_auth : NULL, NULL);
}

int db_bulk(struct db *db, int cache_kib)
{
  char sql[96];
  snprintf(sql, sizeof sql, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -%d", cache_kib);
  return exec(db, sql);
}

int db_begin(struct db *db)
{
  int rc = sqlite3_exec(db->handle, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  char t[24];
  const char *why;
  if ((rc & 0xff) == SQLITE_BUSY)
    return error("database '%s' is locked: another pubrec process has been writing to it for "
                 "%s; try again when it has finished",
                 db->path, secs(db->busy_ms, t));
  if (rc != SQLITE_OK && out_of_space(db, &why))
    return full_error(db, NULL, why);
  if (rc != SQLITE_OK)
    return error("database '%s': %s", db->path, sqlite3_errmsg(db->handle));
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

/*
** A migration runs with foreign keys off (below), so its foreign keys are
** checked before it commits. PRAGMA foreign_key_check over the whole database
** reads every row of every table that has a foreign key: some 6 seconds at a
** million matters, a minute at ten million, for each migration, though most
** migrations only add calendars or correct a rule. So the authorizer watches
** what the migration's statements (and the triggers they fire) write, and
** only the tables whose foreign keys those writes could break are checked:
**   - a table rows were inserted into, or whose foreign key columns were
**     updated (the table as child);
**   - every table referring to a table rows were deleted from, or whose
**     referenced columns were updated (the table as parent).
** Anything the authorizer cannot follow checks everything: a dropped or
** altered table (a rebuild renames tables under their children), a PRAGMA,
** and the word REPLACE outside comments and strings, in the migration or in
** a table's declaration (INSERT OR REPLACE, or an insert into a table whose
** constraint says ON CONFLICT REPLACE, deletes the rows it replaces, and the
** authorizer reports only the insert).
*/
enum { FK_INSERT, FK_DELETE, FK_UPDATE };

struct fk_write {
  int how; /* FK_INSERT, FK_DELETE, FK_UPDATE */
  char *table;
  char *column; /* FK_UPDATE: the column set */
};

struct fk_watch {
  int all; /* check every table */
  struct fk_write *w;
  size_t n, cap;
};

static int fk_authorize(void *arg, int action, const char *a1, const char *a2, const char *dbname,
                        const char *trigger)
{
  (void)trigger;
  struct fk_watch *f = arg;
  int how;
  switch (action) {
  case SQLITE_INSERT:
    how = FK_INSERT;
    break;
  case SQLITE_DELETE:
    how = FK_DELETE;
    break;
  case SQLITE_UPDATE:
    how = FK_UPDATE;
    break;
  case SQLITE_DROP_TABLE:
  case SQLITE_ALTER_TABLE:
  case SQLITE_DROP_VTABLE:
  case SQLITE_PRAGMA:
    f->all = 1;
    return SQLITE_OK;
  default:
    return SQLITE_OK;
  }
  if (f->all || !a1 || (dbname && strcmp(dbname, "main") != 0))
    return SQLITE_OK;
  for (size_t i = 0; i < f->n; i++)
    if (f->w[i].how == how && sqlite3_stricmp(f->w[i].table, a1) == 0 &&
        (how != FK_UPDATE || sqlite3_stricmp(f->w[i].column, a2 ? a2 : "") == 0))
      return SQLITE_OK;
  if (f->n == f->cap) {
    f->cap = f->cap ? 2 * f->cap : 16;
    f->w = xrealloc(f->w, f->cap * sizeof *f->w);
  }
  f->w[f->n++] =
      (struct fk_write){how, xstrdup(a1), how == FK_UPDATE ? xstrdup(a2 ? a2 : "") : NULL};
  return SQLITE_OK;
}

static void fk_watch_free(struct fk_watch *f)
{
  for (size_t i = 0; i < f->n; i++) {
    free(f->w[i].table);
    free(f->w[i].column);
  }
  free(f->w);
}

/* 1 when the statement text sql holds the keyword REPLACE outside comments,
   string literals and quoted names. */
static int sql_has_replace(const char *sql)
{
  for (const char *p = sql; *p;) {
    if (p[0] == '-' && p[1] == '-') {
      while (*p && *p != '\n')
        p++;
    } else if (p[0] == '/' && p[1] == '*') {
      const char *e = strstr(p + 2, "*/");
      p = e ? e + 2 : p + strlen(p);
    } else if (*p == '\'' || *p == '"' || *p == '`' || *p == '[') {
      char close = *p == '[' ? ']' : *p;
      const char *e = strchr(p + 1, close);
      p = e ? e + 1 : p + strlen(p);
    } else if ((p == sql || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
               sqlite3_strnicmp(p, "replace", 7) == 0 &&
               !(isalnum((unsigned char)p[7]) || p[7] == '_')) {
      return 1;
    } else {
      p++;
    }
  }
  return 0;
}

static int fk_wrote(const struct fk_watch *f, int how, const char *table, const char *column)
{
  for (size_t i = 0; i < f->n; i++)
    if (f->w[i].how == how && sqlite3_stricmp(f->w[i].table, table) == 0 &&
        (how != FK_UPDATE || !column || sqlite3_stricmp(f->w[i].column, column) == 0))
      return 1;
  return 0;
}

/* 0 when no foreign key that the writes in f could break is broken, else -1
   after an error. *checked: the number of tables checked, -1 for all. */
static int foreign_keys_hold(struct db *db, const char *name, const struct fk_watch *f,
                             int *checked)
{
  static const char each[] =
      "SELECT m.name, k.\"table\", k.\"from\", k.\"to\" FROM sqlite_schema m, "
      "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' ORDER BY m.name";
  sqlite3_stmt *q = NULL, *k = NULL;
  char **tables = NULL;
  size_t n = 0;
  int rc = SQLITE_OK;
  if (!f->all) {
    rc = sqlite3_prepare_v2(db->handle, each, -1, &k, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(k)) == SQLITE_ROW) {
      rc = SQLITE_OK;
      const char *child = (const char *)sqlite3_column_text(k, 0);
      const char *parent = (const char *)sqlite3_column_text(k, 1);
      const char *from = (const char *)sqlite3_column_text(k, 2);
      const char *to = (const char *)sqlite3_column_text(k, 3); /* NULL: the primary key */
      if (!(fk_wrote(f, FK_INSERT, child, NULL) || fk_wrote(f, FK_UPDATE, child, from) ||
            fk_wrote(f, FK_DELETE, parent, NULL) || fk_wrote(f, FK_UPDATE, parent, to)))
        continue;
      if (n && strcmp(tables[n - 1], child) == 0)
        continue; /* rows come grouped by child table */
      tables = xrealloc(tables, (n + 1) * sizeof *tables);
      tables[n++] = xstrdup(child);
    }
    if (rc == SQLITE_DONE)
      rc = SQLITE_OK;
    sqlite3_finalize(k);
  }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db->handle,
                            f->all ? "PRAGMA foreign_key_check"
                                   : "SELECT 1 FROM pragma_foreign_key_check(?1) LIMIT 1",
                            -1, &q, NULL);
  size_t i = 0;
  do {
    if (rc != SQLITE_OK)
      break;
    if (!f->all) {
      if (i == n)
        break;
      sqlite3_reset(q);
      sqlite3_bind_text(q, 1, tables[i], -1, SQLITE_STATIC);
    }
    rc = sqlite3_step(q);
    if (rc == SQLITE_DONE)
      rc = SQLITE_OK;
    i++;
  } while (!f->all);
  sqlite3_finalize(q);
  for (size_t j = 0; j < n; j++)
    free(tables[j]);
  free(tables);
  if (checked)
    *checked = f->all ? -1 : (int)n;
  if (rc == SQLITE_OK)
    return 0;
  if (rc == SQLITE_ROW)
    return error("migrations/%s: it would break a foreign key (PRAGMA foreign_key_check)", name);
  return db_error(db, "checking foreign keys");
}

/* 1 when a table of the database declares a REPLACE conflict clause (an
   INSERT into it may delete rows without the word in the statement). */
static int schema_has_replace(struct db *db)
{
  sqlite3_stmt *q = NULL;
  int found = 0;
  if (sqlite3_prepare_v2(db->handle, "SELECT sql FROM sqlite_schema WHERE type = 'table'", -1, &q,
                         NULL) != SQLITE_OK)
    return 1; /* unknown: check everything */
  while (!found && sqlite3_step(q) == SQLITE_ROW) {
    const char *t = (const char *)sqlite3_column_text(q, 0);
    found = t && sql_has_replace(t);
  }
  sqlite3_finalize(q);
  return found;
}

int db_exec_migration(struct db *db, const char *name, const char *sql, int *checked)
{
  struct fk_watch f = {sql_has_replace(sql) || schema_has_replace(db), NULL, 0, 0};
  char *msg = NULL;
  sqlite3_set_authorizer(db->handle, fk_authorize, &f);
  int rc = sqlite3_exec(db->handle, sql, NULL, NULL, &msg);
  sqlite3_set_authorizer(db->handle, NULL, NULL);
  if (rc != SQLITE_OK) {
    error("migrations/%s: %s", name, msg ? msg : sqlite3_errmsg(db->handle));
    sqlite3_free(msg);
    fk_watch_free(&f);
    return -1;
  }
  rc = foreign_keys_hold(db, name, &f, checked);
  fk_watch_free(&f);
  return rc;
}

/* Apply one migration file inside its own transaction. The version is checked
   again under the write lock, so two processes opening a fresh database at
   once apply each migration exactly once. Foreign keys are off while it runs
   (PRAGMA foreign_keys cannot change inside a transaction), so a migration may
   rebuild a table others reference the way SQLite documents it (create, copy,
   drop, rename: https://www.sqlite.org/lang_altertable.html#otheralter);
   the foreign keys its writes could break must then hold before it commits
   (db_exec_migration). */
static int apply_migration_locked(struct db *db, int version)
{
  const struct embedded_file *m = &embedded_migrations[version - 1];
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
  if (db_exec_migration(db, m->name, m->data, NULL) != 0) {
    db_rollback(db);
    return -1;
  }
  /* SQLite cannot compute SHA-256: the history's hashes are filled in C,
     in this same transaction (migrations/..._history_hash.sql). */
  size_t nl = strlen(m->name);
  if (nl >= 17 && strcmp(m->name + nl - 17, "_history_hash.sql") == 0 &&
      store_chain_backfill(db->handle, db->path) != 0) {
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

static int apply_migration(struct db *db, int version)
{
  if (exec(db, "PRAGMA foreign_keys = OFF") != 0)
    return -1;
  int rc = apply_migration_locked(db, version);
  if (exec(db, "PRAGMA foreign_keys = ON") != 0)
    return -1;
  return rc;
}

/* 1 when db holds every schema object that migrations 1..version create,
   with the same SQL (built in a scratch in-memory database); 0 or -1 after
   printing why not. A foreign SQLite file that merely has a `matter` table,
   or a pubrec file whose schema was changed by hand, is refused untouched. */
static int schema_matches(struct db *db, int version)
{
  static const char list[] = "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE "
                             "'sqlite_%' ORDER BY type, name";
  static const char find[] = "SELECT sql FROM sqlite_schema WHERE type = ?1 AND name = ?2";
  sqlite3 *mem = NULL;
  sqlite3_stmt *a = NULL, *b = NULL;
  int ret = -1;
  if (sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
      SQLITE_OK) {
    error("cannot check the schema of '%s': %s", db->path, sqlite3_errmsg(mem));
    goto done;
  }
  for (int v = 1; v <= version; v++) {
    if (sqlite3_exec(mem, embedded_migrations[v - 1].data, NULL, NULL, NULL) != SQLITE_OK) {
      error("cannot check the schema of '%s': migrations/%s: %s", db->path,
            embedded_migrations[v - 1].name, sqlite3_errmsg(mem));
      goto done;
    }
  }
  if (sqlite3_prepare_v2(mem, list, -1, &a, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db->handle, find, -1, &b, NULL) != SQLITE_OK) {
    error("'%s' is not a pubrec database: %s", db->path, sqlite3_errmsg(db->handle));
    goto done;
  }
  ret = 1;
  while (ret == 1 && sqlite3_step(a) == SQLITE_ROW) {
    const char *type = (const char *)sqlite3_column_text(a, 0);
    const char *name = (const char *)sqlite3_column_text(a, 1);
    const char *sql = (const char *)sqlite3_column_text(a, 2);
    sqlite3_bind_text(b, 1, type, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(b, 2, name, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(b);
    const char *have = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(b, 0) : NULL;
    if (rc != SQLITE_ROW || (sql && (!have || strcmp(sql, have) != 0))) {
      error("'%s' is an SQLite database but not a pubrec database of schema version %d "
            "(its %s '%s' %s); it was left untouched",
            db->path, version, type, name, rc == SQLITE_ROW ? "differs" : "is missing");
      ret = 0;
    }
    sqlite3_reset(b);
  }
done:
  sqlite3_finalize(a);
  sqlite3_finalize(b);
  sqlite3_close(mem);
  return ret;
}

/* 1 when db has pubrec's core tables, 0 after printing that it is not ours. */
static int has_core_tables(struct db *db)
{
  static const char sql[] =
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('agency', 'rule', "
      "'matter', 'deadline', 'response', 'event', 'calendar')";
  sqlite3_stmt *q = NULL;
  int n = 0;
  if (sqlite3_prepare_v2(db->handle, sql, -1, &q, NULL) == SQLITE_OK &&
      sqlite3_step(q) == SQLITE_ROW)
    n = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  if (n == 7)
    return 1;
  error("'%s' is an SQLite database but not a pubrec database; it was left untouched", db->path);
  return 0;
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

/* Check that path can be opened (and, when it does not exist yet and create is
   set, created). 0, or -1 after an error. *exists: the file is there. */
static int check_path(const char *path, int create, int *exists)
{
  if (check_dir(path) != 0)
    return -1;
  struct stat st;
  *exists = stat(path, &st) == 0;
  if (*exists && S_ISDIR(st.st_mode))
    return error("cannot open database '%s': it is a directory", path);
  if (*exists && !S_ISREG(st.st_mode))
    return error("cannot open database '%s': it is not a regular file", path);
  if (*exists && access(path, R_OK | W_OK) != 0)
    return error("cannot open database '%s': %s (check its permissions)", path, strerror(errno));
  if (!*exists && create) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
    int ok = access(dir, W_OK | X_OK) == 0;
    free(dir);
    if (!ok)
      return error("cannot create database '%s': directory is not writable (choose another "
                   "path with --db)",
                   path);
    /* Records of requests and subpoenas are for their owner only: create
       the file 0600 before SQLite does (its -wal and -shm files take the
       database file's permissions). */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
      return error("cannot create database '%s': %s", path, strerror(errno));
    if (fd >= 0)
      close(fd);
  }
  return 0;
}

/* A connection to file (a path, or ":memory:") with the settings every
   connection needs; path names it in messages. NULL after an error. */
static struct db *connect_file(const char *path, const char *file, int flags)
{
  static int configured;
  if (!configured) {
    /* No memory statistics: SQLite would take a mutex on every allocation. */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    configured = 1;
  }
  int busy_ms;
  if (busy_timeout(&busy_ms) != 0)
    return NULL;
  struct db *db = xcalloc(1, sizeof *db);
  db->path = xstrdup(path);
  db->busy_ms = busy_ms;
  int rc = sqlite3_open_v2(file, &db->handle, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    error("cannot open database '%s': %s", path,
          db->handle ? sqlite3_errmsg(db->handle) : sqlite3_errstr(rc));
    db_close(db);
    return NULL;
  }
  sqlite3_extended_result_codes(db->handle, 1);
  sqlite3_busy_handler(db->handle, busy_wait, db);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  return db;
}

/* One integer from sql, or -1. */
static int query_int(struct db *db, const char *sql)
{
  sqlite3_stmt *q = NULL;
  int v = -1;
  if (sqlite3_prepare_v2(db->handle, sql, -1, &q, NULL) == SQLITE_OK &&
      sqlite3_step(q) == SQLITE_ROW)
    v = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  return v;
}

/*
** Is the file ours? Read before writing anything, so that a file that is not
** a database, another program's SQLite database, or one from a newer pubrec is
** refused untouched. The schema version, the number of tables and whether
** pubrec's table is there are read in one read transaction: another process
** may be creating the schema at this moment, and a migration commits its
** tables and the version together, so one snapshot sees both or neither (an
** empty new file is never mistaken for a foreign one). *have: the version.
*/
static int check_ours(struct db *db, int *have)
{
  int tables = -1, ours = 0, code = SQLITE_OK, checked = 1;
  *have = -1;
  if (sqlite3_exec(db->handle, "BEGIN", NULL, NULL, NULL) == SQLITE_OK) {
    *have = db_user_version(db);
    if (*have >= 0) {
      tables = query_int(db, "SELECT count(*) FROM sqlite_schema");
      ours = query_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                           "name = 'matter'") == 1;
      /* Before migrating an existing database (a write), every table, index
         and trigger that migrations 1..have create must be there with the
         same SQL (a replay in memory costs milliseconds); an up-to-date one
         is checked for the core tables. */
      if (ours && *have > 0 && *have < db_schema_latest())
        checked = schema_matches(db, *have) == 1 ? 1 : 0;
      else if (ours && *have > 0)
        checked = has_core_tables(db) == 1;
    }
  }
  code = sqlite3_errcode(db->handle);
  const char *why = sqlite3_errmsg(db->handle), *full = NULL;
  int no_space = out_of_space(db, &full);
  char *saved = xstrdup(why ? why : "unknown error");
  db_rollback(db);
  int ret = 0;
  if (!checked)
    ret = -1; /* the reason was printed */
  else if ((*have < 0 || tables < 0) && no_space)
    ret = error("cannot open database '%s': SQLite needs room beside it for its -wal and -shm "
                "files, even to read, and %s",
                db->path, full);
  else if ((*have < 0 || tables < 0) && (code & 0xff) == SQLITE_NOTADB)
    ret = error("'%s' is not a pubrec database (it is not an SQLite file)", db->path);
  else if (*have < 0 || tables < 0)
    ret = error("cannot read database '%s': %s", db->path, saved);
  else if (*have > db_schema_latest())
    ret = error("database '%s' has schema version %d, newer than this pubrec understands (%d): "
                "upgrade pubrec",
                db->path, *have, db_schema_latest());
  else if ((*have > 0 && !ours) || (*have == 0 && tables > 0))
    ret = error("'%s' is an SQLite database but not a pubrec database", db->path);
  free(saved);
  return ret;
}

/*
** PRAGMA journal_mode = WAL. Changing the journal mode needs the database to
** itself, and SQLite answers SQLITE_BUSY at once (no busy handler) while
** another process holds it, as when several processes create a new database
** together: retry with short sleeps up to the busy timeout.
*/
static int set_wal(struct db *db)
{
  for (int waited = 0;; waited += 5) {
    char *msg = NULL;
    int rc = sqlite3_exec(db->handle, "PRAGMA journal_mode = WAL", NULL, NULL, &msg);
    sqlite3_free(msg);
    if (rc == SQLITE_OK)
      return 0;
    if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
      return db_error(db, "setting the journal mode");
    char t[24];
    if (waited >= db->busy_ms)
      return error("database '%s': database is locked (another pubrec kept it for %s)", db->path,
                   secs(db->busy_ms, t));
    struct timespec ts = {0, 5 * 1000 * 1000};
    nanosleep(&ts, NULL);
  }
}

/* Apply the migrations after have, up to version. */
static int migrate(struct db *db, int have, int version)
{
  if (version > db_schema_latest())
    version = db_schema_latest();
  for (int v = have + 1; v <= version; v++)
    if (apply_migration(db, v) != 0)
      return -1;
  return 0;
}

int db_open_at_version(struct db **out, const char *path, int version)
{
  int exists, have;
  *out = NULL;
  if (check_path(path, 1, &exists) != 0)
    return -1;
  struct db *db = connect_file(path, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db)
    return -1;
  if (check_ours(db, &have) != 0 || exec(db, "PRAGMA foreign_keys = ON") != 0 || set_wal(db) != 0 ||
      exec(db, "PRAGMA synchronous = NORMAL") != 0 || migrate(db, have, version) != 0) {
    db_close(db);
    return -1;
  }
  *out = db;
  return 0;
}

int db_open_query(struct db **out, const char *path)
{
  int exists, have;
  struct stat st;
  *out = NULL;
  /* A file that is not there (nor its directory) holds nothing to read. */
  exists = stat(path, &st) == 0 || errno != ENOENT;
  if (exists && check_path(path, 0, &exists) != 0)
    return -1;
  struct db *db;
  if (!exists) {
    /* The built-in rules and calendars, in memory: no file is created. */
    db = connect_file(path, ":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
      return -1;
    have = 0;
  } else {
    db = connect_file(path, path, SQLITE_OPEN_READWRITE);
    if (!db)
      return -1;
    if (check_ours(db, &have) != 0) {
      db_close(db);
      return -1;
    }
    /* An older schema is brought up to date as any command does; that is the
       only write. */
    if (have < db_schema_latest() && set_wal(db) != 0) {
      db_close(db);
      return -1;
    }
  }
  if (exec(db, "PRAGMA foreign_keys = ON") != 0 || migrate(db, have, db_schema_latest()) != 0 ||
      exec(db, "PRAGMA query_only = 1") != 0) {
    db_close(db);
    return -1;
  }
  *out = db;
  return 0;
}

int db_open(struct db **out, const char *path)
{
  return db_open_at_version(out, path, db_schema_latest());
}

int db_open_readonly(struct db **out, const char *path)
{
  *out = NULL;
  struct stat st;
  if (stat(path, &st) != 0)
    return error("cannot open database '%s': %s (create it with 'pubrec init', or give --db)", path,
                 strerror(errno));
  if (S_ISDIR(st.st_mode))
    return error("cannot open database '%s': it is a directory", path);
  int busy_ms;
  if (busy_timeout(&busy_ms) != 0)
    return -1;
  struct db *db = xcalloc(1, sizeof *db);
  db->path = xstrdup(path);
  db->busy_ms = busy_ms;
  int rc = sqlite3_open_v2(path, &db->handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    error("cannot open database '%s' read-only: %s", path,
          db->handle ? sqlite3_errmsg(db->handle) : sqlite3_errstr(rc));
    db_close(db);
    return -1;
  }
  sqlite3_extended_result_codes(db->handle, 1);
  sqlite3_busy_timeout(db->handle, db->busy_ms);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_db_config(db->handle, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  int have = db_user_version(db);
  int ret = 0;
  if (have < 0) {
    ret = error("'%s' is not a pubrec database: %s", path, sqlite3_errmsg(db->handle));
  } else if (have > db_schema_latest()) {
    ret = error("database '%s' has schema version %d, newer than this pubrec understands (%d): "
                "upgrade pubrec",
                path, have, db_schema_latest());
  } else if (have < db_schema_latest()) {
    ret = error("database '%s' has schema version %d, older than this pubrec's %d, and a "
                "read-only open does not upgrade it: run 'pubrec init' once, then start again",
                path, have, db_schema_latest());
  } else {
    sqlite3_stmt *q = NULL;
    int ours = 0;
    if (sqlite3_prepare_v2(db->handle,
                           "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'matter'",
                           -1, &q, NULL) == SQLITE_OK)
      ours = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    if (!ours)
      ret = error("'%s' is an SQLite database but not a pubrec database", path);
  }
  if (ret == 0)
    ret = exec(db, "PRAGMA query_only = ON");
  if (ret != 0) {
    db_close(db);
    return -1;
  }
  *out = db;
  return 0;
}

int db_data_version(struct db *db, long long *out)
{
  sqlite3_stmt *st = NULL;
  int ret = -1;
  if (sqlite3_prepare_v2(db->handle, "PRAGMA data_version", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    *out = sqlite3_column_int64(st, 0);
    ret = 0;
  }
  sqlite3_finalize(st);
  if (ret != 0)
    return db_error(db, "reading the data version");
  return 0;
}

void db_close(struct db *db)
{
  if (!db)
    return;
  for (int i = 0; i < db->ncache; i++) {
    sqlite3_finalize(db->cache[i].stmt);
    free(db->cache[i].sql);
  }
  db->ncache = 0;
  if (db->handle) {
    db_rollback(db);
    sqlite3_close_v2(db->handle);
  }
  free(db->path);
  free(db);
}
