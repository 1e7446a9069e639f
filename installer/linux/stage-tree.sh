#!/usr/bin/env bash
# Lays out the installed tree both Linux packages carry, from jpackage's app-image: the app under
# /opt/medlist (jpackage's layout, launcher stripped, AppCDS archive trained for that path) and around it
# /usr/bin/medlist, the menu entry, hicolor icons, AppStream metainfo, the man page, bash and zsh
# completion. make-deb.sh and make-rpm.sh add what their package format expects besides.
#   installer/linux/stage-tree.sh APP_IMAGE DOCS VERSION ROOT
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$1"; docs="$2"; version="$3"; pkg="$4"
# run as root and emptied first: never the system's own root
case "$pkg" in ""|/) echo "stage-tree.sh: ROOT must be a scratch folder, not '$pkg'" >&2; exit 2 ;; esac
icons="$here/../icons"
rm -rf "$pkg" && mkdir -p "$pkg/opt"
cp -a "$app" "$pkg/opt/medlist"
rm -f "$pkg/opt/medlist/lib/MedList.png" # the menu uses the hicolor icons below
# jpackage's launcher and the JDK's helpers come with symbol tables; a library need not be executable.
for elf in "$pkg/opt/medlist/bin/MedList" "$pkg/opt/medlist/lib/libapplauncher.so" "$pkg"/opt/medlist/lib/runtime/lib/{jexec,jspawnhelper}; do
  if [ -f "$elf" ]; then strip --strip-unneeded "$elf"; fi
done
chmod 0644 "$pkg/opt/medlist/lib/libapplauncher.so"

install -D -m 0755 "$here/medlist" "$pkg/usr/bin/medlist"
install -D -m 0644 "$here/MedList.desktop" "$pkg/usr/share/applications/org.medlist.MedList.desktop"
for s in 16 32 48 64 128 256 512; do
  install -D -m 0644 "$icons/medlist-$s.png" "$pkg/usr/share/icons/hicolor/${s}x${s}/apps/org.medlist.MedList.png"
done
install -D -m 0644 "$icons/medlist.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/org.medlist.MedList.svg"
today="$(date -u +%Y-%m-%d)"
mkdir -p "$pkg/usr/share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$today/" "$here/org.medlist.MedList.metainfo.xml" > "$pkg/usr/share/metainfo/org.medlist.MedList.metainfo.xml"
mkdir -p "$pkg/usr/share/man/man1"
gzip -9n -c "$docs/medlist.1" > "$pkg/usr/share/man/man1/medlist.1.gz"
mkdir -p "$pkg/usr/share/bash-completion/completions"
sed '1{/^#!/d}' "$docs/medlist.bash" > "$pkg/usr/share/bash-completion/completions/medlist" # sourced, not run
install -D -m 0644 "$docs/_medlist" "$pkg/usr/share/zsh/vendor-completions/_medlist"
chmod -R u+rwX,go+rX,go-w "$pkg"

# Adds the AppCDS archive now that the tree is laid out as it will be installed (see README.md).
bash "$here/train-cds.sh" "$pkg/opt/medlist" || echo "AppCDS archive not added; the app works without it, only starts slower"

