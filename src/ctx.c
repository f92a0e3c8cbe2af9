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
#include "term.h"
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
  return 0;
}

/* Resolve the database path into c->db_path, creating the default directory. */
static int db_path(struct ctx *c)
{
  free(c->db_path);
  c->db_path = NULL;
  const char *path = opt_globals.db ? opt_globals.db : getenv("PUBREC_DB");
  const char *home = getenv("HOME");
  if (!path || !*path)
    path = config_get("db");
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
    if (make_dirs(dir) != 0) {
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
  if ((rc = db_path(c)) != 0)
    return rc;
  struct stat st;
  if (stat(c->db_path, &st) != 0 || st.st_size == 0)
    return 1;
  return ctx_open(c);
}

int ctx_open(struct ctx *c)
{
  int rc = ctx_settle(c);
  if (rc != 0)
    return rc;
  if (c->db)
    return 0;
  if (!c->db_path && (rc = db_path(c)) != 0)
    return rc;
  if (db_open(&c->db, c->db_path) != 0)
    return -1;
  c->st.db = c->db;
  c->st.now = c->now;
  c->st.by = c->by;
  c->st.today = c->today;
  return 0;
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
  if (rc != 0) {
    db_rollback(c->db);
    return rc;
  }
  return db_commit(c->db);
}
