#!/usr/bin/env bash
# Installs the build into a staging directory (cmake --install) and checks every installed file:
# exactly the expected files, a binary that works from any directory without the source tree,
# a man page that renders, and completion scripts that load in their shells.
# Usage: tests/install/check-install.sh BUILD_DIR [CMAKE]      (registered with CTest)
set -euo pipefail
build=$(cd "${1:?usage: check-install.sh BUILD_DIR [CMAKE]}" && pwd)
cmake=${2:-cmake}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
passed=0
failed=0
check() { # check NAME COMMAND…: runs the command, counts and reports the result
  local name=$1
  shift
  if output=$("$@" 2>&1); then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAILED: %s\n%s\n' "$name" "$output" >&2
  fi
}

"$cmake" --install "$build" --prefix "$stage/usr" >/dev/null
advisor=$stage/usr/bin/advisor

expected="usr/bin/advisor
usr/share/bash-completion/completions/advisor
usr/share/doc/advisor/CHANGELOG.md
usr/share/doc/advisor/README.md
usr/share/doc/advisor/catalogue.md
usr/share/doc/advisor/changelog.gz
usr/share/doc/advisor/commands.md
usr/share/doc/advisor/copyright
usr/share/doc/advisor/examples/make-handouts.sh
usr/share/doc/advisor/examples/overlay-shz/video/bigbluebutton.yaml
usr/share/doc/advisor/examples/shz-config.yaml
usr/share/doc/advisor/handouts.md
usr/share/doc/advisor/organisations.md
usr/share/doc/advisor/ranking.md
usr/share/doc/advisor/user-guide.md
usr/share/fish/vendor_completions.d/advisor.fish
usr/share/man/de/man1/advisor.1.gz
usr/share/man/man1/advisor.1.gz
usr/share/zsh/vendor-completions/_advisor"
check "exactly the expected files are installed" \
  diff <(echo "$expected") <(cd "$stage" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort)

cd "$(mktemp -d)" # no source tree, no catalogue next to it
trap 'rm -rf "$stage" "$PWD"' EXIT
check "--version" bash -c '[ "$("$1" --version)" = "$2" ]' _ "$advisor" "$("$build/advisor" --version)"
check "list works from any directory (the catalogue is compiled in)" \
  bash -c '"$1" list | grep -q "^talky "' _ "$advisor"
check "the man page renders" \
  bash -c 'MANPAGER=cat MANWIDTH=80 man -l "$1" | grep -q "^EXIT STATUS"' _ "$stage/usr/share/man/man1/advisor.1.gz"
check "the man page lists every command with its options" \
  bash -c 'page=$(MANPAGER=cat MANWIDTH=80 man -l "$1"); for c in list show check recommend compare guide handout overview completion; do grep -q "^   advisor $c\$" <<<"$page" || exit 1; done; grep -q -- "--meeting-url" <<<"$page"' \
  _ "$stage/usr/share/man/man1/advisor.1.gz"
check "the German man page lists every command, in German" \
  bash -c 'page=$(MANPAGER=cat MANWIDTH=80 man -l "$1"); for c in list show check recommend compare guide handout overview completion; do grep -q "^   advisor $c\$" <<<"$page" || exit 1; done; grep -q "^BESCHREIBUNG" <<<"$page"' \
  _ "$stage/usr/share/man/de/man1/advisor.1.gz"
check "the documentation, the copyright file and the changelog are installed" \
  test -s "$stage/usr/share/doc/advisor/user-guide.md" -a -s "$stage/usr/share/doc/advisor/copyright" -a -s "$stage/usr/share/doc/advisor/changelog.gz"
check "the bash completion completes ids with the installed binary" \
  bash -c 'source "$1"; COMP_WORDS=("$2" compare alf); COMP_CWORD=2; _advisor; [ "${COMPREPLY[*]}" = alfaview ]' \
  _ "$stage/usr/share/bash-completion/completions/advisor" "$advisor"
if command -v zsh >/dev/null; then
  check "the zsh completion parses" zsh -n "$stage/usr/share/zsh/vendor-completions/_advisor"
fi
if command -v fish >/dev/null; then
  check "the fish completion parses" fish -n "$stage/usr/share/fish/vendor_completions.d/advisor.fish"
fi

echo "install: $passed passed, $failed failed"
[ "$failed" = 0 ]
