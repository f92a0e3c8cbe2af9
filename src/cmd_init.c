/*
** cmd_init.c — pubrec init: create the database, or bring it up to date.
*/
#include <stdio.h>

#include "cmd.h"
#include "json.h"
#include "util.h"

static const struct opt_spec opts[] = {{NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec init [--db PATH]",
    "Create the database with its schema, built-in rules and calendars, or apply\n"
    "the migrations an older database lacks. Every other command does this on\n"
    "first use too; init just says where the database is.",
    opts, "  pubrec --db ./records.db init\n"};

int cmd_init(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  if (p.npos)
    rc = usage_error("'init' takes no arguments (see 'pubrec init --help')");
  else
    rc = ctx_open(c);
  if (rc == 0) {
    int version = db_user_version(c->db);
    if (c->json) {
      struct jv *o = jv_object();
      jv_set_str(o, "database", c->db_path);
      jv_set_int(o, "schema_version", version);
      rc = jv_print(stdout, o);
      jv_free(o);
    } else {
      printf("database %s (schema version %d)\n", c->db_path, version);
    }
  }
  opt_release(&p);
  return rc;
}
