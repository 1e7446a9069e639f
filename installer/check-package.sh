#!/usr/bin/env bash
# CI's packaging check of a built .deb: the AppStream metainfo and desktop entry validate, the shell
# completion parses, the man page renders, lintian (where installed) finds no error beyond the overrides
# the package carries, and the package stays within its size budget. A tool that is not installed is
# skipped with a line saying so; a check that runs and fails fails the build.
#   installer/check-package.sh target/installer/medlist_<v>-1_amd64.deb
set -euo pipefail
deb="$1"
limit_mb=45
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"
failed=0
check() { local what="$1"; shift; if "$@"; then echo "packaging check: $what: ok"; else echo "packaging check: $what: FAILED"; failed=1; fi; }
skip() { echo "packaging check: $1: skipped ($2 is not installed)"; }

if command -v appstreamcli >/dev/null; then
  check "AppStream metainfo" appstreamcli validate --no-net "$tree/usr/share/metainfo/org.medlist.MedList.metainfo.xml"
else skip "AppStream metainfo" appstreamcli; fi
if command -v desktop-file-validate >/dev/null; then
  check "desktop entry" desktop-file-validate "$tree/usr/share/applications/org.medlist.MedList.desktop"
else skip "desktop entry" desktop-file-validate; fi
check "bash completion syntax (bash -n)" bash -n "$tree/usr/share/bash-completion/completions/medlist"
if command -v zsh >/dev/null; then
  check "zsh completion syntax (zsh -n)" zsh -n "$tree/usr/share/zsh/vendor-completions/_medlist"
else skip "zsh completion syntax" zsh; fi
if command -v man >/dev/null; then
  check "man page renders without warnings" sh -c '! man --warnings -l "$1" 2>&1 >/dev/null | grep .' sh "$tree/usr/share/man/man1/medlist.1.gz"
else skip "man page" man; fi
if command -v lintian >/dev/null; then
  check "lintian (no errors beyond the package's overrides)" lintian --fail-on error "$deb"
else skip "lintian" lintian; fi

bytes="$(stat -c %s "$deb")"
echo "packaging check: $(basename "$deb") is $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1000000}') MB (limit $limit_mb MB), installs $(dpkg-deb -f "$deb" Installed-Size | awk '{printf "%.1f", $1 * 1024 / 1000000}') MB"
if [ "$bytes" -gt $((limit_mb * 1000000)) ]; then echo "packaging check: the .deb is over $limit_mb MB: FAILED"; failed=1; fi
exit "$failed"
