#!/usr/bin/env bash
# Builds a full set of printable handouts into FOLDER: for every category the service the advisor
# recommends for a typical group, and one handout for every service that is still running and has steps, each in
# German and English, as an HTML page (print it, or open it in a browser) and as Markdown (for
# pandoc, e.g. `pandoc video-de.md -o video-de.docx`).
#
# Usage:  docs/examples/make-handouts.sh FOLDER
#
# Environment:
#   ADVISOR      the advisor binary (default: advisor on PATH)
#   ORG_NAME     your organisation's name for the footer (optional)
#   ORG_CONTACT  contact lines for the footer, separated by ";" (optional)
#   ORG_ADDRESS  your postal address for the footer (optional)
#   SOURCE_DATE_EPOCH  the date printed on the handouts (default: today); set it to get the same
#                      bytes on every run
#
# Files: FOLDER/<category>-<de|en>.{html,md}, FOLDER/service-<id>-<de|en>.{html,md}, where a
# service id such as jitsi-meet/ffmuc becomes jitsi-meet-ffmuc, and the overview of every service
# FOLDER/overview-<de|en>.{html,md}.
set -euo pipefail

folder=${1:?usage: make-handouts.sh FOLDER}
advisor=${ADVISOR:-advisor}
mkdir -p "$folder"

footer=()
if [ -n "${ORG_NAME:-}" ]; then footer+=(--org-name "$ORG_NAME"); fi
if [ -n "${ORG_CONTACT:-}" ]; then
  IFS=';' read -r -a contact_lines <<<"$ORG_CONTACT"
  for line in "${contact_lines[@]}"; do footer+=(--org-contact "$line"); done
fi
if [ -n "${ORG_ADDRESS:-}" ]; then footer+=(--org-address "$ORG_ADDRESS"); fi

# One handout in both formats. Arguments: file name without extension, then advisor arguments.
handout() {
  local name=$1
  shift
  "$advisor" handout "$@" --date "${footer[@]}" --format html -o "$folder/$name.html"
  "$advisor" handout "$@" --date "${footer[@]}" --format markdown -o "$folder/$name.md"
}

# A typical group per category: what the advisor recommends for it.
declare -A needs=(
  [video]="--people 8 --browser firefox"
  [phone]="--people 8"
  [messenger]="--people 10 --no-phone-number"
  [scheduling]="--people 12 --no-account"
)

for language in de en; do
  for category in video phone messenger scheduling; do
    # shellcheck disable=SC2086 # the needs are several words on purpose
    handout "$category-$language" --category "$category" ${needs[$category]} --language "$language"
  done
done

# Every service that is still running (or may be): a tool with several services is not a place
# to go itself, so only its services get handouts.
list_ids() {
  "$advisor" list "$@" --format json | sed -n 's/^    "id": "\([^"]*\)",\{0,1\}$/\1/p'
}
all_ids=$(list_ids)
ids=$(for status in active uncertain; do list_ids --status "$status"; done | sort -u)
for id in $ids; do
  # A tool with services (even gone ones) is software, not a place to go.
  if grep -q "^$id/" <<<"$all_ids"; then continue; fi
  # A service the catalogue has no steps for yet (some whose existence is uncertain) gets none.
  if ! "$advisor" handout --id "$id" --format text >/dev/null 2>&1; then continue; fi
  for language in de en; do
    handout "service-${id//\//-}-$language" --id "$id" --language "$language"
  done
done

# The overview of every service, for the website and the notice board.
for language in de en; do
  "$advisor" overview --language "$language" --date "${footer[@]}" --format html \
    -o "$folder/overview-$language.html"
  "$advisor" overview --language "$language" --date "${footer[@]}" --format markdown \
    -o "$folder/overview-$language.md"
done
