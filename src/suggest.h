/*
** suggest.h — "did you mean": the closest of a set of candidate words to
** what was typed (git's help.c), by Damerau-Levenshtein distance.
*/
#ifndef PUBREC_SUGGEST_H
#define PUBREC_SUGGEST_H

#include <stddef.h>

struct suggest {
  const char *word; /* what was typed; borrowed */
  char *best;       /* the closest candidate so far; owned */
  int best_dist;
};

void suggest_init(struct suggest *s, const char *word);
/* Offer one candidate (copied if it is the closest so far). */
void suggest_try(struct suggest *s, const char *candidate);
/* The closest candidate when it is close enough to be a likely typo, else NULL. Borrowed. */
const char *suggest_best(const struct suggest *s);
void suggest_release(struct suggest *s);

/* Edit distance (insert, delete, substitute, transpose), case-insensitive. */
int suggest_distance(const char *a, const char *b);

/* " (did you mean 'X'?)" for the closest of a NULL-terminated list, or "". Static buffer. */
const char *suggest_hint(const char *word, const char *const *candidates);

#endif
