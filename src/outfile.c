/*
** outfile.c — atomic output files (see outfile.h), after git's tempfile.c
** and lockfile.c.
**
** The registry is a small fixed table, so the signal handler walks memory
** that never moves: a slot's path is set before the slot is marked live and
** the mark is cleared before the path is freed. The handler only calls
** unlink(), sigaction() and raise(), which are async-signal-safe, then
** re-raises the signal under the disposition it had before, so the process
** still dies (or the previous handler runs) as it would have. The handlers
** and an atexit() hook are installed once, on the first outfile_open; a
** signal that was ignored stays ignored. A forked child does not remove its
** parent's files (each slot records the pid that created it).
*/
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define OUTFILE_SLOTS 8

static char *slot_path[OUTFILE_SLOTS];
static volatile sig_atomic_t slot_live[OUTFILE_SLOTS];
static pid_t slot_owner[OUTFILE_SLOTS]; /* the process that created it */

static const int caught[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE};
#define NCAUGHT ((int)(sizeof caught / sizeof caught[0]))
static struct sigaction previous[NCAUGHT];

static void remove_live(void)
{
  pid_t self = getpid();
  for (int i = 0; i < OUTFILE_SLOTS; i++)
    if (slot_live[i] && slot_owner[i] == self) {
      unlink(slot_path[i]);
      slot_live[i] = 0;
    }
}

static void on_signal(int sig)
{
  int saved = errno;
  remove_live();
  for (int i = 0; i < NCAUGHT; i++)
    if (caught[i] == sig)
      sigaction(sig, &previous[i], NULL);
  errno = saved;
  raise(sig);
}

static void install(void)
{
  static int installed;
  if (installed)
    return;
  installed = 1;
  atexit(remove_live);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int i = 0; i < NCAUGHT; i++) {
    sigaction(caught[i], NULL, &previous[i]);
    if (previous[i].sa_handler != SIG_IGN)
      sigaction(caught[i], &sa, NULL);
  }
}

/* A free registry slot, or -1. */
static int take_slot(void)
{
  for (int i = 0; i < OUTFILE_SLOTS; i++)
    if (!slot_live[i] && !slot_path[i])
      return i;
  return -1;
}

static char *dir_of(const char *path)
{
  const char *slash = strrchr(path, '/');
  if (!slash)
    return xstrdup(".");
  return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

int outfile_open(struct outfile *o, const char *path, int mode)
{
  memset(o, 0, sizeof *o);
  struct stat sb;
  int exists = stat(path, &sb) == 0;
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  if ((exists && S_ISDIR(sb.st_mode)) || !*base)
    return error("'%s' is a directory: give a file name", path);
  if (mode < 0) {
    mode_t mask = umask(0);
    umask(mask);
    mode = exists ? (int)(sb.st_mode & 07777) : (int)(0666 & ~mask);
  }
  install();
  int slot = take_slot();
  if (slot < 0)
    return error("BUG: more than %d output files open at once", OUTFILE_SLOTS);
  o->slot = slot + 1;
  o->path = xstrdup(path);
  int dirlen = slash ? (int)(slash - path) + 1 : 0;
  o->tmp = xasprintf("%.*s.%s.tmp-XXXXXX", dirlen, path, base);
  slot_path[slot] = o->tmp;
  slot_owner[slot] = getpid();

  /* mkstemp opens with O_CREAT | O_EXCL and mode 0600: the name is new and
     only we can read it while it is written. */
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    int e = errno;
    char *dir = dir_of(path);
    error("cannot write '%s': cannot create a file in '%s': %s (check that the directory exists "
          "and is writable)",
          path, dir, strerror(e));
    free(dir);
    return -1;
  }
  slot_live[slot] = 1;
  if (fchmod(fd, (mode_t)mode) != 0) {
    int e = errno;
    close(fd);
    return error("cannot set the mode of '%s': %s", o->tmp, strerror(e));
  }
  o->fp = fdopen(fd, "wb");
  if (!o->fp) {
    int e = errno;
    close(fd);
    return error("cannot write '%s': %s", path, strerror(e));
  }
  return 0;
}

int outfile_commit(struct outfile *o)
{
  FILE *fp = o->fp;
  o->fp = NULL;
  if (!fp)
    return error("BUG: outfile_commit without an open file");
  errno = 0;
  int bad = fflush(fp) != 0 || ferror(fp);
  int e = errno ? errno : EIO;
  if (!bad && fsync(fileno(fp)) != 0) {
    bad = 1;
    e = errno;
  }
  if (fclose(fp) != 0 && !bad) {
    bad = 1;
    e = errno;
  }
  if (bad) {
    error("cannot write '%s': %s", o->path, strerror(e));
    outfile_release(o);
    return -1;
  }
  if (rename(o->tmp, o->path) != 0) {
    error("cannot replace '%s': %s", o->path, strerror(errno));
    outfile_release(o);
    return -1;
  }
  slot_live[o->slot - 1] = 0;
  /* Make the rename itself durable. */
  char *dir = dir_of(o->path);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  if (dfd < 0 || fsync(dfd) != 0)
    warn("'%s' is written, but syncing its directory failed: %s", o->path, strerror(errno));
  if (dfd >= 0)
    close(dfd);
  free(dir);
  return 0;
}

void outfile_release(struct outfile *o)
{
  if (o->fp) {
    fclose(o->fp);
    o->fp = NULL;
  }
  if (o->slot > 0) {
    int i = o->slot - 1;
    if (slot_live[i]) {
      slot_live[i] = 0;
      unlink(o->tmp);
    }
    slot_path[i] = NULL;
    o->slot = 0;
  }
  free(o->tmp);
  o->tmp = NULL;
  free(o->path);
  o->path = NULL;
}

int outfile_write(const char *path, int mode, const void *data, size_t len)
{
  struct outfile o;
  int rc = outfile_open(&o, path, mode);
  if (rc == 0 && len && fwrite(data, 1, len, o.fp) != len)
    rc = error("cannot write '%s': %s", path, strerror(errno));
  if (rc == 0)
    rc = outfile_commit(&o);
  outfile_release(&o);
  return rc;
}
