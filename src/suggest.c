/*
** suggest.c — "did you mean": the closest candidate to a mistyped word.
*/
#include "suggest.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

int suggest_distance(const char *a, const char *b)
{
  size_t n = strlen(a), m = strlen(b);
  if (n > 64 || m > 64)
    return 1000;
  int d[65][65];
  for (size_t i = 0; i <= n; i++)
    d[i][0] = (int)i;
  for (size_t j = 0; j <= m; j++)
    d[0][j] = (int)j;
  for (size_t i = 1; i <= n; i++) {
    for (size_t j = 1; j <= m; j++) {
      int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
      int cost = ca != cb;
      int v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v)
        v = d[i][j - 1] + 1;
      if (d[i - 1][j - 1] + cost < v)
        v = d[i - 1][j - 1] + cost;
      if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
          tolower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
    }
  }
  return d[n][m];
}

void suggest_init(struct suggest *s, const char *word)
{
  s->word = word;
  s->best = NULL;
  s->best_dist = 1000;
}

void suggest_try(struct suggest *s, const char *candidate)
{
  if (!candidate || !*candidate)
    return;
  int d = suggest_distance(s->word, candidate);
  /* A prefix of a candidate ("rep" for "report") is a likely abbreviation. */
  size_t wl = strlen(s->word);
  if (d > 1 && wl >= 3 && strncasecmp(s->word, candidate, wl) == 0)
    d = 1;
  if (d < s->best_dist) {
    free(s->best);
    s->best = xstrdup(candidate);
    s->best_dist = d;
  }
}

const char *suggest_best(const struct suggest *s)
{
  if (!s->best)
    return NULL;
  size_t len = strlen(s->word);
  /* Allow about one typo in three characters, at least one, at most three. */
  int limit = len <= 3 ? 1 : len <= 6 ? 2 : 3;
  return s->best_dist <= limit ? s->best : NULL;
}

void suggest_release(struct suggest *s)
{
  free(s->best);
  s->best = NULL;
}

const char *suggest_hint(const char *word, const char *const *candidates)
{
  static char hint[160];
  struct suggest s;
  suggest_init(&s, word);
  for (; candidates && *candidates; candidates++)
    suggest_try(&s, *candidates);
  const char *best = suggest_best(&s);
  if (best)
    snprintf(hint, sizeof hint, " (did you mean '%s'?)", best);
  else
    hint[0] = '\0';
  suggest_release(&s);
  return hint;
}
