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
pkg="$out/work/deb"
bash "$here/stage-tree.sh" "$app" "$docs" "$version" "$pkg"
mkdir -p "$pkg/DEBIAN" "$pkg/usr/share/doc/medlist"
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

# Depends: the packages providing the shared libraries the natives link to (as jpackage finds them), plus
# GTK 3 and GL, which JavaFX opens at run time. No xdg-utils: plain dpkg -i works on a minimal system.
# Recommends libnotify-bin: notify-send tells a menu start that the window cannot open (Launcher/DesktopNotice).
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
Recommends: libnotify-bin
Section: misc
Priority: optional
Homepage: https://medlist.org/
Description: medication list that checks every pair of medicines for interactions
$(sed -e 's/^$/./' -e 's/^/ /' "$here/description.txt")
EOF
deb="$out/medlist_${version}-1_amd64.deb"
dpkg-deb --root-owner-group -Zxz -b "$pkg" "$deb" >/dev/null
echo "deb: $deb $(du -b "$deb" | awk '{printf "%.1f MB", $1 / 1000000}'), installs $(du -sb --exclude=DEBIAN "$pkg" | awk '{printf "%.1f MB", $1 / 1000000}')"
