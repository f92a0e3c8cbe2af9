#!/usr/bin/env bash
# The man pages generated at build time: one a command plus pubrec(1), each
# rendered by man(1) without a warning, each holding the options --help
# lists (one source); cmake --install puts them and the completion in place.
. "$SOURCE_DIR/tests/lib.sh"
MAN="$BUILD_DIR/man"
command -v man >/dev/null || { fail "man(1) is needed (man-db)"; finish; }
check "pubrec.1" test -s "$MAN/pubrec.1"
for c in $("$PUBREC" __complete commands) ; do
  page="$MAN/pubrec-$c.1"
  [ -s "$page" ] || { fail "no page for $c"; continue; }
  text=$(MANWIDTH=80 man --warnings -l "$page" 2>"$T/warn")
  [ -s "$T/warn" ] && fail "man warns on pubrec-$c.1: $(head -3 "$T/warn")" || pass
  if grep -qE "^ +pubrec-$c +- " <<<"$text"; then pass; else fail "$c page does not name itself"; fi
  # every option --help prints is in the page (man may hyphenate long help lines, not names)
  for o in $("$PUBREC" "$c" --help | grep -oE '^  (-., )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
    case "$text" in *"$o"*) pass ;; *) fail "pubrec-$c.1 lacks $o" ;; esac
  done
done
text=$(MANWIDTH=80 man --warnings -l "$MAN/pubrec.1" 2>"$T/warn")
[ -s "$T/warn" ] && fail "man warns on pubrec.1: $(head -3 "$T/warn")" || pass
expect_contains "pubrec(1) lists digest" "$text" "digest"
expect_contains "pubrec(1) documents relative dates" "$text" "tomorrow"
expect_contains "pubrec(1) documents NO_COLOR" "$text" "NO_COLOR"

cmake --install "$BUILD_DIR" --prefix "$T/inst" >/dev/null 2>"$T/err" || fail "cmake --install: $(cat "$T/err")"
check "installed pubrec" test -x "$T/inst/bin/pubrec"
check "installed pubrec(1)" test -s "$T/inst/share/man/man1/pubrec.1"
check "installed pubrec-add(1)" test -s "$T/inst/share/man/man1/pubrec-add.1"
check "installed bash completion" test -s "$T/inst/share/bash-completion/completions/pubrec"
check "installed zsh completion" test -s "$T/inst/share/zsh/vendor-completions/_pubrec"
MANPATH="$T/inst/share/man" MANWIDTH=80 man pubrec-digest >"$T/page" 2>"$T/warn" || fail "man pubrec-digest from the install: $(cat "$T/warn")"
expect_contains "man finds the installed page" "$(cat "$T/page")" "pubrec-digest"
finish
