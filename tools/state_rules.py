#!/usr/bin/python3
"""state_rules.py: the public-records deadline rules of the 50 states, DC and
the built-in federal and Colorado rules, as one table.

It writes (never by hand):
  migrations/0011_state_rules.sql   the seed: new rules, every rule's source and
                                    status, every rule version, the jurisdictions
                                    (as first seeded: every state on us-federal)
  migrations/0016_state_rule_calendars.sql (and 0021, 0026, 0029: LINK_STAGES)
                                    each state's rules and jurisdiction linked to its
                                    own holiday calendar (STATE_CALENDARS)
  migrations/0023_state_rule_corrections.sql
                                    CORRECTIONS: seeded values found wrong after 0011
                                    shipped, corrected in databases that hold them
  migrations/0027_state_rule_corrections_2.sql
                                    CORRECTIONS_2: the second stage (after 0023 shipped),
                                    run after 0026
  migrations/0030_state_rule_corrections_3.sql
                                    CORRECTIONS_3: the third stage (after 0027 shipped)
  tests/unit/seed_rules.h           the same rules and versions as C data for the
                                    unit tests (tests/unit/check_seed.sh compares)
  docs/STATES.md (the table between the GENERATED markers)

Run: /usr/bin/python3 tools/state_rules.py   (from the repository root)

Sources and status (issue 14): 'verified' needs the law's words (a legislature's
code, a regulation, an attorney general or state guide) and a second independent
source that agrees; anything less is 'unverified'. Research notes with every
source: docs/STATES.md. effective_from '1000-01-01' means "in force before any
change pubrec records" (the version's start is not recorded); a version with a
real date governs requests whose trigger date is on or after it. Where a change
is known but its date is not, the first version starts on the first date a
dated source shows it in force, so pubrec refuses (rather than guesses) earlier
requests.
"""

import os
import sys

EARLY = "1000-01-01"

# Existing rules (migrations/0003_seed.sql): only source and status are added,
# and one version copying the stored fields (two for ca-cpra). Their numeric
# fields are not changed here (the engine helper owns the extension fields).
EXISTING = {
    "us-foia": ("5 U.S.C. 552(a)(6)(A)-(B) text (jmargolin.com copy of 552 as amended 2007); "
                "DOE SPR FOIA response-times page; USDA 7 CFR 1.6(a) for the 10-day routing "
                "(LAW.md 1.1)", "verified"),
    "us-foia-appeal": ("5 U.S.C. 552(a)(6)(A)(ii), (B)(i) text (jmargolin.com copy); "
                       "18 CFR 701.207, 28 CFR 16.5(c) repeating the 10-working-day extension "
                       "(LAW.md 1.1)", "verified"),
    "us-foia-appeal-window": ("DOJ OIP guidance 'New Requirements for FOIA Response Letters' "
                              "(2016); OIP summary of the FOIA Improvement Act of 2016 "
                              "(LAW.md 1.1)", "verified"),
    "us-foia-expedited": ("Pub. L. 104-231, 110 Stat. 3052 (552(a)(6)(E)(ii)(I)); DOJ OIP "
                          "guidance 'ten-day time period'; FOIA Advisor deadline table "
                          "(LAW.md 1.1)", "verified"),
    "co-cora": ("Colorado Dept. of Law CORA policy (coag.gov); Colorado Dept. of Revenue CORA "
                "page (cdor.colorado.gov/cora); Pueblo West MPRD CORA page (pbmprd.org) "
                "(LAW.md 2.1)", "verified"),
    "co-days": ("C.R.S. 2-4-108 text read at colorado.public.law (LAW.md 4.3); no second "
                "source", "unverified"),
    "co-months": ("C.R.S. 2-4-108(3) text read at colorado.public.law (LAW.md 4.3); no second "
                  "source", "unverified"),
    "frcp-45-objection": ("FRCP 45(d)(2)(B) quoted by Cooper Scully (2020), Laszlo Law and the "
                          "ABA Litigation newsletter; FRCP 6(a) text at laws9.com "
                          "(LAW.md 3.2, 4.1)", "verified"),
    "admin-subpoena": ("AP via LexisNexis 2020-01-16 and Westword (the 2020 Denver return "
                       "date); 8 CFR 287.4 seen in part; which statute the subpoena cites is "
                       "UNSURE (LAW.md 3.1)", "unverified"),
    "ca-cpra": ("Cal. Gov. Code 7922.535 text (leginfo.legislature.ca.gov); Burke Williams & "
                "Sorensen 2022-12-19 and Lozano Smith client news (recodification operative "
                "2023-01-01, no substantive change)", "verified"),
    "ct-foia": ("Conn. Gen. Stat. 1-206(a) text (casetext); MuckRock CT appeal guide; SPLC "
                "Connecticut template; FOI Commission FIC 2014-184", "verified"),
    "ga-ora": ("O.C.G.A. 50-18-71(b)(1)(A) quoted in RCFP Open Government Guide (Georgia) and "
               "the MuckRock Georgia guide (LAW.md 6); Georgia AG 'Red Book' (2014, law of "
               "2012-04-17); Valdosta Daily Times 2019-10-06 (three business days)", "verified"),
    "il-foia": ("5 ILCS 140/3(d)-(e) text (laws9.com); Lee County IL response-times page; "
                "Ill. Admin. Code tit. 2, 1127.401 (law.cornell.edu)", "verified"),
    "ks-kora": ("K.S.A. 45-218(d) text (ksrevisor.org); Kansas AG open records FAQ "
                "(ksag.org: 'no later than the end of the third business day ... Weekends and "
                "holidays are not included'); 'business day' in K.S.A. 45-217", "verified"),
    "la-prl": ("La. R.S. 44:33(B)(1), 44:35 text (legis.la.gov); Louisiana Legislative "
               "Auditor FAQ (LAW.md 6)", "verified"),
    "la-prl-active-use": ("La. R.S. 44:33(B)(1) text (legis.la.gov); Louisiana Legislative "
                          "Auditor FAQ (app.lla.state.la.us: three days exclusive of Saturdays, "
                          "Sundays and legal public holidays)", "verified"),
    "md-pia": ("Md. Code, Gen. Prov. 4-203(a) text (Westlaw, effective 2022-07-01; lexace and "
               "FindLaw copies); COMAR 14.09.16.09 and 09.01.04.05 (30 days)", "verified"),
    "md-pia-notice": ("Md. Code, Gen. Prov. 4-203(b)(2) text (Westlaw, lexace, FindLaw "
                      "copies); COMAR 14.09.16.09 and 09.01.04.05 (10 working days)",
                      "verified"),
    "mi-foia": ("MCL 15.235(1)-(2) text (casetext, current through PA 171 of 2024; Michigan "
                "Legislative Center copy); Michigan AG Op. 7172 (2005-03-17: five consecutive "
                "weekdays other than legal holidays)", "verified"),
    "nh-rtk": ("RSA 91-A:4, IV(b) text (City of Nashua copy, LAW.md 6); Town of Rollinsford "
               "right-to-know page (five business days)", "verified"),
    "nv-npra": ("NRS 239.0107(1) text (instalawyer.io copy); ezel.ai Nevada request template; "
                "MuckRock Nevada guide", "verified"),
    "ny-foil": ("N.Y. Pub. Off. Law 89(3)(a) quoted in Committee on Open Government advisory "
                "opinions AO-19355 (2016) and AO-19644 (2018); Town of Northport FOIL page",
                "verified"),
    "pa-rtkl": ("65 P.S. 67.901 text (casetext copy); 67.902 text (casetext); PA Office of the "
                "Budget RTKL policy (pa.gov 2024-05-23: the day received is not counted); OOR "
                "executive director (openrecordspennsylvania.com 2018-08-06)", "verified"),
    "ri-apra": ("R.I. Gen. Laws 38-2-7(a) text (RI statute page); RI agency regulations and RI "
                "Judiciary page (LAW.md 6)", "verified"),
    "tn-tpra": ("T.C.A. 10-7-503(a)(2)(B) quoted by TCOG (tcog.info FAQ); Williamson County "
                "Sheriff FAQ; TN Comptroller Office of Open Records Counsel forms page",
                "verified"),
    "tx-pia": ("Tex. Gov't Code 552.221 (statute copies, LAW.md 6); City of Southlake PIA page "
               "('promptly ... a reasonable amount of time')", "verified"),
    "tx-pia-ag": ("Tex. Gov't Code 552.301 text (instalawyer.io copy); City of Southlake PIA "
                  "page (AG decision and notice within 10 business days)", "verified"),
    "ut-grama": ("Utah Code 63G-2-204 text (lexace copy); Utah State Archives response-time "
                 "table (LAW.md 6)", "verified"),
    "ut-grama-expedited": ("Utah Code 63G-2-204 text (lexace copy); Utah State Archives "
                           "response-time table (LAW.md 6)", "verified"),
    "va-foia": ("Va. Code 2.2-3704(B) quoted by the Virginia FOIA Advisory Council; locality "
                "FOIA pages (LAW.md 6)", "verified"),
    "vt-pra": ("1 V.S.A. 318(a)(1) text (legislature.vermont.gov, 2024 session); VLCT model "
               "public records policy ('not more than three business days')", "verified"),
    "wa-pra": ("RCW 42.56.520(1) text (legalfix.com and instalawyer.io copies); Lincoln County "
               "WA public records FAQ; City of Shelton FAQ", "verified"),
}

# Versions of existing rules beyond the single copied one.
EXISTING_VERSIONS = {
    "ca-cpra": [
        dict(effective_from=EARLY, citation="Cal. Gov. Code 6253(c)",
             source="Cal. Gov. Code 6253(c) text (AB 527 of 2013 as introduced, leginfo.ca.gov); "
                    "Lozano Smith client news (formerly 6250 et seq.)",
             status="verified",
             note="Before the recodification: 10 days, +14 in unusual circumstances, under "
                  "6253(c)."),
        dict(effective_from="2023-01-01"),
    ],
}


def R(code, name, jur, unit, count, citation, source, status, note, ext_unit="working",
      ext_days=None, max_ext=1, calendar="us-federal", roll="none", versions=None):
    return dict(code=code, name=name, jurisdiction=jur, unit=unit, count=count, ext_unit=ext_unit,
                ext_days=ext_days, max_ext=max_ext, calendar=calendar, roll=roll,
                citation=citation, source=source, status=status, note=note,
                versions=versions or [dict(effective_from=EARLY)])


NOEXT = dict(ext_days=0, max_ext=0)
CAL = "Calendar us-federal until the state calendar lands (see docs/STATES.md)."
PROMPT = "No computed date: the statute sets no number of days."

NEW = [
    # Alabama
    R("al-prl", "Alabama public records law (no statutory period)", "us-al", "none", None,
      "Ala. Code 36-12-40",
      "Alabama Public Radio (wvasfm.org 2023-01-30: the law 'does not provide deadlines'); RCFP "
      "Open Government Guide, Alabama (LAW.md 6)", "verified",
      PROMPT + " Executive-branch state agencies follow Executive Order 734: see al-eo734 and "
      "al-eo734-time-intensive.", **NOEXT),
    R("al-eo734", "Alabama EO 734 standard request (executive branch)", "us-al", "working", 15,
      "Ala. Exec. Order No. 734 (2023-01-26)",
      "Troy Messenger 2023-01-26; The Center Square 2023-01-26 (agencies to comply by "
      "2023-04-26); EO text at publicrecordsrequest.alabama.gov", "verified",
      "A substantive response within 15 business days to a standard request (under 8 hours of "
      "staff time). Executive-branch agencies only; the order was signed 2023-01-26 and gave "
      "agencies until 2023-04-26 to comply. " + CAL, **NOEXT,
      versions=[dict(effective_from="2023-01-26")]),
    R("al-eo734-time-intensive", "Alabama EO 734 time-intensive request", "us-al", "working", 45,
      "Ala. Exec. Order No. 734 (2023-01-26)",
      "Troy Messenger 2023-01-26; The Center Square 2023-01-26", "verified",
      "A request needing 8 or more hours of staff time: the agency offers to narrow it, then "
      "fulfils or denies within 45 business days. " + CAL, **NOEXT,
      versions=[dict(effective_from="2023-01-26")]),
    # Alaska
    R("ak-pra", "Alaska public records response", "us-ak", "working", 10,
      "2 AAC 96.325(a), (d)",
      "2 AAC 96.325 text (casetext/cloudfront copy, current through 2024-10-17); MuckRock "
      "Alaska appeal guide quoting 96.325(a); akpublicrecords.org deadline guide (2026-05-19: "
      "10 working days and one 10-working-day extension, which it cites as AS 40.25.110(b), (d))",
      "verified",
      "By the 10th working day furnish the disclosable records and give reasons for any "
      "withheld; one extension of up to 10 more working days by notice within the first 10. "
      "Fee-notice time is excluded (96.325(c)). Alaska does not observe Columbus Day. " + CAL,
      ext_days=10, max_ext=1),
    # Arizona
    R("az-prl", "Arizona public records law (promptly)", "us-az", "none", None,
      "A.R.S. 39-121.01(D)(1), (E)",
      "RCFP Open Government Guide, Arizona V.B (Phoenix New Times, 217 Ariz. 533); MuckRock "
      "Arizona guide ('no statutorily-specific number of days')", "verified",
      PROMPT + " Records must be furnished 'promptly'; access is deemed denied if the custodian "
      "fails to respond promptly (39-121.01(E)).", **NOEXT),
    # Arkansas
    R("ar-foia", "Arkansas FOIA (immediately)", "us-ar", "none", None, "Ark. Code 25-19-105(e)",
      "SPLC Arkansas template; Arkansas AG consumer alert (McDaniel, 2009)", "verified",
      PROMPT + " Records are available immediately; if in active use or storage, see "
      "ar-foia-active-use.", **NOEXT),
    R("ar-foia-active-use", "Arkansas FOIA: record in active use or storage", "us-ar", "working",
      3, "Ark. Code 25-19-105(e)",
      "SPLC Arkansas template ('within three working days'); Arkansas AG consumer alert "
      "(McDaniel, 2009: 'three working days')", "verified",
      "When the record is in active use or storage, the custodian sets a date and hour within 3 "
      "working days. " + CAL, **NOEXT),
    # Colorado CCJRA
    R("co-ccjra", "Colorado Criminal Justice Records Act (no statutory period)", "us-co", "none",
      None, "C.R.S. 24-72-301 to -309",
      "Denver District Attorney records page (denverda.org: CORA times 'not applicable'); no "
      "second source found", "unverified",
      PROMPT + " No response period was found in the CCJRA; release of records other than "
      "official actions is at the custodian's discretion (24-72-304(1)). Some agencies apply "
      "CORA's 3 working days to combined requests: use co-cora for those.", **NOEXT,
      calendar="us-co"),
    # Delaware
    R("de-foia", "Delaware FOIA response", "us-de", "working", 15, "29 Del. C. 10003(h)(1)",
      "Town of Little Creek FOIA page; Delaware AG opinion 25-IB62 (2025-12-15, via ezel.ai "
      "summary)", "verified",
      "Within 15 business days provide access, deny, or say more time is needed (voluminous "
      "records, storage, legal advice). The statute caps no extension: give --days. " + CAL),
    # District of Columbia
    R("dc-foia", "District of Columbia FOIA response", "us-dc", "working", 15,
      "D.C. Code 2-532(c)-(d)",
      "DC Mayor's Office of Open Government (open-dc.gov/FOIA_COVID19_2021LAW: 15 business "
      "days, +10); 15 DCMR 702 (15 days excluding weekends and legal holidays, +10)",
      "verified",
      "15 business days; one extension of up to 10 business days in unusual circumstances. "
      "Requests of 2020-03-11 to 2021-01-15 were tolled by the COVID-19 emergency law (not "
      "modelled). " + CAL, ext_days=10, max_ext=1),
    R("dc-foia-bwc", "District of Columbia FOIA: body-worn camera recordings", "us-dc", "working",
      25, "D.C. Code 2-532(c)",
      "DC Mayor's Office of Open Government (open-dc.gov: 25 business days, +15); ezel.ai DC "
      "FOIA template and New Brightwoodian 2016 (25 days, no extension number)", "unverified",
      "MPD body-worn camera recordings: 25 business days (two sources), +15 (one source). " + CAL, ext_days=15, max_ext=1),
    # Florida
    R("fl-prl", "Florida Public Records Act (reasonable time)", "us-fl", "none", None,
      "Fla. Stat. 119.07(1)(a), (c); Tribune Co. v. Cannella, 458 So. 2d 1075 (Fla. 1984)",
      "City of Pensacola public records FAQ; Florida AG Government-in-the-Sunshine Manual "
      "(quoted by whitespringsjournal.com 2021)", "verified",
      PROMPT + " The only delay allowed is the reasonable time to retrieve the record and "
      "redact exempt parts.", **NOEXT),
    # Hawaii
    R("hi-uipa", "Hawaii UIPA: record public in its entirety", "us-hi", "working", 10,
      "HAR 2-71-13(a)",
      "HAR 2-71-13 text (law.cornell.edu); Office of Information Practices quick guide "
      "(ags.hawaii.gov/oip)", "verified",
      "Disclose within a reasonable time not to exceed 10 business days. Partly public records: "
      "see hi-uipa-notice. " + CAL, **NOEXT),
    R("hi-uipa-notice", "Hawaii UIPA: notice for a record to be segregated", "us-hi", "working",
      10, "HAR 2-71-13(b)",
      "HAR 2-71-13 text (law.cornell.edu); Office of Information Practices quick guide",
      "verified",
      "Notice within 10 business days, then disclosure within 5 business days after the notice "
      "(or the prepayment): compute that from the notice date. In extenuating circumstances see "
      "hi-uipa-extenuating. " + CAL, **NOEXT),
    R("hi-uipa-extenuating", "Hawaii UIPA: notice in extenuating circumstances", "us-hi",
      "working", 20, "HAR 2-71-13(c), 2-71-15",
      "HAR 2-71-13(c) text (law.cornell.edu); the OIP quick guide seen was cut off before the "
      "number", "unverified",
      "With a written acknowledgment within 10 business days, the notice may follow within a "
      "reasonable time not to exceed 20 business days after receipt. " + CAL, **NOEXT),
    # Idaho
    R("id-pra", "Idaho Public Records Act response", "us-id", "working", 3,
      "Idaho Code 74-103(1)-(2)",
      "Idaho State Controller public records policy (sco.idaho.gov: 3 working days, up to 10); "
      "Idaho DEQ public records FAQ (3 working days, 7 more by extension letter, deemed denied "
      "after 10); 2005 H0061 text quoting 9-339(1). All cite 9-339, before the 2015 "
      "recodification; the current 74-103 text was not read", "unverified",
      "3 working days; when a longer period is needed, written notice and the records within 10 "
      "working days of the request (the extension of 7 more). A 2025 bill (residents 3 working "
      "days, non-residents 21 days) was found only as a summary; whether it was enacted is not "
      "known. " + CAL, ext_days=7, max_ext=1),
    # Indiana
    R("in-apra", "Indiana APRA: written request by mail, fax or email", "us-in", "calendar", 7,
      "IC 5-14-3-9(c)",
      "IC 5-14-3-9 text (lawserver.com: 'seven (7) days have elapsed from the date the public "
      "agency receives the request'); HSPA Q&A 2011-12-12; Indiana Archives bulletin quoting the "
      "Public Access Counselor", "unverified",
      "No response within 7 days of receipt is a denial. The statute says 'days': sources "
      "disagree whether they are calendar (Town of Andrews code) or business days (MuckRock), "
      "so the rule is unverified and counts calendar days (the earlier date). An in-person or "
      "phone request is denied after 24 hours (not modelled). The response is an acknowledgment, "
      "not production.", **NOEXT, calendar="us-federal"),
    # Iowa
    R("ia-ora", "Iowa Open Records Law (no statutory period)", "us-ia", "none", None,
      "Iowa Code 22.8(4)",
      "Iowa Public Information Board advisory opinion 22AO:0004 (2022-08-18: chapter 22 'is "
      "silent as to the time for response'); Iowa AG Sunshine Advisory, August 2005",
      "verified",
      PROMPT + " A good-faith delay to decide whether a confidential record may be released: see "
      "ia-ora-delay.", **NOEXT),
    R("ia-ora-delay", "Iowa: good-faith delay to decide on a confidential record", "us-ia",
      "calendar", 20, "Iowa Code 22.8(4)(d)",
      "IPIB advisory opinion 22AO:0004 and IPIB column 2018-03-20 (statute quoted); Iowa AG "
      "Sunshine Advisory, August 2005", "verified",
      "The delay shall not exceed 20 calendar days and ordinarily should not exceed 10 business "
      "days; the Iowa Supreme Court does not read it as a deadline to produce voluminous "
      "records.", **NOEXT),
    # Kentucky
    R("ky-ora", "Kentucky Open Records Act response", "us-ky", "working", 5, "KRS 61.880(1)",
      "Mondaq 2021-06-22 (HB 312 effective 2021-06-29); Kentucky AG advisory on HB 312 "
      "(five business days after 2021-06-29); Kentucky League of Cities (Saturdays, Sundays and "
      "legal holidays excluded; it says effective June 28)", "verified",
      "5 business days (HB 312, 2021; residents of Kentucky only since then). The COVID-19 "
      "10-day period of SB 150 (2020) is not modelled. " + CAL,
      versions=[
          dict(effective_from=EARLY, count=3, citation="KRS 61.880(1) (before 2021 HB 312)",
               source="Mondaq 2021-06-22 and Kentucky AG advisory on HB 312 ('three business "
                      "days' before); Kentucky League of Cities", status="verified",
               note="3 business days before HB 312."),
          dict(effective_from="2021-06-29"),
      ]),
    # Maine
    R("me-foaa", "Maine FOAA acknowledgment", "us-me", "working", 5, "1 M.R.S. 413(1), 408-A(3)",
      "1 M.R.S. 413 text (instalawyer.io copy, as amended PL 2015 c. 317); Town of Acton FOAA "
      "page", "verified",
      "Acknowledge within 5 working days with a good-faith estimate of when the response will be "
      "complete; the statute sets no limit on the response itself. LD 152 (2025) would add a "
      "30-day limit: its outcome is not known. " + CAL, **NOEXT),
    # Massachusetts
    R("ma-prl", "Massachusetts Public Records Law response", "us-ma", "working", 10,
      "G.L. c. 66, 10(a)-(c); 950 CMR 32.06",
      "Secretary of the Commonwealth, petitions page (sec.state.ma.us: initial response within "
      "10 business days; extensions of 20 business days for agencies, 30 for municipalities, "
      "'or longer'); Anderson & Kreiger 2017-01-05; Harrington Heep on the 2022 Guide",
      "verified",
      "10 business days from receipt (the count starts the next business day, 950 CMR 32.03(3) "
      "as amended 2021-06-11). Further time only by petition to the Supervisor of Records: no "
      "fixed cap, give --days. In force from 2017-01-01 (St. 2016, c. 121); the older law is not "
      "modelled. " + CAL, versions=[dict(effective_from="2017-01-01")]),
    # Minnesota
    R("mn-dpa", "Minnesota Data Practices Act (prompt)", "us-mn", "none", None,
      "Minn. Stat. 13.03, subd. 2(a)",
      "Minn. Stat. 13.03 text (instalawyer.io copy); Minnesota DEED data practices guide ('as "
      "soon as reasonably possible')", "verified",
      PROMPT + " Requests are complied with 'in an appropriate and prompt manner'. The 10 "
      "business days for data subjects (13.04) was not verified and is not seeded.", **NOEXT),
    # Mississippi
    R("ms-pra", "Mississippi Public Records Act response", "us-ms", "working", 7,
      "Miss. Code 25-61-5(1)",
      "Office of the State Auditor Q&A on the 2010 amendment (osa.ms.gov); Miss. Admin. Code "
      "28-301-9.5 (State Port Authority) and 32-101-5.2 (Industries for the Blind)",
      "verified",
      "Produce or deny within 7 working days; with a written explanation, no later than 14 "
      "working days from receipt unless the parties agree (the extension of 7 more). From "
      "2010-07-01. " + CAL, ext_days=7, max_ext=1,
      versions=[dict(effective_from="2010-07-01")]),
    # Missouri
    R("mo-sunshine", "Missouri Sunshine Law response", "us-mo", "working", 3, "RSMo 610.023.3",
      "MoDOT Sunshine FAQ (statute paraphrased); Missouri AG 'Top 10 things' (via "
      "missouri911da.org); St. Louis Special School District page", "verified",
      "No later than the end of the 3rd business day after the custodian receives the request; "
      "if access is not immediate, explain the delay and give the earliest date and time (no "
      "cap: give --days). " + CAL),
    # Montana
    R("mt-prl", "Montana public information request (timely manner)", "us-mt", "none", None,
      "Mont. Code 2-6-1006(2)",
      "MCA 2025 2-6-1006 text (archive.legmt.gov); Montana Transparency Project timeline page",
      "verified",
      PROMPT + " Agencies other than the executive branch respond 'in a timely manner'. "
      "Executive-branch agencies have newer fixed periods (5 business days to acknowledge, then "
      "5 business days or 90 days) that were confirmed by one source only and are not seeded.",
      **NOEXT),
    # Nebraska
    R("ne-prl", "Nebraska public records response", "us-ne", "working", 4,
      "Neb. Rev. Stat. 84-712(4)",
      "MuckRock Nebraska guide quoting the statute ('not more than four business days after "
      "actual receipt'); RCFP Open Government Guide, Nebraska (four-day period of the 2000 "
      "amendments); PEER Nebraska page", "verified",
      "Within 4 business days after actual receipt of a written request: access, denial, or a "
      "written explanation of the delay with the earliest practicable date (no cap: give "
      "--days). " + CAL),
    # New Jersey
    R("nj-opra", "New Jersey OPRA response", "us-nj", "working", 7, "N.J.S.A. 47:1A-5(i)",
      "N.J.A.C. 5:3-1.7 (law.cornell.edu: 'within seven business days'); NJ Government "
      "Records Council (LAW.md 6)", "verified",
      "Grant or deny within 7 business days; no answer is a deemed denial. P.L. 2024, c. 16 "
      "(effective 2024-09-03) gives longer periods to commercial requests (not seeded: the "
      "number was not verified). " + CAL),
    # New Mexico
    R("nm-ipra", "New Mexico IPRA inspection", "us-nm", "calendar", 15, "NMSA 14-2-8(D), 14-2-10",
      "NM Regulation and Licensing Dept. IPRA page ('fifteen (15) calendar days'); PEER New "
      "Mexico page (statute quoted); Village of Corrales IPRA page", "verified",
      "Permit inspection immediately or as soon as practicable, not later than 15 days after "
      "receiving the written request. If excessively burdensome, an additional reasonable "
      "period (notice within the 15 days; no cap: give --days). See nm-ipra-ack.", roll="none",
      ext_unit="calendar"),
    R("nm-ipra-ack", "New Mexico IPRA: written explanation if not within 3 days", "us-nm",
      "working", 3, "NMSA 14-2-8(D)",
      "NM Regulation and Licensing Dept. IPRA page; PEER New Mexico page; Village of Corrales "
      "IPRA page", "verified",
      "If inspection is not permitted within 3 business days, explain in writing when the "
      "records will be available. " + CAL, **NOEXT),
    # North Carolina
    R("nc-prl", "North Carolina Public Records Law (as promptly as possible)", "us-nc", "none",
      None, "N.C.G.S. 132-6(a)",
      "N.C.G.S. 132-6 text (laws9.com); NC State Board of Elections records FAQ", "verified",
      PROMPT + " Copies are furnished 'as promptly as possible'.", **NOEXT),
    # North Dakota
    R("nd-orl", "North Dakota open records (reasonable time)", "us-nd", "none", None,
      "N.D.C.C. 44-04-18",
      "Project Paper Trail North Dakota guide ('reasonable time'); N.D.A.G. 2023-O-06 "
      "(2023-11-20, via ezel.ai summary)", "verified",
      PROMPT + " Records are provided within a reasonable time (Attorney General opinions).",
      **NOEXT),
    # Ohio
    R("oh-pra", "Ohio Public Records Act (promptly)", "us-oh", "none", None,
      "Ohio Rev. Code 149.43(B)(1)",
      "Ohio Court of Claims FAQ (statute quoted); LegalClarity on Ohio's reasonable time",
      "verified",
      PROMPT + " Inspection 'promptly', copies 'within a reasonable period of time'.", **NOEXT),
    # Oklahoma
    R("ok-ora", "Oklahoma Open Records Act (prompt, reasonable access)", "us-ok", "none", None,
      "51 O.S. 24A.5",
      "Public Radio Tulsa / AP (Sunshine Week); McAlester News-Capital 2021-03-14 (Oklahoma "
      "Press Association)", "verified",
      PROMPT + " 'Prompt, reasonable access'. HB 2095 (2025) proposed 30 business days: "
      "whether it was enacted is not known.", **NOEXT),
    # Oregon
    R("or-prl-ack", "Oregon public records acknowledgment", "us-or", "working", 5,
      "ORS 192.324",
      "OAR 658-050-0030 (law.cornell.edu, same periods); Oregon public records e-book "
      "(oregonlitigationattorney.com); Evergreen Fire page", "verified",
      "Acknowledge (or complete) within 5 business days. " + CAL, **NOEXT),
    R("or-prl", "Oregon public records: complete or estimate", "us-or", "working", 15,
      "ORS 192.324, 192.329",
      "OAR 658-050-0030 (law.cornell.edu: 10 business days after the acknowledgment is due); "
      "Oregon public records e-book (oregonlitigationattorney.com); Evergreen Fire page",
      "verified",
      "Complete the response, or give a written estimate, not later than 10 business days after "
      "the date the acknowledgment is due (15 business days after receipt). Exceptions for "
      "unavailable staff and volume; the response must still come 'as soon as practicable and "
      "without unreasonable delay'. " + CAL),
    # South Carolina
    R("sc-foia", "South Carolina FOIA determination", "us-sc", "working", 10,
      "S.C. Code 30-4-30(C)",
      "Municipal Association of SC (masc.sc/node/1169 and Uptown, March 2020 and April 2025); "
      "SC Press Association guide, May 2017", "verified",
      "Determination within 10 business days (20 for records more than 24 months old: see "
      "sc-foia-old-records); the records within 30 calendar days of the determination (35 if "
      "older). The 2017 amendment (H.3352) cut 15 days to 10; its exact effective date was not "
      "confirmed, so pubrec applies this rule only from 2020-03-01, the date of a source showing "
      "it in force, and refuses earlier requests. " + CAL, **NOEXT,
      versions=[dict(effective_from="2020-03-01")]),
    R("sc-foia-old-records", "South Carolina FOIA: records over 24 months old", "us-sc",
      "working", 20, "S.C. Code 30-4-30(C)",
      "Municipal Association of SC (masc.sc/node/1169; Uptown, March 2020)", "verified",
      "20 business days to determine a request for records more than 24 months old (35 "
      "calendar days to produce after the determination). From 2020-03-01 in pubrec (see "
      "sc-foia). " + CAL, **NOEXT, versions=[dict(effective_from="2020-03-01")]),
    # South Dakota
    R("sd-prl", "South Dakota written records request", "us-sd", "working", 10,
      "SDCL 1-27-37(1)",
      "SDCL 1-27-37 text (instalawyer.io copy); the official sdlegislature.gov copy and the SD "
      "Office of Hearing Examiners page were seen without the number", "unverified",
      "Respond promptly, no later than 10 business days from receipt: provide, deny, or "
      "acknowledge with an estimate. Applies to the written request that follows an informal "
      "one. " + CAL),
    # West Virginia
    R("wv-foia", "West Virginia FOIA response", "us-wv", "working", 5, "W. Va. Code 29B-1-3",
      "RCFP Open Government Guide, West Virginia (statute quoted); MuckRock West Virginia guide "
      "(statute quoted); W. Va. Code R. 81-7-5 (State Police: 5 working days)", "verified",
      "As soon as practicable but within 5 days not including Saturdays, Sundays or legal "
      "holidays: furnish copies, say when to inspect, or deny. " + CAL, **NOEXT),
    # Wisconsin
    R("wi-prl", "Wisconsin public records law (as soon as practicable)", "us-wi", "none", None,
      "Wis. Stat. 19.35(4)(a)",
      "Town Counsel Law & Litigation (Wis. Stat. 19.35(4)); Village of Poynette open records "
      "page", "verified",
      PROMPT + " 'As soon as practicable and without delay'; DOJ treats 10 working days as a "
      "rule of thumb for simple requests (not law).", **NOEXT),
    # Wyoming
    R("wy-pra", "Wyoming Public Records Act release", "us-wy", "calendar", 30,
      "Wyo. Stat. 16-4-202(c)(iii)",
      "Smarsh Wyoming PRA guide ('released within 30 calendar days'); civics307.com on SF0049 "
      "(current 30 calendar days from the date of acknowledgment); casetext 16-4-202 (current "
      "through the 2024 session) cut off before the number", "verified",
      "Release not later than 30 calendar days from the date of acknowledged receipt: enter the "
      "acknowledgment date as the received date. SF0049 (26LSO-0051, 2026) would have cut this "
      "to 10 days from 2026-07-01 but did not pass (keepinglawsimple.org: last action "
      "2026-02-09). When the 30-day period began was not confirmed, so pubrec applies it from "
      "2025-01-01 only.", **NOEXT, versions=[dict(effective_from="2025-01-01")]),
    R("wy-pra-notice", "Wyoming: notice that records are unavailable or in use", "us-wy",
      "working", 7, "Wyo. Stat. 16-4-202(b), (c)(i)",
      "Wyo. Stat. 16-4-202 text (casetext, current through the 2024 session; Counsel Stack "
      "copy)", "verified",
      "Notify the applicant within 7 business days from the date of acknowledged receipt when "
      "the records are held elsewhere or are in active use or storage. From 2025-01-01 in pubrec "
      "(see wy-pra). " + CAL, **NOEXT, versions=[dict(effective_from="2025-01-01")]),
]

# Jurisdictions: code, name, default rule for a request to an agency in it.
STATES = [
    ("us-al", "Alabama", "al-prl"), ("us-ak", "Alaska", "ak-pra"), ("us-az", "Arizona", "az-prl"),
    ("us-ar", "Arkansas", "ar-foia"), ("us-ca", "California", "ca-cpra"),
    ("us-co", "Colorado", "co-cora"), ("us-ct", "Connecticut", "ct-foia"),
    ("us-de", "Delaware", "de-foia"), ("us-dc", "District of Columbia", "dc-foia"),
    ("us-fl", "Florida", "fl-prl"), ("us-ga", "Georgia", "ga-ora"), ("us-hi", "Hawaii", "hi-uipa"),
    ("us-id", "Idaho", "id-pra"), ("us-il", "Illinois", "il-foia"), ("us-in", "Indiana", "in-apra"),
    ("us-ia", "Iowa", "ia-ora"), ("us-ks", "Kansas", "ks-kora"), ("us-ky", "Kentucky", "ky-ora"),
    ("us-la", "Louisiana", "la-prl"), ("us-me", "Maine", "me-foaa"),
    ("us-md", "Maryland", "md-pia"), ("us-ma", "Massachusetts", "ma-prl"),
    ("us-mi", "Michigan", "mi-foia"), ("us-mn", "Minnesota", "mn-dpa"),
    ("us-ms", "Mississippi", "ms-pra"), ("us-mo", "Missouri", "mo-sunshine"),
    ("us-mt", "Montana", "mt-prl"), ("us-ne", "Nebraska", "ne-prl"), ("us-nv", "Nevada", "nv-npra"),
    ("us-nh", "New Hampshire", "nh-rtk"), ("us-nj", "New Jersey", "nj-opra"),
    ("us-nm", "New Mexico", "nm-ipra"), ("us-ny", "New York", "ny-foil"),
    ("us-nc", "North Carolina", "nc-prl"), ("us-nd", "North Dakota", "nd-orl"),
    ("us-oh", "Ohio", "oh-pra"), ("us-ok", "Oklahoma", "ok-ora"), ("us-or", "Oregon", "or-prl"),
    ("us-pa", "Pennsylvania", "pa-rtkl"), ("us-ri", "Rhode Island", "ri-apra"),
    ("us-sc", "South Carolina", "sc-foia"), ("us-sd", "South Dakota", "sd-prl"),
    ("us-tn", "Tennessee", "tn-tpra"), ("us-tx", "Texas", "tx-pia"), ("us-ut", "Utah", "ut-grama"),
    ("us-vt", "Vermont", "vt-pra"), ("us-va", "Virginia", "va-foia"),
    ("us-wa", "Washington", "wa-pra"), ("us-wv", "West Virginia", "wv-foia"),
    ("us-wi", "Wisconsin", "wi-prl"), ("us-wy", "Wyoming", "wy-pra"),
]
# The calendar each jurisdiction had in 0010 (before its state calendar was linked).
JURISDICTIONS_0010 = [("us", "United States (federal agencies)", "us-foia", "us-federal")] + [
    (c, n, r, "us-co" if c == "us-co" else "us-federal") for c, n, r in STATES]

# State holiday calendars built in (migrations/0009_state_calendars.sql, 0014 and later;
# docs/CALENDARS.md). A state's rules and its jurisdiction count on its calendar;
# 0016_state_rule_calendars.sql links them. The Texas Public Information Act's rules
# (tx-pia*) count on us-tx-pia: Tex. Gov't Code 552.0031 makes every 662.003 state
# holiday a non-business day for the Act, skeleton-crew days included.
LINK_STAGES = [
    # 0016_state_rule_calendars.sql links the calendars of 0009 and 0015. It is in
    # databases already: never add to this set (that would change a shipped migration).
    ("migrations/0016_state_rule_calendars.sql", {
        "us-ak", "us-ca", "us-ct", "us-dc", "us-de", "us-fl", "us-hi", "us-ia", "us-id",
        "us-il", "us-me", "us-mn", "us-mo", "us-mt", "us-nd", "us-nv", "us-ny", "us-or",
        "us-ri", "us-sd", "us-tx", "us-va", "us-wa", "us-ma", "us-wi",
    }),
    # 0021_more_state_rule_calendars.sql links the calendars of 0018-0020 (the rest of
    # the states); add a state here when its calendar migration lands.
    ("migrations/0021_more_state_rule_calendars.sql", {
        "us-md", "us-ms", "us-ne", "us-nh", "us-nj",
        "us-oh", "us-ok", "us-sc", "us-tn", "us-ut", "us-vt", "us-wv", "us-wy",
        "us-al", "us-ar", "us-az", "us-ga", "us-in", "us-ky",
    }),
    # 0026_state_rule_calendars_3.sql links the calendars built after 0021 shipped
    # (0024, 0025). It runs after 0023's corrections.
    ("migrations/0026_state_rule_calendars_3.sql", {
        "us-mi", "us-nc",
        "us-ks", "us-la",
    }),
    # 0029_state_rule_calendars_4.sql links the calendars of 0028 (New Mexico and
    # Pennsylvania, the last two states). It runs after 0027's corrections.
    ("migrations/0029_state_rule_calendars_4.sql", {
        "us-nm", "us-pa",
    }),
]
STATE_CALENDARS = set().union(*(cals for _p, cals in LINK_STAGES))
PIA_CALENDAR = "us-tx-pia"
# K.S.A. 45-217(a): a KORA business day is not a holiday of Congress, the legislature or
# the Governor, so ks-kora counts on us-ks plus us-federal (0025), not on us-ks alone.
KORA_CALENDAR = "us-ks-kora"


def linked_calendar(code, jurisdiction, calendar, cals=None):
    """The calendar a rule counts on once its state's calendar (in cals) is linked."""
    cals = STATE_CALENDARS if cals is None else cals
    if jurisdiction == "us-tx" and code.startswith("tx-pia") and "us-tx" in cals:
        return PIA_CALENDAR
    if jurisdiction == "us-ks" and code == "ks-kora" and "us-ks" in cals:
        return KORA_CALENDAR
    if jurisdiction in cals:
        return jurisdiction
    return calendar


JURISDICTIONS = [(c, n, r, linked_calendar("", c, cal)) for c, n, r, cal in JURISDICTIONS_0010]

# The sentences of a rule note that spoke of us-federal as a stand-in, replaced once
# the state's calendar is linked.
STAND_INS = [CAL, "Calendar us-federal is an approximation (California holidays differ)."] + [
    "Calendar us-federal approximates %s holidays." % n for _c, n, _r in STATES]


def linked_note(note, calendar):
    if note is None:
        return None
    if calendar == PIA_CALENDAR:
        say = ("Counts on calendar us-tx-pia: for the Act a business day is not a national or "
               "state holiday of 662.003 (552.0031), skeleton-crew days included "
               "(docs/CALENDARS.md).")
    elif calendar == KORA_CALENDAR:
        old = ": us-federal is an approximation."
        say = (": calendar us-ks-kora counts the first three (us-federal and us-ks, "
               "docs/CALENDARS.md); a subdivision's own are closures.")
        return note.replace(old, say) if old in note else note
    else:
        say = "Counts on calendar %s, %s own holidays (docs/CALENDARS.md)." % (
            calendar, "the District's" if calendar == "us-dc" else "the state's")
    for s in STAND_INS:
        if s in note:
            return note.replace(s, say)
    return note

# Corrections of seeded values found after 0011 shipped (migrations/
# 0023_state_rule_corrections.sql). 0011 and 0016 are in databases already and
# keep writing the seeded values; seed_rules.h and docs/STATES.md show the
# corrected ones. Each row: rule code, field, the value 0011 seeded, the
# corrected value, and the citation and sources for the change. A note is given
# as 0011 wrote it: the generator puts both values through the calendar link of
# 0016/0021 (linked_note), as a database holds them. A change of the law on a
# date is not a correction: it is a new version in NEW or EXISTING_VERSIONS.
# Fields: ext_days, max_ext, ext_unit, citation, note (what 'rule set' edits),
# source and status (which it does not; it sets status 'unverified' on any edit,
# so a status correction also needs the row to still agree with its latest
# version, i.e. unedited), and effective_from (a version's start, rule_version
# only).
UNICOURT = ("the state's code as published, in Public.Resource.Org's public-domain HTML "
            "(github.com/UniCourt/cic-code-%s, %s)")
RI_APRA_WHY = ("R.I. Gen. Laws 38-2-3(e) text (" + UNICOURT % ("ri", "release 74, 2022-11") +
               "): 'the public body may have up to an additional twenty (20) business days to "
               "comply with the request if it can demonstrate that the voluminous nature of the "
               "request, the number of requests for records pending, or the difficulty in "
               "searching for and retrieving or copying the requested records, is such that "
               "additional time is necessary'; 38-2-7(b) (webserver.rilegislature.gov) refers the "
               "good-cause extension to 38-2-3(e). Second sources: RI Attorney General (ri.gov "
               "press release on Kelly & Mancini v. Town of Warren, PR 14-19B: 'an additional 20 "
               "business days, for a total of 30'); RI Judiciary APRA page; 280-RICR-10-00-1.6(D)")
VT_PRA_WHY = ("1 V.S.A. 318(b)(5) text (" + UNICOURT % ("vt", "release 85, 2022-07") + "): in "
              "unusual circumstances the time limits 'may be extended by written notice ... No "
              "such notice shall specify a date that would result in an extension for more than "
              "ten business days from receipt of the request': the 3 business days of 318(a)(1) "
              "and 7 more. One source for the cap (the 2024 legislature.vermont.gov copy was "
              "read only to 318(b)(2)); the older text (vermont-archives.org) had the same kind "
              "of cap")
CO_2_4_108_WHY = ("C.R.S. 2-4-108 read in three copies that agree word for word: "
                  "colorado.public.law (from the official leg.colorado.gov CRS 2023 title 2 PDF), "
                  "legalfix.com (CO Rev Stat 2-4-108 (2018)) and " +
                  UNICOURT % ("co", "release 80") + ". The rule is the statute's own "
                  "computation, so the statute's text is the law's word and the other copies the "
                  "second source")
DC_BWC_WHY = ("D.C. Code 2-532(c)(2)(A) and (d)(1) text (the Council's codified XML, "
              "github.com/DCCouncil/law-xml, dc/council/code/titles/2/sections/2-532.xml): 25 "
              "days except Saturdays, Sundays and legal public holidays for an MPD body-worn "
              "camera recording; in unusual circumstances an extension by written notice that "
              "'shall not exceed ... 15 days (except Saturdays, Sundays, and legal public "
              "holidays)'. Agrees with the DC Mayor's Office of Open Government (open-dc.gov: 25 "
              "business days, 15-business-day extension). (c)(2) was added by D.C. Law 21-83, "
              "effective 2016-03-09: the note says so, but the version is not moved to start "
              "then, since an open matter dated earlier would then fail its recomputation")
ID_PRA_WHY = ("Idaho Code 74-103 text (" + UNICOURT % ("id", "release 70, 2020") + "): grant "
              "or deny 'within three (3) working days'; if a longer period is needed, notice in "
              "writing and the records 'no later than ten (10) working days following the "
              "person's request'; one section, no subsections")
CORRECTIONS = [
    dict(code="ri-apra", field="ext_days", seeded=None, corrected=20, why=RI_APRA_WHY),
    dict(code="ri-apra", field="note",
         seeded="10 business days. A good-cause extension of up to 20 business days is from "
                "secondary sources only, so it is not seeded (give --days when extending). "
                "Calendar us-federal approximates Rhode Island holidays.",
         corrected="10 business days; with a written explanation, up to 20 business days more "
                   "where the volume of the request, the requests pending or the difficulty of "
                   "the search make it necessary (R.I. Gen. Laws 38-2-3(e), 38-2-7(b)): pubrec "
                   "extend allows at most 20 working days. Calendar us-federal approximates Rhode "
                   "Island holidays.",
         why=RI_APRA_WHY),
    dict(code="ri-apra", field="source",
         seeded="R.I. Gen. Laws 38-2-7(a) text (RI statute page); RI agency regulations and RI "
                "Judiciary page (LAW.md 6)",
         corrected="R.I. Gen. Laws 38-2-3(e) text (UniCourt/cic-code-ri, release 74) and 38-2-7 "
                   "text (webserver.rilegislature.gov); RI Attorney General (ri.gov press "
                   "release, PR 14-19B), RI Judiciary APRA page, 280-RICR-10-00-1.6(D), URI "
                   "public records FAQ (the +20 business days). 38-2-7's history ends with P.L. "
                   "2012, ch. 448; the older text was not read",
         why=RI_APRA_WHY),
    dict(code="vt-pra", field="ext_days", seeded=None, corrected=7, why=VT_PRA_WHY),
    dict(code="vt-pra", field="note",
         seeded="Promptly, and within 3 business days. An extension of up to 10 business days in "
                "unusual circumstances is from an older text (secondary), so it is not seeded. "
                "Calendar us-federal approximates Vermont holidays.",
         corrected="Promptly, and within 3 business days. In unusual circumstances (records held "
                   "elsewhere, a voluminous request, consultation) a written notice may extend "
                   "the time to no more than 10 business days from receipt (1 V.S.A. "
                   "318(b)(5)): pubrec extend allows at most 7 working days. Calendar us-federal "
                   "approximates Vermont holidays.",
         why=VT_PRA_WHY),
    dict(code="vt-pra", field="source",
         seeded="1 V.S.A. 318(a)(1) text (legislature.vermont.gov, 2024 session); VLCT model "
                "public records policy ('not more than three business days')",
         corrected="1 V.S.A. 318(a)(1) text (legislature.vermont.gov, 2024 session); VLCT model "
                   "public records policy ('not more than three business days'); 318(b)(5) text "
                   "(UniCourt/cic-code-vt, release 85, 2022-07: no extension 'for more than ten "
                   "business days from receipt of the request'; one source for the cap)",
         why=VT_PRA_WHY),
    dict(code="co-days", field="status", seeded="unverified", corrected="verified",
         why=CO_2_4_108_WHY),
    dict(code="co-days", field="source",
         seeded="C.R.S. 2-4-108 text read at colorado.public.law (LAW.md 4.3); no second source",
         corrected="C.R.S. 2-4-108(1)-(2) text at colorado.public.law (LAW.md 4.3; from the "
                   "official CRS 2023 title 2 PDF), at legalfix.com (CO Rev Stat 2-4-108 (2018)) "
                   "and in UniCourt/cic-code-co (release 80): the same words",
         why=CO_2_4_108_WHY),
    dict(code="co-months", field="status", seeded="unverified", corrected="verified",
         why=CO_2_4_108_WHY),
    dict(code="co-months", field="source",
         seeded="C.R.S. 2-4-108(3) text read at colorado.public.law (LAW.md 4.3); no second "
                "source",
         corrected="C.R.S. 2-4-108(2)-(3) text at colorado.public.law (LAW.md 4.3; from the "
                   "official CRS 2023 title 2 PDF), at legalfix.com (CO Rev Stat 2-4-108 (2018)) "
                   "and in UniCourt/cic-code-co (release 80): the same words",
         why=CO_2_4_108_WHY),
    dict(code="dc-foia-bwc", field="status", seeded="unverified", corrected="verified",
         why=DC_BWC_WHY),
    dict(code="dc-foia-bwc", field="citation", seeded="D.C. Code 2-532(c)",
         corrected="D.C. Code 2-532(c)(2)(A), (d)(1)", why=DC_BWC_WHY),
    dict(code="dc-foia-bwc", field="source",
         seeded="DC Mayor's Office of Open Government (open-dc.gov: 25 business days, +15); "
                "ezel.ai DC FOIA template and New Brightwoodian 2016 (25 days, no extension "
                "number)",
         corrected="D.C. Code 2-532(c)(2)(A), (d)(1) text (DC Council codified XML, "
                   "github.com/DCCouncil/law-xml: 25 days and at most 15 more, Saturdays, "
                   "Sundays and legal public holidays excepted); DC Mayor's Office of Open "
                   "Government (open-dc.gov: 25 business days, +15); New Brightwoodian 2016 (25 "
                   "days)",
         why=DC_BWC_WHY),
    dict(code="dc-foia-bwc", field="note",
         seeded="MPD body-worn camera recordings: 25 business days (two sources), +15 (one "
                "source). " + CAL,
         corrected="MPD body-worn camera recordings: 25 business days; in unusual circumstances "
                   "(a voluminous request, consultation, no redaction vendor) one written "
                   "extension of at most 15 business days (D.C. Code 2-532(c)(2)(A), (d)). The "
                   "provision dates from D.C. Law 21-83 (2016-03-09); for a request before it "
                   "use dc-foia. " + CAL,
         why=DC_BWC_WHY),
    dict(code="id-pra", field="citation", seeded="Idaho Code 74-103(1)-(2)",
         corrected="Idaho Code 74-103", why=ID_PRA_WHY),
    dict(code="id-pra", field="source",
         seeded="Idaho State Controller public records policy (sco.idaho.gov: 3 working days, up "
                "to 10); Idaho DEQ public records FAQ (3 working days, 7 more by extension "
                "letter, deemed denied after 10); 2005 H0061 text quoting 9-339(1). All cite "
                "9-339, before the 2015 recodification; the current 74-103 text was not read",
         corrected="Idaho Code 74-103 text (UniCourt/cic-code-id, release 70, 2020: 3 working "
                   "days; notice and at most 10 working days from the request); Idaho State "
                   "Controller public records policy (sco.idaho.gov: 3 working days, up to 10); "
                   "Idaho DEQ public records FAQ (7 more by extension letter). They agree; the "
                   "rule stays unverified because a 2025 bill amending 74-103 (residents 3 "
                   "working days, non-residents 21 days, from 2025-07-01) was seen only in bill "
                   "summaries (fastdemocracy.com) and whether it was enacted is not known",
         why=ID_PRA_WHY),
]
WY_WHY = ("Wyo. Stat. 16-4-202(b), (c)(i)-(iv) text and history (" +
          UNICOURT % ("wy", "release 84, 2022-10") + "): 'All public records shall be released "
          "not later than thirty (30) calendar days from the date of acknowledged receipt of the "
          "request unless good cause exists preventing release'; with good cause 'the public "
          "records shall be released on a specified date mutually agreed to by the applicant and "
          "the governmental entity' (or a complaint to the ombudsman); the 7 business days' "
          "notice of (b) and (c)(i). (c)(iii)-(v) were added and the good-cause escape from the "
          "7 days deleted by 2019 ch. 174, effective July 1, 2019 (the section's history note)")
CORRECTIONS += [
    dict(code="wy-pra", field="effective_from", seeded="2025-01-01", corrected="2019-07-01",
         why=WY_WHY),
    dict(code="wy-pra", field="max_ext", seeded=0, corrected=1, why=WY_WHY),
    dict(code="wy-pra", field="ext_days", seeded=0, corrected=None, why=WY_WHY),
    dict(code="wy-pra", field="ext_unit", seeded="working", corrected="calendar", why=WY_WHY),
    dict(code="wy-pra", field="note",
         seeded="Release not later than 30 calendar days from the date of acknowledged receipt: "
                "enter the acknowledgment date as the received date. SF0049 (26LSO-0051, 2026) "
                "would have cut this to 10 days from 2026-07-01 but did not pass "
                "(keepinglawsimple.org: last action 2026-02-09). When the 30-day period began was "
                "not confirmed, so pubrec applies it from 2025-01-01 only.",
         corrected="Release not later than 30 calendar days from the date of acknowledged "
                   "receipt: enter the acknowledgment date as the received date. With good cause, "
                   "release on a date the applicant and the entity agree (16-4-202(c)(iv)): one "
                   "extension, no cap, give --days in calendar days. SF0049 (26LSO-0051, 2026) "
                   "would have cut this to 10 days from 2026-07-01 but did not pass "
                   "(keepinglawsimple.org: last action 2026-02-09). In force from 2019-07-01 (2019 "
                   "ch. 174); pubrec refuses earlier dates.",
         why=WY_WHY),
    dict(code="wy-pra", field="source",
         seeded="Smarsh Wyoming PRA guide ('released within 30 calendar days'); civics307.com on "
                "SF0049 (current 30 calendar days from the date of acknowledgment); casetext "
                "16-4-202 (current through the 2024 session) cut off before the number",
         corrected="Wyo. Stat. 16-4-202(c)(iii)-(iv) text and history (UniCourt/cic-code-wy, "
                   "release 84, 2022-10: 30 calendar days; 2019 ch. 174, effective 2019-07-01); "
                   "Smarsh Wyoming PRA guide ('released within 30 calendar days'); civics307.com "
                   "on SF0049 (current 30 calendar days from the date of acknowledgment)",
         why=WY_WHY),
    dict(code="wy-pra", field="citation", seeded="Wyo. Stat. 16-4-202(c)(iii)",
         corrected="Wyo. Stat. 16-4-202(c)(iii)-(iv)", why=WY_WHY),
    dict(code="wy-pra-notice", field="effective_from", seeded="2025-01-01",
         corrected="2019-07-01", why=WY_WHY),
    dict(code="wy-pra-notice", field="note",
         seeded="Notify the applicant within 7 business days from the date of acknowledged "
                "receipt when the records are held elsewhere or are in active use or storage. "
                "From 2025-01-01 in pubrec (see wy-pra). " + CAL,
         corrected="Notify the applicant within 7 business days from the date of acknowledged "
                   "receipt when the records are held elsewhere or are in active use or storage. "
                   "From 2019-07-01 (2019 ch. 174 deleted the good-cause escape and set the "
                   "date of acknowledged receipt); pubrec refuses earlier dates. " + CAL,
         why=WY_WHY),
    dict(code="wy-pra-notice", field="source",
         seeded="Wyo. Stat. 16-4-202 text (casetext, current through the 2024 session; Counsel "
                "Stack copy)",
         corrected="Wyo. Stat. 16-4-202 text (casetext, current through the 2024 session; Counsel "
                   "Stack copy; UniCourt/cic-code-wy, release 84, 2022-10, with the history: 2019 "
                   "ch. 174, effective 2019-07-01)",
         why=WY_WHY),
]
# A second stage of corrections (migrations/0027_state_rule_corrections_2.sql), found
# after 0023 shipped. 0023 is in databases and never changes: a value it corrected is
# corrected again here, with its 0023 value as the seeded one. The stage runs after
# 0026 (the third calendar link), so a note is given as 0011 (or 0023) wrote it and
# linked as 0026 leaves it.
#
# Extensions by notice (the lead's decision, 2026-11-28): where the statute lets the
# agency answer within the period with a notice naming a later date or an estimate,
# that answer is one extension with no cap (as ky-ora, mo-sunshine, ne-prl, nj-opra),
# so 'pubrec extend REF --to DATE' records the date the notice gave. 0007 had read
# such a notice as a response that allows no extension.
NOTICE_EXT = "The notice's date is one extension, no cap: record it with 'pubrec extend REF --to DATE'."
NY_FOIL_WHY = ("N.Y. Pub. Off. Law 89(3)(a) as amended by ch. 223 of 2008, quoted as the law in "
               "force by Assembly bill A8586 of 2024 (nysenate.gov/legislation/bills/2023/A8586, "
               "the words it would strike): within five business days 'furnish a written "
               "acknowledgement of the receipt of such request and a statement of the approximate "
               "date, which shall be reasonable under the circumstances of the request, when such "
               "request will be granted or denied'. Town of Northport FOIL page (northportny.gov): "
               "the date must be reasonable, in most instances not more than twenty additional "
               "business days, else 'a date certain'. No outer limit in the statute")
WA_PRA_WHY = ("RCW 42.56.520(1)(c) text (legalfix.com and instalawyer.io copies): within five "
              "business days an agency may respond by 'Acknowledging that the agency ... has "
              "received the request and providing a reasonable estimate of the time the agency "
              "... will require to respond to the request'; (2): additional time may be based on "
              "the need to clarify, locate and assemble, notify third persons or decide on "
              "exemptions. MRSC (mrsc.org, Ask MRSC archives): 'there is no bright-line rule for "
              "reasonableness'; Washington Lawyers' practice chapter 6.5 (vlex: Andrews v. Wash. "
              "State Patrol, 183 Wn.App. 644, the estimate may be revised). No cap in the statute")
NH_RTK_WHY = ("RSA 91-A:4, IV(b) text (City of Nashua copy, nashuacity.com/index.php/node/16247): "
              "'If a public body or agency is unable to make a governmental record available for "
              "immediate inspection and copying the public body or agency shall, within 5 business "
              "days of a request: (1) Make such record available; (2) Deny the request; or (3) "
              "Provide a written statement of the time reasonably necessary' (the copy read stops "
              "there); Town of Rollinsford right-to-know page. No cap in the words read")
TN_TPRA_WHY = ("T.C.A. 10-7-503(a)(2)(B) quoted by the Tennessee Coalition for Open Government "
               "(tcog.info FAQ): within seven business days '(iii) Furnish the requester in "
               "writing, or by completing a records request response form developed by the "
               "office of open records counsel, the time reasonably necessary to produce the "
               "record or information'; Williamson County Sheriff FAQ (williamsoncountysherifftn."
               "com: 'a written explanation of the time reasonably necessary to produce the "
               "records'). No cap in the statute")
KS_KORA_WHY = ("K.S.A. 45-218(d) text (ksrevisor.org/statutes/chapters/ch45/045_002_0018.html; "
               "self-law.org copy): 'If access to the public record is not granted immediately, "
               "the custodian shall give a detailed explanation of the cause for further delay "
               "and the place and earliest time and date that the record will be available for "
               "inspection'; Kansas AG FAQ (ksag.org, 'G. Response time and process': a detailed "
               "explanation for the delay). No cap in the statute")
GA_ORA_WHY = ("O.C.G.A. 50-18-71(b)(1)(A) as quoted by the Forsyth County Public Library open "
              "records page (forsythpl.org/open-records): 'In no event shall this time exceed "
              "three business days; however, where responsive records exist but are not "
              "available within three business days of the request, a written description of "
              "such records, together with a timetable for their inspection or copying, shall be "
              "provided within that period'; RCFP Open Government Guide, Georgia (rcfp.org: "
              "'within a reasonable amount of time not to exceed three business days'). No cap "
              "on the timetable in the statute")
NV_NPRA_WHY = ("NRS 239.0107(1)(c)(1) text (instalawyer.io copy): if the entity cannot make the "
               "record available by the end of the fifth business day, written notice of that "
               "fact 'and the earliest date and time after which the governmental entity "
               "reasonably believes the public book or record will be available'; if it is not "
               "available by then, a written explanation (the copy read stops there); the NRS "
               "chapter 239 index (leg.state.nv.us: 'Requests for inspection or copying of public "
               "books or records: Actions by governmental entities'); MuckRock Nevada guide. No "
               "cap in the statute")
WV_FOIA_WHY = ("W. Va. Code 29B-1-3 quoted by the RCFP Open Government Guide, West Virginia "
               "(rcfp.org) and the MuckRock West Virginia guide: within five days '(b) Advise the "
               "person making the request of the time and place at which he may inspect and copy "
               "the materials'; W. Va. Code R. 52-2-7(b)(iv) (Air Quality Board, casetext: "
               "'Notify the requestor that the records require more than five days to assemble, "
               "and identify an approximate date of completion'). The statute sets no limit on "
               "that time")


def notice_ext(code, why, seeded_note, corrected_note):
    """One extension, no cap, for a rule seeded with none (max_ext 0, ext_days 0)."""
    return [dict(code=code, field="max_ext", seeded=0, corrected=1, why=why),
            dict(code=code, field="ext_days", seeded=0, corrected=None, why=why),
            dict(code=code, field="note", seeded=seeded_note, corrected=corrected_note, why=why)]


ID_PRA_2_WHY = ("Idaho Code 74-103 (UniCourt/cic-code-id, release 70, 2020) unchanged; the 2025 "
                "bill amending 74-101 to 74-103 and 67-4126 (fastdemocracy.com bill summary "
                "IDB00008081: residents three working days, non-residents twenty-one days, in one "
                "engrossment thirty days, an extension to thirty-five days; emergency clause, "
                "effective 2025-07-01) was read again only as summaries that disagree with each "
                "other; whether and in which form it was enacted is still not known")
CORRECTIONS_2 = (
    notice_ext("ny-foil", NY_FOIL_WHY,
               "5 business days to grant, deny, or acknowledge with an approximate date. The "
               "later limit (20 business days after the acknowledgment, or a written date "
               "certain) runs from the acknowledgment, not from day 5: compute it separately. "
               "Calendar us-federal approximates New York holidays.",
               "5 business days to grant, deny, or acknowledge with an approximate date that is "
               "reasonable under the circumstances (89(3)(a)); in most instances not more than 20 "
               "business days after the acknowledgment, else a written date certain. " +
               NOTICE_EXT + " Calendar us-federal approximates New York holidays.") +
    notice_ext("wa-pra", WA_PRA_WHY,
               "Within 5 business days respond: provide, acknowledge with an estimate, ask for "
               "clarification, or deny. Calendar us-federal approximates Washington holidays.",
               "Within 5 business days respond: provide, acknowledge with a reasonable estimate "
               "of the time needed (RCW 42.56.520(1)(c)), ask for clarification, or deny. " +
               NOTICE_EXT + " Calendar us-federal approximates Washington holidays.") +
    notice_ext("nh-rtk", NH_RTK_WHY,
               "Within 5 business days make the records available, deny, or acknowledge with a "
               "written time estimate. Calendar us-federal approximates New Hampshire holidays.",
               "Within 5 business days make the records available, deny, or give a written "
               "statement of the time reasonably necessary (RSA 91-A:4, IV(b)(3)). " + NOTICE_EXT +
               " Calendar us-federal approximates New Hampshire holidays.") +
    notice_ext("tn-tpra", TN_TPRA_WHY,
               "Promptly; if not practicable, within 7 business days make available, deny, or "
               "give a time estimate. The 7 days are the outer limit. Tennessee citizens only. "
               "Calendar us-federal approximates Tennessee holidays.",
               "Promptly; if not practicable, within 7 business days make available, deny, or "
               "furnish in writing the time reasonably necessary to produce the records "
               "(10-7-503(a)(2)(B)(iii)). " + NOTICE_EXT + " Tennessee citizens only. Calendar "
               "us-federal approximates Tennessee holidays.") +
    notice_ext("ks-kora", KS_KORA_WHY,
               "Act on the request by the end of the 3rd business day after receipt, or explain "
               "the delay and give the earliest date. \"Business day\" excludes holidays set by "
               "Congress, the legislature, the governor or the subdivision: us-federal is an "
               "approximation.",
               "Act on the request by the end of the 3rd business day after receipt, or give a "
               "detailed explanation of the delay and the place and earliest time and date the "
               "record will be available (45-218(d)). " + NOTICE_EXT + " \"Business day\" "
               "excludes holidays set by Congress, the legislature, the governor or the "
               "subdivision: us-federal is an approximation.") +
    notice_ext("ga-ora", GA_ORA_WHY,
               "3 business days; if records are not available by then, a description and a "
               "timetable within the 3 days. Statute quoted in secondary sources. Calendar "
               "us-federal approximates Georgia holidays.",
               "3 business days; if records are not available by then, a description and a "
               "timetable for inspection or copying within the 3 days (50-18-71(b)(1)(A)). " +
               NOTICE_EXT + " Statute quoted in secondary sources. Calendar us-federal "
               "approximates Georgia holidays.") +
    notice_ext("nv-npra", NV_NPRA_WHY,
               "By the end of the 5th business day: allow inspection, or give written notice of "
               "the earliest date. Calendar us-federal approximates Nevada holidays.",
               "By the end of the 5th business day: allow inspection, or give written notice of "
               "the earliest date and time the record will be available (NRS "
               "239.0107(1)(c)). " + NOTICE_EXT + " Calendar us-federal approximates Nevada "
               "holidays.") +
    notice_ext("wv-foia", WV_FOIA_WHY,
               "As soon as practicable but within 5 days not including Saturdays, Sundays or "
               "legal holidays: furnish copies, say when to inspect, or deny. " + CAL,
               "As soon as practicable but within 5 days not including Saturdays, Sundays or "
               "legal holidays: furnish copies, advise the time and place to inspect and copy, "
               "or deny (29B-1-3). " + NOTICE_EXT + " " + CAL) +
    [dict(code="id-pra", field="source",
          seeded="Idaho Code 74-103 text (UniCourt/cic-code-id, release 70, 2020: 3 working "
                 "days; notice and at most 10 working days from the request); Idaho State "
                 "Controller public records policy (sco.idaho.gov: 3 working days, up to 10); "
                 "Idaho DEQ public records FAQ (7 more by extension letter). They agree; the "
                 "rule stays unverified because a 2025 bill amending 74-103 (residents 3 "
                 "working days, non-residents 21 days, from 2025-07-01) was seen only in bill "
                 "summaries (fastdemocracy.com) and whether it was enacted is not known",
          corrected="Idaho Code 74-103 text (UniCourt/cic-code-id, release 70, 2020: 3 working "
                    "days; notice and at most 10 working days from the request); Idaho State "
                    "Controller public records policy (sco.idaho.gov: 3 working days, up to "
                    "10); Idaho DEQ public records FAQ (7 more by extension letter). They agree; "
                    "the rule stays unverified because a 2025 bill amending 74-103 (residents 3 "
                    "working days; non-residents 21 days, or 30 in one engrossment, extendable "
                    "to 35; from 2025-07-01) was seen only in bill summaries (fastdemocracy.com "
                    "IDB00008081, read again 2026-11-28) and whether it was enacted is not known",
          why=ID_PRA_2_WHY)]
)

def seeded_source(code):
    """The source 0011 seeded for a rule (a rule no earlier stage corrected)."""
    for r in NEW:
        if r["code"] == code:
            return r["source"]
    return EXISTING[code][0]


# The unverified rules, read again on 2026-11-28 (issue 14): what was read is added to
# their sources; none was settled by a second source, so each stays unverified.
REREAD_2 = [
    ("admin-subpoena",
     "8 CFR 287.4(a)(1) read 2026-11-28 (checkoutapi.com copy of Title 8, revised 2024-10-07): "
     "the listed officers 'may issue a subpoena requiring the production of records and "
     "evidence for use in criminal or civil investigations'; no return period in the "
     "regulation, and which statute a given subpoena cites is still UNSURE"),
    ("co-ccjra",
     "read again 2026-11-28: the Colorado Dept. of Law CORA and CCJRA policy (a copy of the "
     "coag.gov policy) gives CORA's three working days in the part read and no CCJRA period; "
     "still no second source that the CCJRA sets none"),
    ("hi-uipa-extenuating",
     "read again 2026-11-28: HAR 2-71-13(c) (law.cornell.edu: a written acknowledgment within "
     "ten business days; the notice 'within a reasonable time not to exceed twenty business "
     "days following the date when the agency received the request') and 2-71-15; the OIP "
     "quick guide (ags.hawaii.gov/oip and oip.hawaii.gov copies) again cut off at "
     "'Extenuating Circumstances' before the number"),
    ("in-apra",
     "read again 2026-11-28: Indiana Archives and Records Administration bulletin (the Public "
     "Access Counselor: 'the agency has 7 days to acknowledge receipt'), HSPA Q&A ('seven "
     "days'), MuckRock Indiana guide ('seven business days'): the unit is still not settled"),
    ("sd-prl",
     "read again 2026-11-28: SDCL 1-27-37(1) (instalawyer.io copy: 'in no event later than ten "
     "business days from receipt of the request'); the official sdlegislature.gov copy "
     "(api/Statutes/1-27-37.html) was found but its text was not readable in the copy seen, "
     "and the Office of Hearing Examiners page (boa.sd.gov) stops before the number"),
]
REREAD_2_WHY = ("Issue 14: a rule is verified only when the law's words and a second independent "
                "source agree; these were read again on 2026-11-28 and are still one source (or "
                "disagree), so the source records what was read and the status stays unverified")
CORRECTIONS_2 += [dict(code=code, field="source", seeded=seeded_source(code),
                       corrected=seeded_source(code) + "; " + more, why=REREAD_2_WHY)
                  for code, more in REREAD_2]


# The third stage (migrations/0030_state_rule_corrections_3.sql), 2026-11-28, session 5:
# the unverified rules and the unsettled questions read again (docs/STATES.md, "The
# unverified rules, read again (session 5)"). Only co-ccjra found a second source that
# agrees with the statute's words; the others are recorded in docs/STATES.md only.
def stage2_value(code, field):
    """A NEW rule's field as 0027 leaves it (0011's value, or 0027's correction)."""
    for c in CORRECTIONS_2:
        if c["code"] == code and c["field"] == field:
            return c["corrected"]
    for r in NEW:
        if r["code"] == code:
            return r[field]
    raise KeyError(code)


CCJRA_WHY = ("C.R.S. 24-72-304(1) text (colorado.public.law/statutes/crs_24-72-304; the "
             "lpdirect.net copy of 24-72-304 agrees): criminal justice records other than "
             "records of official actions, 'at the discretion of the official custodian, may be "
             "open for inspection by any person at reasonable times'; 24-72-305(6) (FindLaw and "
             "lpdirect.net copies): a written statement of the grounds of a denial 'within "
             "seventy-two hours' when the applicant asks. No number of days to respond. Second "
             "sources that agree: the Colorado Division of Criminal Justice (dcj.colorado.gov/"
             "contact-us: 'CCJRA does not impose CORA's three-day deadline for response but "
             "instead requires a response within a reasonable time'); the Denver District "
             "Attorney's records page (denverda.org/records-request: 'The recommended response "
             "times in CORA are not applicable to records covered by the CCJRA'). Read "
             "2026-11-28 (session 5)")
CORRECTIONS_3 = [
    dict(code="co-ccjra", field="status", seeded="unverified", corrected="verified",
         why=CCJRA_WHY),
    dict(code="co-ccjra", field="source", seeded=stage2_value("co-ccjra", "source"),
         corrected="C.R.S. 24-72-304(1) text (colorado.public.law; lpdirect.net copy): records "
                   "other than official actions 'may be open for inspection by any person at "
                   "reasonable times' at the custodian's discretion; 24-72-305(6): grounds of a "
                   "denial within seventy-two hours if asked; no number of days. Colorado "
                   "Division of Criminal Justice (dcj.colorado.gov/contact-us: the CCJRA 'does "
                   "not impose CORA's three-day deadline for response but instead requires a "
                   "response within a reasonable time'); Denver District Attorney records page "
                   "(denverda.org: CORA times 'not applicable'). They agree (read 2026-11-28, "
                   "session 5)",
         why=CCJRA_WHY),
    dict(code="co-ccjra", field="note", seeded=stage2_value("co-ccjra", "note"),
         corrected=PROMPT + " The CCJRA sets no response period: records other than official "
                   "actions 'may be open for inspection by any person at reasonable times' at "
                   "the custodian's discretion (24-72-304(1)), a response within a reasonable "
                   "time (Colorado Division of Criminal Justice). If access is denied, the "
                   "written grounds are due within 72 hours when the applicant asks "
                   "(24-72-305(6); hours are not computed). Some agencies apply CORA's 3 working "
                   "days to combined requests: use co-cora for those.",
         why=CCJRA_WHY),
]
IN_APRA_WHY = ("IC 5-14-3-9(c) text (lawserver.com): 'a denial of disclosure does not occur until "
               "seven (7) days have elapsed from the date the public agency receives the "
               "request'. The State of Indiana's public-records FAQ (faqs.in.gov, 'How long does "
               "the agency have to give me the records I requested?'): 'If you mailed, email, or "
               "faxed the request, the agency must respond within seven calendar days'; the Town "
               "of Warren code 36.06(C) (amlegal: 'within 7 calendar days') and the Public Access "
               "Counselor (Indiana Archives bulletin, 2022-02-21: '7 days') agree. The statute and "
               "the State's FAQ agree on the number and the unit. One source differs: MuckRock's "
               "Indiana appeal template says 'seven business days', while the same page quotes "
               "the statute's 'seven (7) days of receipt'; it is recorded, not followed. Read "
               "2026-11-28 (session 5)")
CORRECTIONS_3 += [
    dict(code="in-apra", field="status", seeded="unverified", corrected="verified",
         why=IN_APRA_WHY),
    dict(code="in-apra", field="source", seeded=stage2_value("in-apra", "source"),
         corrected="IC 5-14-3-9(c) text (lawserver.com: 'seven (7) days have elapsed from the "
                   "date the public agency receives the request'); State of Indiana public-"
                   "records FAQ (faqs.in.gov: 'If you mailed, email, or faxed the request, the "
                   "agency must respond within seven calendar days'); Town of Warren code "
                   "36.06(C) ('7 calendar days'); Public Access Counselor via the Indiana "
                   "Archives bulletin 2022-02-21 ('7 days'); HSPA Q&A 2011-12-12 ('seven days'). "
                   "MuckRock's appeal template says 'seven business days' against the statute's "
                   "words it quotes (read 2026-11-28, session 5)",
         why=IN_APRA_WHY),
    dict(code="in-apra", field="note", seeded=stage2_value("in-apra", "note"),
         corrected="No response within 7 days of receipt is a denial (IC 5-14-3-9(c)): calendar "
                   "days, as the State of Indiana's public-records FAQ says ('within seven "
                   "calendar days'); MuckRock's appeal template says business days, against the "
                   "statute's words. An in-person or phone request is denied after 24 hours "
                   "(not modelled). The response is an acknowledgment, not production.",
         why=IN_APRA_WHY),
]


# The correction stages, in the order their migrations run, each after the calendar
# links before it (MIGRATION_ORDER).
CORRECTION_STAGES = [
    ("migrations/0023_state_rule_corrections.sql", CORRECTIONS),
    ("migrations/0027_state_rule_corrections_2.sql", CORRECTIONS_2),
    ("migrations/0030_state_rule_corrections_3.sql", CORRECTIONS_3),
]
MIGRATION_ORDER = [("link", 0), ("link", 1), ("corr", 0), ("link", 2), ("corr", 1),
                   ("link", 3), ("corr", 2)]
# What each stage's header says about stored due dates (0023's words never change).
CORRECTION_NOTES = [
    ["-- No stored due date moves: an extension cap is checked when an extension is",
     "-- granted, a status or a source is a label, and the version starts moved",
     "-- (wy-pra, wy-pra-notice: 2025-01-01 to 2019-07-01) only stop refusing dates."],
    ["-- An extension correction here also needs the rule unedited, as a status one does",
     "-- (a user who kept 'none' in a 'rule set' keeps it). Runs after 0023 (whose values",
     "-- it takes as seeded where it corrects them again) and after 0026, the third",
     "-- calendar link. No stored due date moves: the rules given an extension allowed",
     "-- none before, so no stored matter of theirs has one, and a source is a label."],
    ["-- Runs after 0027 (whose values it takes as seeded) and 0029. No stored due date moves: the",
     "-- one rule corrected (co-ccjra) sets no period (unit none), and its status, source",
     "-- and note are labels."],
]
CORRECTION_MOVES = ["No stored due date is expected to move.",
                    "No stored due date is expected to move.",
                    "No stored due date is expected to move."]

CORRECTABLE = ("ext_days", "max_ext", "ext_unit", "citation", "note", "source", "status",
               "effective_from")
# The fields 'rule set' writes that rule_version also holds: a rule row that
# agrees with its latest version on all of them was not edited by a user.
EXT_FIELDS = ("ext_days", "max_ext", "ext_unit")
RULE_SET_FIELDS = ("unit", "count", "ext_days", "max_ext", "ext_unit", "roll", "citation", "note")

LAW_CHANGES = [
    ("us-ca", "2023-01-01", "CPRA recodified (AB 473, Stats. 2021 ch. 614): 6253(c) became "
     "7922.535, same 10 + 14 days. AB 1821 (2026) would amend 7922.535: outcome not known."),
    ("us-ky", "2021-06-29", "HB 312: 3 business days became 5; residents only. (SB 150: 10 days "
     "during the 2020-21 emergency, not modelled.)"),
    ("us-ma", "2017-01-01", "St. 2016 c. 121: 10 business days, extensions by petition to the "
     "Supervisor; 2021-06-11 regulations count from the next business day."),
    ("us-sc", "2017 (date not confirmed)", "H.3352: 15 business days became 10 (20 for records "
     "over 24 months old), with 30/35 calendar days to produce."),
    ("us-nj", "2024-09-03", "P.L. 2024 c. 16 (S2930): longer periods for commercial requests; "
     "earlier requests keep the old rules."),
    ("us-wy", "2019-07-01", "2019 ch. 174: release within 30 calendar days of acknowledged "
     "receipt, or with good cause on an agreed date; the good-cause escape from the 7 business "
     "days' notice deleted (Wyo. Stat. 16-4-202 history)."),
    ("us-wy", "2026 (not enacted)", "SF0049 (26LSO-0051) would have cut 30 to 10 days from "
     "2026-07-01 and added a 3-business-day acknowledgment; it did not pass (last action "
     "2026-02-09)."),
    ("us-co", "2025-04-17 (vetoed)", "SB25-077 (5 + 10 working days for non-media requests) was "
     "vetoed; CORA stays 3 + 7."),
    ("us-al", "2023-01-26", "Executive Order 734: 15 / 45 business days for executive-branch "
     "agencies (no statute)."),
    ("us-dc", "2020-03-11 to 2021-01-15", "COVID-19 tolling of FOIA requests (not modelled)."),
    ("us-ia", "2022", "IPIB proposed a 2-business-day acknowledgment rule and withdrew it."),
    ("us-mt", "2023-2025", "2-6-1006 rewritten (temporary section): fixed periods for "
     "executive-branch agencies (one source only; not seeded)."),
    ("us-id", "2015; 2025 (unknown)", "2015 recodification of 9-337 et seq. as 74-101 et seq.; "
     "2025 House Bill 253 (residents 3 working days, non-residents 21 days, extendable to 35; "
     "Senate-amended; idahofreedom.org, fastdemocracy IDB00008081): enactment not confirmed, so "
     "no version is added."),
    ("us-tx", "2019-09-01", "SB 944 repealed 552.301(c) (other periods unchanged)."),
    ("us-ok", "2025 (unknown)", "HB 2095 would set 30 business days: enactment not known."),
    ("us-ny", "2024 (pending)", "A8586 would deem an unanswered request denied after 5 business "
     "days and cap the acknowledged date at 30 days (effective 2025-01-01 if enacted): outcome "
     "not known."),
    ("us-pa", "2025-26 (pending)", "A bill to extend the initial 5 business days to 10: outcome "
     "not known."),
    ("us-mi", "2020-04-05 to 2020-06-04", "Executive Order 2020-38 suspended strict compliance "
     "with the 5 business days (10 business days after actual receipt of mailed requests); not "
     "modelled."),
    ("us-md", "2022-07-01", "4-203(a)(2): 50 days for applications under 4-356; the 30 days and "
     "10 working days unchanged."),
    ("us-me", "2015; 2025 (unknown)", "PL 2015 c. 317 amended 413 (5 working days to "
     "acknowledge); LD 152 (2025) would add a 30-day limit: outcome not known."),
]


def sql_str(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + v.replace("'", "''") + "'"


def c_str(v):
    if v is None:
        return "NULL"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


VERSION_FIELDS = ("unit", "count", "ext_unit", "ext_days", "max_ext", "roll", "citation", "source",
                  "status", "note")


def versions_of(rule):
    """Every version of a rule, oldest first, each with every field filled."""
    out = []
    for v in rule["versions"]:
        full = {k: rule[k] for k in VERSION_FIELDS}
        full.update(v)
        out.append(full)
    return out


def load_existing():
    """The 31 rules of migrations/0003_seed.sql, read from tests/unit/seed_calendars.h is not
    enough (no citations): parse the SQL with sqlite3."""
    import sqlite3
    db = sqlite3.connect(":memory:")
    # Every migration before this one's schema (0009): the existing rules as the
    # engine's 0007_rule_extension left them (extension unit and cap corrected).
    for f in sorted(os.listdir("migrations")):
        if f.endswith(".sql") and f < "0010":
            db.executescript(open(os.path.join("migrations", f)).read())
    rows = db.execute("SELECT code, unit, count, ext_days, max_ext, roll, citation, note, "
                      "jurisdiction, ext_unit, calendar FROM rule ORDER BY code").fetchall()
    out = {}
    for code, unit, count, ext, mx, roll, cit, note, jur, ext_unit, cal in rows:
        if code not in EXISTING:
            continue  # a rule a later migration adds
        src, status = EXISTING[code]
        rule = dict(code=code, unit=unit, count=count, ext_unit=ext_unit, ext_days=ext,
                    max_ext=mx, roll=roll, citation=cit, source=src, status=status, note=note,
                    jurisdiction=jur, calendar=cal, versions=EXISTING_VERSIONS.get(code,
                                                                     [dict(effective_from=EARLY)]))
        out[code] = rule
    missing = set(EXISTING) - set(out)
    if missing:
        sys.exit("state_rules.py: EXISTING names unknown rules %s" % sorted(missing))
    return out


def rule_calendar(rule, cals=None):
    return linked_calendar(rule["code"], rule["jurisdiction"], rule.get("calendar", "us-federal"),
                           cals)


def seeded_versions(rule):
    """Every version as 0011 and every calendar link leave it (no correction applied)."""
    out = versions_of(rule)
    for v in out:
        v["note"] = linked_note(v["note"], rule_calendar(rule))
    return out


def corr_values(c, rule, cals=None):
    """A correction's seeded and corrected values as a database holds them when the
    calendars of cals (default: every link stage) are linked."""
    if c["field"] == "note":
        cal = rule_calendar(rule, cals)
        return linked_note(c["seeded"], cal), linked_note(c["corrected"], cal)
    return c["seeded"], c["corrected"]


def cals_before(step):
    """The calendars linked by the migrations before MIGRATION_ORDER[step]."""
    cals = set()
    for kind, i in MIGRATION_ORDER[:step]:
        if kind == "link":
            cals |= LINK_STAGES[i][1]
    return cals


def holds(rule, step):
    """Every version as a database holds it before MIGRATION_ORDER[step] runs (0011,
    then each calendar link and correction stage in the order the migrations run; a
    link changes a note only while it holds 0011's text, as its UPDATEs do)."""
    out = versions_of(rule)
    orig = [v["note"] for v in out]
    base = rule.get("calendar", "us-federal")
    for n, (kind, i) in enumerate(MIGRATION_ORDER[:step]):
        if kind == "link":
            cal = linked_calendar(rule["code"], rule["jurisdiction"], base, LINK_STAGES[i][1])
            if cal == base:
                continue
            for v, o in zip(out, orig):
                if v["note"] == o:
                    v["note"] = linked_note(o, cal)
            continue
        for c in CORRECTION_STAGES[i][1]:
            if c["code"] != rule["code"]:
                continue
            old, new = corr_values(c, rule, cals_before(n))
            for v in out:
                if v[c["field"]] == old:
                    v[c["field"]] = new
    return out


def stage_step(stage):
    """The index in MIGRATION_ORDER of correction stage `stage`."""
    return MIGRATION_ORDER.index(("corr", stage))


def final_versions(rule):
    """Every version as a database holds it after every migration (all stages)."""
    return holds(rule, len(MIGRATION_ORDER))


def check_corrections(allr):
    for stage, (path, corrections) in enumerate(CORRECTION_STAGES):
        step = stage_step(stage)
        cals = cals_before(step)
        seen = set()
        for c in corrections:
            key = (c["code"], c["field"])
            if key in seen or c["field"] not in CORRECTABLE or c["code"] not in allr:
                sys.exit("state_rules.py: correction %s is repeated, unknown or of a field it "
                         "cannot change" % (key,))
            seen.add(key)
            r = allr[c["code"]]
            old, new = corr_values(c, r, cals)
            vs = holds(r, step)
            at = vs[0] if c["field"] == "effective_from" else vs[-1]
            if at[c["field"]] != old:
                sys.exit("state_rules.py: correction %s of %s: seeded value is not what the "
                         "migrations before it left" % (key, os.path.basename(path)))
            if old == new or not c["why"]:
                sys.exit("state_rules.py: correction %s changes nothing or gives no source"
                         % (key,))
            # A later calendar link changes a note only while it holds 0011's text: a
            # note corrected before its state's calendar is linked would keep the
            # stand-in sentence.
            if c["field"] == "note" and rule_calendar(r, cals) != rule_calendar(r):
                sys.exit("state_rules.py: correction %s: the note is corrected before its "
                         "state's calendar is linked; correct it in a later stage" % (key,))
    for r in allr.values():
        vs = final_versions(r)
        froms = [v["effective_from"] for v in vs]
        if froms != sorted(froms) or len(set(froms)) != len(froms):
            sys.exit("state_rules.py: versions of %s out of order after corrections" % r["code"])
        if any(v["status"] not in ("verified", "unverified") for v in vs):
            sys.exit("state_rules.py: rule %s: bad status after corrections" % r["code"])


def sql_is(v):
    return "IS NULL" if v is None else "= %s" % sql_str(v)


def write_corrections_sql(existing, stage):
    import textwrap
    path, corrections = CORRECTION_STAGES[stage]
    step = stage_step(stage)
    cals = cals_before(step)
    allr = {r["code"]: r for r in list(existing.values()) + NEW}
    L = []
    L.append("-- %s: GENERATED by tools/state_rules.py -- do not edit; edit"
             % os.path.basename(path))
    L.append("-- %s there and run it again. Seeded values of built-in state rules found"
             % ("CORRECTIONS" if stage == 0 else "CORRECTIONS_%d" % (stage + 1)))
    L.append("-- wrong after 0011_state_rules.sql shipped (docs/STATES.md, \"Corrections\"). Each")
    L.append("-- UPDATE changes a row only while it holds the seeded value, so a user's 'rule set'")
    L.append("-- edit of a built-in rule is kept; a status correction also needs the rule row to")
    L.append("-- agree with its latest version on every field 'rule set' writes (an edit sets")
    L.append("-- status 'unverified', which must stay). The rule_version rows holding the seeded")
    L.append("-- value are corrected too: they record the law, the rule row what a user uses.")
    L.extend(CORRECTION_NOTES[stage])
    L.append("")
    # The extension fields of a rule change together or not at all (a user's own
    # cap keeps its own unit); every other field on its own.
    groups = []
    for c in corrections:
        if c["field"] == "effective_from":
            continue
        key = (c["code"], "ext" if c["field"] in EXT_FIELDS else c["field"])
        for g in groups:
            if g[0] == key:
                g[1].append(c)
                break
        else:
            groups.append((key, [c]))
    if stage == 0:
        groups.sort(key=lambda g: g[0][1] != "status")
    else:
        # From stage 2 on an extension correction also needs the rule unedited (as a
        # status correction does): a user's 'rule set' that kept the seeded extension
        # (none) is a choice the correction must not widen. Those UPDATEs run first,
        # while the rule row and its version still hold the same values.
        groups.sort(key=lambda g: {"status": 0, "ext": 1}.get(g[0][1], 2))

    def sets_and_guard(cs, r, prefix=""):
        vals = [(c["field"],) + corr_values(c, r, cals) for c in cs]
        sets = ", ".join("%s = %s" % (f, sql_str(new)) for f, _o, new in vals)
        guard = " AND ".join("%s%s %s" % (prefix, f, sql_is(old)) for f, old, _n in vals)
        return sets, guard

    for (code, kind), cs in groups:
        r = allr[code]
        L.extend(textwrap.wrap("%s %s: %s" % (code, "/".join(c["field"] for c in cs),
                                              cs[0]["why"]), 92,
                               initial_indent="-- ", subsequent_indent="--   "))
        sets, guard = sets_and_guard(cs, r)
        guard = "code = %s AND builtin = 1 AND %s" % (sql_str(code), guard)
        if kind == "status" or (kind == "ext" and stage > 0):
            last = holds(r, step)[-1]["effective_from"]
            guard += ("\n   AND EXISTS (SELECT 1 FROM rule_version v WHERE v.code = rule.code AND "
                      "v.effective_from = %s\n     AND %s)" % (sql_str(last), "\n     AND ".join(
                          "v.%s IS rule.%s" % (f, f) for f in RULE_SET_FIELDS)))
        L.append("UPDATE rule SET %s\n WHERE %s;" % (sets, guard))
    L.append("")
    L.append("-- The versions that carry the seeded values (a version's start last: the other")
    L.append("-- UPDATEs name the version by its seeded start).")
    for (code, kind), cs in groups:
        r = allr[code]
        for v in holds(r, step):
            hold = [c for c in cs if v[c["field"]] == corr_values(c, r, cals)[0]]
            if not hold:
                continue
            sets, guard = sets_and_guard(hold, r)
            L.append("UPDATE rule_version SET %s\n WHERE code = %s AND effective_from = %s AND %s;"
                     % (sets, sql_str(code), sql_str(v["effective_from"]), guard))
    for c in corrections:
        if c["field"] != "effective_from":
            continue
        L.append("-- %s: a version's start (see above)" % c["code"])
        L.append("UPDATE rule_version SET effective_from = %s\n WHERE code = %s AND "
                 "effective_from = %s;" % (sql_str(c["corrected"]), sql_str(c["code"]),
                                           sql_str(c["seeded"])))
    L.append("")
    reason = ("upgraded database: built-in state rules corrected (migration %s)"
              % os.path.basename(path)[:4])
    if has_recompute_pending():
        L.append("-- Open matters: the lifecycle layer re-reads the corrected rules")
        L.append("-- (0017_recompute_pending.sql). %s" % CORRECTION_MOVES[stage])
        L.append("INSERT INTO recompute_pending (reason)")
        L.append("  SELECT %s" % sql_str(reason))
        L.append("  WHERE EXISTS (SELECT 1 FROM matter WHERE clock <> 'stopped');")
    else:
        L.append("-- Open matters: no stored due date is expected to move. This tree has no")
        L.append("-- recompute_pending table (0017): run the generator again where it has, and")
        L.append("-- it ends this file with the INSERT INTO recompute_pending line.")
    open(path, "w").write("\n".join(L) + "\n")


def has_recompute_pending():
    """Whether a migration of this tree creates recompute_pending (0017 on main)."""
    for f in sorted(os.listdir("migrations")):
        if f.endswith(".sql") and "CREATE TABLE recompute_pending" in open(
                os.path.join("migrations", f)).read():
            return True
    return False


def write_sql(existing, path):
    L = []
    L.append("-- 0011_state_rules.sql: GENERATED by tools/state_rules.py -- do not edit; edit the")
    L.append("-- table there and run it again. The public-records rules of the 50 states and DC")
    L.append("-- (issue 14), each rule's source and verification status, the versions of every")
    L.append("-- built-in rule, and the jurisdictions with their default rule and calendar.")
    L.append("-- tests/unit/seed_rules.h holds the same data as C; tests/unit/check_seed.sh")
    L.append("-- fails when they differ. Sources and research notes: docs/STATES.md.")
    L.append("--")
    L.append("-- State rules count on us-federal until each state's calendar lands; the rule row")
    L.append("-- holds the latest version (what 'rule set' edits); rule_version the history.")
    L.append("")
    L.append("-- Existing rules: where their text was read, and whether a second source agrees.")
    for code in sorted(existing):
        r = existing[code]
        L.append("UPDATE rule SET source = %s, status = %s WHERE code = %s;" %
                 (sql_str(r["source"]), sql_str(r["status"]), sql_str(code)))
    L.append("")
    L.append("-- New rules (the latest version's fields; ext_days NULL = the statute sets no")
    L.append("-- cap, ext_unit the unit extension days count in: migrations/0007_rule_extension.sql).")
    L.append("INSERT INTO rule (code, name, jurisdiction, unit, count, ext_unit, ext_days, max_ext,")
    L.append("                  calendar, roll, cutoff, routing_days, earlier_of, citation, note,")
    L.append("                  builtin, source, status) VALUES")
    rows = []
    for r in NEW:
        last = versions_of(r)[-1]
        rows.append("  (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, NULL, 0, 0,\n   %s,\n   %s,\n   1, %s,\n"
                    "   %s)" % (sql_str(r["code"]), sql_str(r["name"]), sql_str(r["jurisdiction"]),
                              sql_str(last["unit"]), sql_str(last["count"]),
                              sql_str(last["ext_unit"]), sql_str(last["ext_days"]),
                              sql_str(last["max_ext"]),
                              sql_str(r["calendar"]), sql_str(last["roll"]),
                              sql_str(last["citation"]), sql_str(last["note"]),
                              sql_str(last["source"]), sql_str(last["status"])))
    L.append(",\n".join(rows) + ";")
    L.append("")
    L.append("-- Versions: the one in force on a matter's trigger date governs.")
    L.append("INSERT INTO rule_version (code, effective_from, unit, count, ext_unit, ext_days,")
    L.append("                          max_ext, roll, citation, source, status, note) VALUES")
    rows = []
    for r in sorted(list(existing.values()) + NEW, key=lambda x: x["code"]):
        for v in versions_of(r):
            ext = v["ext_days"]
            rows.append("  (%s, %s, %s, %s, %s, %s, %s, %s,\n   %s,\n   %s,\n   %s, %s)" % (
                sql_str(r["code"]), sql_str(v["effective_from"]), sql_str(v["unit"]),
                sql_str(v["count"]), sql_str(v["ext_unit"]), sql_str(ext), sql_str(v["max_ext"]),
                sql_str(v["roll"]), sql_str(v["citation"]), sql_str(v["source"]),
                sql_str(v["status"]), sql_str(v["note"])))
    L.append(",\n".join(rows) + ";")
    L.append("")
    L.append("-- Jurisdictions: the default rule for a request to an agency there, and the")
    L.append("-- holiday calendar (us-federal until the state's own calendar lands).")
    L.append("INSERT INTO jurisdiction (code, name, rule, calendar, builtin) VALUES")
    L.append(",\n".join("  (%s, %s, %s, %s, 1)" % tuple(sql_str(x) for x in j)
                        for j in JURISDICTIONS_0010) + ";")
    open(path, "w").write("\n".join(L) + "\n")


def write_link_sql(existing, path, cals):
    """Every rule and jurisdiction of a state whose calendar is in cals counts on it."""
    L = []
    L.append("-- %s: GENERATED by tools/state_rules.py -- do not edit." % os.path.basename(path))
    L.append("-- Each state rule counts on its state's holiday calendar where one is built in")
    L.append("-- (%s; docs/CALENDARS.md), and so does the jurisdiction"
             % ("0009_state_calendars.sql" if "us-ak" in cals
                else {"0026": "0024-0025", "0029": "0028"}.get(os.path.basename(path)[:4],
                                                               "0018-0020")))
    L.append("-- (the default calendar of its agencies). The Texas Public Information Act's rules")
    L.append("-- count on us-tx-pia (Tex. Gov't Code 552.0031: every 662.003 holiday, national or")
    L.append("-- state, is not a business day for the Act). A note's sentence calling us-federal")
    L.append("-- a stand-in is replaced, on the rule and on every version that carries it.")
    L.append("-- Each UPDATE changes a row only while it holds the seeded value, so a user's")
    L.append("-- 'rule set' edit of a built-in rule is kept.")
    L.append("")
    allr = sorted(list(existing.values()) + NEW, key=lambda x: x["code"])
    for r in allr:
        old = r.get("calendar", "us-federal")
        new = linked_calendar(r["code"], r["jurisdiction"], old, cals)
        if new == old:
            continue
        L.append("UPDATE rule SET calendar = %s WHERE code = %s AND builtin = 1 AND calendar = %s;"
                 % (sql_str(new), sql_str(r["code"]), sql_str(old)))
        last = versions_of(r)[-1]
        note = linked_note(last["note"], new)
        if note != last["note"]:
            L.append("UPDATE rule SET note = %s\n WHERE code = %s AND builtin = 1 AND note = %s;"
                     % (sql_str(note), sql_str(r["code"]), sql_str(last["note"])))
        for v in versions_of(r):
            note = linked_note(v["note"], new)
            if note != v["note"]:
                L.append("UPDATE rule_version SET note = %s\n WHERE code = %s AND effective_from = "
                         "%s AND note = %s;" % (sql_str(note), sql_str(r["code"]),
                                                sql_str(v["effective_from"]), sql_str(v["note"])))
    L.append("")
    L.append("-- Jurisdictions: the calendar of agencies there.")
    for code, _n, _r, old in JURISDICTIONS_0010:
        new = linked_calendar("", code, old, cals)
        if new != old:
            L.append("UPDATE jurisdiction SET calendar = %s WHERE code = %s AND calendar = %s;"
                     % (sql_str(new), sql_str(code), sql_str(old)))
    if "us-ak" not in cals:
        # After 0017: the next command recomputes open matters on the new calendars.
        L.append("")
        L.append("-- Open matters under these rules were counted on us-federal: recompute them")
        L.append("-- (0017_recompute_pending.sql).")
        L.append("INSERT INTO recompute_pending (reason)")
        L.append("  SELECT %s" % sql_str("upgraded database: rules of %s count on their states' "
                                         "holiday calendars (migration %s)"
                                         % (", ".join(sorted(c[3:].upper() for c in cals)),
                                            os.path.basename(path)[:4])))
        L.append("  WHERE EXISTS (SELECT 1 FROM matter WHERE clock <> 'stopped');")
    open(path, "w").write("\n".join(L) + "\n")


UNIT_C = {"working": "DL_WORKING", "calendar": "DL_CALENDAR", "months": "DL_MONTHS",
          "none": "DL_NONE"}


def write_header(existing, path):
    L = []
    L.append("/*")
    L.append("** seed_rules.h -- GENERATED by tools/state_rules.py (do not edit): the state rules")
    L.append("** of migrations/0011_state_rules.sql, every built-in rule's versions and the")
    L.append("** jurisdictions, as C data for the unit tests. tests/unit/check_seed.sh prints")
    L.append("** these and the rows SQLite loads and fails when they differ.")
    L.append("** Values are as the calendar links leave them and 0023, 0027 and 0030 correct them")
    L.append("** (CORRECTION_STAGES).")
    L.append("*/")
    L.append("#ifndef PUBREC_SEED_RULES_H")
    L.append("#define PUBREC_SEED_RULES_H")
    L.append("")
    L.append('#include "seed_calendars.h"')
    L.append("")
    L.append("/* The rules 0010 adds (their latest version, on the calendar 0015 links), in the")
    L.append("   layout of seed_rules[]. */")
    L.append("static const struct seed_rule seed_state_rules[] SEED_UNUSED = {")
    for r in NEW:
        last = final_versions(r)[-1]
        L.append("    {%s, %s, %s, %d, %d, %d, %s, 0, 0, %s}," % (
            c_str(r["code"]),
            c_str(linked_calendar(r["code"], r["jurisdiction"], r["calendar"])),
            UNIT_C[last["unit"]],
            -1 if last["count"] is None else last["count"],
            -1 if last["ext_days"] is None else last["ext_days"], last["max_ext"],
            "DL_ROLL_FORWARD" if last["roll"] == "forward" else "DL_ROLL_NONE",
            "DL_EXT_CALENDAR" if last["ext_unit"] == "calendar" else "DL_EXT_WORKING"))
    L.append("};")
    L.append("")
    L.append("/* Every version of every built-in rule. ext_days -1 = no statutory cap. */")
    L.append("struct seed_rule_version {")
    L.append("  const char *code, *effective_from;")
    L.append("  int unit, count;")
    L.append("  const char *ext_unit;")
    L.append("  int ext_days, max_ext, roll;")
    L.append("  const char *status;")
    L.append("};")
    L.append("static const struct seed_rule_version seed_rule_versions[] SEED_UNUSED = {")
    for r in sorted(list(existing.values()) + NEW, key=lambda x: x["code"]):
        for v in final_versions(r):
            ext = v["ext_days"]
            L.append("    {%s, %s, %s, %d, %s, %d, %d, %s, %s}," % (
                c_str(r["code"]), c_str(v["effective_from"]), UNIT_C[v["unit"]],
                -1 if v["count"] is None else v["count"], c_str(v["ext_unit"]),
                -1 if ext is None else ext, v["max_ext"],
                "DL_ROLL_FORWARD" if v["roll"] == "forward" else "DL_ROLL_NONE",
                c_str(v["status"])))
    L.append("};")
    L.append("")
    L.append("/* Jurisdictions: code, default rule, calendar (as 0015 links it). */")
    L.append("struct seed_jurisdiction {")
    L.append("  const char *code, *rule, *calendar;")
    L.append("};")
    L.append("static const struct seed_jurisdiction seed_jurisdictions[] SEED_UNUSED = {")
    for code, _name, rule, cal in JURISDICTIONS:
        L.append("    {%s, %s, %s}," % (c_str(code), c_str(rule), c_str(cal)))
    L.append("};")
    L.append("")
    L.append("/* The version of `code` in force on `date` (YYYY-MM-DD; ISO dates compare as")
    L.append("   strings), or NULL when none is. */")
    L.append("static SEED_UNUSED const struct seed_rule_version *seed_version_at(const char *code,")
    L.append("                                                                   const char *date)")
    L.append("{")
    L.append("  const struct seed_rule_version *best = NULL;")
    L.append("  for (size_t i = 0; i < SEED_COUNT(seed_rule_versions); i++) {")
    L.append("    const struct seed_rule_version *v = &seed_rule_versions[i];")
    L.append("    if (strcmp(v->code, code) == 0 && strcmp(v->effective_from, date) <= 0 &&")
    L.append("        (!best || strcmp(v->effective_from, best->effective_from) > 0))")
    L.append("      best = v;")
    L.append("  }")
    L.append("  return best;")
    L.append("}")
    L.append("")
    L.append("/* The dl_rule pubrec builds from the version of `code` in force on `date` (as")
    L.append("   seed_dl_rule does for one row); unit -1 when no version is in force. */")
    L.append("static SEED_UNUSED struct dl_rule seed_dl_rule_at(const char *code, const char *date)")
    L.append("{")
    L.append("  struct dl_rule r = {DL_NONE, 0, DL_ROLL_NONE, DL_NO_TIME, 0, 0, 0, DL_EXT_SAME};")
    L.append("  const struct seed_rule_version *v = seed_version_at(code, date);")
    L.append("  if (!v) {")
    L.append("    r.unit = -1;")
    L.append("    return r;")
    L.append("  }")
    L.append("  r.unit = v->unit;")
    L.append("  r.count = v->count;")
    L.append("  r.roll = v->roll;")
    L.append("  r.ext_unit = strcmp(v->ext_unit, \"calendar\") == 0 ? DL_EXT_CALENDAR : DL_EXT_WORKING;")
    L.append("  r.shift_nonworking_start = v->unit == DL_WORKING;")
    L.append("  for (size_t i = 0; i < SEED_COUNT(seed_rules); i++)")
    L.append("    if (strcmp(seed_rules[i].code, code) == 0) {")
    L.append("      r.routing_days = seed_rules[i].routing_days;")
    L.append("      r.earlier_of = seed_rules[i].earlier_of;")
    L.append("    }")
    L.append("  return r;")
    L.append("}")
    L.append("")
    L.append("#endif")
    open(path, "w").write("\n".join(L) + "\n")


def md(v):
    return (v or "").replace("|", "\\|")


def period_text(v):
    if v["unit"] == "none":
        return "none (no fixed period)"
    if v["count"] is None:
        return "as stated (%s)" % v["unit"]
    return "%d %s%s" % (v["count"], v["unit"], "" if v["unit"] == "months" else " days")


def ext_text(v):
    if v["max_ext"] == 0:
        return "none"
    if v["ext_days"] in (None, 0):
        return "no cap (%s)" % v["ext_unit"]
    return "+%d %s" % (v["ext_days"], v["ext_unit"])


def write_docs(existing, path):
    allr = {r["code"]: r for r in list(existing.values()) + NEW}
    rows = ["| jurisdiction | rule | from | period | extension | citation | sources | status |",
            "|---|---|---|---|---|---|---|---|"]
    for r in sorted(allr.values(), key=lambda x: (x["jurisdiction"], x["code"])):
        for v in final_versions(r):
            rows.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                r["jurisdiction"], r["code"],
                "" if v["effective_from"] == EARLY else v["effective_from"], period_text(v),
                ext_text(v) if r["code"] not in existing else
                ("+%d" % v["ext_days"] if v["ext_days"] else
                 ("none" if v["max_ext"] == 0 else "no cap")),
                md(v["citation"]), md(v["source"]), v["status"]))
    changes = ["| jurisdiction | when | change |", "|---|---|---|"]
    for j, when, what in LAW_CHANGES:
        changes.append("| %s | %s | %s |" % (j, when, md(what)))
    fixes = ["| migration | rule | field | before | corrected | citation and sources |",
             "|---|---|---|---|---|---|"]
    for mig, corrections in CORRECTION_STAGES:
        for c in corrections:
            show = lambda x: "NULL (no cap)" if x is None else (
                str(x) if not isinstance(x, str) or len(x) < 40 else "(text, see the rule)")
            fixes.append("| %s | %s | %s | %s | %s | %s |" % (
                os.path.basename(mig)[:4], c["code"], c["field"], show(c["seeded"]),
                show(c["corrected"]), md(c["why"])))
    juris = ["| code | name | default rule | calendar |", "|---|---|---|---|"]
    for code, name, rule, cal in JURISDICTIONS:
        juris.append("| %s | %s | %s | %s |" % (code, name, rule, cal))
    text = open(path).read() if os.path.exists(path) else ""
    begin, end = "<!-- GENERATED BEGIN -->", "<!-- GENERATED END -->"
    gen = "\n".join([begin, "", "### Rules and their versions", ""] + rows +
                    ["", "### Corrections (migrations/0023_state_rule_corrections.sql, "
                     "migrations/0027_state_rule_corrections_2.sql, "
                     "migrations/0030_state_rule_corrections_3.sql)", ""] +
                    fixes + ["", "### Law changes found (since 2015)", ""] + changes +
                    ["", "### Jurisdictions", ""] + juris + ["", end])
    if begin in text and end in text:
        text = text[:text.index(begin)] + gen + text[text.index(end) + len(end):]
    else:
        text = text + "\n" + gen + "\n"
    open(path, "w").write(text)


def main():
    if not os.path.isdir("migrations"):
        sys.exit("state_rules.py: run from the repository root")
    existing = load_existing()
    codes = [r["code"] for r in NEW]
    if len(set(codes)) != len(codes) or set(codes) & set(existing):
        sys.exit("state_rules.py: duplicate rule codes")
    for r in list(existing.values()) + NEW:
        if not r["citation"] or not r["source"] or r["status"] not in ("verified", "unverified"):
            sys.exit("state_rules.py: rule %s lacks a citation, source or status" % r["code"])
        froms = [v["effective_from"] for v in r["versions"]]
        if froms != sorted(froms) or len(set(froms)) != len(froms):
            sys.exit("state_rules.py: versions of %s out of order" % r["code"])
    for _c, _n, rule, _cal in JURISDICTIONS:
        if rule not in existing and rule not in codes:
            sys.exit("state_rules.py: jurisdiction default rule %s unknown" % rule)
    check_corrections({r["code"]: r for r in list(existing.values()) + NEW})
    write_sql(existing, "migrations/0011_state_rules.sql")
    for path, cals in LINK_STAGES:
        if cals:
            write_link_sql(existing, path, cals)
    for stage in range(len(CORRECTION_STAGES)):
        write_corrections_sql(existing, stage)
    write_header(existing, "tests/unit/seed_rules.h")
    # The header is C in the tree: keep it as clang-format lays it out.
    import subprocess
    subprocess.run(["clang-format", "-i", "tests/unit/seed_rules.h"], check=True)
    write_docs(existing, "docs/STATES.md")


if __name__ == "__main__":
    main()
