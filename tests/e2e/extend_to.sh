#!/usr/bin/env bash
# pubrec extend REF --to DATE: the date an agency's notice names, turned into
# the days of the rule's extension unit that end on it (src/matter.c,
# dl_extension_to in src/deadline.c). Allowed where the rule's extension has no
# cap, or within the cap (then the same as --days N); refused past the cap with
# the latest date named, on a date no whole number of days ends on, on a date
# not after the due date, and together with --days. A refusal changes nothing
# (expect_refused compares the database).
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2025-10-01

expect_ok "agency" agency add NEWS "Newsroom"
expect_ok "agency" agency add ALBPD "Albany Police" --jurisdiction us-ny
expect_ok "agency" agency add FBI "Federal Bureau of Investigation" --jurisdiction us

# N.Y. Pub. Off. Law 89(3)(a): within 5 business days an acknowledgment with
# "a statement of the approximate date, which shall be reasonable under the
# circumstances". Received Mon 2025-09-15: due Mon 09-22 on us-ny. The agency
# acknowledges on Fri 09-19 and names Wed 10-08: 12 working days after 09-22
# (09-23..26, 09-29..10-03, 10-06..08; Columbus Day is 10-13).
expect_ok "NY request" --json add request --from NEWS --to ALBPD --received 2025-09-15 --subject "Stops"
ny=$(jget 'd["ref"]' <<<"$OUT")
expect_eq "ny-foil by default, due 09-22" "$(jget '(d["rule"], d["due"])' <<<"$OUT")" "('ny-foil', '2025-09-22')"
expect_refused "--days and --to together" 2 "give the extension as --days N or --to DATE, not both" \
  extend "$ny" --days 12 --to 2025-10-08 --on 2025-09-19
expect_refused "an invalid date" 2 "invalid date '2025-10-32' for --to" \
  extend "$ny" --to 2025-10-32 --on 2025-09-19
expect_refused "not after the due date" 1 "--to 2025-09-22 is not after the due date 2025-09-22" \
  extend "$ny" --to 2025-09-22 --on 2025-09-19
# Sat 10-04: 9 working days end on Fri 10-03, 10 on Mon 10-06.
expect_refused "a Saturday in a working-day count" 1 \
  "no whole number of working days from the due date 2025-09-22 ends on 2025-10-04 (rule 'ny-foil'; calendar us-ny): the nearest dates are 2025-10-03 and 2025-10-06" \
  extend "$ny" --to 2025-10-04 --on 2025-09-19
events_before=$(sqlite3 "$DB" "SELECT count(*) FROM event WHERE matter_id = (SELECT id FROM matter WHERE ref = '$ny')")
expect_ok "NY: the acknowledgment's date" --json extend "$ny" --to 2025-10-08 --on 2025-09-19 \
  --note "Acknowledged, approximate date given"
expect_eq "due on the notice's date, 12 working days, status extended" \
  "$(jget '(d["due"], d["previous_due"], d["extension_days"], d["status"])' <<<"$OUT")" \
  "('2025-10-08', '2025-09-22', 12, 'extended')"
expect_eq "one extension row of 12 days" \
  "$(sqlite3 "$DB" "SELECT count(*), sum(days) FROM extension WHERE matter_id = (SELECT id FROM matter WHERE ref = '$ny')")" "1|12"
expect_eq "the history: the extension, the status, the due date (as --days writes)" \
  "$(sqlite3 "$DB" "SELECT count(*) FROM event WHERE matter_id = (SELECT id FROM matter WHERE ref = '$ny')")" \
  "$((events_before + 3))"
expect_ok "its history" log "$ny"
expect_contains "the history names the date" "$OUT" "+12 working days to 2025-10-08"
expect_refused "one extension only (ny-foil allows 1)" 1 "already extended 1 time; rule 'ny-foil' allows 1" \
  extend "$ny" --to 2025-10-20 --on 2025-09-29

# The same 12 working days given as --days on a twin request end on the same date.
expect_ok "NY twin" --json add request --from NEWS --to ALBPD --received 2025-09-15 --subject "Twin"
twin=$(jget 'd["ref"]' <<<"$OUT")
expect_ok "twin --days 12" --json extend "$twin" --days 12 --on 2025-09-19
expect_eq "--days 12 gives the same date" "$(jget 'd["due"]' <<<"$OUT")" 2025-10-08

# A capped rule: 5 U.S.C. 552(a)(6)(B)(i), at most 10 working days. Received
# Mon 2025-09-15: 20 working days = Tue 10-14 (Columbus Day 10-13 skipped);
# the 10 more end on Tue 10-28. Within the cap --to is --days counted for you.
expect_ok "FOIA request" --json add request --from NEWS --to FBI --received 2025-09-15 --subject "Files"
foia=$(jget 'd["ref"]' <<<"$OUT")
expect_eq "us-foia, due 10-14" "$(jget '(d["rule"], d["due"])' <<<"$OUT")" "('us-foia', '2025-10-14')"
expect_refused "past the cap: the latest date is named" 1 \
  "--to 2025-10-29 is past what rule 'us-foia' allows (5 U.S.C. 552(a)(6)(A)(i), (a)(6)(A)(ii), (a)(6)(B)(i)): at most 10 working days of extension in all, 0 already granted; the latest date it allows is 2025-10-28" \
  extend "$foia" --to 2025-10-29 --on 2025-09-30
expect_ok "FOIA: within the cap" --json extend "$foia" --to 2025-10-21 --on 2025-09-30
expect_eq "FOIA: 5 working days (10-15..17, 10-20, 10-21)" \
  "$(jget '(d["due"], d["extension_days"])' <<<"$OUT")" "('2025-10-21', 5)"

# A rule with no extension is refused with the rule's own reason.
expect_ok "agency" agency add BALT "Baltimore Police" --jurisdiction us-md
expect_ok "MD request" --json add request --from NEWS --to BALT --received 2025-09-15 --subject "MD"
md=$(jget 'd["ref"]' <<<"$OUT")
expect_refused "md-pia allows none" 1 "rule 'md-pia' allows no extension" \
  extend "$md" --to 2025-11-30 --on 2025-09-30

# After the period ran out: refused unless --late, as with --days.
expect_ok "agency" agency add SEA "Seattle Police" --jurisdiction us-wa
expect_ok "WA request" --json add request --from NEWS --to SEA --received 2025-09-02 --subject "WA"
wa=$(jget 'd["ref"]' <<<"$OUT")
expect_eq "wa-pra due 09-09" "$(jget 'd["due"]' <<<"$OUT")" 2025-09-09
expect_refused "late without --late" 1 "ran out on 2025-09-09" extend "$wa" --to 2025-10-15 --on 2025-09-12
expect_ok "late, recorded" --json extend "$wa" --to 2025-10-15 --on 2025-09-12 --late
expect_eq "WA: the estimate's date, the miss kept" "$(jget '(d["due"], d["missed"])' <<<"$OUT")" \
  "('2025-10-15', '2025-09-09')"

expect_ok "help" extend --help
expect_contains "help names --to" "$OUT" "--to DATE"
finish
