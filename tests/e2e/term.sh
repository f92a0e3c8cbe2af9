#!/usr/bin/env bash
# Colour on a terminal only (a pty through script(1)), none in a pipe;
# --color, NO_COLOR and the config file; aligned and cut to the terminal's
# width on a terminal, whole tab-separated fields in a pipe.
. "$SOURCE_DIR/tests/lib.sh"
command -v script >/dev/null || { fail "script(1) is needed (bsdutils)"; finish; }
LONG="A subject long enough that a terminal table has to cut it somewhere past the sixtieth column, word"
expect_ok "agency" agency add ICE "ICE"
expect_ok "agency" agency add DENVER "Denver"
expect_ok "overdue" --today 2020-02-07 add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "$LONG"
expect_ok "soon" --today 2020-02-07 add subpoena --from ICE --to DENVER --served 2020-02-06 --days 3 --subject "soon"
expect_ok "later" --today 2020-02-07 add subpoena --from ICE --to DENVER --served 2020-02-06 --days 30 --subject "later"
expect_ok "closed" --today 2020-02-07 add subpoena --from ICE --to DENVER --served 2020-02-06 --days 30 --subject "closed"
expect_ok "close it" status SUB-2020-0004 fulfilled --on 2020-02-07

RED=$'\033[31m' YELLOW=$'\033[33m' DIM=$'\033[2m' ESC=$'\033'
# on_tty ARGS...: pubrec's output on a pseudo-terminal of 100 columns
on_tty() {
  local cmd
  printf -v cmd '%q ' "$PUBREC" "$@"
  COLUMNS=100 script -qec "$cmd" /dev/null </dev/null | tr -d '\r'
}

OUT=$(on_tty --today 2020-02-07 list)
expect_contains "overdue red on a terminal" "$OUT" "${RED}SUB-2020-0001"
expect_contains "due within 3 working days yellow" "$OUT" "${YELLOW}SUB-2020-0002"
expect_contains "closed dim" "$OUT" "${DIM}SUB-2020-0004"
case "$(grep SUB-2020-0003 <<<"$OUT")" in *"$ESC["3*) fail "a matter due later is coloured" ;; *) pass ;; esac
case "$OUT" in *"$LONG"*) fail "the terminal table did not cut the subject to 100 columns" ;; *) pass ;; esac
expect_contains "aligned header on a terminal" "$OUT" "REF            KIND"
OUT=$(on_tty --today 2020-02-07 due --within 60)
expect_contains "due: overdue red" "$OUT" "$RED"
OUT=$(NO_COLOR=1 on_tty --today 2020-02-07 list)
case "$OUT" in *"$ESC["*) fail "NO_COLOR printed escape codes" ;; *) pass ;; esac
OUT=$(NO_COLOR=1 on_tty --color=always --today 2020-02-07 list)
expect_contains "--color=always wins over NO_COLOR" "$OUT" "$RED"
OUT=$(on_tty --color=never --today 2020-02-07 list)
case "$OUT" in *"$ESC["*) fail "--color=never printed escape codes" ;; *) pass ;; esac
expect_ok "config color never" config color never
OUT=$(on_tty --today 2020-02-07 list)
case "$OUT" in *"$ESC["*) fail "config color = never printed escape codes" ;; *) pass ;; esac
OUT=$(on_tty --color --today 2020-02-07 list)
expect_contains "--color wins over the config file" "$OUT" "$RED"
expect_ok "config --unset color" config --unset color

# A pipe: no escape codes, tab-separated, every field whole.
for args in "list" "due --within 60" "digest"; do
  # shellcheck disable=SC2086
  pr --today 2020-02-07 $args
  case "$OUT" in *"$ESC"*) fail "escape codes in a pipe ($args)" ;; *) pass ;; esac
done
pr --today 2020-02-07 list
expect_contains "full subject in a pipe" "$OUT" "$LONG"
expect_eq "grep finds the last word" "$(grep -c 'word$' <<<"$OUT")" 1
expect_eq "cut -f1 gives references" "$(cut -f1 <<<"$OUT" | tr '\n' ' ')" "SUB-2020-0001 SUB-2020-0002 SUB-2020-0003 SUB-2020-0004 "
expect_eq "8 tab-separated fields" "$(awk -F'\t' '{print NF}' <<<"$OUT" | sort -u)" 8
expect_eq "awk reads the status column" "$(awk -F'\t' '$1 == "SUB-2020-0001" {print $6}' <<<"$OUT")" OVERDUE
pr --color=always --today 2020-02-07 list
expect_contains "--color=always colours a pipe" "$OUT" "$RED"

# Open matters first, soonest due first; closed ones after.
expect_ok "close the one due soonest after the overdue one" status SUB-2020-0002 fulfilled --on 2020-02-07
pr --today 2020-02-07 list
expect_eq "open first, then closed" "$(cut -f1,6 <<<"$OUT" | tr '\t\n' ': ')" \
  "SUB-2020-0001:OVERDUE SUB-2020-0003:open SUB-2020-0002:fulfilled SUB-2020-0004:fulfilled "
finish
