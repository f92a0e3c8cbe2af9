/*
** hint.h — "did you mean" for values that live in the database or the
** model: agency codes, rules, calendars, statuses. Each returns
** " (did you mean 'X'?)" or "", in a static buffer valid until the next call.
*/
#ifndef PUBREC_HINT_H
#define PUBREC_HINT_H

#include "store.h"

const char *hint_agency(struct store *st, const char *code);
const char *hint_rule(struct store *st, const char *code);
const char *hint_calendar(struct store *st, const char *code);
/* Statuses, and the extra words (NULL-terminated, may be NULL) a command also takes. */
const char *hint_status(const char *word, const char *const *extra);

#endif
