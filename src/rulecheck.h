/*
** rulecheck.h — what a rule allows, checked in one place: the statutory cap on
** extensions (how many, how many days in all, in which unit). Used by
** 'pubrec extend' and 'pubrec deadline RULE --extend N' alike.
*/
#ifndef PUBREC_RULECHECK_H
#define PUBREC_RULECHECK_H

#include <stddef.h>

#include "model.h"

/* rule_row.ext_unit values (the numbers of DL_WORKING and DL_CALENDAR). */
#define RULE_EXT_WORKING 0
#define RULE_EXT_CALENDAR 1

/* The unit a rule's extension days count in: "working" or "calendar". */
const char *rule_ext_unit(const struct rule_row *r);

/* The days an extension adds when none are given: what is left of the rule's
   cap after `total` days already granted, or -1 when the statute sets no cap
   (the user must give them). */
int rule_extension_default(const struct rule_row *r, int total);

/* May a matter under rule r, extended `count` times for `total` days so far,
   be extended by `days` more (in the rule's extension unit)? 0 when yes. Else
   -1 with msg (size n) saying why, naming the cap and the rule's citation,
   e.g. "rule 'us-foia' allows at most 10 working days of extension in all (5
   U.S.C. ...); 0 already granted, 15 asked". days < 0 means none were given. */
int rule_extension_check(const struct rule_row *r, int count, int total, int days, char *msg,
                         size_t n);

#endif
