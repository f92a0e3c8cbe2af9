/*
** replay.c — a matter's state from its history (see replay.h).
*/
#include "replay.h"

#include <stdio.h>
#include <string.h>

#include "model.h"

void replay_init(struct replayed *x)
{
  memset(x, 0, sizeof *x);
}

static void copy_to(char *dst, size_t n, const char *src)
{
  snprintf(dst, n, "%s", src ? src : "");
}

void replay_event(struct replayed *x, const char *on_date, const char *kind, const char *field,
                  const char *old_value, const char *new_value)
{
  if (strcmp(kind, "created") == 0 || strcmp(kind, "status") == 0) {
    if (!new_value)
      return;
    if (old_value && status_is_open(old_value) && !status_is_open(new_value)) {
      copy_to(x->closed_on, sizeof x->closed_on, on_date);
      copy_to(x->closed_as, sizeof x->closed_as, new_value);
    }
    if (strcmp(new_value, "open") == 0 && old_value && !status_is_open(old_value)) {
      x->determined[0] = '\0'; /* reopened: a new clock */
      x->reopened = 1;
    }
    if (status_is_determination(new_value) && !x->determined[0])
      copy_to(x->determined, sizeof x->determined, on_date);
    copy_to(x->status, sizeof x->status, new_value);
  } else if (strcmp(kind, "due") == 0 && field) {
    char *slot = strcmp(field, "due:response") == 0    ? x->due_response
                 : strcmp(field, "due:objection") == 0 ? x->due_objection
                 : strcmp(field, "due:extended") == 0  ? x->due_extended
                                                       : NULL;
    if (slot)
      copy_to(slot, sizeof x->due_response, new_value);
  } else if (strcmp(kind, "edit") == 0 && field && strcmp(field, "missed") == 0) {
    copy_to(x->missed, sizeof x->missed, new_value);
  }
}

const char *replayed_due(struct replayed *x)
{
  char *d = x->due_extended[0]   ? x->due_extended
            : x->due_response[0] ? x->due_response
                                 : x->due_objection;
  if (strlen(d) > 10)
    d[10] = '\0'; /* a date and time: the date */
  return d[0] ? d : NULL;
}
