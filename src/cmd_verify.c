/*
** cmd_verify.c — pubrec verify [REF] [--anchor [HASH]]: prove the database
** and its history are intact (store_chain.c does the checking).
*/
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "json.h"
#include "store_chain.h"
#include "store_ics.h"
#include "text.h"
#include "util.h"

static const struct opt_spec opts[] = {
    {"anchor", 0, OPT_FLAG, NULL,
     "print the chain head (ROW:HASH) to keep; with HASH, prove the history up to it is "
     "unchanged"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec verify [REF] [--anchor [ROW:HASH]]",
    "Check that the database is sound and its history unaltered: SQLite's\n"
    "integrity and foreign-key checks, the SHA-256 chain that links every\n"
    "history row to the one before it, and that each matter's stored status,\n"
    "deadlines and responses are what its history says (only REF's, when\n"
    "given), and that the pending matters' calendar feed (what 'ics' reads)\n"
    "is what their history gives. Reports the first row that disagrees and\n"
    "exits 1.\n"
    "\n"
    "--anchor prints the head of the chain as one short line to write into a\n"
    "letter, an email or a filing; 'verify --anchor ROW:HASH' later proves that\n"
    "the history up to that row is exactly what it was. docs/HISTORY.md says how.",
    opts,
    "  pubrec verify\n  pubrec verify SUB-2020-0001\n  pubrec verify --anchor\n"
    "  pubrec verify --anchor "
    "1234:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"};

/* An anchor is ROW:HEX or bare hex; a reference has letters and dashes. */
static int looks_like_anchor(const char *s)
{
  if (strchr(s, ':'))
    return 1;
  size_t n = strlen(s);
  return n > 0 && strspn(s, "0123456789abcdefABCDEF") == n;
}

int cmd_verify(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  int want_anchor = opt_has(&p, "anchor");
  const char *ref = NULL, *anchor = NULL;
  struct verify_result r;
  memset(&r, 0, sizeof r);
  for (int i = 0; i < p.npos && rc == 0; i++) {
    if (want_anchor && !anchor && looks_like_anchor(p.pos[i]))
      anchor = p.pos[i];
    else if (!ref && !looks_like_anchor(p.pos[i]))
      ref = p.pos[i];
    else
      rc = usage_error("unexpected argument '%s' (see 'pubrec verify --help')", p.pos[i]);
  }
  if (rc != 0)
    goto done;
  if ((rc = ctx_open(c)) != 0)
    goto done;
  int64_t matter_id = 0;
  if (ref) {
    struct matter m;
    memset(&m, 0, sizeof m);
    rc = store_matter_get(&c->st, ref, &m);
    matter_id = m.id;
    matter_release(&m);
    if (rc > 0)
      rc = error("unknown reference '%s' (see 'pubrec list')", ref);
    if (rc != 0)
      goto done;
  }
  if ((rc = store_verify(&c->st, matter_id, anchor, &r)) != 0)
    goto done;
  /* The pending calendar feed (store_ics.c) against the history it is
     built from: what 'ics' and serve's feed read. */
  if (r.ok && !matter_id) {
    long stale = 0;
    char *first = NULL;
    if ((rc = store_ics_feed_check(&c->st, &stale, &first)) < 0)
      goto done;
    rc = 0;
    if (stale > 0) {
      r.ok = 0;
      r.bad_ref = first;
      r.what = xasprintf("its row of the calendar feed (ics_feed) is not what its history gives "
                         "(%ld pending matter%s in all); 'pubrec ics' and serve would show it so",
                         stale, stale == 1 ? "" : "s");
    } else {
      free(first);
    }
  }
  if (c->json) {
    struct jv *o = jv_object();
    jv_set_bool(o, "ok", r.ok);
    jv_set_int(o, "rows", r.rows);
    jv_set_int(o, "matters", r.matters);
    char *head = xasprintf("%" PRId64 ":%s", r.head_id, r.head);
    jv_set_str(o, "anchor", r.ok ? head : NULL);
    free(head);
    if (anchor)
      jv_set_str(o, "checked_anchor", anchor);
    if (!r.ok) {
      struct jv *bad = jv_object();
      jv_set_str(bad, "matter", r.bad_ref);
      if (r.bad_row)
        jv_set_int(bad, "row", r.bad_row);
      else
        jv_set(bad, "row", jv_null());
      jv_set_str(bad, "problem", r.what);
      jv_set(o, "disagreement", bad);
    }
    rc = jv_print(stdout, o);
    jv_free(o);
  } else if (r.ok) {
    if (want_anchor && !anchor)
      printf("%" PRId64 ":%s\n", r.head_id, r.head);
    else
      printf("ok: %" PRId64 " history row%s chained and unaltered%s; %" PRId64
             " matter%s agree%s with %s history\n",
             r.rows, r.rows == 1 ? "" : "s", anchor ? ", up to the anchor and beyond" : "",
             r.matters, r.matters == 1 ? "" : "s", r.matters == 1 ? "s" : "",
             r.matters == 1 ? "its" : "their");
  }
  if (rc == 0 && !r.ok) {
    char *what = text_escape(r.what);
    if (r.bad_ref && r.bad_row)
      rc = error("verify failed at %s, history row %" PRId64 ": %s", r.bad_ref, r.bad_row, what);
    else if (r.bad_ref)
      rc = error("verify failed at %s: %s", r.bad_ref, what);
    else if (r.bad_row)
      rc = error("verify failed at history row %" PRId64 ": %s", r.bad_row, what);
    else
      rc = error("verify failed: %s", what);
    free(what);
  }
done:
  verify_result_release(&r);
  opt_release(&p);
  return rc;
}
