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
  char *kind;  /* "agency" or "person" (a requester who is a person) */
  char *email; /* a person's address, may be NULL */
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
  char *clock;       /* running, paused (tolled) or stopped (answered or closed) */
  char *answered;    /* first determination since the clock started, or NULL */
  char *clock_start; /* a reopened matter's period starts here, or NULL */
  char *missed;      /* the due date a late extension passed over, or NULL */
  char *voided;      /* the date it was voided (entered by mistake), or NULL */
  char *created_at, *updated_at;
  char **parents; /* references of parent matters, NULL-terminated, may be NULL */
  char **tags;    /* its tags in order, NULL-terminated, may be NULL */
  char *ext_key;  /* the identifier of the file it was imported from (import --csv --key), or NULL;
                     written by matter_create only */
  /* Brief listings (matter_filter.brief) read, with a paused matter, the day
     it began waiting (its open tolling's sent date), so view_info need not
     ask: known 1, since borrowed (NULL: none); never freed. */
  int since_known;
  const char *since;
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
  char *retracted;    /* the date it was retracted, or NULL */
  char *retract_note; /* why, or NULL */
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
  char *source;       /* where the law's words were read; NULL for a user's rule */
  char *status;       /* "verified" or "unverified" (rule_status_unverified) */
  char *version_from; /* effective_from of the version in force, NULL: no versions */
};

/* One version of a rule (rule_version): the period in force from a date. */
struct rule_version_row {
  char *effective_from; /* YYYY-MM-DD; 1000-01-01 = before any recorded change */
  char *unit;
  int count; /* -1 when the document states it */
  char *ext_unit;
  int ext_days; /* -1: no statutory cap */
  int max_ext;
  char *roll, *citation, *source, *status, *note;
};

/* A jurisdiction: the default rule for a request to an agency in it, and its calendar. */
struct jurisdiction_row {
  char *code, *name;
  char *rule;     /* may be NULL */
  char *calendar; /* may be NULL */
  int builtin;
};

void agency_release(struct agency *a);
void matter_release(struct matter *m);
void deadline_row_release(struct deadline_row *d);
void event_row_release(struct event_row *e);
void response_row_release(struct response_row *r);
void rule_row_release(struct rule_row *r);
void rule_version_row_release(struct rule_version_row *v);
void jurisdiction_row_release(struct jurisdiction_row *j);
/* 1 when the rule (the version in force) is not verified by two sources. */
int rule_status_unverified(const struct rule_row *r);

/* The statuses, defined once (migrations/0005_lifecycle.sql holds the same
   facts for SQL; tests/unit/test_lifecycle.c checks they agree). */
struct status_def {
  const char *name;
  int open;             /* 1: the matter is pending */
  int determination;    /* 1: entering it answers the request (meets the deadline) */
  const char *next[12]; /* the statuses it may move to, NULL-terminated */
};
extern const struct status_def status_defs[];           /* terminated by name NULL */
const struct status_def *status_find(const char *name); /* NULL when unknown */
int status_valid(const char *status);
int status_is_open(const char *status);
int status_is_determination(const char *status);
/* 1 when from -> to is allowed by the state machine. */
int status_transition_ok(const char *from, const char *to);
/* The states reachable from `from`, as "a, b, c" into out (size n). */
void status_allowed(char *out, size_t n, const char *from);
/* Every status as "a, b, c" (open ones first), or only open (1) / closed (0)
   ones; for messages and help. Borrowed, static. */
const char *status_names(int which);
#define STATUS_ALL (-1)

/* The clock of a matter with this status that was (or was not) answered:
   "running", "paused" or "stopped" (see migrations/0005_lifecycle.sql). */
const char *status_clock(const char *status, int answered);
/* 1 when this status pauses the clock (tolled): open, but no date runs. */
int status_pauses(const char *status);

/* Matter kinds and their reference prefixes. */
int kind_valid(const char *kind);
const char *kind_prefix(const char *kind); /* REQ, SUB, APL, PET */

/* Response kinds, defined once (and in the response_kind table). */
struct response_def {
  const char *name;
  const char *status; /* the status it implies, or NULL */
  int determination;  /* 1: meets the response deadline */
};
extern const struct response_def response_defs[];           /* terminated by name NULL */
const struct response_def *response_find(const char *kind); /* NULL when unknown */
int response_kind_valid(const char *kind);
const char *response_status(const char *kind);
/* Every response kind as "a, b, c"; borrowed, static. */
const char *response_names(void);

#endif
