/*
** cmd_config.c — pubrec config [KEY [VALUE]]: read and write the config file.
*/
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "json.h"
#include "suggest.h"
#include "util.h"

static const struct opt_spec opts[] = {{"unset", 0, OPT_FLAG, NULL, "remove KEY from the file"},
                                       {"path", 0, OPT_FLAG, NULL, "print the config file's path"},
                                       {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec config [KEY [VALUE]] [--unset KEY] [--path]",
    "Read and write the config file, $XDG_CONFIG_HOME/pubrec/config (else\n"
    "~/.config/pubrec/config): one 'key = value' a line, '#' starts a comment.\n"
    "With no KEY, print every setting; with KEY, print its value (exit 1 when\n"
    "unset); with KEY VALUE, set it. Flags win over the environment, the\n"
    "environment over the file. Keys:\n"
    "  db        the database file (PUBREC_DB and --db win)\n"
    "  user      who records changes (PUBREC_USER and --by win)\n"
    "  color     auto, always or never (NO_COLOR and --color win)\n"
    "  alarms    default reminders for 'pubrec ics', e.g. 3d,1d,0d\n"
    "  calendar  default holiday calendar for 'pubrec agency add'",
    opts, "  pubrec config db ~/records.db\n  pubrec config user\n  pubrec config --unset color\n"};

static int check_key(const char *key)
{
  if (config_key_valid(key))
    return 0;
  const char *names[8];
  size_t i = 0;
  for (const struct config_key *k = config_keys; k->name && i < 7; k++)
    names[i++] = k->name;
  names[i] = NULL;
  return usage_error("unknown config key '%s'%s (want db, user, color, alarms or calendar)", key,
                     suggest_hint(key, names));
}

static int check_value(const char *key, const char *value)
{
  if (strcmp(key, "color") == 0 && strcmp(value, "auto") != 0 && strcmp(value, "always") != 0 &&
      strcmp(value, "never") != 0)
    return usage_error("invalid color '%s' (want auto, always or never)", value);
  if (!*value)
    return usage_error("an empty value: use 'pubrec config --unset %s' to remove it", key);
  return 0;
}

int cmd_config(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  if ((rc = ctx_settle(c)) != 0)
    goto done;
  if (opt_has(&p, "path")) {
    const char *path = config_path();
    if (!path)
      rc = error("no config file: set XDG_CONFIG_HOME or HOME");
    else
      printf("%s\n", path);
    goto done;
  }
  if (p.npos > 2) {
    rc = usage_error("'config' takes KEY and VALUE at most (see 'pubrec config --help')");
    goto done;
  }
  if (opt_has(&p, "unset")) {
    if (p.npos != 1) {
      rc = usage_error("'config --unset' needs one KEY");
      goto done;
    }
    if ((rc = check_key(p.pos[0])) == 0)
      rc = config_set(p.pos[0], NULL);
    goto done;
  }
  if ((rc = config_load()) != 0)
    goto done;
  if (p.npos == 0) {
    if (c->json) {
      struct jv *o = jv_object();
      for (const struct config_key *k = config_keys; k->name; k++)
        jv_set_str(o, k->name, config_get(k->name));
      rc = jv_print(stdout, o);
      jv_free(o);
    } else {
      for (const struct config_key *k = config_keys; k->name; k++)
        if (config_get(k->name))
          printf("%s = %s\n", k->name, config_get(k->name));
    }
    goto done;
  }
  if ((rc = check_key(p.pos[0])) != 0)
    goto done;
  if (p.npos == 1) {
    const char *v = config_get(p.pos[0]);
    if (c->json) {
      struct jv *o = jv_object();
      jv_set_str(o, p.pos[0], v);
      rc = jv_print(stdout, o);
      jv_free(o);
    } else if (v) {
      printf("%s\n", v);
    } else {
      rc = -1; /* unset: exit 1 quietly, as git config does */
    }
    goto done;
  }
  if ((rc = check_value(p.pos[0], p.pos[1])) == 0)
    rc = config_set(p.pos[0], p.pos[1]);
done:
  opt_release(&p);
  return rc;
}
