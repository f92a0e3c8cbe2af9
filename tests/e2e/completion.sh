#!/usr/bin/env bash
# The generated bash and zsh completion (build/completion/) against a demo
# database: commands, subcommands, options, and values from the database.
. "$SOURCE_DIR/tests/lib.sh"
BASH_COMP="$BUILD_DIR/completion/pubrec.bash"
ZSH_COMP="$BUILD_DIR/completion/_pubrec"
[ -f "$BASH_COMP" ] && [ -f "$ZSH_COMP" ] || { fail "completion scripts not built"; finish; }
PATH="$(dirname "$PUBREC"):$PATH"
"$PUBREC" demo --db "$DB" -o "$T" >/dev/null 2>&1 || fail "demo"

# comp 'LINE': what bash completion offers at the end of LINE, sorted, space-separated
comp() {
  bash --norc --noprofile -c '
    . "$1"
    line=$2
    read -ra COMP_WORDS <<<"$line"
    [ "${line: -1}" = " " ] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
    _pubrec
    [ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$BASH_COMP" "$1"
}

expect_eq "complete -p" "$(bash --norc -c '. "$1"; complete -p pubrec' _ "$BASH_COMP")" "complete -F _pubrec pubrec"
OUT=" $(comp "pubrec ")"
for c in init agency add list show log status due digest config report help; do
  expect_contains "command $c" "$OUT" " $c "
done
case "$OUT" in *__complete*) fail "the hidden command is offered" ;; *) pass ;; esac
expect_eq "prefix" "$(comp "pubrec li")" "list "
expect_eq "references" "$(comp "pubrec show SUB-")" "SUB-2020-0001 SUB-2020-0002 SUB-2020-0003 SUB-2020-0004 "
expect_eq "status after a reference" "$(comp "pubrec status REQ-2020-0001 ful")" "fulfilled "
expect_eq "status after options" "$(comp "pubrec --today 2020-02-07 status --note x REQ-2020-0001 wi")" "withdrawn "
expect_eq "agency codes" "$(comp "pubrec list --agency D")" "DCOLO DENVER "
expect_eq "short option value" "$(comp "pubrec due -a N")" "NEWSROOM "
expect_eq "options" "$(comp "pubrec list --ag")" "--agency "
expect_contains "global options too" "$(comp "pubrec list --")" "--json"
expect_eq "subcommands" "$(comp "pubrec add ")" "appeal petition request subpoena "
expect_eq "agency subcommands" "$(comp "pubrec agency s")" "show "
expect_eq "agency show CODE" "$(comp "pubrec agency show N")" "NEWSROOM "
expect_eq "rules" "$(comp "pubrec add request --rule co-co")" "co-cora "
expect_eq "calendars" "$(comp "pubrec holidays --calendar us-co")" "us-co "
expect_eq "response kinds" "$(comp "pubrec respond REQ-2020-0001 --kind ref")" "refusal "
expect_eq "relative dates" "$(comp "pubrec ics --from tom")" "tomorrow "
expect_eq "--today takes dates" "$(comp "pubrec --today yes")" "yesterday "
expect_eq "deadline: references and rules" "$(comp "pubrec deadline REQ")" "REQ-2020-0001 REQ-2020-0002 "
expect_eq "deadline: rules" "$(comp "pubrec deadline co-co")" "co-cora "
"$PUBREC" tag SUB-2020-0001 +urgent +press >/dev/null 2>&1 || fail "tag"
expect_eq "tags" "$(comp "pubrec list --tag ")" "press urgent "
expect_eq "tags for ics" "$(comp "pubrec ics --tag u")" "urgent "
expect_eq "config keys" "$(comp "pubrec config ")" "alarms calendar color db user "
expect_eq "help COMMAND" "$(comp "pubrec help dig")" "digest "
expect_eq "files for -o" "$(cd "$T" && comp "pubrec report -o deadl")" "deadlines.ics "
expect_eq "free text gets nothing" "$(comp "pubrec status REQ-2020-0001 open --note ")" ""
# --db on the line: values from that database, never creating it
expect_eq "another database" "$(comp "pubrec --db $T/none.db show SUB")" ""
check "completion created no database" test ! -e "$T/none.db"

# zsh: the script parses, and its helpers give the same answers under zsh.
command -v zsh >/dev/null || { fail "zsh is needed"; finish; }
check "zsh syntax" zsh -n "$ZSH_COMP"
zcomp() {
  zsh -f -c '
    autoload -U compinit && compinit -u -D
    . "$1"
    setopt sh_word_split
    words=(${=2}) ; __pubrec_parse "${(@)words[2,-2]}"
    __pubrec_candidates "${words[-2]}" "${words[-1]}" | { read -r what; case $what in
      words:*) print -l ${=what#words:} ;; *) __pubrec_values "$what" ;; esac } | grep "^${words[-1]}" | sort | tr "\n" " "' _ "$ZSH_COMP" "$1"
}
expect_eq "zsh: references" "$(zcomp "pubrec show SUB-2020-000")" "SUB-2020-0001 SUB-2020-0002 SUB-2020-0003 SUB-2020-0004 "
expect_eq "zsh: statuses" "$(zcomp "pubrec status REQ-2020-0001 ful")" "fulfilled "
expect_eq "zsh: commands" "$(zcomp "pubrec dig")" "digest "
expect_eq "zsh: agencies" "$(zcomp "pubrec list --agency DE")" "DENVER "
finish
