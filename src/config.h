/*
** config.h — the config file, $XDG_CONFIG_HOME/pubrec/config (else
** ~/.config/pubrec/config): "key = value" lines, '#' comments. Flags win
** over the environment, the environment over the file.
*/
#ifndef PUBREC_CONFIG_H
#define PUBREC_CONFIG_H

struct config_key {
  const char *name;
  const char *help;
};
/* The keys the file may hold, NULL-terminated. */
extern const struct config_key config_keys[];

/* The file's path (owned by config.c), or NULL when neither XDG_CONFIG_HOME nor HOME is set. */
const char *config_path(void);
/* Read the file once (a missing file is empty). 0, or -1 after an error naming the line. */
int config_load(void);
/* A key's value from the file, or NULL. Borrowed. Loads the file when needed; a broken file
   reads as empty here (config_load reports it). */
const char *config_get(const char *key);
/* Set (value non-NULL) or remove (NULL) a key, rewriting the file through a temporary file
   renamed into place; other lines and comments are kept. 0 or -1. */
int config_set(const char *key, const char *value);
/* Is key one of config_keys? */
int config_key_valid(const char *key);

#endif
