#!/usr/bin/env bash
# The state public-records rules (issue 14) through the binary: every seeded
# rule has a citation and a source; every unverified rule says so beside the
# date in 'rules', 'deadline' and 'deadline --explain'; versions by trigger
# date (Kentucky's 3 -> 5 business days on 2021-06-29, worked by hand: 06-28 + 3
# working days = Thu 07-01; 06-29 + 5 skips Mon 07-05, July 4 observed = Wed
# 07-07); 'rules --jurisdiction', 'rules show' and 'jurisdictions'.
. "$SOURCE_DIR/tests/lib.sh"

expect_ok "rules json" --json rules
RULES=$OUT
expect_eq "no rule without a citation or source" \
  "$(jget '[r["code"] for r in d if not r["citation"] or not r["source"]]' <<<"$RULES")" "[]"
expect_eq "status is verified or unverified" \
  "$(jget 'sorted(set(r["status"] for r in d))' <<<"$RULES")" "['unverified', 'verified']"
expect_ok "rules text" rules
TEXT=$OUT

# Every unverified built-in rule: marked in the listing, in 'deadline' and in
# 'deadline --explain' (a stated-period rule gets --days 14; months 1).
n=0
while IFS=' ' read -r code unit days; do
  n=$((n + 1))
  line=$(grep -E "^$code " <<<"$TEXT")
  expect_contains "rules marks $code" "$line" "unverified"
  extra=()
  if [ "$days" = None ]; then
    if [ "$unit" = months ]; then extra=(--months 1); elif [ "$unit" != none ]; then extra=(--days 14); fi
  fi
  expect_ok "deadline $code" deadline "$code" 2025-09-15 "${extra[@]}"
  expect_contains "deadline marks $code" "$OUT" "unverified"
  expect_ok "explain $code" deadline "$code" 2025-09-15 --explain "${extra[@]}"
  expect_contains "explain marks $code" "$OUT" "unverified"
  expect_ok "json $code" --json deadline "$code" 2025-09-15 "${extra[@]}"
  expect_eq "json marks $code" "$(jget 'd["rule_status"]' <<<"$OUT")" unverified
done < <(jget '"\n".join("%s %s %s" % (r["code"], r["unit"], r["days"]) for r in d if r["builtin"] and r["status"] == "unverified")' <<<"$RULES")
check "the unverified rules were checked ($n; four since 0028)" test "$n" -ge 4
# A verified rule is not marked.
expect_ok "verified rule" deadline wa-pra 2025-09-15 --explain
case "$OUT" in *unverified*) fail "wa-pra marked unverified: $OUT" ;; *) pass ;; esac

# Versions: the one in force on the trigger date governs.
due() { pr --json deadline "$@"; jget 'd["due"]' <<<"$OUT"; }
expect_eq "Kentucky before HB 312" "$(due ky-ora 2021-06-28)" 2021-07-01
expect_eq "Kentucky from HB 312" "$(due ky-ora 2021-06-29)" 2021-07-07
expect_ok "California before the recodification" deadline ca-cpra 2022-12-30
expect_contains "old citation" "$OUT" "Cal. Gov. Code 6253(c)"
expect_ok "California after" deadline ca-cpra 2023-01-03
expect_contains "new citation" "$OUT" "7922.535"
expect_refused "before the first version" 1 "no version in force on 2019-05-01" \
  deadline sc-foia 2019-05-01
expect_ok "rules show lists the versions" rules show ky-ora
expect_contains "old version" "$OUT" "KRS 61.880(1) (before 2021 HB 312)"
expect_contains "new version from" "$OUT" "from:         2021-06-29"
expect_contains "source shown" "$OUT" "source:"
expect_ok "rules show json" --json rules show ca-cpra
expect_eq "two versions" "$(jget '[v["effective_from"] for v in d["versions"]]' <<<"$OUT")" "['1000-01-01', '2023-01-01']"

# Each state's rules count on its own calendar (0015): the issue's Texas example, a
# request received 2025-11-20 under the Public Information Act, is due 12-08 (the
# Friday after Thanksgiving is a state holiday for the Act), not 12-05 (us-federal).
expect_eq "Texas PIA on us-tx-pia" "$(due tx-pia-ag 2025-11-20)" 2025-12-08
expect_ok "Texas PIA explained" deadline tx-pia-ag 2025-11-20 --explain
expect_contains "the holiday named" "$OUT" "Friday after Thanksgiving"
expect_eq "New York election day" "$(due ny-foil 2025-10-31)" 2025-11-10
expect_eq "Hawaii has no Columbus Day" "$(due hi-uipa-extenuating 2025-09-15)" 2025-10-13
# Louisiana (0025/0026): Columbus Day is not a 1:55(B) day, so Mon 10-13 counts.
expect_eq "Louisiana on us-la" "$(due la-prl-active-use 2025-10-09)" 2025-10-14
# New Mexico (0028/0029): Indigenous Peoples' Day Mon 2025-10-13 is skipped; state
# offices are open on Presidents' Day (Mon 2025-02-17), which us-federal would skip (02-20).
expect_eq "New Mexico Indigenous Peoples' Day" "$(due nm-ipra-ack 2025-10-09)" 2025-10-15
expect_eq "New Mexico open on Presidents' Day" "$(due nm-ipra-ack 2025-02-14)" 2025-02-19
# Pennsylvania (0028/0029): Commonwealth offices close the day after Thanksgiving
# (us-federal 11-28); a Saturday Veterans Day (2023) gives no Friday (us-federal 11-16).
expect_eq "Pennsylvania day after Thanksgiving" "$(due pa-rtkl 2025-11-20)" 2025-12-01
expect_eq "Pennsylvania Saturday Veterans Day" "$(due pa-rtkl 2023-11-08)" 2023-11-15
expect_ok "pa-rtkl explained" deadline pa-rtkl 2025-11-20 --explain
expect_contains "the Pennsylvania holiday named" "$OUT" "Day after Thanksgiving"
# Georgia (0018): the Governor moved Washington's Birthday to Fri 2025-12-26.
expect_eq "Georgia on us-ga" "$(due ga-ora 2025-12-23)" 2025-12-30
expect_ok "rules show tx-pia-ag" --json rules show tx-pia-ag
expect_eq "tx-pia-ag calendar" "$(jget 'd["calendar"]' <<<"$OUT")" us-tx-pia

# A stored matter follows the version in force on its received date (schedule).
expect_ok "agency" agency add KYDOC "Kentucky Department of Corrections" --jurisdiction us-ky
expect_ok "agency" agency add NEWS "A newsroom"
expect_ok "request before HB 312" --json add request --from NEWS --to KYDOC --received 2021-06-28 \
  --rule ky-ora --subject "old law"
expect_eq "stored due, old period" "$(jget 'd["due"]' <<<"$OUT")" 2021-07-01
expect_ok "request from HB 312" --json add request --from NEWS --to KYDOC --received 2021-06-29 \
  --rule ky-ora --subject "new law"
expect_eq "stored due, new period" "$(jget 'd["due"]' <<<"$OUT")" 2021-07-07
expect_refused "matter before the first version" 1 "no version in force" \
  add request --from NEWS --to KYDOC --received 2019-05-01 --rule sc-foia --subject x
expect_ok "a stored unverified matter" --json add request --from NEWS --to KYDOC \
  --received 2025-09-15 --rule sd-prl --subject "south dakota"
ref=$(jget 'd["ref"]' <<<"$OUT")
expect_ok "deadline REF --explain" deadline "$ref" --explain
expect_contains "stored matter marked" "$OUT" "unverified"

# A user's change to a built-in rule is no longer vouched for.
expect_ok "rule set" rule set wa-pra --days 6
expect_ok "rules show after set" --json rules show wa-pra
expect_eq "changed rule unverified" "$(jget 'd["status"]' <<<"$OUT")" unverified

# Jurisdictions.
expect_ok "jurisdictions" --json jurisdictions
expect_eq "50 states, DC and us" "$(jget 'len(d)' <<<"$OUT")" 52
expect_eq "Texas default rule" "$(jget '[j["rule"] for j in d if j["code"] == "us-tx"][0]' <<<"$OUT")" tx-pia
expect_eq "Texas calendar" "$(jget '[j["calendar"] for j in d if j["code"] == "us-tx"][0]' <<<"$OUT")" us-tx
expect_eq "Hawaii calendar" "$(jget '[j["calendar"] for j in d if j["code"] == "us-hi"][0]' <<<"$OUT")" us-hi
expect_eq "Georgia calendar" "$(jget '[j["calendar"] for j in d if j["code"] == "us-ga"][0]' <<<"$OUT")" us-ga
expect_eq "Louisiana calendar" "$(jget '[j["calendar"] for j in d if j["code"] == "us-la"][0]' <<<"$OUT")" us-la
expect_eq "New Mexico calendar" "$(jget '[j["calendar"] for j in d if j["code"] == "us-nm"][0]' <<<"$OUT")" us-nm
expect_eq "Pennsylvania calendar" "$(jget '[j["calendar"] for j in d if j["code"] == "us-pa"][0]' <<<"$OUT")" us-pa
expect_eq "no jurisdiction left on us-federal but us" \
  "$(jget '[j["code"] for j in d if j["calendar"] == "us-federal"]' <<<"$OUT")" "['us']"
CODES=$(jget '" ".join(r["code"] for r in d)' <<<"$RULES")
for r in $(jget '" ".join(j["rule"] for j in d)' <<<"$OUT"); do
  case " $CODES " in *" $r "*) pass ;; *) fail "default rule $r is not a rule" ;; esac
done
expect_ok "jurisdictions text" jurisdictions
expect_contains "text row" "$OUT" "us-wy    Wyoming"
expect_ok "rules in Texas" --json rules --jurisdiction us-tx
expect_eq "Texas rules" "$(jget '[r["code"] for r in d]' <<<"$OUT")" "['tx-pia', 'tx-pia-ag']"
expect_ok "rules in Denver" --json rules --jurisdiction us-co-denver
expect_eq "Denver has Colorado's rules" "$(jget '[r["code"] for r in d]' <<<"$OUT")" \
  "['co-ccjra', 'co-cora', 'co-days', 'co-months']"
expect_refused "unknown jurisdiction" 1 "unknown jurisdiction 'xx-yy'" rules --jurisdiction xx-yy

echo "states: $CHECKS checks, $FAILS failures"
[ "$FAILS" -eq 0 ]
