/*
** table.h — matters as text tables: aligned, coloured and cut to the
** terminal's width on a terminal; one tab-separated line a matter, every
** field whole, in a pipe (so cut, grep and awk work).
*/
#ifndef PUBREC_TABLE_H
#define PUBREC_TABLE_H

#include <stdio.h>

#include "term.h"
#include "view.h"

/* How a matter is shown: overdue, due within 3 working days, closed, or plain. */
enum term_style table_style(const struct matter *m, const struct matter_info *info);

/* list: REF KIND FROM TO DUE STATUS WHEN SUBJECT. */
void table_matters(FILE *out, const struct matter *m, const struct matter_info *info, size_t n);
/* The same one row at a time (a listing streams): the header (on a terminal
   only), then each row. */
void table_matter_header(FILE *out);
void table_matter_row(FILE *out, const struct matter *m, const struct matter_info *info);
/* due: one agenda line (DUE REF WHEN FROM -> TO SUBJECT). */
void table_agenda_line(FILE *out, const struct matter *m, const struct matter_info *info);

#endif
