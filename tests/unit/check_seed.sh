#!/bin/sh
# check_seed.sh — the built-in calendars and rules that the migrations load into
# SQLite must be the ones the unit tests use (tests/unit/seed_calendars.h, and
# tests/unit/seed_rules.h for the state rules, rule versions and jurisdictions);
# and each rule row must agree with its latest version.
# Prints both as rows, one per holiday rule, include and rule, and fails on any
# difference. Needs a C compiler ($CC, default cc) and the sqlite3 shell.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

cat >"$tmp/dump.c" <<'EOF'
#include <stdio.h>

#include "seed_calendars.h"
#include "seed_rules.h"

static const char *const kinds[] = {"fixed", "nth", "last", "easter"};
static const char *const observes[] = {"none", "sat-fri-sun-mon", "sun-mon", "sun-mon-sat-none",
                                       "sat-mon-sun-mon"};
static const char *const units[] = {"working", "calendar", "months", "none"};

static void opt(int v, int have)
{
  if (have)
    printf("%d", v);
  printf("|");
}

int main(void)
{
  size_t i, j;
  for (i = 0; i < SEED_COUNT(seed_calendars); i++) {
    const struct seed_calendar *c = &seed_calendars[i];
    printf("calendar|%s\n", c->code);
    for (j = 0; j < c->nrules; j++) {
      const struct hol_rule *r = &c->rules[j];
      printf("holiday|%s|%s|%s|", c->code, r->name, kinds[r->kind]);
      opt(r->month, r->kind != HOL_EASTER);
      opt(r->day, r->kind == HOL_FIXED);
      opt(r->weekday, r->kind == HOL_NTH || r->kind == HOL_LAST);
      opt(r->nth, r->kind == HOL_NTH);
      printf("%s|", observes[r->observe]);
      opt(r->first_year, r->first_year != 0);
      opt(r->last_year, r->last_year != 0);
      printf("%d|%d|%d\n", r->every ? r->every : 1, r->offset, r->shift);
    }
  }
  for (i = 0; i < SEED_COUNT(seed_includes); i++)
    printf("include|%s|%s\n", seed_includes[i].calendar, seed_includes[i].includes);
  for (i = 0; i < SEED_COUNT(seed_rules) + SEED_COUNT(seed_state_rules); i++) {
    const struct seed_rule *r = i < SEED_COUNT(seed_rules)
                                    ? &seed_rules[i]
                                    : &seed_state_rules[i - SEED_COUNT(seed_rules)];
    printf("rule|%s|%s|", r->code, units[r->unit]);
    opt(r->count, r->count >= 0);
    printf("%d|%d|%s|%s||%d|%d|1\n", r->ext_days, r->max_ext, r->calendar,
           r->roll == DL_ROLL_FORWARD ? "forward" : "none", r->routing_days, r->earlier_of);
  }
  for (i = 0; i < SEED_COUNT(seed_rule_versions); i++) {
    const struct seed_rule_version *v = &seed_rule_versions[i];
    printf("version|%s|%s|%s|", v->code, v->effective_from, units[v->unit]);
    opt(v->count, v->count >= 0);
    printf("%s|", v->ext_unit);
    opt(v->ext_days, v->ext_days >= 0);
    printf("%d|%s|%s\n", v->max_ext, v->roll == DL_ROLL_FORWARD ? "forward" : "none", v->status);
  }
  for (i = 0; i < SEED_COUNT(seed_jurisdictions); i++)
    printf("jurisdiction|%s|%s|%s\n", seed_jurisdictions[i].code, seed_jurisdictions[i].rule,
           seed_jurisdictions[i].calendar);
  return 0;
}
EOF
${CC:-cc} -std=c11 -Wall -Wextra -Werror -I"$top/src" -I"$here" "$tmp/dump.c" "$top/src/deadline.c" \
  "$top/src/holidays.c" -o "$tmp/dump"
"$tmp/dump" | LC_ALL=C sort >"$tmp/expected"

{
  echo "PRAGMA foreign_keys=ON;"
  for f in "$top"/migrations/[0-9]*.sql; do
    echo "BEGIN;"
    cat "$f"
    echo "COMMIT;"
  done
  cat <<'EOF'
PRAGMA foreign_key_check;
.mode list
.separator |
.nullvalue ''
SELECT 'calendar', code FROM calendar WHERE builtin = 1;
SELECT 'holiday', calendar, name, kind, month, day, weekday, nth, observe, first_year, last_year,
       every, year_offset, day_offset FROM holiday_rule;
SELECT 'include', calendar, includes FROM calendar_include;
SELECT 'rule', code, unit, count, ext_days, max_ext, calendar, roll, cutoff, routing_days,
       earlier_of, builtin FROM rule WHERE builtin = 1;
SELECT 'version', code, effective_from, unit, count, ext_unit, ext_days, max_ext, roll, status
       FROM rule_version;
SELECT 'jurisdiction', code, rule, calendar FROM jurisdiction WHERE builtin = 1;
-- A rule row disagreeing with its latest version, or a built-in rule without a
-- version, a citation or a source: printed so that the diff fails.
SELECT 'MISMATCH', r.code FROM rule r JOIN rule_version v ON v.code = r.code
 WHERE v.effective_from = (SELECT max(effective_from) FROM rule_version WHERE code = r.code)
   AND (r.unit <> v.unit OR r.count IS NOT v.count OR r.max_ext <> v.max_ext
        OR r.ext_days <> coalesce(v.ext_days, 0) OR r.roll <> v.roll
        OR r.citation <> v.citation OR r.source IS NOT v.source OR r.status <> v.status
        OR r.note IS NOT v.note);
SELECT 'MISSING', code FROM rule WHERE builtin = 1
   AND (code NOT IN (SELECT code FROM rule_version) OR coalesce(source, '') = ''
        OR coalesce(citation, '') = '');
EOF
} | sqlite3 -batch -bail :memory: | LC_ALL=C sort >"$tmp/actual"

if diff -u "$tmp/expected" "$tmp/actual"; then
  echo "check_seed: $(wc -l <"$tmp/actual") seeded rows match tests/unit/seed_calendars.h"
else
  echo "check_seed: migrations and tests/unit/seed_calendars.h differ (- header, + SQL)" >&2
  exit 1
fi
