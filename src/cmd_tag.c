/*
** cmd_tag.c — pubrec tag REF +urgent -press: add and remove a matter's tags
** through the lifecycle layer (matter_tag), in one transaction.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "matter.h"
#include "util.h"

static const struct opt_spec opts[] = {{"note", 0, OPT_VALUE, "TEXT", "why, for the history"},
                                       {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec tag REF [+TAG ...] [-TAG ...] [--note TEXT]",
    "Add (+TAG) and remove (-TAG) a matter's tags. A tag is one word (no spaces).\n"
    "Each tag added or removed is a row in the matter's history. Adding a tag the\n"
    "matter has, or removing one it has not, is refused and changes nothing.\n"
    "'pubrec list --tag T', 'report --tag T' and 'ics --tag T' select by tag.",
    opts, "  pubrec tag REQ-2026-0001 +urgent -press\n  pubrec list --tag urgent\n"};

struct tag_args {
  const char *ref, *note;
  const char **add, **remove;
  size_t nadd, nremove;
  struct outcome out;
};

static int do_tag(struct ctx *c, void *arg)
{
  struct tag_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = matter_tag(&l, a->ref, a->add, a->nadd, a->remove, a->nremove, a->note, &a->out);
  life_release(&l);
  return rc;
}

/* Options that take a value (the next argument is never a tag). */
static int takes_value(const char *a)
{
  static const char *const names[] = {"--note", "--db", "--today", "--by", NULL};
  for (int i = 0; names[i]; i++)
    if (strcmp(a, names[i]) == 0)
      return 1;
  return 0;
}

int cmd_tag(struct ctx *c, int argc, char **argv)
{
  struct tag_args a;
  memset(&a, 0, sizeof a);
  /* +TAG and -TAG are taken out before the options are parsed (-press is
     not an option); "--" ends the options and the tags. */
  char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
  a.add = xcalloc((size_t)argc + 1, sizeof *a.add);
  a.remove = xcalloc((size_t)argc + 1, sizeof *a.remove);
  int nrest = 0;
  for (int i = 0; i < argc; i++) {
    char *s = argv[i];
    if (i > 0 && s[0] == '+')
      a.add[a.nadd++] = s + 1;
    else if (i > 0 && s[0] == '-' && s[1] != '-' && strcmp(s, "-h") != 0)
      a.remove[a.nremove++] = s + 1;
    else {
      rest[nrest++] = s;
      if (i > 0 && takes_value(s) && i + 1 < argc)
        rest[nrest++] = argv[++i];
    }
  }
  struct opt_parsed p;
  int rc = opt_parse(&p, nrest, rest, &help);
  if (rc) {
    rc = rc > 0 ? 0 : rc;
    goto done;
  }
  if (p.npos != 1) {
    rc = usage_error("'tag' needs one reference and the tags: pubrec tag REF +urgent -press");
    goto done;
  }
  a.ref = p.pos[0];
  a.note = opt_get(&p, "note");
  if ((rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_tag, &a)) != 0)
    goto done;
  char what[512];
  size_t len = 0;
  len += (size_t)snprintf(what, sizeof what, "tagged");
  for (size_t i = 0; i < a.nadd && len < sizeof what; i++)
    len += (size_t)snprintf(what + len, sizeof what - len, " +%s", a.add[i]);
  for (size_t i = 0; i < a.nremove && len < sizeof what; i++)
    len += (size_t)snprintf(what + len, sizeof what - len, " -%s", a.remove[i]);
  rc = cmd_print_outcome(c, &a.out, what);
done:
  opt_release(&p);
  outcome_release(&a.out);
  free(rest);
  free(a.add);
  free(a.remove);
  return rc;
}
