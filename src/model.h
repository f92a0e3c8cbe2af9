/*
** model.h — the plain structs that commands pass around (no library
** handles), and the status state machine (SPEC.md's status values).
*/
#ifndef PUBREC_MODEL_H
#define PUBREC_MODEL_H

#include <stddef.h>
#include <stdint.h>

struct agency {
  int64_t id;
  char *code;
  char *name;
  char *jurisdiction; /* may be NULL */
  char *calendar;     /* may be NULL */
  char *cutoff;       /* HH:MM, may be NULL */
  char *contact;      /* may be NULL */
  char *created_at;
};

struct matter {
  int64_t id;
  char *uuid;
  char *ref;
  char *kind; /* request, subpoena, appeal, petition */
  int court;  /* 1: court-ordered subpoena */
  int64_t from_id, to_id;
  char *from_code, *from_name, *to_code, *to_name;
  char *tracking; /* may be NULL */
  char *subject;
  char *description;  /* may be NULL */
  char *trigger_date; /* YYYY-MM-DD */
  char *trigger_time; /* HH:MM or NULL */
  char *rule;         /* may be NULL */
  int days;           /* stated period, -1 when none */
  char *due_stated;   /* may be NULL */
  char *routed;       /* may be NULL */
  char *compliance;   /* YYYY-MM-DD or YYYY-MM-DDTHH:MM, may be NULL */
  char *due;          /* controlling due date, NULL when none (tolled, promptly) */
  char *status;
  char *created_at, *updated_at;
  char **parents; /* references of parent matters, NULL-terminated, may be NULL */
};

struct deadline_row {
  char *kind;     /* acknowledgement, response, extended, objection, appeal */
  char *due;      /* YYYY-MM-DD */
  char *due_time; /* HH:MM or NULL */
  char *rule;     /* may be NULL */
  char *basis;
};

struct event_row {
  int64_t id;
  char *ref; /* the matter's reference (filled by listings across matters) */
  char *at;
  char *on_date;
  char *kind;
  char *field;
  char *old_value;
  char *new_value;
  char *note;
  char *by;
};

struct response_row {
  int64_t id;
  char *kind;
  char *on_date;
  int pages; /* -1 when not given */
  char *note;
  char *by;
  char *created_at;
};

struct rule_row {
  char *code, *name, *jurisdiction, *unit;
  int count;    /* -1 when the document states it */
  int ext_days; /* the most extension days in all; -1 = NULL, the statute sets no cap */
  int max_ext;  /* how many extensions; 0 = none */
  int ext_unit; /* extension days count in: 0 working days, 1 calendar days (rule.ext_unit) */
  char *calendar, *roll, *cutoff;
  int routing_days, earlier_of;
  char *citation, *note;
  int builtin;
};

void agency_release(struct agency *a);
void matter_release(struct matter *m);
void deadline_row_release(struct deadline_row *d);
void event_row_release(struct event_row *e);
void response_row_release(struct response_row *r);
void rule_row_release(struct rule_row *r);

/* Status state machine. */
int status_valid(const char *status);
int status_is_open(const char *status);
/* 1 when from -> to is allowed. Reopening (any closed state -> open) is allowed. */
int status_transition_ok(const char *from, const char *to);
/* The states reachable from `from`, as "a, b, c" into out (size n). */
void status_allowed(char *out, size_t n, const char *from);
extern const char *const status_all[]; /* NULL-terminated */

/* Matter kinds and their reference prefixes. */
int kind_valid(const char *kind);
const char *kind_prefix(const char *kind); /* REQ, SUB, APL, PET */
/* Response kinds and the status they imply (NULL: no change). */
int response_kind_valid(const char *kind);
const char *response_status(const char *kind);
extern const char *const response_kinds[];

#endif
