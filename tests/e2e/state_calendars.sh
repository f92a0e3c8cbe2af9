#!/usr/bin/env bash
# The state holiday calendars (migration 0008) through the binary: they are
# built in, a Texas deadline counts Texas's own closures (issue 14's example), and
# users can add Easter-relative and shifted holiday rules. Dates worked by hand.
. "$SOURCE_DIR/tests/lib.sh"

due() { pr --json deadline "$@"; jget 'd["due"]' <<<"$OUT"; }

expect_ok "init" init
expect_ok "calendar list" --json calendar list
for cal in us-ak us-ca us-ct us-dc us-de us-fl us-hi us-ia us-id us-il us-me us-mn us-mo us-mt us-nd us-nv us-ny us-or us-ri us-sd us-tx us-tx-pia us-va us-wa \
  us-md us-ms us-ne us-nh us-nj; do
  expect_eq "$cal is built in" "$(jget "[c['builtin'] for c in d if c['code'] == '$cal']" <<<"$OUT")" "[True]"
done
expect_eq "every state calendar cites its source" \
  "$(jget "[c['code'] for c in d if c['code'].startswith('us-') and not c['citation']]" <<<"$OUT")" "[]"
expect_eq "us-tx-pia includes us-tx" "$(jget "[c['includes'] for c in d if c['code'] == 'us-tx-pia']" <<<"$OUT")" "['us-tx']"

# Texas closes the Friday after Thanksgiving (Gov't Code 662.004(b)): 10 business days
# from Thu 2025-11-20 skip Nov 27 and 28, so the 10th is Mon 12-08; on the federal
# calendar it is Fri 12-05 (issue 14).
expect_ok "holidays us-tx" --json holidays --calendar us-tx --year 2025
expect_eq "Texas 2025 closures" "$(jget '[h["date"] for h in d]' <<<"$OUT")" \
  "['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-24', '2025-12-25', '2025-12-26']"
expect_eq "shifted rule described" "$(jget '[h["rule"] for h in d if h["date"] == "2025-11-28"]' <<<"$OUT")" \
  "['4th Thu of Nov +1 day']"
expect_ok "rule on us-tx" rule add tx-10 --name "TX 10 business days" --unit working --days 10 \
  --calendar us-tx --citation "Tex. Gov't Code 552.301(b)"
expect_ok "rule on us-federal" rule add tx-10-fed --name "TX on federal days" --unit working \
  --days 10 --calendar us-federal --citation "Tex. Gov't Code 552.301(b)"
expect_eq "Texas calendar" "$(due tx-10 2025-11-20)" 2025-12-08
expect_eq "federal calendar" "$(due tx-10-fed 2025-11-20)" 2025-12-05
# us-tx-pia also skips San Jacinto Day (Mon 2025-04-21, 552.0031(a)(3)): 10 business days
# from Thu 2025-04-10 end Fri 04-25 instead of Thu 04-24.
expect_ok "rule on us-tx-pia" rule add tx-10-pia --name "TX PIA" --unit working --days 10 \
  --calendar us-tx-pia --citation "Tex. Gov't Code 552.0031"
expect_eq "PIA business days" "$(due tx-10-pia 2025-04-10)" 2025-04-25
expect_eq "offices-closed days" "$(due tx-10 2025-04-10)" 2025-04-24

# New York's Saturday holidays are not moved (4 NYCRR 21.1(b)); Election Day every year.
expect_ok "holidays us-ny 2022" --json holidays --calendar us-ny --year 2022
expect_eq "no Friday for Saturday New Year's Day 2022" \
  "$(jget '[h["date"] for h in d if h["date"] <= "2022-01-03"]' <<<"$OUT")" "['2022-01-01']"
expect_eq "Election Day 2022 (Nov 1 is a Tuesday)" \
  "$(jget '[h["date"] for h in d if h["name"] == "Election Day"]' <<<"$OUT")" "['2022-11-08']"

# Calendars of 0019 through the binary, with the built-in rules that count on them (0021):
# Maryland's General Election Day 2026 (even years) and American Indian Heritage Day; New
# Jersey's Juneteenth Day on the third Friday in June; Mississippi gives no Friday for a
# Saturday holiday (Independence Day 2026); New Hampshire keeps offices open on Columbus Day.
expect_ok "holidays us-md 2026" --json holidays --calendar us-md --year 2026
expect_eq "Maryland election and heritage days" \
  "$(jget '[h["date"] for h in d if h["date"] >= "2026-11-01" and h["date"] <= "2026-11-30"]' <<<"$OUT")" \
  "['2026-11-03', '2026-11-11', '2026-11-26', '2026-11-27']"
expect_ok "holidays us-nj 2025" --json holidays --calendar us-nj --year 2025
expect_eq "New Jersey Juneteenth Day" \
  "$(jget '[h["date"] for h in d if h["name"] == "Juneteenth Day"]' <<<"$OUT")" "['2025-06-20']"
expect_ok "holidays us-ms 2026" --json holidays --calendar us-ms --year 2026
expect_eq "Mississippi Saturday July 4" \
  "$(jget '[h["date"] for h in d if h["date"][5:7] == "07"]' <<<"$OUT")" "['2026-07-04']"
expect_eq "md-pia-notice on us-md" "$(due md-pia-notice 2025-11-20)" 2025-12-08
expect_eq "nj-opra on us-nj (Good Friday)" "$(due nj-opra 2025-04-16)" 2025-04-28
expect_eq "nh-rtk on us-nh (Columbus Day open)" "$(due nh-rtk 2025-10-09)" 2025-10-16
expect_eq "ms-pra on us-ms (Confederate Memorial Day)" "$(due ms-pra 2025-04-24)" 2025-05-06
expect_eq "ne-prl on us-ne (Arbor Day)" "$(due ne-prl 2025-04-23)" 2025-04-30

# Easter-relative and shifted rules through the CLI.
expect_ok "calendar add" calendar add my-cal --name "Test calendar"
expect_ok "Good Friday" --json calendar holiday add my-cal "Good Friday" --easter --shift -2 \
  --citation "local practice"
expect_eq "json answer" "$(jget 'd["changed"]' <<<"$OUT")" holiday
expect_ok "day after" calendar holiday add my-cal "Day after Thanksgiving" --nth 4 --weekday thu \
  --month 11 --shift 1 --observe none
expect_ok "holidays my-cal" --json holidays --calendar my-cal --year 2025
expect_eq "generated days" "$(jget '[(h["date"], h["rule"]) for h in d]' <<<"$OUT")" \
  "[('2025-04-18', 'Easter Sunday -2 days'), ('2025-11-28', '4th Thu of Nov +1 day')]"
expect_refused "easter with month" 2 "--easter takes no --month" \
  calendar holiday add my-cal X --easter --month 4
expect_refused "two kinds" 2 "give the holiday one way" \
  calendar holiday add my-cal X --easter --date 04-01
expect_refused "shift too far" 2 "--shift" calendar holiday add my-cal X --easter --shift 181
expect_refused "shift not a number" 2 "--shift" calendar holiday add my-cal X --easter --shift soon
finish
