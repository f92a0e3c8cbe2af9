/*
** replay.h — a matter's state as it stood on a past date, replayed from its
** append-only history (report --as-of, show --as-of). Pure: the caller feeds
** the history rows dated on or before that date, in the order they were
** recorded.
*/
#ifndef PUBREC_REPLAY_H
#define PUBREC_REPLAY_H

struct replayed {
  char status[32];                                            /* "" until created */
  char due_response[20], due_objection[20], due_extended[20]; /* "" when none */
  char closed_on[11], closed_as[32];                          /* the last closing, "" */
  char determined[11]; /* the first move into a determination status since the clock last
                          started, "" */
  char missed[11];     /* a missed due date a late extension recorded, "" */
  int reopened;        /* a closed matter was reopened: earlier answers do not count */
};

/* Zero x, then feed each row. */
void replay_init(struct replayed *x);
void replay_event(struct replayed *x, const char *on_date, const char *kind, const char *field,
                  const char *old_value, const char *new_value);
/* The controlling due date (YYYY-MM-DD): the extended one, else the
   original; NULL when none. Borrowed from x. */
const char *replayed_due(struct replayed *x);

#endif
