#!/usr/bin/env bash
# Makes the .deb from jpackage's app-image: the app under /opt/medlist (jpackage's layout), and what a
# Debian package is expected to carry around it: /usr/bin/medlist, the menu entry, hicolor icons,
# AppStream metainfo, the man page, bash and zsh completion, copyright and changelog. Every file is
# owned by the package (no maintainer scripts: dpkg's triggers update the menu, icon and man caches),
# so removing it leaves only the user's own data (~/.local/share/medlist, ~/.cache/medlist).
#   installer/linux/make-deb.sh APP_IMAGE DOCS VERSION MAINTAINER OUT
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$1"; docs="$2"; version="$3"; maintainer="$4"; out="$5"
icons="$here/../icons"
pkg="$out/work/deb"
rm -rf "$pkg" && mkdir -p "$pkg/DEBIAN" "$pkg/opt"
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
mkdir -p "$pkg/usr/share/man/man1" "$pkg/usr/share/doc/medlist"
gzip -9n -c "$docs/medlist.1" > "$pkg/usr/share/man/man1/medlist.1.gz"
mkdir -p "$pkg/usr/share/bash-completion/completions"
sed '1{/^#!/d}' "$docs/medlist.bash" > "$pkg/usr/share/bash-completion/completions/medlist" # sourced, not run
install -D -m 0644 "$docs/_medlist" "$pkg/usr/share/zsh/vendor-completions/_medlist"
email="$(echo "$maintainer" | sed 's/.*<\(.*\)>.*/\1/')"
sed "s/@MAINTAINER_EMAIL@/$email/" "$here/copyright" > "$pkg/usr/share/doc/medlist/copyright"
{
  echo "medlist ($version-1) unstable; urgency=medium"
  echo
  echo "  * Release $version; see the README for what MedList does."
  echo
  echo " -- $maintainer  $(date -u -R)"
} | gzip -9n > "$pkg/usr/share/doc/medlist/changelog.Debian.gz"
install -D -m 0644 "$here/lintian-overrides" "$pkg/usr/share/lintian/overrides/medlist"
chmod -R u+rwX,go+rX,go-w "$pkg"

# Adds the AppCDS archive now that the tree is laid out as it will be installed (see README.md).
bash "$here/train-cds.sh" "$pkg/opt/medlist" || echo "AppCDS archive not added; the app works without it, only starts slower"

# Depends: the packages providing the shared libraries the natives link to (as jpackage finds them), plus
# GTK 3 and GL, which JavaFX opens at run time. No xdg-utils: plain dpkg -i works on a minimal system.
# Suggests libnotify-bin: notify-send tells a menu start that the window cannot open (Launcher/DesktopNotice).
needed="$(find "$pkg/opt" -name '*.so*' -o -path '*/bin/*' -type f | xargs -r objdump -p 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u)"
deps=()
for lib in $needed; do
  [ -n "$(find "$pkg/opt" -name "$lib" -print -quit)" ] && continue # the runtime's own
  # awk reads to the end: an early exit would kill ldconfig with SIGPIPE, which pipefail turns into a failed build
  path="$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ && !found {print $NF; found = 1}')"
  [ -n "$path" ] || continue
  owner="$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null || dpkg -S "${path#/usr}" 2>/dev/null || true)"
  owner="${owner%%$'\n'*}"
  [ -n "$owner" ] && deps+=("${owner%%:*}")
done
deps+=(libgtk-3-0 libgl1)
depends="$(printf '%s\n' "${deps[@]}" | sort -u | paste -sd, | sed 's/,/, /g')"

( cd "$pkg" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums )
cat > "$pkg/DEBIAN/control" <<EOF
Package: medlist
Version: $version-1
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: $depends
Suggests: libnotify-bin
Section: misc
Priority: optional
Homepage: https://medlist.org/
Description: medication list that checks every pair of medicines for interactions
 MedList keeps a person's medication list on their own computer and checks
 every pair of medicines against a bundled, offline interaction table. It
 shows clear warnings with their sources and a checklist of precautions,
 taking the person's allergies, age, pregnancy and conditions into account,
 and prints a summary to take to a doctor's appointment.
 .
 An unrecognised medicine is reported as not checked, never as safe. MedList
 never uses the network. A command line ("medlist --help") serves scripts.
 .
 The package brings its own Java runtime under /opt/medlist.
EOF
deb="$out/medlist_${version}-1_amd64.deb"
dpkg-deb --root-owner-group -Zxz -b "$pkg" "$deb" >/dev/null
echo "deb: $deb $(du -b "$deb" | awk '{printf "%.1f MB", $1 / 1000000}'), installs $(du -sb --exclude=DEBIAN "$pkg" | awk '{printf "%.1f MB", $1 / 1000000}')"
