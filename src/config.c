/*
** config.c — the config file: "key = value" lines, read once, rewritten
** whole (through a temporary file renamed into place) by `pubrec config`.
*/
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "suggest.h"
#include "util.h"

const struct config_key config_keys[] = {
    {"db", "the database file (PUBREC_DB and --db win)"},
    {"user", "who records changes (PUBREC_USER and --by win)"},
    {"color", "auto, always or never (NO_COLOR and --color win)"},
    {"alarms", "default reminders for 'pubrec ics', e.g. 3d,1d,0d (--alarms wins)"},
    {"calendar", "default holiday calendar for 'pubrec agency add' (--calendar wins)"},
    {NULL, NULL}};

static char *path;
static int loaded;
static char *keys[8], *values[8];
static size_t nkeys;

int config_key_valid(const char *key)
{
  for (const struct config_key *k = config_keys; k->name; k++)
    if (strcmp(k->name, key) == 0)
      return 1;
  return 0;
}

const char *config_path(void)
{
  if (path)
    return path;
  const char *xdg = getenv("XDG_CONFIG_HOME");
  const char *home = getenv("HOME");
  if (xdg && *xdg == '/')
    path = xasprintf("%s/pubrec/config", xdg);
  else if (home && *home)
    path = xasprintf("%s/.config/pubrec/config", home);
  return path;
}

static char *trim(char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    s[--n] = '\0';
  return s;
}

static const char *key_hint(const char *key)
{
  static const char *names[8];
  size_t i = 0;
  for (const struct config_key *k = config_keys; k->name && i < 7; k++)
    names[i++] = k->name;
  names[i] = NULL;
  return suggest_hint(key, names);
}

/* Parse one line into key and value (pointers into line). 1 a setting, 0 blank or comment,
   -1 malformed. */
static int parse_line(char *line, char **key, char **value)
{
  char *s = trim(line);
  if (!*s || *s == '#' || *s == ';')
    return 0;
  char *eq = strchr(s, '=');
  if (!eq)
    return -1;
  *eq = '\0';
  *key = trim(s);
  *value = trim(eq + 1);
  size_t n = strlen(*value);
  if (n >= 2 && (*value)[0] == '"' && (*value)[n - 1] == '"') {
    (*value)[n - 1] = '\0';
    (*value)++;
  }
  return **key ? 1 : -1;
}

static int load(int report)
{
  if (loaded)
    return loaded > 0 ? 0 : -1;
  loaded = 1;
  const char *p = config_path();
  if (!p)
    return 0;
  size_t len;
  char *text = read_file(p, &len);
  if (!text) {
    if (errno == ENOENT || errno == ENOTDIR)
      return 0;
    loaded = -1;
    return report ? error("cannot read the config file '%s': %s", p, strerror(errno)) : -1;
  }
  int lineno = 0, rc = 0;
  char *save = NULL;
  for (char *line = text; line && rc == 0; line = save) {
    save = strchr(line, '\n');
    if (save)
      *save++ = '\0';
    lineno++;
    char *k, *v;
    int r = parse_line(line, &k, &v);
    if (r == 0)
      continue;
    if (r < 0) {
      rc = report ? error("config file '%s' line %d: want 'key = value'", p, lineno) : -1;
    } else if (!config_key_valid(k)) {
      rc = report ? error("config file '%s' line %d: unknown key '%s'%s", p, lineno, k, key_hint(k))
                  : -1;
    } else {
      size_t i;
      for (i = 0; i < nkeys && strcmp(keys[i], k) != 0; i++)
        ;
      if (i == nkeys) {
        keys[nkeys] = xstrdup(k);
        values[nkeys++] = xstrdup(v);
      } else {
        free(values[i]);
        values[i] = xstrdup(v);
      }
    }
  }
  free(text);
  if (rc != 0) {
    for (size_t i = 0; i < nkeys; i++) {
      free(keys[i]);
      free(values[i]);
    }
    nkeys = 0;
    loaded = -1;
  }
  return rc;
}

int config_load(void)
{
  if (loaded < 0) {
    loaded = 0;
    return load(1);
  }
  return load(1);
}

const char *config_get(const char *key)
{
  if (load(0) != 0)
    return NULL;
  for (size_t i = 0; i < nkeys; i++)
    if (strcmp(keys[i], key) == 0)
      return values[i];
  return NULL;
}

static int make_parent(const char *file)
{
  char *dir = xstrdup(file);
  for (char *s = dir + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = '\0';
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
      int e = errno;
      int rc = error("cannot create directory '%s': %s", dir, strerror(e));
      free(dir);
      return rc;
    }
    *s = '/';
  }
  free(dir);
  return 0;
}

int config_set(const char *key, const char *value)
{
  const char *p = config_path();
  if (!p)
    return error("cannot find the config file: set XDG_CONFIG_HOME or HOME");
  if (config_load() != 0)
    return -1;
  if (value && strchr(value, '\n'))
    return usage_error("a config value must be one line");
  size_t len = 0;
  char *text = read_file(p, &len);
  struct buf out = BUF_INIT;
  int done = 0;
  char *save = NULL;
  for (char *line = text; line && *line; line = save) {
    save = strchr(line, '\n');
    if (save)
      *save++ = '\0';
    char *copy = xstrdup(line);
    char *k, *v;
    int r = parse_line(copy, &k, &v);
    if (r > 0 && strcmp(k, key) == 0) {
      if (value && !done)
        buf_addf(&out, "%s = %s\n", key, value);
      done = 1;
    } else {
      buf_addf(&out, "%s\n", line);
    }
    free(copy);
  }
  free(text);
  if (value && !done)
    buf_addf(&out, "%s = %s\n", key, value);
  if (make_parent(p) != 0) {
    buf_release(&out);
    return -1;
  }
  char *tmp = xasprintf("%s.XXXXXX", p);
  int fd = mkstemp(tmp);
  int rc = 0;
  if (fd < 0) {
    rc = error("cannot write the config file '%s': %s", p, strerror(errno));
  } else {
    FILE *f = fdopen(fd, "w");
    int bad = !f;
    if (f) {
      bad = fwrite(out.data ? out.data : "", 1, out.len, f) != out.len || fflush(f) != 0 ||
            fsync(fileno(f)) != 0;
      bad |= fclose(f) != 0;
    } else {
      close(fd);
    }
    if (bad || rename(tmp, p) != 0) {
      rc = error("cannot write the config file '%s': %s", p, strerror(errno));
      unlink(tmp);
    }
  }
  free(tmp);
  buf_release(&out);
  /* Read it again next time. */
  for (size_t i = 0; i < nkeys; i++) {
    free(keys[i]);
    free(values[i]);
  }
  nkeys = 0;
  loaded = 0;
  return rc;
}
