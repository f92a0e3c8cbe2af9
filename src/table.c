/*
** table.c — matters as text: aligned and coloured on a terminal,
** tab-separated in a pipe.
*/
#include "table.h"

#include <string.h>

#define SOON_WORKING_DAYS 3

enum term_style table_style(const struct matter *m, const struct matter_info *info)
{
  if (!info->open)
    return TERM_CLOSED;
  if (info->overdue)
    return TERM_OVERDUE;
  if (m->due && info->has_due && info->wd_remaining <= SOON_WORKING_DAYS)
    return TERM_SOON;
  return TERM_PLAIN;
}

static const char *kind_of(const struct matter *m)
{
  return m->court ? "court-sub" : m->kind;
}

static const char *status_of(const struct matter *m, const struct matter_info *info)
{
  return info->overdue ? "OVERDUE" : m->status;
}

void table_matter_header(FILE *out)
{
  if (!term_tty())
    return; /* a pipe gets the records only */
  term_on(out, TERM_BOLD);
  fprintf(out, "%-14s %-9s %-10s %-10s %-10s %-12s %-28s %s", "REF", "KIND", "FROM", "TO", "DUE",
          "STATUS", "WHEN", "SUBJECT");
  term_off(out, TERM_BOLD);
  fputc('\n', out);
}

void table_matter_row(FILE *out, const struct matter *m, const struct matter_info *info)
{
  char phrase[64];
  view_due_phrase(phrase, sizeof phrase, m, info);
  enum term_style st = table_style(m, info);
  term_on(out, st);
  if (!term_tty()) {
    const char *f[] = {
        m->ref, kind_of(m), m->from_code, m->to_code, m->due ? m->due : "-", status_of(m, info),
        phrase, m->subject};
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
      if (k)
        fputc('\t', out);
      term_field(out, f[k]);
    }
  } else {
    /* 14 9 10 10 10 12 28 and a space after each: 100 columns before the subject. */
    int subject = term_width() - 100;
    if (subject < 20)
      subject = 20;
    term_cell(out, m->ref, 14);
    fputc(' ', out);
    term_cell(out, kind_of(m), 9);
    fputc(' ', out);
    term_cell(out, m->from_code, 10);
    fputc(' ', out);
    term_cell(out, m->to_code, 10);
    fputc(' ', out);
    term_cell(out, m->due ? m->due : "-", 10);
    fputc(' ', out);
    term_cell(out, status_of(m, info), 12);
    fputc(' ', out);
    term_cell(out, phrase, 28);
    fputc(' ', out);
    term_cell(out, m->subject, -subject);
  }
  term_off(out, st);
  fputc('\n', out);
}

void table_matters(FILE *out, const struct matter *m, const struct matter_info *info, size_t n)
{
  if (n == 0) {
    if (term_tty())
      fprintf(out, "no matters\n");
    return;
  }
  table_matter_header(out);
  for (size_t i = 0; i < n; i++)
    table_matter_row(out, &m[i], &info[i]);
}

void table_agenda_line(FILE *out, const struct matter *m, const struct matter_info *info)
{
  char phrase[64];
  view_due_phrase(phrase, sizeof phrase, m, info);
  enum term_style st = table_style(m, info);
  term_on(out, st);
  if (!term_tty()) {
    const char *f[] = {m->due ? m->due : "-", m->ref, phrase, m->from_code, m->to_code, m->subject};
    fputs("  ", out);
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
      if (k)
        fputc('\t', out);
      term_field(out, f[k]);
    }
  } else {
    /* 2 + 10 + 2 + 14 + 1 + 28 + 1 columns, then FROM -> TO and the subject. */
    fprintf(out, "  %s  %-14s %-28s %s -> %s  ", m->due ? m->due : "-", m->ref, phrase,
            m->from_code, m->to_code);
    int used = 58 + (int)strlen(m->from_code) + 4 + (int)strlen(m->to_code) + 2;
    int room = term_width() - used;
    term_cell(out, m->subject, -(room < 20 ? 20 : room));
  }
  term_off(out, st);
  fputc('\n', out);
}
