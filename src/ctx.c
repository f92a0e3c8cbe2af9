/*
** ctx.c — the context every command gets: today, now, who, the database
** (--db, PUBREC_DB, XDG), and the one-transaction write.
*/
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "config.h"
#include "matter.h"
#include "store_ics.h"
#include "term.h"
#include "text.h"
#include "util.h"

static const char *login_name(void)
{
  const char *u = getenv("PUBREC_USER");
  if (u && *u)
    return u;
  u = config_get("user");
  if (u && *u)
    return u;
  struct passwd *pw = getpwuid(geteuid());
  if (pw && pw->pw_name)
    return pw->pw_name;
  u = getenv("USER");
  return u && *u ? u : "unknown";
}

/* mkdir -p for the default data directory only. */
static int make_dirs(const char *dir)
{
  char *p = xstrdup(dir);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = '\0';
    if (mkdir(p, 0700) != 0 && errno != EEXIST) {
      int e = errno;
      free(p);
      return error("cannot create directory '%s': %s", dir, strerror(e));
    }
    *s = '/';
  }
  int ret = 0;
  if (mkdir(p, 0700) != 0 && errno != EEXIST)
    ret = error("cannot create directory '%s': %s", dir, strerror(errno));
  free(p);
  return ret;
}

int ctx_settle(struct ctx *c)
{
  c->json = c->json || opt_globals.json;
  if (config_load() != 0)
    return -1;
  term_setup(opt_globals.color, config_get("color"));
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(c->now, sizeof c->now, "%Y-%m-%dT%H:%M:%SZ", &tm);
  int rc = opt_today(c->today);
  if (rc != 0)
    return rc;
  c->by = opt_globals.by ? opt_globals.by : login_name();
  if (opt_globals.by && (!*opt_globals.by || !opt_globals.by[strspn(opt_globals.by, " \t")]))
    return usage_error("empty --by: name who records the change (or leave --by out to use "
                       "PUBREC_USER or the login name)");
  if (utf8_invalid_at(c->by, strlen(c->by)) >= 0)
    return error("the user name '%s' (PUBREC_USER or the login name) is not valid UTF-8",
                 tx(c->by));
  return 0;
}

/* Resolve the database path into c->db_path, creating the default directory
   unless query (a command that writes nothing creates nothing). */
static int db_path(struct ctx *c, int query)
{
  free(c->db_path);
  c->db_path = NULL;
  const char *path = opt_globals.db ? opt_globals.db : getenv("PUBREC_DB");
  const char *home = getenv("HOME");
  /* An empty path is a script's unset variable, not a wish for the default. */
  if (opt_globals.db && !*opt_globals.db)
    return usage_error("empty --db: give the database path (leave --db out for the default)");
  if (!opt_globals.db && path && !*path)
    return usage_error("PUBREC_DB is set but empty: give the database path, or unset it for "
                       "the default");
  if (!path)
    path = config_get("db");
  if (path && utf8_invalid_at(path, strlen(path)) >= 0)
    return usage_error("the database path '%s' is not valid UTF-8", tx(path));
  if (path && *path) {
    if (path[0] == '~' && path[1] == '/' && home && *home)
      c->db_path = xasprintf("%s%s", home, path + 1);
    else
      c->db_path = xstrdup(path);
  } else {
    const char *xdg = getenv("XDG_DATA_HOME");
    char *dir;
    if (xdg && *xdg == '/')
      dir = xasprintf("%s/pubrec", xdg);
    else if (home && *home)
      dir = xasprintf("%s/.local/share/pubrec", home);
    else
      return error("cannot find a place for the database: set --db, PUBREC_DB or HOME");
    struct stat st;
    if (query && stat(dir, &st) != 0) {
      /* Nothing stored yet: no directory is made, the database is in memory. */
    } else if (make_dirs(dir) != 0) {
      free(dir);
      return -1;
    }
    c->db_path = xasprintf("%s/pubrec.db", dir);
    free(dir);
  }
  return 0;
}

int ctx_open_existing(struct ctx *c)
{
  int rc = ctx_settle(c);
  if (rc != 0)
    return rc;
  if (c->db)
    return 0;
  if ((rc = db_path(c, 0)) != 0)
    return rc;
  struct stat st;
  if (stat(c->db_path, &st) != 0 || st.st_size == 0)
    return 1;
  return ctx_open(c);
}

/* An upgrade that changed built-in rules or calendars left recompute_pending
   rows (migration 0017): recompute every open matter through the lifecycle,
   with a history row for each move, and clear them, in one transaction. */
static int recompute_pending(struct ctx *c, void *arg)
{
  int *moved = arg;
  char *why = NULL;
  if (store_recompute_pending(&c->st, &why) != 0)
    return -1;
  if (!why) /* another process did it first */
    return 0;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_recompute_all(&l, why, moved);
  life_release(&l);
  free(why);
  return rc != 0 ? rc : store_recompute_done(&c->st);
}

static int nothing(struct ctx *c, void *arg)
{
  (void)c;
  (void)arg;
  return 0;
}

static int settle_upgrade(struct ctx *c)
{
  char *why = NULL;
  if (store_recompute_pending(&c->st, &why) != 0)
    return -1;
  if (!why) {
    /* Migration 0031 marked every pending matter: their feed rows are built
       in one transaction (ctx_write's flush); until then the export reads
       the history. A failure leaves the marks for the next command. */
    int marked = store_ics_feed_marked(&c->st);
    if (marked > 0 && ctx_write(c, nothing, NULL) != 0)
      warn("the calendar feed was not built (the error above); 'pubrec ics' reads the history "
           "until a later command succeeds");
    return 0;
  }
  int moved = 0;
  int rc = ctx_write(c, recompute_pending, &moved);
  if (rc == 0 && moved > 0)
    warn("%s: the deadlines of %d open matter%s moved; 'pubrec log REF' shows each move", why,
         moved, moved == 1 ? "" : "s");
  else if (rc != 0)
    /* Nothing was written; the command still runs and the next one tries
       again: a matter the upgraded rules refuse must not lock the user out. */
    warn("%s: the open matters were not recomputed (the error above); their stored dates stand "
         "until a later command succeeds",
         why);
  free(why);
  return 0;
}

/* query: open with db_open_query (nothing created or written), else db_open. */
static int ctx_open_mode(struct ctx *c, int query)
{
  int rc = ctx_settle(c);
  if (rc != 0)
    return rc;
  if (c->db)
    return 0;
  /* serve (c->readonly) reads an existing database, and creates nothing. */
  if (!c->db_path && (rc = db_path(c, query || c->readonly)) != 0)
    return rc;
  if (c->readonly ? db_open_readonly(&c->db, c->db_path) != 0
      : query     ? db_open_query(&c->db, c->db_path) != 0
                  : db_open(&c->db, c->db_path) != 0)
    return -1;
  c->st.db = c->db;
  c->st.now = c->now;
  c->st.by = c->by;
  c->st.today = c->today;
  return c->readonly || query ? 0 : settle_upgrade(c);
}

int ctx_open(struct ctx *c)
{
  return ctx_open_mode(c, 0);
}

int ctx_open_query(struct ctx *c)
{
  return ctx_open_mode(c, 1);
}

void ctx_close(struct ctx *c)
{
  db_close(c->db);
  c->db = NULL;
  free(c->db_path);
  c->db_path = NULL;
}

int ctx_write(struct ctx *c, int (*fn)(struct ctx *c, void *arg), void *arg)
{
  if (db_begin(c->db) != 0)
    return -1;
  int rc = fn(c, arg);
  /* The pending feed's rows of the matters this write changed
     (migrations/0031_ics_feed.sql), in the same transaction. */
  if (rc == 0)
    rc = store_ics_feed_flush(&c->st);
  if (rc != 0) {
    db_rollback(c->db);
    return rc;
  }
  return db_commit(c->db);
}
