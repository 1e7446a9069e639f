#!/usr/bin/env bash
# Adds an AppCDS archive to a MedList .deb made by jpackage. The archive must be made against the jar
# exactly as the package installs it (same path, size and modification time), so the package is
# unpacked, the archive trained on the unpacked tree (train-cds.sh), and the package rebuilt with the
# archive and updated checksums and size.
#   installer/linux/add-cds-to-deb.sh target/installer/medlist_<v>_amd64.deb
set -euo pipefail
deb="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/pkg"
bash "$here/train-cds.sh" "$work/pkg/opt/medlist"
( cd "$work/pkg" && find opt -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums )
size="$(du -sk "$work/pkg/opt" | cut -f1)"
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/pkg/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/pkg" "$deb" >/dev/null
echo "AppCDS: added to $(basename "$deb")"
