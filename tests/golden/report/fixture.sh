# fixture.sh — the fixed database behind the report tests (sourced after
# tests/lib.sh). Every date is given, --today is fixed, PUBREC_USER is
# "tester": only the event timestamps ('at') follow the clock, and the tests
# normalise them. Report it as of AS_OF.
AS_OF=2020-03-02
fx() {
  "$PUBREC" --today "$AS_OF" "$@" >/dev/null 2>"$T/fx.err" || {
    echo "fixture: pubrec $* failed: $(cat "$T/fx.err")" >&2
    exit 1
  }
}
fx agency add ICE "U.S. Immigration and Customs Enforcement" --jurisdiction us --calendar us-federal
fx agency add DENVER "City and County of Denver (Sheriff)" --jurisdiction us-co-denver --calendar us-co
fx agency add NEWSROOM "Newsroom, records desk" --jurisdiction us-co
# ICE's subpoenas: refused on time, produced late, one still open and overdue.
fx add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records on individual 1"
fx add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records on individual 2"
fx add subpoena --from ICE --to DENVER --served 2020-01-13 --days 3 --subject "Records on individual 3"
fx add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records on individual 4"
fx respond SUB-2020-0001 --kind refusal --on 2020-01-16 --note "Not court-ordered"
fx respond SUB-2020-0002 --kind refusal --on 2020-01-16 --note "Not court-ordered"
fx respond SUB-2020-0003 --kind production --on 2020-01-30 --pages 12
# The newsroom's requests, with text that must be escaped in every format.
fx add request --from NEWSROOM --to DENVER --received 2020-01-17T10:30 --rule co-cora \
  --subject "<script>alert(1)</script>"
fx respond REQ-2020-0001 --kind acknowledgement --on 2020-01-21
fx add request --from NEWSROOM --to ICE --received 2020-01-21 --rule us-foia \
  --subject 'Records, "quoted" | piped =SUM(1)'
fx add request --from NEWSROOM --to ICE --received 2020-02-20 --rule us-foia --subject "Detainer policy"
fx add request --from NEWSROOM --to DENVER --received 2019-06-03 --rule co-cora --subject "Jail roster, 2019"
fx respond REQ-2019-0001 --kind denial --on 2019-06-05 --note "No such record"
fx add request --from NEWSROOM --to DENVER --received 2019-05-06 --rule co-cora --subject "Old open request"
fx status REQ-2020-0002 withdrawn --on 2020-02-10 --note "Requester withdrew"
