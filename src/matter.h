/*
** matter.h — the lifecycle layer: the one owner of every change to a matter.
**
** Each operation validates, changes the matter, keeps its clock (running,
** paused, stopped) true, recomputes its deadlines through the schedule and
** writes its history rows, inside the caller's write transaction (ctx_write);
** on any error it returns -1 (or PR_USAGE) after printing why, and the caller
** rolls back. Commands parse options, call one of these and print; no other
** module writes a status, a clock or a history row of a matter.
**
** Semantics (SPEC.md, "Lifecycle semantics"): the first determination
** (production, partial, denial, refusal, no records, objection) meets the
** response deadline and stops the clock for good; only toll and resume pause
** and restart it; an extension must be given before the period runs out (or
** be recorded as late, keeping the miss); reopening asks for the new clock.
*/
#ifndef PUBREC_MATTER_H
#define PUBREC_MATTER_H

#include <stddef.h>

#include "model.h"
#include "schedule.h"
#include "store.h"

/* What every operation works in. */
struct life {
  struct store *st;    /* inside the caller's write transaction */
  struct schedule *sc; /* built calendars, shared by the operations of one command */
  const char *today;   /* YYYY-MM-DD: nothing may be dated after it */
};
void life_init(struct life *l, struct store *st, const char *today);
void life_release(struct life *l);

/* What an operation changed, for the command to print. Strings are owned;
   release with outcome_release. */
struct outcome {
  char *ref;
  char *status_before, *status_after;
  char *due_before, *due_after; /* NULL: none (paused, no deadline) */
  int moved;                    /* deadlines that appeared, moved or went away */
  int ext_days;                 /* extend: the days added (in the rule's extension unit) */
};
void outcome_release(struct outcome *o);

/* Log a new matter: m carries its fields (codes in from_code/to_code; ids,
   uuid, ref, status and clock are filled in here). Parents (references) are
   linked and moved to escalated (or appealed, for an appeal). */
int matter_create(struct life *l, struct matter *m, const char *const *parents, size_t nparents,
                  const char *note);

/* The rule a new matter of kind follows when none is given: for a request,
   the default rule of the receiving agency's jurisdiction (issue 14: an
   agency in us-tx gets tx-pia); *rule is the caller's to free. Any other
   kind, or no default, is a usage error naming what to give. */
int matter_default_rule(struct life *l, const char *kind, const char *to_code, char **rule);

/* Link child to an existing parent and continue the parent in it. */
int matter_link_parent(struct life *l, const struct matter *child, const char *parent_ref,
                       const char *on);

/* A response from the answering agency. An extension is the extend
   operation (days, late apply), a clarification the toll operation; a
   determination stops the clock. */
struct response_in {
  const char *kind;
  const char *on;
  int pages; /* -1: not given */
  const char *note;
  int days; /* extension: days to add, -1: the rule's */
  int late; /* extension: record it although the period ran out */
};
int matter_respond(struct life *l, const char *ref, const struct response_in *in,
                   struct outcome *out);

/* A status change through the state machine. Entering 'tolled' or
   'extended', and leaving 'tolled' for an open state, are refused (they are
   toll, extend and resume); reopening a closed matter is matter_reopen. */
int matter_set_status(struct life *l, const char *ref, const char *status, const char *on,
                      const char *note, struct outcome *out);

/* Extend the period (C4): days in the rule's extension unit (-1: the
   rule's), within the rule's cap, given on or before the due date unless
   late is set, which records it and keeps the miss. */
int matter_extend(struct life *l, const char *ref, int days, const char *on, const char *note,
                  int late, struct outcome *out);
/* Extend to the date an agency's notice names (extend --to DATE): the days that
   end on `to`, counted in the rule's extension unit from the due date now, as
   matter_extend would add them. Refused when `to` is not after the due date,
   passes the rule's cap (the error names the latest date allowed) or is not a
   day the count can end on. */
int matter_extend_to(struct life *l, const char *ref, const char *to, const char *on,
                     const char *note, int late, struct outcome *out);

/* Pause the clock (the agency asked the requester; C9), and restart it. */
int matter_toll(struct life *l, const char *ref, const char *on, const char *note,
                struct outcome *out);
int matter_resume(struct life *l, const char *ref, const char *on, const char *note,
                  struct outcome *out);

/* Reopen a closed (or answered) matter with a new clock: the date the
   document now states (due), or the rule's period restarted on received. */
int matter_reopen(struct life *l, const char *ref, const char *on, const char *due,
                  const char *received, const char *note, struct outcome *out);

/* Correct a matter's fields: each changed field writes an 'edit' history row
   (field, old, new) with note. A change of a party, the trigger date or the
   deadline's basis (rule, days, due: one way, as add) recomputes the
   deadlines unless the clock is stopped (answered or closed; recompute
   forces it). Refused: a voided matter, nothing to change, a trigger date
   after a recorded response. */
struct edit_in {
  const char *subject;                /* NULL: unchanged */
  const char *tracking, *description; /* with *_given: NULL clears */
  int tracking_given, description_given;
  const char *from, *to;                   /* agency codes, NULL: unchanged */
  const char *trigger_date, *trigger_time; /* trigger_date NULL: unchanged */
  const char *rule;                        /* with rule_given */
  int rule_given;
  int days, days_given;
  const char *due; /* with due_given */
  int due_given;
  int recompute;
  const char *note; /* required */
};
int matter_edit(struct life *l, const char *ref, const struct edit_in *in, struct outcome *out);

/* A matter entered by mistake leaves every list, statistic and calendar but
   stays in the database and its history; unvoid brings it back. */
int matter_void(struct life *l, const char *ref, const char *note, struct outcome *out);
int matter_unvoid(struct life *l, const char *ref, const char *note, struct outcome *out);

/* Retract response n (1-based, in the order 'show' lists them): it stays,
   marked; status, first determination and clock are worked out again as if
   it had not been given. */
int matter_retract(struct life *l, const char *ref, int n, const char *note, struct outcome *out);

/* A note (text, and/or a document's summary "PATH (N bytes, sha256 HEX)")
   in the history; never a response. */
int matter_note(struct life *l, const char *ref, const char *text, const char *file_summary,
                struct outcome *out);

/* Recompute the matters a change of a rule, a calendar, a closure or an
   agency can move (store_affected_ids' scope), writing each move to its
   history; *moved counts the matters that moved. */
int matter_recompute(struct life *l, const struct affected *f, const char *on, const char *reason,
                     int *moved);

/* Recompute every matter whose clock can still move (after an upgrade
   changed built-in rules or calendars: recompute_pending). */
int matter_recompute_all(struct life *l, const char *reason, int *moved);

/* Recompute the matters an agency must answer whose clock can still move
   (after its calendar or cutoff changed); *moved counts those that moved. */
int matter_recompute_agency(struct life *l, int64_t agency_id, const char *reason, int *moved);
/* Add and remove tags (issue 9): each one added or removed writes a history
   row (kind 'tag', field 'tag', old_value the tag removed, new_value the tag
   added). Refused, with nothing written: an empty tag or one with a space,
   adding a tag the matter has, removing one it has not, a tag given twice. */
int matter_tag(struct life *l, const char *ref, const char *const *add, size_t nadd,
               const char *const *remove, size_t nremove, const char *note, struct outcome *out);

/* The party code of a requester who is a person: the person with this email
   (any case), else the one of this name (any case; with an email, one who
   had none, whose email is then recorded), else a new person (kind
   'person', a code made from the name). *code is the caller's to free. */
int matter_requester(struct life *l, const char *name, const char *email, char **code);

#endif
