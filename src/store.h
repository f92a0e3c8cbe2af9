/*
** store.h — every application SQL statement, each beside the function that
** runs it. All SQL uses bound parameters; no SQL text is built from input.
** Functions return 0 on success and -1 after printing an error; lookups
** return 1 when nothing matched (and print nothing).
*/
#ifndef PUBREC_STORE_H
#define PUBREC_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "holidays.h"
#include "model.h"

struct store {
  struct db *db;
  const char *now;   /* ISO 8601 UTC timestamp recorded on writes */
  const char *by;    /* who records changes */
  const char *today; /* YYYY-MM-DD */
};

/* A read transaction around several statements, so that they all see one
   snapshot: 1 when begun here, 0 when one was already open (its snapshot
   holds), -1 after an error. store_read_end(st, what begin returned) ends
   it. */
int store_read_begin(struct store *st);
void store_read_end(struct store *st, int began);

/* Agencies. */
int store_agency_add(struct store *st, const struct agency *a);
int store_agency_get(struct store *st, const char *code, struct agency *out);
int store_agency_list(struct store *st, struct agency **out, size_t *n);
/* Replace name, jurisdiction, calendar, cutoff and contact of agency a->id. */
int store_agency_update(struct store *st, const struct agency *a);
/* The agency's history: one row per changed field. Rows come back as
   event_row with kind "agency" (no ref, no on_date). */
int store_agency_event_add(struct store *st, int64_t agency_id, const char *field,
                           const char *old_value, const char *new_value, const char *note);
int store_agency_events(struct store *st, int64_t agency_id, struct event_row **out, size_t *n);
void store_agencies_free(struct agency *a, size_t n);
/* Parties of one kind ("agency" or "person"), by code. */
int store_party_list(struct store *st, const char *kind, struct agency **out, size_t *n);
/* A requester who is a person: by email (any case) when email is given, else
   by name (any case) among people without an email; with an email and no
   one of that address, a person of that name without an email. 0 (found),
   1 (no one), 2 (several people of that name), -1. */
int store_person_find(struct store *st, const char *name, const char *email, struct agency *out);
int store_person_add(struct store *st, const char *code, const char *name, const char *email);
/* Record the email of a person who had none. */
int store_person_set_email(struct store *st, int64_t id, const char *email);
/* 1 when an agency or person has this code (any case), 0 when free, -1. */
int store_code_taken(struct store *st, const char *code);

/* Next reference for a kind prefix and year: PREFIX-YYYY-NNNN. Call inside a
   write transaction. Caller frees *ref. */
int store_next_ref(struct store *st, char **ref, const char *prefix, int year);
/* The reference numbered n for a kind prefix and year (store_next_ref's form).
   Caller frees. */
char *store_ref_format(const char *prefix, int year, int n);
/* The counter behind store_next_ref set: the next reference of prefix and
   year is numbered last + 1 (a bulk writer that numbers its own). */
int store_ref_seq_set(struct store *st, const char *prefix, int year, int last);

/* Matters. */
int store_matter_insert(struct store *st, struct matter *m); /* sets m->id */
/* A matter by reference, in any case the user typed it. */
int store_matter_get(struct store *st, const char *ref, struct matter *out);
/* A reference in the case it is stored in (upper). Caller frees. */
char *store_ref_canonical(const char *ref);
int store_matter_get_id(struct store *st, int64_t id, struct matter *out);
struct matter_filter {
  const char *status; /* exact status, or NULL */
  const char *agency; /* code of either side, or NULL */
  const char *kind;
  int open_only;    /* 1: open states only; -1: closed only */
  int overdue;      /* 1: clock running and due before today */
  int due_within;   /* >= 0: clock running and due on or before today + N; -1: no filter */
  int waiting;      /* with due_within: also matters waiting on the requester (tolled) */
  int all;          /* 1: voided matters too */
  const char *from; /* trigger date range, inclusive, or NULL */
  const char *to;
  const char *tag;   /* only matters with this tag, or NULL */
  const char *match; /* an FTS5 query (see search_query): ranked by relevance, or NULL */
  int64_t limit;     /* > 0: at most this many rows */
  const char *sort;  /* due (default: open first, soonest due), ref, received, status, kind,
                        from, to; see store_sort_valid */
  int brief;         /* 1: the matters handed out carry only what a listing's text prints and
                        view_info reads (id, ref, kind, court, from_code, to_id, to_code,
                        trigger_date, rule, due, status, clock, answered, subject), their
                        strings borrowed from the statement: fn reads them, never keeps,
                        changes or frees them (store_matter_list ignores brief) */
};
/* The matters f selects, soonest due first (no due date last, then by
   reference), each handed to fn as it is read (fn may take fields from the
   matter by zeroing them); a nonzero return from fn stops the listing and
   is returned. Every filter is served by an index (tests/unit/test_scale.c). */
typedef int (*store_matter_fn)(void *ctx, struct matter *m);
int store_matter_each(struct store *st, const struct matter_filter *f, store_matter_fn fn,
                      void *ctx);
/* The same rows collected into an array (free with store_matters_free). */
/* 1 when sort names an order store_matter_each knows; the names are
   listed in STORE_SORTS for messages. */
#define STORE_SORTS "due, ref, received, status, kind, from, to"
int store_sort_valid(const char *sort);
int store_matter_list(struct store *st, const struct matter_filter *f, struct matter **out,
                      size_t *n);
/* How many rows store_matter_each would hand out (for a count printed first). */
int store_matter_count(struct store *st, const struct matter_filter *f, int64_t *n);
/* How many statements store_matter_each and store_matter_count run for f:
   1, or 2 for due's agenda in the default order (the running deadlines and
   the paused ones, each through an index, merged in order: no set of
   rowids collected for an OR). */
int store_matter_list_parts(const struct matter_filter *f);
/* The SQL of part (0 .. parts - 1) of what store_matter_each (count = 0)
   or store_matter_count (1) runs for f: tests read its plan. Caller frees. */
char *store_matter_list_sql(const struct matter_filter *f, int count, int part);
void store_matters_free(struct matter *m, size_t n);
/* The FTS5 query for the words of text (split at white space): each word an
   FTS5 string, a word ending in '*' a prefix ("rezon"*), all of them
   required. 0 and *out (caller frees), or PR_USAGE after printing why (no
   word, a '*' inside a word). */
int store_search_query(const char *text, char **out);
int store_matter_set_status(struct store *st, int64_t id, const char *status);
/* The date a tolled matter's clock paused (its open tolling period), or
   NULL; caller frees. 0 or -1. */
int store_toll_open(struct store *st, int64_t matter_id, char **sent);
int store_matter_set_due(struct store *st, int64_t id, const char *due);
/* The clock and the first determination (see model.h's status_clock). */
int store_matter_set_clock(struct store *st, int64_t id, const char *clock, const char *answered);
/* The columns the lifecycle layer changes one at a time (NULL clears). */
enum matter_field {
  MF_SUBJECT,
  MF_TRACKING,
  MF_DESCRIPTION,
  MF_TRIGGER_DATE,
  MF_TRIGGER_TIME,
  MF_RULE,
  MF_DUE_STATED,
  MF_CLOCK_START,
  MF_MISSED,
  MF_VOIDED,
  MF_FROM, /* value: the agency id as decimal text */
  MF_TO,
  MF_DAYS /* value: decimal text, or NULL */
};
int store_matter_set_text(struct store *st, int64_t id, enum matter_field field, const char *value);
/* Tags of a matter: 1 when it has tag, 0 when not, -1. */
int store_tag_has(struct store *st, int64_t matter_id, const char *tag);
/* Add (on = 1) or remove (on = 0) one tag; the lifecycle layer checks first. */
int store_tag_set(struct store *st, int64_t matter_id, const char *tag, int on);
/* Every tag in use, sorted; NULL-terminated (NULL when none), strv_free. 0 or -1. */
int store_tag_list(struct store *st, char ***tags);
int store_parent_add(struct store *st, int64_t child, int64_t parent);
int store_children(struct store *st, int64_t id, char ***refs); /* NULL-terminated; caller frees */
void strv_free(char **v);

/* Deadlines of a matter. */
int store_deadlines_get(struct store *st, int64_t matter_id, struct deadline_row **out, size_t *n);
void store_deadlines_free(struct deadline_row *d, size_t n);
/* Replace the matter's deadline rows by rows[0..n). */
int store_deadlines_set(struct store *st, int64_t matter_id, const struct deadline_row *rows,
                        size_t n);

/* History. */
int store_event_add(struct store *st, int64_t matter_id, const char *on_date, const char *kind,
                    const char *field, const char *old_value, const char *new_value,
                    const char *note);
int store_events(struct store *st, int64_t matter_id, struct event_row **out, size_t *n);
int store_events_recent(struct store *st, int limit, struct event_row **out, size_t *n);
void store_events_free(struct event_row *e, size_t n);
/* Number of events that moved the deadline `kind` of a matter (SEQUENCE). */
int store_due_moves(struct store *st, int64_t matter_id, const char *kind);

/* Responses. */
int store_response_add(struct store *st, int64_t matter_id, const char *kind, const char *on_date,
                       int pages, const char *note);
int store_responses(struct store *st, int64_t matter_id, struct response_row **out, size_t *n);
int store_response_retract(struct store *st, int64_t response_id, const char *on, const char *note);
void store_responses_free(struct response_row *r, size_t n);

/* Rules. */
int store_rule_get(struct store *st, const char *code, struct rule_row *out);
int store_rule_list(struct store *st, struct rule_row **out, size_t *n);
/* The rule as in force on date (YYYY-MM-DD; NULL = the latest): the rule row for the
   latest version (or a rule without versions), else the older version's period,
   citation, source and status over it. -1 (after an error message) when date is before
   the first version; 1 when unknown. */
int store_rule_get_at(struct store *st, const char *code, const char *date, struct rule_row *out);
/* The first and last effective_from of a rule's versions (*first NULL: it
   has none, a user's rule). Strings are the caller's to free. 0 or -1. */
int store_rule_version_span(struct store *st, const char *code, char **first, char **last);
/* The rules that apply in a jurisdiction (its own and its parents', not federal 'us'). */
int store_rule_list_jurisdiction(struct store *st, const char *jurisdiction, struct rule_row **out,
                                 size_t *n);
/* Every version of a rule, oldest first (none for a user's rule). */
int store_rule_versions(struct store *st, const char *code, struct rule_version_row **out,
                        size_t *n);
void store_rule_versions_free(struct rule_version_row *v, size_t n);
int store_rule_add(struct store *st, const struct rule_row *r);
/* Replace every field of the rule r->code. */
int store_rule_update(struct store *st, const struct rule_row *r);
void store_rules_free(struct rule_row *r, size_t n);

/* Jurisdictions (0 found, 1 unknown, -1 error). */
int store_jurisdiction_get(struct store *st, const char *code, struct jurisdiction_row *out);
int store_jurisdiction_list(struct store *st, struct jurisdiction_row **out, size_t *n);
void store_jurisdictions_free(struct jurisdiction_row *j, size_t n);

/* Extensions and tolling of a matter. */
/* late: recorded after the period ran out (the miss stays in the record). */
int store_extension_add(struct store *st, int64_t matter_id, int days, const char *on_date,
                        const char *note, int late);
/* Extensions given on or after since (NULL: all): total days and how many. */
int store_extension_total(struct store *st, int64_t matter_id, const char *since, int *days,
                          int *count);
struct toll_row {
  char *sent;
  char *replied; /* NULL while tolled */
};
int store_toll_add(struct store *st, int64_t matter_id, const char *sent, const char *note);
int store_toll_resume(struct store *st, int64_t matter_id, const char *replied);
/* Tolling periods begun on or after since (NULL: all), in date order. */
int store_tolls(struct store *st, int64_t matter_id, const char *since, struct toll_row **out,
                size_t *n);
void store_tolls_free(struct toll_row *t, size_t n);

/* Calendars. */
struct calendar_row {
  char *code, *name, *citation;
  int builtin;
  char *includes; /* comma-separated, or NULL */
};
int store_calendar_exists(struct store *st, const char *code);
int store_calendar_list(struct store *st, struct calendar_row **out, size_t *n);
void store_calendars_free(struct calendar_row *c, size_t n);
int store_calendar_add(struct store *st, const char *code, const char *name, const char *citation,
                       const char *const *includes);
int store_holiday_add(struct store *st, const char *calendar, const struct hol_rule *r,
                      const char *citation);
/* 1 when the agency has closures of its own, 0 when not, -1 on error. */
int store_agency_has_closures(struct store *st, int64_t agency_id);
/* 1 (and nothing written) when the same closure is already recorded. */
int store_closure_add(struct store *st, const char *calendar, int64_t agency_id, const char *day,
                      const char *note);
/* The holiday rules and closures of a calendar (following includes) and of
   an agency (agency_id 0 = none). Names are owned by *names (free with
   strv_free); rules[i].name and closures[i].name point into it. */
struct calendar_data {
  struct hol_rule *rules;
  size_t nrules;
  struct hol_day *closures;
  size_t nclosures;
  char **names;
};
int store_calendar_load(struct store *st, const char *calendar, int64_t agency_id,
                        struct calendar_data *out);
void calendar_data_release(struct calendar_data *c);
/* Matters whose deadlines can still move (clock not stopped), by id. */
int store_open_matter_ids(struct store *st, int64_t **ids, size_t *n);
/* The reasons migrations left for recomputing every open matter
   (recompute_pending, migration 0017), joined by "; " into *reasons (the
   caller's to free), or NULL when there are none. */
int store_recompute_pending(struct store *st, char **reasons);
/* Forget them, once the recomputation is written (same transaction). */
int store_recompute_done(struct store *st);
/* Which open matters a change can move (a superset of those it moves). Give
   one of: rule (the rule changed); agency_id and day (that agency closed on
   day); agency_id alone (its calendar or cutoff changed); calendar and day
   (a closure of that calendar); calendar alone (a holiday rule added to it). A calendar reaches
   every calendar that includes it; default_calendar is the one a matter with neither a rule's nor
   its agency's calendar counts on. */
struct affected {
  const char *rule;
  int64_t agency_id;
  const char *calendar;
  const char *day;
  const char *default_calendar;
};
int store_affected_ids(struct store *st, const struct affected *f, int64_t **ids, size_t *n);

#endif
