/*
** rulecheck.c — the statutory cap on a rule's extensions (rule.max_ext,
** rule.ext_days, rule.ext_unit; migrations/0007_rule_extension.sql).
*/
#include "rulecheck.h"

#include <stdio.h>

const char *rule_ext_unit(const struct rule_row *r)
{
  return r->ext_unit == RULE_EXT_CALENDAR ? "calendar" : "working";
}

int rule_extension_default(const struct rule_row *r, int total)
{
  if (r->ext_days < 0)
    return -1;
  return r->ext_days > total ? r->ext_days - total : 0;
}

int rule_extension_check(const struct rule_row *r, int count, int total, int days, char *msg,
                         size_t n)
{
  const char *unit = rule_ext_unit(r);
  if (r->max_ext <= 0) {
    snprintf(msg, n, "rule '%s' allows no extension (%s)", r->code, r->citation);
    return -1;
  }
  if (count >= r->max_ext) {
    snprintf(msg, n, "already extended %d time%s; rule '%s' allows %d (%s)", count,
             count == 1 ? "" : "s", r->code, r->max_ext, r->citation);
    return -1;
  }
  if (days < 0 && r->ext_days < 0) {
    snprintf(msg, n, "rule '%s' sets no cap on extensions (%s): give the extension as --days N",
             r->code, r->citation);
    return -1;
  }
  if (days == 0 || (days < 0 && rule_extension_default(r, total) <= 0)) {
    snprintf(msg, n, "an extension adds at least 1 %s day (rule '%s', %s)", unit, r->code,
             r->citation);
    return -1;
  }
  if (r->ext_days >= 0 && days > 0 && total + days > r->ext_days) {
    snprintf(msg, n,
             "rule '%s' allows at most %d %s day%s of extension in all (%s); %d already "
             "granted, %d asked",
             r->code, r->ext_days, unit, r->ext_days == 1 ? "" : "s", r->citation, total, days);
    return -1;
  }
  return 0;
}
