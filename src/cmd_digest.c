/*
** cmd_digest.c — pubrec digest: a plain-text reminder (overdue, due in the
** next N working days, waiting on the requester) for a cron job that mails
** it. Never coloured, never cut: it is read in a mail client.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "json.h"
#include "schedule.h"
#include "util.h"
#include "view.h"

static const struct opt_spec opts[] = {
    {"within", 'w', OPT_VALUE, "N", "due in the next N working days (default 5)"},
    {"agency", 'a', OPT_VALUE, "CODE", "only matters this agency sent or received"},
    {"quiet", 'q', OPT_FLAG, NULL,
     "print nothing when nothing is overdue, due or waiting (cron then sends no mail)"},
    {NULL, 0, 0, NULL, NULL}};
static const struct cmd_help help = {
    "pubrec digest [--within N] [--agency A] [--quiet]",
    "A plain-text digest of the open matters that need attention: those overdue,\n"
    "those due in the next N working days, and those waiting on the requester\n"
    "(the clock paused by a toll, with the date it paused), each with its\n"
    "reference, parties, due date and subject. Made for cron piping into mail(1):\n"
    "  0 7 * * 1-5  pubrec digest --quiet | mail -E -s \"records due\" me@example.org",
    opts, "  pubrec digest\n  pubrec digest --within 10 --agency DENVER\n"};

enum { OVERDUE, SOON, WAITING, NSECTIONS };

static const char *const titles[NSECTIONS] = {"OVERDUE", "DUE IN THE NEXT %d WORKING DAY%s",
                                              "WAITING ON THE REQUESTER"};
static const char *const keys[NSECTIONS] = {"overdue", "due_soon", "waiting"};

static int section_of(const struct matter_info *info, int within)
{
  if (!info->open)
    return -1;
  if (info->waiting)
    return WAITING;
  if (info->overdue)
    return OVERDUE;
  if (info->has_due && info->wd_remaining <= within)
    return SOON;
  return -1;
}

static void print_item(const struct matter *m, const struct matter_info *info)
{
  char phrase[64];
  view_due_phrase(phrase, sizeof phrase, m, info);
  if (m->due)
    printf("  %s  due %s, %s\n", m->ref, m->due, phrase);
  else
    printf("  %s  %s\n", m->ref, phrase);
  printf("      %s -> %s: %s\n", m->from_code, m->to_code, m->subject);
}

int cmd_digest(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct matter_filter f;
  memset(&f, 0, sizeof f);
  f.open_only = 1;
  f.due_within = -1;
  struct matter *m = NULL;
  struct matter_info *info = NULL;
  struct schedule *sc = NULL;
  size_t n = 0;
  int within;
  if (p.npos) {
    rc = usage_error("'digest' takes no arguments (see 'pubrec digest --help')");
    goto done;
  }
  if ((rc = opt_int(&p, "within", 0, 10000, 5, &within)) != 0)
    goto done;
  f.agency = opt_get(&p, "agency");
  if ((rc = ctx_open(c)) != 0 || (rc = store_matter_list(&c->st, &f, &m, &n)) != 0)
    goto done;
  sc = schedule_new(&c->st);
  info = xcalloc(n + 1, sizeof *info);
  size_t count[NSECTIONS] = {0, 0, 0};
  for (size_t i = 0; i < n; i++) {
    if ((rc = view_info(&info[i], sc, &m[i], c->today)) != 0)
      goto done;
    int s = section_of(&info[i], within);
    if (s >= 0)
      count[s]++;
  }
  if (c->json) {
    struct jv *o = jv_object();
    jv_set_str(o, "today", c->today);
    jv_set_int(o, "within", within);
    for (int s = 0; s < NSECTIONS; s++) {
      struct jv *arr = jv_array();
      for (size_t i = 0; i < n; i++)
        if (section_of(&info[i], within) == s)
          jv_append(arr, view_matter(&m[i], &info[i]));
      jv_set(o, keys[s], arr);
    }
    rc = jv_print(stdout, o);
    jv_free(o);
    goto done;
  }
  size_t total = count[OVERDUE] + count[SOON] + count[WAITING];
  if (total == 0 && opt_has(&p, "quiet"))
    goto done;
  printf("pubrec digest for %s: %zu overdue, %zu due in the next %d working day%s, %zu waiting "
         "on the requester\n",
         c->today, count[OVERDUE], count[SOON], within, within == 1 ? "" : "s", count[WAITING]);
  for (int s = 0; s < NSECTIONS; s++) {
    printf("\n");
    if (s == SOON)
      printf(titles[s], within, within == 1 ? "" : "S");
    else
      fputs(titles[s], stdout);
    printf(" (%zu)\n", count[s]);
    if (count[s] == 0)
      printf("  none\n");
    for (size_t i = 0; i < n; i++)
      if (section_of(&info[i], within) == s)
        print_item(&m[i], &info[i]);
  }
done:
  schedule_free(sc);
  free(info);
  store_matters_free(m, n);
  opt_release(&p);
  return rc;
}
