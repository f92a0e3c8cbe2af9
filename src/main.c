/*
** main.c — the options before the command, the command's run, and the
** mapping of results to exit codes (0 ok, 1 a failure the user can fix,
** 2 usage). The command table is in cmd.c, the context in ctx.c.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "text.h"
#include "util.h"

static const struct opt_spec main_opts[] = {{"version", 0, OPT_FLAG, NULL, "print the version"},
                                            {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help main_help = {"pubrec [options] COMMAND [ARGS]", "", main_opts, NULL};

static int exit_code(int rc)
{
  return rc == 0 ? EXIT_OK : rc == PR_USAGE ? EXIT_USAGE : EXIT_FAIL;
}

int main(int argc, char **argv)
{
  /* --json anywhere makes every error JSON, even one found before it is parsed. */
  for (int k = 1; k < argc && strcmp(argv[k], "--") != 0; k++)
    if (strcmp(argv[k], "--json") == 0)
      util_json_errors = 1;
  /* Text input must be valid UTF-8: every argument of every command. */
  if (utf8_check_args(argc, argv) != 0)
    return EXIT_USAGE;
  struct opt_parsed p;
  int i = argc;
  int rc = opt_parse_head(&p, argc, argv, &main_help, &i);
  if (rc != 0)
    return exit_code(rc);
  int version = opt_has(&p, "version"), help = p.help;
  opt_release(&p);
  if (version) {
    printf("pubrec %s\n", PUBREC_VERSION);
    return EXIT_OK;
  }
  if (help) {
    cmd_usage(stdout);
    return EXIT_OK;
  }
  if (i >= argc) {
    cmd_usage(stderr);
    return EXIT_USAGE;
  }
  struct ctx c;
  memset(&c, 0, sizeof c);
  if (strcmp(argv[i], "help") == 0) {
    if (i + 1 < argc) {
      char *help_argv[] = {argv[i + 1], "--help", NULL};
      return exit_code(cmd_run(&c, 2, help_argv));
    }
    cmd_usage(stdout);
    return EXIT_OK;
  }
  rc = cmd_run(&c, argc - i, argv + i);
  ctx_close(&c);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "pubrec: cannot write output: %s\n", strerror(errno));
    return EXIT_FAIL;
  }
  return exit_code(rc);
}
