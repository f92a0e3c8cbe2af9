/*
** term.h — the terminal: is stdout one, how wide it is, and colour
** (overdue red, due within 3 working days yellow, closed dim), decided once
** from --color, NO_COLOR and the config file. Never an escape code in a pipe
** unless --color=always.
*/
#ifndef PUBREC_TERM_H
#define PUBREC_TERM_H

#include <stdio.h>

enum term_style { TERM_PLAIN, TERM_OVERDUE, TERM_SOON, TERM_CLOSED, TERM_BOLD };

/* Decide colour: flag (OPT_COLOR_*), then NO_COLOR, then the config's "color", then whether
   stdout is a terminal (and TERM is not "dumb"). */
void term_setup(int flag, const char *config_color);
int term_color(void);
/* stdout is a terminal: tables are aligned and cut to its width; otherwise
   they are tab-separated with every field whole. */
int term_tty(void);
/* Columns: $COLUMNS, else the terminal's, else 80. */
int term_width(void);

/* Start and end a style on out (nothing without colour). */
void term_on(FILE *out, enum term_style s);
void term_off(FILE *out, enum term_style s);

/* s cut to width display columns (UTF-8 aware) and padded; a negative width
   cuts to -width columns without padding (the last column). Returns the
   columns written. */
int term_cell(FILE *out, const char *s, int width);
/* s whole, with tabs and line breaks turned into spaces (a tab-separated field). */
void term_field(FILE *out, const char *s);

#endif
