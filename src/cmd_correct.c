/*
** cmd_correct.c — corrections that keep the record: pubrec void and unvoid
** (a matter entered by mistake), pubrec retract (a response recorded by
** mistake) and pubrec note (a note, or a document's fingerprint). Each is
** one lifecycle operation in one transaction.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "hash.h"
#include "matter.h"
#include "util.h"

int cmd_file_summary(const char *path, char **out)
{
  *out = NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return error("cannot read '%s': %s", path, strerror(errno));
  struct stat sb;
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    close(fd);
    return error("'%s' is not a regular file: --file records a document", path);
  }
  struct hash_stream *h = hash_stream_new();
  char buf[65536], hex[HASH_HEX];
  ssize_t n;
  int64_t size = 0;
  while ((n = read(fd, buf, sizeof buf)) > 0) {
    hash_stream_add(h, buf, (size_t)n);
    size += n;
  }
  int e = errno;
  close(fd);
  int rc = hash_stream_finish(h, hex);
  if (n < 0)
    return error("cannot read '%s': %s", path, strerror(e));
  if (rc != 0)
    return -1;
  *out = xasprintf("%s (%lld byte%s, sha256 %s)", path, (long long)size, size == 1 ? "" : "s", hex);
  return 0;
}

static const struct opt_spec note_only[] = {
    {"note", 'n', OPT_VALUE, "TEXT", "why (required: it is kept in the history)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help void_help = {
    "pubrec void REF --note WHY",
    "Void a matter entered by mistake (twice, or in error). It stays in the\n"
    "database and its history, and 'show' and 'log' still find it, but it leaves\n"
    "'list' (unless --all), 'due', every statistic of the report and the calendar\n"
    "(an event already exported is cancelled, as a closed matter's). 'pubrec unvoid'\n"
    "brings it back.",
    note_only, "  pubrec void REQ-2026-0007 --note \"entered twice, see REQ-2026-0006\"\n"};

static const struct cmd_help unvoid_help = {
    "pubrec unvoid REF --note WHY", "Bring back a matter that was voided by mistake.", note_only,
    "  pubrec unvoid REQ-2026-0007 --note \"not a duplicate after all\"\n"};

static const struct cmd_help retract_help = {
    "pubrec retract REF N --note WHY",
    "Retract response N of a matter (N as 'pubrec show' numbers the responses), one\n"
    "recorded by mistake. It stays in the history, marked retracted; the status,\n"
    "the first determination, the clock and every statistic are worked out again as\n"
    "if it had not been given. Extensions and clarifications moved the clock:\n"
    "correct those with 'pubrec edit'.",
    note_only, "  pubrec retract REQ-2026-0003 2 --note \"recorded on the wrong request\"\n"};

static const struct opt_spec note_opts[] = {
    {"file", 0, OPT_VALUE, "PATH",
     "a document (a letter received, a production): its path, size and SHA-256"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help note_help = {
    "pubrec note REF [TEXT] [--file PATH]",
    "Add a note to a matter's history: what was said on the phone, where a letter\n"
    "is filed. Notes never count as responses. With --file, the document's path,\n"
    "size and SHA-256 are recorded, so the history can show which file was meant.",
    note_opts,
    "  pubrec note REQ-2026-0003 \"Called the clerk: production expected Friday\"\n"
    "  pubrec note REQ-2026-0003 --file letters/2026-02-20.pdf \"Denial letter\"\n"};

struct corr_args {
  int (*op)(struct corr_args *a, struct life *l);
  const char *ref, *note, *text;
  char *file_summary;
  int n;
  struct outcome out;
};

static int op_void(struct corr_args *a, struct life *l)
{
  return matter_void(l, a->ref, a->note, &a->out);
}

static int op_unvoid(struct corr_args *a, struct life *l)
{
  return matter_unvoid(l, a->ref, a->note, &a->out);
}

static int op_retract(struct corr_args *a, struct life *l)
{
  return matter_retract(l, a->ref, a->n, a->note, &a->out);
}

static int op_note(struct corr_args *a, struct life *l)
{
  return matter_note(l, a->ref, a->text, a->file_summary, &a->out);
}

static int do_corr(struct ctx *c, void *arg)
{
  struct corr_args *a = arg;
  struct life l;
  life_init(&l, &c->st, c->today);
  int rc = a->op(a, &l);
  life_release(&l);
  return rc;
}

static int run(struct ctx *c, struct corr_args *a, const char *what)
{
  int rc;
  if ((rc = ctx_settle(c)) != 0 || (rc = ctx_open(c)) != 0 || (rc = ctx_write(c, do_corr, a)) != 0)
    return rc;
  return cmd_print_outcome(c, &a->out, what);
}

static int corr(struct ctx *c, int argc, char **argv, const struct cmd_help *help,
                int (*op)(struct corr_args *, struct life *), int npos, const char *what)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct corr_args a;
  memset(&a, 0, sizeof a);
  a.op = op;
  if (p.npos != npos) {
    rc = usage_error("'%s' needs %s (see 'pubrec %s --help')", argv[0],
                     npos == 2 ? "a reference and a response number" : "one reference", argv[0]);
    goto done;
  }
  a.ref = p.pos[0];
  a.note = opt_get(&p, "note");
  if (!a.note || !*a.note) {
    rc = usage_error("missing --note WHY: every correction says why in the history");
    goto done;
  }
  if (npos == 2) {
    char *end;
    errno = 0;
    long n = strtol(p.pos[1], &end, 10);
    if (errno || end == p.pos[1] || *end || n < 1 || n > 1000000) {
      rc = usage_error("invalid response number '%s' (want 1, 2, ... as 'pubrec show' numbers "
                       "them)",
                       p.pos[1]);
      goto done;
    }
    a.n = (int)n;
  }
  rc = run(c, &a, what);
done:
  outcome_release(&a.out);
  opt_release(&p);
  return rc;
}

int cmd_void(struct ctx *c, int argc, char **argv)
{
  return corr(c, argc, argv, &void_help, op_void, 1, "voided");
}

int cmd_unvoid(struct ctx *c, int argc, char **argv)
{
  return corr(c, argc, argv, &unvoid_help, op_unvoid, 1, "unvoided");
}

int cmd_retract(struct ctx *c, int argc, char **argv)
{
  return corr(c, argc, argv, &retract_help, op_retract, 2, "response retracted");
}

int cmd_note(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &note_help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct corr_args a;
  memset(&a, 0, sizeof a);
  a.op = op_note;
  if (p.npos < 1 || p.npos > 2) {
    rc = usage_error("'note' needs a reference and the text (see 'pubrec note --help')");
    goto done;
  }
  a.ref = p.pos[0];
  a.text = p.npos == 2 ? p.pos[1] : NULL;
  const char *path = opt_get(&p, "file");
  if (!a.text && !path) {
    rc = usage_error("'note' needs the text, or --file PATH");
    goto done;
  }
  if (path && (rc = cmd_file_summary(path, &a.file_summary)) != 0)
    goto done;
  rc = run(c, &a, "noted");
done:
  free(a.file_summary);
  outcome_release(&a.out);
  opt_release(&p);
  return rc;
}
