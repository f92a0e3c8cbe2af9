#!/usr/bin/env bash
# Issue 9, the records helper's part: search (FTS5 kept by triggers), tags
# (pubrec tag through the lifecycle layer; list/report/ics --tag) and
# requesters who are people (add request --requester, listed apart, never in
# agency statistics). Each operation's history rows are checked, and bad input
# is refused with the database unchanged.
. "$SOURCE_DIR/tests/lib.sh"

export PUBREC_TODAY=2026-03-02
refs() { jget "[m['ref'] for m in d['matters']]"; }
q() { sqlite3 "$DB" "$1"; }

expect_ok "setup" agency add DENVER "City and County of Denver" --calendar us-co
expect_ok "setup" agency add NEWS "Westword newsroom"
expect_ok "setup" agency add EPA "Environmental Protection Agency" --calendar us-federal
# REQ-2026-0001: "rezoning" in the subject; -0002: only in a note (below);
# -0003: a tracking number; -0004: nothing of the kind.
expect_ok "R1" add request --from NEWS --to DENVER --received 2026-02-02 --rule co-cora \
  --subject "Rezoning of parcel 12 on Colfax"
expect_ok "R2" add request --from NEWS --to DENVER --received 2026-02-03 --rule co-cora \
  --subject "Council emails, January"
expect_ok "R3" add request --from NEWS --to EPA --received 2026-02-04 --rule us-foia \
  --subject "Superfund site inspections" --tracking "EPA-HQ-2026-004512"
expect_ok "R4" add request --from NEWS --to DENVER --received 2026-02-05 --rule co-cora \
  --subject "Snow plow routes"

# ---- search ----------------------------------------------------------------

expect_ok "search rezon*" --json search 'rezon*'
expect_eq "prefix finds the subject" "$(refs <<<"$OUT")" "['REQ-2026-0001']"
expect_ok "search a whole word" --json search rezoning
expect_eq "a whole word" "$(refs <<<"$OUT")" "['REQ-2026-0001']"
expect_ok "search rezon (no star)" --json search rezon
expect_eq "without * a word is whole" "$(refs <<<"$OUT")" "[]"
expect_ok "search is case and accent blind" --json search 'RÉZONING'
expect_eq "case and accents" "$(refs <<<"$OUT")" "['REQ-2026-0001']"

# A note (the lead's 'pubrec note' writes history rows of kind 'note'): the
# trigger on event indexes it; written here as that command writes it.
q "INSERT INTO event(matter_id, at, on_date, kind, field, note, by_user)
   SELECT id, '2026-03-01T10:00:00Z', '2026-03-01', 'note', 'note',
          'Clerk says the rezoning file is in storage', 'tester'
   FROM matter WHERE ref = 'REQ-2026-0002'"
expect_ok "search finds notes" --json search 'rezon*'
expect_eq "subject hit ranks above a note hit" "$(refs <<<"$OUT")" \
  "['REQ-2026-0001', 'REQ-2026-0002']"
expect_ok "list --grep is the same" --json list --grep 'rezon*'
expect_eq "list --grep" "$(refs <<<"$OUT")" "['REQ-2026-0001', 'REQ-2026-0002']"
expect_ok "search words are ANDed" --json search 'rezon*' storage
expect_eq "every word must match" "$(refs <<<"$OUT")" "['REQ-2026-0002']"
expect_ok "search with a filter" --json search 'rezon*' --status open --agency DENVER
expect_eq "filters apply" "$(refs <<<"$OUT")" "['REQ-2026-0001', 'REQ-2026-0002']"

expect_ok "search a tracking number" --json search EPA-HQ-2026-004512
expect_eq "tracking number as a phrase" "$(refs <<<"$OUT")" "['REQ-2026-0003']"
expect_ok "search a tracking number's tail" --json search 004512
expect_eq "part of a tracking number" "$(refs <<<"$OUT")" "['REQ-2026-0003']"
expect_ok "search an agency name" --json search environmental
expect_eq "agency name" "$(refs <<<"$OUT")" "['REQ-2026-0003']"
expect_ok "search an agency code" --json search westword
expect_eq "every matter NEWS sent" "$(jget 'd["count"]' <<<"$OUT")" 4

# The index follows changes: a subject changed (the lead's 'edit'), an agency
# renamed (the lead's 'agency set'); the triggers rebuild the rows.
q "UPDATE matter SET subject = 'Snow plow routes and rezoning maps' WHERE ref = 'REQ-2026-0004'"
expect_ok "search after a subject change" --json search maps
expect_eq "new subject found" "$(refs <<<"$OUT")" "['REQ-2026-0004']"
expect_ok "old words of a row still match what remains" --json search plow
expect_eq "still found by plow" "$(refs <<<"$OUT")" "['REQ-2026-0004']"
q "UPDATE agency SET name = 'Denver Clerk and Recorder' WHERE code = 'DENVER'"
expect_ok "search after an agency rename" --json search recorder
expect_eq "renamed agency's matters" "$(jget 'sorted(m["ref"] for m in d["matters"])' <<<"$OUT")" \
  "['REQ-2026-0001', 'REQ-2026-0002', 'REQ-2026-0004']"
expect_ok "the old name is gone" --json search county
expect_eq "old name" "$(refs <<<"$OUT")" "[]"

# Text output is the list table.
expect_ok "search text" search 'rezon*'
expect_contains "search text lists the matter" "$OUT" "REQ-2026-0001"

# User words are passed as FTS5 strings: operators and quotes are words.
for w in 'AND' 'OR' 'NOT' 'NEAR(' 'subject:x' '"' "it's" '(a' '^x' '-' 'a+b'; do
  pr --json search "$w"
  expect_eq "search '$w' is not an SQL error" "$RC:$(head -c 30 <<<"$ERR")" "0:"
done
expect_refused "search without words" 2 "give the words to search for" search
expect_refused "search with blank words" 2 "give the words to search for" search "  "
expect_refused "a * inside a word" 2 "'*' ends a prefix" search 're*zon'
expect_refused "a lone *" 2 "'*' ends a prefix" search '*'
expect_refused "list --grep empty" 2 "give the words to search for" list --grep ""
expect_refused "list takes no words" 2 "takes no arguments" list rezoning

# The index holds exactly what matter_fts_source says, row for row.
check "fts integrity" q "INSERT INTO matter_fts(matter_fts) VALUES ('integrity-check')"
expect_eq "fts rows equal the source" "$(q "SELECT count(*) FROM matter_fts_source s
  LEFT JOIN matter_fts f ON f.rowid = s.id WHERE f.rowid IS NULL OR f.subject IS NOT s.subject
  OR f.tracking IS NOT s.tracking OR f.parties IS NOT s.parties OR f.notes IS NOT s.notes")" 0
expect_eq "one fts row a matter" "$(q "SELECT (SELECT count(*) FROM matter_fts) = (SELECT count(*) FROM matter)")" 1

# ---- tags ------------------------------------------------------------------

expect_ok "tag +urgent +press" --json tag REQ-2026-0001 +urgent +press --note "editor asked"
expect_eq "tag prints the matter" "$(jget '(d["ref"], d["tags"])' <<<"$OUT")" \
  "('REQ-2026-0001', ['press', 'urgent'])"
expect_ok "tag R3" tag REQ-2026-0003 +urgent
expect_contains "text names the change" "$OUT" "REQ-2026-0003 tagged +urgent"
expect_ok "untag -press" tag REQ-2026-0001 -press
expect_ok "show R1" --json show REQ-2026-0001
expect_eq "tags in show" "$(jget 'd["tags"]' <<<"$OUT")" "['urgent']"
expect_eq "tag history rows" \
  "$(jget '[(e["kind"], e["field"], e["from"], e["to"], e["note"], e["on"]) for e in d["history"] if e["kind"] == "tag"]' <<<"$OUT")" \
  "[('tag', 'tag', None, 'urgent', 'editor asked', '2026-03-02'), ('tag', 'tag', None, 'press', 'editor asked', '2026-03-02'), ('tag', 'tag', 'press', None, None, '2026-03-02')]"
expect_ok "show text" show REQ-2026-0001
expect_contains "show lists tags" "$OUT" "tags:         urgent"
expect_ok "log text" log REQ-2026-0001
expect_contains "log shows a removal" "$OUT" "tag -press"
expect_ok "list JSON has tags" --json list
expect_eq "tags of every matter" "$(jget '[(m["ref"], m["tags"]) for m in d["matters"]]' <<<"$OUT" | tr -d '\n')" \
  "[('REQ-2026-0001', ['urgent']), ('REQ-2026-0002', []), ('REQ-2026-0004', []), ('REQ-2026-0003', ['urgent'])]"

expect_ok "list --tag" --json list --tag urgent
expect_eq "list --tag urgent" "$(refs <<<"$OUT")" "['REQ-2026-0001', 'REQ-2026-0003']"
expect_ok "list --tag press" --json list --tag press
expect_eq "a removed tag selects nothing" "$(refs <<<"$OUT")" "[]"
expect_ok "search --tag" --json search 'rezon*' --tag urgent
expect_eq "search and tag" "$(refs <<<"$OUT")" "['REQ-2026-0001']"

expect_ok "report --tag" --json report --tag urgent
expect_eq "report scope" "$(jget '(d["totals"]["matters"], d["report"]["scope"]["tag"], d["report"]["scope"]["text"])' <<<"$OUT")" \
  "(2, 'urgent', 'all agencies, all kinds, tagged urgent')"
expect_eq "report --tag: agencies in scope" \
  "$(jget '[(a["code"], a["received"]["matters"]) for a in d["agencies"]]' <<<"$OUT")" \
  "[('DENVER', 1), ('EPA', 1), ('NEWS', 0)]"
expect_ok "report unscoped" --json report
expect_eq "report without --tag" "$(jget 'd["totals"]["matters"]' <<<"$OUT")" 4
expect_ok "report --tag csv" report --tag urgent --format csv
expect_eq "csv rows" "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr -d '\r' | tr '\n' ' ')" \
  "REQ-2026-0001 REQ-2026-0003 "

uids() { grep -a '^UID:' | tr -d '\r' | sort; }
expect_ok "ics --tag" ics --tag urgent
ics_tagged=$(uids <<<"$OUT")
want=$(q "SELECT 'UID:' || uuid || '-response@pubrec' FROM matter WHERE ref IN ('REQ-2026-0001', 'REQ-2026-0003') ORDER BY 1" | sort)
expect_eq "ics --tag: only tagged matters' events" "$ics_tagged" "$want"
expect_ok "ics all" ics
expect_eq "ics without --tag has all four" "$(uids <<<"$OUT" | wc -l)" 4

expect_refused "a tag with a space" 2 "has a space" tag REQ-2026-0001 "+city council"
expect_refused "a tag with a tab" 2 "has a space" tag REQ-2026-0001 "+a	b"
expect_refused "a tag with a no-break space" 2 "has a space" tag REQ-2026-0001 "+a b"
expect_refused "an empty tag" 2 "empty tag" tag REQ-2026-0001 +
expect_refused "an empty removal" 2 "empty tag" tag REQ-2026-0001 -
expect_refused "adding a tag it has" 1 "already has tag 'urgent'" tag REQ-2026-0001 +urgent
expect_refused "removing a tag it lacks" 1 "has no tag 'press'" tag REQ-2026-0001 -press
expect_refused "a good tag with a bad one: nothing written" 1 "has no tag 'nope'" \
  tag REQ-2026-0001 +fine -nope
expect_refused "a tag twice" 2 "given twice" tag REQ-2026-0001 +x +x
expect_refused "add and remove one tag" 2 "given twice" tag REQ-2026-0001 +x -x
expect_refused "no tags" 2 "give the tags" tag REQ-2026-0001
expect_refused "no reference" 2 "needs one reference" tag +urgent
expect_refused "unknown reference" 1 "unknown reference" tag REQ-2026-0099 +urgent
expect_refused "invalid UTF-8" 2 "not valid UTF-8" tag REQ-2026-0001 "+$(printf '\xff')"
expect_eq "tags unchanged after refusals" "$(q "SELECT group_concat(tag) FROM tag WHERE matter_id = 1")" urgent

# ---- requesters who are people ----------------------------------------------

expect_ok "person requester" --json add request --requester "Jane Doe" --email jane@example.org \
  --to DENVER --received 2026-02-10 --rule co-cora --subject "Zoning variances"
expect_eq "from is the person" "$(jget '(d["from"]["code"], d["from"]["name"])' <<<"$OUT")" \
  "('JANE-DOE', 'Jane Doe')"
expect_eq "stored as a person" "$(q "SELECT kind, email FROM agency WHERE code = 'JANE-DOE'")" \
  "person|jane@example.org"
expect_ok "same name, no email: same person" add request --requester "jane doe" --to EPA \
  --received 2026-02-11 --rule us-foia --subject "Lead in water"
expect_contains "reused by name" "$OUT" "request JANE-DOE -> EPA"
expect_ok "same email, other spelling: same person" add request --requester "J. Doe" \
  --email JANE@EXAMPLE.ORG --to DENVER --received 2026-02-12 --rule co-cora --subject "Budget"
expect_contains "reused by email" "$OUT" "request JANE-DOE -> DENVER"
expect_ok "same name, other email: another person" add request --requester "Jane Doe" \
  --email jd@elsewhere.net --to DENVER --received 2026-02-12 --rule co-cora --subject "Parks"
expect_contains "a new code" "$OUT" "request JANE-DOE-2 -> DENVER"
expect_ok "a person without email" add request --requester "Ann Lee" --to DENVER \
  --received 2026-02-13 --rule co-cora --subject "Dog licences"
expect_ok "then with an email: recorded on the same person" add request --requester "Ann Lee" \
  --email ann@example.org --to DENVER --received 2026-02-13 --rule co-cora --subject "Cat licences"
expect_contains "Ann reused" "$OUT" "request ANN-LEE -> DENVER"
expect_eq "Ann's email recorded" "$(q "SELECT count(*), max(email) FROM agency WHERE kind = 'person' AND name = 'Ann Lee'")" \
  "1|ann@example.org"
expect_ok "a code taken by an agency" agency add MAX-MUSTER "Max Muster GmbH"
expect_ok "person whose code is taken" add request --requester "Max Muster" --to DENVER \
  --received 2026-02-13 --rule co-cora --subject "Contracts"
expect_contains "made unique" "$OUT" "request MAX-MUSTER-2 -> DENVER"
expect_eq "four people" "$(q "SELECT count(*) FROM agency WHERE kind = 'person'")" 4
expect_eq "the created row names the person" \
  "$(q "SELECT e.note FROM event e JOIN matter m ON m.id = e.matter_id WHERE m.ref = 'REQ-2026-0005' AND e.kind = 'created'")" \
  "request JANE-DOE -> DENVER"

expect_refused "ambiguous name" 1 "several requesters are named 'Jane Doe'" add request \
  --requester "Jane Doe" --to DENVER --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "--from and --requester" 2 "not both" add request --from NEWS --requester "A B" \
  --to DENVER --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "--email alone" 2 "--email goes with --requester" add request --from NEWS \
  --email a@b.c --to DENVER --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "a bad email" 2 "invalid email" add request --requester "A B" --email nobody \
  --to DENVER --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "an empty name" 2 "needs the person's name" add request --requester "" \
  --to DENVER --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "a subpoena from a person" 2 "served by an agency" add subpoena --requester "A B" \
  --to DENVER --served 2026-02-14 --days 14 --subject "X"
expect_refused "a person never answers" 1 "is a requester who is a person" add request \
  --from NEWS --to JANE-DOE --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "a name that is not UTF-8" 2 "not valid UTF-8" add request \
  --requester "$(printf 'A\xffB')" --to DENVER --received 2026-02-14 --rule co-cora --subject "X"
expect_refused "a new person with a bad request: no person left behind" 1 "unknown agency" \
  add request --requester "New Person" --to NOPE --received 2026-02-14 --rule co-cora --subject "X"

expect_ok "agency list" --json agency list
expect_eq "agencies only" "$(jget '[a["code"] for a in d]' <<<"$OUT")" \
  "['DENVER', 'EPA', 'MAX-MUSTER', 'NEWS']"
expect_ok "agency list --people" --json agency list --people
expect_eq "people only" "$(jget '[(a["code"], a["kind"], a["email"]) for a in d]' <<<"$OUT")" \
  "[('ANN-LEE', 'person', 'ann@example.org'), ('JANE-DOE', 'person', 'jane@example.org'), ('JANE-DOE-2', 'person', 'jd@elsewhere.net'), ('MAX-MUSTER-2', 'person', None)]"
expect_ok "people" people
expect_contains "people text" "$OUT" "JANE-DOE-2       jd@elsewhere.net"
expect_ok "agency show person" agency show JANE-DOE
expect_contains "a person's card" "$OUT" "a requester who is a person"

expect_ok "report with people" --json report
expect_eq "people are not agencies in the report" "$(jget '[a["code"] for a in d["agencies"]]' <<<"$OUT")" \
  "['DENVER', 'EPA', 'NEWS']"
expect_eq "requesters section" "$(jget '[(r["code"], r["requests"], r["open"]) for r in d["requesters"]]' <<<"$OUT")" \
  "[('ANN-LEE', 2, 2), ('JANE-DOE', 3, 3), ('JANE-DOE-2', 1, 1), ('MAX-MUSTER-2', 1, 1)]"
expect_eq "totals count people and all matters" "$(jget '(d["totals"]["requesters"], d["totals"]["matters"])' <<<"$OUT")" "(4, 11)"
expect_eq "agencies still count what they received" \
  "$(jget '[(a["code"], a["received"]["matters"]) for a in d["agencies"]]' <<<"$OUT")" \
  "[('DENVER', 9), ('EPA', 2), ('NEWS', 0)]"
expect_eq "on-time chart has no people" \
  "$(jget '[b["code"] for b in d["charts"]["on_time"]["bars"]]' <<<"$OUT")" "[]"
expect_ok "report text" report
expect_contains "text section" "$OUT" "REQUESTERS WHO ARE PEOPLE"
expect_contains "text row" "$OUT" "JANE-DOE  Jane Doe: 3 requests, 3 open"
expect_ok "report md" report --format md
expect_contains "md section" "$OUT" "| JANE-DOE | Jane Doe | 3 | 3 |"
expect_ok "report html" report --format html
expect_contains "html section" "$OUT" '<section id="requesters">'
expect_ok "report scoped to DENVER's senders" --json report --agency NEWS
expect_eq "no requesters when none in scope" "$(jget '(d["totals"]["requesters"], d["requesters"])' <<<"$OUT")" "(0, [])"
expect_ok "report text without people" report --agency NEWS
case "$OUT" in *"REQUESTERS WHO"*) fail "the section shows without people" ;; *) pass ;; esac

expect_ok "search finds a person" --json search jane
expect_eq "by the requester's name" "$(jget 'd["count"]' <<<"$OUT")" 4

finish
