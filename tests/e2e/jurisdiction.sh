#!/usr/bin/env bash
# Jurisdiction drives defaults (issue 14): an agency's jurisdiction selects
# its calendar and the default rule for requests to it, walking up to the
# nearest parent (us-co-denver -> us-co); an unverified rule is marked beside
# its date in show and the report.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2026-02-20
expect_ok "Denver police, a city agency" agency add DENPD "Denver police" --jurisdiction us-co-denver
expect_ok "agency show" --json agency show DENPD
expect_eq "calendar from the parent jurisdiction us-co" "$(jget 'd["calendar"]' <<<"$OUT")" us-co
expect_ok "an explicit calendar wins" --json agency add FED "Federal office" --jurisdiction us-co --calendar us-federal
expect_eq "explicit calendar kept" "$(jget 'd["calendar"]' <<<"$OUT")" us-federal
expect_ok "requester" agency add NEWS "Newsroom"
expect_ok "request without --rule" --json add request --from NEWS --to DENPD --received 2026-02-09 --subject "Stops"
expect_eq "the default rule of us-co (CORA): 3 working days" "$(jget '(d["rule"], d["due"])' <<<"$OUT")" "('co-cora', '2026-02-12')"
expect_ok "Texas" agency add TXDPS "Texas Department of Public Safety" --jurisdiction us-tx
expect_ok "request to Texas" add request --from NEWS --to TXDPS --received 2026-02-09 --subject "Troopers"
expect_contains "Texas's default rule, which sets no date" "$OUT" "rule tx-pia sets no computed due date"
expect_refused "a subpoena states its own deadline" 2 "a subpoena's deadline is what it states" \
  add subpoena --from NEWS --to DENPD --served 2026-02-09 --subject x
expect_refused "no jurisdiction, no default" 2 "has no jurisdiction to choose its default rule" \
  add request --from DENPD --to NEWS --received 2026-02-09 --subject x
# An unverified rule is marked where its date is shown (sd-prl: SDCL 1-27-37's
# ten business days were read in one copy of the statute, with no second source).
# (co-days was the example until 0023 verified C.R.S. 2-4-108 from two copies;
# in-apra until 0028 verified IC 5-14-3-9(c)'s 7 calendar days.)
expect_ok "unverified rule" add request --from NEWS --to DENPD --received 2026-02-09 --rule sd-prl --subject "Days"
expect_ok "show" show REQ-2026-0003
expect_contains "show marks it" "$OUT" "unverified: its text was not confirmed by a second source"
expect_ok "show --json" --json show REQ-2026-0003
expect_eq "show --json marks it" "$(jget 'd["rule_unverified"]' <<<"$OUT")" True
expect_ok "show a verified rule" --json show REQ-2026-0001
expect_eq "verified is not marked" "$(jget 'd["rule_unverified"]' <<<"$OUT")" False
expect_ok "report" report
expect_contains "the report marks it beside the date" "$OUT" "(unverified rule sd-prl)"
finish
