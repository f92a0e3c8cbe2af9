#!/usr/bin/env bash
# Issue 8, the engine's items: a receipt cutoff moves day 0 only for working-day
# rules (item 5); extensions in the law's own unit and cap (item 6); co-months
# takes --months (item 7); holidays in every year a computation touches (item
# 8); deadline and holidays write nothing (item 10). Dates worked by hand.
. "$SOURCE_DIR/tests/lib.sh"

due() { pr --json deadline "$@"; jget 'd["due"]' <<<"$OUT"; }

# ---- item 10: deadline and holidays write nothing, not even a new database
check "no database yet" test ! -e "$DB"
expect_eq "deadline on no database" "$(due us-foia 2025-12-19)" 2026-01-21
expect_ok "holidays on no database" holidays --year 2026 --calendar us-co
expect_refused "unknown reference on no database" 1 "unknown reference or rule 'REQ-2020-0001'" deadline REQ-2020-0001
check "deadline and holidays created no database" test ! -e "$DB"
check "nor its WAL files" test ! -e "$DB-wal" -a ! -e "$DB-shm"
# The default place ($XDG_DATA_HOME/pubrec) is not created either.
expect_eq "default path" "$(env -u PUBREC_DB "$PUBREC" deadline us-foia 2025-12-19 | head -1)" "due 2026-01-21 (Wed)"
env -u PUBREC_DB "$PUBREC" holidays --year 2026 >/dev/null
check "no data directory made" test ! -e "$XDG_DATA_HOME"

# ---- item 5: the cutoff and calendar-day periods (LAW.md C3, FRCP 6(a)(1)(A))
# Served Mon 2026-03-02 at 16:00, cutoff 15:00: day 0 is the day of service,
# + 14 = Mon 03-16 (not 03-17).
expect_eq "frcp-45 ignores the cutoff" "$(due frcp-45-objection 2026-03-02T16:00 --cutoff 15:00)" 2026-03-16
pr --json deadline frcp-45-objection 2026-03-02T16:00 --cutoff 15:00
expect_eq "frcp-45 day 0" "$(jget 'd["day0"]' <<<"$OUT")" 2026-03-02
expect_eq "admin-subpoena ignores the cutoff" "$(due admin-subpoena 2020-01-13T16:00 --days 14 --cutoff 15:00)" 2020-01-27
expect_eq "ad hoc calendar days ignore the cutoff" "$(due --days 14 --unit calendar --cutoff 15:00 2020-01-13T16:00)" 2020-01-27
# A working-day rule still moves: CORA Fri 2020-01-17 15:30, cutoff 15:00 -> Fri 01-24.
expect_eq "working days keep the cutoff" "$(due co-cora 2020-01-17T15:30 --cutoff 15:00)" 2020-01-24
# Stored matters, the receiving agency's cutoff 15:00: both ways give 01-27.
expect_ok "agency" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency with a cutoff" agency add DENVER "City and County of Denver" --calendar us-co --cutoff 15:00
expect_ok "subpoena by --days" --json add subpoena --from ICE --to DENVER --served 2020-01-13T16:00 --days 14 --subject a
expect_eq "--days 14" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-27
expect_ok "subpoena by rule" --json add subpoena --from ICE --to DENVER --served 2020-01-13T16:00 --rule admin-subpoena --days 14 --subject b
expect_eq "--rule admin-subpoena --days 14" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-27
expect_ok "frcp-45 matter" --json add subpoena --from ICE --to DENVER --served 2026-03-02T16:00 --rule frcp-45-objection --subject c
expect_eq "frcp-45 matter with the agency's 15:00 cutoff" "$(jget 'd["due"]' <<<"$OUT")" 2026-03-16

# ---- item 6: extensions in the law's own unit and cap
# 65 P.S. 67.902(b): 5 business days (Mon 03-03 -> Mon 03-10), then 30 calendar days -> Wed 04-09.
expect_eq "pa-rtkl + 30 calendar days" "$(due pa-rtkl 2025-03-03 --extend 30)" 2025-04-09
expect_refused "pa-rtkl beyond 30" 1 "at most 30 calendar days" deadline pa-rtkl 2025-03-03 --extend 31
expect_refused "FOIA cap" 1 "rule 'us-foia' allows at most 10 working days of extension in all (5 U.S.C. 552" deadline us-foia 2025-12-19 --extend 15
expect_eq "FOIA within the cap" "$(due us-foia 2025-12-19 --extend 10)" 2026-02-04
# (ny-foil was the example until 0027 gave the notice rules one uncapped extension.)
expect_refused "no extension in the statute" 1 "rule 'md-pia' allows no extension (Md. Code, Gen. Prov. 4-203)" deadline md-pia 2025-03-03 --extend 5
expect_eq "ca-cpra + 14 calendar days" "$(due ca-cpra 2025-01-10 --extend 14)" 2025-02-03
expect_ok "rules show pa-rtkl" rules show pa-rtkl
expect_contains "rule shows its extension" "$OUT" "up to 30 more calendar days (1 extension)"
expect_ok "rules json" --json rules show pa-rtkl
expect_eq "json extension" "$(jget '(d["extension_days"], d["extension_unit"], d["max_extensions"])' <<<"$OUT")" "(30, 'calendar', 1)"
# Stored matters: the same cap through 'extend'.
expect_ok "PA request" --json add request --from ICE --to DENVER --received 2025-03-03 --rule pa-rtkl --subject pa
expect_eq "PA due" "$(jget 'd["due"]' <<<"$OUT")" 2025-03-10
pa=$(jget 'd["ref"]' <<<"$OUT")
expect_refused "extend PA beyond 30" 1 "at most 30 calendar days" extend "$pa" --days 45 --on 2025-03-05
expect_ok "extend PA (default: the cap)" --json extend "$pa" --on 2025-03-05
expect_eq "PA extended due" "$(jget 'd["due"]' <<<"$OUT")" 2025-04-09
expect_refused "second PA extension" 1 "already extended 1 time; rule 'pa-rtkl' allows 1" extend "$pa" --days 1 --on 2025-03-06
expect_ok "FOIA request" --json add request --from ICE --to DENVER --received 2025-12-19 --rule us-foia --subject foia
foia=$(jget 'd["ref"]' <<<"$OUT")
expect_refused "extend FOIA 15" 1 "at most 10 working days" extend "$foia" --days 15 --on 2025-12-22
expect_ok "MD request" --json add request --from ICE --to DENVER --received 2025-03-03 --rule md-pia --subject md
md=$(jget 'd["ref"]' <<<"$OUT")
expect_refused "extend MD" 1 "allows no extension" extend "$md" --days 5 --on 2025-03-04
expect_ok "admin subpoena" --json add subpoena --from ICE --to DENVER --served 2020-01-13 --rule admin-subpoena --days 14 --subject adm
adm=$(jget 'd["ref"]' <<<"$OUT")
expect_refused "no cap: --days needed" 1 "sets no cap on extensions" extend "$adm" --on 2020-01-14
expect_ok "extend admin subpoena 7 calendar days" --json extend "$adm" --days 7 --on 2020-01-14
expect_eq "admin subpoena extended" "$(jget 'd["due"]' <<<"$OUT")" 2020-02-03
# A user's rule: --extension any (no statutory cap), --extension-unit.
expect_ok "rule with no cap" rule add local-5 --name "Local" --unit working --days 5 --extension any --citation "Local code 1"
expect_ok "show" --json rules show local-5
expect_eq "no cap" "$(jget '(d["extension_days"], d["extension_unit"], d["max_extensions"])' <<<"$OUT")" "(None, 'working', 1)"
expect_ok "rule in calendar days" rule add local-cal --name "Local" --unit working --days 5 --extension 30 --extension-unit calendar --citation "Local code 2"
expect_eq "user rule + 30 calendar days" "$(due local-cal 2025-03-03 --extend 30)" 2025-04-09
expect_refused "bad unit" 2 "invalid --extension-unit 'months'" rule add local-x --name x --unit working --days 5 --extension 3 --extension-unit months --citation x

# ---- item 7: co-months takes --months (C.R.S. 2-4-108(3))
# 1 month after Mon 2028-01-31 is Tue 02-29 (leap year); 2027-01-31 -> Sun 02-28 -> Mon 03-01.
expect_eq "co-months --months 1" "$(due co-months 2028-01-31 --months 1)" 2028-02-29
expect_eq "co-months rolled" "$(due co-months 2027-01-31 --months 1)" 2027-03-01
expect_eq "co-months 12" "$(due co-months 2027-01-31 --months 12)" 2028-01-31
expect_refused "co-months refuses --days" 2 "rule 'co-months' counts months (C.R.S. 2-4-108(3)): give --months N, not --days" deadline co-months 2027-01-31 --days 30
expect_refused "co-months needs --months" 2 "add --months N" deadline co-months 2027-01-31
expect_refused "--months on a days rule" 2 "--months applies to a rule that counts months" deadline co-days 2027-01-31 --months 1
expect_eq "co-days still takes --days" "$(due co-days 2027-01-31 --days 28)" 2027-03-01
# (a leap year in the past: nothing is logged before it happens)
expect_ok "co-months matter" --json add petition --from ICE --to DENVER --filed 2024-01-31 --rule co-months --months 1 --subject months
expect_eq "stored co-months" "$(jget 'd["due"]' <<<"$OUT")" 2024-02-29
expect_refused "add co-months --days" 2 "counts months: give --months N" add petition --from ICE --to DENVER --filed 2024-01-31 --rule co-months --days 30 --subject m
expect_refused "add --months without a months rule" 2 "counts days: give --days N" add petition --from ICE --to DENVER --filed 2024-01-31 --rule co-days --months 1 --subject m
expect_refused "add co-months without a period" 2 "add --months N" add petition --from ICE --to DENVER --filed 2024-01-31 --rule co-months --subject m

# ---- item 8: holidays in every year a computation touches
# FOIA received Mon 1969-06-16: Fri 4 July 1969 is a holiday -> Tue 07-15.
expect_eq "us-foia 1969" "$(due us-foia 1969-06-16)" 1969-07-15
# Received Sun 2200-06-01 -> day 0 Mon 06-02; Fri 4 July 2200 skipped -> Tue 07-01.
expect_eq "us-foia 2200" "$(due us-foia 2200-06-01)" 2200-07-01
expect_ok "explain 1969" deadline us-foia 1969-06-16 --explain
expect_contains "explain skips 4 July 1969" "$OUT" "1969-07-04 Fri: skipped, Independence Day"
# The far ends of the date range: 9999-12-01 + 20 working days leaves the range.
# Wed 1000-01-01 is New Year's Day: day 0 Thu 01-02, + 20 working days = Thu 01-30.
expect_eq "us-foia 1000" "$(due us-foia 1000-01-01)" 1000-01-30
expect_refused "past 9999" 1 "out of range" deadline us-foia 9999-12-20
expect_ok "holidays 1969" holidays --year 1969
expect_contains "holidays 1969" "$OUT" "1969-07-04 Fri  Independence Day"
expect_ok "holidays 2200" holidays --year 2200 --calendar us-co
expect_contains "holidays 2200" "$OUT" "2200-07-04 Fri  Independence Day"
# A stored matter from 1969 gets the same date, and the agenda's working-day
# counts read built years (no abort).
expect_ok "old request" --json add request --from ICE --to DENVER --received 1969-06-16 --rule us-foia --subject old
expect_eq "stored 1969" "$(jget 'd["due"]' <<<"$OUT")" 1969-07-15
expect_ok "list with progress" --today 2200-01-02 list
expect_ok "report across centuries" --today 2200-01-02 report --json

# An existing database is read, never written: byte-for-byte the same after
# deadline (calculator and --explain of a stored matter) and holidays.
sum_before=$(sha256sum "$DB" | cut -d' ' -f1)
dump_before=$(dump)
expect_ok "explain a stored matter" deadline "$pa" --explain
expect_ok "calculator on a database" deadline co-cora 2020-01-17 --extend 7
expect_ok "holidays on a database" holidays --year 2027 --agency DENVER
expect_eq "database unchanged" "$(sha256sum "$DB" | cut -d' ' -f1)" "$sum_before"
expect_eq "database dump unchanged" "$(dump)" "$dump_before"

finish
