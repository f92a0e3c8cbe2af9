/*
** term.c — terminal detection, width and colour.
*/
#include "term.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "opt.h"

static int color = -1;

void term_setup(int flag, const char *config_color)
{
  const char *no_color = getenv("NO_COLOR");
  const char *term = getenv("TERM");
  if (flag == OPT_COLOR_ALWAYS)
    color = 1;
  else if (flag == OPT_COLOR_NEVER)
    color = 0;
  else if (flag != OPT_COLOR_AUTO && no_color && *no_color)
    color = 0;
  else if (flag != OPT_COLOR_AUTO && config_color && strcmp(config_color, "always") == 0)
    color = 1;
  else if (flag != OPT_COLOR_AUTO && config_color && strcmp(config_color, "never") == 0)
    color = 0;
  else
    color = isatty(STDOUT_FILENO) && !(term && strcmp(term, "dumb") == 0);
}

int term_color(void)
{
  if (color < 0)
    term_setup(opt_globals.color, NULL);
  return color;
}

int term_tty(void)
{
  /* Asked once a row by the listings: the answer does not change. */
  static int tty = -1;
  if (tty < 0)
    tty = isatty(STDOUT_FILENO);
  return tty;
}

int term_width(void)
{
  const char *cols = getenv("COLUMNS");
  if (cols && *cols) {
    char *end;
    long n = strtol(cols, &end, 10);
    if (!*end && n >= 20 && n <= 10000)
      return (int)n;
  }
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
    return ws.ws_col;
  return 80;
}

static const char *code(enum term_style s)
{
  switch (s) {
  case TERM_OVERDUE:
    return "\033[31m";
  case TERM_SOON:
    return "\033[33m";
  case TERM_CLOSED:
    return "\033[2m";
  case TERM_BOLD:
    return "\033[1m";
  default:
    return NULL;
  }
}

void term_on(FILE *out, enum term_style s)
{
  if (term_color() && code(s))
    fputs(code(s), out);
}

void term_off(FILE *out, enum term_style s)
{
  if (term_color() && code(s))
    fputs("\033[0m", out);
}

int term_cell(FILE *out, const char *s, int width)
{
  int cols = 0, pad = width > 0;
  if (width < 0)
    width = -width;
  /* Control characters shown escaped, never sent (src/text.c). */
  const unsigned char *p = (const unsigned char *)(s ? tx(s) : "");
  const unsigned char *start = p;
  while (*p && cols < width) {
    int len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
    for (int k = 1; k < len; k++)
      if (!p[k]) {
        len = k;
        break;
      }
    if (*p == '\n' || *p == '\r' || *p == '\t')
      break;
    p += len;
    cols++;
  }
  fwrite(start, 1, (size_t)(p - start), out);
  for (; pad && cols < width; cols++)
    fputc(' ', out);
  return cols;
}

void term_field(FILE *out, const char *s)
{
  /* Printable ASCII (nearly every field) needs no escape and holds no tab
     or line break: written as it is, in one pass. */
  const unsigned char *q = (const unsigned char *)(s ? s : "");
  while (*q >= 0x20 && *q < 0x7F)
    q++;
  if (!*q) {
    fwrite(s ? s : "", 1, (size_t)(q - (const unsigned char *)(s ? s : "")), out);
    return;
  }
  /* Escaped (a tab or line break in a field becomes \t, \n: src/text.c),
     so a tab-separated line is always one record of whole fields. */
  const char *p = s ? tx(s) : "";
  for (;;) {
    size_t run = strcspn(p, "\t\n\r");
    fwrite(p, 1, run, out);
    if (!p[run])
      break;
    fputc(' ', out);
    p += run + 1;
  }
}
